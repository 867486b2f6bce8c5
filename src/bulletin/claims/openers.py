"""The phrases by which a bulletin names its operations, and the ids made from them.

The words live in ``src/bulletin/lexicon/<lang>/structure.toml``; this module turns them
into the openers :mod:`bulletin.claims.structure` reads (In the crackdown on …, 在…中,
一是…, “…”行动, example cases, further lines of work), the crime classes a counted noun
names, and operation ids made from whole phrases.

Examples
--------
>>> [operation_id("crackdown on telecom fraud", "en"), operation_id("严打“侵犯公民个人信息”行动", "zh")]
['crackdown_on_telecom_fraud', '侵犯公民个人信息行动']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bulletin.lexicon.load import table
from bulletin.patterns import LazyPattern
from bulletin.lexicon.zh_grammar import TOTAL_VERBS
from bulletin.text.spans import Span

UNASSIGNED = "unassigned"
HEADLINE = "headline"

# --- words (src/bulletin/lexicon/<lang>/structure.toml) -------------------------------------

_EN = table("en", "structure")
_ZH = table("zh", "structure")


def _phrases(words) -> str:
    """An alternation of phrases, longest first, a space matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _lead(words) -> str:
    """A lookahead on the first letters of ``words`` (either case), put before a
    case-insensitive alternation that is searched for: the scan then skips the positions
    no phrase can start at instead of trying every phrase there (3x faster; the matches
    are the same).

    >>> _lead(["In one case", "for example"])
    '(?=[FIfi])'
    """
    return "(?=[" + "".join(sorted({re.escape(c) for w in words for c in (w[0].lower(), w[0].upper())})) + "])"


#: Words that name an operation in English.
EN_OPERATION_WORDS = tuple(_EN["operation"]["words"])
#: Words that say nothing of which operation: a class made only of these names none.
EN_GENERAL = frozenset(_EN["general"]["words"].split())
_EN_ID_KEEP = frozenset(_EN["general"]["id_keep"])
_EN_ID_LEAD = frozenset(_EN["operation"]["id_lead"])
_EN_ID_TAIL = frozenset(_EN["operation"]["id_tail"])
_EN_QUOTED = re.compile(r"[“\"]([^”\"]{2,60})[”\"]")
_EN_OPENER = re.compile(
    rf"(?:{_phrases(_EN['operation']['frames'])})\s+(?:(?:the|a|an|this|its)\s+)?"
    r"(?P<body>[^,;.:]{3,160}?)\s*(?=[,;:]|$)"
    rf"|(?:{_phrases(_EN['operation']['topic_frames'])})"
    r"\s+(?P<body2>[^,;.:]{3,120}?)\s*(?=[,;:])"
)
_EN_ENUMERATOR = re.compile(
    rf"(?:{_phrases(_EN['operation']['enumerators'])}),\s*(?P<body>[^,;.:]{{3,120}}?)"
    r"(?=\s+(?:have|has|had|were|was|is|are|achieved|made)\b|[,;.:]|$)")
FURTHER = {
    "en": re.compile(rf"\s*(?:{_phrases(_EN['operation']['further'])})\b\s*,", re.IGNORECASE),
    "zh": re.compile(rf"\s*(?:{_phrases(_ZH['operation']['further'])})\s*[，,]"
                     rf"|\s*据?[^，,。；;：:\n]{{2,30}}?(?:{_phrases(_ZH['operation']['speaker_verbs'])})[，,：:]"),
}
#: A sentence that launches an operation ("… to carry out special actions to crack down on
#: X."), or opens with its quoted name ("“Hurricane No. 1” project group …").
_EN_LAUNCH = re.compile(
    rf"\b{_lead(_EN['operation']['launch_verbs'])}(?:{_phrases(_EN['operation']['launch_verbs'])})\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:special|nationwide|national|targeted|joint|series\s+of)\s+)*"
    rf"(?:{_phrases(EN_OPERATION_WORDS)})s?\s+(?:to\s+|on\s+|against\s+)"
    r"(?P<body>[^,.;:]{3,120}?)\s*(?=[,.;:]|$)", re.IGNORECASE)
