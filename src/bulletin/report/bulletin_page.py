"""A reader's page for any bulletin: its claims, the checks and their verdicts, no code.

:func:`write_page` writes ``DIR/index.html`` and, beside it, the tables it shows as CSV
(``claims.csv``, ``checks.csv``, ``not-claims.csv``, ``parts-vs-headline.csv``: the values
the chart draws). The page, in the main report's house style (:mod:`bulletin.report.site`):

1. the title and where the text comes from;
2. **what the checks found**, in a few sentences, and the parts-against-headline chart
   (an inline SVG: its words are page text, so Chinese shows in the page's font);
3. the checks, each under both readings of "more than" (余), with their verdicts;
4. the claims by operation, each with its range under both readings and its sentence;
5. the figures that are not claims, with the reason.

The readings are explained once, on the page. Nothing here knows a particular bulletin.

Examples
--------
>>> import pandas as pd
>>> claims = pd.DataFrame({"operation": ["headline", "a"], "metric": ["cases", "cases"],
...     "value": [3700, 3600], "qualifier": ["more_than", "exact"], "text": ["3700余", "3600"],
...     "noun": ["案件", "案件"], "quote": ["共侦破案件3700余起。", "侦破案件3600起。"],
...     "lang": ["zh", "zh"]})
>>> page = bulletin_page("A bulletin", "b.txt", claims, [], {})
>>> "A bulletin" in page and "<svg" in page and "3,700 to under 3,800" in page
True
"""

from __future__ import annotations

import csv
import html
import io
import math
from pathlib import Path

import pandas as pd

from bulletin.analysis.checks import with_reading
from bulletin.analysis.headline import COLUMNS, parts_check
from bulletin.present.words import fmt_number, fmt_range, verdict_text
from bulletin.report.font import FAMILY, font_face_css
from bulletin.report.site import FONT_STACK

