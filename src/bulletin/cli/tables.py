"""``figures``, ``claims`` and ``unclaimed``: the tables of one text, of standard input, or of
every text in a folder (``-r``: and its subfolders).

A folder gives one table with the ``file`` (its path inside the folder) and ``lang`` of
each row first. A file that cannot be read is named on stderr with its reason, the others
still come out, and the status is 2 at the end. Subfolders are read with ``-r``; without
it, a line on stderr says how many were skipped. On a terminal, a long run shows its
progress on stderr.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Police solved 12 cases.", encoding="utf-8")
>>> (folder / "sub").mkdir(); _ = (folder / "sub" / "b.txt").write_text("侦破案件3起。", encoding="utf-8")
>>> [p.as_posix() for p in text_files(folder, recursive=True)[0]]
['a.txt', 'sub/b.txt']
>>> text_files(folder, recursive=False)[1]
['sub']
"""

from __future__ import annotations

import sys
import time
from dataclasses import fields
from pathlib import Path

from bulletin.claims.build import Claim, Unclaimed, figures_of, read, unclaimed
from bulletin.claims.output import render
from bulletin.errors import BulletinError
from bulletin.figures.model import Figure
from bulletin.packs.corrections import apply_corrections
from bulletin.packs.pack import find_pack, load_pack
from bulletin.text.load import load_text
from bulletin.text.script import detect_language

from bulletin.cli.inputs import STDIN, read_text, refuse_pack, write_output

#: The files a folder is read for.
TEXT_SUFFIXES = (".txt", ".md")
#: Seconds after which a run on a terminal shows its progress.
PROGRESS_AFTER = 1.0
ROW_TYPES = {"figures": Figure, "claims": Claim, "unclaimed": Unclaimed}


def columns(command: str) -> list[str]:
    """The columns of a command's table (one file)."""
    return [f.name for f in fields(ROW_TYPES[command])]


def _rows(command: str, name: str, text: str, args, pack):
    """The rows of one text, with the language of each."""
    operations = pack.operations if pack else None
    lang = args.lang or (pack.language if pack else None)
    if command == "figures":
        rows = list(figures_of(text, args.reading, lang))
    else:
        result = read(text, args.reading, operations, lang=lang)
        if command == "claims":
            found = result.claims
            if pack and pack.corrections:
                found = apply_corrections(found, pack.corrections, f"{pack.id}: corrections.csv")
            rows = [(claim, claim.lang) for claim in found]
        else:
            rows = [(row, row.lang) for row in unclaimed(result)]
    if args.lang and not rows:
        _warn_forced_language(name, text, args.lang, command)
    return rows


def _warn_forced_language(name: str, text: str, forced: str, command: str) -> None:
    """Say on stderr that a forced ``--lang`` found nothing, and what the text reads as."""
    seen = detect_language(text)
    reads = f"the text reads as {seen}" if seen else "the text reads as neither language"
    hint = f"; try --lang {seen} or leave --lang out" if seen and seen != forced else ""
    print(f"warning: {name}: --lang {forced} found no {command}; {reads}{hint}",
          file=sys.stderr)


def text_files(folder: Path, recursive: bool) -> tuple[list[Path], list[str]]:
    """The text files in ``folder`` (relative paths, sorted) and the subfolders skipped."""
    if recursive:
        found = sorted(p.relative_to(folder) for p in folder.rglob("*")
                       if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        return found, []
    found = sorted(p.relative_to(folder) for p in folder.iterdir()
                   if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
    skipped = sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    return found, skipped


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


def _failure(name: str, exc: Exception, path: Path) -> str:
    if isinstance(exc, BulletinError):
        message = str(exc).replace(str(path), name)
        return f"error: {message}" if message.startswith(name) else f"error: {name}: {message}"
    if isinstance(exc, OSError):
        return f"error: {name}: cannot be read ({exc.strerror or exc})"
    return (f"error: {name}: internal error ({type(exc).__name__}: {exc}); "
            "please report it with the file")


def _folder(command: str, folder: Path, args, pack):
    names = [n for n in columns(command) if n != "lang"]
    rows, failed = [], 0
    files, skipped = text_files(folder, args.recursive)
    if skipped:
        print(f"note: skipped {len(skipped)} subfolder(s) of {folder} ({', '.join(skipped[:5])}"
              f"{' …' if len(skipped) > 5 else ''}); give -r to read them", file=sys.stderr)
    if not files:
        raise BulletinError(f"{folder} holds no text files "
                            f"({', '.join('*' + s for s in TEXT_SUFFIXES)})")
    progress = _Progress(len(files))
    for done, relative in enumerate(files, start=1):
        path, name = folder / relative, relative.as_posix()
        try:
            text = load_text(path)
            found = _rows(command, name, text, args, pack or find_pack(path))
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
            failed += 1
            progress.close()
            print(_failure(name, exc, path), file=sys.stderr)
            continue
        for row, lang in found:
            rows.append({"file": name, "lang": lang, **{n: getattr(row, n) for n in names}})
        progress.step(done, name)
    progress.close()
    return rows, ["file", "lang", *names], failed


def run(args) -> int:
    """Run ``figures``, ``claims`` or ``unclaimed``; return the exit status."""
    pack = load_pack(args.pack) if args.pack is not None else None
    status = 0
    if args.path != STDIN and Path(args.path).is_dir():
        refuse_pack(Path(args.path), args.command)
        rows, names, failed = _folder(args.command, Path(args.path), args, pack)
        output = render(rows, args.format, columns=names)
        status = 2 if failed else 0
    else:
        name, text = read_text(args.path)
        if pack is None and args.path != STDIN:
            pack = find_pack(Path(args.path))
        found = _rows(args.command, name, text, args, pack)
        output = render([row for row, _ in found], args.format, ROW_TYPES[args.command])
    write_output(args.output, output)
    return status
