"""Every report of the campaign checked the same way: parts against headline, stage against
year-end, pace, the series across years, and growth on the year before.

The functions take a campaign-figures table (:func:`bulletin.analysis.context.load_campaign_figures`,
under any reading, or :func:`bulletin.analysis.sensitivity.calibrate`) and return plain tables whose
verdicts are short ids; :mod:`bulletin.present.context` words them for readers. A report
is a campaign year and a scope (``stage``: an interim report; ``full_year``: the year-end
totals). Nothing here names a bulletin: operations are whatever ids the table's rows use,
the headline is the ``headline`` role (:data:`bulletin.analysis.checks.HEADLINE`).

- :func:`report_claims` turns one report's figures into a claims-like table, so that the
  checks written for a bulletin (:func:`bulletin.analysis.checks.parts_vs_total`,
  :func:`bulletin.analysis.checks.leave_one_out`) run on it unchanged; :func:`parts_table` runs them
  on every report.
- :func:`stage_vs_year_end` compares each figure a stage report and its year-end both
  state; :func:`comparability` says whether they count the same thing (the notes, the
  counted noun and the counting verb of every wording).
- :func:`pace_table` and :func:`operation_pace`: cases or suspects per month before and
  after a stage report; :func:`increases` sets the operations' smallest possible increases
  against the headline's largest; :func:`year_end_jumps` asks whether the year-end pace
  jumps every year.
- :func:`series_check`: a running total since the campaign began, against the sum of the
  yearly totals.
- :func:`yoy_check`: does a stated growth on the year before follow from the two years?

Examples
--------
>>> from bulletin.analysis.context import load_campaign_figures
>>> figures = load_campaign_figures(CAMPAIGN)
>>> r = parts_check(figures, 2021, "full_year", "suspects")
>>> r["parts"].low, r["verdict"]
(127309, 'over')
"""

from __future__ import annotations

import math

import pandas as pd

from bulletin.analysis.checks import HEADLINE, leave_one_out, parts_vs_total
from bulletin.analysis.context import (
    arithmetic_reading, has_figure, interval_of, period_bounds, period_months, pick,
    reading_of, wordings,
)
from bulletin.errors import BulletinError
from bulletin.analysis.intervals import Interval, IntervalError, total
from bulletin.figures.readings import DEFAULT_READING, figure_range
from bulletin.text.script import to_simplified

#: The reports that count one campaign year: an interim report and the year-end totals.
REPORT_SCOPES = ("stage", "full_year")
#: Metrics that are growth rates (per cent), not counts.
GROWTH_SUFFIX = "_yoy_growth"

#: Words in a row's ``note`` saying that two figures count different things for certain
#: (a narrower or wider class or count, a changed unit).
CATEGORY_DIFFERS = ("narrower class", "wider class", "narrower count", "wider count",
                    "counted in pieces")
#: Words in a row's ``note`` saying that they may count different things.
CATEGORY_MAY_DIFFER = ("not the same class", "may differ", "different definition",
                       "not strictly comparable")
#: Words in a row's ``note`` saying that the figure's operation is inferred, not stated.
OPERATION_INFERRED = ("operation inferred",)

#: The verbs that say how a case or a person was counted (simplified characters), with
#: their meaning: 侦破 and 破获 count cases solved (cracked), 侦办 cases handled
#: (investigated, which can be the larger set), 抓获 persons arrested, 查处 persons
#: investigated and dealt with, 查获 persons found.
COUNTING_VERBS = {"侦破": "solved", "破获": "solved", "侦办": "handled", "抓获": "arrested",
                  "查处": "investigated and dealt with", "查获": "found"}
#: The nouns that say who or what was counted, with their meaning. 涉案人员 (persons
#: involved in the cases) is wider than 犯罪嫌疑人 (criminal suspects): it can take in
#: people dealt with administratively.
COUNTED_NOUNS = {"犯罪嫌疑人": "criminal suspects", "涉案人员": "persons involved in the cases",
                 "内部人员": "insiders", "内鬼": "insiders", "人员": "persons",
                 "刑事案件": "criminal cases", "案件": "cases"}

#: Flags of :func:`comparability` that leave two figures comparable (a caveat only).
SOFT_FLAGS = ("counting verb varies by source",)


# --- what a figure counts ---------------------------------------------------------------------

def _simplified(text: str) -> str:
    return to_simplified(text or "")


def counted_noun(counted: str) -> str:
    """The head noun (:data:`COUNTED_NOUNS`) of a row's ``counted`` words: the last one.

    Traditional characters are read as simplified. Returns ``""`` when the words hold none
    (an English wording, or a count of websites).

    Examples
    --------
    >>> counted_noun("抓获涉案人员"), counted_noun("抓獲犯罪嫌疑人"), counted_noun("查获重点行业内部涉案人员")
    ('涉案人员', '犯罪嫌疑人', '涉案人员')
    >>> counted_noun("在侦破侵犯公民个人信息案件中抓获各行业“内鬼”"), counted_noun("关停网站")
    ('内鬼', '')
    """
    text = _simplified(counted)
    found = []
    for noun in sorted(COUNTED_NOUNS, key=len, reverse=True):
        start = text.find(noun)
        while start >= 0:
            end = start + len(noun)
            if not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, noun))
            start = text.find(noun, start + 1)
    return max(found)[2] if found else ""


