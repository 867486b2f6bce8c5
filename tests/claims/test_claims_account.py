"""What is not a claim, and why: every numeral is claimed or listed with its reason.

Sentences written for these tests, with invented numbers.
"""

import pytest

from bulletin.claims.build import account, build_claims, numeral_tokens


def reasons(text, **kwargs):
    return [(u.text, u.reason) for u in account(text, **kwargs)]


def claimed(text, **kwargs):
    return [c.text for c in build_claims(text, **kwargs)]


def test_every_numeral_is_claimed_or_explained_in_both_languages():
    for text in ("On October 14, at 3 pm, police held the fifth meeting of the “Net 2021” "
                 "drive and said 16 websites and 30 gangs had been shut; 12% fewer. "
                 "Call 010-12345678 or see www.mps.gov.cn/n2254/index.html.",
                 "6月24日15时，公安机关连续第3年开展“净网2021”专项行动，打掉一个团伙，"
                 "查获手机黑卡300余万张，同比增长10.7%。举报电话12377，网址www.cyberpolice.cn。"):
        claims = build_claims(text)
        unclaimed = account(text)
        tokens = numeral_tokens(text)
        covered = {u.start for u in unclaimed}
        for start, end, token in tokens:
            assert start in covered or any(c.start <= start < c.end for c in claims), token
        assert all(u.reason != "unexplained" for u in unclaimed)


@pytest.mark.parametrize("text, token, reason", [
    ("Police met at 3 pm and solved 12 cases.", "3", "clock time"),
    ("On June 24 police solved 12 cases.", "24", "a date"),
    ("It was the fifth drive; police solved 12 cases.", "fifth", "ordinal"),
    ("Police solved 12 cases involving more than 100 million yuan.", "100", "threshold"),
    ("Police solved 12 cases of children under the age of 14.", "14", "age"),
    ("Police solved 12 cases, see www.mps.gov.cn/a/2021/10.html.", "2021", "web address"),
    ("Police solved 12 cases; call 010-12345678.", "010", "phone"),
    ("Police solved 12 cases in three consecutive years.", "three", "duration"),
    ("Police solved 12 cases of four types of fraud.", "four", "kinds"),
])
def test_english_non_claims_and_their_reasons(text, token, reason):
    found = dict(reasons(text))
    assert token in found and reason in found[token]
    assert claimed(text) == ["12"]


@pytest.mark.parametrize("text, token, reason", [
    ("15时，侦破案件12起。", "15", "clock"),
    ("6月24日，侦破案件12起。", "24", "date"),
    ("连续第3年开展行动，侦破案件12起。", "3", "ordinal"),
    ("第五次会议上，通报侦破案件12起。", "五", "ordinal"),
    ("侦破涉案金额超过1000万元的案件12起。", "1000", "threshold"),
    ("打掉一个团伙，侦破案件12起。", "一", "indefinite"),
    ("侦破“12.15”专案等案件12起。", "12.15", "name"),
    ("在云剑-2020行动中，侦破案件12起。", "2020", "code"),
    ("举报电话12377，侦破案件12起。", "12377", "phone"),
    ("针对四类网络犯罪，侦破案件12起。", "四", "kinds"),
    ("侦破案件12起，占总数的三分之一。", "三", "fraction"),
])
def test_chinese_non_claims_and_their_reasons(text, token, reason):
    found = dict(reasons(text))
    assert token in found and reason in found[token].lower() + found[token], found
    assert claimed(text) == ["12"]


def test_a_header_block_is_not_the_text():
    text = ("Title: Police solve 62,000 cases\nDate: 2022-01-14\n\n"
            "Police solved more than 62,000 cases this year.\n")
    assert claimed(text) == ["more than 62,000"]
    assert {token for token, reason in reasons(text) if "header" in reason} == {
        "62,000", "2022", "01", "14"}


def test_offsets_count_a_leading_bom():
    text = "\ufeffPolice solved 12 cases.\n侦破案件60余起。"
    found = build_claims(text)
    assert [text[c.start:c.end] for c in found] == ["12", "60余"]
    assert found[0].start == 15


def test_the_account_of_a_long_text_covers_every_copy():
    paragraph = "On May 3 police solved 120 cases in the “Net 2021” drive.\n6月24日打掉一个团伙。\n\n"
    text = paragraph * 300
    unclaimed = account(text)
    assert len(build_claims(text)) == 300
    assert len(unclaimed) == 300 * 5
    assert all(u.reason != "unexplained" for u in unclaimed)


@pytest.mark.parametrize("text, expected", [
    ("侦破案件12起，同比增长10.7%。", [("12", "count", ""), ("10.7%", "percent", "增长")]),
    ("侦破案件12起，下降3.2个百分点。", [("12", "count", ""), ("3.2", "points", "下降")]),
    ("破案率提高三成，损失下降4.5倍。", [("三", "rate", "提高"), ("4.5", "times", "下降")]),
    ("Police solved 12 cases, 13.8 percent fewer.", [("12", "count", ""), ("13.8 percent", "percent", "")]),
])
def test_percentages_rates_and_multiples_are_claims_with_their_kind(text, expected):
    got = [(c.text, c.kind, c.verb if c.kind != "count" else "") for c in build_claims(text)]
    assert got == expected


def test_a_share_is_in_the_operation_of_the_count_it_describes():
    claims = build_claims("侦破案件12起，同比增长10.7%。")
    assert len({c.operation for c in claims}) == 1


@pytest.mark.parametrize("text, expected", [
    ("Police solved 12 cases in 4 provinces.", [("12", "count"), ("4", "places")]),
    ("部署11个省份牵头，侦破案件12起。", [("11", "places"), ("12", "count")]),
    ("案件涉及全国18个省市。", [("18", "places")]),
])
def test_places_covered_are_claims_of_their_own_kind(text, expected):
    assert [(c.text, c.kind) for c in build_claims(text)] == expected
