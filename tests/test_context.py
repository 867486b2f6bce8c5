"""The campaign figures across the years: loading, validation and the comparisons.

Expected values are read by hand from the sources in data/reference/sources.csv (the
phrases printed by the Ministry of Public Security's reports), not computed by the code.
"""

import csv
import math
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from bulletin import context
from bulletin.checks import Interval
from bulletin.context import (
    CAMPAIGN_FIGURES_CSV, COLUMNS, SOURCES_CSV, alternatives, compare, growth_interval,
    headline_series, implied_previous, load_campaign_figures, load_sources, months_between,
    pace, pace_table, parse_phrase, period_bounds, pick, stage_vs_year_end, stated_growth,
    yoy_check,
)
from bulletin.errors import BulletinError
from bulletin.paths import PROCESSED

SHARED_SOURCES = Path("/work/shared/sources")


@pytest.fixture(scope="module")
def figures():
    return load_campaign_figures()


@pytest.fixture(scope="module")
def figures_bound():
    return load_campaign_figures(reading="bound")


# --- parsing --------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, value, qualifier, low, high", [
    ("5.7万余起", 57000, "more_than", 57000, 58000),
    ("57519起", 57519, "exact", 57519, 57519),
    ("300余万張", 3000000, "more_than", 3000000, 4000000),
    ("1000余萬個", 10000000, "more_than", 10000000, 20000000),
    ("1.66万起", 16600, "exact", 16600, 16600),
    ("more than 22,000", 22000, "more_than", 22000, 23000),
    ("3.83 million", 3830000, "exact", 3830000, 3830000),
    ("11", 11, "exact", 11, 11),
])
def test_parse_phrase_reads_chinese_and_english(phrase, value, qualifier, low, high):
    f = parse_phrase(phrase)
    assert (f.value, f.qualifier, f.low, f.high) == (value, qualifier, low, high)


def test_parse_phrase_reads_a_percentage():
    f = parse_phrase("10.7%")
    assert f.value == 10.7 and f.kind == "percent"


def test_parse_phrase_refuses_a_phrase_without_a_figure():
    with pytest.raises(BulletinError):
        parse_phrase("净网2021")
    with pytest.raises(BulletinError):
        parse_phrase("")


# --- periods ----------------------------------------------------------------------------

def test_period_bounds_month_and_day():
    assert period_bounds("2018-02", "2018-11") == (date(2018, 2, 1), date(2018, 12, 1))
    assert period_bounds("2020-01", "2020-12-20") == (date(2020, 1, 1), date(2020, 12, 21))


def test_period_bounds_refuses_bad_text():
    with pytest.raises(BulletinError):
        period_bounds("2021", "2021-12")
    with pytest.raises(BulletinError):
        period_bounds("2021-01", "2021-13")


def test_months_between_counts_calendar_months():
    assert months_between(date(2021, 1, 1), date(2022, 1, 1)) == 12
    assert months_between(date(2018, 2, 1), date(2018, 12, 1)) == 10
    # 1 January to 14 October inclusive: nine months and 14 of October's 31 days
    assert months_between(date(2021, 1, 1), date(2021, 10, 15)) == pytest.approx(9 + 14 / 31)


# --- the table ----------------------------------------------------------------------------

