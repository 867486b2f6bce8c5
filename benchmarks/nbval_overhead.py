"""What the analysis costs beyond starting kernels: nbval over the notebooks vs bare ones.

Usage::

    python benchmarks/nbval_overhead.py [--repeats 3]

In the same run it times strict nbval (``pytest --nbval --nbval-current-env``) over

1. the project's notebooks in ``notebooks/``, and
2. the same number of bare notebooks, made in a temporary folder, that only import pandas
   and matplotlib and draw one chart (their outputs stored by the same runner),

alternating the two ``--repeats`` times, and prints the median of each and their ratio.
Target: a ratio of at most 1.3, so that the analysis costs little beyond a kernel start.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from bulletin.report.build import NOTEBOOKS, execute

BARE_CELLS = [
    "import pandas as pd\nimport matplotlib.pyplot as plt",
    "frame = pd.DataFrame({'x': [1, 2, 3], 'y': [3, 1, 2]})\nframe",
    "fig, ax = plt.subplots()\n_ = ax.bar(frame['x'], frame['y'])\nplt.show()",
]


def make_bare_notebooks(folder: Path, count: int) -> None:
    """Write ``count`` bare notebooks to ``folder`` and store their outputs."""
    for number in range(1, count + 1):
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_markdown_cell("# A bare notebook")]
        nb.cells += [nbformat.v4.new_code_cell(source) for source in BARE_CELLS]
        path = folder / f"{number:02d}-bare.ipynb"
        nbformat.write(nb, path)
        execute(path)


def time_nbval(folder: Path) -> float:
    """Seconds for one strict nbval run over ``folder``; raises if it fails."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
         "--nbval-current-env", str(folder)],
        capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"error: nbval failed on {folder}:\n{result.stdout[-2000:]}")
    return elapsed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="runs of each (3)")
    args = parser.parse_args(argv)
    notebooks = sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))
    if not notebooks:
        print("error: no notebooks in notebooks/", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp)
        make_bare_notebooks(bare, len(notebooks))
        ours, baseline = [], []
        for _ in range(args.repeats):
            ours.append(time_nbval(NOTEBOOKS))
            baseline.append(time_nbval(bare))
    ours_s, base_s = statistics.median(ours), statistics.median(baseline)
    print(f"notebooks: {len(notebooks)}; repeats: {args.repeats}")
    print(f"nbval over the project's notebooks: median {ours_s:.1f} s")
    print(f"nbval over {len(notebooks)} bare notebooks:      median {base_s:.1f} s")
    print(f"ratio: {ours_s / base_s:.2f} (target: at most 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
