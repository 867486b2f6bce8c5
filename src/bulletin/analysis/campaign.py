"""Every report of the campaign checked the same way: parts against headline, and stage
against year-end.

The functions take a campaign-figures table (:func:`bulletin.analysis.context.load_campaign_figures`,
under any reading, or :func:`bulletin.analysis.sensitivity.calibrate`) and return plain tables whose
verdicts are short ids; :mod:`bulletin.present.context` words them for readers. A report
is a campaign year and a scope (:mod:`bulletin.analysis.scopes`: ``stage``, an interim
report; ``full_year``, the year-end totals). Nothing here names a bulletin: operations are whatever ids the table's rows use,
the headline is the ``headline`` role (:data:`bulletin.analysis.checks.HEADLINE`).

- :func:`report_claims` turns one report's figures into a claims-like table, so that the
  checks written for a bulletin (:func:`bulletin.analysis.checks.parts_vs_total`,
  :func:`bulletin.analysis.checks.leave_one_out`) run on it unchanged; :func:`parts_table` runs them
  on every report.
- :func:`stage_vs_year_end` compares each figure a stage report and its year-end both
  state; :func:`bulletin.analysis.counting.comparability` says whether they count the same
  thing (the rows' ``comparable`` and ``inferred`` columns, the counted noun and the
  counting verb of every wording).
- Pace and the series across years are in :mod:`bulletin.analysis.pace`; growth on the
  year before in :mod:`bulletin.analysis.growth`.

Examples
--------
>>> from bulletin.analysis.example import example_figures
>>> r = parts_check(example_figures(), 2052, "full_year", "suspects")
>>> r["parts"].low, r["total"].high, r["verdict"]
(1400, 1200, 'over')
"""

from __future__ import annotations

import math

import pandas as pd

from bulletin.analysis.checks import HEADLINE, leave_one_out, parts_vs_total
from bulletin.analysis.context import (
    arithmetic_reading, has_figure, interval_of, pick, reading_of, wordings,
)
from bulletin.analysis.counting import COUNTING_VERBS, comparability
from bulletin.analysis.intervals import Interval
from bulletin.analysis.scopes import FULL_YEAR, REPORT_SCOPES, STAGE
from bulletin.errors import FigureNotFound

# --- one report as a claims table -------------------------------------------------------------

def reports(figures: pd.DataFrame, scopes=REPORT_SCOPES) -> list[tuple[int, str]]:
    """Every (campaign year, scope) the table has used figures for, in order.

    >>> from bulletin.analysis.example import example_figures
    >>> reports(example_figures())
    [(2051, 'full_year'), (2052, 'stage'), (2052, 'full_year')]
    """
    used = figures[(figures["use"] == "yes") & figures["scope"].isin(scopes)]
    order = {s: i for i, s in enumerate(scopes)}
    keys = {(int(y), s) for y, s in zip(used["campaign_year"], used["scope"])}
    return sorted(keys, key=lambda k: (k[0], order[k[1]]))


