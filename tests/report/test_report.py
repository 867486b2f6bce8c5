"""The notebook runner: deterministic outputs, clear failures, the HTML index."""

import nbformat
import pytest

from bulletin.report.build import (
    NotebookFailed, chart_catalogue, execute, normalise, stderr_outputs, write_html,
)
from bulletin.report.site import summary, title


def notebook(*sources, summary_line="A test notebook."):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# A small test\nSome words.")]
    nb.cells += [nbformat.v4.new_code_cell(s) for s in sources]
    nb.metadata["bulletin"] = {"summary": summary_line}
    return nb


def test_normalise_strips_what_varies_between_runs():
    nb = notebook("1 + 1")
    nb.metadata["language_info"] = {"name": "python", "version": "3.11.7"}
    nb.cells[1].metadata["execution"] = {"iopub.execute_input": "2026-01-01T00:00:00Z"}
    normalise(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.metadata["language_info"] == {"name": "python"}
    assert "execution" not in nb.cells[1].metadata
    assert [c["id"] for c in nb.cells] == ["cell-01", "cell-02"]


def test_stderr_outputs_are_found():
    nb = notebook("print('x')")
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", name="stderr", text="DeprecationWarning: old")]
    assert stderr_outputs(nb) == ["cell 2: DeprecationWarning: old"]


def test_title_and_summary():
    nb = notebook("1")
    assert title(nb, "fallback") == "A small test"
    assert summary(nb) == "A test notebook."


def test_execute_twice_gives_the_same_file(tmp_path):
    path = tmp_path / "01-small.ipynb"
    nbformat.write(notebook("total = sum(range(5))\ntotal"), path)
    execute(path)
    first = path.read_bytes()
    execute(path)
    assert path.read_bytes() == first
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[1].execution_count == 1
    assert nb.cells[1].outputs[0]["data"]["text/plain"] == "10"


def test_a_failing_cell_is_one_clear_error(tmp_path):
    path = tmp_path / "02-broken.ipynb"
    nbformat.write(notebook("1 / 0"), path)
    with pytest.raises(NotebookFailed, match="02-broken.ipynb failed: .*ZeroDivisionError"):
        execute(path)


def test_a_notebook_writing_to_stderr_fails(tmp_path):
    path = tmp_path / "03-noisy.ipynb"
    nbformat.write(notebook("import sys\nprint('careful', file=sys.stderr)"), path)
    with pytest.raises(NotebookFailed, match="wrote to stderr: cell 2: careful"):
        execute(path)


def test_html_index_links_each_notebook(tmp_path):
    path = tmp_path / "01-small.ipynb"
    nbformat.write(notebook("2 * 21", summary_line="What it answers."), path)
    execute(path)
    index = write_html([path], folder=tmp_path / "html")
    html = index.read_text(encoding="utf-8")
    assert '<a href="01-small.html">A small test</a>' in html and "What it answers." in html
    assert (tmp_path / "html" / "01-small.html").is_file()


def test_chart_catalogue_lists_each_chart_with_its_notebook_and_columns(tmp_path):
    folder = tmp_path / "figures"
    folder.mkdir()
    (folder / "cases.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "cases.csv").write_text("operation,value\nhackers,900\n", encoding="utf-8")
    nb = notebook("'shown'")
    nb.cells[1].outputs = [nbformat.v4.new_output(
        "display_data", data={"text/plain": "<chart cases.png>"})]
    path = tmp_path / "02-charts.ipynb"
    nbformat.write(nb, path)
    readme = chart_catalogue([path], folder=folder).read_text(encoding="utf-8")
    assert "| `cases.png` | 02-charts | `operation`, `value` |" in readme
