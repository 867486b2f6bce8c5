"""Score the claims table on a hand-annotated development set of campaign reports.

Usage::

    .venv/bin/python benchmarks/dev_claims.py SOURCES_DIR [--gold PATH] [--json] [--figures]

``SOURCES_DIR`` holds the source texts the gold names (``/work/shared/sources`` when this
was written); they are third-party pages and are not part of the repository. The gold,
``benchmarks/dev-gold/claims.csv``, keeps only each figure's file, offsets, short phrase
and annotation (see ``benchmarks/dev-gold/README.md``), never the articles' prose.

For each gold file the script runs the command line entry point,
``bulletin.cli.main(["claims", FILE, "--format", "json", "-o", TMP])``, with no ``--lang``
and no pack, so it measures what a user gets. A run that exits non-zero (or crashes)
counts as no predictions for that file; the reason goes to stderr (so does a package
that cannot be imported at all). ``--figures`` also runs
``figures`` (with ``--lang`` set from the file name's first language tag) and scores
figure finding by value alone against every gold figure, claim or not.

Rules
-----
Article text (what the gold covers):
    each source file opens with header lines (address, title, date, the collector's notes
    such as ``Relevance:`` or ``NOTE:``) that end at the first empty line. The article text
    is everything after that first empty line, except square-bracketed spans ``[...]``
    on one line (the collector's labels such as ``[IT之家 version adds:]``, ``[2023-11-30]``,
    ``[truncated]``, ``[excerpt ends]``). Predictions that start outside the article text are
    dropped before scoring. Offsets are character offsets into the file as Python reads
    it with ``open(path, encoding="utf-8")``.
Language:
    of a position, the language of its line: ``zh`` when the line has more CJK ideographs
    than Latin letters, else ``en``. Gold rows carry it (``lang``); a prediction gets the
    language of the line it starts on. Bilingual files are split this way.
Matching (one to one, within a file):
    a prediction and a gold figure are candidates when their spans overlap or their starts
    are at most ``WINDOW`` (3) characters apart, and their values agree (relative tolerance
    1e-9; for a gold ``range`` the prediction's low and high must agree as well). Gold dates
    and truncated figures (``kind`` ``date``/``truncated``) match on position alone.
    Candidates are taken greedily: overlapping before merely near, then the smaller
    start distance, then text order.
Scores (per language and overall):
    - value+qualifier: a prediction is correct when it matches a gold ``claim=yes`` figure
      and has the same qualifier. Precision = correct / predictions (in article text),
      recall = correct / gold claims, F1 = 2 * correct / (predictions + gold claims).
    - value: the same, the qualifier not compared.
    - "on non-claims": predictions matched to a gold ``claim=no`` figure (a year, date,
      percentage growth, ordinal, code name...).
    - The attribute scores below are taken over *matched claims*: pairs of a prediction
      and a gold ``claim=yes`` figure matched as above (the qualifier need not agree).
    - noun accuracy: both nouns are normalised (whitespace and quote marks removed,
      lower case, traditional to simplified Chinese with ``bulletin.text.script.to_simplified``
      when it exists, else OpenCC ``t2s`` when importable, else no conversion). The noun is
      correct when the prediction equals the gold noun's head (the ``head`` column, or the
      noun itself), or one of the two contains the other (as a substring for Chinese, as a
      run of whole words for English). An empty prediction is wrong; gold figures with an
      empty noun (the text names none) are left out.
    - measure accuracy (zh lines): the predicted measure word equals the gold one after
      the same normalisation (English lines have none and are not scored).
    - operation grouping: pairwise over the matched claims of each file. A pair is gold
      positive when both gold figures carry the same ``operation`` label, predicted
      positive when both predictions carry the same ``operation`` value, except that
      ``unassigned`` or an empty value never groups. P = both / predicted positive,
      R = both / gold positive, summed over files (per language: pairs whose two
      figures are both in that language).
    - time: the wall time of each ``main`` call, and the total.

Exit status: 0; 2 with one line on stderr when SOURCES_DIR is missing, the gold is
missing or malformed, a gold file is not in SOURCES_DIR, or a gold phrase is not at its
offset (the source differs from the one annotated).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import math
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE / "dev-gold" / "claims.csv"

WINDOW = 3
QUALIFIERS = ("exact", "more_than", "at_least", "nearly", "about", "less_than", "up_to", "range")
KINDS = ("count", "money", "percent", "year", "date", "duration", "ordinal", "name", "truncated")
POSITION_ONLY_KINDS = ("date", "truncated")
UNGROUPED = ("", "unassigned")
GOLD_COLUMNS = ("file", "lang", "start", "end", "phrase", "value", "qualifier", "low", "high",
                "noun", "head", "measure", "operation", "claim", "kind")
LANGS = ("zh", "en")

_BRACKET = re.compile(r"\[[^\]\n]*\]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_QUOTES = re.compile("[\"'\u2018\u2019\u201c\u201d\u300c\u300d\u300e\u300f\u300a\u300b\uff02\uff07`]")


class Fatal(Exception):
    """A problem that stops the run: printed as one line, exit status 2."""


# --- the article text ------------------------------------------------------------------

def article_start(text: str) -> int:
    """Where the article begins: after the first empty line (0 when there is none)."""
    i = text.find("\n\n")
    return 0 if i < 0 else i + 2


def article_regions(text: str) -> list[tuple[int, int]]:
    """The article's half-open spans: after the header, minus ``[...]`` labels."""
    start = article_start(text)
    regions, pos = [], start
    for m in _BRACKET.finditer(text, start):
        if m.start() > pos:
            regions.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        regions.append((pos, len(text)))
    return regions


