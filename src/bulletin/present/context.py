"""Readable tables and words for the checks across the campaign's reports.

The analysis modules (:mod:`bulletin.analysis.context`, :mod:`bulletin.analysis.campaign`,
:mod:`bulletin.analysis.sensitivity`) return ids and numbers; this module writes them for a reader:
ranges in words (:func:`fmt_limits`), verdicts in words (:data:`VERDICT_WORDS`), the
tables the notebooks show, and :func:`md` to show a sentence as Markdown.

Examples
--------
>>> fmt_limits(3914.9, float("inf"))
'3,915 or more (no upper limit)'
>>> verdict_words("parts", "over")
'the parts exceed the headline'
"""

from __future__ import annotations

import math

import pandas as pd

from bulletin.analysis.scopes import AVERAGE, FULL_YEAR, REPORT_SCOPES, SINCE_START, STAGE
from bulletin.present.words import fmt_number, fmt_range, verdict_text

SCOPE_WORDS = {STAGE: "stage report", FULL_YEAR: "year-end", SINCE_START: "since the start",
               AVERAGE: "yearly average"}
READING_WORDS = {"step": "step", "bound": "bound", "calibrated": "calibrated"}

#: Each check's verdict ids in words.
VERDICT_WORDS = {
    "parts": {"over": "the parts exceed the headline", "short": "the parts fall short",
              "consistent": "consistent", "exact": "the parts add up exactly"},
    "stage vs year-end": {"grew": "grew", "shrank": "shrank", "may have shrunk": "may have shrunk",
                          "cannot tell": "cannot tell", "unchanged": "unchanged"},
    "pace": {"faster": "faster after the stage report", "slower": "slower after it",
             "cannot tell": "cannot tell", "no limit": "no limit set"},
    "increases": {"too large": "more than the headline can hold", "fits": "fits"},
    "series": {"faster than any year-end jump": "needs a faster pace than any year-end jump",
               "within the year-end jumps": "within the year-end jumps",
               "no year-end jump to compare": "no year-end jump to compare",
               "no year total": "no year total to compare"},
    "growth": {"consistent": "consistent", "inconsistent": "inconsistent"},
}


def md(text: str):
    """A computed sentence or list shown in a notebook as Markdown."""
    from IPython.display import Markdown  # only notebooks show Markdown
    return Markdown(text)


def verdict_words(check: str, verdict: str) -> str:
    """A verdict id of a check in words (an unknown id is shown as it is).

    >>> verdict_words("pace", "faster"), verdict_words("increases", "too large")
    ('faster after the stage report', 'more than the headline can hold')
    """
    return VERDICT_WORDS.get(check, {}).get(verdict, verdict)


def fmt_limits(low: float, high: float, digits: int = 0, qualifier: str = "exact") -> str:
    """A computed range in words, saying "no limit" where the figures set none.

    ``low``/``high`` are rounded to ``digits`` decimals (0: whole numbers); an infinite or
    missing end is said in words, never printed as ``inf`` or ``NaN``.

    Examples
    --------
    >>> fmt_limits(float("-inf"), float("inf")), fmt_limits(float("nan"), float("nan"))
    ('no limit', 'no limit')
    >>> fmt_limits(2.344, 2.6051, 2)
    '2.34 to 2.61'
    >>> fmt_limits(float("-inf"), 12.34, 1)
    'no lower limit; up to 12.3'
    """
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


def fmt_growth(growth) -> str:
    """A growth range (a fraction) in per cent, to 0.1, with missing limits said in words.

    A low end of -100% comes only from an unbounded previous total (the current total is
    above zero), so it reads "no lower limit".

    >>> from bulletin.analysis.intervals import Interval
    >>> fmt_growth(Interval(0.14444, 0.3)), fmt_growth(Interval(-1, float("inf"), "bound"))
    ('14.4 to 30.0', 'no lower or upper limit')
    """
    low = -math.inf if growth.low <= -1 else growth.low * 100
    high = growth.high * 100
    if math.isinf(low) and math.isinf(high):
        return "no lower or upper limit"
    return fmt_limits(low, high, 1)


def fmt_times(low: float, high: float) -> str:
    """A speed-up (after ÷ before) in words, to two decimals.

    >>> fmt_times(9.698, 10.7954), fmt_times(4.68, float("inf")), fmt_times(float("nan"), 1)
    ('9.70 to 10.80', '4.68 or more (no upper limit)', 'no limit')
    """
    return fmt_limits(low, high, 2)


