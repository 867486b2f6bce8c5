"""The translation check: the Chinese figures, the alignment, the glossary, damaged sentences.

Expectations are read by hand from the bulletin and from the Chinese reposts (files 01
and 02 of the shared sources folder), never computed by the code under test.
"""

import csv
import os
from pathlib import Path

import pandas as pd
import pytest

from bulletin.errors import BulletinError
from bulletin.paths import REFERENCE
from bulletin.translation import (
    BY_READING, DAMAGED_CSV, GLOSSARY_CSV, RULES, TRADITIONAL_TO_SIMPLIFIED, ZH_COLUMNS,
    ZH_FIGURES_CSV, align, attested_in, chinese_figures, compare, context, damage_table,
    find_damage, has_verb, load_damaged, load_glossary, load_zh_figures, metric_label,
    printed_in, prints_term,
    source_id, status_by_operation, status_counts, to_simplified, unexplained_damage,
    unmatched_chinese,
)

SOURCES = Path(os.environ.get("BULLETIN_SOURCES", "/work/shared/sources"))
needs_sources = pytest.mark.skipif(not SOURCES.is_dir(),
                                   reason="the shared Chinese sources are not on this machine")


def source_path(prefix: str) -> Path:
    matches = sorted(SOURCES.glob(f"{prefix}_*.txt"))
    assert len(matches) == 1, prefix
    return matches[0]