def in_regions(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in regions)


def position_lang(text: str, pos: int) -> str:
    """``zh`` when the line holding ``pos`` has more CJK ideographs than Latin letters."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:] if b < 0 else text[a:b]
    return "zh" if len(_CJK.findall(line)) > len(_LATIN.findall(line)) else "en"


# --- gold and predictions --------------------------------------------------------------

@dataclass
class Gold:
    file: str
    lang: str
    start: int
    end: int
    phrase: str
    value: float
    qualifier: str
    low: float | None = None
    high: float | None = None
    noun: str = ""
    head: str = ""
    measure: str = ""
    operation: str = ""
    claim: bool = True
    kind: str = "count"


@dataclass
class Pred:
    start: int
    end: int
    value: float | None
    qualifier: str = ""
    low: float | None = None
    high: float | None = None
    noun: str = ""
    measure: str = ""
    operation: str = ""
    text: str = ""
    lang: str = "en"


def _number(cell) -> float | None:
    if cell is None or cell == "":
        return None
    try:
        value = float(cell)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def check_gold_rows(rows: list[dict]) -> list[str]:
    """Problems with gold rows read by ``csv.DictReader`` (empty when well-formed)."""
    problems = []
    if not rows:
        return ["the gold has no rows"]
    missing = [c for c in GOLD_COLUMNS if c not in rows[0]]
    if missing:
        return [f"the gold lacks the column(s) {', '.join(missing)}"]
    seen = set()
    for n, row in enumerate(rows, start=2):
        where = f"line {n}"
        if not row["file"]:
            problems.append(f"{where}: empty file")
        if row["lang"] not in LANGS:
            problems.append(f"{where}: lang {row['lang']!r} is not zh or en")
        try:
            start, end = int(row["start"]), int(row["end"])
            if not 0 <= start < end:
                problems.append(f"{where}: bad span {start}-{end}")
            elif end - start != len(row["phrase"]):
                problems.append(f"{where}: span length differs from the phrase")
            key = (row["file"], start)
            if key in seen:
                problems.append(f"{where}: a second figure at the same offset")
            seen.add(key)
        except ValueError:
            problems.append(f"{where}: start/end not integers")
        if _number(row["value"]) is None:
            problems.append(f"{where}: value {row['value']!r} is not a number")
        if row["qualifier"] not in QUALIFIERS:
            problems.append(f"{where}: qualifier {row['qualifier']!r} not allowed")
        if row["qualifier"] == "range" and (_number(row["low"]) is None
                                            or _number(row["high"]) is None):
            problems.append(f"{where}: a range needs low and high")
        if row["claim"] not in ("yes", "no"):
            problems.append(f"{where}: claim {row['claim']!r} is not yes or no")
        if row["kind"] not in KINDS:
            problems.append(f"{where}: kind {row['kind']!r} not allowed")
        if row["claim"] == "yes" and not row["operation"]:
            problems.append(f"{where}: a claim without an operation group")
    return problems


def load_gold(path: Path) -> list[Gold]:
    if not path.is_file():
        raise Fatal(f"gold not found: {path}")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    problems = check_gold_rows(rows)
    if problems:
        raise Fatal(f"{path}: {problems[0]}" + (f" (and {len(problems) - 1} more)"
                                                  if len(problems) > 1 else ""))
    return [Gold(file=r["file"], lang=r["lang"], start=int(r["start"]), end=int(r["end"]),
                 phrase=r["phrase"], value=float(r["value"]), qualifier=r["qualifier"],
                 low=_number(r["low"]), high=_number(r["high"]), noun=r["noun"],
                 head=r["head"], measure=r["measure"], operation=r["operation"],
                 claim=r["claim"] == "yes", kind=r["kind"]) for r in rows]


def preds_from_records(records: list[dict], text: str) -> list[Pred]:
    """Predictions from the ``--format json`` rows, kept only when in the article text."""
    regions = article_regions(text)
    preds = []
    for r in records:
        try:
            start, end = int(r["start"]), int(r["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if not in_regions(start, regions):
            continue
        preds.append(Pred(start=start, end=end, value=_number(r.get("value")),
                          qualifier=str(r.get("qualifier") or ""),
                          low=_number(r.get("low")), high=_number(r.get("high")),
                          noun=str(r.get("noun") or ""), measure=str(r.get("measure") or ""),
                          operation=str(r.get("operation") or ""),
                          text=str(r.get("text") or ""), lang=position_lang(text, start)))
    return preds


# --- scoring functions -------------------------------------------------------------------

def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    if a == b:
        return True
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=0.0)


def _values_agree(p: Pred, g: Gold) -> bool:
    if g.kind in POSITION_ONLY_KINDS:
        return True
    if g.qualifier == "range":
        return same_value(p.low, g.low) and same_value(p.high, g.high)
    return same_value(p.value, g.value)


def match(preds: list[Pred], golds: list[Gold], window: int = WINDOW) -> list[tuple[int, int]]:
    """One-to-one (prediction index, gold index) pairs; see the module doc."""
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            overlap = p.start < g.end and g.start < p.end
            distance = abs(p.start - g.start)
            if (overlap or distance <= window) and _values_agree(p, g):
                candidates.append((0 if overlap else 1, distance, g.start, p.start, i, j))
    candidates.sort()
    used_p, used_g, pairs = set(), set(), []
    for *_, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs, key=lambda ij: ij[1])


def prf(tp: int, npred: int, ngold: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall, F1; ``None`` where the denominator is zero.

    F1 is ``2tp / (npred + ngold)``: the harmonic mean when both are defined, 0 when
    nothing was predicted but something should have been.
    """
    p = tp / npred if npred else None
    r = tp / ngold if ngold else None
    f = 2 * tp / (npred + ngold) if npred + ngold else None
    return p, r, f


