"""Interval arithmetic on claims. Expected values are worked out by hand from the bulletin."""

import math

import pandas as pd
import pytest

from bulletin.analysis import checks
from bulletin.present import words as present
from bulletin.packs.labels import Labels
from bulletin.packs.pack import project_pack
from bulletin.analysis.checks import Interval, IntervalError
from bulletin.errors import BulletinError

OCTOBER = project_pack("jingwang2021-stage")

INF = math.inf


# --- Interval ------------------------------------------------------------------------------

def test_exact_figure_is_a_point():
    point = Interval.exact(16600)
    assert (point.low, point.high, point.is_exact) == (16600, 16600, True)
    assert Interval.of_figure(16600, "exact", "bound") == Interval(16600, 16600, "bound")


def test_of_figure_follows_the_two_readings():
    assert Interval.of_figure(3900, "more_than") == Interval(3900, 4000, "step")
    assert Interval.of_figure(3900, "more_than", "bound") == Interval(3900, INF, "bound")


def test_low_above_high_is_refused():
    with pytest.raises(IntervalError, match="above its high"):
        Interval(4000, 3900)


def test_nan_and_unknown_reading_are_refused():
    with pytest.raises(IntervalError, match="NaN"):
        Interval(float("nan"), 3)
    with pytest.raises(IntervalError, match="unknown reading"):
        Interval(1, 2, "loose")


def test_add_sums_each_end():
    # 3,900余 + 16,600 = [20,500, 20,600]
    assert Interval(3900, 4000) + Interval.exact(16600) == Interval(20500, 20600)
    assert Interval(3900, 4000).add(Interval(190, 200)) == Interval(4090, 4200)


def test_add_with_an_open_bound_stays_open():
    result = Interval(3900, INF, "bound") + Interval(16600, 16600, "bound")
    assert (result.low, result.high) == (20500, INF)


def test_mixing_readings_is_refused():
    with pytest.raises(IntervalError, match="same reading"):
        Interval(1, 2, "step") + Interval(1, 2, "bound")


def test_minus_crosses_the_ends():
    # headline cases [37,000, 38,000] minus parts [36,800, 38,040]
    assert Interval(37000, 38000) - Interval(36800, 38040) == Interval(-1040, 1200)


def test_minus_with_open_bounds_never_gives_nan():
    result = Interval(37000, INF, "bound") - Interval(36800, INF, "bound")
    assert result.low == -INF and result.high == INF


def test_ratio_of_two_ranges():
    # personal information: 4,600余 suspects / 3,900余 cases -> [4600/4000, 4700/3900]
    r = Interval(4600, 4700).ratio(Interval(3900, 4000))
    assert r.low == pytest.approx(1.15)
    assert r.high == pytest.approx(1.2051282, rel=1e-6)


def test_ratio_of_exact_figures_is_exact():
    r = Interval.exact(49000) / Interval.exact(16600)
    assert r.is_exact and r.low == pytest.approx(2.9518072, rel=1e-6)


def test_ratio_with_an_unbounded_numerator_has_no_upper_bound():
    r = Interval(4600, INF, "bound").ratio(Interval(3900, 4000, "bound"))
    assert r.low == pytest.approx(1.15) and r.high == INF


def test_ratio_with_an_unbounded_denominator_falls_to_zero():
    r = Interval(4600, 4700, "bound").ratio(Interval(3900, INF, "bound"))
    assert r.low == 0 and r.high == pytest.approx(4700 / 3900)


def test_ratio_with_both_unbounded_is_zero_to_inf():
    r = Interval(4600, INF, "bound").ratio(Interval(3900, INF, "bound"))
    assert (r.low, r.high) == (0, INF)


@pytest.mark.parametrize("denominator", [Interval(0, 5), Interval(0, 0), Interval(-3, 5)])
def test_ratio_by_an_interval_reaching_zero_raises(denominator):
    with pytest.raises(IntervalError, match="cannot divide"):
        Interval(10, 20).ratio(denominator)