def printed_text(path: Path) -> str:
    """The page's title and text, without the collector's notes (Relevance:, NOTE: ...)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    notes = ("Source address:", "Date:", "Relevance:", "NOTE:", "Third-party", "Cross-check",
             "Related", "Implied", "[EXCERPT", "FLAG")
    return "\n".join(line for line in lines if not line.startswith(notes))


def header(path: Path, key: str) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(key):
            return line[len(key):].strip()
    raise AssertionError(f"{path.name} has no {key}")


def csv_rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def zh():
    return load_zh_figures()


@pytest.fixture(scope="module")
def aligned(zh):
    return align(zh=zh)


# ---- the Chinese figures ------------------------------------------------------------

def test_zh_table_holds_phrases_not_typed_values():
    rows = csv_rows(ZH_FIGURES_CSV)
    assert list(rows[0]) == ZH_COLUMNS
    assert not {"value", "qualifier", "low", "high"} & set(rows[0])


def test_zh_table_has_one_row_per_phrase_and_source():
    rows = csv_rows(ZH_FIGURES_CSV)
    by_source = {}
    for row in rows:
        by_source.setdefault(source_id(row["source_file"]), []).append(row["phrase"])
    # 01 stops before the hackers; 02 adds the hacker cases and suspects and exam cases.
    assert len(by_source["01"]) == 17
    assert len(by_source["02"]) == 20
    assert set(by_source["02"]) - set(by_source["01"]) == {"900余起", "2100余名", "70余起"}


@needs_sources
def test_every_phrase_is_printed_in_its_source():
    for row in csv_rows(ZH_FIGURES_CSV):
        path = SOURCES / row["source_file"]
        assert row["phrase"] in printed_text(path), (row["phrase"], path.name)
        assert row["source_url"] == header(path, "Source address:").split()[0]
        assert header(path, "Date:").startswith(row["source_date"])


def test_parsed_values_match_the_phrases(zh):
    one = chinese_figures(zh).set_index(["operation", "metric"])
    cases = one.loc[("fraud_gambling_support", "cases")]
    assert (cases.phrase, cases.value, cases.qualifier) == ("1.66万起", 16600, "exact")
    headline = one.loc[("headline", "cases")]
    assert (headline.value, headline.qualifier, headline.low, headline.high) == (
        37000, "more_than", 37000, 38000)
    people = one.loc[("protecting_seedlings", "people")]
    assert (people.value, people.noun) == (390, "人次")
    assert one.loc[("personal_information", "cases"), "sources"] == "01|02"
    assert one.loc[("hackers", "suspects"), "sources"] == "02"


def test_bound_reading_opens_the_upper_end():
    zh = load_zh_figures(reading="bound")
    row = zh[(zh.operation == "water_army") & (zh.metric == "websites_shut")].iloc[0]
    assert row.low == 950 and row.high == float("inf")


def write_zh(tmp_path, rows):
    path = tmp_path / "zh.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ZH_COLUMNS)
        for operation, metric, phrase, source in rows:
            writer.writerow([operation, metric, phrase, "p", source, "https://x", "2021-10-14"])
    return path


def test_sources_that_disagree_are_refused(tmp_path):
    path = write_zh(tmp_path, [("hackers", "cases", "900余起", "01_a.txt"),
                               ("hackers", "cases", "900起", "02_b.txt")])
    with pytest.raises(BulletinError, match="disagree"):
        load_zh_figures(path)


def test_a_source_repeating_a_pair_is_refused(tmp_path):
    path = write_zh(tmp_path, [("hackers", "cases", "900余起", "01_a.txt"),
                               ("hackers", "cases", "900余起", "01_a.txt")])
    with pytest.raises(BulletinError, match="more than once"):
        load_zh_figures(path)


def test_unknown_operation_and_bad_phrase_are_refused(tmp_path):
    with pytest.raises(BulletinError, match="unknown operation"):
        load_zh_figures(write_zh(tmp_path, [("hacking", "cases", "900余起", "01_a.txt")]))
    with pytest.raises(BulletinError, match="line 2"):
        load_zh_figures(write_zh(tmp_path, [("hackers", "cases", "许多起", "01_a.txt")]))


# ---- the alignment ------------------------------------------------------------------

def test_compare():
    assert compare(16600, "exact", 16600, "exact") == "confirmed"
    assert compare(3900, "more_than", 3900, "exact") == "qualifier_differs"
    assert compare(3900, "exact", 3900, "more_than") == "qualifier_differs"
    assert compare(37000, "more_than", 37000.0, "more_than") == "confirmed"
    assert compare(450, "more_than", 460, "more_than") == "value_differs"
    assert compare(450, "more_than", None, None) == "no_chinese_source"
    assert compare(450, "more_than", float("nan"), None) == "no_chinese_source"


def small_claims(rows):
    return pd.DataFrame(rows, columns=["operation", "metric", "text", "value", "qualifier",
                                       "low", "high", "noun"])


def test_align_on_hand_made_claims(zh):
    claims = small_claims([
        ("fraud_gambling_support", "cases", "more than 16,600", 16600, "more_than", 16600,
         16700, "cases"),
        ("water_army", "cases", "more than 200", 200, "more_than", 200, 300, "cases"),
        ("hackers", "cases", "more than 900", 900, "more_than", 900, 1000, "cases"),
        ("four_pipes", "cases", "more than 80", 80, "more_than", 80, 90, "cases"),
    ])
    assert align(claims, zh).status.tolist() == [
        "qualifier_differs", "value_differs", "confirmed", "no_chinese_source"]


def test_align_refuses_two_claims_with_one_pair(zh):
    claims = small_claims([
        ("hackers", "cases", "900", 900, "exact", 900, 900, "cases"),
        ("hackers", "cases", "90", 90, "exact", 90, 90, "cases"),
    ])
    with pytest.raises(BulletinError, match="share"):
        align(claims, zh)


def test_bulletin_statuses(aligned):
    status = {(r.operation, r.metric): r.status for r in aligned.itertuples()}
    assert len(aligned) == 37
    # 1.66万起 has no 余 and the English 16,600 has no "more than": agreement.
    assert status[("fraud_gambling_support", "cases")] == "confirmed"
    assert status[("protecting_seedlings", "people")] == "confirmed"
    assert status[("hackers", "suspects")] == "confirmed"
    assert status[("exam_cheating", "cases")] == "confirmed"
    assert status[("exam_cheating", "suspects")] == "no_chinese_source"
    no_source = sorted({o for (o, _), s in status.items() if s == "no_chinese_source"})
    assert no_source == ["exam_cheating", "four_disruptions", "four_governance", "four_pipes"]


def test_bulletin_status_counts(aligned):
    counts = dict(status_counts(aligned).values.tolist())
    # Counted by hand: 17 pairs in source 01, three more in 02; the rest of 37 have none.
    assert counts == {"confirmed": 20, "qualifier_differs": 0, "value_differs": 0,
                      "no_chinese_source": 17}


def test_status_by_operation(aligned):
    table = status_by_operation(aligned).set_index("operation")
    assert table.loc["four_governance"].tolist() == [0, 0, 0, 6]
    assert table.loc["exam_cheating"].tolist() == [1, 0, 0, 2]
    assert table.loc["protecting_seedlings"].tolist() == [6, 0, 0, 0]
    assert table.index[0] == "headline"


def test_every_chinese_figure_meets_a_claim(aligned, zh):
    assert unmatched_chinese(aligned, zh).empty


# ---- the glossary -------------------------------------------------------------------

REQUIRED_TERMS = {
    "inner ghosts": "内鬼", "Internet Water Army": "网络水军", "Protecting Seedlings": "护苗",
    "Four Disruptions": "断四", "four governance": "四治", "four-pipes": "四管",
    "Maochi": "猫池", "GOIP": "GOIP", "drainage": "引流", "scoring gangs": "跑分",
    "black cards": "黑卡", "More than 390 people": "390余人次",
}


def test_glossary_covers_the_required_terms():
    glossary = load_glossary().set_index("term_en")
    for term, chinese in REQUIRED_TERMS.items():
        assert glossary.loc[term, "term_zh"] == chinese
        assert glossary.loc[term, "meaning"] and glossary.loc[term, "basis"]
    assert "person-times" in glossary.loc["More than 390 people", "meaning"]
    assert "modem" in glossary.loc["Maochi", "meaning"]


def test_glossary_terms_are_in_the_bulletin(bulletin_text):
    for term in load_glossary().term_en:
        assert term in bulletin_text, term


# Characters of the glossary's Chinese terms that are written alike in simplified and
# traditional script (checked by hand); every other character must be a simplified form
# in TRADITIONAL_TO_SIMPLIFIED, so that a term matches in either script.
SAME_IN_BOTH_SCRIPTS = set("人付代伍余公分勒卡名商四媒安平引情挖接支教敲整方次水池治流淫深灰理"
                           "破第管索育自色苗跑路部鬼黑")


def test_every_glossary_character_is_classified():
    simplified = set(TRADITIONAL_TO_SIMPLIFIED.values())
    for term in load_glossary().term_zh:
        for char in term:
            if "\u4e00" <= char <= "\u9fff":
                assert char in simplified or char in SAME_IN_BOTH_SCRIPTS, (term, char)


def test_traditional_script_matches_the_simplified_term():
    # Written by hand in traditional script, as source 06 prints these terms.
    traditional = "打擊“黑卡”“黑號”“黑線路”“黑設備”四類黑產,搗毀貓池窩點,凈網2021"
    for term in ("黑卡", "黑号", "黑线路", "黑设备", "猫池", "净网"):
        assert prints_term(traditional, term), term
    assert not prints_term(traditional, "接码平台")
    assert to_simplified("黑號") == "黑号" and to_simplified("黑号") == "黑号"
    assert attested_in("黑线路", {"06": traditional, "20": "黑卡", "26": "黑线路"}) == "06|26"
    assert attested_in("卡商", {"06": traditional}) == ""


def test_traditional_glossary_terms_are_attested():
    # Read by hand: source 06 prints 黑號, 黑線路, 黑設備 and 貓池 in traditional script.
    glossary = load_glossary().set_index("term_zh")
    assert glossary.loc["黑号", "attested_in"] == "06"
    assert glossary.loc["黑线路", "attested_in"] == "06"
    assert glossary.loc["黑设备", "attested_in"].split("|") == ["06", "20"]
    assert "06" in glossary.loc["猫池", "attested_in"].split("|")
    assert glossary.loc["断四", "attested_in"] == ""


def test_glossary_refuses_a_repeated_term(tmp_path):
    path = tmp_path / "g.csv"
    rows = csv_rows(GLOSSARY_CSV)[:2]
    rows[1]["term_en"] = rows[0]["term_en"]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(BulletinError, match="repeats"):
        load_glossary(path)


# ---- the damage detector on small strings ---------------------------------------------

def rules_in(text):
    return [d.rule for d in find_damage(text)]


@pytest.mark.parametrize("text, rule", [
    ("Police destroyed 40 platforms There are 9 gangs.", "run_on"),
    ("They continue to We have deepened the work.", "run_on"),
    ("Officers were focusing ON serious crime.", "capitalised_small_word"),
    ("Police arrested 12 suspects , There are 5 insiders.", "stray_comma"),
    ("Police solved 16 cases. , arrested 9 suspects.", "stray_comma"),
    ("Police seized 16 devices. set.", "lowercase_after_stop"),
    ("Police seized 16 devices. set.", "orphan_fragment"),
    ("Police saved children. More than 390 people.", "verbless"),
    ("Police closed 9 sites. Shut down 40 accounts.", "subjectless"),
    ("In the campaign, crack down on gangs.", "subjectless"),
    ("Police acted. In more than 60 cases, 300 people were held.", "figure_opening"),
    ("It fought extortion and extortion online.", "doubled_word"),
])
def test_each_rule_fires(text, rule):
    assert rule in rules_in(text)


@pytest.mark.parametrize("text", [
    "Police destroyed 40 platforms. There are 9 gangs left.",
    "The paper “The Times” reported it.",
    "Police seized the APP store's files and IP addresses.",
    "Police arrested 12 suspects, and there are 5 insiders.",
    "Police seized 16 devices, e.g. phones.",
    "Police seized 16 devices. It worked well.",
    "More than 390 people were saved.",
    "Annual report on the campaign",
    "In the campaign, police cracked down on gangs.",
    "In 2021, police held 300 people.",
    "More and more people were saved, again and again.",
])
def test_clean_text_has_no_damage(text):
    assert rules_in(text) == []


def test_damage_carries_position_paragraph_and_sentence():
    text = "Title\n\nPolice saved 9 children. Later 40 platforms There are 9 gangs."
    (hit,) = find_damage(text)
    assert (hit.rule, text[hit.start:hit.end], hit.paragraph) == ("run_on", "platforms There", 2)
    assert hit.sentence == "Later 40 platforms There are 9 gangs."


def test_has_verb():
    assert not has_verb("More than 390 people.")
    assert has_verb("Teenagers were saved.") and has_verb("Police arrested them.")


def test_context():
    text = "alpha beta gamma delta epsilon"
    assert context(text, 11, 16, width=6) == "… beta gamma delta …"
    assert context(text, 0, 5, width=100) == text


# ---- the damage detector on the bulletin ---------------------------------------------

# Read by hand in the bulletin: every rule hit, in order of position.
BULLETIN_HITS = [
    ("capitalised_small_word", "ON"), ("run_on", "to We"), ("stray_comma", ","),
    ("stray_comma", ". ,"), ("doubled_word", "extortion and extortion"),
    ("subjectless", "crack"), ("doubled_word", "pornography and pornography"),
    ("figure_opening", "In more than 60 cases,"), ("verbless", "More than 390 people."),
    ("lowercase_after_stop", "cheating. set"), ("orphan_fragment", "set."),
    ("stray_comma", ","), ("run_on", "platforms There"), ("subjectless", "Shut"),
    ("doubled_word", "cooperation and cooperation"), ("stray_comma", ". ,"),
]


def test_bulletin_hits(bulletin_text):
    assert [(d.rule, d.text) for d in find_damage(bulletin_text)] == BULLETIN_HITS


def test_damaged_table_explains_every_hit(bulletin_text):
    assert unexplained_damage(bulletin_text) == []
    table = damage_table(bulletin_text)
    assert table.expected_found.all()
    assert set(table.rules.str.split("|").sum()) <= set(RULES) | {BY_READING}


def test_damaged_table_has_the_places_named_in_the_brief(bulletin_text):
    table = damage_table(bulletin_text).set_index("excerpt")
    assert table.loc["More than 390 people.", "zh_phrase"] == "挽救企图自杀的青少年390余人次"
    assert table.loc["the company has dug deep", "found_by"] == BY_READING
    assert table.loc["exam cheating. set.", "found_by"] == "lowercase_after_stop|orphan_fragment"
    assert "60余起" in table.loc["detect endangering young people. In more than 60 cases",
                                 "zh_phrase"]
    assert table.loc["payment platforms There are", "paragraph"] == 4


def test_misread_figures(aligned):
    from bulletin.translation import misread_figures

    misread = misread_figures()
    # Read by hand: the insiders (“There are …”), the 60 cases cut off from their verb,
    # the 390 rescues (“people.”) and the gangs of “four governance” (“There are …”).
    assert list(zip(misread.operation, misread.metric)) == [
        ("personal_information", "insiders"), ("protecting_seedlings", "cases"),
        ("protecting_seedlings", "people"), ("four_governance", "money_laundering_gangs"),
        ("four_governance", "app_promotion_gangs"), ("four_governance", "website_building_gangs"),
        ("four_governance", "app_signing_gangs"), ("four_governance", "tech_support_gangs")]
    pairs = set(zip(aligned.operation, aligned.metric))
    assert set(zip(misread.operation, misread.metric)) <= pairs
    assert "exist" in misread.english_reads.iloc[0]


def test_the_stray_set_is_only_probably_a_measure_word():
    row = load_damaged().set_index("excerpt").loc["exam cheating. set."]
    assert "probably" in row.problem and "probably" in row.should_say
    assert row.zh_phrase == "" and row.figure == ""


@needs_sources
def test_damaged_chinese_phrases_are_printed_where_they_say():
    for row in load_damaged().itertuples():
        assert bool(row.zh_phrase) == bool(row.zh_sources), row.excerpt
        for prefix in filter(None, row.zh_sources.split("|")):
            assert row.zh_phrase in printed_text(source_path(prefix)), (row.zh_phrase, prefix)


def test_damaged_table_refuses_unknown_rules_and_missing_excerpts(tmp_path, bulletin_text):
    path = tmp_path / "d.csv"
    head = "excerpt,rules,problem,zh_phrase,zh_sources,should_say,figure,english_reads\n"
    path.write_text(head + "set.,typo,,,,,,\n", encoding="utf-8")
    with pytest.raises(BulletinError, match="unknown rule"):
        load_damaged(path)
    path.write_text(head + "set.,reading,,,,,hacking:cases,reads\n", encoding="utf-8")
    with pytest.raises(BulletinError, match="operation:metric"):
        load_damaged(path)
    path.write_text(head + "set.,reading,,,,,hackers:cases,\n", encoding="utf-8")
    with pytest.raises(BulletinError, match="english_reads"):
        load_damaged(path)
    table = pd.DataFrame({"excerpt": ["no such words"], "rules": ["reading"], "problem": [""],
                          "zh_phrase": [""], "zh_sources": [""], "should_say": [""],
                          "figure": [""], "english_reads": [""]})
    with pytest.raises(BulletinError, match="0 times"):
        damage_table(bulletin_text, table)


def test_reference_files_exist():
    for name in ("zh-bulletin-figures.csv", "glossary.csv", "damaged-sentences.csv"):
        assert (REFERENCE / name).is_file()
    assert DAMAGED_CSV.name == "damaged-sentences.csv"


# ---- the reader's table and the chart -------------------------------------------------

def test_side_by_side(aligned):
    from bulletin.translation import side_by_side

    table = side_by_side(aligned).set_index("english")
    assert table.loc["more than 3,900", "chinese"] == "3900余起"
    assert table.loc["more than 3,900", "range"] == "3,900 to under 4,000"
    assert table.loc["more than 3,900", "operation"] == "personal information"
    assert table.loc["more than 450", "chinese"] == "—"
    assert table.loc["more than 450", "range"] == "450 to under 460"
    assert table.loc["more than 450", "agreement"] == "No Chinese source in hand"
    assert table.loc["more than 3,900", "metric"] == "criminal cases detected or solved"
    assert table.loc["3.83 million", "metric"] == "mobile phone SIM cards seized"
    assert table.loc["60", "metric"] == "illegal instant messaging tools"
    labelled = side_by_side(aligned, label=str.upper).set_index("english")
    assert labelled.loc["16,600", "operation"] == "FRAUD_GAMBLING_SUPPORT"


def test_side_by_side_shows_both_ranges_when_they_differ(zh):
    claims = small_claims([("hackers", "cases", "more than 900", 900, "more_than", 900, 1000,
                            "cases"),
                           ("fraud_gambling_support", "cases", "more than 16,600", 16600,
                            "more_than", 16600, 16700, "cases")])
    from bulletin.translation import side_by_side

    table = side_by_side(align(claims, zh))
    assert table.range.tolist() == [
        "900 to under 1,000",
        "English 16,600 to under 16,700; Chinese 16,600 as printed"]


def test_status_chart_publishes_the_plotted_counts(aligned, tmp_path):
    from bulletin.charts.translation import status_chart

    chart, data = status_chart(aligned, name="t", folder=tmp_path)
    assert chart.png == tmp_path / "t.png" and chart.png.is_file()
    written = pd.read_csv(tmp_path / "t.csv").set_index("operation")
    assert written.loc["exam_cheating", ["confirmed", "no_chinese_source", "claims"]].tolist() == [
        1, 2, 3]
    assert written.loc["four_pipes", "label"] == "Four pipes"
    assert written["claims"].sum() == 37


def test_metric_label_reads_the_description():
    # descriptions as written in data/reference/metrics.csv
    assert metric_label("im_tools") == "illegal instant messaging tools"
    assert metric_label("sim_cards") == "mobile phone SIM cards seized"
    assert metric_label("insiders") == "industry insiders (内鬼) arrested"
    assert metric_label("not_a_metric") == "not a metric"


def test_printed_in_counts_and_lists_the_ids():
    assert printed_in("") == "no source in hand"
    assert printed_in("06") == "1 source: 06"
    assert printed_in("01|02|18") == "3 sources: 01, 02, 18"
    assert printed_in("01|02|03|04|05|06|07", shown=3) == "7 sources: 01, 02, 03 and 4 more"
