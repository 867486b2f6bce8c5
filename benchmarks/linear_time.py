"""Time the three commands on growing synthetic input: is every one linear?

Usage::

    .venv/bin/python benchmarks/linear_time.py [--size 200000] [--runs 3]

For English and for Chinese it builds a synthetic bulletin of about ``--size`` characters
(paragraphs of passages with openers, totals, several figures a sentence, names, dates,
ordinals and words that are not figures, written here from a few invented sentences,
with numbers that change from paragraph to paragraph), then times ``figures``
(:func:`bulletin.claims.build.figures_of`), ``claims`` (:func:`bulletin.claims.build.read`) and
``unclaimed`` (:func:`bulletin.claims.build.account`) on 1, 2, 4 and 8 copies' worth of
paragraphs, the best of ``--runs`` runs each, and prints the seconds and the ratio of each
size to 1x. Linear time gives ratios near 1, 2, 4, 8; the target is 8x input in at most
about 10x the time.
"""

from __future__ import annotations

import argparse
import time

from bulletin.claims.build import account, figures_of, read

EN_PARAGRAPH = (
    "In the crackdown on telecom fraud in region {n}, police solved more than {a:,} cases "
    "and arrested {b:,} suspects, seized 3.{c} million phone cards and shut down nearly {d} "
    "websites. A total of {e:,} cases were detected on October {day}, the {n}th report of "
    "the “Clean Net 2021” campaign; four gangs were broken up at 3 pm and one in five "
    "suspects was under the age of 30."
)
ZH_PARAGRAPH = (
    "在打击电信网络诈骗“断卡{n}”行动中，公安机关侦破案件{a}余起，抓获犯罪嫌疑人{b}名，"
    "查获手机黑卡{c}.{d}万张，关停网站{d}个；共侦办案件{e}起。10月{day}日15时，连续第{day}年"
    "开展“净网2021”专项行动，打掉一个团伙，侦破涉案金额超过1000万元的案件{c}起，"
    "其中侵犯公民个人信息类案件{d}余起。"
)


def synthetic(template: str, size: int) -> str:
    """Paragraphs from ``template`` with changing numbers, up to ``size`` characters."""
    parts, total, n = ["Title\n"], 6, 1
    while total < size:
        paragraph = template.format(n=n, a=1000 + 37 * n, b=2000 + 11 * n, c=n % 9 + 1,
                                    d=10 + n % 80, e=5000 + n, day=n % 28 + 1)
        parts.append(paragraph)
        total += len(paragraph) + 2
        n += 1
    return "\n\n".join(parts) + "\n"


def best_seconds(func, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


COMMANDS = {
    "figures": lambda text, lang: figures_of(text, lang=lang),
    "claims": lambda text, lang: read(text, lang=lang).claims,
    "unclaimed": lambda text, lang: account(text, lang=lang),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200_000, help="characters at 1x (200000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per size; the best counts (3)")
    args = parser.parse_args(argv)
    factors = (1, 2, 4, 8)
    print(f"{'lang':5}{'command':11}" + "".join(f"{f}x s".rjust(10) for f in factors)
          + "".join(f"{f}x/1x".rjust(9) for f in factors[1:]))
    worst = 0.0
    for lang, template in (("en", EN_PARAGRAPH), ("zh", ZH_PARAGRAPH)):
        texts = {f: synthetic(template, args.size * f) for f in factors}
        for name, command in COMMANDS.items():
            seconds = {f: best_seconds(lambda t=texts[f]: command(t, lang), args.runs)
                       for f in factors}
            ratios = [seconds[f] / seconds[1] for f in factors[1:]]
            worst = max(worst, ratios[-1])
            print(f"{lang:5}{name:11}" + "".join(f"{seconds[f]:10.3f}" for f in factors)
                  + "".join(f"{r:9.2f}" for r in ratios))
    print(f"1x = {args.size:,} characters; worst 8x/1x ratio {worst:.2f} (target: at most ~10)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