def _to_simplified():
    try:
        from bulletin.text.script import to_simplified  # type: ignore[import-not-found]
        return to_simplified, "bulletin.text.script.to_simplified"
    except ImportError:
        pass
    try:
        import opencc  # type: ignore[import-not-found]
        converter = opencc.OpenCC("t2s")
        return converter.convert, "opencc t2s"
    except Exception:  # noqa: BLE001 - any failure means: no converter
        return (lambda s: s), "none (exact characters)"


_SIMPLIFY = None


def simplify(s: str) -> str:
    global _SIMPLIFY
    if _SIMPLIFY is None:
        _SIMPLIFY = _to_simplified()
    return _SIMPLIFY[0](s)


def converter_name() -> str:
    simplify("")
    return _SIMPLIFY[1]


def normalize(s: str | None) -> str:
    """Quote marks and whitespace out, lower case, simplified characters."""
    if not s:
        return ""
    s = _QUOTES.sub("", s)
    if _CJK.search(s):
        s = simplify(re.sub(r"\s+", "", s))
    else:
        s = " ".join(s.split())
    return s.lower()


def _contains(outer: str, inner: str) -> bool:
    if _CJK.search(outer) or _CJK.search(inner):
        return inner in outer
    return f" {inner} " in f" {outer} "


def noun_agrees(gold_noun: str, gold_head: str, pred_noun: str) -> bool:
    """Is the predicted noun right? (see the module doc)."""
    g, p = normalize(gold_noun), normalize(pred_noun)
    h = normalize(gold_head) or g
    if not p or not g:
        return False
    return p == h or _contains(g, p) or _contains(p, g)


