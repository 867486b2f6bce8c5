"""The counted noun and the governing verb of a Chinese figure.

After :mod:`bulletin.figures.zh` has found the figures of a text, :func:`read_nouns` fills
the noun and verb of each count (and the verb of change of each percentage), by the rules
described in :mod:`bulletin.figures.zh` ("What a figure counts"), from the verbs, joiners
and noun edges of ``zh/verbs.toml`` and ``zh/nouns.toml``.

Examples
--------
>>> from bulletin.figures.zh import find_figures_zh
>>> [(f.noun, f.verb) for f in find_figures_zh("依法拘留犯罪嫌疑人30名")]
[('犯罪嫌疑人', '拘留')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin.figures.model import SHARE_KINDS, Figure
from bulletin.figures.zh_numerals import CN_DIGITS, MULT_CHARS, alternation
from bulletin.lexicon import zh_grammar as G

_COMPARISON_TAIL = re.compile(rf"(?:{alternation(G.COMPARISON_WORDS)})+$")
_VERB = re.compile(alternation(G.HEAD_VERBS + G.INNER_VERBS))
_CHANGE_VERB = re.compile(alternation(G.CHANGE_VERBS))
_JOINED_VERB = re.compile(rf"(?:{alternation(G.VERB_JOINERS)})?(?:{alternation(G.HEAD_VERBS)})")
_LIST_GAP = re.compile(rf"(?:[ \u3000]|{alternation(G.LIST_JOINERS)})*")
_NOUN_CHAR = re.compile(r"[\u3400-\u9fffA-Za-z0-9“”「」『』‘’《》·・]")
CJK = re.compile(r"[\u3400-\u9fff]")

_HEAD = frozenset(G.HEAD_VERBS)
_NUMERAL_CHARS = frozenset(CN_DIGITS + MULT_CHARS)
BOUNDARY = frozenset("，。；：！？、,;:!?\n\r\t（）()【】[]")
#: The same without 、: a list of objects may share the verb before its first item.
_HARD_BOUNDARY = BOUNDARY - {"、"}
_NOUN_TAIL = re.compile(r"[\u3400-\u9fffA-Za-z0-9“”「」『』‘’《》·・、]*$")
_QUOTE_MARK = re.compile(r"[“”「」『』《》]")
_LEFT_TRIM_RE = re.compile(alternation(G.NOUN_LEFT_TRIM))
_LEFT_KEEP_RE = re.compile(alternation(G.NOUN_LEFT_KEEP))
_RIGHT_TRIM_RE = re.compile(rf"(?:{alternation(G.NOUN_RIGHT_TRIM)})$")
_RIGHT_KEEP_RE = re.compile(rf"(?:{alternation(G.NOUN_RIGHT_KEEP)})$")


# --- the scan ---------------------------------------------------------------------------


@dataclass
class Found:
    """A figure before its noun and verb are read, with how far its words reach."""

    figure: Figure
    reach: int  # the end of the measure word and any qualifier after it
    classifier: bool  # the measure word names no thing: the noun may follow it


# --- what a figure counts ----------------------------------------------------------------


#: Rejections that end a noun's reach: numbers in their own right. The others (an idiom,
#: an ordinal, a quoted name) are words, and may sit inside a noun (零部件, 第四方支付平台).
_BOUNDING_REASONS = ("clock time", "a telephone", "a threshold", "list marker",
                     "the indefinite", "a malformed")


def read_nouns(text: str, w: str, found: list[Found], rejections) -> list[Figure]:
    """The figures in order, with the noun and verb of each count (and percent) filled."""
    found.sort(key=lambda f: f.figure.start)
    ends = sorted(r.end for r in rejections if r.reason.startswith(_BOUNDING_REASONS))
    figures = []
    previous_end = 0
    previous: tuple[Found, str] | None = None  # the last count and its verb
    r_index = 0
    for item in found:
        figure = item.figure
        while r_index < len(ends) and ends[r_index] <= figure.start:
            previous_end = max(previous_end, ends[r_index])
            r_index += 1
        if figure.kind == "count":
            noun_span, verb_span, reach = _noun_and_verb(w, item, previous_end)
            noun = text[noun_span[0] : noun_span[1]] if noun_span else ""
            verb = text[verb_span[0] : verb_span[1]] if verb_span else ""
            if not verb and previous is not None:
                gap_end = min(noun_span[0], figure.start) if noun_span else figure.start
                gap = _LIST_GAP.fullmatch(w, previous[0].reach, gap_end)
                if gap and previous[0].reach <= gap_end:
                    verb = previous[1]
            figure = _with(figure, noun, verb)
            item.reach = max(item.reach, reach)
            previous = (item, verb)
        elif figure.kind in SHARE_KINDS:
            verb_span = _change_verb(w, figure.start, previous_end)
            noun_span = (_points_word(w, item.reach) if figure.kind == "points"
                         else _share_noun(w, figure.start, verb_span, previous_end))
            figure = _with(figure, text[noun_span[0] : noun_span[1]] if noun_span else "",
                           text[verb_span[0] : verb_span[1]] if verb_span else "")
            previous = None
        else:
            previous = None
        previous_end = max(previous_end, item.reach)
        figures.append(figure)
    return figures


def _with(f: Figure, noun: str, verb: str) -> Figure:
    """``f`` with its noun and verb (``dataclasses.replace`` is slower on long texts)."""
    return Figure(f.start, f.end, f.text, f.value, f.qualifier, f.low, f.high, f.kind, noun,
                  f.measure, verb)


def _clause_start(w: str, start: int, floor: int, reach: int,
                  boundary=BOUNDARY) -> int:
    """Where the clause holding ``start`` begins, looking back at most ``reach``."""
    left = max(min(floor, start), start - reach, 0)  # a floor past the figure: none before it
    for index in range(start - 1, left - 1, -1):
        if w[index] in boundary:
            return index + 1
    return left


def _governing_verb(w: str, start: int, end: int) -> re.Match | None:
    """The verb in ``w[start:end]`` that governs what follows it.

    The last head verb wins (在侦办案件中抓获“内鬼”: 抓获), unless a 的 follows it, which
    puts it inside a modifier (查处为水军提供关停服务的网站: 查处, not 关停); with no head
    verb, the first verb of any kind (处罚, 涉及).
    """
    verbs = list(_VERB.finditer(w, start, end))
    heads = [v for v in verbs if v.group() in _HEAD]
    for verb in reversed(heads):
        if "的" not in w[verb.end() : end]:
            return verb
    if heads:
        return heads[0]
    return verbs[0] if verbs else None


def _noun_and_verb(w: str, item: Found, floor: int):
    """((noun start, end) or None, (verb start, end) or None, how far the noun reaches)."""
    figure = item.figure
    left = _clause_start(w, figure.start, floor, G.NOUN_REACH_BEFORE)
    chosen = _governing_verb(w, left, figure.start)
    if not chosen and left > floor and w[left - 1] == "、":
        # 侦办侵犯公民个人信息、黑客等案件: the verb before the list's first item
        clause = _clause_start(w, figure.start, floor, G.NOUN_REACH_BEFORE, _HARD_BOUNDARY)
        chosen = _governing_verb(w, clause, left)
    verb_span = None
    noun_from = verb_end = left
    if chosen:
        verb_end = chosen.end()
        verb_span = (chosen.start(), chosen.end())
        while True:  # 发现并关停, 抓获并刑拘: the last verb of a chain governs the object
            joined = _JOINED_VERB.match(w, verb_end, figure.start)
            if not joined:
                break
            verb_span = _last_verb(w, joined.start(), joined.end())
            verb_end = joined.end()
        noun_from = verb_end
    noun = _trim(w, noun_from, figure.start) if figure.measure else None
    if noun and not chosen and (noun[1] - noun[0] > G.NOUN_MAX_WITHOUT_VERB
                                or not CJK.search(w, noun[0], noun[1])
                                or w.startswith(G.COPULAS, noun[0])):
        noun = None  # too long to trust, a Latin word of other prose, or 为全市…
    if noun and w[noun[0] : noun[1]] in G.NOT_NOUNS:
        noun = None  # 为数, 当, 使得: an adverb or light verb, not what is counted
    if noun is None and chosen and figure.measure in G.EVENT_MEASURES:
        # 责令整改6500余次: the action is what is counted, after a light verb (开展, 组织)
        earlier = [v for v in _VERB.finditer(w, left, chosen.start()) if v.group() not in _HEAD]
        noun = _trim(w, earlier[-1].end() if earlier else left, figure.start)
    reach = item.reach
    if noun is None and item.classifier:
        noun = _noun_after(w, item.reach)
        if noun:
            reach = noun[1]
    if noun is None and verb_span and verb_end == figure.start \
            and w[verb_span[0] : verb_span[1]] in G.OBJECT_CLASSES:
        noun = verb_span  # 刑拘1706人: the predicate stands for its object (people)
    return noun, verb_span, reach


def _last_verb(w: str, start: int, end: int) -> tuple[int, int]:
    last = None
    for match in _VERB.finditer(w, start, end):
        last = match
    return (last.start(), last.end())


def _trim(w: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun in ``w[start:end]`` without function words at its edges, or None."""
    while start < end and w[end - 1] in " \u3000":
        end -= 1
    tail = _NOUN_TAIL.search(w, start, end) if start < end else None
    if tail is None:
        return None
    start = tail.start()
    while start < end:
        before = (start, end)
        left = _LEFT_TRIM_RE.match(w, start, end)
        if left and not (left.end() - start == 1 and _LEFT_KEEP_RE.match(w, start, end)):
            start = left.end()
        right = _RIGHT_TRIM_RE.search(w, max(start, end - 4), end)
        if right:
            keep = _RIGHT_KEEP_RE.search(w, max(start, end - 3), end)
            if not keep or keep.start() >= right.start():
                end = right.start()
        while start < end and w[start] in "”」』’》、":
            start += 1
        while start < end and w[end - 1] in "“「『‘《、":
            end -= 1
        if _QUOTE_MARK.search(w, start, end):
            piece = w[start:end]
            for opening, closing in ("“”", "「」", "『』", "《》"):
                if piece.count(opening) > piece.count(closing):  # 重要“作案物 -> 重要
                    end = start + piece.rindex(opening)
                    break
                if piece.count(closing) > piece.count(opening):
                    start += piece.index(closing) + 1
                    break
        if (start, end) == before:
            break
    return (start, end) if start < end else None


