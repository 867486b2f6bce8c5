"""The chart of the translation check: claims per operation, by agreement with the Chinese.

:func:`status_chart` draws, for each operation, one bar split by the statuses of
:func:`bulletin.translation.align` (confirmed, qualifier differs, value differs, no
Chinese source in hand), publishes it with :func:`bulletin.charts.publish` and returns
``(chart, data)``, ``data`` being exactly the plotted counts.

Examples
--------
>>> import pandas as pd
>>> aligned = pd.DataFrame({"operation": ["hackers", "four_pipes", "hackers"],
...                         "status": ["confirmed", "no_chinese_source", "confirmed"]})
>>> plotted_statuses(aligned)[["operation", "confirmed", "no_chinese_source"]].values.tolist()
[['hackers', 2, 0], ['four_pipes', 0, 1]]
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..paths import FIGURES
from ..translation import STATUS_LABELS, STATUSES, status_by_operation
from . import GREY, PALETTE, new_chart, publish
from .crackdowns import label

#: One colour per status: green for agreement, orange and vermilion for the two kinds of
#: disagreement, grey for "nothing to compare with".
STATUS_COLOURS = {
    "confirmed": PALETTE[2],
    "qualifier_differs": PALETTE[1],
    "value_differs": PALETTE[3],
    "no_chinese_source": GREY,
}

#: The source line: the English bulletin and the two Chinese reposts it is checked with.
TRANSLATION_SOURCE = (
    "Sources: Ministry of Public Security, “Cleaning the Internet 2021” stage report, "
    "14 Oct 2021 (English machine translation);\nChinese text as reposted from China News "
    "Service and ChinaZ.com, 14 Oct 2021 (excerpts). Chart: bulletin package."
)


def plotted_statuses(aligned: pd.DataFrame) -> pd.DataFrame:
    """Claims per operation and status, with the operation's chart label and a total.

    Operations keep the order of ``data/reference/operations.csv``.
    """
    table = status_by_operation(aligned)
    table.insert(1, "label", [label(o) for o in table.operation])
    table["claims"] = table[list(STATUSES)].sum(axis=1)
    return table


def status_chart(aligned: pd.DataFrame, name: str = "translation-check-by-operation",
                 folder: Path = FIGURES):
    """A stacked bar per operation: how many of its claims the Chinese confirms.

    Returns ``(chart, data)``; the PNG and the CSV of ``data`` go to ``folder``.
    """
    data = plotted_statuses(aligned)
    absent = [STATUS_LABELS[s].lower() for s in STATUSES if not data[s].any()]
    subtitle = "Claims per operation: the English translation against the Chinese reposts in hand"
    if absent:
        subtitle += "\nNo claim has the status: " + "; ".join(absent)
    fig, ax = new_chart("Which of the bulletin's figures does the Chinese text confirm?",
                        subtitle=subtitle, xlabel="Claims (count)", size=(9, 6))
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
    ax.set_xlim(0, data["claims"].max() * 1.45)
    ax.legend(loc="upper right", fontsize=9, title="Status of the claim", title_fontsize=9,
              alignment="left")
    fig.get_layout_engine().set(rect=(0, 0.05, 1, 0.95))
    return publish(fig, name, data, source=TRANSLATION_SOURCE, folder=folder), data


__all__ = ["STATUS_COLOURS", "TRANSLATION_SOURCE", "plotted_statuses", "status_chart"]
