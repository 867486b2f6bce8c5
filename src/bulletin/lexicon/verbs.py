"""The verbs of enforcement results, English and Chinese, and where they govern a figure.

A bulletin's figure is what a verb did: *arrested* 4,600 suspects, 16 websites were *shut
down*, 抓获犯罪嫌疑人4600余名, 关停网站16个. The verb can change the metric (websites shut,
fined or inspected), and a new verb opens a new clause. The words are data
(``en/verbs.toml``, ``zh/verbs.toml``): :data:`EN_VERBS` maps a lemma to its forms,
:data:`ZH_VERBS` lists Chinese verbs in simplified script (fold traditional text with
:func:`bulletin.text.language.fold` first).

Examples
--------
>>> english_verb("Police arrested more than 4,600 suspects.", 16, 40)
'arrested'
>>> english_verb("More than 950 illegal websites were shut down.", 0, 30)
'shut down'
>>> chinese_verb("依法关停非法网站950余个", 8)
'关停'
"""

from __future__ import annotations

import re

from bulletin.lexicon.load import table
from bulletin.patterns import LazyPattern
from bulletin.lexicon.zh_grammar import CLAUSE_VERBS, ENFORCEMENT_VERBS

# --- English --------------------------------------------------------------------------

_EN = table("en", "verbs")
#: Particles that belong to the verb before them ("shut down", "broke up", "dealt with").
PARTICLES: tuple[str, ...] = tuple(_EN["words"]["particles"])


def _regular_forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("e"):
        return lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return lemma + "es", lemma + "ed", lemma + "ing"
    return lemma + "s", lemma + "ed", lemma + "ing"


#: Every English enforcement verb: lemma -> (lemma, other forms...).
EN_VERBS: dict[str, tuple[str, ...]] = {
    **{lemma: (lemma, *_regular_forms(lemma)) for lemma in _EN["verbs"]["regular"]},
    **{lemma: (lemma, *forms) for lemma, forms in _EN["irregular"].items()},
}
_FORMS = frozenset(f for forms in EN_VERBS.values() for f in forms)
#: Every form of every English enforcement verb ("seize", "seized", "froze", "shut").
VERB_FORMS = _FORMS
#: Forms that are enforcement verbs only with a particle after them ("broke up").
_PARTICLE_FORMS = frozenset(f for lemma in _EN["verbs"]["need_particle"] for f in EN_VERBS[lemma])
#: Past tenses and participles: the forms of a passive ("were seized") or a past clause.
_PAST = frozenset(f for f in _FORMS
                  if f.endswith(("ed", "en")) or f in _EN["words"]["past"])
_AUXILIARIES = frozenset(_EN["words"]["auxiliaries"])
_PERFECT = frozenset(_EN["words"]["perfect"])
_ADVERBS = frozenset(_EN["words"]["adverbs"])
#: Words a passive may follow straight after the noun ("persons involved were arrested").
_AFTER_NOUN = frozenset(_EN["words"]["after_noun"])
_WORD = re.compile(r"[A-Za-z]+")
_GAP_STOP = re.compile(r"[,.;:!?\d]")
#: Where a new English clause may begin: a comma, or " and ", before a word.
#: A comma or space, an optional "and", "also" or "then", and a past-tense enforcement
#: verb: only the verbs themselves are searched for, so the scan skips every other word.
_CLAUSE_GAP = re.compile(
    r"(?:,\s*|\s)(?P<cut>(?:and\s+)?(?:(?:also|then)\s+)?)"
    rf"(?P<word>(?:{'|'.join(sorted(_PAST, key=len, reverse=True))}))(?![a-z])")
_OBJECT_AFTER = re.compile(rf"(?:\s+(?:{'|'.join(PARTICLES)}))?\s+[\w“\"]")
_SENTENCE_STOP = re.compile(r"[.;:!?。；！？]")
#: How far before a figure its verb may stand, and how far after its noun a passive may
#: come, in characters.
VERB_WINDOW, PASSIVE_WINDOW = _EN["reach"]["verb"], _EN["reach"]["passive"]


def _verb_at(words: list[re.Match], index: int, past_only: bool) -> str | None:
    """The enforcement verb (with its particle) that starts at ``words[index]``, if any."""
    word = words[index].group().lower()
    if word not in (_PAST if past_only else _FORMS):
        return None
    following = words[index + 1].group().lower() if index + 1 < len(words) else ""
    if word in _PARTICLE_FORMS:
        return f"{word} {following}" if following in PARTICLES else None
    if following in ("down", "up", "out", "off"):
        return f"{word} {following}"
    return word


