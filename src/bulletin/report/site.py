"""The HTML report for readers: findings first, no code, navigation on every page.

:func:`write_site` turns the executed notebooks into ``reports/html/``:

- ``index.html``: the report's title and introduction (``reports/report.toml``), then the
  **findings**, one plain sentence each, as the findings table states them
  (``reports/findings.csv``, :mod:`bulletin.present.findings`), each with its strength and a
  link to the notebook that shows it; then the chart that carries them, one line per
  notebook, the data and how to rerun. Without a findings table the index shows the Markdown
  outputs of the notebook cells tagged ``findings``.
- ``<notebook>.html``: the reader's page. Headings, prose, quotes, numbers, tables and
  charts; no code cells and no prompts. A bar at the top and bottom links to the index,
  the previous and next page, and the notebook itself (the page with its code).
- no second copy with code: every page links to its notebook, which is the page with code.

Links between notebooks (``04-do-the-parts-add-up.ipynb``) become links between pages.
Tables lose pandas' row numbers, text in them is left-aligned and numbers right-aligned,
and tables of more than :data:`FOLD_ROWS` rows are folded (:func:`tidy_tables`). Every page uses a subset of a CJK font the report ships
(``fonts/cjk.woff``, :func:`write_cjk_font`), cut to the characters the pages print, so
净网2021 shows as Chinese on a machine without a Chinese font.

Examples
--------
>>> page_links(["01-a", "02-b", "03-c"], 1)
{'index': 'index.html', 'previous': '01-a.html', 'next': '03-c.html', 'code': '../../notebooks/02-b.ipynb'}
>>> relink('<a href="04-do-the-parts-add-up.ipynb#top">04</a>')
'<a href="04-do-the-parts-add-up.html#top">04</a>'
"""

from __future__ import annotations

import base64
import html
import re
import struct
import tomllib
from dataclasses import dataclass
from pathlib import Path

from bulletin.present.charts import SHARPNESS
from bulletin.report.font import FAMILY as CJK_FAMILY
from bulletin.report.font import write_cjk_font

#: The subset font, relative to the report's folder.
CJK_FONT = "fonts/cjk.woff"
#: Fonts tried in order: Latin first, then the report's own CJK subset.
FONT_STACK = ('system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
              f'"{CJK_FAMILY}", sans-serif')
FONT_FACE = (f'@font-face {{ font-family: "{CJK_FAMILY}"; src: url("{CJK_FONT}") format("woff"); '
             'font-display: block; }')
#: The tag of the notebook cells whose Markdown output the index shows as findings.
FINDINGS_TAG = "findings"

STYLE = f"""
{FONT_FACE}
body {{ font-family: {FONT_STACK}; }}
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th {{ text-align: left; }}
.jp-RenderedHTMLCommon td.num {{ text-align: right; }}
.bulletin-nav {{ font-family: {FONT_STACK}; display: flex; flex-wrap: wrap; gap: 0.4em 1.4em;
  max-width: 60em; margin: 0.8em auto; padding: 0.6em 1em; border-top: 1px solid #ddd;
  border-bottom: 1px solid #ddd; font-size: 0.95rem; }}
.bulletin-nav a {{ color: #0b57a4; }}
img {{ max-width: 100%; height: auto; }}
.jp-RenderedHTMLCommon table {{ display: block; max-width: 100%; overflow-x: auto; }}
details > summary {{ cursor: pointer; color: #0b57a4; margin: 0.4em 0; }}
p.table-caption {{ font-weight: 600; margin: 1em 0 0.3em; }}
"""

INDEX_STYLE = f"""
{FONT_FACE}
body {{ font-family: {FONT_STACK}; max-width: 48em; margin: 2em auto; padding: 0 1em;
  line-height: 1.55; color: #1a1a1a; }}
h1 {{ line-height: 1.25; }}
img {{ max-width: 100%; height: auto; border: 1px solid #eee; }}
figure.chart {{ --w: min(var(--chart-width), calc(100vw - 2em));
  margin: 1.2em calc((100% - var(--w)) / 2); width: var(--w); }}
li {{ margin-bottom: 0.7em; }}
.findings li {{ margin-bottom: 0.9em; }}
.findings .strength {{ font-variant: small-caps; color: #555; }}
.meta {{ color: #555; font-size: 0.95rem; }}
code {{ background: #f4f4f4; padding: 0 0.2em; }}
"""


