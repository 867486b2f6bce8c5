"""The claims of a bulletin: its count figures, each tied to an operation and a metric.

A *claim* is a ``count`` figure found by :mod:`bulletin.figures.en` (English) or
:mod:`bulletin.figures.zh` (Chinese), that :mod:`bulletin.claims.nonclaims` does not rule out, plus:

- ``operation``: with a pack's operations (``operations``), the operation whose passage
  holds it: a passage opens at the sentence that holds one of the operation's cue phrases
  (``cues_en`` in English text, ``cues_zh`` in Chinese) and runs to the next such sentence
  or the end of the paragraph; an operation whose ``extent`` is ``sentence`` (the headline
  totals) covers its cue's sentence only. Without a pack, or where the pack names no
  passage, the operation comes from the text's own structure (:mod:`bulletin.claims.structure`):
  the passage the text opens, the crime class the noun names, the ``headline`` role of
  campaign-wide totals, else the passage (segment or sentence) as its own group.
- ``metric``: from the counted noun and the verb, by the shared ``metrics.csv``
  (:func:`bulletin.lexicon.metrics.assign_metric`), one vocabulary for both languages; a
  noun no metric names falls back to its class (persons, cases, organisations, items,
  money), a share with none to its kind (percent, points, rate, times). An English noun
  keeps ``measure`` empty, a Chinese one has its measure word there (名, 起, 个).
- ``paragraph``, ``quote`` (the sentence), ``lang`` (the language it was read in) and
  ``clause`` (the clause that holds it, see :mod:`bulletin.text.spans`).
- ``same_as``: for a restatement (the same metric, value and qualifier stated again, a
  headline in the lead and again in the body), the row of its first statement (0-based),
  so that a check counts the figure once; empty otherwise (:func:`link_restatements`).

A count with no noun after a parts marker takes its antecedent's (:func:`breakdown_nouns`:
"Of the 634 suspects, 205 …").

The language is read from the script of each paragraph (:mod:`bulletin.text.language`), so a
bilingual text is read with both finders; ``lang`` forces one.

:func:`account` lists every numeral and number word that is *not* in a claim, with the
reason, so that nothing in the text is lost. Both run in time linear in the text.

Examples
--------
>>> text = "Report\\n\\nIn the “Protecting Seedlings” campaign, police saved more than 120 minors."
>>> [(c.operation, c.metric, c.value, c.qualifier) for c in build_claims(text)]
[('protecting_seedlings', 'minors_rescued', 120, 'more_than')]
>>> zh = "共侦破案件3.7万余起，抓获犯罪嫌疑人8万余名。在“护苗”行动中，打掉网站16个。"
>>> [(c.operation, c.metric, c.value, c.qualifier) for c in build_claims(zh)]
[('headline', 'cases', 37000, 'more_than'), ('headline', 'suspects', 80000, 'more_than'), ('护苗行动', 'websites_shut', 16, 'exact')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, replace

from bulletin.claims import nonclaims
from bulletin.errors import BulletinError
from bulletin.patterns import LazyPattern
from bulletin.figures.en import scan
from bulletin.figures.model import SHARE_KINDS, Figure, Rejection
from bulletin.text.language import LANGUAGES, fold, language_runs
from bulletin.lexicon.numberwords import CARDINAL_WORDS, ORDINAL_PATTERN
from bulletin.figures.readings import DEFAULT_READING, figure_range
from bulletin.lexicon.metrics import FALLBACKS, assign_metric, load_metrics
from bulletin.packs.operations import Operation
from bulletin.claims.structure import HEADLINE, UNASSIGNED, Structure
from bulletin.text.spans import ClauseIndex, Index, Span, header_end, paragraphs, segments, sentences
from bulletin.lexicon.verbs import chinese_verb

__all__ = ["Claim", "Unclaimed", "Reading", "account", "build_claims", "link_restatements", "breakdown_nouns", "numeral_tokens",
           "passages", "read", "figures_of", "unclaimed", "HEADLINE", "UNASSIGNED", "ENUMERATION", "NOT_A_CLAIM_REASONS"]

NOT_A_CLAIM_REASONS = nonclaims.NOT_A_CLAIM_REASONS
ENUMERATION = nonclaims.ENUMERATION
UNEXPLAINED = "unexplained"
_NO_LANGUAGE = ("cannot tell the language of the text: it holds neither Chinese characters nor "
                "Latin letters (or mostly another script); give it with --lang en or --lang zh")

_NUMERAL_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
_WORD_TOKEN = re.compile(
    rf"\b(?:{'|'.join(CARDINAL_WORDS)})\b|{ORDINAL_PATTERN}", re.IGNORECASE
)
#: Chinese numerals (compiled on first use: an English text never needs them).
_ZH_NUMERAL_TOKEN = LazyPattern(
    r"[0-9０-９]+(?:[.,．，][0-9０-９]+)*"
    r"|[〇零一二两兩三四五六七八九十拾壹贰貳叁參肆伍陆陸柒捌玖]"
    r"[〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億壹贰貳叁參肆伍陆陸柒捌玖]*"
)
_ZH_UNIT = LazyPattern(r"[十拾百佰千仟万萬亿億]")


@dataclass(frozen=True)
class Claim(Figure):
    """A figure the bulletin states as a result: a :class:`Figure` with its operation,
    metric, paragraph number, sentence, language and clause."""

    operation: str = UNASSIGNED
    metric: str = ""
    paragraph: int = 0
    quote: str = ""
    lang: str = ""
    clause: str = ""
    #: For a restatement (the same metric, value and qualifier stated again: a headline in
    #: the lead and again in the body), the row of its first statement in the claims table
    #: (0-based, in table order); empty for a first statement.
    same_as: str = ""


@dataclass(frozen=True)
class Unclaimed:
    """A numeral or number word that is not part of a claim, and why."""

    start: int
    end: int
    text: str
    paragraph: int
    reason: str
    lang: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Reading:
    """Everything read from one text, once: what :func:`build_claims` and :func:`account`
    report. Build it with :func:`read`."""

    text: str
    runs: list[tuple[int, int, str]]
    paragraphs: list[Span]
    sentences: Index
    clauses: ClauseIndex
    figures: list[tuple[Figure, str]]
    rejections: list[tuple[Rejection, str]]
    excluded: list[tuple[Figure, str, str]]
    spans: list[tuple[int, int, str]]
    claims: list[Claim]

    def __post_init__(self):
        self._run_starts = [run[0] for run in self.runs]

    def lang_at(self, position: int) -> str:
        """The language of the run that holds ``position``."""
        index = max(0, bisect.bisect_right(self._run_starts, position) - 1)
        return self.runs[index][2]


# --- pack passages -------------------------------------------------------------------------

def passages(sents: list[Span], operations: list[Operation],
             langs: list[str] | None = None) -> list[tuple[Span, str]]:
    """Pair each sentence with the pack operation whose passage it belongs to (see module doc).

    ``langs`` gives each sentence's language (``en`` when omitted): English sentences are
    matched with ``cues_en`` (case-insensitively), Chinese ones with ``cues_zh``, in
    simplified script.
    """
    cues = {
        "en": [(cue.lower(), op.operation) for op in operations for cue in op.cues_en],
        "zh": ([(fold(cue), op.operation) for op in operations for cue in op.cues_zh]
               if langs and "zh" in langs else []),  # only read for Chinese sentences
    }
    one_sentence = {op.operation for op in operations if op.extent == "sentence"}
    paired = []
    current, paragraph = UNASSIGNED, None
    for index, sentence in enumerate(sents):
        lang = langs[index] if langs else "en"
        if sentence.paragraph != paragraph or current in one_sentence:
            current, paragraph = UNASSIGNED, sentence.paragraph
        body = sentence.text.lower() if lang == "en" else fold(sentence.text)
        hits = [(body.find(cue), op) for cue, op in cues[lang] if cue and cue in body]
        if hits:
            current = min(hits)[1]
        paired.append((sentence, current))
    return paired


# --- the finders, run by language ----------------------------------------------------------

def _shift(item, offset: int):
    return item if offset == 0 else replace(item, start=item.start + offset,
                                            end=item.end + offset)


def _chinese_figure(figure: Figure, folded: str) -> Figure:
    """A Chinese figure with a verb: the finder's, else the last verb before it in its clause."""
    if figure.verb or figure.kind != "count":
        return figure
    verb = chinese_verb(folded, figure.start)
    return replace(figure, verb=verb) if verb else figure


