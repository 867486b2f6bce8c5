"""English number words: recognising and evaluating spelled-out numbers.

Examples
--------
>>> words_to_number(["forty", "two"])
42
>>> words_to_number(["one", "thousand", "two", "hundred", "and", "five"])
1205
"""

from __future__ import annotations

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
HUNDRED = {"hundred": 100}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
    "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth",
    "thousandth", "millionth", "billionth",
)

CARDINAL_WORDS = {**UNITS, **TENS, **HUNDRED, **SCALES}
#: "a dozen", "two dozen": a multiplier like a scale word, but not a cardinal word.
DOZEN = {"dozen": 12}
#: Denominator words of spoken fractions ("two-thirds", "a quarter of"), singular and plural.
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000, "thousandths": 1000,
}


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
