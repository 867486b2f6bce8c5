"""The operations a bulletin's text opens itself, and the sentences that give its totals.

With no pack (or for a passage a pack's cues do not name), a claim's operation comes from
the text's layout and grammar, read left to right (the words are in
``lexicon/<lang>/structure.toml``, the phrases in :mod:`bulletin.claims.openers`):

1. **An opened passage.** A phrase at the start of a sentence or clause opens an
   operation's passage, which runs to the next such phrase, to a sentence that opens with
   an ellipsis or to the end of the paragraph: "In the crackdown on …", "During the …
   operation", "As for …", "First, …", a sentence that launches one ("… to carry out
   special actions to crack down on …", "cracked down on …"), a quoted name at a
   paragraph's start ("“Sky Net” project …"), a place below the campaign ("In Qingpu
   District, …"); 在…中/上/方面, …行动中, …行动开展以来, “…”行动, 深化“…”, 一是/二是…,
   （一）…, 一、…, 针对…. An **example case** ("In one case", "For example", the first case
   of …; 如/一起…案) is a passage of its own. A phrase that names nothing but the campaign
   opens none: its claims are the headline.
2. **Layout.** Each paragraph starts as ``headline``. A bullet item (•, -, ■ …) is a group
   of its own; a section number (01, 一、), a heading line, or an enumerated heading with
   no figures opens a section that runs to the next; a paragraph or sentence that opens on
   a further line of work (Meanwhile, At the same time, 同时, 此外) or with a speaker
   (张某表示，) is a group of its own, named by its first claim's noun.
3. **A crime class named by the counted noun** ("cases of fraud", "gambling suspects",
   侵犯公民个人信息类案件, 赌博团伙, 现行命案) opens that line of work for the rest of the
   paragraph (in English, the earlier claims of its sentence too), unless the paragraph is
   a title or a section, or the class is the campaign's own (its words stand in the title:
   the headline). A class made only of general words (online, criminal, 网络犯罪, 本省)
   names nothing; after a parts marker (其中, "Among them") a class still names its own.
4. **Campaign-wide totals**: a sentence whose totals marker (A total of, so far this year,
   共 before a result verb, 共计, 累计, …以来) comes before its first claim, a title line,
   and the first sentence that holds claims bring the paragraph back to ``headline``.
5. **Restatements.** A unit whose every claim restates a headline claim is the headline;
   a group at least two of whose claims, and at least half, restate claims of one of the
   24 groups before it is that group (the Chinese original under an English paragraph).

``unassigned`` is left only for a claim outside every sentence. A breakdown ("Of the 634
suspects, 205 …") stays in the group of what it breaks down.

Operation ids are made from whole phrases: a quoted name (“Protecting Seedlings” →
``protecting_seedlings``; “断卡”行动 and “网络水军”账号 → ``断卡行动``, ``网络水军行动``), else the
phrase without its frame and leading verbs; English ids have at most six words and are cut
where a phrase begins (before "of", "using"), Chinese ids at most 16 characters, cut only
at a 的, 和, 、 (a longer one with no such place is kept whole).

Examples
--------
>>> [operation_id("crackdown on telecom fraud", "en"), operation_id("严打“侵犯公民个人信息”行动", "zh")]
['crackdown_on_telecom_fraud', '侵犯公民个人信息行动']
"""

from __future__ import annotations

import bisect
import re

from bulletin.claims.openers import (
    CLAIM_DIGIT,
    ENUMERATED_HEADING,
    EN_GENERAL,
    EN_PARTS,
    EN_TOTALS,
    FURTHER,
    HEADLINE,
    Opener,
    UNASSIGNED,
    ZH_GENERAL,
    ZH_PARTS,
    ZH_QUOTES,
    ZH_TOTALS,
    campaign_name,
    ellipses,
    en_class,
    en_openers,
    examples,
    further,
    operation_id,
    topic_words,
    with_examples,
    zh_class,
    zh_openers,
)
from bulletin.text.language import fold
from bulletin.text.spans import Index, Span

__all__ = ["HEADLINE", "UNASSIGNED", "Structure", "operation_id"]


# --- the whole -----------------------------------------------------------------------------

def _fresh_name(figure, lang: str, used: set[str]) -> str:
    """An id for a group no phrase names: its first claim's noun, ``_2``, ``_3`` added when
    that id is taken already."""
    noun = figure.noun or ""
    if lang == "zh":
        name = re.sub(r"[^0-9A-Za-z\u3400-\u9fff]+", "_", ZH_QUOTES.sub("", fold(noun)))
    else:
        name = "_".join(topic_words(noun)[:4])
    base = name.strip("_") or "item"
    name, suffix = base, 2
    while name in used:
        name, suffix = f"{base}_{suffix}", suffix + 1
    used.add(name)
    return name


