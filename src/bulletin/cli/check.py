"""``check FILE|PACK``: do the operations add up to the headline, under each reading?

One row per metric the headline states and reading (``step``, ``bound``): the operations
summed (``parts``), the range of their sum and of the headline, the excess (sum minus
headline) and the verdict (``consistent``, ``parts_exceed``, ``parts_short``). With
``--leave-one-out``, the same with each operation left out in turn. Printings of one
figure that disagree are ``restatement`` rows (``restatement_differs``). See
:mod:`bulletin.analysis.headline`.

Examples
--------
>>> import io, contextlib
>>> from bulletin.packs.pack import project_pack
>>> from bulletin.cli import main
>>> out = io.StringIO()
>>> with contextlib.redirect_stdout(out):
...     status = main(["check", str(project_pack("jingwang2021-stage").root), "--format", "markdown"])
>>> status
0
>>> cells = [c.strip() for c in out.getvalue().splitlines()[2].split("|")]
>>> cells[1:4], cells[6:10], cells[-2]
(['parts_vs_headline', 'cases', 'step'], ['36800', '38040', '37000', '38000'], 'consistent')
"""

from __future__ import annotations

from bulletin.analysis.columns import CHECK_COLUMNS as COLUMNS
from bulletin.claims.output import render

from bulletin.cli.inputs import bulletin_source, write_output


def run(args) -> int:
    """Run ``check``; return the exit status."""
    from bulletin.analysis.headline import parts_check  # noqa: PLC0415 - pandas, when needed

    source = bulletin_source(args.path, args.pack, args.lang)
    rows = parts_check(source.claims_frame(), leave_out=args.leave_one_out)
    write_output(args.output, render(rows, args.format, columns=COLUMNS))
    return 0
