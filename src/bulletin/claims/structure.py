"""The operations a bulletin's text opens itself, and the sentences that give its totals.

With no pack (or for a passage a pack's cues do not name), a claim's operation comes from
the text, by these rules, the first that applies winning:

1. **An opened passage.** A phrase at the start of a sentence or clause opens an
   operation's passage, which runs to the next such phrase, to a sentence that opens with
   an ellipsis (a cut in the text) or to the end of the paragraph: English "In the
   crackdown on …", "In the … campaign/operation/action", "During the … operation", "In
   cracking down on …", "As for …", "Targeting …"; Chinese 在…中, …行动中, “…”行动 (or
   专项行动, 会战, 战役), 组织开展…集群战役, 一是/二是…, （一）…, 一、… at a line start,
   针对…, 聚焦…. A phrase that names nothing but the campaign ("In the special operation",
   "During the crackdown", 在专项行动中, 在这些案件中) opens no passage; one that names the
   campaign itself (a name with a year, “净网2021”, or the first “…”行动 named before the
   first claim) makes its claims the campaign's totals (rule 3).
2. **A crime class named by the counted noun.** "18,000 cases of personal information and
   hacking", "2,000 gambling suspects", "4,600 suspects were arrested for reselling data",
   侵犯公民个人信息类案件6524起, “网络水军”案件, “网络水军”账号, …服务的人员: the class names
   that claim's operation, and the claims after it in the same unit (the ；-segment in
   Chinese, the sentence in English) that name no class of their own take it too. A class
   made only of general words (cybercrime, online, criminal, 网络犯罪, 相关, 刑事, 行政)
   names nothing.
3. **Campaign-wide totals**, the ``headline`` role: a sentence whose totals marker ("A
   total of", "in total", "overall", "altogether", "so far this year", "since the
   campaign began", 共 before a result verb, 共计, 总计, 累计, 合计, …以来) comes before its
   first claim (or in that claim's clause) with no parts marker (其中, 这些案件中, "Among
   them", "Of these", "including") in between; a title line (a paragraph with no full stop,
   before the first that has one); the first sentence of the text that holds claims; a
   passage naming the campaign (rule 1); and a unit whose every claim restates a headline
   claim (the same metric, ranges that meet: a second version of the article).
4. **The passage itself.** Else the unit (segment or sentence) is its own group.
5. **Restatements.** A group at least two of whose claims, and at least half, restate
   claims of one of the 24 groups before it (ranges that meet, values of 10 and more) is
   that group: the Chinese original under an English paragraph, a second version of an
   article.

``unassigned`` is left only for a claim outside every sentence.

Operation ids are made from the phrase that names the operation:

- a quoted name: “Protecting Seedlings” → ``protecting_seedlings``; in Chinese the name and
  行动, whatever word follows it: “断卡”行动, “网络水军”专项会战 and the class of “网络水军”账号
  are all ``断卡行动``/``网络水军行动``, so that one operation keeps one id across passages;
- else the phrase without its frame (In the …, 在…中, 一是, 针对) and without leading
  adverbs and verbs (依法, 严厉, 深入, 严打, 打击, 整治): English ids are lower-case slugs of
  at most six words (``crackdown_on_telecom_fraud``); Chinese ids keep the Chinese
  characters, folded to simplified script, at most 16 of them, other signs as ``_``;
- a class: its words (``fraud``, ``侵犯公民个人信息``); a passage with no name (rule 4): its
  first claim's noun (``online_paid_posting_accounts``, ``涉未成年人淫秽色情网站``), with
  ``_2``, ``_3`` added when that id is taken already.

Examples
--------
>>> [operation_id("crackdown on telecom fraud", "en"), operation_id("严打“侵犯公民个人信息”行动", "zh")]
['crackdown_on_telecom_fraud', '侵犯公民个人信息行动']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bulletin.text.language import fold
from bulletin.text.spans import Index, Span
from bulletin.lexicon.verbs import ZH_VERBS

UNASSIGNED = "unassigned"
HEADLINE = "headline"

# --- words ------------------------------------------------------------------------------

#: Words that name an operation in English.
EN_OPERATION_WORDS = ("crackdown", "campaign", "operation", "action", "drive", "battle",
                      "fight", "war", "blitz", "offensive", "initiative", "clean-up",
                      "cleanup", "sweep", "programme", "program", "crusade")
#: Words that say nothing of which operation: a class made only of these names none.
EN_GENERAL = frozenset("""
    a an the this that these those such its their our other others various all kinds kind
    types type of and or in on to for with by against related illegal criminal crime crimes
    cybercrime cybercrimes cyber internet internet-related online network networks
    network-related web cyberspace involvement involved involving cases case special
    nationwide national ongoing targeted major key new relevant current year whole
    administrative activities activity acts act illegal-and-criminal law laws violations
    suspected suspects persons people individuals them campaign crackdown operation action
    clean regulate regulating up day days week weeks month months year years long one two
    three four five six seven eight nine ten twelve hundred first second last