def test_ratio_of_a_negative_numerator_raises():
    with pytest.raises(IntervalError, match="below 0"):
        Interval(-1, 2).ratio(Interval(1, 2))


def test_share_of_the_headline():
    # personal information cases 3,900余 of the headline 3.7万余
    s = Interval(3900, 4000).share(Interval(37000, 38000))
    assert s.low == pytest.approx(3900 / 38000) and s.high == pytest.approx(4000 / 37000)


def test_share_when_the_total_is_unbounded():
    s = Interval(16600, 16600, "bound").share(Interval(37000, INF, "bound"))
    assert s.low == 0 and s.high == pytest.approx(16600 / 37000)


def test_share_of_a_zero_total_raises():
    with pytest.raises(IntervalError):
        Interval(1, 2).share(Interval(0, 0))


def test_total_and_empty_total():
    assert checks.total([Interval(60, 70), Interval(70, 80)]) == Interval(130, 150)
    assert checks.total([], reading="bound") == Interval(0, 0, "bound")
    with pytest.raises(IntervalError, match="nothing to add"):
        checks.total([])


def test_overlaps_and_contains():
    assert Interval(36800, 38040).overlaps(Interval(37000, 38000))
    assert not Interval(21720, 21950).overlaps(Interval(37000, 38000))
    assert Interval(0, INF).contains(1e12)


@pytest.mark.parametrize("remainder, word", [
    (Interval(-1040, 1200), "consistent"),
    (Interval(15050, 16280), "short"),
    (Interval(-500, -10), "over"),
    (Interval(0, 0), "exact"),
])
def test_verdict(remainder, word):
    assert checks.verdict(remainder) == word


@pytest.mark.parametrize("verdict, words", [
    ("consistent", "consistent"), ("short", "fall short"), ("over", "double counting"),
    ("exact", "exactly"),
])
def test_verdict_text(verdict, words):
    assert words in present.verdict_text(verdict)


# --- the claims table ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def step():
    return checks.load_claims(OCTOBER.processed("claims.csv"), "step")


@pytest.fixture(scope="module")
def bound():
    return checks.load_claims(OCTOBER.processed("claims.csv"), "bound")


def test_load_claims_recomputes_ranges(step, bound):
    assert len(step) == 37
    assert set(step["reading"]) == {"step"} and set(bound["reading"]) == {"bound"}
    assert checks.interval(step, "headline", "cases") == Interval(37000, 38000, "step")
    assert checks.interval(bound, "headline", "cases") == Interval(37000, INF, "bound")
    assert checks.interval(bound, "fraud_gambling_support", "cases") == Interval(16600, 16600, "bound")


def test_load_claims_refuses_unknown_reading_and_missing_file(tmp_path):
    with pytest.raises(ValueError, match="unknown reading"):
        checks.load_claims(OCTOBER.processed("claims.csv"), "loose")
    with pytest.raises(BulletinError, match="not found"):
        checks.load_claims(tmp_path / "none.csv")


def test_claim_lookup_refuses_missing(step):
    with pytest.raises(BulletinError, match="found 0"):
        checks.interval(step, "water_army", "minors_rescued")


def test_mixed_reading_table_is_refused(step, bound):
    mixed = pd.concat([step, bound])
    with pytest.raises(BulletinError, match="mixes readings"):
        checks.sum_of(mixed, ["hackers"], "cases")


def test_six_crackdowns_cases_sum(step):
    # 3,900余 + 16,600 + 190余 + 60余 + 900余 + 70余, read by hand:
    # low 21,720; high 4,000 + 16,600 + 200 + 70 + 1,000 + 80 = 21,950
    assert checks.sum_of(step, tuple(OCTOBER.group("crackdown")), "cases") == Interval(21720, 21950)


