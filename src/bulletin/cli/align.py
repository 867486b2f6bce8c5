"""``align EN ZH``: an English text's figures beside those of its Chinese original.

Both texts are read by the engine; figures are matched by value ranges, qualifiers and
what they count (the metric table, and the glossary of ``--campaign DIR`` when given),
in order. See :mod:`bulletin.analysis.align` for the relations.

Examples
--------
>>> import io, contextlib, tempfile, pathlib
>>> from bulletin.cli import main
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "en.txt").write_text("Police solved more than 3,900 cases.", encoding="utf-8")
>>> _ = (folder / "zh.txt").write_text("侦破案件3900余起。", encoding="utf-8")
>>> out = io.StringIO()
>>> with contextlib.redirect_stdout(out):
...     status = main(["align", str(folder / "en.txt"), str(folder / "zh.txt")])
>>> status
0
>>> out.getvalue().splitlines()[1][:30]
'same,"more than 3,900",3900,mo'
"""

from __future__ import annotations

from pathlib import Path

from bulletin.analysis.columns import ALIGN_COLUMNS as COLUMNS
from bulletin.claims.output import render

from bulletin.cli.inputs import bulletin_source, write_output


def add_command(sub, add, common, columns) -> None:
    cmd = add(sub, "align", "an English text's figures beside those of a Chinese text of the "
              "same release: same, rounded, qualifier_differs, value_differs, en_only, "
              "zh_only, conversion", columns)
    cmd.add_argument("en", metavar="EN", help="the English text (a file, - or a pack folder)")
    cmd.add_argument("zh", metavar="ZH", help="the Chinese text (a file or a pack folder)")
    cmd.add_argument("--campaign", type=Path, metavar="DIR",
                     help="a campaign folder whose glossary.csv pairs English and Chinese terms")
    common(cmd, pack_option=False, lang=False)
    cmd.set_defaults(run=run)


def run(args) -> int:
    """Run ``align``; return the exit status."""
    from bulletin.analysis.align import align  # noqa: PLC0415 - pandas, when needed

    en = bulletin_source(args.en, lang="en")
    zh = bulletin_source(args.zh, lang="zh")
    rows = align(en.claims(), zh.claims(), args.campaign)
    write_output(args.output, render(rows, args.format, columns=COLUMNS))
    return 0
