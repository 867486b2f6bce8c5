"""The campaign's figures across its reports: loading and validation.

:func:`load_campaign_figures` reads the shared table ``campaign-figures.csv`` (one row per
figure the campaign's reports published: the phrase as printed, e.g. ``5.7万余起``, with
its source, the period it counts and the words of what it counts), parses every phrase
with the package (:func:`bulletin.figures.zh.parse_figure` for Chinese,
:func:`bulletin.figures.en.find_figures` for English) and validates every row. Given a
bulletin :class:`~bulletin.packs.pack.Pack`, it also adds the figures of that pack's claims
table that the shared table words nowhere else, as rows of the pack's campaign year and
scope (its manifest's ``campaign_year`` and ``scope``).

Operation ids are those of the pack (``reference/operations.csv``) and of the shared
``campaign-operations.csv`` (operations that only other reports use). The comparisons
made on this table live in :mod:`bulletin.analysis.campaign` and :mod:`bulletin.analysis.sensitivity`;
the words a reader sees in :mod:`bulletin.present.context`.

Every range follows :mod:`bulletin.figures.readings`: under the default ``step`` reading
``6.2万余`` lies in [62000, 63000); under ``bound`` in [62000, inf).
:mod:`bulletin.analysis.sensitivity` adds a third, ``calibrated``, computed from the step table.

Examples
--------
>>> from bulletin.packs.pack import project_pack
>>> figures = load_campaign_figures(CAMPAIGN, project_pack("jingwang2021-stage"))
>>> row = pick(figures, 2018, "full_year", "headline", "cases")
>>> row.phrase, row.value, row.qualifier
('57519起', 57519, 'exact')
>>> pick(figures, 2021, "stage", "four_disruptions", "sim_cards").origin
'claims'
"""

from __future__ import annotations

import re
import weakref
from calendar import monthrange
from datetime import date
from pathlib import Path

import pandas as pd

from bulletin.analysis.counting import COUNTING_VERBS
from bulletin.analysis.scopes import COMPARABLE_VALUES, INFERRED_VALUES, SCOPES
from bulletin.errors import BulletinError, FigureNotFound
from bulletin.text.script import to_simplified
from bulletin.figures.en import find_figures
from bulletin.analysis.intervals import Interval
from bulletin.packs.labels import Labels
from bulletin.packs.pack import Pack, project_packs
from bulletin.figures.readings import DEFAULT_READING, check_reading
from bulletin.csvtables import read_rows
from bulletin.lexicon.metrics import load_metrics
from bulletin.packs.operations import Operation, load_operations
from bulletin.figures.zh import parse_figure

#: The tables of a campaign folder (``data/campaigns/<campaign>/``).
CAMPAIGN_FIGURES_CSV = "campaign-figures.csv"
CAMPAIGN_OPERATIONS_CSV = "campaign-operations.csv"
SOURCES_CSV = "sources.csv"


def campaign_table(campaign: Path, name: str) -> Path:
    """The table ``name`` of a campaign folder; a path to a file is taken as it is.

    >>> campaign_table(Path("data/campaigns/x"), SOURCES_CSV).as_posix()
    'data/campaigns/x/sources.csv'
    >>> campaign_table(Path("my-sources.csv"), SOURCES_CSV).as_posix()
    'my-sources.csv'
    """
    campaign = Path(campaign)
    return campaign if campaign.suffix == ".csv" else campaign / name

#: The columns of ``campaign-figures.csv``, in order.
COLUMNS = [
    "campaign_year", "scope", "period_start", "period_end", "period_note", "period_end_inferred",
    "published",
    "operation", "metric", "counted", "counting_verb", "phrase", "source_file", "address", "use",
    "comparable", "inferred", "note",
]
#: The columns of ``sources.csv``.
SOURCE_COLUMNS = [
    "file", "location", "title", "publisher", "address", "also_at", "date", "language",
    "covers", "use", "note",
]
USES = ("yes", "no")
#: The columns the loader adds to the table's own.
ADDED = ["value", "qualifier", "low", "high", "kind", "origin", "reading"]

