"""Why a Chinese numeral is no figure: a list marker, a code, a telephone number, an idiom.

:func:`rejection_reason` is asked by :mod:`bulletin.figures.zh` about each numeral it
finds; the words come from ``zh/nonfigures.toml`` (through
:mod:`bulletin.lexicon.zh_grammar`).

Examples
--------
>>> bare_year("2021", False), bare_year("2021", True)
(True, False)
"""

from __future__ import annotations

import re

from bulletin.figures.zh_nouns import BOUNDARY, CJK
from bulletin.figures.zh_numerals import ZEROS
from bulletin.lexicon import zh_grammar as G

_LATIN = re.compile(r"[A-Za-z]")


def _list_marker(w: str, start: int, end: int, core: str) -> bool:
    """一是, 二、, （一）, 1. at the start of a line."""
    after = w[end : end + 1]
    before = w[start - 1 : start] if start else ""
    if before and after and before in "（(" and after in "）)":
        return True
    if not core[0].isdigit() and len(core) <= 2 and after == "是":
        return True
    prefix = w[max(0, start - 8) : start].rstrip(" \u3000\t")
    line_start = (not prefix and start <= 8) or prefix[-1:] in ("\n", "。", "；", ";", "：", ":")
    if not line_start:
        return False
    return after == "、" or (after == "." and not w[end + 1 : end + 2].isdigit())


def _code_like(w: str, start: int, end: int, has_unit: bool) -> bool:
    """Digits in a web address (also %E4%BD), a file name, a model number or a Latin word."""
    before = w[start - 1] if start else ""
    after = w[end] if end < len(w) else ""
    if before and before in "/_=?&#\\.-%":
        return True
    if w[end - 1 : end] == "%" and after.isascii() and after.isalnum():
        return True
    if _LATIN.fullmatch(before or " ") and not has_unit:
        return True
    if after and (_LATIN.fullmatch(after) or after in "/_\\"):
        return True
    follow = w[end : end + 2]
    return len(follow) == 2 and follow[0] in ".-:" and follow[1].isalnum()


def _phone(w: str, start: int, end: int, core: str) -> bool:
    """拨打110, 12345热线, 96110反诈专线: a short number beside words of telephones."""
    if not (core.isdigit() and 3 <= len(core) <= 8):
        return False
    left = w[max(0, start - 6) : start]
    right = w[end : end + 10]
    for index in range(len(left) - 1, -1, -1):
        if left[index] in BOUNDARY:
            left = left[index + 1 :]
            break
    for index, char in enumerate(right):
        if char in BOUNDARY:
            right = right[:index]
            break
    return any(word in left for word in G.PHONE_BEFORE) or any(
        word in right for word in G.PHONE_AFTER)


def _idiom(w: str, start: int) -> str | None:
    """一起 "together": no 案 follows in its clause (the other idioms are found first)."""
    if w.startswith("一起", start):
        clause = re.split(r"[，。；,;！？!?\n]", w[start + 2 : start + 30], maxsplit=1)[0]
        if "案" not in clause:
            return "一起"
    return None


def bare_year(core: str, has_unit: bool) -> bool:
    """Four Arabic digits from 1900 to 2100 with no unit: a year or a name's number."""
    return not has_unit and len(core) == 4 and core.isdigit() and 1900 <= int(core) <= 2100


def rejection_reason(w: str, start: int, cs: int, ce: int, end: int, core: str, has_unit: bool,
               quotes, lone: bool) -> str | None:
    """Why a numeral is not a figure, or None when it is one (or is silently a word)."""
    before = w[start - 1] if start else ""
    chinese = not core[0].isdigit()
    if quotes.inside(cs, end) and not has_unit:
        return "part of a quoted name"
    if w[cs - 1 : cs] == "第":
        return "ordinal"
    if _list_marker(w, cs, ce, core):
        return "list marker"
    if not chinese and _code_like(w, start, end, has_unit):
        return "part of a web address, code or Latin word"
    if not chinese and not has_unit and _phone(w, cs, ce, core):
        return "a telephone number or hotline"
    if chinese:
        idiom = _idiom(w, cs)
        if idiom:
            return f"part of a word or idiom ({idiom})"
        if w[ce : ce + 1] == "大" and not has_unit:
            return "part of a set name such as 十大 ('the ten major')"
        if len(core) == 1 and core in ZEROS and not lone:
            return "a lone 零 is part of a word, not a count"
    if (bare_year(core, has_unit) and CJK.fullmatch(before or " ")
            and before not in G.BEFORE_BARE_YEAR):
        return "part of a name (a number glued to a name)"
    if w.startswith("周年", end):
        return "an anniversary (100周年), not a count"
    if not has_unit and (w.startswith(G.CODE_NAME_AFTER, end) or (
            w[end : end + 1] in "·・" and w[end + 1 : end + 2].isdigit()) or (
            w[cs - 1 : cs] in "·・" and w[cs - 2 : cs - 1].isdigit() and cs >= 2)):
        return "part of the code name of a case or campaign (12·15专案)"
    return None
