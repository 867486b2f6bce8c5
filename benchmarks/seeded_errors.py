"""Seeded errors: mutate one figure of a bulletin, run `check` and `align`, count what they catch.

The texts: every pack in ``data/packs/`` (with its operations), the October pack's English
text beside the Chinese text of its reposts' phrases (``tests/fixtures/october-phrases.zh.txt``,
for ``align`` both ways), and the development corpus (``../shared/corpus``, read from
there, never committed; ``check`` only, since it holds no translation pairs).

Mutation classes, each applied to one claim's printed figure at a time:

``magnitude``    万 ↔ 千 (a figure without either: ten times larger; English: ten times)
``digit``        one significant digit changed
``yu``           余 (or "more than") dropped, or added where there was none
``part``         an operation's figure doubled (a part inflated)
``headline``     a headline figure halved or doubled
``restatement``  the second printing of a figure printed twice changed (its first digit)

For each trial the checks are run on the mutated text, and their *alarms* (a
``parts_exceed``/``parts_short``/``restatement_differs`` row of ``check``; a
``rounded``/``qualifier_differs``/``value_differs`` row of ``align``, or a pair lost) are
compared with the unmutated text's. A new alarm is *true* when it names the mutated figure
(its metric, in ``check``; its offset, in ``align``), else false. *Controls* change a
numeral that is not a claim (a date, a phone number): any new alarm there is false.

- **coverage**: the share of trials some check can see: the mutated figure is paired with
  its counterpart in ``align``, or ``check``'s interval arithmetic, re-run on the unmutated
  claims table with only that figure's value and qualifier replaced (a perfect reading of
  the mutated text), changes a verdict;
- **sensitivity** (within coverage): the share of covered trials with a true alarm;
- **precision**: true alarms over all new alarms (controls included).

    .venv/bin/python benchmarks/seeded_errors.py --corpus ../shared/corpus
    .venv/bin/python benchmarks/seeded_errors.py --corpus ../shared/corpus --per-class 6 --seed 1
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from bulletin.analysis.align import align
from bulletin.analysis.headline import parts_check
from bulletin.claims.build import HEADLINE, build_claims, figures_of, read, unclaimed
from bulletin.packs.corrections import apply_corrections
from bulletin.packs.pack import project_pack, project_packs

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURE = ROOT / "tests" / "fixtures" / "october-phrases.zh.txt"
CLASSES = ("magnitude", "digit", "yu", "part", "headline", "restatement")
CHECK_ALARMS = {"parts_exceed", "parts_short", "restatement_differs"}
ALIGN_ALARMS = {"rounded", "qualifier_differs", "value_differs"}

_ZH = re.compile(r"^(?P<q>近|约|超过)?(?P<num>\d[\d,.]*)(?P<unit>[万千亿]?)(?P<yu>余|多)?$")
_EN = re.compile(r"^(?P<q>(?:[Mm]ore than|[Oo]ver|[Nn]early|[Aa]bout|[Aa]lmost) )?"
                 r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit> (?:million|billion))?$")


@dataclass
class Text:
    """A text to seed errors in: its name, language, operations, and its pair for align."""

    name: str
    text: str
    operations: list | None = None
    corrections: list | None = None
    pair: "Text | None" = None
    lang: str | None = None

    def claims(self, text: str | None = None):
        found = build_claims(text if text is not None else self.text,
                             operations=self.operations, lang=self.lang)
        return apply_corrections(found, self.corrections) if self.corrections and text is None \
            else found


# --- the mutations of a printed figure ------------------------------------------------------

def _number(num: str) -> float:
    return float(num.replace(",", ""))


def _format(value: float, like: str, lang: str) -> str:
    decimals = len(like.split(".")[1]) if "." in like else 0
    text = f"{value:.{max(decimals, 0)}f}" if decimals else (
        f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value)))
    if lang == "en" and "," in like or (lang == "en" and value >= 10000 and "." not in text):
        whole, _, frac = text.partition(".")
        text = f"{int(whole):,}" + (f".{frac}" if frac else "")
    return text


def mutate(surface: str, kind: str, lang: str, rng: random.Random) -> str | None:
    """The figure ``surface`` with one error of ``kind`` seeded, or ``None`` when it does not
    apply (a figure in words, or no change possible)."""
    pattern = _ZH if lang == "zh" else _EN
    m = pattern.match(surface)
    if not m:
        return None
    q, num, unit = m.group("q") or "", m.group("num"), m.group("unit") or ""
    yu = m.groupdict().get("yu") or ""
    value = _number(num)
    if kind == "magnitude":
        if lang == "zh" and unit in ("万", "千"):
            unit = "千" if unit == "万" else "万"
        else:
            num = _format(value * 10, num, lang)
    elif kind == "digit":
        digits = [i for i, c in enumerate(num) if c.isdigit()]
        significant = [i for i in digits if num[i] != "0"] or digits
        i = rng.choice(significant)
        choices = [d for d in "0123456789" if d != num[i] and not (d == "0" and i == digits[0])]
        num = num[:i] + rng.choice(choices) + num[i + 1:]
    elif kind == "yu":
        if lang == "zh":
            yu = "" if yu else "余"
        else:
            q = "" if q else "more than "
    elif kind == "part":
        num = _format(value * 2, num, lang)
    elif kind == "headline":
        num = _format(value * (2 if rng.random() < 0.5 else 0.5), num, lang)
    elif kind == "restatement":
        first = num.lstrip("0")[0]
        num = num.replace(first, str(int(first) % 9 + 1), 1)
    new = f"{q}{num}{unit}{yu}" if lang == "zh" else f"{q}{num}{unit}"
    return new if new != surface else None


# --- alarms ---------------------------------------------------------------------------------

def _frame(claims) -> pd.DataFrame:
    rows = [asdict(c) for c in claims]
    return pd.DataFrame(rows)


def check_alarms(frame: pd.DataFrame) -> set[tuple]:
    if frame.empty:
        return set()
    return {(r["check"], r["metric"], r["reading"], r["verdict"], r["without"], r["parts"])
            for r in parts_check(frame) if r["verdict"] in CHECK_ALARMS}


def names(alarm: tuple, claim) -> bool:
    """Whether a check alarm names the claim: its metric, and its operation among the parts
    (or the headline, the total of a parts row)."""
    ops = alarm[5].split(";")
    return alarm[1] == claim.metric and (claim.operation in ops or (
        alarm[0] != "restatement" and claim.operation == HEADLINE))


def align_alarms(en, zh) -> tuple[set[tuple], int]:
    rows = align(en, zh)
    alarms = {(r["relation"], r["en_start"], r["zh_start"]) for r in rows if r["relation"] in ALIGN_ALARMS}
    return alarms, sum(r["relation"] == "same" for r in rows)


def _printings(frame: pd.DataFrame) -> dict:
    """Claims of one operation and metric printed more than once with meeting ranges: the
    offsets of the printings after the first."""
    later = {}
    for (_, _), group in frame.groupby(["operation", "metric"], sort=False):
        if len(group) < 2:
            continue
        first = group.iloc[0]
        for row in group.iloc[1:].itertuples():
            if row.low <= first.high and first.low <= row.high and row.noun == first.noun:
                later[row.start] = first.start
    return later


# --- one trial ------------------------------------------------------------------------------

@dataclass
class Trial:
    cls: str
    text: str
    covered: bool
    detected: bool
    true_alarms: int
    false_alarms: int


def _covered_by_check(frame: pd.DataFrame, index, new_claim, base_alarms) -> bool:
    """Whether check's arithmetic sees the change on a perfect reading of the mutated text."""
    oracle = frame.astype({k: object for k in ("value", "low", "high")})
    for key in ("value", "qualifier", "low", "high"):
        oracle.at[index, key] = getattr(new_claim, key)
    return bool(check_alarms(oracle) - base_alarms)


