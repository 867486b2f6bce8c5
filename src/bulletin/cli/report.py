"""``report FILE|PACK -o DIR``."""

from __future__ import annotations


def add_command(sub, add) -> None:
    pass
