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

#: The October bulletin's Chinese figure phrases, as the reposts print them (the pack's
#: reference/zh-bulletin-figures.csv), with their counted nouns, in a text of their own.
OCTOBER_ZH = (ROOT / "tests" / "fixtures" / "october-phrases.zh.txt").read_text(encoding="utf-8")
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