def fmt_share(low: float, high: float) -> str:
    """A position in the rounding step (a share: 0 is the printed floor) in per cent.

    >>> fmt_share(0.519, 0.519), fmt_share(0, 0.0839)
    ('52%', '0% to 8%')
    """
    lo, hi = f"{low * 100:.0f}%", f"{high * 100:.0f}%"
    return lo if lo == hi else f"{lo} to {hi}"


def month_words(months: float) -> str:
    """A number of months, to two decimals when not whole.

    >>> month_words(10.0), month_words(9.4516)
    ('10', '9.45')
    """
    return f"{months:.0f}" if float(months).is_integer() else f"{months:.2f}"


def report_name(year: int, scope: str) -> str:
    """``2021 stage report``, ``2021 year-end``.

    >>> report_name(2021, "full_year")
    '2021 year-end'
    """
    return f"{year} {SCOPE_WORDS.get(scope, scope)}"


def variant_words(variant: str, labels) -> str:
    """A :func:`bulletin.analysis.campaign.parts_table` variant in words.

    >>> from bulletin.packs.labels import Labels
    >>> variant_words("with personal_information:insiders", Labels())
    'with personal information: insiders'
    >>> variant_words("umbrella: fraud_support", Labels())
    'fraud support as an umbrella count'
    """
    if variant.startswith("with "):
        op, metric = variant[5:].split(":")
        return f"with {labels.operation_in_sentence(op)}: {labels.metric(metric, short=True)}"
    if variant.startswith("umbrella: "):
        return f"{labels.operation_in_sentence(variant[10:])} as an umbrella count"
    return variant


def picked_range(figures: pd.DataFrame, year: int, scope: str, operation: str, metric: str) -> str:
    """The range of the figure the analysis uses for a year, scope, operation and metric.

    >>> from bulletin.analysis.example import example_figures
    >>> picked_range(example_figures(), 2052, "stage", "headline", "cases")
    '600 to under 700'
    """
    from bulletin.analysis.context import pick

    figure = pick(figures, year, scope, operation, metric)
    return fmt_range(figure.low, figure.high, figure.qualifier)


def like_band(like: pd.DataFrame, metric: str) -> str:
    """Where a metric's like-for-like full-year totals run: from the lowest to the highest,
    with the years counted (``like``: rows of ``campaign_year``, ``metric``, ``low``, ``high``).

    >>> like = pd.DataFrame({"campaign_year": [2051, 2052], "metric": ["cases"] * 2,
    ...                      "low": [1000, 1500], "high": [1100, 1600]})
    >>> like_band(like, "cases")
    'from 1,000 to under 1,100 in 2051 to 1,500 to under 1,600 in 2052 (the like-for-like years: 2051, 2052)'
    """
    rows = like[like.metric == metric].set_index("campaign_year")
    low, high = rows.low.idxmin(), rows.high.idxmax()
    return (f"from {fmt_range(rows.loc[low, 'low'], rows.loc[low, 'high'], 'more_than')} in {low} "
            f"to {fmt_range(rows.loc[high, 'low'], rows.loc[high, 'high'], 'more_than')} in {high} "
            f"(the like-for-like years: {', '.join(str(y) for y in rows.index)})")


def speed_ups(table: pd.DataFrame) -> str:
    """Each year's speed-up in a sentence ("2051: 1.50 to 2.00; …").

    >>> speed_ups(pd.DataFrame({"campaign_year": [2051], "speed_up_low": [1.5], "speed_up_high": [2.0]}))
    '2051: 1.50 to 2.00'
    """
    return "; ".join(f"{y}: {fmt_times(lo, hi)}"
                     for y, lo, hi in zip(table.campaign_year, table.speed_up_low, table.speed_up_high))


# --- tables ---------------------------------------------------------------------------------

def figures_summary(figures: pd.DataFrame) -> pd.DataFrame:
    """How many figures the table holds per campaign year and scope, how many the analysis
    uses, from how many source files."""
    summary = (figures.groupby(["campaign_year", "scope"], sort=False)
               .agg(figures=("phrase", "size"), used=("use", lambda u: int((u == "yes").sum())),
                    sources=("source_file", "nunique"))
               .reset_index())
    order = {s: i for i, s in enumerate(SCOPE_WORDS)}
    summary = summary.sort_values(["campaign_year", "scope"],
                                  key=lambda c: c.map(order) if c.name == "scope" else c,
                                  ignore_index=True)
    return pd.DataFrame({
        "campaign year": summary.campaign_year,
        "report": summary.scope.map(SCOPE_WORDS),
        "figures": summary.figures, "used by the analysis": summary.used,
        "source files": summary.sources,
    })


