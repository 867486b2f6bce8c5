"""The campaign in context: its figures across the years, and the October report against the year-end.

:func:`load_campaign_figures` reads ``data/reference/campaign-figures.csv`` (one row per
figure the Ministry of Public Security published for a 净网 campaign year: the phrase as
printed, e.g. ``5.7万余起``, with its source), parses every phrase with the package
(:func:`bulletin.zh.parse_figure` for Chinese, :func:`bulletin.figures.find_figures` for an
English machine translation) and validates every row. It adds the October 2021 stage
figures that no Chinese text was found for from ``data/processed/claims.csv``.

The comparisons the "In context" notebook makes are plain functions over that table:

- :func:`headline_series`: headline cases and suspects, year by year, stage reports apart;
- :func:`stage_vs_year_end`: each operation's October figure against its year-end figure;
- :func:`pace_table`: cases or suspects per month before and after the October report;
- :func:`yoy_check`: does a stated year-on-year growth follow from the two years' figures?

Every range follows :mod:`bulletin.readings`: under the default ``step`` reading
``6.2万余`` lies in [62000, 63000); under ``bound`` in [62000, inf).

Examples
--------
>>> figures = load_campaign_figures()
>>> row = pick(figures, 2018, "full_year", "headline", "cases")
>>> row.phrase, row.value, row.qualifier
('57519起', 57519, 'exact')
>>> pick(figures, 2021, "stage", "four_disruptions", "sim_cards").value
3830000
"""

from __future__ import annotations

import math
import re
from calendar import monthrange
from datetime import date
from pathlib import Path

import pandas as pd

from .checks import Interval
from .errors import BulletinError
from .figures import find_figures
from .paths import BULLETIN, PROCESSED, REFERENCE
from .readings import DEFAULT_READING, check_reading, figure_range
from .reference import load_metrics, load_operations, read_rows
from .zh import parse_figure

CAMPAIGN_FIGURES_CSV = REFERENCE / "campaign-figures.csv"
SOURCES_CSV = REFERENCE / "sources.csv"
CLAIMS_CSV = PROCESSED / "claims.csv"

#: The columns of ``campaign-figures.csv``, in order.
COLUMNS = [
    "campaign_year", "scope", "period_start", "period_end", "period_note", "published",
    "operation", "metric", "counted", "phrase", "source_file", "address", "use", "note",
]
#: The columns of ``sources.csv``.
SOURCE_COLUMNS = [
    "file", "location", "title", "publisher", "address", "also_at", "date", "language",
    "covers", "use",
]
SCOPES = ("stage", "full_year")
USES = ("yes", "no")

#: The operations compared between the October 2021 report and the year-end figures.
COMPARED_OPERATIONS = (
    "headline", "personal_information", "fraud_gambling_support", "water_army",
    "protecting_seedlings", "exam_cheating", "hackers", "four_disruptions", "four_governance",
)

_CJK = re.compile(r"[\u3400-\u9fff]")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CLAIMS_NOTE = ("From the English translation (data/processed/claims.csv): "
                "no Chinese text of this part of the report was found")


# --- parsing ----------------------------------------------------------------------------

