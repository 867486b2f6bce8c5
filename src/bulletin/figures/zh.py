"""Find the figures in Chinese prose: the same columns as :mod:`bulletin.figures.en`.

:func:`scan_zh` takes Chinese text (simplified or traditional script) and returns every
figure in it as a :class:`~bulletin.figures.en.Figure` (``start, end, text, value,
qualifier, low, high, kind, noun, measure, verb``), and every numeral that is not a
figure as a :class:`~bulletin.figures.en.Rejection` with its reason. :func:`find_figures_zh`
returns the figures only; :func:`parse_figure` reads the single figure of a short phrase;
:func:`chinese_number` reads a numeral alone.

The word lists live in :mod:`bulletin.lexicon.zh_grammar`, in simplified script only: the scan
runs over :func:`bulletin.text.script.to_simplified` of the text (OpenCC, same length), with
full-width digits, ``．`` and ``％`` folded to ASCII, and reports spans and words of the
text as given (偵辦, 團夥, 萬).

What it reads
-------------
- Arabic digits, half- or full-width, with 十/百/千/万/亿/兆 (兆 = 10^12): ``3.7万`` =
  37000, ``383万``, ``5千``, ``1.2万亿``, thousands separators ``3,900`` and ``４，５６５``,
  and digits spaced out one by one as OCR prints them (``1 2 3 4 5名``, ``3 9 0 0 余起``).
- Chinese numerals: ``十六``, ``一千零五``, ``两万``, ``十万八千``, ``一万二`` (= 12000),
  ``三点七万``, ``零点零一``, ``〇``, the financial forms (``壹佰贰拾叁``), ``廿``/``卅``, and
  numerals written partly in digits (``5万4千6百`` = 54600, ``1万2千``, ``3千万``).
  Digits without units are read one by one (``二〇二一`` = 2021, ``一二三`` = 123).
- Negative numbers: 负 before the number, or ``-`` where it cannot be a hyphen
  (``负3.5%`` = -3.5, ``负十二`` = -12).
- Percentages, kind ``percent``, the value in percent: ``10.7%``, ``百分之十``,
  ``百分之五十五点五`` = 55.5, ``3个百分点``. Other fractions, kind ``fraction``, the value
  the ratio itself: ``三分之一`` = 1/3, ``千分之一`` = 0.001, ``5‰`` = 0.005.
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
...; the longest wins, so 人次 beats 人); money written 万元 or 亿元 has that as its
measure (``31.6亿元``: measure 亿元, value 3,160,000,000 yuan all the same), while
``2亿余元`` has 元. ``verb`` is the verb that governs the count (抓获, 破获, 打掉 ...,
:data:`~bulletin.lexicon.zh_grammar.HEAD_VERBS`), or the verb of change before a percentage
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
action: 警告3.5万余次 -> 警告, 开展监督检查20万余次 -> 监督检查. Without a verb in the
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

from bulletin.lexicon import zh_grammar as G
from bulletin.errors import BulletinError
from bulletin.figures.en import Figure, Rejection, Scan
from bulletin.figures.readings import DEFAULT_READING, check_reading, figure_range
from bulletin.text.script import to_simplified

__all__ = ["arabic_value", "chinese_number", "find_figures_zh", "measure_word", "parse_figure",
           "scan_zh"]

# --- the working text -------------------------------------------------------------------

_FOLD = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "．": ".", "％": "%", "－": "-", "−": "-", "＋": "+",
})


def _working(text: str) -> str:
    """The text to match: simplified script, ASCII digits; the same length as ``text``."""
    return to_simplified(text).translate(_FOLD)


# --- the regular expressions, built once from the grammar -------------------------------

def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_CN_DIGITS = "".join(G.DIGITS)
_MULTIPLIERS = {**G.UNITS, **G.SCALES}
_MULT_CHARS = "".join(_MULTIPLIERS) + "".join(G.TENS)


def _multiplier_pattern() -> str:
    parts = []
    for char in _MULT_CHARS:
        banned = G.NOT_AFTER_MULTIPLIER.get(char)
        parts.append(re.escape(char) + (f"(?!{_alternation(banned)})" if banned else ""))
    return "(?:" + "|".join(parts) + ")"


_M = _multiplier_pattern()
_SP = "[ \u3000]?"
_AR = r"(?:[0-9]{1,3}(?:[,，][0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?"
_CNR = rf"[{_CN_DIGITS}]+(?:点[{_CN_DIGITS}]+)?"
_MEASURE_ALT = _alternation(G.MEASURE_WORDS)
_SPACED = (rf"(?<![0-9.,])[0-9](?:[ \u3000][0-9]){{2,}}(?![0-9.,])"
           rf"|(?<![0-9.,])[0-9][ \u3000][0-9](?=[ \u3000]?(?:[余多万亿千百%]|{_MEASURE_ALT}))")
_AFTER_M = rf"(?:{_M}+(?:{_AR}|{_CNR}|点[{_CN_DIGITS}]+)?)"
_CORE = rf"(?:{_SPACED}|(?:{_AR}|{_CNR}){_AFTER_M}*|{_AFTER_M}+)"
_TOKEN = re.compile(
    rf"(?P<frac>(?P<den>[0-9]+|[{_CN_DIGITS}十百千万]+)分之(?P<fnum>{_CORE}))"
    rf"|(?P<core>{_CORE})(?:{_SP}(?P<q1>[余多几来]))?(?P<scale>{_M}+)?(?:{_SP}(?P<q2>[余多]))?"
    rf"(?:{_SP}(?P<pct>[%‰]))?"
)
_FRACTION = re.compile(rf"([0-9]+|[{_CN_DIGITS}十百千万]+)分之(.+)")
_ELEMENT = re.compile(
    rf"(?P<ar>[0-9][0-9,，]*(?:\.[0-9]+)?)|(?P<cn>[{_CN_DIGITS}]+(?:点[{_CN_DIGITS}]+)?)"
    rf"|(?P<pt>点[{_CN_DIGITS}]+)|(?P<m>[{_MULT_CHARS}])"
)
_Y = r"(?:[0-9]{4}|[〇零一二三四五六七八九]{4})"
_MD = r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
_DATE = re.compile(
    rf"(?P<y>{_Y})年(?:(?P<m>{_MD})月(?:(?P<d>{_MD})[日号])?)?"
    rf"|(?<![0-9])(?P<iy>[0-9]{{4}})(?P<sep>[-/.])(?P<im>[0-9]{{1,2}})(?P=sep)"
    rf"(?P<id>[0-9]{{1,2}})(?![0-9])"
    rf"|(?<![0-9{_CN_DIGITS}十])(?P<m2>{_MD})月(?:(?P<d2>{_MD})[日号])?"
    rf"|(?<![0-9.])(?P<d3>[0-9]{{1,2}})[日号]"
)
_HOUR = r"(?:[0-9]{1,2}|[零一二三四五六七八九十两]{1,3})"
_CLOCK = re.compile(
    r"(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])"
    rf"|(?P<pre>{_alternation(G.TIME_OF_DAY)})?(?<![0-9{_CN_DIGITS}十百千])(?P<h>{_HOUR})"
    rf"(?P<hs>[时点])(?:(?P<mi>{_HOUR})分(?:{_HOUR}秒)?|(?P<tail>半|整|许|多钟|钟|多|左右)?)"
)
_PHONE = re.compile(
    r"(?<![0-9.])(?:0[0-9]{2,3}-[0-9]{7,8}|1[3-9][0-9]{9}|400-?[0-9]{3}-?[0-9]{4})"
    rf"(?![0-9.,万亿余多])(?![ \u3000]?(?:{_MEASURE_ALT}))"
)
_SPECIAL = re.compile(
    r"成(?P<a>[百千万])上(?P<b>[千万亿])|数以(?P<c>十万|百万|千万|十|百|千|万|亿)计"
)
_QUOTES = re.compile(
    r"“[^“”\n]{1,16}”|「[^「」\n]{1,16}」|『[^『』\n]{1,16}』|\"[^\"\n]{1,16}\"|‘[^‘’\n]{1,16}’"
)
_IDIOM = re.compile(rf"(?<![0-9{_CN_DIGITS}{_MULT_CHARS}])(?:{_alternation(G.IDIOMS)})(?!之)")
_QUALIFIER_BEFORE = re.compile(rf"(?:{_alternation(G.QUALIFIERS_BEFORE)})$")
_QUALIFIER_BEFORE_BARE = re.compile(rf"(?:{_alternation(G.QUALIFIERS_BEFORE_BARE)})$")
_QUALIFIER_AFTER = re.compile(_alternation(G.QUALIFIERS_AFTER))
_MEASURE = re.compile(_MEASURE_ALT)
_TIME_UNIT = re.compile(_alternation(G.TIME_UNITS))
_VERB = re.compile(_alternation(G.HEAD_VERBS + G.INNER_VERBS))
_CHANGE_VERB = re.compile(_alternation(G.CHANGE_VERBS))
_JOINED_VERB = re.compile(rf"(?:{_alternation(G.VERB_JOINERS)})?(?:{_alternation(G.HEAD_VERBS)})")
_LIST_GAP = re.compile(rf"(?:[ \u3000]|{_alternation(G.LIST_JOINERS)})*")
_NOUN_CHAR = re.compile(r"[\u3400-\u9fffA-Za-z0-9“”「」『』‘’《》·・]")
_CJK_OR_QUOTE = re.compile(r"[\u3400-\u9fff“「『‘《]")
_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u3400-\u9fff]")

_HEAD = frozenset(G.HEAD_VERBS)
_NUMERAL_CHARS = frozenset(_CN_DIGITS + _MULT_CHARS)
_BOUNDARY = frozenset("，。；：！？、,;:!?\n\r\t（）()【】[]")
#: The same without 、: a list of objects may share the verb before its first item.
_HARD_BOUNDARY = _BOUNDARY - {"、"}
_SIGN_BEFORE = frozenset(" \t\n(（，,：:为是达至到降长升比率约近")
_NOUN_TAIL = re.compile(r"[\u3400-\u9fffA-Za-z0-9“”「」『』‘’《》·・、]*$")
_QUOTE_MARK = re.compile(r"[“”「」『』《》]")
_LEFT_TRIM_RE = re.compile(_alternation(G.NOUN_LEFT_TRIM))
_LEFT_KEEP_RE = re.compile(_alternation(G.NOUN_LEFT_KEEP))
_RIGHT_TRIM_RE = re.compile(rf"(?:{_alternation(G.NOUN_RIGHT_TRIM)})$")
_RIGHT_KEEP_RE = re.compile(rf"(?:{_alternation(G.NOUN_RIGHT_KEEP)})$")
_NOT_MEASURE = re.compile(_alternation(G.NOT_MEASURE))


# --- numerals ---------------------------------------------------------------------------


def _plain(number: Decimal) -> int | float:
    return int(number) if number == number.to_integral_value() else float(number)


def _digit_string(run: str) -> str:
    return "".join(str(G.DIGITS[c]) for c in run)


def _number_item(text: str) -> tuple[Decimal, bool, int]:
    """An Arabic or Chinese number without units: (value, one digit?, leading zeros)."""
    if text[0].isdigit():
        plain = text.replace(",", "").replace("，", "")
        return Decimal(plain), len(plain) == 1, 0
    whole, _, fraction = text.partition("点")
    zeros = len(whole) - len(whole.lstrip("〇零"))
    value = Decimal(_digit_string(whole) or "0")
    if fraction:
        value += Decimal("0." + _digit_string(fraction))
    return value, len(whole) == 1 and not fraction, zeros


def _read_core(core: str, pairs: bool = False) -> tuple[Decimal, Decimal] | None:
    """The value of a numeral as ``(low, high)``: equal, or the two ends of 三四百.

    Two digits alone (两三, 一二) are a pair only when ``pairs`` is true (a measure word
    follows); else they are read one by one. Returns None when the characters make no
    numeral (三四五百, 3一).
    """
    core = core.replace(" ", "").replace("\u3000", "")
    if core[0].isdigit() and all(c.isdigit() or c in ".,，" for c in core):
        value = Decimal(core.replace(",", "").replace("，", ""))
        return value, value
    items = []
    for match in _ELEMENT.finditer(core):
        items.append((match.lastgroup, match.group()))
    if "".join(text for _, text in items) != core:
        return None
    if all(kind == "cn" for kind, _ in items):  # digits only: read one by one
        if pairs and len(core) == 2 and _pair(core):
            return tuple(Decimal(d) for d in _pair(core))
        value = _number_item(core)[0]
        return value, value
    variants: list[list] = [[]]
    for kind, text in items:
        if kind == "cn":
            whole = text.partition("点")[0]
            digits = whole.lstrip("〇零")
            if len(digits) == 2 and "点" not in text:
                if not _pair(digits) or len(variants) > 1:
                    return None
                first, second = _pair(digits)
                zeros = len(whole) - 2
                variants = [v + [("n", (Decimal(d), True, zeros))] for v in variants[:1]
                            for d in (first, second)]
                continue
            if len(digits) > 2:
                return None
        item = ("n", _number_item(text)) if kind in ("ar", "cn") else (kind, text)
        for variant in variants:
            variant.append(item)
    values = [_evaluate(v) for v in variants]
    if any(v is None for v in values):
        return None
    return values[0], values[-1]


def _pair(digits: str) -> tuple[int, int] | None:
    """两三 -> (2, 3), 三五 -> (3, 5): two digits that name a range, or None."""
    first, second = G.DIGITS.get(digits[0]), G.DIGITS.get(digits[1])
    if first and second and 1 <= second - first <= 2:
        return first, second
    return None


def _evaluate(items) -> Decimal | None:
    """The value of a numeral with units: 一千零五, 5万4千6百, 三点七万, 一万二."""
    total = section = Decimal(0)
    pending: Decimal | None = None
    single = after_zero = False
    previous_unit = 0
    for kind, item in items:
        if kind == "n":
            if pending is not None:
                return None
            pending, single, zeros = item
            after_zero = after_zero or zeros > 0
        elif kind == "pt":
            fraction = Decimal("0." + _digit_string(item[1:]))
            if pending is not None:
                pending += fraction
                single = False
            else:
                section += fraction
        elif item in G.TENS:
            section += G.TENS[item] + (0 if pending is None else pending)
            pending, previous_unit, after_zero = None, 10, False
        elif item in G.UNITS:
            section += (Decimal(1) if pending is None else pending) * G.UNITS[item]
            pending, previous_unit, after_zero = None, G.UNITS[item], False
        else:
            scale = G.SCALES[item]
            group = section + (pending or 0)
            if total and scale > total:
                total = (total + group) * scale
            elif total == 0 and group == 0:
                total = Decimal(scale)
            else:
                total += (group or 1) * scale
            section, pending, previous_unit, after_zero = Decimal(0), None, scale, False
    if pending is not None:
        # 一万二 = 12000, 一千二 = 1200, 1万2 = 12000; but 一千零二 = 1002, 三十二 = 32.
        if single and previous_unit > 10 and not after_zero:
            pending *= previous_unit // 10
        section += pending
    return total + section


def chinese_number(numeral: str) -> int | float:
    """The value of a Chinese numeral, in simplified, traditional or financial script.

    Parameters
    ----------
    numeral
        The numeral alone, without qualifier or measure word: 十六, 一千二百, 两, 〇,
        二〇二一 and 一二三 (read digit by digit), 一万二 (= 12000), 三点七万, 一亿二千万,
        三萬七千, 壹佰贰拾叁, 5万4千6百 and 1万2千 (partly in digits), 九千九百九十九亿,
        1兆, 负十二 (negative), 百分之三十 (= 30, the number of percent, as a figure of
        kind ``percent`` holds it), 三分之一 (= 1/3).

    Returns
    -------
    int or float
        An ``int`` when the value is whole.

    Raises
    ------
    BulletinError
        When ``numeral`` is not one numeral (三个, 三四百).

    Examples
    --------
    >>> chinese_number("十六"), chinese_number("一千二百"), chinese_number("兩")
    (16, 1200, 2)
    >>> chinese_number("一千零五"), chinese_number("二〇二一"), chinese_number("一万二")
    (1005, 2021, 12000)
    >>> chinese_number("三点七万"), chinese_number("一亿二千万"), chinese_number("零点五")
    (37000, 120000000, 0.5)
    >>> chinese_number("5万4千6百"), chinese_number("负十二"), chinese_number("百分之五十五点五")
    (54600, -12, 55.5)
    """
    text = _working((numeral or "").strip())
    negative = text.startswith(G.NEGATIVE) or text.startswith("-")
    if negative:
        text = text[1:]
    fraction = _FRACTION.fullmatch(text)
    if fraction:
        den, num = _one_value(fraction.group(1), numeral), _one_value(fraction.group(2), numeral)
        value = num if den == 100 else num / den
    else:
        value = _one_value(text, numeral)
    return _plain(-value if negative else value)


def _one_value(text: str, numeral: str) -> Decimal:
    if not text or not re.fullmatch(_CORE, text):
        raise BulletinError(f"not a Chinese numeral: {numeral!r}")
    read = _read_core(text)
    if read is None or read[0] != read[1]:
        raise BulletinError(f"not a Chinese numeral: {numeral!r} (a range or no numeral)")
    return read[0]


def arabic_value(core: str, scale: str = "") -> int | float:
    """The value of an Arabic numeral (half- or full-width) times its 百/千/万/亿 scale.

    Parameters
    ----------
    core
        The digits: ``3.7``, ``3,900``, ``１６``.
    scale
        The scale characters after them, if any: ``万``, ``亿``, ``萬``, ``万亿``.

    Returns
    -------
    int or float
        An ``int`` when the value is whole.

    Examples
    --------
    >>> arabic_value("3.7", "万"), arabic_value("383", "万"), arabic_value("1.66", "萬")
    (37000, 3830000, 16600)
    >>> arabic_value("１６"), arabic_value("3,900"), arabic_value("2.2", "亿")
    (16, 3900, 220000000)
    """
    number = Decimal(core.translate(_FOLD).replace(",", "").replace("，", ""))
    return _plain(_scaled(number, _working(scale)))


def _scaled(number: Decimal, scale: str) -> Decimal:
    for char in scale or "":
        number *= _MULTIPLIERS.get(char) or G.TENS[char]
    return number


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
    found = _measure(_working(text), position)
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
    return "", position, position, False


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
        if left[index] in _BOUNDARY:
            left = left[index + 1 :]
            break
    for index, char in enumerate(right):
        if char in _BOUNDARY:
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


def _bare_year(core: str, has_unit: bool) -> bool:
    """Four Arabic digits from 1900 to 2100 with no unit: a year or a name's number."""
    return not has_unit and len(core) == 4 and core.isdigit() and 1900 <= int(core) <= 2100


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


