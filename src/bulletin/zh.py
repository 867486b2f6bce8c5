"""Find the figures in Chinese prose: the same columns as :mod:`bulletin.figures`.

:func:`scan_zh` takes Chinese text (simplified or traditional script) and returns every
figure in it as a :class:`~bulletin.figures.Figure` (``start, end, text, value,
qualifier, low, high, kind, noun``), and every numeral that is not a figure as a
:class:`~bulletin.figures.Rejection` with its reason. :func:`find_figures_zh` returns the
figures only; :func:`parse_figure` reads the single figure of a short phrase.

What it reads
-------------
- Arabic digits, half- or full-width, with 百/千/万/亿 (萬/億): ``3.7万`` = 37000,
  ``383万`` = 3830000, ``5千`` = 5000, ``3,900``.
- Chinese numerals: ``十六``, ``一千二百``, ``两``/``兩``, ``一千零五``, ``二〇二一``,
  ``一万二`` (= 12000), ``三点七万``, and the financial forms (``壹仟贰佰``).
- Qualifiers: 余/餘 and 多 after the number, before or after 万 (``3.7万余``,
  ``300余万``) -> ``more_than``; 近/将近/接近 -> ``nearly``; 约/大约 -> ``about``;
  超过/逾 -> ``more_than``; 至少/不少于 -> ``at_least``; 不足/不到 -> ``less_than``;
  多达/最多 -> ``up_to``; and after the measure word 以上 -> ``at_least``, 左右 ->
  ``about``, 以下/以内 -> ``up_to``. ``low``/``high`` follow
  :func:`bulletin.readings.figure_range`, as in English: ``3900余`` is [3900, 4000)
  under ``step`` and [3900, inf) under ``bound``.
- Percentages: ``10.7%``, ``10.7％``, ``百分之十``: kind ``percent``.
- Years and dates: ``2021年`` is kind ``year``; ``10月14日``, ``2021年10月14日``,
  ``14日``, ``2021-10-14`` are kind ``date``. A date's ``value`` is its day of the month
  (its month when no day is given), as the English finder's ``October 14`` is 14.
- Durations: a number before 年 (not a calendar year), 个月, 天, 小时, 周 ...: kind
  ``duration``, the unit is the ``noun``.

The measure word (起, 名, 人次, 个, 家, 张, 台, 款, 条, ...) is the ``noun``; the longest
one wins, so 人次 beats 人 and 家次 beats 家.

The span
--------
``start``/``end`` index into the given text. The span covers the number with its
qualifier, whichever side the qualifier is on (``近3000``, ``3900余``, ``3.7万余``,
``300余万``, ``百分之十``, ``10.7%``), but not the measure word: in ``3900余起`` the span
is ``3900余``. Only when the qualifier comes *after* the measure word (``1000名以上``)
does the span run over the measure word, so that it still holds the qualifier. Years and
dates cover the whole calendar expression with its 年/月/日.

What is not a figure
--------------------
Rejections carry one of these reasons: a number in a short quoted name (“净网2021”); a
number glued to a name (净网2021专项行动); an ordinal (第4年, 第四方); a list marker (一是,
二、, （一）); an "N大" set name (十大会战); a vague amount (数十万, 十几, 两三个, 三四百); a word or idiom
(零容忍, 零部件, 十分, 一次性; 一起 "together" unless a 案 follows); part of a web
address, code or Latin word; a clock time. A lone Chinese digit that no measure word
follows (进一步, 两岸), or that sits in a word (统一部署), is part of a word and is not
reported at all.

Measured: library or hand-written?
----------------------------------
cn2an 0.5.24 (``cn2an.cn2an(s, "smart")``, its most lenient mode; ``strict`` and
``normal`` refuse ``3.7万``) was compared with the hand-written :func:`chinese_number` /
:func:`arabic_value`, Python 3.11, on a shared, busy machine:

- 30 Chinese numeral forms (十六, 一千二百, 两千, 〇, 零, 一千零五, 二〇二一, 一万二,
  一亿二千万, 三萬七千, 兩千, 三億, 一万零一, 零点五, 三点七万, 壹仟贰佰, ...): hand-written
  30/30, cn2an 29/30 (it refuses 三点七万).
- 8 Arabic forms with a scale (3.7万, 383万, 1.66万, 5千, 54亿, 2.2亿, 1.66萬, full-width
  １６): hand-written 8/8, cn2an 7/8 (it returns the float ``16.0`` for １６).
- A sweep of 3,996 forms 0.1万 .. 99.99亿: both 0 wrong.
- Neither reads 余/多 inside a numeral (cn2an refuses ``3.7万余`` and ``三百余万``), so
  they are stripped first either way.
- Time per call, best of 4 runs: 一千二百 3.8 µs hand-written vs 24.2 µs cn2an; 3.7万
  1.9 vs 7.8 µs; 九千九百九十九万九千九百九十九 6.4 vs 37.1 µs. Importing cn2an takes
  0.24-0.37 s and brings two packages (cn2an, proces).
- cn2an does not report where a numeral is (no offsets), so finding numerals, qualifiers,
  measure words and spans needs the regular expressions below in any case.

So the conversion is hand-written and no dependency is added. A whole :func:`scan_zh` of
the 1,600-character source 01 takes about 1.4 ms.

Examples
--------
>>> [(f.text, f.value, f.qualifier, f.noun) for f in find_figures_zh("侦破案件3900余起，抓获4.9万名。")]
[('3900余', 3900, 'more_than', '起'), ('4.9万', 49000, 'exact', '名')]
>>> f = parse_figure("3900余起", reading="bound")
>>> f.low, f.high
(3900, inf)
>>> [(r.text, r.reason) for r in scan_zh("“净网2021”专项行动").rejections]
[('2021', 'part of a quoted name')]
"""

