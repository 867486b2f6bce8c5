"""Doctest names: ``CAMPAIGN``, the project's one campaign folder, for the analysis layer's examples."""

import pytest

from bulletin.paths import CAMPAIGNS


@pytest.fixture(autouse=True)
def _campaign(doctest_namespace):
    doctest_namespace["CAMPAIGN"] = CAMPAIGNS / "jingwang"
