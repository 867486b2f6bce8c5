"""A pack's corrections: a figure's noun, metric or operation set by hand, in a table of its own.

``reference/corrections.csv`` has one row per corrected figure::

    start,text,noun,metric,operation,reason
    1523,more than 500,insiders,insiders,,"the translation reads them as existing, not arrested"

A figure is named by its offset in the raw text (``start``) and its text as printed
(``text``), both as ``python -m bulletin claims`` writes them; an empty cell leaves that
field as the engine reads it; ``reason`` says why, for the reader. A row that names no
figure of the text (an edited raw text, a typo) is an error, never silently ignored.
The corrections are applied whenever the pack's claims are built (``claims``, ``check``,
``report``, ``pack init``/``pack check``).

Examples
--------
>>> from dataclasses import dataclass
>>> @dataclass(frozen=True)
... class Row:
...     start: int
...     text: str
...     noun: str = ""
...     metric: str = ""
...     operation: str = ""
>>> rows = [Row(10, "12", "cases", "key_cases", "a")]
>>> fix = [Correction(10, "12", "", "cases", "", "a key case is a case")]
>>> apply_corrections(rows, fix)
[Row(start=10, text='12', noun='cases', metric='cases', operation='a')]
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from bulletin.csvtables import read_rows
from bulletin.errors import BulletinError

#: The table's file name inside a pack's ``reference/``.
CORRECTIONS = "corrections.csv"
#: The fields a correction may set.
FIELDS = ("noun", "metric", "operation")
COLUMNS = ["start", "text", *FIELDS, "reason"]


@dataclass(frozen=True)
class Correction:
    """One figure's corrected fields (empty: unchanged) and the reason."""

    start: int
    text: str
    noun: str
    metric: str
    operation: str
    reason: str


def load_corrections(path: Path) -> list[Correction]:
    """A corrections table; none when the file does not exist."""
    path = Path(path)
    if not path.is_file():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        if not handle.read(1):
            return []
    text = path.read_text(encoding="utf-8")
    if len(text.strip().splitlines()) < 2:
        return []  # the header alone: nothing corrected yet
    rows = read_rows(path, COLUMNS)
    found = []
    for number, row in enumerate(rows, start=2):
        try:
            start = int(row["start"])
        except ValueError:
            raise BulletinError(f"{path}, line {number}: start is {row['start']!r}; "
                                "give the figure's offset as `claims` writes it") from None
        if not any(row[f] for f in FIELDS):
            raise BulletinError(f"{path}, line {number}: corrects nothing; "
                                f"fill one of {', '.join(FIELDS)}")
        found.append(Correction(start, row["text"], row["noun"], row["metric"],
                                row["operation"], row["reason"]))
    return found


def apply_corrections(rows: list, corrections: list[Correction], source: str = CORRECTIONS) -> list:
    """``rows`` (claims or any rows with ``start``, ``text`` and the corrected fields), with
    the corrections applied. Raises if a correction names no row."""
    if not corrections:
        return list(rows)
    by_start = {(c.start, c.text): c for c in corrections}
    used = set()
    fixed = []
    for row in rows:
        key = (row.start, row.text)
        correction = by_start.get(key)
        if correction is not None:
            used.add(key)
            changes = {f: getattr(correction, f) for f in FIELDS if getattr(correction, f)}
            row = replace(row, **changes)
        fixed.append(row)
    unused = [c for c in corrections if (c.start, c.text) not in used]
    if unused:
        first = unused[0]
        raise BulletinError(f"{source}: no figure {first.text!r} at offset {first.start} in the "
                            "text (run `python -m bulletin claims` on the raw text for the offsets)")
    return fixed
