"""Chinese numerals: the working text, the numeral patterns, and their values.

:func:`chinese_number` reads a numeral alone (十六, 一千零五, 三点七万, 5万4千6百, 壹佰贰拾叁),
:func:`arabic_value` digits with a scale (3.7万). The patterns here (:data:`CORE`) are what
:mod:`bulletin.figures.zh` matches numerals with; the digits, units and scales come from
``zh/numerals.toml`` through :mod:`bulletin.lexicon.zh_grammar`.

Examples
--------
>>> chinese_number("三点七万"), arabic_value("3.7", "万")
(37000, 37000)
>>> read_core("三四百", pairs=True)
(Decimal('300'), Decimal('400'))
"""

from __future__ import annotations

import re
from decimal import Decimal

from bulletin.errors import BulletinError
from bulletin.lexicon import zh_grammar as G
from bulletin.text.script import to_simplified

__all__ = ["arabic_value", "chinese_number"]

# --- the working text -------------------------------------------------------------------

_FOLD = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "．": ".", "％": "%", "－": "-", "−": "-", "＋": "+",
})


def working(text: str) -> str:
    """The text to match: simplified script, ASCII digits; the same length as ``text``."""
    return to_simplified(text).translate(_FOLD)


# --- the regular expressions, built once from the grammar -------------------------------

def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


CN_DIGITS = "".join(G.DIGITS)
#: The characters of zero (〇, 零, ○).
ZEROS = "".join(char for char, value in G.DIGITS.items() if value == 0)
_MULTIPLIERS = {**G.UNITS, **G.SCALES}
MULT_CHARS = "".join(_MULTIPLIERS) + "".join(G.TENS)


def _multiplier_pattern() -> str:
    parts = []
    for char in MULT_CHARS:
        banned = G.NOT_AFTER_MULTIPLIER.get(char)
        parts.append(re.escape(char) + (f"(?!{alternation(banned)})" if banned else ""))
    return "(?:" + "|".join(parts) + ")"


MULTIPLIER = _multiplier_pattern()
SPACE = "[ \u3000]?"
_AR = r"(?:[0-9]{1,3}(?:[,，][0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?"
_CNR = rf"[{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?"
MEASURE_ALT = alternation(G.MEASURE_WORDS)
_SPACED = (rf"(?<![0-9.,])[0-9](?:[ \u3000][0-9]){{2,}}(?![0-9.,])"
           rf"|(?<![0-9.,])[0-9][ \u3000][0-9](?=[ \u3000]?(?:[余多万亿千百%]|{MEASURE_ALT}))")
#: A unit or scale and the digits after it; a space may stand before the unit and, before a
#: single digit, after it, as OCR and typists print numerals (7 万5 千4 百, 一百 五 十 二).
_AFTER_M = (rf"(?:[ \u3000]?{MULTIPLIER}+(?:{_AR}|{_CNR}|点[{CN_DIGITS}]+"
            rf"|[ \u3000](?:[0-9](?![0-9.,])|[{CN_DIGITS}](?![{CN_DIGITS}点])))?)")
CORE = rf"(?:{_SPACED}|(?:{_AR}|{_CNR}){_AFTER_M}*|{_AFTER_M}+)"
_FRACTION = re.compile(rf"([0-9]+|[{CN_DIGITS}十百千万]+)分之(.+)")
_ELEMENT = re.compile(
    rf"(?P<ar>[0-9][0-9,，]*(?:\.[0-9]+)?)|(?P<cn>[{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?)"
    rf"|(?P<pt>点[{CN_DIGITS}]+)|(?P<m>[{MULT_CHARS}])"
)


# --- numerals ---------------------------------------------------------------------------


def as_number(number: Decimal) -> int | float:
    return int(number) if number == number.to_integral_value() else float(number)


def _digit_string(run: str) -> str:
    return "".join(str(G.DIGITS[c]) for c in run)


def _number_item(text: str) -> tuple[Decimal, bool, int]:
    """An Arabic or Chinese number without units: (value, one digit?, leading zeros)."""
    if text[0].isdigit():
        plain = text.replace(",", "").replace("，", "")
        return Decimal(plain), len(plain) == 1, 0
    whole, _, fraction = text.partition("点")
    zeros = len(whole) - len(whole.lstrip(ZEROS))
    value = Decimal(_digit_string(whole) or "0")
    if fraction:
        value += Decimal("0." + _digit_string(fraction))
    return value, len(whole) == 1 and not fraction, zeros


#: The longest numeral read as a count (as in the English finder): longer runs are codes.
MAX_CORE = 40


def read_core(core: str, pairs: bool = False) -> tuple[Decimal, Decimal] | None:
    """The value of a numeral as ``(low, high)``: equal, or the two ends of 三四百.

    Two digits alone (两三, 一二) are a pair only when ``pairs`` is true (a measure word
    follows); else they are read one by one. Returns None when the characters make no
    numeral (三四五百, 3一).
    """
    core = core.replace(" ", "").replace("\u3000", "")
    if not core or len(core) > MAX_CORE:
        return None  # a run of 40 signs and more is a code, no count
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
            digits = whole.lstrip(ZEROS)
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
    after_scale = False  # the item before was a scale: 万万 and 亿万 multiply
    for kind, item in items:
        scale_before, after_scale = after_scale, False
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
            after_scale = True
            if scale_before and group == 0:
                total *= scale  # 一万万 = 10^8, 亿万 = 10^12
            elif total and scale > total:
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
        kind ``percent`` holds it), 三分之一 (= 1/3), 三成 and 七折 (tenths, read as percent:
        30, 70), 一万万 (= 10^8), 一百 五 十 二 (spaced out, = 152).

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
    text = working((numeral or "").strip())
    negative = text.startswith(G.NEGATIVE) or text.startswith("-")
    if negative:
        text = text[1:]
    tenths = text[-1:] in G.TENTHS and len(text) > 1
    if tenths:
        text = text[:-1]  # 三成, 七折: tenths, read as percent (30, 70)
    fraction = _FRACTION.fullmatch(text)
    if fraction:
        den, num = _one_value(fraction.group(1), numeral), _one_value(fraction.group(2), numeral)
        value = num if den == 100 else num / den
    else:
        value = _one_value(text, numeral)
    if tenths:
        value *= 10
    return as_number(-value if negative else value)


def _one_value(text: str, numeral: str) -> Decimal:
    if not text or not re.fullmatch(CORE, text):
        raise BulletinError(f"not a Chinese numeral: {numeral!r}")
    read = read_core(text)
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
    return as_number(scaled(number, working(scale)))


def scaled(number: Decimal, scale: str) -> Decimal:
    for char in scale or "":
        number *= _MULTIPLIERS.get(char) or G.TENS[char]
    return number
