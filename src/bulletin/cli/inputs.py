"""What every command reads and writes: a text, standard input, a pack; an output file.

- ``-`` reads the text from standard input.
- A pack folder (one holding ``pack.toml``) where a text is expected is refused with the
  command to use instead; where a bulletin is expected (``check``, ``report``) it gives
  its raw text, operations and corrections.
- An output path whose folder does not exist is an error that names the folder.

Examples
--------
>>> from bulletin.packs.pack import project_pack
>>> source = bulletin_source(str(project_pack("jingwang2021-stage").root))
>>> source.name, source.pack.id, len(source.claims())
('cleaning-the-internet-2021-stage-results.en.txt', 'jingwang2021-stage', 37)
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from bulletin.claims.build import Claim, read
from bulletin.errors import BulletinError
from bulletin.figures.readings import DEFAULT_READING
from bulletin.packs.corrections import apply_corrections
from bulletin.packs.pack import MANIFEST, Pack, find_pack, load_pack
from bulletin.text.load import decode, load_text

#: The argument that reads standard input.
STDIN = "-"


def is_pack(path: Path) -> bool:
    """Whether ``path`` is a bulletin pack folder."""
    return path.is_dir() and (path / MANIFEST).is_file()


def refuse_pack(path: Path, command: str) -> None:
    """Raise the one-line error for a pack given where a text is expected."""
    if is_pack(path):
        try:
            raw = load_pack(path).raw
            text = f"its raw text ({raw.relative_to(Path.cwd()) if raw.is_relative_to(Path.cwd()) else raw})"
        except BulletinError:
            text = "its raw/ text"
        raise BulletinError(
            f"{path} is a bulletin pack, not a text: give {text}, e.g. "
            f"`python -m bulletin {command} {path}/raw/<file>`, or check the pack with "
            f"`python -m bulletin check {path}`")


def read_text(arg: str) -> tuple[str, str]:
    """The name and text of a text argument: a file, or ``-`` for standard input."""
    if arg == STDIN:
        return "standard input", decode(sys.stdin.buffer.read(), "standard input")
    path = Path(arg)
    return path.name, load_text(path)


@dataclass
class Source:
    """A bulletin to work on: its text, and the pack it belongs to (if any)."""

    name: str
    text: str
    pack: Pack | None
    lang: str | None = None

    def claims(self, reading: str = DEFAULT_READING) -> list[Claim]:
        """The claims, with the pack's operations and corrections when there is a pack."""
        operations = self.pack.operations if self.pack else None
        lang = self.lang or (self.pack.language if self.pack else None)
        found = read(self.text, reading, operations, lang=lang).claims
        if self.pack and self.pack.corrections:
            found = apply_corrections(found, self.pack.corrections,
                                      str(self.pack.reference("corrections.csv")))
        return found

    def claims_frame(self, reading: str = DEFAULT_READING):
        """The claims as a DataFrame (the columns of ``python -m bulletin claims``)."""
        import pandas as pd  # noqa: PLC0415 - only the analysis commands need it

        rows = [asdict(c) for c in self.claims(reading)]
        columns = [f for f in Claim.__dataclass_fields__]
        return pd.DataFrame(rows, columns=columns)


def bulletin_source(arg: str, pack_dir: Path | None = None, lang: str | None = None) -> Source:
    """A bulletin given as a text file, ``-``, or a pack folder; ``pack_dir`` forces a pack."""
    pack = load_pack(pack_dir) if pack_dir is not None else None
    if arg != STDIN and is_pack(Path(arg)):
        own = load_pack(arg)
        return Source(own.raw.name, own.text(), pack or own, lang)
    if arg != STDIN and Path(arg).is_dir():
        raise BulletinError(f"{arg} is a folder: give one text file (or a pack folder)")
    name, text = read_text(arg)
    if pack is None and arg != STDIN:
        pack = find_pack(Path(arg))
    return Source(name, text, pack, lang)


def write_output(output: Path | None, text: str) -> None:
    """Write ``text`` to ``output``, or to standard output when it is ``None``."""
    if output is None:
        sys.stdout.write(text)
        return
    folder = output.parent
    if not folder.is_dir():
        raise BulletinError(f"the output folder {folder} does not exist; create it first")
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise BulletinError(f"cannot write {output}: {exc.strerror or exc}") from None
