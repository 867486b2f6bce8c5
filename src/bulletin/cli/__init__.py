"""The command line: ``python -m bulletin COMMAND ...``, one module per command.

==============================  ============================================================
``figures|claims|unclaimed``    the tables of a text, ``-`` (stdin) or a folder (``-r``):
                                :mod:`bulletin.cli.tables`
``check FILE|PACK``             parts against headline, each reading: :mod:`bulletin.cli.check`
``align EN ZH``                 an English text's figures beside its Chinese original's:
                                :mod:`bulletin.cli.align`
``pack init FILE DIR``,         a pack written from the text; a pack validated:
``pack check DIR``              :mod:`bulletin.cli.pack`
``report FILE|PACK -o DIR``     a reader's HTML page: :mod:`bulletin.cli.report`
==============================  ============================================================

Bad input prints ``error: <one line>`` on stderr and exits with status 2, never a traceback;
``--help`` on any command gives examples and its columns.

Examples
--------
>>> from bulletin.packs.pack import project_pack
>>> main(["claims", str(project_pack("jingwang2021-stage").raw), "--format", "csv"]) == 0  # doctest: +ELLIPSIS
start,end,text,value,qualifier,low,high,kind,noun,measure,verb,operation,metric,paragraph,quote,lang,clause,same_as
...
True
"""

from __future__ import annotations

import argparse
import sys
from functools import lru_cache
from pathlib import Path

from bulletin import __version__
from bulletin.analysis.columns import ALIGN_COLUMNS, CHECK_COLUMNS
from bulletin.claims.output import FORMATS
from bulletin.errors import BulletinError
from bulletin.figures.readings import DEFAULT_READING, READINGS
from bulletin.text.language import LANGUAGES

from bulletin.cli import align, check, pack, report, tables

PROG = "python -m bulletin"
TABLES = {
    "figures": "every figure in the text: span, value, qualifier, range, kind, noun",
    "claims": "the bulletin's claims: count figures with operation, metric, paragraph, quote",
    "unclaimed": "every numeral or number word that is not in a claim, with the reason",
}
EXAMPLES = {
    "figures": ["figures BULLETIN.txt --format json", "figures - < BULLETIN.txt"],
    "claims": ["claims BULLETIN.txt", "claims BULLETIN.txt -o claims.csv",
               "claims FOLDER/ -r", "claims BULLETIN.txt --reading bound --format markdown"],
    "unclaimed": ["unclaimed BULLETIN.txt"],
    "check": ["check BULLETIN.txt", "check data/packs/PACK --format markdown",
              "check PACK --leave-one-out --format json"],
    "align": ["align RELAY.en.txt ORIGINAL.zh.txt",
              "align RELAY.en.txt ORIGINAL.zh.txt --campaign data/campaigns/CAMPAIGN"],
    "pack init": ["pack init BULLETIN.txt data/packs/my-bulletin"],
    "pack check": ["pack check data/packs/my-bulletin"],
    "report": ["report BULLETIN.txt -o out/", "report data/packs/my-bulletin -o out/"],
}


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and status 2."""

    def error(self, message: str):  # noqa: D401 - argparse's hook
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


def _epilog(name: str, columns: list[str] | None = None) -> str:
    lines = ["examples:"] + [f"  {PROG} {e}" for e in EXAMPLES[name]]
    if columns:
        lines += ["", "columns:", "  " + ", ".join(columns)]
    return "\n".join(lines)


def _add(sub, name: str, help_text: str, columns=None, key: str | None = None):
    return sub.add_parser(name, help=help_text, description=help_text,
                          epilog=_epilog(key or name, columns),
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def _common(cmd, formats=FORMATS, pack_option=True, lang=True) -> None:
    cmd.add_argument("--format", choices=formats, default="csv", help="output format (csv)")
    cmd.add_argument("--output", "-o", type=Path, help="write here instead of stdout "
                     "(its folder must exist)")
    if lang:
        cmd.add_argument("--lang", choices=LANGUAGES, default=None,
                         help="the text's language: en or zh (default: read from the script)")
    if pack_option:
        cmd.add_argument("--pack", type=Path, metavar="DIR",
                         help="a bulletin pack whose operations, cues and corrections to use "
                              "(default: the pack the file sits in, if any)")


def _table_commands(sub) -> None:
    for name, help_text in TABLES.items():
        cmd = _add(sub, name, help_text, tables.columns(name))
        cmd.add_argument("path", metavar="PATH",
                         help="a UTF-8 text file, - for standard input, or a folder of texts "
                              "(*.txt, *.md)")
        cmd.add_argument("-r", "--recursive", action="store_true",
                         help="in a folder, read the subfolders too")
        cmd.add_argument("--reading", choices=READINGS, default=DEFAULT_READING,
                         help='how low/high read "more than": step (default) = below the next '
                              "step of the last digit; bound = lower bound only")
        _common(cmd)
        cmd.set_defaults(run=tables.run)


@lru_cache(maxsize=1)
def parser() -> argparse.ArgumentParser:
    """The command line's parser, built once per process (building it costs more than
    reading a short bulletin)."""
    top = _Parser(prog=PROG, description="Turn a police bulletin's figures into tables a "
                  "reader can check.", formatter_class=argparse.RawDescriptionHelpFormatter,
                  epilog="examples:\n" + "\n".join(
                      f"  {PROG} {e}" for e in ("claims BULLETIN.txt", "check BULLETIN.txt",
                                                "pack init BULLETIN.txt data/packs/NEW",
                                                "report data/packs/NEW -o out/",
                                                "align RELAY.en.txt ORIGINAL.zh.txt")))
    top.add_argument("--version", action="version", version=f"bulletin {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND",
                             parser_class=_Parser)
    _table_commands(sub)
    cmd = _add(sub, "check", "do the operations add up to the headline? each metric the "
               "headline states, under the step and the bound reading", CHECK_COLUMNS)
    cmd.add_argument("path", metavar="FILE|PACK", help="a text file, - for standard input, "
                     "or a pack folder")
    cmd.add_argument("--leave-one-out", action="store_true",
                     help="also each operation left out in turn")
    _common(cmd)
    cmd.set_defaults(run=check.run)
    pack.add_commands(sub, _add, _common)
    report.add_command(sub, _add)
    align.add_command(sub, _add, _common, ALIGN_COLUMNS)
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except BulletinError as exc:
        print(f"error: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"error: {getattr(exc, 'filename', None) or ''} {exc.strerror or exc}".strip(),
              file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 - never a traceback on the command line
        print(f"error: internal error ({type(exc).__name__}: {exc}); please report it with "
              "the input", file=sys.stderr)
    return 2
