"""How much rests on the reading of 余 (bulletin.analysis.sensitivity), on the repository's tables."""

import math

import pytest

from bulletin.analysis import sensitivity as sv
from bulletin.analysis.context import pick
from bulletin.errors import BulletinError
from conftest import CAMPAIGN


@pytest.fixture(scope="module")
def frames(october):
    return sv.load_readings(CAMPAIGN, october)


@pytest.mark.parametrize("value, qualifier, low, high, expected", [
    (80000, "more_than", 80000, 90000, (80000, 81000)),      # 8万余: one digit
    (3000000, "more_than", 3000000, 4000000, (3000000, 3100000)),  # 300余万
    (500, "more_than", 500, 600, (500, 510)),                # 500余
    (37000, "more_than", 37000, 38000, (37000, 38000)),      # 3.7万余: two digits, the step
    (16600, "exact", 16600, 16600, (16600, 16600)),
    (80000, "more_than", 80000, math.inf, (80000, math.inf)),  # a bound range is left alone
])
def test_calibrated_range(value, qualifier, low, high, expected):
    assert sv.calibrated_range(value, qualifier, low, high) == expected


def test_calibrate_needs_the_step_table(frames):
    cal = frames["calibrated"]
    assert set(cal.reading) == {"calibrated"}
    row = pick(cal, 2021, "full_year", "four_disruptions", "sim_cards")
    assert (row.low, row.high) == (3000000, 3100000)
    with pytest.raises(BulletinError):
        sv.calibrate(frames["bound"])


def test_pinned_cases(frames):
    p = sv.pinned_cases(frames["step"]).set_index(["campaign_year", "scope", "metric", "kind"])
    # 5.7万余起 printed to the unit as 57519起: 519 of the step of 1,000
    assert p.loc[(2018, "full_year", "cases", "printed to the unit"), "position_low"] == pytest.approx(0.519)
    assert p.loc[(2018, "full_year", "suspects", "printed to the unit"), "position_low"] == pytest.approx(0.668)
    # 2020's 8万余名 is at most 104,000 / 1.2865 if 2021's 10.3万余名 grew 28.7%
    row = p.loc[(2020, "full_year", "suspects", "stated growth")]
    assert row.pinned_high == pytest.approx(104000 / 1.2865)
    assert row.position_high == pytest.approx((104000 / 1.2865 - 80000) / 10000)
    assert bool(row.fits_calibrated)
    # 2021's 6.2万余起 is at most 56,000 × 1.1075 if 5.6万起 is as printed
    row = p.loc[(2021, "full_year", "cases", "stated growth")]
    assert row.pinned_high == pytest.approx(56000 * 1.1075)
    assert row.assumption == "the bare 5.6万起 is as printed"
    # the yearly average 5万余起 since 2018: 57,506 if it averages 2018 to 2020
    row = p.loc[(2021, "average", "cases", "yearly average")]
    assert row.pinned_low == pytest.approx((57519 + 59000 + 56000) / 3)
    assert not row.fits_calibrated
    with pytest.raises(BulletinError):
        sv.pinned_cases(frames["bound"])


def test_the_verdicts_that_flip(frames):
    extras = [("personal_information", "insiders", "suspects")]
    v = sv.verdicts(frames, extras=extras)
    assert list(v.columns[-4:]) == ["step", "bound", "calibrated", "flips"]
    keyed = v.set_index(["check", "campaign_year", "scope", "operation", "metric", "variant"])
    sims = keyed.loc[("stage vs year-end", 2021, "", "four_disruptions", "sim_cards", "")]
    assert (sims.step, sims.calibrated) == ("may have shrunk", "shrank")
    october = keyed.loc[("parts", 2021, "stage", "headline", "suspects",
                         "with personal_information:insiders")]
    # October: 80,850 + 500 insiders against 8万余 read as 80,000 to 81,000
    assert (october.step, october.calibrated) == ("consistent", "over")
    year_end = keyed.loc[("parts", 2021, "full_year", "headline", "suspects", "as assigned")]
    assert (year_end.step, year_end.bound, year_end.calibrated) == ("over", "consistent", "over")
    pace = keyed.loc[("pace", 2021, "", "headline", "suspects", "stated")]
    # under the bound reading the 2021 year-end (6.2万余) sets no ceiling, and the floor is 0
    assert (pace.step, pace.bound, pace.calibrated) == ("cannot tell", "cannot tell", "faster")
    between = sv.flips(v, ["step", "calibrated"])
    assert len(between) == 4
    assert set(between.check) == {"parts", "stage vs year-end", "pace"}


def test_only_an_absent_figure_is_skipped_a_data_fault_stops_the_run(monkeypatch):
    from bulletin.analysis.example import example_figures
    from bulletin.errors import BulletinError, FigureNotFound

    figures = example_figures()
    assert issubclass(FigureNotFound, LookupError) and issubclass(FigureNotFound, BulletinError)

    def absent(*args):
        raise FigureNotFound("no figure")

    monkeypatch.setattr(sv, "increases", absent)
    table = sv.verdicts({"step": figures})
    assert "increases" not in set(table["check"])

    def fault(*args):
        raise BulletinError("campaign-figures.csv line 9: the range is wrong")

    monkeypatch.setattr(sv, "increases", fault)
    with pytest.raises(BulletinError, match="line 9"):
        sv.verdicts({"step": figures})