@dataclass(frozen=True)
class Page:
    """One notebook as the report shows it: its file stem, title, summary and findings."""

    stem: str
    title: str
    summary: str
    findings: tuple[str, ...]


def title(nb, fallback: str) -> str:
    """The first level-one heading of the notebook (``fallback`` when it has none)."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def summary(nb) -> str:
    """The notebook's one-line summary, kept in its metadata (``metadata.bulletin.summary``)."""
    return nb.metadata.get("bulletin", {}).get("summary", "")


#: Where a page's notebook lies, seen from the report's folder: the notebook itself is the
#: page with its code (it renders with code and outputs on any code host and in JupyterLab),
#: so the report keeps one copy of every page.
NOTEBOOKS_FROM_REPORT = "../../notebooks"


def page_links(stems: list[str], index: int) -> dict[str, str]:
    """The navigation links of page ``index`` among ``stems``: the index, the previous and
    next pages, and the notebook itself (the page with its code)."""
    links = {"index": "index.html"}
    if index > 0:
        links["previous"] = f"{stems[index - 1]}.html"
    if index < len(stems) - 1:
        links["next"] = f"{stems[index + 1]}.html"
    links["code"] = f"{NOTEBOOKS_FROM_REPORT}/{stems[index]}.ipynb"
    return links


def nav_bar(links: dict[str, str], titles: dict[str, str]) -> str:
    """The navigation bar: index, previous, next, and the notebook (the page with its code)."""
    words = {"index": "↑ Index", "previous": "← Previous", "next": "Next →",
             "code": "The notebook, with its code"}
    parts = []
    for key in ("index", "previous", "next", "code"):
        if key in links:
            tip = titles.get(links[key], "")
            title_attr = f' title="{html.escape(tip)}"' if tip else ""
            parts.append(f'<a href="{links[key]}"{title_attr}>{words[key]}</a>')
    return f'<nav class="bulletin-nav">{" ".join(parts)}</nav>'


def relink(body: str) -> str:
    """Point links to notebooks (``NN-name.ipynb``) at their pages (``NN-name.html``), and
    links to the repository's files, written from ``notebooks/``, at them from the pages'
    folder (``reports/html/``).

    >>> relink('<a href="../data/glossary.csv">glossary</a>')
    '<a href="../../data/glossary.csv">glossary</a>'
    """
    body = re.sub(r'href="((?:\.\./notebooks/|\./)?)(\d\d-[\w.-]+?)\.ipynb',
                  lambda m: f'href="{m.group(2)}.html', body)
    return re.sub(r'(href|src)="\.\./(?!\.\./)', r'\1="../../', body)


def link_mentions(body: str, stems: list[str]) -> str:
    """Turn "notebook 04" in a page's text into a link to page 04 (not inside links, code or
    tags).

    >>> link_mentions("<p>see notebook 04, not <code>notebook 04</code></p>", ["04-sums"])
    '<p>see <a href="04-sums.html">notebook 04</a>, not <code>notebook 04</code></p>'
    >>> link_mentions("Notebooks 01 and 04", ["01-a", "04-b"])
    '<a href="01-a.html">Notebooks 01</a> and <a href="04-b.html">04</a>'
    """
    by_number = {stem[:2]: stem for stem in stems}
    pieces = re.split(r"(<[^>]+>)", body)
    depth = 0
    for i, piece in enumerate(pieces):
        if piece.startswith("<"):
            name = re.match(r"</?\s*(\w+)", piece)
            if name and name.group(1).lower() in ("a", "code", "pre", "script", "style", "title"):
                depth += -1 if piece.startswith("</") else (0 if piece.endswith("/>") else 1)
            continue
        if depth == 0:
            pieces[i] = _MENTION.sub(lambda m: _linked(m, by_number), piece)
    return "".join(pieces)


