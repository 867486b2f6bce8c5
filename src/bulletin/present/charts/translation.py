"""The chart of the translation check: claims per operation, by agreement with the Chinese.

:func:`status_chart` draws, for each operation, one bar split by the statuses of
:func:`bulletin.analysis.translation.align` (agrees, qualifier differs, value differs, no Chinese
text in hand), publishes it with :func:`bulletin.present.charts.publish` and returns
``(chart, data)``, ``data`` being exactly the plotted counts. Labels, the order of the
operations, the note on the Chinese texts and the source line are all given by the
caller (from the pack), so the chart names no bulletin.

Examples
--------
>>> import pandas as pd
>>> from bulletin.packs.labels import Labels
>>> aligned = pd.DataFrame({"operation": ["b", "a", "b"],
...                         "status": ["confirmed", "no_chinese_source", "confirmed"]})
>>> plotted_statuses(aligned, Labels(), ["a", "b"])[["operation", "confirmed", "no_chinese_source"]].values.tolist()
[['a', 0, 1], ['b', 2, 0]]
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pandas as pd

from bulletin.paths import FIGURES
from bulletin.present.translation import STATUS_LABELS
from bulletin.analysis.translation import STATUSES, status_by_operation
from bulletin.present.charts import GREY
from bulletin.present.charts import PALETTE
from bulletin.present.charts import new_chart
from bulletin.present.charts import publish

#: One colour per status: green for agreement, orange and vermilion for the two kinds of
#: disagreement, grey for "nothing to compare with".
STATUS_COLOURS = {
    "confirmed": PALETTE[2],
    "qualifier_differs": PALETTE[1],
    "value_differs": PALETTE[3],
    "no_chinese_source": GREY,
}
#: Characters of subtitle per line: the plot's width at the subtitle's size.
SUBTITLE_WIDTH = 88


def plotted_statuses(aligned: pd.DataFrame, labels, operations) -> pd.DataFrame:
    """Claims per operation and status, with the operation's label and a total.

    ``labels`` is a :class:`bulletin.packs.labels.Labels`; ``operations`` (the pack's
    operations or their ids) sets the order of the rows.
    """
    table = status_by_operation(aligned, operations)
    table.insert(1, "label", [labels.operation(o) for o in table.operation])
    table["claims"] = table[list(STATUSES)].sum(axis=1)
    return table


def status_chart(aligned: pd.DataFrame, labels, operations, *, source: str, note: str = "",
                 name: str = "translation-check-by-operation", folder: Path = FIGURES):
    """A stacked bar per operation: how many of its claims the Chinese text in hand prints alike.

    Parameters
    ----------
    aligned : pandas.DataFrame
        The output of :func:`bulletin.analysis.translation.align`.
    labels : bulletin.packs.labels.Labels
        The words for operation ids.
    operations : iterable
        The pack's operations (or ids), in the order the bars are drawn.
    source : str
        The line printed under the chart (the pack's source line and the Chinese texts).
    note : str
        A line under the subtitle on what the Chinese texts are (for example
        :func:`bulletin.present.translation.chinese_texts_note` without Chinese characters,
        which the chart font cannot draw).

    Returns ``(chart, data)``; the PNG and the CSV of ``data`` go to ``folder``.
    """
    data = plotted_statuses(aligned, labels, operations)
    absent = [STATUS_LABELS[s].lower() for s in STATUSES if not data[s].any()]
    subtitle = "Claims per operation: the English translation against the Chinese text in hand"
    if note:
        subtitle += f"\nChinese text: {note}"
    if absent:
        subtitle += "\nNo claim has the status: " + "; ".join(absent)
    # Wrapped by hand to the width of the plot, where the subtitle starts.
    subtitle = "\n".join(piece for part in subtitle.split("\n")
                         for piece in textwrap.wrap(part, SUBTITLE_WIDTH))
    fig, ax = new_chart("Which of the bulletin's figures does the Chinese text print alike?",
                        subtitle=subtitle, xlabel="Claims (count)", size=(9, 6.2))
    rows = range(len(data))
    left = pd.Series(0, index=data.index)
    for status in STATUSES:
        counts = data[status]
        if not counts.any():
            continue
        bars = ax.barh(list(rows), counts, left=left, color=STATUS_COLOURS[status],
                       label=STATUS_LABELS[status], height=0.62, edgecolor="white")
        ax.bar_label(bars, labels=[str(c) if c else "" for c in counts], label_type="center",
                     color="white", fontsize=9, fontweight="bold")
        left = left + counts
    ax.set_yticks(list(rows), data.label)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0, data["claims"].max() * 1.5)
    ax.legend(loc="upper right", fontsize=9, title="Status of the claim", title_fontsize=9,
              alignment="left")
    return publish(fig, name, data, source=source, folder=folder), data


__all__ = ["STATUS_COLOURS", "plotted_statuses", "status_chart"]
