"""The grammar of Chinese figures, read from the lexicon's data files.

The words live in ``zh/numerals.toml``, ``zh/qualifiers.toml``, ``zh/measures.toml``,
``zh/verbs.toml``, ``zh/nouns.toml`` and ``zh/nonfigures.toml`` (see
:mod:`bulletin.lexicon.load`), in *simplified* script only: :mod:`bulletin.figures.zh`
scans :func:`bulletin.text.script.to_simplified` of the text (same length, so offsets
still hold), so traditional forms (萬, 餘, 偵辦, 團夥) need no entries of their own. This
module gives the finder the words by role, as the names it matches with; it holds no word
of its own.

Examples
--------
>>> DIGITS["两"], SCALES["万"], QUALIFIERS_IN["余"]
(2, 10000, 'more_than')
>>> "拘留" in HEAD_VERBS, "名" in CLASSIFIERS, "元" in MONEY
(True, True, True)
>>> verbs_with("object", "people")[:3]
('抓获', '抓捕', '刑拘')
"""

from __future__ import annotations

from bulletin.lexicon.load import table


def _by_length(words) -> tuple[str, ...]:
    """The words longest first, each once (the order alternations match in)."""
    return tuple(sorted(dict.fromkeys(words), key=len, reverse=True))


_NUMERALS = table("zh", "numerals")
_QUALIFIERS = table("zh", "qualifiers")
_MEASURES = table("zh", "measures")
_VERBS = table("zh", "verbs")
_NOUNS = table("zh", "nouns")
_NOT_FIGURES = table("zh", "nonfigures")


def verbs_with(key: str, value: str | None = None) -> tuple[str, ...]:
    """The verbs of ``zh/verbs.toml`` that have the role ``key`` (or ``key = value``).

    ``verbs_with("head")`` gives the head verbs; ``verbs_with("object", "people")`` the
    verbs whose unwritten object is people; in the order of the file.
    """
    found = []
    for verb, entry in _VERBS["verbs"].items():
        if value is None and key in entry.get("roles", ()):
            found.append(verb)
        elif value is not None and entry.get(key) == value:
            found.append(verb)
    return tuple(found)


def verb_field(field: str) -> dict[str, str]:
    """``{verb: value}`` for the verbs that have ``field`` (``object``, ``counts``)."""
    return {verb: entry[field] for verb, entry in _VERBS["verbs"].items() if field in entry}


def _measures_with(role: str) -> tuple[str, ...]:
    return tuple(word for word, roles in _MEASURES["words"].items() if role in roles)


# --- numerals ---------------------------------------------------------------------------

#: Chinese digits, everyday and financial (大写) forms.
DIGITS: dict[str, int] = dict(_NUMERALS["digits"])
#: Financial digits: in running text they count only beside a financial unit.
FINANCIAL_DIGITS: str = _NUMERALS["financial"]["digits"]
FINANCIAL_UNITS: str = _NUMERALS["financial"]["units"]
#: Units inside a section of four digits.
UNITS: dict[str, int] = dict(_NUMERALS["units"])
#: Tens written as one character: 廿 = 20, 卅 = 30, 卌 = 40.
TENS: dict[str, int] = dict(_NUMERALS["tens"])
#: Scales: 万 = 10^4, 亿 = 10^8, 兆 = 10^12.
SCALES: dict[str, int] = dict(_NUMERALS["scales"])
#: What may not follow a unit or scale character for it to be one (千克, 百分之, 兆瓦).
NOT_AFTER_MULTIPLIER: dict[str, tuple[str, ...]] = {
    char: tuple(words) for char, words in _NUMERALS["not_after_multiplier"].items()}
#: Signs of a negative number, written before it.
NEGATIVE: tuple[str, ...] = tuple(_NUMERALS["signs"]["negative"])

# --- qualifiers -------------------------------------------------------------------------

QUALIFIERS_BEFORE: dict[str, str] = dict(_QUALIFIERS["before"])
QUALIFIERS_BEFORE_BARE: dict[str, str] = dict(_QUALIFIERS["before_bare"])
NOT_QUALIFIER_AFTER: dict[str, set[str]] = {
    word: set(chars) for word, chars in _QUALIFIERS["not_after"].items()}
QUALIFIERS_IN: dict[str, str] = dict(_QUALIFIERS["inside"])
QUALIFIERS_AFTER: dict[str, str] = dict(_QUALIFIERS["after"])
QUALIFIERS_AFTER_TIME: dict[str, str] = dict(_QUALIFIERS["after_time"])
#: Which qualifiers state a bound: before 的 such a figure defines a group (a threshold).
BOUND_QUALIFIERS = frozenset(_QUALIFIERS["bounds"]["ids"])

# --- indefinite amounts -----------------------------------------------------------------

_INDEFINITE = _NUMERALS["indefinite"]
#: Before a bare unit (数十, 几百, 好几千), "several"; longest first.
SEVERAL: tuple[str, ...] = _by_length(_INDEFINITE["several"])
NOT_SEVERAL_AFTER = set(_INDEFINITE["not_several_after"])
UPWARDS: tuple[str, ...] = tuple(_INDEFINITE["upwards"])
NOT_UPWARDS_AFTER = set(_INDEFINITE["not_upwards_after"])
INDEFINITE_ONE_ALWAYS: tuple[str, ...] = tuple(_INDEFINITE["one_always_article"])