def _scan_zh(text: str, reading: str):
    """The Chinese finder's scan, imported on first use: an English text never pays for
    compiling the Chinese patterns."""
    from bulletin.figures.zh import scan_zh

    return scan_zh(text, reading)


def _scan_runs(text: str, folded: str, runs, reading: str):
    figures: list[tuple[Figure, str]] = []
    rejections: list[tuple[Rejection, str]] = []
    for start, end, lang in runs:
        whole = start == 0 and end == len(text)
        chunk = text if whole else text[start:end]
        found = scan(chunk, reading) if lang == "en" else _scan_zh(chunk, reading)
        for figure in found.figures:
            figure = _shift(figure, start)
            if lang == "zh":
                figure = _chinese_figure(figure, folded)
            figures.append((figure, lang))
        rejections.extend((_shift(r, start), lang) for r in found.rejections)
    return figures, rejections


def figures_of(text: str, reading: str = DEFAULT_READING,
               lang: str | None = None) -> list[tuple[Figure, str]]:
    """Every figure of ``text`` with the language it was read in, in text order.

    >>> [(f.text, lang) for f, lang in figures_of("Police solved 12 cases.\\n侦破案件3起。")]
    [('12', 'en'), ('3', 'zh')]
    """
    _check_lang(lang)
    runs = language_runs(text, paragraphs(text), lang)
    if not runs:
        raise BulletinError(_NO_LANGUAGE)
    folded = fold(text) if any(run[2] == "zh" for run in runs) else text
    return _scan_runs(text, folded, runs, reading)[0]


