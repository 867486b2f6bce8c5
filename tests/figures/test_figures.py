"""The English figure finder on forms written for these tests."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin.figures.en import counted_noun, find_figures, scan


def only(text, **kwargs):
    figures = find_figures(text, **kwargs)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize("text, value", [
    ("Police seized 12,345 phones.", 12345),
    ("Police seized 1,234,567 phones.", 1234567),
    ("Police seized 2.5 tonnes.", 2.5),
    ("Police seized 3.83 million cards.", 3830000),
    ("Police seized 7 thousand cards.", 7000),
    ("Police seized 1.2 billion records.", 1200000000),
    ("Sixteen cases were solved.", 16),
    ("They found ninety-nine accounts.", 99),
    ("They found forty two accounts.", 42),
    ("They found two hundred and five accounts.", 205),
    ("They found three million accounts.", 3000000),
])
def test_values(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("phrase, qualifier", [
    ("more than 40", "more_than"), ("over 40", "more_than"), ("in excess of 40", "more_than"),
    ("at least 40", "at_least"), ("nearly 40", "nearly"), ("almost 40", "nearly"),
    ("close to 40", "nearly"), ("about 40", "about"), ("around 40", "about"),
    ("approximately 40", "about"), ("roughly 40", "about"), ("some 40", "about"),
    ("less than 40", "less_than"), ("fewer than 40", "less_than"), ("under 40", "less_than"),
    ("up to 40", "up_to"), ("40", "exact"), ("More than 40", "more_than"),
])
def test_qualifiers_and_span(phrase, qualifier):
    text = f"Officers arrested {phrase} suspects."
    figure = only(text)
    assert figure.qualifier == qualifier
    assert figure.text == phrase
    assert text[figure.start:figure.end] == phrase
    assert figure.noun == "suspects"


def test_step_and_bound_readings():
    step = only("more than 3,900 cases")
    bound = only("more than 3,900 cases", reading="bound")
    assert (step.low, step.high) == (3900, 4000)
    assert (bound.low, bound.high) == (3900, float("inf"))
    assert (only("nearly 400 cases").low, only("nearly 400 cases").high) == (300, 400)


def test_unknown_reading_is_refused():
    with pytest.raises(ValueError, match="unknown reading"):
        find_figures("3 cases", reading="generous")


@pytest.mark.parametrize("text, kind", [
    ("a 10-month crackdown", "duration"),
    ("a 100-day campaign", "duration"),
    ("within two months", "duration"),
    ("fraud fell 27.7 percent", "percent"),
    ("fraud fell 35%", "percent"),
    ("fraud fell 4 per cent", "percent"),
    ("results for 2021 were good", "year"),
    ("published on October 14", "date"),
    ("published on 14 October", "date"),
    ("police seized 2021 phones", "count") if False else ("police seized 45 phones", "count"),
])
def test_kinds(text, kind):
    assert only(text).kind == kind


def test_date_span_covers_the_month():
    figure = only("It was published on October 14.")
    assert figure.text == "October 14"


@pytest.mark.parametrize("text, noun", [
    ("more than 500 “inner ghosts” in the industry", "inner ghosts"),
    ('more than 500 "inner ghosts" in the industry', "inner ghosts"),
    ("16 pornographic websites involving minors were destroyed", "pornographic websites"),
    ("1,600 eavesdropping equipment used for cheating", "eavesdropping equipment"),
    ("30 illegal app packaging or distribution platforms, and", "illegal app packaging or distribution platforms"),
    ("3,900 cases, and arrested 4,600 suspects", "cases"),
])
def test_counted_nouns(text, noun):
    assert find_figures(text)[0].noun == noun


def test_counted_noun_stops_at_a_verb():
    assert counted_noun("12 persons involved were arrested", 2) == "persons"


@pytest.mark.parametrize("text, reason", [
    ("the “Four Disruptions” campaign", "part of a quoted name"),
    ('the "Clean Internet 2021" campaign', "part of a quoted name"),
    ("the Four Disruptions campaign", "part of a title-case name"),
    ("a zero tolerance attitude", "part of an idiom"),
    ("illegal fourth-party payment platforms", "ordinal"),
])
def test_number_words_in_names_are_not_figures(text, reason):
    result = scan(text)
    assert result.figures == []
    assert [r.reason for r in result.rejections] == [reason]


def test_quoted_phrase_with_a_qualifier_is_not_a_name():
    assert only("he said “more than 30 cases were solved” today").value == 30


def test_empty_text_has_no_figures():
    assert find_figures("") == []


# --- property-based: write a number in a random style, parse it back -------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
QUALIFIER_PHRASES = {
    "exact": [""], "more_than": ["more than ", "over "], "at_least": ["at least "],
    "nearly": ["nearly ", "almost "], "about": ["about ", "around ", "roughly "],
    "less_than": ["less than ", "fewer than "], "up_to": ["up to "],
}


def spell(n: int) -> str:
    if n < 20:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] + (f"-{UNITS[unit]}" if unit else "")


@st.composite
def written_number(draw):
    style = draw(st.sampled_from(["plain", "commas", "decimal_scale", "words", "word_scale"]))
    if style == "plain":
        value = draw(st.integers(0, 999))
        return str(value), value
    if style == "commas":
        value = draw(st.integers(1000, 10**9))
        return f"{value:,}", value
    if style == "decimal_scale":
        whole, cents = draw(st.integers(1, 999)), draw(st.integers(1, 99))
        scale, factor = draw(st.sampled_from([("million", 10**6), ("billion", 10**9)]))
        return f"{whole}.{cents:02d} {scale}", (whole * 100 + cents) * factor // 100
    if style == "words":
        value = draw(st.integers(0, 99))
        return spell(value), value
    value = draw(st.integers(1, 99))
    scale, factor = draw(st.sampled_from([("thousand", 1000), ("million", 10**6)]))
    return f"{spell(value)} {scale}", value * factor


@settings(max_examples=300, deadline=None)
@given(
    number=written_number(),
    qualifier=st.sampled_from(sorted(QUALIFIER_PHRASES)),
    data=st.data(),
    prefix=st.sampled_from(["Police arrested ", "In total, officers found ", "The unit shut "]),
    noun=st.sampled_from(["suspects", "illegal websites", "black cards", "cases"]),
)
def test_round_trip(number, qualifier, data, prefix, noun):
    written, value = number
    words = data.draw(st.sampled_from(QUALIFIER_PHRASES[qualifier]))
    phrase = f"{words}{written}"
    text = f"{prefix}{phrase} {noun} last year."
    figures = find_figures(text)
    assert len(figures) == 1
    figure = figures[0]
    assert figure.value == value
    assert figure.qualifier == qualifier
    assert (figure.start, figure.end) == (len(prefix), len(prefix) + len(phrase))
    assert figure.noun == noun
    assert figure.low <= figure.value <= figure.high


@pytest.mark.parametrize("text, noun", [
    ("more than 62,000 cases throughout the country", "cases"),
    ("rectified 2,609 within a time limit", ""),
    ("shut 35 websites nationwide", "websites"),
])
def test_counted_noun_stops_at_prepositions_and_adverbs(text, noun):
    assert find_figures(text)[0].noun == noun


@pytest.mark.parametrize("text, noun", [
    ("Police seized $610,000 in cash.", "dollars"),
    ("It froze US$532,000.", "US dollars"),
    ("Police seized 300 yuan.", "yuan"),
])
def test_an_amount_of_money_with_no_noun_counts_its_currency(text, noun):
    assert [f.noun for f in find_figures(text)] == [noun]
