"""Why a figure is not a claim: the rules that keep dates, thresholds and names out.

A *claim* is a count a bulletin gives as a result. A figure found by the finders is not
one when it is (reasons as :func:`bulletin.claims.build.account` prints them):

- a year, a date, a duration or a fraction (its ``kind``; percentages, rates and
  multiples are claims);
- a clock time (15时, 9点) or an age (18岁);
- a threshold that defines a group: a comparative amount a noun is qualified by,
  "cases involving more than 100 million yuan", "under the age of 35", 涉案金额超过1000万元的
  (a comparative figure followed by 的);
- the indefinite 一 before a measure word (打掉一个团伙, 一批): "a", not a count of one;
- a Chinese number with no measure word (a label, a code, a number cut off);
- a number of kinds (四类网络犯罪, "four types of"), or of years ("three consecutive years");
- a number of places taking part (11个省份牵头, "31 provinces");
- the name of a case or operation: a number in quotes before 专案/案/行动 (“12.15”专案), or
  glued to a name by a hyphen (云剑-2020);
- part of a web address, an e-mail address or a phone number (found in the text first);
- in a header block above the text (``Title: …``, ``Date: …``, see
  :func:`bulletin.text.spans.header_end`);
- a spelled-out number that restates how many quoted items its sentence lists.

Examples
--------
>>> [reason for _, _, reason in text_spans("Call 010-12345678 or see www.mps.gov.cn/n2254.")]
['a phone number', 'part of a web address']
"""

from __future__ import annotations

import re

from bulletin.lexicon.load import table
from bulletin.patterns import LazyPattern
from bulletin.text.language import fold

NOT_A_CLAIM_REASONS = {
    "year": "a year, not a count",
    "date": "a date, not a count",
    "duration": "a duration, not a count",
    "fraction": "a fraction, not a count",
}
#: The kinds of figure that are claims: counts, and the shares and changes readers check
#: against other years (percentages and percentage points, rates such as 九成 and 万分之四,
#: multiples such as 4.5倍).
CLAIM_KINDS = ("count", "places", "percent", "points", "rate", "times")
ENUMERATION = "restates the number of quoted items listed in its sentence"
THRESHOLD = "a threshold that defines a group, not a count"
AGE = "an age, not a count"
CLOCK = "a clock time"
INDEFINITE = "the indefinite 一 (a, one), not a count"
NO_MEASURE = "a number with no measure word (a label, a code, or a number cut off)"
KINDS_COUNT = "a number of kinds or categories (四类, four types of), not a result"
CODE_NAME = "part of the code name of a case or operation"
URL = "part of a web address"
EMAIL = "part of an e-mail address"
PHONE = "a phone number"
HEADER = "in the header lines (Key: value) above the text, not in the text"

_ZH = table("zh", "nonclaims")
_EN = table("en", "nonclaims")


def _alternation(words, spaced: bool = False) -> str:
    """The words as a regular-expression alternation, longest first; with ``spaced``, a
    space in a word matches any run of white space ("valued at")."""
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace("\\ ", r"\s+") if spaced else e for e in escaped)


_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”‘’（）()，。；、]+|"
                  r"(?<![\w.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|info|io|top|xyz)"
                  r"(?:\.cn)?(?:/[^\s<>\"“”（）()，。；、]*)?",
                  re.IGNORECASE)