""".split())
_EN_QUOTED = re.compile(r"[“\"]([^”\"]{2,60})[”\"]")
_EN_OPENER = re.compile(
    r"(?:In|During|Throughout|Amid|Within|Under|As\s+part\s+of)\s+(?:(?:the|a|an|this|its)\s+)?"
    r"(?P<body>[^,;.:]{3,160}?)\s*(?=[,;:]|$)"
    r"|(?:As\s+for|As\s+to|Regarding|Concerning|In\s+terms\s+of|With\s+regard\s+to|Targeting)"
    r"\s+(?P<body2>[^,;.:]{3,120}?)\s*(?=[,;:])"
)
_EN_OP_WORD = re.compile(rf"\b(?:{'|'.join(EN_OPERATION_WORDS)})s?\b", re.IGNORECASE)
_EN_GERUND = re.compile(r"^(?:cracking\s+down\s+on|combating|combatting|fighting|tackling|"
                        r"targeting|punishing|striking\s+at|cleaning\s+up|investigating)\b",
                        re.IGNORECASE)
_EN_TOTALS = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|in\s+all|overall|altogether|all\s+told|cumulatively|"
    r"so\s+far(?:\s+this\s+year)?|to\s+date|throughout\s+the\s+year|"
    r"(?:in|for|during)\s+the\s+whole\s+(?:of\s+the\s+)?year|"
    r"since\s+the\s+(?:beginning|start)\s+of\s+(?:this|the)\s+year|"
    r"since\s+the\s+(?:launch|start|beginning)\s+of\s+the\b|"
    r"since\s+(?:the|its)\s+(?:campaign|operation|crackdown|launch|drive)\b)",
    re.IGNORECASE,
)
_EN_PARTS = re.compile(
    r"\b(?:among\s+(?:them|these|the\s+total|which|those)|of\s+(?:these|them|which|those)\b"
    r"|including|in\s+particular|specifically)\b",
    re.IGNORECASE,
)
_EN_CASE_HEADS = frozenset({"case", "cases"})
_EN_PERSON_HEADS = frozenset({"suspect", "suspects", "people", "persons", "person",
                              "individuals", "others", "criminals", "offenders", "members"})
_EN_CLASS_AFTER = re.compile(
    r"\s+(?:of|related\s+to|involving|concerning|on|linked\s+to|connected\s+(?:to|with)|"
    r"relating\s+to|over|about)\s+(?P<topic>[^,;.:()]{2,120})",
    re.IGNORECASE,
)
_EN_FOR_AFTER = re.compile(
    r"(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is|been|got)?"
    r"(?:\s+[a-z]+ed|\s+caught|\s+held|\s+nabbed|\s+shut)?(?:\s+(?:down|up|out))?)?"
    r"\s+(?:for|suspected\s+of|accused\s+of)\s+(?P<topic>[^,;.:()]{2,120})",
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
ZH_OPERATION_WORDS = ("专项行动", "集群战役", "专项会战", "专项整治", "行动", "会战", "战役", "专项")
#: Chinese words that say nothing of which operation.
ZH_GENERAL = tuple(sorted(set("""
    网络违法犯罪 网络犯罪 违法犯罪 涉网犯罪 涉网 刑事 行政 治安 各类 各种 相关 此类 这些 上述 有关 其他
    其它 重点 网络 犯罪 违法 案件 案 类 等 的 涉案 专项行动 专项 行动 这 此 本次 此次 全国 全年 今年
    期间 工作 一批
