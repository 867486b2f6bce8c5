"""Find the figures in English prose.

:func:`find_figures` takes any English text and returns every figure in it: where it
is, the number, its qualifier ("more than"), the range it admits, what kind of figure it
is (a count, a percentage, a year, a date, a duration) and the noun it counts.

:func:`scan` does the same and also returns the *rejections*: numerals and number words
that are not figures (a number inside a quoted name, a title-case name such as "Four
Disruptions", an idiom such as "zero tolerance", an ordinal such as "fourth-party"), each
with its reason, so that nothing in a text goes unaccounted.

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
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from decimal import Decimal

from .numberwords import (
    CARDINAL_RUN_PATTERN, CARDINAL_WORDS, ORDINAL_PATTERN, ORDINALS, SCALES, TENS,
    words_to_number,
)
from .readings import DEFAULT_READING, check_reading, figure_range

KINDS = ("count", "percent", "year", "date", "duration")

#: Words before a number that qualify it, mapped to the qualifier id.
QUALIFIER_WORDS = {
    "more than": "more_than", "over": "more_than", "in excess of": "more_than",
    "upwards of": "more_than", "at least": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "nearly": "nearly", "almost": "nearly",
    "close to": "nearly", "about": "about", "around": "about",
    "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "less than": "less_than", "fewer than": "less_than",
    "under": "less_than", "up to": "up_to", "as many as": "up_to",
}
#: Words after a number that qualify it ("3,900 or more").
QUALIFIER_SUFFIXES = {"or more": "at_least", "or so": "about"}

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
TIME_UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade")
IDIOMS = ("zero tolerance", "zero-tolerance", "zero-sum", "one another", "no one", "one by one")

_NUMERAL = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w]|[.,]\d)"
_SCALE = rf"(?:[ \-]+(?P<scale>{'|'.join(SCALES)}))?"
_PERCENT = r"(?P<percent>\s*%|\s*per\s?cent\b)?"
_CORE = re.compile(
    rf"(?P<core>{_NUMERAL}|{CARDINAL_RUN_PATTERN}){_SCALE}{_PERCENT}", re.IGNORECASE
)
_QUALIFIER_BEFORE = re.compile(
    rf"\b(?P<q>{'|'.join(sorted(QUALIFIER_WORDS, key=len, reverse=True))})\s+$", re.IGNORECASE
)
_QUALIFIER_AFTER = re.compile(
    rf"^\s+(?P<q>{'|'.join(QUALIFIER_SUFFIXES)})\b", re.IGNORECASE
)
_MONTH = "|".join(MONTHS)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH})\s+$")
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b")
_TIME_UNIT_AFTER = re.compile(rf"^(?:\s+|-)(?P<unit>{'|'.join(TIME_UNITS)})s?\b", re.IGNORECASE)
_DOUBLE_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_ORDINAL = re.compile(ORDINAL_PATTERN, re.IGNORECASE)

_NOUN_WORD = re.compile(r"[ \t]*[“”\"]?[ \t]*(?P<word>[A-Za-z][\w’'\-]*)[“”\"]?")
_NOUN_STOPWORDS = frozenset(
    """a an the this that these those which who whom whose what there here it its
    was were is are be been being have has had will would can could may might shall should
    do does did of in on at for to from by with without into onto over under per than as
    such including involving via across against between among during after before since
    until while when where if then than so but also more less fewer
    last next this ago yesterday today tomorrow""".split()
)
_CONJUNCTIONS = frozenset({"and", "or"})
_MAX_NOUN_WORDS = 6
_MAX_NAME_WORDS = 6
#: How far before or after a number the qualifier and context patterns look, so that
#: each figure costs the same whatever the length of the text (the finder stays linear).
_LOOKBEHIND = 40


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


_TOKEN = re.compile(r"[A-Za-z]+|\d")
_CARDINAL_FIRST_WORDS = frozenset(w.lower() for w in CARDINAL_WORDS)
_ORDINAL_WORDS = frozenset(ORDINALS)
_TOKEN_BEFORE_HYPHEN = re.compile(r"\b([A-Za-z]+)-$")


def _core_matches(text: str):
    """The matches of ``_CORE``, tried only where a digit or a number word begins.

    Scanning word tokens and trying the full pattern only at candidates is several times
    faster than letting the pattern search every position.
    """
    position = 0
    for token in _TOKEN.finditer(text):
        if token.start() < position:
            continue
        word = token.group()
        if not (word.isdigit() or word.lower() in _CARDINAL_FIRST_WORDS):
            continue
        match = _CORE.match(text, token.start())
        if match:
            position = match.end()
            yield match


def _ordinal_matches(text: str):
    """The matches of ``_ORDINAL``, tried only at word tokens that end an ordinal."""
    for token in _TOKEN.finditer(text):
        word = token.group().lower()
        if word in _ORDINAL_WORDS:
            start = token.start()
            if start > 0 and text[start - 1] == "-":
                tens = _TOKEN_BEFORE_HYPHEN.search(text, max(0, start - 12), start)
                if tens and tens.group(1).lower() in TENS:
                    start = tens.start(1)
            match = _ORDINAL.match(text, start)
            if match:
                yield match


def _plain(number: Decimal) -> int | float:
    return int(number) if number == number.to_integral_value() else float(number)


def _core_value(core: str, scale: str | None) -> Decimal:
    if core[0].isdigit():
        number = Decimal(core.replace(",", ""))
    else:
        number = Decimal(words_to_number(re.split(r"[\s\-]+", core)))
    if scale:
        number *= SCALES[scale.lower()]
    return number


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _DOUBLE_QUOTED.finditer(text)]


def _in_quoted_name(start: int, end: int, quotes: list[tuple[int, int]], text: str) -> bool:
    """True when [start, end) lies in a short double-quoted phrase that is a name."""
    for q_start, q_end in quotes:
        if q_start < start and end <= q_end:
            inner = text[q_start + 1 : q_end - 1]
            words = re.findall(r"[^\W\d_]+", inner)
            return 0 < len(words) <= _MAX_NAME_WORDS and not _QUALIFIER_BEFORE.search(
                text, max(q_start + 1, start - _LOOKBEHIND), start
            )
    return False


def _title_case_name(core: str, after: str) -> bool:
    """"Four Disruptions": a capitalised number word followed by a capitalised word."""
    if core[0].isdigit() or not core[0].isupper():
        return False
    return re.match(r"^[ \-]+[A-Z][a-z]", after[:_LOOKBEHIND]) is not None


def _idiom(text: str, start: int) -> bool:
    window = text[max(0, start - 3) : start + 16].lower()
    return any(idiom in window for idiom in IDIOMS)


def counted_noun(text: str, position: int) -> str:
    """The noun phrase counted by the figure that ends at ``position``.

    It collects the words that follow, through quotes, up to punctuation, a function
    word, or a past participle after the noun ("suspects were", "persons involved").

    Examples
    --------
    >>> counted_noun("more than 4,600 criminal suspects , There are", 15)
    'criminal suspects'
    >>> counted_noun("8.64 million maliciously registered online accounts.", 12)
    'maliciously registered online accounts'
    """
    words: list[str] = []
    cursor = position
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
            if nxt in _NOUN_STOPWORDS or nxt in _CONJUNCTIONS or nxt.endswith("ed"):
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
    while words and words[-1].lower() in _CONJUNCTIONS:
        words.pop()
    return " ".join(words)


def _classify(text: str, start: int, end: int, core: str, value: Decimal, qualified: bool,
              percent: bool, scaled: bool) -> tuple[str, int, int]:
    """Return (kind, start, end), widening the span for dates."""
    before, after = text[max(0, start - _LOOKBEHIND):start], text[end:end + _LOOKBEHIND]
    if percent:
        return "percent", start, end
    if not qualified and core[0].isdigit():
        month_before = _MONTH_BEFORE.search(before)
        if month_before and value <= 31 and value == int(value):
            return "date", month_before.start(), end
        month_after = _MONTH_AFTER.match(after)
        if month_after and value <= 31:
            return "date", start, end + month_after.end()
    if _TIME_UNIT_AFTER.match(after):
        return "duration", start, end
    if (not qualified and not scaled and re.fullmatch(r"\d{4}", core)
            and 1800 <= int(core) <= 2100):
        return "year", start, end
    return "count", start, end


def scan(text: str, reading: str = DEFAULT_READING) -> Scan:
    """Find every figure in ``text``, and every numeral that is not one, with a reason.

    Parameters
    ----------
    text
        Any English text.
    reading
        ``"step"`` (default) or ``"bound"``: how ``low``/``high`` read a qualifier such
        as "more than"; see :mod:`bulletin.readings`.

    Examples
    --------
    >>> result = scan("The “Cleaning the Internet 2021” campaign found 16 websites.")
    >>> [(f.value, f.noun) for f in result.figures]
    [(16, 'websites')]
    >>> [(r.text, r.reason) for r in result.rejections]
    [('2021', 'part of a quoted name')]
    """
    check_reading(reading)
    quotes = _quoted_spans(text)
    figures: list[Figure] = []
    rejections: list[Rejection] = []
    for match in _core_matches(text):
        core = match.group("core")
        core_start, core_end = match.start("core"), match.end("core")
        if _in_quoted_name(core_start, core_end, quotes, text):
            rejections.append(Rejection(core_start, core_end, core, "part of a quoted name"))
            continue
        if _title_case_name(core, text[core_end:core_end + _LOOKBEHIND]):
            rejections.append(Rejection(core_start, core_end, core, "part of a title-case name"))
            continue
        if not core[0].isdigit() and _idiom(text, core_start):
            rejections.append(Rejection(core_start, core_end, core, "part of an idiom"))
            continue
        value = _core_value(core, match.group("scale"))
        start, end = match.start(), match.end()
        qualifier = "exact"
        window = max(0, start - _LOOKBEHIND)
        before = _QUALIFIER_BEFORE.search(text, window, start)
        if before:
            qualifier = QUALIFIER_WORDS[before.group("q").lower()]
            start = before.start("q")
        else:
            after = _QUALIFIER_AFTER.match(text[end:end + _LOOKBEHIND])
            if after:
                qualifier = QUALIFIER_SUFFIXES[after.group("q").lower()]
                end += after.end()
        kind, start, end = _classify(
            text, start, match.end(), core, value, qualifier != "exact",
            bool(match.group("percent")), bool(match.group("scale")),
        )
        end = max(end, match.end()) if kind != "date" else end
        suffix = _QUALIFIER_AFTER.match(text[match.end():match.end() + _LOOKBEHIND])
        if qualifier != "exact" and suffix:
            end = match.end() + suffix.end()
        low, high = figure_range(value, qualifier, reading)
        noun = ""
        if kind in ("count", "percent"):
            noun = counted_noun(text, end)
        elif kind == "duration":
            noun = _TIME_UNIT_AFTER.match(text[match.end():match.end() + _LOOKBEHIND]).group("unit").lower()
        figures.append(Figure(start, end, text[start:end], _plain(value), qualifier,
                              low, high, kind, noun))
    for match in _ordinal_matches(text):
        rejections.append(Rejection(match.start(), match.end(), match.group(), "ordinal"))
    rejections.sort(key=lambda r: r.start)
    return Scan(figures, rejections)


def find_figures(text: str, reading: str = DEFAULT_READING) -> list[Figure]:
    """Every figure in ``text``, in order; see :func:`scan` for the rejected numerals.

    Examples
    --------
    >>> [(f.value, f.kind) for f in find_figures("A 10-month crackdown in 2021 cut fraud 27.7 percent.")]
    [(10, 'duration'), (2021, 'year'), (27.7, 'percent')]
    """
    return scan(text, reading).figures
