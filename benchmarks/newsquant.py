"""Measure the English figure finder on NewsQuant, beside quantulum3, in one run.

NewsQuant is the test set of CQE (Almasian et al., EMNLP 2023): 590 English news
sentences with 904 annotated quantities. Its licence is not stated, so it is not part of
this repository. Get it from the GitHub repository ``satya77/CQE_Evaluation``, file
``data/formatted_test_set/NewsQuant.json``, and pass its path::

    .venv/bin/python benchmarks/newsquant.py path/to/NewsQuant.json

quantulum3 is scored in the same run when it is installed
(``pip install -e '.[bench]'``); without it, only our finder is scored.

Scoring rules
-------------
- A *prediction* is a figure of :func:`bulletin.figures.en.scan`, except the figures it
  labels ``year`` or ``date``: NewsQuant does not annotate years and dates. For
  quantulum3 a prediction is every quantity it returns.
- Matching is one-to-one within a sentence: each gold quantity takes at most one
  prediction, each prediction serves at most one gold quantity. Values agree within a
  relative tolerance of 1e-5 (zero agrees only with zero).
- A gold range ``a-b`` is found by a prediction whose ``low`` and ``high`` are ``a`` and
  ``b`` (in either order: NewsQuant writes some ranges as "from-to"). Our range figures
  carry the qualifier ``range``; a quantulum3 quantity with an uncertainty ``u`` around
  ``v`` is the range ``v-u`` to ``v+u``. A gold single value is found only by a
  prediction that is not a range, through its ``value``.
- Value precision = matched / predictions, recall = matched / gold, F1 their harmonic
  mean.
- *Bound agreement* is the share of matched pairs whose bound agrees with NewsQuant's
  ``change``. Our qualifiers map as: ``exact`` and ``range`` -> ``=``; ``about`` and
  ``nearly`` -> ``~``; ``more_than`` and ``at_least`` -> ``>``; ``less_than`` and
  ``up_to`` -> ``<``. NewsQuant's ``up`` and ``down`` mark a change in a direction
  ("rose 5%"), which says nothing on the bound of the value itself and which no
  qualifier expresses: pairs with gold ``up``/``down`` are left out of the agreement,
  and their number is printed. quantulum3 states no bounds, so all its quantities read
  ``=``.
- Time per sentence is the mean wall time of one call, after one warm-up call; the
  bulletin line compares one parse of the project's bulletin (best of several runs,
  after a warm-up) by both systems.

Everything printed is deterministic apart from the timings, except that quantulum3 0.10
itself has been seen to return one quantity more or less between runs (1157 or 1158 on
this set), which moves its precision by 0.1 point. ``--errors`` also lists, per
sentence, our missed gold quantities and false predictions (for development; it prints
NewsQuant's sentences to the terminal only).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from bulletin.figures.en import scan
from bulletin.packs.pack import project_pack

BULLETIN = project_pack("jingwang2021-stage").raw

SOURCE_HINT = (
    "get NewsQuant.json from the GitHub repository satya77/CQE_Evaluation, "
    "file data/formatted_test_set/NewsQuant.json"
)
TOLERANCE = 1e-5
NOT_PREDICTIONS = {"year", "date"}
CHANGE_OF_QUALIFIER = {
    "exact": "=", "range": "=", "about": "~", "nearly": "~",
    "more_than": ">", "at_least": ">", "less_than": "<", "up_to": "<",
}
BOUND_CHANGES = {"=", "~", ">", "<"}
_GOLD_RANGE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Quantity:
    """A value (``low == high`` unless ``is_range``) with a bound sign and a label."""

    low: float
    high: float
    is_range: bool
    change: str
    label: str = ""


@dataclass
class Score:
    """Counts for one system over the whole set."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    bound_pairs: int = 0
    bound_agree: int = 0
    direction_pairs: int = 0
    seconds: float = 0.0

    def prf(self) -> tuple[float, float, float]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def close(a: float, b: float) -> bool:
    """Equal within the relative tolerance; zero equals only zero.

    Examples
    --------
    >>> close(1e9, 1e9 + 1), close(0.0, 1e-9), close(3.0, 3.1)
    (True, False, False)
    """
    if a == b:
        return True
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def gold_quantity(entry: dict) -> Quantity:
    """NewsQuant's annotation as a :class:`Quantity` (a range when written ``a-b``).

    Examples
    --------
    >>> gold_quantity({"value": "3.0 - 4.0", "change": "="})
    Quantity(low=3.0, high=4.0, is_range=True, change='=', label='3.0 - 4.0')
    >>> gold_quantity({"value": "-1.5", "change": "down"}).low
    -1.5
    """
    raw = str(entry["value"])
    match = _GOLD_RANGE.match(raw)
    if match:
        a, b = sorted((float(match.group(1)), float(match.group(2))))
        return Quantity(a, b, True, entry["change"], raw)
    value = float(raw)
    return Quantity(value, value, False, entry["change"], raw)


def ours(text: str) -> list[Quantity]:
    """Our figures in ``text`` as predictions."""
    found = []
    for f in scan(text).figures:
        if f.kind in NOT_PREDICTIONS:
            continue
        change = CHANGE_OF_QUALIFIER[f.qualifier]
        if f.qualifier == "range":
            low, high = sorted((float(f.low), float(f.high)))
            found.append(Quantity(low, high, True, change, f.text))
        else:
            found.append(Quantity(float(f.value), float(f.value), False, change, f.text))
    return found