def pairwise_counts(gold_groups: list[str], pred_groups: list[str]) -> tuple[int, int, int]:
    """(both positive, predicted positive, gold positive) over unordered pairs."""
    both = pred_pos = gold_pos = 0
    n = len(gold_groups)
    for i in range(n):
        for j in range(i + 1, n):
            g = gold_groups[i] == gold_groups[j]
            p = (pred_groups[i] == pred_groups[j]
                 and (pred_groups[i] or "").strip().lower() not in UNGROUPED)
            gold_pos += g
            pred_pos += p
            both += g and p
    return both, pred_pos, gold_pos


def pairwise_prf(gold_groups: list[str], pred_groups: list[str]):
    both, pred_pos, gold_pos = pairwise_counts(gold_groups, pred_groups)
    return prf(both, pred_pos, gold_pos)


@dataclass
class Tally:
    """Counts for one language (or all) that the scores are made of."""
    gold_claims: int = 0
    gold_figures: int = 0
    preds: int = 0
    tp_value: int = 0
    tp_vq: int = 0
    on_nonclaims: int = 0
    noun_ok: int = 0
    noun_n: int = 0
    measure_ok: int = 0
    measure_n: int = 0
    pair_both: int = 0
    pair_pred: int = 0
    pair_gold: int = 0
    fig_preds: int = 0
    fig_tp: int = 0
    fig_runs: int = field(default=0, repr=False)

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score_file(golds: list[Gold], preds: list[Pred]) -> dict[str, Tally]:
    """Tallies for one file, keyed by ``zh``, ``en`` and ``all``."""
    tallies = {k: Tally() for k in (*LANGS, "all")}

    def bump(lang: str, name: str, n: int = 1) -> None:
        for key in (lang, "all"):
            setattr(tallies[key], name, getattr(tallies[key], name) + n)

    for g in golds:
        bump(g.lang, "gold_figures")
        if g.claim:
            bump(g.lang, "gold_claims")
    for p in preds:
        bump(p.lang, "preds")
    matched = []  # (pred, gold) with gold a claim
    for i, j in match(preds, golds):
        p, g = preds[i], golds[j]
        if not g.claim:
            bump(p.lang, "on_nonclaims")
            continue
        matched.append((p, g))
        bump(p.lang, "tp_value")
        if p.qualifier == g.qualifier:
            bump(p.lang, "tp_vq")
    for p, g in matched:
        if normalize(g.noun):
            bump(g.lang, "noun_n")
            bump(g.lang, "noun_ok", noun_agrees(g.noun, g.head, p.noun))
        if g.lang == "zh":
            bump(g.lang, "measure_n")
            bump(g.lang, "measure_ok", normalize(p.measure) == normalize(g.measure))
    for key in (*LANGS, "all"):
        sub = [(p, g) for p, g in matched if key == "all" or (g.lang == key)]
        both, pp, gp = pairwise_counts([g.operation for _, g in sub], [p.operation for p, _ in sub])
        tallies[key].pair_both += both
        tallies[key].pair_pred += pp
        tallies[key].pair_gold += gp
    return tallies


def score_figures(golds: list[Gold], preds: list[Pred]) -> dict[str, Tally]:
    """Value-only figure finding against every gold figure (``--figures``)."""
    tallies = {k: Tally() for k in (*LANGS, "all")}
    for p in preds:
        for key in (p.lang, "all"):
            tallies[key].fig_preds += 1
    for i, _ in match(preds, golds):
        for key in (preds[i].lang, "all"):
            tallies[key].fig_tp += 1
    return tallies


