"""Find the figures in English prose.

:func:`find_figures` takes any English text and returns every figure in it: where it
is, the number, its qualifier ("more than"), the range it admits, what kind of figure it
is (a count, a percentage, a year, a date, a duration) and the noun it counts.

:func:`scan` does the same and also returns the *rejections*: numerals and number words
that are not figures (a number inside a quoted name, a title-case name such as "Four
Disruptions", an idiom such as "zero tolerance", an ordinal such as "fourth-party", a
clock time, a score, a label such as "Section 4", a code such as "COVID-19"), each with
its reason, so that nothing in a text goes unaccounted.

The forms it reads, beside plain numerals and number words of any size:

- money: ``$5``, ``US$5``, ``$US5``, ``HK $5``, ``€5``, ``£5``, ``USD5``, ``RM5``;
- scales, spelled or glued: ``3.83 million``, ``2.8bn``, ``$5m``, ``25k``, ``4 hundred
  million``, ``a dozen``, ``two and a half million``, ``half a million``;
- units glued to the number: ``10km``, ``256GB``, ``5kW`` (the unit becomes the noun);
- percentages: ``5%``, ``5 per cent``, ``5 percent``, ``5pc``, ``0.5 percentage points``;
- fractions: ``half``, ``a third of``, ``two-thirds``, ``one in five``, ``1/4``;
- negative numbers: ``-5``, ``minus 5``, ``$-5``;
- ranges, with the qualifier ``range`` and ``low``/``high`` the two ends: ``between 3 and
  5``, ``from 3 to 5``, ``3 to 5``, ``5-10``, ``$7/$9``, ``hundreds of`` (100 to 1,000),
  ``tens of thousands of``; a scale or a percent sign written on the second end only
  belongs to both ("$10 to $15 billion").

Examples
--------
>>> [f.text for f in find_figures("Police detected more than 3,900 cases and 16 websites.")]
['more than 3,900', '16']
>>> f = find_figures("It seized 3.83 million mobile phone black cards.")[0]
>>> f.value, f.qualifier, f.kind, f.noun
(3830000, 'exact', 'count', 'mobile phone black cards')
>>> f = find_figures("More than 390 people.")[0]
>>> f.value, f.qualifier, f.low, f.high
(390, 'more_than', 390, 400)
>>> f = find_figures("Tickets cost between $20 and $35 each.")[0]
>>> f.text, f.qualifier, f.low, f.high
('between $20 and $35', 'range', 20, 35)
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass
from decimal import Decimal

from bulletin.lexicon.numberwords import (
    CARDINAL_RUN_PATTERN, CARDINAL_WORDS, DOZEN, FRACTION_WORDS, NUMBER_WORDS_PATTERN,
    ORDINAL_PATTERN, ORDINALS, SCALES, TENS, UNITS, words_to_number,
)
from bulletin.figures.readings import DEFAULT_READING, check_reading, figure_range
from bulletin.lexicon.verbs import VERB_FORMS, english_verb

__all__ = [
    "KINDS", "QUALIFIER_WORDS", "QUALIFIER_SUFFIXES", "Figure", "Rejection", "Scan",
    "counted_noun", "scan", "find_figures", "CARDINAL_RUN_PATTERN",
]

KINDS = ("count", "percent", "year", "date", "duration")

#: Words before a number that qualify it, mapped to the qualifier id.
QUALIFIER_WORDS = {
    "more than": "more_than", "over": "more_than", "in excess of": "more_than",
    "upwards of": "more_than", "upward of": "more_than", "above": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just shy of": "nearly",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "circa": "about",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
    "no more than": "up_to", "not more than": "up_to", "a maximum of": "up_to",
    # verbs that qualify the number after them ("topping 1,000", "nearing 97 per cent")
    "exceeding": "more_than", "exceeded": "more_than", "exceeds": "more_than",
    "topping": "more_than", "topped": "more_than", "tops": "more_than",
    "surpassing": "more_than", "surpassed": "more_than", "surpasses": "more_than",
    "nearing": "nearly", "neared": "nearly", "nears": "nearly",
    "approaching": "nearly",
}
#: Signs before a number that qualify it ("~25").
QUALIFIER_SIGNS = {"~": "about", "≈": "about"}
#: Words after a number that qualify it ("3,900 or more").
QUALIFIER_SUFFIXES = {
    "or more": "at_least", "or so": "about", "or less": "up_to", "or fewer": "up_to",
}

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TIME_UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade")
IDIOMS = (
    "zero tolerance", "zero-tolerance", "zero-sum", "one another", "no one", "one by one",
    "one-off", "one-time", "one-on-one", "one-way", "one-stop",
)
#: Words before a numeral that make it a label, not an amount ("Section 4", "No. 5").
LABEL_WORDS = frozenset("""
    section row seat no no. nos. number game part unit model category chapter article page
    room gate flight route highway interstate platform version season episode level phase
    stage grade type class series volume vol. issue item clause amendment lot block
    apartment apt. suite floor terminal track lane zone district ward box exit channel
    figure fig. table step tier division round week day act title rule