def quantulum_parser():
    """quantulum3's parser, or exit with a line that says how to install it."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    return parser


def theirs(parser, text: str) -> list[Quantity]:
    """quantulum3's quantities in ``text`` as predictions."""
    found = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = parser.parse(text)
    for q in quantities:
        value = float(q.value)
        if q.uncertainty:
            low, high = sorted((value - q.uncertainty, value + q.uncertainty))
            found.append(Quantity(low, high, True, "=", q.surface))
        else:
            found.append(Quantity(value, value, False, "=", q.surface))
    return found


def agrees(gold: Quantity, pred: Quantity) -> bool:
    if gold.is_range != pred.is_range:
        return False
    return close(gold.low, pred.low) and close(gold.high, pred.high)


def match(gold: list[Quantity], predicted: list[Quantity]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index), taken in order.

    Agreement is an equivalence (equal values within a tolerance far below the spacing
    of printed numbers), so taking the first free agreeing prediction is a maximum
    matching.
    """
    used: set[int] = set()
    pairs = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            if p_index not in used and agrees(g, p):
                used.add(p_index)
                pairs.append((g_index, p_index))
                break
    return pairs


def score(sentences: list[dict], predict, show_errors: bool = False) -> Score:
    """Score ``predict`` (text -> predictions) on every sentence."""
    result = Score()
    if sentences:
        predict(sentences[0]["text"])  # warm-up
    for sentence in sentences:
        text = sentence["text"]
        gold = [gold_quantity(q) for q in sentence["quantities"]]
        started = time.perf_counter()
        predicted = predict(text)
        result.seconds += time.perf_counter() - started
        pairs = match(gold, predicted)
        result.gold += len(gold)
        result.predicted += len(predicted)
        result.matched += len(pairs)
        for g_index, p_index in pairs:
            g, p = gold[g_index], predicted[p_index]
            if g.change in BOUND_CHANGES:
                result.bound_pairs += 1
                result.bound_agree += g.change == p.change
            else:
                result.direction_pairs += 1
        if show_errors and len(pairs) < max(len(gold), len(predicted)):
            matched_gold = {g for g, _ in pairs}
            matched_pred = {p for _, p in pairs}
            missed = [g.label for i, g in enumerate(gold) if i not in matched_gold]
            extra = [f"{p.label}={p.low:g}" + (f"..{p.high:g}" if p.is_range else "")
                     for i, p in enumerate(predicted) if i not in matched_pred]
            print(f"-- {text}\n   missed: {missed}\n   extra:  {extra}")
    return result


def best_time(function, repeat: int) -> float:
    function()  # warm-up
    best = math.inf
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def load(path: Path) -> list[dict]:
    if not path.is_file():
        sys.exit(f"error: {path} not found: {SOURCE_HINT}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        sys.exit(f"error: {path} is not NewsQuant.json ({exc}): {SOURCE_HINT}")
    if not isinstance(data, list) or not all("text" in s and "quantities" in s for s in data):
        sys.exit(f"error: {path} is not NewsQuant.json: {SOURCE_HINT}")
    return data


def _line(name: str, s: Score, sentences: int) -> str:
    p, r, f = s.prf()
    bound = s.bound_agree / s.bound_pairs if s.bound_pairs else 0.0
    per = s.seconds / sentences * 1000 if sentences else 0.0
    return (f"{name:<11} {p:6.1%} {r:6.1%} {f:6.1%} ({s.matched}/{s.predicted}/{s.gold})"
            f"   {bound:6.1%} "
            f"({s.bound_agree}/{s.bound_pairs}; {s.direction_pairs} up/down left out)"
            f"   {per:8.3f} ms")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("newsquant", type=Path, help=f"path of NewsQuant.json ({SOURCE_HINT})")
    cli.add_argument("--errors", action="store_true",
                     help="list our misses and false predictions per sentence")
    args = cli.parse_args(argv)
    sentences = load(args.newsquant)
    gold_total = sum(len(s["quantities"]) for s in sentences)
    ranges = sum(gold_quantity(q).is_range for s in sentences for q in s["quantities"])
    print(f"NewsQuant: {len(sentences)} sentences, {gold_total} quantities "
          f"({ranges} ranges)")
    mine = score(sentences, ours, args.errors)
    parser = quantulum_parser()
    print(f"{'system':<11} {'P':>6} {'R':>6} {'F1':>6} (matched/predicted/gold)"
          f"   {'bound agreement':<44}"
          f"   time/sentence")
    print(_line("bulletin", mine, len(sentences)))
    if parser is None:
        print("quantulum3  not installed: pip install -e '.[bench]'")
        return 0
    print(_line("quantulum3", score(sentences, lambda t: theirs(parser, t)), len(sentences)))
    text = BULLETIN.read_text(encoding="utf-8")
    ours_time = best_time(lambda: scan(text), 20)
    their_time = best_time(lambda: theirs(parser, text), 3)
    print(f"bulletin text ({len(text)} characters): ours {ours_time * 1000:.2f} ms, "
          f"quantulum3 {their_time * 1000:.1f} ms (warm): {their_time / ours_time:.0f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