#: "The ministry has organized police to strengthen the investigation of clues": a line of
#: work set for others opens its passage.
_EN_DIRECTED = re.compile(
    rf"\b{_lead(_EN['operation']['directing_verbs'])}(?:{_phrases(_EN['operation']['directing_verbs'])})\s+[^,.;:]{{3,60}}?\s+to\s+"
    r"(?P<body>[^,.;:]{3,120}?)\s*(?=[,.;:]|$)", re.IGNORECASE)
_EN_CRACKDOWN = re.compile(
    r"\b(?=[Cc])(?:cracked|cracks|crack|cracking)\s+down\s+on\s+(?P<body>[^,.;:]{3,80}?)\s*(?=[,.;:]|$)",
    re.IGNORECASE)
_EN_PLACE = re.compile(
    rf"(?:In|At)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'-]+\s+){{1,3}}(?:{_phrases(_EN['operation']['places'])}))\s*,")
_EN_QUOTED_OPENER = re.compile(
    rf"[“\"](?P<body>[^”\"\n]{{2,40}})[”\"]\s+(?:{_phrases(EN_OPERATION_WORDS)})s?\b", re.IGNORECASE)
CLAIM_DIGIT = re.compile(r"\d")
#: A paragraph that is one enumerated line of work with no figures ("First, the crackdown
#: has achieved results."; 一是打击…): a heading, its section runs to the next.
ENUMERATED_HEADING = re.compile(
    rf"(?:{_phrases(_EN['operation']['enumerators'])}),\s*(?P<body>[^,;.:]{{3,120}}?)"
    r"(?=\s+(?:have|has|had|were|was|is|are|achieved|made)\b|[,;.:]|$)"
    r"|[一二三四五六七八九十]{1,3}是(?P<zh>[^，,；;。：:]{2,60})")
_EN_EXAMPLE = re.compile(rf"{_lead(_EN['example']['openers'])}(?:{_phrases(_EN['example']['openers'])})\b",
                         re.IGNORECASE)
_EN_OP_WORD = re.compile(rf"\b(?:{_phrases(EN_OPERATION_WORDS)})s?\b", re.IGNORECASE)
_EN_GERUND = re.compile(rf"^(?:{_phrases(_EN['operation']['gerunds'])})\b", re.IGNORECASE)
EN_TOTALS = re.compile(rf"\b(?:{_phrases(_EN['totals']['phrases'])})\b", re.IGNORECASE)
EN_PARTS = re.compile(rf"\b(?:{_phrases(_EN['parts']['phrases'])})\b"
                      rf"|\b(?:{_phrases(_EN['parts']['before_number'])})\s+(?=\d)", re.IGNORECASE)
_EN_CASE_HEADS = frozenset(_EN["nouns"]["case_heads"])
_EN_PERSON_HEADS = frozenset(_EN["nouns"]["person_heads"])
_EN_CLASS_AFTER = re.compile(
    rf"\s+(?:{_phrases(_EN['nouns']['class_after'])})\s+(?P<topic>[^,;.:()]{{2,120}})",
    re.IGNORECASE,
)
_EN_FOR_AFTER = re.compile(
    r"(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is|been|got)?"
    r"(?:\s+[a-z]+ed|\s+caught|\s+held|\s+nabbed|\s+shut)?(?:\s+(?:down|up|out))?)?"
    rf"\s+(?:{_phrases(_EN['nouns']['for_after'])})\s+(?P<topic>[^,;.:()]{{2,120}})",
    re.IGNORECASE,
)
_EN_TOPIC_STOP = re.compile(
    r"\s+(?:and\s+|,\s*)?(?=(?:\w+ed|caught|found|seized|shut|held|took|broke|dealt|busted)\b"
    r"(?!\s+(?:by|in)\b))"
    r"|\s+(?:were|was|have|has|had|are|is|with|during|since|amid|across|nationwide|in\s+(?:the|\d)|"
    r"from|this|last|according|said|says|and\s+(?:more|over|about|nearly|almost|\d))\b",
    re.IGNORECASE,
)
_MAX_ID_WORDS = 6

