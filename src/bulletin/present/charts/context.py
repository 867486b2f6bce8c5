"""Charts of the checks across the campaign's reports: the headline across years, stage
against year-end, the pace, parts against headline by report, and the year-end jumps.

Each ``*_chart`` function draws one chart in the house style (:func:`bulletin.present.charts.new_chart`),
publishes it with :func:`bulletin.present.charts.publish` (PNG + CSV of exactly the plotted values
in ``reports/figures/``, or ``folder``) and returns ``(chart, data)``. The ``*_data``
functions build the plotted tables from :mod:`bulletin.analysis.campaign` results. Titles, years
and source lines come from the data and the pack passed in (:func:`source_line`); in every
time series, points that do not count like for like are drawn hollow.

Examples
--------
>>> from bulletin.analysis.example import example_figures
>>> from bulletin.analysis.pace import pace_table
>>> d = pace_data(pace_table(example_figures(), 2052))
>>> d[d.metric == "cases"][["point", "months", "value", "low", "high"]].values.tolist()[:2]
[['start', 0.0, 0, 0, 0], ['stage report', 6.0, 600, 600, 700]]
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import pandas as pd

from bulletin.analysis.counting import like_for_like
from bulletin.analysis.scopes import FULL_YEAR, STAGE
from bulletin.analysis.context import period_months
from bulletin.paths import FIGURES
from bulletin.present.context import report_name, variant_words
from bulletin.present.charts import GREY
from bulletin.present.charts import PALETTE
from bulletin.present.charts import STYLE
from bulletin.present.charts import new_chart
from bulletin.present.charts import publish
from bulletin.present.charts import thousands

METRIC_COLOURS = {"cases": PALETTE[0], "suspects": PALETTE[1]}
VERDICT_COLOURS = {
    "grew": PALETTE[2], "shrank": PALETTE[3], "may have shrunk": PALETTE[1],
    "cannot tell": GREY, "unchanged": "#000000",
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def source_line(figures: pd.DataFrame, sources: pd.DataFrame, files, pack=None) -> str:
    """The source line of a chart drawn from the campaign figures of ``files``.

    With ``pack``, whose raw text is among ``files``, its own source line comes first; the
    other files are counted, with the span of campaign years their figures cover.

    >>> from bulletin.analysis.context import load_campaign_figures, load_sources
    >>> f = load_campaign_figures(CAMPAIGN)
    >>> source_line(f, load_sources(CAMPAIGN), ["16_zh_xinhua_hxcsw_2021-03-09_jingwang2020_full_year.txt"])
    'Sources: figures as printed in 1 report or repost of campaign year 2020, listed with its address in sources.csv. Chart: bulletin package.'
    """
    files = list(dict.fromkeys(files))
    own = [pack.raw.name] if pack is not None and pack.raw.name in files else []
    others = [f for f in files if f not in own]
    years = sorted({int(y) for y in figures.loc[figures.source_file.isin(others), "campaign_year"]})
    span = (f"campaign year {years[0]}" if len(years) == 1 else
            f"campaign years {years[0]}–{years[-1]}") if years else ""
    publisher = f"{pack.publisher.split(' (')[0]} " if pack is not None else ""
    many = len(others) != 1
    if own:
        first = pack.source_line.replace(" Chart: bulletin package.", "")
        return (f"{first}\nOther {publisher}figures: {len(others)} "
                f"{'reports or reposts' if many else 'report or repost'} of {span} "
                f"({'addresses' if many else 'address'} in sources.csv). Chart: bulletin package.")
    return (f"Sources: {publisher}figures as printed in {len(others)} "
            f"{'reports or reposts' if many else 'report or repost'} of {span}, listed with "
            f"{'their addresses' if many else 'its address'} in sources.csv. Chart: bulletin package.")


def period_label(end: str) -> str:
    """A period end (``YYYY-MM`` or ``YYYY-MM-DD``) in words.

    >>> period_label("2018-08"), period_label("2021-10-14")
    ('Aug 2018', '14 Oct 2021')
    """
    parts = [int(p) for p in end.split("-")]
    text = f"{_MONTHS[parts[1] - 1]} {parts[0]}"
    return f"{parts[2]} {text}" if len(parts) == 3 else text


def period_span(start: str, end: str) -> str:
    """A period in words, the year said once when both ends share it.

    >>> period_span("2018-02", "2018-07"), period_span("2021-01", "2021-10-14")
    ('Feb–Jul 2018', 'Jan–14 Oct 2021')
    >>> period_span("2022-01", "2023-02-15")
    'Jan 2022–15 Feb 2023'
    """
    first, last = period_label(start), period_label(end)
    if start[:4] == end[:4]:
        first = first.rsplit(" ", 1)[0]
    return f"{first}–{last}"


# --- the headline across years ------------------------------------------------------------

#: How far right of its own year a stage report is drawn (inside the year's slot).
STAGE_OFFSET = 0.28


def headline_data(series: pd.DataFrame, doubts: dict | None = None) -> pd.DataFrame:
    """The plotted table of :func:`headline_chart`: the series with its x positions and
    ``like_for_like`` (no: a full year shorter than twelve months, a figure whose ``comparable``
    column says its class may differ, or a year in ``doubts``, year → reason), and ``why`` not;
    ``end_inferred`` marks a stage figure whose period end the sources do not state.

    Full-year figures sit at their campaign year; stage figures a little to the right of
    their own year (:data:`STAGE_OFFSET`), so that none reads as the year before's.

    >>> from bulletin.analysis.campaign import headline_series
    >>> from bulletin.analysis.context import figures_from_csv
    >>> figures = figures_from_csv('''
    ... campaign_year,scope,period_start,period_end,operation,metric,phrase,comparable,note
    ... 2018,full_year,2018-02,2018-11,headline,cases,5.7万余起,yes,
    ... 2019,stage,2019-01,2019-06,headline,cases,2.5万余起,yes,
    ... 2019,full_year,2019-01,2019-12,headline,cases,5.9万起,maybe,wider class
    ... ''')
    >>> d = headline_data(headline_series(figures, ["cases"]))
    >>> d[d.scope == "stage"].x.round(2).unique().tolist()
    [2019.28]
    >>> d.loc[(d.scope == "full_year") & ~d.like_for_like, ["campaign_year", "why"]].values.tolist()
    [[2018, '10 months'], [2019, 'class may differ']]
    """
    doubts = doubts or {}
    data = series[["metric", "campaign_year", "scope", "period_start", "period_end", "phrase",
                   "value", "low", "high"]].copy()
    data["x"] = data["campaign_year"] + (data["scope"] == STAGE) * STAGE_OFFSET
    why = []
    for (_, r), comparable in zip(data.iterrows(), series["comparable"]):
        reasons = []
        if r.scope == FULL_YEAR and r.period_end:
            months = period_months(r.period_start, r.period_end)
            if months < 12:
                reasons.append(f"{months:.0f} months")
            if comparable != "yes":
                reasons.append("class may differ")
        if r.scope == FULL_YEAR and r.campaign_year in doubts and not pd.isna(r.value):
            reasons.append(doubts[r.campaign_year])
        why.append("; ".join(reasons))
    data["why"] = why
    data["like_for_like"] = data["why"] == ""
    data["end_inferred"] = (series["period_end_inferred"].astype(bool)
                            if "period_end_inferred" in series else False)
    return data


def _say_gaps(ax, data: pd.DataFrame, years, top: float) -> None:
    """Write under each year of :func:`headline_chart` that has no total which is missing."""
    for year in years:
        rows = data[(data.campaign_year == year) & (data.scope == FULL_YEAR)]
        missing = [m for m in METRIC_COLOURS if rows[rows.metric == m].value.isna().all()]
        if len(missing) == len(METRIC_COLOURS):
            ax.text(year, top * 0.08, "no national\ntotals found", ha="center", fontsize=8.5,
                    color="#444444")
        elif missing:
            ax.text(year, top * 0.08, f"no {missing[0].rstrip('s')}\ntotal found", ha="center",
                    fontsize=8.5, color="#444444")


def headline_chart(series: pd.DataFrame, source: str, doubts: dict | None = None,
                   name: str | None = None, folder: Path = FIGURES):
    """Headline cases and suspects by campaign year: full-year totals (hollow where not like
    for like), stage reports apart (diamonds), gaps said in words."""
    data = headline_data(series, doubts)
    years = sorted(set(data.campaign_year))
    name = name or f"context-headline-{years[0]}-{years[-1]}"
    fig, ax = new_chart(
        f"Cases and suspects of the campaign, {years[0]}–{years[-1]}",
        "National totals. Markers: the numbers as printed (for “more than”, the printed floor); bars: the range the rounding\n"
        "admits (one rounding step). Hollow circles: not like for like (see notes). Diamonds: stage reports, counting part of a year.",
        xlabel="Campaign year", ylabel="Count (cases or suspects)", size=(9.5, 5.8))
    for metric, colour in METRIC_COLOURS.items():
        full = data[(data.metric == metric) & (data.scope == FULL_YEAR)].dropna(subset=["value"])
        like = full[full.like_for_like]
        # A line joins only like-for-like totals of consecutive years: none crosses a gap.
        runs, run = [], []
        for _, r in like.iterrows():
            if run and r.campaign_year != run[-1].campaign_year + 1:
                runs.append(run)
                run = []
            run.append(r)
        runs.append(run)
        for i, run in enumerate(r for r in runs if r):
            ax.plot([r.x for r in run], [r.value for r in run], color=colour, linewidth=1.8,
                    marker="o", markersize=7,
                    label=f"{metric.capitalize()}, full-year total" if i == 0 else None)
        unlike = full[~full.like_for_like]
        ax.plot(unlike.x, unlike.value, linestyle="none", marker="o", markersize=8,
                markerfacecolor="white", markeredgecolor=colour, markeredgewidth=1.8)
        ax.vlines(full.x, full.low, full.high, color=colour, linewidth=3, alpha=0.45)
        stage = data[(data.metric == metric) & (data.scope == STAGE)]
        ax.vlines(stage.x, stage.low, stage.high, color=colour, linewidth=3, alpha=0.45)
        ax.plot(stage.x, stage.value, linestyle="none", marker="D", markersize=7,
                markerfacecolor="white", markeredgecolor=colour, markeredgewidth=1.8,
                label=f"{metric.capitalize()}, stage report (to date)")
    top = float(data["high"].max())
    _say_gaps(ax, data, years, top)
    notes = data[(data.scope == FULL_YEAR) & ~data.like_for_like].dropna(subset=["value"])
    for year, group in notes.groupby("campaign_year"):
        # Beside its own point (the lowest of the year's), on the side away from the edge,
        # so no note reads as belonging to the next year's marker.
        point = group.loc[group.value.idxmin()]
        last = year == years[-1]
        ax.annotate(group.why.iloc[0], (point.x, point.value), xytext=(-10 if last else 10, 0),
                    textcoords="offset points", ha="right" if last else "left", va="center",
                    fontsize=9, color="#444444")
    _say_inferred_ends(ax, data)
    ax.set_ylim(0, top * 1.12)
    ax.set_xlim(years[0] - 0.45, years[-1] + 0.6)
    ax.set_xticks(years)
    thousands(ax.yaxis)
    handles, _ = ax.get_legend_handles_labels()
    handles.append(plt.Line2D([], [], linestyle="none", marker="o", markersize=8,
                              markerfacecolor="white", markeredgecolor="#444444",
                              markeredgewidth=1.8, label="full-year total, not like for like"))
    ax.legend(handles=handles, loc="upper left", ncol=2, fontsize=8.5)
    return publish(fig, name, data, source=source, folder=folder), data


def _say_inferred_ends(ax, data: pd.DataFrame) -> None:
    """Under each stage report whose period end is inferred, not stated, say so."""
    inferred = data[(data.scope == STAGE) & data.end_inferred].dropna(subset=["value"])
    for _, group in inferred.groupby("campaign_year"):
        point = group.loc[group.value.idxmin()]
        ax.annotate("end of count\ninferred", (point.x, point.value), xytext=(0, -12),
                    textcoords="offset points", ha="center", va="top", fontsize=8.5,
                    color="#444444")


# --- stage against year-end -------------------------------------------------------------------

def ratio_data(table: pd.DataFrame, labels) -> pd.DataFrame:
    """The plotted table of :func:`ratio_chart`: year-end ÷ stage per row, sorted by the ratio.

    ``ratio`` is the ratio of the printed numbers; ``ratio_low``/``ratio_high`` its range
    (2 decimals); ``comparable`` what :func:`bulletin.analysis.counting.comparability` found, and
    ``like_for_like`` whether that leaves the two counting the same thing.
    """
    data = table[["operation", "metric", "stage", "year_end", "ratio_low", "ratio_high",
                  "verdict", "comparable"]].copy()
    data["ratio"] = (table["year_end_value"].astype(float) / table["stage_value"].astype(float)).round(2)
    data["ratio_low"] = data["ratio_low"].astype(float).round(2)
    data["ratio_high"] = data["ratio_high"].astype(float).round(2)
    data["like_for_like"] = [like_for_like(c) for c in data.comparable]
    data["label"] = [labels.row(o, m) for o, m in zip(data.operation, data.metric)]
    return data.sort_values(["ratio", "label"], ignore_index=True)


def ratio_chart(table: pd.DataFrame, labels, source: str, title: str,
                name: str = "context-stage-vs-year-end", folder: Path = FIGURES):
    """Year-end figure ÷ stage figure, with its range, coloured by the verdict; dots on a
    log axis, hollow where the two do not count like for like."""
    data = ratio_data(table, labels)
    reading = table["reading"].iloc[0] if "reading" in table else "step"
    fig, ax = new_chart(
        title,
        "Year-end ÷ stage report, same operation and metric. Bar: the range the rounded figures admit.\n"
        "Below 1: the year-end figure is the smaller. Hollow: not like for like.",
        xlabel="Year-end ÷ stage report (ratio, log scale)", size=(10, 7.4))
    for i, row in data.iterrows():
        colour = VERDICT_COLOURS[row.verdict]
        ax.hlines(i, row.ratio_low, row.ratio_high, color=colour, linewidth=5, alpha=0.55)
        if row.like_for_like:
            ax.plot(row.ratio, i, marker="o", color=colour, markersize=6.5)
        else:
            ax.plot(row.ratio, i, marker="o", markerfacecolor="white", markeredgecolor=colour,
                    markeredgewidth=1.8, markersize=7.5)
    ax.axvline(1, color="#333333", linewidth=1, linestyle="--")
    ax.text(1, len(data) - 0.4, " no change", fontsize=8.5, color="#333333", va="bottom")
    ax.set_xscale("log")
    ticks = [t for t in (0.5, 1, 2, 3, 4) if data.ratio_low.min() / 1.2 <= t <= data.ratio_high.max() * 1.2]
    ax.set_xticks(ticks)
    ax.set_xticklabels([f"{t:g}" for t in ticks])
    ax.minorticks_off()
    ax.set_yticks(list(range(len(data))))
    ax.set_yticklabels(data.label, fontsize=8.5)
    ax.set_ylim(-0.7, len(data) - 0.1)
    handles = [plt.Line2D([], [], color=c, marker="o", linewidth=4, alpha=0.8, label=v)
               for v, c in VERDICT_COLOURS.items() if v in set(data.verdict)]
    if (~data.like_for_like).any():
        handles.append(plt.Line2D([], [], color="#444444", marker="o", markerfacecolor="white",
                                  markeredgewidth=1.8, linestyle="none",
                                  label="not like for like: category, counted\nnoun or counting verb differs,\nor operation inferred"))
    ax.legend(handles=handles, loc="upper left", fontsize=8.5, title=f"verdict ({reading} reading)",
              title_fontsize=8.5)
    return publish(fig, name, data, source=source, folder=folder), data


# --- the pace ------------------------------------------------------------------------------------

#: How far right of the year-end the projection's range is drawn, beside the stated range.
PROJECTION_OFFSET = 0.15


def pace_data(pace: pd.DataFrame, alternative: pd.DataFrame | None = None,
              comparable: dict | None = None) -> pd.DataFrame:
    """The plotted table of :func:`pace_chart`: cumulative figures at the start, the stage
    report, the year-end, and the year-end at the stage pace; with ``alternative`` (a
    :func:`bulletin.analysis.pace.pace_table` with another stage cut-off), the stage report again
    at that cut-off. ``like_for_like`` (from ``comparable``, metric → a
    :func:`bulletin.analysis.counting.comparability` result) says whether the year-end counts as the
    stage report does.

    ``value`` is the point drawn: the number as printed (for 8万余, its floor), or for the
    projection the printed stage number at the stage pace; ``low``/``high`` the range the
    rounding admits. All three are rounded to whole numbers.
    """
    comparable = comparable or {}
    rows = []

    def stage_row(r, point):
        return {"metric": r.metric, "point": point, "months": round(r.months_before, 2),
                "value": float(r.stage_value),
                "low": float(r.before_low * r.months_before),
                "high": float(r.before_high * r.months_before)}

    for _, r in pace.iterrows():
        rows += [
            {"metric": r.metric, "point": "start", "months": 0.0, "value": 0.0, "low": 0.0,
             "high": 0.0},
            stage_row(r, "stage report"),
            {"metric": r.metric, "point": "year-end", "months": round(r.months_total, 2),
             "value": float(r.year_end_value), "low": float(r.year_end_low),
             "high": float(r.year_end_high)},
            {"metric": r.metric, "point": "year-end at the stage pace",
             "months": round(r.months_total, 2),
             "value": float(r.stage_value) / r.months_before * r.months_total,
             "low": float(r.projected_low), "high": float(r.projected_high)},
        ]
    if alternative is not None:
        for _, r in alternative.iterrows():
            rows.append(stage_row(r, f"stage report, cut-off {r.stage_period.split(' to ')[1]}"))
    data = pd.DataFrame(rows)
    for column in ("value", "low", "high"):
        data[column] = data[column].round(0)
        if data[column].map(math.isfinite).all():
            data[column] = data[column].astype(int)
    data["x"] = data["months"] + (data["point"] == "year-end at the stage pace") * PROJECTION_OFFSET
    data["like_for_like"] = [not (p == "year-end" and not like_for_like(comparable.get(m, "yes")))
                             for p, m in zip(data.point, data.metric)]
    return data


def _draw_pace(ax, d: pd.DataFrame, metric: str, colour: str) -> None:
    """One metric's line of :func:`pace_chart`: ``d`` is its rows of :func:`pace_data`,
    indexed by ``point``."""
    joined = d.loc[["start", "stage report", "year-end"]]
    ax.plot(joined.x, joined.value, color=colour, linewidth=1.3,
            linestyle=(0, (5, 3)), alpha=0.9)
    s, y, p = d.loc["stage report"], d.loc["year-end"], d.loc["year-end at the stage pace"]
    for point in (s, y):
        ax.vlines(point.x, point.low, point.high, color=colour, linewidth=4, alpha=0.5)
    ax.plot(s.x, s.value, marker="D", markerfacecolor="white",
            markeredgecolor=colour, markeredgewidth=1.8, markersize=7, linestyle="none")
    if y.like_for_like:
        ax.plot(y.x, y.value, marker="o", color=colour, markersize=7, linestyle="none")
    else:
        ax.plot(y.x, y.value, marker="s", markerfacecolor="white", markeredgecolor=colour,
                markeredgewidth=1.8, markersize=7, linestyle="none")
    ax.plot([s.x, p.x], [s.value, p.value], color=colour,
            linestyle=":", linewidth=1.6)
    ax.vlines(p.x, p.low, p.high, color=colour, linewidth=2, alpha=0.35)
    ax.plot(p.x, p.value, marker="o", markerfacecolor="white",
            markeredgecolor=colour, markeredgewidth=1.4, markersize=6, linestyle="none")
    for point, row in d.iterrows():
        if point.startswith("stage report, cut-off"):
            ax.plot(row.x, row.value, marker="D", markerfacecolor="none",
                    markeredgecolor=colour, markeredgewidth=1, markersize=6,
                    linestyle="none", alpha=0.8)


def _pace_legend(ax, data: pd.DataFrame, cut_offs: bool) -> None:
    """The two short legends of :func:`pace_chart`: the colour of each metric (top left; the
    subtitle says what dashed and dotted lines are), and under it a key to the markers."""
    colours = [plt.Line2D([], [], color=colour, linewidth=2.5, label=metric.capitalize())
               for metric, colour in METRIC_COLOURS.items()]
    marker = {"linestyle": "none", "markeredgecolor": "#444444", "markeredgewidth": 1.6}
    markers = [
        plt.Line2D([], [], marker="D", markerfacecolor="white", markersize=7,
                   label="stage report", **marker),
        plt.Line2D([], [], marker="o", color="#444444", markersize=7, linestyle="none",
                   label="year-end, as reported"),
        plt.Line2D([], [], marker="o", markerfacecolor="white", markersize=6,
                   label="year-end at the stage pace", **marker),
    ]
    if (~data.like_for_like).any():
        markers.append(plt.Line2D([], [], marker="s", markerfacecolor="white", markersize=7,
                                  label="year-end, counted with another verb", **marker))
    if cut_offs:
        markers.append(plt.Line2D([], [], marker="D", markerfacecolor="none", markersize=6,
                                  linestyle="none", markeredgecolor="#444444",
                                  label="stage report, counted to the month before"))
    first = ax.legend(handles=colours, loc="upper left", fontsize=9.5)
    ax.add_artist(first)
    ax.legend(handles=markers, loc="upper left", bbox_to_anchor=(0, 0.84), fontsize=9)


def pace_chart(pace: pd.DataFrame, source: str, alternative: pd.DataFrame | None = None,
               comparable: dict | None = None, name: str | None = None,
               folder: Path = FIGURES):
    """Cumulative cases and suspects through a campaign year: the reported totals, the
    straight lines joining them (an assumed even pace, dashed), the stage pace held to the
    year-end (dotted), and, with ``alternative``, the other counting cut-off of the stage
    report. A year-end total that does not count as the stage report does is hollow."""
    year = int(pace["stage_period"].iloc[0][:4])
    data = pace_data(pace, alternative, comparable)
    name = name or f"context-pace-{year}"
    fig, ax = new_chart(
        f"How fast did the {year} totals grow?",
        "Cumulative national totals. Markers: the numbers as printed (for “more than”, the printed floor); bars: the range\n"
        "the rounding admits (one rounding step). Dashed: the printed totals joined at an even pace. Dotted: the stage pace, held.",
        xlabel=f"Months since the start of {year}",
        ylabel="Cumulative count (cases or suspects)", size=(9.5, 6.0))
    for metric, colour in METRIC_COLOURS.items():
        _draw_pace(ax, data[data.metric == metric].set_index("point"), metric, colour)
    top = float(data.high.max())
    stage_month = float(data.loc[data.point == "stage report", "months"].iloc[0])
    others = data.loc[data.point.str.startswith("stage report, cut-off"), "months"]
    if len(others):
        other = float(others.iloc[0])
        left, right = min(stage_month, other), max(stage_month, other)
        ax.axvspan(left, right, color=GREY, alpha=0.18, linewidth=0)
        ax.text(left - 0.1, top * 0.015, "shaded: the stage report's counting cut-off is not\n"
                f"stated: its date or the month before (months {left:g} to {right:g})",
                ha="right", va="bottom", fontsize=8.5, color="#444444")
    else:
        ax.axvline(stage_month, color=GREY, linewidth=1, linestyle=":")
    ax.set_xlim(0, float(data.x.max()) + 0.35)
    ax.set_ylim(0, top * 1.16)
    thousands(ax.yaxis)
    _pace_legend(ax, data, bool(len(others)))
    return publish(fig, name, data, source=source, folder=folder), data


# --- parts against headline, report by report ---------------------------------------------------

def parts_data(tables: dict[str, pd.DataFrame], labels, metric: str, reports) -> pd.DataFrame:
    """The plotted table of :func:`parts_chart`: for each reading (key of ``tables``, each a
    :func:`bulletin.analysis.campaign.parts_table`), each report in ``reports`` ((year, scope) pairs)
    and variant, the sum of the operations and the headline, with the verdict."""
    rows = []
    for reading, table in tables.items():
        t = table[(table.metric == metric)]
        for year, scope in reports:
            for _, r in t[(t.campaign_year == year) & (t.scope == scope)].iterrows():
                rows.append({"reading": reading, "report": report_name(year, scope),
                             "variant": r.variant,
                             "row": f"{report_name(year, scope)}, {variant_words(r.variant, labels)}",
                             "parts_low": r.parts_low, "parts_high": r.parts_high,
                             "total_low": r.total_low, "total_high": r.total_high,
                             "verdict": r.verdict})
    return pd.DataFrame(rows)


def parts_chart(tables: dict[str, pd.DataFrame], labels, metric: str, reports, source: str,
                title: str, name: str, folder: Path = FIGURES):
    """The sum of the operations' figures beside the headline, report by report and reading
    by reading (one panel each): ranges as bars on a linear axis, an arrow where a range has
    no upper end."""
    data = parts_data(tables, labels, metric, reports)
    readings = list(tables)
    rows = list(dict.fromkeys(data.row))
    finite = [v for v in list(data.parts_high) + list(data.total_high) if math.isfinite(v)]
    right = max(finite) * 1.08
    with plt.rc_context(STYLE):
        fig, axes = plt.subplots(1, len(readings), figsize=(11, 1.2 + 0.62 * len(rows) * 1.0 + 1.6),
                                 sharey=True, layout="constrained")
    axes = list(axes) if len(readings) > 1 else [axes]
    fig.suptitle(title, x=0.01, ha="left", fontsize=13, fontweight="bold")
    colours = {"sum": PALETTE[0], "headline": PALETTE[1]}
    verdict_marks = {"over": "parts exceed", "short": "parts fall short", "consistent": "consistent",
                     "exact": "add up exactly"}
    for ax, reading in zip(axes, readings):
        d = data[data.reading == reading].set_index("row")
        for i, row in enumerate(rows):
            if row not in d.index:
                continue
            r = d.loc[row]
            for offset, (lo, hi, key) in ((-0.17, (r.parts_low, r.parts_high, "sum")),
                                          (0.17, (r.total_low, r.total_high, "headline"))):
                end = hi if math.isfinite(hi) else right
                width = max(end - lo, right * 0.004)
                ax.barh(i + offset, width, left=lo, height=0.3, color=colours[key], alpha=0.85)
                if not math.isfinite(hi):
                    ax.plot(right, i + offset, ">", color=colours[key], markersize=7, clip_on=False)
            ax.text(right * 0.02, i, verdict_marks[r.verdict], fontsize=8.5, color="#333333",
                    va="center")
        ax.set_title(f"{reading} reading", loc="left", fontsize=11)
        ax.set_xlim(0, right)
        ax.set_xlabel(f"{metric.capitalize()} (count)")
        ax.xaxis.set_major_locator(mticker.MaxNLocator(4))
        thousands(ax.xaxis)
        ax.grid(axis="y", visible=False)
    axes[0].set_yticks(range(len(rows)), rows, fontsize=8.5)
    axes[0].set_ylim(len(rows) - 0.4, -0.7)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours["sum"], alpha=0.85),
               plt.Rectangle((0, 0), 1, 1, color=colours["headline"], alpha=0.85),
               plt.Line2D([], [], marker=">", linestyle="none", color="#444444")]
    labels_ = ["sum of the operations (range)", "headline (range)"]
    if not all(math.isfinite(v) for v in list(data.parts_high) + list(data.total_high)):
        labels_.append("no upper end")
    axes[-1].legend(handles[:len(labels_)], labels_, loc="upper right", fontsize=8.5)
    return publish(fig, name, data, source=source, folder=folder), data


# --- the year-end jumps -----------------------------------------------------------------------

def jumps_data(jumps: pd.DataFrame, comparable: dict | None = None) -> pd.DataFrame:
    """The plotted table of :func:`jumps_chart`: each year's speed-up after the stage report
    (after ÷ before, 2 decimals), with ``like_for_like`` from ``comparable`` ((year, metric)
    → a :func:`bulletin.analysis.counting.comparability` result)."""
    comparable = comparable or {}
    data = jumps[["campaign_year", "metric", "cut_off", "stage", "year_end", "speed_up_low",
                  "speed_up_high", "verdict"]].copy()
    data["speed_up_low"] = data["speed_up_low"].astype(float).round(2)
    data["speed_up_high"] = data["speed_up_high"].astype(float).round(2)
    data["like_for_like"] = [like_for_like(comparable.get((y, m), "yes"))
                             for y, m in zip(data.campaign_year, data.metric)]
    offsets = {("cases", "stated"): -0.18, ("cases", "month before"): -0.06,
               ("suspects", "stated"): 0.06, ("suspects", "month before"): 0.18}
    data["x"] = [y + offsets[(m, c)] for y, m, c in zip(data.campaign_year, data.metric, data.cut_off)]
    return data


def jumps_chart(jumps: pd.DataFrame, source: str, comparable: dict | None = None,
                name: str = "context-year-end-jumps", folder: Path = FIGURES):
    """The monthly pace after each year's stage report ÷ the pace before it, for cases and
    suspects: ranges as bars, hollow where the stage and year-end figures do not count alike."""
    data = jumps_data(jumps, comparable)
    years = sorted(set(data.campaign_year))
    reading = jumps["reading"].iloc[0]
    fig, ax = new_chart(
        "Does the pace jump after the stage report every year?",
        f"Monthly pace after the stage report ÷ monthly pace before it ({reading} reading). Bar: the range the rounded figures\n"
        "admit; dot: its middle. Small markers: the stage report counted to the end of the month before its date.",
        xlabel="Campaign year", ylabel="Pace after ÷ pace before (ratio)", size=(9.5, 5.6))
    for metric, colour in METRIC_COLOURS.items():
        d = data[data.metric == metric]
        for _, r in d.iterrows():
            alt = r.cut_off != "stated"
            ax.vlines(r.x, r.speed_up_low, r.speed_up_high, color=colour, linewidth=2.5 if alt else 5,
                      alpha=0.5)
            mid = (r.speed_up_low + r.speed_up_high) / 2
            style = dict(markersize=5 if alt else 8, linestyle="none")
            if r.like_for_like:
                ax.plot(r.x, mid, marker="o", color=colour, **style)
            else:
                ax.plot(r.x, mid, marker="o", markerfacecolor="white", markeredgecolor=colour,
                        markeredgewidth=1.8, **style)
    ax.axhline(1, color="#333333", linewidth=1, linestyle="--")
    ax.text(years[0] - 0.45, 1.03, "same pace", fontsize=8.5, color="#333333", va="bottom")
    ax.set_xticks(years)
    ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    ax.set_ylim(0, float(data.speed_up_high.max()) * 1.25)
    handles = [plt.Line2D([], [], color=c, marker="o", linewidth=4, alpha=0.8, label=m)
               for m, c in METRIC_COLOURS.items()]
    handles.append(plt.Line2D([], [], linestyle="none", marker="o", markerfacecolor="white",
                              markeredgecolor="#444444", markeredgewidth=1.8,
                              label="stage and year-end counted with different verbs"))
    ax.legend(handles=handles, loc="upper right", fontsize=8.5)
    return publish(fig, name, data, source=source, folder=folder), data