def summary(t: Tally) -> dict:
    """The scores of a tally, as a JSON-ready dict."""
    def ratio(a, b):
        return a / b if b else None
    vp, vr, vf = prf(t.tp_value, t.preds, t.gold_claims)
    qp, qr, qf = prf(t.tp_vq, t.preds, t.gold_claims)
    op, orr, of = prf(t.pair_both, t.pair_pred, t.pair_gold)
    out = {
        "gold_figures": t.gold_figures, "gold_claims": t.gold_claims, "predictions": t.preds,
        "value_qualifier": {"tp": t.tp_vq, "precision": qp, "recall": qr, "f1": qf},
        "value": {"tp": t.tp_value, "precision": vp, "recall": vr, "f1": vf},
        "predictions_on_nonclaims": t.on_nonclaims,
        "noun_accuracy": {"correct": t.noun_ok, "of": t.noun_n, "accuracy": ratio(t.noun_ok, t.noun_n)},
        "measure_accuracy": {"correct": t.measure_ok, "of": t.measure_n,
                             "accuracy": ratio(t.measure_ok, t.measure_n)},
        "operation_pairwise": {"both": t.pair_both, "predicted": t.pair_pred, "gold": t.pair_gold,
                               "precision": op, "recall": orr, "f1": of},
    }
    if t.fig_runs:
        fp, fr, ff = prf(t.fig_tp, t.fig_preds, t.gold_figures)
        out["figures_value"] = {"tp": t.fig_tp, "predictions": t.fig_preds,
                                "precision": fp, "recall": fr, "f1": ff}
    return out


# --- running the command line -------------------------------------------------------------

