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

from bulletin.figures.en_atoms import (
    LOOKBEHIND, TIME_UNIT_AFTER, TOKEN_BEFORE_HYPHEN, Atom, as_number, find_atoms,
)
from bulletin.figures.model import KINDS, Figure, Rejection, Scan
from bulletin.figures.readings import DEFAULT_READING, check_reading, figure_range
from bulletin.lexicon.load import table
from bulletin.lexicon.numberwords import CARDINAL_RUN_PATTERN, ORDINAL_PATTERN, TENS
from bulletin.lexicon.verbs import VERB_FORMS, english_verb

#: The end of a figure in percentage points ("8.3 percentage points").
_POINTS = re.compile(r"points?$", re.IGNORECASE)

__all__ = [
    "KINDS", "QUALIFIER_WORDS", "QUALIFIER_SUFFIXES", "Figure", "Rejection", "Scan",
    "counted_noun", "scan", "find_figures", "CARDINAL_RUN_PATTERN",
]


_QUALIFIERS = table("en", "qualifiers")
_WORDS = table("en", "words")
#: Words before a number that qualify it, mapped to the qualifier id (``en/qualifiers.toml``).
QUALIFIER_WORDS: dict[str, str] = dict(_QUALIFIERS["before"])
#: Signs before a number that qualify it ("~25").
QUALIFIER_SIGNS: dict[str, str] = dict(_QUALIFIERS["signs"])
#: Words after a number that qualify it ("3,900 or more").
QUALIFIER_SUFFIXES: dict[str, str] = dict(_QUALIFIERS["after"])

MONTHS: tuple[str, ...] = tuple(_WORDS["calendar"]["months"])
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(_WORDS["calendar"]["month_abbreviations"])
WEEKDAYS: tuple[str, ...] = tuple(_WORDS["calendar"]["weekdays"])
_NOT_AMOUNT_WORDS = _WORDS["not_amounts"]
#: A currency as written -> what an amount of it counts ("$" -> dollars).
_CURRENCIES: dict[str, str] = dict(_WORDS["currencies"])
IDIOMS: tuple[str, ...] = tuple(_NOT_AMOUNT_WORDS["idioms"])
#: Words before a numeral that make it a label, not an amount ("Section 4", "No. 5").
LABEL_WORDS = frozenset(_NOT_AMOUNT_WORDS["labels"])
#: Street-name endings: a numeral before "<Name> Street" is a house number.
STREET_WORDS: tuple[str, ...] = tuple(_NOT_AMOUNT_WORDS["streets"])
#: Verbs and words of change: "rose 5% to 7%" is a change and a level, not a range.
CHANGE_WORDS = frozenset(_NOT_AMOUNT_WORDS["change"])
#: Words near a pair such as "3-1" that make it a score.
SCORE_WORDS = frozenset(_NOT_AMOUNT_WORDS["scores"])

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

_NOUN_WORD = re.compile(r"[ \t]*[“”\"]?[ \t]*(?P<word>[A-Za-z][\w’'\-]*)[“”\"]?")
_NOUN_STOPWORDS = frozenset(_WORDS["nouns"]["stop"])
_CONJUNCTIONS = frozenset(_WORDS["nouns"]["conjunctions"])
#: Capitalised words that may stand before a number without making it a label.
_NOT_NAMES = frozenset(
    _NOUN_STOPWORDS
    | {w.split()[0] for w in QUALIFIER_WORDS}
    | {m.lower() for m in (*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS)}
    | set(_WORDS["names"]["not_names"])
)
#: Words that come right before the pronoun "one" ("the one", "each one").
_PRONOUN_ONE_BEFORE = frozenset(_NOT_AMOUNT_WORDS["before_pronoun_one"])
_MAX_NOUN_WORDS = 6
_MAX_NAME_WORDS = 6
_TOKEN = re.compile(r"[A-Za-z]+|\d")
#: Unit words after a numeral that make it an amount even after a name ("Pro 16 inch").
_UNIT_WORDS = frozenset(_WORDS["names"]["units"])


def _ordinal_matches(text: str, starts: list[int]):
    """The matches of ``_ORDINAL`` at the ordinal words that begin at ``starts``."""
    for start in starts:
        if start > 0 and text[start - 1] == "-":
            tens = TOKEN_BEFORE_HYPHEN.search(text, max(0, start - 12), start)
            if tens and tens.group(1).lower() in TENS:
                start = tens.start(1)
        match = _ORDINAL.match(text, start)
        if match:
            yield match


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
        text, max(q_start + 1, start - LOOKBEHIND), start
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