_TLD = re.compile(r"\.(?:com|cn|net|org|gov|edu|info|io|top|xyz)\b", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_NUMBER = re.compile(r"(?:0\d{2,3}[-\s]\d{7,8}|1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4})(?![\d.,])")
_PHONE_COUNTRY = re.compile(r"\+?86[-\s]?$")
_PHONE_WORD = re.compile(rf"(?:{_alternation(_ZH['phones']['before'])}|"
                         rf"{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in _EN['phones']['before'])})"
                         r"[\s:：]*$")
_DIGIT_RUN = re.compile(r"\d{3,}")
#: Chinese names and codes (compiled on first use, as the other Chinese patterns below).
_QUOTED_CODE = LazyPattern(rf"[“\"「][^“”\"「」\n]{{1,12}}[”\"」](?:{_alternation(_ZH['codes']['after_quote'])})")
_HYPHEN_NAME = LazyPattern(r"[\u3400-\u9fffA-Za-z][-－—](?=[0-9])")

# English thresholds
_EN_AGE_BEFORE = re.compile(
    r"(?:\bages?\s+of|\baged(?:\s+(?:under|over|below|above|between))?|"
    r"\b(?:under|over|below|above)\s+the\s+age\s+of)\s+$", re.IGNORECASE)
_EN_AGE_AFTER = re.compile(r"^(?:\s*-?\s*years?[\s-]+old|\s+years\s+of\s+age)\b", re.IGNORECASE)
_EN_MONEY = re.compile(rf"\b(?:{_alternation(_EN['money']['words'])})\b|^元|^万元", re.IGNORECASE)
_EN_CLASS_BEFORE = re.compile(
    rf"\b(?:{_alternation(_EN['thresholds']['class_before'], spaced=True)})\s+$", re.IGNORECASE)
_EN_CASE_BEFORE = re.compile(
    rf"\b(?:{_alternation(_EN['thresholds']['case_nouns'])})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_EN_INVOLVED_AFTER = re.compile(r"^\s*(?:yuan|rmb|dollars?)?\s*(?:involved|each)\b", re.IGNORECASE)
_COMPARATIVE = frozenset({"more_than", "at_least", "less_than", "up_to", "nearly"})
_QUOTED_ITEM = re.compile(r"“[^“”]+”|\"[^\"]+\"")

# Chinese
_ZH_CLOCK_AFTER = LazyPattern(r"^(?:时许|时|点钟|点许|点(?![0-9]))")
_ZH_CLOCK_BEFORE = LazyPattern(rf"(?:{_alternation(_ZH['clock']['before'])})$")
_ZH_AGE_AFTER = LazyPattern(rf"^(?:{_alternation(_ZH['age']['after'])})")
_ZH_THRESHOLD_AFTER = LazyPattern(r"^(?:[\u3400-\u9fff]{0,3}?)?(?:以上|以下|以内|及以上)?的")
_ZH_ONE = frozenset({"一", "壹"})
#: Measure words that count kinds, not things: 四类网络犯罪.
ZH_KIND_MEASURES = frozenset(_ZH["kinds"]["measures"])
_ZH_PLACES_AFTER = LazyPattern(rf"^(?:个)?(?:{_alternation(_ZH['places']['after'])})")
_EN_PLACES_HEAD = re.compile(rf"\b(?:{_alternation(_EN['places']['heads'])})$", re.IGNORECASE)
_EN_KIND_HEAD = re.compile(rf"^(?:{_alternation(_EN['kinds']['heads'])})\b", re.IGNORECASE)
_EN_TIME_HEAD = re.compile(
    r"\b(?:consecutive\s+|straight\s+|successive\s+)?(?:years?|months?|weeks?|days?|decades?)$",
    re.IGNORECASE)


def text_spans(text: str) -> list[tuple[int, int, str]]:
    """Web addresses, e-mail addresses and phone numbers in ``text``, in order."""
    spans = []
    if "://" in text or "www." in text or _TLD.search(text):
        spans += [(m.start(), m.end(), URL) for m in _URL.finditer(text)]
    if "@" in text:
        spans += [(m.start(), m.end(), EMAIL) for m in _EMAIL.finditer(text)]
    spans += _phones(text)
    spans.sort()
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def _phones(text: str) -> list[tuple[int, int, str]]:
    """Phone numbers (010-12345678, 13912345678, +86 ...) and hotlines after 电话, 热线,
    "call": tried only where a run of three digits or more begins."""
    found, position = [], 0
    for run in _DIGIT_RUN.finditer(text):
        start = run.start()
        if start < position or (start and text[start - 1] in ".,"):
            continue
        match = _PHONE_NUMBER.match(text, start)
        if match:
            country = _PHONE_COUNTRY.search(text, max(0, start - 4), start)
            found.append((country.start() if country else start, match.end(), PHONE))
            position = match.end()
        elif len(run.group()) <= 8 and text[run.end():run.end() + 1] not in ".,"  \
                and _PHONE_WORD.search(text, max(0, start - 10), start):
            found.append((start, run.end(), PHONE))
            position = run.end()
    return found


def _enumeration(figure, sentence_text: str | None) -> bool:
    """A spelled-out number that counts the quoted items listed in its own sentence."""
    if figure.text[0].isdigit() or sentence_text is None or figure.qualifier != "exact":
        return False
    return 2 <= figure.value <= len(_QUOTED_ITEM.findall(sentence_text))


def places(text: str, figure, lang: str) -> bool:
    """Whether a count is of places covered or taking part (涉及全国18个省市, "31 provinces",
    "67 countries and regions"): a claim of kind ``places``. ``text`` is folded Chinese text
    for a Chinese figure.

    >>> from bulletin.figures.model import Figure
    >>> places("涉及全国18个省市", Figure(4, 6, "18", 18, "exact", 18, 18, "count", "", "个"), "zh")
    True
    >>> places("", Figure(0, 2, "31", 31, "exact", 31, 31, "count", "provinces"), "en")
    True
    """
    if figure.kind != "count":
        return False
    if lang == "en":
        return bool(figure.noun and _EN_PLACES_HEAD.search(figure.noun))
    after = text[figure.end: figure.end + 12]
    measure = fold(figure.measure)
    tail = after[len(measure):] if measure and after.startswith(measure) else after
    return bool(_ZH_PLACES_AFTER.match(tail) or _ZH_PLACES_AFTER.match(after))


def kind_reason(figure) -> str | None:
    """The reason a figure of a kind that is no claim (a year, a date ...) is not one."""
    if figure.kind in CLAIM_KINDS:
        return None
    return NOT_A_CLAIM_REASONS.get(figure.kind, f"a {figure.kind}, not a count")


_EN_INDEFINITE_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _EN['indefinite']['before']))})\s+$",
                                   re.IGNORECASE)