def parse_phrase(phrase: str, reading: str = DEFAULT_READING):
    """The one figure in a printed phrase, Chinese or English (machine translation).

    A phrase with Chinese characters is read by :func:`bulletin.zh.parse_figure`; any
    other (English, or bare digits such as ``10.7%`` or ``11``) by
    :func:`bulletin.figures.find_figures`, which must find exactly one figure.

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


# --- loading and validation --------------------------------------------------------------

def load_sources(path: Path = SOURCES_CSV) -> pd.DataFrame:
    """The list of source files (``data/reference/sources.csv``), validated.

    Every file is named once, and has a title, a date or a note why there is none, and
    what it covers.

    Examples
    --------
    >>> sources = load_sources()
    >>> sources.set_index("file").loc["07_zh_chinanews_cnhubei_2022-01-14_jingwang2021_pressconf.txt", "date"]
    '2022-01-14'
    """
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
        for column in ("title", "location", "covers", "language"):
            if not row[column].strip():
                raise BulletinError(f"{where}: no {column}")
        if row["date"] and not _DAY.match(row["date"]):
            raise BulletinError(f"{where}: date {row['date']!r} is not YYYY-MM-DD")
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS)


def known_metrics() -> set[str]:
    """The metric ids a campaign figure may use: those of ``metrics.csv``.

    >>> {"cases", "sim_cards", "accounts_shut"} <= known_metrics()
    True
    """
    return {m.metric for m in load_metrics()}


def _check_row(row: dict, where: str, operations: set[str], metrics: set[str],
               sources: pd.DataFrame) -> None:
    try:
        year = int(row["campaign_year"])
    except (TypeError, ValueError):
        raise BulletinError(f"{where}: campaign_year {row['campaign_year']!r} is not a year") from None
    if not 2000 <= year <= 2100:
        raise BulletinError(f"{where}: campaign_year {year} is out of range")
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
        raise BulletinError(f"{where}: unknown operation {row['operation']!r} "
                            "(add it to data/reference/operations.csv)")
    if row["metric"] not in metrics:
        raise BulletinError(f"{where}: unknown metric {row['metric']!r} "
                            "(add it to data/reference/metrics.csv)")
    if row["use"] not in USES:
        raise BulletinError(f"{where}: use {row['use']!r} is not yes or no")
    if row["use"] == "no" and not row["note"].strip():
        raise BulletinError(f"{where}: a row the analysis does not use needs a note saying why")
    if not row["source_file"].strip():
        raise BulletinError(f"{where}: no source_file")
    listed = sources[sources["file"] == row["source_file"]]
    if listed.empty:
        raise BulletinError(f"{where}: source_file {row['source_file']!r} is not in sources.csv")
    if not row["address"].strip() and listed.iloc[0]["location"] != "data/raw":
        raise BulletinError(f"{where}: no address")
    low, value, high = row["low"], row["value"], row["high"]
    if not low <= value <= high:
        raise BulletinError(f"{where}: the range is wrong: {low} <= {value} <= {high} fails")


def _claims_rows(table_rows: list[dict], path: Path) -> list[dict]:
    """Stage rows for the October 2021 figures that the table has no Chinese phrase for."""
    stage = [r for r in table_rows
             if r["campaign_year"] == "2021" and r["scope"] == "stage"]
    if not stage:
        return []
    template = stage[0]
    covered = {(r["operation"], r["metric"]) for r in stage}
    claims = read_rows(path, ["text", "noun", "operation", "metric"])
    rows = []
    for claim in claims:
        if (claim["operation"], claim["metric"]) in covered:
            continue
        rows.append({
            **{c: template[c] for c in ("campaign_year", "scope", "period_start", "period_end",
                                        "period_note", "published")},
            "operation": claim["operation"], "metric": claim["metric"],
            "counted": f"{claim['noun']} (English MT)", "phrase": claim["text"],
            "source_file": BULLETIN.name, "address": "", "use": "yes", "note": _CLAIMS_NOTE,
        })
    return rows


def load_campaign_figures(reading: str = DEFAULT_READING, path: Path = CAMPAIGN_FIGURES_CSV,
                          with_claims: bool = True, claims_path: Path = CLAIMS_CSV,
                          sources_path: Path = SOURCES_CSV) -> pd.DataFrame:
    """The campaign figures, parsed and validated, with ``value``/``qualifier``/``low``/``high``.

    Parameters
    ----------
    reading
        ``step`` (default) or ``bound``: how 余 / "more than" sets ``low`` and ``high``.
    path
        The table (``data/reference/campaign-figures.csv``).
    with_claims
        Add, as 2021 ``stage`` rows, the October figures that the table gives no Chinese
        phrase for (exam suspects and devices, 断四, 四治, 四管), read from the English
        claims table; their ``origin`` is ``claims``.
    claims_path, sources_path
        The claims table and the list of sources every row must cite.

    Returns
    -------
    pandas.DataFrame
        The table's columns, ``campaign_year`` as an int, plus ``value``, ``qualifier``,
        ``low``, ``high``, ``kind``, ``origin`` (``table`` or ``claims``) and ``reading``.

    Raises
    ------
    BulletinError
        Naming the row (file and line) when a phrase holds no single figure, an operation
        or metric is unknown, a range is inconsistent, a source is missing, or two rows
        the analysis uses state the same figure.

    Examples
    --------
    >>> figures = load_campaign_figures(reading="bound")
    >>> row = pick(figures, 2021, "full_year", "headline", "cases")
    >>> row.phrase, row.low, row.high
    ('6.2万余起', 62000, inf)
    """
    check_reading(reading)
    path = Path(path)
    table_rows = read_rows(path, COLUMNS)
    rows = [{**r, "origin": "table", "line": n} for n, r in enumerate(table_rows, start=2)]
    if with_claims:
        rows += [{**r, "origin": "claims", "line": 0} for r in _claims_rows(table_rows, claims_path)]
    operations = {o.operation for o in load_operations()}
    metrics = known_metrics()
    sources = load_sources(sources_path)
    out = []
    for row in rows:
        label = (f"{row['campaign_year']} {row['scope']} {row['operation']}/{row['metric']} "
                 f"{row['phrase']!r}")
        where = (f"{path.name} line {row['line']} ({label})" if row["origin"] == "table"
                 else f"{Path(claims_path).name} ({label})")
        try:
            figure = parse_phrase(row["phrase"], reading)
        except BulletinError as exc:
            raise BulletinError(f"{where}: {exc}") from None
        row = {**row, "value": figure.value, "qualifier": figure.qualifier,
               "low": figure.low, "high": figure.high, "kind": figure.kind}
        _check_row(row, where, operations, metrics, sources)
        out.append(row)
    frame = pd.DataFrame(out)
    frame["campaign_year"] = frame["campaign_year"].astype(int)
    frame["reading"] = reading
    for column in ("value", "low", "high"):
        frame[column] = pd.Series([r[column] for r in out], index=frame.index, dtype=object)
    key = ["campaign_year", "scope", "operation", "metric"]
    used = frame[frame["use"] == "yes"]
    twice = used[used.duplicated(key, keep=False)]
    if not twice.empty:
        first = twice.iloc[0]
        raise BulletinError(
            f"{path.name}: {first.campaign_year} {first.scope} {first.operation}/{first.metric} "
            "has more than one row with use=yes; mark the one the analysis uses"
        )
    return frame.drop(columns=["line"])[COLUMNS + ["value", "qualifier", "low", "high", "kind",
                                                    "origin", "reading"]]


# --- picking figures ---------------------------------------------------------------------

def pick(figures: pd.DataFrame, year: int, scope: str, operation: str, metric: str) -> pd.Series:
    """The one figure the analysis uses (``use == "yes"``) for a year, scope, operation and metric.

    Raises :class:`BulletinError` when there is none.

    Examples
    --------
    >>> pick(load_campaign_figures(), 2020, "full_year", "headline", "cases").phrase
    '5.6万起'
    """
    rows = figures[(figures["campaign_year"] == year) & (figures["scope"] == scope)
                   & (figures["operation"] == operation) & (figures["metric"] == metric)
                   & (figures["use"] == "yes")]
    if rows.empty:
        raise BulletinError(f"no {scope} figure for {year} {operation}/{metric}")
    return rows.iloc[0]


def has_figure(figures: pd.DataFrame, year: int, scope: str, operation: str, metric: str) -> bool:
    """Whether the table has a used figure for this year, scope, operation and metric."""
    try:
        pick(figures, year, scope, operation, metric)
    except BulletinError:
        return False
    return True


def interval_of(row: pd.Series) -> Interval:
    """A figure's range as an :class:`~bulletin.checks.Interval`, under the table's reading.

    >>> interval_of(pick(load_campaign_figures(), 2021, "stage", "headline", "cases"))
    Interval(low=37000, high=38000, reading='step')
    """
    return Interval(row["low"], row["high"], row["reading"])


def alternatives(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures stated twice with different wording: the one used beside the one not used.

    One row per pair, with both phrases and ranges, whether the ranges overlap, whether
    the note and the counting verbs leave them counting the same class (``same_class``: no
    when the note says a narrower or wider class or the verbs differ, see
    :func:`comparability`), and the note that says which is
    used and why. Overlapping ranges admit a common value; they do not make two rows one
    figure when the note says they count different classes.

    Examples
    --------
    >>> alt = alternatives(load_campaign_figures())
    >>> alt.loc[(alt.campaign_year == 2018) & (alt.metric == "cases"), "not_used"].item()
    '5.7万余起'
    >>> alt.loc[~alt.same_class, "not_used"].tolist()
    ['3000余名']
    """
    key = ["campaign_year", "scope", "operation", "metric"]
    rows = []
    for _, other in figures[figures["use"] == "no"].iterrows():
        used = pick(figures, other["campaign_year"], other["scope"], other["operation"],
                    other["metric"])
        rows.append({
            **{k: other[k] for k in key},
            "used": used["phrase"], "used_low": used["low"], "used_high": used["high"],
            "not_used": other["phrase"], "not_used_low": other["low"],
            "not_used_high": other["high"],
            "overlap": interval_of(used).overlaps(interval_of(other)),
            "same_class": comparability(other["note"],
                                        counted=(used["counted"], other["counted"])) == "yes",
            "why": other["note"],
        })
    return pd.DataFrame(rows)


