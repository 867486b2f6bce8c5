"""The number expressions of English text, before they are read as figures.

:func:`find_atoms` finds every numeral, number word, money amount, scale, percentage, fraction
and "hundreds of" in a text as an :class:`Atom` (its span, value and the parts written
around it); :mod:`bulletin.figures.en` then qualifies them, joins ranges and reads them as
figures. The words come from ``en/numbers.toml`` and ``en/words.toml``.

Examples
--------
>>> text = "about 3.83 million and two-thirds"
>>> [(text[a.start:a.end], float(a.value)) for a in find_atoms(text, [], [])]
[('3.83 million', 3830000.0), ('two-thirds', 0.6666666666666666)]
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from bulletin.lexicon.load import table
from bulletin.lexicon.numberwords import (
    CARDINAL_WORDS, DOZEN, FRACTION_WORDS, HUNDRED, NUMBER_WORDS_PATTERN, ORDINALS, SCALES,
    UNITS, words_to_number,
)

_WORDS = table("en", "words")
_NOT_AMOUNT_WORDS = _WORDS["not_amounts"]
TIME_UNITS: tuple[str, ...] = tuple(_WORDS["calendar"]["time_units"])

_SYMBOLS = "$€£¥₹₩"
_CURRENCY = (
    rf"(?P<cur>(?:(?:US|A|AU|C|CA|NZ|HK|S|NT|R)\s?)?[{_SYMBOLS}](?:US|AU|A|C|NZ|HK|S)?"
    r"|(?:USD|EUR|GBP|AUD|CAD|NZD|HKD|SGD|JPY|CNY|RMB|INR|CHF|ZAR|RM|Rs\.?)(?=\s?[\d.]))\s?"
)
_SIGN = rf"(?P<sign>[-−](?=[{_SYMBOLS}]?\.?\d)|\+(?=\d)|(?i:minus)[\s\-]+)"
_DIGITS = (
    r"(?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
    r"(?P<vulgar>[½¼¾⅓⅔⅛⅜⅝⅞])?"
)
_GLUED = (
    r"(?P<glued>bn|mn|mln|mil|mio|trn|tn|k|K|b|B|m|M|pct|pc"
    r"|[A-Za-zµ°Ω][A-Za-z°µ]{0,5}[23²³]?(?:/[A-Za-z]{1,4}[23²³]?)?)"
)
_SCALE_WORDS = "hundred|thousand|million|billion|trillion|dozen|bn|mn|mln|bln"
_PERCENT = (
    r"(?P<percent>\s?%|\s*(?i:per[ \-]?cent|percent|pct)\b"
    r"|\s+(?i:percentage[ \-]points?)\b)"
)
_MASTER = re.compile(
    rf"{_SIGN}?(?:{_CURRENCY})?(?P<sign2>[-−](?=\.?\d))?"
    rf"(?:{_DIGITS}(?:{_GLUED}(?![\w])|(?![\w]))|(?P<words>(?i:{NUMBER_WORDS_PATTERN})))"
    rf"(?P<half>\s+(?i:and\s+(?:a\s+)?half)\b)?"
    rf"(?P<scales>(?:[ \-]+(?i:{_SCALE_WORDS})\b)*)"
    rf"{_PERCENT}?"
)
_GLUED_SCALES: dict[str, int] = dict(_WORDS["scales"]["glued"])
_SPOKEN_SCALES = {**SCALES, **DOZEN, **HUNDRED, **_WORDS["scales"]["spoken"]}
_VULGAR = {"½": "0.5", "¼": "0.25", "¾": "0.75", "⅓": "1/3", "⅔": "2/3", "⅛": "0.125",
           "⅜": "0.375", "⅝": "0.625", "⅞": "0.875"}
_SMALL_WORDS = "|".join(sorted((w for w in UNITS if w != "zero"), key=len, reverse=True))
_FRACTION = re.compile(
    rf"(?i:(?P<num>an?|{_SMALL_WORDS}|\d+)(?P<sep>[ \-]+)"
    rf"(?P<den>{'|'.join(sorted(FRACTION_WORDS, key=len, reverse=True))})\b)"
    r"(?P<of>\s+of\b)?"
)
_ONE_IN = re.compile(
    rf"(?i:(?P<num>{_SMALL_WORDS}|\d+)\s+(?:in|out\s+of)\s+(?P<den>{_SMALL_WORDS}|\d+)\b)"
    r"(?![.,]\d)"
)
_SLASH = re.compile(r"(?P<num>\d+)\s?[/⁄]\s?(?P<den>\d+)(?![\w/]|[.,]\d)")
_HALF = re.compile(r"(?i:half(?:\s+an?\s+(?P<scale>hundred|thousand|million|billion|dozen))?)\b")
_PLURAL_SCALE = re.compile(
    r"(?i:(?:(?P<mult>tens|hundreds|dozens)\s+of\s+)?"
    r"(?P<scale>dozens|hundreds|thousands|millions|billions|trillions))\s+of\b"
)
_PLURAL_BASE: dict[str, int] = dict(_WORDS["scales"]["plural"])
TIME_UNIT_AFTER = re.compile(rf"^(?:\s+|-)(?P<unit>{'|'.join(TIME_UNITS)})s?\b", re.IGNORECASE)
_CANDIDATE = re.compile(rf"[{_SYMBOLS}]|[-−+](?=[{_SYMBOLS}]?\.?\d)|\.?\d+|[A-Za-z]+")
#: A run of more digits than this is a code, not an amount.
_MAX_DIGITS = 40
#: How far before or after a number the qualifier and context patterns look, so that
#: each figure costs the same whatever the length of the text (the finder stays linear).
LOOKBEHIND = 40
_CURRENCY_CODES = frozenset(_WORDS["names"]["currency_codes"])
_BARE_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_START_WORDS = frozenset(
    {w.lower() for w in CARDINAL_WORDS} | _CURRENCY_CODES | set(_PLURAL_BASE)
    | {"a", "an", "half", "minus", "dozen"}
)
_ORDINAL_WORDS = frozenset(ORDINALS)


def any_case(words) -> frozenset:
    return frozenset(v for w in words for v in (w, w.capitalize(), w.upper()))


_START_ANYCASE = any_case(_START_WORDS)
#: Start words that are not number words: tried only before a scale or fraction word
#: ("a dozen", "a third") or a numeral ("US $5", "RM 20").
_ARTICLES_AND_CODES = frozenset({"a", "an"} | (_CURRENCY_CODES - set(CARDINAL_WORDS)))
_ARTICLE_NEXT = re.compile(
    rf"[ \-]+(?i:hundred|{'|'.join((*SCALES, *DOZEN, *FRACTION_WORDS))})\b"
)
_CODE_NEXT = re.compile(rf"\s?[{_SYMBOLS}\d.]")
_ORDINAL_ANYCASE = any_case(_ORDINAL_WORDS)
TOKEN_BEFORE_HYPHEN = re.compile(r"\b([A-Za-z]+)-$")
#: Words before "word-" that do not make a compound with a following number ("to-260").
_NOT_COMPOUND = frozenset(_NOT_AMOUNT_WORDS["not_compound"])








class Atom:
    """One number expression, before ranges are joined and figures are built."""

    __slots__ = ("start", "end", "value", "high", "words", "currency", "percent", "unit",
                 "scale", "bare", "reason", "kind", "q_start", "qualifier", "plural")

    def __init__(self, start: int, end: int, value: Decimal, *, words: bool = False,
                 currency: str = "", percent: bool = False, unit: str = "",
                 scale: Decimal | None = None, bare: bool = True, high: Decimal | None = None,
                 plural: bool = False):
        self.start, self.end, self.value, self.high = start, end, value, high
        self.words, self.currency, self.percent, self.unit = words, currency, percent, unit
        self.scale, self.bare, self.plural = scale, bare, plural
        self.reason: str | None = None
        self.kind = "count"
        self.q_start = start
        self.qualifier = "exact"


def as_number(number: Decimal) -> int | float:
    return int(number) if number == number.to_integral_value() else float(number)


def _decimal(written: str) -> Decimal:
    if "/" in written:
        num, den = written.split("/")
        return Decimal(num) / Decimal(den)
    return Decimal(written)


def _number_word(word: str) -> Decimal:
    return Decimal(word) if word.isdigit() else Decimal(words_to_number([word]))


# --- step 2: the number expressions ---------------------------------------------------

def _from_master(text: str, match: re.Match) -> Atom:
    digits, words = match.group("digits"), match.group("words")
    glued = match.group("glued") or ""
    currency = (match.group("cur") or "").strip()
    unit = ""
    scale = None
    if digits and len(digits) > _MAX_DIGITS:
        atom = Atom(match.start(), match.end(), Decimal(0))
        atom.reason = "too many digits for an amount (a code)"
        return atom
    if digits:
        value = Decimal(digits.replace(",", ""))
        if match.group("vulgar"):
            value += _decimal(_VULGAR[match.group("vulgar")])
    else:
        value = Decimal(words_to_number(re.split(r"[\s\-]+(?:and\s+)?", words.strip())))
    if match.group("half"):
        value += Decimal("0.5")
    percent = bool(match.group("percent")) or glued in ("pc", "pct")
    if glued and glued not in ("pc", "pct"):
        if glued in _GLUED_SCALES:
            scale = Decimal(_GLUED_SCALES[glued])
        elif glued in ("b", "B") and currency:
            scale = Decimal(10**9)
        elif glued == "m" and _glued_m_is_million(text, match.start(), match.end(), currency):
            scale = Decimal(10**6)
        elif glued == "s":
            atom = Atom(match.start(), match.end(), Decimal(0))
            atom.reason = "a plural or possessive of a number (a name or a year)"
            return atom
        else:
            unit = glued
    for word in re.findall(r"[A-Za-z]+", match.group("scales") or ""):
        scale = (scale or 1) * _SPOKEN_SCALES[word.lower()]
    if words and scale is None:
        last = re.search(r"(?i)(?:thousand|million|billion|trillion|dozen|hundred)$", words)
        if last:
            scale = Decimal(_SPOKEN_SCALES[last.group().lower()])
            value /= scale  # multiplied back below: "five thousand" is 5 x 1,000
        elif re.search(r"(?i)\b(?:thousand|million|billion|trillion|dozen|hundred)\b", words):
            scale = Decimal(1)
    if scale is not None:
        value *= scale
    sign = (match.group("sign") or "") + (match.group("sign2") or "")
    if "-" in sign or "−" in sign or "minus" in sign.lower():
        value = -value
    bare = not (currency or percent or unit or scale is not None or sign.strip())
    return Atom(match.start(), match.end(), value, words=bool(words), currency=currency,
                 percent=percent, unit=unit, scale=scale, bare=bare)


def _glued_m_is_million(text: str, start: int, end: int, currency: str) -> bool:
    """"$5m" and "35m people" are millions; "a 50m pool" and "37m (121ft)" are metres."""
    if currency:
        return True
    if re.search(r"\ban?\s+$", text[max(0, start - 4) : start], re.IGNORECASE):
        return False
    after = re.match(r"\s+(?:of\s+)?([a-z]+)", text[end : end + 30])
    return bool(after) and after.group(1) not in {
        "long", "high", "wide", "tall", "deep", "away", "above", "below", "from", "in",
        "on", "at", "to", "and", "or", "per", "run", "race", "dash", "sprint", "freestyle",
        "hurdles", "mark", "square", "cubic", "depth", "radius", "diameter", "span",
    }


def _fraction(text: str, match: re.Match) -> Atom | None:
    """"a third of", "two-thirds", "one quarter of"; None for "a third time"."""
    num, den = match.group("num").lower(), match.group("den").lower()
    plural = den.endswith("s") and den not in ("halves",) or den == "halves"
    article = num in ("a", "an")
    numerator = Decimal(1) if article else _number_word(num)
    if den.startswith("half") and not article and numerator == 1 and not match.group("of"):
        return None
    if den.startswith("quarter") and not (match.group("of") or "-" in match.group("sep")):
        return None
    if (article or numerator == 1) and not plural and not match.group("of") \
            and "-" not in match.group("sep") and num != "one":
        return None
    if plural and numerator < 2:
        return None
    end = match.end("den")
    return Atom(match.start(), end, numerator / FRACTION_WORDS[den], bare=False)


def _one_in(text: str, match: re.Match) -> Atom | None:
    """"one in five", "2 out of 3": a share, when the first is smaller."""
    num, den = _number_word(match.group("num").lower()), _number_word(match.group("den").lower())
    if not (1 <= num < den <= 1000) or TIME_UNIT_AFTER.match(text[match.end() : match.end() + LOOKBEHIND]):
        return None
    return Atom(match.start(), match.end(), num / den, bare=False)


def _slash(text: str, match: re.Match) -> Atom:
    """"1/4" is a fraction when the denominator is a usual one; "24/7", "9/11" are not."""
    num, den = int(match.group("num")), int(match.group("den"))
    atom = Atom(match.start(), match.end(), Decimal(num) / Decimal(den) if den else Decimal(0),
                 bare=False)
    usual = den in (2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128, 1000)
    if not (0 < num < den and usual):
        atom.reason = "a pair written with a slash (a date, a ratio or a code)"
    return atom


def _half(text: str, match: re.Match) -> Atom:
    """"half", "half a million"; not "half-time", "in half" or "the second half"."""
    atom = Atom(match.start(), match.end(), Decimal("0.5"), bare=False)
    if match.group("scale"):
        atom.value *= _SPOKEN_SCALES[match.group("scale").lower()]
    if text[match.end() : match.end() + 1] == "-" or (
            match.start() > 0 and text[match.start() - 1] == "-"):
        atom.reason = "part of a compound word"
    else:
        before = re.search(r"([A-Za-z]+)\s+$", text[max(0, match.start() - 20) : match.start()])
        if before and before.group(1).lower() in (
                "the", "first", "second", "third", "fourth", "last", "back", "front", "other",
                "in", "a", "and", "this", "that", "each", "one", "better", "latter", "former"):
            atom.reason = "a part of a whole, not an amount"
    return atom


def _plural_scale(text: str, match: re.Match) -> Atom:
    """"hundreds of", "tens of thousands of": the range [n, 10n)."""
    low = Decimal(_PLURAL_BASE[match.group("scale").lower()])
    if match.group("mult"):
        low *= _PLURAL_BASE[match.group("mult").lower()]
    end = match.end("scale")
    return Atom(match.start(), end, low, high=low * 10, bare=False, plural=True)


def find_atoms(text: str, blocked: list[tuple[int, int, str]],
               ordinals: list[int]) -> list[Atom]:
    """Every number expression in ``text``, tried only where one may begin.

    The start of every ordinal word is appended to ``ordinals`` on the way.
    """
    atoms: list[Atom] = []
    blocked_starts = [b[0] for b in blocked]
    position = 0
    for token in _CANDIDATE.finditer(text):
        word = token.group()
        if word[0].isalpha():
            if word in _ORDINAL_ANYCASE:
                ordinals.append(token.start())
                continue
            if word not in _START_ANYCASE:
                continue
        start = token.start()
        if start < position:
            continue
        lower = word.lower()
        if lower in _ARTICLES_AND_CODES:
            end = token.end()
            if not (_ARTICLE_NEXT.match(text, end) or _CODE_NEXT.match(text, end)):
                continue
        if word[0] in "-−+" and start > 0 and (text[start - 1].isalnum() or text[start - 1] in ")%"):
            continue
        index = bisect.bisect_right(blocked_starts, start) - 1
        if index >= 0 and start < blocked[index][1]:
            position = blocked[index][1]
            continue
        atom = None
        if lower in _PLURAL_BASE:
            match = _PLURAL_SCALE.match(text, start)
            atom = _plural_scale(text, match) if match else None
        if atom is None and (word[0].isdigit() or lower in _START_WORDS):
            match = _FRACTION.match(text, start)
            atom = _fraction(text, match) if match else None
            if atom is None:
                match = _ONE_IN.match(text, start)
                atom = _one_in(text, match) if match else None
            if atom is None and word[0].isdigit():
                match = _SLASH.match(text, start)
                atom = _slash(text, match) if match else None
        if atom is None and lower == "half":
            atom = _half(text, _HALF.match(text, start))
        if atom is None:
            match = _MASTER.match(text, start)
            if match:
                atom = _from_master(text, match)
        if atom is None:
            if word[0].isdigit() or word[0] == ".":
                end = re.compile(r"[\w.,]*").match(text, start).end()
                atom = Atom(start, end, Decimal(0))
                atom.reason = "part of a code or name"
            elif lower in _BARE_SCALES:
                atom = Atom(start, token.end(), Decimal(0))
                atom.reason = "a scale word without a number"
            else:
                continue
        if atom.reason is None:
            atom.reason = _glued_before(text, atom, word)
        position = atom.end
        atoms.append(atom)
    return atoms


def _glued_before(text: str, atom: Atom, word: str) -> str | None:
    """A numeral glued to letters before it ("S23", "COVID-19", "V-6") is a code."""
    start = atom.start
    if start == 0 or atom.currency:
        return None
    before = text[start - 1]
    if before.isalnum() or before == "_":
        return "part of a code or name"
    if before == "-" and start > 1 and text[start - 2].isalpha() and word[0] not in "-−":
        prefix = TOKEN_BEFORE_HYPHEN.search(text, max(0, start - 20), start)
        if prefix and prefix.group(1).lower() not in _NOT_COMPOUND:
            return "part of a code or name"
    return None