#: The chart's colours: the house palette of :mod:`bulletin.present.charts` (parts), grey for
#: the headline, orange for its range, black for the range of the sum.
PALETTE = ("#0072B2", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442")
HEADLINE_GREY, RANGE_ORANGE, RANGE_BLACK = "#999999", "#E69F00", "#000000"
#: The verdicts of :mod:`bulletin.analysis.headline`, as :func:`verdict_text` words them.
_WORDS = {"consistent": "consistent", "parts_short": "short", "parts_exceed": "over"}

#: The house font stack, with the page's embedded Chinese glyphs (:mod:`bulletin.report.font`) first:
#: its ``unicode-range`` limits it to the Chinese characters, so Latin text keeps the system's fonts.
PAGE_FONTS = f'"{FAMILY}", {FONT_STACK}'
STYLE = f"""
body {{ font-family: {PAGE_FONTS}; max-width: 60em; margin: 2em auto; padding: 0 1em;
  line-height: 1.55; color: #1a1a1a; }}
h1 {{ line-height: 1.25; }}
table {{ border-collapse: collapse; display: block; max-width: 100%; overflow-x: auto;
  font-size: 0.92rem; margin: 0.6em 0 1.2em; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left;
  vertical-align: top; }}
th {{ background: #f6f6f6; }}
td.num {{ text-align: right; white-space: nowrap; }}
.meta {{ color: #555; font-size: 0.95rem; }}
.findings li {{ margin-bottom: 0.6em; }}
figure {{ margin: 1em 0; }} svg {{ max-width: 100%; height: auto; font-family: {PAGE_FONTS}; }}
blockquote {{ margin: 0; color: #333; }}
code {{ background: #f4f4f4; padding: 0 0.2em; }}
"""

READINGS_NOTE = (
    "<p><strong>How to read the ranges.</strong> A figure printed with “more than” (余) is a "
    "range, not a number. The <em>step</em> reading takes “3,900余” as at least 3,900 and under "
    "4,000 (one unit of the last non-zero digit); the <em>bound</em> reading trusts only the "
    "floor: 3,900 or more. A figure printed bare is taken as printed, which is not a claim "
    "that it is exact. Every check below is given under both readings.</p>")


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _table(headers: list[str], rows: list[list], numeric=()) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(
        f'<td class="num">{_e(c)}</td>' if i in numeric else f"<td>{_e(c)}</td>"
        for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _label(labels: dict, op: str) -> str:
    return labels.get(op, op)


def _sentence(rows: list[dict], labels: dict) -> str:
    """One finding: a metric's parts against its headline, under each reading."""
    first = rows[0]
    parts = ", ".join(_label(labels, p) for p in first["parts"].split(";"))
    said = []
    for row in rows:
        said.append(f"under the {row['reading']} reading the operations sum to "
                    f"{fmt_range(row['parts_low'], row['parts_high'])} and the headline is "
                    f"{fmt_range(row['total_low'], row['total_high'])}: "
                    f"{verdict_text(_WORDS[row['verdict']], short=True)}")
    return (f"<li><strong>{_e(first['metric'])}</strong> ({_e(parts)}): "
            f"{_e('; '.join(said))}.</li>")


def _findings(checks: list[dict], labels: dict) -> str:
    parts = [r for r in checks if r["check"] == "parts_vs_headline"]
    restated = [r for r in checks if r["check"] == "restatement" and r["reading"] == "step"]
    if not parts and not restated:
        return ("<p>No check applies: the text states no headline total that its operations "
                "also state (a metric printed both for the whole campaign and for its parts).</p>")
    metrics = list(dict.fromkeys(r["metric"] for r in parts))
    items = [_sentence([r for r in parts if r["metric"] == m], labels) for m in metrics]
    items += [f"<li><strong>{_e(r['metric'])}</strong>: {_e(_label(labels, r['parts']))} prints "
              f"this figure twice, and the printings do not agree ({_e(fmt_range(r['total_low'], r['total_high']))} "
              f"and {_e(fmt_range(r['parts_low'], r['parts_high']))}).</li>" for r in restated]
    return '<ul class="findings">' + "".join(items) + "</ul>"


def chart_rows(claims_step: pd.DataFrame, checks: list[dict]) -> list[dict]:
    """The values the chart draws: per metric, each part's printed figure, the range of the
    sum and of the headline (step reading)."""
    rows = []
    for check in checks:
        if check["check"] != "parts_vs_headline" or check["reading"] != "step":
            continue
        metric = check["metric"]
        for op in check["parts"].split(";"):
            found = claims_step[(claims_step.operation == op) & (claims_step.metric == metric)]
            rows.append({"metric": metric, "bar": "sum of operations", "operation": op,
                         "value": float(found.value.iloc[0]), "low": float(found.low.iloc[0]),
                         "high": float(found.high.iloc[0])})
        rows.append({"metric": metric, "bar": "sum of operations", "operation": "(sum)",
                     "value": "", "low": check["parts_low"], "high": check["parts_high"]})
        rows.append({"metric": metric, "bar": "headline", "operation": "headline", "value": "",
                     "low": check["total_low"], "high": check["total_high"]})
    return rows


def _svg(rows: list[dict], labels: dict) -> str:
    """One horizontal panel per metric: the parts stacked, the whisker of the sum's range,
    the headline bar and its range as a band."""
    metrics = list(dict.fromkeys(r["metric"] for r in rows))
    if not metrics:
        return ""
    width, left, panel = 760, 150, 120
    height = panel * len(metrics) + 20
    ops = list(dict.fromkeys(r["operation"] for r in rows if r["bar"] != "headline"
                             and r["operation"] != "(sum)"))
    colour = {op: PALETTE[i % len(PALETTE)] for i, op in enumerate(ops)}
    out = [f'<svg viewBox="0 0 {width} {height}" role="img" '
           'aria-label="Do the operations add up to the headline?">']
    for k, metric in enumerate(metrics):
        part = [r for r in rows if r["metric"] == metric]
        summed = next(r for r in part if r["operation"] == "(sum)")
        head = next(r for r in part if r["bar"] == "headline")
        finite = [v for v in (summed["high"], head["high"], summed["low"], head["low"])
                  if not math.isinf(v)]
        top = max(finite) * 1.08 or 1
        scale = (width - left - 30) / top
        y = 20 + k * panel
        out.append(f'<text x="0" y="{y + 4}" font-weight="bold" font-size="14">{_e(metric)}</text>')
        out.append(f'<text x="0" y="{y + 32}" font-size="12">operations added up</text>')
        out.append(f'<text x="0" y="{y + 78}" font-size="12">headline total</text>')
        x = left
        for r in part:
            if r["bar"] == "headline" or r["operation"] == "(sum)":
                continue
            w = r["value"] * scale
            out.append(f'<rect x="{x:.1f}" y="{y + 18}" width="{max(w, 0.5):.1f}" height="24" '
                       f'fill="{colour[r["operation"]]}"><title>{_e(_label(labels, r["operation"]))}: '
                       f'{_e(fmt_number(r["value"]))}</title></rect>')
            x += w
        high = min(summed["high"], top)
        y_mid = y + 30
        out.append(f'<line x1="{left + summed["low"] * scale:.1f}" x2="{left + high * scale:.1f}" '
                   f'y1="{y_mid}" y2="{y_mid}" stroke="{RANGE_BLACK}" stroke-width="2"/>')
        for end in (summed["low"], high):
            out.append(f'<line x1="{left + end * scale:.1f}" x2="{left + end * scale:.1f}" '
                       f'y1="{y_mid - 8}" y2="{y_mid + 8}" stroke="{RANGE_BLACK}" stroke-width="2"/>')
        head_high = min(head["high"], top)
        out.append(f'<rect x="{left + head["low"] * scale:.1f}" y="{y + 8}" '
                   f'width="{max((head_high - head["low"]) * scale, 1):.1f}" height="{panel - 40}" '
                   f'fill="{RANGE_ORANGE}" fill-opacity="0.25"/>')
        out.append(f'<rect x="{left}" y="{y + 64}" width="{head["low"] * scale:.1f}" height="24" '
                   f'fill="{HEADLINE_GREY}"/>')
        out.append(f'<text x="{left}" y="{y + 104}" font-size="11" fill="#555">sum '
                   f'{_e(fmt_range(summed["low"], summed["high"]))}; headline '
                   f'{_e(fmt_range(head["low"], head["high"]))} (step reading)</text>')
    out.append("</svg>")
    legend = "".join(f'<li><span style="color:{colour[op]}">■</span> {_e(_label(labels, op))}</li>'
                     for op in ops)
    return ("<figure>" + "".join(out) + f'<figcaption class="meta"><ul>{legend}</ul>'
            "Each bar is the operations' printed figures; the black whisker spans the range of "
            "their sum, the orange band the range of the headline (step reading). Where the "
            "whisker meets the band, the parts and the total can agree.</figcaption></figure>")


def _claims_section(claims: pd.DataFrame, labels: dict) -> str:
    step, bound = with_reading(claims, "step"), with_reading(claims, "bound")
    out = []
    for op, group in step.groupby("operation", sort=False):
        rows = []
        for index, row in group.iterrows():
            b = bound.loc[index]
            rows.append([row["text"], row.get("noun", ""), row["metric"],
                         fmt_range(row["low"], row["high"], row["qualifier"]),
                         fmt_range(b["low"], b["high"], row["qualifier"]), row["quote"]])
        out.append(f"<h3>{_e(_label(labels, op))}</h3>" + _table(
            ["as printed", "counted noun", "metric", "step reading", "bound reading", "sentence"],
            rows))
    return "".join(out)


def bulletin_page(title: str, source: str, claims: pd.DataFrame, unclaimed: list[dict],
                  labels: dict, checks: list[dict] | None = None) -> str:
    """The page's HTML. ``labels`` maps operation ids to labels (a pack's), ``unclaimed`` the
    rows of ``python -m bulletin unclaimed``. The Chinese glyphs the page uses are embedded
    (:func:`bulletin.report.font.font_face_css`)."""
    checks = parts_check(claims) if checks is None else checks
    step = with_reading(claims, "step") if len(claims) else claims
    rows = chart_rows(step, checks) if len(claims) else []
    check_rows = [[r["check"].replace("_", " "), r["metric"], r["reading"],
                   ", ".join(_label(labels, p) for p in r["parts"].split(";")),
                   r["without"] and _label(labels, r["without"]),
                   fmt_range(r["parts_low"], r["parts_high"]), fmt_range(r["total_low"], r["total_high"]),
                   r["verdict"].replace("_", " ")] for r in checks]
    parts = ['<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
             f"<h1>{_e(title)}</h1>",
             f'<p class="meta">From <code>{_e(source)}</code>: {len(claims)} claims, '
             f"{len(unclaimed)} other numerals. Tables as CSV beside this page.</p>",
             '<h2 id="findings">What the checks found</h2>', _findings(checks, labels),
             _svg(rows, labels), READINGS_NOTE,
             '<h2 id="checks">Do the parts add up to the headline?</h2>',
             "<p>For each metric the headline states, the operations that state it are added up "
             "(a figure printed twice counted once, breakdowns and example cases left out) and "
             "set against the headline.</p>",
             _table(["check", "metric", "reading", "operations", "left out", "sum", "headline",
                     "verdict"], check_rows) if check_rows else "<p>No check applies.</p>",
             '<h2 id="claims">The claims, by operation</h2>', _claims_section(claims, labels),
             '<h2 id="not-claims">Figures that are not claims</h2>',
             _table(["as printed", "reason"], [[u["text"], u["reason"]] for u in unclaimed]),
             '<p class="meta">Written by <code>python -m bulletin report</code>.</p>',
             "</body></html>\n"]
    page = "\n".join(parts)
    return page.replace("<style>", "<style>" + font_face_css(page), 1)


def _csv(rows: list[dict], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_page(folder: Path, title: str, source: str, claims: pd.DataFrame,
               unclaimed: list[dict], labels: dict) -> Path:
    """Write the page and its tables into ``folder`` (which must exist); return the page."""
    checks = parts_check(claims, leave_out=True)
    step = with_reading(claims, "step") if len(claims) else claims
    folder = Path(folder)
    (folder / "claims.csv").write_text(claims.to_csv(index=False), encoding="utf-8")
    (folder / "checks.csv").write_text(_csv(checks, COLUMNS), encoding="utf-8")
    (folder / "not-claims.csv").write_text(_csv(unclaimed, ["start", "end", "text", "reason"]),
                                           encoding="utf-8")
    (folder / "parts-vs-headline.csv").write_text(
        _csv(chart_rows(step, checks) if len(claims) else [],
             ["metric", "bar", "operation", "value", "low", "high"]), encoding="utf-8")
    page = folder / "index.html"
    page.write_text(bulletin_page(title, source, claims, unclaimed, labels, checks),
                    encoding="utf-8")
    return page