class _Scan:
    """The state of one left-to-right pass over the claims: the operation open at the
    claim (``opened``, from an opener's passage), else the line of work of its paragraph
    (``current``: ``headline`` until a class or a totals sentence changes it)."""

    def __init__(self):
        self.paragraph, self.sentence, self.opener = None, None, None
        self.current, self.opened, self.new_sentence, self.fresh = HEADLINE, None, False, False
        #: The claims of the sentence so far that name no class, and the line they are in.
        self.plain: list[int] = []
        self.plain_op = HEADLINE
        #: True in the lead: the first sentence after the title block that holds claims.
        self.lead = False
        #: The ids given so far to groups no phrase names.
        self.used: set[str] = set()

    def enter(self, sentence: Span, opener: "Opener | None") -> bool:
        """Move to the claim in ``sentence``; True when it opens a new paragraph."""
        new_paragraph = sentence.paragraph != self.paragraph
        if new_paragraph:
            self.paragraph, self.current, self.opener, self.opened = \
                sentence.paragraph, HEADLINE, None, None
        self.new_sentence = sentence.start != self.sentence
        self.sentence = sentence.start
        self.fresh = False
        if opener is not self.opener:
            self.opener = opener
            self.opened = opener.operation if opener is not None else None
            if opener is not None and opener.operation is None:
                self.current = HEADLINE  # a passage of the campaign itself, or a cut
                self.fresh = opener.fresh
        return new_paragraph


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
        openers = en_openers(text, en_sents) + zh_openers(folded, zh_sents, self.campaign) \
            + ellipses(text, sents)
        openers = with_examples(openers, examples(text, folded, en_sents, zh_sents)
                                 + further(text, folded, sents, lang_at))
        openers.sort(key=lambda o: o.start)
        self.openers = openers
        self._opener_starts = [o.start for o in openers]
        self._markers: dict[tuple[str, int], int | None] = {}
        body_paras = [p for p in paras if p.start >= body_start]
        self.title_paragraphs = _title_paragraphs(body_paras)
        self.bullets, self.sections = _layout(body_paras, self.title_paragraphs)
        self.further = {p.paragraph for p in body_paras
                        if FURTHER[lang_at(p.start)].match(folded, p.start, p.end)}
        self.title = "".join(fold(p.text) for p in body_paras if p.paragraph in self.title_paragraphs)

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
            pattern = (ZH_TOTALS if zh else EN_TOTALS) if kind == "totals" else \
                (ZH_PARTS if zh else EN_PARTS)
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

    def parts_marker(self, sentence: int, position: int) -> int | None:
        """Where the parts marker (其中, "Among them") stands that ``position`` follows: in
        its sentence (number ``sentence``) before it, or at the start of that sentence."""
        span = self.sentences.spans[sentence]
        part = self._first_marker("parts", span)
        return part if part is not None and part < position else None

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
        lead = next((s for s in sentence_of if s >= 0 and self.sentences.spans[s].paragraph
                     not in self.title_paragraphs), None)
        fixed = [bool(pack_ops) and pack_ops[i] != UNASSIGNED for i in range(n)]
        scan = _Scan()
        for i, figure in enumerate(figures):
            if fixed[i]:
                ops[i] = pack_ops[i]
                continue
            if sentence_of[i] < 0:
                ops[i] = UNASSIGNED
                continue
            sentence = self.sentences.spans[sentence_of[i]]
            if scan.enter(sentence, self.opener_at(figure.start, sentence.paragraph)):
                scan.current = self._layout_group(sentence.paragraph, figure, langs[i], scan.used)
            if scan.fresh:
                scan.current = _fresh_name(figure, langs[i], scan.used)
            if scan.new_sentence:
                scan.plain = []
            if scan.opened is not None:
                ops[i] = scan.opened
                continue
            if scan.new_sentence:
                self._sentence_start(scan, sentence, first_in_sentence[sentence_of[i]],
                                     sentence_of[i] == first_sentence)
                scan.lead = sentence_of[i] == lead
            ops[i] = self._line_of_work(scan, ops, i, figure, langs[i], sentence)
        if keys:
            self._restated(ops, keys, unit_of, fixed)
            _join_restated(ops, keys, fixed if pack_ops else None)
        return ops

    def _sentence_start(self, scan: "_Scan", sentence: Span, first_claim: int, first: bool) -> None:
        """A new sentence outside sections and bullet items is the headline when it holds a
        totals marker before its first claim, is a title line or the first with claims."""
        paragraph = sentence.paragraph
        if paragraph not in self.sections and paragraph not in self.bullets:
            if self.headline_marker(sentence, first_claim) or paragraph in self.title_paragraphs \
                    or first:
                scan.current = HEADLINE
        scan.plain_op = scan.current

    def _line_of_work(self, scan: "_Scan", ops, i: int, figure, lang: str, sentence: Span) -> str:
        """The group of a claim outside any opened passage: the class its noun names opens
        a line of work (in English, for its sentence's earlier plain claims too), else the
        paragraph's current line."""
        own = self._class(figure, lang)
        if own and sentence.paragraph not in self.title_paragraphs \
                and sentence.paragraph not in self.sections:
            scan.current = HEADLINE if self._campaign_class(own, scan.lead) else own
            if lang == "en":  # "30 suspects … in 12 firework cases": the sentence's class
                for j in scan.plain:
                    ops[j] = scan.current
            scan.plain = []
        elif scan.current == scan.plain_op:
            scan.plain.append(i)
        return scan.current

    def _restated(self, ops, keys, unit_of, fixed) -> None:
        """A unit (segment or sentence) of a line of work whose every claim restates a
        headline claim (the same metric, ranges that meet) is the headline: a second
        version of the article, the lead restated."""
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
            if any(fixed[i] or ops[i] == HEADLINE for i in members):
                continue
            def restates(i):
                metric, low, high = keys[i]
                return any(low <= h_high and h_low <= high for h_low, h_high in headline.get(metric, ()))
            if all(restates(i) for i in members):
                for i in members:
                    ops[i] = HEADLINE

    def _campaign_class(self, name: str, lead: bool = False) -> bool:
        """True when a class is the campaign's own: its words stand in the title block (a
        drug bulletin's 毒品犯罪案件; in the lead sentence, "fraud cases" under "Police
        crackdown on fraud against elderly": at least half its words)."""
        if not self.title:
            return False
        if not re.search(r"[\u3400-\u9fff]", name):
            words = [w for w in name.split("_") if w not in EN_GENERAL]
            title = self.title.lower()
            found = sum(1 for w in words if re.search(rf"\b{re.escape(w)}", title))
            return lead and bool(words) and 2 * found >= len(words)
        core = name
        for word in ZH_GENERAL:
            core = core.replace(word, "")
        core = core.strip("_")
        return len(core) >= 2 and core in self.title

    def _layout_group(self, paragraph: int, figure, lang: str, used: set[str]) -> str:
        """The group a paragraph opens by its layout: its section's (a heading or a section
        number above it), a group of its own for a bullet item (named by its first claim's
        noun), else ``headline``."""
        if paragraph in self.sections:
            return self.sections[paragraph]
        if paragraph not in self.bullets and paragraph not in self.further:
            return HEADLINE
        return _fresh_name(figure, lang, used)

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