# --- the scan ---------------------------------------------------------------------------


@dataclass
class _Found:
    """A figure before its noun and verb are read, with how far its words reach."""

    figure: Figure
    reach: int  # the end of the measure word and any qualifier after it
    classifier: bool  # the measure word names no thing: the noun may follow it


def _date_figure(text: str, w: str, match: re.Match) -> _Found | None:
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
    numbers = [None if part is None else _read_core(part)[0] for part in (year, month, day)]
    y, m, d = numbers
    if (y is not None and not 1000 <= y <= 2999) or (m is not None and not 1 <= m <= 12) or (
            d is not None and not 1 <= d <= 31):
        return None
    value = _plain(d if d is not None else m if m is not None else y)
    kind = "year" if month is None and day is None else "date"
    figure = Figure(match.start(), match.end(), text[match.start() : match.end()], value,
                    "exact", value, value, kind, "")
    return _Found(figure, match.end(), False)


def _clock(w: str, match: re.Match) -> bool:
    """Whether a :data:`_CLOCK` match is a clock time (15时30分, 上午9点), not 三点 or 一时."""
    if match.group("hs") is None:
        return True
    hour = _read_core(match.group("h"))
    if hour is None or hour[0] > 24:
        return False
    if match.group("mi"):
        minute = _read_core(match.group("mi"))
        return minute is not None and minute[0] < 60
    if match.group("hs") == "点":
        return bool(match.group("pre") or match.group("tail"))
    if w[match.end() : match.end() + 1] in G.NOT_HOUR_BEFORE and not match.group("tail"):
        return False
    return bool(match.group("pre") or match.group("tail") or match.group("h")[0].isdigit())


