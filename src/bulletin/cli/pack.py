"""``pack init FILE DIR`` writes a pack from a text; ``pack check DIR`` says whether it is whole.

``pack init`` drafts ``reference/operations.csv`` from the text's own structure: one row
per operation its claims fall in, in order, with a cue phrase where the operation's name
is printed and a group guess (``headline``, ``operation``: a name the text prints,
``example_case``: a case told as an example, ``passage``: a passage it names by its
first noun), for the user to edit. It then writes ``processed/claims.csv`` with them.

``pack check`` prints ``ok: ...`` and exits 0, or one ``error:`` line per problem and
exits 2: the problems of :func:`bulletin.packs.init.pack_problems`, and a
``processed/claims.csv`` that is not what ``claims`` writes today (drift).

Examples
--------
>>> import io, contextlib, tempfile, pathlib
>>> from bulletin.cli import main
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> text = folder / "b.txt"
>>> _ = text.write_text("2021年3月2日\\n\\n共侦破案件120起。在“护苗”行动中，侦破案件60余起。", encoding="utf-8")
>>> with contextlib.redirect_stdout(io.StringIO()):
...     status = main(["pack", "init", str(text), str(folder / "my-pack")])
>>> status
0
>>> print((folder / "my-pack" / "reference" / "operations.csv").read_text(encoding="utf-8").splitlines()[2][:30])
护苗行动,operation,护苗行动,,,护苗行动,,护苗
>>> out = io.StringIO()
>>> with contextlib.redirect_stdout(out):
...     status = main(["pack", "check", str(folder / "my-pack")])
>>> status
0
>>> out.getvalue().startswith("ok: my-pack")
True
"""

from __future__ import annotations

import sys
from pathlib import Path

from bulletin.claims.build import HEADLINE, Claim, read
from bulletin.claims.output import render
from bulletin.errors import BulletinError
from bulletin.packs.init import DraftOperation, init_pack, pack_problems
from bulletin.packs.operations import Operation
from bulletin.packs.pack import load_pack
from bulletin.text.language import fold
from bulletin.text.load import load_text

from bulletin.cli.inputs import Source, is_pack, refuse_pack


def add_commands(sub, add, common) -> None:
    cmd = sub.add_parser("pack", help="write a pack from a text (init), or check one (check)",
                         description="Bulletin packs: pack init FILE DIR, pack check DIR.")
    inner = cmd.add_subparsers(dest="pack_command", required=True, metavar="SUBCOMMAND",
                               parser_class=sub._parser_class)
    init = add(inner, "init", "write a pack from a text: manifest, raw/, a drafted "
               "reference/operations.csv, processed/claims.csv, a README", key="pack init")
    init.add_argument("file", metavar="FILE", help="the bulletin's text (UTF-8)")
    init.add_argument("folder", type=Path, metavar="DIR", help="the new pack's folder "
                      "(its name is the pack's id; it must not exist, or be empty)")
    init.add_argument("--lang", choices=("en", "zh"), default=None,
                      help="the text's language (default: read from the script)")
    init.set_defaults(run=run_init)
    check = add(inner, "check", "check a pack: manifest, raw text and digests, tables, and "
                "processed/claims.csv against what `claims` writes today", key="pack check")
    check.add_argument("folder", type=Path, metavar="DIR", help="the pack's folder")
    check.set_defaults(run=run_check)


def _cue(operation: str, lang: str, folded: str) -> str:
    if lang == "en":
        words = operation.replace("_", " ")
        return words if words and words in folded.lower() else ""
    for candidate in (operation, operation.removesuffix("行动")):
        if len(candidate) >= 2 and candidate in folded:
            return candidate
    return ""