def counting_verb(counted: str) -> str:
    """The counting verb (:data:`COUNTING_VERBS`) of a row's ``counted`` words: the last
    one before its head noun (:func:`counted_noun`), or the first one when it has none.

    Traditional characters are read as simplified (偵辦 is 侦办). Returns ``""`` when the
    words hold none of the verbs (an English wording, or a verb such as 关停).

    Examples
    --------
    >>> counting_verb("侦破案件"), counting_verb("偵辦案件"), counting_verb("破獲侵犯公民個人信息案件")
    ('侦破', '侦办', '破获')
    >>> counting_verb("打掉非法支付结算等各类团伙 ... 抓获犯罪嫌疑人")
    '抓获'
    >>> counting_verb("在侦破侵犯公民个人信息案件中抓获各行业“内鬼”")
    '抓获'
    >>> counting_verb("criminal suspects (en, pack text)")
    ''
    """
    text = _simplified(counted)
    verbs = sorted((text.find(v), v) for v in COUNTING_VERBS if v in text)
    if not verbs:
        return ""
    noun = counted_noun(text)
    head = text.rfind(noun) if noun else -1
    before = [v for at, v in verbs if at < head]
    return before[-1] if before else verbs[0][1]


def _meanings(counted_words, table: dict, find) -> set[str]:
    return {table[w] for w in (find(c) for c in counted_words) if w}


def comparability(notes=(), counted_a=(), counted_b=()) -> str:
    """Whether two figures count the same thing, as their notes and counting words say.

    Parameters
    ----------
    notes
        The notes of the rows of both figures; read for the words in
        :data:`CATEGORY_DIFFERS`, :data:`CATEGORY_MAY_DIFFER` and :data:`OPERATION_INFERRED`
        (case ignored).
    counted_a, counted_b
        The ``counted`` words of every wording of each figure (all its sources). Their head
        nouns (:func:`counted_noun`) and counting verbs (:func:`counting_verb`) are compared
        by meaning: 侦破 and 破获 both mean solved.

    Returns
    -------
    str
        ``yes`` when nothing says otherwise; else, joined by ``; ``: ``category differs`` or
        ``category may differ``; ``counted noun differs`` (the two figures' nouns share no
        meaning: persons involved against criminal suspects); ``counting verb differs`` (no
        wording of one uses a verb of the other's meaning), or ``counting verb varies by
        source`` (some wording of one figure uses the other's verb: the difference may be
        the outlet's wording, not the count's); ``operation inferred``.

    Examples
    --------
    >>> comparability(["", "Same count as October"])
    'yes'
    >>> comparability(["a narrower class than October's"]), comparability(["used: the wider count"])
    ('category differs', 'category differs')
    >>> comparability(["Operation inferred: ...", "perhaps not the same class"])
    'category may differ; operation inferred'
    >>> comparability(counted_a=["侦破案件"], counted_b=["偵辦案件"])
    'counting verb differs'
    >>> comparability(counted_a=["侦破案件"], counted_b=["侦办侵犯公民个人信息案件", "破獲侵犯公民個人信息案件"])
    'counting verb varies by source'
    >>> comparability(counted_a=["抓获涉案人员"], counted_b=["抓获犯罪嫌疑人"])
    'counted noun differs'
    >>> comparability(counted_a=["抓获犯罪嫌疑人"], counted_b=["抓獲犯罪嫌疑人"])
    'yes'
    """
    text = " ".join(n or "" for n in notes).lower()
    found = []
    if any(w in text for w in CATEGORY_DIFFERS):
        found.append("category differs")
    elif any(w in text for w in CATEGORY_MAY_DIFFER):
        found.append("category may differ")
    nouns_a = _meanings(counted_a, COUNTED_NOUNS, counted_noun)
    nouns_b = _meanings(counted_b, COUNTED_NOUNS, counted_noun)
    if nouns_a and nouns_b and not nouns_a & nouns_b:
        found.append("counted noun differs")
    verbs_a = _meanings(counted_a, COUNTING_VERBS, counting_verb)
    verbs_b = _meanings(counted_b, COUNTING_VERBS, counting_verb)
    if verbs_a and verbs_b:
        if not verbs_a & verbs_b:
            found.append("counting verb differs")
        elif verbs_a != verbs_b:
            found.append("counting verb varies by source")
    if any(w in text for w in OPERATION_INFERRED):
        found.append("operation inferred")
    return "; ".join(found) or "yes"


def like_for_like(comparable: str) -> bool:
    """Whether a :func:`comparability` result leaves two figures counting the same thing
    (nothing flagged, or only the soft :data:`SOFT_FLAGS`).

    >>> like_for_like("yes"), like_for_like("counting verb varies by source")
    (True, True)
    >>> like_for_like("counting verb differs"), like_for_like("counted noun differs")
    (False, False)
    """
    flags = [f for f in comparable.split("; ") if f != "yes"]
    return all(f in SOFT_FLAGS for f in flags)


def is_inferred(note: str) -> bool:
    """Whether a row's note says its operation is inferred.

    >>> is_inferred("Operation inferred: the services listed ..."), is_inferred("")
    (True, False)
    """
    return any(w in (note or "").lower() for w in OPERATION_INFERRED)


# --- one report as a claims table -------------------------------------------------------------

def reports(figures: pd.DataFrame, scopes=REPORT_SCOPES) -> list[tuple[int, str]]:
    """Every (campaign year, scope) the table has used figures for, in order.

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> reports(load_campaign_figures(CAMPAIGN))[:3]
    [(2018, 'stage'), (2018, 'full_year'), (2019, 'stage')]
    """
    used = figures[(figures["use"] == "yes") & figures["scope"].isin(scopes)]
    order = {s: i for i, s in enumerate(scopes)}
    keys = {(int(y), s) for y, s in zip(used["campaign_year"], used["scope"])}
    return sorted(keys, key=lambda k: (k[0], order[k[1]]))


