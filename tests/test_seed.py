"""The bulletin's 37 claims, as a reader finds them in the text, and nothing else."""

import pytest

from bulletin.claims import account, build_claims

# (operation, metric, value, qualifier, noun, phrase) read by hand from
# data/raw/cleaning-the-internet-2021-stage-results.en.txt
EXPECTED = [
    ("headline", "cases", 37000, "more_than", "cases", "more than 37,000"),
    ("headline", "suspects", 80000, "more_than", "criminal suspects", "more than 80,000"),
    ("headline", "companies_punished", 20000, "more_than", "illegal Internet companies and units", "more than 20,000"),
    ("personal_information", "cases", 3900, "more_than", "cases", "more than 3,900"),
    ("personal_information", "suspects", 4600, "more_than", "criminal suspects", "more than 4,600"),
    ("personal_information", "insiders", 500, "more_than", "inner ghosts", "more than 500"),
    ("fraud_gambling_support", "cases", 16600, "exact", "criminal cases", "16,600"),
    ("fraud_gambling_support", "suspects", 49000, "exact", "suspects", "49,000"),
    ("water_army", "cases", 190, "more_than", "cases", "More than 190"),
    ("water_army", "suspects", 1400, "more_than", "persons", "more than 1,400"),
    ("water_army", "websites_shut", 950, "more_than", "illegal websites", "more than 950"),
    ("protecting_seedlings", "cases", 60, "more_than", "cases", "more than 60"),
    ("protecting_seedlings", "suspects", 300, "more_than", "criminal suspects", "more than 300"),
    ("protecting_seedlings", "websites_shut", 16, "exact", "pornographic websites", "16"),
    ("protecting_seedlings", "gangs", 4, "exact", "gangs", "4"),
    ("protecting_seedlings", "minors_rescued", 120, "more_than", "minors", "more than 120"),
    ("protecting_seedlings", "people", 390, "more_than", "people", "More than 390"),
    ("hackers", "cases", 900, "more_than", "cases", "more than 900"),
    ("hackers", "suspects", 2100, "more_than", "criminal suspects", "more than 2,100"),
    ("exam_cheating", "cases", 70, "more_than", "cases", "more than 70"),
    ("exam_cheating", "suspects", 450, "more_than", "criminal suspects", "more than 450"),
    ("exam_cheating", "cheating_devices", 1600, "more_than", "eavesdropping equipment", "more than 1,600"),
    ("four_disruptions", "cases", 15000, "more_than", "cases", "more than 15,000"),
    ("four_disruptions", "suspects", 23000, "more_than", "criminal suspects", "more than 23,000"),
    ("four_disruptions", "sim_cards", 3830000, "exact", "mobile phone black cards", "3.83 million"),
    ("four_disruptions", "online_accounts", 8640000, "exact", "maliciously registered online accounts", "8.64 million"),
    ("four_disruptions", "devices", 10000, "more_than", "black-produced devices", "more than 10,000"),
    ("four_governance", "payment_platforms", 250, "more_than", "illegal fourth-party payment platforms", "more than 250"),
    ("four_governance", "money_laundering_gangs", 490, "more_than", "money laundering and scoring gangs", "more than 490"),
    ("four_governance", "app_promotion_gangs", 370, "more_than", "illegal APP promotion gangs", "more than 370"),
    ("four_governance", "website_building_gangs", 80, "more_than", "illegal website building gangs", "more than 80"),
    ("four_governance", "app_signing_gangs", 11, "exact", "illegal APP signing gangs", "11"),
    ("four_governance", "tech_support_gangs", 230, "more_than", "other technical support gangs", "more than 230"),
    ("four_pipes", "im_tools", 60, "exact", "illegal instant messaging tools", "60"),
    ("four_pipes", "app_distribution_platforms", 30, "more_than", "illegal APP packaging or distribution platforms", "more than 30"),
    ("four_pipes", "cases", 80, "more_than", "cases", "more than 80"),
    ("four_pipes", "broadband_accounts", 5000, "more_than", "illegal broadband accounts", "more than 5,000"),
]


@pytest.fixture(scope="module")
def claims(bulletin_text):
    return build_claims(bulletin_text)


def test_the_bulletin_yields_exactly_37_claims(claims):
    assert len(claims) == 37 == len(EXPECTED)


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_each_claim_matches_the_text(claims, index):
    operation, metric, value, qualifier, noun, phrase = EXPECTED[index]
    claim = claims[index]
    assert (claim.operation, claim.metric, claim.value, claim.qualifier, claim.noun, claim.text) == (
        operation, metric, value, qualifier, noun, phrase)


def test_claim_spans_point_at_their_text(claims, bulletin_text):
    for claim in claims:
        assert bulletin_text[claim.start:claim.end] == claim.text
        assert claim.text in claim.quote


def test_each_operation_metric_pair_is_unique(claims):
    keys = [(c.operation, c.metric) for c in claims]
    assert len(keys) == len(set(keys))


def test_paragraphs_of_claims(claims):
    assert [c.paragraph for c in claims] == [2] * 3 + [3] * 19 + [4] * 15


def test_more_than_ranges_under_the_step_reading(claims):
    by_key = {(c.operation, c.metric): c for c in claims}
    assert (by_key["headline", "cases"].low, by_key["headline", "cases"].high) == (37000, 38000)
    assert (by_key["personal_information", "cases"].low, by_key["personal_information", "cases"].high) == (3900, 4000)
    assert (by_key["four_disruptions", "devices"].low, by_key["four_disruptions", "devices"].high) == (10000, 20000)
    assert (by_key["four_disruptions", "sim_cards"].low, by_key["four_disruptions", "sim_cards"].high) == (3830000, 3830000)


def test_bound_reading_leaves_more_than_open(bulletin_text):
    claims = build_claims(bulletin_text, reading="bound")
    opened = [c for c in claims if c.qualifier == "more_than"]
    assert opened and all(c.high == float("inf") for c in opened)
    assert all(c.low == c.high for c in claims if c.qualifier == "exact")


def test_every_numeral_is_claimed_or_explained(bulletin_text):
    unclaimed = account(bulletin_text)
    assert [u.reason for u in unclaimed if u.reason == "unexplained"] == []


def test_the_unclaimed_numerals_are_names_enumerations_and_an_ordinal(bulletin_text):
    unclaimed = account(bulletin_text)
    assert [u.text for u in unclaimed if u.text == "2021"] == ["2021"] * 3
    assert all(u.reason == "part of a quoted name" for u in unclaimed if u.text == "2021")
    reasons = {(u.text.lower(), u.reason) for u in unclaimed}
    assert ("fourth", "ordinal") in reasons
    assert ("zero", "part of a quoted name") in reasons
    assert sum(1 for u in unclaimed if u.text.lower() == "four") == 6
    assert len(unclaimed) == 11