# --- reading a text ------------------------------------------------------------------------

class _Intervals:
    """Labelled intervals in text order, looked up by position in logarithmic time."""

    def __init__(self, items: list[tuple[int, int, str]]):
        self.items = sorted(items)
        self.starts = [s for s, _, _ in self.items]
        self.reach = []
        best = -1
        for index, (_, end, _) in enumerate(self.items):
            if best < 0 or end > self.items[best][1]:
                best = index
            self.reach.append(best)

    def at(self, position: int) -> str | None:
        index = bisect.bisect_right(self.starts, position) - 1
        if index < 0:
            return None
        start, end, label = self.items[index]
        if position < end:
            return label
        start, end, label = self.items[self.reach[index]]
        return label if start <= position < end else None


def _check_lang(lang: str | None) -> None:
    if lang is not None and lang not in LANGUAGES:
        raise BulletinError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")


def read(text: str, reading: str = DEFAULT_READING, operations: list[Operation] | None = None,
         metrics=None, lang: str | None = None) -> Reading:
    """Read ``text`` once: its language runs, spans, figures, exclusions and claims.

    Raises
    ------
    BulletinError
        When ``lang`` is unknown, or not given and the text is in neither language.
    """
    _check_lang(lang)
    metrics = load_metrics() if metrics is None else metrics
    paras = paragraphs(text)
    runs = language_runs(text, paras, lang)
    if not runs:
        raise BulletinError(_NO_LANGUAGE)
    folded = fold(text) if any(run[2] == "zh" for run in runs) else text
    figures, rejections = _scan_runs(text, folded, runs, reading)
    sents = sentences(text, paras)
    segs = segments(text, sents)
    sentence_index, clause_index = Index(sents), ClauseIndex(text, segs)
    body = header_end(text)
    spans = ([(0, body, nonclaims.HEADER)] if body else []) + nonclaims.text_spans(text)
    span_index = _Intervals(spans)
    result = Reading(text, runs, paras, sentence_index, clause_index, figures, rejections, [],
                     spans, [])
    candidates = _candidates(text, folded, figures, sentence_index, span_index, result.excluded)
    pack_ops = None
    if operations:
        sent_langs = [result.lang_at(s.start) for s in sents]
        paired = passages(sents, operations, sent_langs)
        pack_ops = []
        for figure, _ in candidates:
            index = sentence_index.position(figure.start)
            pack_ops.append(paired[index][1] if index >= 0 else UNASSIGNED)
    counts = [i for i, (f, _) in enumerate(candidates) if f.kind not in SHARE_KINDS]
    structure = Structure(text, folded, paras, sents, segs, clause_index, result.lang_at, body,
                          candidates[counts[0]][0].start if counts else None)
    candidates = breakdown_nouns(candidates, structure)
    metric_of = []
    keys = []
    for figure, flang in candidates:
        metric = _metric(figure, flang, metrics)
        metric_of.append(metric)
        low, high = figure_range(figure.value, figure.qualifier, "step") \
            if figure.qualifier != "range" else (figure.low, figure.high)
        keys.append((metric, low, high))
    count_ops = structure.assign([candidates[i][0] for i in counts],
                                 [candidates[i][1] for i in counts],
                                 [pack_ops[i] for i in counts] if pack_ops else pack_ops,
                                 [keys[i] for i in counts])
    ops = [HEADLINE] * len(candidates)
    for i, op in zip(counts, count_ops):
        ops[i] = op
    ops = _shares_follow_their_count([f for f, _ in candidates], ops, sentence_index)
    for (figure, flang), operation, metric in zip(candidates, ops, metric_of):
        sentence = sentence_index.at(figure.start)
        clause = clause_index.at(figure.start)
        result.claims.append(Claim(
            **vars(figure),
            operation=operation,
            metric=metric,
            paragraph=sentence.paragraph if sentence else 0,
            quote=sentence.text if sentence else "",
            lang=flang,
            clause=clause.text if clause else "",
        ))
    result.claims = link_restatements(result.claims)
    return result


