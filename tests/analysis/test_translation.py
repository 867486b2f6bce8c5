"""The translation check: the Chinese figures, the alignment, the glossary and its evidence.

Hermetic: every text is either written here (short synthetic passages in the manner of a
police bulletin, not copied from any article) or one of the repository's own tables and
packs. Expectations about the repository's bulletin are read by hand from its tables,
never computed by the code under test. Checking the tables against the third-party
source excerpts is data maintenance: ``scripts/check_glossary.py SOURCES_DIR``.
"""

import ast
import csv
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import bulletin.analysis.translation as translation
from bulletin.errors import BulletinError
from bulletin.packs.pack import project_pack
from bulletin.analysis.translation import (
    GLOSSARY_CSV, TEXT_KINDS, ZH_COLUMNS, align, attestation_errors,
    attested_in, chinese_figures, chinese_texts, compare, load_glossary, load_zh_figures,
    phrases_not_printed, prints_term, source_id, split_source, status_by_operation,
    status_counts, to_simplified, unmatched_chinese,
)
from conftest import CAMPAIGN

PACK_ID = "jingwang2021-stage"


def csv_rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def zh(october):
    return load_zh_figures(october.reference("zh-bulletin-figures.csv"), october.operations)


@pytest.fixture(scope="module")
def claims(october):
    return pd.read_csv(october.processed("claims.csv"))


@pytest.fixture(scope="module")
def aligned(claims, zh):
    return align(claims, zh)


# ---- layering -------------------------------------------------------------------------