""".split()), key=len, reverse=True))
_ZH_FRAME_LEAD = re.compile(
    r"^(?:(?:依法|严厉|深入|持续|重拳|全力|坚决|集中|大力|扎实|全面|深化|开展|组织|部署|推进|"
    r"发起|严打|打击|严厉打击|惩治|严惩|整治|治理|开展了|聚焦|针对)+)"
)
_ZH_VERBS = "|".join(ZH_VERBS)
_ZH_CLAUSE_START = r"(?:(?<=^)|(?<=[。；;，,：:！？\n—.…])|(?<=其中))[\s“]*"
_ZH_OP_END = "集群战役|专项行动|专项会战|专项整治|会战|战役"
_ZH_OPENERS = [
    re.compile(rf"{_ZH_CLAUSE_START}在(?P<body>[^，,；;。：:]{{2,60}}?)(?:中|期间)(?=[，,])"),
    re.compile(rf"{_ZH_CLAUSE_START}在(?P<body>[^，,；;。：:]{{2,60}}?(?:行动|会战|战役|专项|"
               rf"工作|案件|活动|斗争))(?:中|期间)"),
    re.compile(rf"{_ZH_CLAUSE_START}(?P<body>[^，,；;。：:在]{{2,40}}?(?:行动|会战|战役))中(?=[，,])"),
    re.compile(rf"{_ZH_CLAUSE_START}(?P<ord>[一二三四五六七八九十]{{1,3}})是(?P<body>[^，,；;。：:]{{2,60}})"),
    re.compile(rf"{_ZH_CLAUSE_START}[（(](?P<ord>[一二三四五六七八九十]{{1,3}})[）)]"
               rf"(?P<body>[^，,；;。：:\n]{{2,60}})"),
    re.compile(r"(?:(?<=^)|(?<=\n))[\s]*(?P<ord>[一二三四五六七八九十]{1,3})、(?P<body>[^，,；;。：:\n]{2,60})"),
    re.compile(rf"{_ZH_CLAUSE_START}(?:针对|聚焦)(?P<body>[^，,；;。：:]{{2,60}}?)(?=[，,])"),
    re.compile(rf"{_ZH_CLAUSE_START}(?P<body>[^，,；;。：:]{{0,40}}?(?:组织开展|部署开展|开展了?|发起了?)"
               rf"[^，,；;。：:“”]{{0,30}}?(?:{_ZH_OP_END}))"),
]
_ZH_OP_ALT = "|".join(ZH_OPERATION_WORDS)
#: A quoted name with its operation word after the quote (“断卡”行动) or inside (“百日行动”).
_ZH_QUOTED_OP = re.compile(
    rf"“(?=[^“”\n]{{1,16}}”(?:{_ZH_OP_ALT})|[^“”\n]{{1,14}}(?:行动)”)"
    rf"(?P<q>[^“”\n]{{1,16}}?)(?:专项行动|行动)?”(?P<kind>{_ZH_OP_ALT})?"
)
#: Durations that say which stretch of the campaign, not which operation (为期三个月的).
_ZH_DURATION = re.compile(r"为期[^，,；;。的]{0,8}的|[0-9一二三四五六七八九十百两]+(?:个月|天|日|年|周)")
#: Verbs after which 共 ("in all") marks a total: results, not mere finds (共发现).
ZH_TOTAL_VERBS = ("侦破", "侦办", "破获", "抓获", "办理", "查处", "打掉", "处罚", "立案", "捣毁",
                  "摧毁", "查获", "缴获", "扣押")
_ZH_TOTALS = re.compile(
    rf"共(?=[\u3400-\u9fff]{{0,4}}?(?:{'|'.join(ZH_TOTAL_VERBS)}))|共计|总计|累计|合计|以来|全年共|截至目前"
)
_ZH_PARTS = re.compile(r"其中|这些案件中|上述案件中|包括")
_ZH_CASE_HEAD = re.compile(r"(?:专案|案件|案)$")
_ZH_ACCOUNT_HEAD = re.compile(r"(?:账号|帐号|账户)$")
_ZH_PERSON_HEAD = re.compile(r"(?:犯罪嫌疑人|嫌疑人|嫌犯|人员|人)$")
_ZH_ONE_QUOTE = re.compile(r"^“(?P<q>[^“”]{1,16})”$")
_ZH_QUOTES = re.compile(r"[“”‘’「」『』\"]")
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


# --- ids --------------------------------------------------------------------------------

def _slug_words(words: list[str]) -> str:
    words = [w for w in words if w]
    while words and words[-1] in EN_GENERAL and words[-1] not in ("crimes", "crime", "cases"):
        words.pop()
    words = words[:_MAX_ID_WORDS]
    while words and words[-1] in ("of", "and", "or", "to", "on", "for", "the", "a", "in",
                                  "with", "against", "by"):
        words.pop()
    return "_".join(words)


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
            name = _ZH_FRAME_LEAD.sub("", _ZH_QUOTES.sub("", phrase)) or phrase
        name = re.sub(r"[^0-9A-Za-z\u3400-\u9fff]+", "_", name).strip("_")
        return name[:_ZH_MAX_ID].strip("_") or UNASSIGNED
    quoted = _EN_QUOTED.search(phrase)
    text = quoted.group(1) if quoted else phrase
    text = text.replace("’", "'").lower()
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text)
    words = [w.replace("'", "") for w in words]
    if not quoted:
        while words and words[0] in ("the", "a", "an", "this", "its", "special", "nationwide",
                                     "national", "ongoing", "targeted"):
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
    rest = _ZH_DURATION.sub("", _ZH_QUOTES.sub("", body))
    for word in ZH_GENERAL:
        rest = rest.replace(word, "")
    rest = _ZH_FRAME_LEAD.sub("", rest)
    return len(rest) < 2


def _en_openers(text: str, sents: list[Span]) -> list[Opener]:
    found = []
    for sentence in sents:
        starts = [sentence.start] + [sentence.start + m.end()
                                     for m in re.finditer(r"[;:]\s*", sentence.text)]
        for position in starts:
            while position < sentence.end and text[position] in " \t“\"(":
                position += 1
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
    quoted = _ZH_QUOTED_OP.search(body)
    return bool(quoted and campaign and quoted.group("q") == campaign)


def _ellipses(text: str, sents: list[Span]) -> list[Opener]:
    """A sentence that opens with an ellipsis follows a cut: the open passage ends there."""
    return [Opener(s.start, s.start, s.paragraph, "…", None) for s in sents
            if s.text.startswith(("...", "…", "。。。"))]


def _zh_openers(folded: str, sents: list[Span], campaign: str | None) -> list[Opener]:
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

def _topic_words(topic: str) -> list[str]:
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
    before = _topic_words(" ".join(words[:-1]))
    if _meaningful(before):
        return _slug_words([w for w in before if w not in ("illegal", "criminal")] or before)
    pattern = _EN_CLASS_AFTER if head in _EN_CASE_HEADS else _EN_FOR_AFTER
    after = pattern.match(text, noun_end, min(len(text), noun_end + 200))
    if not after:
        return None
    words = _topic_words(_cut_topic(after.group("topic")))
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
    """
    if not noun:
        return None
    if "的" in noun:
        body, head = noun.rsplit("的", 1)
        if not (_ZH_PERSON_HEAD.search(head) or _ZH_CASE_HEAD.search(head)):
            return None
    else:
        head = _ZH_CASE_HEAD.search(noun) or _ZH_ACCOUNT_HEAD.search(noun)
        if not head:
            return None
        body = noun[: head.start()]
        if _ZH_ACCOUNT_HEAD.search(noun) and not _ZH_ONE_QUOTE.match(body):
            return None
    quoted = _ZH_ONE_QUOTE.match(body)
    if quoted:
        return quoted.group("q") + "行动"
    body = re.sub(r"(?:类|的|等|重点|刑事)+$", "", _ZH_QUOTES.sub("", body))
    rest = body
    for word in ZH_GENERAL:
        rest = rest.replace(word, "")
    if len(rest) < 2:
        return None
    for lead in ("涉嫌", "各类", "相关", "涉"):
        if body.startswith(lead) and len(body) > len(lead) + 1:
            body = body[len(lead):]
    return operation_id(body, "zh")