#: Readings that are not :mod:`bulletin.figures.readings` readings, and the reading whose interval
#: arithmetic they use. A ``calibrated`` range is a sub-range of the ``step`` range
#: (:mod:`bulletin.analysis.sensitivity`), so it adds and divides by the same rules.
ARITHMETIC = {"calibrated": "step"}

_CJK = re.compile(r"[\u3400-\u9fff]")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


# --- parsing ----------------------------------------------------------------------------

def parse_phrase(phrase: str, reading: str = DEFAULT_READING):
    """The one figure in a printed phrase, Chinese or English.

    A phrase with Chinese characters is read by :func:`bulletin.figures.zh.parse_figure`; any
    other (English, or bare digits such as ``10.7%`` or ``11``) by
    :func:`bulletin.figures.en.find_figures`, which must find exactly one figure.

    Examples
    --------
    >>> f = parse_phrase("300余万張")
    >>> f.value, f.qualifier, f.low, f.high
    (3000000, 'more_than', 3000000, 4000000)
    >>> parse_phrase("more than 22,000").high
    23000
    >>> parse_phrase("10.7%").kind
    'percent'
    """
    check_reading(reading)
    text = (phrase or "").strip()
    if not text:
        raise BulletinError("empty phrase: give the figure as printed, e.g. 3900余起")
    if _CJK.search(text):
        return parse_figure(text, reading)
    found = find_figures(text, reading)
    if len(found) != 1:
        raise BulletinError(f"expected one figure in {text!r}, found {len(found)}")
    return found[0]


def period_bounds(start: str, end: str) -> tuple[date, date]:
    """The first day of a period and the day after its last, from ``YYYY-MM[-DD]`` ends.

    A month as the end means the whole month; a day means up to and including that day.

    Examples
    --------
    >>> period_bounds("2021-01", "2021-12")
    (datetime.date(2021, 1, 1), datetime.date(2022, 1, 1))
    >>> period_bounds("2021-01", "2021-10-14")
    (datetime.date(2021, 1, 1), datetime.date(2021, 10, 15))
    """
    return _parse_day(start, first=True), _parse_day(end, first=False)


def _parse_day(text: str, first: bool) -> date:
    text = (text or "").strip()
    day = _DAY.match(text)
    if day:
        y, m, d = (int(g) for g in day.groups())
        try:
            value = date(y, m, d)
        except ValueError:
            raise BulletinError(f"not a date: {text!r}") from None
        return value if first else date.fromordinal(value.toordinal() + 1)
    month = _MONTH.match(text)
    if month:
        y, m = (int(g) for g in month.groups())
        if not 1 <= m <= 12:
            raise BulletinError(f"not a month: {text!r}")
        if first:
            return date(y, m, 1)
        return date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    raise BulletinError(f"not a period end: {text!r}; write YYYY-MM or YYYY-MM-DD")


def months_between(start: date, end: date) -> float:
    """The length of ``[start, end)`` in calendar months.

    Whole months count as 1 whatever their length; a part of a month counts by its days
    (14 days of October are 14/31 of a month).

    Examples
    --------
    >>> months_between(date(2021, 1, 1), date(2022, 1, 1))
    12.0
    >>> round(months_between(date(2021, 1, 1), date(2021, 10, 15)), 2)
    9.45
    """
    def position(day: date) -> float:
        return day.year * 12 + (day.month - 1) + (day.day - 1) / monthrange(day.year, day.month)[1]

    return float(position(end) - position(start))


def period_months(start: str, end: str) -> float:
    """The length in months of a period given by its ``YYYY-MM[-DD]`` ends.

    >>> period_months("2018-02", "2018-11"), round(period_months("2021-01", "2021-10-14"), 2)
    (10.0, 9.45)
    """
    return months_between(*period_bounds(start, end))


