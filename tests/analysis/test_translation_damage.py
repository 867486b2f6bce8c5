"""The damage detector: general rules on short synthetic sentences, then on the pack's text.

The synthetic sentences imitate the faults of a machine-translated police bulletin; the
expectations about the repository's bulletin were read by hand from its text.
"""

import pandas as pd
import pytest

from bulletin.errors import BulletinError
from bulletin.analysis.damage import (
    BY_READING, DAMAGED_COLUMNS, RULES, damage_table, find_damage, has_verb, load_damaged,
    locate, misread_figures, unexplained_damage,
)


@pytest.fixture(scope="module")
def text(bulletin_text):
    return bulletin_text


@pytest.fixture(scope="module")
def damaged(october):
    return load_damaged(october.reference("damaged-sentences.csv"), october.operations)


def rules_in(text):
    return [d.rule for d in find_damage(text)]


# ---- the rules on small strings -----------------------------------------------------

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


# ---- the kept table on a synthetic passage ------------------------------------------

# A short passage in the manner of a translated bulletin, with three faults.
PASSAGE = ("Report on the campaign\n\n"
           "In the special action, police solved more than 700 cases , There are more than 90 "
           "insiders in the trade. In the crackdown on fraud, seized 12 devices. set.")


def kept(rows):
    return pd.DataFrame([dict(zip(DAMAGED_COLUMNS, row)) for row in rows], columns=DAMAGED_COLUMNS)


def test_damage_table_joins_rules_and_reading():
    table = damage_table(PASSAGE, kept([
        ("cases , There are", "stray_comma", "p", "", "", "s", "ops:insiders", "that they exist"),
        ("devices. set.", "lowercase_after_stop|orphan_fragment", "p", "", "", "s", "", ""),
        ("In the crackdown on fraud, seized", BY_READING, "p", "", "", "s", "", ""),
    ]))
    assert table[["excerpt", "paragraph", "found_by", "expected_found"]].values.tolist() == [
        ["cases , There are", 2, "stray_comma", True],
        ["In the crackdown on fraud, seized", 2, BY_READING, True],
        ["devices. set.", 2, "lowercase_after_stop|orphan_fragment", True]]
    assert [d.text for d in unexplained_damage(PASSAGE, kept([]).head(0))] == [
        ",", "devices. set", "set."]
    assert misread_figures(kept([
        ("cases , There are", "stray_comma", "p", "", "", "s", "ops:insiders|ops:cases", "r"),
    ]))[["operation", "metric"]].values.tolist() == [["ops", "insiders"], ["ops", "cases"]]


def test_an_excerpt_must_occur_once():
    assert locate(PASSAGE, "insiders") == (PASSAGE.index("insiders"), PASSAGE.index("insiders") + 8)
    with pytest.raises(BulletinError, match="0 times"):
        locate(PASSAGE, "no such words")
    with pytest.raises(BulletinError, match="2 times"):
        locate(PASSAGE, "more than")


def test_damaged_table_refuses_bad_rows(tmp_path):
    path = tmp_path / "d.csv"
    head = ",".join(DAMAGED_COLUMNS) + "\n"
    cases = [("set.,typo,,,,,,\n", "unknown rule"),
             ("set.,reading,,,,,gamma:cases,reads\n", "operation:metric"),
             ("set.,reading,,,,,alpha:cases,\n", "english_reads"),
             ("set.,reading,,深挖,,,,\n", "zh_sources")]
    for row, message in cases:
        path.write_text(head + row, encoding="utf-8")
        with pytest.raises(BulletinError, match=message):
            load_damaged(path, ["alpha"])


# ---- the repository's bulletin ----------------------------------------------------

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


def test_bulletin_hits(text):
    assert [(d.rule, d.text) for d in find_damage(text)] == BULLETIN_HITS


def test_damaged_table_explains_every_hit(text, damaged):
    assert unexplained_damage(text, damaged) == []
    table = damage_table(text, damaged)
    assert table.expected_found.all()
    assert set(table.rules.str.split("|").sum()) <= set(RULES) | {BY_READING}


def test_damaged_table_has_the_known_places(text, damaged):
    table = damage_table(text, damaged).set_index("excerpt")
    assert table.loc["More than 390 people.", "zh_phrase"] == "挽救企图自杀的青少年390余人次"
    assert table.loc["the company has dug deep", "found_by"] == BY_READING
    assert table.loc["exam cheating. set.", "found_by"] == "lowercase_after_stop|orphan_fragment"
    assert "60余起" in table.loc["detect endangering young people. In more than 60 cases",
                                 "zh_phrase"]
    assert table.loc["payment platforms There are", "paragraph"] == 4


def test_damaged_chinese_phrases_cite_the_packs_chinese_texts(damaged, october):
    zh = pd.read_csv(october.reference("zh-bulletin-figures.csv"), dtype=str)
    texts = {f.split("_", 1)[0] for f in zh.source_file}
    for row in damaged.itertuples():
        assert set(filter(None, row.zh_sources.split("|"))) <= texts, row.excerpt


def test_misread_figures(damaged, october):
    misread = misread_figures(damaged)
    # Read by hand: the insiders (“There are …”), the 60 cases cut off from their verb,
    # the 390 rescues (“people.”) and the gangs of “four governance” (“There are …”).
    assert list(zip(misread.operation, misread.metric)) == [
        ("personal_information", "insiders"), ("protecting_seedlings", "cases"),
        ("protecting_seedlings", "people"), ("four_governance", "money_laundering_gangs"),
        ("four_governance", "app_promotion_gangs"), ("four_governance", "website_building_gangs"),
        ("four_governance", "app_signing_gangs"), ("four_governance", "tech_support_gangs")]
    claims = pd.read_csv(october.processed("claims.csv"))
    assert set(zip(misread.operation, misread.metric)) <= set(zip(claims.operation, claims.metric))
    assert "exist" in misread.english_reads.iloc[0]


def test_the_stray_set_is_only_probably_a_measure_word(damaged):
    row = damaged.set_index("excerpt").loc["exam cheating. set."]
    assert "probably" in row.problem and "probably" in row.should_say
    assert row.zh_phrase == "" and row.figure == ""