def _noun_after(w: str, start: int) -> tuple[int, int] | None:
    """The noun written after the measure word: 抓获1400余名网络水军."""
    if w.startswith(G.NOUN_AFTER_STOP, start) or w[start : start + 1] in _NUMERAL_CHARS:
        return None
    end = start
    limit = min(len(w), start + G.NOUN_REACH_AFTER)
    while end < len(w) and _NOUN_CHAR.fullmatch(w[end]) and not w[end].isdigit():
        if end > start and (w.startswith(G.NOUN_AFTER_END, end) or _VERB.match(w, end)):
            break
        if end == limit:
            return None  # no end in reach: not a noun we can trust
        end += 1
    if end == start or _VERB.match(w, start):
        return None
    return _trim(w, start, end)


def _points_word(w: str, reach: int) -> tuple[int, int] | None:
    """The word 百分点 of a figure in percentage points (3.2个百分点), as its noun."""
    for word in G.PERCENT_POINTS:
        if w.endswith(word, 0, reach):
            end = reach
            return end - len(word.removeprefix("个")), end
    return None


def _share_noun(w: str, start: int, verb_span, floor: int) -> tuple[int, int] | None:
    """What a percentage, rate or multiple measures: the words before it (or before its
    verb of change) in its clause, without 同比 and its kin: 破案率61.2% -> 破案率,
    发案数同比下降8.4% -> 发案数."""
    end = verb_span[0] if verb_span else start
    left = _clause_start(w, end, floor, G.NOUN_MAX_WITHOUT_VERB)
    found = _COMPARISON_TAIL.search(w, left, end)
    if found:
        end = found.start()
    noun = _trim(w, left, end)
    if noun and (_VERB.search(w, noun[0], noun[1]) or not CJK.search(w, noun[0], noun[1])):
        return None  # a verb phrase, or Latin prose: not the name of a measure
    return noun


def _change_verb(w: str, start: int, floor: int) -> tuple[int, int] | None:
    """The verb of change just before a percentage: 同比增长10.7%."""
    left = _clause_start(w, start, floor, 8)
    last = None
    for match in _CHANGE_VERB.finditer(w, left, start):
        last = match
    return (last.start(), last.end()) if last else None
