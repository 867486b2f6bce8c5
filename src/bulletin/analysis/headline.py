"""Do the parts add up to the headline? The check for any claims table, under each reading.

For every metric the ``headline`` role states, the sum of the operations' ranges is set
against the headline's range (:func:`bulletin.analysis.checks.parts_vs_total`), under the
step and the bound reading of "more than" (余). Before adding, the table is reduced to one
figure per operation and metric:

- **Restatements are counted once.** Claims of one operation and metric whose ranges meet
  are one figure printed twice (the lead and the body, a title and its text); the figure
  kept is the range they share. Two printings whose ranges do not meet, with the same noun
  and measure, in different sentences and within a factor of :data:`RESTATED_FACTOR`, are
  reported as a ``restatement`` row with the verdict ``restatement_differs``; the first
  is kept.
- **Only the metrics of the shared table** (``lexicon/metrics.csv``) are summed: a figure
  whose noun no metric names cannot be told to count the same thing as the headline.
- **Breakdowns are not parts.** A figure after a breakdown word in its clause (其中,
  "of whom") breaks down another figure of its operation and is left out.
- **Example cases are left out.** A figure in a sentence that tells an example case
  (例如, a case's code name 专案, "In one case") is that case's, not an operation's total.

The words are data: ``lexicon/<lang>/checks.toml``.

Verdicts of the parts check: ``consistent`` (the sums may meet), ``parts_exceed`` (the
smallest possible sum is above the largest possible total), ``parts_short`` (the largest
possible sum is below the smallest possible total).

Examples
--------
>>> import pandas as pd
>>> t = pd.DataFrame({"operation": ["headline", "a", "b"], "metric": ["cases"] * 3,
...     "value": [3700, 3000, 600], "qualifier": ["more_than", "exact", "more_than"],
...     "quote": [""] * 3, "text": ["3700余", "3000", "600余"], "lang": ["zh"] * 3})
>>> [(r["reading"], r["parts_low"], r["parts_high"], r["verdict"]) for r in parts_check(t)]
[('step', 3600, 3700, 'consistent'), ('bound', 3600, inf, 'consistent')]
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from bulletin.analysis.columns import CHECK_COLUMNS
from bulletin.analysis.checks import HEADLINE, leave_one_out, parts_vs_total, with_reading
from bulletin.lexicon.load import table
from bulletin.lexicon.metrics import load_metrics
from bulletin.text.language import fold

__all__ = ["COLUMNS", "VERDICTS", "breakdown", "example_case", "figures", "leave_one_out_check",
           "parts_check", "restatement_check"]

#: The readings every check is run under.
READINGS = ("step", "bound")
#: The verdicts of the parts check, from :func:`bulletin.analysis.checks.verdict`'s.
VERDICTS = {"short": "parts_short", "over": "parts_exceed", "exact": "consistent",
            "consistent": "consistent"}
RESTATEMENT_DIFFERS = "restatement_differs"
#: Two printings of one figure lie within this factor of each other (a 万 ↔ 千 shift, a
#: changed digit); further apart they are two figures (a subtotal, a case's own count).
RESTATED_FACTOR = 10
#: The columns of every check row.
COLUMNS = CHECK_COLUMNS


def _cues(lang: str, kind: str) -> tuple[str, ...]:
    return tuple(table(lang if lang in ("en", "zh") else "en", "checks").get(kind, ()))


def _lang(row) -> str:
    lang = row.get("lang") if hasattr(row, "get") else None
    return lang if lang in ("en", "zh") else "en"


def _holds(text: str, cues, lang: str) -> bool:
    if lang == "zh":
        text = fold(text)
        return any(cue in text for cue in cues)
    text = text.lower()
    return any(cue in text for cue in cues)


def example_case(row) -> bool:
    """Whether the claim's sentence tells an example case.

    >>> example_case({"quote": "例如，某地侦破“6·8”专案，抓获犯罪嫌疑人12名。", "lang": "zh"})
    True
    >>> example_case({"quote": "In one case, police arrested 12 suspects.", "lang": "en"})
    True
    """
    lang = _lang(row)
    return _holds(str(row.get("quote") or ""), _cues(lang, "example_case"), lang)


def breakdown(row) -> bool:
    """Whether a breakdown word (其中, "of whom") stands before the figure in its clause.

    >>> breakdown({"clause": "其中未成年人120余名", "text": "120余", "lang": "zh"})
    True
    >>> breakdown({"clause": "arrested 300 suspects", "text": "300", "lang": "en"})
    False
    """
    clause, text = str(row.get("clause") or row.get("quote") or ""), str(row.get("text") or "")
    at = clause.find(text) if text else -1
    lang = _lang(row)
    return at > 0 and _holds(clause[:at], _cues(lang, "breakdown"), lang)


@dataclass
class _Printing:
    """One figure of an operation and metric, printed once or more."""

    low: float
    high: float
    rows: list

    def meets(self, low, high) -> bool:
        if self.low == self.high and low == high:
            return self.low == low
        if low == high:
            return self.low <= low < self.high or self.low == low
        if self.low == self.high:
            return low <= self.low < high or self.low == low
        return max(self.low, low) < min(self.high, high)


def _key(row, name: str) -> str:
    value = getattr(row, name, "")
    value = "" if value is None or (isinstance(value, float) and value != value) else str(value)
    return fold(value).lower()


def _restates(first, other) -> bool:
    """Whether ``other`` reads as a second printing of ``first`` that differs: the same noun
    and measure, in another sentence, its value within :data:`RESTATED_FACTOR`."""
    if _key(first, "quote") == _key(other, "quote"):
        return False
    if (_key(first, "noun"), _key(first, "measure")) != (_key(other, "noun"), _key(other, "measure")):
        return False
    small, large = sorted((abs(float(first.value)), abs(float(other.value))))
    return small > 0 and large / small <= RESTATED_FACTOR


def _printings(group: pd.DataFrame) -> list[_Printing]:
    found: list[_Printing] = []
    for row in group.itertuples():
        for printing in found:
            if printing.meets(row.low, row.high):
                printing.low, printing.high = max(printing.low, row.low), min(printing.high, row.high)
                printing.rows.append(row)
                break
        else:
            found.append(_Printing(row.low, row.high, [row]))
    return found


def _usable(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims that can be an operation's figure: not a breakdown, not an example case."""
    records = claims.to_dict("records")
    keep = [not (example_case(r) or breakdown(r)) for r in records]
    return claims[pd.Series(keep, index=claims.index, dtype=bool)] if len(claims) else claims


