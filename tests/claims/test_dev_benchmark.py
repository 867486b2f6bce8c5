"""The development benchmark (benchmarks/dev_claims.py): scoring rules and the gold's form.

Hermetic: the scoring functions run on tiny inputs written here; the gold CSV is read from
the repository; the source texts (outside the repository) are never read.
"""

import csv
import importlib.util
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "dev_claims.py"
GOLD = ROOT / "benchmarks" / "dev-gold" / "claims.csv"


def _load():
    spec = importlib.util.spec_from_file_location("dev_claims", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


dc = _load()


def gold(start, end, value, qualifier="exact", noun="", op="", claim=True, kind="count",
         lang="en", head="", measure=""):
    return dc.Gold(file="f.txt", lang=lang, start=start, end=end, phrase="x" * (end - start),
                   value=value, qualifier=qualifier, noun=noun, head=head, measure=measure,
                   operation=op, claim=claim, kind=kind)


def pred(start, end, value, qualifier="exact", noun="", op="", lang="en", measure=""):
    return dc.Pred(start=start, end=end, value=value, qualifier=qualifier, noun=noun,
                   operation=op, lang=lang, measure=measure)


# --- article text and language ------------------------------------------------------------

def test_header_ends_at_first_empty_line_and_brackets_are_cut():
    text = "Source: x\nTitle: 5 cases\n\nPolice cut 12 [note 3] and 4.\n[excerpt ends]"
    start = text.index("Police")
    assert dc.article_start(text) == start
    regions = dc.article_regions(text)
    assert dc.in_regions(text.index("12"), regions)
    assert dc.in_regions(text.index("4."), regions)
    assert not dc.in_regions(text.index("5 cases"), regions)  # header
    assert not dc.in_regions(text.index("3]"), regions)  # collector's label
    assert not dc.in_regions(text.index("excerpt"), regions)
    assert dc.article_start("no header at all") == 0


def test_position_lang_follows_the_line():
    text = "Police held 5.\n[label] 抓获犯罪嫌疑人5名\nAbout 6 IDC 机房"
    assert dc.position_lang(text, text.index("5.")) == "en"
    assert dc.position_lang(text, text.index("5名")) == "zh"
    assert dc.position_lang(text, text.index("6")) == "en"  # 9 Latin letters, 2 ideographs


def test_preds_outside_the_article_are_dropped():
    text = "Title: 9 things\n\nThey held 9 people [9] today."
    records = [{"start": text.index("9"), "end": text.index("9") + 1, "value": 9},
               {"start": text.index("9 people"), "end": text.index("9 people") + 1, "value": 9},
               {"start": text.index("9]"), "end": text.index("9]") + 1, "value": 9}]
    kept = dc.preds_from_records(records, text)
    assert [p.start for p in kept] == [text.index("9 people")]


# --- matching ---------------------------------------------------------------------------

def test_match_overlap_near_value_and_one_to_one():
    golds = [gold(10, 20, 100), gold(30, 33, 5), gold(50, 52, 7), gold(70, 75, 3, kind="date")]
    preds = [
        pred(15, 20, 100),      # overlaps gold 0, same value, start 5 away
        pred(12, 14, 100),      # overlaps gold 0 too, start 2 away: it wins gold 0
        pred(35, 36, 5),        # no overlap, start 5 away: too far
        pred(53, 54, 7),        # no overlap, start 3 away: near enough
        pred(71, 72, 999),      # a date matches on position alone
    ]
    assert dc.match(preds, golds) == [(1, 0), (3, 2), (4, 3)]  # pred 0 left over
    assert dc.match([pred(10, 20, 101)], [gold(10, 20, 100)]) == []  # values differ


def test_match_prefers_overlap_to_a_nearer_start():
    golds = [gold(0, 2, 5), gold(4, 10, 5)]
    # starts 3 from gold 0 (near, no overlap) and overlaps gold 1
    assert dc.match([pred(3, 6, 5)], golds) == [(0, 1)]


def test_range_needs_both_ends():
    g = dc.Gold(file="f", lang="en", start=0, end=9, phrase="x" * 9, value=3,
                qualifier="range", low=3, high=5)
    ok = dc.Pred(start=0, end=9, value=3, qualifier="range", low=3, high=5)
    bad = dc.Pred(start=0, end=9, value=3, qualifier="range", low=3, high=6)
    assert dc.match([ok], [g]) == [(0, 0)]
    assert dc.match([bad], [g]) == []


# --- scores -------------------------------------------------------------------------------

def test_prf_by_hand():
    p, r, f = dc.prf(2, 4, 5)
    assert (p, r) == (0.5, 0.4)
    assert math.isclose(f, 4 / 9)  # 2*.5*.4/(.5+.4)
    assert dc.prf(0, 0, 3) == (None, 0.0, 0.0)
    assert dc.prf(0, 0, 0) == (None, None, None)


def test_pairwise_by_hand():
    # pairs: 01 gold+ pred+ | 02 pred+ | 03 - | 12 pred+ | 13 - | 23 gold+
    assert dc.pairwise_counts(["a", "a", "b", "b"], ["x", "x", "x", "y"]) == (1, 3, 2)
    p, r, f = dc.pairwise_prf(["a", "a", "b", "b"], ["x", "x", "x", "y"])
    assert (math.isclose(p, 1 / 3), r, math.isclose(f, 0.4)) == (True, 0.5, True)
    # "unassigned" and empty never group
    assert dc.pairwise_counts(["a", "a", "b"], ["unassigned"] * 3) == (0, 0, 1)
    assert dc.pairwise_counts(["a", "a"], ["", ""]) == (0, 0, 1)


def test_noun_normalisation_and_agreement():
    assert dc.normalize(" “网络水军” 账号 ") == "网络水军账号"
    assert dc.normalize("Online  Accounts") == "online accounts"
    assert dc.noun_agrees("犯罪嫌疑人", "嫌疑人", "嫌疑人")
    assert dc.noun_agrees("犯罪嫌疑人", "嫌疑人", "犯罪嫌疑人")
    assert dc.noun_agrees("“网络水军”账号", "账号", "网络水军账号")
    assert dc.noun_agrees("侵犯公民个人信息案件", "案件", "案件")  # contained
    assert dc.noun_agrees("cybercrime cases", "cases", "cases")
    assert dc.noun_agrees("cases", "", "criminal cases")  # the prediction contains it
    assert dc.noun_agrees("others", "people", "people")  # the head
    assert not dc.noun_agrees("cases", "", "showcases")  # English contains whole words
    assert not dc.noun_agrees("suspects", "", "cases")
    assert not dc.noun_agrees("suspects", "", "")
    if not dc.converter_name().startswith("none"):
        assert dc.noun_agrees("網絡黑號", "黑號", "网络黑号")


def test_score_file_by_hand():
    golds = [gold(0, 10, 100, "more_than", noun="cases", op="A"),
             gold(20, 25, 50, noun="suspects", op="A"),
             gold(40, 45, 7, noun="websites", op="B"),
             gold(60, 64, 2021, claim=False, kind="year")]
    preds = [pred(5, 10, 100, "more_than", noun="criminal cases", op="X"),  # all right
             pred(20, 22, 50, "about", noun="people", op="X"),  # wrong qualifier and noun
             pred(41, 45, 8),  # wrong value: unmatched
             pred(60, 64, 2021)]  # on a non-claim
    t = dc.score_file(golds, preds)["all"]
    assert (t.gold_claims, t.preds, t.tp_value, t.tp_vq, t.on_nonclaims) == (3, 4, 2, 1, 1)
    assert (t.noun_ok, t.noun_n) == (1, 2)
    assert (t.pair_both, t.pair_pred, t.pair_gold) == (1, 1, 1)
    s = dc.summary(t)
    assert s["value_qualifier"]["precision"] == 0.25
    assert math.isclose(s["value_qualifier"]["recall"], 1 / 3)
    assert math.isclose(s["value_qualifier"]["f1"], 2 / 7)
    assert math.isclose(s["value"]["f1"], 4 / 7)


def test_measure_is_scored_on_chinese_lines_only():
    golds = [gold(0, 5, 9800, "more_than", noun="案件", measure="起", lang="zh", op="p"),
             gold(10, 15, 3, noun="cases", lang="en", op="p")]
    preds = [pred(0, 5, 9800, "more_than", noun="案件", measure="起", lang="zh"),
             pred(10, 15, 3, noun="cases", lang="en")]
    tallies = dc.score_file(golds, preds)
    assert (tallies["zh"].measure_ok, tallies["zh"].measure_n) == (1, 1)
    assert tallies["en"].measure_n == 0
    assert tallies["zh"].gold_claims == tallies["en"].gold_claims == 1


# --- the gold -------------------------------------------------------------------------------

def _gold_rows():
    with open(GOLD, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_gold_csv_is_well_formed():
    rows = _gold_rows()
    assert set(dc.GOLD_COLUMNS) <= set(rows[0])
    assert dc.check_gold_rows(rows) == []
    for row in rows:
        assert row["qualifier"] in dc.QUALIFIERS
        assert row["claim"] in ("yes", "no")
        float(row["value"])
    files = {r["file"] for r in rows}
    assert len(files) >= 14
    assert len(rows) >= 200
    assert {r["lang"] for r in rows if r["claim"] == "yes"} == {"zh", "en"}
    assert not any(f.startswith(("01_", "02_", "03_", "04_", "05_", "33_", "34_")) for f in files)


def test_gold_checker_catches_bad_rows():
    good = dict(file="a.txt", lang="zh", start="5", end="9", phrase="9800", value="9800",
                qualifier="exact", low="", high="", noun="案件", head="", measure="起",
                operation="op", claim="yes", kind="count")
    assert dc.check_gold_rows([good]) == []
    for change in ({"qualifier": "over"}, {"value": "many"}, {"claim": "maybe"},
                   {"end": "20"}, {"lang": "fr"}, {"operation": ""}, {"kind": "other"},
                   {"qualifier": "range"}):
        assert dc.check_gold_rows([{**good, **change}]), change
    assert dc.check_gold_rows([good, dict(good)])  # the same offset twice
    assert dc.check_gold_rows([{k: v for k, v in good.items() if k != "noun"}])


# --- failing clearly ---------------------------------------------------------------------

def test_missing_sources_dir_exits_2(tmp_path, capsys):
    assert dc.main([str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "not found" in err


def test_gold_file_missing_from_sources_exits_2(tmp_path, capsys):
    assert dc.main([str(tmp_path), "--gold", str(GOLD)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "not found in" in err


def test_missing_gold_exits_2(tmp_path, capsys):
    assert dc.main([str(tmp_path), "--gold", str(tmp_path / "none.csv")]) == 2
    assert "gold not found" in capsys.readouterr().err


@pytest.mark.parametrize("phrase", ["3.7万余起", "more than 22,000"])
def test_gold_phrase_mismatch_exits_2(tmp_path, capsys, phrase):
    (tmp_path / "a.txt").write_text("Title\n\nabc " + phrase, encoding="utf-8")
    gold_csv = tmp_path / "g.csv"
    with open(gold_csv, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=dc.GOLD_COLUMNS)
        w.writeheader()
        w.writerow(dict(file="a.txt", lang="en", start=7, end=7 + len(phrase), phrase=phrase,
                        value=1, qualifier="exact", low="", high="", noun="", head="",
                        measure="", operation="x", claim="yes", kind="count"))
    assert dc.main([str(tmp_path), "--gold", str(gold_csv)]) == 2  # phrase is at 11, not 7
    assert "is not at offset" in capsys.readouterr().err