#: Chinese words for an operation, after a quoted name (“断卡”行动).
ZH_OPERATION_WORDS = tuple(sorted(_ZH["operation"]["words"], key=len, reverse=True))
#: Chinese words that say nothing of which operation.
ZH_GENERAL = tuple(sorted(set(_ZH["general"]["words"].split()), key=len, reverse=True))
#: The Chinese patterns below are compiled on first use (an English text never needs them).
_ZH_FRAME_LEAD = LazyPattern(rf"^(?:(?:{_phrases(_ZH['operation']['id_lead'])})+)")
_ZH_CLAUSE_START = r"(?:(?<=^)|(?<=[。；;，,：:！？\n—.…])|(?<=其中))[\s“]*"
_ZH_OP_END = _phrases(_ZH["operation"]["opener_ends"])
_ZH_FRAME_END = _phrases(_ZH["operation"]["frame_ends"])
_ZH_OPENERS = [
    LazyPattern(rf"{_ZH_CLAUSE_START}在(?P<body>[^，,；;。：:]{{2,60}}?)(?:中|期间|上|方面)(?=[，,])"),
    LazyPattern(rf"{_ZH_CLAUSE_START}在(?P<body>[^；;。：:]{{2,80}}?)的?(?:情况下|背景下)(?=[，,])"),
    LazyPattern(rf"{_ZH_CLAUSE_START}(?:{_phrases(_ZH['operation']['launch_verbs'])})"
               r"[^，,；;。“”\n]{0,6}?(?P<body>“[^“”\n]{2,16}”)(?=[，,；;。]|[^“”\n，,；;。]{0,4}?(?:行动|会战|战役))"),
    LazyPattern(rf"{_ZH_CLAUSE_START}在(?P<body>[^，,；;。：:]{{2,60}}?(?:{_ZH_FRAME_END}))"
               rf"(?:中|期间|上)?(?=[，,])"),
    LazyPattern(rf"{_ZH_CLAUSE_START}(?P<body>[^，,；;。：:在]{{2,40}}?(?:行动|会战|战役))中(?=[，,])"),
    LazyPattern(rf"{_ZH_CLAUSE_START}(?P<body>[^，,；;。：:在]{{2,40}}?(?:{_ZH_OP_END}|行动))"
               r"[^，,；;。：:]{0,6}?(?:开展|启动|实施|部署)以来(?=[，,])"),
    LazyPattern(rf"{_ZH_CLAUSE_START}(?P<ord>[一二三四五六七八九十]{{1,3}})是(?P<body>[^，,；;。：:]{{2,60}})"),
    LazyPattern(rf"{_ZH_CLAUSE_START}[（(](?P<ord>[一二三四五六七八九十]{{1,3}})[）)]"
               rf"(?P<body>[^，,；;。：:\n]{{2,60}})"),
    LazyPattern(r"(?:(?<=^)|(?<=\n))[\s]*(?P<ord>[一二三四五六七八九十]{1,3})、(?P<body>[^，,；;。：:\n]{2,60})"),
    LazyPattern(rf"{_ZH_CLAUSE_START}(?:针对|聚焦)(?P<body>[^，,；;。：:]{{2,60}}?)(?=[，,])"),
    LazyPattern(rf"{_ZH_CLAUSE_START}(?P<body>[^，,；;。：:]{{0,40}}?(?:组织开展|部署开展|开展了?|发起了?)"
               rf"[^，,；;。：:“”]{{0,30}}?(?:{_ZH_OP_END}))"),
]
_ZH_OP_ALT = _phrases(ZH_OPERATION_WORDS)
#: A quoted name with its operation word after the quote (“断卡”行动) or inside (“百日行动”).
_ZH_QUOTED_OP = LazyPattern(
    rf"“(?=[^“”\n]{{1,16}}”[\u3400-\u9fff]{{0,3}}?(?:{_ZH_OP_ALT})|[^“”\n]{{1,14}}(?:行动)”)"
    rf"(?P<q>[^“”\n]{{1,16}}?)(?:专项行动|行动)?”(?:[\u3400-\u9fff]{{0,3}}?(?P<kind>{_ZH_OP_ALT}))?"
)
#: Durations that say which stretch of the campaign, not which operation (为期三个月的).
_ZH_DURATION = LazyPattern(r"为期[^，,；;。的]{0,8}的|[0-9一二三四五六七八九十百两]+(?:个月|天|日|年|周)")
#: Verbs after which 共 ("in all") marks a total: results, not mere finds (共发现).
ZH_TOTAL_VERBS = TOTAL_VERBS  # the verbs of lexicon/zh/verbs.toml with the role "total"
ZH_TOTALS = LazyPattern(
    rf"共(?=[\u3400-\u9fff]{{0,4}}?(?:{_phrases(ZH_TOTAL_VERBS)}))|{_phrases(_ZH['totals']['markers'])}"
)
ZH_PARTS = LazyPattern(_phrases(_ZH["parts"]["markers"]))
_ZH_CASE_HEAD = LazyPattern(rf"(?:{_phrases(_ZH['nouns']['case_heads'])}|(?<=罪){_ZH['nouns']['case_after_crime']})$")
_ZH_GANG_HEAD = LazyPattern(rf"(?:{_phrases(_ZH['nouns']['gang_heads'])})$")
#: A case word kept whole as its class (现行命案): 案 after a character that is no crime.
_ZH_WHOLE_CASE = LazyPattern(r"(?<![罪件专]案)(?<=[\u3400-\u9fff]{2}案)$")
_ZH_ACCOUNT_HEAD = LazyPattern(rf"(?:{_phrases(_ZH['nouns']['account_heads'])})$")
#: A verb compound ending in a result (查破, 攻破, 缴获): a verb the finder left in the noun.
_ZH_VERB_COMPOUND = LazyPattern(rf"[\u3400-\u9fff](?:{_phrases(_ZH['nouns']['verb_results'])})")
_ZH_PERSON_HEAD = LazyPattern(rf"(?:{_phrases(_ZH['nouns']['person_heads'])})$")
_ZH_CLASS_LEAD = tuple(_ZH["nouns"]["class_lead"])
_ZH_ID_CUTS = LazyPattern(f"[{''.join(_ZH['operation']['id_cuts'])}]")
_ZH_EXAMPLE = LazyPattern(
    rf"(?:{_phrases(_ZH['example']['cues'])})[，,]?[^，,；;。：:！？\n]{{0,8}}?"
    rf"(?:{_phrases(_ZH['example']['case_verbs'])})?(?:了)?(?:一起|一宗)?"
    r"(?P<case>(?:“[^“”，,。]{1,12}”)?[^，,；;。：:！？\n“”]{1,30}?案)(?=[，,；;。：:）)]|中|$)"
    rf"|(?:{_phrases(_ZH['example']['case_verbs'])})了?(?:一起|一宗)"
    r"(?P<case2>[^，,；;。：:！？\n“”]{2,30}?案)(?=[，,；;。：:）)]|中|$)"
)
_ZH_ONE_QUOTE = re.compile(r"^“(?P<q>[^“”]{1,16})”$")
ZH_QUOTES = re.compile(r"[“”‘’「」『』\"]")
_ZH_MAX_ID = 16


