r"""Reading the project's hand-kept CSV tables, with one clear error for each fault.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
>>> _ = path.write_text("metric,label\ncases,Cases\n", encoding="utf-8")
>>> read_rows(path, ["metric"])
[{'metric': 'cases', 'label': 'Cases'}]
"""

from __future__ import annotations

import csv
from pathlib import Path

from bulletin.errors import BulletinError


def read_rows(path: Path, required: list[str]) -> list[dict[str, str]]:
    """Read a CSV as dicts, raising a clear error when it is missing or lacks a column."""
    if not Path(path).is_file():
        raise BulletinError(f"reference table not found: {path}")
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise BulletinError(f"{path} lacks the column(s) {', '.join(missing)}")
        rows = list(reader)
    if not rows:
        raise BulletinError(f"{path} has no rows")
    return rows
