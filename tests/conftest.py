"""Shared fixtures: the bulletin's text, loaded once."""

import pytest

from bulletin.paths import BULLETIN
from bulletin.source import load_text


@pytest.fixture(scope="session")
def bulletin_text() -> str:
    return load_text(BULLETIN)
