"""Check the shared source list against a folder of source excerpts (run by hand).

    .venv/bin/python scripts/check_sources.py SOURCES_DIR

The excerpts of third-party pages are kept outside the repository, so no test reads them;
a maintainer who has the folder runs this after adding a file or a figure. It checks that

- every ``*.txt`` file of the folder is listed in ``sources.csv``, and every file listed
  with the location ``shared/sources`` is in the folder;
- each file's ``Source address:`` line names the row's address (or one of its ``also_at``);
- every phrase of ``campaign-figures.csv`` that cites a file of the folder is printed in
  it (the figure as the row writes it: ``3.7万余起``, ``more than 45,000``).

It prints one line per problem and exits with 1 if there is any, else prints a summary.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bulletin.analysis.context import CAMPAIGN_FIGURES_CSV, COLUMNS, load_sources
from bulletin.csvtables import read_rows

SHARED_LOCATION = "shared/sources"


def address_line(text: str) -> str:
    """The address of an excerpt's ``Source address:`` header line ('' if none)."""
    for line in text.splitlines()[:5]:
        if line.startswith("Source address:"):
            return line.split(":", 1)[1].strip()
    return ""


def problems(folder: Path) -> list[str]:
    """Every mismatch between the folder, ``sources.csv`` and ``campaign-figures.csv``."""
    found = []
    sources = load_sources(CAMPAIGN)
    listed = set(sources["file"])
    on_disk = {p.name for p in folder.glob("*.txt")}
    for name in sorted(on_disk - listed):
        found.append(f"{name}: in the folder, not in sources.csv")
    shared = sources[sources["location"] == SHARED_LOCATION]
    for name in sorted(set(shared["file"]) - on_disk):
        found.append(f"{name}: listed in sources.csv ({SHARED_LOCATION}), not in the folder")
    texts = {name: (folder / name).read_text(encoding="utf-8") for name in on_disk & listed}
    for _, row in shared.iterrows():
        text = texts.get(row["file"])
        if text is None:
            continue
        header = address_line(text)
        addresses = [row["address"]] + [a.strip() for a in row["also_at"].split(" ; ") if a.strip()]
        if not any(a and a in header for a in addresses):
            found.append(f"{row['file']}: its header address {header[:80]!r} is not the row's")
    for number, row in enumerate(read_rows(CAMPAIGN_FIGURES_CSV, COLUMNS), start=2):
        text = texts.get(row["source_file"])
        if text is None:
            continue
        phrase = row["phrase"].strip()
        if phrase not in text and phrase.lower() not in text.lower():
            found.append(f"campaign-figures.csv line {number}: {phrase!r} is not printed in "
                         f"{row['source_file']}")
    return found


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: check_sources.py SOURCES_DIR", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    found = problems(folder)
    for line in found:
        print(line)
    if found:
        return 1
    print(f"ok: {len(list(folder.glob('*.txt')))} files listed; every campaign figure is "
          "printed in its source")
    return 0


if __name__ == "__main__":
    sys.exit(main())