def _indefinite_one(text: str, figure, before: str) -> bool:
    """The word "one" used as an article before a singular noun ("In one case, …")."""
    return (figure.text.lower() == "one" and bool(figure.noun)
            and not figure.noun.lower().endswith("s") and bool(_EN_INDEFINITE_BEFORE.search(before)))


def english_reason(text: str, figure, sentence_text: str | None) -> str | None:
    """Why an English figure is not a claim, or ``None`` when it is one.

    >>> from bulletin.figures.en import find_figures
    >>> t = "Police solved 30 cases involving more than 100 million yuan; none under the age of 16."
    >>> [(f.text, english_reason(t, f, t)) for f in find_figures(t)]
    [('30', None), ('more than 100 million', 'a threshold that defines a group, not a count'), ('16', 'an age, not a count')]
    >>> t = "In one case, police seized 12 phones."
    >>> [(f.text, english_reason(t, f, t)) for f in find_figures(t)]
    [('one', 'the indefinite 一 (a, one), not a count'), ('12', None)]
    """
    reason = kind_reason(figure)
    if reason:
        return reason
    if _enumeration(figure, sentence_text):
        return ENUMERATION
    before = text[max(0, figure.start - 40): figure.start]
    after = text[figure.end: figure.end + 30]
    if _EN_AGE_BEFORE.search(before) or _EN_AGE_AFTER.match(after):
        return AGE
    if _indefinite_one(text, figure, before):
        return INDEFINITE
    if figure.noun and _EN_KIND_HEAD.match(figure.noun):
        return KINDS_COUNT
    if figure.noun and _EN_TIME_HEAD.search(figure.noun) and len(figure.noun.split()) <= 2:
        return NOT_A_CLAIM_REASONS["duration"]
    if figure.qualifier in _COMPARATIVE and _EN_MONEY.search(figure.noun or after[:12]):
        if _EN_CLASS_BEFORE.search(before) and _EN_CASE_BEFORE.search(before[:-1] + " ") \
                or (re.search(r"\bwith\s+$", before, re.IGNORECASE)
                    and _EN_INVOLVED_AFTER.match(after)):
            return THRESHOLD
    return None


def chinese_reason(folded: str, figure) -> str | None:
    """Why a Chinese figure is not a claim, or ``None`` when it is one.

    ``folded`` is the text in simplified script; ``figure`` has its measure word in
    ``measure`` and its counted object in ``noun``.

    >>> from bulletin.figures.model import Figure
    >>> t = "15时，打掉一个团伙，侦办涉案金额超过1000万元的案件30起。"
    >>> clock = Figure(0, 2, "15", 15, "exact", 15, 15, "count", "")
    >>> one = Figure(6, 7, "一", 1, "exact", 1, 1, "count", "团伙", "个")
    >>> limit = Figure(17, 24, "超过1000万", 10000000, "more_than", 10000000, 20000000, "count", "", "元")
    >>> [chinese_reason(t, f) for f in (clock, one, limit)]
    ['a clock time', 'the indefinite 一 (a, one), not a count', 'a threshold that defines a group, not a count']
    """
    reason = kind_reason(figure)
    if reason:
        return reason
    measure = fold(figure.measure)
    after = folded[figure.end: figure.end + 12]
    before = folded[max(0, figure.start - 6): figure.start]
    if not measure and (_ZH_CLOCK_AFTER.match(after)
                               or (_ZH_CLOCK_BEFORE.search(before) and after[:1] == "时")):
        return CLOCK
    if _ZH_AGE_AFTER.match(after):
        rest = after[2:] if after.startswith("周岁") else after[1:]
        comparative = figure.qualifier in _COMPARATIVE or rest.startswith(("以下", "以上"))
        return THRESHOLD if comparative and "的" in rest[:4] else AGE
    tail = after[len(measure):] if measure and after.startswith(measure) else after
    comparative = figure.qualifier in _COMPARATIVE and figure.qualifier != "nearly" \
        or tail.startswith(("以上", "以下", "以内", "及以上"))
    if comparative and _ZH_THRESHOLD_AFTER.match(tail):
        return THRESHOLD
    if figure.kind != "count":
        return None  # a percentage, rate or multiple: its measure word is optional
    if figure.text in _ZH_ONE and measure:
        return INDEFINITE
    if measure in ZH_KIND_MEASURES:
        return KINDS_COUNT
    if not measure:
        return NO_MEASURE
    return None


def name_reason(text: str, start: int, end: int) -> str | None:
    """A number that is part of the code name of a case or operation, or ``None``.

    >>> t = "侦破“12.15”专案和云剑-2020行动"
    >>> name_reason(t, 3, 8), name_reason(t, 15, 19), name_reason(t, 0, 2)
    ('part of the code name of a case or operation', 'part of the code name of a case or operation', None)
    """
    quote_start = max(text.rfind("“", max(0, start - 12), start),
                      text.rfind("\"", max(0, start - 12), start))
    if quote_start >= 0:
        match = _QUOTED_CODE.match(text, quote_start)
        if match and match.end() > end:
            return CODE_NAME
    if start >= 2 and _HYPHEN_NAME.match(text, start - 2):
        return CODE_NAME
    return None
