"""The crackdown charts: each publishes a PNG and a CSV of exactly the values it plots.

Expected values are read by hand from the bulletin.
"""

import math

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from bulletin.analysis import checks
from bulletin.packs.labels import Labels
from bulletin.packs.pack import project_pack
from bulletin.present.charts import crackdowns

OCTOBER = project_pack("jingwang2021-stage")
CRACKDOWNS = OCTOBER.group("crackdown")
LABELS = Labels(OCTOBER.operations)
SOURCE = OCTOBER.source_line

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def step():
    return checks.load_claims(OCTOBER.processed("claims.csv"), "step")


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def _published(folder, name):
    png, csv = folder / f"{name}.png", folder / f"{name}.csv"
    assert png.is_file() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return pd.read_csv(csv)


def test_cases_and_suspects(step, tmp_path):
    _, data = crackdowns.cases_and_suspects(step, CRACKDOWNS, LABELS, SOURCE, folder=tmp_path, name="cs")
    saved = _published(tmp_path, "cs")
    assert len(saved) == 12
    fraud = saved[saved["operation"] == "fraud_gambling_support"].set_index("metric")["value"]
    assert fraud.to_dict() == {"cases": 16600, "suspects": 49000}
    exam = saved[(saved["operation"] == "exam_cheating") & (saved["metric"] == "suspects")].iloc[0]
    assert (exam["value"], exam["low"], exam["high"]) == (450, 450, 460)


def test_suspects_per_case(step, tmp_path):
    _, table = crackdowns.suspects_per_case(step, CRACKDOWNS, LABELS, SOURCE, folder=tmp_path, name="spc")
    saved = _published(tmp_path, "spc")
    # sorted by the ratio of printed figures: personal information 4,600/3,900 is lowest,
    # water army 1,400/190 highest
    assert saved["operation"].iloc[0] == "personal_information"
    assert saved["operation"].iloc[-1] == "water_army"
    water = saved.iloc[-1]
    # 1,400/200 = 7.00 and 1,500/190 = 7.894..., published to 2 decimals
    assert (water["low"], water["high"]) == (7.0, 7.89)
    personal = saved.iloc[0]
    # 4,600/3,900 = 1.1794..., 4,700/3,900 = 1.2051...
    assert (personal["stated"], personal["high"]) == (1.18, 1.21)


def test_parts_against_total(step, tmp_path):
    parts = tuple(OCTOBER.group("crackdown")) + ("four_disruptions", "four_pipes")
    crackdowns.parts_against_total(step, parts, LABELS, SOURCE, folder=tmp_path, name="pt")
    saved = _published(tmp_path, "pt")
    summed = saved[saved["operation"] == "(sum)"].set_index("metric")
    assert (summed.loc["cases", "low"], summed.loc["cases", "high"]) == (36800, 38040)
    assert summed.loc["suspects", "value"] == 80850
    head = saved[saved["operation"] == "headline"].set_index("metric")
    assert (head.loc["suspects", "low"], head.loc["suspects", "high"]) == (80000, 90000)
    # four pipes states cases but no suspects
    pipes = saved[saved["operation"] == "four_pipes"]
    assert list(pipes["metric"]) == ["cases"]
    # parts under 1% of their bar's printed sum (36,800 cases; 80,850 suspects) are grouped
    grouped = saved[saved["segment"] == "other operations"].groupby("metric")["operation"].apply(list)
    assert grouped["cases"] == ["water_army", "protecting_seedlings", "exam_cheating", "four_pipes"]
    assert grouped["suspects"] == ["protecting_seedlings", "exam_cheating"]
    own = saved[saved["segment"] == "own"]
    assert "hackers" in set(own[own["metric"] == "cases"]["operation"])


def test_parts_against_total_keeps_black_for_the_range(step, tmp_path):
    parts = tuple(OCTOBER.group("crackdown")) + ("four_disruptions", "four_pipes")
    fig_colours = []
    original = crackdowns.publish

    def capture(fig, name, data, **kwargs):
        for ax in fig.axes:
            for patch in ax.patches:
                fig_colours.append(matplotlib.colors.to_hex(patch.get_facecolor()))
        return original(fig, name, data, **kwargs)

    crackdowns.publish = capture
    try:
        crackdowns.parts_against_total(step, parts, LABELS, SOURCE, folder=tmp_path, name="pt-colours")
    finally:
        crackdowns.publish = original
    assert "#000000" not in fig_colours
    # the grouped small parts are drawn white, hatched
    assert "#ffffff" in fig_colours


def test_industry_seizures(step, tmp_path):
    _, data = crackdowns.industry_seizures(step, OCTOBER.group("industry_action"), LABELS, SOURCE, folder=tmp_path, name="ind")
    saved = _published(tmp_path, "ind")
    values = dict(zip(saved["metric"], saved["value"]))
    assert values["sim_cards"] == 3830000 and values["app_signing_gangs"] == 11
    assert values["broadband_accounts"] == 5000
    assert "cases" not in values and "suspects" not in values
    assert len(saved) == 12