# --- the tables ----------------------------------------------------------------------------

def load_sources(campaign: Path) -> pd.DataFrame:
    """The list of source files (``sources.csv``) of a campaign folder, validated.

    Every file is named once, and has a location, a title, a language, what it covers and
    an address; a date, when given, is ``YYYY-MM-DD``.

    Examples
    --------
    >>> sources = load_sources(CAMPAIGN).set_index("file")
    >>> sources.loc["07_zh_chinanews_cnhubei_2022-01-14_jingwang2021_pressconf.txt", "date"]
    '2022-01-14'
    """
    path = campaign_table(campaign, SOURCES_CSV)
    rows = read_rows(path, SOURCE_COLUMNS)
    seen = set()
    for number, row in enumerate(rows, start=2):
        name = row["file"].strip()
        where = f"{Path(path).name} line {number} ({name or 'no file'})"
        if not name:
            raise BulletinError(f"{where}: no file name")
        if name in seen:
            raise BulletinError(f"{where}: the file is listed twice")
        seen.add(name)
        for column in ("title", "location", "covers", "language", "address"):
            if not row[column].strip():
                raise BulletinError(f"{where}: no {column}")
        if row["date"] and not _DAY.match(row["date"]):
            raise BulletinError(f"{where}: date {row['date']!r} is not YYYY-MM-DD")
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS)


def campaign_operations(campaign: Path) -> list[Operation]:
    """The operations that only other reports of the campaign use (``campaign-operations.csv``).

    >>> [op.operation for op in campaign_operations(CAMPAIGN)][:2]
    ['black_industry', 'cut_accounts']
    """
    return load_operations(campaign_table(campaign, CAMPAIGN_OPERATIONS_CSV))


def operations_for(campaign: Path, pack: Pack | None = None) -> list[Operation]:
    """The operations a campaign figure may name: the pack's (or, with no pack, those of
    every pack in the project) and the shared campaign operations, each id once."""
    packs = [pack] if pack is not None else project_packs()
    found: dict[str, Operation] = {}
    for op in [o for p in packs for o in p.operations] + campaign_operations(campaign):
        found.setdefault(op.operation, op)
    return list(found.values())


def campaign_labels(campaign: Path, pack: Pack | None = None) -> Labels:
    """Labels for every operation a campaign figure may name (:func:`operations_for`).

    >>> from bulletin.packs.pack import project_pack
    >>> labels = campaign_labels(CAMPAIGN, project_pack("jingwang2021-stage"))
    >>> labels.row("four_disruptions", "sim_cards"), labels.operation("black_industry")
    ('Four Disruptions: black SIM cards', 'Black industry')
    """
    return Labels(operations_for(campaign, pack))


def known_metrics() -> set[str]:
    """The metric ids a campaign figure may use: those of ``metrics.csv``.

    >>> {"cases", "sim_cards", "accounts_shut"} <= known_metrics()
    True
    """
    return {m.metric for m in load_metrics()}