# --- the series across years ---------------------------------------------------------------

def headline_series(figures: pd.DataFrame, metrics=("cases", "suspects"),
                    years=range(2018, 2025)) -> pd.DataFrame:
    """Headline figures by campaign year, full-year rows for every year (gaps as NaN) plus stage rows.

    Returns one row per (metric, year) for the full-year figures, ``value``/``low``/``high``
    empty (NaN) where no national figure was found, and one row per stage report. The
    column ``period_end`` is the last month or day the figure counts.

    Examples
    --------
    >>> s = headline_series(load_campaign_figures())
    >>> bool(s[(s.metric == "cases") & (s.campaign_year == 2023)].value.isna().all())
    True
    >>> len(s[s.scope == "stage"])
    4
    """
    used = figures[(figures["operation"] == "headline") & (figures["use"] == "yes")
                   & figures["metric"].isin(metrics)]
    rows = []
    for metric in metrics:
        for year in years:
            match = used[(used["metric"] == metric) & (used["campaign_year"] == year)
                         & (used["scope"] == "full_year")]
            if match.empty:
                rows.append({"metric": metric, "campaign_year": year, "scope": "full_year",
                             "period_start": "", "period_end": "", "phrase": "", "value": math.nan,
                             "low": math.nan, "high": math.nan, "source_file": ""})
            else:
                rows.append(_series_row(match.iloc[0]))
        stage = used[(used["metric"] == metric) & (used["scope"] == "stage")
                     & used["campaign_year"].isin(list(years))]
        rows.extend(_series_row(r) for _, r in stage.iterrows())
    out = pd.DataFrame(rows)
    for column in ("value", "low", "high"):
        out[column] = out[column].astype(float)
    return out.sort_values(["metric", "campaign_year", "scope"], ascending=[True, True, False],
                           ignore_index=True)