def test_table_has_the_documented_columns():
    with open(CAMPAIGN_FIGURES_CSV, encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == COLUMNS


def test_table_types_no_parsed_values():
    with open(CAMPAIGN_FIGURES_CSV, encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert not {"value", "qualifier", "low", "high"} & set(header)


@pytest.mark.parametrize("year, scope, operation, metric, phrase, value, low, high", [
    (2018, "full_year", "headline", "cases", "57519起", 57519, 57519, 57519),
    (2018, "full_year", "headline", "suspects", "83668名", 83668, 83668, 83668),
    (2019, "full_year", "headline", "cases", "5.9万起", 59000, 59000, 59000),
    (2020, "full_year", "headline", "suspects", "8万余名", 80000, 80000, 90000),
    (2021, "stage", "headline", "cases", "3.7万余起", 37000, 37000, 38000),
    (2021, "full_year", "headline", "cases", "6.2万余起", 62000, 62000, 63000),
    (2021, "full_year", "headline", "suspects", "10.3万余名", 103000, 103000, 104000),
    (2021, "full_year", "four_disruptions", "sim_cards", "300余万張", 3000000, 3000000, 4000000),
    (2022, "full_year", "headline", "cases", "8.3万起", 83000, 83000, 83000),
    (2024, "full_year", "headline", "cases", "11.9万余起", 119000, 119000, 120000),
])
def test_used_figures_as_printed(figures, year, scope, operation, metric, phrase, value, low, high):
    row = pick(figures, year, scope, operation, metric)
    assert (row.phrase, row.value, row.low, row.high) == (phrase, value, low, high)


def test_bound_reading_opens_the_upper_end(figures_bound):
    row = pick(figures_bound, 2021, "full_year", "headline", "cases")
    assert row.low == 62000 and math.isinf(row.high)
    exact = pick(figures_bound, 2018, "full_year", "headline", "cases")
    assert exact.low == exact.high == 57519


def test_october_figures_without_chinese_come_from_the_claims(figures):
    # the bulletin: "seized 3.83 million mobile phone black cards", "11 illegal APP signing gangs"
    cards = pick(figures, 2021, "stage", "four_disruptions", "sim_cards")
    assert (cards.value, cards.qualifier, cards.origin) == (3830000, "exact", "claims")
    gangs = pick(figures, 2021, "stage", "four_governance", "app_signing_gangs")
    assert (gangs.value, gangs.origin) == (11, "claims")
    exam = pick(figures, 2021, "stage", "exam_cheating", "suspects")
    assert (exam.value, exam.qualifier) == (450, "more_than")


def test_october_chinese_rows_are_not_duplicated_from_the_claims(figures):
    stage = figures[(figures.campaign_year == 2021) & (figures.scope == "stage")]
    assert not stage.duplicated(["operation", "metric"]).any()
    assert pick(figures, 2021, "stage", "headline", "cases").origin == "table"
    # every one of the bulletin's 37 claims has a 2021 stage row
    assert len(stage) == 37


def test_october_chinese_phrases_agree_with_the_english_translation(figures):
    claims = pd.read_csv(PROCESSED / "claims.csv")
    stage = figures[(figures.campaign_year == 2021) & (figures.scope == "stage")
                    & (figures.origin == "table")]
    for _, row in stage.iterrows():
        match = claims[(claims.operation == row.operation) & (claims.metric == row.metric)]
        assert len(match) == 1, (row.operation, row.metric)
        assert (match.iloc[0].value, match.iloc[0].qualifier) == (row.value, row.qualifier)


def test_every_row_cites_a_listed_source(figures):
    sources = set(load_sources()["file"])
    assert set(figures["source_file"]) <= sources
    table = figures[figures.origin == "table"]
    assert table["address"].str.startswith("http").all()


def test_sources_list_the_project_files():
    sources = load_sources()
    assert "cleaning-the-internet-2021-stage-results.en.txt" in set(sources["file"])
    assert {"33_en_DISAMBIGUATION_saohuangdafei_jingwang2021.txt",
            "34_zh_provincial_examples_jingwang.txt"} <= set(sources["file"])


def test_no_row_from_the_other_office_or_a_province(figures):
    assert not figures["source_file"].str.startswith(("33_", "34_", "24_")).any()


def test_alternatives_pair_the_rounded_with_the_exact(figures):
    alt = alternatives(figures).set_index(["campaign_year", "operation", "metric"])
    row = alt.loc[(2018, "headline", "cases")]
    assert (row.used, row.not_used, bool(row.overlap)) == ("57519起", "5.7万余起", True)
    row = alt.loc[(2021, "headline", "cases")]
    assert (row.used, row.not_used) == ("6.2万余起", "6.2萬起")


# --- validation -------------------------------------------------------------------------------

GOOD = {
    "campaign_year": "2019", "scope": "full_year", "period_start": "2019-01",
    "period_end": "2019-12", "period_note": "stated", "published": "2020-04-11",
    "operation": "headline", "metric": "cases", "counted": "侦破网络犯罪案件", "phrase": "5.9万起",
    "source_file": "18_zh_jingwang2019_full_year_sxfzsd_2020-04-11.txt",
    "address": "http://example.org/a", "use": "yes", "note": "",
}


def write_table(tmp_path, rows):
    path = tmp_path / "campaign-figures.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def load(path):
    return load_campaign_figures(path=path, with_claims=False)


def test_a_good_row_loads(tmp_path):
    frame = load(write_table(tmp_path, [GOOD]))
    assert frame.iloc[0].value == 59000


@pytest.mark.parametrize("change, message", [
    ({"operation": "cleaning_rivers"}, "unknown operation 'cleaning_rivers'"),
    ({"metric": "bicycles"}, "unknown metric 'bicycles'"),
    ({"phrase": "净网2019"}, "no figure"),
    ({"source_file": ""}, "no source_file"),
    ({"source_file": "99_missing.txt"}, "not in sources.csv"),
    ({"address": ""}, "no address"),
    ({"scope": "half_year"}, "scope 'half_year'"),
    ({"use": "no"}, "needs a note"),
    ({"use": "maybe"}, "use 'maybe'"),
    ({"period_end": "2018-12"}, "ends before it starts"),
    ({"published": "April 2020"}, "not YYYY-MM-DD"),
    ({"campaign_year": "20x9"}, "is not a year"),
])
def test_a_bad_row_is_refused_and_named(tmp_path, change, message):
    path = write_table(tmp_path, [GOOD, {**GOOD, "metric": "suspects", "phrase": "8.8万名", **change}])
    with pytest.raises(BulletinError) as error:
        load(path)
    text = str(error.value)
    assert message in text
    assert "line 3" in text


def test_two_used_rows_for_one_figure_are_refused(tmp_path):
    path = write_table(tmp_path, [GOOD, {**GOOD, "phrase": "5.9万余起"}])
    with pytest.raises(BulletinError, match="more than one row with use=yes"):
        load(path)


def test_a_range_that_does_not_hold_its_value_is_refused():
    sources = load_sources()
    row = {**GOOD, "value": 59000, "low": 60000, "high": 61000}
    with pytest.raises(BulletinError, match="range is wrong"):
        context._check_row(row, "row X", {"headline"}, {"cases"}, sources)


def test_sources_listed_twice_are_refused(tmp_path):
    rows = list(csv.DictReader(open(SOURCES_CSV, encoding="utf-8")))
    path = tmp_path / "sources.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, rows[0].keys())
        writer.writeheader()
        writer.writerows(rows + rows[:1])
    with pytest.raises(BulletinError, match="listed twice"):
        load_sources(path)


# --- comparisons -------------------------------------------------------------------------------

def test_compare_verdicts():
    assert compare(Interval(190, 200), Interval(200, 300), 190, 200, stage_open=True) == "grew"
    assert compare(Interval(190, 200), Interval(200, 300), 190, 200) == "cannot tell"
    assert compare(Interval(490, 500), Interval(300, 400), 490, 300, True, True) == "shrank"
    assert compare(Interval(3830000, 3830000), Interval(3000000, 4000000), 3830000, 3000000,
                   False, True) == "may have shrunk"
    assert compare(Interval(16, 16), Interval(16, 16), 16, 16) == "unchanged"
    assert compare(Interval(10000, 20000), Interval(10000, 20000), 10000, 10000) == "cannot tell"


def test_stage_vs_year_end_2021(figures):
    t = stage_vs_year_end(figures).set_index(["operation", "metric"])
    verdicts = t["verdict"].to_dict()
    # 3.7万余 -> 6.2万余; 3900余 -> 9800余; 2100余 -> 3309; 864万 -> 1000余万
    assert verdicts[("headline", "cases")] == "grew"
    assert verdicts[("personal_information", "cases")] == "grew"
    assert verdicts[("hackers", "suspects")] == "grew"
    assert verdicts[("four_disruptions", "online_accounts")] == "grew"
    # 3.83 million (English only) -> 300余万: the printed year-end is lower, but
    # [3 million, 4 million) holds 3.83 million
    assert verdicts[("four_disruptions", "sim_cards")] == "may have shrunk"
    # 490余 -> 300余: every value at year-end is lower
    assert verdicts[("four_governance", "money_laundering_gangs")] == "shrank"
    # 16 -> 16 minors' pornographic websites
    assert verdicts[("protecting_seedlings", "websites_shut")] == "unchanged"
    assert verdicts[("four_disruptions", "devices")] == "cannot tell"
    row = t.loc[("four_disruptions", "sim_cards")]
    assert (row.change_low, row.change_high) == (3000000 - 3830000, 4000000 - 3830000)
    assert {op for op, _ in t.index} == {
        "headline", "personal_information", "fraud_gambling_support", "water_army",
        "protecting_seedlings", "exam_cheating", "hackers", "four_disruptions", "four_governance",
    }


def test_pace_by_hand():
    p = pace(Interval(37000, 38000), Interval(62000, 63000), 9, 12)
    assert p["before"].low == pytest.approx(37000 / 9)
    assert p["before"].high == pytest.approx(38000 / 9)
    assert p["after"].low == pytest.approx((62000 - 38000) / 3)
    assert p["after"].high == pytest.approx((63000 - 37000) / 3)
    assert p["projected"].low == pytest.approx(37000 / 9 * 12)
    assert p["speed_up"].low == pytest.approx((24000 / 3) / (38000 / 9))


def test_pace_refuses_a_stage_outside_the_period():
    with pytest.raises(BulletinError):
        pace(Interval(1, 2), Interval(3, 4), 12, 12)


def test_pace_table_uses_the_rows_periods(figures):
    t = pace_table(figures).set_index("metric")
    assert t.loc["cases", "months_before"] == pytest.approx(9 + 14 / 31, abs=0.01)
    assert t.loc["cases", "months_total"] == 12
    assert t.loc["cases", "stage_period"] == "2021-01 to 2021-10-14"
    after = (62000 - 38000) / (12 - (9 + 14 / 31))
    assert t.loc["cases", "after_low"] == pytest.approx(after, rel=1e-3)
    t2018 = pace_table(figures, year=2018).set_index("metric")
    # six months (February to July) of ten (February to November)
    assert (t2018.loc["cases", "months_before"], t2018.loc["cases", "months_total"]) == (6, 10)


def test_growth_by_hand():
    g = growth_interval(Interval(62000, 63000), Interval(56000, 56000))
    assert (g.low, g.high) == (pytest.approx(62000 / 56000 - 1), pytest.approx(63000 / 56000 - 1))
    s = stated_growth(28.7)
    assert (s.low, s.high) == (pytest.approx(0.2865), pytest.approx(0.2875))
    prev = implied_previous(Interval(103000, 104000), s)
    assert (prev.low, prev.high) == (pytest.approx(103000 / 1.2875), pytest.approx(104000 / 1.2865))


def test_yoy_check_2021(figures):
    cases = yoy_check(figures, 2021, "cases")
    assert (cases["current"], cases["previous"], cases["stated"]) == ("6.2万余起", "5.6万起", "10.7%")
    assert cases["consistent"] and cases["previous_consistent"]
    suspects = yoy_check(figures, 2021, "suspects")
    assert suspects["stated"] == "28.7%" and suspects["consistent"]
    assert suspects["implied"].high == pytest.approx(104000 / 80000 - 1)


def test_headline_series_gaps_and_stage_points(figures):
    s = headline_series(figures)
    full = s[s.scope == "full_year"].set_index(["metric", "campaign_year"])
    assert math.isnan(full.loc[("cases", 2023), "value"])
    assert math.isnan(full.loc[("suspects", 2022), "value"])
    assert full.loc[("cases", 2019), "value"] == 59000
    stage = s[s.scope == "stage"]
    assert sorted(zip(stage.metric, stage.campaign_year)) == [
        ("cases", 2018), ("cases", 2021), ("suspects", 2018), ("suspects", 2021)]


# --- comparability and the bound reading ----------------------------------------------------

def test_comparability_reads_the_notes():
    assert context.comparability("", "") == "yes"
    assert context.comparability("", "Counted in pieces (件); October's unit is probably sets") == "category differs"
    assert context.comparability("", "the year-end class may differ") == "category may differ"
    assert context.comparability("Operation inferred: x", "") == "operation inferred"
    assert context.comparability("A narrower class", "perhaps not the same class; operation inferred") == (
        "category differs; operation inferred")


def test_comparability_reads_wider_and_narrower_counts():
    # the hackers' year-end note says "wider count", not "wider class"
    assert context.comparability("", "used: the more precise, wider count") == "category differs"
    assert context.comparability("a narrower count than October's", "") == "category differs"
    assert context.comparability("", "counts hackers and those who served them") == "yes"


@pytest.mark.parametrize("counted, verb", [
    ("侦破案件", "侦破"),
    ("侦办案件", "侦办"),
    ("偵辦案件", "侦办"),
    ("侦办侵犯公民个人信息案件", "侦办"),
    ("抓獲犯罪嫌疑人", "抓获"),
    ("查處非法侵入計算機信息系統、非法獲取系統數據人員", "查处"),
    ("打掉非法支付结算等各类团伙 ... 抓获犯罪嫌疑人", "抓获"),
    ("关停网站", ""),
    ("criminal suspects (English MT)", ""),
])
def test_counting_verb(counted, verb):
    assert context.counting_verb(counted) == verb


def test_comparability_compares_the_counting_verbs():
    # cases solved (侦破) against cases handled (侦办): perhaps different sets
    assert context.comparability("", "", counted=("侦破案件", "侦办相关案件")) == "counting verb differs"
    # the same verb in traditional and simplified characters
    assert context.comparability("", "", counted=("侦办案件", "偵辦案件")) == "yes"
    # an English machine translation names no Chinese verb: nothing to compare
    assert context.comparability("", "", counted=("criminal suspects (English MT)", "抓获犯罪嫌疑人")) == "yes"
    assert context.comparability("Operation inferred", "", counted=("侦破案件", "侦办案件")) == (
        "counting verb differs; operation inferred")


def test_stage_vs_year_end_marks_pairs_that_are_not_like_for_like(figures):
    t = stage_vs_year_end(figures).set_index(["operation", "metric"])["comparable"]
    # 7.3万余名 from the four-governance article (source 11), operation inferred
    assert t[("fraud_gambling_support", "suspects")] == "operation inferred"
    # year-end counts producers and sellers only: a narrower class
    assert t[("protecting_seedlings", "suspects")] == "category differs"
    # 件 at year-end against October's unit (probably 套)
    assert t[("exam_cheating", "cheating_devices")] == "category differs"
    assert t[("four_governance", "money_laundering_gangs")] == "category may differ"
    assert t[("headline", "suspects")] == "yes"
    assert t[("protecting_seedlings", "websites_shut")] == "yes"
    # October 侦破案件 (solved) against the year-end 侦办(...)案件 (handled)
    assert t[("headline", "cases")] == "counting verb differs"
    assert t[("personal_information", "cases")] == "counting verb differs"
    assert t[("water_army", "cases")] == "counting verb differs"
    # 3309名 counts hackers and those who served them: a wider count than October's suspects
    assert t[("hackers", "suspects")] == "category differs"
    # 抓获犯罪嫌疑人 both times
    assert t[("personal_information", "suspects")] == "yes"


def test_alternatives_say_which_pairs_count_different_classes(figures):
    alt = alternatives(figures)
    # 3000余名 (people who hacked into systems) is narrower than the 3309名 used
    assert alt.loc[~alt.same_class, "not_used"].tolist() == ["3000余名"]


def test_bound_reading_leaves_most_growth_undecided(figures_bound):
    t = stage_vs_year_end(figures_bound).set_index(["operation", "metric"])["verdict"]
    # 3.7万余 -> 6.2万余: with no upper end, October may exceed the year-end
    assert t[("headline", "cases")] == "cannot tell"
    # 4.9万名 (printed bare) -> 7.3万余名: the year-end floor is above October's value
    assert t[("fraud_gambling_support", "suspects")] == "grew"
    # 16 -> 16, both bare
    assert t[("protecting_seedlings", "websites_shut")] == "unchanged"


def test_pace_under_the_bound_reading_has_no_speed_up(figures_bound):
    t = pace_table(figures_bound).set_index("metric")
    assert math.isnan(t.loc["cases", "speed_up_low"])
    assert math.isinf(t.loc["cases", "after_high"]) and math.isinf(t.loc["cases", "after_low"])


def test_fmt_limits_says_no_limit_in_words():
    assert context.fmt_limits(float("nan"), float("nan")) == "no limit"
    assert context.fmt_limits(float("-inf"), float("inf")) == "no limit"
    assert context.fmt_limits(47000, float("inf")) == "47,000 or more (no upper limit)"
    assert context.fmt_limits(14.444, 30, 1) == "14.4 to 30.0"