def _check_row(row: dict, where: str, operations: set[str], metrics: set[str],
               sources: pd.DataFrame) -> None:
    if not re.fullmatch(r"\d{4}", str(row["campaign_year"]).strip()):
        raise BulletinError(f"{where}: campaign_year {row['campaign_year']!r} is not a year")
    if row["scope"] not in SCOPES:
        raise BulletinError(f"{where}: scope {row['scope']!r} is not one of {', '.join(SCOPES)}")
    try:
        start, end = period_bounds(row["period_start"], row["period_end"])
    except BulletinError as exc:
        raise BulletinError(f"{where}: {exc}") from None
    if end <= start:
        raise BulletinError(f"{where}: the period ends before it starts")
    if row["published"] and not _DAY.match(row["published"]):
        raise BulletinError(f"{where}: published {row['published']!r} is not YYYY-MM-DD")
    if row["operation"] not in operations:
        raise BulletinError(f"{where}: unknown operation {row['operation']!r} (add it to the "
                            "pack's operations.csv, or to campaign-operations.csv if only "
                            "other reports use it)")
    if row["metric"] not in metrics:
        raise BulletinError(f"{where}: unknown metric {row['metric']!r} (add it to metrics.csv)")
    if row["use"] not in USES:
        raise BulletinError(f"{where}: use {row['use']!r} is not yes or no")
    if row["use"] == "no" and not row["note"].strip():
        raise BulletinError(f"{where}: a row the analysis does not use needs a note saying why")
    _check_marks(row, where)
    if not row["source_file"].strip():
        raise BulletinError(f"{where}: no source_file")
    if sources[sources["file"] == row["source_file"]].empty:
        raise BulletinError(f"{where}: source_file {row['source_file']!r} is not in sources.csv")
    if not row["address"].strip():
        raise BulletinError(f"{where}: no address")
    low, value, high = row["low"], row["value"], row["high"]
    if not low <= value <= high:
        raise BulletinError(f"{where}: the range is wrong: {low} <= {value} <= {high} fails")


def _check_marks(row: dict, where: str) -> None:
    """The structured columns: ``comparable``, ``inferred``, ``period_end_inferred`` and
    ``counting_verb``."""
    if row["period_end_inferred"] not in INFERRED_VALUES:
        raise BulletinError(f"{where}: period_end_inferred {row['period_end_inferred']!r} is not "
                            "yes or no")
    if row["period_end_inferred"] == "yes" and not row["period_note"].strip():
        raise BulletinError(f"{where}: an inferred period end needs a period_note saying from what")
    if row["comparable"] not in COMPARABLE_VALUES:
        raise BulletinError(f"{where}: comparable {row['comparable']!r} is not one of "
                            f"{', '.join(COMPARABLE_VALUES)}")
    if row["inferred"] not in INFERRED_VALUES:
        raise BulletinError(f"{where}: inferred {row['inferred']!r} is not yes or no")
    if row["comparable"] != "yes" and not row["note"].strip():
        raise BulletinError(f"{where}: comparable={row['comparable']} needs a note saying how "
                            "the class differs")
    if row["inferred"] == "yes" and not row["note"].strip():
        raise BulletinError(f"{where}: an inferred operation needs a note saying from what")
    verb = row["counting_verb"]
    if verb and verb not in COUNTING_VERBS:
        raise BulletinError(f"{where}: counting_verb {verb!r} is not one of "
                            f"{', '.join(COUNTING_VERBS)} (simplified script)")
    if verb and verb not in to_simplified(row["counted"]):
        raise BulletinError(f"{where}: counting_verb {verb!r} is not in counted "
                            f"{row['counted']!r}")


def _pack_rows(table_rows: list[dict], pack: Pack, sources: pd.DataFrame) -> list[dict]:
    """Rows for the pack's claims that the table words nowhere, in the pack's year and scope."""
    missing = [k for k in ("campaign_year", "scope") if k not in pack.extra]
    if missing:
        raise BulletinError(f"pack {pack.id}: its manifest gives no {' or '.join(missing)}, "
                            "so its claims cannot join the campaign figures")
    year, scope = str(pack.extra["campaign_year"]), str(pack.extra["scope"])
    same = [r for r in table_rows if r["campaign_year"] == year and r["scope"] == scope]
    covered = {(r["operation"], r["metric"]) for r in same}
    periods = [r for r in same if r["period_start"] == pack.period_start
               and r["period_end"] == pack.period_end]
    listed = sources[sources["file"] == pack.raw.name]
    address = listed.iloc[0]["address"] if not listed.empty else ""
    claims_path = pack.processed("claims.csv")
    rows = []
    for claim in read_rows(claims_path, ["text", "noun", "operation", "metric"]):
        if (claim["operation"], claim["metric"]) in covered:
            continue
        rows.append({
            "campaign_year": year, "scope": scope, "period_start": pack.period_start,
            "period_end": pack.period_end,
            "period_note": periods[0]["period_note"] if periods else "the pack's manifest (pack.toml)",
            "period_end_inferred": periods[0]["period_end_inferred"] if periods else "no",
            "published": pack.published.isoformat(), "operation": claim["operation"],
            "metric": claim["metric"], "counted": f"{claim['noun']} ({pack.language}, pack text)",
            "counting_verb": "", "phrase": claim["text"], "source_file": pack.raw.name,
            "address": address, "use": "yes", "comparable": "yes", "inferred": "no",
            "note": (f"From the claims table of pack {pack.id} ({pack.publisher}): no other "
                     "wording of this figure is in the table"),
        })
    return rows