from __future__ import annotations

import re
from decimal import Decimal

from .errors import BulletinError
from .figures import Figure, Rejection, Scan
from .readings import DEFAULT_READING, check_reading, figure_range

__all__ = ["arabic_value", "chinese_number", "find_figures_zh", "measure_word", "parse_figure",
           "scan_zh"]

# --- numerals -------------------------------------------------------------------------

DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3,
    "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9,
}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
SCALES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
MULTIPLIERS = {**UNITS, **SCALES}

#: Qualifiers written before the number, mapped to the qualifier id.
QUALIFIERS_BEFORE = {
    "将近": "nearly", "將近": "nearly", "接近": "nearly", "近": "nearly",
    "大约": "about", "大約": "about", "约": "about", "約": "about",
    "超过": "more_than", "超過": "more_than", "逾": "more_than", "超": "more_than",
    "至少": "at_least", "最少": "at_least", "不少于": "at_least", "不少於": "at_least",
    "不低于": "at_least", "不低於": "at_least",
    "不足": "less_than", "不到": "less_than", "不满": "less_than", "不滿": "less_than",
    "多达": "up_to", "多達": "up_to", "高达": "up_to", "高達": "up_to",
    "最多": "up_to", "至多": "up_to",
}
#: A one-character qualifier does not count after these characters (最近, 公约, 赶超).
_NOT_QUALIFIER_AFTER = {
    "近": set("最附靠临臨贴貼亲親就远遠"),
    "约": set("公条條合契签簽预預节節制相邀婉"),
    "約": set("公条條合契签簽预預节節制相邀婉"),
    "超": set("赶趕高"),
}
#: Qualifiers written right after the number: 3900余, 20多.
QUALIFIERS_IN = {"余": "more_than", "餘": "more_than", "多": "more_than"}
#: Qualifiers written after the measure word: 1000名以上.
QUALIFIERS_AFTER = {
    "以上": "at_least", "左右": "about", "以下": "up_to", "以内": "up_to", "以內": "up_to",
}

