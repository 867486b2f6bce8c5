"""The range a qualified figure admits, under the two readings of "more than" / 余.

A bulletin translated from Chinese writes "3900余起" ("more than 3,900 cases"). The
Chinese 余 means "3,900 and some more, below the next step of the last digit". Two
readings are offered, and every check in this package says which one it uses:

``step`` (the default)
    The figure lies within one *rounding step* of the printed number. The step is one
    unit of the printed number's last non-zero digit: 3,900 -> 100, 3.83 million ->
    10,000, 16 -> 1, 0.5 -> 0.1.

``bound``
    Only the one-sided bound the qualifier states is trusted.

=============  ==========================  ==========================
qualifier      ``step`` reading            ``bound`` reading
=============  ==========================  ==========================
exact          [v, v]                      [v, v]
more_than      [v, v + step)               [v, inf)
at_least       [v, v + step)               [v, inf)
nearly         [v - step, v]               [0, v]
less_than      [v - step, v]               [0, v]
up_to          [v - step, v]               [0, v]
about          [v - step/2, v + step/2]    [v - step/2, v + step/2]
range          [a, b]                      [a, b]
=============  ==========================  ==========================

``range`` is a figure that states both ends, "between 3 and 5", "5-10", "from 3 to 5": its
range is the two printed ends ``a <= b`` under either reading, and the figure finder
sets them itself (its ``value`` is the lower end). Given a single value,
:func:`figure_range` returns ``(v, v)``.

``high`` is the least upper bound; for ``more_than`` under the ``step`` reading it is
not itself attained (3,900余 is below 4,000). For a negative value the ``bound`` reading
of the downward qualifiers has no floor (``-inf``) instead of 0.

Examples
--------
>>> figure_range(3900, "more_than")
(3900, 4000)
>>> figure_range(3900, "more_than", reading="bound")
(3900, inf)
>>> figure_range(3830000, "exact")
(3830000, 3830000)
"""

from __future__ import annotations

import math
from decimal import Decimal

QUALIFIERS = (
    "exact", "more_than", "at_least", "nearly", "about", "less_than", "up_to", "range",
)
READINGS = ("step", "bound")
DEFAULT_READING = "step"

_UPWARD = {"more_than", "at_least"}
_DOWNWARD = {"nearly", "less_than", "up_to"}


def _as_decimal(value: float | int | str | Decimal) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(str(value))


def _plain(number: Decimal) -> int | float:
    """Return an ``int`` when the number is whole, else a ``float``."""
    if number == number.to_integral_value():
        return int(number)
    return float(number)


def rounding_step(value: float | int | str | Decimal) -> int | float:
    """One unit of the last non-zero digit of ``value`` as printed.

    Examples
    --------
    >>> rounding_step(3900), rounding_step(3830000), rounding_step(16), rounding_step("0.25")
    (100, 10000, 1, 0.01)
    """
    number = _as_decimal(value)
    if number == 0:
        return 1
    exponent = number.normalize().as_tuple().exponent
    return _plain(Decimal(1).scaleb(exponent))


def check_reading(reading: str) -> str:
    """Return ``reading`` if it is known, else raise a ``ValueError`` naming the choices."""
    if reading not in READINGS:
        raise ValueError(f"unknown reading {reading!r}: use one of {', '.join(READINGS)}")
    return reading


def figure_range(
    value: float | int | str | Decimal, qualifier: str, reading: str = DEFAULT_READING
) -> tuple[int | float, int | float]:
    """The ``(low, high)`` range a figure with this qualifier admits under ``reading``.

    See the module docstring for the rule.

    Examples
    --------
    >>> figure_range(60, "about")
    (55, 65)
    >>> figure_range(400, "nearly")
    (300, 400)
    >>> figure_range(400, "nearly", reading="bound")
    (0, 400)
    """
    check_reading(reading)
    if qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}: use one of {', '.join(QUALIFIERS)}")
    number = _as_decimal(value)
    step = _as_decimal(rounding_step(number))
    if qualifier in ("exact", "range"):
        return _plain(number), _plain(number)
    if qualifier == "about":
        half = step / 2
        return _plain(number - half), _plain(number + half)
    if qualifier in _UPWARD:
        if reading == "bound":
            return _plain(number), math.inf
        return _plain(number), _plain(number + step)
    # downward qualifiers
    if reading == "bound":
        floor = 0 if number >= 0 else -math.inf
        return floor, _plain(number)
    return _plain(number - step), _plain(number)
