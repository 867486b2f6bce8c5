"""Readable output for readers: numbers with their ranges, verdicts, tables and quotes.

This is the one layer that knows how a number is written for a reader. A notebook states
no figure in its prose; numbers reach the reader as the output of a cell, formatted here
so that every notebook formats them alike. The analysis modules (:mod:`bulletin.analysis.checks`,
:mod:`bulletin.analysis.intervals` ...) never import it.

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
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

from bulletin.analysis.checks import verdict
from bulletin.analysis.intervals import Interval

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


def quote(sentence: str, source: str = "the bulletin"):
    """A sentence shown in a notebook as a block quote, with where it comes from."""
    from IPython.display import Markdown  # only notebooks show quotes
    return Markdown(f"> {sentence}\n\n— {source}")


def fmt_interval(rng) -> str:
    """An :class:`~bulletin.analysis.intervals.Interval` in words, as :func:`fmt_range` writes it.

    >>> from bulletin.analysis.intervals import Interval
    >>> fmt_interval(Interval(36800, 38040))
    '36,800 to 38,040'
    """
    return fmt_range(rng.low, rng.high)


#: A verdict of :func:`bulletin.analysis.checks.verdict`, in words and in a few words.
VERDICT_WORDS = {
    "short": ("the parts fall short: some of the total is certainly not attributed to them",
              "the parts fall short"),
    "over": ("the parts exceed the total: some of them must overlap (double counting)",
             "the parts exceed the total"),
    "exact": ("the parts add up exactly to the total", "the parts add up exactly"),
    "consistent": ("consistent: the parts may add up exactly, fall short of the total, or "
                   "exceed it", "consistent"),
}


def verdict_text(verdict: str, short: bool = False) -> str:
    """A verdict id in words; ``short`` gives the few words to quote inside a sentence.

    >>> verdict_text("consistent")
    'consistent: the parts may add up exactly, fall short of the total, or exceed it'
    >>> verdict_text("short", short=True), verdict_text("over", short=True)
    ('the parts fall short', 'the parts exceed the total')
    """
    return VERDICT_WORDS[verdict][1 if short else 0]


def short_verdict(remainder) -> str:
    """The verdict on a remainder ``total - parts`` in a few words.

    >>> from bulletin.analysis.intervals import Interval
    >>> short_verdict(Interval(-1040, 1200)), short_verdict(Interval(15000, 16300))
    ('consistent', 'the parts fall short')
    """
    return verdict_text(verdict(remainder), short=True)


def _span(low, high) -> str:
    return f"{fmt_number(low)} to {fmt_number(high)}"


def readable_comparison(table: pd.DataFrame) -> pd.DataFrame:
    """A :func:`compare_readings` table with its ranges written out for reading.

    >>> from bulletin.analysis.checks import compare_readings
    >>> from bulletin.packs.pack import project_pack
    >>> october = project_pack("jingwang2021-stage").processed("claims.csv")
    >>> readable_comparison(compare_readings(october, "cases", ["hackers"])).iloc[0, :3].tolist()
    ['step', '900 to 1,000', '37,000 to 38,000']
    """
    out = pd.DataFrame({"reading": table["reading"]})
    out["sum of operations"] = [fmt_range(lo, hi) for lo, hi in
                                zip(table["parts_low"], table["parts_high"])]
    out["headline"] = [fmt_range(lo, hi) for lo, hi in zip(table["total_low"], table["total_high"])]
    out["excess (sum − headline)"] = [_span(lo, hi) for lo, hi in
                                      zip(table["excess_low"], table["excess_high"])]
    out["verdict"] = [verdict_text(v) for v in table["verdict"]]
    return out


def readable_leave_one_out(table: pd.DataFrame, labels) -> pd.DataFrame:
    """A :func:`~bulletin.analysis.checks.leave_one_out` table with its ranges written out.

    Operations appear by their labels (a :class:`~bulletin.packs.labels.Labels`); the difference
    is the excess (sum − headline), the sign :func:`readable_comparison` uses.

    >>> from bulletin.analysis.checks import leave_one_out, load_claims
    >>> from bulletin.packs.labels import Labels
    >>> from bulletin.packs.pack import project_pack
    >>> pack = project_pack("jingwang2021-stage")
    >>> table = leave_one_out(load_claims(pack.processed("claims.csv")), "cases", ["hackers"])
    >>> readable_leave_one_out(table, Labels(pack.operations)).iloc[1, :3].tolist()
    ['Hackers', '0 as printed', '-38,000 to -37,000']
    """
    out = pd.DataFrame({"without": ["nothing (all operations)" if op == "-"
                                    else labels.operation(op) for op in table["without"]]})
    out["sum of the rest"] = [fmt_range(lo, hi) for lo, hi in
                              zip(table["parts_low"], table["parts_high"])]
    out["excess (sum − headline)"] = [_span(lo, hi) for lo, hi in
                                      zip(table["excess_low"], table["excess_high"])]
    out["verdict"] = [verdict_text(v) for v in table["verdict"]]
    return out


def _half_up(value: float, digits: int) -> str:
    """``value`` rounded half up to ``digits`` decimals, as it is written (1.275 -> '1.28').

    >>> _half_up(1.275, 2), _half_up(5100 / 4000, 2), _half_up(2.9518, 2), _half_up(383.3, 0)
    ('1.28', '1.28', '2.95', '383')
    """
    quantum = Decimal(1).scaleb(-digits)
    rounded = Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{rounded:,.{digits}f}"


def round_half_up(value: float, digits: int = 2) -> float:
    """``value`` rounded half up, as :func:`ratio_text` prints it (``round`` would give 5.62).

    >>> round_half_up(450 / 80), round_half_up(float("inf"))
    (5.63, inf)
    """
    if not math.isfinite(value):
        return value
    return float(_half_up(value, digits).replace(",", ""))


def ratio_text(rng: Interval, digits: int = 2) -> str:
    """A ratio's range in words, rounded half up to ``digits`` decimals.

    A ratio of figures printed without a qualifier is one number, but it is computed,
    and the figures may themselves be rounded, so it reads "about", never "exactly".

    >>> from bulletin.analysis.intervals import Interval
    >>> ratio_text(Interval(1.15, 1.2051)), ratio_text(Interval.exact(2.9518))
    ('1.15 to 1.21', 'about 2.95')
    >>> ratio_text(Interval(5100 / 4000, 5300 / 3900))
    '1.28 to 1.36'
    >>> ratio_text(Interval(0, float("inf"), "bound"))
    '0.00 or more (no upper bound)'
    """
    if rng.is_exact:
        return f"about {_half_up(rng.low, digits)}"
    if math.isinf(rng.high):
        return f"{_half_up(rng.low, digits)} or more (no upper bound)"
    return f"{_half_up(rng.low, digits)} to {_half_up(rng.high, digits)}"


def percent_digits(low: float, high: float, digits: int = 1, most: int = 3) -> int:
    """The decimals that print two shares as different percentages: ``digits``, or more (up
    to ``most``) while they would print equal.

    >>> percent_digits(0.103, 0.108), percent_digits(60 / 38000, 70 / 37000)
    (1, 2)
    """
    shown = digits
    while shown < most and low != high and \
            f"{low * 100:.{shown}f}" == f"{high * 100:.{shown}f}":
        shown += 1
    return shown


def percent_range(low: float, high: float, digits: int = 1, most: int = 3) -> str:
    """A range of shares as percentages, with one more decimal while the two ends print equal.

    Both ends get the same number of decimals (:func:`percent_digits`); a share printed
    beside the range should use the same (``fmt_percent(share, percent_digits(low, high))``).

    >>> percent_range(0.103, 0.108)
    '10.3% to 10.8%'
    >>> percent_range(190 / 38000, 200 / 37000)
    '0.50% to 0.54%'
    >>> percent_range(0.25, 0.25)
    '25.0% to 25.0%'
    """
    shown = percent_digits(low, high, digits, most)
    return f"{low * 100:.{shown}f}% to {high * 100:.{shown}f}%"