def _figures_frame(rows: list[dict], reading: str) -> pd.DataFrame:
    """The parsed rows as a table: years as ints, ``inferred`` as a bool, the reading named,
    and ``value``/``low``/``high`` kept as the numbers they are (ints stay ints, inf stays)."""
    frame = pd.DataFrame(rows)
    frame["campaign_year"] = frame["campaign_year"].astype(int)
    frame["inferred"] = frame["inferred"] == "yes"
    frame["period_end_inferred"] = frame["period_end_inferred"] == "yes"
    frame["reading"] = reading
    for column in ("value", "low", "high"):
        frame[column] = pd.Series([r[column] for r in rows], index=frame.index, dtype=object)
    return frame


def load_campaign_figures(campaign: Path, pack: Pack | None = None,
                          reading: str = DEFAULT_READING, path: Path | None = None,
                          sources_path: Path | None = None,
                          operations: list[Operation] | None = None) -> pd.DataFrame:
    """The campaign figures, parsed and validated, with ``value``/``qualifier``/``low``/``high``.

    Parameters
    ----------
    campaign
        The campaign folder (``data/campaigns/<campaign>/``) holding the table, its
        sources and its operations.
    pack
        A bulletin pack whose claims join the table: every claim of its
        ``processed/claims.csv`` that the table gives no row for becomes a row of the
        pack's ``campaign_year`` and ``scope`` (``origin`` ``claims``). With no pack the
        table is read alone.
    reading
        ``step`` (default) or ``bound``: how 余 / "more than" sets ``low`` and ``high``.
    path, sources_path
        The table and the list of sources every row must cite, when not the campaign
        folder's own.
    operations
        The operations a row may name; by default :func:`operations_for` the pack.

    Returns
    -------
    pandas.DataFrame
        The table's columns, ``campaign_year`` as an int and ``inferred`` as a bool, plus ``value``, ``qualifier``,
        ``low``, ``high``, ``kind``, ``origin`` (``table`` or ``claims``) and ``reading``.

    Raises
    ------
    BulletinError
        Naming the row (file and line) when a phrase holds no single figure, an operation
        or metric is unknown, a range is inconsistent, a source is missing, or two rows
        the analysis uses state the same figure.

    Examples
    --------
    >>> figures = load_campaign_figures(CAMPAIGN, reading="bound")
    >>> row = pick(figures, 2021, "full_year", "headline", "cases")
    >>> row.phrase, row.low, row.high
    ('6.2万余起', 62000, inf)
    """
    check_reading(reading)
    path = Path(path) if path is not None else campaign_table(campaign, CAMPAIGN_FIGURES_CSV)
    sources_path = sources_path if sources_path is not None else campaign_table(campaign, SOURCES_CSV)
    table_rows = read_rows(path, COLUMNS)
    sources = load_sources(sources_path)
    rows = [{**r, "origin": "table", "line": n} for n, r in enumerate(table_rows, start=2)]
    if pack is not None:
        rows += [{**r, "origin": "claims", "line": 0}
                 for r in _pack_rows(table_rows, pack, sources)]
    known = {o.operation for o in (operations if operations is not None else operations_for(campaign, pack))}
    metrics = known_metrics()
    out = []
    for row in rows:
        label = (f"{row['campaign_year']} {row['scope']} {row['operation']}/{row['metric']} "
                 f"{row['phrase']!r}")
        where = (f"{path.name} line {row['line']} ({label})" if row["origin"] == "table"
                 else f"pack {pack.id} claims ({label})")
        try:
            figure = parse_phrase(row["phrase"], reading)
        except BulletinError as exc:
            raise BulletinError(f"{where}: {exc}") from None
        row = {**row, "value": figure.value, "qualifier": figure.qualifier,
               "low": figure.low, "high": figure.high, "kind": figure.kind}
        _check_row(row, where, known, metrics, sources)
        out.append(row)
    frame = _figures_frame(out, reading)
    key = ["campaign_year", "scope", "operation", "metric"]
    used = frame[frame["use"] == "yes"]
    twice = used[used.duplicated(key, keep=False)]
    if not twice.empty:
        first = twice.iloc[0]
        raise BulletinError(
            f"{path.name}: {first.campaign_year} {first.scope} {first.operation}/{first.metric} "
            "has more than one row with use=yes; mark the one the analysis uses"
        )
    return frame.drop(columns=["line"])[COLUMNS + ADDED]


