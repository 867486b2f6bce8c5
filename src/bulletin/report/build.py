"""Re-run the notebooks in place, deterministically, and write the HTML report.

``python -m bulletin.report`` (what ``make report`` calls) executes every notebook in
``notebooks/`` top to bottom in a fresh ``python3`` kernel, in file-name order, and
writes the outputs back into the notebook. It records no timings, no machine paths and
no interpreter version, so a second run on a clean checkout leaves git clean. A notebook
that writes to stderr or raises fails the run with a one-line message.

It then writes the reader's report in ``reports/html/`` (see :mod:`bulletin.report.site`: an
index led by the findings, a page per notebook without code, each linking to its notebook
for the code), and ``reports/figures/README.md``, the catalogue of published charts and the
columns of their CSVs.

Give notebook paths as arguments to re-run only those (no HTML is written then).
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

from bulletin.paths import FIGURES, REPORTS, ROOT
from bulletin.report.site import write_site

NOTEBOOKS = ROOT / "notebooks"
HTML = REPORTS / "html"
#: The index page's title, introduction, key chart and closing texts, kept as data.
REPORT_TOML = REPORTS / "report.toml"
KERNEL = "python3"
KERNELSPEC = {"name": KERNEL, "display_name": "Python 3 (ipykernel)", "language": "python"}
LANGUAGE_INFO_KEYS = ("name", "file_extension", "mimetype", "nbconvert_exporter",
                      "pygments_lexer", "codemirror_mode")


class NotebookFailed(Exception):
    """A notebook raised, or wrote to stderr."""


def normalise(nb) -> None:
    """Strip what varies between runs and machines; give every cell a stable id."""
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    info = nb.metadata.get("language_info", {})
    nb.metadata["language_info"] = {k: info[k] for k in LANGUAGE_INFO_KEYS if k in info}
    for number, cell in enumerate(nb.cells, start=1):
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
        cell["id"] = f"cell-{number:02d}"


def stderr_outputs(nb) -> list[str]:
    """A line for each cell that wrote to stderr."""
    found = []
    for number, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                found.append(f"cell {number}: {output.get('text', '').strip()[:200]}")
    return found


def execute(path: Path) -> None:
    """Run one notebook top to bottom in a fresh kernel and save it in place."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    from jupyter_client.manager import KernelManager

    nb = nbformat.read(path, as_version=4)
    # Local sockets (IPC) in a temporary folder rather than TCP: nothing listens on the
    # network while the notebooks run, and no socket file is left behind.
    with tempfile.TemporaryDirectory(prefix="bulletin-kernel-") as sockets:
        kernel = KernelManager(kernel_name=KERNEL, transport="ipc",
                               ip=str(Path(sockets) / "kernel"))
        client = NotebookClient(nb, km=kernel, timeout=600, kernel_name=KERNEL,
                                record_timing=False,
                                resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute()
        except CellExecutionError as exc:
            first = str(exc).strip().splitlines()
            raise NotebookFailed(f"{path.name} failed: {first[-1] if first else exc}") from None
        finally:
            if kernel.has_kernel:  # a kernel manager passed in is not shut down for us
                kernel.shutdown_kernel()
    problems = stderr_outputs(nb)
    if problems:
        raise NotebookFailed(f"{path.name} wrote to stderr: {problems[0]}")
    normalise(nb)
    nbformat.write(nb, path)


README = ROOT / "README.md"
#: The README's findings sit between these lines, written by :func:`write_findings_everywhere`.
README_MARKS = ("<!-- findings: written by make report from reports/findings.csv -->",
                "<!-- end of findings -->")


def compute_findings():
    """The findings table of the campaign and pack ``reports/report.toml`` names."""
    import tomllib

    from bulletin.analysis.context import campaign_labels
    from bulletin.analysis.findings import facts
    from bulletin.packs.pack import load_pack
    from bulletin.present.findings import findings_table

    data = tomllib.loads(REPORT_TOML.read_text(encoding="utf-8"))
    campaign, pack = ROOT / data["campaign"], load_pack(ROOT / data["pack"])
    return findings_table(facts(campaign, pack), campaign_labels(campaign, pack))


def readme_findings(table) -> str:
    """The README's findings list: each statement as it is, its strength and notebook."""
    stems = {p.stem[:2]: p.name for p in NOTEBOOKS.glob("[0-9]*.ipynb")}
    return "\n".join(f"- {r.statement} *({r.strength}; [notebook {r.notebook}]"
                     f"(notebooks/{stems.get(r.notebook, r.notebook)}))*" for r in table.itertuples())


def write_findings_everywhere(table) -> None:
    """Write ``reports/findings.csv`` and the README's findings section from the table."""
    from bulletin.present.findings import write_findings

    write_findings(table)
    text = README.read_text(encoding="utf-8")
    start, end = README_MARKS
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        README.write_text(before + start + "\n" + readme_findings(table) + "\n" + end + after,
                          encoding="utf-8")


def write_html(paths: list[Path], folder: Path = HTML, findings=None) -> Path:
    """Write the reader's report (:mod:`bulletin.report.site`); return the index page's path."""
    return write_site(paths, folder, REPORT_TOML, FIGURES, findings)


def chart_catalogue(paths: list[Path], folder: Path = FIGURES) -> Path:
    """Write ``folder/README.md``: each published chart, the notebook that draws it, and
    the columns of the CSV beside it (read from the files, so it cannot drift).

    A chart belongs to the notebook whose stored outputs show it (``<chart NAME.png>``).
    """
    import csv

    import nbformat

    shown_in = {}
    for path in paths:
        text = json.dumps(nbformat.read(path, as_version=4).cells)
        for name in re.findall(r"<chart ([\w.\-]+)\.png>", text):
            shown_in.setdefault(name, path.stem)
    lines = [
        "# reports/figures/",
        "",
        "Every chart the notebooks publish, as a PNG beside a CSV of exactly the values it plots.",
        "Written by `make report` (`bulletin.report.build`); do not edit by hand.",
        "",
        "| chart | notebook | CSV columns |",
        "|---|---|---|",
    ]
    for png in sorted(folder.glob("*.png")):
        table = png.with_suffix(".csv")
        with open(table, encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle), [])
        notebook = shown_in.get(png.stem, "—")
        lines.append(f"| `{png.name}` | {notebook} | {', '.join(f'`{c}`' for c in header)} |")
    readme = folder / "README.md"
    readme.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return readme


def main(argv: list[str] | None = None) -> int:
    """Re-run the notebooks given (default: all) and, for a full run, write the report."""
    argv = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("PYTHONHASHSEED", "0")
    paths = [Path(a).resolve() for a in argv] or sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))
    if not paths:
        print("error: no notebooks found in notebooks/", file=sys.stderr)
        return 2
    table = None
    if not argv:
        table = compute_findings()
        write_findings_everywhere(table)
        print("wrote reports/findings.csv")
    for path in paths:
        print(f"running {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        try:
            execute(path)
        except NotebookFailed as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    if not argv:
        index = write_html(paths, findings=table)
        print(f"wrote {index.relative_to(ROOT)}")
        catalogue = chart_catalogue(paths)
        print(f"wrote {catalogue.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
