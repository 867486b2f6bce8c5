"""Parse the bulletin with `bulletin` and with quantulum3 in the same run; compare.

Usage::

    pip install -e '.[bench]'          # quantulum3, an optional extra
    python benchmarks/bulletin_vs_quantulum3.py [--runs 20]

Everything is timed in one process and one run, so a busy machine slows both tools alike.
It prints four speed figures, each as quantulum3's time over ours:

1. **first call, in process** (cold): the time from nothing imported to the claims table
   of the bulletin, for each tool. For ``bulletin`` that is the ``claims`` command as a
   user runs it (``bulletin.cli.main``: importing the engine, reading the lexicon,
   compiling its patterns, reading the pack and the metrics, writing the CSV); for
   quantulum3, importing it and its first ``parse`` (which loads its model). ``bulletin``
   is timed first, so it pays for the standard-library modules both tools import.
2. **warm claims table**: the median of ``--runs`` calls of ``build_claims`` against the
   median of as many ``parse`` calls (one call before, not counted).
3. **warm claims command**: the median of ``--runs`` runs of the command as above (the
   pack and metrics read, the CSV written) against the same ``parse`` median.
4. **fresh interpreter** (start-up included): the median of 3 new Python processes that
   import the tool and read the bulletin once.

It also gives precision and recall against the bulletin's 37 claims as read by hand
(``tests/claims/seed_claims.csv``). A prediction matches a claim when the values agree within a
relative tolerance of 1e-5; matching is one-to-one in text order. ``bulletin`` is scored
twice: its figure finder (every ``count`` figure, which includes number words that restate
the size of a list) and its claims table (what the analysis uses). quantulum3 is scored on
every quantity it returns.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import math
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACK_DIR = ROOT / "data" / "packs" / "jingwang2021-stage"
BULLETIN = next((PACK_DIR / "raw").glob("*.txt"))
#: The ratio the benchmark's target asks of the claims command, quantulum3 / bulletin.
TARGET = 100

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


def first_call(claims_csv: Path):
    """Seconds from nothing imported to each tool's first claims table, ours first."""
    start = time.perf_counter()
    from bulletin.cli import main as cli_main

    status = cli_main(["claims", str(BULLETIN), "--pack", str(PACK_DIR),
                       "--output", str(claims_csv)])
    ours = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"error: the claims command exited with {status}")
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser as q3
        q3.parse(BULLETIN.read_text(encoding="utf-8"))
    return ours, time.perf_counter() - start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="warm runs per tool (20)")
    args = parser.parse_args(argv)
    if "bulletin" in sys.modules or "quantulum3" in sys.modules:
        raise SystemExit("error: run the benchmark in a fresh interpreter")
    if importlib.util.find_spec("quantulum3") is None:  # not imported here: timed below
        print("error: quantulum3 is not installed; run: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    tmp = tempfile.TemporaryDirectory()
    claims_csv = Path(tmp.name) / "claims.csv"
    first_ours, first_theirs = first_call(claims_csv)

    from bulletin.claims.build import build_claims
    from bulletin.cli import main as cli_main
    from bulletin.figures.en import find_figures
    from bulletin.lexicon.metrics import load_metrics
    from bulletin.packs.pack import load_pack
    from bulletin.text.load import load_text
    from quantulum3 import parser as q3

    pack = load_pack(PACK_DIR)
    text = load_text(BULLETIN)
    truth = truth_values()
    operations, metrics = pack.operations, load_metrics()
    ours_figures = [f.value for f in find_figures(text) if f.kind == "count"]
    ours_claims = [c.value for c in build_claims(text, operations=operations, metrics=metrics)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = [q.value for q in q3.parse(text)]
        t_theirs = median_seconds(lambda: q3.parse(text), args.runs)
    t_ours = median_seconds(lambda: build_claims(text, operations=operations, metrics=metrics), args.runs)
    command = ["claims", str(BULLETIN), "--pack", str(PACK_DIR), "--output", str(claims_csv)]
    t_command = median_seconds(lambda: cli_main(command), args.runs)
    ours_cold = cold_seconds("from bulletin.cli import main; "
                             f"main({command!r})")
    tmp.cleanup()
    theirs_cold = cold_seconds("import warnings; warnings.simplefilter('ignore'); "
                               "from quantulum3 import parser; "
                               f"parser.parse(open({str(BULLETIN)!r}, encoding='utf-8').read())")

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
    figures = [
        ("first call in process (import, lexicon, patterns, pack, CSV)", first_ours, first_theirs),
        (f"warm claims table (median of {args.runs})", t_ours, t_theirs),
        (f"warm claims command (pack, metrics, CSV; median of {args.runs})", t_command, t_theirs),
        ("fresh interpreter, start-up included (median of 3)", ours_cold, theirs_cold),
    ]
    print(f"{'speed, quantulum3 / bulletin':<66}{'bulletin ms':>12}{'quantulum3 ms':>15}{'ratio':>8}")
    for name, ours, theirs_s in figures:
        ratio = theirs_s / ours
        mark = "meets" if ratio >= TARGET else "below"
        print(f"{name:<66}{ours * 1000:>12.2f}{theirs_s * 1000:>15.0f}{ratio:>7.0f}x  "
              f"{mark} {TARGET}x")
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
