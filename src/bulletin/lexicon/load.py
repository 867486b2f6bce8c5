"""The lexicon's data files: one TOML file per language and topic, read once.

Words and their roles live in ``src/bulletin/lexicon/<lang>/<topic>.toml`` (``zh/verbs.toml``,
``en/structure.toml`` …), each word once, so a reader who is not a programmer can add a
word and its role without touching Python. The scanners ask this module for them.

Examples
--------
>>> sorted(LANGUAGES)
['en', 'zh']
>>> lexicon_file("zh", "verbs").relative_to(LEXICON).as_posix()
'zh/verbs.toml'
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from bulletin.errors import BulletinError

#: The folder of the lexicon's data files (inside the installed package).
LEXICON = Path(__file__).resolve().parent
#: The languages the engine reads.
LANGUAGES = ("en", "zh")


def lexicon_file(lang: str, topic: str) -> Path:
    """The data file of ``topic`` in ``lang``."""
    if lang not in LANGUAGES:
        raise BulletinError(f"no lexicon for language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return LEXICON / lang / f"{topic}.toml"


@lru_cache(maxsize=None)
def table(lang: str, topic: str) -> dict:
    """The parsed data file of ``topic`` in ``lang``, read once per process.

    Raises :class:`~bulletin.errors.BulletinError` naming the file when it is missing or
    is not valid TOML.
    """
    path = lexicon_file(lang, topic)
    if not path.is_file():
        raise BulletinError(f"lexicon file not found: {path}")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise BulletinError(f"{path}: {exc}") from None
