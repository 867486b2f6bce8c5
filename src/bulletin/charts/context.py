"""Charts of the campaign in context: the headline across years, October against year-end, the pace.

Each ``*_chart`` function draws one chart in the house style (:func:`bulletin.charts.new_chart`),
publishes it with :func:`bulletin.charts.publish` (PNG + CSV of exactly the plotted values
in ``reports/figures/``, or ``folder``) and returns ``(chart, data)``. The ``*_data``
functions build the plotted tables from :mod:`bulletin.context` results.

Examples
--------
>>> from bulletin.context import load_campaign_figures, pace_table
>>> d = pace_data(pace_table(load_campaign_figures()))
>>> d[d.metric == "cases"][["point", "months", "value", "low", "high"]].values.tolist()[:2]
[['start', 0.0, 0, 0, 0], ['stage report', 9.45, 37000, 37000, 38000]]
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from ..context import months_between, period_bounds
from ..paths import FIGURES
from ..reference import metric_label, operation_label
from . import GREY, PALETTE, new_chart, publish, thousands

#: Source line of the charts built from the campaign figures.
CONTEXT_SOURCE = (
    "Sources: Ministry of Public Security figures as printed in the reports listed in "
    "data/reference/sources.csv (2018–2024; no national 2023 totals found). Chart: bulletin package."
)

METRIC_COLOURS = {"cases": PALETTE[0], "suspects": PALETTE[1]}
VERDICT_COLOURS = {
    "grew": PALETTE[2], "shrank": PALETTE[3], "may have shrunk": PALETTE[1],
    "cannot tell": GREY, "unchanged": "#000000",
}


def row_label(operation: str, metric: str) -> str:
    """A chart label for an operation and metric.

    >>> row_label("four_disruptions", "sim_cards")
    'Four Disruptions: black SIM cards'
    """
    return f"{operation_label(operation)}: {metric_label(metric, short=True)}"


# --- the headline across years ------------------------------------------------------------

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


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


#: How far right of its own year a stage report is drawn (inside the year's slot).
STAGE_OFFSET = 0.28


def headline_data(series: pd.DataFrame) -> pd.DataFrame:
    """The plotted table of :func:`headline_chart`: the series with its x positions.

    Full-year figures sit at their campaign year; stage figures a little to the right of
    their own year (:data:`STAGE_OFFSET`), so that none reads as the year before's.

    >>> from bulletin.context import headline_series, load_campaign_figures
    >>> d = headline_data(headline_series(load_campaign_figures()))
    >>> d[d.scope == "stage"].x.round(2).unique().tolist()
    [2018.28, 2021.28]
    """
    data = series[["metric", "campaign_year", "scope", "period_start", "period_end", "phrase",
                   "value", "low", "high"]].copy()
    data["x"] = data["campaign_year"] + (data["scope"] == "stage") * STAGE_OFFSET
    return data


def headline_chart(series: pd.DataFrame, name: str = "context-headline-2018-2024",
                   folder: Path = FIGURES):
    """Headline cases and suspects by campaign year: full-year totals, stage reports apart, gaps."""
    data = headline_data(series)
    fig, ax = new_chart(
        "Cases and suspects of the “Cleaning the Internet” campaign, 2018–2024",
        "National totals. Markers: the numbers as printed (for “more than”, the printed floor); bars: the range the rounding\n"
        "admits (one rounding step). Diamonds, right of their own year: stage reports, counting part of it. Gaps: no figure found.",
        xlabel="Campaign year", ylabel="Count (cases or suspects)", size=(9.5, 5.6))
    for metric, colour in METRIC_COLOURS.items():
        full = data[(data.metric == metric) & (data.scope == "full_year")]
        ax.plot(full.x, full.value, color=colour, linewidth=1.8, marker="o", markersize=7,
                label=f"{metric.capitalize()}, full-year total")
        ax.vlines(full.x, full.low, full.high, color=colour, linewidth=3, alpha=0.45)
        stage = data[(data.metric == metric) & (data.scope == "stage")]
        ax.vlines(stage.x, stage.low, stage.high, color=colour, linewidth=3, alpha=0.45)
        ax.plot(stage.x, stage.value, linestyle="none", marker="D", markersize=7,
                markerfacecolor="white", markeredgecolor=colour, markeredgewidth=1.8,
                label=f"{metric.capitalize()}, stage report (to date)")
        for _, row in stage.iterrows():
            if metric == "cases":
                ax.annotate(f"stage report,\n{period_span(row.period_start, row.period_end)}",
                            (row.x, row.low), xytext=(5, -26), textcoords="offset points",
                            ha="left", fontsize=8, color="#444444")
    top = float(data["high"].max())
    for year in sorted(set(data.campaign_year)):
        rows = data[(data.campaign_year == year) & (data.scope == "full_year")]
        missing = [m for m in METRIC_COLOURS if rows[rows.metric == m].value.isna().all()]
        if len(missing) == len(METRIC_COLOURS):
            ax.text(year, top * 0.08, "no national\ntotals found", ha="center", fontsize=8.5,
                    color="#444444")
        elif missing:
            ax.text(year, top * 0.08, f"no {missing[0].rstrip('s')}\ntotal found", ha="center", fontsize=8.5,
                    color="#444444")
    last = data[(data.metric == "cases") & (data.scope == "full_year")].dropna(subset=["value"])
    latest = last.iloc[-1]
    ax.annotate("counts offences and crimes,\nnot crimes only", (latest.x, latest.low),
                xytext=(-6, -30), textcoords="offset points", ha="right", fontsize=8,
                color="#444444")
    first = last.iloc[0]
    start, stop = period_bounds(first.period_start, first.period_end)
    if months_between(start, stop) < 12:
        ax.annotate(f"{months_between(start, stop):.0f} months\n"
                    f"({period_span(first.period_start, first.period_end)})", (first.x, first.value), xytext=(10, -32),
                    textcoords="offset points", ha="left", fontsize=8, color="#444444")
    ax.set_ylim(0, top * 1.1)
    ax.set_xticks(sorted(set(data.campaign_year)))
    thousands(ax.yaxis)
    ax.legend(loc="upper left", ncol=2, fontsize=8.5)
    return publish(fig, name, data, source=CONTEXT_SOURCE, folder=folder), data


# --- October against the year-end --------------------------------------------------------------

def ratio_data(table: pd.DataFrame) -> pd.DataFrame:
    """The plotted table of :func:`ratio_chart`: year-end ÷ October per row, sorted by the ratio.

    ``ratio`` is the ratio of the printed numbers; ``ratio_low``/``ratio_high`` its range
    (2 decimals); ``comparable`` what the table's notes say of the match of the categories.
    """
    data = table[["operation", "metric", "stage", "year_end", "ratio_low", "ratio_high",
                  "verdict", "comparable"]].copy()
    stage_value = table["stage_low"].astype(float)
    year_value = table["year_end_low"].astype(float)
    data["ratio"] = (year_value / stage_value).round(2)
    data["ratio_low"] = data["ratio_low"].astype(float).round(2)
    data["ratio_high"] = data["ratio_high"].astype(float).round(2)
    data["label"] = [row_label(o, m) for o, m in zip(data.operation, data.metric)]
    return data.sort_values(["ratio", "label"], ignore_index=True)


def ratio_chart(table: pd.DataFrame, name: str = "context-october-vs-year-end",
                folder: Path = FIGURES):
    """Year-end 2021 figure ÷ October 2021 figure, with its range, coloured by the verdict."""
    data = ratio_data(table)
    fig, ax = new_chart(
        "Year-end 2021 against the October stage report",
        "Year-end ÷ October, same operation and metric. Bar: the range the rounded figures admit.\n"
        "Below 1: the year-end figure is the smaller. Hollow: not like for like (notes or counting verbs).",
        xlabel="Year-end ÷ October (ratio, log scale)", size=(9.5, 7.2))
    y = range(len(data))
    for i, row in data.iterrows():
        colour = VERDICT_COLOURS[row.verdict]
        ax.hlines(i, row.ratio_low, row.ratio_high, color=colour, linewidth=5, alpha=0.55)
        if row.comparable == "yes":
            ax.plot(row.ratio, i, marker="o", color=colour, markersize=6.5)
        else:
            ax.plot(row.ratio, i, marker="o", markerfacecolor="white", markeredgecolor=colour,
                    markeredgewidth=1.8, markersize=7.5)
    ax.axvline(1, color="#333333", linewidth=1, linestyle="--")
    ax.text(1, len(data) - 0.4, " no change", fontsize=8.5, color="#333333", va="bottom")
    ax.set_xscale("log")
    ax.set_xticks([0.5, 1, 2, 3, 4])
    ax.set_xticklabels(["0.5", "1", "2", "3", "4"])
    ax.minorticks_off()
    ax.set_yticks(list(y))
    ax.set_yticklabels(data.label, fontsize=8.5)
    ax.set_ylim(-0.7, len(data) - 0.1)
    handles = [plt.Line2D([], [], color=c, marker="o", linewidth=4, alpha=0.8, label=v)
               for v, c in VERDICT_COLOURS.items() if v in set(data.verdict)]
    if (data.comparable != "yes").any():
        handles.append(plt.Line2D([], [], color="#444444", marker="o", markerfacecolor="white",
                                  markeredgewidth=1.8, linestyle="none",
                                  label="not like for like: category or counting\nverb differs, category may differ,\nor operation inferred"))
    ax.legend(handles=handles, loc="upper left", fontsize=8.5, title="verdict (step reading)",
              title_fontsize=8.5)
    return publish(fig, name, data, source=CONTEXT_SOURCE, folder=folder), data


# --- the pace ------------------------------------------------------------------------------------

#: How far right of the year-end the projection's range is drawn, beside the stated range.
PROJECTION_OFFSET = 0.15


def pace_data(pace: pd.DataFrame, alternative: pd.DataFrame | None = None) -> pd.DataFrame:
    """The plotted table of :func:`pace_chart`: cumulative figures at the start, the stage report,
    the year-end, and the year-end at the stage pace; with ``alternative`` (a
    :func:`bulletin.context.pace_table` with another stage cut-off), the stage report again at
    that cut-off.

    ``value`` is the point drawn: the number as printed (for 8万余, its floor), or for the
    projection the printed stage number at the stage pace; ``low``/``high`` the range the
    rounding admits. All three are rounded to whole numbers. ``x`` is where a point is drawn
    (the projection sits just right of the year-end, so that the two ranges do not hide
    each other).
    """
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
    return data


def pace_chart(pace: pd.DataFrame, year: int = 2021, name: str = "context-pace-2021",
               folder: Path = FIGURES, alternative: pd.DataFrame | None = None):
    """Cumulative cases and suspects through the year: the reported totals, the straight lines
    joining them (an assumed even pace, drawn dashed), the stage pace held to the year-end
    (dotted), and, with ``alternative``, the other counting cut-off of the stage report."""
    data = pace_data(pace, alternative)
    fig, ax = new_chart(
        f"How fast did the {year} totals grow?",
        "Cumulative national totals. Markers: the numbers as printed (for “more than”, the printed floor); bars: the range\n"
        "the rounding admits (one rounding step). Dashed: the printed totals joined at an even pace. Dotted: the stage pace, held.",
        xlabel=f"Months since the start of {year}",
        ylabel="Cumulative count (cases or suspects)", size=(9.5, 5.8))
    for metric, colour in METRIC_COLOURS.items():
        d = data[data.metric == metric].set_index("point")
        joined = d.loc[["start", "stage report", "year-end"]]
        ax.plot(joined.x, joined.value, color=colour, linewidth=1.3,
                linestyle=(0, (5, 3)), alpha=0.9,
                label=f"{metric.capitalize()}: reported, joined assuming an even pace")
        s, y, p = d.loc["stage report"], d.loc["year-end"], d.loc["year-end at the stage pace"]
        for point in (s, y):
            ax.vlines(point.x, point.low, point.high, color=colour, linewidth=4, alpha=0.5)
        ax.plot(s.x, s.value, marker="D", markerfacecolor="white",
                markeredgecolor=colour, markeredgewidth=1.8, markersize=7, linestyle="none")
        ax.plot(y.x, y.value, marker="o", color=colour, markersize=7,
                linestyle="none")
        ax.plot([s.x, p.x], [s.value, p.value], color=colour,
                linestyle=":", linewidth=1.6,
                label=f"{metric.capitalize()}: stage pace held to the year-end")
        ax.vlines(p.x, p.low, p.high, color=colour, linewidth=2, alpha=0.35)
        ax.plot(p.x, p.value, marker="o", markerfacecolor="white",
                markeredgecolor=colour, markeredgewidth=1.4, markersize=6, linestyle="none")
        for point, row in d.iterrows():
            if point.startswith("stage report, cut-off"):
                ax.plot(row.x, row.value, marker="D", markerfacecolor="none",
                        markeredgecolor=colour, markeredgewidth=1, markersize=6,
                        linestyle="none", alpha=0.8)
    top = float(data.high.max())
    stage_month = float(data.loc[data.point == "stage report", "months"].iloc[0])
    others = data.loc[data.point.str.startswith("stage report, cut-off"), "months"]
    if len(others):
        other = float(others.iloc[0])
        left, right = min(stage_month, other), max(stage_month, other)
        ax.axvspan(left, right, color=GREY, alpha=0.18, linewidth=0)
        ax.text(left - 0.1, top * 0.015, "shaded: the stage report's counting cut-off is not\n"
                f"stated: end of September or the report's date (months {left:g} to {right:g})",
                ha="right", va="bottom", fontsize=8.5, color="#444444")
    else:
        ax.axvline(stage_month, color=GREY, linewidth=1, linestyle=":")
        ax.text(stage_month, top * 1.03, "stage report ", ha="right", fontsize=8.5, color="#444444")
    ax.set_xlim(0, float(data.x.max()) + 0.35)
    ax.set_ylim(0, top * 1.14)
    thousands(ax.yaxis)
    handles, _ = ax.get_legend_handles_labels()
    marker = {"linestyle": "none", "markeredgecolor": "#444444", "markeredgewidth": 1.6}
    handles += [
        plt.Line2D([], [], marker="D", markerfacecolor="white", markersize=7,
                   label="stage report (to the report's date)", **marker),
        plt.Line2D([], [], marker="o", color="#444444", markersize=7, linestyle="none",
                   label="year-end total as reported"),
        plt.Line2D([], [], marker="o", markerfacecolor="white", markersize=6,
                   label="year-end at the stage pace", **marker),
    ]
    if len(others):
        handles.append(plt.Line2D([], [], marker="D", markerfacecolor="none", markersize=6,
                                  linestyle="none", markeredgecolor="#444444",
                                  label="stage report, if counted to the end of September"))
    ax.legend(handles=handles, loc="upper left", fontsize=8, ncol=2)
    return publish(fig, name, data, source=CONTEXT_SOURCE, folder=folder), data