@dataclass(frozen=True)
class Opener:
    """A phrase that opens an operation's passage; ``operation`` is ``None`` when it only
    names the campaign itself (it closes the open passage and opens none)."""

    start: int
    end: int
    paragraph: int
    phrase: str
    operation: str | None
    #: True when the phrase names the campaign itself (its name with a year, 在“净网2021”
    #: 专项行动中): its unclassed claims are the campaign's totals.
    campaign: bool = False
    #: True when the phrase opens a further line of work it does not name ("At the same
    #: time, …", 同时，…): a group of its own, named by its first claim's noun.
    fresh: bool = False


# --- ids --------------------------------------------------------------------------------

def _slug_words(words: list[str]) -> str:
    words = [w for w in words if w]
    while words and words[-1] in EN_GENERAL and words[-1] not in _EN_ID_KEEP:
        words.pop()
    if len(words) > _MAX_ID_WORDS:  # cut where a phrase begins (a preposition), not inside one
        cuts = [k for k in range(2, _MAX_ID_WORDS + 1) if words[k] in _EN_ID_TAIL]
        words = words[:cuts[-1]] if cuts else words[:_MAX_ID_WORDS]
    while words and words[-1] in _EN_ID_TAIL:
        words.pop()
    return "_".join(words)


def zh_cut(name: str) -> str:
    """A Chinese id of at most 16 characters, cut only where a word ends (a ``_``, 的, 和 …):
    a longer name with no such place is kept whole.

    >>> zh_cut("打击侵犯公民个人信息和黑客攻击犯罪"), zh_cut("利用互联网侵犯人身权利和财产权利相关")
    ('打击侵犯公民个人信息', '利用互联网侵犯人身权利')
    """
    if len(name) <= _ZH_MAX_ID:
        return name
    cuts = [m.start() for m in _ZH_ID_CUTS.finditer(name, 2, _ZH_MAX_ID + 1)]
    return name[:cuts[-1]].strip("_") if cuts else name