def headline_table(series: pd.DataFrame) -> pd.DataFrame:
    """A readable table of :func:`headline_series`: one row per year and scope, cases and suspects
    side by side, each as printed and as the range it admits ("no figure found" for a gap).

    Examples
    --------
    >>> t = headline_table(headline_series(load_campaign_figures()))
    >>> t.loc[(t.year == 2023), "cases range"].item()
    'no figure found'
    >>> t.loc[(t.year == 2020) & (t.scope == "full_year"), "suspects range"].item()
    '80,000 to under 90,000'
    """
    from .present import fmt_range

    rows = []
    for (year, scope), group in series.groupby(["campaign_year", "scope"], sort=False):
        row = {"year": year, "scope": scope,
               "period": ", ".join(sorted({f"{s} to {e}" for s, e in
                                           zip(group.period_start, group.period_end) if e}))}
        for metric in ("cases", "suspects"):
            match = group[group.metric == metric]
            if match.empty or pd.isna(match.iloc[0].value):
                row[f"{metric} printed"], row[f"{metric} range"] = "—", "no figure found"
            else:
                m = match.iloc[0]
                row[f"{metric} printed"] = m.phrase
                row[f"{metric} range"] = fmt_range(m.low, m.high, "more_than")
        rows.append(row)
    out = pd.DataFrame(rows)
    order = {"stage": 0, "full_year": 1}
    return out.sort_values(["year", "scope"], key=lambda c: c.map(order) if c.name == "scope" else c,
                           ignore_index=True)


def _series_row(row: pd.Series) -> dict:
    return {"metric": row["metric"], "campaign_year": int(row["campaign_year"]),
            "scope": row["scope"], "period_start": row["period_start"],
            "period_end": row["period_end"], "phrase": row["phrase"],
            "value": row["value"], "low": row["low"], "high": row["high"],
            "source_file": row["source_file"]}


# --- October against the year-end ------------------------------------------------------------

#: Words in a row's ``note`` saying that two figures count different things for certain
#: (a narrower or wider class or count, a changed unit).
CATEGORY_DIFFERS = ("narrower class", "wider class", "narrower count", "wider count",
                    "counted in pieces")