# --- measure words ----------------------------------------------------------------------

MEASURE_WORDS = _measures_with("measure")
CLASSIFIERS = frozenset(_measures_with("classifier"))
MONEY = _measures_with("money")
PERCENT_POINTS = _measures_with("percent_point")
TIME_UNITS = _measures_with("time")
EVENT_MEASURES = frozenset(_measures_with("event"))
NOT_MEASURE: tuple[str, ...] = tuple(_MEASURES["not_measure"]["words"])
#: Tenths written as a measure word (九成, 七折): a figure of kind ``rate``.
RATE_MEASURES = frozenset(_measures_with("rate"))
#: The same as characters (成, 折): :func:`~bulletin.figures.zh_numerals.chinese_number`
#: reads 三成 as 30 (percent).
TENTHS = "".join(word for word in RATE_MEASURES if len(word) == 1)
#: Denominators of a rate written 千分之五, 万分之四: the value is the number as written.
RATE_DENOMINATORS = frozenset(_NUMERALS["rates"]["denominators"])
#: Multiples (4.5倍): a figure of kind ``times``.
TIMES_MEASURES = frozenset(_measures_with("times"))
#: Characters never taken as an unknown measure word by position (的, 余, 和 ...).
NOT_OPEN_MEASURE = frozenset(_MEASURES["open"]["not_measure"])

# --- words that are not figures ---------------------------------------------------------

IDIOMS: tuple[str, ...] = tuple(_NOT_FIGURES["words"]["idioms"])
DIGIT_WORDS = frozenset(_NOT_FIGURES["words"]["digit_words"])
CODE_NAME_AFTER: tuple[str, ...] = tuple(_NOT_FIGURES["names"]["code_name_after"])
BEFORE_BARE_YEAR = set(_NOT_FIGURES["names"]["before_bare_year"])
PHONE_BEFORE: tuple[str, ...] = tuple(_NOT_FIGURES["phones"]["before"])
PHONE_AFTER: tuple[str, ...] = tuple(_NOT_FIGURES["phones"]["after"])
TIME_OF_DAY: tuple[str, ...] = tuple(_NOT_FIGURES["clock"]["time_of_day"])
NOT_HOUR_BEFORE = set(_NOT_FIGURES["clock"]["not_hour_before"])

# --- verbs and the counted noun ---------------------------------------------------------

#: Verbs that govern a bulletin's counts (抓获犯罪嫌疑人2600余名).
HEAD_VERBS = verbs_with("head")
#: Verbs that also sit inside nouns (处罚决定, 涉及): used only when no head verb is found.
INNER_VERBS = verbs_with("inner")
#: Verbs of change before a percentage (同比增长10.7%).
CHANGE_VERBS = verbs_with("change")
#: Verbs of enforcement results (the verb of a figure the finder left without one).
ENFORCEMENT_VERBS = _by_length(verbs_with("enforcement"))
#: Verbs strong enough to open a clause after a comma.
CLAUSE_VERBS = _by_length(verbs_with("clause"))
#: Verbs after which 共 ("in all") marks a total (共侦破).
TOTAL_VERBS = verbs_with("total")
#: What a verb's object is when no noun is written (刑拘1706人: people).
OBJECT_CLASSES: dict[str, str] = verb_field("object")
#: How a count by this verb reads in English (侦破: solved).
COUNTING_MEANINGS: dict[str, str] = verb_field("counts")
VERB_JOINERS: tuple[str, ...] = tuple(_VERBS["joiners"]["verbs"])
LIST_JOINERS: tuple[str, ...] = tuple(_VERBS["joiners"]["lists"])

NOUN_LEFT_TRIM: tuple[str, ...] = tuple(_NOUNS["left"]["trim"])
NOUN_LEFT_KEEP: tuple[str, ...] = tuple(_NOUNS["left"]["keep"])
NOUN_RIGHT_TRIM: tuple[str, ...] = tuple(_NOUNS["right"]["trim"])
NOUN_RIGHT_KEEP: tuple[str, ...] = tuple(_NOUNS["right"]["keep"])
NOUN_AFTER_STOP: tuple[str, ...] = tuple(_NOUNS["after"]["stop"])
NOUN_AFTER_END: tuple[str, ...] = tuple(_NOUNS["after"]["end"])
#: Words of comparison before a verb of change (同比, 环比).
COMPARISON_WORDS: tuple[str, ...] = tuple(_NOUNS["share"]["comparison"])
#: Words before a number that are never what it counts (为数, 当, 使得), and copulas.
NOT_NOUNS = frozenset(_NOUNS["not_nouns"]["words"])
COPULAS: tuple[str, ...] = tuple(_NOUNS["not_nouns"]["copulas"])
NOUN_REACH_BEFORE: int = _NOUNS["reach"]["before"]
NOUN_REACH_AFTER: int = _NOUNS["reach"]["after"]
NOUN_MAX_WITHOUT_VERB: int = _NOUNS["reach"]["without_verb"]