#: "notebook 04", "Notebooks 02 and 04", "notebooks 01–06", "notebooks 02, 03 or 05".
_MENTION = re.compile(r"\b([Nn]otebooks? )(\d\d)\b((?:\s*(?:,|and|or|to|–|-)\s*\d\d\b)*)")


def _linked(match: re.Match, by_number: dict[str, str]) -> str:
    def link(number: str, words: str) -> str:
        return f'<a href="{by_number[number]}.html">{words}</a>' if number in by_number else words

    first = link(match.group(2), match.group(1) + match.group(2))
    rest = re.sub(r"\d\d", lambda m: link(m.group(), m.group()), match.group(3))
    return first + rest


#: What nbconvert writes for an image without a text alternative.
_NO_ALT = 'alt="No description has been provided for this image"'


def image_alts(nb) -> list[str]:
    """The text alternatives of the notebook's PNG outputs, in order ("" where none)."""
    alts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "image/png" in output.get("data", {}):
                alts.append(output.get("metadata", {}).get("image/png", {}).get("alt", ""))
    return alts


def with_alts(body: str, alts: list[str]) -> str:
    """Give the page's images, in order, the text alternatives their outputs carry.

    >>> with_alts('<img alt="No description has been provided for this image">', ["Chart: cases"])
    '<img alt="Chart: cases">'
    """
    pieces = body.split(_NO_ALT)
    out = [pieces[0]]
    for number, piece in enumerate(pieces[1:]):
        alt = alts[number] if number < len(alts) and alts[number] else ""
        out.append((f'alt="{html.escape(alt)}"' if alt else _NO_ALT) + piece)
    return "".join(out)


def _with_nav(body: str, bar: str) -> str:
    body = body.replace("</head>", f"<style>{STYLE}</style>\n</head>", 1)
    body = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + "\n" + bar, body, count=1)
    return body.replace("</body>", bar + "\n</body>", 1)


def findings_of(nb) -> tuple[str, ...]:
    """The Markdown outputs of the cells tagged ``findings``, in order."""
    found = []
    for cell in nb.cells:
        if FINDINGS_TAG in cell.get("metadata", {}).get("tags", []):
            for output in cell.get("outputs", []):
                text = output.get("data", {}).get("text/markdown")
                if text:
                    found.append(text if isinstance(text, str) else "".join(text))
    return tuple(found)


def markdown_to_html(text: str) -> str:
    """The few Markdown forms a findings cell uses (paragraphs, bullets, bold, italics,
    links, code), as HTML. Anything else is shown as plain text.

    >>> markdown_to_html("- **Cases** sum to 36,800\\n- see [04](04-x.ipynb)")
    '<ul>\\n<li><strong>Cases</strong> sum to 36,800</li>\\n<li>see <a href="04-x.html">04</a></li>\\n</ul>'
    """
    def inline(line: str) -> str:
        line = html.escape(line, quote=False)
        line = re.sub(r"`([^`]+)`", r"<code>\1</code>", line)
        line = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", line)
        line = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", line)
        line = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', line)
        return relink(line)

    blocks: list[str] = []
    items: list[str] = []
    para: list[str] = []

    def flush():
        if items:
            blocks.append("<ul>\n" + "\n".join(f"<li>{i}</li>" for i in items) + "\n</ul>")
            items.clear()
        if para:
            blocks.append(f"<p>{' '.join(para)}</p>")
            para.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if re.match(r"^\s*[-*] ", line):
            if para:
                flush()
            items.append(inline(re.sub(r"^\s*[-*] ", "", line)))
        elif not line.strip():
            flush()
        elif items and raw.startswith("  "):
            items[-1] += " " + inline(line.strip())
        else:
            if items:
                flush()
            para.append(inline(line.strip().lstrip("#").strip()))
    flush()
    return "\n".join(blocks)


_TABLE = re.compile(r'<table[^>]*class="dataframe"[^>]*>.*?</table>', re.S)
_ROW_HEADER = re.compile(r"(<tr[^>]*>\s*)<th[^>]*>(.*?)</th>", re.S)
_NUMBER = re.compile(r"^[−\-+]?[\d,]+(?:\.\d+)?%?$")