def test_bound_reading_ratio_chart_keeps_open_ranges(tmp_path):
    bound = checks.load_claims(OCTOBER.processed("claims.csv"), "bound")
    _, table = crackdowns.suspects_per_case(bound, CRACKDOWNS, LABELS, SOURCE, folder=tmp_path, name="spc-bound")
    fraud = table.set_index("operation").loc["fraud_gambling_support"]
    # 49,000 / 16,600 = 2.9518..., rounded to 2 decimals
    assert fraud["low"] == fraud["high"] == 2.95
    hackers = table.set_index("operation").loc["hackers"]
    assert hackers["low"] == 0 and math.isinf(hackers["high"])


def test_value_label():
    assert crackdowns.value_label(3830000, "exact") == "3,830,000"
    assert crackdowns.value_label(60, "more_than") == "60+"


def test_a_published_chart_shows_as_its_saved_png(step, tmp_path):
    chart, _ = crackdowns.cases_and_suspects(step, CRACKDOWNS, LABELS, SOURCE, folder=tmp_path, name="shown")
    png, metadata = chart._repr_png_()
    assert png == (tmp_path / "shown.png").read_bytes()
    assert metadata["width"] > 0
    assert repr(chart) == "<chart shown.png>"
    assert plt.get_fignums() == []


def test_a_published_chart_is_sharp_at_twice_its_page_width(step, tmp_path):
    import struct

    from bulletin.present.charts import SHARPNESS

    chart, _ = crackdowns.cases_and_suspects(step, CRACKDOWNS, LABELS, SOURCE, folder=tmp_path, name="sharp")
    png, metadata = chart._repr_png_()
    assert struct.unpack(">I", png[16:20])[0] == SHARPNESS * metadata["width"]


def test_publish_refuses_text_too_small_to_read(tmp_path):
    from bulletin.present.charts import new_chart, publish

    fig, ax = new_chart("Small print")
    ax.legend(handles=[plt.Line2D([], [], label="a tiny key")], fontsize=6)
    with pytest.raises(ValueError, match="a tiny key"):
        publish(fig, "small", pd.DataFrame({"x": [1]}), source="Source: a test.", folder=tmp_path)
    plt.close(fig)


def test_publish_refuses_a_chart_without_its_values(tmp_path):
    from bulletin.present.charts import new_chart, publish

    fig, _ = new_chart("Empty")
    with pytest.raises(ValueError, match="give the table of values"):
        publish(fig, "empty", pd.DataFrame(), source="Source: a test.", folder=tmp_path)


def test_labels_come_from_the_tables():
    assert LABELS.operation_in_sentence("water_army") == "Internet water army"
    assert LABELS.operation_in_sentence("fraud_gambling_support") == "support for fraud and gambling"
    assert LABELS.metric("money_laundering_gangs") == "Money-laundering and “scoring” gangs"
    assert LABELS.metric("online_accounts") != "online_accounts"
    # an id no table knows is shown as itself, never dropped
    assert LABELS.operation("stolen_bikes") == "stolen bikes"


def test_every_chart_carries_its_source_line(step, tmp_path):
    seen = []
    original = crackdowns.publish

    def capture(fig, name, data, **kwargs):
        seen.append(kwargs["source"])
        return original(fig, name, data, **kwargs)

    crackdowns.publish = capture
    try:
        crackdowns.cases_and_suspects(step, CRACKDOWNS, LABELS, "Source: somewhere.",
                                      folder=tmp_path, name="src")
    finally:
        crackdowns.publish = original
    assert seen == ["Source: somewhere."]


def test_publish_draws_the_figure_once(step, tmp_path, monkeypatch):
    from matplotlib.backends import backend_agg

    draws = []
    original = backend_agg.FigureCanvasAgg.draw
    monkeypatch.setattr(backend_agg.FigureCanvasAgg, "draw",
                        lambda self: draws.append(1) or original(self))
    crackdowns.cases_and_suspects(step, CRACKDOWNS, LABELS, SOURCE, folder=tmp_path, name="once")
    assert len(draws) == 1


def test_a_published_chart_carries_its_title_as_text_alternative(step, tmp_path):
    chart, _ = crackdowns.cases_and_suspects(step, CRACKDOWNS, LABELS, SOURCE, folder=tmp_path,
                                             name="alt", title="Cases and suspects, by crackdown")
    _, metadata = chart._repr_png_()
    assert metadata["alt"] == "Chart: Cases and suspects, by crackdown"
    chart, _ = crackdowns.parts_against_total(step, CRACKDOWNS, LABELS, SOURCE, folder=tmp_path,
                                              name="alt-parts", title="Do they add up?")
    assert chart._repr_png_()[1]["alt"] == "Chart: Do they add up?"