#: Measure words of counts; the longest match wins (人次 over 人).
MEASURE_WORDS = (
    "个百分点", "個百分點", "百分点", "百分點", "人次", "家次", "美元", "公斤", "千克",
    "名", "人", "起", "个", "個", "家", "张", "張", "台", "臺", "款", "套", "件", "条",
    "條", "部", "类", "類", "种", "種", "次", "户", "戶", "处", "處", "只", "隻", "辆",
    "輛", "份", "篇", "项", "項", "组", "組", "批", "元", "间", "間", "座", "枚", "支",
    "箱", "吨", "噸", "位", "宗", "单", "單", "笔", "筆", "例", "层", "層", "道", "场",
    "場", "轮", "輪", "架", "艘", "本", "册", "冊", "页", "頁", "亩", "畝",
)
#: Units of durations; the unit is the figure's noun.
TIME_UNITS = (
    "个小时", "個小時", "个星期", "個星期", "个月", "個月", "小时", "小時", "星期",
    "分钟", "分鐘", "年", "天", "日", "周", "週", "秒",
)

_AR_DIGITS = "0-9０-９"
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
_CN_DIGITS = "".join(DIGITS)
_CN_UNITS = "".join(UNITS)
_CN_SCALES = "".join(SCALES)

_AR = rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?![0-9])|[{_AR_DIGITS}]+(?:[.．][{_AR_DIGITS}]+)?)"
_CN = (rf"(?:[{_CN_DIGITS}十拾][{_CN_DIGITS}{_CN_UNITS}{_CN_SCALES}]*"
       rf"(?:[点點][{_CN_DIGITS}]+)?)")
_SP = "[ \u3000]?"
_TOKEN = re.compile(
    rf"(?P<pw>百分之)?(?P<core>{_AR}|{_CN})(?:{_SP}(?P<q1>[余餘多]))?"
    rf"(?P<scale>(?:[百千](?!分)|[{_CN_SCALES}])+)?(?:{_SP}(?P<q2>[余餘多]))?"
    rf"(?:{_SP}(?P<pct>[%％]))?"
)
_Y = rf"(?:[{_AR_DIGITS}]{{4}}|[〇零一二三四五六七八九]{{4}})"
_MD = rf"(?:[{_AR_DIGITS}]{{1,2}}|[一二三四五六七八九十]{{1,3}})"
_DATE = re.compile(
    rf"(?P<y>{_Y})年(?:(?P<m>{_MD})月(?:(?P<d>{_MD})[日号號])?)?"
    rf"|(?<![{_AR_DIGITS}])(?P<iy>[0-9]{{4}})-(?P<im>[0-9]{{1,2}})-(?P<id>[0-9]{{1,2}})(?![0-9])"
    rf"|(?<![{_AR_DIGITS}{_CN_DIGITS}十])(?P<m2>{_MD})月(?:(?P<d2>{_MD})[日号號])?"
    rf"|(?<![{_AR_DIGITS}.])(?P<d3>[{_AR_DIGITS}]{{1,2}})[日号號]"
)
_CLOCK = re.compile(r"(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])")
_QUOTES = re.compile(r"“[^“”\n]{1,16}”|「[^「」\n]{1,16}」|『[^『』\n]{1,16}』|\"[^\"\n]{1,16}\"")
_QUALIFIER_BEFORE = re.compile(
    rf"(?:{'|'.join(sorted(QUALIFIERS_BEFORE, key=len, reverse=True))})$"
)
_MEASURE = re.compile(rf"[ \u3000]?(?:{'|'.join(sorted(MEASURE_WORDS, key=len, reverse=True))})")
_TIME_UNIT = re.compile(rf"(?:{'|'.join(sorted(TIME_UNITS, key=len, reverse=True))})")
_QUALIFIER_AFTER = re.compile(rf"(?:{'|'.join(QUALIFIERS_AFTER)})")

