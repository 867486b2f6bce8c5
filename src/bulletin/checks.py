"""Interval arithmetic on the bulletin's claims: sums, differences, ratios and shares.

A figure such as "more than 3,900 cases" is not one number but a range, and the range
depends on how "more than" (余) is read (see :mod:`bulletin.readings`). Every check here
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
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pandas as pd

from .claims import account, build_claims, numeral_tokens, passages
from .errors import BulletinError
from .paths import PROCESSED
from .readings import DEFAULT_READING, check_reading, figure_range
from .reference import load_operations
from .text import sentences

CLAIMS_CSV = PROCESSED / "claims.csv"

#: The six crackdown operations of the bulletin's second paragraph, in its order.
CRACKDOWNS = ("personal_information", "fraud_gambling_support", "water_army",
              "protecting_seedlings", "hackers", "exam_cheating")
#: The three black-and-grey-industry actions of its third paragraph.
INDUSTRY_ACTIONS = ("four_disruptions", "four_governance", "four_pipes")
HEADLINE = "headline"


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
    bulletin.checks.IntervalError: interval low 5 is above its high 3
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
        bulletin.checks.IntervalError: cannot divide by an interval that reaches 0 or below ([0, 5]): the ratio would be unbounded or undefined
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

    def __str__(self) -> str:
        from .present import fmt_range
        return fmt_range(self.low, self.high)


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


# --- claims as DataFrames ---------------------------------------------------------------

def load_claims(reading: str = DEFAULT_READING, path: Path = CLAIMS_CSV) -> pd.DataFrame:
    """The claims table, with ``low``/``high`` recomputed under ``reading``.

    Adds a ``reading`` column. ``path`` defaults to ``data/processed/claims.csv``.

    Examples
    --------
    >>> claims = load_claims(reading="bound")
    >>> row = claims[(claims.operation == "headline") & (claims.metric == "cases")].iloc[0]
    >>> row.value, row.low, row.high
    (np.int64(37000), 37000, inf)
    """
    check_reading(reading)
    path = Path(path)
    if not path.is_file():
        raise BulletinError(f"claims table not found: {path}; run `make claims` to write it")
    claims = pd.read_csv(path)
    required = {"value", "qualifier", "operation", "metric", "quote"}
    missing = sorted(required - set(claims.columns))
    if missing:
        raise BulletinError(f"{path} lacks the column(s) {', '.join(missing)}")
    ranges = [figure_range(v, q, reading) for v, q in zip(claims["value"], claims["qualifier"])]
    claims["low"] = pd.Series([r[0] for r in ranges], index=claims.index, dtype=object)
    claims["high"] = pd.Series([r[1] for r in ranges], index=claims.index, dtype=object)
    claims["reading"] = reading
    return claims


def _reading_of(claims: pd.DataFrame) -> str:
    if "reading" not in claims.columns:
        raise BulletinError("the claims table has no reading column: load it with load_claims")
    readings = set(claims["reading"])
    if len(readings) != 1:
        raise BulletinError(f"the claims table mixes readings: {sorted(readings)}")
    return readings.pop()


def claim(claims: pd.DataFrame, operation: str, metric: str) -> pd.Series:
    """The one claim for ``operation`` and ``metric``; raises if there is none or several."""
    rows = claims[(claims["operation"] == operation) & (claims["metric"] == metric)]
    if len(rows) != 1:
        raise BulletinError(
            f"expected one claim for {operation}/{metric}, found {len(rows)}"
        )
    return rows.iloc[0]


def has_claim(claims: pd.DataFrame, operation: str, metric: str) -> bool:
    """Whether the table has a claim for ``operation`` and ``metric``."""
    return bool(((claims["operation"] == operation) & (claims["metric"] == metric)).any())


def interval(claims: pd.DataFrame, operation: str, metric: str) -> Interval:
    """The interval of the one claim for ``operation`` and ``metric``.

    >>> interval(load_claims(), "headline", "cases")
    Interval(low=37000, high=38000, reading='step')
    """
    row = claim(claims, operation, metric)
    return Interval(row["low"], row["high"], _reading_of(claims))


def sum_of(claims: pd.DataFrame, operations, metric: str) -> Interval:
    """The sum of the intervals of ``metric`` over ``operations`` (each must have a claim)."""
    reading = _reading_of(claims)
    return total([interval(claims, op, metric) for op in operations], reading)


def operations_with(claims: pd.DataFrame, metric: str, exclude=(HEADLINE,)) -> list[str]:
    """The operations that state ``metric``, in the bulletin's order."""
    ops = claims.loc[claims["metric"] == metric, "operation"]
    return [op for op in dict.fromkeys(ops) if op not in exclude]


