"""The metric table: how a counted noun (and its verb) becomes a metric id, in both languages.

Examples
--------
>>> assign_metric("criminal suspects", load_metrics())
'suspects'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bulletin.errors import BulletinError
from bulletin.csvtables import read_rows
from bulletin.lexicon.load import table

#: The shared metrics table, shipped with the package.
METRICS_CSV = Path(__file__).resolve().parent / "metrics.csv"


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
#: The classes an unknown noun falls back to, in the order they are tried.
CLASSES = ("money", "persons", "cases", "organisations")
#: The class of a noun that is none of :data:`CLASSES`.
ITEMS = "items"
UNSPECIFIED = "unspecified"
#: Every metric an unknown noun may fall back to.
FALLBACKS = frozenset(CLASSES + (ITEMS, UNSPECIFIED))


def slug(noun: str) -> str:
    """A lower-case id made from a phrase: words joined by ``_``, Chinese characters kept.

    >>> slug("Stolen bicycles"), slug("违法有害信息"), slug("“黑卡”")
    ('stolen_bicycles', '违法有害信息', '黑卡')
    """
    return re.sub(r"[^a-z0-9\u3400-\u9fff]+", "_", noun.lower()).strip("_") or UNSPECIFIED


def noun_class(noun: str, measure: str = "") -> str:
    """The class of a counted noun no metric names: ``money``, ``persons``, ``cases``,
    ``organisations`` or ``items`` (``unspecified`` with no noun and no measure). English
    nouns by their head word, Chinese ones by their measure word, then the end of the noun
    (``lexicon/<lang>/metrics.toml``).

    >>> [noun_class(n) for n in ("drunk drivers", "stolen bicycles", "gambling dens", "$")]
    ['persons', 'items', 'organisations', 'money']
    >>> [noun_class(n, m) for n, m in (("", "人"), ("地下钱庄", "个"), ("命案积案", "起"), ("气枪", "把"))]
    ['persons', 'organisations', 'cases', 'items']
    """
    if _CJK.search(noun) or (measure and _CJK.search(measure)):
        words = table("zh", "metrics")["metric_classes"]
        for name in CLASSES:
            if measure and measure in words.get(f"{name}_measures", ()):
                return name
        for name in CLASSES:
            if any(noun.endswith(end) for end in words.get(name, ())):
                return name
        return ITEMS if noun or measure else UNSPECIFIED
    words = table("en", "metrics")["metric_classes"]
    heads = re.findall(r"[a-z$]+\$?", noun.lower().replace("us$", "$"))
    if not heads:
        return UNSPECIFIED if not noun.strip() else ITEMS
    head = heads[-1]
    for name in CLASSES:
        if head in words.get(name, ()) or (head.endswith("s") and head[:-1] in words.get(name, ())):
            return name
    return ITEMS


def assign_metric(noun: str, metrics: list[Metric], verb: str = "", measure: str = "") -> str:
    """The first metric whose patterns match ``noun`` (and ``verb``), else the noun's class
    (:func:`noun_class`), never the noun's own words.

    A Chinese noun (one holding Chinese characters) is matched by ``noun_pattern_zh``,
    an English one by ``noun_pattern``; fold traditional script to simplified first
    (:func:`bulletin.text.language.fold`).

    >>> metrics = load_metrics()
    >>> assign_metric("websites", metrics, "shut down"), assign_metric("websites", metrics, "fined")
    ('websites_shut', 'websites_fined')
    >>> assign_metric("犯罪嫌疑人", metrics, "抓获"), assign_metric("网站", metrics, "关停")
    ('suspects', 'websites_shut')
    >>> assign_metric("手机卡", metrics, "查获"), assign_metric("手机卡", metrics, "停机")
    ('sim_cards', 'sim_cards_stopped')
    >>> assign_metric("", metrics, "刑拘", "人"), assign_metric("wild birds", metrics, "seized")
    ('persons', 'items')
    """
    chinese = bool(_CJK.search(noun))
    for metric in metrics:
        pattern = metric.noun_pattern_zh if chinese else metric.noun_pattern
        if pattern is None or not pattern.search(noun):
            continue
        if metric.verb_pattern is not None and not metric.verb_pattern.search(verb or ""):
            continue
        return metric.metric
    return noun_class(noun, measure)
