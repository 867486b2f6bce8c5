"""The campaign figures across the reports: parsing, loading and validation.

Expected values are read by hand from the phrases in the repository's own tables
(``src/bulletin/data/campaign-figures.csv``, ``sources.csv``), not computed by the code. No
test reads the shared folder of source excerpts: ``scripts/check_sources.py`` checks the
tables against it, by hand.
"""

import csv
import math
from datetime import date

import pandas as pd
import pytest

from bulletin.analysis import context
from bulletin.analysis.context import (
    CAMPAIGN_FIGURES_CSV, CAMPAIGN_OPERATIONS_CSV, COLUMNS, SOURCE_COLUMNS, SOURCES_CSV,
    campaign_labels, campaign_operations, interval_of, load_campaign_figures, load_sources,
    months_between, operations_for, parse_phrase, period_bounds, pick, wordings,
)
from bulletin.errors import BulletinError
from bulletin.packs.operations import load_operations
from conftest import CAMPAIGN


# --- parsing --------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, value, qualifier, low, high", [
    ("5.7万余起", 57000, "more_than", 57000, 58000),
    ("57519起", 57519, "exact", 57519, 57519),
    ("300余萬張", 3000000, "more_than", 3000000, 4000000),
    ("1000余萬個", 10000000, "more_than", 10000000, 20000000),
    ("1.66万起", 16600, "exact", 16600, 16600),
    ("5千余起", 5000, "more_than", 5000, 6000),
    ("900多名", 900, "more_than", 900, 1000),
    ("more than 22,000", 22000, "more_than", 22000, 23000),
    ("over 60,000", 60000, "more_than", 60000, 70000),
    ("3.83 million", 3830000, "exact", 3830000, 3830000),
    ("255,000", 255000, "exact", 255000, 255000),
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


# --- the tables ----------------------------------------------------------------------------