def figures(claims: pd.DataFrame, reading: str) -> tuple[pd.DataFrame, list[dict]]:
    """One figure per operation and metric under ``reading``, and the printings that differ.

    Returns the reduced table (columns ``operation``, ``metric``, ``value``, ``qualifier``,
    ``text``, ``low``, ``high``, ``reading``, ``quote``) and a list of restatement rows.
    """
    ranged = with_reading(claims, reading)
    known = {m.metric for m in load_metrics()}
    ranged = ranged[ranged["metric"].isin(known)]
    usable = _usable(ranged)
    rows, restated = [], []
    for (operation, metric), group in usable.groupby(["operation", "metric"], sort=False):
        printings = _printings(group)
        first = printings[0]
        head = first.rows[0]
        rows.append({"operation": operation, "metric": metric, "value": head.value,
                     "qualifier": head.qualifier, "text": head.text, "quote": head.quote,
                     "low": first.low, "high": first.high, "reading": reading,
                     "printed": sum(len(p.rows) for p in printings)})
        for other in printings[1:]:
            if not _restates(head, other.rows[0]):
                continue
            restated.append(_row("restatement", metric, reading, [operation], "",
                                 other.low, other.high, first.low, first.high,
                                 RESTATEMENT_DIFFERS))
    columns = ["operation", "metric", "value", "qualifier", "text", "quote", "low", "high",
               "reading", "printed"]
    return pd.DataFrame(rows, columns=columns), restated


def _plain(value):
    """A number as Python's own int or float (pandas gives numpy scalars)."""
    value = float(value)
    return int(value) if value.is_integer() else value