_BULLET = re.compile(r"^\s*[•·●○■□◆◇▲△★☆▪►▶✔\-\*]\s*")
_SECTION_NUMBER = re.compile(
    r"^\s*(?:0?\d{1,2}|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
    r"\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十\d]{1,3}(?:部分|章|节))")
_SENTENCE_END = re.compile(r"[。！？!?；;]|[.](?:\s|$)")
#: A heading: a line of at most this many characters with no full stop.
HEADING_MAX = 40


def _layout(paras: list[Span], titles: set[int]) -> tuple[set[int], dict[int, str]]:
    """The bullet items (paragraphs opening with a bullet sign) and the sections of a text:
    a section opens at a section number (``01``, ``一、``, ``（一）``) or a heading (a short
    line with no full stop, after the title block, before a paragraph of text) and runs to
    the next; the value is its id, from the heading's words.

    >>> ps = [Span(n, 0, 0, t) for n, t in enumerate(["标题", "01", "侦破积案创新高",
    ...                                                "共侦破积案129起。", "• 打掉团伙7个"])]
    >>> _layout(ps, {0})
    ({4}, {1: '侦破积案创新高', 2: '侦破积案创新高', 3: '侦破积案创新高'})
    """
    bullets = {p.paragraph for p in paras if _BULLET.match(p.text)}
    sections: dict[int, str] = {}
    current = None
    for index, para in enumerate(paras):
        if para.paragraph in titles or para.paragraph in bullets:
            if current is not None and para.paragraph not in bullets:
                sections[para.paragraph] = current
            continue
        text = para.text.strip()
        number = _SECTION_NUMBER.match(text)
        heading = len(text) <= HEADING_MAX and not _SENTENCE_END.search(text)
        following = paras[index + 1] if index + 1 < len(paras) else None
        if number and (number.end() == len(text) or heading):
            words = text[number.end():].strip() or (following.text.strip() if following else "")
            current = _heading_id(words, para.paragraph)
        elif heading and following is not None and following.paragraph not in bullets \
                and _SENTENCE_END.search(following.text):
            current = _heading_id(text, para.paragraph)
        elif not CLAIM_DIGIT.search(text) and ENUMERATED_HEADING.match(text):
            enumerated = ENUMERATED_HEADING.match(text)
            current = _heading_id(enumerated.group("body") or enumerated.group("zh"), para.paragraph)
        if current is not None:
            sections[para.paragraph] = current
    return bullets, sections


def _heading_id(words: str, paragraph: int) -> str:
    lang = "zh" if re.search(r"[\u3400-\u9fff]", words) else "en"
    name = operation_id(fold(words), lang) if words else UNASSIGNED
    return name if name != UNASSIGNED else f"section_{paragraph}"


def _title_paragraphs(paras: list[Span]) -> set[int]:
    """The paragraphs before the first that holds a full stop: the title block."""
    titles = set()
    for para in paras:
        if re.search(r"[.!?。！？]\s|[.!?。！？]$|[。！？]", para.text):
            break
        titles.add(para.paragraph)
    return titles