#: Words in a row's ``note`` saying that they may count different things.
CATEGORY_MAY_DIFFER = ("not the same class", "may differ", "different definition")
#: Words in a row's ``note`` saying that the figure's operation is inferred, not stated.
OPERATION_INFERRED = ("operation inferred",)

#: The verbs that say how a case or a person was counted, in simplified characters, with
#: their meaning: 侦破 counts cases solved (cracked), 侦办 cases handled (investigated,
#: which can be the larger set), 抓获 persons arrested, 查处 persons investigated and
#: dealt with.
COUNTING_VERBS = {"侦破": "solved", "侦办": "handled", "抓获": "arrested",
                  "查处": "investigated and dealt with"}
#: Traditional characters of the counting verbs, mapped to simplified ones.
_TRADITIONAL = str.maketrans({"偵": "侦", "辦": "办", "獲": "获", "處": "处"})


def counting_verb(counted: str) -> str:
    """The first counting verb (:data:`COUNTING_VERBS`) in a row's ``counted`` words.

    Traditional characters are read as simplified (偵辦 is 侦办). Returns ``""`` when the
    words hold none of the verbs (an English machine translation, or a verb such as 关停).

    Examples
    --------
    >>> counting_verb("侦破案件"), counting_verb("偵辦案件"), counting_verb("侦办相关案件")
    ('侦破', '侦办', '侦办')
    >>> counting_verb("打掉非法支付结算等各类团伙 ... 抓获犯罪嫌疑人")
    '抓获'
    >>> counting_verb("criminal suspects (English MT)")
    ''
    """
    text = (counted or "").translate(_TRADITIONAL)
    found = [(text.find(v), v) for v in COUNTING_VERBS if v in text]
    return min(found)[1] if found else ""


def comparability(*notes: str, counted: tuple[str, str] | None = None) -> str:
    """Whether two figures count the same thing, as the table's notes and counting words say.

    Reads the notes of both rows for the words in :data:`CATEGORY_DIFFERS`,
    :data:`CATEGORY_MAY_DIFFER` and :data:`OPERATION_INFERRED` (case ignored). With
    ``counted`` (the two rows' ``counted`` words), also compares their counting verbs
    (:func:`counting_verb`): when both rows name one and the verbs differ (侦破, cases
    solved, against 侦办, cases handled), the two may count different sets.

    Returns
    -------
    str
        ``yes`` when nothing says otherwise; else ``category differs``, ``category may
        differ``, ``counting verb differs`` and/or ``operation inferred``, joined by ``; ``.

    Examples
    --------
    >>> comparability("", "Same count as October")
    'yes'
    >>> comparability("", "a narrower class than October's")
    'category differs'
    >>> comparability("", "used: the wider count")
    'category differs'
    >>> comparability("Operation inferred: ...", "perhaps not the same class")
    'category may differ; operation inferred'
    >>> comparability("", "", counted=("侦破案件", "偵辦案件"))
    'counting verb differs'
    >>> comparability("", "", counted=("抓获犯罪嫌疑人", "抓獲犯罪嫌疑人"))
    'yes'
    """
    text = " ".join(n or "" for n in notes).lower()
    found = []
    if any(w in text for w in CATEGORY_DIFFERS):
        found.append("category differs")
    elif any(w in text for w in CATEGORY_MAY_DIFFER):
        found.append("category may differ")
    if counted is not None:
        verbs = [counting_verb(c) for c in counted]
        if all(verbs) and len(set(verbs)) > 1:
            found.append("counting verb differs")
    if any(w in text for w in OPERATION_INFERRED):
        found.append("operation inferred")
    return "; ".join(found) or "yes"


