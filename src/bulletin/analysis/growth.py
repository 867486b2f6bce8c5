"""Growth on the year before: does a stated growth follow from the two years' totals?

:func:`yoy_check` sets a report's stated growth (``cases_yoy_growth``, in per cent,
read with the ``about`` rule of :mod:`bulletin.figures.readings`) against the growth
the two years' headline ranges admit, and says which previous and current totals the
stated growth implies.

>>> from bulletin.analysis.intervals import Interval
>>> g = growth_interval(Interval(110, 120), Interval(100, 100))
>>> round(g.low, 2), round(g.high, 2)
(0.1, 0.2)
"""

from __future__ import annotations

import pandas as pd

from bulletin.analysis.checks import HEADLINE
from bulletin.analysis.context import arithmetic_reading, interval_of, pick, reading_of
from bulletin.analysis.intervals import Interval, IntervalError
from bulletin.analysis.scopes import FULL_YEAR
from bulletin.figures.readings import DEFAULT_READING, figure_range

#: Metrics that are growth rates (per cent), not counts.
GROWTH_SUFFIX = "_yoy_growth"


def growth_interval(current: Interval, previous: Interval) -> Interval:
    """The growth (a fraction: 0.107 for 10.7%) that two totals' ranges admit.

    ``current / previous - 1``, with interval division.

    Examples
    --------
    >>> g = growth_interval(Interval(62000, 63000), Interval(56000, 56000))
    >>> round(g.low, 4), round(g.high, 4)
    (0.1071, 0.125)
    """
    ratio = current.ratio(previous)
    return Interval(ratio.low - 1, ratio.high - 1, current.reading)


def stated_growth(percent: float, reading: str = DEFAULT_READING) -> Interval:
    """The growth range a printed percentage admits, as a fraction.

    A printed ``10.7%`` is taken as rounded to its last digit: [10.65%, 10.75%]
    (the ``about`` rule of :func:`bulletin.figures.readings.figure_range`).

    Examples
    --------
    >>> g = stated_growth(10.7)
    >>> round(g.low, 4), round(g.high, 4)
    (0.1065, 0.1075)
    """
    reading = arithmetic_reading(reading)
    low, high = figure_range(percent, "about", reading)
    return Interval(low / 100, high / 100, reading)


def implied_previous(current: Interval, growth: Interval) -> Interval:
    """The previous year's total that a current total and a growth range imply.

    ``current / (1 + growth)``.

    Examples
    --------
    >>> p = implied_previous(Interval(103000, 104000), Interval(0.2865, 0.2875))
    >>> round(p.low), round(p.high)
    (80000, 80839)
    """
    factor = Interval(1 + growth.low, 1 + growth.high, growth.reading)
    return current.ratio(factor)


def implied_current(previous: Interval, growth: Interval) -> Interval:
    """The current year's total that a previous total and a growth range imply:
    ``previous * (1 + growth)``.

    >>> c = implied_current(Interval(56000, 56000), Interval(0.1065, 0.1075))
    >>> round(c.low), round(c.high)
    (61964, 62020)
    """
    reading = previous.reading
    return Interval(previous.low * (1 + growth.low), previous.high * (1 + growth.high), reading)


def yoy_metrics(figures: pd.DataFrame) -> list[tuple[int, str]]:
    """The (year, metric) pairs the table states a growth on the year before for."""
    used = figures[(figures["use"] == "yes") & (figures["operation"] == HEADLINE)
                   & figures["metric"].str.endswith(GROWTH_SUFFIX)]
    return [(int(y), m[: -len(GROWTH_SUFFIX)]) for y, m in zip(used["campaign_year"], used["metric"])]


def yoy_check(figures: pd.DataFrame, year: int, metric: str) -> dict:
    """Does the stated year-on-year growth of a headline total follow from the two years' figures?

    Returns a dict with the phrases (``current``, ``previous``, ``stated``), the growth the
    figures imply (``implied``), the growth stated (``stated_growth``), whether they
    overlap (``consistent``), the previous total the stated growth implies
    (``implied_previous``) and whether the previous year's printed range holds it
    (``previous_consistent``), and the current total it implies (``implied_current``).

    Examples
    --------
    >>> from bulletin.analysis.example import example_figures
    >>> c = yoy_check(example_figures(), 2052, "cases")
    >>> c["stated"], c["previous"], c["current"], c["consistent"]
    ('50%', '1000起', '1500余起', True)
    """
    current = pick(figures, year, FULL_YEAR, HEADLINE, metric)
    previous = pick(figures, year - 1, FULL_YEAR, HEADLINE, metric)
    stated = pick(figures, year, FULL_YEAR, HEADLINE, f"{metric}{GROWTH_SUFFIX}")
    now, before = interval_of(current), interval_of(previous)
    implied = growth_interval(now, before)
    said = stated_growth(stated["value"], current["reading"])
    back = implied_previous(now, said)
    return {
        "metric": metric, "current": current["phrase"], "previous": previous["phrase"],
        "stated": stated["phrase"], "implied": implied, "stated_growth": said,
        "consistent": implied.overlaps(said), "implied_previous": back,
        "previous_consistent": back.overlaps(before),
        "implied_current": implied_current(before, said),
        "reading": reading_of(figures),
    }


def intersect(a: Interval, b: Interval) -> Interval | None:
    """The common part of two intervals, or ``None``.

    >>> intersect(Interval(80000, 90000), Interval(79922, 80839))
    Interval(low=80000, high=80839, reading='step')
    """
    low, high = max(a.low, b.low), min(a.high, b.high)
    if low > high:
        return None
    try:
        return Interval(low, high, a.reading)
    except IntervalError:
        return None
