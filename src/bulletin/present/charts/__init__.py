"""One style for every chart the report publishes, and one way to save them.

Every published chart has a title, axis labels with units, a source line, and
colour-blind-safe colours (the Okabe–Ito palette). :func:`publish` saves it to
``reports/figures/<name>.png`` beside ``<name>.csv``, a table of exactly the values it
plots. Topic modules in this package (one per notebook theme) draw the charts themselves
on top of :func:`new_chart` and :func:`publish`.

Examples
--------
>>> import pandas as pd
>>> fig, ax = new_chart("Cases by operation", xlabel="Cases (count)")
>>> _ = ax.barh(["a", "b"], [3, 4], color=PALETTE[0])
>>> fig.axes[0].get_title(loc="left")
'Cases by operation'
>>> plt.close(fig)
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
from matplotlib.text import Annotation, Text
import pandas as pd

from bulletin.paths import FIGURES

#: Okabe–Ito colours, safe for the common forms of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
GREY = "#8C8C8C"
#: CSS pixels per inch of figure: a chart is shown on the page at this size (its "1x" width).
PIXELS_PER_INCH = 100
#: Image pixels per CSS pixel in the saved PNG: sharp on a 2x (high-density) screen.
SHARPNESS = 2
#: The smallest text a published chart may carry, in points: 8 pt at 100 px per inch is
#: 11.1 CSS px when the chart is shown at its 1x width, and still 10 px at 90% of it.
MIN_TEXT_POINTS = 8
#: The source line's font size, in points.
SOURCE_SIZE = 8.5

STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#E5E5E5",
    "grid.linewidth": 0.8,
    "axes.axisbelow": True,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "figure.dpi": PIXELS_PER_INCH,
    "savefig.dpi": PIXELS_PER_INCH * SHARPNESS,
    "legend.frameon": False,
}


def new_chart(title: str, subtitle: str | None = None, xlabel: str = "", ylabel: str = "",
              size: tuple[float, float] = (9, 5)):
    """A figure and axes in the house style, titled at the left.

    Returns ``(fig, ax)``. Put the unit in the axis label: "Cases (count)".
    """
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=size, layout="constrained")
        lines = subtitle.count("\n") + 1 if subtitle else 0
        ax.set_title(title, loc="left", pad=8 + 14 * lines)
        if subtitle:
            ax.text(0, 1.02, subtitle, transform=ax.transAxes, fontsize=9.5, color="#444444",
                    va="bottom", ha="left")
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        for axis in (ax.xaxis, ax.yaxis):
            axis.label.set_color("#333333")
    fig.set_layout_engine("constrained")
    return fig, ax


def title_block(fig, title: str, subtitle: str | None = None) -> None:
    """A figure-wide title at the left with a subtitle of any number of lines under it, for
    charts of several panels (one panel: :func:`new_chart`). The title reserves blank lines
    that the layout keeps free; the subtitle is anchored to the title, so it never overlaps
    the panels whatever the figure's height."""
    lines = subtitle.count("\n") + 1 if subtitle else 0
    head = fig.suptitle(title + "\n" * lines, x=0.01, ha="left", fontsize=13,
                        fontweight="bold", linespacing=1.25)
    if subtitle:
        fig.add_artist(Annotation(subtitle, xy=(0, 1), xycoords=head, xytext=(0, -20),
                                  textcoords="offset points", fontsize=9.5, color="#444444",
                                  ha="left", va="top"))


def thousands(axis) -> None:
    """Label an axis's ticks with thousands separators (12,000)."""
    axis.set_major_formatter(mticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))


