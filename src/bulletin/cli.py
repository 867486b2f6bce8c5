"""The command line: ``python -m bulletin figures|claims|unclaimed FILE``.

``--lang zh`` reads a Chinese text with :mod:`bulletin.zh` (the ``figures`` command only).

Bad input (a missing, empty, binary, changed or non-UTF-8 file) prints one line that says
what is wrong and exits with status 2.

Examples
--------
>>> from bulletin.paths import BULLETIN
>>> main(["claims", str(BULLETIN), "--format", "csv"]) == 0  # doctest: +ELLIPSIS
start,end,text,value,qualifier,low,high,kind,noun,operation,metric,paragraph,quote
...
True
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .claims import Claim, Unclaimed, account, build_claims
from .errors import BulletinError
from .figures import Figure, find_figures
from .readings import DEFAULT_READING, READINGS
from .source import load_text
from .tables import FORMATS, render
from .zh import find_figures_zh

LANGS = ("en", "zh")
COMMANDS = {
    "figures": "every figure in the text: span, value, qualifier, range, kind, noun",
    "claims": "the bulletin's claims: count figures with operation, metric, paragraph, quote",
    "unclaimed": "every numeral or number word that is not in a claim, with the reason",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bulletin",
        description="Turn a police bulletin's figures into tables.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.add_argument("file", type=Path, help="a UTF-8 text file")
        cmd.add_argument("--format", choices=FORMATS, default="csv", help="output format (csv)")
        cmd.add_argument(
            "--reading", choices=READINGS, default=DEFAULT_READING,
            help='how low/high read "more than": step (default) = below the next step of '
                 "the last digit; bound = lower bound only",
        )
        cmd.add_argument("--output", "-o", type=Path, help="write here instead of stdout")
        cmd.add_argument(
            "--lang", choices=LANGS, default="en",
            help="the text's language: en (default) or zh (Chinese; figures command only)",
        )
    return parser


def _rows(command: str, text: str, reading: str, lang: str = "en"):
    if lang == "zh":
        if command != "figures":
            raise BulletinError(
                f"--lang zh works with the figures command only, not {command}; "
                "run figures --lang zh, or drop --lang"
            )
        return find_figures_zh(text, reading), Figure
    if command == "figures":
        return find_figures(text, reading), Figure
    if command == "claims":
        return build_claims(text, reading), Claim
    return account(text, reading), Unclaimed


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        text = load_text(args.file)
        rows, row_type = _rows(args.command, text, args.reading, args.lang)
    except BulletinError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    output = render(rows, args.format, row_type)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    return 0