def _metric(figure: Figure, lang: str, metrics) -> str:
    """The metric of a claim: from its noun, verb and measure; a share (a percentage, a
    rate) that no metric names is its kind, never its noun's words."""
    noun = fold(figure.noun) if lang == "zh" else figure.noun
    verb = fold(figure.verb) if lang == "zh" else figure.verb
    metric = assign_metric(noun, metrics, verb, figure.measure)
    if figure.kind in SHARE_KINDS and metric in FALLBACKS:
        return figure.kind
    return metric


def link_restatements(claims: list[Claim]) -> list[Claim]:
    """The claims with ``same_as`` set on each restatement: a claim with the metric, kind,
    value, qualifier and range of an earlier one points to the first of them, so that a
    check counts the figure once.

    >>> text = "Police solved 4,500 cases. In all, 4,500 cases were solved and 20 gangs broken."
    >>> [(c.value, c.same_as) for c in build_claims(text)]
    [(4500, ''), (4500, '0'), (20, '')]
    """
    first: dict[tuple, int] = {}
    linked = []
    for index, claim in enumerate(claims):
        key = (claim.metric, claim.kind, claim.value, claim.qualifier, claim.low, claim.high)
        earlier = first.setdefault(key, index)
        linked.append(claim if earlier == index else replace(claim, same_as=str(earlier)))
    return linked


def breakdown_nouns(candidates: list[tuple[Figure, str]], structure: Structure):
    """The claims with the noun a breakdown leaves out filled in: a count with no noun
    after a parts marker (其中, "including", "Among them") breaks down the last claim before
    the marker, in its sentence or the one before, and counts what it counts (in Chinese,
    with the same measure word).

    >>> t = "Police arrested 1,222 individuals, including 1,105 at home."
    >>> [(c.value, c.noun) for c in build_claims(t)]
    [(1222, 'individuals'), (1105, 'individuals')]
    >>> [(c.value, c.noun) for c in build_claims("共抓获逃犯204名，其中潜逃20年以上的90名。")]
    [(204, '逃犯'), (90, '逃犯')]
    >>> t = "Police shut 430 websites. Of the 9,800 suspects, 2,100 were gang members."
    >>> [(c.value, c.noun) for c in build_claims(t)]
    [(430, 'websites'), (9800, 'suspects'), (2100, 'suspects')]
    """
    filled = []
    for index, (figure, lang) in enumerate(candidates):
        if not figure.noun and figure.kind == "count":
            source = _antecedent(candidates, index, structure)
            if source is not None:
                figure = replace(figure, noun=source.noun)
        filled.append((figure, lang))
    return filled


