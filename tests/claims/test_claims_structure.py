"""Operations found in the text itself: passages, crime classes, headline totals, ids.

Every text here is written for these tests, with invented numbers.
"""

import pytest

from bulletin.claims.build import build_claims
from bulletin.packs.operations import Operation
from bulletin.claims.structure import operation_id


def ops(text, **kwargs):
    return [(c.value, c.operation) for c in build_claims(text, **kwargs)]


def groups(text, **kwargs):
    """The claims' values grouped by operation, in order of first appearance."""
    out = {}
    for claim in build_claims(text, **kwargs):
        out.setdefault(claim.operation, []).append(claim.value)
    return list(out.values())


# --- English -----------------------------------------------------------------------------

def test_english_openers_name_their_passages():
    text = ("Police solved 900 cases this year. In the crackdown on telecom fraud, police "
            "solved 300 cases. They arrested 120 suspects.\n\nIn the “Safe Roads” campaign, "
            "officers seized 45 cars. During the special operation against illegal mining, "
            "police closed 17 pits. In cracking down on smuggling, customs seized 8 boats.")
    assert ops(text) == [
        (900, "headline"),
        (300, "crackdown_on_telecom_fraud"), (120, "crackdown_on_telecom_fraud"),
        (45, "safe_roads"),
        (17, "operation_against_illegal_mining"),
        (8, "cracking_down_on_smuggling"),
    ]


def test_a_passage_ends_with_its_paragraph():
    text = "In the crackdown on gambling, police solved 30 cases.\n\nOfficers also seized 12 phones."
    (_, first), (_, second) = ops(text)
    assert first == "crackdown_on_gambling" and second != first


def test_a_campaign_wide_opener_opens_no_passage():
    text = ("In the crackdown on fraud, police solved 30 cases. During the crackdown, police "
            "detained 70 suspects for running scam call centres.")
    (_, fraud), (_, second) = ops(text)
    assert fraud == "crackdown_on_fraud"
    assert second == "running_scam_call_centres"


@pytest.mark.parametrize("marker", ["A total of", "In total,", "Overall,", "Altogether,",
                                    "So far this year,", "Since the campaign began,"])
def test_totals_markers_give_the_headline(marker):
    text = f"Police began work in May.\n\nIn the crackdown on fraud, 3 cases were solved.\n\n{marker} 4,500 cases were solved."
    assert ops(text)[-1] == (4500, "headline")


def test_a_paragraph_that_names_no_line_of_work_is_the_headline():
    text = ("Police solved 5,600 cases and arrested 8,100 suspects this year, the ministry said.\n"
            "Officers also shut 40 websites. In all, 45 games companies were inspected.")
    assert {op for _, op in ops(text)} == {"headline"}


def test_a_class_opens_a_line_of_work_for_the_rest_of_its_paragraph():
    text = ("Police solved 900 cases.\n\nThey solved 300 cases of fraud. They froze 12 accounts "
            "and arrested 40 suspects.\n\nThey shut 7 websites.")
    assert ops(text) == [(900, "headline"), (300, "fraud"), (12, "fraud"), (40, "fraud"),
                         (7, "headline")]


def test_a_crime_class_in_the_noun_splits_one_sentence():
    text = ("Police began work in May.\n\nPolice solved 6,000 cases of fraud and arrested "
            "2,000 gambling suspects.")
    assert ops(text) == [(6000, "fraud"), (2000, "gambling")]


def test_a_combined_class_is_one_figure_of_one_operation():
    text = ("Police began work in May.\n\nAmong them, police resolved about 18,000 cases of "
            "personal information and hacking and busted 6,000 groups.")
    claims = build_claims(text)
    assert [c.operation for c in claims] == ["personal_information_and_hacking"] * 2
    assert claims[0].qualifier == "about"


def test_a_class_made_of_general_words_names_nothing():
    text = "Police began work in May.\n\nPolice cracked 45,000 cybercrime cases and arrested 60,000 suspects."
    first, second = ops(text)
    assert first[1] == second[1] and first[1] not in ("cybercrime", "unassigned")


def test_suspects_arrested_for_a_crime_name_it():
    text = ("Police began work in May.\n\nMore than 13,000 people were seized for trading "
            "personal data, and more than 2,000 others were arrested for hack attacks.")
    assert ops(text) == [(13000, "trading_personal_data"), (2000, "hack_attacks")]


def test_a_restated_passage_joins_the_group_it_restates():
    text = ("Police began work in May.\n\nIn the crackdown on trolls, police solved 147 cases and "
            "closed 210,000 accounts.\n\n“网络水军”专项行动中，公安机关侦破案件147起，关停账号21万余个。")
    first, second = groups(text)[0], groups(text)[-1]
    assert len(groups(text)) == 1 and first == second == [147, 210000, 147, 210000]