def report_claims(figures: pd.DataFrame, year: int, scope: str) -> pd.DataFrame:
    """One report's used count figures as a claims table for :mod:`bulletin.analysis.checks`.

    Columns: ``operation``, ``metric``, ``value``, ``qualifier``, ``low``, ``high``,
    ``reading`` (the interval reading, :func:`bulletin.analysis.context.arithmetic_reading`),
    ``phrase``, ``counted``, ``inferred`` (the operation is inferred, :func:`is_inferred`),
    ``origin``, ``source_file``, ``note``.

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> c = report_claims(load_campaign_figures(CAMPAIGN), 2021, "full_year")
    >>> c.loc[c.inferred, ["operation", "metric", "phrase"]].values.tolist()[:1]
    [['fraud_gambling_support', 'gangs', '6000余個']]
    """
    rows = figures[(figures["campaign_year"] == year) & (figures["scope"] == scope)
                   & (figures["use"] == "yes") & (figures["kind"] == "count")]
    if rows.empty:
        raise BulletinError(f"no used count figures for the {year} {scope} report")
    out = rows[["operation", "metric", "value", "qualifier", "low", "high", "phrase", "counted",
                "origin", "source_file", "note"]].copy()
    out["inferred"] = [is_inferred(n) for n in out["note"]]
    out["reading"] = arithmetic_reading(reading_of(figures))
    return out.reset_index(drop=True)


def parts_of(claims: pd.DataFrame, metric: str) -> list[str]:
    """The operations (not the headline) that state ``metric`` in a claims table, in order."""
    ops = claims.loc[claims["metric"] == metric, "operation"]
    return [op for op in dict.fromkeys(ops) if op != HEADLINE]


def parts_check(figures: pd.DataFrame, year: int, scope: str, metric: str, parts=None,
                extra=()) -> dict:
    """:func:`bulletin.analysis.checks.parts_vs_total` on one report of the campaign table.

    ``parts`` defaults to every operation of the report that states ``metric``; ``extra``
    pairs (operation, metric) are added to the parts (:func:`~bulletin.analysis.checks.parts_vs_total`).
    Returns its dict plus ``parts_ids``, ``inferred`` (the parts whose operation is
    inferred) and ``reading`` (the table's reading).

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> r = parts_check(load_campaign_figures(CAMPAIGN), 2021, "full_year", "suspects")
    >>> r["inferred"], r["total"].low
    (['fraud_gambling_support'], 103000)
    """
    claims = report_claims(figures, year, scope)
    parts = parts_of(claims, metric) if parts is None else list(parts)
    result = parts_vs_total(claims, metric, parts, extra=extra)
    flagged = set(claims.loc[claims["inferred"] & (claims["metric"] == metric), "operation"])
    return {**result, "parts_ids": parts, "inferred": [p for p in parts if p in flagged],
            "reading": reading_of(figures)}


def parts_table(figures: pd.DataFrame, metrics=("cases", "suspects"), extras=()) -> pd.DataFrame:
    """The parts-against-headline check on every report that states a headline and a part.

    One row per report, metric and variant: ``as assigned`` (every operation that states
    the metric), ``without inferred`` (when an operation's assignment is inferred), and
    ``with <operation>:<metric>`` for each ``extras`` triple ``(operation, metric, added_to)``
    the report states: a second figure counted beside the parts of metric ``added_to`` (a
    crackdown's insiders beside the suspects). Columns: ``campaign_year``, ``scope``, ``metric``,
    ``variant``, ``parts`` (ids, ``, ``-joined), ``n_parts``, ``inferred``, ``parts_low``,
    ``parts_high``, ``total_low``, ``total_high``, ``excess_low``, ``excess_high``
    (parts minus headline), ``verdict`` (:func:`bulletin.analysis.checks.verdict`), ``reading``.

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> from bulletin.packs.pack import project_pack
    >>> t = parts_table(load_campaign_figures(CAMPAIGN, project_pack("jingwang2021-stage")), ["suspects"])
    >>> t[(t.campaign_year == 2021)][["scope", "variant", "verdict"]].values.tolist()
    [['stage', 'as assigned', 'consistent'], ['full_year', 'as assigned', 'over'], ['full_year', 'without inferred', 'short']]
    """
    rows = []
    for year, scope in reports(figures):
        claims = report_claims(figures, year, scope)
        for metric in metrics:
            parts = parts_of(claims, metric)
            if not parts or not ((claims["operation"] == HEADLINE)
                                 & (claims["metric"] == metric)).any():
                continue
            inferred = [p for p in parts if claims.loc[(claims["operation"] == p)
                                                       & (claims["metric"] == metric),
                                                       "inferred"].any()]
            variants = [("as assigned", parts, ())]
            if inferred:
                variants.append(("without inferred", [p for p in parts if p not in inferred], ()))
            for op, other, added_to in extras:
                if added_to == metric and ((claims["operation"] == op)
                                           & (claims["metric"] == other)).any():
                    variants.append((f"with {op}:{other}", parts, ((op, other),)))
            for variant, kept, extra in variants:
                if not kept:
                    continue
                r = parts_vs_total(claims, metric, kept, extra=extra)
                rows.append({
                    "campaign_year": year, "scope": scope, "metric": metric,
                    "variant": variant, "parts": ", ".join(kept), "n_parts": len(kept),
                    "inferred": ", ".join(p for p in inferred if p in kept),
                    "parts_low": r["parts"].low, "parts_high": r["parts"].high,
                    "total_low": r["total"].low, "total_high": r["total"].high,
                    "excess_low": r["excess"].low, "excess_high": r["excess"].high,
                    "verdict": r["verdict"], "reading": reading_of(figures),
                })
    return pd.DataFrame(rows)