#: The columns an inline table (:func:`figures_from_csv`) must give; the others default.
INLINE_COLUMNS = ["campaign_year", "scope", "period_start", "period_end", "operation", "metric",
                  "phrase"]
_INLINE_DEFAULTS = {"period_note": "", "period_end_inferred": "no", "published": "", "counted": "", "source_file": "inline",
                    "address": "", "use": "yes", "comparable": "yes", "inferred": "no", "note": ""}


def figures_from_csv(text: str, reading: str = DEFAULT_READING) -> pd.DataFrame:
    """A campaign-figures table from a short inline CSV: for examples, tests and sketches.

    The CSV gives at least :data:`INLINE_COLUMNS`; any other column of ``campaign-figures.csv``
    may be given too, and the rest take defaults (``use`` ``yes``, ``comparable`` ``yes``,
    ``inferred`` ``no``, ``counting_verb`` read from ``counted``). Every phrase is parsed and
    every row checked as :func:`load_campaign_figures` does, except against a sources list
    and an operations table.

    Examples
    --------
    >>> figures = figures_from_csv('''
    ... campaign_year,scope,period_start,period_end,operation,metric,phrase
    ... 2021,stage,2021-01,2021-10-14,headline,cases,3.7万余起
    ... 2021,full_year,2021-01,2021-12,headline,cases,6.2万余起
    ... ''')
    >>> figures[["scope", "low", "high", "inferred"]].values.tolist()
    [['stage', 37000, 38000, False], ['full_year', 62000, 63000, False]]
    """
    import csv
    import io

    from bulletin.analysis.counting import counting_verb

    check_reading(reading)
    rows = list(csv.DictReader(io.StringIO(text.strip())))
    missing = [c for c in INLINE_COLUMNS if not rows or c not in rows[0]]
    if missing:
        raise BulletinError(f"an inline figures table needs the column(s) {', '.join(missing)}")
    out = []
    for number, given in enumerate(rows, start=2):
        row = {**_INLINE_DEFAULTS, **{k: v for k, v in given.items() if v is not None}}
        row.setdefault("counting_verb", counting_verb(row["counted"]))
        where = f"inline table line {number}"
        try:
            figure = parse_phrase(row["phrase"], reading)
        except BulletinError as exc:
            raise BulletinError(f"{where}: {exc}") from None
        row.update(value=figure.value, qualifier=figure.qualifier, low=figure.low,
                   high=figure.high, kind=figure.kind, origin="table")
        _check_marks(row, where)
        out.append(row)
    frame = _figures_frame(out, reading)
    return frame[COLUMNS + ADDED]


