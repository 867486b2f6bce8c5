"""Interval arithmetic on figures: sums, differences, ratios and shares of ranges.

A figure such as "more than 3,900 cases" is not one number but a range, and the range
depends on how "more than" (余) is read (see :mod:`bulletin.figures.readings`). Every check here
carries each figure's ``low`` and ``high`` through the arithmetic and keeps the name of
the reading in force, so a result can always say what it assumed.

An :class:`Interval` is a closed range ``[low, high]`` of non-negative counts; ``high``
may be ``inf`` (an open upper bound, as in the ``bound`` reading). For ``more_than``
under the ``step`` reading the upper end is a least upper bound that is not attained
(3,900余 is below 4,000); the arithmetic treats it as a closed end, which can only make
a range slightly wider, never wrongly narrower.

The rules, for non-negative intervals ``a = [a1, a2]`` and ``b = [b1, b2]``:

==============  ===================================  =====================================
operation       result                               note
==============  ===================================  =====================================
``a + b``       ``[a1 + b1, a2 + b2]``
``a - b``       ``[a1 - b2, a2 - b1]``               may be negative; ``inf - inf`` is an
                                                     unbounded end, never NaN
``a / b``       ``[a1 / b2, a2 / b1]``               needs ``b1 > 0``; ``x / inf`` is 0
``share(a, b)`` ``a / b``                            above 1 means the part could exceed
                                                     the total
==============  ===================================  =====================================

Examples
--------
>>> cases = Interval(3900, 4000)
>>> suspects = Interval(4600, 4700)
>>> round(suspects.ratio(cases).low, 3), round(suspects.ratio(cases).high, 3)
(1.15, 1.205)
>>> Interval(3900, 4000) + Interval(16600, 16600)
Interval(low=20500, high=20600, reading='step')
>>> Interval(3900, float("inf"), "bound").share(Interval(37000, float("inf"), "bound"))
Interval(low=0, high=inf, reading='bound')
"""


from __future__ import annotations

import math
from dataclasses import dataclass

from bulletin.errors import BulletinError
from bulletin.figures.readings import DEFAULT_READING, check_reading, figure_range


class IntervalError(BulletinError, ValueError):
    """An interval that cannot be formed, or arithmetic that has no answer (a zero divisor)."""


def _number(value) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise IntervalError(f"not a number: {value!r}") from None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _minus(a: float, b: float) -> float:
    """``a - b`` where ``inf - inf`` (an unbounded end minus an unbounded end) is ``inf``."""
    if math.isinf(a) and math.isinf(b) and a == b:
        return a
    return a - b