def fmt_limits(low: float, high: float, digits: int = 0, qualifier: str = "exact") -> str:
    """A computed range in words, saying "no limit" where the figures set none.

    ``low``/``high`` are rounded to ``digits`` decimals (0: whole numbers); an infinite or
    missing end is said in words, never printed as ``inf`` or ``NaN``.

    Examples
    --------
    >>> fmt_limits(3914.9, float("inf"))
    '3,915 or more (no upper limit)'
    >>> fmt_limits(float("-inf"), float("inf")), fmt_limits(float("nan"), float("nan"))
    ('no limit', 'no limit')
    >>> fmt_limits(2.344, 2.6051, 2)
    '2.34 to 2.61'
    >>> fmt_limits(float("-inf"), 12.34, 1)
    'no lower limit; up to 12.3'
    """
    from .present import fmt_number, fmt_range

    def rounded(x):
        return round(float(x)) if digits == 0 else round(float(x), digits)

    if any(math.isnan(float(x)) for x in (low, high)) or (math.isinf(low) and math.isinf(high)):
        return "no limit"
    if math.isinf(low):
        return f"no lower limit; up to {fmt_number(rounded(high), digits)}"
    if math.isinf(high):
        return f"{fmt_number(rounded(low), digits)} or more (no upper limit)"
    if digits > 0:
        lo, hi = f"{rounded(low):,.{digits}f}", f"{rounded(high):,.{digits}f}"
        if lo == hi:
            return lo
        upper = "under " if qualifier in ("more_than", "at_least") else ""
        return f"{lo} to {upper}{hi}"
    return fmt_range(rounded(low), rounded(high), qualifier, digits)


def compare(stage: Interval, year_end: Interval, stage_value=None, year_end_value=None,
            stage_open: bool = False, year_end_open: bool = False) -> str:
    """Whether a cumulative figure grew between a stage report and the year-end report.

    Parameters
    ----------
    stage, year_end
        The two ranges.
    stage_value, year_end_value
        The printed numbers (used only when the ranges overlap, to say which way they lean).
    stage_open, year_end_open
        Whether the range's upper end is excluded (``more_than`` under the ``step`` reading:
        3,900余 is below 4,000).

    Returns
    -------
    str
        ``grew`` (every value the year-end admits is above every value October admits),
        ``shrank`` (every value is below), ``unchanged`` (both exact and equal), or, when the
        ranges overlap, ``may have shrunk`` (the printed year-end number is below October's)
        or ``cannot tell`` (it is not).

    Examples
    --------
    >>> compare(Interval(190, 200), Interval(200, 300), stage_open=True)
    'grew'
    >>> compare(Interval(490, 500), Interval(300, 400), year_end_open=True)
    'shrank'
    >>> compare(Interval(3830000, 3830000), Interval(3000000, 4000000), 3830000, 3000000)
    'may have shrunk'
    >>> compare(Interval(16, 16), Interval(16, 16))
    'unchanged'
    """
    if stage.is_exact and year_end.is_exact and stage.low == year_end.low:
        return "unchanged"
    if year_end.high < stage.low or (year_end.high == stage.low and year_end_open):
        return "shrank"
    if year_end.low > stage.high or (year_end.low == stage.high and stage_open):
        return "grew"
    if stage_value is not None and year_end_value is not None and year_end_value < stage_value:
        return "may have shrunk"
    return "cannot tell"


def _open_high(row: pd.Series) -> bool:
    return row["qualifier"] in ("more_than", "at_least") and row["low"] != row["high"]


def stage_vs_year_end(figures: pd.DataFrame, year: int = 2021,
                      operations=COMPARED_OPERATIONS) -> pd.DataFrame:
    """Each (operation, metric) stated both in the stage report and at year-end, compared.

    Columns: ``operation``, ``metric``, the two phrases (``stage``, ``year_end``), their
    ranges, ``ratio_low``/``ratio_high`` (year-end ÷ stage), ``change_low``/``change_high``
    (year-end − stage), the :func:`compare` ``verdict``, ``comparable`` (what the two rows'
    notes and counting verbs say about the match of the categories, :func:`comparability`),
    and both rows' notes (``stage_note``, ``note``). Growth figures (per cent) are left out.

    Examples
    --------
    >>> t = stage_vs_year_end(load_campaign_figures())
    >>> t = t.set_index(["operation", "metric"])
    >>> t.loc[("four_governance", "money_laundering_gangs"), "verdict"]
    'shrank'
    >>> t.loc[("protecting_seedlings", "suspects"), "comparable"]
    'category differs'
    >>> t.loc[("headline", "cases"), "comparable"]
    'counting verb differs'
    """
    used = figures[(figures["campaign_year"] == year) & (figures["use"] == "yes")
                   & (figures["kind"] == "count")]
    stage = used[used["scope"] == "stage"]
    rows = []
    for operation in operations:
        for _, s in stage[stage["operation"] == operation].iterrows():
            if not has_figure(figures, year, "full_year", operation, s["metric"]):
                continue
            y = pick(figures, year, "full_year", operation, s["metric"])
            a, b = interval_of(s), interval_of(y)
            ratio = b.ratio(a)
            change = b - a
            rows.append({
                "operation": operation, "metric": s["metric"],
                "stage": s["phrase"], "year_end": y["phrase"],
                "stage_low": s["low"], "stage_high": s["high"],
                "year_end_low": y["low"], "year_end_high": y["high"],
                "ratio_low": ratio.low, "ratio_high": ratio.high,
                "change_low": change.low, "change_high": change.high,
                "verdict": compare(a, b, s["value"], y["value"], _open_high(s), _open_high(y)),
                "comparable": comparability(s["note"], y["note"],
                                            counted=(s["counted"], y["counted"])),
                "stage_source": s["source_file"], "year_end_source": y["source_file"],
                "stage_note": s["note"], "note": y["note"],
            })
    return pd.DataFrame(rows)