#: How far after a parts marker a figure may start and still be the total the marker names
#: ("Of the 634 suspects", "among the 30 cases").
_MARKER_REACH = 12


def _antecedent(candidates, index: int, structure: Structure) -> Figure | None:
    figure, lang = candidates[index]
    here = structure.sentences.position(figure.start)
    if here < 0:
        return None
    marker = structure.parts_marker(here, figure.start)
    if marker is None:
        return None
    for back in range(index - 1, -1, -1):
        earlier, earlier_lang = candidates[back]
        if earlier.start >= marker and earlier.start - marker <= _MARKER_REACH and earlier.noun:
            return earlier  # "Of the 634 suspects, 205 …": the marker names the total
        if earlier.start >= marker or earlier.kind in SHARE_KINDS:
            continue
        if earlier_lang != lang or structure.sentences.position(earlier.start) < here - 1:
            return None
        if earlier.noun and (lang == "en" or earlier.measure == figure.measure):
            return earlier
    return None


def _candidates(text: str, folded: str, figures, sentence_index, span_index,
                excluded: list) -> list[tuple[Figure, str]]:
    """The figures that may be claims, in order; the others go to ``excluded`` with their
    reason. A count of places covered becomes kind ``places``."""
    candidates: list[tuple[Figure, str]] = []
    for figure, flang in figures:
        sentence = sentence_index.at(figure.start)
        reason = span_index.at(figure.start)
        if reason is None and flang == "zh":
            reason = nonclaims.name_reason(text, figure.start, figure.end)
        if reason is None:
            reason = (nonclaims.english_reason(text, figure, sentence.text if sentence else None)
                      if flang == "en" else nonclaims.chinese_reason(folded, figure))
        if reason:
            excluded.append((figure, reason, flang))
            continue
        if nonclaims.places(folded if flang == "zh" else text, figure, flang):
            figure = replace(figure, kind="places")  # 涉及18个省市, 31 provinces
        candidates.append((figure, flang))
    return candidates


def _shares_follow_their_count(figures: list[Figure], ops: list[str], sentence_index) -> list[str]:
    """The operations, with each share or change (a percentage, a rate, a multiple) in the
    operation of the count it describes: the last count before it in its paragraph (侦破案件
    3900起，同比上升8.4%), else the first count after it in its sentence, else the last
    count before it, else the first after it (``headline`` when there is no count)."""
    ops = list(ops)
    last_count: tuple[int, str] | None = None  # (paragraph, operation)
    any_count = None  # the operation of the last count anywhere before
    places = [sentence_index.at(f.start) for f in figures]
    for index, figure in enumerate(figures):
        place = places[index]
        paragraph = place.paragraph if place else -1
        if figure.kind not in SHARE_KINDS:
            last_count = any_count = (paragraph, ops[index])
            continue
        if last_count and last_count[0] == paragraph:
            ops[index] = last_count[1]
            continue
        later = next((j for j in range(index + 1, len(figures))
                      if figures[j].kind not in SHARE_KINDS), None)
        if later is not None and places[later] is place:
            ops[index] = ops[later]
        elif any_count is not None:
            ops[index] = any_count[1]
        elif later is not None:
            ops[index] = ops[later]
    return ops


def build_claims(text: str, reading: str = DEFAULT_READING,
                 operations: list[Operation] | None = None, metrics=None,
                 lang: str | None = None) -> list[Claim]:
    """The claims of a bulletin's text, in order.

    Parameters
    ----------
    text
        The bulletin, English or Chinese (simplified or traditional), or both.
    reading
        ``step`` (default) or ``bound``: how ``low``/``high`` read "more than" and 余.
    operations
        A pack's operations (``load_pack(folder).operations``): their cues win where they
        name a passage. ``None`` (no pack): operations come from the text alone.
    metrics
        The metrics table; by default the shared ``metrics.csv``.
    lang
        ``en`` or ``zh`` to force a language; by default read from the script.

    Examples
    --------
    >>> [(c.operation, c.metric, c.verb) for c in build_claims("A total of 62,000 cases were solved.")]
    [('headline', 'cases', 'solved')]
    """
    return read(text, reading, operations, metrics, lang).claims