def parts_leave_one_out(figures: pd.DataFrame, year: int, scope: str, metric: str,
                        parts=None) -> pd.DataFrame:
    """:func:`bulletin.analysis.checks.leave_one_out` on one report, its ``reading`` the table's.

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> t = parts_leave_one_out(load_campaign_figures(CAMPAIGN), 2021, "full_year", "suspects")
    >>> sorted(set(t.verdict))
    ['over', 'short']
    """
    claims = report_claims(figures, year, scope)
    parts = parts_of(claims, metric) if parts is None else list(parts)
    table = leave_one_out(claims, metric, parts)
    table["reading"] = reading_of(figures)
    return table


# --- the headline across the years -------------------------------------------------------------

def headline_series(figures: pd.DataFrame, metrics=("cases", "suspects"),
                    years=None) -> pd.DataFrame:
    """Headline figures by campaign year: full-year rows for every year (gaps as NaN), plus
    stage rows.

    ``years`` defaults to every year from the first to the last full-year headline figure
    of the table. Returns one row per (metric, year) for the full-year figures,
    ``value``/``low``/``high`` empty (NaN) where no figure was found, and one row per stage
    report. ``period_end`` is the last month or day the figure counts.

    Examples
    --------
    >>> from bulletin.analysis.context import load_campaign_figures
    >>> s = headline_series(load_campaign_figures(CAMPAIGN))
    >>> bool(s[(s.metric == "cases") & (s.campaign_year == 2023)].value.isna().all())
    True
    >>> sorted(set(s[s.scope == "stage"].campaign_year))
    [2018, 2019, 2021]
    """
    used = figures[(figures["operation"] == HEADLINE) & (figures["use"] == "yes")
                   & figures["metric"].isin(metrics)]
    if years is None:
        full = used[used["scope"] == "full_year"]["campaign_year"]
        years = range(int(full.min()), int(full.max()) + 1)
    rows = []
    for metric in metrics:
        for year in years:
            match = used[(used["metric"] == metric) & (used["campaign_year"] == year)
                         & (used["scope"] == "full_year")]
            if match.empty:
                rows.append({"metric": metric, "campaign_year": year, "scope": "full_year",
                             "period_start": "", "period_end": "", "phrase": "",
                             "value": math.nan, "low": math.nan, "high": math.nan,
                             "source_file": "", "note": ""})
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


def _series_row(row: pd.Series) -> dict:
    return {"metric": row["metric"], "campaign_year": int(row["campaign_year"]),
            "scope": row["scope"], "period_start": row["period_start"],
            "period_end": row["period_end"], "phrase": row["phrase"],
            "value": row["value"], "low": row["low"], "high": row["high"],
            "source_file": row["source_file"], "note": row["note"]}