def test_tables_have_the_documented_columns():
    with open(CAMPAIGN / CAMPAIGN_FIGURES_CSV, encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == COLUMNS
    with open(CAMPAIGN / SOURCES_CSV, encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == SOURCE_COLUMNS


def test_table_types_no_parsed_values():
    with open(CAMPAIGN / CAMPAIGN_FIGURES_CSV, encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert not {"value", "qualifier", "low", "high"} & set(header)


def test_other_years_operations_are_shared_not_the_packs():
    ids = [op.operation for op in campaign_operations(CAMPAIGN)]
    assert ids == ["black_industry", "cut_accounts", "cluster_campaigns"]
    assert {op.group for op in campaign_operations(CAMPAIGN)} == {"other_years"}


def test_every_row_names_a_known_operation(october):
    known = {op.operation for op in operations_for(CAMPAIGN, october)}
    table = pd.read_csv(CAMPAIGN / CAMPAIGN_FIGURES_CSV)
    assert set(table.operation) <= known
    # the campaign operations come from the shared table, whatever the pack holds
    assert {"black_industry", "cut_accounts", "cluster_campaigns"} <= known


def test_labels_cover_the_shared_operations(october):
    labels = campaign_labels(CAMPAIGN, october)
    assert labels.operation("cluster_campaigns") == "Cluster campaigns"
    assert labels.row("water_army", "suspects") == "Internet water army: suspects"


@pytest.mark.parametrize("year, scope, operation, metric, phrase, value, low, high", [
    (2018, "full_year", "headline", "cases", "57519起", 57519, 57519, 57519),
    (2018, "full_year", "headline", "suspects", "83668名", 83668, 83668, 83668),
    (2018, "full_year", "personal_information", "suspects", "1.3萬余名", 13000, 13000, 14000),
    (2019, "stage", "headline", "cases", "more than 45,000", 45000, 45000, 46000),
    (2019, "stage", "headline", "suspects", "over 60,000", 60000, 60000, 70000),
    (2019, "full_year", "headline", "cases", "5.9万起", 59000, 59000, 59000),
    (2019, "full_year", "personal_information", "insiders", "900多名", 900, 900, 1000),
    (2020, "full_year", "headline", "suspects", "8万余名", 80000, 80000, 90000),
    (2021, "stage", "headline", "cases", "3.7万余起", 37000, 37000, 38000),
    (2021, "full_year", "headline", "cases", "6.2万余起", 62000, 62000, 63000),
    (2021, "full_year", "headline", "suspects", "10.3万余名", 103000, 103000, 104000),
    (2021, "full_year", "four_disruptions", "sim_cards", "300余萬張", 3000000, 3000000, 4000000),
    (2021, "average", "headline", "cases", "5万余起", 50000, 50000, 60000),
    (2022, "full_year", "headline", "cases", "8.3万起", 83000, 83000, 83000),
    (2022, "since_start", "headline", "cases", "255,000", 255000, 255000, 255000),
    (2022, "since_start", "headline", "suspects", "385,000", 385000, 385000, 385000),
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


def test_the_packs_claims_fill_the_stage_figures_no_other_source_words(figures, october):
    # the bulletin: "seized 3.83 million mobile phone black cards", "11 illegal APP signing gangs"
    cards = pick(figures, 2021, "stage", "four_disruptions", "sim_cards")
    assert (cards.value, cards.qualifier, cards.origin) == (3830000, "exact", "claims")
    assert cards.source_file == october.raw.name
    assert cards.published == "2021-10-14" and cards.period_end == "2021-10-14"
    gangs = pick(figures, 2021, "stage", "four_governance", "app_signing_gangs")
    assert (gangs.value, gangs.origin) == (11, "claims")
    exam = pick(figures, 2021, "stage", "exam_cheating", "suspects")
    assert (exam.value, exam.qualifier) == (450, "more_than")


def test_without_a_pack_the_table_is_read_alone():
    alone = load_campaign_figures(CAMPAIGN)
    assert set(alone.origin) == {"table"}
    assert not ((alone.campaign_year == 2021) & (alone.metric == "sim_cards")
                & (alone.scope == "stage")).any()


def test_stage_rows_are_not_duplicated_from_the_claims(figures):
    stage = figures[(figures.campaign_year == 2021) & (figures.scope == "stage")
                    & (figures.use == "yes")]
    assert not stage.duplicated(["operation", "metric"]).any()
    assert pick(figures, 2021, "stage", "headline", "cases").origin == "table"
    # every one of the bulletin's 37 claims has one used 2021 stage row
    assert len(stage) == 37


def test_stage_chinese_phrases_agree_with_the_english_translation(figures, october):
    claims = pd.read_csv(october.processed("claims.csv"))
    stage = figures[(figures.campaign_year == 2021) & (figures.scope == "stage")
                    & (figures.origin == "table")]
    for _, row in stage.iterrows():
        match = claims[(claims.operation == row.operation) & (claims.metric == row.metric)]
        assert len(match) == 1, (row.operation, row.metric)
        assert (match.iloc[0].value, match.iloc[0].qualifier) == (row.value, row.qualifier), \
            (row.operation, row.metric, row.phrase)


def test_every_row_cites_a_listed_source_with_an_address(figures):
    sources = load_sources(CAMPAIGN).set_index("file")
    assert set(figures["source_file"]) <= set(sources.index)
    assert figures["address"].str.startswith("http").all()
    # every source has an address; the bulletin's is its probable page (source 03)
    assert sources["address"].str.startswith("http").all()
    bulletin = sources.loc["cleaning-the-internet-2021-stage-results.en.txt"]
    assert bulletin.address == sources.loc["03_en_theicinfo_MT_of_bulletin.txt"].address
    assert "probable" in bulletin.note.lower()


def test_no_figure_is_published_after_the_page_that_prints_it():
    # a page can print a figure released earlier (a press conference the day before), never
    # one released later: source 15, dated 2022-01-10 by its address, cannot carry figures
    # of the press conference of 2022-01-14
    sources = load_sources(CAMPAIGN).set_index("file")
    table = pd.read_csv(CAMPAIGN / CAMPAIGN_FIGURES_CSV, dtype=str, keep_default_na=False)
    for _, row in table[table.published != ""].iterrows():
        page = sources.loc[row.source_file, "date"]
        if page:
            assert row.published <= page, (row.source_file, row.phrase, row.published, page)
    rows15 = table[table.source_file.str.startswith("15_")]
    assert set(rows15.published) == {"2022-01-10"}


def test_sources_list_the_project_files():
    sources = set(load_sources(CAMPAIGN)["file"])
    assert "cleaning-the-internet-2021-stage-results.en.txt" in sources
    new = {"03", "04", "05", "12", "13", "19", "22", "27", "28", "32"}
    assert new <= {f.split("_", 1)[0] for f in sources}
    assert {"33_en_DISAMBIGUATION_saohuangdafei_jingwang2021.txt",
            "34_zh_provincial_examples_jingwang.txt"} <= sources


def test_no_row_from_the_other_office_a_province_or_a_city(figures):
    assert not figures["source_file"].str.startswith(("33_", "34_", "24_", "27_", "31_")).any()


def test_wordings_put_the_used_row_first(figures):
    w = wordings(figures, 2021, "stage", "headline", "cases")
    assert w.iloc[0].use == "yes" and w.iloc[0].phrase == "3.7万余起"
    # the Xinhua English relays (sources 04 and 05) word it too
    assert {f[:2] for f in w.source_file} == {"01", "04", "05"}


def test_interval_of_a_calibrated_row_uses_step_arithmetic(figures):
    row = pick(figures, 2021, "stage", "headline", "suspects").copy()
    row["reading"] = "calibrated"
    assert interval_of(row).reading == "step"


# --- validation -------------------------------------------------------------------------------

GOOD = {
    "campaign_year": "2019", "scope": "full_year", "period_start": "2019-01",
    "period_end": "2019-12", "period_note": "stated", "period_end_inferred": "no",
    "published": "2020-04-11",
    "operation": "headline", "metric": "cases", "counted": "侦破网络犯罪案件", "counting_verb": "侦破",
    "phrase": "5.9万起",
    "source_file": "18_zh_jingwang2019_full_year_sxfzsd_2020-04-11.txt",
    "address": "http://example.org/a", "use": "yes", "comparable": "yes", "inferred": "no",
    "note": "",
}


def write_table(tmp_path, rows):
    path = tmp_path / "campaign-figures.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def load(path):
    return load_campaign_figures(CAMPAIGN, path=path)


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
    ({"comparable": "wider"}, "comparable 'wider'"),
    ({"comparable": "no"}, "needs a note saying how the class differs"),
    ({"inferred": "perhaps"}, "inferred 'perhaps'"),
    ({"inferred": "yes"}, "an inferred operation needs a note"),
    ({"counting_verb": "抓"}, "counting_verb '抓' is not one of"),
    ({"counting_verb": "抓获"}, "is not in counted"),
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
    sources = load_sources(CAMPAIGN)
    row = {**GOOD, "value": 59000, "low": 60000, "high": 61000}
    with pytest.raises(BulletinError, match="range is wrong"):
        context._check_row(row, "row X", {"headline"}, {"cases"}, sources)


def test_an_operation_only_the_given_operations_know_is_refused(tmp_path):
    ops = load_operations(CAMPAIGN / CAMPAIGN_OPERATIONS_CSV)
    path = write_table(tmp_path, [GOOD])
    with pytest.raises(BulletinError, match="unknown operation 'headline'"):
        load_campaign_figures(CAMPAIGN, path=path, operations=ops)


def test_a_pack_without_a_campaign_year_cannot_join(tmp_path, october):
    from dataclasses import replace
    bare = replace(october, extra={})
    with pytest.raises(BulletinError, match="gives no campaign_year"):
        load_campaign_figures(CAMPAIGN, bare)


def test_sources_listed_twice_or_without_an_address_are_refused(tmp_path):
    rows = list(csv.DictReader(open(CAMPAIGN / SOURCES_CSV, encoding="utf-8")))
    path = tmp_path / "sources.csv"

    def write(rows_):
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, rows[0].keys())
            writer.writeheader()
            writer.writerows(rows_)

    write(rows + rows[:1])
    with pytest.raises(BulletinError, match="listed twice"):
        load_sources(path)
    write([{**rows[0], "address": ""}] + rows[1:])
    with pytest.raises(BulletinError, match="no address"):
        load_sources(path)


def test_an_inferred_period_end_is_a_column_of_its_own(tmp_path):
    bad = {**GOOD, "period_end_inferred": "maybe"}
    with pytest.raises(BulletinError, match="period_end_inferred"):
        load(write_table(tmp_path, [bad]))
    silent = {**GOOD, "period_end_inferred": "yes", "period_note": ""}
    with pytest.raises(BulletinError, match="period_note"):
        load(write_table(tmp_path, [silent]))
    assert load(write_table(tmp_path, [{**GOOD, "period_end_inferred": "yes"}])).iloc[0].period_end_inferred


def test_the_2018_stage_report_has_an_inferred_end(figures):
    row = pick(figures, 2018, "stage", "headline", "cases")
    assert row.period_end_inferred and row.period_end == "2018-07"
