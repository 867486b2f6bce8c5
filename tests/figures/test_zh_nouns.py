"""What a Chinese figure counts: its noun, measure word and verb, by hand.

The sentences are written for these tests in the manner of the bulletins.
"""

import tomllib
from pathlib import Path

import pytest

from bulletin.figures.zh import find_figures_zh, measure_word
from bulletin.text.spans import clauses


def counted(text):
    return [(f.text, f.noun, f.measure, f.verb) for f in find_figures_zh(text)]


CASES = tomllib.loads((Path(__file__).parent / "cases" / "zh_nouns.toml")
                      .read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[case["text"] for case in CASES])
def test_the_noun_measure_and_verb_of_each_case(case):
    assert counted(case["text"]) == [tuple(f) for f in case["figures"]]


def test_each_figure_its_own_clause():
    """侦破…，没收…，拘留…: each verb opens a clause (issue 15)."""
    text = "侦破案件30起，没收手机300部，拘留嫌疑人12名。"
    assert [c.text for c in clauses(text)] == ["侦破案件30起，", "没收手机300部，", "拘留嫌疑人12名。"]


def test_two_sentences():
    assert counted("侦破案件3900余起，抓获犯罪嫌疑人1.66万名。") == [
        ("3900余", "案件", "起", "侦破"), ("1.66万", "犯罪嫌疑人", "名", "抓获")]


def test_a_list_shares_its_verb():
    assert counted("查获黑卡300余万张、黑号5000余万个") == [
        ("300余万", "黑卡", "张", "查获"), ("5000余万", "黑号", "个", "查获")]
    assert counted("抓获3名嫌疑人和5名同伙") == [
        ("3", "嫌疑人", "名", "抓获"), ("5", "同伙", "名", "抓获")]


def test_a_list_of_objects_before_one_number():
    assert counted("偵辦侵犯公民個人信息、黑客等重點案件1.8萬餘起") == [
        ("1.8萬餘", "侵犯公民個人信息、黑客等重點案件", "起", "偵辦")]


def test_a_comma_ends_the_shared_verb():
    # a new clause without a verb of its own does not borrow the last one
    assert counted("抓获犯罪嫌疑人1000名，涉案金额2亿元") == [
        ("1000", "犯罪嫌疑人", "名", "抓获"), ("2亿", "涉案金额", "亿元", "")]


@pytest.mark.parametrize("text, expected", [
    ("发现并关停违法网站1000余个", [("1000余", "违法网站", "个", "关停")]),
    ("在打击整治中破获案件3000余起", [("3000余", "案件", "起", "破获")]),
    ("在侦办案件中抓获各行业“内鬼”900多名", [("900多", "各行业“内鬼”", "名", "抓获")]),
    ("查处为网络水军提供关停服务的网站12个", [("12", "为网络水军提供关停服务的网站", "个", "查处")]),
    ("作出行政处罚决定3000余份", [("3000余", "行政处罚决定", "份", "作出")]),
    ("行政处罚违法互联网企业、单位2万余家", [("2万余", "违法互联网企业、单位", "家", "处罚")]),
])
def test_which_verb_governs(text, expected):
    assert counted(text) == expected


@pytest.mark.parametrize("text, noun", [
    ("全国公安机关共侦破案件3.7万余起", "案件"),
    ("累计抓获了犯罪嫌疑人2600余名", "犯罪嫌疑人"),
    ("依法查处相关企业104家", "相关企业"),
    ("依法查处各类企业104家", "企业"),
    ("抓获犯罪嫌疑人等2600名", "犯罪嫌疑人"),
    ("抓获涉嫌诈骗的犯罪嫌疑人26名", "诈骗的犯罪嫌疑人"),
    ("查获违法行为3000起", "违法行为"),
    ("解救被害人120名", "被害人"),
    ("查处计算机信息系统案件30起", "计算机信息系统案件"),
    ("其中黑客案件900余起", "黑客案件"),
])
def test_function_words_are_trimmed(text, noun):
    (figure,) = find_figures_zh(text)
    assert figure.noun == noun


def test_a_count_of_events_counts_the_action():
    assert counted("开展监督检查20万余次，警告3.5万余次，责令整改6500余次") == [
        ("20万余", "监督检查", "次", "检查"), ("3.5万余", "警告", "次", "警告"),
        ("6500余", "责令整改", "次", "整改")]


def test_a_verb_is_not_read_across_another_word():
    # 巡查处置: 查处 straddles two words; the verbs are 巡查 and 处置
    assert counted("巡查处置违法信息44万余条") == [("44万余", "违法信息", "条", "处置")]


@pytest.mark.parametrize("text", [
    "其中，3900余起为黑客案件",
    "数十万人参加",
    "同比增长10.7%",
    "2021年",
    "为期10个月",
    "see file 16",
])
def test_no_noun_in_reach_is_empty(text):
    assert all(f.noun == "" for f in find_figures_zh(text))


def test_traditional_script_is_reported_as_printed():
    assert counted("偵辦案件1.8萬餘起，抓獲嫌疑人2.7萬餘名，打掉團夥163個，關停網站1.2萬個") == [
        ("1.8萬餘", "案件", "起", "偵辦"), ("2.7萬餘", "嫌疑人", "名", "抓獲"),
        ("163", "團夥", "個", "打掉"), ("1.2萬", "網站", "個", "關停")]


def test_percentages_have_a_verb_of_change_and_what_they_measure():
    assert counted("同比增长10.7%，下降3.5个百分点") == [
        ("10.7%", "", "%", "增长"), ("3.5", "百分点", "个", "下降")]
    assert counted("破案率61.2%，发案数同比下降8.4%。") == [
        ("61.2%", "破案率", "%", ""), ("8.4%", "发案数", "%", "下降")]


def test_a_duration_puts_its_unit_in_the_measure():
    (figure,) = find_figures_zh("为期10个月的专项行动")
    assert (figure.kind, figure.measure, figure.noun) == ("duration", "个月", "")


@pytest.mark.parametrize("text, position, measure", [
    ("390余人次。", 4, "人次"), ("4个", 1, "个"), ("10个月来", 2, "个月"), ("统一部署", 2, ""),
    ("打掉團夥兩個", 5, "個"), ("年龄18周岁", 4, "周岁"), ("处罚1.1万家次", 6, "家次"),
])
def test_measure_word(text, position, measure):
    assert measure_word(text, position) == measure
