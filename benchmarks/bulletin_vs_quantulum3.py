"""Parse the bulletin with `bulletin` and with quantulum3 in the same run; compare.

Usage::

    pip install -e '.[bench]'          # quantulum3, an optional extra
    python benchmarks/bulletin_vs_quantulum3.py [--runs 20]

It prints, for each tool, the median time of ``--runs`` warm parses of the whole
bulletin (one cold parse first, not counted), the speed ratio, and precision and recall
against the bulletin's 37 claims as read by hand (``tests/claims/seed_claims.csv``). Then, in the
same run, the ``claims`` command as a user runs it (``bulletin.cli.main``: the pack and
metrics read, the CSV written) against quantulum3's parse, and each tool cold: a fresh
interpreter that imports it and reads the bulletin once (start-up included).

Scoring: a prediction matches a claim when the values agree within a relative tolerance
of 1e-5; matching is one-to-one in text order. ``bulletin`` is scored twice: its figure
finder (every ``count`` figure, which includes number words that restate the size of a
list) and its claims table (what the analysis uses). quantulum3 is scored on every
quantity it returns.
"""

from __future__ import annotations

import argparse
import csv
import math
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from bulletin.claims.build import build_claims
from bulletin.cli import main as cli_main
from bulletin.figures.en import find_figures
from bulletin.packs.pack import project_pack
from bulletin.paths import ROOT
from bulletin.lexicon.metrics import load_metrics
from bulletin.text.load import load_text

PACK = project_pack("jingwang2021-stage")
BULLETIN = PACK.raw

TRUTH = ROOT / "tests" / "claims" / "seed_claims.csv"


def truth_values() -> list[float]:
    """The 37 claim values read by hand from the bulletin."""
    with open(TRUTH, encoding="utf-8", newline="") as handle:
        return [float(row["value"]) for row in csv.DictReader(handle)]


def score(predicted: list[float], truth: list[float]) -> tuple[float, float, int]:
    """Precision, recall and true positives of a one-to-one match within 1e-5."""
    unmatched = list(truth)
    hits = 0
    for value in predicted:
        for i, wanted in enumerate(unmatched):
            if math.isclose(value, wanted, rel_tol=1e-5):
                hits += 1
                del unmatched[i]
                break
    precision = hits / len(predicted) if predicted else 0.0
    return precision, hits / len(truth), hits


def median_seconds(func, runs: int) -> float:
    """Median wall time of ``runs`` calls after one warm-up call."""
    func()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="warm runs per tool (20)")
    args = parser.parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3
    except ImportError:
        print("error: quantulum3 is not installed; run: pip install -e '.[bench]'", file=sys.stderr)
        return 2

    text = load_text(BULLETIN)
    truth = truth_values()
    operations, metrics = PACK.operations, load_metrics()

    ours_figures = [f.value for f in find_figures(text) if f.kind == "count"]
    ours_claims = [c.value for c in build_claims(text, operations=operations, metrics=metrics)]
    theirs = [q.value for q in q3.parse(text)]

    t_ours = median_seconds(lambda: build_claims(text, operations=operations, metrics=metrics), args.runs)
    t_theirs = median_seconds(lambda: q3.parse(text), args.runs)

    print(f"bulletin: {BULLETIN.name} ({len(text):,} characters); truth: {len(truth)} claims")
    print(f"{'tool':<28}{'returned':>9}{'correct':>9}{'precision':>11}{'recall':>8}{'median ms':>11}")
    rows = [
        ("bulletin claims table", ours_claims, t_ours),
        ("bulletin figure finder", ours_figures, None),
        ("quantulum3 0.10", theirs, t_theirs),
    ]
    for name, values, seconds in rows:
        precision, recall, hits = score(values, truth)
        ms = f"{seconds * 1000:.2f}" if seconds is not None else "-"
        print(f"{name:<28}{len(values):>9}{hits:>9}{precision:>11.3f}{recall:>8.3f}{ms:>11}")
    print(f"speed ratio (quantulum3 / bulletin claims, median of {args.runs} warm runs): "
          f"{t_theirs / t_ours:.0f}x")
    with tempfile.TemporaryDirectory() as tmp:
        command = ["claims", str(BULLETIN), "--pack", str(PACK.root), "--output",
                   str(Path(tmp) / "claims.csv")]
        t_command = median_seconds(lambda: cli_main(command), args.runs)
    print(f"the claims command (pack, metrics, CSV; median of {args.runs} runs): "
          f"{t_command * 1000:.2f} ms, {t_theirs / t_command:.0f}x quantulum3")
    ours_cold = cold_seconds("from bulletin.cli import main; "
                             f"main({command[:4]!r} + ['--output', {str(Path(tempfile.gettempdir()) / 'claims.csv')!r}])")
    theirs_cold = cold_seconds("import warnings; warnings.simplefilter('ignore'); "
                               "from quantulum3 import parser; "
                               f"parser.parse(open({str(BULLETIN)!r}, encoding='utf-8').read())")
    print(f"cold, start-up included (a fresh interpreter, import and one parse): bulletin "
          f"{ours_cold * 1000:.0f} ms, quantulum3 {theirs_cold * 1000:.0f} ms, "
          f"{theirs_cold / ours_cold:.0f}x")
    return 0


def cold_seconds(code: str, runs: int = 3) -> float:
    """Median wall time of a fresh interpreter running ``code`` (start-up included)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