def tidy_table(table: str) -> str:
    """One pandas table for readers: without its row numbers (a row index ``0, 1, 2 …``),
    numbers right-aligned (class ``num``).

    >>> tidy_table('<table class="dataframe"><thead><tr><th></th><th>a</th></tr></thead>'
    ...            '<tbody><tr><th>0</th><td>x</td></tr><tr><th>1</th><td>1,200</td></tr></tbody></table>')
    '<table class="dataframe"><thead><tr><th>a</th></tr></thead><tbody><tr><td>x</td></tr><tr><td class="num">1,200</td></tr></tbody></table>'
    """
    head, _, body = table.partition("<tbody>")
    labels = [m.group(2).strip() for m in _ROW_HEADER.finditer(body)]
    if labels and labels == [str(i) for i in range(len(labels))]:
        body = _ROW_HEADER.sub(lambda m: m.group(1), body)
        head = _ROW_HEADER.sub(lambda m: m.group(1), head)
    body = re.sub(r"<td>([^<]*)</td>",
                  lambda m: f'<td class="num">{m.group(1)}</td>' if _NUMBER.match(m.group(1).strip())
                  else m.group(0), body)
    return head + ("<tbody>" if _ else "") + body


#: Tables longer than this many rows are folded on the reader's pages (a click shows them).
FOLD_ROWS = 15


def folded(table: str, rows: int = FOLD_ROWS) -> str:
    """``table`` inside ``<details>`` if it has more than ``rows`` body rows, else as it is.

    >>> folded("<table><tbody>" + "<tr><td>1</td></tr>" * 3 + "</tbody></table>", rows=2)[:52]
    '<details><summary>Show the table (3 rows)</summary><'
    >>> folded("<table><tbody><tr><td>1</td></tr></tbody></table>", rows=2)[:7]
    '<table>'
    """
    count = table.partition("<tbody>")[2].count("<tr")
    if count <= rows:
        return table
    return f"<details><summary>Show the table ({count} rows)</summary>{table}</details>"


def tidy_tables(page: str) -> str:
    """:func:`tidy_table` on every pandas table of a page, long ones :func:`folded`."""
    return _TABLE.sub(lambda m: folded(tidy_table(m.group(0))), page)


def findings_html(findings, stems: list[str], titles: dict[str, str]) -> str:
    """The index's findings: one sentence each, as the findings table states it, with its
    strength and a link to the notebook that shows it."""
    by_number = {stem[:2]: stem for stem in stems}
    items = []
    for row in findings.itertuples():
        stem = by_number.get(row.notebook)
        link = (f' <a href="{stem}.html">{html.escape(titles.get(f"{stem}.html", stem))}</a>'
                if stem else "")
        items.append(f'<li id="finding-{row.id}">{html.escape(row.statement, quote=False)}'
                     f' <span class="strength">({html.escape(row.strength)})</span>{link}</li>')
    return "<ol>\n" + "\n".join(items) + "\n</ol>"


def read_site_settings(path: Path) -> dict:
    """``reports/report.toml``: ``title``, ``intro``, ``chart`` (a PNG in reports/figures),
    ``chart_alt``, ``data`` and ``rerun`` (short Markdown texts). Missing keys are empty."""
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    keys = ("title", "intro", "chart", "chart_alt", "data", "rerun")
    settings = {key: data.get(key, "") for key in keys}
    #: Which notebooks' findings the index shows, in this order (number prefixes, "04");
    #: all of them in file order when not given.
    settings["findings_from"] = [str(n) for n in data.get("findings_from", [])]
    settings["title"] = settings["title"] or "Notebooks"
    return settings


def png_width(png: bytes) -> int:
    """The width in image pixels of a PNG, read from its header.

    >>> png_width(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(8) + (1800).to_bytes(4, "big") + bytes(4))
    1800
    """
    return struct.unpack(">I", png[16:20])[0]