def test_a_pack_cue_wins_and_the_text_fills_the_rest():
    pack = [Operation("fraud_op", "Fraud", "Fraud", "", ("fight against fraud",), (), "passage",
                      "test", "crackdown")]
    text = ("In the fight against fraud, police solved 12 cases.\n\nIn the crackdown on smuggling, "
            "customs seized 8 boats.")
    assert ops(text, operations=pack) == [(12, "fraud_op"), (8, "crackdown_on_smuggling")]


def test_english_ids_are_short_readable_slugs():
    assert operation_id("crackdown on telecom fraud and online gambling crimes in the north", "en") \
        == "crackdown_on_telecom_fraud"
    assert operation_id("“Four Disruptions” campaign against black production", "en") == "four_disruptions"


# --- Chinese -----------------------------------------------------------------------------

def test_chinese_openers_name_their_passages():
    text = ("今年以来，全国公安机关共侦破案件3.7万余起。\n"
            "在严打“侵犯公民个人信息”行动中，侦破案件3900余起，抓获犯罪嫌疑人4600余名；"
            "在打击电信诈骗“断卡”行动中，侦破案件1.6万起。\n"
            "严打网络黑客犯罪行动中，侦破案件900余起。\n"
            "一是依法打击网络赌博犯罪，侦破案件800起。\n"
            "（二）整治网络谣言，关停账号500个。\n"
            "针对技术支持环节，打掉团伙96个。")
    assert ops(text) == [
        (37000, "headline"),
        (3900, "侵犯公民个人信息行动"), (4600, "侵犯公民个人信息行动"),
        (16000, "断卡行动"),
        (900, "网络黑客犯罪行动"),
        (800, "网络赌博犯罪"),
        (500, "网络谣言"),
        (96, "技术支持环节"),
    ]


def test_chinese_campaign_names_give_the_headline():
    text = "在“净网2022”专项行动中，公安机关侦办案件8300起，抓获犯罪嫌疑人9000名。"
    assert [op for _, op in ops(text)] == ["headline", "headline"]


def test_qi_zhong_breaks_a_total_down_by_class():
    text = ("全国公安机关共侦破网络犯罪案件5.9万起，抓获犯罪嫌疑人8.8万名。其中，网络赌博类案件8300余起，"
            "侵犯公民个人信息类案件5000余起。")
    assert ops(text) == [(59000, "headline"), (88000, "headline"), (8300, "网络赌博"),
                         (5000, "侵犯公民个人信息")]


def test_a_chinese_class_holds_to_the_end_of_its_segment():
    text = ("这些案件中，侦办侵犯公民个人信息类案件6524起，抓获犯罪嫌疑人1.3万名；"
            "侦办黑客攻击案件1782起，抓获犯罪嫌疑人2975名。")
    assert ops(text) == [(6524, "侵犯公民个人信息"), (13000, "侵犯公民个人信息"),
                         (1782, "黑客攻击"), (2975, "黑客攻击")]


def test_a_quoted_name_before_accounts_is_a_class():
    text = "全年共侦办案件6.2万余起，依法关停“网络水军”账号620万余个、网站1200余个。"
    assert ops(text) == [(62000, "headline"), (6200000, "网络水军行动"), (1200, "网络水军行动")]


def test_each_bullet_item_is_its_own_group():
    text = ("全年共侦办案件5.7万余起。\n• 侦破案件5000余起，抓获嫌疑人300名\n• 打掉团伙50余个\n"
            "• 依法清理下架违法APP3.5万余款，查处企业104家")
    assert groups(text) == [[57000], [5000, 300], [50], [35000, 104]]


def test_a_section_number_or_heading_opens_a_section():
    text = ("全年共侦办案件5.7万余起。\n01\n打掉团伙数创新高\n全年共打掉团伙50余个。\n抓获嫌疑人300名。\n"
            "追逃成效明显\n抓获逃犯70名，其中公安部A级逃犯3名。")
    assert groups(text) == [[57000], [50, 300], [70, 3]]


def test_traditional_and_simplified_ids_are_the_same():
    simplified = "在严打“侵犯公民个人信息”行动中，侦破案件3900余起，抓获犯罪嫌疑人4600余名。"
    traditional = "在嚴打“侵犯公民個人信息”行動中，偵破案件3900餘起，抓獲犯罪嫌疑人4600餘名。"
    assert ops(traditional) == ops(simplified)


def test_chinese_ids_keep_chinese_characters():
    assert operation_id("打击电信网络诈骗和网络赌博犯罪“断源”行动", "zh") == "断源行动"
    assert operation_id("依法严厉打击侵犯公民个人信息犯罪", "zh") == "侵犯公民个人信息犯罪"


# --- layout, enumerations, examples, breakdowns ---------------------------------------------

