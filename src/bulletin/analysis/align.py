"""An English text's figures beside those of a Chinese text of the same release.

No hand-kept phrase table: both texts are read by the engine (:func:`bulletin.claims.build.build_claims`),
and each claim carries its range (``low``, ``high``, step reading), its qualifier and its
metric, which names what is counted in one vocabulary for both languages
(``lexicon/metrics.csv``). A campaign's glossary (``glossary.csv``: ``term_en``,
``term_zh``), when given, also makes two counted nouns the same thing when the metric
table does not know them.

The two lists are aligned in order (a translation keeps the order of its original), by
the best total score over pairs of compatible claims (same metric, or nouns the glossary
pairs). Each row gets one relation:

``same``
    value and qualifier agree (3.7万余 ↔ "more than 37,000"; 16个 ↔ "16").
``rounded``
    the values differ but one range holds the other's value (3.74万 ↔ "over 37,000").
``qualifier_differs``
    the value agrees, the qualifier does not (近 ↔ "more than"; 余 ↔ printed bare).
``value_differs``
    the same kind of figure in the same place, with ranges that do not meet.
``en_only``, ``zh_only``
    printed on one side only.
``conversion``
    a figure in a foreign currency printed on one side only (a conversion the relay added).

Examples
--------
>>> from bulletin.claims.build import build_claims
>>> en = build_claims("Police solved more than 37,000 cases and arrested 80,000 suspects.")
>>> zh = build_claims("共侦破案件3.7万余起，抓获犯罪嫌疑人近8万名。")
>>> [(r["en_text"], r["zh_text"], r["relation"]) for r in align(en, zh)]
[('more than 37,000', '3.7万余', 'same'), ('80,000', '近8万', 'qualifier_differs')]
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from pathlib import Path

from bulletin.analysis.columns import ALIGN_COLUMNS
from bulletin.analysis.translation import load_glossary
from bulletin.figures.readings import figure_range
from bulletin.lexicon.load import table
from bulletin.text.language import fold

__all__ = ["COLUMNS", "RELATIONS", "align", "glossary_pairs", "relation"]

RELATIONS = ("same", "rounded", "qualifier_differs", "value_differs", "en_only", "zh_only",
             "conversion")
COLUMNS = ALIGN_COLUMNS
#: The score of a pair by relation: the alignment maximises the sum.
SCORES = {"same": 8, "rounded": 6, "qualifier_differs": 6, "value_differs": 2}
#: A ``value_differs`` pair's values lie within this factor of each other (a 万 ↔ 千 shift,
#: a changed digit): further apart they are two different figures.
VALUE_FACTOR = 10
#: Qualifiers that read alike for the relation (a bare figure is "as printed").
_SAME_QUALIFIER = {"more_than": "more_than", "at_least": "more_than"}


def _rows(claims) -> list[dict]:
    if hasattr(claims, "to_dict"):
        return claims.to_dict("records")
    return [asdict(c) if is_dataclass(c) else dict(c) for c in claims]


def _step_range(row: dict) -> tuple[float, float]:
    if row.get("qualifier") in ("range", "indefinite", "upwards"):
        return row["low"], row["high"]
    return figure_range(row["value"], row["qualifier"], "step")


def relation(en: dict, zh: dict) -> str | None:
    """The relation of two figures of the same kind, by value, qualifier and range.

    >>> relation({"value": 37000, "qualifier": "more_than"}, {"value": 37400, "qualifier": "exact"})
    'rounded'
    >>> relation({"value": 5000, "qualifier": "exact"}, {"value": 500, "qualifier": "exact"})
    'value_differs'
    """
    q_en = _SAME_QUALIFIER.get(en["qualifier"], en["qualifier"])
    q_zh = _SAME_QUALIFIER.get(zh["qualifier"], zh["qualifier"])
    if en["value"] == zh["value"]:
        return "same" if q_en == q_zh else "qualifier_differs"
    (en_low, en_high), (zh_low, zh_high) = _step_range(en), _step_range(zh)
    en_inside = zh_low <= en["value"] < zh_high or en["value"] == zh_low
    zh_inside = en_low <= zh["value"] < en_high or zh["value"] == en_low
    if (en_inside or zh_inside) and max(en_low, zh_low) <= min(en_high, zh_high):
        return "rounded"
    small, large = sorted((abs(en["value"]), abs(zh["value"])))
    if small > 0 and large / small <= VALUE_FACTOR:
        return "value_differs"
    return None


def glossary_pairs(campaign: Path | None) -> list[tuple[str, str]]:
    """The campaign glossary's ``(term_en, term_zh)`` pairs, English lower-cased; none without
    a campaign folder."""
    if campaign is None:
        return []
    glossary = load_glossary(Path(campaign))
    return [(str(en).lower(), fold(str(zh))) for en, zh in zip(glossary.term_en, glossary.term_zh)
            if str(en).strip() and str(zh).strip()]


def _words(row: dict, lang: str) -> str:
    words = f"{row.get('noun') or ''} {row.get('measure') or ''}"
    return words.lower() if lang == "en" else fold(words)


def _yuan(row: dict, lang: str) -> bool:
    """Whether a figure counts yuan (and no foreign currency)."""
    words = _words(row, lang)
    return any(w in words for w in table(lang, "checks").get("home_currency", [])) \
        and not _foreign(row, lang)


def _kind_agrees(en: dict, zh: dict, glossary) -> bool:
    if en.get("metric") and en.get("metric") == zh.get("metric"):
        return True
    if _yuan(en, "en") and _yuan(zh, "zh"):
        return True
    noun_en, noun_zh = str(en.get("noun") or "").lower(), fold(str(zh.get("noun") or ""))
    return any(term_en in noun_en and term_zh in noun_zh for term_en, term_zh in glossary
               if noun_en and noun_zh)


def _foreign(row: dict, lang: str) -> bool:
    words = _words(row, lang)
    return any(word in words for word in table(lang, "checks").get("foreign_currency", []))


def _scores(en_rows, zh_rows, glossary):
    pairs = {}
    for i, en in enumerate(en_rows):
        for j, zh in enumerate(zh_rows):
            if _kind_agrees(en, zh, glossary):
                found = relation(en, zh)
                if found:
                    pairs[i, j] = found
    return pairs


def _best_path(n: int, m: int, pairs: dict) -> list[tuple[int | None, int | None]]:
    """The order-keeping alignment with the highest total score (Needleman-Wunsch, gaps 0)."""
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = SCORES[pairs[i, j]] + best[i + 1][j + 1] if (i, j) in pairs else -1
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    path, i, j = [], 0, 0
    while i < n and j < m:
        if (i, j) in pairs and best[i][j] == SCORES[pairs[i, j]] + best[i + 1][j + 1]:
            path.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            path.append((i, None))
            i += 1
        else:
            path.append((None, j))
            j += 1
    path += [(k, None) for k in range(i, n)] + [(None, k) for k in range(j, m)]
    return path


def _side(row: dict | None, prefix: str) -> dict:
    keys = ("text", "value", "qualifier", "low", "high", "metric", "operation", "start")
    if row is None:
        return {f"{prefix}_{k}": "" for k in keys}
    low, high = _step_range(row)
    values = {**row, "low": low, "high": high}
    return {f"{prefix}_{k}": values.get(k, "") for k in keys}


def align(en_claims, zh_claims, campaign: Path | None = None) -> list[dict]:
    """The English claims beside the Chinese ones, one row per pair or unpaired claim, in the
    English text's order (Chinese-only figures where they fall). See the module doc."""
    en_rows, zh_rows = _rows(en_claims), _rows(zh_claims)
    glossary = glossary_pairs(campaign)
    pairs = _scores(en_rows, zh_rows, glossary)
    out = []
    for i, j in _best_path(len(en_rows), len(zh_rows), pairs):
        en = en_rows[i] if i is not None else None
        zh = zh_rows[j] if j is not None else None
        if en is not None and zh is not None:
            found = pairs[i, j]
        elif en is not None:
            found = "conversion" if _foreign(en, "en") else "en_only"
        else:
            found = "conversion" if _foreign(zh, "zh") else "zh_only"
        out.append({"relation": found, **_side(en, "en"), **_side(zh, "zh")})
    return out