def test_parts_vs_headline_cases(step, bound):
    parts = tuple(OCTOBER.group("crackdown")) + ("four_disruptions", "four_pipes")
    result = checks.parts_vs_total(step, "cases", parts)
    # + 15,000余 (four disruptions) + 80余 (four pipes)
    assert result["parts"] == Interval(36800, 38040)
    assert result["remainder"] == Interval(-1040, 1200)
    assert result["excess"] == Interval(-1200, 1040)
    assert result["verdict"].startswith("consistent")
    open_result = checks.parts_vs_total(bound, "cases", parts)
    assert open_result["parts"] == Interval(36800, INF, "bound")
    assert open_result["remainder"] == Interval(-INF, INF, "bound")


def test_parts_vs_headline_suspects(step):
    parts = tuple(OCTOBER.group("crackdown")) + ("four_disruptions",)
    result = checks.parts_vs_total(step, "suspects", parts)
    # 4,600 + 49,000 + 1,400 + 300 + 2,100 + 450 + 23,000 = 80,850
    assert result["parts"] == Interval(80850, 82260)
    assert result["remainder"] == Interval(-2260, 9150)


def test_leave_one_out_without_four_disruptions_falls_short(step):
    table = checks.leave_one_out(step, "cases", tuple(OCTOBER.group("crackdown")) + ("four_disruptions",))
    row = table.set_index("without").loc["four_disruptions"]
    assert (row["parts_low"], row["parts_high"]) == (21720, 21950)
    assert (row["remainder_low"], row["remainder_high"]) == (15050, 16280)
    assert row["verdict"] == "short"
    assert list(table["without"])[0] == "-"


def test_ratio_table(step):
    table = checks.ratio_table(step, "suspects", "cases", ["water_army"]).iloc[0]
    # 1,400余 persons / 190余 cases
    assert table["stated"] == pytest.approx(1400 / 190)
    assert table["low"] == pytest.approx(1400 / 200)
    assert table["high"] == pytest.approx(1500 / 190)


def test_share_table(step):
    row = checks.share_table(step, "suspects", ["fraud_gambling_support"]).iloc[0]
    assert row["stated"] == pytest.approx(49000 / 80000)
    assert row["low"] == pytest.approx(49000 / 90000)
    assert row["high"] == pytest.approx(49000 / 80000)


def test_operations_with(step):
    assert checks.operations_with(step, "cases") == [
        "personal_information", "fraud_gambling_support", "water_army", "protecting_seedlings",
        "hackers", "exam_cheating", "four_disruptions", "four_pipes"]


def test_readings_side_by_side():
    table = checks.readings_side_by_side(OCTOBER.processed("claims.csv"))
    row = table[table["text"] == "more than 10,000"].iloc[0]
    assert (row["step_low"], row["step_high"], row["bound_high"]) == (10000, 20000, INF)


# --- the text -----------------------------------------------------------------------------

def test_accounting_leaves_nothing_unexplained(bulletin_text):
    table = checks.accounting(bulletin_text, operations=OCTOBER.operations)
    summary = checks.accounting_summary(table).iloc[0]
    assert summary["unexplained"] == 0
    assert summary["claims they make up"] == 37
    # "3.83 million" and "8.64 million" are two tokens each
    assert summary["in a claim"] == 39
    years = table[table["text"] == "2021"]
    assert len(years) == 3 and set(years["status"]) == {"explained"}


def test_passage_table_names_the_operations_in_order(bulletin_text):
    table = checks.passage_table(bulletin_text, OCTOBER.operations)
    ops = [op for op in table["operation"] if op != "unassigned"]
    assert ops == ["headline", "personal_information", "fraud_gambling_support", "water_army",
                   "protecting_seedlings", "hackers", "exam_cheating", "four_disruptions",
                   "four_governance", "four_pipes"]
    assert table["claims"].sum() == 37


def test_numeral_tokens():
    assert checks.numeral_tokens("seized 3.83 million cards in four raids") == [
        (7, 11, "3.83"), (12, 19, "million"), (29, 33, "four")]


def test_compare_readings_suspects():
    parts = tuple(OCTOBER.group("crackdown")) + ("four_disruptions",)
    table = checks.compare_readings(OCTOBER.processed("claims.csv"), "suspects", parts).set_index("reading")
    assert (table.loc["step", "excess_low"], table.loc["step", "excess_high"]) == (-9150, 2260)
    assert table.loc["bound", "parts_low"] == 80850
    assert math.isinf(table.loc["bound", "total_high"])
    assert table.loc["bound", "excess_low"] == -INF and table.loc["bound", "excess_high"] == INF