def ratio_table(claims: pd.DataFrame, numerator: str, denominator: str,
                operations) -> pd.DataFrame:
    """Per operation, the ratio ``numerator / denominator`` of two metrics, with its range.

    Columns: ``operation``, ``numerator``, ``denominator`` (the printed values),
    ``stated`` (the ratio of the printed values), ``low``, ``high``, ``reading``.
    """
    reading = _reading_of(claims)
    rows = []
    for op in operations:
        num, den = claim(claims, op, numerator), claim(claims, op, denominator)
        rng = interval(claims, op, numerator).ratio(interval(claims, op, denominator))
        rows.append({"operation": op, "numerator": num["value"], "denominator": den["value"],
                     "stated": num["value"] / den["value"], "low": rng.low, "high": rng.high,
                     "reading": reading})
    return pd.DataFrame(rows)


def share_table(claims: pd.DataFrame, metric: str, operations,
                of: str = HEADLINE) -> pd.DataFrame:
    """Per operation, its share of operation ``of``'s figure for ``metric``, with the range.

    Columns: ``operation``, ``value`` (printed), ``stated`` (printed value / printed
    total), ``low``, ``high``, ``reading``.
    """
    reading = _reading_of(claims)
    whole = interval(claims, of, metric)
    whole_value = claim(claims, of, metric)["value"]
    rows = []
    for op in operations:
        rng = interval(claims, op, metric).share(whole)
        value = claim(claims, op, metric)["value"]
        rows.append({"operation": op, "value": value, "stated": value / whole_value,
                     "low": rng.low, "high": rng.high, "reading": reading})
    return pd.DataFrame(rows)


def verdict(remainder: Interval) -> str:
    """What a remainder ``total - sum of parts`` allows, in words.

    >>> verdict(Interval(-1040, 1200))
    'consistent: the parts may add up exactly, fall short of the total, or exceed it'
    >>> verdict(Interval(15000, 16300))
    'the parts fall short: some of the total is certainly not attributed to them'
    >>> verdict(Interval(-500, -10))
    'the parts exceed the total: some of them must overlap (double counting)'
    """
    return VERDICTS[_verdict_key(remainder)][0]


#: What a remainder allows: (in words, in a few words), by case.
VERDICTS = {
    "short": ("the parts fall short: some of the total is certainly not attributed to them",
              "the parts fall short"),
    "over": ("the parts exceed the total: some of them must overlap (double counting)",
             "the parts exceed the total"),
    "exact": ("the parts add up exactly to the total", "the parts add up exactly"),
    "consistent": ("consistent: the parts may add up exactly, fall short of the total, or "
                   "exceed it", "consistent"),
}


def _verdict_key(remainder: Interval) -> str:
    if remainder.low > 0:
        return "short"
    if remainder.high < 0:
        return "over"
    if remainder.low == 0 and remainder.high == 0:
        return "exact"
    return "consistent"


