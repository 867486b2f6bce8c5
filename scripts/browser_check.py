"""Open every page of the HTML report in headless Chromium and check it as a reader sees it.

    python scripts/browser_check.py [reports/html] [--screenshots DIR] [--chromium PATH]

For the index and every notebook page, at 1280 px wide:

- the page loads, and every image on it has loaded (``naturalWidth > 0``);
- nothing is wider than the page (no horizontal scrolling);
- every chart (a PNG image) is sharp on a 2x screen (at least two image pixels per CSS
  pixel) and shown at 90% of its 1x width or more, so that its smallest text (8 pt,
  ``bulletin.present.charts.MIN_TEXT_POINTS``) is at least 10 CSS px on the page;
- on the index, the findings section is visible and holds text;
- every relative link points at a file that exists (and every ``#anchor`` at an id);
- every Chinese character the page prints has a glyph in the font the report ships (the
  ``@font-face`` file beside the pages), so no reader without a Chinese font sees a box.

Chromium runs with the flags this machine's closed network needs (no background
networking, no component updates). Screenshots go to ``--screenshots`` (default
``reports/screenshots/``, kept out of git). Prints one line per page and exits 1 if any
check fails, 2 if Chromium is missing.
"""

from __future__ import annotations

import argparse
import html.parser
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1280, 900
#: Image pixels per CSS pixel a chart needs (bulletin.present.charts.SHARPNESS), and the
#: smallest share of its 1x width it may be shown at (8 pt text stays >= 10 CSS px).
SHARPNESS, MIN_SCALE = 2, 0.9
#: The characters that need a CJK font (as bulletin.report.font.cjk_characters counts them).
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
FONT_FACE_URL = re.compile(r'@font-face\s*\{[^}]*?url\("([^"]+)"\)')
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--allow-file-access-from-files", f"--window-size={WIDTH},{HEIGHT}"]
#: Runs in the page once it has loaded; writes what it measured into <pre id="browser-check">.
PROBE = r"""
<script>
window.addEventListener("load", function () {
  var images = Array.prototype.slice.call(document.images);
  var broken = images.filter(function (i) { return !(i.complete && i.naturalWidth > 0); })
                     .map(function (i) { return (i.getAttribute("src") || "").slice(0, 60); });
  var findings = document.getElementById("findings");
  var result = {
    images: images.length, broken: broken,
    scroll_width: document.documentElement.scrollWidth, width: window.innerWidth,
    charts: images.filter(function (i) { return /^data:image\/png/.test(i.getAttribute("src") || ""); })
                  .map(function (i) { return [i.naturalWidth, i.clientWidth]; }),
    findings_visible: !!(findings && findings.offsetHeight > 0 && findings.innerText.trim().length > 40)
  };
  var pre = document.createElement("pre");
  pre.id = "browser-check";
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
});
</script>
"""


class Links(html.parser.HTMLParser):
    """Collects hrefs and srcs, and the ids a page defines."""

    def __init__(self):
        super().__init__()
        self.targets: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        for key in ("href", "src"):
            if values.get(key) and (tag, key) in (("a", "href"), ("img", "src"), ("link", "href")):
                self.targets.append(values[key])


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def broken_links(page: Path) -> list[str]:
    """Relative links of ``page`` whose file (or anchor) does not exist."""
    found = parse(page)
    bad = []
    for target in found.targets:
        if re.match(r"^(?:[a-z][a-z0-9+.-]*:|//)", target, re.I):
            continue  # http:, https:, mailto:, data: are not checked here
        name, _, anchor = target.partition("#")
        file = (page.parent / name).resolve() if name else page
        if not file.is_file():
            bad.append(target)
        elif anchor and file.suffix == ".html" and anchor not in parse(file).ids:
            bad.append(target)
    return bad


def missing_glyphs(page: Path) -> str:
    """The CJK characters ``page`` prints that no font it ships (``@font-face``) covers."""
    text = page.read_text(encoding="utf-8")
    wanted = set(CJK.findall(text))
    if not wanted:
        return ""
    have: set[str] = set()
    for url in FONT_FACE_URL.findall(text):
        font = page.parent / url
        if font.is_file():
            from fontTools.ttLib import TTFont  # in the project's environment

            have |= {chr(code) for code in TTFont(font).getBestCmap()}
    return "".join(sorted(wanted - have))