def alternatives(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures stated more than once: each other wording beside the one used.

    One row per other wording, with both phrases and ranges; ``overlap`` (the ranges admit
    a common value); ``same_value`` and ``same_qualifier``; ``same_class`` (no note says
    the two count different classes, :func:`comparability` on the notes and nouns);
    ``verbs`` (the two counting verbs, ``used / other``) and ``same_verb`` (same meaning);
    ``source_file`` of the other wording and ``used_source`` of the used one, and the other
    wording's note (``why``). Overlapping ranges admit
    a common value; they do not make two rows one figure when a note says they count
    different classes.

    Examples
    --------
    >>> from bulletin.analysis.context import load_campaign_figures
    >>> alt = alternatives(load_campaign_figures(CAMPAIGN))
    >>> alt.loc[(alt.campaign_year == 2018) & (alt.metric == "cases"), "not_used"].tolist()
    ['5.7万余起', '57,519']
    >>> alt.loc[~alt.same_class, "not_used"].tolist()
    ['3000余名']
    >>> alt.loc[~alt.same_verb, ["not_used", "verbs"]].values.tolist()
    [['3000余名', '抓获 / 查处'], ['9800余起', '侦办 / 破获']]
    """
    key = ["campaign_year", "scope", "operation", "metric"]
    rows = []
    for _, other in figures[figures["use"] == "no"].iterrows():
        used = pick(figures, other["campaign_year"], other["scope"], other["operation"],
                    other["metric"])
        verbs = (counting_verb(used["counted"]), counting_verb(other["counted"]))
        comparable = comparability([other["note"]], [used["counted"]], [other["counted"]])
        rows.append({
            **{k: other[k] for k in key},
            "used": used["phrase"], "used_low": used["low"], "used_high": used["high"],
            "not_used": other["phrase"], "not_used_low": other["low"],
            "not_used_high": other["high"],
            "overlap": interval_of(used).overlaps(interval_of(other)),
            "same_value": used["value"] == other["value"],
            "same_qualifier": used["qualifier"] == other["qualifier"],
            "same_class": not any(f in comparable for f in
                                  ("category differs", "category may differ",
                                   "counted noun differs")),
            "verbs": " / ".join(v or "—" for v in verbs),
            "same_verb": not all(verbs) or COUNTING_VERBS[verbs[0]] == COUNTING_VERBS[verbs[1]],
            "source_file": other["source_file"], "used_source": used["source_file"],
            "why": other["note"],
        })
    return pd.DataFrame(rows)


def wordings_of_claims(claims: pd.DataFrame, figures: pd.DataFrame, year: int,
                       scope: str) -> pd.DataFrame:
    """A bulletin's claims beside every other wording of the same figures in the table.

    One row per claim and other wording: the claim's phrase and noun, the other wording's
    phrase, ``counted`` and source, and whether value, qualifier and range agree.

    >>> from bulletin.analysis.checks import load_claims
    >>> from bulletin.analysis.context import load_campaign_figures
    >>> from bulletin.packs.pack import project_pack
    >>> claims = load_claims(project_pack("jingwang2021-stage").processed("claims.csv"))
    >>> t = wordings_of_claims(claims, load_campaign_figures(CAMPAIGN), 2021, "stage")
    >>> bool(t.same_value.all()), sorted(set(t.source_file))[:1]
    (True, ['01_zh_chinanews_2021-10-14_jingwang2021_stage_results.txt'])
    """
    rows = []
    for _, c in claims.iterrows():
        for _, w in wordings(figures, year, scope, c["operation"], c["metric"]).iterrows():
            if w["origin"] != "table":
                continue
            rows.append({
                "operation": c["operation"], "metric": c["metric"], "claim": c["text"],
                "claim_noun": c["noun"], "wording": w["phrase"], "counted": w["counted"],
                "source_file": w["source_file"], "used": w["use"] == "yes",
                "same_value": c["value"] == w["value"],
                "same_qualifier": c["qualifier"] == w["qualifier"],
                "same_range": (c["low"], c["high"]) == (w["low"], w["high"]),
            })
    return pd.DataFrame(rows)


# --- a stage report against its year-end -----------------------------------------------------

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
        ranges overlap, ``may have shrunk`` (the printed year-end number is below the
        stage's) or ``cannot tell`` (it is not).

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


def _same_figure(rows: pd.DataFrame) -> list[str]:
    """The counted words of the wordings of one figure, without the rows whose note says
    they count another class (a narrower count printed beside it)."""
    keep = [i == 0 or "category" not in comparability([n])
            for i, n in enumerate(rows["note"])]
    return list(rows.loc[keep, "counted"])


def _comparable(figures: pd.DataFrame, s: pd.Series, y: pd.Series) -> str:
    year, op, metric = int(s["campaign_year"]), s["operation"], s["metric"]
    a = wordings(figures, year, s["scope"], op, metric)
    b = wordings(figures, int(y["campaign_year"]), y["scope"], op, metric)
    return comparability([s["note"], y["note"]], _same_figure(a), _same_figure(b))


def stage_vs_year_end(figures: pd.DataFrame, year: int, operations=None) -> pd.DataFrame:
    """Each (operation, metric) stated both in a year's stage report and at its year-end.

    ``operations`` defaults to every operation of the stage report, in table order.
    Columns: ``operation``, ``metric``, the two phrases (``stage``, ``year_end``), their
    values and ranges, ``ratio_low``/``ratio_high`` (year-end ÷ stage),
    ``change_low``/``change_high`` (year-end − stage), the :func:`compare` ``verdict``,
    ``comparable`` (:func:`comparability` over every wording of both figures),
    ``stage_origin`` (``claims``: the stage figure comes from the bulletin's own text
    alone), both sources and both notes. Growth figures (per cent) are left out.

    Examples
    --------
    >>> from bulletin.analysis.context import load_campaign_figures
    >>> from bulletin.packs.pack import project_pack
    >>> t = stage_vs_year_end(load_campaign_figures(CAMPAIGN, project_pack("jingwang2021-stage")), 2021)
    >>> t = t.set_index(["operation", "metric"])
    >>> t.loc[("four_governance", "money_laundering_gangs"), "verdict"]
    'shrank'
    >>> t.loc[("water_army", "suspects"), "comparable"]
    'counted noun differs'
    >>> t.loc[("headline", "cases"), "comparable"]
    'counting verb differs'
    """
    used = figures[(figures["campaign_year"] == year) & (figures["use"] == "yes")
                   & (figures["kind"] == "count")]
    stage = used[used["scope"] == "stage"]
    if operations is None:
        operations = list(dict.fromkeys(stage["operation"]))
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
                "stage_value": s["value"], "year_end_value": y["value"],
                "stage_low": s["low"], "stage_high": s["high"],
                "year_end_low": y["low"], "year_end_high": y["high"],
                "ratio_low": ratio.low, "ratio_high": ratio.high,
                "change_low": change.low, "change_high": change.high,
                "verdict": compare(a, b, s["value"], y["value"], _open_high(s), _open_high(y)),
                "comparable": _comparable(figures, s, y),
                "stage_origin": s["origin"],
                "stage_source": s["source_file"], "year_end_source": y["source_file"],
                "stage_note": s["note"], "note": y["note"],
                "reading": reading_of(figures),
            })
    return pd.DataFrame(rows)


def years_with_both(figures: pd.DataFrame, operation: str = HEADLINE,
                    metric: str | None = None) -> list[int]:
    """The campaign years with a stage and a full-year figure for ``operation`` (and
    ``metric``, if given).

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> years_with_both(load_campaign_figures(CAMPAIGN))
    [2018, 2019, 2021]
    """
    used = figures[(figures["use"] == "yes") & (figures["operation"] == operation)]
    if metric is not None:
        used = used[used["metric"] == metric]
    stage = set(used.loc[used["scope"] == "stage", "campaign_year"])
    full = set(used.loc[used["scope"] == "full_year", "campaign_year"])
    return sorted(int(y) for y in stage & full)


# --- pace ---------------------------------------------------------------------------------------

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
        ranges allow the year-end total to be below the stage total; ``speed_up`` is then
        left out, since a ratio of such a range means nothing.

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


def previous_month_end(period_end: str) -> str:
    """The last whole month before a period's end day (``YYYY-MM``): a stage report dated
    in a month may count only to the end of the month before.

    >>> previous_month_end("2021-10-14"), previous_month_end("2022-01-05")
    ('2021-09', '2021-12')
    """
    start, stop = period_bounds(period_end[:7], period_end)
    year, month = start.year, start.month - 1
    if month == 0:
        year, month = year - 1, 12
    return f"{year}-{month:02d}"


def pace_row(figures: pd.DataFrame, year: int, operation: str, metric: str,
             stage_end: str | None = None) -> dict:
    """One figure's pace before and after its year's stage report (see :func:`pace_table`)."""
    s = pick(figures, year, "stage", operation, metric)
    y = pick(figures, year, "full_year", operation, metric)
    s_end = stage_end or s["period_end"]
    start, stop = period_bounds(y["period_start"], y["period_end"])
    s_start, _ = period_bounds(s["period_start"], s_end)
    if s_start != start:
        raise BulletinError(f"{year} {operation}/{metric}: the stage and year-end periods "
                            "start apart")
    before = round(period_months(s["period_start"], s_end), 2)
    total_months = round(period_months(y["period_start"], y["period_end"]), 2)
    p = pace(interval_of(s), interval_of(y), before, total_months)
    speed = p.get("speed_up")
    return {
        "campaign_year": year, "operation": operation, "metric": metric,
        "stage_period": f"{s['period_start']} to {s_end}",
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
        "reading": reading_of(figures),
    }


def pace_table(figures: pd.DataFrame, year: int, metrics=("cases", "suspects"),
               stage_end: str | None = None, operation: str = HEADLINE) -> pd.DataFrame:
    """One operation's pace before and after a year's stage report, one row per metric.

    The periods are the rows' own ``period_start``/``period_end`` (the stage report's end
    can be replaced by ``stage_end``, e.g. :func:`previous_month_end` of it, for a cut-off at
    the end of the month before). Columns: the periods and their lengths in months, the two
    phrases and their printed numbers (``stage_value``, ``year_end_value``),
    ``before_low``/``before_high`` and ``after_low``/``after_high`` (per month),
    ``speed_up_low``/``speed_up_high`` (NaN when the figures set no limit), the
    ``projected`` year-end total at the stage pace, the year-end range stated, and the
    table's ``reading``.

    Examples
    --------
    >>> from bulletin.analysis.context import load_campaign_figures
    >>> t = pace_table(load_campaign_figures(CAMPAIGN), 2021, stage_end="2021-09")
    >>> t.set_index("metric").loc["cases", ["months_before", "months_total"]].tolist()
    [9.0, 12.0]
    """
    return pd.DataFrame([pace_row(figures, year, operation, m, stage_end) for m in metrics])


def operation_pace(figures: pd.DataFrame, year: int, metrics=("cases", "suspects"),
                   stage_end: str | None = None) -> pd.DataFrame:
    """:func:`pace_table` for every operation (headline first) that states a metric in both
    the year's stage report and its year-end, with ``comparable`` (:func:`comparability`)
    and ``inferred`` (either row's operation is inferred).

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> t = operation_pace(load_campaign_figures(CAMPAIGN), 2021, ["suspects"]).set_index("operation")
    >>> float(round(t.loc["personal_information", "speed_up_low"], 1))
    9.7
    """
    compared = stage_vs_year_end(figures, year)
    rows = []
    for _, c in compared[compared["metric"].isin(metrics)].iterrows():
        row = pace_row(figures, year, c["operation"], c["metric"], stage_end)
        row["comparable"] = c["comparable"]
        row["inferred"] = is_inferred(c["stage_note"]) or is_inferred(c["note"])
        rows.append(row)
    out = pd.DataFrame(rows)
    order = {m: i for i, m in enumerate(metrics)}
    return out.sort_values("metric", key=lambda m: m.map(order), kind="stable",
                           ignore_index=True)


def increases(figures: pd.DataFrame, year: int, metric: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Each operation's increase from the stage report to the year-end, against the headline's.

    A running total cannot fall, so an operation that counts the same thing at both dates
    grew by at least ``max(0, year-end low − stage high)``: its *smallest possible
    increase*. If the operations are parts of the headline, their increases are parts of
    the headline's, so their smallest increases together cannot exceed the headline's
    *largest possible increase* (year-end high − stage low).

    Returns ``(by_operation, summary)``. ``by_operation``: ``operation``, the phrases,
    ``increase_low``/``increase_high``, ``smallest`` (the smallest possible increase),
    ``comparable``, ``like_for_like`` (:func:`like_for_like`), ``inferred``. ``summary``: one
    row per set of operations (``every operation``, ``without inferred``, ``like for
    like only``): ``operations``, ``smallest_sum``, ``headline_low``/``headline_high``
    (the headline's increase), ``margin`` (headline high − smallest sum) and ``verdict``:
    ``too large`` (the operations' smallest increases exceed the headline's largest: they
    cannot all be parts of the same count) or ``fits``.

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> from bulletin.packs.pack import project_pack
    >>> figures = load_campaign_figures(CAMPAIGN, project_pack("jingwang2021-stage"))
    >>> ops, summary = increases(figures, 2021, "suspects")
    >>> s = summary.set_index("operations")
    >>> int(s.loc["every operation", "smallest_sum"]), s.loc["every operation", "verdict"]
    (45149, 'too large')
    """
    compared = stage_vs_year_end(figures, year)
    compared = compared[compared["metric"] == metric]
    head = compared[compared["operation"] == HEADLINE]
    if head.empty:
        raise BulletinError(f"{year} {metric}: no headline figure in both reports")
    head = head.iloc[0]
    rows = []
    for _, c in compared[compared["operation"] != HEADLINE].iterrows():
        rows.append({
            "operation": c["operation"], "stage": c["stage"], "year_end": c["year_end"],
            "increase_low": c["change_low"], "increase_high": c["change_high"],
            "smallest": max(0, c["change_low"]), "comparable": c["comparable"],
            "like_for_like": like_for_like(c["comparable"]),
            "inferred": is_inferred(c["stage_note"]) or is_inferred(c["note"]),
        })
    if not rows:
        raise BulletinError(f"{year} {metric}: no operation states it in both reports")
    by_op = pd.DataFrame(rows)
    sets = [("every operation", by_op),
            ("without inferred", by_op[~by_op["inferred"]]),
            ("like for like only", by_op[by_op["like_for_like"] & ~by_op["inferred"]])]
    summary = []
    for name, part in sets:
        smallest = int(part["smallest"].sum()) if len(part) else 0
        high = head["change_high"]
        summary.append({
            "operations": name, "n": len(part), "ids": ", ".join(part["operation"]),
            "smallest_sum": smallest, "headline_low": head["change_low"],
            "headline_high": high, "margin": high - smallest,
            "verdict": "too large" if smallest > high else "fits",
            "reading": reading_of(figures),
        })
    return by_op, pd.DataFrame(summary)


def pace_verdict(low: float, high: float) -> str:
    """``faster`` (after the stage report, for certain), ``slower``, ``cannot tell`` (the
    range holds 1), or ``no limit`` (the figures set none).

    >>> pace_verdict(2.25, 2.42), pace_verdict(0.54, 1.11), pace_verdict(float("nan"), float("nan"))
    ('faster', 'cannot tell', 'no limit')
    """
    if math.isnan(low) or math.isnan(high):
        return "no limit"
    if low > 1:
        return "faster"
    if high < 1:
        return "slower"
    return "cannot tell"


def year_end_jumps(figures: pd.DataFrame, metrics=("cases", "suspects"),
                   cut_offs: bool = True) -> pd.DataFrame:
    """Is a faster pace after the stage report a pattern? Every year with a stage and a
    year-end headline figure, its pace before and after.

    :func:`pace_table` for each year in :func:`years_with_both`, with ``verdict``
    (:func:`pace_verdict` on the speed-up) and ``cut_off`` (``stated``: the stage period as
    the table has it; with ``cut_offs``, also ``month before`` for a stage report whose
    period ends on a day: counted to the end of the month before, :func:`previous_month_end`).

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> t = year_end_jumps(load_campaign_figures(CAMPAIGN), ["cases"], cut_offs=False)
    >>> t[["campaign_year", "verdict"]].values.tolist()
    [[2018, 'faster'], [2019, 'faster'], [2021, 'faster']]
    """
    rows = []
    for year in years_with_both(figures):
        for metric in metrics:
            if not (has_figure(figures, year, "stage", HEADLINE, metric)
                    and has_figure(figures, year, "full_year", HEADLINE, metric)):
                continue
            end = pick(figures, year, "stage", HEADLINE, metric)["period_end"]
            ends = [("stated", None)]
            if cut_offs and len(end) == 10:
                ends.append(("month before", previous_month_end(end)))
            for name, stage_end in ends:
                row = pace_row(figures, year, HEADLINE, metric, stage_end)
                row["cut_off"] = name
                row["verdict"] = pace_verdict(row["speed_up_low"], row["speed_up_high"])
                rows.append(row)
    return pd.DataFrame(rows)


# --- the series across years ------------------------------------------------------------------

def series_check(figures: pd.DataFrame, metric: str) -> pd.DataFrame:
    """A running total since the campaign began, against the sum of the yearly totals.

    For every used ``since_start`` headline row: the full-year totals of the years before
    the statement's year (from the start year on) are added up; the running total minus
    that sum is what the figures leave for the statement's year up to its date
    (``left_low``/``left_high``, never below 0: a count cannot be negative). The running
    total is taken as printed and, since a figure printed bare may be rounded, as rounded
    to its last digit (``rounded``: the ``about`` rule of :mod:`bulletin.figures.readings`). When
    the statement's year has a full-year total, the pace that total needs after the
    statement (``after_low``/``after_high``, per month) is set against the pace before
    (``before_low``/``before_high``), as ``speed_up_low``/``speed_up_high`` (no upper limit
    when the pace before may be 0).

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> t = series_check(load_campaign_figures(CAMPAIGN), "cases").set_index("taken")
    >>> t.loc["as printed", "years"], int(t.loc["as printed", "left_low"]), int(t.loc["as printed", "left_high"])
    ('2018, 2019, 2020, 2021', 19481, 20481)
    """
    reading = reading_of(figures)
    arithmetic = arithmetic_reading(reading)
    rows = []
    cumulative = figures[(figures["scope"] == "since_start") & (figures["use"] == "yes")
                         & (figures["operation"] == HEADLINE) & (figures["metric"] == metric)]
    for _, c in cumulative.iterrows():
        statement_year = int(c["campaign_year"])
        start_year = int(c["period_start"][:4])
        years = [y for y in range(start_year, statement_year)
                 if has_figure(figures, y, "full_year", HEADLINE, metric)]
        missing = [y for y in range(start_year, statement_year) if y not in years]
        summed = total([interval_of(pick(figures, y, "full_year", HEADLINE, metric))
                        for y in years], arithmetic)
        year_start = f"{statement_year}-01"
        months_before = period_months(year_start, c["period_end"])
        full = (pick(figures, statement_year, "full_year", HEADLINE, metric)
                if has_figure(figures, statement_year, "full_year", HEADLINE, metric) else None)
        taken = [("as printed", interval_of(c))]
        if c["qualifier"] == "exact":
            low, high = figure_range(c["value"], "about", arithmetic)
            taken.append(("rounded", Interval(low, high, arithmetic)))
        for name, running in taken:
            left = running - summed
            left = Interval(max(0, left.low), max(0, left.high), arithmetic)
            row = {"campaign_year": statement_year, "metric": metric,
                   "statement": c["phrase"], "taken": name,
                   "statement_low": running.low, "statement_high": running.high,
                   "period": f"{c['period_start']} to {c['period_end']}",
                   "years": ", ".join(str(y) for y in years),
                   "missing_years": ", ".join(str(y) for y in missing),
                   "sum_low": summed.low, "sum_high": summed.high,
                   "left_low": left.low, "left_high": left.high,
                   "months_before": round(months_before, 2),
                   "year_total": full["phrase"] if full is not None else "",
                   "reading": reading}
            if full is not None:
                months_total = period_months(full["period_start"], full["period_end"])
                after_months = months_total - months_before
                rest = interval_of(full) - left
                before = Interval(left.low / months_before, left.high / months_before, arithmetic)
                after = Interval(max(0, rest.low) / after_months, max(0, rest.high) / after_months,
                                 arithmetic)
                row.update({
                    "months_total": round(months_total, 2),
                    "before_low": before.low, "before_high": before.high,
                    "after_low": after.low, "after_high": after.high,
                    "speed_up_low": (after.low / before.high if before.high > 0 else math.inf),
                    "speed_up_high": (after.high / before.low if before.low > 0 else math.inf),
                })
            rows.append(row)
    return pd.DataFrame(rows)


def series_verdicts(figures: pd.DataFrame, metric: str) -> pd.DataFrame:
    """:func:`series_check` with the fastest year-end jump of the same metric
    (:func:`year_end_jumps`, its ``speed_up_high``) and a ``verdict``: ``faster than any
    year-end jump`` (the year's total needs a pace after the statement that no year-end
    report shows after its stage report), ``within the year-end jumps``, ``no year-end
    jump to compare`` (the jumps have no limit under this reading) or ``no year total``.

    >>> from bulletin.analysis.context import load_campaign_figures
    >>> series_verdicts(load_campaign_figures(CAMPAIGN), "cases").verdict.tolist()
    ['faster than any year-end jump', 'faster than any year-end jump']
    """
    table = series_check(figures, metric)
    jumps = year_end_jumps(figures, [metric])
    fastest = jumps["speed_up_high"] if len(jumps) else pd.Series(dtype=float)
    fastest = float(fastest.max()) if fastest.notna().any() else math.nan
    verdicts = []
    for _, r in table.iterrows():
        if pd.isna(r.get("speed_up_low", math.nan)):
            verdicts.append("no year total")
        elif math.isnan(fastest):
            verdicts.append("no year-end jump to compare")
        else:
            verdicts.append("faster than any year-end jump" if r["speed_up_low"] > fastest
                            else "within the year-end jumps")
    table["fastest_jump"] = fastest
    table["verdict"] = verdicts
    return table


# --- year on year -----------------------------------------------------------------------------

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
    (the ``about`` rule of :func:`bulletin.figures.readings.figure_range`).

    Examples
    --------
    >>> g = stated_growth(10.7)
    >>> round(g.low, 4), round(g.high, 4)
    (0.1065, 0.1075)
    """
    reading = arithmetic_reading(reading)
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


def implied_current(previous: Interval, growth: Interval) -> Interval:
    """The current year's total that a previous total and a growth range imply:
    ``previous * (1 + growth)``.

    >>> c = implied_current(Interval(56000, 56000), Interval(0.1065, 0.1075))
    >>> round(c.low), round(c.high)
    (61964, 62020)
    """
    reading = previous.reading
    return Interval(previous.low * (1 + growth.low), previous.high * (1 + growth.high), reading)


def yoy_metrics(figures: pd.DataFrame) -> list[tuple[int, str]]:
    """The (year, metric) pairs the table states a growth on the year before for."""
    used = figures[(figures["use"] == "yes") & (figures["operation"] == HEADLINE)
                   & figures["metric"].str.endswith(GROWTH_SUFFIX)]
    return [(int(y), m[: -len(GROWTH_SUFFIX)]) for y, m in zip(used["campaign_year"], used["metric"])]


def yoy_check(figures: pd.DataFrame, year: int, metric: str) -> dict:
    """Does the stated year-on-year growth of a headline total follow from the two years' figures?

    Returns a dict with the phrases (``current``, ``previous``, ``stated``), the growth the
    figures imply (``implied``), the growth stated (``stated_growth``), whether they
    overlap (``consistent``), the previous total the stated growth implies
    (``implied_previous``) and whether the previous year's printed range holds it
    (``previous_consistent``), and the current total it implies (``implied_current``).

    Examples
    --------
    >>> from bulletin.analysis.context import load_campaign_figures
    >>> c = yoy_check(load_campaign_figures(CAMPAIGN), 2021, "suspects")
    >>> c["consistent"], c["previous"]
    (True, '8万余名')
    """
    current = pick(figures, year, "full_year", HEADLINE, metric)
    previous = pick(figures, year - 1, "full_year", HEADLINE, metric)
    stated = pick(figures, year, "full_year", HEADLINE, f"{metric}{GROWTH_SUFFIX}")
    now, before = interval_of(current), interval_of(previous)
    implied = growth_interval(now, before)
    said = stated_growth(stated["value"], current["reading"])
    back = implied_previous(now, said)
    return {
        "metric": metric, "current": current["phrase"], "previous": previous["phrase"],
        "stated": stated["phrase"], "implied": implied, "stated_growth": said,
        "consistent": implied.overlaps(said), "implied_previous": back,
        "previous_consistent": back.overlaps(before),
        "implied_current": implied_current(before, said),
        "reading": reading_of(figures),
    }


def intersect(a: Interval, b: Interval) -> Interval | None:
    """The common part of two intervals, or ``None``.

    >>> intersect(Interval(80000, 90000), Interval(79922, 80839))
    Interval(low=80000, high=80839, reading='step')
    """
    low, high = max(a.low, b.low), min(a.high, b.high)
    if low > high:
        return None
    try:
        return Interval(low, high, a.reading)
    except IntervalError:
        return None
