"""The translation check for readers: words, tables and the chart."""

import warnings

import pandas as pd
import pytest

from bulletin.packs.labels import Labels
from bulletin.present.translation import (
    STATUS_LABELS, chinese_source_line, chinese_texts_note, count_words, glossary_lines,
    printed_in, qualifier_text, side_by_side, snippet,
)
from bulletin.analysis.translation import STATUSES, align, chinese_texts, load_glossary, load_zh_figures
from conftest import CAMPAIGN


@pytest.fixture(scope="module")
def labels(october):
    return Labels(october.operations)


@pytest.fixture(scope="module")
def zh(october):
    return load_zh_figures(october.reference("zh-bulletin-figures.csv"), october.operations)


@pytest.fixture(scope="module")
def aligned(october, zh):
    return align(pd.read_csv(october.processed("claims.csv")), zh)


def has_cjk(text):
    return any("\u3400" <= c <= "\u9fff" for c in text)


def test_every_status_has_words():
    assert tuple(STATUS_LABELS) == STATUSES
    # "Agrees" says what was compared; the Chinese texts are described beside it.
    assert "confirmed" not in " ".join(STATUS_LABELS.values()).lower()


def test_a_bare_figure_is_never_called_exact():
    assert qualifier_text("exact") == "printed bare"
    assert qualifier_text("more_than") == "more than"
    assert qualifier_text("some_new_id") == "some new id"


def test_small_counts_in_words():
    assert [count_words(n) for n in (0, 1, 2, 10, 11, 1200)] == [
        "no", "one", "two", "ten", "11", "1,200"]


def test_printed_in_counts_and_lists_the_ids():
    assert printed_in("") == "no source in hand"
    assert printed_in("06") == "1 source: 06"
    assert printed_in("01|02|18") == "3 sources: 01, 02, 18"
    assert printed_in("01|02|03|04|05|06|07", shown=3) == "7 sources: 01, 02, 03 and 4 more"


def test_snippet():
    text = "alpha beta gamma delta epsilon"
    assert snippet(text, 11, 16, width=6) == "… beta gamma delta …"
    assert snippet(text, 0, 5, width=100) == text


def synthetic_texts(kinds):
    return pd.DataFrame({"publisher": [f"Paper {i}" for i in range(len(kinds))],
                         "publisher_zh": [f"报{i}" for i in range(len(kinds))],
                         "text_kind": kinds, "source_date": ["2020-05-06"] * len(kinds)})


def test_chinese_texts_note_says_copies_are_not_independent():
    two = synthetic_texts(["media rewrite", "media rewrite"])
    assert chinese_texts_note(two) == ("two media rewrites of the release (Paper 0 (报0) and "
                                       "Paper 1 (报1)), which may not be independent of each other")
    assert chinese_texts_note(two.head(1)) == "one text, a media rewrite of the release (Paper 0 (报0))"
    mixed = chinese_texts_note(synthetic_texts(["issuer", "copy", "media rewrite"]), chinese=False)
    assert mixed.startswith("three texts: Paper 0, the issuer's own page; Paper 1, a verbatim copy")
    assert mixed.endswith("which may not be independent of each other")
    assert chinese_texts_note(two.head(0)) == "no Chinese text"


def test_chinese_source_line_has_no_chinese_characters():
    line = chinese_source_line(synthetic_texts(["media rewrite", "media rewrite"]))
    assert line == ("Chinese text: media rewrites of the release by Paper 0 and Paper 1, "
                    "6 May 2020 (excerpts, as reposted).")


def test_the_packs_chinese_texts(zh):
    texts = chinese_texts(zh)
    note = chinese_texts_note(texts)
    assert "中新网" in note and "站长之家" in note and "not be independent" in note
    assert not has_cjk(chinese_texts_note(texts, chinese=False))
    assert not has_cjk(chinese_source_line(texts))


def test_side_by_side(aligned, labels):
    table = side_by_side(aligned, labels).set_index("english")
    assert table.loc["more than 3,900", "chinese"] == "3900余起"
    assert table.loc["more than 3,900", "range"] == "3,900 to under 4,000"
    assert table.loc["more than 3,900", "operation"] == "Personal information"
    assert table.loc["more than 3,900", "metric"] == "Cases"
    assert table.loc["16,600", "range"] == "16,600 as printed"
    assert table.loc["16,600", "agreement"] == "Agrees with the Chinese text in hand"
    assert table.loc["more than 450", "chinese"] == "—"
    assert table.loc["more than 450", "range"] == "450 to under 460"
    assert table.loc["more than 450", "agreement"] == "No Chinese text in hand"
    assert table.loc["60", "operation"] == "Four controls"


def test_side_by_side_shows_both_ranges_when_they_differ(zh, labels):
    claims = pd.DataFrame(
        [("hackers", "cases", "more than 900", 900, "more_than", 900, 1000, "cases"),
         ("fraud_gambling_support", "cases", "more than 16,600", 16600, "more_than", 16600,
          16700, "cases")],
        columns=["operation", "metric", "text", "value", "qualifier", "low", "high", "noun"])
    table = side_by_side(align(claims, zh), labels)
    assert table.range.tolist() == [
        "900 to under 1,000",
        "English 16,600 to under 16,700; Chinese 16,600 as printed"]


def test_glossary_lines_give_the_evidence():
    lines = glossary_lines(load_glossary(CAMPAIGN)).splitlines()
    pipes = next(line for line in lines if line.startswith("- **four-pipes**"))
    assert "*Printed in no source in hand.*" in pipes and "Basis: Inferred" in pipes


def test_labels_do_not_spread_the_four_pipes_error(october, labels):
    op = october.operation("four_pipes")
    assert "pipe" not in op.label.lower() and "pipe" not in op.in_sentence.lower()
    assert labels.operation("four_pipes") == "Four controls"
    assert "mistranslation" in op.description


def test_status_chart_publishes_the_plotted_counts(aligned, labels, october, zh, tmp_path):
    from bulletin.present.charts.translation import status_chart

    texts = chinese_texts(zh)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph would be a warning
        chart, data = status_chart(
            aligned, labels, october.operations, name="t", folder=tmp_path,
            source=october.source_line + "\n" + chinese_source_line(texts),
            note=chinese_texts_note(texts, chinese=False))
    assert chart.png == tmp_path / "t.png" and chart.png.is_file()
    written = pd.read_csv(tmp_path / "t.csv").set_index("operation")
    assert written.loc["exam_cheating", ["confirmed", "no_chinese_source", "claims"]].tolist() == [
        1, 2, 3]
    assert written.loc["four_pipes", "label"] == "Four controls"
    assert written["claims"].sum() == 37
    assert written.index[0] == "headline"
