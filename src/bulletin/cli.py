"""The command line: ``python -m bulletin figures|claims|unclaimed PATH``.

``PATH`` is a text file, or a folder: then every ``*.txt`` and ``*.md`` file in it is read
and one table comes out, with the ``file`` and ``lang`` of each row first. The language
is read from the script of the text (paragraph by paragraph, so a bilingual text works);
``--lang en|zh`` forces one. ``claims`` and ``unclaimed`` use a pack's operations: the
pack given with ``--pack DIR``, else the pack whose raw text the file is (see
:func:`bulletin.packs.pack.find_pack`), else none (operations from the text alone).

Bad input (a missing, empty, binary, changed or non-UTF-8 file, a text in neither
language, a bad pack) prints ``error: <one line>`` and exits with status 2. In a folder,
a file that cannot be read is named on stderr with its reason, the others still come out,
and the status is 2 at the end. On a terminal, a long run shows its progress on stderr.

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
import time
from functools import lru_cache
from dataclasses import fields
from pathlib import Path

from bulletin.claims.build import Claim, Unclaimed, figures_of, read, unclaimed
from bulletin.errors import BulletinError
from bulletin.figures.model import Figure
from bulletin.text.language import LANGUAGES
from bulletin.text.script import detect_language
from bulletin.packs.pack import find_pack, load_pack
from bulletin.figures.readings import DEFAULT_READING, READINGS
from bulletin.text.load import load_text
from bulletin.claims.output import FORMATS, render

COMMANDS = {
    "figures": "every figure in the text: span, value, qualifier, range, kind, noun",
    "claims": "the bulletin's claims: count figures with operation, metric, paragraph, quote",
    "unclaimed": "every numeral or number word that is not in a claim, with the reason",
}
#: The files a folder is read for.
TEXT_SUFFIXES = (".txt", ".md")
#: Seconds after which a run on a terminal shows its progress.
PROGRESS_AFTER = 1.0
ROW_TYPES = {"figures": Figure, "claims": Claim, "unclaimed": Unclaimed}


@lru_cache(maxsize=1)
def _parser() -> argparse.ArgumentParser:
    """The command line's parser, built once per process (building it costs more than
    reading a short bulletin)."""
    parser = argparse.ArgumentParser(
        prog="python -m bulletin",
        description="Turn a police bulletin's figures into tables.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.add_argument("path", type=Path, metavar="PATH",
                         help="a UTF-8 text file, or a folder of them (*.txt, *.md)")
        cmd.add_argument("--format", choices=FORMATS, default="csv", help="output format (csv)")
        cmd.add_argument(
            "--reading", choices=READINGS, default=DEFAULT_READING,
            help='how low/high read "more than": step (default) = below the next step of '
                 "the last digit; bound = lower bound only",
        )
        cmd.add_argument("--output", "-o", type=Path, help="write here instead of stdout")
        cmd.add_argument("--lang", choices=LANGUAGES, default=None,
                         help="the text's language: en or zh (default: read from the script)")
        cmd.add_argument("--pack", type=Path, metavar="DIR",
                         help="a bulletin pack whose operations and cues to use "
                              "(default: the pack the file sits in, if any)")
    return parser


def _rows(command: str, path: Path, args, pack_ops):
    """The rows of one file, with the language of each."""
    text = load_text(path)
    operations, lang = pack_ops if pack_ops is not None else _pack_of(path)
    lang = args.lang or lang
    if command == "figures":
        rows = [(figure, flang) for figure, flang in figures_of(text, args.reading, lang)]
    else:
        result = read(text, args.reading, operations, lang=lang)
        rows = ([(claim, claim.lang) for claim in result.claims] if command == "claims"
                else [(row, row.lang) for row in unclaimed(result)])
    if args.lang and not rows:
        _warn_forced_language(path, text, args.lang, command)
    return rows


def _warn_forced_language(path: Path, text: str, forced: str, command: str) -> None:
    """Say on stderr that a forced ``--lang`` found nothing, and what the text reads as."""
    seen = detect_language(text)
    reads = f"the text reads as {seen}" if seen else "the text reads as neither language"
    hint = f"; try --lang {seen} or leave --lang out" if seen and seen != forced else ""
    print(f"warning: {path.name}: --lang {forced} found no {command}; {reads}{hint}",
          file=sys.stderr)


def _pack_of(path: Path):
    """The operations and language of the pack ``path`` is the raw text of, if any."""
    pack = find_pack(path)
    return (pack.operations, pack.language) if pack else (None, None)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)


class _Progress:
    """A one-line progress count on stderr, shown only on a terminal and for long runs."""

    def __init__(self, total: int):
        self.total, self.started = total, time.monotonic()
        self.shown = False
        self.enabled = total > 1 and sys.stderr.isatty()

    def step(self, done: int, name: str) -> None:
        if self.enabled and time.monotonic() - self.started >= PROGRESS_AFTER:
            sys.stderr.write(f"\r[{done}/{self.total}] {name[:60]:60}")
            sys.stderr.flush()
            self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 72 + "\r")
            sys.stderr.flush()


def _folder(command: str, folder: Path, args, pack_ops):
    row_type = ROW_TYPES[command]
    names = [f.name for f in fields(row_type)]
    columns = ["file", "lang"] + [name for name in names if name != "lang"]
    rows, failed = [], 0
    files = _files(folder)
    if not files:
        raise BulletinError(f"{folder} holds no text files "
                            f"({', '.join('*' + s for s in TEXT_SUFFIXES)})")
    progress = _Progress(len(files))
    for done, path in enumerate(files, start=1):
        try:
            found = _rows(command, path, args, pack_ops)
        except BulletinError as exc:
            failed += 1
            progress.close()
            message = str(exc).replace(str(path), path.name)
            named = message.startswith(path.name)  # the loader's message names the file
            print(f"error: {message}" if named else f"error: {path.name}: {message}",
                  file=sys.stderr)
            continue
        except OSError as exc:
            failed += 1
            progress.close()
            print(f"error: {path.name}: cannot be read ({exc.strerror or exc})", file=sys.stderr)
            continue
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
            failed += 1
            progress.close()
            print(f"error: {path.name}: internal error ({type(exc).__name__}: {exc}); "
                  "please report it with the file", file=sys.stderr)
            continue
        for row, lang in found:
            values = {name: getattr(row, name) for name in names if name != "lang"}
            rows.append({"file": path.name, "lang": lang, **values})
        progress.step(done, path.name)
    progress.close()
    return rows, columns, failed


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    status = 0
    try:
        pack_ops = None
        if args.pack is not None:
            pack = load_pack(args.pack)
            pack_ops = (pack.operations, pack.language)
        if args.path.is_dir():
            rows, columns, failed = _folder(args.command, args.path, args, pack_ops)
            output = render(rows, args.format, columns=columns)
            status = 2 if failed else 0
        else:
            found = _rows(args.command, args.path, args, pack_ops)
            output = render([row for row, _ in found], args.format, ROW_TYPES[args.command])
    except BulletinError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.output:
        try:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(output, encoding="utf-8")
        except OSError as exc:
            print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    else:
        sys.stdout.write(output)
    return status