def test_a_further_paragraph_is_its_own_group():
    text = ("Police solved 900 cases and arrested 400 suspects.\n\nMeanwhile, police helped 70 "
            "people return home.\n\n同时，公安机关劝阻群众1.6万人次。")
    assert groups(text) == [[900, 400], [70], [16000]]


def test_an_english_enumeration_opens_a_passage():
    text = ("Police solved 900 cases.\n\nFirst, the crackdown on fraud has achieved results. "
            "Police destroyed 65 fraud dens.")
    assert ops(text) == [(900, "headline"), (65, "crackdown_on_fraud")]


def test_an_example_case_is_its_own_group():
    text = ("Police solved 300 cases of fraud. For example, officers seized 12 phones and "
            "froze 40 accounts.\n\n在打击诈骗领域，共侦破案件500起。如侦破张某诈骗案，缴获手机30部。")
    assert groups(text) == [[300], [12, 40], [500], [30]]


def test_a_breakdown_stays_in_its_group_with_the_antecedents_noun():
    text = ("In the crackdown on fraud, police arrested 634 suspects. Among them, 205 were "
            "detained and 17 were released.")
    claims = build_claims(text)
    assert {c.operation for c in claims} == {"crackdown_on_fraud"}
    assert [c.noun for c in claims] == ["suspects"] * 3


def test_a_chinese_total_marker_makes_the_headline():
    text = "在打击赌博领域，侦破案件30起。\n全年累计侦破案件900起，抓获嫌疑人300名。"
    assert ops(text) == [(30, "赌博领域"), (900, "headline"), (300, "headline")]


@pytest.mark.parametrize("phrase, lang, expected", [
    ("organizing cheating on exams using wireless devices", "en", "organizing_cheating_on_exams"),
    ("crackdown on cheating using", "en", "crackdown_on_cheating"),
    ("打击侵犯公民个人信息和黑客攻击犯罪", "zh", "侵犯公民个人信息和黑客攻击犯罪"),
    ("利用互联网侵犯人身权利和财产权利相关案件", "zh", "利用互联网侵犯人身权利"),
])
def test_ids_are_whole_phrases_never_cut_mid_word(phrase, lang, expected):
    assert operation_id(phrase, lang) == expected


def test_an_operation_since_its_launch_opens_a_passage():
    text = "全年共侦破案件900起。夏季治安打击整治行动6月开展以来，共破获案件70起，抓获嫌疑人30名。"
    assert groups(text) == [[900], [70, 30]]


def test_an_english_sentence_that_launches_an_operation_opens_a_passage():
    text = ("Police solved 900 cases.\n\nThe ministry told police to carry out special actions "
            "to crack down on loan sharks. A total of 120 gangs were broken up.\n\n"
            "\"Sky Net No. 2\" project teams caught 40 fugitives.")
    assert ops(text) == [(900, "headline"), (120, "crack_down_on_loan_sharks"), (40, "sky_net_no_2")]


def test_at_the_same_time_opens_a_further_group():
    text = ("Police solved 900 cases and arrested 400 suspects. At the same time, police caught "
            "70 fugitives, including 12 abroad.")
    assert groups(text) == [[900, 400], [70, 12]]


def test_a_place_below_the_campaign_opens_its_own_passage():
    text = ("Police solved 900 cases this year. In Qingpu District, police seized 300 wild "
            "birds and arrested 13 suspects.")
    assert ops(text) == [(900, "headline"), (300, "qingpu_district"), (13, "qingpu_district")]


def test_an_enumerated_heading_opens_a_section():
    text = ("Police solved 900 cases.\n\nFirst, the investigation has achieved results.\n\n"
            "Police destroyed 65 fraud dens.\n\n二是打击赌博犯罪。\n\n共侦破案件30起。")
    assert groups(text) == [[900], [65], [30]]


def test_an_english_class_later_in_the_sentence_names_the_whole_sentence():
    text = "Police solved 900 cases.\n\nMore than 30 suspects were detained in 12 firework cases."
    assert ops(text) == [(900, "headline"), (30, "firework"), (12, "firework")]


def test_a_chinese_circumstance_frame_opens_a_passage():
    text = "全年共侦破案件900起。在车辆增加到300万辆，驾驶人增加到500万人的情况下，事故减少20起。"
    assert groups(text) == [[900], [3000000, 5000000, 20]]


def test_the_campaigns_own_class_in_the_lead_is_the_headline():
    text = ("Police crackdown on fraud against the elderly\n\nPolice solved 39,000 fraud cases this "
            "year.\n\nThey also solved 300 cases of gambling.")
    assert ops(text) == [(39000, "headline"), (300, "gambling")]


def test_a_line_of_work_set_for_others_opens_a_passage():
    text = ("Police solved 900 cases.\n\nThe ministry has organized police to strengthen the "
            "checking of tips, and handled 2,100 tips.")
    assert ops(text) == [(900, "headline"), (2100, "strengthen_the_checking_of_tips")]
