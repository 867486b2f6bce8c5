"""Every report checked the same way (bulletin.analysis.campaign), on the repository's own tables.

Expected numbers are worked out by hand from the printed phrases (shown in the comments),
not taken from the code.
"""

import ast
import math
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin.analysis import campaign as cp
from bulletin.analysis import counting as ct
from bulletin.analysis import growth as gr
from bulletin.analysis import pace as pa
from bulletin.analysis.checks import Interval, load_claims
from bulletin.analysis.context import pick
from bulletin.errors import BulletinError

SRC = Path(cp.__file__).resolve().parent
#: The modules this work owns: the engine side names no bulletin.
MODULES = [SRC / "context.py", SRC / "campaign.py", SRC / "sensitivity.py",
           SRC / "present_context.py", SRC / "charts" / "context.py"]
ANALYSIS = ["bulletin.analysis.context", "bulletin.analysis.campaign", "bulletin.analysis.sensitivity"]


def test_analysis_modules_import_neither_present_nor_ipython():
    code = ("import sys; import " + ", ".join(ANALYSIS) + "; "
            "bad = [m for m in sys.modules if m == 'bulletin.present.words' or m.startswith('IPython')];"
            "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("context.py", "campaign.py", "sensitivity.py"):
        tree = ast.parse((SRC / name).read_text(encoding="utf-8"))
        imported = {getattr(n, "module", None) or "" for n in ast.walk(tree)
                    if isinstance(n, ast.ImportFrom)}
        imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not {m for m in imported if "present" in m or "IPython" in m}, name


# --- what a figure counts ---------------------------------------------------------------------

@pytest.mark.parametrize("counted, noun, verb", [
    ("侦破案件", "案件", "侦破"),
    ("偵辦案件", "案件", "侦办"),
    ("破獲侵犯公民個人信息案件", "案件", "破获"),
    ("抓获涉案人员", "涉案人员", "抓获"),
    ("抓獲犯罪嫌疑人", "犯罪嫌疑人", "抓获"),
    ("查處非法侵入計算機信息系統、非法獲取系統數據人員", "人员", "查处"),
    ("在侦破侵犯公民个人信息案件中抓获各行业“内鬼”", "内鬼", "抓获"),
    ("打掉非法支付结算等各类团伙 ... 抓获犯罪嫌疑人", "犯罪嫌疑人", "抓获"),
    ("关停网站", "", ""),
    ("criminal suspects (en, pack text)", "", ""),
])
def test_counted_noun_and_verb(counted, noun, verb):
    assert (ct.counted_noun(counted), ct.counting_verb(counted)) == (noun, verb)


def _w(counted):
    """A wording as the loader gives it: its counted words and their counting verb."""
    return {"counted": counted, "counting_verb": ct.counting_verb(counted)}


def test_comparability_reads_columns_nouns_and_verbs():
    same = {"comparable": "yes", "inferred": False}
    assert ct.comparability([same, same]) == "yes"
    assert ct.comparability([same, {"comparable": "no", "inferred": False}]) == "category differs"
    assert ct.comparability([{"comparable": "maybe", "inferred": False}]) == "category may differ"
    assert ct.comparability([{"comparable": "yes", "inferred": True}]) == "operation inferred"
    # the free-text note is never read
    assert ct.comparability([{"comparable": "yes", "inferred": False, "note": "wider class"}]) == "yes"
    # persons involved in the cases (涉案人员) are not criminal suspects (犯罪嫌疑人)
    assert ct.comparability(a=[_w("抓获涉案人员")], b=[_w("抓获犯罪嫌疑人")]) == "counted noun differs"
    # 侦破 (solved) against 侦办 (handled) ...
    assert ct.comparability(a=[_w("侦破案件")], b=[_w("侦办相关案件")]) == "counting verb differs"
    # ... unless one source of the same figure writes 破获 (solved): outlet wording, perhaps
    assert ct.comparability(a=[_w("侦破案件")], b=[_w("侦办案件"), _w("破獲案件")]) == \
        "counting verb varies by source"
    # an English wording names no Chinese verb or noun: nothing to compare
    assert ct.comparability(a=[_w("criminal suspects (en)")], b=[_w("抓获犯罪嫌疑人")]) == "yes"
    assert ct.like_for_like("counting verb varies by source")
    assert not ct.like_for_like("counting verb differs; operation inferred")


# --- parts against headline, every report ------------------------------------------------------

def test_year_end_suspects_exceed_the_headline(figures):
    r = cp.parts_check(figures, 2021, "full_year", "suspects")
    # 1.7万余 + 7.3万余 + 2000余 + more than 300 + 1700余 + 3309 + 3万余
    assert r["parts"].low == 17000 + 73000 + 2000 + 300 + 1700 + 3309 + 30000 == 127309
    assert r["parts"].high == 18000 + 74000 + 3000 + 400 + 1800 + 3309 + 40000
    assert (r["total"].low, r["total"].high) == (103000, 104000)
    assert r["excess"].low == 127309 - 104000
    assert r["verdict"] == "over"
    assert r["inferred"] == ["fraud_gambling_support"]


def test_october_suspects_fit_the_headline(figures):
    r = cp.parts_check(figures, 2021, "stage", "suspects")
    assert (r["parts"].low, r["parts"].high) == (
        4600 + 49000 + 1400 + 300 + 2100 + 450 + 23000, 4700 + 49000 + 1500 + 400 + 2200 + 460 + 24000)
    assert r["verdict"] == "consistent"


def test_parts_table_runs_every_report(figures):
    extras = [("personal_information", "insiders", "suspects")]
    t = cp.parts_table(figures, extras=extras).set_index(["campaign_year", "scope", "metric", "variant"])
    assert t.loc[(2021, "full_year", "suspects", "without inferred"), "verdict"] == "short"
    assert t.loc[(2021, "full_year", "suspects", "without inferred"), "parts_low"] == 127309 - 73000
    # the insiders join the suspects only, never the cases
    assert (2021, "stage", "cases", "with personal_information:insiders") not in t.index
    assert t.loc[(2021, "stage", "suspects", "with personal_information:insiders"), "parts_low"] == 80850 + 500
    # 2020: the parts are stated subsets (这些案件中), and fall short
    assert t.loc[(2020, "full_year", "cases", "as assigned"), "verdict"] == "short"


def test_leave_one_out_at_year_end(figures):
    t = cp.parts_leave_one_out(figures, 2021, "full_year", "suspects").set_index("without")
    # without the Four Disruptions' 3万余 card merchants: 97,309 to 100,509, short of 103,000
    assert (t.loc["four_disruptions", "parts_low"], t.loc["four_disruptions", "parts_high"]) == (97309, 100509)
    assert t.loc["four_disruptions", "verdict"] == "short"
    assert t.loc["personal_information", "verdict"] == "over"
    assert set(t.reading) == {"step"}


def test_bound_reading_rules_nothing_out_at_year_end(figures_bound):
    r = cp.parts_check(figures_bound, 2021, "full_year", "suspects")
    assert r["verdict"] == "consistent" and math.isinf(r["total"].high)


def test_report_claims_refuses_an_empty_report(figures):
    with pytest.raises(BulletinError, match="no used count figures"):
        cp.report_claims(figures, 2023, "full_year")


# --- stage against year-end ------------------------------------------------------------------

def test_compare_verdicts():
    assert cp.compare(Interval(190, 200), Interval(200, 300), 190, 200, stage_open=True) == "grew"
    assert cp.compare(Interval(190, 200), Interval(200, 300), 190, 200) == "cannot tell"
    assert cp.compare(Interval(490, 500), Interval(300, 400), 490, 300, True, True) == "shrank"
    assert cp.compare(Interval(3830000, 3830000), Interval(3000000, 4000000), 3830000, 3000000,
                      False, True) == "may have shrunk"
    assert cp.compare(Interval(16, 16), Interval(16, 16), 16, 16) == "unchanged"


def test_stage_vs_year_end_2021(figures):
    t = cp.stage_vs_year_end(figures, 2021).set_index(["operation", "metric"])
    v, c = t["verdict"], t["comparable"]
    assert v[("headline", "cases")] == "grew"
    assert v[("four_disruptions", "sim_cards")] == "may have shrunk"
    assert v[("four_governance", "money_laundering_gangs")] == "shrank"
    assert v[("protecting_seedlings", "websites_shut")] == "unchanged"
    assert c[("headline", "cases")] == "counting verb differs"
    # source 15 prints the year-end 9800余起 with 破获 (solved), as October's 侦破
    assert c[("personal_information", "cases")] == "counting verb varies by source"
    # October's 1400余名 are persons involved (涉案人员), the year-end's criminal suspects
    assert c[("water_army", "suspects")] == "counted noun differs"
    assert c[("hackers", "suspects")] == "category differs; counted noun differs"
    assert c[("headline", "suspects")] == "yes"
    assert c[("fraud_gambling_support", "suspects")] == "operation inferred"
    # the English-only October figures
    assert t.loc[("four_disruptions", "sim_cards"), "stage_origin"] == "claims"
    row = t.loc[("four_disruptions", "sim_cards")]
    assert (row.change_low, row.change_high) == (3000000 - 3830000, 4000000 - 3830000)


def test_alternatives_pair_each_wording_with_the_used_one(figures):
    alt = cp.alternatives(figures)
    row = alt[(alt.campaign_year == 2018) & (alt.metric == "cases") & (alt.not_used == "5.7万余起")].iloc[0]
    assert (row.used, bool(row.overlap), bool(row.same_class)) == ("57519起", True, True)
    assert alt.loc[~alt.same_class, "not_used"].tolist() == ["3000余名"]
    pi = alt[(alt.not_used == "9800余起")].iloc[0]
    assert (pi.verbs, bool(pi.same_verb), bool(pi.same_value)) == ("侦办 / 破获", False, True)


def test_xinhua_english_agrees_with_the_translation(figures, october):
    claims = load_claims(october.processed("claims.csv"))
    t = cp.wordings_of_claims(claims, figures, 2021, "stage")
    xinhua = t[t.source_file.str.startswith(("04_", "05_"))]
    assert len(xinhua) == 10
    assert xinhua.same_value.all() and xinhua.same_qualifier.all()


# --- pace -----------------------------------------------------------------------------------

def test_pace_by_hand():
    p = pa.pace(Interval(37000, 38000), Interval(62000, 63000), 9, 12)
    assert p["before"].low == pytest.approx(37000 / 9)
    assert p["after"].low == pytest.approx((62000 - 38000) / 3)
    assert p["after"].high == pytest.approx((63000 - 37000) / 3)
    assert p["projected"].low == pytest.approx(37000 / 9 * 12)
    assert p["speed_up"].low == pytest.approx((24000 / 3) / (38000 / 9))


def test_pace_refuses_a_stage_outside_the_period():
    with pytest.raises(BulletinError):
        pa.pace(Interval(1, 2), Interval(3, 4), 12, 12)


def test_previous_month_end():
    assert pa.previous_month_end("2021-10-14") == "2021-09"
    assert pa.previous_month_end("2022-01-05") == "2021-12"


def test_pace_table_uses_the_rows_periods(figures):
    t = pa.pace_table(figures, 2021).set_index("metric")
    assert t.loc["cases", "months_before"] == pytest.approx(9 + 14 / 31, abs=0.01)
    assert t.loc["cases", "stage_period"] == "2021-01 to 2021-10-14"
    t2018 = pa.pace_table(figures, 2018).set_index("metric")
    # six months (February to July) of ten (February to November)
    assert (t2018.loc["cases", "months_before"], t2018.loc["cases", "months_total"]) == (6, 10)


def test_personal_information_suspects_came_in_ten_times_faster(figures):
    t = pa.operation_pace(figures, 2021, ["suspects"]).set_index("operation")
    before, after = 9.45, 12 - 9.45
    # 4600余 by October, 1.7万余 at year-end
    low = ((17000 - 4700) / after) / (4700 / before)
    high = ((18000 - 4600) / after) / (4600 / before)
    assert t.loc["personal_information", "speed_up_low"] == pytest.approx(low)
    assert t.loc["personal_information", "speed_up_high"] == pytest.approx(high)
    assert (round(low, 1), round(high, 1)) == (9.7, 10.8)
    # the headline's suspects: 8万余 to 10.3万余
    head_low = ((103000 - 90000) / after) / (90000 / before)
    assert t.loc["headline", "speed_up_low"] == pytest.approx(head_low)


def test_increases_cannot_all_be_parts_of_the_headline(figures):
    ops, summary = pa.increases(figures, 2021, "suspects")
    ops = ops.set_index("operation")
    assert ops.loc["personal_information", "smallest"] == 17000 - 4700
    assert ops.loc["fraud_gambling_support", "smallest"] == 73000 - 49000
    assert ops.loc["protecting_seedlings", "smallest"] == 0  # 300余 to more than 300
    s = summary.set_index("operations")
    every = 12300 + 24000 + (2000 - 1500) + 0 + (3309 - 2200) + (1700 - 460) + (30000 - 24000)
    assert s.loc["every operation", "smallest_sum"] == every
    assert s.loc["every operation", "headline_high"] == 104000 - 80000
    assert s.loc["every operation", "verdict"] == "too large"
    assert s.loc["without inferred", "verdict"] == "fits"
    assert s.loc["like for like only", "smallest_sum"] == 12300 + 1240 + 6000


def test_increases_under_the_bound_reading_fit(figures_bound):
    _, summary = pa.increases(figures_bound, 2021, "suspects")
    assert set(summary.verdict) == {"fits"}


def test_year_end_jumps_every_year_for_cases(figures):
    t = pa.year_end_jumps(figures).set_index(["campaign_year", "metric", "cut_off"])
    # 2019: more than 45,000 in ten months, 5.9万 in twelve
    row = t.loc[(2019, "cases", "stated")]
    assert row.speed_up_low == pytest.approx(((59000 - 46000) / 2) / (46000 / 10))
    assert row.speed_up_high == pytest.approx(((59000 - 45000) / 2) / (45000 / 10))
    assert {t.loc[(y, "cases", "stated"), "verdict"] for y in (2018, 2019, 2021)} == {"faster"}
    assert t.loc[(2021, "suspects", "stated"), "verdict"] == "cannot tell"
    assert t.loc[(2021, "suspects", "month before"), "verdict"] == "slower"
    assert (2018, "cases", "month before") not in t.index  # its stage period ends on a month


# --- the series across years ------------------------------------------------------------------

def test_series_leaves_little_for_2022(figures):
    t = pa.series_check(figures, "cases").set_index("taken")
    summed = 57519 + 59000 + 56000 + 62000
    assert t.loc["as printed", "sum_low"] == summed
    assert (t.loc["as printed", "left_low"], t.loc["as printed", "left_high"]) == (
        255000 - summed - 1000, 255000 - summed)
    # 255,000 rounded to the thousand: 254,500 to 255,500
    assert t.loc["rounded", "left_high"] == 255500 - summed
    before = 7 + 11 / 31  # 1 January to 11 August 2022
    after_low = (83000 - (255000 - summed)) / (12 - before)
    assert t.loc["as printed", "after_low"] == pytest.approx(after_low, rel=1e-3)
    assert t.loc["rounded", "speed_up_low"] > 4


def test_series_under_the_bound_reading_keeps_its_ceiling(figures_bound):
    t = pa.series_check(figures_bound, "cases").set_index("taken")
    assert t.loc["as printed", "left_low"] == 0
    assert t.loc["as printed", "left_high"] == 255000 - (57519 + 59000 + 56000 + 62000)
    assert math.isinf(t.loc["as printed", "speed_up_high"])


# --- growth on the year before ----------------------------------------------------------------

def test_growth_by_hand():
    g = gr.growth_interval(Interval(62000, 63000), Interval(56000, 56000))
    assert (g.low, g.high) == (pytest.approx(62000 / 56000 - 1), pytest.approx(63000 / 56000 - 1))
    s = gr.stated_growth(28.7)
    assert (s.low, s.high) == (pytest.approx(0.2865), pytest.approx(0.2875))
    prev = gr.implied_previous(Interval(103000, 104000), s)
    assert (prev.low, prev.high) == (pytest.approx(103000 / 1.2875), pytest.approx(104000 / 1.2865))


def test_yoy_check_2021(figures):
    cases = gr.yoy_check(figures, 2021, "cases")
    assert (cases["current"], cases["previous"], cases["stated"]) == ("6.2万余起", "5.6万起", "10.7%")
    assert cases["consistent"] and cases["previous_consistent"]
    assert cases["implied_current"].high == pytest.approx(56000 * 1.1075)
    suspects = gr.yoy_check(figures, 2021, "suspects")
    assert suspects["stated"] == "28.7%" and suspects["consistent"]
    assert gr.yoy_metrics(figures) == [(2021, "cases"), (2021, "suspects")]


def test_headline_series_gaps_and_stage_points(figures):
    s = cp.headline_series(figures)
    full = s[s.scope == "full_year"].set_index(["metric", "campaign_year"])
    assert math.isnan(full.loc[("cases", 2023), "value"])
    assert math.isnan(full.loc[("suspects", 2022), "value"])
    assert sorted(set(s.campaign_year)) == list(range(2018, 2025))
    stage = s[s.scope == "stage"]
    assert sorted(set(zip(stage.metric, stage.campaign_year))) == [
        ("cases", 2018), ("cases", 2019), ("cases", 2021),
        ("suspects", 2018), ("suspects", 2019), ("suspects", 2021)]


def test_reports_and_years(figures):
    assert (2021, "stage") in cp.reports(figures) and (2022, "since_start") not in cp.reports(figures)
    assert cp.years_with_both(figures) == [2018, 2019, 2021]
    assert pick(figures, 2021, "average", "headline", "suspects").phrase == "8万余名"