def test_suspects_with_the_insiders_added(step):
    # 80,850 to 82,260 suspects, plus 500余 insiders (500 to 600)
    parts = tuple(OCTOBER.group("crackdown")) + ("four_disruptions",)
    result = checks.parts_vs_total(step, "suspects", parts,
                                   extra=[("personal_information", "insiders")])
    assert result["parts"] == Interval(81350, 82860)
    # against 8万余 (80,000 to 90,000)
    assert result["excess"] == Interval(-8650, 2860)


def test_leave_one_out_reads_as_excess(step):
    table = checks.leave_one_out(step, "cases", tuple(OCTOBER.group("crackdown")) + ("four_disruptions",))
    row = table.set_index("without").loc["four_disruptions"]
    # sum 21,720 to 21,950 against 37,000 to 38,000
    assert (row["excess_low"], row["excess_high"]) == (-16280, -15050)
    readable = present.readable_leave_one_out(table, Labels(OCTOBER.operations))
    assert list(readable.columns)[2] == "excess (sum − headline)"
    assert readable.iloc[0, 0] == "nothing (all operations)"
    assert readable.iloc[-1].tolist()[:3] == ["Four Disruptions", "21,720 to 21,950",
                                              "-16,280 to -15,050"]


@pytest.mark.parametrize("value, digits", [(80000, 1), (37000, 2), (16600, 3), (3.83, 3),
                                           (11, 2), (10000, 1), (8640000, 3)])
def test_significant_digits(value, digits):
    assert checks.significant_digits(value) == digits


def test_ratio_text():
    assert present.ratio_text(Interval(192.0, 383.0)) == "192.00 to 383.00"
    assert present.ratio_text(Interval.exact(8640000 / 3830000)) == "about 2.26"
    assert "exactly" not in present.ratio_text(Interval.exact(2))


def test_short_verdict():
    assert present.short_verdict(Interval(-1200, 1040)) == "consistent"
    assert present.short_verdict(Interval(14960, 16200)) == "the parts fall short"
    assert present.short_verdict(Interval(-300, -5)) == "the parts exceed the total"


def test_percent_range_adds_a_decimal_only_where_the_ends_print_equal():
    # water army cases: 190 / 38,000 = 0.500%, 200 / 37,000 = 0.5405%
    assert present.percent_range(190 / 38000, 200 / 37000) == "0.50% to 0.54%"
    # protecting seedlings cases: 60 / 38,000 = 0.158%, 70 / 37,000 = 0.189%
    assert present.percent_range(60 / 38000, 70 / 37000) == "0.16% to 0.19%"
    assert present.percent_range(0.103, 0.108) == "10.3% to 10.8%"
    # stops at `most` decimals
    assert present.percent_range(0.100001, 0.100002, most=2) == "10.00% to 10.00%"


def test_ratio_text_rounds_half_up():
    # personal information with its insiders: (4,600 + 500) / 4,000 = 1.275 -> 1.28
    assert present.ratio_text(Interval(5100 / 4000, 5300 / 3900)) == "1.28 to 1.36"


def test_load_claims_keeps_the_written_range_where_the_value_alone_does_not_give_it(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text(
        "value,qualifier,low,high,operation,metric,quote\n"
        "10,indefinite,10,100,headline,cases,数十起\n"      # 数十: tens, under both readings
        "1000,upwards,1000,10000,headline,suspects,上千名\n"  # 上千: a thousand and up
        "2,range,2,3,hackers,gangs,两三个\n", encoding="utf-8")
    step, bound = checks.load_claims(path, "step"), checks.load_claims(path, "bound")
    assert step[["low", "high"]].values.tolist() == [[10, 100], [1000, 10000], [2, 3]]
    assert bound[["low", "high"]].values.tolist() == [[10, 100], [1000, INF], [2, 3]]