class Chart:
    """A published chart: shows in a notebook as the very PNG saved to ``reports/figures/``.

    Rendering once and showing the saved file, instead of drawing the figure a second
    time for the notebook, halves the cost of every chart cell, and guarantees that
    what the reader sees is what was published.
    """

    def __init__(self, png: Path, width: int, alt: str = ""):
        self.png = Path(png)
        self.width = width
        #: A text alternative for readers who cannot see the image: the chart's title.
        self.alt = alt

    def __repr__(self) -> str:
        return f"<chart {self.png.name}>"

    def _repr_png_(self):
        metadata = {"width": self.width}
        if self.alt:
            metadata["alt"] = self.alt
        return self.png.read_bytes(), metadata


def chart_title(fig) -> str:
    """The title a chart shows: the figure's title, else its first panel's left title."""
    title = fig.get_suptitle() if hasattr(fig, "get_suptitle") else ""
    if not title.strip() and fig.axes:
        title = fig.axes[0].get_title(loc="left")
    return " ".join(title.split())


def small_texts(fig, minimum: float = MIN_TEXT_POINTS) -> list[str]:
    """The visible texts of ``fig`` (titles, labels, ticks, legends, notes) set smaller than
    ``minimum`` points, as ``"text (size pt)"``.

    >>> fig, ax = new_chart("Sizes")
    >>> _ = ax.text(0, 0, "tiny", fontsize=6)
    >>> small_texts(fig)
    ['tiny (6.0 pt)']
    >>> plt.close(fig)
    """
    found = []
    for text in fig.findobj(Text):
        if text.get_visible() and text.get_text().strip() and text.get_fontsize() < minimum:
            found.append(f"{text.get_text().strip()[:30]} ({text.get_fontsize():.1f} pt)")
    return found


def publish(fig, name: str, data: pd.DataFrame, *, source: str,
            folder: Path = FIGURES) -> Chart:
    """Add the source line, save ``<name>.png`` and ``<name>.csv`` in ``folder``, close ``fig``.

    ``source`` is the line printed under the chart: a pack's ``source_line``, or the
    sources of a comparison across reports; it is required, so no chart goes out unsourced.

    ``data`` must hold exactly the values the chart plots; no text may be under
    :data:`MIN_TEXT_POINTS`. The PNG has :data:`SHARPNESS` image pixels per CSS pixel.
    Returns a :class:`Chart`, which a notebook displays as the saved PNG at its 1x width.
    The PNG carries no software-version metadata, so re-running leaves it unchanged.
    """
    if data is None or data.empty:
        raise ValueError(f"chart {name!r}: give the table of values it plots")
    small = small_texts(fig)
    if small:
        raise ValueError(f"chart {name!r}: text under {MIN_TEXT_POINTS} pt, too small to read "
                         f"on the page: {', '.join(small[:5])}")
    # Wrapped here, by a character count for the figure's width, rather than by matplotlib's
    # automatic wrapping (which costs a text layout per draw); the layout keeps room for it.
    width_in, height_in = fig.get_size_inches()
    per_line = max(40, int(width_in * 72 / (SOURCE_SIZE * 0.52)))
    lines = [piece for part in source.split("\n")
             for piece in textwrap.wrap(part, per_line) or [""]]
    fig.text(0.005, 0.004, "\n".join(lines), fontsize=SOURCE_SIZE, color="#444444",
             ha="left", va="bottom", linespacing=1.25)
    bottom = (len(lines) * SOURCE_SIZE * 1.3 + 4) / 72 / height_in
    fig.get_layout_engine().set(h_pad=0.12, rect=(0, bottom, 1, 1 - bottom))
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / f"{name}.png"
    # Lay the figure out once, then drop the layout engine: with any engine set (even
    # "none"), savefig draws the whole figure twice.
    fig.get_layout_engine().execute(fig)
    fig.set_layout_engine(None)
    fig.savefig(png, dpi=PIXELS_PER_INCH * SHARPNESS, metadata={"Software": None},
                facecolor="white")
    data.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    width = round(fig.get_figwidth() * PIXELS_PER_INCH)
    alt = chart_title(fig)
    plt.close(fig)
    return Chart(png, width, f"Chart: {alt}" if alt else "")


