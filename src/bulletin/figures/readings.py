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
indefinite     [v, v')                     [v, v')
upwards        [v, v')                     [v, inf)
=============  ==========================  ==========================

``range`` is a figure that states both ends, "between 3 and 5", "5-10", "from 3 to 5": its
range is the two printed ends ``a <= b`` under either reading, and the figure finder
sets them itself (its ``value`` is the lower end). Given a single value,
:func:`figure_range` returns ``(v, v)``.

Indefinite amounts
------------------
Chinese writes amounts with an unknown digit as words: 数十 "several tens", 几百, 十几
"ten-odd", 二十几万 "two hundred thousand and some ten-thousands", 上千 "reaching a
thousand", 成千上万 "thousands upon tens of thousands". They have two qualifiers, read
from a *place* ``p``, the unit of the unknown digit:

``indefinite``
    An unknown digit: 数十, 几十, 数百, 数十万, 好几千, 数以万计 (the digit leads:
    ``v`` is the unit, 数十 = 10, ``p = v``) and 十几, 二十几万, 一百几十 (the digit
    trails the printed part: 十几 = 10 with ``p = 1``, 二十几万 = 200,000 with
    ``p = 10,000``, 一百几十 = 100 with ``p = 10``). The range runs from the printed part
    ``v`` up to ``v'``, the next multiple of ``10 p`` above ``v``: 数十 [10, 100), 数百万
    [1,000,000, 10,000,000), 十几 [10, 20), 二十几万 [200,000, 300,000), 一百几十
    [100, 200). The words state both ends (数十 is tens, not hundreds), so both readings
    agree. The lower end is the printed part itself, not 2 ``p`` for 数 ("several"
    usually means two or more, but a bulletin's 数十 is no promise of 20), so the printed
    value always lies in its range.
``upwards``
    上 or 成 before a bare unit, "reaching" an order: 上千 = 1,000, 上百家, 上千万元 =
    10,000,000, 上万; 成千上万 = 1,000 with ``p = 10,000`` (the higher of its two units),
    成百上千 = 100 with ``p = 1,000``. Under ``step`` the amount stays below the next
    order, ``[v, v')`` as above: 上千 [1,000, 10,000), 上千万 [10,000,000, 100,000,000),
    成千上万 [1,000, 100,000). Under ``bound`` only the floor is stated: ``[v, inf)``.

The place defaults to the value's own rounding step (数十 -> 10, 上千万 -> 10,000,000), so
``figure_range(v, q)`` works alone; the Chinese finder passes ``place`` for 十几 and
二十几万. A pair of digits, 两三个 or 三四百, states both ends and is a ``range``
([2, 3], [300, 400]); 十来个 ("about ten") is ``about``.

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
    "indefinite", "upwards",
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
    value: float | int | str | Decimal, qualifier: str, reading: str = DEFAULT_READING,
    place: float | int | str | Decimal | None = None,
) -> tuple[int | float, int | float]:
    """The ``(low, high)`` range a figure with this qualifier admits under ``reading``.

    See the module docstring for the rule.

    Parameters
    ----------
    value
        The printed number.
    qualifier
        One of :data:`QUALIFIERS`.
    reading
        ``"step"`` or ``"bound"``.
    place
        For ``indefinite`` and ``upwards`` only: the unit of the unknown digit (1 for
        十几, 10,000 for 二十几万); it defaults to ``rounding_step(value)``.

    Examples
    --------
    >>> figure_range(60, "about")
    (55, 65)
    >>> figure_range(400, "nearly")
    (300, 400)
    >>> figure_range(400, "nearly", reading="bound")
    (0, 400)
    >>> figure_range(10, "indefinite"), figure_range(10, "indefinite", place=1)
    ((10, 100), (10, 20))
    >>> figure_range(1000, "upwards"), figure_range(1000, "upwards", reading="bound")
    ((1000, 10000), (1000, inf))
    """
    check_reading(reading)
    if qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}: use one of {', '.join(QUALIFIERS)}")
    number = _as_decimal(value)
    step = _as_decimal(rounding_step(number))
    if qualifier in ("exact", "range"):
        return _plain(number), _plain(number)
    if qualifier in ("indefinite", "upwards"):
        unit = 10 * (step if place is None else _as_decimal(place))
        top = (number // unit + 1) * unit
        if qualifier == "upwards" and reading == "bound":
            return _plain(number), math.inf
        return _plain(number), _plain(top)
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
