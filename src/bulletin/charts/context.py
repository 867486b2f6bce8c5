"""Charts of the campaign in context: the headline across years, October against year-end, the pace.

Each ``*_chart`` function draws one chart in the house style (:func:`bulletin.charts.new_chart`),
publishes it with :func:`bulletin.charts.publish` (PNG + CSV of exactly the plotted values
in ``reports/figures/``, or ``folder``) and returns ``(chart, data)``. The ``*_data``
functions build the plotted tables from :mod:`bulletin.context` results.

Examples
--------
>>> from bulletin.context import load_campaign_figures, pace_table
>>> d = pace_data(pace_table(load_campaign_figures()))
>>> d[d.metric == "cases"][["point", "months", "low", "high"]].values.tolist()[:2]
[['start', 0.0, 0.0, 0.0], ['stage report', 9.45, 37000.0, 38000.0]]
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from ..context import months_between, period_bounds
from ..paths import FIGURES
from . import GREY, PALETTE, new_chart, publish, thousands

#: Source line of the charts built from the campaign figures.
CONTEXT_SOURCE = (
    "Sources: Ministry of Public Security figures as printed in the reports listed in "
    "data/reference/sources.csv (2018–2024; no national 2023 totals found). Chart: bulletin package."
)

METRIC_COLOURS = {"cases": PALETTE[0], "suspects": PALETTE[1]}
VERDICT_COLOURS = {
    "grew": PALETTE[2], "shrank": PALETTE[3], "may have shrunk": PALETTE[1],
    "cannot tell": GREY, "unchanged": GREY,
}

OPERATION_LABELS = {
    "headline": "Headline", "personal_information": "Personal information",
    "fraud_gambling_support": "Fraud and gambling support", "water_army": "Water army",
    "protecting_seedlings": "Protecting Seedlings", "exam_cheating": "Exam cheating",
    "hackers": "Hackers", "four_disruptions": "Four Disruptions",
    "four_governance": "Four governance",
}
METRIC_LABELS = {
    "cases": "cases", "suspects": "suspects", "companies_punished": "companies punished",
    "insiders": "insiders", "websites_shut": "websites shut", "cheating_devices": "devices",
    "sim_cards": "black SIM cards", "online_accounts": "accounts", "devices": "devices",
    "payment_platforms": "payment platforms", "money_laundering_gangs": "laundering gangs",
    "app_promotion_gangs": "promotion gangs", "app_signing_gangs": "app-signing gangs",
}


def _two_line_subtitle(ax) -> None:
    """Make room above the axes for a subtitle of two lines."""
    ax.set_title(ax.get_title(loc="left"), loc="left", pad=36, fontsize=13, fontweight="bold")


def row_label(operation: str, metric: str) -> str:
    """A chart label for an operation and metric.

    >>> row_label("four_disruptions", "sim_cards")
    'Four Disruptions: black SIM cards'
    """
    return f"{OPERATION_LABELS.get(operation, operation)}: {METRIC_LABELS.get(metric, metric)}"


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


STAGE_OFFSET = 0.28


def headline_data(series: pd.DataFrame) -> pd.DataFrame:
    """The plotted table of :func:`headline_chart`: the series with its x positions.

    Full-year figures sit at their campaign year; stage figures a little to the left.
    """
    data = series[["metric", "campaign_year", "scope", "period_start", "period_end", "phrase",
                   "value", "low", "high"]].copy()
    data["x"] = data["campaign_year"] - (data["scope"] == "stage") * STAGE_OFFSET
    return data


def headline_chart(series: pd.DataFrame, name: str = "context-headline-2018-2024",
                   folder: Path = FIGURES):
    """Headline cases and suspects by campaign year: full-year totals, stage reports apart, gaps."""
    data = headline_data(series)
    fig, ax = new_chart(
        "Cases and suspects of the “Cleaning the Internet” campaign, 2018–2024",
        "National totals as printed. Bars: the range each figure admits (“more than” read as\n"
        "one rounding step). Diamonds: stage reports, counting part of the year. Gaps: no figure found.",
        xlabel="Campaign year", ylabel="Count (cases or suspects)", size=(9.5, 5.6))
    _two_line_subtitle(ax)
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
                ax.annotate(f"stage report\nto {period_label(row.period_end)}", (row.x, row.low),
                            xytext=(4, -26), textcoords="offset points", ha="left", fontsize=8,
                            color="#444444")
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
        ax.annotate(f"{months_between(start, stop):.0f} months\n({period_label(first.period_start)}–"
                    f"{period_label(first.period_end)})", (first.x, first.value), xytext=(10, -32),
                    textcoords="offset points", ha="left", fontsize=8, color="#444444")
    ax.set_ylim(0, top * 1.1)
    ax.set_xticks(sorted(set(data.campaign_year)))
    thousands(ax.yaxis)
    ax.legend(loc="upper left", ncol=2, fontsize=8.5)
    return publish(fig, name, data, source=CONTEXT_SOURCE, folder=folder), data


# --- October against the year-end --------------------------------------------------------------

def ratio_data(table: pd.DataFrame) -> pd.DataFrame:
    """The plotted table of :func:`ratio_chart`: year-end ÷ October per row, sorted by the ratio.

    ``ratio`` is the ratio of the printed numbers; ``ratio_low``/``ratio_high`` its range.
    """
    data = table[["operation", "metric", "stage", "year_end", "ratio_low", "ratio_high",
                  "verdict"]].copy()
    stage_value = table["stage_low"].astype(float)
    year_value = table["year_end_low"].astype(float)
    data["ratio"] = (year_value / stage_value).round(4)
    data["ratio_low"] = data["ratio_low"].astype(float).round(4)
    data["ratio_high"] = data["ratio_high"].astype(float).round(4)
    data["label"] = [row_label(o, m) for o, m in zip(data.operation, data.metric)]
    return data.sort_values(["ratio", "label"], ignore_index=True)


def ratio_chart(table: pd.DataFrame, name: str = "context-october-vs-year-end",
                folder: Path = FIGURES):
    """Year-end 2021 figure ÷ October 2021 figure, with its range, coloured by the verdict."""
    data = ratio_data(table)
    fig, ax = new_chart(
        "Year-end 2021 against the October stage report",
        "Year-end ÷ October, same operation and metric. Bar: the range the\n"
        "rounded figures admit. Below 1: the year-end figure is the smaller.",
        xlabel="Year-end ÷ October (ratio, log scale)", size=(9.5, 7.2))
    _two_line_subtitle(ax)
    y = range(len(data))
    for i, row in data.iterrows():
        colour = VERDICT_COLOURS[row.verdict]
        ax.hlines(i, row.ratio_low, row.ratio_high, color=colour, linewidth=5, alpha=0.55)
        ax.plot(row.ratio, i, marker="o", color=colour, markersize=6)
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
    ax.legend(handles=handles, loc="upper left", fontsize=8.5, title="verdict",
              title_fontsize=8.5)
    return publish(fig, name, data, source=CONTEXT_SOURCE, folder=folder), data


# --- the pace ------------------------------------------------------------------------------------

def pace_data(pace: pd.DataFrame) -> pd.DataFrame:
    """The plotted table of :func:`pace_chart`: cumulative ranges at the start, the stage report,
    the year-end, and the year-end at the stage pace."""
    rows = []
    for _, r in pace.iterrows():
        rows += [
            {"metric": r.metric, "point": "start", "months": 0.0, "low": 0.0, "high": 0.0},
            {"metric": r.metric, "point": "stage report", "months": round(r.months_before, 2),
             "low": float(r.before_low * r.months_before), "high": float(r.before_high * r.months_before)},
            {"metric": r.metric, "point": "year-end", "months": round(r.months_total, 2),
             "low": float(r.year_end_low), "high": float(r.year_end_high)},
            {"metric": r.metric, "point": "year-end at the stage pace",
             "months": round(r.months_total, 2), "low": round(float(r.projected_low), 1),
             "high": round(float(r.projected_high), 1)},
        ]
    data = pd.DataFrame(rows)
    data["low"] = data["low"].round(1)
    data["high"] = data["high"].round(1)
    return data


def pace_chart(pace: pd.DataFrame, year: int = 2021, name: str = "context-pace-2021",
               folder: Path = FIGURES):
    """Cumulative cases and suspects through the year: stage report, year-end, and the stage pace."""
    data = pace_data(pace)
    fig, ax = new_chart(
        f"How fast did the {year} totals grow?",
        "Cumulative national totals. Shaded: the range the rounded figures admit.\n"
        "Dashed: the monthly pace up to the stage report, held to the year-end.",
        xlabel=f"Months since the start of {year}",
        ylabel="Cumulative count (cases or suspects)", size=(9.5, 5.6))
    _two_line_subtitle(ax)
    for metric, colour in METRIC_COLOURS.items():
        d = data[data.metric == metric].set_index("point")
        actual = d.loc[["start", "stage report", "year-end"]]
        ax.fill_between(actual.months, actual.low, actual.high, color=colour, alpha=0.3,
                        linewidth=0)
        ax.plot(actual.months, (actual.low + actual.high) / 2, color=colour, linewidth=1.8,
                label=f"{metric.capitalize()}: as reported")
        s, p = d.loc["stage report"], d.loc["year-end at the stage pace"]
        ax.fill_between([s.months, p.months], [s.low, p.low], [s.high, p.high], color=colour,
                        alpha=0.12, linewidth=0)
        ax.plot([s.months, p.months], [(s.low + s.high) / 2, (p.low + p.high) / 2], color=colour,
                linestyle="--", linewidth=1.4, label=f"{metric.capitalize()}: stage pace held")
        ax.plot(s.months, (s.low + s.high) / 2, marker="D", markerfacecolor="white",
                markeredgecolor=colour, markeredgewidth=1.8, markersize=7, linestyle="none")
        y = d.loc["year-end"]
        ax.plot(y.months, (y.low + y.high) / 2, marker="o", color=colour, markersize=7,
                linestyle="none")
    stage_month = float(data.loc[data.point == "stage report", "months"].iloc[0])
    ax.axvline(stage_month, color=GREY, linewidth=1, linestyle=":")
    ax.text(stage_month, float(data.high.max()) * 1.02, "stage report ", ha="right", fontsize=8.5,
            color="#444444")
    ax.set_xlim(0, float(data.months.max()) + 0.3)
    ax.set_ylim(0, float(data.high.max()) * 1.1)
    thousands(ax.yaxis)
    ax.legend(loc="upper left", fontsize=8.5)
    return publish(fig, name, data, source=CONTEXT_SOURCE, folder=folder), data

