"""The reader's report: findings first on the index, no code on reader pages, navigation."""

import nbformat

from bulletin.report.build import execute
from bulletin.report.site import findings_of, link_mentions, markdown_to_html, page_links, write_site


def small_notebook(number: int, finding: str):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell(f"# Part {number}\nSee notebook 01 and [the next](02-b.ipynb)."),
        nbformat.v4.new_code_cell("secret_variable_name = 6 * 7"),
        nbformat.v4.new_code_cell(
            "from IPython.display import Markdown\n"
            f"Markdown(f'- **{finding}**: {{secret_variable_name}} cases')",
            metadata={"tags": ["findings"]}),
    ]
    nb.metadata["bulletin"] = {"summary": f"Summary {number}."}
    return nb


def build(tmp_path):
    paths = []
    for number, stem in ((1, "01-a"), (2, "02-b")):
        path = tmp_path / f"{stem}.ipynb"
        nbformat.write(small_notebook(number, f"Finding {number}"), path)
        execute(path)
        paths.append(path)
    settings = tmp_path / "report.toml"
    settings.write_text('title = "A report"\nintro = "What it is."\nrerun = "Run `make report`."\n',
                        encoding="utf-8")
    return write_site(paths, tmp_path / "html", settings, tmp_path), paths


def test_the_index_leads_with_the_computed_findings(tmp_path):
    index, _ = build(tmp_path)
    page = index.read_text(encoding="utf-8")
    # the value 42 exists only as the output of the notebook's cell
    assert "<strong>Finding 1</strong>: 42 cases" in page
    assert page.index('id="findings"') < page.index('id="notebooks"')
    assert '<a href="02-b.html">Part 2</a>' in page and "Summary 2." in page
    assert "How to rerun" in page


def test_reader_pages_show_no_code_and_link_around(tmp_path):
    _, paths = build(tmp_path)
    reader = (tmp_path / "html" / "02-b.html").read_text(encoding="utf-8")
    assert "secret_variable_name" not in reader
    assert "42 cases" in reader
    for link in ('href="index.html"', 'href="01-a.html"', 'href="../../notebooks/02-b.ipynb"'):
        assert link in reader
    # One copy of every page: the page with code is the notebook itself
    assert not (tmp_path / "html" / "code").exists()
    first = (tmp_path / "html" / "01-a.html").read_text(encoding="utf-8")
    # "notebook 01" and the .ipynb link became links to pages
    assert '<a href="01-a.html">notebook 01</a>' in first and 'href="02-b.html"' in first
    body = first.split("<body", 1)[1].split("<script", 1)[0]
    assert body.count(".ipynb") == body.count('href="../../notebooks/01-a.ipynb"')


def test_findings_are_the_tagged_cells_only(tmp_path):
    _, paths = build(tmp_path)
    found = findings_of(nbformat.read(paths[0], as_version=4))
    assert len(found) == 1 and "42 cases" in found[0]


def test_page_links_at_the_ends():
    assert "previous" not in page_links(["01-a", "02-b"], 0)
    assert "next" not in page_links(["01-a", "02-b"], 1)
    assert page_links(["01-a", "02-b"], 1)["code"] == "../../notebooks/02-b.ipynb"


def test_markdown_and_mentions():
    assert markdown_to_html("One *two* `x`") == "<p>One <em>two</em> <code>x</code></p>"
    assert link_mentions("notebook 09", ["01-a"]) == "notebook 09"
