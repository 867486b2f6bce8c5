"""English number words (``en/numbers.toml``): recognising and evaluating spelled-out numbers.

Examples
--------
>>> words_to_number(["forty", "two"])
42
>>> words_to_number(["one", "thousand", "two", "hundred", "and", "five"])
1205
"""

from __future__ import annotations

from bulletin.lexicon.load import table

_NUMBERS = table("en", "numbers")
UNITS: dict[str, int] = dict(_NUMBERS["units"])
TENS: dict[str, int] = dict(_NUMBERS["tens"])
HUNDRED: dict[str, int] = dict(_NUMBERS["hundred"])
SCALES: dict[str, int] = dict(_NUMBERS["scales"])
ORDINALS: tuple[str, ...] = tuple(_NUMBERS["ordinals"]["words"])

CARDINAL_WORDS = {**UNITS, **TENS, **HUNDRED, **SCALES}
#: "a dozen", "two dozen": a multiplier like a scale word, but not a cardinal word.
DOZEN: dict[str, int] = dict(_NUMBERS["dozen"])
#: Denominator words of spoken fractions ("two-thirds", "a quarter of"), singular and plural.
FRACTION_WORDS: dict[str, int] = dict(_NUMBERS["fractions"])


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


#: One cardinal word, matched case-insensitively as a whole word.
CARDINAL_PATTERN = rf"(?:{_alternation(CARDINAL_WORDS)})"
#: A run of cardinal words joined by spaces, hyphens or "and" ("two hundred and five").
CARDINAL_RUN_PATTERN = (
    rf"\b{CARDINAL_PATTERN}(?:(?:[ \-]|\s+and\s+){CARDINAL_PATTERN})*\b"
)
_ONE_TO_NINE = _alternation(w for w, v in UNITS.items() if 1 <= v <= 9)
_MULTIPLIER = _alternation([*SCALES, *DOZEN])
_SMALL = (
    rf"(?:(?:{_alternation(TENS)})(?:[ \-](?:{_ONE_TO_NINE})\b)?\b"
    rf"|(?:{_alternation(UNITS)})\b"
    rf"|an?(?=[ \-]+(?:hundred|{_MULTIPLIER})\b))"
)
_HUNDREDS = rf"{_SMALL}(?:[ \-]+hundred\b(?:(?:\s+and\s+|[ \-]+){_SMALL})?)?"
_WITH_SCALE = rf"{_HUNDREDS}(?:[ \-]+(?:{_MULTIPLIER})\b)+"
#: A spelled-out number of any size, by a grammar: "forty-two", "a hundred", "two hundred
#: and five", "twenty-eight thousand six hundred forty-two", "a dozen". Unlike
#: :data:`CARDINAL_RUN_PATTERN` it joins with "and" only after "hundred" or a scale word
#: ("three and four" is two numbers). Match it case-insensitively.
NUMBER_WORDS_PATTERN = (
    rf"(?:{_WITH_SCALE}(?:(?:\s+and\s+|[ \-]+)(?:{_WITH_SCALE}|{_HUNDREDS}))*|{_HUNDREDS})"
)
#: An ordinal word ("fourth"), compound ones included ("twenty-fourth").
ORDINAL_PATTERN = rf"\b(?:(?:{_alternation(TENS)})-)?(?:{_alternation(ORDINALS)})\b"


def words_to_number(words: list[str]) -> int:
    """Evaluate a sequence of cardinal words ("and" is ignored).

    "a" or "an" before "hundred" or a scale word counts as one, and "dozen" multiplies by
    twelve. Raises ``ValueError`` for a word that is not a cardinal number word.

    Examples
    --------
    >>> words_to_number(["sixteen"])
    16
    >>> words_to_number(["three", "million"])
    3000000
    >>> words_to_number(["a", "dozen"]), words_to_number(["a", "hundred", "and", "one"])
    (12, 101)
    """
    total = 0
    current = 0
    for raw in words:
        word = raw.lower()
        if word == "and":
            continue
        if word in ("a", "an"):
            current += 1
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in HUNDRED:
            current = max(current, 1) * 100
        elif word in SCALES or word in DOZEN:
            total += max(current, 1) * (SCALES.get(word) or DOZEN[word])
            current = 0
        else:
            raise ValueError(f"not a cardinal number word: {raw!r}")
    return total + current