def _row(check, metric, reading, parts, without, parts_low, parts_high, total_low, total_high,
         verdict) -> dict:
    parts_low, parts_high, total_low, total_high = map(_plain, (parts_low, parts_high,
                                                                total_low, total_high))
    return {"check": check, "metric": metric, "reading": reading, "parts": ";".join(parts),
            "without": without, "parts_low": parts_low, "parts_high": parts_high,
            "total_low": total_low, "total_high": total_high,
            "excess_low": _minus(parts_low, total_high), "excess_high": _minus(parts_high, total_low),
            "verdict": verdict}


def _minus(a, b):
    """``a - b`` where an unbounded end minus an unbounded end stays unbounded (never NaN)."""
    if a == b == float("inf"):
        return a
    return a - b


def _parts_of(reduced: pd.DataFrame, metric: str, of: str) -> list[str]:
    ops = reduced.loc[reduced["metric"] == metric, "operation"]
    return [op for op in dict.fromkeys(ops) if op != of]


def parts_check(claims: pd.DataFrame, of: str = HEADLINE, readings=READINGS,
                leave_out: bool = False) -> list[dict]:
    """For each metric ``of`` (the headline) states, the parts against it under each reading.

    ``claims`` is a claims table (a ``processed/claims.csv`` read with pandas, or the rows of
    :func:`bulletin.claims.build.build_claims` as dicts). With ``leave_out``, each part is
    also left out in turn (a ``leave_one_out`` row per part). Restatements that differ are
    reported too (:func:`restatement_check`). Metrics that no operation states are skipped.
    """
    rows: list[dict] = []
    for reading in readings:
        reduced, restated = figures(claims, reading)
        rows.extend(restated)
        headline = reduced[reduced["operation"] == of]
        for metric in headline["metric"]:
            parts = _parts_of(reduced, metric, of)
            if not parts:
                continue
            result = parts_vs_total(reduced, metric, parts, of)
            rows.append(_row("parts_vs_headline", metric, reading, parts, "",
                             result["parts"].low, result["parts"].high, result["total"].low,
                             result["total"].high, VERDICTS[result["verdict"]]))
            if leave_out and len(parts) > 1:
                rows.extend(_left_out(reduced, metric, parts, of, reading, result["total"]))
    order = {"parts_vs_headline": 0, "leave_one_out": 1, "restatement": 2}
    rows.sort(key=lambda r: (order[r["check"]], READINGS.index(r["reading"])
                             if r["reading"] in READINGS else 9))
    return rows


def _left_out(reduced, metric, parts, of, reading, total) -> list[dict]:
    table_ = leave_one_out(reduced, metric, parts, of)
    return [_row("leave_one_out", metric, reading, [p for p in parts if p != r.without],
                 r.without, r.parts_low, r.parts_high, total.low, total.high,
                 VERDICTS[r.verdict])
            for r in table_.itertuples() if r.without != "-"]


def leave_one_out_check(claims: pd.DataFrame, of: str = HEADLINE) -> list[dict]:
    """The leave-one-out rows of :func:`parts_check` alone."""
    return [r for r in parts_check(claims, of, leave_out=True) if r["check"] == "leave_one_out"]


def restatement_check(claims: pd.DataFrame) -> list[dict]:
    """The printings of one operation's metric whose ranges do not meet, under each reading.

    >>> t = pd.DataFrame({"operation": ["headline"] * 2, "metric": ["cases"] * 2,
    ...     "value": [37000, 38000], "qualifier": ["more_than"] * 2, "noun": ["案件"] * 2,
    ...     "quote": ["共侦破案件3.7万余起。", "今年侦破案件3.8万余起。"],
    ...     "text": ["3.7万余", "3.8万余"], "lang": ["zh", "zh"]})
    >>> [(r["reading"], r["verdict"]) for r in restatement_check(t)]
    [('step', 'restatement_differs')]
    """
    rows = []
    for reading in READINGS:
        rows.extend(figures(claims, reading)[1])
    return rows