# --- picking figures ---------------------------------------------------------------------

#: Row positions of each (year, scope, operation, metric), per table, built on first use:
#: the checks pick hundreds of figures, and a boolean filter per pick scans the whole table.
_ROW_INDEX: dict[int, tuple[weakref.ref, int, dict]] = {}


def _rows_of(figures: pd.DataFrame, year, scope, operation, metric) -> list[int]:
    """The positions of the rows of one figure in ``figures`` (every wording of it)."""
    cached = _ROW_INDEX.get(id(figures))
    if cached is None or cached[0]() is not figures or cached[1] != len(figures):
        index: dict[tuple, list[int]] = {}
        keys = zip(figures["campaign_year"], figures["scope"], figures["operation"],
                   figures["metric"])
        for position, key in enumerate(keys):
            index.setdefault(tuple(key), []).append(position)
        for key in [k for k, v in _ROW_INDEX.items() if v[0]() is None]:
            del _ROW_INDEX[key]  # tables that no longer exist
        cached = (weakref.ref(figures), len(figures), index)
        _ROW_INDEX[id(figures)] = cached
    return cached[2].get((year, scope, operation, metric), [])


def pick(figures: pd.DataFrame, year: int, scope: str, operation: str, metric: str) -> pd.Series:
    """The one figure the analysis uses (``use == "yes"``) for a year, scope, operation and metric.

    Raises :class:`~bulletin.errors.FigureNotFound` when there is none.

    Examples
    --------
    >>> from bulletin.analysis.example import example_figures
    >>> pick(example_figures(), 2052, "full_year", "headline", "cases").phrase
    '1500余起'
    """
    used = [i for i in _rows_of(figures, year, scope, operation, metric)
            if figures["use"].iat[i] == "yes"]
    if not used:
        raise FigureNotFound(f"no {scope} figure for {year} {operation}/{metric}")
    return figures.iloc[used[0]]


def has_figure(figures: pd.DataFrame, year: int, scope: str, operation: str, metric: str) -> bool:
    """Whether the table has a used figure for this year, scope, operation and metric."""
    try:
        pick(figures, year, scope, operation, metric)
    except FigureNotFound:
        return False
    return True


def wordings(figures: pd.DataFrame, year: int, scope: str, operation: str,
             metric: str) -> pd.DataFrame:
    """Every row that states one figure: the used one first, then the other wordings.

    >>> from bulletin.analysis.example import example_figures
    >>> wordings(example_figures(), 2052, "full_year", "headline", "cases").counted.tolist()
    ['侦办案件', '破获案件']
    """
    rows = figures.iloc[_rows_of(figures, year, scope, operation, metric)]
    return rows.sort_values("use", ascending=False, kind="stable")


def arithmetic_reading(reading: str) -> str:
    """The :mod:`bulletin.figures.readings` reading whose interval rules a table's reading uses.

    >>> arithmetic_reading("bound"), arithmetic_reading("calibrated")
    ('bound', 'step')
    """
    return ARITHMETIC.get(reading, reading)


def interval_of(row: pd.Series) -> Interval:
    """A figure's range as an :class:`~bulletin.analysis.intervals.Interval`, under the table's reading.

    >>> from bulletin.analysis.example import example_figures
    >>> interval_of(pick(example_figures(), 2052, "full_year", "headline", "cases"))
    Interval(low=1500, high=1600, reading='step')
    """
    return Interval(row["low"], row["high"], arithmetic_reading(row["reading"]))


def reading_of(figures: pd.DataFrame) -> str:
    """The one reading a figures table was loaded (or calibrated) under."""
    readings = set(figures["reading"])
    if len(readings) != 1:
        raise BulletinError(f"the figures table mixes readings: {sorted(readings)}")
    return readings.pop()
