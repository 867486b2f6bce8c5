"""Load the hand-kept reference tables in ``data/reference/`` and check their shape.

Examples
--------
>>> ops = load_operations()
>>> ops[0].operation, ops[0].cues_en
('headline', ('A total of',))
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
from .paths import REFERENCE

OPERATIONS_CSV = REFERENCE / "operations.csv"
METRICS_CSV = REFERENCE / "metrics.csv"
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


@dataclass(frozen=True)
class Metric:
    """A metric id, the pattern that recognises it in a counted noun (``None`` for a metric
    only other reports use), its label and its description."""

    metric: str
    noun_pattern: re.Pattern | None
    label: str
    short_label: str
    description: str


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


def load_operations(path: Path = OPERATIONS_CSV) -> list[Operation]:
    """The operations table, in file order. Ids must be unique."""
    rows = read_rows(path, ["operation", "label", "name_en", "name_zh", "cues_en", "cues_zh",
                            "extent", "description"])
    ops = [
        Operation(r["operation"], r["label"], r["name_en"], r["name_zh"], _split(r["cues_en"]),
                  _split(r["cues_zh"]), r["extent"], r["description"])
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


def load_metrics(path: Path = METRICS_CSV) -> list[Metric]:
    """The metrics table, in file order: the first pattern that matches a noun wins."""
    rows = read_rows(path, ["metric", "noun_pattern", "label", "short_label", "description"])
    metrics = []
    for r in rows:
        try:
            pattern = re.compile(r["noun_pattern"], re.IGNORECASE) if r["noun_pattern"] else None
        except re.error as exc:
            raise BulletinError(f"{path}: bad noun_pattern for {r['metric']}: {exc}") from None
        metrics.append(Metric(r["metric"], pattern, r["label"], r["short_label"],
                              r["description"]))
    return metrics


def slug(noun: str) -> str:
    """A metric id made from a noun no pattern recognises.

    >>> slug("Stolen bicycles")
    'stolen_bicycles'
    """
    return re.sub(r"[^a-z0-9]+", "_", noun.lower()).strip("_") or "unspecified"


def assign_metric(noun: str, metrics: list[Metric]) -> str:
    """The first metric whose pattern matches ``noun``, else a slug of the noun."""
    for metric in metrics:
        if metric.noun_pattern is not None and metric.noun_pattern.search(noun):
            return metric.metric
    return slug(noun)


@lru_cache(maxsize=None)
def _labels() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    metrics = load_metrics()
    return ({o.operation: o.label for o in load_operations()},
            {m.metric: m.label for m in metrics}, {m.metric: m.short_label for m in metrics})


def operation_label(operation: str) -> str:
    """An operation's label from ``operations.csv`` (the id itself if it has none).

    >>> operation_label("fraud_gambling_support")
    'Support for fraud and gambling'
    """
    return _labels()[0].get(operation, operation)


def metric_label(metric: str, short: bool = False) -> str:
    """A metric's label from ``metrics.csv`` (the id with spaces if it has none).

    ``short`` gives the compact form, for a row that also names the operation.

    >>> metric_label("sim_cards"), metric_label("sim_cards", short=True), metric_label("stolen_bikes")
    ('SIM cards (“black cards”) seized', 'black SIM cards', 'stolen bikes')
    """
    return _labels()[2 if short else 1].get(metric, metric.replace("_", " "))


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