def _passive(text: str, noun_end: int) -> str | None:
    """The passive verb after a figure's noun: a participle straight after it ("suspects
    arrested"), or the verb after the first auxiliary before any punctuation ("were shut
    down", "involved were arrested", "involving minors were destroyed")."""
    end = min(len(text), noun_end + PASSIVE_WINDOW)
    stop = _GAP_STOP.search(text, noun_end, end)
    words = list(_WORD.finditer(text, noun_end, stop.start() if stop else end))
    first = 1 if words and words[0].group().lower() in _AFTER_NOUN else 0
    if first < len(words):
        direct = _verb_at(words, first, past_only=True)
        if direct:
            return direct
    for index in range(first, len(words)):
        word = words[index].group().lower()
        if word in _PERFECT and index + 1 < len(words) \
                and words[index + 1].group().lower() == "been":
            after = index + 2
        elif word in _AUXILIARIES:
            after = index + 1
        else:
            continue
        if after < len(words) and words[after].group().lower() in _ADVERBS:
            after += 1
        return _verb_at(words, after, past_only=True) if after < len(words) else None
    return None


def english_verb(text: str, start: int, noun_end: int) -> str:
    """The verb that governs the English figure at ``start``, whose noun ends at ``noun_end``.

    A passive verb after the noun wins ("950 websites were shut down", "16 websites
    involving minors were destroyed"); else the last enforcement verb before the figure
    in its sentence ("arrested more than 4,600").
    Returns the verb as written, lower-cased, or ``""``.

    >>> english_verb("with over 37,000 suspects arrested", 5, 25)
    'arrested'
    >>> english_verb("It has 16 websites.", 7, 18)
    ''
    >>> english_verb("4 gangs that sold pornography were broken up.", 0, 7)
    'broken up'
    """
    passive = _passive(text, noun_end)
    if passive:
        return passive
    window_start = max(0, start - VERB_WINDOW)
    stops = list(_SENTENCE_STOP.finditer(text, window_start, start))
    if stops:
        window_start = stops[-1].end()
    words = list(_WORD.finditer(text, window_start, start))
    for index in range(len(words) - 1, -1, -1):
        verb = _verb_at(words, index, past_only=False)
        if verb:
            return verb
    return ""


def english_clause_starts(text: str, start: int, end: int) -> list[int]:
    """Where new clauses begin in ``text[start:end]``: a comma or "and" before a past-tense
    enforcement verb and its object ("..., and arrested 4,600 suspects").

    >>> t = "Police solved 12 cases and arrested 30 suspects, seized 5 phones."
    >>> [t[i:i + 12] for i in english_clause_starts(t, 0, len(t))]
    ['and arrested', 'seized 5 pho']
    """
    cuts = []
    for match in _CLAUSE_GAP.finditer(text, start, end):
        word = match.group("word")
        gap = text[match.start():match.start("cut")]
        if word not in _PAST or (not match.group("cut") and "," not in gap):
            continue
        if not _OBJECT_AFTER.match(text, match.end("word"), end):
            continue
        cuts.append(match.start("cut"))
    return cuts


# --- Chinese --------------------------------------------------------------------------

#: Chinese enforcement verbs (simplified script, ``zh/verbs.toml``); the longest match wins.
ZH_VERBS = ENFORCEMENT_VERBS
_VERB_ZH = LazyPattern(  # compiled on first use: an English text never needs it
    "|".join(ZH_VERBS))
#: Where a new Chinese clause begins: a comma before a verb of role ``clause`` (within a
#: short subject).
CLAUSE_VERB_ZH = re.compile(
    rf"[，,](?P<cut>)(?=[\u3400-\u9fff“”]{{0,8}}?(?:{'|'.join(CLAUSE_VERBS)}))"
)
_ZH_STOP = re.compile(r"[。；;！？，,：:]")
#: How far before a Chinese figure its verb may stand, in characters.
VERB_WINDOW_ZH = table("zh", "verbs")["reach"]["verb"]


def chinese_verb(folded: str, start: int) -> str:
    """The last enforcement verb before the Chinese figure at ``start``, in its clause.

    ``folded`` is the text in simplified script (see :func:`bulletin.text.language.fold`).

    >>> chinese_verb("抓获犯罪嫌疑人4600余名、行业“内鬼”500余名", 21)
    '抓获'
    """
    window_start = max(0, start - VERB_WINDOW_ZH)
    stops = list(_ZH_STOP.finditer(folded, window_start, start))
    if stops:
        window_start = stops[-1].end()
    found = None
    position = window_start
    while True:
        match = _VERB_ZH.search(folded, position, start)
        if not match:
            break
        found, position = match, match.end()
    return found.group() if found else ""
