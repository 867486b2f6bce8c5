"""Shared fixtures: the project's packs, and the October bulletin's text, loaded once."""

import pytest

from bulletin.analysis.context import load_campaign_figures
from bulletin.packs.pack import project_pack, project_packs
from bulletin.paths import CAMPAIGNS

#: The pack the seed tests read: the October 2021 stage report.
OCTOBER = "jingwang2021-stage"
#: The campaign folder of that pack: the 净网 figures across years, sources, glossary.
CAMPAIGN = CAMPAIGNS / "jingwang"


@pytest.fixture(scope="session")
def october():
    return project_pack(OCTOBER)


@pytest.fixture(scope="session")
def bulletin_text(october) -> str:
    return october.text()


@pytest.fixture(scope="session")
def figures(october):
    """The campaign's figures with the October pack's claims, under the step reading."""
    return load_campaign_figures(CAMPAIGN, october)


@pytest.fixture(scope="session")
def figures_bound(october):
    """The same under the bound reading."""
    return load_campaign_figures(CAMPAIGN, october, reading="bound")


def pytest_generate_tests(metafunc):
    """Parametrise every test that takes ``pack`` over every pack in ``data/packs/``."""
    if "pack" in metafunc.fixturenames:
        packs = project_packs()
        metafunc.parametrize("pack", packs, ids=[p.id for p in packs])