""".split())
#: Street-name endings: a numeral before "<Name> Street" is a house number.
STREET_WORDS = (
    "St", "Street", "Rd", "Road", "Ave", "Avenue", "Way", "Drive", "Dr", "Lane", "Ln",
    "Blvd", "Boulevard", "Place", "Pl", "Court", "Ct", "Terrace", "Close", "Crescent",
    "Square", "Highway", "Parkway",
)
#: Verbs and words of change: "rose 5% to 7%" is a change and a level, not a range.
CHANGE_WORDS = frozenset("""
    by rose rise rises risen fell fall falls fallen dropped drop drops climbed climb jumped
    jump gained gain gains lost lose slid slipped declined decline increased increase
    decreased decrease grew grow added shed surged plunged soared tumbled edged eased
    advanced up down higher lower cut raised boosted lifted lowered trimmed widened
    narrowed sank slumped rallied
""".split())
#: Words near a pair such as "3-1" that make it a score.
SCORE_WORDS = frozenset("""
    win wins won beat beats beating lost lose loss losses defeat defeated defeats victory
    lead led leads trail trailed trailing draw drew drawn tie tied score scored scoreline
    aggregate ended finished thrashed thrashing
""".split())

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
_GLUED_SCALES = {
    "k": 1_000, "K": 1_000, "bn": 10**9, "mn": 10**6, "mln": 10**6, "mil": 10**6,
    "mio": 10**6, "tn": 10**12, "trn": 10**12, "M": 10**6,
}
_SPOKEN_SCALES = {**SCALES, **DOZEN, "hundred": 100, "bn": 10**9, "bln": 10**9,
                  "mn": 10**6, "mln": 10**6}
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
_PLURAL_BASE = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 10**6,
                "billions": 10**9, "trillions": 10**12, "tens": 10}

# --- forms that are not amounts, found before the figures ---------------------------
_MERIDIEM = r"(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)"
_ZONES = r"(?:GMT|UTC|BST|CET|CEST|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|PT)\b"
_NOT_AMOUNTS = [
    (re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?"
                r"|\d{1,2}/\d{1,2}/\d{2,4}(?![\d/])"), "a date in digits"),
    (re.compile(rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:\s?(?:{_MERIDIEM}|{_ZONES}))?"
                rf"|\d{{1,2}}(?:[.:]\d{{2}})?\s?{_MERIDIEM}|\d{{4}}\s{_ZONES}"), "a clock time"),
    (re.compile(r"(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{2,4}\)\s?|\d{3}[.\-])\d{3}[.\-]\d{4}(?!\d)"),
     "a phone number"),
    (re.compile(r"\d+(?:st|nd|rd|th)\b"), "ordinal"),
    (re.compile(r"'?\d{0,2}\d0s\b"), "a decade or an age band"),
    (re.compile(r"(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\w%]|[.,]\d|\s?(?i:per))"),
     "a score"),
]

_QUALIFIER_BEFORE = re.compile(
    rf"(?:(?<![\w])(?P<q>{'|'.join(re.escape(q) for q in sorted(QUALIFIER_WORDS, key=len, reverse=True))})\s+"
    rf"|(?P<sign>[{''.join(QUALIFIER_SIGNS)}])\s*)$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(
    rf"^\s+(?P<q>{'|'.join(QUALIFIER_SUFFIXES)})\b", re.IGNORECASE
)
_MONTH = "|".join(MONTHS)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH}|(?:{'|'.join(MONTH_ABBREVIATIONS)})\.?)\s+$")
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b")
_ERA = re.compile(r"^\s?(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)(?!\w)")
_ERA_BEFORE = re.compile(r"(?:AD|A\.D\.)\s$")
_TIME_UNIT_AFTER = re.compile(rf"^(?:\s+|-)(?P<unit>{'|'.join(TIME_UNITS)})s?\b", re.IGNORECASE)
_DOUBLE_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_ORDINAL = re.compile(ORDINAL_PATTERN, re.IGNORECASE)
_STREET_AFTER = re.compile(
    rf"(?:[-–]\d+)?(?:\s+[A-Z0-9][\w.'’]*){{1,3}}?\s+(?:{'|'.join(STREET_WORDS)})\b"
)
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))(?P<word>[A-Za-z][\w&'’./]*)\s$")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_HYPHEN_GAP = re.compile(r"^\s*[-–—]\s*$")
_SLASH_GAP = re.compile(r"^\s*/\s*$")
_TO_GAP = re.compile(r"^(?:\s+(?:to|through|thru)\s+|\s*-to-\s*|\s+to-|\s*[-–—]\s*)$", re.IGNORECASE)
_AND_GAP = re.compile(r"^\s+(?:and|to)\s+$", re.IGNORECASE)
_FROM_UNIT_GAP = re.compile(r"^\s+(?P<w>[A-Za-z]+)(?:\s+(?P<w2>[A-Za-z]+))?\s+to\s+$", re.IGNORECASE)
_CANDIDATE = re.compile(rf"[{_SYMBOLS}]|[-−+](?=[{_SYMBOLS}]?\.?\d)|\.?\d+|[A-Za-z]+")

_NOUN_WORD = re.compile(r"[ \t]*[“”\"]?[ \t]*(?P<word>[A-Za-z][\w’'\-]*)[“”\"]?")
_NOUN_STOPWORDS = frozenset(
    """a an the this that these those which who whom whose what there here it its
    was were is are be been being have has had will would can could may might shall should
    do does did of in on at for to from by with without into onto over under per than as
    such including involving via across against between among during after before since
    until while when where if then than so but also more less fewer
    last next this ago yesterday today tomorrow throughout within through toward towards
    upon amid amidst despite beyond behind near nationwide respectively according""".split()
)
_CONJUNCTIONS = frozenset({"and", "or"})
#: Capitalised words that may stand before a number without making it a label.
_NOT_NAMES = frozenset(
    _NOUN_STOPWORDS
    | {w.split()[0] for w in QUALIFIER_WORDS}
    | {m.lower() for m in (*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS)}
    | set("""only just all another every each both other same total nearly almost about
    around roughly and or nor but with we they he she i you our their his her my your its
    us them him me now still even then once today yesterday tomorrow tonight plus minus
    exactly precisely perhaps maybe likely another top bottom first least most no yes
    says said adds added told a.d ad bc""".split())
)
#: Words that come right before the pronoun "one" ("the one", "each one").
_PRONOUN_ONE_BEFORE = frozenset(
    "the each every this that which any no same another only other".split()
)
_MAX_NOUN_WORDS = 6
#: A run of more digits than this is a code, not an amount.
_MAX_DIGITS = 40
_MAX_NAME_WORDS = 6
#: How far before or after a number the qualifier and context patterns look, so that
#: each figure costs the same whatever the length of the text (the finder stays linear).
_LOOKBEHIND = 40
_CURRENCY_CODES = frozenset(
    "usd eur gbp aud cad nzd hkd sgd jpy cny rmb inr chf zar rm rs us a au c ca nz hk s nt r"
    .split()
)
_BARE_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_START_WORDS = frozenset(
    {w.lower() for w in CARDINAL_WORDS} | _CURRENCY_CODES | set(_PLURAL_BASE)
    | {"a", "an", "half", "minus", "dozen"}
)
_TOKEN = re.compile(r"[A-Za-z]+|\d")
_ORDINAL_WORDS = frozenset(ORDINALS)


def _any_case(words) -> frozenset:
    return frozenset(v for w in words for v in (w, w.capitalize(), w.upper()))


_START_ANYCASE = _any_case(_START_WORDS)
#: Start words that are not number words: tried only before a scale or fraction word
#: ("a dozen", "a third") or a numeral ("US $5", "RM 20").
_ARTICLES_AND_CODES = frozenset({"a", "an"} | (_CURRENCY_CODES - set(CARDINAL_WORDS)))
_ARTICLE_NEXT = re.compile(
    rf"[ \-]+(?i:hundred|{'|'.join((*SCALES, *DOZEN, *FRACTION_WORDS))})\b"
)
_CODE_NEXT = re.compile(rf"\s?[{_SYMBOLS}\d.]")
_ORDINAL_ANYCASE = _any_case(_ORDINAL_WORDS)
_TOKEN_BEFORE_HYPHEN = re.compile(r"\b([A-Za-z]+)-$")
#: Words before "word-" that do not make a compound with a following number ("to-260").
_NOT_COMPOUND = frozenset({"minus", "to", "and", "or", "than", "from", "about", "around",
                           "over", "under", "nearly", "some", "up", "down", "between", "sub"})
#: Unit words after a numeral that make it an amount even after a name ("Pro 16 inch").
_UNIT_WORDS = frozenset("""
    inch inches in mm cm m km ft foot feet yard yards mile miles metre metres meter meters
    kg g lb lbs pound pounds ton tons tonne tonnes oz gb tb mb kb mp mph kph hp bhp
    horsepower w kw mw gw kwh mwh watt watts kilowatt kilowatts megawatt megawatts
    gigawatt gigawatts hz khz mhz ghz degree degrees litre litres liter liters ml
    gallon gallons acre acres hectare hectares volt volts mah nm
