"""Score the claims table on the development corpus, tuned part and kept-back part apart.

The corpus (``../shared/corpus``) is third-party text: it is read from there, never committed,
never read by a test. ``corpus-split.toml`` says which files were kept back before any tuning.

    .venv/bin/python benchmarks/corpus_score.py                  # both parts, both languages
    .venv/bin/python benchmarks/corpus_score.py --part tuned     # the part to look at while working
    .venv/bin/python benchmarks/corpus_score.py --misses         # also print the misses (tuned part only)

The kept-back part's misses are never printed: score it for the closing note only.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"


def score(lang: str, files: list[str], corpus: Path, misses: bool) -> str:
    run = subprocess.run([sys.executable, str(corpus / "score.py"), "claims", sys.executable,
                          str(corpus / lang), *files], capture_output=True, text=True, cwd=corpus)
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    summary = [line for line in lines if line.startswith("corpus ")]
    if not summary:  # score.py exits 1 when a target is missed; only a missing summary is an error
        return f"score.py gave no summary (exit {run.returncode}): {run.stderr.strip()[-300:]}"
    return "\n".join(lines if misses else summary)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--part", choices=("tuned", "kept_back", "both"), default="both")
    parser.add_argument("--lang", choices=("zh", "en", "both"), default="both")
    parser.add_argument("--misses", action="store_true", help="print the tuned part's misses")
    args = parser.parse_args(argv)
    if not (args.corpus / "score.py").is_file():
        print(f"error: no corpus at {args.corpus}; pass --corpus DIR", file=sys.stderr)
        return 2
    split = tomllib.loads((HERE / "corpus-split.toml").read_text(encoding="utf-8"))
    for lang in ("zh", "en") if args.lang == "both" else (args.lang,):
        for part in ("tuned", "kept_back") if args.part == "both" else (args.part,):
            files = split[lang][part]
            print(f"== {lang} {part} ({len(files)} files)")
            print(score(lang, files, args.corpus, args.misses and part == "tuned"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