#: Words that start with a numeral character but hold no figure.
IDIOMS = (
    "零容忍", "零部件", "零件", "零售", "零星", "零距离", "零距離", "十分", "十足",
    "一次性", "一条龙", "一條龍", "一部分", "一大批", "一道",
)
#: Words in which a Chinese digit is not a number (统一部署: 一 is not "one 部").
DIGIT_WORDS = frozenset(
    "统一 統一 唯一 之一 同一 单一 單一 逐一 万一 萬一 专一 專一 不一 划一 劃一 合一".split()
)
#: Words that start with a measure-word character but are not one (部署, 处罚, 条件).
NOT_MEASURE = (
    "部署", "部门", "部門", "部分", "处罚", "處罰", "处理", "處理", "处置", "處置", "批准",
    "条件", "條件", "条例", "條例", "台湾", "臺灣", "台灣", "次要", "道路", "种类", "種類",
)
_VAGUE_BEFORE = set("数數几幾")
_TWO_DIGITS = re.compile(f"[{_CN_DIGITS.replace('〇', '').replace('零', '')}]{{2}}")  # 两三, 三四百
#: Characters after which a bare 2021 is a year (截至2021, 于2021), not a name (净网2021).
_BEFORE_BARE_YEAR = set("至于於在从從自到和与與及是为為的今前后後即")
_VAGUE_AFTER = set("几幾来來")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def _plain(number: Decimal) -> int | float:
    return int(number) if number == number.to_integral_value() else float(number)


def _chinese_decimal(numeral: str) -> Decimal:
    """The value of a Chinese numeral (no qualifier) as a ``Decimal``."""
    whole, _, fraction = numeral.replace("點", "点").partition("点")
    if fraction:
        scale_part = fraction.lstrip(_CN_DIGITS)
        digits = fraction[: len(fraction) - len(scale_part)]
        number = _whole_chinese(whole) + Decimal("0." + "".join(str(DIGITS[c]) for c in digits))
        for char in scale_part:
            number *= SCALES[char]
        return number
    return _whole_chinese(whole)


def _whole_chinese(numeral: str) -> Decimal:
    """A whole Chinese numeral: positional (二〇二一) or with units (一千零五, 一万二)."""
    if all(char in DIGITS for char in numeral):
        return Decimal("".join(str(DIGITS[c]) for c in numeral))
    total, section, digit = 0, 0, None
    previous_unit, after_zero = None, False
    for char in numeral:
        if char in DIGITS:
            if DIGITS[char] == 0:
                after_zero = True
            digit = DIGITS[char]
        elif char in UNITS:
            section += (1 if digit is None else digit) * UNITS[char]
            digit, previous_unit, after_zero = None, UNITS[char], False
        else:  # 万 or 亿
            scale = SCALES[char]
            if scale > total and total:
                total = (total + section + (digit or 0)) * scale
            else:
                total += (section + (digit or 0)) * scale
            section, digit, previous_unit, after_zero = 0, None, scale, False
    if digit is not None:
        # 一万二 = 12000, 一千二 = 1200; but 一千零二 = 1002 and 三十二 = 32.
        if previous_unit and previous_unit > 10 and not after_zero:
            digit *= previous_unit // 10
        section += digit
    return Decimal(total + section)


def chinese_number(numeral: str) -> int | float:
    """The value of a Chinese numeral, in simplified, traditional or financial script.

    Parameters
    ----------
    numeral
        The numeral alone, without qualifier or measure word: 十六, 一千二百, 两, 〇,
        二〇二一 (read digit by digit), 一万二 (= 12000), 三点七万, 一亿二千万, 三萬七千.

    Examples
    --------
    >>> chinese_number("十六"), chinese_number("一千二百"), chinese_number("兩")
    (16, 1200, 2)
    >>> chinese_number("一千零五"), chinese_number("二〇二一"), chinese_number("一万二")
    (1005, 2021, 12000)
    >>> chinese_number("三点七万"), chinese_number("一亿二千万"), chinese_number("零点五")
    (37000, 120000000, 0.5)
    """
    if not numeral or any(c not in DIGITS and c not in MULTIPLIERS and c not in "点點"
                          for c in numeral):
        raise BulletinError(f"not a Chinese numeral: {numeral!r}")
    return _plain(_chinese_decimal(numeral))


