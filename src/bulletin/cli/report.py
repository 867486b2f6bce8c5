"""``report FILE|PACK -o DIR``: a reader's page for any bulletin (``DIR/index.html``).

The page (:mod:`bulletin.report.bulletin_page`) shows the claims by operation with their
ranges under both readings, the checks and their verdicts, the figures that are not
claims with their reasons, and the parts-against-headline chart; the tables it shows are
written beside it as CSV. ``DIR`` must exist.

Examples
--------
>>> import io, contextlib, tempfile, pathlib
>>> from bulletin.cli import main
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "b.txt").write_text("共侦破案件120余起。在“护苗”行动中，侦破案件60余起。", encoding="utf-8")
>>> with contextlib.redirect_stdout(io.StringIO()):
...     status = main(["report", str(folder / "b.txt"), "-o", str(folder)])
>>> status, sorted(p.name for p in folder.glob("*.html"))
(0, ['index.html'])
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from bulletin.claims.build import Claim, read, unclaimed
from bulletin.errors import BulletinError
from bulletin.packs.corrections import apply_corrections
from bulletin.text.language import LANGUAGES

from bulletin.cli.inputs import bulletin_source


def add_command(sub, add) -> None:
    cmd = add(sub, "report", "a reader's HTML page for any bulletin: claims by operation with "
              "their ranges, the checks and verdicts, the figures that are not claims, the "
              "parts-against-headline chart")
    cmd.add_argument("path", metavar="FILE|PACK", help="a text file, - for standard input, "
                     "or a pack folder")
    cmd.add_argument("--output", "-o", type=Path, required=True, metavar="DIR",
                     help="the folder to write index.html and its tables into (it must exist)")
    cmd.add_argument("--lang", choices=LANGUAGES, default=None,
                     help="the text's language: en or zh (default: read from the script)")
    cmd.add_argument("--pack", type=Path, metavar="DIR",
                     help="a bulletin pack whose operations, labels and corrections to use")
    cmd.set_defaults(run=run)


def run(args) -> int:
    """Run ``report``; return the exit status."""
    import pandas as pd  # noqa: PLC0415 - only this command needs them
    from bulletin.report.bulletin_page import write_page  # noqa: PLC0415

    folder = args.output
    if not folder.is_dir():
        raise BulletinError(f"the output folder {folder} does not exist; create it first")
    source = bulletin_source(args.path, args.pack, args.lang)
    pack = source.pack
    lang = source.lang or (pack.language if pack else None)
    reading = read(source.text, operations=pack.operations if pack else None, lang=lang)
    claims = reading.claims
    if pack and pack.corrections:
        claims = apply_corrections(claims, pack.corrections)
    frame = pd.DataFrame([asdict(c) for c in claims], columns=list(Claim.__dataclass_fields__))
    others = [asdict(u) for u in unclaimed(reading)]
    labels = {op.operation: op.label for op in pack.operations} if pack else {}
    title = pack.title if pack else source.name
    page = write_page(folder, title, source.name, frame, others, labels)
    print(f"wrote {page}")
    return 0
