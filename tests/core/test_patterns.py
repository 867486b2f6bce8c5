"""Patterns compiled on first use (bulletin.patterns), and an English run that never
compiles the Chinese ones."""

import re
import subprocess
import sys

from bulletin.patterns import LazyPattern


def test_lazy_pattern_compiles_on_first_use_and_matches_like_re():
    lazy = LazyPattern(r"(?P<n>\d+)\s*(?:cases|起)", re.IGNORECASE)
    assert "compiled" not in vars(lazy)
    text = "Police solved 12 CASES; 侦破案件3起"
    assert [m.group("n") for m in lazy.finditer(text)] == ["12", "3"]
    assert "compiled" in vars(lazy)
    eager = re.compile(r"(?P<n>\d+)\s*(?:cases|起)", re.IGNORECASE)
    assert lazy.search(text).span() == eager.search(text).span()
    assert lazy.sub("#", text) == eager.sub("#", text)
    assert lazy.pattern == eager.pattern


def test_english_claims_never_compile_the_chinese_patterns():
    code = (
        "from bulletin.claims.build import build_claims\n"
        "from bulletin.claims import nonclaims\n"
        "from bulletin.lexicon import verbs\n"
        "from bulletin.claims import openers\n"
        "import sys\n"
        "claims = build_claims('In the crackdown on fraud, police arrested 1,200 suspects; '\n"
        "'they also shut 35 websites. In one case, 4 gangs were broken up.')\n"
        "assert [c.value for c in claims][:2] == [1200, 35], claims\n"
        "lazy = [nonclaims._ZH_AGE_AFTER, nonclaims._ZH_PLACES_AFTER, verbs._VERB_ZH,\n"
        "        openers._ZH_QUOTED_OP, openers._ZH_EXAMPLE, *openers._ZH_OPENERS]\n"
        "assert not any('compiled' in vars(p) for p in lazy)\n"
        "assert 'bulletin.figures.zh' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_first_letter_lookahead_keeps_the_openers_matches():
    from bulletin.claims import openers

    words = ["In one case", "for example", "The first case"]
    plain = re.compile(rf"(?:{openers._phrases(words)})\b", re.IGNORECASE)
    led = re.compile(rf"{openers._lead(words)}(?:{openers._phrases(words)})\b", re.IGNORECASE)
    for text in ["Police said: IN ONE CASE, 12 phones were seized.",
                 "FOR   EXAMPLE, 3 gangs; the first case held 5.",
                 "Within one casework file, nothing.", "in onecase"]:
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]