def _special(text: str, w: str, match: re.Match, reading: str) -> _Found:
    """成千上万, 成百上千 (``upwards``) and 数以万计 (``indefinite``)."""
    if match.group("c"):
        value, place, qualifier = _read_core(match.group("c"))[0], None, "indefinite"
    else:
        value, place = _read_core(match.group("a"))[0], _read_core(match.group("b"))[0]
        qualifier = "upwards"
    measure, _, measure_end, _ = _measure(w, match.end())
    low, high = figure_range(value, qualifier, reading, place=place)
    figure = Figure(match.start(), match.end(), text[match.start() : match.end()],
                    _plain(value), qualifier, low, high, "count", "",
                    text[match.end() : measure_end] if measure else "")
    return _Found(figure, max(match.end(), measure_end), measure in G.CLASSIFIERS)


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
    30 35 10.7% 10.7 exact 10.7 10.7 percent - - 增长
    >>> [(r.start, r.text, r.reason) for r in s.rejections]
    [(8, '2021', 'part of a quoted name')]
    """
    return _scan(text, reading, lone=False)


def _scan(text: str, reading: str, lone: bool) -> Scan:
    check_reading(reading)
    w = _working(text)
    found: list[_Found] = []
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
        if isinstance(result, _Found):
            found.append(result)
        elif isinstance(result, Rejection):
            rejections.append(result)
    figures = _read_nouns(text, w, found, rejections)
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


def _rejection(w: str, start: int, cs: int, ce: int, end: int, core: str, has_unit: bool,
               quotes: _Spans, lone: bool) -> str | None:
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
        if core in ("零", "〇") and not lone:
            return "a lone 零 is part of a word, not a count"
    if (_bare_year(core, has_unit) and _CJK.fullmatch(before or " ")
            and before not in G.BEFORE_BARE_YEAR):
        return "part of a name (a number glued to a name)"
    if w.startswith("周年", end):
        return "an anniversary (100周年), not a count"
    if not has_unit and (w.startswith(G.CODE_NAME_AFTER, end) or (
            w[end : end + 1] in "·・" and w[end + 1 : end + 2].isdigit()) or (
            w[cs - 1 : cs] in "·・" and w[cs - 2 : cs - 1].isdigit() and cs >= 2)):
        return "part of the code name of a case or campaign (12·15专案)"
    return None


def _token(text: str, w: str, match: re.Match, quotes: _Spans, reading: str,
           lone: bool) -> _Found | Rejection | None:
    """Turn one numeral token into a figure, a rejection, or nothing (part of a word)."""
    if match.group("frac"):
        return _fraction(text, w, match, reading)
    core, (cs, ce) = match.group("core"), match.span("core")
    q1, q2, pct, scale = match.group("q1"), match.group("q2"), match.group("pct"), \
        match.group("scale") or ""
    end = match.end()
    if q1 == "来":  # 十来个 "about ten"; without a measure word 来 is another word
        if not _measure(w, end)[0] or scale or q2 or pct:
            q1 = q2 = pct = None
            scale, end = "", ce
    start = cs
    negative = False
    if start and w[start - 1] in G.NEGATIVE:
        negative, start = True, start - 1
    elif start and w[start - 1] == "-" and core[0].isdigit() and (
            start == 1 or w[start - 2] in _SIGN_BEFORE):
        negative, start = True, start - 1
    measure, m_start, m_end, is_time = ("", end, end, False) if pct else _measure(w, end)
    in_q = q1 or q2
    bare = all(c in _MULT_CHARS for c in core)
    has_unit = bool(measure or pct or scale or in_q)
    reason = _rejection(w, start, cs, ce, end, core, has_unit, quotes, lone)
    if reason:
        return Rejection(cs, ce, text[cs:ce], reason)
    chinese = not core[0].isdigit()
    if chinese and (w[cs - 1 : cs + 1] in G.DIGIT_WORDS or w[cs : cs + 2] in G.DIGIT_WORDS):
        return None  # 统一部署, 万一: the digit is inside a word
    if any(c in G.FINANCIAL_DIGITS for c in core) and not any(
            c in G.FINANCIAL_UNITS for c in core) and len(core) < 2:
        return None  # 队伍, 陆续: a financial digit beside no financial unit
    read = _read_core(core, pairs=has_unit)
    if read is None:
        return Rejection(cs, ce, text[cs:ce], "a malformed numeral")
    value, high_end = read
    qualifier, place = "exact", None
    prefix = None
    if bare and not in_q:
        prefix = _prefix(w, start)
    before = _qualifier_before(w, start, bare)
    if chinese and not (has_unit or prefix or before or lone):
        if bare or not any(c in _MULT_CHARS for c in core):
            return None  # 进一步, 两岸, 千万: a Chinese numeral that counts nothing
    if value != high_end and not (has_unit or lone):
        return None  # 一二: two digits that count nothing
    if q1 == "几":
        scales = [c for c in scale if c not in G.UNITS]
        value = _scaled(value, "".join(scales))
        place = _scaled(Decimal(1), scale)
        qualifier = "indefinite"
    else:
        value, high_end = _scaled(value, scale), _scaled(high_end, scale)
        if value != high_end:
            qualifier = "range"
        elif prefix:
            qualifier, start = prefix
        elif in_q:
            qualifier = G.QUALIFIERS_IN[in_q]
    explicit = False
    if qualifier == "exact" and before:
        qualifier, start = before
        explicit = True
    after_at = m_end if measure else end
    after = _QUALIFIER_AFTER.match(w, after_at)
    if after and qualifier == "exact":
        qualifier, end = G.QUALIFIERS_AFTER[after.group()], after.end()
        explicit = True
    elif is_time and qualifier == "exact" and w[m_end : m_end + 1] in G.QUALIFIERS_AFTER_TIME:
        qualifier, end = G.QUALIFIERS_AFTER_TIME[w[m_end]], m_end + 1
    reach = max(end, m_end)
    if explicit and qualifier in G.BOUND_QUALIFIERS and (
            w[reach : reach + 1] == "的" or (after and w[start - 1 : start] == "在")):
        return Rejection(start, end, text[start:end],
                         "a threshold that defines a group (超过…的, 在…以下), not a claim")
    if (core == "一" and not (in_q or scale or pct or is_time) and measure
            and qualifier == "exact"
            and (measure in G.INDEFINITE_ONE_ALWAYS or _CJK_OR_QUOTE.fullmatch(
                w[m_end : m_end + 1] or " "))
            and not _QUALIFIER_AFTER.match(w, m_end)):
        return Rejection(cs, ce, text[cs:ce], "the indefinite 一 ('a'), not a count")
    if negative:
        value, high_end = -high_end, -value
    percent = pct == "%" or measure in G.PERCENT_POINTS
    if pct == "‰":
        value, high_end = value / 1000, high_end / 1000
    kind = "percent" if percent else "fraction" if pct else "count"
    if is_time:
        kind = "duration"
    elif qualifier == "exact" and _bare_year(core, has_unit):
        kind = "year"  # 2021全年, as the English finder reads a bare 2021
    if qualifier == "range":
        low, high = _plain(value), _plain(high_end)
    else:
        low, high = figure_range(value, qualifier, reading, place=place)
    measure_text = text[m_start:m_end] if measure else ""
    if measure in G.MONEY and m_start == match.end() and w[m_start - 1] in G.SCALES:
        measure_text = text[m_start - 1 : m_end]  # 亿元, 万元
    if percent and measure not in G.PERCENT_POINTS:
        measure_text = ""
    figure = Figure(start, end, text[start:end], _plain(value), qualifier, low, high, kind, "",
                    measure_text)
    return _Found(figure, reach, measure in G.CLASSIFIERS)


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


def _fraction(text: str, w: str, match: re.Match, reading: str) -> _Found | Rejection | None:
    """百分之十 (a percent), 三分之一 and 千分之一 (a fraction)."""
    den, num = _read_core(match.group("den")), _read_core(match.group("fnum"))
    if den is None or num is None or num[0] != num[1] or den[0] == 0:
        return Rejection(match.start(), match.end(), text[match.start() : match.end()],
                         "a malformed numeral")
    start, end = match.start(), match.end()
    percent = den[0] == 100
    value = num[0] if percent else num[0] / den[0]
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
    value = Decimal(repr(float(value))) if not percent else value
    low, high = figure_range(value, qualifier, reading)
    figure = Figure(start, end, text[start:end], _plain(value), qualifier, low, high,
                    "percent" if percent else "fraction", "")
    return _Found(figure, end, False)


# --- what a figure counts ----------------------------------------------------------------


#: Rejections that end a noun's reach: numbers in their own right. The others (an idiom,
#: an ordinal, a quoted name) are words, and may sit inside a noun (零部件, 第四方支付平台).
_BOUNDING_REASONS = ("clock time", "a telephone", "a threshold", "list marker",
                     "the indefinite", "a malformed")


def _read_nouns(text: str, w: str, found: list[_Found], rejections) -> list[Figure]:
    """The figures in order, with the noun and verb of each count (and percent) filled."""
    found.sort(key=lambda f: f.figure.start)
    ends = sorted(r.end for r in rejections if r.reason.startswith(_BOUNDING_REASONS))
    figures = []
    previous_end = 0
    previous: tuple[_Found, str] | None = None  # the last count and its verb
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
        elif figure.kind == "percent":
            verb_span = _change_verb(w, figure.start, previous_end)
            if verb_span:
                figure = _with(figure, "", text[verb_span[0] : verb_span[1]])
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
                  boundary=_BOUNDARY) -> int:
    """Where the clause holding ``start`` begins, looking back at most ``reach``."""
    left = max(floor, start - reach, 0)
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


def _noun_and_verb(w: str, item: _Found, floor: int):
    """((noun start, end) or None, (verb start, end) or None, how far the noun reaches)."""
    figure = item.figure
    left = _clause_start(w, figure.start, floor, G.NOUN_REACH_BEFORE)
    chosen = _governing_verb(w, left, figure.start)
    if not chosen and left > floor and w[left - 1] == "、":
        # 侦办侵犯公民个人信息、黑客等案件: the verb before the list's first item
        clause = _clause_start(w, figure.start, floor, G.NOUN_REACH_BEFORE, _HARD_BOUNDARY)
        chosen = _governing_verb(w, clause, left)
    verb_span = None
    noun_from = left
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
                                or not _CJK.search(w, noun[0], noun[1])):
        noun = None  # too long to trust, or a Latin word of other prose (see file 01)
    if noun is None and chosen and figure.measure in G.EVENT_MEASURES:
        # 责令整改6500余次: the action is what is counted, after a light verb (开展, 组织)
        earlier = [v for v in _VERB.finditer(w, left, chosen.start()) if v.group() not in _HEAD]
        noun = _trim(w, earlier[-1].end() if earlier else left, figure.start)
    reach = item.reach
    if noun is None and item.classifier:
        noun = _noun_after(w, item.reach)
        if noun:
            reach = noun[1]
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
    start = _NOUN_TAIL.search(w, start, end).start()
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


def _change_verb(w: str, start: int, floor: int) -> tuple[int, int] | None:
    """The verb of change just before a percentage: 同比增长10.7%."""
    left = _clause_start(w, start, floor, 8)
    last = None
    for match in _CHANGE_VERB.finditer(w, left, start):
        last = match
    return (last.start(), last.end()) if last else None


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