def parts_vs_total(claims: pd.DataFrame, metric: str, parts, of: str = HEADLINE,
                   extra=()) -> dict:
    """Compare the sum of the parts' ``metric`` with the total's, under the table's reading.

    ``extra`` is a sequence of ``(operation, metric)`` pairs whose figures are added to the
    parts as well: a second reading such as the personal information crackdown's
    insiders counted beside its suspects.

    Returns a dict with ``parts`` (their sum), ``total``, ``remainder`` (``total - parts``:
    above 0 is unattributed, below 0 is double counting), ``excess`` (``parts - total``,
    the range of *double counting minus unattributed*: the figures bound only this net
    amount, not either term alone) and ``verdict``.

    >>> r = parts_vs_total(load_claims(), "cases", ["personal_information", "hackers"])
    >>> r["parts"], r["excess"].high
    (Interval(low=4800, high=5000, reading='step'), -32000)
    >>> parts_vs_total(load_claims(), "suspects", ["personal_information"],
    ...                extra=[("personal_information", "insiders")])["parts"]
    Interval(low=5100, high=5300, reading='step')
    """
    parts_sum = sum_of(claims, parts, metric)
    for op, other in extra:
        parts_sum = parts_sum + interval(claims, op, other)
    whole = interval(claims, of, metric)
    remainder = whole - parts_sum
    return {"parts": parts_sum, "total": whole, "remainder": remainder,
            "excess": parts_sum - whole, "verdict": verdict(remainder)}


def leave_one_out(claims: pd.DataFrame, metric: str, parts, of: str = HEADLINE) -> pd.DataFrame:
    """The parts-vs-total comparison with every part, then without each part in turn.

    Columns: ``without`` (``-`` for all parts), ``parts_low``, ``parts_high``,
    ``remainder_low``, ``remainder_high`` (total minus parts), ``excess_low``,
    ``excess_high`` (parts minus total, the sign used in every readable table),
    ``verdict``, ``reading``.
    """
    reading = _reading_of(claims)
    rows = []
    for left_out in [None, *parts]:
        kept = [p for p in parts if p != left_out]
        result = parts_vs_total(claims, metric, kept, of)
        rows.append({"without": left_out or "-",
                     "parts_low": result["parts"].low, "parts_high": result["parts"].high,
                     "remainder_low": result["remainder"].low,
                     "remainder_high": result["remainder"].high,
                     "excess_low": result["excess"].low, "excess_high": result["excess"].high,
                     "verdict": result["verdict"], "reading": reading})
    return pd.DataFrame(rows)


def readings_side_by_side(path: Path = CLAIMS_CSV) -> pd.DataFrame:
    """Every claim's range under both readings: ``step_low/high`` and ``bound_low/high``."""
    step, bound = load_claims("step", path), load_claims("bound", path)
    table = step[["text", "qualifier", "value", "operation", "metric"]].copy()
    table["step_low"], table["step_high"] = step["low"], step["high"]
    table["bound_low"], table["bound_high"] = bound["low"], bound["high"]
    return table


# --- the text: passages and the accounting of numerals ------------------------------------

def passage_table(text: str, operations=None, words: int = 10) -> pd.DataFrame:
    """The bulletin's passages: consecutive sentences of one paragraph given to one operation.

    Columns: ``paragraph``, ``operation``, ``sentences``, ``claims`` (how many claims the
    passage holds), ``opening`` (its first ``words`` words).

    >>> t = "Title\\n\\nIn the “Protecting Seedlings” campaign, police saved more than 120 minors."
    >>> passage_table(t)[["paragraph", "operation", "claims"]].values.tolist()
    [[1, 'unassigned', 0], [2, 'protecting_seedlings', 1]]
    """
    operations = load_operations() if operations is None else operations
    paired = passages(sentences(text), operations)
    claims = build_claims(text, operations=operations)
    rows: list[dict] = []
    for sentence, op in paired:
        count = sum(sentence.start <= c.start < sentence.end for c in claims)
        if rows and rows[-1]["paragraph"] == sentence.paragraph and rows[-1]["operation"] == op:
            rows[-1]["sentences"] += 1
            rows[-1]["claims"] += count
            continue
        opening = " ".join(sentence.text.split()[:words])
        rows.append({"paragraph": sentence.paragraph, "operation": op, "sentences": 1,
                     "claims": count, "opening": opening + " …"})
    return pd.DataFrame(rows)