def operation_id(phrase: str, lang: str) -> str:
    """The operation id made from the phrase that names it (see the module doc).

    >>> operation_id("“Protecting Seedlings” campaign", "en")
    'protecting_seedlings'
    >>> operation_id("打击电信网络诈骗和网络赌博犯罪“断源”行动", "zh")
    '断源行动'
    >>> operation_id("依法严厉打击侵犯公民个人信息犯罪", "zh")
    '侵犯公民个人信息犯罪'
    """
    if lang == "zh":
        quoted = _ZH_QUOTED_OP.search(phrase)
        names = re.findall(r"“([^“”\n]{1,16})”", phrase)
        if quoted:
            name = quoted.group("q") + "行动"
        elif len(names) == 1 and not re.search(r"(?:19|20)\d\d", names[0]):
            name = names[0] + "行动"
        else:
            name = _ZH_FRAME_LEAD.sub("", ZH_QUOTES.sub("", phrase)) or phrase
        name = re.sub(r"[^0-9A-Za-z\u3400-\u9fff]+", "_", name).strip("_")
        return zh_cut(name) or UNASSIGNED
    quoted = _EN_QUOTED.search(phrase)
    text = quoted.group(1) if quoted else phrase
    text = text.replace("’", "'").lower()
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text)
    words = [w.replace("'", "") for w in words]
    if not quoted:
        while words and words[0] in _EN_ID_LEAD:
            words.pop(0)
    return _slug_words(words) or UNASSIGNED


# --- openers ----------------------------------------------------------------------------

def _general_en(body: str) -> bool:
    if re.search(r"\b(?:19|20)\d\d\b", body):
        return True
    quoted = _EN_QUOTED.search(body)
    if quoted:
        return False
    words = re.findall(r"[a-z0-9][a-z0-9\-']*", body.lower())
    return all(part in EN_GENERAL or part.rstrip("s") in EN_GENERAL or part.isdigit()
               for word in words for part in word.split("-") if part)


def _general_zh(body: str, campaign: str | None) -> bool:
    if re.search(r"(?:19|20)\d\d", body):
        return True
    quoted = _ZH_QUOTED_OP.search(body)
    if quoted and campaign and quoted.group("q") == campaign:
        return True
    rest = _ZH_DURATION.sub("", ZH_QUOTES.sub("", body))
    for word in ZH_GENERAL:
        rest = rest.replace(word, "")
    rest = _ZH_FRAME_LEAD.sub("", rest)
    return len(rest) < 2