# --- step 3: qualifiers, dates, years, names ------------------------------------------

def _qualify(text: str, atom: Atom) -> None:
    before = _QUALIFIER_BEFORE.search(text, max(0, atom.start - LOOKBEHIND), atom.start)
    if before:
        if before.group("q"):
            atom.qualifier = QUALIFIER_WORDS[before.group("q").lower()]
            atom.q_start = before.start("q")
        else:
            atom.qualifier = QUALIFIER_SIGNS[before.group("sign")]
            atom.q_start = before.start("sign")


def _label(text: str, atom: Atom) -> str | None:
    """Why a bare numeral is a label or part of a name, or None."""
    word = _WORD_BEFORE.search(text, max(0, atom.start - LOOKBEHIND), atom.start)
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


def _name_word(text: str, atom: Atom) -> str | None:
    """Why a number word is part of a name or an idiom, or None."""
    core = text[atom.start : atom.end]
    if core[0].isupper():
        after = re.match(r"[ \-]+[A-Z][a-z]", text[atom.end : atom.end + LOOKBEHIND])
        word = _WORD_BEFORE.search(text, max(0, atom.start - LOOKBEHIND), atom.start)
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


def _date_or_year(text: str, atom: Atom) -> None:
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
        month = _MONTH_AFTER.match(text[atom.end : atom.end + LOOKBEHIND])
        if month:
            atom.kind, atom.end = "date", atom.end + month.end()
            return
    era = _ERA.match(text[atom.end : atom.end + 6]) or _ERA_BEFORE.search(
        text, max(0, atom.start - 5), atom.start)
    if (len(core) == 4 and 1800 <= value <= 2100) or (era and len(core) <= 4):
        atom.kind = "year"


# --- step 4: ranges -------------------------------------------------------------------

def _join(text: str, a: Atom, b: Atom, hyphen_only: bool) -> bool:
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


def _ranges(text: str, atoms: list[Atom]) -> None:
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
    atoms = find_atoms(text, blocked, ordinal_starts)
    _judge(text, atoms, quotes)
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


def _judge(text: str, atoms: list[Atom], quotes) -> None:
    """Qualify each atom, or give it the reason it is no figure (a quoted name, a name
    word, a label); a label's reason passes to the number hyphened to it ("Route 9-11")."""
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


def _figure(text: str, atom: Atom, reading: str) -> Figure:
    start, end = atom.q_start, atom.end
    qualifier = atom.qualifier
    if atom.high is not None:
        qualifier = "range"
    elif qualifier == "exact":
        suffix = _QUALIFIER_AFTER.match(text[end : end + LOOKBEHIND])
        if suffix:
            qualifier = QUALIFIER_SUFFIXES[suffix.group("q").lower()]
            end += suffix.end()
    kind = atom.kind
    time_unit = TIME_UNIT_AFTER.match(text[atom.end : atom.end + LOOKBEHIND])
    if kind == "count":
        if atom.percent:  # "8.3 percentage points" are points, as 8.3个百分点 are
            kind = "points" if _POINTS.search(text, atom.start, atom.end) else "percent"
        elif time_unit:
            kind = "duration"
    if qualifier == "range":
        low, high = sorted((as_number(atom.value), as_number(atom.high)))
        value = low
    else:
        value = as_number(atom.value)
        low, high = figure_range(atom.value, qualifier, reading)
    noun, verb = "", ""
    if kind == "duration":
        noun = time_unit.group("unit").lower()
    elif kind in ("count", "percent", "points"):
        noun, noun_end = (atom.unit, end) if atom.unit else _counted_noun(text, end)
        if kind == "count":
            verb = english_verb(text, start, noun_end)
            if not noun and atom.currency:  # "seized $610,000": the money is the noun
                noun = _CURRENCIES.get(atom.currency.replace(" ", ""), "money")
    return Figure(start, end, text[start:end], value, qualifier, low, high, kind, noun, "", verb)


def find_figures(text: str, reading: str = DEFAULT_READING) -> list[Figure]:
    """Every figure in ``text``, in order; see :func:`scan` for the rejected numerals.

    Examples
    --------
    >>> [(f.value, f.kind) for f in find_figures("A 10-month crackdown in 2021 cut fraud 27.7 percent.")]
    [(10, 'duration'), (2021, 'year'), (27.7, 'percent')]
    >>> [(f.value, f.kind) for f in find_figures("The detection rate rose 8.3 percentage points.")]
    [(8.3, 'points')]
    """
    return scan(text, reading).figures