def accounting(text: str, reading: str = DEFAULT_READING) -> pd.DataFrame:
    """Every numeral and number word in ``text``: in a claim, or explained, and why.

    Columns: ``start``, ``text``, ``paragraph``, ``status`` (``claim``, ``explained`` or
    ``unexplained``), ``reason`` (the claim's operation and metric, or why it is not a
    claim), ``claim`` and ``claim_start`` (the text and offset of the claim that holds it,
    else empty and -1: "3.83 million" is two tokens of one claim).

    >>> accounting("In 2021 police saved more than 120 minors.")[["text", "status", "claim"]].values.tolist()
    [['2021', 'explained', ''], ['120', 'claim', 'more than 120']]
    """
    claims = build_claims(text, reading)
    unclaimed = {u.start: u for u in account(text, reading)}
    rows = []
    for start, _end, token in numeral_tokens(text):
        inside = next((c for c in claims if c.start <= start < c.end), None)
        if inside is not None:
            rows.append({"start": start, "text": token, "paragraph": inside.paragraph,
                         "status": "claim", "reason": f"{inside.operation} / {inside.metric}",
                         "claim": inside.text, "claim_start": inside.start})
            continue
        if start not in unclaimed:
            raise BulletinError(f"numeral {token!r} at {start} is neither claimed nor accounted")
        entry = unclaimed[start]
        status = "unexplained" if entry.reason == "unexplained" else "explained"
        rows.append({"start": start, "text": token, "paragraph": entry.paragraph,
                     "status": status, "reason": entry.reason, "claim": "",
                     "claim_start": -1})
    return pd.DataFrame(rows)


def accounting_summary(table: pd.DataFrame) -> pd.DataFrame:
    """Counts of an :func:`accounting` table: all numerals, in claims, explained, unexplained.

    >>> accounting_summary(accounting("In 2021 police saved 3.8 million cards.")).values.tolist()
    [[3, 2, 1, 1, 0]]
    """
    counts = table["status"].value_counts()
    in_claims = table.loc[table["status"] == "claim"]
    return pd.DataFrame({
        "numerals and number words": [len(table)],
        "in a claim": [int(counts.get("claim", 0))],
        "claims they make up": [int(in_claims["claim_start"].nunique())],
        "explained, not a claim": [int(counts.get("explained", 0))],
        "unexplained": [int(counts.get("unexplained", 0))],
    })



def compare_readings(metric: str, parts, of: str = HEADLINE, path: Path = CLAIMS_CSV,
                     extra=()) -> pd.DataFrame:
    """:func:`parts_vs_total` for ``metric`` under each reading, one row per reading.

    Columns: ``reading``, ``parts_low``, ``parts_high``, ``total_low``, ``total_high``,
    ``excess_low``, ``excess_high`` (parts minus total) and ``verdict``. ``extra`` is
    passed to :func:`parts_vs_total`.

    >>> compare_readings("cases", ["hackers"])[["reading", "parts_high", "total_high"]].values.tolist()
    [['step', 1000.0, 38000.0], ['bound', inf, inf]]
    """
    rows = []
    for reading in ("step", "bound"):
        result = parts_vs_total(load_claims(reading, path), metric, parts, of, extra)
        rows.append({"reading": reading,
                     "parts_low": result["parts"].low, "parts_high": result["parts"].high,
                     "total_low": result["total"].low, "total_high": result["total"].high,
                     "excess_low": result["excess"].low, "excess_high": result["excess"].high,
                     "verdict": result["verdict"]})
    return pd.DataFrame(rows)


def _span(low, high) -> str:
    from .present import fmt_number
    return f"{fmt_number(low)} to {fmt_number(high)}"