def _core_decimal(core: str) -> Decimal:
    if core[0] in _CN_DIGITS or core[0] in "十拾":
        return _chinese_decimal(core)
    return Decimal(core.translate(_FULL_WIDTH).replace(",", ""))


def arabic_value(core: str, scale: str = "") -> int | float:
    """The value of an Arabic numeral (half- or full-width) times its 百/千/万/亿 scale.

    Examples
    --------
    >>> arabic_value("3.7", "万"), arabic_value("383", "万"), arabic_value("1.66", "萬")
    (37000, 3830000, 16600)
    >>> arabic_value("１６"), arabic_value("3,900"), arabic_value("2.2", "亿")
    (16, 3900, 220000000)
    """
    return _plain(_scaled(_core_decimal(core), scale))


def _scaled(number: Decimal, scale: str | None) -> Decimal:
    for char in scale or "":
        number *= MULTIPLIERS[char]
    return number


# --- context --------------------------------------------------------------------------


def _qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """The qualifier written just before ``start``, as (qualifier id, its start)."""
    match = _QUALIFIER_BEFORE.search(text, max(0, start - 4), start)
    if not match:
        return None
    word = match.group()
    if word in _NOT_QUALIFIER_AFTER and match.start() > 0:
        if text[match.start() - 1] in _NOT_QUALIFIER_AFTER[word]:
            return None
    return QUALIFIERS_BEFORE[word], match.start()


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