def _eligible(item: Text, claims, cls: str, frame: pd.DataFrame) -> list[int]:
    ops = list(frame["operation"]) if len(frame) else []
    if cls == "part":
        return [i for i, op in enumerate(ops) if op != HEADLINE]
    if cls == "headline":
        return [i for i, op in enumerate(ops) if op == HEADLINE]
    if cls == "restatement":
        later = _printings(frame)
        return [i for i, c in enumerate(claims) if c.start in later]
    return list(range(len(claims)))


def run_text(item: Text, per_class: int, rng: random.Random, controls: int) -> list[Trial]:
    claims = item.claims()
    frame = _frame(claims)
    if frame.empty:
        return []
    base = check_alarms(frame)
    pair_claims = item.pair.claims() if item.pair else None
    if item.pair:
        en, zh = (claims, pair_claims) if item.lang == "en" else (pair_claims, claims)
        base_align, _ = align_alarms(en, zh)
        paired = {r[f"{item.lang}_start"] for r in align(en, zh) if r["relation"] == "same"}
    trials = []
    for cls in CLASSES:
        chosen = _eligible(item, claims, cls, frame)
        rng.shuffle(chosen)
        done = 0
        for index in chosen:
            if done >= per_class:
                break
            claim = claims[index]
            new = mutate(claim.text, cls, claim.lang, rng)
            if new is None:
                continue
            text = item.text[:claim.start] + new + item.text[claim.end:]
            parsed = [f for f, _ in figures_of(new, lang=claim.lang)]
            if len(parsed) != 1 or parsed[0].text != new:
                continue
            new_claim = parsed[0]
            done += 1
            covered = _covered_by_check(frame, index, new_claim, base)
            mutated = item.claims(text)
            alarms = check_alarms(_frame(mutated)) - base
            true = sum(1 for a in alarms if names(a, claim))
            false = len(alarms) - true
            if item.pair:
                covered = covered or claim.start in paired
                en, zh = (mutated, pair_claims) if item.lang == "en" else (pair_claims, mutated)
                new_align, _ = align_alarms(en, zh)
                fresh = new_align - base_align
                side = 1 if item.lang == "en" else 2
                hits = sum(1 for a in fresh if a[side] == claim.start)
                true, false = true + hits, false + len(fresh) - hits
            trials.append(Trial(cls, item.name, covered, true > 0, true, false))
    trials += _controls(item, claims, base, rng, controls, pair_claims)
    return trials