def readable_comparison(table: pd.DataFrame) -> pd.DataFrame:
    """A :func:`compare_readings` table with its ranges written out for reading.

    >>> readable_comparison(compare_readings("cases", ["hackers"])).iloc[0, :3].tolist()
    ['step', '900 to 1,000', '37,000 to 38,000']
    """
    from .present import fmt_range
    out = pd.DataFrame({"reading": table["reading"]})
    out["sum of operations"] = [fmt_range(lo, hi) for lo, hi in
                                zip(table["parts_low"], table["parts_high"])]
    out["headline"] = [fmt_range(lo, hi) for lo, hi in zip(table["total_low"], table["total_high"])]
    out["excess (sum − headline)"] = [_span(lo, hi) for lo, hi in
                                      zip(table["excess_low"], table["excess_high"])]
    out["verdict"] = table["verdict"]
    return out


def readable_leave_one_out(table: pd.DataFrame) -> pd.DataFrame:
    """A :func:`leave_one_out` table with its ranges written out for reading.

    Operations appear by their chart labels; the difference is the excess
    (sum − headline), the sign :func:`readable_comparison` uses.

    >>> t = readable_leave_one_out(leave_one_out(load_claims(), "cases", ["hackers"]))
    >>> t.iloc[1, :3].tolist()
    ['Hackers', '0 as printed', '-38,000 to -37,000']
    """
    from .charts.crackdowns import label
    from .present import fmt_range
    out = pd.DataFrame({"without": ["nothing (all operations)" if op == "-" else label(op)
                                    for op in table["without"]]})
    out["sum of the rest"] = [fmt_range(lo, hi) for lo, hi in
                              zip(table["parts_low"], table["parts_high"])]
    out["excess (sum − headline)"] = [_span(lo, hi) for lo, hi in
                                      zip(table["excess_low"], table["excess_high"])]
    out["verdict"] = table["verdict"]
    return out


def significant_digits(value: float | int) -> int:
    """How many significant digits a figure is printed with (trailing zeros do not count).

    >>> significant_digits(80000), significant_digits(37000), significant_digits(16600)
    (1, 2, 3)
    """
    digits = str(abs(int(value))).strip("0") if float(value).is_integer() else \
        str(abs(value)).replace(".", "").strip("0")
    return max(len(digits), 1)


def _half_up(value: float, digits: int) -> str:
    """``value`` rounded half up to ``digits`` decimals, as it is written (1.275 -> '1.28').

    >>> _half_up(1.275, 2), _half_up(5100 / 4000, 2), _half_up(2.9518, 2), _half_up(383.3, 0)
    ('1.28', '1.28', '2.95', '383')
    """
    quantum = Decimal(1).scaleb(-digits)
    rounded = Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{rounded:,.{digits}f}"


def ratio_text(rng: Interval, digits: int = 2) -> str:
    """A ratio's range in words, rounded half up to ``digits`` decimals.

    A ratio of figures printed without a qualifier is one number, but it is computed,
    and the figures may themselves be rounded, so it reads "about", never "exactly".

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


def short_verdict(remainder: Interval) -> str:
    """The verdict of :func:`verdict` in a few words, to quote inside a sentence.

    >>> short_verdict(Interval(-1040, 1200)), short_verdict(Interval(15000, 16300))
    ('consistent', 'the parts fall short')
    >>> short_verdict(Interval(-500, -10)), short_verdict(Interval(0, 0))
    ('the parts exceed the total', 'the parts add up exactly')
    """
    return VERDICTS[_verdict_key(remainder)][1]


def percent_range(low: float, high: float, digits: int = 1, most: int = 3) -> str:
    """A range of shares as percentages, with one more decimal while the two ends print equal.

    Both ends get the same number of decimals: ``digits``, or more (up to ``most``) when
    ``digits`` would print two different shares as the same percentage.

    >>> percent_range(0.103, 0.108)
    '10.3% to 10.8%'
    >>> percent_range(190 / 38000, 200 / 37000)
    '0.50% to 0.54%'
    >>> percent_range(0.25, 0.25)
    '25.0% to 25.0%'
    """
    shown = digits
    while shown < most and low != high and \
            f"{low * 100:.{shown}f}" == f"{high * 100:.{shown}f}":
        shown += 1
    return f"{low * 100:.{shown}f}% to {high * 100:.{shown}f}%"
