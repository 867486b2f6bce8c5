"""The lexicon's data files: every word once, with roles the engine knows."""

import pytest

from bulletin.errors import BulletinError
from bulletin.lexicon import zh_grammar as G
from bulletin.lexicon.load import LEXICON, table

VERB_ROLES = {"head", "inner", "enforcement", "clause", "change", "total"}
MEASURE_ROLES = {"measure", "classifier", "money", "percent_point", "event", "time", "rate", "times"}
OBJECT_CLASSES = {"people", "cases"}


def test_every_lexicon_file_parses():
    for path in sorted(LEXICON.glob("*/*.toml")):
        assert table(path.parent.name, path.stem), path


def test_each_chinese_verb_once_with_known_roles():
    verbs = table("zh", "verbs")["verbs"]
    for verb, entry in verbs.items():
        assert entry["roles"], verb
        assert set(entry["roles"]) <= VERB_ROLES, verb
        assert entry.get("object", "people") in OBJECT_CLASSES, verb


def test_the_verb_roles_the_engine_reads():
    assert "拘留" in G.HEAD_VERBS and "没收" in G.CLAUSE_VERBS
    assert set(G.CLAUSE_VERBS) <= set(G.ENFORCEMENT_VERBS)
    assert G.OBJECT_CLASSES["刑拘"] == "people" and G.COUNTING_MEANINGS["侦破"] == "solved"
    assert "抓获" in G.TOTAL_VERBS and "发现" not in G.TOTAL_VERBS


def test_measure_words_have_known_roles():
    for word, roles in table("zh", "measures")["words"].items():
        assert roles and set(roles) <= MEASURE_ROLES, word
    assert "名" in G.CLASSIFIERS and "人" not in G.CLASSIFIERS


def test_a_missing_or_broken_file_is_named(tmp_path):
    with pytest.raises(BulletinError, match="lexicon file not found"):
        table("zh", "no_such_topic")
    with pytest.raises(BulletinError, match="no lexicon for language"):
        table("fr", "verbs")
