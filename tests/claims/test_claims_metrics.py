"""Metrics from the counted noun and the verb, in English and Chinese; the language read
from the script; English qualifiers after a verb. Sentences written for these tests."""

import pytest

from bulletin.claims.build import build_claims, figures_of
from bulletin.errors import BulletinError
from bulletin.text.language import detect_language, language_runs
from bulletin.text.spans import paragraphs


def claim(text, **kwargs):
    found = build_claims(text, **kwargs)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, metric", [
    ("Police arrested 4,600 criminal suspects.", "suspects"),
    ("Police solved 390 cases.", "cases"),
    ("Police shut down 16 websites.", "websites_shut"),
    ("More than 950 illegal websites were shut down.", "websites_shut"),
    ("Regulators fined 30 websites.", "websites_fined"),
    ("Police inspected 12,000 websites.", "websites_inspected"),
    ("Police closed 210,000 accounts.", "accounts_shut"),
    ("Police seized 8.6 million online accounts.", "online_accounts"),
    ("Officers rescued 120 minors.", "minors_rescued"),
    ("Police seized 45 stolen bicycles.", "items"),
    ("Police arrested 45 drunk drivers.", "persons"),
    ("Police stopped 3,000 phone cards.", "sim_cards_stopped"),
    ("Police rectified 30 websites.", "websites_supervised"),
    ("Police arrested 200 gang members.", "gang_members"),
])
def test_english_metric_from_noun_and_verb(text, metric):
    assert claim(text).metric == metric


@pytest.mark.parametrize("text, metric, noun, measure, verb", [
    ("抓获犯罪嫌疑人4600余名。", "suspects", "犯罪嫌疑人", "名", "抓获"),
    ("抓获嫌犯800名。", "suspects", "嫌犯", "名", "抓获"),
    ("侦破案件3900余起。", "cases", "案件", "起", "侦破"),
    ("依法关停网站950余个。", "websites_shut", "网站", "个", "关停"),
    ("行政处罚违法网站300家。", "websites_fined", "违法网站", "家", "处罚"),
    ("巡查检查网站1.2万余个。", "websites_inspected", "网站", "个", "检查"),
    ("关停“网络水军”账号620万余个。", "accounts_shut", "“网络水军”账号", "个", "关停"),
    ("解散网络群组17万个。", "groups_dissolved", "网络群组", "个", "解散"),
])
def test_chinese_metric_from_noun_and_verb(text, metric, noun, measure, verb):
    found = claim(text)
    assert (found.metric, found.noun, found.measure, found.verb, found.lang) == (
        metric, noun, measure, verb, "zh")


@pytest.mark.parametrize("text, metric", [
    ("捣毁地下钱庄12个。", "organisations"),
    ("缴获气枪72支。", "items"),
    ("刑拘1706人。", "persons"),
    ("侦破命案积案40起。", "cases"),
    ("追缴赃款300万元。", "money"),
])
def test_an_unknown_chinese_noun_falls_back_to_its_class(text, metric):
    assert claim(text).metric == metric


#: The same figures phrased in English and in Chinese: each pair must get one metric.
SAME_FIGURES = [
    ("Police arrested 300 criminal suspects.", "抓获犯罪嫌疑人300名。"),
    ("Police solved 40 cases.", "侦破案件40起。"),
    ("Police shut down 16 websites.", "关停网站16个。"),
    ("Police fined 16 websites.", "处罚网站16个。"),
    ("Police rectified 16 websites.", "责令整改网站16个。"),
    ("Police seized 2,000 phone cards.", "查获手机卡2000张。"),
    ("Police stopped 2,000 phone cards.", "关停手机卡2000张。"),
    ("Police destroyed 14 app promotion gangs.", "打掉APP推广团伙14个。"),
    ("Police destroyed 14 gangs.", "打掉团伙14个。"),
    ("Police arrested 200 gang members.", "抓获团伙成员200名。"),
    ("Police detained 1,706 drunk drivers.", "查处醉驾驾驶人1706名。"),
    ("Police closed 5,000 accounts.", "关停账号5000个。"),
    ("Police seized 72 air guns.", "缴获气枪72支。"),
    ("Police destroyed 12 underground banks.", "捣毁地下钱庄12个。"),
    ("The detection rate rose 8.3 percentage points.", "破案率上升8.3个百分点。"),
    ("Police froze 1.2 billion yuan.", "冻结资金12亿元。"),
]


@pytest.mark.parametrize("english, chinese", SAME_FIGURES)
def test_english_and_chinese_phrasings_get_one_metric(english, chinese):
    assert claim(english).metric == claim(chinese).metric


def test_english_figures_keep_their_noun_and_no_measure():
    found = claim("Police seized 3.83 million mobile phone black cards.")
    assert (found.noun, found.measure, found.verb, found.lang) == (
        "mobile phone black cards", "", "seized", "en")


@pytest.mark.parametrize("phrase, qualifier, value", [
    ("nearing 97 per cent", "nearly", 97),
    ("topping 1,000", "more_than", 1000),
    ("exceeding 5,000", "more_than", 5000),
    ("reaching nearly 3,000", "nearly", 3000),
    ("surpassing 40", "more_than", 40),
])
def test_english_qualifiers_after_a_verb(phrase, qualifier, value):
    text = f"Seizures are up, {phrase} cases this year."
    figure = [f for f, _ in figures_of(text)][0]
    assert (figure.qualifier, figure.value) == (qualifier, value)
    assert text[figure.start:figure.end] == phrase.replace("reaching ", "")


@pytest.mark.parametrize("text, lang", [
    ("Police solved 3,900 cases.", "en"),
    ("侦破案件3900余起。", "zh"),
    ("偵破案件3900餘起，抓獲犯罪嫌疑人4600餘名。", "zh"),
    ("抓获犯罪嫌疑人2600余名（见 https://example.cn/a/b.htm）", "zh"),
    ("Полиция раскрыла 3900 дел.", None),
    ("2021-10-14 12:30", None),
])
def test_the_language_is_read_from_the_script(text, lang):
    assert detect_language(text) == lang


def test_a_bilingual_text_is_read_with_both_finders():
    text = ("Police solved 62,000 cases and arrested 103,000 suspects this year.\n"
            "全年侦办案件6.2万起，抓获犯罪嫌疑人10.3万名。\n")
    assert [(r[2]) for r in language_runs(text, paragraphs(text))] == ["en", "zh"]
    found = build_claims(text)
    assert [(c.value, c.lang) for c in found] == [
        (62000, "en"), (103000, "en"), (62000, "zh"), (103000, "zh")]
    assert len({c.operation for c in found}) == 1


def test_a_text_in_neither_language_is_refused():
    with pytest.raises(BulletinError, match="cannot tell the language"):
        build_claims("Полиция раскрыла 3900 дел.")


def test_lang_forces_one_finder():
    assert build_claims("侦破案件3900余起。", lang="en") == []
    with pytest.raises(BulletinError, match="unknown language"):
        build_claims("Police solved 12 cases.", lang="fr")


def test_a_breakdown_after_of_the_total_takes_the_totals_noun():
    claims = build_claims("Police detained 634 suspects. Of the 634 suspects, 205 were women "
                          "and another 59 were minors.")
    assert [(c.value, c.noun, c.metric) for c in claims] == [
        (634, "suspects", "suspects"), (634, "suspects", "suspects"),
        (205, "suspects", "suspects"), (59, "suspects", "suspects")]