# --- pace -----------------------------------------------------------------------------------

def pace(stage: Interval, year_end: Interval, months_before: float,
         months_total: float) -> dict[str, Interval]:
    """Monthly pace before and after a stage report, from two cumulative totals.

    Parameters
    ----------
    stage
        The total at the stage report, counted over ``months_before`` months.
    year_end
        The total over the whole period of ``months_total`` months (same start).

    Returns
    -------
    dict
        ``before`` (stage ÷ months before), ``after`` ((year-end − stage) ÷ months after),
        ``speed_up`` (after ÷ before) and ``projected`` (the year-end total had the
        stage pace held: before × months_total). ``after`` may reach below zero when the
        ranges allow the year-end total to be below the stage total; ``speed_up`` then
        raises, since a ratio of such a range means nothing.

    Examples
    --------
    >>> p = pace(Interval(37000, 38000), Interval(62000, 63000), 9, 12)
    >>> round(p["before"].low), round(p["before"].high)
    (4111, 4222)
    >>> round(p["after"].low), round(p["after"].high)
    (8000, 8667)
    >>> round(p["projected"].low), round(p["projected"].high)
    (49333, 50667)
    """
    if not 0 < months_before < months_total:
        raise BulletinError(
            f"months before the stage report ({months_before}) must lie between 0 and the "
            f"whole period ({months_total})"
        )
    months_after = months_total - months_before
    reading = stage.reading
    before = Interval(stage.low / months_before, stage.high / months_before, reading)
    added = year_end - stage
    after = Interval(added.low / months_after, added.high / months_after, reading)
    projected = Interval(before.low * months_total, before.high * months_total, reading)
    result = {"before": before, "after": after, "projected": projected}
    if after.low >= 0 and before.low > 0:
        result["speed_up"] = after.ratio(before)
    return result


def pace_table(figures: pd.DataFrame, year: int = 2021, metrics=("cases", "suspects"),
               stage_end: str | None = None) -> pd.DataFrame:
    """The headline pace before and after the stage report, one row per metric.

    The periods are the rows' own ``period_start``/``period_end`` (the stage report's end
    can be replaced by ``stage_end``, e.g. ``"2021-09"`` for a cut-off at the end of
    September). Columns: the periods and their lengths in months, the two phrases and
    their printed numbers (``stage_value``, ``year_end_value``), ``before_low``/``before_high`` and ``after_low``/``after_high`` (per month),
    ``speed_up_low``/``speed_up_high``, the ``projected`` year-end total at the stage pace,
    and the year-end range actually stated.

    Examples
    --------
    >>> t = pace_table(load_campaign_figures(), stage_end="2021-09")
    >>> t.set_index("metric").loc["cases", ["months_before", "months_total"]].tolist()
    [9.0, 12.0]
    """
    rows = []
    for metric in metrics:
        s = pick(figures, year, "stage", "headline", metric)
        y = pick(figures, year, "full_year", "headline", metric)
        s_end = stage_end or s["period_end"]
        start, stop = period_bounds(y["period_start"], y["period_end"])
        s_start, s_stop = period_bounds(s["period_start"], s_end)
        if s_start != start:
            raise BulletinError(f"{year} {metric}: the stage and year-end periods start apart")
        before = round(months_between(s_start, s_stop), 2)
        total_months = round(months_between(start, stop), 2)
        p = pace(interval_of(s), interval_of(y), before, total_months)
        speed = p.get("speed_up")
        rows.append({
            "metric": metric, "stage_period": f"{s['period_start']} to {s_end}",
            "year_end_period": f"{y['period_start']} to {y['period_end']}",
            "months_before": before, "months_total": total_months,
            "stage": s["phrase"], "year_end": y["phrase"],
            "stage_value": s["value"], "year_end_value": y["value"],
            "before_low": p["before"].low, "before_high": p["before"].high,
            "after_low": p["after"].low, "after_high": p["after"].high,
            "speed_up_low": speed.low if speed else math.nan,
            "speed_up_high": speed.high if speed else math.nan,
            "projected_low": p["projected"].low, "projected_high": p["projected"].high,
            "year_end_low": y["low"], "year_end_high": y["high"],
        })
    return pd.DataFrame(rows)