""".split())


@dataclass(frozen=True)
class Figure:
    """One figure found in a text; ``start``/``end`` are offsets into that text."""

    start: int
    end: int
    text: str
    value: int | float
    qualifier: str
    low: int | float
    high: int | float
    kind: str
    noun: str
    #: The measure word of a Chinese count (名, 起, 人次, 万元); empty in English.
    measure: str = ""
    #: The verb that governs the figure where the finder reads one (抓获, 破获; arrested).
    verb: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Rejection:
    """A numeral or number word that is not a figure, and why."""

    start: int
    end: int
    text: str
    reason: str

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Scan:
    """Everything :func:`scan` found: the figures and the rejected numerals."""

    figures: list[Figure]
    rejections: list[Rejection]


class _Atom:
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


def _ordinal_matches(text: str, starts: list[int]):
    """The matches of ``_ORDINAL`` at the ordinal words that begin at ``starts``."""
    for start in starts:
        if start > 0 and text[start - 1] == "-":
            tens = _TOKEN_BEFORE_HYPHEN.search(text, max(0, start - 12), start)
            if tens and tens.group(1).lower() in TENS:
                start = tens.start(1)
        match = _ORDINAL.match(text, start)
        if match:
            yield match


def _plain(number: Decimal) -> int | float:
    return int(number) if number == number.to_integral_value() else float(number)


def _decimal(written: str) -> Decimal:
    if "/" in written:
        num, den = written.split("/")
        return Decimal(num) / Decimal(den)
    return Decimal(written)


def _number_word(word: str) -> Decimal:
    return Decimal(word) if word.isdigit() else Decimal(words_to_number([word]))


def _quoted_spans(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    spans = [(m.start(), m.end()) for m in _DOUBLE_QUOTED.finditer(text)]
    return [s for s, _ in spans], spans


def _in_quoted_name(start: int, end: int, quotes, text: str) -> bool:
    """True when [start, end) lies in a short double-quoted phrase that is a name."""
    starts, spans = quotes
    index = bisect.bisect_left(starts, start) - 1
    if index < 0:
        return False
    q_start, q_end = spans[index]
    if not (q_start < start and end <= q_end):
        return False
    inner = text[q_start + 1 : q_end - 1]
    words = re.findall(r"[^\W\d_]+", inner)
    return 0 < len(words) <= _MAX_NAME_WORDS and not _QUALIFIER_BEFORE.search(
        text, max(q_start + 1, start - _LOOKBEHIND), start
    )


def _sentence_start(text: str, start: int) -> bool:
    """True when only spaces and opening marks stand between ``start`` and a sentence end."""
    index = start - 1
    while index >= 0 and text[index] in " \t\"“‘'(":
        index -= 1
    return index < 0 or text[index] in ".!?:;\n"


def _idiom(text: str, start: int) -> bool:
    window = text[max(0, start - 3) : start + 16].lower()
    return any(idiom in window for idiom in IDIOMS)


def counted_noun(text: str, position: int) -> str:
    """The noun phrase counted by the figure that ends at ``position``.

    It collects the words that follow, through quotes, up to punctuation, a function
    word, or a past participle after the noun ("suspects were", "persons involved"). A
    leading "such" is passed over ("9,100 such cases").

    Examples
    --------
    >>> counted_noun("more than 4,600 criminal suspects , There are", 15)
    'criminal suspects'
    >>> counted_noun("8.64 million maliciously registered online accounts.", 12)
    'maliciously registered online accounts'
    >>> counted_noun("About 9,100 such cases were investigated", 11)
    'cases'
    """
    return _counted_noun(text, position)[0]


def _counted_noun(text: str, position: int) -> tuple[str, int]:
    """:func:`counted_noun` and the offset where the noun ends (``position`` if none)."""
    words: list[str] = []
    cursor = end = position
    lead = _NOUN_WORD.match(text, cursor)
    if lead and lead.group("word").lower() == "such" and _NOUN_WORD.match(text, lead.end()):
        cursor = lead.end()
    while len(words) < _MAX_NOUN_WORDS:
        match = _NOUN_WORD.match(text, cursor)
        if not match:
            break
        word = match.group("word")
        lower = word.lower()
        if lower in _NOUN_STOPWORDS:
            break
        if lower in _CONJUNCTIONS:
            following = _NOUN_WORD.match(text, match.end())
            if not words or not following:
                break
            nxt = following.group("word").lower()
            if nxt in _NOUN_STOPWORDS or nxt in _CONJUNCTIONS or nxt.endswith("ed") \
                    or nxt in VERB_FORMS:
                break
        elif (
            lower.endswith("ed")
            and words
            and not words[-1].lower().endswith("ly")
            and words[-1].lower() not in _CONJUNCTIONS
        ):
            break
        words.append(word)
        cursor = match.end()
        if lower not in _CONJUNCTIONS:
            end = match.end("word")
    while words and words[-1].lower() in _CONJUNCTIONS:
        words.pop()
    return " ".join(words), end


# --- step 1: the spans that are not amounts -------------------------------------------

def _score(text: str, match: re.Match) -> bool:
    """A pair such as "3-1" is a score when it falls or ties, or when a score word is near."""
    if match.start() > 0 and (text[match.start() - 1].isalnum()
                              or text[match.start() - 1] in "$€£¥.,-–"):
        return False
    a, b = int(match.group("a")), int(match.group("b"))
    if a >= b:
        return True
    window = text[max(0, match.start() - 30) : match.end() + 30].lower()
    return any(word in SCORE_WORDS for word in re.findall(r"[a-z]+", window))


_DIGIT_RUN = re.compile(r"\d+")
#: The characters that may follow the first digits of a clock time, a digit date, a
#: phone number, a digit ordinal, a decade or a score; other numerals skip the patterns.
_NOT_AMOUNT_NEXT = frozenset(":.-–/) snrtapAP\u00a0")


def _not_amounts(text: str) -> list[tuple[int, int, str]]:
    """Clock times, digit dates, phone numbers, digit ordinals, decades and scores.

    The patterns are tried only where a run of digits begins (or one character before,
    for "+44", "(020)" and "'90s"), so the cost grows with the number of numerals.
    """
    kept: list[tuple[int, int, str]] = []
    position = 0
    for run in _DIGIT_RUN.finditer(text):
        start = run.start()
        if start < position:
            continue
        if text[run.end() : run.end() + 1] not in _NOT_AMOUNT_NEXT:
            continue
        starts = (start - 1, start) if start > 0 and text[start - 1] in "+('" else (start,)
        for begin in starts:
            if begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_.,"):
                continue
            for pattern, reason in _NOT_AMOUNTS:
                match = pattern.match(text, begin)
                if match and (reason != "a score" or _score(text, match)):
                    kept.append((begin, match.end(), reason))
                    position = match.end()
                    break
            else:
                continue
            break
    return kept


# --- step 2: the number expressions ---------------------------------------------------

def _from_master(text: str, match: re.Match) -> _Atom:
    digits, words = match.group("digits"), match.group("words")
    glued = match.group("glued") or ""
    currency = (match.group("cur") or "").strip()
    unit = ""
    scale = None
    if digits and len(digits) > _MAX_DIGITS:
        atom = _Atom(match.start(), match.end(), Decimal(0))
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
            atom = _Atom(match.start(), match.end(), Decimal(0))
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
    return _Atom(match.start(), match.end(), value, words=bool(words), currency=currency,
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


def _fraction(text: str, match: re.Match) -> _Atom | None:
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
    return _Atom(match.start(), end, numerator / FRACTION_WORDS[den], bare=False)


def _one_in(text: str, match: re.Match) -> _Atom | None:
    """"one in five", "2 out of 3": a share, when the first is smaller."""
    num, den = _number_word(match.group("num").lower()), _number_word(match.group("den").lower())
    if not (1 <= num < den <= 1000) or _TIME_UNIT_AFTER.match(text[match.end() : match.end() + _LOOKBEHIND]):
        return None
    return _Atom(match.start(), match.end(), num / den, bare=False)


def _slash(text: str, match: re.Match) -> _Atom:
    """"1/4" is a fraction when the denominator is a usual one; "24/7", "9/11" are not."""
    num, den = int(match.group("num")), int(match.group("den"))
    atom = _Atom(match.start(), match.end(), Decimal(num) / Decimal(den) if den else Decimal(0),
                 bare=False)
    usual = den in (2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128, 1000)
    if not (0 < num < den and usual):
        atom.reason = "a pair written with a slash (a date, a ratio or a code)"
    return atom


def _half(text: str, match: re.Match) -> _Atom:
    """"half", "half a million"; not "half-time", "in half" or "the second half"."""
    atom = _Atom(match.start(), match.end(), Decimal("0.5"), bare=False)
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


def _plural_scale(text: str, match: re.Match) -> _Atom:
    """"hundreds of", "tens of thousands of": the range [n, 10n)."""
    low = Decimal(_PLURAL_BASE[match.group("scale").lower()])
    if match.group("mult"):
        low *= _PLURAL_BASE[match.group("mult").lower()]
    end = match.end("scale")
    return _Atom(match.start(), end, low, high=low * 10, bare=False, plural=True)


def _atoms(text: str, blocked: list[tuple[int, int, str]],
           ordinals: list[int]) -> list[_Atom]:
    """Every number expression in ``text``, tried only where one may begin.

    The start of every ordinal word is appended to ``ordinals`` on the way.
    """
    atoms: list[_Atom] = []
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
                atom = _Atom(start, end, Decimal(0))
                atom.reason = "part of a code or name"
            elif lower in _BARE_SCALES:
                atom = _Atom(start, token.end(), Decimal(0))
                atom.reason = "a scale word without a number"
            else:
                continue
        if atom.reason is None:
            atom.reason = _glued_before(text, atom, word)
        position = atom.end
        atoms.append(atom)
    return atoms


def _glued_before(text: str, atom: _Atom, word: str) -> str | None:
    """A numeral glued to letters before it ("S23", "COVID-19", "V-6") is a code."""
    start = atom.start
    if start == 0 or atom.currency:
        return None
    before = text[start - 1]
    if before.isalnum() or before == "_":
        return "part of a code or name"
    if before == "-" and start > 1 and text[start - 2].isalpha() and word[0] not in "-−":
        prefix = _TOKEN_BEFORE_HYPHEN.search(text, max(0, start - 20), start)
        if prefix and prefix.group(1).lower() not in _NOT_COMPOUND:
            return "part of a code or name"
    return None


# --- step 3: qualifiers, dates, years, names ------------------------------------------

def _qualify(text: str, atom: _Atom) -> None:
    before = _QUALIFIER_BEFORE.search(text, max(0, atom.start - _LOOKBEHIND), atom.start)
    if before:
        if before.group("q"):
            atom.qualifier = QUALIFIER_WORDS[before.group("q").lower()]
            atom.q_start = before.start("q")
        else:
            atom.qualifier = QUALIFIER_SIGNS[before.group("sign")]
            atom.q_start = before.start("sign")


def _label(text: str, atom: _Atom) -> str | None:
    """Why a bare numeral is a label or part of a name, or None."""
    word = _WORD_BEFORE.search(text, max(0, atom.start - _LOOKBEHIND), atom.start)
    digits = text[atom.start : atom.end]
    if atom.start > 0 and text[atom.start - 1] == "#":
        return "a label (a number, not an amount)"
    if word:
        raw = word.group("word")
        lower = raw.lower()
        if lower in LABEL_WORDS or lower.rstrip(".") in LABEL_WORDS:
            return "a label (a number, not an amount)"
        capitalised = raw[0].isupper() or any(c.isupper() for c in raw[1:])
        unit_after = re.match(r"[ \t]+([A-Za-z]+)", text[atom.end : atom.end + 20])
        if capitalised and lower.rstrip(".") not in _NOT_NAMES and digits[0].isdigit() \
                and not (unit_after and unit_after.group(1).lower() in _UNIT_WORDS):
            return "part of a name (a capitalised word before it)"
    if _STREET_AFTER.match(text, atom.end):
        return "a street address"
    if re.search(r"[A-Z][\w'’-]*,\s$", text[max(0, atom.start - 30) : atom.start]) \
            and text[atom.end : atom.end + 1] == "," and atom.value < 130 and digits.isdigit():
        return "an age beside a name"
    return None


def _name_word(text: str, atom: _Atom) -> str | None:
    """Why a number word is part of a name or an idiom, or None."""
    core = text[atom.start : atom.end]
    if core[0].isupper():
        after = re.match(r"[ \-]+[A-Z][a-z]", text[atom.end : atom.end + _LOOKBEHIND])
        word = _WORD_BEFORE.search(text, max(0, atom.start - _LOOKBEHIND), atom.start)
        named_before = word and word.group("word")[0].isupper() and \
            word.group("word").lower() not in _NOT_NAMES
        if (after and not _sentence_start(text, atom.start)) or named_before:
            return "part of a title-case name"
    if _idiom(text, atom.start):
        return "part of an idiom"
    if core.lower() == "one":
        before = re.search(r"([A-Za-z]+)\s+$", text[max(0, atom.start - 20) : atom.start])
        if before and before.group(1).lower() in _PRONOUN_ONE_BEFORE:
            return "the pronoun one"
    return None


def _date_or_year(text: str, atom: _Atom) -> None:
    """Mark dates ("October 14", "14 October", "Oct. 14") and years ("2021", "AD 800")."""
    core = text[atom.start : atom.end]
    if not core.isdigit() or atom.qualifier != "exact" or len(core) > 4:
        return
    value = int(core)
    if value <= 31:
        month = _MONTH_BEFORE.search(text, max(0, atom.start - 15), atom.start)
        if month:
            atom.kind, atom.q_start = "date", month.start()
            return
        month = _MONTH_AFTER.match(text[atom.end : atom.end + _LOOKBEHIND])
        if month:
            atom.kind, atom.end = "date", atom.end + month.end()
            return
    era = _ERA.match(text[atom.end : atom.end + 6]) or _ERA_BEFORE.search(
        text, max(0, atom.start - 5), atom.start)
    if (len(core) == 4 and 1800 <= value <= 2100) or (era and len(core) <= 4):
        atom.kind = "year"


# --- step 4: ranges -------------------------------------------------------------------

def _join(text: str, a: _Atom, b: _Atom, hyphen_only: bool) -> bool:
    """Join ``b`` into ``a`` when the two are the ends of one range; return True if so."""
    gap = text[a.end : b.start]
    if a.reason or b.reason or a.plural or b.plural or a.high is not None:
        return False
    if a.kind == "date" and _HYPHEN_GAP.match(gap) and text[b.start:b.end].isdigit():
        a.end, b.reason = b.end, "joined"
        return True
    if a.kind == "year" or b.kind == "year":
        year_gap = _HYPHEN_GAP.match(gap) or _TO_GAP.match(gap) or _AND_GAP.match(gap)
        b_text = text[b.start : b.end]
        if a.kind == "year" and year_gap and b_text.isdigit() and len(b_text) in (2, 4):
            b.kind = "year"
        elif b.kind == "year" and year_gap and text[a.start:a.end].isdigit() \
                and len(text[a.start:a.end]) == 4:
            a.kind = "year"
        return False
    if a.kind == "date" or b.kind == "date":
        return False
    if b.qualifier != "exact":
        return False
    lead = text[max(0, a.q_start - 12) : a.q_start]
    between = _BETWEEN_BEFORE.search(lead)
    from_ = _FROM_BEFORE.search(lead)
    if hyphen_only:
        if not (_HYPHEN_GAP.match(gap) or (_SLASH_GAP.match(gap) and a.currency and b.currency)):
            return False
    elif between:
        if not _AND_GAP.match(gap):
            return False
    elif from_:
        unit_gap = _FROM_UNIT_GAP.match(gap)
        if not (_TO_GAP.match(gap) or (unit_gap and not any(
                (w or "").lower() in _NOUN_STOPWORDS for w in unit_gap.groups()))):
            return False
    elif not _TO_GAP.match(gap):
        return False
    if (a.currency and b.currency and a.currency[-1] != b.currency[-1]) \
            or (a.percent and not b.percent) or (a.currency and b.percent) \
            or (a.percent and b.currency) or (not a.bare and b.bare and not b.words):
        return False
    word = re.search(r"([A-Za-z]+)\s+$", text[max(0, a.q_start - 15) : a.q_start])
    if word and word.group(1).lower() in CHANGE_WORDS and not a.bare and not from_:
        return False
    low = a.value
    if a.scale is None and b.scale is not None and not a.unit:
        scaled = a.value * b.scale
        if abs(scaled) <= abs(b.value):
            low = scaled
    if not (between or from_) and low > b.value:
        return False
    a.value, a.high = low, b.value
    a.end = b.end
    a.percent = a.percent or b.percent
    a.unit = a.unit or b.unit
    a.currency = a.currency or b.currency
    a.qualifier = "range"
    if between:
        a.q_start = min(a.q_start, between.start() + max(0, a.q_start - 12))
    elif from_:
        a.q_start = min(a.q_start, from_.start() + max(0, a.q_start - 12))
    b.reason = "joined"
    return True


def _ranges(text: str, atoms: list[_Atom]) -> None:
    """Join the ends of ranges: hyphens and slashes first, then "to" and "and"."""
    for hyphen_only in (True, False):
        index = 0
        live = [a for a in atoms if a.reason is None or a.reason == "joined"]
        live = [a for a in live if a.reason != "joined"]
        while index + 1 < len(live):
            a, b = live[index], live[index + 1]
            if b.start - a.end <= 40 and _join(text, a, b, hyphen_only):
                live.pop(index + 1)
                continue
            index += 1


# --- step 5: figures ------------------------------------------------------------------

def scan(text: str, reading: str = DEFAULT_READING) -> Scan:
    """Find every figure in ``text``, and every numeral that is not one, with a reason.

    Parameters
    ----------
    text
        Any English text.
    reading
        ``"step"`` (default) or ``"bound"``: how ``low``/``high`` read a qualifier such
        as "more than"; see :mod:`bulletin.figures.readings`. A range (qualifier ``range``) has
        its two printed ends under either reading, and its ``value`` is the lower end.

    Returns
    -------
    Scan
        The figures and the rejections, each in text order.

    Examples
    --------
    >>> result = scan("The “Cleaning the Internet 2021” campaign found 16 websites.")
    >>> [(f.value, f.noun) for f in result.figures]
    [(16, 'websites')]
    >>> [(r.text, r.reason) for r in result.rejections]
    [('2021', 'part of a quoted name')]
    >>> result = scan("Section 4 closed at 10:30 after a 3-1 win; sales rose 5-10%.")
    >>> [(f.text, f.low, f.high, f.kind) for f in result.figures]
    [('5-10%', 5, 10, 'percent')]
    >>> [r.reason for r in result.rejections]
    ['a label (a number, not an amount)', 'a clock time', 'a score']
    """
    check_reading(reading)
    quotes = _quoted_spans(text)
    blocked = _not_amounts(text)
    rejections = [Rejection(s, e, text[s:e], reason) for s, e, reason in blocked]
    ordinal_starts: list[int] = []
    atoms = _atoms(text, blocked, ordinal_starts)
    for atom in atoms:
        if atom.reason:
            continue
        if _in_quoted_name(atom.start, atom.end, quotes, text):
            atom.reason = "part of a quoted name"
            continue
        if atom.words:
            atom.reason = _name_word(text, atom)
            if atom.reason:
                continue
        _qualify(text, atom)
        if atom.bare and atom.qualifier == "exact":
            atom.reason = _label(text, atom)
            if atom.reason:
                continue
        _date_or_year(text, atom)
    for index in range(1, len(atoms)):
        a, b = atoms[index - 1], atoms[index]
        if a.reason and a.reason.startswith(("a label", "part of a")) and not b.reason \
                and _HYPHEN_GAP.match(text[a.end : b.start]):
            b.reason = a.reason
    _ranges(text, atoms)
    figures: list[Figure] = []
    for atom in atoms:
        if atom.reason == "joined":
            continue
        if atom.reason:
            rejections.append(Rejection(atom.start, atom.end, text[atom.start:atom.end],
                                        atom.reason))
            continue
        figures.append(_figure(text, atom, reading))
    covered = [(f.start, f.end) for f in figures]
    for match in _ordinal_matches(text, ordinal_starts):
        index = bisect.bisect_right(covered, (match.start(), float("inf"))) - 1
        if index >= 0 and covered[index][0] <= match.start() < covered[index][1]:
            continue
        rejections.append(Rejection(match.start(), match.end(), match.group(), "ordinal"))
    rejections.sort(key=lambda r: r.start)
    return Scan(figures, rejections)


def _figure(text: str, atom: _Atom, reading: str) -> Figure:
    start, end = atom.q_start, atom.end
    qualifier = atom.qualifier
    if atom.high is not None:
        qualifier = "range"
    elif qualifier == "exact":
        suffix = _QUALIFIER_AFTER.match(text[end : end + _LOOKBEHIND])
        if suffix:
            qualifier = QUALIFIER_SUFFIXES[suffix.group("q").lower()]
            end += suffix.end()
    kind = atom.kind
    time_unit = _TIME_UNIT_AFTER.match(text[atom.end : atom.end + _LOOKBEHIND])
    if kind == "count":
        if atom.percent:
            kind = "percent"
        elif time_unit:
            kind = "duration"
    if qualifier == "range":
        low, high = sorted((_plain(atom.value), _plain(atom.high)))
        value = low
    else:
        value = _plain(atom.value)
        low, high = figure_range(atom.value, qualifier, reading)
    noun, verb = "", ""
    if kind == "duration":
        noun = time_unit.group("unit").lower()
    elif kind in ("count", "percent"):
        noun, noun_end = (atom.unit, end) if atom.unit else _counted_noun(text, end)
        if kind == "count":
            verb = english_verb(text, start, noun_end)
    return Figure(start, end, text[start:end], value, qualifier, low, high, kind, noun, "", verb)


def find_figures(text: str, reading: str = DEFAULT_READING) -> list[Figure]:
    """Every figure in ``text``, in order; see :func:`scan` for the rejected numerals.

    Examples
    --------
    >>> [(f.value, f.kind) for f in find_figures("A 10-month crackdown in 2021 cut fraud 27.7 percent.")]
    [(10, 'duration'), (2021, 'year'), (27.7, 'percent')]
    """
    return scan(text, reading).figures