def run_cli(argv: list[str]) -> tuple[list[dict] | None, str, float]:
    """Run ``bulletin.cli.main`` writing JSON to a temporary file.

    Returns (records or None on failure, the failure reason, seconds).
    """
    try:
        from bulletin.cli import main
    except Exception as exc:  # noqa: BLE001 - a package that does not import predicts nothing
        return None, f"cannot import bulletin.cli: {type(exc).__name__}: {exc}", 0.0

    err = io.StringIO()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        t0 = time.perf_counter()
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                rc = main([*argv, "--format", "json", "-o", str(out)])
        except SystemExit as exc:
            rc = exc.code
        except Exception as exc:  # noqa: BLE001 - a crash counts as no predictions
            seconds = time.perf_counter() - t0
            return None, f"crashed: {type(exc).__name__}: {exc}", seconds
        seconds = time.perf_counter() - t0
        if rc not in (0, None):
            lines = [ln for ln in err.getvalue().splitlines() if ln.strip()]
            return None, f"exit {rc}: {lines[-1] if lines else 'no message'}", seconds
        try:
            records = json.loads(out.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            return None, f"unreadable output: {exc}", seconds
    if not isinstance(records, list):
        return None, "output is not a JSON list", seconds
    return records, "", seconds


def _file_tag(name: str) -> str:
    m = re.match(r"\d+_(zh|en)_", name)
    return m.group(1) if m else "en"


def evaluate(sources: Path, gold_path: Path, figures: bool = False) -> dict:
    if not sources.is_dir():
        raise Fatal(f"sources folder not found: {sources}")
    golds = load_gold(gold_path)
    by_file: dict[str, list[Gold]] = {}
    for g in golds:
        by_file.setdefault(g.file, []).append(g)
    texts = {}
    for name, rows in by_file.items():
        path = sources / name
        if not path.is_file():
            raise Fatal(f"gold file {name} not found in {sources}")
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        regions = article_regions(text)
        for g in rows:
            if text[g.start:g.end] != g.phrase:
                raise Fatal(f"{name}: gold phrase {g.phrase!r} is not at offset {g.start} "
                            "(the source differs from the one annotated)")
            if not in_regions(g.start, regions):
                raise Fatal(f"{name}: gold phrase {g.phrase!r} at {g.start} is outside the article text")
        texts[name] = text
    totals = {k: Tally() for k in (*LANGS, "all")}
    files, total_seconds = [], 0.0
    for name in sorted(by_file):
        path = str(sources / name)
        records, reason, seconds = run_cli(["claims", path])
        total_seconds += seconds
        if records is None:
            print(f"warning: {name}: claims failed ({reason}); counting no predictions",
                  file=sys.stderr)
            records = []
        preds = preds_from_records(records, texts[name])
        tallies = score_file(by_file[name], preds)
        entry = {"file": name, "seconds": seconds, "error": reason or None}
        if figures:
            frecords, freason, fseconds = run_cli(["figures", path, "--lang", _file_tag(name)])
            entry["figures_seconds"] = fseconds
            if frecords is None:
                print(f"warning: {name}: figures failed ({freason}); counting no predictions",
                      file=sys.stderr)
                frecords = []
            ftallies = score_figures(by_file[name], preds_from_records(frecords, texts[name]))
            for key in tallies:
                tallies[key].fig_preds += ftallies[key].fig_preds
                tallies[key].fig_tp += ftallies[key].fig_tp
                tallies[key].fig_runs = 1
        for key in totals:
            totals[key].add(tallies[key])
        t = tallies["all"]
        entry.update(gold_figures=t.gold_figures, gold_claims=t.gold_claims,
                     predictions=t.preds, tp_value_qualifier=t.tp_vq,
                     langs=sorted({g.lang for g in by_file[name]}))
        files.append(entry)
    for key in totals:
        totals[key].fig_runs = 1 if figures else 0
    return {"sources": str(sources), "gold": str(gold_path), "files": files,
            "total_seconds": total_seconds, "noun_converter": converter_name(),
            "scores": {k: summary(t) for k, t in totals.items()}}


# --- printing -------------------------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def _prf_cell(d: dict) -> str:
    return f"{_pct(d['precision'])}/{_pct(d['recall'])}/{_pct(d['f1'])}"


def _acc_cell(d: dict) -> str:
    return f"{d['correct']}/{d['of']} {_pct(d['accuracy'])}" if d["of"] else "-"


def table(result: dict) -> str:
    s = result["scores"]
    cols = ("zh", "en", "all")
    lines = [f"dev benchmark: {len(result['files'])} files, "
             f"{s['all']['gold_figures']} gold figures, {s['all']['gold_claims']} claims",
             f"{'':34}" + "".join(f"{c:>22}" for c in cols)]

    def row(label, fn):
        lines.append(f"{label:34}" + "".join(f"{fn(s[c]):>22}" for c in cols))

    row("gold figures / claims", lambda d: f"{d['gold_figures']} / {d['gold_claims']}")
    row("predicted claims", lambda d: str(d["predictions"]))
    row("value+qualifier P/R/F1 %", lambda d: _prf_cell(d["value_qualifier"]))
    row("value only P/R/F1 %", lambda d: _prf_cell(d["value"]))
    row("predictions on gold non-claims", lambda d: str(d["predictions_on_nonclaims"]))
    row("noun accuracy (matched) %", lambda d: _acc_cell(d["noun_accuracy"]))
    row("measure accuracy (matched, zh) %", lambda d: _acc_cell(d["measure_accuracy"]))
    row("operation pairwise P/R/F1 %", lambda d: _prf_cell(d["operation_pairwise"]))
    if "figures_value" in s["all"]:
        row("figures: value P/R/F1 % (all)", lambda d: _prf_cell(d["figures_value"]))
    lines.append(f"noun normalisation converter: {result['noun_converter']}")
    lines.append("")
    lines.append(f"{'file':62}{'lang':>6}{'gold':>6}{'pred':>6}{'ok':>5}{'sec':>8}")
    for f in result["files"]:
        lines.append(f"{f['file'][:62]:62}{'+'.join(f['langs']):>6}{f['gold_claims']:>6}"
                     f"{f['predictions']:>6}{f['tp_value_qualifier']:>5}{f['seconds']:>8.3f}"
                     + (f"  ({f['error']})" if f["error"] else ""))
    lines.append(f"total time {result['total_seconds']:.3f} s for {len(result['files'])} "
                 f"claims runs ({result['total_seconds'] / max(1, len(result['files'])):.3f} s a file)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="the folder holding the source texts")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help=f"gold CSV ({DEFAULT_GOLD.name})")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead")
    parser.add_argument("--figures", action="store_true",
                        help="also score the figures command by value against all gold figures")
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.sources, args.gold, figures=args.figures)
    except Fatal as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