def en_openers(text: str, sents: list[Span]) -> list[Opener]:
    found = []
    for sentence in sents:
        starts = [sentence.start] + [sentence.start + m.end()
                                     for m in re.finditer(r"[;:]\s*", sentence.text)]
        for position in starts:
            while position < sentence.end and text[position] in " \t(":
                position += 1
            quoted = _EN_QUOTED_OPENER.match(text, position, min(len(text), position + 120))
            while position < sentence.end and text[position] in "“\"":
                position += 1
            launched = quoted or _EN_LAUNCH.search(text, position, sentence.end) \
                or _EN_DIRECTED.search(text, position, sentence.end) or (
                None if _EN_OPENER.match(text, position, sentence.end)
                else _EN_CRACKDOWN.search(text, position, sentence.end))
            if launched and not CLAIM_DIGIT.search(text, position, launched.start()):
                body = launched.group("body")
                operation = operation_id(launched.group() if launched.re is _EN_QUOTED_OPENER
                                         else body, "en")
                if not _general_en(body) and operation != UNASSIGNED:
                    found.append(Opener(launched.start(), launched.end(), sentence.paragraph,
                                        body, operation))
                    continue
            place = _EN_PLACE.match(text, position, sentence.end)
            if place:
                found.append(Opener(place.start(), place.end(), sentence.paragraph,
                                    place.group("body"), operation_id(place.group("body"), "en")))
                continue
            enumerated = _EN_ENUMERATOR.match(text, position, sentence.end)
            if enumerated:
                body = enumerated.group("body")
                found.append(Opener(enumerated.start(), enumerated.end(), sentence.paragraph,
                                    body, None if _general_en(body) else operation_id(body, "en")))
                continue
            match = _EN_OPENER.match(text, position, sentence.end)
            if not match:
                continue
            body = match.group("body") or match.group("body2")
            if match.group("body") and not (_EN_OP_WORD.search(body) or _EN_GERUND.match(body)):
                continue
            operation = None if _general_en(body) else operation_id(body, "en")
            found.append(Opener(match.start(), match.end(), sentence.paragraph, body,
                                operation if operation != UNASSIGNED else None,
                                operation is None and _names_campaign(body, None)))
    return found


def _names_campaign(body: str, campaign: str | None) -> bool:
    """True when an opener names the campaign itself: a name with a year, or its name."""
    if re.search(r"(?:19|20)\d\d", body):
        return True
    if not campaign:  # no name to compare: the Chinese pattern is not even compiled
        return False
    quoted = _ZH_QUOTED_OP.search(body)
    return bool(quoted and quoted.group("q") == campaign)


def examples(text: str, folded: str, en_sents: list[Span], zh_sents: list[Span]) -> list[Opener]:
    """The example cases a text tells: "In one case, …", "For example, …" at the start of an
    English sentence; a case name (…案) after 一起, 如, 例如 or a verb with 一起 in Chinese.
    Each is a group of its own (``case_<words>``, the Chinese case name), to the end of its
    paragraph or the next opener.

    >>> t = "Police solved 300 cases. In one case, they seized 12 phones."
    >>> [(o.phrase, o.operation) for o in examples(t, t, [Span(0, 0, 24, t[:24]), Span(0, 25, 60, t[25:])], [])]
    [('In one case', 'case_1')]
    >>> z = "共侦破案件300起。如侦破张某等人诈骗案，缴获手机12部。"
    >>> [o.operation for o in examples(z, z, [], [Span(0, 0, 10, z[:10]), Span(0, 10, len(z), z[10:])])]
    ['张某等人诈骗案']
    >>> z = "共侦破案件120起。例如，某市公安局侦破“6·8”专案，抓获犯罪嫌疑人12名。"
    >>> [o.phrase for o in examples(z, z, [], [Span(0, 0, 10, z[:10]), Span(0, 10, len(z), z[10:])])]
    ['“6·8”专案']
    """
    found = []
    for sentence in en_sents:
        match = _EN_EXAMPLE.search(text, sentence.start, sentence.end)
        if match and not CLAIM_DIGIT.search(text, sentence.start, match.start()):
            found.append(Opener(match.start(), match.end(), sentence.paragraph, match.group(),
                                f"case_{len(found) + 1}"))
    for sentence in zh_sents:
        match = _ZH_EXAMPLE.search(folded, sentence.start, sentence.end)
        if match:
            case = match.group("case") or match.group("case2")
            name = zh_cut(re.sub(r"[^0-9A-Za-z\u3400-\u9fff]+", "_", ZH_QUOTES.sub("", case)).strip("_"))
            found.append(Opener(match.start(), match.end(), sentence.paragraph, case,
                                name or f"case_{len(found) + 1}"))
    return found