def test_the_analysis_module_imports_no_presentation_not_even_lazily():
    tree = ast.parse(Path(translation.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(("." * node.level) + (node.module or ""))
    assert not {name for name in imported
                if name.split(".")[0] == "IPython" or "present" in name}, imported


def test_importing_the_analysis_loads_no_presentation():
    code = ("import sys, bulletin.analysis.translation; "
            "print(sorted(m for m in sys.modules if m == 'IPython' or m.startswith('IPython.') "
            "or m.startswith('bulletin.present.words')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ---- the Chinese figures: loader on synthetic tables ------------------------------------

OPS = ["headline", "alpha", "beta"]


def write_zh(tmp_path, rows, kind="media rewrite"):
    path = tmp_path / "zh.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ZH_COLUMNS)
        for operation, metric, phrase, source in rows:
            writer.writerow([operation, metric, phrase, f"Paper {source[:2]}", "某报", kind,
                             source, f"https://example.org/{source[:2]}", "2020-05-06"])
    return path


def test_loader_parses_every_phrase(tmp_path):
    path = write_zh(tmp_path, [("alpha", "cases", "2.4万余起", "01_a.txt"),
                               ("alpha", "suspects", "1.3万名", "01_a.txt"),
                               ("beta", "people", "80余人次", "02_b.txt")])
    table = load_zh_figures(path, OPS)
    assert table[["value", "qualifier", "low", "high", "measure"]].values.tolist() == [
        [24000, "more_than", 24000, 25000, "起"], [13000, "exact", 13000, 13000, "名"],
        [80, "more_than", 80, 90, "人次"]]
    bound = load_zh_figures(path, OPS, reading="bound")
    assert bound.high.tolist() == [float("inf"), 13000, float("inf")]


def test_sources_that_disagree_are_refused(tmp_path):
    path = write_zh(tmp_path, [("alpha", "cases", "700余起", "01_a.txt"),
                               ("alpha", "cases", "700起", "02_b.txt")])
    with pytest.raises(BulletinError, match="disagree"):
        load_zh_figures(path, OPS)


def test_a_source_repeating_a_pair_is_refused(tmp_path):
    path = write_zh(tmp_path, [("alpha", "cases", "700余起", "01_a.txt"),
                               ("alpha", "cases", "700余起", "01_a.txt")])
    with pytest.raises(BulletinError, match="more than once"):
        load_zh_figures(path, OPS)


def test_unknown_operation_bad_phrase_and_bad_kind_are_refused(tmp_path):
    with pytest.raises(BulletinError, match="unknown operation"):
        load_zh_figures(write_zh(tmp_path, [("gamma", "cases", "700余起", "01_a.txt")]), OPS)
    with pytest.raises(BulletinError, match="line 2"):
        load_zh_figures(write_zh(tmp_path, [("alpha", "cases", "若干起", "01_a.txt")]), OPS)
    with pytest.raises(BulletinError, match="text_kind"):
        load_zh_figures(write_zh(tmp_path, [("alpha", "cases", "700余起", "01_a.txt")],
                                 kind="press release"), OPS)


def test_a_source_with_two_addresses_is_refused(tmp_path):
    path = write_zh(tmp_path, [("alpha", "cases", "700余起", "01_a.txt"),
                               ("alpha", "suspects", "900余名", "01_a.txt")])
    text = path.read_text(encoding="utf-8").replace("https://example.org/01", "https://x.org", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BulletinError, match="source_url"):
        load_zh_figures(path, OPS)


def test_chinese_texts_one_row_per_source(tmp_path):
    zh = load_zh_figures(write_zh(tmp_path, [("beta", "cases", "30余起", "02_b.txt"),
                                             ("alpha", "cases", "700余起", "01_a.txt"),
                                             ("beta", "cases", "30余起", "01_a.txt")]), OPS)
    texts = chinese_texts(zh)
    assert texts[["source", "phrases", "operations"]].values.tolist() == [
        ["01", 2, "alpha|beta"], ["02", 1, "beta"]]
    assert chinese_figures(zh).set_index("operation").loc["beta", "sources"] == "02|01"


# ---- the alignment on synthetic claims ----------------------------------------------

def small_claims(rows):
    return pd.DataFrame(rows, columns=["operation", "metric", "text", "value", "qualifier",
                                       "low", "high", "noun"])


def test_compare():
    assert compare(16600, "exact", 16600, "exact") == "confirmed"
    assert compare(3900, "more_than", 3900, "exact") == "qualifier_differs"
    assert compare(3900, "exact", 3900, "more_than") == "qualifier_differs"
    assert compare(37000, "more_than", 37000.0, "more_than") == "confirmed"
    assert compare(450, "more_than", 460, "more_than") == "value_differs"
    assert compare(450, "more_than", None, None) == "no_chinese_source"
    assert compare(450, "more_than", float("nan"), None) == "no_chinese_source"


def test_align_gives_every_status(tmp_path):
    zh = load_zh_figures(write_zh(tmp_path, [("alpha", "cases", "2.4万起", "01_a.txt"),
                                             ("alpha", "suspects", "300余名", "01_a.txt"),
                                             ("beta", "cases", "700余起", "01_a.txt")]), OPS)
    claims = small_claims([
        ("alpha", "cases", "more than 24,000", 24000, "more_than", 24000, 25000, "cases"),
        ("alpha", "suspects", "more than 310", 310, "more_than", 310, 320, "suspects"),
        ("beta", "cases", "more than 700", 700, "more_than", 700, 800, "cases"),
        ("beta", "sites", "more than 40", 40, "more_than", 40, 50, "websites"),
    ])
    table = align(claims, zh)
    assert table.status.tolist() == [
        "qualifier_differs", "value_differs", "confirmed", "no_chinese_source"]
    assert table.zh_phrase.fillna("").tolist() == ["2.4万起", "300余名", "700余起", ""]
    counts = dict(status_counts(table).values.tolist())
    assert counts == {"confirmed": 1, "qualifier_differs": 1, "value_differs": 1,
                      "no_chinese_source": 1}
    assert status_by_operation(table, OPS).values.tolist() == [
        ["alpha", 0, 1, 1, 0], ["beta", 1, 0, 0, 1]]
    assert unmatched_chinese(table, zh).empty
    assert unmatched_chinese(table.head(2), zh).phrase.tolist() == ["700余起"]


def test_align_refuses_two_claims_with_one_pair(tmp_path):
    zh = load_zh_figures(write_zh(tmp_path, [("alpha", "cases", "900起", "01_a.txt")]), OPS)
    claims = small_claims([("alpha", "cases", "900", 900, "exact", 900, 900, "cases"),
                           ("alpha", "cases", "90", 90, "exact", 90, 90, "cases")])
    with pytest.raises(BulletinError, match="share"):
        align(claims, zh)


def test_status_counts_refuses_unknown_statuses():
    with pytest.raises(BulletinError, match="unknown status"):
        status_counts(pd.DataFrame({"status": ["probably"]}))


# ---- the repository's pack: its Chinese table and its alignment --------------------------

def test_zh_table_holds_phrases_not_typed_values(october):
    rows = csv_rows(october.reference("zh-bulletin-figures.csv"))
    assert list(rows[0]) == ZH_COLUMNS
    assert not {"value", "qualifier", "low", "high"} & set(rows[0])
    assert {r["text_kind"] for r in rows} <= set(TEXT_KINDS)


def test_zh_table_has_one_row_per_phrase_and_source(october):
    by_source = {}
    for row in csv_rows(october.reference("zh-bulletin-figures.csv")):
        by_source.setdefault(source_id(row["source_file"]), []).append(row["phrase"])
    # Counted by hand: 01 stops before the hackers; 02 adds the hacker cases and
    # suspects and the exam cases.
    assert len(by_source["01"]) == 17
    assert len(by_source["02"]) == 20
    assert set(by_source["02"]) - set(by_source["01"]) == {"900余起", "2100余名", "70余起"}


def test_zh_sources_agree_with_the_sources_table(october):
    listed = {r["file"]: r for r in csv_rows(CAMPAIGN / "sources.csv")}
    for row in csv_rows(october.reference("zh-bulletin-figures.csv")):
        source = listed[row["source_file"]]
        assert row["source_url"] == source["address"], row["source_file"]
        assert row["source_date"] == source["date"], row["source_file"]
        assert row["publisher_zh"] in source["publisher"], row["source_file"]
        assert not any("\u3400" <= c <= "\u9fff" for c in row["publisher"])


def test_parsed_values_match_the_phrases(zh):
    one = chinese_figures(zh).set_index(["operation", "metric"])
    cases = one.loc[("fraud_gambling_support", "cases")]
    assert (cases.phrase, cases.value, cases.qualifier) == ("1.66万起", 16600, "exact")
    headline = one.loc[("headline", "cases")]
    assert (headline.value, headline.qualifier, headline.low, headline.high) == (
        37000, "more_than", 37000, 38000)
    people = one.loc[("protecting_seedlings", "people")]
    assert (people.value, people.measure) == (390, "人次")
    insiders = one.loc[("personal_information", "insiders")]
    assert (insiders.value, insiders.measure, insiders.noun) == (500, "名", "")
    assert one.loc[("personal_information", "cases"), "sources"] == "01|02"
    assert one.loc[("hackers", "suspects"), "sources"] == "02"


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


def test_bulletin_status_by_operation(aligned, october):
    table = status_by_operation(aligned, october.operations).set_index("operation")
    assert table.loc["four_governance"].tolist() == [0, 0, 0, 6]
    assert table.loc["exam_cheating"].tolist() == [1, 0, 0, 2]
    assert table.loc["protecting_seedlings"].tolist() == [6, 0, 0, 0]
    assert table.index[0] == "headline"


def test_every_chinese_figure_meets_a_claim(aligned, zh):
    assert unmatched_chinese(aligned, zh).empty


# ---- Chinese terms in source texts ------------------------------------------------------

# A synthetic source file in the collection's layout: a header by the collector, a blank
# line, then the page's text, with a bracketed note of the collector's at the end.
SYNTHETIC_SOURCE = """Source address: https://example.org/news/1
Title: 某市“净网”行动通报 (repost)
Date: 2020-05-06 (本报讯)
Relevance: mentions 四管 and 打码 in passing
Cross-check: 黑灰产 figures differ from the year before
Implied: 护苗 cases

今年以來,警方打掉黑卡窩點3個,繳獲“貓池”等黑産設備40余臺。
[laitimes] 另查處黑號500余個。
[EXCERPT ENDS HERE - 断四 and 四治 not in the stored excerpt]
"""


def test_split_source_keeps_only_what_the_page_prints():
    header, body = split_source(SYNTHETIC_SOURCE)
    assert header["Source address"] == "https://example.org/news/1"
    assert header["Date"].startswith("2020-05-06")
    assert body == ("今年以來,警方打掉黑卡窩點3個,繳獲“貓池”等黑産設備40余臺。\n"
                    " 另查處黑號500余個。\n")
    with pytest.raises(BulletinError, match="blank line"):
        split_source("Source address: x\nno blank line here")


def test_header_and_notes_attest_nothing():
    _, body = split_source(SYNTHETIC_SOURCE)
    texts = {"07": body, "08": "净网2020行动中,依法关停接码平台12个。"}
    for term in ("四管", "打码", "黑灰产", "护苗", "断四", "四治"):
        assert attested_in(term, texts) == "", term
    assert attested_in("净网", texts) == "08"           # 07 has it in its title line only
    assert attested_in("黑产设备", texts) == "07"       # 黑産設備: the variant 産
    assert attested_in("猫池", texts) == "07"
    assert attested_in("黑号", texts) == "07"           # after the collector's tag
    assert attested_in("接码平台", texts) == "08"


def test_traditional_script_matches_the_simplified_term():
    # Written here in traditional script, in the manner of a year-end summary.
    traditional = "打擊“黑卡”“黑號”“黑線路”“黑設備”四類黑產,搗毀貓池窩點,凈網行動"
    for term in ("黑卡", "黑号", "黑线路", "黑设备", "猫池", "净网"):
        assert prints_term(traditional, term), term
    assert not prints_term(traditional, "接码平台")
    assert to_simplified("黑號") == "黑号" and to_simplified("黑号") == "黑号"
    assert to_simplified("黑産") == to_simplified("黑產") == "黑产"
    assert attested_in("黑线路", {"06": traditional, "20": "黑卡", "26": "黑线路"}) == "06|26"
    assert attested_in("卡商", {"06": traditional}) == ""


def test_attestation_errors_name_missing_and_wrong_ids():
    glossary = pd.DataFrame({"term_zh": ["黑卡", "猫池", "四管"], "attested_in": ["06", "20", ""]})
    texts = {"06": "黑卡", "20": "黑卡", "26": "貓池"}
    assert attestation_errors(glossary, texts) == [
        "黑卡: attested_in is 06, the texts give 06|20",
        "猫池: attested_in is 20, the texts give 26"]
    assert attestation_errors(glossary.iloc[2:], texts) == []


def test_phrases_not_printed():
    table = pd.DataFrame({"phrase": ["700余起", "90余名"],
                          "source_file": ["01_a.txt", "02_b.txt"]})
    texts = {"01": "侦破案件700余起", "02": "抓获90余人"}
    assert phrases_not_printed(table, "phrase", "source_file", texts) == [
        "90余名: not printed in 02"]
    assert phrases_not_printed(table, "phrase", "source_file", {"01": "700余起"}) == [
        "90余名: source 02 is not in hand"]


# ---- the glossary (the shared table) ----------------------------------------------------

REQUIRED_TERMS = {
    "inner ghosts": "内鬼", "Internet Water Army": "网络水军", "Protecting Seedlings": "护苗",
    "Four Disruptions": "断四", "four governance": "四治", "four-pipes": "四管",
    "Maochi": "猫池", "GOIP": "GOIP", "drainage": "引流", "scoring gangs": "跑分",
    "black cards": "黑卡", "More than 390 people": "390余人次",
    "black-produced devices": "黑产设备", "coding and receiving platforms": "打码接码平台",
    "black and gray production": "黑灰产",
}


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(CAMPAIGN)


def test_glossary_covers_the_required_terms(glossary):
    table = glossary.set_index("term_en")
    for term, chinese in REQUIRED_TERMS.items():
        assert table.loc[term, "term_zh"] == chinese
        assert table.loc[term, "meaning"] and table.loc[term, "basis"]
    assert "person-times" in table.loc["More than 390 people", "meaning"]
    assert "modem" in table.loc["Maochi", "meaning"]


def test_glossary_says_what_the_english_got_wrong(glossary):
    table = glossary.set_index("term_en")
    pipes = table.loc["four-pipes"]
    assert "mistranslation" in pipes.meaning and "manage" in pipes.meaning
    assert "pipe" not in pipes.literal
    assert "inferred" in table.loc["coding and receiving platforms", "basis"].lower()
    assert "产业" in table.loc["black-produced devices", "meaning"]


def test_glossary_bases_are_not_circular(glossary):
    for row in glossary.itertuples():
        # The project's own tables are no evidence for a Chinese term.
        assert "operations table" not in row.basis and "the project" not in row.basis, row.term_en
        if not row.attested_in:
            basis = row.basis.lower()
            assert "not printed in any source" in basis or "no source in hand prints" in basis, \
                row.term_en


def test_glossary_cites_only_listed_sources(glossary):
    listed = {source_id(r["file"]) for r in csv_rows(CAMPAIGN / "sources.csv")}
    for row in glossary.itertuples():
        ids = [i for i in row.attested_in.split("|") if i]
        assert ids == sorted(set(ids)), row.term_en
        assert set(ids) <= listed, row.term_en


def test_glossary_terms_are_in_the_bulletin(glossary, october):
    text = october.text()
    for term in glossary.term_en:
        assert term in text, term


def test_glossary_operations_are_the_packs(glossary, october):
    assert set(glossary.operation) <= {o.operation for o in october.operations}


def test_glossary_terms_are_written_in_simplified_script(glossary):
    # Terms are matched after converting the sources to simplified script, so a term
    # written in traditional script would never match.
    for term in glossary.term_zh:
        assert to_simplified(term) == term, term


def test_glossary_refuses_a_repeated_term(tmp_path):
    path = tmp_path / "g.csv"
    rows = csv_rows(CAMPAIGN / GLOSSARY_CSV)[:2]
    rows[1]["term_en"] = rows[0]["term_en"]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(BulletinError, match="repeats"):
        load_glossary(path)
