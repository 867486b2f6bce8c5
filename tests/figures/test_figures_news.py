"""The English figure finder on the forms news text uses: one test per general rule.

Every sentence here is written for these tests, with invented numbers.
"""

import pytest

from bulletin.figures.en import find_figures, scan
from bulletin.figures.readings import QUALIFIERS, figure_range


def only(text):
    figures = [f for f in find_figures(text) if f.kind not in ("year", "date")]
    assert len(figures) == 1, figures
    return figures[0]


def values(text):
    return [f.value for f in find_figures(text) if f.kind not in ("year", "date")]


def reasons(text):
    return [r.reason for r in scan(text).rejections]


# --- ranges ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, low, high", [
    ("Rents rose by between 4 and 6 pounds.", 4, 6),
    ("The plant employs from 30 to 45 people.", 30, 45),
    ("Each crate holds 12 to 18 melons.", 12, 18),
    ("The sensor draws 3-7 watts.", 3, 7),
    ("Waits of 20 – 25 minutes are common.", 20, 25),
    ("Analysts see a floor and a ceiling of $11/$14 a share.", 11, 14),
    ("The lake is 40-to-55 metres deep.", 40, 55),
])
def test_ranges_have_two_ends(text, low, high):
    figure = only(text)
    assert (figure.qualifier, figure.low, figure.high, figure.value) == ("range", low, high, low)


def test_a_range_span_covers_both_ends():
    assert only("The ferry carries between 80 and 120 cars.").text == "between 80 and 120"


def test_a_scale_on_the_second_end_belongs_to_both():
    figure = only("The deal is worth $6 to $9 billion.")
    assert (figure.low, figure.high) == (6_000_000_000, 9_000_000_000)
    figure = only("There were three to four thousand visitors.")
    assert (figure.low, figure.high) == (3000, 4000)


def test_a_scale_is_not_shared_when_the_first_end_would_pass_the_second():
    figure = only("Fines run from $300 to $2 million.")
    assert (figure.low, figure.high) == (300, 2_000_000)


def test_a_percent_sign_on_the_second_end_belongs_to_both():
    figure = only("Margins will be 6 to 8 per cent.")
    assert (figure.kind, figure.low, figure.high) == ("percent", 6, 8)


def test_from_to_may_fall():
    figure = only("Output slipped from 7.5 to 7.1 percent.")
    assert (figure.low, figure.high) == (7.1, 7.5)


def test_from_to_with_a_unit_word_between():
    figure = only("He went from 95 kilos to 88 in a year.")
    assert (figure.low, figure.high) == (88, 95)


def test_a_change_and_a_level_are_not_a_range():
    assert values("Sales rose 3% to $41 million.") == [3, 41_000_000]
    assert values("Profit grew by $2.5 million to $9.5 million.") == [2_500_000, 9_500_000]


def test_plain_to_needs_rising_ends():
    assert values("The count went 9 to 4 overnight.") == [9, 4]


@pytest.mark.parametrize("text, low, high", [
    ("Hundreds of volunteers came.", 100, 1000),
    ("Thousands of letters arrived.", 1000, 10000),
    ("Tens of thousands of fans sang.", 10_000, 100_000),
    ("It cost millions of dollars.", 1_000_000, 10_000_000),
    ("Dozens of boats sank.", 12, 120),
])
def test_plural_scales_are_ranges_of_one_order(text, low, high):
    figure = only(text)
    assert (figure.qualifier, figure.low, figure.high) == ("range", low, high)


def test_range_is_a_known_qualifier():
    assert "range" in QUALIFIERS
    assert figure_range(7, "range") == (7, 7)


# --- money, scales, units -------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("It sold for $7.25.", 7.25),
    ("It sold for US$19.", 19),
    ("It sold for US $19.", 19),
    ("It sold for $US19.", 19),
    ("It sold for HK $64.", 64),
    ("It sold for €8.", 8),
    ("It sold for £3,400.", 3400),
    ("It sold for USD45.", 45),
    ("It sold for RM12.", 12),
    ("It sold for 600 yuan.", 600),
    ("It sold for 41 dollars.", 41),
])
def test_money(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("text, value", [
    ("The fund holds 4.6bn in bonds.", 4_600_000_000),
    ("The club paid $7m for him.", 7_000_000),
    ("The club paid €1.2M for him.", 1_200_000),
    ("The firm is valued at $3b.", 3_000_000_000),
    ("The car costs 31k new.", 31_000),
    ("Debt reached $2tn.", 2_000_000_000_000),
    ("They shipped 8.5m parcels.", 8_500_000),
    ("A budget of 2 mln was set.", 2_000_000),
])
def test_glued_and_short_scales(text, value):
    assert only(text).value == value


def test_a_glued_m_without_money_or_noun_is_metres():
    figure = only("The tower is a 90m landmark.")
    assert (figure.value, figure.noun) == (90, "m")


@pytest.mark.parametrize("text, value, unit", [
    ("The phone has 512GB of storage.", 512, "GB"),
    ("The route is 14km long.", 14, "km"),
    ("The motor gives 7kW of power.", 7, "kW"),
    ("Top speed is 130mph.", 130, "mph"),
    ("The dose is 250mg.", 250, "mg"),
])
def test_units_glued_to_a_number(text, value, unit):
    figure = only(text)
    assert (figure.value, figure.noun) == (value, unit)


@pytest.mark.parametrize("text, value, kind", [
    ("Turnout was 61%.", 61, "percent"),
    ("Turnout was 61 per cent.", 61, "percent"),
    ("Turnout was 61 percent.", 61, "percent"),
    ("Turnout was 61pc.", 61, "percent"),
    ("Turnout fell 1.5 percentage points.", 1.5, "points"),
    ("Errors fell to .02 per cent.", 0.02, "percent"),
])
def test_percentages(text, value, kind):
    figure = only(text)
    assert (figure.value, figure.kind) == (value, kind)


# --- spelled-out numbers, fractions, dozens -------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("A hundred guests came.", 100),
    ("About a thousand guests came.", 1000),
    ("Some two and a half million guests came.", 2_500_000),
    ("Half a million guests came.", 500_000),
    ("A dozen guests came.", 12),
    ("Three dozen guests came.", 36),
    ("Nineteen thousand four hundred and six guests came.", 19406),
    ("Exactly 7 hundred guests came.", 700),
    ("We counted 3 hundred thousand guests.", 300_000),
])
def test_spelled_numbers_of_any_size(text, value):
    assert only(text).value == value