def measure(chromium: str, page: Path, screenshot: Path) -> dict:
    """Load a copy of ``page`` with the probe in Chromium; return what the probe measured."""
    text = page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>", 1)
    with tempfile.TemporaryDirectory(prefix="browser-check-") as tmp:
        copy = page.with_name(f".check-{page.name}")
        copy.write_text(text, encoding="utf-8")
        try:
            common = [chromium, *FLAGS, f"--user-data-dir={tmp}", "--virtual-time-budget=8000"]
            dom = subprocess.run([*common, "--dump-dom", copy.as_uri()], capture_output=True,
                                 text=True, timeout=120).stdout
            subprocess.run([*common, f"--screenshot={screenshot}", page.as_uri()],
                           capture_output=True, timeout=120)
        finally:
            copy.unlink(missing_ok=True)
    match = re.search(r'<pre id="browser-check">(.*?)</pre>', dom, re.S)
    if not match:
        return {"error": "the page did not finish loading"}
    return json.loads(html.unescape(match.group(1)))


def chart_problems(charts: list) -> list[str]:
    """What is wrong with charts measured as ``[image pixels wide, CSS px shown]``.

    >>> chart_problems([[1800, 900], [900, 900], [1800, 700]])
    ['chart 2 is blurred on a 2x screen (1.0 image px per CSS px)', 'chart 3 is shown at 78% of its 1x width: its text is under 10 px']
    """
    problems = []
    for number, (natural, shown) in enumerate(charts, 1):
        if shown and natural < SHARPNESS * shown - 1:
            problems.append(f"chart {number} is blurred on a 2x screen "
                            f"({natural / shown:.1f} image px per CSS px)")
        elif natural and shown < MIN_SCALE * natural / SHARPNESS:
            problems.append(f"chart {number} is shown at {shown * SHARPNESS / natural:.0%} of its "
                            "1x width: its text is under 10 px")
    return problems


def check(folder: Path, chromium: str, shots: Path) -> list[str]:
    pages = [folder / "index.html", *sorted(p for p in folder.glob("*.html") if p.name != "index.html")]
    problems = []
    shots.mkdir(parents=True, exist_ok=True)
    for page in pages:
        if not page.is_file():
            problems.append(f"{page}: missing")
            continue
        name = page.relative_to(folder).as_posix()
        result = measure(chromium, page, shots / (name.replace("/", "--") + ".png"))
        issues = []
        if "error" in result:
            issues.append(result["error"])
        else:
            if result["broken"]:
                issues.append(f"{len(result['broken'])} of {result['images']} images did not load")
            issues += chart_problems(result.get("charts", []))
            if result["scroll_width"] > result["width"] + 1:
                issues.append(f"wider than the page ({result['scroll_width']} px > {result['width']} px)")
            if page.name == "index.html" and page.parent == folder and not result["findings_visible"]:
                issues.append("the findings are not visible")
        missing = missing_glyphs(page)
        if missing:
            issues.append(f"no glyph in the report's font for {len(missing)} characters: {missing[:20]}")
        links = broken_links(page)
        if links:
            issues.append(f"broken links: {', '.join(links[:5])}")
        status = "ok" if not issues else "FAIL: " + "; ".join(issues)
        print(f"{name}: {status}" + (f" ({result.get('images', 0)} images)" if not issues else ""))
        problems += [f"{name}: {i}" for i in issues]
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("reports/html"))
    parser.add_argument("--screenshots", type=Path, default=Path("reports/screenshots"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    args = parser.parse_args(argv)
    if not args.chromium:
        print("error: Chromium not found; install Debian's chromium package (apt-get install chromium)",
              file=sys.stderr)
        return 2
    if not (args.folder / "index.html").is_file():
        print(f"error: {args.folder}/index.html not found; run `make report` first", file=sys.stderr)
        return 2
    problems = check(args.folder.resolve(), args.chromium, args.screenshots.resolve())
    print(f"{len(problems)} problem(s)" if problems else "every page passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
