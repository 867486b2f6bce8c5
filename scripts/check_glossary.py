"""Check the translation tables against the source excerpts they cite (data maintenance).

    .venv/bin/python scripts/check_glossary.py SOURCES_DIR [--pack ID] [--write]

The source excerpts are third-party text kept outside the repository, so this is not a
test: the maintainer runs it after changing the glossary or the pack's Chinese tables,
or after adding a source file. It reads every ``*.txt`` file of ``SOURCES_DIR`` (a
header, a blank line, the excerpt; see :func:`bulletin.analysis.translation.split_source`) and
checks, on what each page prints (never on the collector's header or bracketed notes):

1. the glossary's ``attested_in``: the ids of exactly the sources that print each
   Chinese term, in simplified or traditional script;
2. the pack's ``zh-bulletin-figures.csv``: every phrase is printed verbatim in its
   source, and ``source_url`` and ``source_date`` are the file's address and date;
3. the pack's ``damaged-sentences.csv``: every ``zh_phrase`` is printed verbatim in each
   source of ``zh_sources``.

It prints one line per problem and exits with status 1 if there is any. ``--write``
rewrites the glossary's ``attested_in`` column from the sources (nothing else in the
file changes); the other tables are only checked.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from bulletin.packs.pack import project_pack
from bulletin.analysis.translation import (
    GLOSSARY_CSV, attestation_errors, attested_in, load_damaged, load_glossary,
    phrases_not_printed, source_id, split_source,
)


def read_sources(folder: Path) -> dict[str, tuple[dict[str, str], str]]:
    """Source id -> (header, printed text) for every ``*.txt`` file of ``folder``."""
    sources = {}
    for path in sorted(folder.glob("*.txt")):
        sid = source_id(path.name)
        if sid in sources:
            raise SystemExit(f"{folder}: two files have the id {sid}")
        sources[sid] = split_source(path.read_text(encoding="utf-8"))
    if not sources:
        raise SystemExit(f"{folder}: no source files (*.txt)")
    return sources


def zh_figure_problems(path: Path, sources) -> list[str]:
    """Phrases not printed in their source, and addresses or dates that differ."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    problems = []
    for number, row in enumerate(rows, start=2):
        sid = source_id(row["source_file"])
        if sid not in sources:
            problems.append(f"{path.name} line {number}: source {sid} is not in hand")
            continue
        header, body = sources[sid]
        if row["phrase"] not in body:
            problems.append(f"{path.name} line {number}: {row['phrase']} is not printed in {sid}")
        address = header.get("Source address", "").split()
        if not address or row["source_url"] != address[0]:
            problems.append(f"{path.name} line {number}: source_url is not {sid}'s address")
        if not header.get("Date", "").startswith(row["source_date"]):
            problems.append(f"{path.name} line {number}: source_date is not {sid}'s date")
    return problems


def write_attested(path: Path, texts) -> int:
    """Rewrite ``attested_in`` in ``path`` from ``texts``; return how many rows changed."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    changed = 0
    for row in rows:
        found = attested_in(row["term_zh"], texts)
        changed += found != row["attested_in"]
        row["attested_in"] = found
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="the folder of source excerpts")
    parser.add_argument("--pack", default="jingwang2021-stage", help="the pack whose tables to check")
    parser.add_argument("--write", action="store_true",
                        help="rewrite the glossary's attested_in from the sources")
    args = parser.parse_args(argv)
    sources = read_sources(args.sources)
    texts = {sid: body for sid, (_, body) in sources.items()}
    if args.write:
        print(f"{GLOSSARY_CSV.name}: attested_in rewritten on "
              f"{write_attested(GLOSSARY_CSV, texts)} row(s)")
    problems = [f"{GLOSSARY_CSV.name}: {e}" for e in attestation_errors(load_glossary(CAMPAIGN), texts)]
    pack = project_pack(args.pack)
    problems += zh_figure_problems(pack.reference("zh-bulletin-figures.csv"), sources)
    damaged = load_damaged(pack.reference("damaged-sentences.csv"), pack.operations)
    problems += [f"damaged-sentences.csv: {p}"
                 for p in phrases_not_printed(damaged, "zh_phrase", "zh_sources", texts)]
    for problem in problems:
        print(problem)
    print(f"{len(sources)} source files read; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
