"""Charts of the bulletin's operations: cases and suspects, ratios, parts against the total,
and the black-and-grey-industry seizures.

Each function draws one chart in the house style (:func:`bulletin.present.charts.new_chart`),
publishes it with :func:`bulletin.present.charts.publish` (PNG + CSV of exactly the plotted
values in ``reports/figures/``, or ``folder``) and returns ``(chart, data)``. They take a claims table
from :func:`bulletin.analysis.checks.load_claims`, the operations to draw (a pack's group, say),
a :class:`~bulletin.packs.labels.Labels` for the words, and the source line (a pack's
``source_line``): no operation, title year or source is written here.

Examples
--------
>>> from bulletin.analysis.checks import load_claims
>>> from bulletin.packs.labels import Labels
>>> from bulletin.packs.pack import project_pack
>>> pack = project_pack("jingwang2021-stage")
>>> table = plotted_counts(load_claims(pack.processed("claims.csv")), ["hackers"],
...                        ["cases", "suspects"], Labels(pack.operations))
>>> table[["operation", "label", "metric", "value"]].values.tolist()
[['hackers', 'Hackers', 'cases', 900], ['hackers', 'Hackers', 'suspects', 2100]]
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import pandas as pd

from bulletin.analysis import checks
from bulletin.paths import FIGURES
from bulletin.packs.labels import Labels
from bulletin.present.words import fmt_number, round_half_up
from bulletin.present.charts import GREY
from bulletin.present.charts import PALETTE
from bulletin.present.charts import STYLE
from bulletin.present.charts import new_chart
from bulletin.present.charts import publish
from bulletin.present.charts import title_block

#: The colour of the whisker that marks the range of a sum.
RANGE_COLOUR = "#000000"

#: Below this share of its bar's printed sum, a part is drawn in the grouped "other" segment.
MINOR_SHARE = 0.01

def value_label(value, qualifier: str) -> str:
    """A bar label: the printed value, ``+`` for "more than".

    >>> value_label(3900, "more_than"), value_label(16600, "exact")
    ('3,900+', '16,600')
    """
    return fmt_number(value) + ("+" if qualifier in ("more_than", "at_least") else "")


def plotted_counts(claims: pd.DataFrame, operations, metrics, labels: Labels) -> pd.DataFrame:
    """The claims of ``metrics`` for ``operations``, in that order, with their ranges."""
    rows = []
    for op in operations:
        for metric in metrics:
            if not checks.has_claim(claims, op, metric):
                continue
            row = checks.claim(claims, op, metric)
            rows.append({"operation": op, "label": labels.operation(op), "metric": metric,
                         "value": row["value"], "qualifier": row["qualifier"],
                         "low": row["low"], "high": row["high"], "reading": row["reading"]})
    return pd.DataFrame(rows)


def short_count(value: float) -> str:
    """A tick label for a log axis: 1,000, 10k, 1M.

    >>> [short_count(v) for v in (10, 1000, 10000, 3000000)]
    ['10', '1,000', '10k', '3M']
    """
    if value >= 1_000_000:
        return f"{value / 1_000_000:,.0f}M"
    if value >= 10_000:
        return f"{value / 1_000:,.0f}k"
    return f"{value:,.0f}"


def _log_axis(axis) -> None:
    axis.set_major_formatter(mticker.FuncFormatter(lambda v, _: short_count(v)))
    axis.set_minor_formatter(mticker.NullFormatter())


def cases_and_suspects(claims: pd.DataFrame, operations, labels: Labels, source: str,
                       name: str = "crackdowns-cases-and-suspects", folder: Path = FIGURES,
                       title: str = "Cases and suspects, by operation"):
    """Dots on a log scale: each operation's cases and suspects, labelled with values.

    Dots, not bars: on a logarithmic axis a bar's length means nothing, a dot's position
    does. A thin line joins an operation's two dots so the gap between them reads as a ratio.
    """
    data = plotted_counts(claims, operations, ["cases", "suspects"], labels)
    fig, ax = new_chart(
        title,
        "Printed figures; “+” marks “more than”. Logarithmic scale: each grid step is ×10.",
        xlabel="Count (logarithmic scale)", size=(9, 5.2))
    ops = list(operations)
    styles = (("cases", PALETTE[0], "o"), ("suspects", PALETTE[1], "D"))
    for y, op in enumerate(ops):
        values = data.loc[data["operation"] == op, "value"]
        if len(values) == 2:
            ax.plot([values.min(), values.max()], [y, y], color=GREY, linewidth=1, zorder=1)
    for metric, colour, marker in styles:
        part = data[data["metric"] == metric].set_index("operation").reindex(ops)
        ys = list(range(len(ops)))
        ax.scatter(part["value"], ys, s=60, color=colour, marker=marker, zorder=2,
                   label=labels.metric(metric))
        above = metric == "suspects"
        for y, value, qualifier in zip(ys, part["value"], part["qualifier"]):
            if pd.notna(value):
                ax.annotate(value_label(value, qualifier), (value, y),
                            xytext=(0, 9 if above else -9), textcoords="offset points",
                            ha="center", va="bottom" if above else "top", fontsize=8.5)
    ax.set_xscale("log")
    ax.set_xlim(10, data["value"].max() * 8)
    _log_axis(ax.xaxis)
    ax.set_yticks(range(len(ops)), [labels.operation(op) for op in ops])
    ax.set_ylim(len(ops) - 0.4, -0.6)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right")
    return publish(fig, name, data, source=source, folder=folder), data


def suspects_per_case(claims: pd.DataFrame, operations, labels: Labels, source: str,
                      name: str = "crackdowns-suspects-per-case", folder: Path = FIGURES,
                      title: str = "Suspects per case, by operation"):
    """Dot at the ratio of printed figures; bar over the range the ratio can take.

    The ratios are rounded half up to 2 decimals, in the chart and in its CSV alike, as
    :func:`bulletin.present.words.ratio_text` prints them in tables (450 / 80 is 5.63).
    """
    table = checks.ratio_table(claims, "suspects", "cases", operations)
    for column in ("stated", "low", "high"):  # rounded as the tables print them
        table[column] = [round_half_up(v) for v in table[column]]
    table = table.sort_values("stated", ascending=True, kind="stable").reset_index(drop=True)
    table.insert(1, "label", [labels.operation(op) for op in table["operation"]])
    reading = table["reading"].iloc[0]
    fig, ax = new_chart(
        title,
        f"Dot: ratio of the printed figures. Bar: every ratio the figures allow ({reading} reading).",
        xlabel="Suspects (as each passage counts them) per case detected (ratio)", size=(9, 4.6))
    ys = list(range(len(table)))
    finite = [v for v in list(table["high"]) + list(table["stated"]) if math.isfinite(v)]
    right = max(finite) * 1.3
    drawn_high = [h if math.isfinite(h) else right for h in table["high"]]
    ax.hlines(ys, table["low"], drawn_high, color=PALETTE[5], linewidth=7,
              label="range the figures allow")
    open_ys = [y for y, h in zip(ys, table["high"]) if not math.isfinite(h)]
    if open_ys:
        ax.plot([right] * len(open_ys), open_ys, ">", color=PALETTE[5], markersize=9,
                clip_on=False, label="no upper bound")
    ax.plot(table["stated"], ys, "o", color=PALETTE[0], markersize=7, label="printed figures")
    for y, row in zip(ys, table.itertuples()):
        if row.low == row.high:
            ax.text(row.high + 0.12, y, f"{row.stated:.2f}", va="center", fontsize=8.5)
        elif math.isfinite(row.high):
            ax.text(row.high + 0.12, y, f"{row.low:.2f} to {row.high:.2f}", va="center",
                    fontsize=8.5)
        else:
            ax.text(row.stated, y + 0.32, f"{row.low:.2f} or more, no upper bound",
                    va="center", ha="center", fontsize=8)
    ax.set_yticks(ys, list(table["label"]))
    ax.set_xlim(0, right)
    ax.set_ylim(-0.6, len(ys) - 0.4 + (0.35 if open_ys else 0))
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right")
    return publish(fig, name, table, source=source, folder=folder), table


def parts_data(claims: pd.DataFrame, parts, metrics=("cases", "suspects"),
               minor: float = MINOR_SHARE) -> pd.DataFrame:
    """The plotted table of :func:`parts_against_total`: per metric, each part's row, the sum
    (``(sum)``) and the headline, with ``segment`` (``own``, ``other operations`` for a part
    under ``minor`` of its bar's printed sum, or empty) and the claims' ``reading``.

    >>> claims = pd.DataFrame({"operation": ["headline", "a", "b"], "metric": ["cases"] * 3,
    ...                        "value": [1000, 997, 2], "low": [1000, 997, 2], "high": [1100, 997, 2],
    ...                        "reading": ["step"] * 3})
    >>> parts_data(claims, ["a", "b"], ["cases"])[["operation", "value", "segment"]].values.tolist()
    [['a', 997, 'own'], ['b', 2, 'other operations'], ['(sum)', 999, ''], ['headline', 1000, '']]
    """
    rows = []
    for metric in metrics:
        kept = [p for p in parts if checks.has_claim(claims, p, metric)]
        start = len(rows)
        for op in kept:
            row = checks.claim(claims, op, metric)
            rows.append({"metric": metric, "bar": "sum of operations", "operation": op,
                         "value": row["value"], "low": row["low"], "high": row["high"]})
        printed = sum(r["value"] for r in rows[start:])
        for r in rows[start:]:
            r["segment"] = "other operations" if r["value"] < minor * printed else "own"
        both = checks.parts_vs_total(claims, metric, kept)
        rows.append({"metric": metric, "bar": "sum of operations", "operation": "(sum)",
                     "value": printed, "low": both["parts"].low, "high": both["parts"].high,
                     "segment": ""})
        head = checks.claim(claims, checks.HEADLINE, metric)
        rows.append({"metric": metric, "bar": "headline", "operation": checks.HEADLINE,
                     "value": head["value"], "low": head["low"], "high": head["high"],
                     "segment": ""})
    data = pd.DataFrame(rows)
    data["reading"] = checks._reading_of(claims)
    return data


def _part_colours(labels: Labels, parts) -> dict:
    """A colour per part, following the operations' order in the pack's table (so an
    operation keeps its colour in every parts chart); None beyond the palette. Black marks
    the range of the sum, so the parts take the palette's other colours."""
    part_colours = [c for c in PALETTE if c != RANGE_COLOUR]
    ranks = {op: labels.position(op) - (labels.position(checks.HEADLINE)
                                        < labels.position(op)) for op in parts}
    return {op: part_colours[rank] if rank < len(part_colours) else None
            for op, rank in ranks.items()}


def _draw_parts(ax, part: pd.DataFrame, metric: str, labels: Labels, colours: dict,
                other_label: str, hatched=()) -> str | None:
    """One metric's two bars (the parts stacked, the headline) on ``ax``; returns the note
    naming the grouped small parts, if any. The grouped parts (and a part beyond the
    colours) are drawn white with hatching; a part in ``hatched`` (an inferred assignment)
    is hatched in its own colour, not solid."""
    pieces = part[~part["operation"].isin(["(sum)", checks.HEADLINE])]
    own = pieces[pieces["segment"] == "own"]
    grouped = pieces[pieces["segment"] == "other operations"]
    segments = [(labels.operation(r.operation), r.value, colours[r.operation], r.operation in hatched)
                for r in own.itertuples()]
    note = None
    if len(grouped):
        segments.append((other_label, grouped["value"].sum(), None, False))
        note = (f"{labels.metric(metric).lower()}: "
                + ", ".join(labels.operation(op) for op in grouped["operation"])
                + f" ({fmt_number(grouped['value'].sum())} together)")
    bottom = 0
    for name_, value, colour, hatch in segments:
        if hatch and colour:
            ax.bar(0, value, bottom=bottom, width=0.6, label=name_, color="white",
                   edgecolor=colour, hatch="////", linewidth=1.0)
        else:
            ax.bar(0, value, bottom=bottom, width=0.6, label=name_,
                   color=colour or "white", edgecolor="white" if colour else "#333333",
                   hatch=None if colour else "////", linewidth=0.5)
        bottom += value
    summed = part[part["operation"] == "(sum)"].iloc[0]
    head = part[part["operation"] == checks.HEADLINE].iloc[0]
    ax.bar(1, head["value"], color=GREY, width=0.6, label="Headline total")
    ax.axhspan(head["low"], head["high"], color=PALETTE[1], alpha=0.25, zorder=0,
               label="Headline range")
    ax.errorbar([0], [summed["value"]], yerr=[[0], [summed["high"] - summed["value"]]],
                color=RANGE_COLOUR, capsize=8, linewidth=1.5,
                label="Range of the sum (black whisker)")
    top = max(summed["high"], head["high"]) * 1.01
    for x, r in ((0, summed), (1, head)):
        ax.text(x, top, f"{fmt_number(r['low'])} to\n{fmt_number(r['high'])}", ha="center",
                va="bottom", fontsize=8.5)
    ax.set_xticks([0, 1], ["Operations\nadded up", "Headline\ntotal"])
    ax.set_title(labels.metric(metric), loc="left", fontsize=11)
    ax.set_ylabel(f"{labels.metric(metric)} (count)")
    ax.set_ylim(0, max(summed["high"], head["high"]) * 1.17)
    ax.set_xlim(-0.6, 1.6)
    ax.grid(axis="x", visible=False)
    ax.yaxis.set_major_formatter(mticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    return note


def parts_against_total(claims: pd.DataFrame, parts, labels: Labels, source: str,
                        metrics=("cases", "suspects"), name: str = "parts-vs-headline",
                        folder: Path = FIGURES, minor: float = MINOR_SHARE,
                        title: str = "Do the operations add up to the headline totals?",
                        hatched=()):
    """For each metric, a stacked bar of the parts beside the headline bar, ranges marked.

    A part whose printed figure is under ``minor`` (a share) of its bar's printed sum would be
    a sliver under a pixel tall, so such parts are drawn together as one hatched segment,
    "Other operations", named in a note under the subtitle. The published CSV
    (:func:`parts_data`) keeps one row per part; its column ``segment`` says whether the
    part has its own segment ("own") or is drawn in the grouped one ("other operations").
    Parts in ``hatched`` (operations whose figure is assigned by inference) are hatched.
    """
    data = parts_data(claims, parts, metrics, minor)
    reading = data["reading"].iloc[0]
    with plt.rc_context(STYLE):
        fig, axes = plt.subplots(1, len(metrics), figsize=(10, 5.6), layout="constrained")
    axes = list(axes) if len(metrics) > 1 else [axes]
    title_block(fig, title, f"Ranges: {reading} reading of “more than”. The orange band is the "
                "range of the headline total.")
    colours = _part_colours(labels, parts)
    other_label = f"Other operations (each under {minor:.0%} of its bar)"
    notes = [_draw_parts(ax, data[data["metric"] == metric], metric, labels, colours, other_label,
                         hatched)
             for ax, metric in zip(axes, metrics)]
    notes = [n for n in notes if n]
    found = {}
    for ax in axes:
        for h, lab in zip(*ax.get_legend_handles_labels()):
            found.setdefault(lab, h)
    order = ([labels.operation(op) for op in parts] + [other_label, "Headline total", "Headline range",
                                            "Range of the sum (black whisker)"])
    shown_labels = [lab for lab in order if lab in found]
    # The grouped parts are named under the chart, not in a long legend entry.
    shown = [lab if lab != other_label else
             f"Other operations, each under {minor:.0%}\nof its bar (named below the chart)"
             for lab in shown_labels]
    fig.legend([found[lab] for lab in shown_labels], shown, loc="outside right center", fontsize=8.5)
    if notes:
        source = "Other operations: " + "; ".join(notes) + ".\n" + source
    return publish(fig, name, data, source=source, folder=folder), data


def industry_seizures(claims: pd.DataFrame, operations, labels: Labels, source: str,
                      name: str = "industry-seizures", skip=("cases", "suspects"),
                      folder: Path = FIGURES,
                      title: str = "What the operations seized, shut or broke up"):
    """Every item the operations count (not cases or suspects): one panel per unit.

    A SIM card, a gang and a platform are not one unit, so each unit (the ``unit`` column
    of the metrics table) gets its own panel with its own axis. Values span several orders
    of magnitude, so the axes are logarithmic and each figure is a dot, never a bar (a
    bar's length means nothing on a log axis). Colour says which operation reports it.
    """
    data = plotted_counts(claims, operations,
                          [m for m in dict.fromkeys(claims["metric"]) if m not in skip], labels)
    data.insert(3, "item", [labels.metric(m) for m in data["metric"]])
    data.insert(4, "unit", [labels.unit(m) for m in data["metric"]])
    units = list(dict.fromkeys(data["unit"]))
    heights = [max(len(data[data["unit"] == u]), 1) + 1.2 for u in units]
    with plt.rc_context(STYLE):
        fig, axes = plt.subplots(len(units), 1, figsize=(11, 1.2 + 0.42 * sum(heights)),
                                 gridspec_kw={"height_ratios": heights}, layout="constrained")
    axes = list(axes) if len(units) > 1 else [axes]
    title_block(fig, title, "Printed figures; “+” marks “more than”. One panel per unit, each on "
                "its own logarithmic axis (each grid step is ×10).")
    colours = {op: PALETTE[i % len(PALETTE)] for i, op in enumerate(operations)}
    for ax, unit in zip(axes, units):
        part = data[data["unit"] == unit].reset_index(drop=True)
        ys = list(range(len(part)))
        ax.scatter(part["value"], ys, s=55, color=[colours[o] for o in part["operation"]],
                   zorder=2)
        for y, row in zip(ys, part.itertuples()):
            ax.annotate(value_label(row.value, row.qualifier), (row.value, y), xytext=(7, 0),
                        textcoords="offset points", va="center", fontsize=8.5)
        # A decade of room below the smallest dot and above the largest, so no dot sits on
        # an axis edge.
        low = 10 ** math.floor(math.log10(max(part["value"].min(), 1) / 2))
        high = 10 ** math.ceil(math.log10(part["value"].max() * 1.0001))
        ax.set_xscale("log")
        ax.set_xlim(low, high * 3)
        _log_axis(ax.xaxis)
        ax.set_yticks(ys, list(part["item"]))
        ax.set_ylim(len(ys) - 0.4, -0.6)
        ax.grid(axis="y", visible=False)
        ax.set_title(f"Counted in {unit}", loc="left", fontsize=10, fontweight="bold")
        ax.set_xlabel(f"{unit} (logarithmic scale)", fontsize=9)
    handles = [plt.Line2D([], [], marker="o", linestyle="", color=colours[op], markersize=7)
               for op in operations]
    fig.legend(handles, [labels.operation(op) for op in operations], loc="outside right upper",
               title="reported by", fontsize=9)
    return publish(fig, name, data, source=source, folder=folder), data