def further(text: str, folded: str, sents: list[Span], lang_at) -> list[Opener]:
    """Sentences that open a further line of work without naming it ("At the same time, …",
    "Meanwhile, …", 同时，…): each opens a group of its own.

    >>> t = "Police solved 9 cases. At the same time, they seized 4 guns."
    >>> [(o.phrase, o.fresh) for o in further(t, t, [Span(0, 0, 22, t[:22]), Span(0, 23, 60, t[23:])], lambda p: "en")]
    [('At the same time,', True)]
    """
    found = []
    for sentence in sents:
        lang = lang_at(sentence.start)
        match = FURTHER[lang].match(folded if lang == "zh" else text, sentence.start, sentence.end)
        if match:
            found.append(Opener(sentence.start, match.end(), sentence.paragraph,
                                match.group().strip(), None, fresh=True))
    return found


def with_examples(openers: list[Opener], examples: list[Opener]) -> list[Opener]:
    """The openers with the example cases added, in text order; an example inside another
    opener's phrase is the same place and is left out."""
    taken = sorted((o.start, o.end) for o in openers)
    starts = [start for start, _ in taken]
    reach, furthest = [], -1  # the furthest end among the openers up to each one
    for _, end in taken:
        furthest = max(furthest, end)
        reach.append(furthest)

    def inside(position: int) -> bool:
        index = bisect.bisect_right(starts, position) - 1
        return index >= 0 and position < reach[index]

    kept = [e for e in examples if not inside(e.start)]
    return sorted(openers + kept, key=lambda o: o.start)


def ellipses(text: str, sents: list[Span]) -> list[Opener]:
    """A sentence that opens with an ellipsis follows a cut: the open passage ends there."""
    return [Opener(s.start, s.start, s.paragraph, "…", None) for s in sents
            if s.text.startswith(("...", "…", "。。。"))]


def zh_openers(folded: str, sents: list[Span], campaign: str | None) -> list[Opener]:
    found: list[Opener] = []
    for sentence in sents:
        here: dict[int, Opener] = {}
        for pattern in _ZH_OPENERS:
            for match in pattern.finditer(folded, sentence.start, sentence.end):
                body = match.group("body")
                operation = None if _general_zh(body, campaign) else operation_id(body, "zh")
                here.setdefault(match.start(), Opener(
                    match.start(), match.end(), sentence.paragraph, body,
                    operation if operation != UNASSIGNED else None,
                    operation is None and _names_campaign(body, campaign)))
        spans = [(o.start, o.end) for o in here.values()]
        for match in _ZH_QUOTED_OP.finditer(folded, sentence.start, sentence.end):
            if any(start <= match.start() < end for start, end in spans):
                continue
            phrase = match.group()
            operation = None if _general_zh(phrase, campaign) else operation_id(phrase, "zh")
            here.setdefault(match.start(), Opener(match.start(), match.end(),
                                                  sentence.paragraph, phrase, operation,
                                                  operation is None
                                                  and _names_campaign(phrase, campaign)))
        found.extend(here[k] for k in sorted(here))
    return found


def campaign_name(folded: str, before: int | None = None) -> str | None:
    """The bulletin's own campaign: the first quoted name before 专项行动/行动 in the text,
    if it comes before ``before`` (the first claim), a year at its end dropped.

    >>> campaign_name("深入推进“断号”行动，共侦办案件1.1万余起。在“猫池”行动中……")
    '断号'
    >>> campaign_name("共侦办案件1.1万余起。在“猫池”行动中……", before=5) is None
    True
    """
    match = _ZH_QUOTED_OP.search(folded, 0, len(folded) if before is None else before)
    if not match:
        return None
    return re.sub(r"(?:19|20)\d\d$", "", match.group("q")) or None


# --- classes named by the counted noun ------------------------------------------------

