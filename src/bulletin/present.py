"""Readable output for notebook cells: numbers with their ranges, and quoted sentences.

A notebook states no figure in its prose; numbers reach the reader as the output of a
cell, formatted here so that every notebook formats them alike.

Examples
--------
>>> fmt_number(3830000)
'3,830,000'
>>> fmt_range(3900, 4000, "more_than")
'3,900 to under 4,000'
>>> fmt_range(3900, float("inf"), "more_than")
'3,900 or more (no upper bound)'
>>> fmt_figure(3900, "more_than", 3900, 4000)
'more than 3,900 (3,900 to under 4,000)'
"""

from __future__ import annotations

import math

from IPython.display import Markdown

QUALIFIER_WORDS = {
    "exact": "", "more_than": "more than", "at_least": "at least", "nearly": "nearly",
    "about": "about", "less_than": "less than", "up_to": "up to",
}


def fmt_number(value: float | int, digits: int = 2) -> str:
    """A number with thousands separators, whole numbers without decimals.

    >>> fmt_number(2.345), fmt_number(float("inf"))
    ('2.35', 'no upper bound')
    """
    if isinstance(value, float) and math.isinf(value):
        return "no upper bound" if value > 0 else "no lower bound"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.{digits}f}"


def fmt_range(low: float, high: float, qualifier: str = "exact", digits: int = 2) -> str:
    """The range a figure admits, in words. ``high`` is excluded for ``more_than``/``at_least``.

    A figure printed without a qualifier admits only itself, but that is the bulletin's
    wording, not a guarantee of exactness (the Ministry prints some rounded figures bare),
    so it reads "as printed", never "exactly".

    >>> fmt_range(16, 16)
    '16 as printed'
    """
    if low == high:
        return f"{fmt_number(low, digits)} as printed"
    if math.isinf(high):
        return f"{fmt_number(low, digits)} or more (no upper bound)"
    upper = "under " if qualifier in ("more_than", "at_least") else ""
    return f"{fmt_number(low, digits)} to {upper}{fmt_number(high, digits)}"


def fmt_figure(value: float, qualifier: str, low: float, high: float, digits: int = 2) -> str:
    """A figure as the bulletin words it, with its range in brackets."""
    words = QUALIFIER_WORDS.get(qualifier, qualifier)
    stated = f"{words} {fmt_number(value, digits)}".strip()
    if low == high:
        return stated
    return f"{stated} ({fmt_range(low, high, qualifier, digits)})"


def fmt_percent(share: float, digits: int = 1) -> str:
    """A share (0.25) as a percentage ('25.0%').

    >>> fmt_percent(0.2537)
    '25.4%'
    """
    return f"{share * 100:.{digits}f}%"


def quote(sentence: str, source: str = "the bulletin") -> Markdown:
    """A sentence shown as a block quote, with where it comes from."""
    return Markdown(f"> {sentence}\n\n— {source}")