def test_and_joins_number_words_only_after_a_scale():
    assert values("They picked three and four apples.") == [3, 4]


@pytest.mark.parametrize("text, value", [
    ("Half the seats were empty.", 0.5),
    ("A third of the seats were empty.", 1 / 3),
    ("Two-thirds of the seats were empty.", 2 / 3),
    ("Three quarters of the seats were empty.", 0.75),
    ("One fifth of the seats were empty.", 0.2),
    ("One in four seats was empty.", 0.25),
    ("Two out of five seats were empty.", 0.4),
    ("It needs 3/4 cup of flour.", 0.75),
])
def test_fractions(text, value):
    assert only(text).value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "She won a third term.",
    "It happened in the second half.",
    "Flags flew at half-staff.",
    "They played in the last three quarters.",
])
def test_words_that_look_like_fractions(text):
    assert not [f for f in find_figures(text) if f.value < 1]


def test_a_slash_pair_that_is_not_a_usual_fraction_is_rejected():
    assert values("The help line runs 24/7.") == []
    assert "a pair written with a slash (a date, a ratio or a code)" in reasons(
        "The help line runs 24/7.")


# --- negative numbers -----------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The net flow was -8 units.", -8),
    ("Nights reach minus 40 degrees.", -40),
    ("Nights reach minus-12 degrees.", -12),
    ("The balance was $-3.5bn.", -3_500_000_000),
    ("Index moves: ABC -0.7%.", -0.7),
])
def test_negative_numbers(text, value):
    assert only(text).value == value


# --- what is not an amount ------------------------------------------------------------

@pytest.mark.parametrize("text, reason", [
    ("They won the final 4-2.", "a score"),
    ("It ended 1-1.", "a score"),
    ("They lost 1-3 at home.", "a score"),
    ("The train left at 10:45.", "a clock time"),
    ("The train left at 7 p.m.", "a clock time"),
    ("The train left at 6am.", "a clock time"),
    ("Call 555-201-7788 today.", "a phone number"),
    ("Call (555) 201-7788 today.", "a phone number"),
    ("It happened on 2020-03-14.", "a date in digits"),
    ("Take the 3rd exit.", "ordinal"),
    ("Music of the 1960s returned.", "a decade or an age band"),
])
def test_not_amounts(text, reason):
    assert values(text) == []
    assert reason in reasons(text)


@pytest.mark.parametrize("text", [
    "Read Section 12 first.",
    "He sat in Row 9.",
    "She wore No. 10 shirts.",
    "They meet at Gate 31.",
    "The storm reached category 3 strength.",
    "Stocks in the Acme 250 index fell.",
    "The new Zephyr 8 phone ships soon.",
    "Cases of COVID-19 fell.",
    "The XR40 model sold out.",
    "The V-8 engine roars.",
    "Visit 42 Elm Street soon.",
])
def test_labels_codes_and_names(text):
    assert values(text) == []
    assert reasons(text)


def test_a_name_before_a_unit_still_gives_an_amount():
    assert values("The Vela 15 inch screen is sharp.") == [15]


def test_an_age_beside_a_name():
    assert values("Jo Smith, 52, said prices rose.") == []
    assert "an age beside a name" in reasons("Jo Smith, 52, said prices rose.")


def test_number_words_in_names_and_pronouns():
    assert values("They watched Channel Four.") == []
    assert values("He kept that one.") == []
    assert values("Two Danish firms merged.") == [2]


def test_scale_words_without_a_number():
    assert values("Several hundred people came.") == []
    assert "a scale word without a number" in reasons("Several hundred people came.")


def test_date_ranges_stay_dates():
    figures = find_figures("The fair runs Aug. 3-9 every year.")
    assert [f.kind for f in figures] == ["date"]


def test_year_ranges_stay_years():
    assert values("The 1998-99 season and the years between 1650 and 1900.") == []


@pytest.mark.parametrize("text, qualifier", [
    ("It weighs ~30 kilos.", "about"),
    ("It weighs just over 30 kilos.", "more_than"),
    ("It weighs at most 30 kilos.", "up_to"),
    ("Groups of 30 or fewer.", "up_to"),
])
def test_more_qualifiers(text, qualifier):
    assert only(text).qualifier == qualifier


def test_a_very_long_digit_run_is_a_code():
    assert values("Key: " + "7" * 5000 + ".") == []


def test_a_long_text_parses():
    text = ("Between 3 and 5 boats, $7m, 2-1, 10:30, Row 4, a third of 60% of "
            "twenty-one thousand. ") * 2500
    assert len(text) > 200_000
    assert len(find_figures(text)) == 5 * 2500