def topic_words(topic: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:[\-'][a-z]+)*", topic.replace("’", "'").lower())


def _meaningful(words: list[str]) -> bool:
    return any(w not in EN_GENERAL and w.rstrip("s") not in EN_GENERAL for w in words)


def _cut_topic(topic: str) -> str:
    stop = _EN_TOPIC_STOP.search(topic)
    return topic[: stop.start()] if stop else topic


def en_class(text: str, noun: str, noun_end: int) -> str | None:
    """The crime class an English figure's noun names, as an operation id, or ``None``.

    >>> t = "police solved 6,000 cases of fraud and arrested 2,000 gambling suspects"
    >>> en_class(t, "cases", 25), en_class(t, "gambling suspects", 71)
    ('fraud', 'gambling')
    >>> en_class("arrested 3,000 criminal suspects", "criminal suspects", 32)
    """
    words = noun.split()
    if not words:
        return None
    head = words[-1].lower()
    if head not in _EN_CASE_HEADS and head not in _EN_PERSON_HEADS:
        return None
    before = topic_words(" ".join(words[:-1]))
    if _meaningful(before):
        return _slug_words([w for w in before if w not in ("illegal", "criminal")] or before)
    pattern = _EN_CLASS_AFTER if head in _EN_CASE_HEADS else _EN_FOR_AFTER
    after = pattern.match(text, noun_end, min(len(text), noun_end + 200))
    if not after:
        return None
    words = topic_words(_cut_topic(after.group("topic")))
    while words and (words[0] in EN_GENERAL or words[0].rstrip("s") in EN_GENERAL):
        words.pop(0)
    if not _meaningful(words):
        return None
    return _slug_words(words) or None


def zh_class(noun: str) -> str | None:
    """The crime class a Chinese counted noun names, as an operation id, or ``None``.

    ``noun`` is the counted object in simplified script. The class is what qualifies a
    case (侵犯公民个人信息类案件), a quoted name before accounts (“网络水军”账号), or a
    relative clause before persons (…服务的人员).

    >>> zh_class("侵犯公民个人信息类案件"), zh_class("网络犯罪案件"), zh_class("“网络水军”账号")
    ('侵犯公民个人信息', None, '网络水军行动')
    >>> zh_class("实施黑客攻击活动的人员"), zh_class("犯罪嫌疑人")
    ('实施黑客攻击活动', None)

    A gang's crime names a class (赌博犯罪团伙: 赌博), and so does a case word that is one
    with its 案 (现行命案, 命案积案: kept whole); a place alone names none (本省案件).

    >>> zh_class("赌博犯罪团伙"), zh_class("现行命案"), zh_class("本省案件"), zh_class("团伙")
    ('赌博', '现行命案', None, None)

    A verb compound left in the noun names no class (查破案件: 查破 is "investigated and
    solved"):

    >>> zh_class("查破案件"), zh_class("诈骗案件")
    (None, '诈骗')
    """
    if not noun:
        return None
    if "的" in noun:
        body, head = noun.rsplit("的", 1)
        if not (_ZH_PERSON_HEAD.search(head) or _ZH_CASE_HEAD.search(head)):
            return None
    else:
        head = _ZH_CASE_HEAD.search(noun) or _ZH_ACCOUNT_HEAD.search(noun) \
            or _ZH_GANG_HEAD.search(noun) or _ZH_WHOLE_CASE.search(noun)
        if not head:
            return None
        body = noun[: head.start()]
        if _ZH_ACCOUNT_HEAD.search(noun) and not _ZH_ONE_QUOTE.match(body):
            return None
    quoted = _ZH_ONE_QUOTE.match(body)
    if quoted:
        return quoted.group("q") + "行动"
    body = re.sub(r"(?:类|的|等|重点|刑事)+$", "", ZH_QUOTES.sub("", body))
    rest = body
    for word in ZH_GENERAL:
        rest = rest.replace(word, "")
    if len(rest) < 2 or _ZH_VERB_COMPOUND.fullmatch(rest):
        return None
    for lead in _ZH_CLASS_LEAD:
        if body.startswith(lead) and len(body) > len(lead) + 1:
            body = body[len(lead):]
    return operation_id(body, "zh")