def index_page(pages: list[Page], settings: dict, chart_png: bytes | None,
               findings=None) -> str:
    """The index: title, introduction, findings, the key chart, notebooks, data, rerun.

    ``findings`` is the findings table (:mod:`bulletin.present.findings`); without it the
    index shows the notebooks' cells tagged ``findings``."""
    heading = html.escape(settings["title"])
    parts = ['<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{heading}</title><style>{INDEX_STYLE}</style></head><body>",
             f"<h1>{heading}</h1>"]
    if settings["intro"]:
        parts.append(markdown_to_html(settings["intro"]))
    table = findings
    order = settings.get("findings_from") or [page.stem[:2] for page in pages]
    by_number = {page.stem[:2]: page for page in pages}
    findings = [(by_number[n], text) for n in order if n in by_number
                for text in by_number[n].findings]
    figure = ""
    if chart_png:
        encoded = base64.b64encode(chart_png).decode("ascii")
        alt = html.escape(settings["chart_alt"] or "The chart that carries the findings")
        # Shown at its 1x width (the PNG has SHARPNESS pixels per CSS pixel), wider than the
        # text column when the window allows, so its text is as large as in the notebooks.
        width = png_width(chart_png) // SHARPNESS
        figure = (f'<figure class="chart" style="--chart-width: {width}px">'
                  f'<img src="data:image/png;base64,{encoded}" alt="{alt}" width="{width}">'
                  f"<figcaption class=\"meta\">{alt}</figcaption></figure>")
    if table is not None and len(table):
        titles = {f"{page.stem}.html": page.title for page in pages}
        parts.append('<section class="findings" id="findings"><h2>What the notebooks found</h2>')
        parts.append(findings_html(table, [page.stem for page in pages], titles))
        parts.append(figure)
        figure = ""
        parts.append("</section>")
        findings = []
    if findings:
        parts.append('<section class="findings" id="findings"><h2>What the notebooks found</h2>')
        for number, (page, text) in enumerate(findings):
            parts.append(markdown_to_html(text))
            parts.append(f'<p class="meta">From <a href="{page.stem}.html">'
                         f"{html.escape(page.title)}</a>.</p>")
            if number == 0 and figure:
                parts.append(figure)
                figure = ""
        parts.append("</section>")
    parts.append(figure)
    parts.append('<h2 id="notebooks">The notebooks</h2><ol>')
    for page in pages:
        parts.append(f'<li><a href="{page.stem}.html">{html.escape(page.title)}</a><br>'
                     f'{html.escape(page.summary)} <span class="meta">(<a href="'
                     f'{NOTEBOOKS_FROM_REPORT}/{page.stem}.ipynb">the notebook, with code</a>)'
                     '</span></li>')
    parts.append("</ol>")
    for key, heading in (("data", "The data"), ("rerun", "How to rerun")):
        if settings[key]:
            parts.append(f"<h2>{heading}</h2>" + markdown_to_html(settings[key]))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def write_site(paths: list[Path], folder: Path, settings_path: Path, figures: Path,
               findings=None) -> Path:
    """Write the reader's pages, the index and the CJK font subset; return the index path.
    The pages with code are the notebooks themselves, linked from every page."""
    import nbformat
    from nbconvert import HTMLExporter

    settings = read_site_settings(settings_path)
    notebooks = [nbformat.read(path, as_version=4) for path in paths]
    stems = [path.stem for path in paths]
    pages = [Page(path.stem, title(nb, path.stem), summary(nb), findings_of(nb))
             for path, nb in zip(paths, notebooks)]
    titles = {f"{p.stem}.html": p.title for p in pages}
    reader = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                          exclude_output_prompt=True)
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[Path, str] = {}
    for number, (stem, nb) in enumerate(zip(stems, notebooks)):
        alts = image_alts(nb)
        body, _ = reader.from_notebook_node(nb)
        bar = nav_bar(page_links(stems, number), titles)
        body = tidy_tables(link_mentions(relink(with_alts(body, alts)), stems))
        written[folder / f"{stem}.html"] = _with_nav(body, bar)
    chart = figures / settings["chart"] if settings["chart"] else None
    png = chart.read_bytes() if chart and chart.is_file() else None
    index = folder / "index.html"
    written[index] = index_page(pages, settings, png, findings)
    write_cjk_font(written.values(), folder / CJK_FONT)
    for path, text in written.items():
        path.write_text(text, encoding="utf-8")
    return index