def report_claims(figures: pd.DataFrame, year: int, scope: str) -> pd.DataFrame:
    """One report's used count figures as a claims table for :mod:`bulletin.analysis.checks`.

    Columns: ``operation``, ``metric``, ``value``, ``qualifier``, ``low``, ``high``,
    ``reading`` (the interval reading, :func:`bulletin.analysis.context.arithmetic_reading`),
    ``phrase``, ``counted``, ``inferred`` (the operation is inferred: the row's ``inferred`` column),
    ``origin``, ``source_file``, ``note``.

    >>> from bulletin.analysis.example import example_figures
    >>> c = report_claims(example_figures(), 2052, "full_year")
    >>> c.loc[c.inferred, ["operation", "metric", "phrase"]].values.tolist()
    [['op_b', 'suspects', '600名']]
    """
    rows = figures[(figures["campaign_year"] == year) & (figures["scope"] == scope)
                   & (figures["use"] == "yes") & (figures["kind"] == "count")]
    if rows.empty:
        raise FigureNotFound(f"no used count figures for the {year} {scope} report")
    out = rows[["operation", "metric", "value", "qualifier", "low", "high", "phrase", "counted",
                "origin", "source_file", "note", "inferred"]].copy()
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

    >>> from bulletin.analysis.example import example_figures
    >>> r = parts_check(example_figures(), 2052, "full_year", "suspects")
    >>> r["inferred"], r["total"].low
    (['op_b'], 1100)
    """
    claims = report_claims(figures, year, scope)
    parts = parts_of(claims, metric) if parts is None else list(parts)
    result = parts_vs_total(claims, metric, parts, extra=extra)
    flagged = set(claims.loc[claims["inferred"] & (claims["metric"] == metric), "operation"])
    return {**result, "parts_ids": parts, "inferred": [p for p in parts if p in flagged],
            "reading": reading_of(figures)}


def parts_table(figures: pd.DataFrame, metrics=("cases", "suspects"), extras=(),
                umbrellas=()) -> pd.DataFrame:
    """The parts-against-headline check on every report that states a headline and a part.

    One row per report, metric and variant: ``as assigned`` (every operation that states
    the metric), ``without inferred`` (when an operation's assignment is inferred), and
    ``with <operation>:<metric>`` for each ``extras`` triple ``(operation, metric, added_to)``
    the report states: a second figure counted beside the parts of metric ``added_to`` (a
    crackdown's insiders beside the suspects), and ``umbrella: <operation>`` for each
    ``umbrellas`` dict (``year``, ``scope``, ``operation``, ``includes``): that operation's
    figure read as an umbrella count that takes in the ``includes`` operations', which are
    then left out of the parts. Columns: ``campaign_year``, ``scope``, ``metric``,
    ``variant``, ``parts`` (ids, ``, ``-joined), ``n_parts``, ``inferred``, ``parts_low``,
    ``parts_high``, ``total_low``, ``total_high``, ``excess_low``, ``excess_high``
    (parts minus headline), ``verdict`` (:func:`bulletin.analysis.checks.verdict`), ``reading``.

    >>> from bulletin.analysis.example import example_figures
    >>> t = parts_table(example_figures(), ["suspects"])
    >>> t[["scope", "variant", "verdict"]].values.tolist()
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
            for u in umbrellas:
                if (int(u["year"]), u["scope"]) == (year, scope) and u["operation"] in parts \
                        and u.get("metric", metric) == metric:
                    variants.append((f"umbrella: {u['operation']}",
                                     [p for p in parts if p not in u["includes"]], ()))
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


def parts_row(parts: pd.DataFrame, reading: str, year: int, scope: str, metric: str,
              variant: str = "as assigned") -> pd.Series:
    """One row of a table of :func:`parts_table` results under several readings.

    >>> from bulletin.analysis.example import example_figures
    >>> t = parts_table(example_figures(), ["suspects"]).assign(reading="step")
    >>> parts_row(t, "step", 2052, "full_year", "suspects").verdict
    'over'
    """
    t = parts[(parts["reading"] == reading) & (parts["campaign_year"] == year)
              & (parts["scope"] == scope) & (parts["metric"] == metric) & (parts["variant"] == variant)]
    if t.empty:
        raise FigureNotFound(f"no {reading} parts check for {year} {scope} {metric} ({variant})")
    return t.iloc[0]


def parts_leave_one_out(figures: pd.DataFrame, year: int, scope: str, metric: str,
                        parts=None) -> pd.DataFrame:
    """:func:`bulletin.analysis.checks.leave_one_out` on one report, its ``reading`` the table's.

    >>> from bulletin.analysis.example import example_figures
    >>> t = parts_leave_one_out(example_figures(), 2052, "full_year", "suspects")
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
    report. ``period_end`` is the last month or day the figure counts;
    ``period_end_inferred`` says that end is inferred, not stated.

    Examples
    --------
    >>> from bulletin.analysis.example import example_figures
    >>> s = headline_series(example_figures(), years=range(2050, 2053))
    >>> s[s.metric == "cases"][["campaign_year", "scope", "phrase"]].values.tolist()
    [[2050, 'full_year', ''], [2051, 'full_year', '1000起'], [2052, 'stage', '600余起'], [2052, 'full_year', '1500余起']]
    """
    used = figures[(figures["operation"] == HEADLINE) & (figures["use"] == "yes")
                   & figures["metric"].isin(metrics)]
    if years is None:
        full = used[used["scope"] == FULL_YEAR]["campaign_year"]
        years = range(int(full.min()), int(full.max()) + 1)
    rows = []
    for metric in metrics:
        for year in years:
            match = used[(used["metric"] == metric) & (used["campaign_year"] == year)
                         & (used["scope"] == FULL_YEAR)]
            if match.empty:
                rows.append({"metric": metric, "campaign_year": year, "scope": FULL_YEAR,
                             "period_start": "", "period_end": "", "phrase": "",
                             "value": math.nan, "low": math.nan, "high": math.nan,
                             "source_file": "", "note": "", "comparable": "yes",
                             "period_end_inferred": False})
            else:
                rows.append(_series_row(match.iloc[0]))
        stage = used[(used["metric"] == metric) & (used["scope"] == STAGE)
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
            "source_file": row["source_file"], "note": row["note"],
            "comparable": row["comparable"],
            "period_end_inferred": bool(row["period_end_inferred"])}


def alternatives(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures stated more than once: each other wording beside the one used.

    One row per other wording, with both phrases and ranges; ``overlap`` (the ranges admit
    a common value); ``same_value`` and ``same_qualifier``; ``same_class`` (the other
    wording's ``comparable`` column does not flag it, nor do the nouns differ:
    :func:`~bulletin.analysis.counting.comparability`);
    ``verbs`` (the two counting verbs, ``used / other``) and ``same_verb`` (same meaning);
    ``source_file`` of the other wording and ``used_source`` of the used one, and the other
    wording's note (``why``). Overlapping ranges admit
    a common value; they do not make two rows one figure when a note says they count
    different classes.

    Examples
    --------
    >>> from bulletin.analysis.example import example_figures
    >>> alternatives(example_figures())[["used", "not_used", "same_class", "verbs", "same_verb"]].values.tolist()
    [['1500余起', '1500起', True, '侦办 / 破获', False]]
    """
    key = ["campaign_year", "scope", "operation", "metric"]
    rows = []
    for _, other in figures[figures["use"] == "no"].iterrows():
        used = pick(figures, other["campaign_year"], other["scope"], other["operation"],
                    other["metric"])
        verbs = (used["counting_verb"], other["counting_verb"])
        comparable = comparability([other], [used], [other])
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


def _same_figure(rows: pd.DataFrame) -> list[pd.Series]:
    """The wordings of one figure, without the rows marked as counting another class
    (``comparable`` not ``yes``: a narrower count printed beside it)."""
    return [r for i, (_, r) in enumerate(rows.iterrows()) if i == 0 or r["comparable"] == "yes"]


def _comparable(figures: pd.DataFrame, s: pd.Series, y: pd.Series) -> str:
    year, op, metric = int(s["campaign_year"]), s["operation"], s["metric"]
    a = wordings(figures, year, s["scope"], op, metric)
    b = wordings(figures, int(y["campaign_year"]), y["scope"], op, metric)
    return comparability([s, y], _same_figure(a), _same_figure(b))


def stage_vs_year_end(figures: pd.DataFrame, year: int, operations=None) -> pd.DataFrame:
    """Each (operation, metric) stated both in a year's stage report and at its year-end.

    ``operations`` defaults to every operation of the stage report, in table order.
    Columns: ``operation``, ``metric``, the two phrases (``stage``, ``year_end``), their
    values and ranges, ``ratio_low``/``ratio_high`` (year-end ÷ stage),
    ``change_low``/``change_high`` (year-end − stage), the :func:`compare` ``verdict``,
    ``comparable`` (:func:`comparability` over every wording of both figures),
    ``stage_origin`` (``claims``: the stage figure comes from the bulletin's own text
    alone), both sources and both notes, ``inferred`` (either figure's operation is
    inferred). Growth figures (per cent) are left out.

    Examples
    --------
    >>> from bulletin.analysis.example import example_figures
    >>> t = stage_vs_year_end(example_figures(), 2052).set_index(["operation", "metric"])
    >>> t.loc[("op_a", "suspects"), ["stage", "year_end", "verdict", "comparable"]].tolist()
    ['600名', '800名', 'grew', 'yes']
    >>> t.loc[("op_b", "suspects"), "comparable"]
    'category differs; counted noun differs; operation inferred'
    >>> t.loc[("headline", "cases"), "comparable"]
    'counting verb varies by source'
    """
    used = figures[(figures["campaign_year"] == year) & (figures["use"] == "yes")
                   & (figures["kind"] == "count")]
    stage = used[used["scope"] == STAGE]
    if operations is None:
        operations = list(dict.fromkeys(stage["operation"]))
    rows = []
    for operation in operations:
        for _, s in stage[stage["operation"] == operation].iterrows():
            if not has_figure(figures, year, FULL_YEAR, operation, s["metric"]):
                continue
            y = pick(figures, year, FULL_YEAR, operation, s["metric"])
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
                "inferred": bool(s["inferred"] or y["inferred"]),
                "reading": reading_of(figures),
            })
    return pd.DataFrame(rows)


def years_with_both(figures: pd.DataFrame, operation: str = HEADLINE,
                    metric: str | None = None) -> list[int]:
    """The campaign years with a stage and a full-year figure for ``operation`` (and
    ``metric``, if given).

    >>> from bulletin.analysis.example import example_figures
    >>> years_with_both(example_figures())
    [2052]
    """
    used = figures[(figures["use"] == "yes") & (figures["operation"] == operation)]
    if metric is not None:
        used = used[used["metric"] == metric]
    stage = set(used.loc[used["scope"] == STAGE, "campaign_year"])
    full = set(used.loc[used["scope"] == FULL_YEAR, "campaign_year"])
    return sorted(int(y) for y in stage & full)