def _controls(item: Text, claims, base, rng, count: int, pair_claims) -> list[Trial]:
    """Change a numeral that is not a claim; any new alarm is false."""
    reading = read(item.text, operations=item.operations, lang=item.lang)
    others = [u for u in unclaimed(reading) if re.fullmatch(r"\d+", u.text)]
    rng.shuffle(others)
    trials = []
    for u in others[:count]:
        digit = str((int(u.text[-1]) + 1) % 10)
        text = item.text[:u.end - 1] + digit + item.text[u.end:]
        mutated = item.claims(text)
        false = len(check_alarms(_frame(mutated)) - base)
        trials.append(Trial("control", item.name, False, False, 0, false))
    return trials


# --- the texts and the table -----------------------------------------------------------------

def texts(corpus: Path | None) -> list[Text]:
    found = []
    for pack in project_packs():
        found.append(Text(pack.id, pack.text(), pack.operations, pack.corrections, lang=pack.language))
    october = project_pack("jingwang2021-stage") if any(p.id == "jingwang2021-stage"
                                                      for p in project_packs()) else None
    if october is not None and FIXTURE.is_file():
        en = found[[t.name for t in found].index(october.id)]
        zh = Text("october-phrases.zh", FIXTURE.read_text(encoding="utf-8"), lang="zh")
        en.pair, zh.pair = zh, Text(en.name, en.text, en.operations, en.corrections, lang="en")
        found.append(zh)
    if corpus is not None:
        for lang in ("zh", "en"):
            for path in sorted((corpus / lang).glob("*.txt")):
                found.append(Text(f"corpus/{lang}/{path.name}", path.read_text(encoding="utf-8")))
    return found


def table(trials: list[Trial]) -> str:
    by = defaultdict(list)
    for t in trials:
        by[t.cls].append(t)
    lines = ["| mutation | trials | covered | coverage | caught (covered) | sensitivity | "
             "caught (not covered) | true alarms | false alarms | precision |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    total_true = total_false = 0
    for cls in (*CLASSES, "control"):
        group = by.get(cls, [])
        if not group:
            continue
        covered = [t for t in group if t.covered]
        caught = sum(t.detected for t in covered)
        true, false = sum(t.true_alarms for t in group), sum(t.false_alarms for t in group)
        total_true, total_false = total_true + true, total_false + false
        ratio = lambda a, b: f"{a / b:.2f}" if b else "–"  # noqa: E731
        outside = sum(t.detected for t in group if not t.covered)
        lines.append(f"| {cls} | {len(group)} | {len(covered)} | {ratio(len(covered), len(group))} | "
                     f"{caught} | {ratio(caught, len(covered))} | {outside} | {true} | {false} | "
                     f"{ratio(true, true + false)} |")
    covered = [t for t in trials if t.covered]
    caught = sum(t.detected for t in covered)
    seeded = [t for t in trials if t.cls != "control"]
    outside = sum(t.detected for t in trials if not t.covered)
    lines.append(f"| **all** | {len(seeded)} | {len(covered)} | {len(covered) / max(len(seeded), 1):.2f} | "
                 f"{caught} | {caught / max(len(covered), 1):.2f} | {outside} | {total_true} | {total_false} | "
                 f"{total_true / max(total_true + total_false, 1):.2f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS if CORPUS.is_dir() else None,
                        help="the development corpus folder (zh/ and en/); none: packs only")
    parser.add_argument("--per-class", type=int, default=4, help="trials per class and text")
    parser.add_argument("--controls", type=int, default=3, help="control trials per text")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--by-source", action="store_true", help="also a table per source kind")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    trials = []
    for item in texts(args.corpus):
        trials += run_text(item, args.per_class, rng, args.controls)
    print(table(trials))
    if args.by_source:
        for kind in ("packs", "corpus"):
            part = [t for t in trials if t.text.startswith("corpus/") == (kind == "corpus")]
            print(f"\n{kind}:\n{table(part)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
