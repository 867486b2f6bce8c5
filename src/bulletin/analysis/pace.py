"""Pace: cases or suspects per month before and after a stage report, and the series.

- :func:`pace` and :func:`pace_row`: the monthly pace before and after a stage report, from
  two cumulative totals; :func:`pace_table` and :func:`operation_pace` for a year.
- :func:`increases` sets the operations' smallest possible increases from the stage report
  to the year-end against the headline's largest.
- :func:`year_end_jumps`: is a faster pace after the stage report a pattern?
- :func:`series_check` and :func:`series_verdicts`: a running total since the campaign
  began against the sum of the yearly totals.

>>> from bulletin.analysis.intervals import Interval
>>> p = pace(Interval(100, 100), Interval(300, 300), 10, 12)
>>> p["before"].low, p["after"].low, p["speed_up"].low
(10, 100, 10)
"""

from __future__ import annotations

import math

import pandas as pd

from bulletin.analysis.campaign import stage_vs_year_end, years_with_both
from bulletin.analysis.checks import HEADLINE
from bulletin.analysis.context import (
    arithmetic_reading, has_figure, interval_of, period_bounds, period_months, pick, reading_of,
)
from bulletin.analysis.counting import like_for_like
from bulletin.analysis.intervals import Interval, total
from bulletin.analysis.scopes import FULL_YEAR, SINCE_START, STAGE
from bulletin.errors import BulletinError, FigureNotFound
from bulletin.figures.readings import figure_range


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
        ranges allow the year-end total to be below the stage total; a running total cannot
        fall, so ``speed_up`` then runs from 0 to its ceiling (under the bound reading a
        year-end printed bare still caps it). It is left out only when the whole range
        of ``after`` is below zero.

    Examples
    --------
    >>> p = pace(Interval(37000, 38000), Interval(62000, 63000), 9, 12)
    >>> round(p["before"].low), round(p["before"].high)
    (4111, 4222)
    >>> round(p["after"].low), round(p["after"].high)
    (8000, 8667)
    >>> round(p["projected"].low), round(p["projected"].high)
    (49333, 50667)

    Under the bound reading a year-end printed bare still caps the speed-up:

    >>> inf = float("inf")
    >>> s = pace(Interval(22000, inf, "bound"), Interval(57519, 57519, "bound"), 6, 10)["speed_up"]
    >>> s.low, round(s.high, 2)
    (0, 2.42)
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
    if after.high >= 0 and before.low > 0:
        # A running total cannot fall: the pace after is at least 0, so the speed-up's
        # floor is 0 when the ranges reach below it, and its ceiling stays.
        result["speed_up"] = Interval(max(0, after.low), after.high, reading).ratio(before)
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
    s = pick(figures, year, STAGE, operation, metric)
    y = pick(figures, year, FULL_YEAR, operation, metric)
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
    >>> from bulletin.analysis.example import example_figures
    >>> t = pace_table(example_figures(), 2052, stage_end="2052-05").set_index("metric")
    >>> t.loc["cases", ["months_before", "months_total"]].tolist()
    [5.0, 12.0]
    """
    return pd.DataFrame([pace_row(figures, year, operation, m, stage_end) for m in metrics])


def paces_at(paces: pd.DataFrame, reading: str, cut: str) -> pd.DataFrame:
    """The rows of a table of :func:`pace_table` results (with a ``reading`` column) for one
    reading and one stage cut-off (the end of ``stage_period``), indexed by metric.

    >>> t = pd.DataFrame({"reading": ["step", "step"], "metric": ["cases", "cases"],
    ...                   "stage_period": ["2052-01 to 2052-06", "2052-01 to 2052-05"]})
    >>> paces_at(t, "step", "2052-05").index.tolist()
    ['cases']
    """
    rows = paces[(paces["reading"] == reading) & paces["stage_period"].str.endswith(cut)]
    return rows.set_index("metric")


def operation_pace(figures: pd.DataFrame, year: int, metrics=("cases", "suspects"),
                   stage_end: str | None = None) -> pd.DataFrame:
    """:func:`pace_table` for every operation (headline first) that states a metric in both
    the year's stage report and its year-end, with ``comparable`` (:func:`comparability`)
    and ``inferred`` (either row's operation is inferred).

    >>> from bulletin.analysis.example import example_figures
    >>> t = operation_pace(example_figures(), 2052, ["suspects"]).set_index("operation")
    >>> float(t.loc["op_b", "speed_up_low"]), bool(t.loc["op_b", "inferred"])
    (1.0, True)
    """
    compared = stage_vs_year_end(figures, year)
    rows = []
    for _, c in compared[compared["metric"].isin(metrics)].iterrows():
        row = pace_row(figures, year, c["operation"], c["metric"], stage_end)
        row["comparable"] = c["comparable"]
        row["inferred"] = c["inferred"]
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

    >>> from bulletin.analysis.example import example_figures
    >>> ops, summary = increases(example_figures(), 2052, "suspects")
    >>> summary[["operations", "smallest_sum", "headline_high", "verdict"]].values.tolist()[:2]
    [['every operation', 500, 300, 'too large'], ['without inferred', 200, 300, 'fits']]
    """
    compared = stage_vs_year_end(figures, year)
    compared = compared[compared["metric"] == metric]
    head = compared[compared["operation"] == HEADLINE]
    if head.empty:
        raise FigureNotFound(f"{year} {metric}: no headline figure in both reports")
    head = head.iloc[0]
    rows = []
    for _, c in compared[compared["operation"] != HEADLINE].iterrows():
        rows.append({
            "operation": c["operation"], "stage": c["stage"], "year_end": c["year_end"],
            "increase_low": c["change_low"], "increase_high": c["change_high"],
            "smallest": max(0, c["change_low"]), "comparable": c["comparable"],
            "like_for_like": like_for_like(c["comparable"]),
            "inferred": c["inferred"],
        })
    if not rows:
        raise FigureNotFound(f"{year} {metric}: no operation states it in both reports")
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

    >>> from bulletin.analysis.example import example_figures
    >>> t = year_end_jumps(example_figures(), ["cases"], cut_offs=False)
    >>> t[["campaign_year", "verdict"]].values.tolist()
    [[2052, 'faster']]
    """
    rows = []
    for year in years_with_both(figures):
        for metric in metrics:
            if not (has_figure(figures, year, STAGE, HEADLINE, metric)
                    and has_figure(figures, year, FULL_YEAR, HEADLINE, metric)):
                continue
            end = pick(figures, year, STAGE, HEADLINE, metric)["period_end"]
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

    >>> from bulletin.analysis.example import example_figures
    >>> t = series_check(example_figures(), "cases").set_index("taken")
    >>> t.loc["as printed", "years"], int(t.loc["as printed", "left_low"]), int(t.loc["as printed", "left_high"])
    ('2051, 2052', 400, 1500)
    """
    reading = reading_of(figures)
    arithmetic = arithmetic_reading(reading)
    rows = []
    cumulative = figures[(figures["scope"] == SINCE_START) & (figures["use"] == "yes")
                         & (figures["operation"] == HEADLINE) & (figures["metric"] == metric)]
    for _, c in cumulative.iterrows():
        statement_year = int(c["campaign_year"])
        start_year = int(c["period_start"][:4])
        years = [y for y in range(start_year, statement_year)
                 if has_figure(figures, y, FULL_YEAR, HEADLINE, metric)]
        missing = [y for y in range(start_year, statement_year) if y not in years]
        summed = total([interval_of(pick(figures, y, FULL_YEAR, HEADLINE, metric))
                        for y in years], arithmetic)
        year_start = f"{statement_year}-01"
        months_before = period_months(year_start, c["period_end"])
        full = (pick(figures, statement_year, FULL_YEAR, HEADLINE, metric)
                if has_figure(figures, statement_year, FULL_YEAR, HEADLINE, metric) else None)
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

    >>> from bulletin.analysis.example import example_figures
    >>> series_verdicts(example_figures(), "cases").verdict.tolist()
    ['no year total']
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
