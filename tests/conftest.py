"""Shared fixtures: the project's packs, and the October bulletin's text, loaded once."""

import pytest

from bulletin.packs import project_pack, project_packs

#: The pack the seed tests read: the October 2021 stage report.
OCTOBER = "jingwang2021-stage"


@pytest.fixture(scope="session")
def october():
    return project_pack(OCTOBER)


@pytest.fixture(scope="session")
def bulletin_text(october) -> str:
    return october.text()


def pytest_generate_tests(metafunc):
    """Parametrise every test that takes ``pack`` over every pack in ``packs/``."""
    if "pack" in metafunc.fixturenames:
        packs = project_packs()
        metafunc.parametrize("pack", packs, ids=[p.id for p in packs])