@dataclass(frozen=True)
class Interval:
    """A range ``[low, high]`` a figure (or a result computed from figures) can take.

    Parameters
    ----------
    low, high
        The ends. ``high`` may be ``inf``; ``low`` may be ``-inf`` only for a difference.
    reading
        The reading of "more than" under which the range was formed: ``step`` or ``bound``.

    Examples
    --------
    >>> Interval(37000, 38000).contains(37500)
    True
    >>> Interval(5, 3)
    Traceback (most recent call last):
    ...
    bulletin.analysis.intervals.IntervalError: interval low 5 is above its high 3
    """

    low: float | int
    high: float | int
    reading: str = DEFAULT_READING

    def __post_init__(self):
        low, high = _number(self.low), _number(self.high)
        if math.isnan(low) or math.isnan(high):
            raise IntervalError("an interval end is NaN")
        if low > high:
            raise IntervalError(f"interval low {low} is above its high {high}")
        try:
            check_reading(self.reading)
        except ValueError as exc:
            raise IntervalError(str(exc)) from None
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)

    @classmethod
    def exact(cls, value: float | int, reading: str = DEFAULT_READING) -> Interval:
        """The interval holding one number only.

        >>> Interval.exact(16600).is_exact
        True
        """
        return cls(value, value, reading)

    @classmethod
    def of_figure(cls, value, qualifier: str, reading: str = DEFAULT_READING) -> Interval:
        """The interval a qualified figure admits under ``reading``.

        >>> Interval.of_figure(3900, "more_than", "bound")
        Interval(low=3900, high=inf, reading='bound')
        """
        low, high = figure_range(value, qualifier, reading)
        return cls(low, high, reading)

    @property
    def is_exact(self) -> bool:
        return self.low == self.high

    @property
    def is_bounded(self) -> bool:
        return not (math.isinf(self.low) or math.isinf(self.high))

    @property
    def width(self) -> float:
        """``high - low``; ``inf`` for an unbounded interval."""
        return _minus(self.high, self.low)

    def contains(self, value: float) -> bool:
        """Whether ``value`` lies in ``[low, high]``."""
        return self.low <= value <= self.high

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share at least one value.

        >>> Interval(36800, 38040).overlaps(Interval(37000, 38000))
        True
        """
        return self.low <= other.high and other.low <= self.high

    def _same_reading(self, other: Interval) -> str:
        if not isinstance(other, Interval):
            raise IntervalError(f"expected an Interval, got {type(other).__name__}")
        if other.reading != self.reading:
            raise IntervalError(
                f"cannot combine a {self.reading!r} interval with a {other.reading!r} one: "
                "compute both under the same reading"
            )
        return self.reading

    def __add__(self, other: Interval) -> Interval:
        reading = self._same_reading(other)
        return Interval(self.low + other.low, self.high + other.high, reading)

    def add(self, other: Interval) -> Interval:
        """The range of ``a + b``: ``[a.low + b.low, a.high + b.high]``."""
        return self + other

    def __sub__(self, other: Interval) -> Interval:
        reading = self._same_reading(other)
        low = _minus(self.low, other.high) if not math.isinf(other.high) else -math.inf
        high = _minus(self.high, other.low)
        return Interval(low, high, reading)

    def minus(self, other: Interval) -> Interval:
        """The range of ``a - b``: ``[a.low - b.high, a.high - b.low]``.

        >>> Interval(37000, 38000).minus(Interval(36800, 38040))
        Interval(low=-1040, high=1200, reading='step')
        """
        return self - other

    def ratio(self, other: Interval) -> Interval:
        """The range of ``a / b`` for non-negative ``a`` and positive ``b``.

        Raises :class:`IntervalError` when ``b`` can be zero (``b.low <= 0``), since the
        ratio then has no upper bound that means anything, or when ``a`` can be negative.

        Examples
        --------
        >>> Interval(4600, 4700).ratio(Interval(3900, 4000)).low
        1.15
        >>> Interval(10, 20).ratio(Interval(0, 5))
        Traceback (most recent call last):
        ...
        bulletin.analysis.intervals.IntervalError: cannot divide by an interval that reaches 0 or below ([0, 5]): the ratio would be unbounded or undefined
        """
        reading = self._same_reading(other)
        if other.low <= 0:
            raise IntervalError(
                f"cannot divide by an interval that reaches 0 or below ([{other.low}, "
                f"{other.high}]): the ratio would be unbounded or undefined"
            )
        if self.low < 0:
            raise IntervalError(
                f"ratio of an interval that reaches below 0 ([{self.low}, {self.high}]) "
                "is not defined here"
            )
        low = 0.0 if math.isinf(other.high) else self.low / other.high
        high = math.inf if math.isinf(self.high) else self.high / other.low
        return Interval(low, high, reading)

    def __truediv__(self, other: Interval) -> Interval:
        return self.ratio(other)

    def share(self, total: Interval) -> Interval:
        """The range of the share ``part / total`` that this part takes of ``total``.

        The same as :meth:`ratio`; a ``high`` above 1 says the figures allow the part
        to be larger than the total, which a true part cannot be.

        >>> s = Interval(3900, 4000).share(Interval(37000, 38000))
        >>> round(s.low, 4), round(s.high, 4)
        (0.1026, 0.1081)
        """
        return self.ratio(total)


def total(intervals, reading: str | None = None) -> Interval:
    """The sum of several intervals (all under one reading).

    >>> total([Interval(1, 2), Interval(10, 20)])
    Interval(low=11, high=22, reading='step')
    """
    items = list(intervals)
    if not items:
        if reading is None:
            raise IntervalError("nothing to add up: give at least one interval")
        return Interval(0, 0, reading)
    result = items[0]
    for item in items[1:]:
        result = result + item
    return result