def draft_operations(text: str, lang: str | None = None) -> tuple[list[DraftOperation], str]:
    """The operations the text's claims fall in, in order, and the text's language.

    An operation gets a cue phrase (its name as printed) only when the cue gives the same
    claims to it as the text's structure does: the drafted pack reads the text as the
    engine reads it without one, and the user's edits start from there.
    """
    reading = read(text, lang=lang)
    folded = fold(text)
    first: dict[str, object] = {}
    for claim in reading.claims:
        first.setdefault(claim.operation, claim)
    cues = {op: "" if op == HEADLINE else _cue(op, claim.lang, folded) for op, claim in first.items()}
    langs = [claim.lang for claim in reading.claims] or [run[2] for run in reading.runs]
    language = lang or max(set(langs), key=langs.count)
    expected = [c.operation for c in reading.claims]
    while any(cues.values()):
        drafts = _drafts(first, cues)
        ops = [c.operation for c in read(text, lang=lang, operations=_operations(drafts)).claims]
        wrong = {got for got, want in zip(ops, expected) if got != want and cues.get(got)}
        if not wrong:
            break
        for op in wrong:
            cues[op] = ""
    return _drafts(first, cues), language


def _drafts(first: dict, cues: dict) -> list[DraftOperation]:
    from bulletin.analysis.headline import example_case  # noqa: PLC0415 - pandas, when needed

    drafts = []
    for op, claim in first.items():
        group = (HEADLINE if op == HEADLINE
                 else "example_case" if example_case({"quote": claim.quote, "lang": claim.lang})
                 else "operation" if cues[op] else "passage")
        drafts.append(DraftOperation(op, group, cues[op], claim.lang))
    return drafts


def _operations(drafts: list[DraftOperation]):
    """The drafts as the engine's operations (cues only), to read the text with."""
    return [Operation(d.operation, d.operation, "", "", (d.cue,) if d.lang == "en" and d.cue else (),
                      (d.cue,) if d.lang == "zh" and d.cue else (), d.extent, "", d.group)
            for d in drafts]


def claims_csv(pack) -> str:
    """The claims table ``claims`` writes for a pack's raw text today."""
    return render(Source(pack.raw.name, pack.text(), pack).claims(), "csv", Claim)


def run_init(args) -> int:
    """Run ``pack init``; return the exit status."""
    path = Path(args.file)
    refuse_pack(path, "pack init")
    drafts, language = draft_operations(load_text(path), args.lang)
    init_pack(path, args.folder, drafts, language)
    pack = load_pack(args.folder)
    pack.processed("claims.csv").write_text(claims_csv(pack), encoding="utf-8")
    print(f"wrote {args.folder}: {len(drafts)} operations drafted in reference/operations.csv "
          f"(edit them, then `python -m bulletin claims {args.folder}/raw/{path.name} "
          f"-o {args.folder}/processed/claims.csv`); check it with "
          f"`python -m bulletin pack check {args.folder}`")
    return 0


def pack_check_problems(folder: Path) -> list[str]:
    """Every problem of a pack, drift of ``processed/claims.csv`` included."""
    if not is_pack(Path(folder)):
        raise BulletinError(f"{folder} is not a bulletin pack: it has no pack.toml "
                            "(write one with `python -m bulletin pack init FILE DIR`)")
    problems = pack_problems(folder)
    if problems:
        return problems
    pack = load_pack(folder)
    committed = pack.processed("claims.csv")
    if not committed.is_file():
        return [f"{committed} is missing: write it with `python -m bulletin claims "
                f"{pack.raw} -o {committed}`"]
    try:
        today = claims_csv(pack)
    except BulletinError as exc:
        return [str(exc)]
    if committed.read_text(encoding="utf-8") != today:
        problems.append(f"{committed} is not what `claims` writes today (edited by hand, or "
                        f"the engine changed): rebuild it with `python -m bulletin claims "
                        f"{pack.raw} -o {committed}` and review the difference")
    return problems


def run_check(args) -> int:
    """Run ``pack check``; return the exit status."""
    problems = pack_check_problems(args.folder)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 2
    pack = load_pack(args.folder)
    print(f"ok: {pack.id} ({len(pack.operations)} operations, "
          f"{len(pack.corrections)} corrections, processed/claims.csv up to date)")
    return 0
