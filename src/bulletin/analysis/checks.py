"""Checks on a claims table: sums of parts against a total, leave-one-out, ratios, shares.

A claims table is a DataFrame with one row per figure and at least the columns
``operation``, ``metric``, ``value``, ``qualifier``, ``low``, ``high`` and ``reading``
(:func:`load_claims` reads a pack's ``processed/claims.csv`` and adds them). Every check
carries each figure's range through :class:`~bulletin.analysis.intervals.Interval` arithmetic and
keeps the name of the reading in force, so a result can always say what it assumed.
Any report works: the parts are the operation ids the caller names (a pack's group, for
one); the total is the ``headline`` role unless another id is given.

Verdicts are ids (``short``, ``over``, ``exact``, ``consistent``);
:mod:`bulletin.present.words` words them for readers.

Examples
--------
>>> from bulletin.packs.pack import project_pack
>>> claims = load_claims(project_pack("jingwang2021-stage").processed("claims.csv"))
>>> r = parts_vs_total(claims, "cases", ["personal_information", "hackers"])
>>> r["parts"], r["verdict"]
(Interval(low=4800, high=5000, reading='step'), 'short')
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from bulletin.claims.build import account, build_claims, numeral_tokens, passages
from bulletin.errors import BulletinError
from bulletin.analysis.intervals import Interval, IntervalError, total
from bulletin.figures.readings import DEFAULT_READING, check_reading, figure_range
from bulletin.text.spans import sentences

__all__ = ["HEADLINE", "Interval", "IntervalError", "VERDICTS", "accounting",
           "accounting_summary", "claim", "compare_readings", "has_claim", "interval",
           "leave_one_out", "load_claims", "operations_with", "parts_vs_total", "passage_table",
           "ratio_table", "readings_side_by_side", "share_table", "significant_digits",
           "sum_of", "total", "verdict", "with_reading"]

#: The role of a report's campaign-wide totals (see DESIGN: operation ids).
HEADLINE = "headline"
#: The verdicts of a remainder ``total - sum of parts``.
VERDICTS = ("short", "over", "exact", "consistent")


def load_claims(path: Path, reading: str = DEFAULT_READING) -> pd.DataFrame:
    """A claims table (a pack's ``processed/claims.csv``), with ``low``/``high`` recomputed
    under ``reading``. Adds a ``reading`` column.

    Examples
    --------
    >>> from bulletin.packs.pack import project_pack
    >>> claims = load_claims(project_pack("jingwang2021-stage").processed("claims.csv"), "bound")
    >>> row = claims[(claims.operation == "headline") & (claims.metric == "cases")].iloc[0]
    >>> row.value, row.low, row.high
    (np.int64(37000), 37000, inf)
    """
    check_reading(reading)
    path = Path(path)
    if not path.is_file():
        raise BulletinError(f"claims table not found: {path}; run `make claims` to write it")
    return with_reading(pd.read_csv(path), reading, source=str(path))


def with_reading(claims: pd.DataFrame, reading: str = DEFAULT_READING,
                 source: str = "the claims table") -> pd.DataFrame:
    """A claims table (any DataFrame of claims) with ``low``/``high`` recomputed under
    ``reading`` and a ``reading`` column added; :func:`load_claims` reads one from a file.

    >>> t = with_reading(pd.DataFrame({"value": [3900], "qualifier": ["more_than"],
    ...     "operation": ["a"], "metric": ["cases"], "quote": [""]}), "step")
    >>> t[["low", "high", "reading"]].values.tolist()
    [[3900, 4000, 'step']]
    """
    check_reading(reading)
    claims = claims.copy()
    required = {"value", "qualifier", "operation", "metric", "quote"}
    missing = sorted(required - set(claims.columns))
    if missing:
        raise BulletinError(f"{source} lacks the column(s) {', '.join(missing)}")
    ranges = [_range(row, reading) for row in claims.itertuples()]
    claims["low"] = pd.Series([r[0] for r in ranges], index=claims.index, dtype=object)
    claims["high"] = pd.Series([r[1] for r in ranges], index=claims.index, dtype=object)
    claims["reading"] = reading
    return claims


#: Qualifiers whose range the value alone does not give (two printed ends, or an unknown
#: digit's place): the table's own low/high (written under the step reading) are kept.
_WRITTEN_RANGE = ("range", "indefinite", "upwards")


def _range(row, reading: str) -> tuple:
    """A claim's range under ``reading``, from its value and qualifier, or from the table's
    low/high where the value alone does not give it (:data:`_WRITTEN_RANGE`)."""
    if row.qualifier in _WRITTEN_RANGE and hasattr(row, "low") and hasattr(row, "high"):
        if row.qualifier == "upwards" and reading == "bound":
            return row.low, float("inf")
        return row.low, row.high
    return figure_range(row.value, row.qualifier, reading)


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

    >>> from bulletin.packs.pack import project_pack

    >>> october = project_pack("jingwang2021-stage").processed("claims.csv")

    >>> interval(load_claims(october), "headline", "cases")
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
    """What a remainder ``total - sum of parts`` allows, as one of :data:`VERDICTS`.

    ``short``: the parts fall short, some of the total is certainly not attributed to them;
    ``over``: the parts exceed the total, so some must overlap (double counting);
    ``exact``: they add up exactly; ``consistent``: any of these is possible.

    >>> verdict(Interval(-1040, 1200)), verdict(Interval(15000, 16300))
    ('consistent', 'short')
    >>> verdict(Interval(-500, -10)), verdict(Interval(0, 0))
    ('over', 'exact')
    """
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

    >>> from bulletin.packs.pack import project_pack
    >>> claims = load_claims(project_pack("jingwang2021-stage").processed("claims.csv"))
    >>> r = parts_vs_total(claims, "cases", ["personal_information", "hackers"])
    >>> r["parts"], r["excess"].high
    (Interval(low=4800, high=5000, reading='step'), -32000)
    >>> parts_vs_total(claims, "suspects", ["personal_information"],
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


def readings_side_by_side(path: Path) -> pd.DataFrame:
    """Every claim of a claims table's range under both readings: ``step_low/high`` and
    ``bound_low/high``."""
    step, bound = load_claims(path, "step"), load_claims(path, "bound")
    table = step[["text", "qualifier", "value", "operation", "metric"]].copy()
    table["step_low"], table["step_high"] = step["low"], step["high"]
    table["bound_low"], table["bound_high"] = bound["low"], bound["high"]
    return table


# --- the text: passages and the accounting of numerals ------------------------------------

def passage_table(text: str, operations=None, words: int = 10) -> pd.DataFrame:
    """The bulletin's passages: consecutive sentences of one paragraph given to one operation.

    A sentence that holds claims belongs to their operation (the first claim's, from the
    pack's cues or, with ``operations=None``, the passage the text opens itself); one
    without claims belongs to the pack's passage it sits in, else ``unassigned``.

    Columns: ``paragraph``, ``operation``, ``sentences``, ``claims`` (how many claims the
    passage holds), ``opening`` (its first ``words`` words).

    >>> t = "Title\\n\\nIn the “Protecting Seedlings” campaign, police saved more than 120 minors."
    >>> passage_table(t)[["paragraph", "operation", "claims"]].values.tolist()
    [[1, 'unassigned', 0], [2, 'protecting_seedlings', 1]]
    """
    paired = passages(sentences(text), operations or [])
    claims = build_claims(text, operations=operations)
    rows: list[dict] = []
    for sentence, op in paired:
        inside = [c for c in claims if sentence.start <= c.start < sentence.end]
        op = inside[0].operation if inside else op
        if rows and rows[-1]["paragraph"] == sentence.paragraph and rows[-1]["operation"] == op:
            rows[-1]["sentences"] += 1
            rows[-1]["claims"] += len(inside)
            continue
        opening = " ".join(sentence.text.split()[:words])
        rows.append({"paragraph": sentence.paragraph, "operation": op, "sentences": 1,
                     "claims": len(inside), "opening": opening + " …"})
    return pd.DataFrame(rows)


def accounting(text: str, reading: str = DEFAULT_READING, operations=None) -> pd.DataFrame:
    """Every numeral and number word in ``text``: in a claim, or explained, and why.

    Columns: ``start``, ``text``, ``paragraph``, ``status`` (``claim``, ``explained`` or
    ``unexplained``), ``reason`` (the claim's operation and metric, or why it is not a
    claim), ``claim`` and ``claim_start`` (the text and offset of the claim that holds it,
    else empty and -1: "3.83 million" is two tokens of one claim).

    >>> accounting("In 2021 police saved more than 120 minors.")[["text", "status", "claim"]].values.tolist()
    [['2021', 'explained', ''], ['120', 'claim', 'more than 120']]
    """
    claims = build_claims(text, reading, operations=operations)
    unclaimed = {u.start: u for u in account(text, reading, operations=operations)}
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


def compare_readings(path: Path, metric: str, parts, of: str = HEADLINE,
                     extra=()) -> pd.DataFrame:
    """:func:`parts_vs_total` for ``metric`` under each reading, one row per reading.

    Columns: ``reading``, ``parts_low``, ``parts_high``, ``total_low``, ``total_high``,
    ``excess_low``, ``excess_high`` (parts minus total) and ``verdict``. ``extra`` is
    passed to :func:`parts_vs_total`.

    >>> from bulletin.packs.pack import project_pack
    >>> path = project_pack("jingwang2021-stage").processed("claims.csv")
    >>> compare_readings(path, "cases", ["hackers"])[["reading", "parts_high", "total_high"]].values.tolist()
    [['step', 1000.0, 38000.0], ['bound', inf, inf]]
    """
    rows = []
    for reading in ("step", "bound"):
        result = parts_vs_total(load_claims(path, reading), metric, parts, of, extra)
        rows.append({"reading": reading,
                     "parts_low": result["parts"].low, "parts_high": result["parts"].high,
                     "total_low": result["total"].low, "total_high": result["total"].high,
                     "excess_low": result["excess"].low, "excess_high": result["excess"].high,
                     "verdict": result["verdict"]})
    return pd.DataFrame(rows)


def significant_digits(value: float | int) -> int:
    """How many significant digits a figure is printed with (trailing zeros do not count).

    >>> significant_digits(80000), significant_digits(37000), significant_digits(16600)
    (1, 2, 3)
    """
    digits = str(abs(int(value))).strip("0") if float(value).is_integer() else \
        str(abs(value)).replace(".", "").strip("0")
    return max(len(digits), 1)