# --- year-on-year ------------------------------------------------------------------------------

def growth_interval(current: Interval, previous: Interval) -> Interval:
    """The growth (a fraction: 0.107 for 10.7%) that two totals' ranges admit.

    ``current / previous - 1``, with interval division.

    Examples
    --------
    >>> g = growth_interval(Interval(62000, 63000), Interval(56000, 56000))
    >>> round(g.low, 4), round(g.high, 4)
    (0.1071, 0.125)
    """
    ratio = current.ratio(previous)
    return Interval(ratio.low - 1, ratio.high - 1, current.reading)


def stated_growth(percent: float, reading: str = DEFAULT_READING) -> Interval:
    """The growth range a printed percentage admits, as a fraction.

    A printed ``10.7%`` is taken as rounded to its last digit: [10.65%, 10.75%]
    (the ``about`` rule of :func:`bulletin.readings.figure_range`).

    Examples
    --------
    >>> g = stated_growth(10.7)
    >>> round(g.low, 4), round(g.high, 4)
    (0.1065, 0.1075)
    """
    low, high = figure_range(percent, "about", reading)
    return Interval(low / 100, high / 100, reading)


def implied_previous(current: Interval, growth: Interval) -> Interval:
    """The previous year's total that a current total and a growth range imply.

    ``current / (1 + growth)``.

    Examples
    --------
    >>> p = implied_previous(Interval(103000, 104000), Interval(0.2865, 0.2875))
    >>> round(p.low), round(p.high)
    (80000, 80839)
    """
    factor = Interval(1 + growth.low, 1 + growth.high, growth.reading)
    return current.ratio(factor)


def fmt_growth(growth: Interval) -> str:
    """A growth range (a fraction) in per cent, to 0.1, with missing limits said in words.

    A low end of -100% comes only from an unbounded previous total (the current total is
    above zero), so it reads "no lower limit".

    Examples
    --------
    >>> fmt_growth(Interval(0.14444, 0.3))
    '14.4 to 30.0'
    >>> fmt_growth(Interval(-1, float("inf"), "bound"))
    'no lower or upper limit'
    >>> fmt_growth(Interval(0.10714, float("inf"), "bound"))
    '10.7 or more (no upper limit)'
    """
    low = -math.inf if growth.low <= -1 else growth.low * 100
    high = growth.high * 100
    if math.isinf(low) and math.isinf(high):
        return "no lower or upper limit"
    return fmt_limits(low, high, 1)


def yoy_check(figures: pd.DataFrame, year: int = 2021, metric: str = "cases") -> dict:
    """Does the stated year-on-year growth of a headline total follow from the two years' figures?

    Returns a dict with the phrases (``current``, ``previous``, ``stated``), the growth the
    figures imply (``implied``), the growth stated (``stated_growth``), whether they
    overlap (``consistent``), the previous total the stated growth implies
    (``implied_previous``) and whether the previous year's printed range holds it
    (``previous_consistent``).

    Examples
    --------
    >>> c = yoy_check(load_campaign_figures(), 2021, "suspects")
    >>> c["consistent"], c["previous"]
    (True, '8万余名')
    """
    current = pick(figures, year, "full_year", "headline", metric)
    previous = pick(figures, year - 1, "full_year", "headline", metric)
    stated = pick(figures, year, "full_year", "headline", f"{metric}_yoy_growth")
    now, before = interval_of(current), interval_of(previous)
    implied = growth_interval(now, before)
    said = stated_growth(stated["value"], current["reading"])
    back = implied_previous(now, said)
    return {
        "metric": metric, "current": current["phrase"], "previous": previous["phrase"],
        "stated": stated["phrase"], "implied": implied, "stated_growth": said,
        "consistent": implied.overlaps(said), "implied_previous": back,
        "previous_consistent": back.overlaps(before),
    }