# --- the accounting -------------------------------------------------------------------------

def _tokens_en(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    found = list(_NUMERAL_TOKEN.finditer(text, start, end)) + \
        list(_WORD_TOKEN.finditer(text, start, end))
    return [(m.start(), m.end(), m.group()) for m in sorted(found, key=lambda m: m.start())]


def _tokens_zh(text: str, start: int, end: int, found: list[tuple[int, int]]):
    """Arabic numerals; Chinese numerals with a unit (十, 百, 万 ...) or of three digits
    and more; and any Chinese numeral the finder read (一批, 第五)."""
    starts = [s for s, _ in found]
    tokens = []
    for match in _ZH_NUMERAL_TOKEN.finditer(text, start, end):
        token = match.group()
        if token[0].isdigit():
            tokens.append((match.start(), match.end(), token))
            continue
        index = bisect.bisect_right(starts, match.start()) - 1
        read = index >= 0 and found[index][0] <= match.start() < found[index][1]
        if read or len(token) >= 3 or (len(token) >= 2 and _ZH_UNIT.search(token)):
            tokens.append((match.start(), match.end(), token))
    return tokens


def _tokens(reading: Reading) -> list[tuple[int, int, str]]:
    found = sorted([(f.start, f.end) for f, _ in reading.figures]
                   + [(r.start, r.end) for r, _ in reading.rejections])
    tokens = []
    for start, end, lang in reading.runs:
        tokens += _tokens_en(reading.text, start, end) if lang == "en" else \
            _tokens_zh(reading.text, start, end, found)
    return tokens


def numeral_tokens(text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
    """Every numeral (``37,000``, ``3.83``, ``3.7万``'s ``3.7``) and number word (``four``,
    ``十六``) in ``text``, in order: the tokens :func:`account` accounts for.

    >>> numeral_tokens("more than 3,900 cases in four campaigns")
    [(10, 15, '3,900'), (25, 29, 'four')]
    >>> numeral_tokens("侦破案件3900余起，打掉十六个团伙。")
    [(4, 8, '3900'), (13, 15, '十六')]
    """
    try:
        reading = read(text, lang=lang)
    except BulletinError:
        return _tokens_en(text, 0, len(text))
    return _tokens(reading)


def account(text: str, reading: str = DEFAULT_READING, operations=None,
            lang: str | None = None, metrics=None) -> list[Unclaimed]:
    """Every numeral and number word in ``text`` that is not in a claim, with the reason.

    A token that no rule explains gets the reason ``"unexplained"``; a complete
    accounting has none. It runs in time linear in the text (each lookup is a bisection).

    Examples
    --------
    >>> [(u.text, u.reason) for u in account("The “Clean Internet 2021” drive found 16 websites.")]
    [('2021', 'part of a quoted name')]
    >>> [(u.text, u.reason) for u in account("6月24日15时，打掉一个团伙，关停网站16个。")]
    [('6', 'a date, not a count'), ('24', 'a date, not a count'), ('15', 'clock time'), ('一', "the indefinite 一 ('a'), not a count")]
    """
    result = read(text, reading, operations, metrics, lang)
    return unclaimed(result)


def unclaimed(result: Reading) -> list[Unclaimed]:
    """The :func:`account` of a text already :func:`read`."""
    text = result.text
    claims = _Intervals([(c.start, c.end, "claim") for c in result.claims])
    spans = _Intervals(result.spans)
    excluded = _Intervals([(f.start, f.end, reason) for f, reason, _ in result.excluded])
    rejected = _Intervals([(r.start, r.end, r.reason) for r, _ in result.rejections])
    out = []
    for start, end, token in _tokens(result):
        if claims.at(start):
            continue
        lang = result.lang_at(start)
        reason = spans.at(start) or excluded.at(start)
        if reason is None:
            reason = rejected.at(start)
            if reason is not None and lang == "zh":
                reason = nonclaims.name_reason(text, start, end) or reason
        if reason is None:
            reason = nonclaims.name_reason(text, start, end) or UNEXPLAINED
        sentence = result.sentences.at(start)
        out.append(Unclaimed(start, end, token, sentence.paragraph if sentence else 0,
                             reason, lang))
    return out
