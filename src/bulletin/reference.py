"""Load the hand-kept tables (a pack's operations, the shared metrics) and check their shape.

Examples
--------
>>> from bulletin.paths import PACKS
>>> ops = load_operations(PACKS / "jingwang2021-stage" / "reference" / "operations.csv")
>>> ops[0].operation, ops[0].group, ops[0].cues_en
('headline', 'headline', ('A total of',))
>>> assign_metric("criminal suspects", load_metrics())
'suspects'
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import BulletinError
from .paths import SHARED

#: The shared metrics table, shipped with the package.
METRICS_CSV = SHARED / "metrics.csv"
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


@dataclass(frozen=True)
class Metric:
    """A metric id, the patterns that recognise it (``None`` for a metric only other
    reports use), its label and its description.

    ``noun_pattern`` is searched in an English counted noun, ``noun_pattern_zh`` in a
    Chinese one (in simplified script); when ``verb_pattern`` is given, the metric applies
    only to figures whose verb it matches (websites *shut*, *fined*, *inspected*).
    """

    metric: str
    noun_pattern: re.Pattern | None
    label: str
    short_label: str
    description: str
    noun_pattern_zh: re.Pattern | None = None
    verb_pattern: re.Pattern | None = None
    #: What one of the counted things is (cases, people, SIM cards, gangs): charts put
    #: only figures of one unit on one axis.
    unit: str = ""


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


def _pattern(path: Path, row: dict[str, str], column: str) -> re.Pattern | None:
    cell = row.get(column) or ""
    try:
        return re.compile(cell, re.IGNORECASE) if cell else None
    except re.error as exc:
        raise BulletinError(f"{path}: bad {column} for {row['metric']}: {exc}") from None


def load_metrics(path: Path = METRICS_CSV) -> list[Metric]:
    """The metrics table, in file order: the first row whose patterns match wins.

    ``noun_pattern_zh``, ``verb_pattern`` and ``unit`` are optional columns. The table is
    read and its patterns compiled once per file version (path and modification time).
    """
    path = Path(path)
    if not path.is_file():
        raise BulletinError(f"reference table not found: {path}")
    return list(_metrics(path, path.stat().st_mtime_ns))


@lru_cache(maxsize=8)
def _metrics(path: Path, _version: int) -> tuple[Metric, ...]:
    rows = read_rows(path, ["metric", "noun_pattern", "label", "short_label", "description"])
    return tuple(Metric(r["metric"], _pattern(path, r, "noun_pattern"), r["label"], r["short_label"],
                   r["description"], _pattern(path, r, "noun_pattern_zh"),
                   _pattern(path, r, "verb_pattern"), r.get("unit") or "")
            for r in rows)


_CJK = re.compile(r"[\u3400-\u9fff]")


def slug(noun: str) -> str:
    """A metric id made from a noun no pattern recognises: lower-case words joined by
    ``_``; Chinese characters are kept as they are.

    >>> slug("Stolen bicycles"), slug("违法有害信息"), slug("“黑卡”")
    ('stolen_bicycles', '违法有害信息', '黑卡')
    """
    return re.sub(r"[^a-z0-9\u3400-\u9fff]+", "_", noun.lower()).strip("_") or "unspecified"


def assign_metric(noun: str, metrics: list[Metric], verb: str = "") -> str:
    """The first metric whose patterns match ``noun`` (and ``verb``), else a slug of the noun.

    A Chinese noun (one holding Chinese characters) is matched by ``noun_pattern_zh``,
    an English one by ``noun_pattern``; fold traditional script to simplified first
    (:func:`bulletin.lang.fold`).

    >>> metrics = load_metrics()
    >>> assign_metric("websites", metrics, "shut down"), assign_metric("websites", metrics, "fined")
    ('websites_shut', 'websites_fined')
    >>> assign_metric("犯罪嫌疑人", metrics, "抓获"), assign_metric("网站", metrics, "关停")
    ('suspects', 'websites_shut')
    """
    chinese = bool(_CJK.search(noun))
    for metric in metrics:
        pattern = metric.noun_pattern_zh if chinese else metric.noun_pattern
        if pattern is None or not pattern.search(noun):
            continue
        if metric.verb_pattern is not None and not metric.verb_pattern.search(verb or ""):
            continue
        return metric.metric
    return slug(noun)


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