def _in_quote(start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    for q_start, q_end in quotes:
        if q_start < start and end < q_end:
            return q_start, q_end
    return None


def measure_word(text: str, position: int) -> str:
    """The measure word (or time unit) that starts at ``position``, or ``""``.

    Examples
    --------
    >>> measure_word("390余人次。", 4), measure_word("4个", 1), measure_word("10个月来", 2)
    ('人次', '个', '个月')
    >>> measure_word("统一部署", 2)
    ''

    """
    if any(text.startswith(word, position) for word in NOT_MEASURE):
        return ""
    unit = _TIME_UNIT.match(text, position)
    measure = _MEASURE.match(text, position)
    if unit and (not measure or unit.end() >= measure.end()):
        return unit.group()
    return measure.group().strip(" \u3000") if measure else ""


def _list_marker(text: str, start: int, end: int, core: str) -> bool:
    """一是, 二、, （一）, 1. at the start of a line."""
    after = text[end : end + 1]
    before = text[start - 1 : start] if start else ""
    if before in "（(" and after in "）)" and before and after:
        return True
    if core[0] in _CN_DIGITS and len(core) <= 2 and after == "是":
        return True
    prefix = text[max(0, start - 8) : start].rstrip(" \u3000\t")
    line_start = (not prefix and start <= 8) or prefix[-1:] in ("\n", "。", "；", ";", "：", ":")
    if not line_start:
        return False
    return after == "、" or (after in ".．" and not text[end + 1 : end + 2].isdigit())


def _code_like(text: str, start: int, end: int, has_unit: bool) -> bool:
    """Digits in a web address (also %E4%BD), a file name, a model number or a Latin word."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before and before in "/_=?&#\\.-%":
        return True
    if text[end - 1 : end] == "%" and after and after.isalnum():
        return True
    if _LATIN.fullmatch(before or " ") and not has_unit:
        return True
    if after and (_LATIN.fullmatch(after) or after in "/_\\"):
        return True
    follow = text[end : end + 2]
    return len(follow) == 2 and follow[0] in ".-:" and (follow[1].isalnum())


def _idiom(text: str, start: int) -> str | None:
    for idiom in IDIOMS:
        if text.startswith(idiom, start):
            return idiom
    if text.startswith("一起", start):
        clause = re.split(r"[，。；,;！？!?\n]", text[start + 2 : start + 30], maxsplit=1)[0]
        if "案" not in clause:
            return "一起"
    return None


# --- the scan -------------------------------------------------------------------------


def _date_figure(text: str, match: re.Match) -> Figure | None:
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
    if _qualifier_before(text, match.start()):
        return None
    if text[match.start() - 1 : match.start()] == "/" or text[match.end() : match.end() + 1] == "/":
        return None  # part of a web address
    if year is not None and not 1000 <= _core_decimal(year) <= 2999:
        return None
    if month is not None and not 1 <= _core_decimal(month) <= 12:
        return None
    if day is not None and not 1 <= _core_decimal(day) <= 31:
        return None
    last = day or month or year
    value = _plain(_core_decimal(last))
    kind = "year" if month is None and day is None else "date"
    return Figure(match.start(), match.end(), match.group(), value, "exact", value, value,
                  kind, "")


def scan_zh(text: str, reading: str = DEFAULT_READING) -> Scan:
    """Find every figure in Chinese ``text``, and every numeral that is not one, with a reason.

    Parameters
    ----------
    text
        Chinese text, simplified or traditional; it may hold Latin words and addresses.
    reading
        ``"step"`` (default) or ``"bound"``: how ``low``/``high`` read 余, 近 and the
        other qualifiers; see :mod:`bulletin.readings`.

    Returns
    -------
    Scan
        ``figures`` and ``rejections``, each in text order.

    Examples
    --------
    >>> s = scan_zh("2021年“净网2021”行动侦破案件3.7万余起,同比增长10.7%。")
    >>> for f in s.figures:
    ...     print(f.start, f.end, f.text, f.value, f.qualifier, f.low, f.high, f.kind, f.noun or "-")
    0 5 2021年 2021 exact 2021 2021 year -
    19 24 3.7万余 37000 more_than 37000 38000 count 起
    30 35 10.7% 10.7 exact 10.7 10.7 percent -
    >>> [(r.start, r.text, r.reason) for r in s.rejections]
    [(8, '2021', 'part of a quoted name')]
    """
    check_reading(reading)
    figures: list[Figure] = []
    rejections: list[Rejection] = []
    taken: list[tuple[int, int]] = []
    quotes = _quote_spans(text)
    for match in _DATE.finditer(text):
        if _in_quote(match.start(), match.end(), quotes):
            continue
        figure = _date_figure(text, match)
        if figure:
            figures.append(figure)
            taken.append((figure.start, figure.end))
    for match in _CLOCK.finditer(text):
        rejections.append(Rejection(match.start(), match.end(), match.group(), "clock time"))
        taken.append((match.start(), match.end()))
    for match in _TOKEN.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        result = _token(text, match, quotes, reading)
        if isinstance(result, Figure):
            figures.append(result)
        elif isinstance(result, Rejection):
            rejections.append(result)
    figures.sort(key=lambda f: f.start)
    rejections.sort(key=lambda r: r.start)
    return Scan(figures, rejections)


def _rejection(text: str, match: re.Match, quotes, has_unit: bool) -> str | None:
    """Why a numeral token is not a figure, or None when it is one (or is silently a word)."""
    core, start, end = match.group("core"), match.start("core"), match.end()
    before = text[start - 1] if start else ""
    chinese = core[0] not in _AR_DIGITS and not core[0].isdigit()
    quote = _in_quote(start, end, quotes)
    if quote and not has_unit and not match.group("pw"):
        return "part of a quoted name"
    if before == "第":
        return "ordinal"
    if _list_marker(text, start, match.end("core"), core):
        return "list marker"
    if not chinese and _code_like(text, start, end, has_unit):
        return "part of a web address, code or Latin word"
    if chinese:
        idiom = _idiom(text, start)
        if idiom:
            return f"part of a word or idiom ({idiom})"
        if text[match.end("core") : match.end("core") + 1] == "大" and not has_unit:
            return "part of a set name such as 十大 ('the ten major')"
        if core in ("零", "〇"):
            return "a lone 零 is part of a word, not a count"
    if (before in _VAGUE_BEFORE or text[end : end + 1] in _VAGUE_AFTER
            or (chinese and _TWO_DIGITS.search(core))):
        return "a vague amount (数十, 十几, 三四百)"
    if (_bare_year(core, has_unit) and _CJK.fullmatch(before or " ")
            and before not in _BEFORE_BARE_YEAR):
        return "part of a name such as 净网2021"
    return None


def _bare_year(core: str, has_unit: bool) -> bool:
    """Four Arabic digits from 1900 to 2100 with no unit: a year or a name's number."""
    return not has_unit and re.fullmatch(r"[0-9]{4}", core) is not None and (
        1900 <= int(core) <= 2100)


def _token(text: str, match: re.Match, quotes, reading: str) -> Figure | Rejection | None:
    """Turn one numeral token into a figure, a rejection, or nothing (part of a word)."""
    core, end = match.group("core"), match.end()
    start = match.start()
    in_qualifier = match.group("q1") or match.group("q2")
    percent = bool(match.group("pw") or match.group("pct"))
    noun = "" if percent else measure_word(text, end)
    has_unit = bool(noun or percent or match.group("scale") or in_qualifier)
    reason = _rejection(text, match, quotes, has_unit)
    if reason:
        return Rejection(match.start("core"), match.end("core"), core, reason)
    chinese = core[0] in _CN_DIGITS or core[0] in "十拾"
    if chinese and text[start - 1 : start + 1] in DIGIT_WORDS:
        return None  # 统一部署: the digit is inside a word
    if chinese and not has_unit and not any(c in MULTIPLIERS for c in core):
        return None  # 进一步, 两岸: a Chinese digit that counts nothing
    value = _scaled(_core_decimal(core), match.group("scale"))
    qualifier = "exact"
    if in_qualifier:
        qualifier = QUALIFIERS_IN[in_qualifier]
    before = _qualifier_before(text, start)
    after_at = end + len(noun) if noun else end
    after = _QUALIFIER_AFTER.match(text, after_at)
    if qualifier == "exact" and before:
        qualifier, start = before
    elif qualifier == "exact" and after:
        qualifier, end = QUALIFIERS_AFTER[after.group()], after.end()
    kind = "percent" if percent else "count"
    if noun and _TIME_UNIT.fullmatch(noun):
        kind = "duration"
    elif qualifier == "exact" and _bare_year(core, has_unit):
        kind = "year"  # 2021全年, as the English finder reads a bare 2021
    low, high = figure_range(value, qualifier, reading)
    return Figure(start, end, text[start:end], _plain(value), qualifier, low, high, kind, noun)


def find_figures_zh(text: str, reading: str = DEFAULT_READING) -> list[Figure]:
    """Every figure in Chinese ``text``, in order; see :func:`scan_zh` for the rejections.

    Examples
    --------
    >>> [(f.value, f.qualifier, f.noun) for f in find_figures_zh("扣押手機黑卡300餘萬張、設備1萬餘臺")]
    [(3000000, 'more_than', '張'), (10000, 'more_than', '臺')]
    """
    return scan_zh(text, reading).figures


def parse_figure(phrase: str, reading: str = DEFAULT_READING) -> Figure:
    """The one figure in a short Chinese phrase such as ``3900余起``.

    Raises
    ------
    BulletinError
        When the phrase holds no figure, or more than one.

    Examples
    --------
    >>> f = parse_figure("近3000起")
    >>> f.text, f.value, f.qualifier, f.low, f.high, f.noun
    ('近3000', 3000, 'nearly', 2000, 3000, '起')
    >>> parse_figure("净网2021")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    bulletin.errors.BulletinError: no figure in '净网2021' (2021: part of a name ...
    """
    result = scan_zh(phrase, reading)
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
