"""Words, tables and charts for the checks across reports (present_context, charts.context)."""

import math

import pandas as pd
import pytest

from bulletin.analysis import campaign as cp
from bulletin.analysis import counting as ct
from bulletin.analysis import growth as gr
from bulletin.analysis import pace as pa
from bulletin.present import context as pc
from bulletin.analysis import sensitivity as sv
from bulletin.present.charts import context as charts
from bulletin.analysis.context import campaign_labels, load_sources
from bulletin.analysis.intervals import Interval
from conftest import CAMPAIGN


@pytest.fixture(scope="module")
def labels(october):
    return campaign_labels(CAMPAIGN, october)


def test_limits_in_words():
    assert pc.fmt_limits(float("nan"), float("nan")) == "no limit"
    assert pc.fmt_limits(47000, float("inf")) == "47,000 or more (no upper limit)"
    assert pc.fmt_limits(14.444, 30, 1) == "14.4 to 30.0"
    assert pc.fmt_times(4.68027, math.inf) == "4.68 or more (no upper limit)"
    assert pc.fmt_growth(Interval(0.10714, float("inf"), "bound")) == "10.7 or more (no upper limit)"
    assert pc.fmt_share(0.0, 0.0839) == "0% to 8%"


def test_verdict_words_cover_every_check(october):
    frames = sv.load_readings(CAMPAIGN, october)
    table = sv.verdicts(frames)
    for reading in sv.READINGS:
        for check, verdict in zip(table.check, table[reading]):
            assert verdict in pc.VERDICT_WORDS[check], (check, verdict)


def test_tables_read_well(figures, labels):
    alt = pc.alternatives_table(cp.alternatives(figures), labels)
    assert "verbs (used / other)" in alt.columns
    parts = pc.parts_table_words(cp.parts_table(figures, ["suspects"]), labels)
    year_end = parts[(parts.report == "2021 year-end") & (parts["operations added"] == "as assigned")].iloc[0]
    assert year_end["sum of operations"] == "127,309 to 140,509"
    assert year_end.verdict == "the parts exceed the total"
    assert year_end.inferred == "support for fraud and gambling"
    head = pc.headline_table(cp.headline_series(figures))
    assert head.loc[(head.year == 2019) & (head.scope == "stage report"), "cases printed"].item() == \
        "more than 45,000"
    series = pc.series_table(pa.series_check(figures, "cases"))
    assert series.loc[0, "left for the last year to the statement"] == "19,481 to 20,481"
    pins = pc.pins_table(sv.pinned_cases(figures), labels)
    assert pins.loc[0, "where in the step"] == "52%"
    jumps = pc.jumps_table(pa.year_end_jumps(figures))
    assert set(jumps.verdict) == {"faster after the stage report", "cannot tell", "slower after it"}


def test_source_line_is_built_from_the_data(figures, october):
    sources = load_sources(CAMPAIGN)
    files = ["16_zh_xinhua_hxcsw_2021-03-09_jingwang2020_full_year.txt", october.raw.name,
             "07_zh_chinanews_cnhubei_2022-01-14_jingwang2021_pressconf.txt"]
    line = charts.source_line(figures, sources, files, october)
    first, second = line.split("\n")
    assert first == october.source_line.replace(" Chart: bulletin package.", "")
    assert second.startswith("Other Ministry of Public Security figures: 2 reports or reposts of "
                             "campaign years 2020–2021")


def test_charts_publish_png_and_csv(figures, labels, october, tmp_path):
    sources = load_sources(CAMPAIGN)
    src = charts.source_line(figures, sources, figures.source_file, october)
    chart, data = charts.headline_chart(cp.headline_series(figures), src,
                                        doubts={2022: "may not continue the series"},
                                        folder=tmp_path)
    assert chart.png.name == "context-headline-2018-2024.png"
    shown = pd.read_csv(tmp_path / "context-headline-2018-2024.csv")
    assert set(shown.loc[~shown.like_for_like & shown.value.notna(), "campaign_year"]) == {2018, 2022, 2024}
    compared = cp.stage_vs_year_end(figures, 2021)
    _, data = charts.ratio_chart(compared, labels, src, "Year-end against the stage report",
                                 name="ratio", folder=tmp_path)
    assert (tmp_path / "ratio.png").is_file()
    assert not data.set_index(["operation", "metric"]).loc[("water_army", "suspects"), "like_for_like"]
    pace = pa.pace_table(figures, 2021)
    comparable = compared[compared.operation == "headline"].set_index("metric").comparable.to_dict()
    _, data = charts.pace_chart(pace, src, comparable=comparable, folder=tmp_path)
    assert (tmp_path / "context-pace-2021.png").is_file()
    assert data.loc[(data.metric == "cases") & (data.point == "year-end"), "like_for_like"].item() is False
    tables = {"step": cp.parts_table(figures, ["suspects"])}
    _, data = charts.parts_chart(tables, labels, "suspects", [(2021, "full_year")], src, "t",
                                 "parts", folder=tmp_path)
    assert data.verdict.tolist() == ["over", "short"]
    _, data = charts.jumps_chart(pa.year_end_jumps(figures), src, folder=tmp_path)
    assert list(pd.read_csv(tmp_path / "context-year-end-jumps.csv").columns) == list(data.columns)
