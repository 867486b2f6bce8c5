"""Parts against headline on any claims table: ranges under each reading, restatements once,
breakdowns and example cases left out; on the October pack, the numbers of notebook 04."""

import pandas as pd
import pytest

from bulletin.analysis import checks
from bulletin.analysis.headline import breakdown, example_case, parts_check, restatement_check
from bulletin.claims.build import build_claims


def table(text):
    return pd.DataFrame([vars(c) for c in build_claims(text)])


def rows(found, check="parts_vs_headline", reading="step"):
    return {r["metric"]: r for r in found if r["check"] == check and r["reading"] == reading}


@pytest.fixture(scope="module")
def october_rows(october):
    return parts_check(pd.read_csv(october.processed("claims.csv")), leave_out=True)


def test_october_agrees_with_notebook_04(october, october_rows):
    step, bound = rows(october_rows), rows(october_rows, reading="bound")
    cases, suspects = step["cases"], step["suspects"]
    assert (cases["parts_low"], cases["parts_high"], cases["total_low"], cases["total_high"]) == \
        (36800, 38040, 37000, 38000)
    assert len(cases["parts"].split(";")) == 8 and cases["verdict"] == "consistent"
    assert (suspects["parts_low"], suspects["parts_high"], suspects["total_low"],
            suspects["total_high"]) == (80850, 82260, 80000, 90000)
    assert len(suspects["parts"].split(";")) == 7 and suspects["verdict"] == "consistent"
    assert bound["cases"]["parts_high"] == float("inf") and bound["cases"]["verdict"] == "consistent"
    assert set(step) == {"cases", "suspects"}  # companies punished: no operation states it
    # the notebook's own computation, through checks.compare_readings
    path = october.processed("claims.csv")
    for metric, row in step.items():
        nb = checks.compare_readings(path, metric, row["parts"].split(";")).iloc[0]
        assert (nb.parts_low, nb.parts_high, nb.total_low, nb.total_high) == \
            (row["parts_low"], row["parts_high"], row["total_low"], row["total_high"])


def test_october_leave_one_out_agrees_with_notebook_04(october_rows):
    left = {(r["metric"], r["without"]): r for r in october_rows
            if r["check"] == "leave_one_out" and r["reading"] == "step"}
    fd = left["cases", "four_disruptions"]
    assert (fd["parts_low"], fd["parts_high"], fd["verdict"]) == (21800, 22040, "parts_short")
    short = sorted(w for (m, w), r in left.items() if m == "cases" and r["verdict"] == "parts_short")
    assert short == ["four_disruptions", "fraud_gambling_support", "personal_information"]
    assert left["suspects", "hackers"]["verdict"] == "consistent"


def test_a_restated_headline_is_counted_once():
    found = parts_check(table("共侦破案件1200余起。今年以来，全省共侦破案件1200余起。"
                              "在“断卡”行动中，侦破案件800余起。在“护苗”行动中，侦破案件400余起。"))
    cases = rows(found)["cases"]
    assert (cases["total_low"], cases["total_high"], cases["parts"]) == (1200, 1300, "断卡行动;护苗行动")
    assert not [r for r in found if r["check"] == "restatement"]


def test_a_restatement_that_differs_is_reported():
    found = restatement_check(table("共侦破案件1200余起。今年以来，全省共侦破案件1500余起。"
                                    "在“断卡”行动中，侦破案件800余起。"))
    assert [(r["metric"], r["parts"], r["verdict"]) for r in found][:1] == \
        [("cases", "headline", "restatement_differs")]


def test_breakdowns_and_example_cases_are_not_parts():
    text = ("今年以来，全省共侦破案件1200余起，抓获犯罪嫌疑人3000余名。在“断卡”行动中，侦破案件800余起，"
            "抓获犯罪嫌疑人2000余名。在“护苗”行动中，侦破案件400余起，抓获犯罪嫌疑人900余名，"
            "其中犯罪嫌疑人500名为学生。例如，某市公安局侦破“6·8”专案，抓获犯罪嫌疑人120名。")
    suspects = rows(parts_check(table(text)))["suspects"]
    assert (suspects["parts_low"], suspects["parts_high"]) == (2900, 4000)


@pytest.mark.parametrize("text, verdict", [
    ("A total of 100 cases were solved. In the “Spring” campaign, police solved 80 cases. "
     "In the “Summer” campaign, police solved 70 cases.", "parts_exceed"),
    ("A total of 1,000 cases were solved. In the “Spring” campaign, police solved 80 cases. "
     "In the “Summer” campaign, police solved 70 cases.", "parts_short"),
    ("A total of more than 150 cases were solved. In the “Spring” campaign, police solved 80 "
     "cases. In the “Summer” campaign, police solved 70 cases.", "consistent"),
])
def test_the_three_verdicts(text, verdict):
    assert rows(parts_check(table(text)))["cases"]["verdict"] == verdict


def test_the_bound_reading_rules_out_less():
    text = ("共侦破案件120余起。在“春雷”行动中，侦破案件80余起。在“夏安”行动中，侦破案件70余起。")
    found = parts_check(table(text))
    assert rows(found)["cases"]["verdict"] == "parts_exceed"
    assert rows(found, reading="bound")["cases"]["verdict"] == "consistent"


def test_the_cue_words():
    assert example_case({"quote": "For example, police in one city arrested 12 people.", "lang": "en"})
    assert not example_case({"quote": "Police arrested 12 people.", "lang": "en"})
    assert breakdown({"clause": "of whom 205 were minors", "text": "205", "lang": "en"})
    assert breakdown({"clause": "其中學生500名", "text": "500", "lang": "zh"})  # traditional script too
