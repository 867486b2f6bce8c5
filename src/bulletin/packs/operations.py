r"""A pack's operations table: the operations of a campaign, their cue phrases and extents.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "operations.csv"
>>> _ = path.write_text(
...     "operation,label,name_en,name_zh,cues_en,cues_zh,extent,description\n"
...     "headline,Headline,,,A total of,共,sentence,Campaign-wide totals\n", encoding="utf-8")
>>> ops = load_operations(path)
>>> ops[0].operation, ops[0].cues_en, ops[0].in_sentence
('headline', ('A total of',), 'headline')
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bulletin.csvtables import read_rows
from bulletin.errors import BulletinError

#: How far an operation's passage runs from the sentence holding its cue: that sentence
#: only (a headline total), or on to the next cue or the end of the paragraph.
EXTENTS = ("sentence", "passage")


@dataclass(frozen=True)
class Operation:
    """One operation of a campaign, with the phrases that open its passage and its extent."""

    operation: str
    label: str
    name_en: str
    name_zh: str
    cues_en: tuple[str, ...]
    cues_zh: tuple[str, ...]
    extent: str
    description: str
    #: The pack's grouping of its operations (``headline``, ``crackdown`` ...); may be empty.
    group: str = ""
    #: The label as written inside a sentence ("personal information", "Internet water army").
    in_sentence: str = ""


def _split(cell: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in (cell or "").split("|") if c.strip())


def load_operations(path: Path) -> list[Operation]:
    """An operations table (a pack's ``reference/operations.csv``), in file order.

    Ids must be unique. ``group`` and ``in_sentence`` are optional columns; a missing
    ``in_sentence`` is the label with its first letter lower-cased.
    """
    rows = read_rows(path, ["operation", "label", "name_en", "name_zh", "cues_en", "cues_zh",
                            "extent", "description"])
    ops = [
        Operation(r["operation"], r["label"], r["name_en"], r["name_zh"], _split(r["cues_en"]),
                  _split(r["cues_zh"]), r["extent"], r["description"], r.get("group") or "",
                  r.get("in_sentence") or in_sentence(r["label"]))
        for r in rows
    ]
    for op in ops:
        if op.extent not in EXTENTS:
            raise BulletinError(f"{path}: operation {op.operation} has extent {op.extent!r}; "
                                f"use one of {', '.join(EXTENTS)}")
    ids = [o.operation for o in ops]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise BulletinError(f"{path} repeats operation id(s): {', '.join(duplicates)}")
    return ops


def in_sentence(label: str) -> str:
    """A label for use inside a sentence: first letter lower-cased unless the first word is
    an acronym ("SIM cards" stays).

    >>> in_sentence("Cases"), in_sentence("SIM cards (“black cards”) seized")
    ('cases', 'SIM cards (“black cards”) seized')
    """
    first = label.split(" ", 1)[0]
    if len(first) > 1 and first[1:2].isupper():
        return label
    return label[:1].lower() + label[1:]
