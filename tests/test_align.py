"""align: an English text's figures beside its Chinese original's, with no phrase table.

The October fixture is a Chinese text written from the short figure phrases of the pack's
``reference/zh-bulletin-figures.csv`` (phrases and figures only, with their counted nouns);
align must give the verdicts notebook 05 shows: 20 of 37 claims confirmed, none differing.
"""

import csv
import io
import subprocess
import sys

import pandas as pd
import pytest

from bulletin.analysis import checks, translation
from bulletin.analysis.align import align, relation
from bulletin.claims.build import build_claims
from bulletin.paths import ROOT

#: The October bulletin's Chinese figure phrases, as the reposts print them, in a text.
OCTOBER_ZH = """公安机关深入推进“净网2021”专项行动

今年以来，全国公安机关共侦破案件3.7万余起，抓获犯罪嫌疑人8万余名，行政处罚违法互联网企业、单位2万余家。

在严打“侵犯公民个人信息”行动中，侦破案件3900余起，抓获犯罪嫌疑人4600余名、行业“内鬼”500余名。\
在“断源”行动中，侦破提供网络支撑的案件1.66万起，抓获犯罪嫌疑人4.9万名。\
在打击“网络水军”行动中，侦破案件190余起，抓获涉案人员1400余名，关停网站950余个。\
在“护苗”行动中，侦破危害青少年案件60余起，查处犯罪嫌疑人300余名，摧毁涉未成年人淫秽色情网站16个、团伙4个，\
解救未成年人120余名，挽救企图自杀的青少年390余人次。\
在严打网络黑客犯罪行动中，侦破案件900余起，抓获犯罪嫌疑人2100余名。在打击涉考犯罪中，侦破案件70余起。
"""
RELATION_OF_STATUS = {"confirmed": "same", "qualifier_differs": "qualifier_differs",
                      "value_differs": "value_differs", "no_chinese_source": "en_only"}


@pytest.fixture(scope="module")
def october_aligned(october):
    en = pd.read_csv(october.processed("claims.csv"))
    return pd.DataFrame(align(en, build_claims(OCTOBER_ZH)))


def test_october_relations_are_notebook_05s_verdicts(october, october_aligned):
    claims = checks.load_claims(october.processed("claims.csv"), "step")
    zh = translation.load_zh_figures(october.reference("zh-bulletin-figures.csv"),
                                     october.operations)
    notebook = translation.align(claims, zh)
    expected = [RELATION_OF_STATUS[s] for s in notebook.status]
    assert list(october_aligned.relation) == expected
    assert list(october_aligned.en_start) == list(claims.start)
    counts = october_aligned.relation.value_counts().to_dict()
    assert counts == {"same": 20, "en_only": 17}


def test_october_pairs_the_same_phrases_as_the_reference_table(october, october_aligned):
    zh = translation.load_zh_figures(october.reference("zh-bulletin-figures.csv"),
                                     october.operations)
    phrases = {(r.operation, r.metric): r.phrase for r in zh.itertuples()}
    paired = october_aligned[october_aligned.relation == "same"]
    for row in paired.itertuples():
        assert phrases[row.en_operation, row.en_metric].startswith(row.zh_text)


@pytest.mark.parametrize("en, zh, expected", [
    ("Police solved more than 37,000 cases.", "侦破案件3.7万余起。", "same"),
    ("Police solved over 37,000 cases.", "侦破案件3.74万起。", "rounded"),
    ("Police arrested more than 8,000 suspects.", "抓获犯罪嫌疑人近8000名。", "qualifier_differs"),
    ("Police arrested 8,000 suspects.", "抓获犯罪嫌疑人800名。", "value_differs"),
    ("Police shut 16 websites.", "关停网站16个。", "same"),
])
def test_each_relation(en, zh, expected):
    rows = align(build_claims(en), build_claims(zh))
    assert [r["relation"] for r in rows] == [expected]


def test_one_side_only_and_a_conversion():
    rows = align(build_claims("Police seized 10 million yuan (about 1.5 million US dollars) "
                              "and solved 12 cases."),
                 build_claims("缴获资金1000万元，侦破案件12起，关停网站3个。"))
    assert [(r["en_text"], r["zh_text"], r["relation"]) for r in rows] == [
        ("10 million", "1000万", "same"), ("about 1.5 million", "", "conversion"),
        ("12", "12", "same"), ("", "3", "zh_only")]


def test_the_order_of_the_text_pairs_repeated_values():
    rows = align(build_claims("Police solved 12 cases and arrested 30 suspects. "
                              "In the “Spring” campaign, police solved 12 cases."),
                 build_claims("侦破案件12起，抓获犯罪嫌疑人30名。在“春雷”行动中，侦破案件12起。"))
    assert [(r["en_start"] < 20, r["zh_start"] < 10, r["relation"]) for r in rows][0] == \
        (True, True, "same")
    assert [r["relation"] for r in rows] == ["same"] * 3


def test_a_campaign_glossary_pairs_nouns_the_metric_table_does_not_know(tmp_path):
    en, zh = build_claims("Police seized 300 Maochi."), build_claims("缴获猫池300个。")
    assert [r["relation"] for r in align(en, zh)] == ["en_only", "zh_only"]
    with open(tmp_path / "glossary.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(translation.GLOSSARY_COLUMNS)
        writer.writerow(["Maochi", "猫池", "cat pool", "a modem pool", "", "", ""])
    assert [r["relation"] for r in align(en, zh, tmp_path)] == ["same"]


def test_relation_of_ranges():
    assert relation({"value": 37000, "qualifier": "more_than"},
                    {"value": 37400, "qualifier": "exact"}) == "rounded"
    assert relation({"value": 10, "qualifier": "exact"}, {"value": 5000, "qualifier": "exact"}) is None


def test_the_command(tmp_path, october):
    zh = tmp_path / "october.zh.txt"
    zh.write_text(OCTOBER_ZH, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "bulletin", "align", str(october.root), str(zh)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"en_text", "en_value", "zh_text", "zh_value", "relation"} <= set(rows[0])
    assert sum(r["relation"] == "same" for r in rows) == 20