def headline_table(series: pd.DataFrame) -> pd.DataFrame:
    """A readable table of :func:`bulletin.analysis.campaign.headline_series`: one row per year and
    scope, cases and suspects side by side, each as printed and as the range it admits
    ("no figure found" for a gap).

    >>> from bulletin.analysis.campaign import headline_series
    >>> from bulletin.analysis.example import example_figures
    >>> t = headline_table(headline_series(example_figures(), years=range(2050, 2053)))
    >>> t.loc[(t.year == 2050), "cases range"].item()
    'no figure found'
    >>> t.loc[(t.year == 2052) & (t.scope == "year-end"), "suspects range"].item()
    '1,100 to under 1,200'
    """
    rows = []
    for (year, scope), group in series.groupby(["campaign_year", "scope"], sort=False):
        row = {"year": year, "scope": SCOPE_WORDS.get(scope, scope),
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
    order = {SCOPE_WORDS[STAGE]: 0, SCOPE_WORDS[FULL_YEAR]: 1}
    return out.sort_values(["year", "scope"], key=lambda c: c.map(order) if c.name == "scope" else c,
                           ignore_index=True)


def alternatives_table(alt: pd.DataFrame, labels) -> pd.DataFrame:
    """A readable table of :func:`bulletin.analysis.campaign.alternatives`."""
    yes_no = {True: "yes", False: "no"}
    return pd.DataFrame({
        "year": alt.campaign_year, "report": alt.scope.map(SCOPE_WORDS),
        "figure": [labels.row(o, m) for o, m in zip(alt.operation, alt.metric)],
        "used": alt.used,
        "used range": [fmt_range(lo, hi, "more_than") for lo, hi in zip(alt.used_low, alt.used_high)],
        "other wording": alt.not_used,
        "other range": [fmt_range(lo, hi, "more_than")
                        for lo, hi in zip(alt.not_used_low, alt.not_used_high)],
        "source": [source_id(f) for f in alt.source_file],
        "ranges overlap": alt.overlap.map(yes_no),
        "same class (notes, nouns)": alt.same_class.map(yes_no),
        "verbs (used / other)": alt.verbs,
    }).reset_index(drop=True)


def source_id(file: str) -> str:
    """The number prefix of a source file (``07``), or the file name for a pack's raw text.

    >>> source_id("07_zh_chinanews_cnhubei_2022-01-14_jingwang2021_pressconf.txt"), source_id("x.txt")
    ('07', 'x.txt')
    """
    head = file.split("_", 1)[0]
    return head if head.isdigit() else file


def stage_vs_year_end_table(tables: dict[str, pd.DataFrame], labels) -> pd.DataFrame:
    """Stage against year-end, one row per figure: the phrases, the ratio's range under the
    first reading, ``comparable``, and the verdict under every reading in ``tables``
    (reading → :func:`bulletin.analysis.campaign.stage_vs_year_end`)."""
    readings = list(tables)
    first = tables[readings[0]]
    out = pd.DataFrame({
        "figure": [labels.row(o, m) for o, m in zip(first.operation, first.metric)],
        "stage": first.stage, "year-end": first.year_end,
        "stage text": first.stage_origin.map({"claims": "English only", "table": "Chinese"}),
        f"year-end ÷ stage ({readings[0]})": [fmt_limits(lo, hi, 2) for lo, hi in
                                             zip(first.ratio_low, first.ratio_high)],
        "comparable": first.comparable,
    })
    key = list(zip(first.operation, first.metric))
    for reading in readings:
        verdicts = tables[reading].set_index(["operation", "metric"])["verdict"]
        out[f"verdict ({reading})"] = [verdicts.get(k, "—") for k in key]
    return out


def pace_table_words(paces: pd.DataFrame, labels=None) -> pd.DataFrame:
    """A readable table of :func:`bulletin.analysis.pace.pace_table` (or several, concatenated)."""
    out = pd.DataFrame({"reading": paces.reading})
    if "operation" in paces and labels is not None:
        out["figure"] = [labels.row(o, m) for o, m in zip(paces.operation, paces.metric)]
    else:
        out["metric"] = paces.metric
    out["stage counted"] = paces.stage_period
    out["months before / total"] = [f"{month_words(b)} / {month_words(t)}"
                                    for b, t in zip(paces.months_before, paces.months_total)]
    out["stage"] = paces.stage
    out["year-end"] = paces.year_end
    out["per month before"] = [fmt_limits(lo, hi) for lo, hi in zip(paces.before_low, paces.before_high)]
    out["per month after"] = [fmt_limits(max(lo, 0) if math.isfinite(lo) else lo, hi)
                              for lo, hi in zip(paces.after_low, paces.after_high)]
    out["after ÷ before"] = [fmt_times(lo, hi) for lo, hi in zip(paces.speed_up_low, paces.speed_up_high)]
    if "comparable" in paces:
        out["comparable"] = paces.comparable
    return out.reset_index(drop=True)


def parts_table_words(table: pd.DataFrame, labels) -> pd.DataFrame:
    """A readable table of :func:`bulletin.analysis.campaign.parts_table`."""
    return pd.DataFrame({
        "reading": table.reading,
        "report": [report_name(y, s) for y, s in zip(table.campaign_year, table.scope)],
        "metric": table.metric,
        "operations added": [variant_words(v, labels) for v in table.variant],
        "operations": table.n_parts,
        "inferred": [", ".join(labels.operation_in_sentence(o) for o in i.split(", ")) if i else ""
                     for i in table.inferred],
        "sum of operations": [fmt_range(lo, hi) for lo, hi in zip(table.parts_low, table.parts_high)],
        "headline": [fmt_range(lo, hi) for lo, hi in zip(table.total_low, table.total_high)],
        "excess (sum − headline)": [fmt_limits(lo, hi) if not (lo == hi) else fmt_number(lo)
                                    for lo, hi in zip(table.excess_low, table.excess_high)],
        "verdict": [verdict_text(v, short=True) for v in table.verdict],
    }).reset_index(drop=True)


def report_figures_table(claims: pd.DataFrame, labels, metrics=None) -> pd.DataFrame:
    """A report's figures (:func:`bulletin.analysis.campaign.report_claims`) for reading: figure,
    phrase, what it counts, range, source, and whether its operation is inferred."""
    rows = claims if metrics is None else claims[claims.metric.isin(metrics)]
    return pd.DataFrame({
        "figure": [labels.row(o, m) for o, m in zip(rows.operation, rows.metric)],
        "printed": rows.phrase, "counted": rows.counted,
        "range (step)": [fmt_range(lo, hi, q) for lo, hi, q in zip(rows.low, rows.high, rows.qualifier)],
        "source": [source_id(f) for f in rows.source_file],
        "operation": ["inferred" if i else "stated" for i in rows.inferred],
    }).reset_index(drop=True)


def increases_tables(by_op: pd.DataFrame, summary: pd.DataFrame, labels):
    """Readable tables of :func:`bulletin.analysis.pace.increases`: by operation, and the sums."""
    ops = pd.DataFrame({
        "operation": [labels.operation(o) for o in by_op.operation],
        "stage": by_op.stage, "year-end": by_op.year_end,
        "increase": [fmt_limits(lo, hi) for lo, hi in zip(by_op.increase_low, by_op.increase_high)],
        "smallest possible increase": [fmt_number(s) for s in by_op.smallest],
        "comparable": by_op.comparable,
    })
    sums = pd.DataFrame({
        "operations": summary.operations, "how many": summary.n,
        "their smallest increases, added": [fmt_number(s) for s in summary.smallest_sum],
        "headline's increase": [fmt_limits(lo, hi) for lo, hi in
                                zip(summary.headline_low, summary.headline_high)],
        "verdict": [verdict_words("increases", v) for v in summary.verdict],
    })
    return ops, sums


def jumps_table(jumps: pd.DataFrame) -> pd.DataFrame:
    """A readable table of :func:`bulletin.analysis.pace.year_end_jumps`."""
    return pd.DataFrame({
        "reading": jumps.reading, "year": jumps.campaign_year, "metric": jumps.metric,
        "stage cut-off": jumps.cut_off, "stage counted": jumps.stage_period,
        "months before / total": [f"{month_words(b)} / {month_words(t)}"
                                  for b, t in zip(jumps.months_before, jumps.months_total)],
        "stage": jumps.stage, "year-end": jumps.year_end,
        "after ÷ before": [fmt_times(lo, hi) for lo, hi in zip(jumps.speed_up_low, jumps.speed_up_high)],
        "verdict": [verdict_words("pace", v) for v in jumps.verdict],
    }).reset_index(drop=True)


def series_table(series: pd.DataFrame) -> pd.DataFrame:
    """A readable table of :func:`bulletin.analysis.pace.series_check` (one or several)."""
    def col(name):
        return series[name] if name in series else pd.Series([math.nan] * len(series),
                                                              index=series.index)
    return pd.DataFrame({
        "reading": series.reading, "metric": series.metric,
        "running total": [f"{p} ({t})" for p, t in zip(series.statement, series.taken)],
        "as a range": [fmt_range(lo, hi) for lo, hi in zip(series.statement_low, series.statement_high)],
        "years added": series.years,
        "their sum": [fmt_limits(lo, hi) for lo, hi in zip(series.sum_low, series.sum_high)],
        "left for the last year to the statement": [fmt_limits(lo, hi) for lo, hi in
                                                     zip(series.left_low, series.left_high)],
        "months": [month_words(m) for m in series.months_before],
        "year total": series.year_total.replace("", "—"),
        "pace after ÷ before": [fmt_times(lo, hi) if not pd.isna(lo) else "—"
                                for lo, hi in zip(col("speed_up_low"), col("speed_up_high"))],
    }).reset_index(drop=True)


def pins_table(pins: pd.DataFrame, labels) -> pd.DataFrame:
    """A readable table of :func:`bulletin.analysis.sensitivity.pinned_cases`."""
    return pd.DataFrame({
        "figure": [(f"{y} {SCOPE_WORDS[s]}" if s in REPORT_SCOPES else
                    f"{SCOPE_WORDS.get(s, s)} (stated {y})") + f": {labels.row(o, m)}"
                   for y, s, o, m in zip(pins.campaign_year, pins.scope, pins.operation, pins.metric)],
        "printed": pins.phrase, "significant digits": pins.digits,
        "step range": [fmt_range(lo, hi, "more_than") for lo, hi in zip(pins.step_low, pins.step_high)],
        "pinned by": pins.pinned_by,
        "what that leaves": [fmt_limits(lo, hi) for lo, hi in zip(pins.pinned_low, pins.pinned_high)],
        "where in the step": [fmt_share(lo, hi) for lo, hi in zip(pins.position_low, pins.position_high)],
        "calibrated range": [fmt_range(lo, hi, "more_than") for lo, hi in
                             zip(pins.calibrated_low, pins.calibrated_high)],
        "fits the calibrated reading": pins.fits_calibrated.map({True: "yes", False: "no"}),
        "assumes": pins.assumption.replace("", "—"),
    })


def subject_words(row: pd.Series, labels) -> str:
    """What a row of :func:`bulletin.analysis.sensitivity.verdicts` checks, in words."""
    check = row["check"]
    if check == "parts":
        return (f"{report_name(row['campaign_year'], row['scope'])}: {row['metric']}, "
                f"{variant_words(row['variant'], labels)}")
    if check == "stage vs year-end":
        return f"{row['campaign_year']}: {labels.row(row['operation'], row['metric'])}"
    if check == "pace":
        return f"{row['campaign_year']}: headline {row['metric']} (stage cut-off {row['variant']})"
    if check == "increases":
        return f"{row['campaign_year']}: {row['metric']}, {row['variant']}"
    if check == "series":
        return f"since the start, to {row['campaign_year']}: {row['metric']} ({row['variant']})"
    return f"{row['campaign_year']}: {row['metric']} growth on the year before"


def verdicts_table(table: pd.DataFrame, labels, readings) -> pd.DataFrame:
    """A readable table of :func:`bulletin.analysis.sensitivity.verdicts` (or its :func:`flips`)."""
    out = pd.DataFrame({"check": table.check,
                        "what": [subject_words(r, labels) for _, r in table.iterrows()]})
    for reading in readings:
        out[reading] = [verdict_words(c, v) for c, v in zip(table.check, table[reading])]
    return out.reset_index(drop=True)


def wordings_table(table: pd.DataFrame, labels) -> pd.DataFrame:
    """A readable table of :func:`bulletin.analysis.campaign.wordings_of_claims`."""
    yes_no = {True: "yes", False: "no"}
    return pd.DataFrame({
        "figure": [labels.row(o, m) for o, m in zip(table.operation, table.metric)],
        "the bulletin (machine translation)": [f"{c} {n}" for c, n in zip(table.claim, table.claim_noun)],
        "other wording": table.wording, "what it counts": table.counted,
        "source": [source_id(f) for f in table.source_file],
        "same number and qualifier": [yes_no[a and b] for a, b in
                                      zip(table.same_value, table.same_qualifier)],
    }).reset_index(drop=True)


def sources_list(sources: pd.DataFrame, files) -> str:
    """A Markdown list of the sources among ``files``: file, date, publisher, address, note."""
    listed = sources.loc[sources.file.isin(set(files))]
    return "\n".join(
        f"- `{f}` ({d or 'undated'}; {p}): {a}" + (f" ({n[:1].lower() + n[1:]})" if n else "")
        for f, d, p, a, n in zip(listed.file, listed.date, listed.publisher, listed.address,
                                 listed.note))
