"""Find the figures in Chinese prose: the same columns as :mod:`bulletin.figures.en` (:mod:`bulletin.figures.model`).

:func:`scan_zh` takes Chinese text (simplified or traditional script) and returns every
figure in it as a :class:`~bulletin.figures.model.Figure` (``start, end, text, value,
qualifier, low, high, kind, noun, measure, verb``), and every numeral that is not a
figure as a :class:`~bulletin.figures.model.Rejection` with its reason. :func:`find_figures_zh`
returns the figures only; :func:`parse_figure` reads the single figure of a short phrase;
:func:`chinese_number` reads a numeral alone.

The words live in the lexicon's data files (``zh/numerals.toml``, ``zh/measures.toml``,
``zh/verbs.toml`` ..., read by :mod:`bulletin.lexicon.zh_grammar`), in simplified script
only; the numerals are read by :mod:`bulletin.figures.zh_numerals` and the nouns and verbs
by :mod:`bulletin.figures.zh_nouns`. The scan
runs over :func:`bulletin.text.script.to_simplified` of the text (OpenCC, same length), with
full-width digits, ``．`` and ``％`` folded to ASCII, and reports spans and words of the
text as given (偵辦, 團夥, 萬).

What it reads
-------------
- Arabic digits, half- or full-width, with 十/百/千/万/亿/兆 (兆 = 10^12): ``3.7万`` =
  37000, ``383万``, ``5千``, ``1.2万亿``, thousands separators ``3,900`` and ``４，５６５``,
  and digits spaced out one by one as OCR prints them (``1 2 3 4 5名``, ``3 9 0 0 余起``).
- Chinese numerals: ``十六``, ``一千零五``, ``两万``, ``十万八千``, ``一万二`` (= 12000),
  ``一万万`` (= 10^8), ``亿万`` (= 10^12), spaced out (``一百 五 十 二``, ``7 万5 千4 百``),
  ``三点七万``, ``零点零一``, ``〇``, the financial forms (``壹佰贰拾叁``), ``廿``/``卅``, and
  numerals written partly in digits (``5万4千6百`` = 54600, ``1万2千``, ``3千万``).
  Digits without units are read one by one (``二〇二一`` = 2021, ``一二三`` = 123).
- Negative numbers: 负 before the number, or ``-`` where it cannot be a hyphen
  (``负3.5%`` = -3.5, ``负十二`` = -12).
- Percentages, kind ``percent``, the value in percent, the measure ``%``: ``10.7%``,
  ``百分之十``, ``百分之五十五点五`` = 55.5. Percentage points, kind ``points``:
  ``3个百分点`` (measure 个, noun 百分点). Rates, kind ``rate``, the value as written with
  its measure: ``九成`` = 9 成 (90%), ``七折``, ``万分之四`` = 4 万分之. Multiples, kind
  ``times``: ``4.5倍``. Other fractions, kind ``fraction``, the value the ratio itself:
  ``三分之一`` = 1/3, ``5‰`` = 0.005.
- Qualifiers: 余 and 多 after the number, before or after 万 (``3.7万余``, ``300余万``)
  -> ``more_than``; 十来 -> ``about``; 近/将近/接近 -> ``nearly``; 约/大约 -> ``about``;
  超过/逾/超 (过 before a bare 千/万) -> ``more_than``; 至少/不少于 -> ``at_least``;
  不足/不到/不满 -> ``less_than``; 多达/高达/最多 -> ``up_to``; and after the measure word
  or the percent sign 以上 -> ``at_least``, 左右/上下 -> ``about``, 以下/以内/之多 ->
  ``up_to`` (``1000名以上``, ``60%左右``).
- Indefinite amounts (:mod:`bulletin.figures.readings` gives the ranges): 数十, 几百, 好几千,
  数十万, 数以万计, 十几, 二十几万 -> ``indefinite``; 上千, 上百家, 上千万元, 成千上万 ->
  ``upwards``; a pair of digits, 两三个, 三四百, 十五六 -> ``range`` with both ends.
- A bare unit after a qualifier: ``近百``, ``逾千起``, ``超过亿元``, ``百余名``.
- Years and dates: ``2021年`` and a bare ``2021`` that is no name are kind ``year``;
  ``10月14日``, ``2021年10月14日``, ``14日``, ``2021-10-14`` are kind ``date``. A date's
  ``value`` is its day of the month (its month when no day is given).
- Durations: a number before 年 (not a calendar year), 个月, 天, 小时, 周 ...: kind
  ``duration``, the unit is the ``measure``.

What a figure counts
--------------------
``measure`` is the measure word after the number (名, 起, 个, 台, 家, 张, 人次, 元, 岁
...; the longest wins, so 人次 beats 人; a measure word the lexicon does not know is
accepted by its place, one character after a number that follows a noun and before a
boundary: 气枪2把, 子弹72发); money written 万元 or 亿元 has that as its
measure (``31.6亿元``: measure 亿元, value 3,160,000,000 yuan all the same), while
``2亿余元`` has 元. ``verb`` is the verb that governs the count (抓获, 破获, 打掉 ...,
the verbs of role ``head`` in ``zh/verbs.toml``), or the verb of change before a percentage
(增长, 下降). ``noun`` is the counted object, read by rule, not by a segmenter:

- the characters between the verb and the number (抓获 *犯罪嫌疑人* 2600余名, 查获
  *“猫池”设备* 1万余台), within the clause and at most 30 characters back; a list joined
  by 、 may stand before the number (侦办 *侵犯公民个人信息、黑客等案件* 1.8万余起);
- when that is empty, the characters after a measure word that names no thing itself
  (抓获1400余名 *网络水军*), up to the next punctuation, verb or conjunction, and only
  when such an end comes within 12 characters;
- trimmed of function words at the edges (等, 各类, 涉嫌, 的, 共, 累计, 全国公安机关 ...).

The verb is the last head verb before the number, unless a 的 follows it, which puts it
inside a modifier (查处为水军提供关停服务的网站: 查处); of verbs joined by 并 or 和 the last
one governs (发现并关停: 关停). A count of events (次, 轮, 场) with no object counts the
action: 警告3.5万余次 -> 警告, 开展监督检查20万余次 -> 监督检查. A count written straight
after a verb that has an object class in the lexicon (刑拘, 逮捕: people) and no noun
after its measure word takes the verb as written for its noun: 刑拘1706人 -> 刑拘. Without a verb in the
clause the noun is the few characters before the number (涉案金额达2亿余元 -> 涉案金额). In
a list (查获黑卡300余万张、黑号5000余万个) a figure with no verb of its own takes the verb
of the figure before it. A figure with no object in reach, or with no measure word, has
the noun ``""``. Percentages, years, dates and durations have no noun.

The span
--------
``start``/``end`` index into the given text. The span covers the number with its sign
and qualifier, whichever side the qualifier is on (``近3000``, ``3900余``, ``300余万``,
``数十``, ``百分之十``, ``10.7%``), but not the measure word: in ``3900余起`` the span is
``3900余``. Only when the qualifier comes *after* the measure word (``1000名以上``) does the
span run over the measure word, so that it still holds the qualifier. Years and dates
cover the whole calendar expression with its 年/月/日.

What is not a figure
--------------------
Rejections carry one of these reasons: a number in a short quoted name (“净网2021”,
“12.15”专案); a number glued to a name (净网2021专项行动); the code name of a case or
campaign (12·15专案, 12.15专案); an ordinal (第4年, 第五次, 第四方); a list marker (一是,
二、, （一）); an "N大" set name (十大会战); a word or idiom (零容忍, 千家万户, 十分,
一次性; 一起 "together" unless a 案 follows); the indefinite 一 ("a": 一批, 打掉一个团伙,
一名男子; 抓获嫌疑人一名 is a count); an anniversary (100周年); a threshold that defines a
group (涉案金额超过亿元的, 年龄在35岁以下的); a telephone number or hotline (拨打110, 12345热线, 010-12345678); part
of a web address, code or Latin word (云剑-2020); a clock time (22:23, 15时30分, 上午9点);
a malformed numeral. A lone Chinese digit that no measure word follows (进一步, 两岸), or
that sits in a word (统一部署), is part of a word and is not reported at all.

Measured: library or hand-written?
----------------------------------
An earlier version compared cn2an 0.5.24 (``cn2an.cn2an(s, "smart")``) with the
hand-written conversion: cn2an refused 三点七万, 3.7万余 and 三百余万, returned ``16.0``
for １６, took 4-6 times as long per call (24 µs against 4 µs for 一千二百), took 0.3 s to
import, and reports no offsets, so that finding numerals, qualifiers, measure words and
spans needs the regular expressions here in any case. The conversion stays hand-written.
No segmenter (jieba) is used or was tried: the noun rule above needs only the verb lists.

The scan is linear in the length of the text: every pass is one regular-expression sweep,
and quotes and taken spans are looked up with a moving pointer, never by searching the
text again for each figure. Measured in CPU time on a shared 2-core machine: a dense
synthetic bulletin (27,000 figures per MB) takes 2.6 s for 1 MB and 18.8 s for 8 MB (7.3
times); a 1,600-character bulletin takes about 3 ms.

Examples
--------
>>> for f in find_figures_zh("侦破案件3900余起，抓获犯罪嫌疑人4.9万名。"):
...     print(f.text, f.value, f.qualifier, f.noun, f.measure, f.verb)
3900余 3900 more_than 案件 起 侦破
4.9万 49000 exact 犯罪嫌疑人 名 抓获
>>> f = parse_figure("3900余起", reading="bound")
>>> f.low, f.high
(3900, inf)
>>> [(r.text, r.reason) for r in scan_zh("“净网2021”专项行动").rejections]
[('2021', 'part of a quoted name')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bulletin.errors import BulletinError
from bulletin.figures.model import Figure, Rejection, Scan
from bulletin.figures.readings import DEFAULT_READING, check_reading, figure_range
from bulletin.figures.zh_nonfigures import bare_year, rejection_reason
from bulletin.figures.zh_nouns import BOUNDARY, CJK, Found, read_nouns
from bulletin.figures.zh_numerals import (
    CN_DIGITS, CORE, MEASURE_ALT, MULT_CHARS, MULTIPLIER, SPACE, ZEROS, alternation,
    arabic_value, as_number, chinese_number, read_core, scaled, working,
)
from bulletin.lexicon import zh_grammar as G

__all__ = ["arabic_value", "chinese_number", "find_figures_zh", "measure_word", "parse_figure",
           "scan_zh"]

# --- the regular expressions, built once from the grammar -------------------------------

_TOKEN = re.compile(
    rf"(?P<frac>(?P<den>[0-9]+|[{CN_DIGITS}十百千万]+)分之(?P<fnum>{CORE}))"
    rf"|(?P<core>{CORE})(?:{SPACE}(?P<q1>[余多几来]))?(?P<scale>{MULTIPLIER}+)?(?:{SPACE}(?P<q2>[余多]))?"
    rf"(?:{SPACE}(?P<pct>[%‰]))?"
)
_Y = rf"(?:[0-9]{{4}}|[{ZEROS}一二三四五六七八九]{{4}})"
_MD = r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
_DATE = re.compile(
    rf"(?P<y>{_Y})年(?:(?P<m>{_MD})月(?:(?P<d>{_MD})[日号])?)?"
    rf"|(?<![0-9])(?P<iy>[0-9]{{4}})(?P<sep>[-/.])(?P<im>[0-9]{{1,2}})(?P=sep)"
    rf"(?P<id>[0-9]{{1,2}})(?![0-9])"
    rf"|(?<![0-9{CN_DIGITS}十])(?P<m2>{_MD})月(?:(?P<d2>{_MD})[日号])?"
    rf"|(?<![0-9.])(?P<d3>[0-9]{{1,2}})[日号]"
)
_HOUR = r"(?:[0-9]{1,2}|[零一二三四五六七八九十两]{1,3})"
_CLOCK = re.compile(
    r"(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])"
    rf"|(?P<pre>{alternation(G.TIME_OF_DAY)})?(?<![0-9{CN_DIGITS}十百千])(?P<h>{_HOUR})"
    rf"(?P<hs>[时点])(?:(?P<mi>{_HOUR})分(?:{_HOUR}秒)?|(?P<tail>半|整|许|多钟|钟|多|左右)?)"
)
_PHONE = re.compile(
    r"(?<![0-9.])(?:0[0-9]{2,3}-[0-9]{7,8}|1[3-9][0-9]{9}|400-?[0-9]{3}-?[0-9]{4})"
    rf"(?![0-9.,万亿余多])(?![ \u3000]?(?:{MEASURE_ALT}))"
)
_SPECIAL = re.compile(
    r"成(?P<a>[百千万])上(?P<b>[千万亿])|数以(?P<c>十万|百万|千万|十|百|千|万|亿)计"
)
_QUOTES = re.compile(
    r"“[^“”\n]{1,16}”|「[^「」\n]{1,16}」|『[^『』\n]{1,16}』|\"[^\"\n]{1,16}\"|‘[^‘’\n]{1,16}’"
)
_IDIOM = re.compile(rf"(?<![0-9{CN_DIGITS}{MULT_CHARS}])(?:{alternation(G.IDIOMS)})(?!之)")
_QUALIFIER_BEFORE = re.compile(rf"(?:{alternation(G.QUALIFIERS_BEFORE)})$")
_QUALIFIER_BEFORE_BARE = re.compile(rf"(?:{alternation(G.QUALIFIERS_BEFORE_BARE)})$")
_QUALIFIER_AFTER = re.compile(alternation(G.QUALIFIERS_AFTER))
_MEASURE = re.compile(MEASURE_ALT)
_TIME_UNIT = re.compile(alternation(G.TIME_UNITS))
_CJK_OR_QUOTE = re.compile(r"[\u3400-\u9fff“「『‘《]")
_SIGN_BEFORE = frozenset(" \t\n(（，,：:为是达至到降长升比率约近")
#: The number (with 余/多) that ends just before a measure word.
_NUMBER_BEFORE = re.compile(rf"[0-9{CN_DIGITS}{MULT_CHARS}][0-9.,，{CN_DIGITS}{MULT_CHARS}]*[余多]?$")
_NOT_MEASURE = re.compile(alternation(G.NOT_MEASURE))


# --- context ----------------------------------------------------------------------------


def _qualifier_before(w: str, start: int, bare: bool) -> tuple[str, int] | None:
    """The qualifier written just before ``start``, as (qualifier id, its start)."""
    window = max(0, start - 4)
    match = _QUALIFIER_BEFORE.search(w, window, start)
    table = G.QUALIFIERS_BEFORE
    if not match and bare:
        match, table = _QUALIFIER_BEFORE_BARE.search(w, window, start), G.QUALIFIERS_BEFORE_BARE
    if not match:
        return None
    word = match.group()
    if word in G.NOT_QUALIFIER_AFTER and match.start() > 0:
        if w[match.start() - 1] in G.NOT_QUALIFIER_AFTER[word]:
            return None
    return table[word], match.start()


def measure_word(text: str, position: int) -> str:
    """The measure word (or time unit) that starts at ``position``, or ``""``.

    Parameters
    ----------
    text
        Chinese text, simplified or traditional.
    position
        Where the measure word would start (just after a number); one space may lead.

    Returns
    -------
    str
        The measure word as printed (個, not 个), the longest that fits (人次, 个月);
        ``""`` where the characters start another word (部署, 处罚).

    Examples
    --------
    >>> measure_word("390余人次。", 4), measure_word("4个", 1), measure_word("10个月来", 2)
    ('人次', '个', '个月')
    >>> measure_word("統一部署", 2), measure_word("打掉團夥兩個", 5)
    ('', '個')
    """
    found = _measure(working(text), position)
    return text[found[1] : found[2]]


def _measure(w: str, position: int) -> tuple[str, int, int, bool]:
    """(measure word, its start, its end, a time unit?) at ``position``; a space may lead."""
    at = position + 1 if w[position : position + 1] in (" ", "\u3000") else position
    if _NOT_MEASURE.match(w, at):
        return "", position, position, False
    unit = _TIME_UNIT.match(w, at)
    measure = _MEASURE.match(w, at)
    if unit and (not measure or unit.end() >= measure.end()):
        return unit.group(), at, unit.end(), True
    if measure:
        return measure.group(), at, measure.end(), False
    if _open_measure(w, position, at):
        return w[at], at, at + 1, False
    return "", position, position, False


def _open_measure(w: str, position: int, at: int) -> bool:
    """An unknown measure word, by position: one Chinese character after a number that
    follows a noun, with a boundary after it (气枪2把、子弹72发。)."""
    char = w[at : at + 1]
    if not char or not CJK.match(char) or char in G.NOT_OPEN_MEASURE or char in MULT_CHARS \
            or char in CN_DIGITS:
        return False
    after = w[at + 1 : at + 2]
    if after and after not in BOUNDARY:
        return False
    number = _NUMBER_BEFORE.search(w, max(0, position - 24), position)
    return bool(number) and number.start() > 0 and bool(CJK.match(w[number.start() - 1])) \
        and w[number.start() - 1] not in G.NOT_OPEN_MEASURE


class _Spans:
    """Sorted, non-overlapping spans, asked about in increasing order: linear in all."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.index = 0

    def _advance(self, start: int):
        while self.index < len(self.spans) and self.spans[self.index][1] <= start:
            self.index += 1

    def overlaps(self, start: int, end: int) -> bool:
        self._advance(start)
        return self.index < len(self.spans) and self.spans[self.index][0] < end

    def inside(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies strictly inside one span (a quote's marks outside)."""
        self._advance(start)
        return (self.index < len(self.spans) and self.spans[self.index][0] < start
                and end < self.spans[self.index][1])


def _date_figure(text: str, w: str, match: re.Match) -> Found | None:
    """A year or date figure from a :data:`_DATE` match, or None if it is not valid."""
    groups = match.groupdict()
    if groups["y"] is not None:
        year, month, day = groups["y"], groups["m"], groups["d"]
    elif groups["iy"] is not None:
        year, month, day = groups["iy"], groups["im"], groups["id"]
    elif groups["m2"] is not None:
        year, month, day = None, groups["m2"], groups["d2"]
    else:
        year, month, day = None, None, groups["d3"]
    if _qualifier_before(w, match.start(), False):
        return None
    if w[match.start() - 1 : match.start()] == "/" or w[match.end() : match.end() + 1] == "/":
        return None  # part of a web address
    numbers = [None if part is None else read_core(part)[0] for part in (year, month, day)]
    y, m, d = numbers
    if (y is not None and not 1000 <= y <= 2999) or (m is not None and not 1 <= m <= 12) or (
            d is not None and not 1 <= d <= 31):
        return None
    value = as_number(d if d is not None else m if m is not None else y)
    kind = "year" if month is None and day is None else "date"
    figure = Figure(match.start(), match.end(), text[match.start() : match.end()], value,
                    "exact", value, value, kind, "")
    return Found(figure, match.end(), False)


def _clock(w: str, match: re.Match) -> bool:
    """Whether a :data:`_CLOCK` match is a clock time (15时30分, 上午9点), not 三点 or 一时."""
    if match.group("hs") is None:
        return True
    hour = read_core(match.group("h"))
    if hour is None or hour[0] > 24:
        return False
    if match.group("mi"):
        minute = read_core(match.group("mi"))
        return minute is not None and minute[0] < 60
    if match.group("hs") == "点":
        return bool(match.group("pre") or match.group("tail"))
    if w[match.end() : match.end() + 1] in G.NOT_HOUR_BEFORE and not match.group("tail"):
        return False
    return bool(match.group("pre") or match.group("tail") or match.group("h")[0].isdigit())


def _special(text: str, w: str, match: re.Match, reading: str) -> Found:
    """成千上万, 成百上千 (``upwards``) and 数以万计 (``indefinite``)."""
    if match.group("c"):
        value, place, qualifier = read_core(match.group("c"))[0], None, "indefinite"
    else:
        value, place = read_core(match.group("a"))[0], read_core(match.group("b"))[0]
        qualifier = "upwards"
    measure, _, measure_end, _ = _measure(w, match.end())
    low, high = figure_range(value, qualifier, reading, place=place)
    figure = Figure(match.start(), match.end(), text[match.start() : match.end()],
                    as_number(value), qualifier, low, high, "count", "",
                    text[match.end() : measure_end] if measure else "")
    return Found(figure, max(match.end(), measure_end), measure in G.CLASSIFIERS)


def scan_zh(text: str, reading: str = DEFAULT_READING) -> Scan:
    """Find every figure in Chinese ``text``, and every numeral that is not one, with a reason.

    Parameters
    ----------
    text
        Chinese text, simplified or traditional; it may hold Latin words and addresses.
    reading
        ``"step"`` (default) or ``"bound"``: how ``low``/``high`` read 余, 近 and the
        other qualifiers; see :mod:`bulletin.figures.readings`.

    Returns
    -------
    Scan
        ``figures`` and ``rejections``, each in text order.

    Examples
    --------
    >>> s = scan_zh("2021年“净网2021”行动侦破案件3.7万余起,同比增长10.7%。")
    >>> for f in s.figures:
    ...     print(f.start, f.end, f.text, f.value, f.qualifier, f.low, f.high, f.kind,
    ...           f.noun or "-", f.measure or "-", f.verb or "-")
    0 5 2021年 2021 exact 2021 2021 year - - -
    19 24 3.7万余 37000 more_than 37000 38000 count 案件 起 侦破
    30 35 10.7% 10.7 exact 10.7 10.7 percent - % 增长
    >>> [(r.start, r.text, r.reason) for r in s.rejections]
    [(8, '2021', 'part of a quoted name')]
    """
    return _scan(text, reading, lone=False)


def _scan(text: str, reading: str, lone: bool) -> Scan:
    check_reading(reading)
    w = working(text)
    found: list[Found] = []
    rejections: list[Rejection] = []
    quote_spans = [(m.start(), m.end()) for m in _QUOTES.finditer(w)]
    taken = []
    date_quotes = _Spans(quote_spans)
    for match in _DATE.finditer(w):
        if date_quotes.inside(match.start(), match.end()):
            continue
        date = _date_figure(text, w, match)
        if date:
            found.append(date)
            taken.append((match.start(), match.end()))
    quotes = _Spans(quote_spans)
    for match in _CLOCK.finditer(w):
        if _clock(w, match):
            rejections.append(Rejection(match.start(), match.end(),
                                        text[match.start() : match.end()], "clock time"))
            taken.append((match.start(), match.end()))
    for match in _PHONE.finditer(w):
        rejections.append(Rejection(match.start(), match.end(),
                                    text[match.start() : match.end()],
                                    "a telephone number or hotline"))
        taken.append((match.start(), match.end()))
    for match in _IDIOM.finditer(w):  # 零容忍, 千家万户: the idiom's numerals are words
        token = _TOKEN.match(w, match.start())
        first_end = token.end("core") if token and token.group("core") else match.start() + 1
        rejections.append(Rejection(match.start(), first_end, text[match.start() : first_end],
                                    f"part of a word or idiom ({text[match.start():match.end()]})"))
        taken.append((match.start(), match.end()))
    for match in _SPECIAL.finditer(w):
        special = _special(text, w, match, reading)
        found.append(special)
        taken.append((match.start(), match.end()))
    blocked = _Spans(_disjoint(taken))
    for match in _TOKEN.finditer(w):
        if blocked.overlaps(match.start(), match.end()):
            continue
        result = _token(text, w, match, quotes, reading, lone)
        if isinstance(result, Found):
            found.append(result)
        elif isinstance(result, Rejection):
            rejections.append(result)
    figures = read_nouns(text, w, found, rejections)
    rejections.sort(key=lambda r: r.start)
    return Scan(figures, rejections)


def _disjoint(spans):
    """The spans in order, dropping any that overlaps one kept before it."""
    kept, last_end = [], -1
    for start, end in sorted(spans):
        if start >= last_end:
            kept.append((start, end))
            last_end = end
    return kept


@dataclass
class _Token:
    """The parts of one numeral token, as they are read: span, qualifiers, measure word."""

    core: str
    cs: int  # the numeral's own span
    ce: int
    start: int  # the figure's span, widened by sign and qualifiers
    end: int
    q1: str | None
    q2: str | None
    pct: str | None
    scale: str
    negative: bool = False
    measure: str = ""
    m_start: int = 0
    m_end: int = 0
    is_time: bool = False
    value: Decimal = Decimal(0)
    high_end: Decimal = Decimal(0)
    qualifier: str = "exact"
    place: Decimal | None = None
    explicit: bool = False  # a qualifier word written before or after
    after_word: bool = False  # a qualifier word (以上, 左右) follows, used or not

    @property
    def in_q(self) -> str | None:
        return self.q1 or self.q2

    @property
    def bare(self) -> bool:
        return all(c in MULT_CHARS for c in self.core)

    @property
    def chinese(self) -> bool:
        return not self.core[0].isdigit()

    @property
    def has_unit(self) -> bool:
        return bool(self.measure or self.pct or self.scale or self.in_q)


def _token_parts(w: str, match: re.Match) -> _Token:
    """The numeral of ``match`` with its sign, 来, and the measure word after it."""
    core, (cs, ce) = match.group("core"), match.span("core")
    t = _Token(core, cs, ce, cs, match.end(), match.group("q1"), match.group("q2"),
               match.group("pct"), match.group("scale") or "")
    if t.q1 == "来":  # 十来个 "about ten"; without a measure word 来 is another word
        if not _measure(w, t.end)[0] or t.scale or t.q2 or t.pct:
            t.q1 = t.q2 = t.pct = None
            t.scale, t.end = "", ce
    if cs and w[cs - 1] in G.NEGATIVE:
        t.negative, t.start = True, cs - 1
    elif cs and w[cs - 1] == "-" and core[0].isdigit() and (
            cs == 1 or w[cs - 2] in _SIGN_BEFORE):
        t.negative, t.start = True, cs - 1
    t.measure, t.m_start, t.m_end, t.is_time = (
        ("", t.end, t.end, False) if t.pct else _measure(w, t.end))
    return t


def _token(text: str, w: str, match: re.Match, quotes: _Spans, reading: str,
           lone: bool) -> Found | Rejection | None:
    """Turn one numeral token into a figure, a rejection, or nothing (part of a word)."""
    if match.group("frac"):
        return _fraction(text, w, match, reading)
    t = _token_parts(w, match)
    cs, ce = t.cs, t.ce
    reason = rejection_reason(w, t.start, cs, ce, t.end, t.core, t.has_unit, quotes, lone)
    if reason:
        return Rejection(cs, ce, text[cs:ce], reason)
    if t.chinese and (w[cs - 1 : cs + 1] in G.DIGIT_WORDS or w[cs : cs + 2] in G.DIGIT_WORDS):
        return None  # 统一部署, 万一: the digit is inside a word
    if any(c in G.FINANCIAL_DIGITS for c in t.core) and not any(
            c in G.FINANCIAL_UNITS for c in t.core) and len(t.core) < 2:
        return None  # 队伍, 陆续: a financial digit beside no financial unit
    read = read_core(t.core, pairs=t.has_unit)
    if read is None:
        return Rejection(cs, ce, text[cs:ce], "a malformed numeral")
    t.value, t.high_end = read
    if not _qualify(w, t, lone):
        return None
    reach = max(t.end, t.m_end)
    if t.explicit and t.qualifier in G.BOUND_QUALIFIERS and (
            w[reach : reach + 1] == "的"
            or (t.after_word and w[t.start - 1 : t.start] == "在")):
        return Rejection(t.start, t.end, text[t.start : t.end],
                         "a threshold that defines a group (超过…的, 在…以下), not a claim")
    if (t.core == "一" and not (t.in_q or t.scale or t.pct or t.is_time) and t.measure
            and t.qualifier == "exact"
            and (t.measure in G.INDEFINITE_ONE_ALWAYS or _CJK_OR_QUOTE.fullmatch(
                w[t.m_end : t.m_end + 1] or " "))
            and not _QUALIFIER_AFTER.match(w, t.m_end)):
        return Rejection(cs, ce, text[cs:ce], "the indefinite 一 ('a'), not a count")
    return Found(_token_figure(text, w, match, t, reading), reach,
                 t.measure in G.CLASSIFIERS)


def _qualify(w: str, t: _Token, lone: bool) -> bool:
    """Read the value's scale and qualifier into ``t``; False when the numeral counts
    nothing (进一步, 两岸, 千万, 一二)."""
    prefix = _prefix(w, t.start) if t.bare and not t.in_q else None
    before = _qualifier_before(w, t.start, t.bare)
    if t.chinese and not (t.has_unit or prefix or before or lone):
        if t.bare or not any(c in MULT_CHARS for c in t.core):
            return False  # 进一步, 两岸, 千万: a Chinese numeral that counts nothing
    if t.value != t.high_end and not (t.has_unit or lone):
        return False  # 一二: two digits that count nothing
    if t.q1 == "几":
        scales = [c for c in t.scale if c not in G.UNITS]
        t.value = scaled(t.value, "".join(scales))
        t.place = scaled(Decimal(1), t.scale)
        t.qualifier = "indefinite"
    else:
        t.value, t.high_end = scaled(t.value, t.scale), scaled(t.high_end, t.scale)
        if t.value != t.high_end:
            t.qualifier = "range"
        elif prefix:
            t.qualifier, t.start = prefix
        elif t.in_q:
            t.qualifier = G.QUALIFIERS_IN[t.in_q]
    if t.qualifier == "exact" and before:
        t.qualifier, t.start = before
        t.explicit = True
    after = _QUALIFIER_AFTER.match(w, t.m_end if t.measure else t.end)
    t.after_word = bool(after)
    if after and t.qualifier == "exact":
        t.qualifier, t.end = G.QUALIFIERS_AFTER[after.group()], after.end()
        t.explicit = True
    elif t.is_time and t.qualifier == "exact" \
            and w[t.m_end : t.m_end + 1] in G.QUALIFIERS_AFTER_TIME:
        t.qualifier, t.end = G.QUALIFIERS_AFTER_TIME[w[t.m_end]], t.m_end + 1
    return True


def _token_figure(text: str, w: str, match: re.Match, t: _Token, reading: str) -> Figure:
    """The figure of a read token: its sign, kind, range and measure word as printed."""
    value, high_end = t.value, t.high_end
    if t.negative:
        value, high_end = -high_end, -value
    percent = t.pct == "%" or t.measure in G.PERCENT_POINTS
    if t.pct == "‰":
        value, high_end = value / 1000, high_end / 1000
    kind = "percent" if percent else "fraction" if t.pct else "count"
    if t.is_time:
        kind = "duration"
    elif t.measure in G.PERCENT_POINTS:
        kind = "points"  # 3.2个百分点: percentage points
    elif t.measure in G.RATE_MEASURES:
        kind = "rate"  # 九成, 七折: tenths, the value as written
    elif t.measure in G.TIMES_MEASURES:
        kind = "times"  # 4.5倍
    elif t.qualifier == "exact" and bare_year(t.core, t.has_unit):
        kind = "year"  # 2021全年, as the English finder reads a bare 2021
    if t.qualifier == "range":
        low, high = as_number(value), as_number(high_end)
    else:
        low, high = figure_range(value, t.qualifier, reading, place=t.place)
    measure_text = text[t.m_start : t.m_end] if t.measure else ""
    if t.measure in G.MONEY and t.m_start == match.end() and w[t.m_start - 1] in G.SCALES:
        measure_text = text[t.m_start - 1 : t.m_end]  # 亿元, 万元
    if percent and t.measure not in G.PERCENT_POINTS:
        measure_text = text[match.start("pct") : match.end("pct")]  # % (or ％)
    elif t.measure in G.PERCENT_POINTS:
        measure_text = measure_text[: len(measure_text) - 3]  # 3个百分点: 个, or none
    return Figure(t.start, t.end, text[t.start : t.end], as_number(value), t.qualifier, low,
                  high, kind, "", measure_text)


def _prefix(w: str, start: int) -> tuple[str, int] | None:
    """数十, 几百, 好几千 (``indefinite``) or 上千 (``upwards``) before a bare unit."""
    for word in G.SEVERAL:  # longest first: 好几 before 几
        if start >= len(word) and w[start - len(word) : start] == word:
            if word == "数" and w[start - 2 : start - 1] in G.NOT_SEVERAL_AFTER:
                break
            return "indefinite", start - len(word)
    before = w[start - 1 : start]
    earlier = w[start - 2 : start - 1] if start >= 2 else ""
    if before in G.UPWARDS and earlier not in G.NOT_UPWARDS_AFTER:
        return "upwards", start - 1
    return None


def _fraction(text: str, w: str, match: re.Match, reading: str) -> Found | Rejection | None:
    """百分之十 (a percent), 三分之一 (a fraction), 千分之五 and 万分之四 (a rate: the value
    as written, the measure 千分之 or 万分之)."""
    den, num = read_core(match.group("den")), read_core(match.group("fnum"))
    if den is None or num is None or num[0] != num[1] or den[0] == 0:
        return Rejection(match.start(), match.end(), text[match.start() : match.end()],
                         "a malformed numeral")
    start, end = match.start(), match.end()
    percent = den[0] == 100
    rate = den[0] in G.RATE_DENOMINATORS  # 万分之四: a rate per ten thousand, as written
    value = num[0] if percent or rate else num[0] / den[0]
    if start and w[start - 1] in G.NEGATIVE:
        value, start = -value, start - 1
    qualifier = "exact"
    before = _qualifier_before(w, start, False)
    if before:
        qualifier, start = before
    else:
        after = _QUALIFIER_AFTER.match(w, end)
        if after:
            qualifier, end = G.QUALIFIERS_AFTER[after.group()], after.end()
    value = Decimal(repr(float(value))) if not (percent or rate) else value
    low, high = figure_range(value, qualifier, reading)
    kind = "percent" if percent else "rate" if rate else "fraction"
    measure = text[match.start("den") : match.start("fnum")] if rate else "%" if percent else ""
    figure = Figure(start, end, text[start:end], as_number(value), qualifier, low, high, kind,
                    "", measure)
    return Found(figure, end, False)


# --- the public wrappers ----------------------------------------------------------------


def find_figures_zh(text: str, reading: str = DEFAULT_READING) -> list[Figure]:
    """Every figure in Chinese ``text``, in order; see :func:`scan_zh` for the rejections.

    Examples
    --------
    >>> for f in find_figures_zh("查获手機黑卡300餘萬張、設備1萬餘臺"):
    ...     print(f.value, f.qualifier, f.noun, f.measure, f.verb)
    3000000 more_than 手機黑卡 張 查获
    10000 more_than 設備 臺 查获
    """
    return scan_zh(text, reading).figures


def parse_figure(phrase: str, reading: str = DEFAULT_READING) -> Figure:
    """The one figure in a short Chinese phrase such as ``3900余起``.

    A phrase that is a numeral alone (一二三, 五点五, 〇) is read as a count even without
    a measure word, which in running text would make it part of a word.

    Parameters
    ----------
    phrase
        The phrase as printed: ``3.7万余起``, ``8万余名``, ``6.2萬起``, ``近3000``.
    reading
        ``"step"`` or ``"bound"``.

    Raises
    ------
    BulletinError
        When the phrase holds no figure, or more than one.

    Examples
    --------
    >>> f = parse_figure("近3000起")
    >>> f.text, f.value, f.qualifier, f.low, f.high, f.measure
    ('近3000', 3000, 'nearly', 2000, 3000, '起')
    >>> parse_figure("一二三").value, parse_figure("负十二").value
    (123, -12)
    >>> parse_figure("净网2021")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    bulletin.errors.BulletinError: no figure in '净网2021' (2021: part of a name ...
    """
    result = scan_zh(phrase, reading)
    if not result.figures:
        lone = _scan(phrase, reading, lone=True)
        if len(lone.figures) == 1:
            return lone.figures[0]
    if len(result.figures) == 1:
        return result.figures[0]
    if not result.figures:
        why = "; ".join(f"{r.text}: {r.reason}" for r in result.rejections)
        detail = f" ({why})" if why else ""
        raise BulletinError(f"no figure in {phrase!r}{detail}; give a phrase such as 3900余起")
    found = ", ".join(f.text for f in result.figures)
    raise BulletinError(
        f"{len(result.figures)} figures in {phrase!r} ({found}); give a phrase with one figure"
    )