# --- the whole -----------------------------------------------------------------------------

class Structure:
    """The openers, totals and parts markers of one text, found once, and the rules that
    give each claim its operation (see the module doc).

    Parameters
    ----------
    text, folded
        The text, and the same text folded to simplified script.
    paras, sents, segs, clauses
        Its paragraphs, sentences, segments and clauses (:mod:`bulletin.text.spans`).
    lang_at
        A function giving the language (``en``/``zh``) at an offset.
    body_start
        Where the text proper begins (after a header block, :func:`bulletin.text.spans.header_end`).
    first_claim
        The start of the first claim, if known: the campaign's own name is the first quoted
        operation name before it.
    """

    def __init__(self, text: str, folded: str, paras: list[Span], sents: list[Span],
                 segs: list[Span], clauses, lang_at, body_start: int = 0,
                 first_claim: int | None = None):
        self.text, self.folded, self.lang_at = text, folded, lang_at
        self.sentences, self.segments = Index(sents), Index(segs)
        self.clauses = clauses if hasattr(clauses, "at") else Index(clauses)
        en_sents = [s for s in sents if lang_at(s.start) == "en"]
        zh_sents = [s for s in sents if lang_at(s.start) == "zh"]
        self.campaign = campaign_name(folded[:first_claim] if first_claim else folded) \
            if zh_sents else None
        openers = _en_openers(text, en_sents) + _zh_openers(folded, zh_sents, self.campaign) \
            + _ellipses(text, sents)
        openers.sort(key=lambda o: o.start)
        self.openers = openers
        self._opener_starts = [o.start for o in openers]
        self._markers: dict[tuple[str, int], int | None] = {}
        self.title_paragraphs = _title_paragraphs([p for p in paras if p.start >= body_start])

    def opener_at(self, position: int, paragraph: int) -> Opener | None:
        """The opener whose passage holds ``position``, if any (campaign-wide ones included)."""
        index = bisect.bisect_right(self._opener_starts, position) - 1
        if index >= 0 and self.openers[index].paragraph == paragraph:
            return self.openers[index]
        return None

    def _first_marker(self, kind: str, span: Span) -> int | None:
        """The first totals (``kind="totals"``) or parts marker in ``span``, looked for once."""
        key = (kind, span.start)
        if key not in self._markers:
            zh = self.lang_at(span.start) == "zh"
            pattern = (_ZH_TOTALS if zh else _EN_TOTALS) if kind == "totals" else \
                (_ZH_PARTS if zh else _EN_PARTS)
            match = pattern.search(self.folded if zh else self.text, span.start, span.end)
            self._markers[key] = match.start() if match else None
        return self._markers[key]

    def headline_marker(self, sentence: Span, first_claim: int) -> bool:
        """True when a totals marker stands in ``sentence`` before its first claim (or in
        that claim's clause), and no parts marker stands between the two."""
        total = self._first_marker("totals", sentence)
        if total is None:
            return False
        clause = self.clauses.at(first_claim)
        if total > first_claim and not (clause and total < clause.end):
            return False
        part = self._first_marker("parts", sentence)
        return not (part is not None and total < part < first_claim)

    def after_parts_marker(self, sentence: Span, position: int) -> bool:
        """True when a parts marker (其中, "Among them") stands in ``sentence`` before ``position``."""
        part = self._first_marker("parts", sentence)
        return part is not None and part < position

    def assign(self, figures, langs, pack_ops=None, keys=None) -> list[str]:
        """The operation of each claim (``figures``, in text order).

        ``langs`` gives each claim's language; ``pack_ops`` (optional) each claim's
        operation from a pack's cues, ``unassigned`` where the pack names none; ``keys``
        (optional) each claim's ``(metric, low, high)`` under the step reading, by which a
        restated headline is known.
        """
        n = len(figures)
        ops: list[str | None] = [None] * n
        sentence_of = [self.sentences.position(f.start) for f in figures]
        unit_of = [("zh", self.segments.position(f.start)) if langs[i] == "zh"
                   else ("en", sentence_of[i]) for i, f in enumerate(figures)]
        first_in_sentence: dict[int, int] = {}
        for i, f in enumerate(figures):
            first_in_sentence.setdefault(sentence_of[i], f.start)
        first_sentence = next((s for s in sentence_of if s >= 0), None)
        named = [None] * n
        # 1-3: the pack, an opened passage, a class named by the noun
        unit, unit_class = None, None
        for i, figure in enumerate(figures):
            if unit_of[i] != unit:
                unit, unit_class = unit_of[i], None
            if pack_ops and pack_ops[i] != UNASSIGNED:
                ops[i] = pack_ops[i]
                continue
            sentence = self.sentences.spans[sentence_of[i]] if sentence_of[i] >= 0 else None
            opener = self.opener_at(figure.start, sentence.paragraph if sentence else 0)
            named[i] = opener
            if opener and opener.operation:
                ops[i] = opener.operation
                continue
            own = self._class(figure, langs[i])
            if own:
                unit_class = own
            if unit_class:
                ops[i] = unit_class
        # 4: campaign-wide totals
        for i, figure in enumerate(figures):
            if ops[i] is not None or sentence_of[i] < 0:
                continue
            sentence = self.sentences.spans[sentence_of[i]]
            if (named[i] is not None and named[i].campaign) \
                    or self.headline_marker(sentence, first_in_sentence[sentence_of[i]]) \
                    or sentence.paragraph in self.title_paragraphs \
                    or (sentence_of[i] == first_sentence
                        and not self.after_parts_marker(sentence, figure.start)):
                ops[i] = HEADLINE
        # 5: a passage that restates the headline's figures is the headline
        if keys:
            self._restated(ops, keys, unit_of)
        # 6: else the passage (segment or sentence) is its own group
        self._passage_groups(ops, figures, langs, unit_of)
        # 7: a group that restates an earlier group's figures is that group
        if keys:
            _join_restated(ops, keys, [p != UNASSIGNED for p in pack_ops] if pack_ops else None)
        return ops

    def _restated(self, ops, keys, unit_of) -> None:
        headline = {}
        for i, op in enumerate(ops):
            if op == HEADLINE:
                metric, low, high = keys[i]
                kept = headline.setdefault(metric, [])
                if len(kept) < RESTATED_WINDOW:
                    kept.append((low, high))
        if not headline:
            return
        units: dict[int, list[int]] = {}
        for i, unit in enumerate(unit_of):
            units.setdefault(unit, []).append(i)
        for members in units.values():
            if any(ops[i] is not None for i in members):
                continue
            def restates(i):
                metric, low, high = keys[i]
                return any(low <= h_high and h_low <= high for h_low, h_high in headline.get(metric, ()))
            if all(restates(i) for i in members):
                for i in members:
                    ops[i] = HEADLINE

    def _passage_groups(self, ops, figures, langs, unit_of) -> None:
        used: set[str] = {op for op in ops if op}
        given: dict[int, str] = {}
        for i, figure in enumerate(figures):
            if ops[i] is not None:
                continue
            unit = unit_of[i]
            if unit not in given:
                name, named = self._passage_name(figure, langs[i], unit)
                if not named:
                    base, suffix = name, 2
                    while name in used:
                        name, suffix = f"{base}_{suffix}", suffix + 1
                used.add(name)
                given[unit] = name
            ops[i] = given[unit]

    def _passage_name(self, figure, lang: str, unit) -> tuple[str, bool]:
        """An id for a passage that names no operation: a quoted name before its first claim
        (``True``: such ids may join passages), else the first claim's noun (or, with none,
        the words before it)."""
        index = self.segments if lang == "zh" else self.sentences
        span = index.spans[unit[1]] if unit[1] >= 0 else None
        if span is not None:
            if lang == "zh":
                for match in re.finditer(r"“(?P<q>[^“”\n]{2,16})”", self.folded[span.start:figure.start]):
                    name = match.group("q")
                    if not re.search(r"(?:19|20)\d\d", name) and name != self.campaign \
                            and span.start + match.end() < figure.start - 1:
                        return name + "行动", True
        noun = figure.noun or ""
        if lang == "zh":
            if not noun:
                before = self.folded[max(span.start if span else 0, figure.start - 8):figure.start]
                noun = re.split(r"[，,；;。：:、]", before)[-1]
            noun = _ZH_QUOTES.sub("", fold(noun))
            name = re.sub(r"[^0-9A-Za-z\u3400-\u9fff]+", "_", noun).strip("_")[:_ZH_MAX_ID]
        else:
            name = "_".join(_topic_words(noun)[:4])
        return name or "passage", False

    def _class(self, figure, lang: str) -> str | None:
        if lang == "zh":
            return zh_class(fold(figure.noun))
        return en_class(self.text, figure.noun, _noun_end(self.text, figure))


