"""The findings as data: one table, worded to its strength, printed as it is everywhere."""

import html
import importlib.util
import re

import nbformat
import pytest

from bulletin.paths import REPORTS, ROOT
from bulletin.present.findings import (
    COLUMNS, FINDINGS_CSV, STRENGTHS, is_conditional, load_findings,
)
from bulletin.report.build import compute_findings
from bulletin.report.font import write_cjk_font

FINDINGS = load_findings()


def test_the_table_has_its_columns_and_one_row_per_id():
    assert list(FINDINGS.columns) == COLUMNS
    assert FINDINGS["id"].is_unique and len(FINDINGS) >= 8
    assert set(FINDINGS["strength"]) <= set(STRENGTHS)
    assert set(FINDINGS["rests_on"]) <= {"", "inference", "assumption"}


@pytest.mark.parametrize("row", FINDINGS.to_dict("records"), ids=list(FINDINGS["id"]))
def test_a_finding_on_an_inference_or_assumption_is_worded_conditionally(row):
    if row["rests_on"]:
        assert row["strength"] != "shown", row["id"]
        assert is_conditional(row["statement"]), row["statement"]
        assert row["assumptions"], row["id"]
    if row["strength"] == "conditional on":
        assert row["statement"].startswith("If "), row["statement"]
    # every finding says how it fares under the readings of "more than"
    assert row["readings"]


def test_the_wording_rule_itself():
    assert is_conditional("If the figure is inferred, the parts exceed the headline.")
    assert is_conditional("The two lines together grew, consistent with a move between them.")
    assert not is_conditional("The parts exceed the headline.")


def _text(path):
    return html.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))


def test_every_statement_appears_as_is_on_the_index_in_the_readme_and_its_notebook():
    index = _text(REPORTS / "html" / "index.html")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    notebooks = {p.stem[:2]: p for p in (ROOT / "notebooks").glob("[0-9]*.ipynb")}
    for row in FINDINGS.itertuples():
        assert row.statement in index, row.id
        assert row.statement in readme, row.id
        nb = nbformat.read(notebooks[row.notebook], as_version=4)
        shown = "".join(o.get("data", {}).get("text/markdown", "") for c in nb.cells
                        for o in c.get("outputs", []))
        assert row.statement in shown, (row.id, row.notebook)


def test_the_committed_table_is_what_the_analysis_computes_now():
    fresh = compute_findings()
    assert fresh.astype(str).to_dict("records") == FINDINGS.to_dict("records")
    assert FINDINGS_CSV.is_file()


def _browser_check():
    spec = importlib.util.spec_from_file_location("browser_check", ROOT / "scripts" / "browser_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_browser_check_fails_on_a_missing_glyph(tmp_path):
    check = _browser_check()
    page = tmp_path / "p.html"
    face = '<style>@font-face { font-family: "X"; src: url("fonts/cjk.woff") format("woff"); }</style>'
    page.write_text(f"<html><head>{face}</head><body>净网 内鬼</body></html>", encoding="utf-8")
    assert check.missing_glyphs(page) == "内净网鬼"  # no font file: every character lacks a glyph
    write_cjk_font(["净网"], tmp_path / "fonts" / "cjk.woff")
    assert check.missing_glyphs(page) == "内鬼"
    write_cjk_font(["净网 内鬼"], tmp_path / "fonts" / "cjk.woff")
    assert check.missing_glyphs(page) == ""


def test_the_browser_check_fails_on_a_blurred_or_shrunk_chart():
    check = _browser_check()
    assert check.chart_problems([[1800, 900], [1800, 820]]) == []
    blurred, shrunk = check.chart_problems([[900, 900], [1800, 600]])
    assert "blurred" in blurred and "under 10 px" in shrunk
