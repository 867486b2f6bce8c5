"""The bulletin's 37 claims, as a reader finds them in the text, and nothing else."""

import csv
from pathlib import Path

import pytest

from bulletin.claims.build import account, build_claims

# (operation, metric, value, qualifier, noun, phrase), read by hand from
# the October pack's raw text; the benchmark scores against it too.
SEED_CLAIMS = Path(__file__).with_name("seed_claims.csv")
with open(SEED_CLAIMS, encoding="utf-8", newline="") as handle:
    EXPECTED = [(r["operation"], r["metric"], float(r["value"]), r["qualifier"], r["noun"], r["phrase"])
                for r in csv.DictReader(handle)]


@pytest.fixture(scope="module")
def claims(bulletin_text, october):
    return build_claims(bulletin_text, operations=october.operations)


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


def test_bound_reading_leaves_more_than_open(bulletin_text, october):
    claims = build_claims(bulletin_text, reading="bound", operations=october.operations)
    opened = [c for c in claims if c.qualifier == "more_than"]
    assert opened and all(c.high == float("inf") for c in opened)
    assert all(c.low == c.high for c in claims if c.qualifier == "exact")


def test_every_numeral_is_claimed_or_explained(bulletin_text, october):
    unclaimed = account(bulletin_text, operations=october.operations)
    assert [u.reason for u in unclaimed if u.reason == "unexplained"] == []


def test_the_unclaimed_numerals_are_names_enumerations_and_an_ordinal(bulletin_text, october):
    unclaimed = account(bulletin_text, operations=october.operations)
    assert [u.text for u in unclaimed if u.text == "2021"] == ["2021"] * 3
    assert all(u.reason == "part of a quoted name" for u in unclaimed if u.text == "2021")
    reasons = {(u.text.lower(), u.reason) for u in unclaimed}
    assert ("fourth", "ordinal") in reasons
    assert ("zero", "part of a quoted name") in reasons
    assert sum(1 for u in unclaimed if u.text.lower() == "four") == 6
    assert len(unclaimed) == 11


def test_without_the_pack_the_text_gives_the_same_claims_and_groups(bulletin_text):
    claims = build_claims(bulletin_text)
    assert [(c.metric, c.value, c.qualifier, c.text) for c in claims] == [
        (metric, value, qualifier, phrase) for _, metric, value, qualifier, _, phrase in EXPECTED]

    def partition(labels):
        groups = {}
        for index, label in enumerate(labels):
            groups.setdefault(label, []).append(index)
        return sorted(groups.values())

    assert partition([c.operation for c in claims]) == partition([e[0] for e in EXPECTED])
    assert claims[0].operation == "headline" and "unassigned" not in {c.operation for c in claims}