#: Values below this are too common to tell a restated group by.
RESTATED_MIN_VALUE = 10
#: How many groups back a restatement is looked for (a second version of an article, a
#: translation under its original), and how many headline claims of a metric are kept:
#: bounds that keep the whole linear in the length of the text.
RESTATED_WINDOW = 24


def _join_restated(ops: list[str], keys, fixed: list[bool] | None = None) -> None:
    """Relabel a group as an earlier one when it restates that group's figures: at least two
    of its claims, and at least half, have ranges that meet a claim of the earlier group
    (a second version of the article, the Chinese of an English passage).

    >>> ops = ["a", "a", "b", "b", "c"]
    >>> keys = [("cases", 147, 147), ("accounts", 210000, 210000), ("cases", 147, 147),
    ...         ("accounts", 210000, 220000), ("cases", 147, 147)]
    >>> _join_restated(ops, keys); ops
    ['a', 'a', 'a', 'a', 'c']
    """
    groups: dict[str, list[int]] = {}
    for i, op in enumerate(ops):
        if not (fixed and fixed[i]):
            groups.setdefault(op, []).append(i)
    order = list(groups)
    label = {op: op for op in order}
    ranges = {op: [(keys[j][1], keys[j][2]) for j in members[:RESTATED_WINDOW]]
              for op, members in groups.items()}
    for position, op in enumerate(order):
        members = [i for i in groups[op][:RESTATED_WINDOW] if keys[i][1] >= RESTATED_MIN_VALUE]
        if len(members) < 2:
            continue
        best, best_hits = None, 0
        for earlier in order[max(0, position - RESTATED_WINDOW):position]:
            hits = sum(1 for i in members
                       if any(keys[i][1] <= high and low <= keys[i][2]
                              for low, high in ranges[earlier]))
            if hits > best_hits:
                best, best_hits = earlier, hits
        size = min(len(groups[op]), RESTATED_WINDOW)
        if best is not None and best_hits >= 2 and 2 * best_hits >= size:
            label[op] = label[best]
    for i, op in enumerate(ops):
        if op in label:
            ops[i] = label[op]


def _noun_end(text: str, figure) -> int:
    """Where a figure's counted noun ends in the text (just after the figure if none)."""
    if not figure.noun:
        return figure.end
    last = figure.noun.split()[-1]
    position = text.find(last, figure.end, figure.end + 200)
    return position + len(last) if position >= 0 else figure.end


def _title_paragraphs(paras: list[Span]) -> set[int]:
    """The paragraphs before the first that holds a full stop: the title block."""
    titles = set()
    for para in paras:
        if re.search(r"[.!?。！？]\s|[.!?。！？]$|[。！？]", para.text):
            break
        titles.add(para.paragraph)
    return titles
