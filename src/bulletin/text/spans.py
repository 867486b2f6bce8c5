"""Split a text into numbered paragraphs, sentences, segments and clauses, keeping offsets.

Every span's ``start``/``end`` index the text exactly as given, so a leading byte-order
mark (U+FEFF, kept by :func:`bulletin.text.load.decode`) is offset 0 and is skipped, never
part of a span. The units, from largest to smallest:

- **paragraph**: lines separated by a blank line; a single line break also ends a
  paragraph (news pages and Chinese text put one paragraph on each line), unless the
  next line goes on with a lower-case word, or the lines are hard-wrapped (each one of
  50-100 characters, ending in a letter or a comma).
- **sentence**: ends after ``.``/``!``/``?`` (and a closing quote) before a capital, a
  digit or an opening quote, not after an abbreviation ("Jan. 14", "No. 5", "U.S.");
  in Chinese after 。！？ (and a closing quote).
- **segment**: a sentence cut at ；/; (the unit a Chinese bulletin uses for one
  operation's figures).
- **clause**: a segment cut at a comma (，/,) or "and" where a new verb from
  :mod:`bulletin.lexicon.verbs` begins ("..., arrested 49,000 suspects", "侦破案件3900余起，抓获
  犯罪嫌疑人4600余名"), or at a comma before a figure (", more than 80,000 suspects were
  arrested").

Examples
--------
>>> doc = "Title\\n\\nOne. Two more.\\n\\nThree."
>>> [(p.number, p.text) for p in paragraphs(doc)]
[(1, 'Title'), (2, 'One. Two more.'), (3, 'Three.')]
>>> [(s.paragraph, s.text) for s in sentences(doc)]
[(1, 'Title'), (2, 'One.'), (2, 'Two more.'), (3, 'Three.')]
>>> [c.text for c in clauses("Police solved 12 cases, arrested 30 suspects; 4 gangs were broken.")]
['Police solved 12 cases,', 'arrested 30 suspects;', '4 gangs were broken.']
>>> [c.text for c in clauses("侦破案件3900余起，抓获犯罪嫌疑人4600余名；关停网站16个。")]
['侦破案件3900余起，', '抓获犯罪嫌疑人4600余名；', '关停网站16个。']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bulletin.lexicon.load import table
from bulletin.lexicon.verbs import CLAUSE_VERB_ZH, english_clause_starts

#: Characters skipped at the edges of spans as if they were spaces.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
_STRIP = " \t\r\n\f\v\u00a0\u3000" + _INVISIBLE
_BLOCK = re.compile(r"[^\n]+(?:\n(?![ \t\r\f\v\u3000\ufeff]*\n)[^\n]*)*")
#: Where a sentence ends: the named group ``end`` closes it (a terminator and an optional
#: closing quote or bracket). The lookahead on the terminators in front lets the scan
#: jump from terminator to terminator instead of trying every branch at every position.
_SENTENCE_END = re.compile(
    r"(?=[.!?。！？])(?:"
    r"(?P<end>[.!?][”\"’')）]?)\s+(?=[“\"‘'(（]?[A-Z0-9\u3400-\u9fff])"
    r"|(?P<end_zh>[。！？][”’」』）)\"]?)(?![”’」』）)\"。！？])"
    r"|(?P<end_mixed>[!?])(?=[\u3400-\u9fff]))"
)
#: Words that end with a full stop without ending a sentence.
ABBREVIATIONS = frozenset(table("en", "words")["text"]["abbreviations"])
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.[”\"’')）]?\s*$")
_SEGMENT_END = re.compile(r"(?<=[；;])")
#: A new English clause that opens with a figure: ", more than 80,000 suspects were ...".
_CLAUSE_FIGURE_EN = re.compile(
    r",\s+(?P<cut>(?:and\s+)?(?:(?:a\s+total\s+of|more\s+than|over|nearly|almost|about|"
    r"some|another)\s+)?\d)", re.IGNORECASE)
_ENDS_A_SENTENCE = tuple(".!?。！？:：;；”\"’)）」』")


@dataclass(frozen=True)
class Span:
    """A stretch of the text: a paragraph, sentence, segment or clause, numbered by paragraph."""

    paragraph: int
    start: int
    end: int
    text: str

    @property
    def number(self) -> int:
        return self.paragraph


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _wrapped(lines: list[str]) -> bool:
    """True when a block's lines look hard-wrapped at a fixed width."""
    body = [line.rstrip() for line in lines[:-1]]
    return len(lines) >= 3 and all(
        50 <= len(line) <= 100 and (line[-1:].isalpha() or line[-1:] in ",-")
        for line in body)


def _continues(previous: str, following: str) -> bool:
    """True when ``following`` goes on with the sentence of ``previous`` after a line break."""
    following = following.lstrip(_STRIP)
    previous = previous.rstrip(_STRIP)
    if not following or not previous:
        return False
    return following[0].islower() and following[0].isascii() \
        and not previous.endswith(_ENDS_A_SENTENCE)


def paragraphs(text: str) -> list[Span]:
    """The text's paragraphs, numbered from 1 (see the module doc for the rule).

    >>> [p.text for p in paragraphs("\\ufeffTitle\\nFirst line.\\nSecond line.")]
    ['Title', 'First line.', 'Second line.']
    >>> paragraphs("\\ufeffTitle")[0].start
    1
    """
    spans: list[Span] = []
    for block in _BLOCK.finditer(text):
        lines, starts, cursor = [], [], block.start()
        for line in block.group().split("\n"):
            lines.append(line)
            starts.append(cursor)
            cursor += len(line) + 1
        pieces: list[tuple[int, int]] = []
        if _wrapped(lines):
            pieces.append((block.start(), block.end()))
        else:
            begin = starts[0]
            for index in range(1, len(lines)):
                if not _continues(lines[index - 1], lines[index]):
                    pieces.append((begin, starts[index] - 1))
                    begin = starts[index]
            pieces.append((begin, block.end()))
        for begin, stop in pieces:
            start, end = _trimmed(text, begin, stop)
            if start < end:
                spans.append(Span(len(spans) + 1, start, end, text[start:end]))
    return spans


def _abbreviation(text: str, boundary: int) -> bool:
    word = _WORD_BEFORE.search(text, max(0, boundary - 12), boundary)
    if not word:
        return False
    token = word.group(1).lower()
    return token in ABBREVIATIONS or (len(token) == 1 and word.group(1).isupper())


def _split(text: str, span: Span, boundaries) -> list[Span]:
    pieces, cursor = [], span.start
    for boundary in boundaries:
        pieces.append((cursor, boundary))
        cursor = boundary
    pieces.append((cursor, span.end))
    spans = []
    for begin, stop in pieces:
        start, end = _trimmed(text, begin, stop)
        if start < end:
            spans.append(Span(span.paragraph, start, end, text[start:end]))
    return spans


def _sentences_of(text: str, para: Span) -> list[Span]:
    cuts = []
    for match in _SENTENCE_END.finditer(text, para.start, para.end):
        cut = match.end(match.lastgroup)
        if cut >= para.end:
            continue
        if text[cut - 1] == "." and _abbreviation(text, cut):
            continue
        cuts.append(cut)
    return _split(text, para, cuts)


def sentences(text: str, paras: list[Span] | None = None) -> list[Span]:
    """The text's sentences, each tagged with its paragraph number."""
    paras = paragraphs(text) if paras is None else paras
    return [s for para in paras for s in _sentences_of(text, para)]


def segments(text: str, sents: list[Span] | None = None) -> list[Span]:
    """The sentences cut at semicolons (；/;).

    >>> [s.text for s in segments("侦办案件6524起;侦办案件1782起。")]
    ['侦办案件6524起;', '侦办案件1782起。']
    """
    sents = sentences(text) if sents is None else sents
    return [piece for sentence in sents for piece in _split(
        text, sentence, [m.start() for m in _SEGMENT_END.finditer(text, sentence.start,
                                                                   sentence.end)
                         if m.start() < sentence.end])]


def _clauses_of(text: str, seg: Span) -> list[Span]:
    cuts = [m.start("cut") for pattern in (CLAUSE_VERB_ZH, _CLAUSE_FIGURE_EN)
            for m in pattern.finditer(text, seg.start, seg.end) if m.start("cut") > seg.start]
    cuts += [c for c in english_clause_starts(text, seg.start, seg.end) if c > seg.start]
    return _split(text, seg, sorted(set(cuts)))


def clauses(text: str, segs: list[Span] | None = None) -> list[Span]:
    """The segments cut where a new verb opens a clause (see the module doc)."""
    segs = segments(text) if segs is None else segs
    return [clause for seg in segs for clause in _clauses_of(text, seg)]


_HEADER_LINE = re.compile(r"(?:[A-Za-z][A-Za-z0-9 \-/]{0,30}|[\u3400-\u9fff]{2,8})[:：]\s")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u3000]*\n")


def header_end(text: str) -> int:
    """Where a header block at the top of the text ends (0 when there is none).

    A header is the first block of lines (up to the first blank line) when its first
    line and at least half of its lines are ``Key: value`` lines ("Title: ...",
    "Source address: ...", "来源：..."), as at the top of a saved web page or an e-mail.
    It describes the text; it is not part of it.

    >>> header_end("Title: Police solve 12 cases\\nDate: 2021-10-14\\n\\nPolice solved 12 cases.")
    47
    >>> header_end("Police solved 12 cases.\\n\\nThey also shut 3 websites.")
    0
    """
    start = 0
    while start < len(text) and text[start] in _STRIP:
        start += 1
    blank = _BLANK_LINE.search(text, start)
    if not blank:
        return 0
    lines = [line.strip(_STRIP) for line in text[start:blank.start()].split("\n")]
    keyed = [bool(_HEADER_LINE.match(line)) for line in lines]
    if keyed and keyed[0] and sum(keyed) >= 2 and 2 * sum(keyed) >= len(lines):
        return blank.end()
    return 0


class Index:
    """Spans in text order, looked up by position in logarithmic time.

    >>> index = Index(sentences("One two. Three four."))
    >>> index.at(10).text, index.at(8)
    ('Three four.', None)
    """

    def __init__(self, spans: list[Span]):
        self.spans = spans
        self.starts = [s.start for s in spans]

    def position(self, position: int) -> int:
        """The index of the span that holds ``position``, or -1."""
        index = bisect.bisect_right(self.starts, position) - 1
        if index >= 0 and position < self.spans[index].end:
            return index
        return -1

    def at(self, position: int) -> Span | None:
        """The span that holds ``position``, if any."""
        index = self.position(position)
        return self.spans[index] if index >= 0 else None


class ClauseIndex:
    """The clauses of a text, cut segment by segment when first asked for: an
    :class:`Index`-like lookup that costs nothing for segments that hold no figure.

    >>> t = "Police solved 12 cases, arrested 30 suspects."
    >>> ClauseIndex(t, segments(t)).at(30).text
    'arrested 30 suspects.'
    """

    def __init__(self, text: str, segs: list[Span]):
        self.text, self.segments = text, Index(segs)
        self._cut: dict[int, Index] = {}

    def at(self, position: int) -> Span | None:
        """The clause that holds ``position``, if any."""
        index = self.segments.position(position)
        if index < 0:
            return None
        if index not in self._cut:
            self._cut[index] = Index(_clauses_of(self.text, self.segments.spans[index]))
        return self._cut[index].at(position)


def containing(spans: list[Span], position: int) -> Span | None:
    """The span of ``spans`` (in text order, not overlapping) that holds ``position``.

    One lookup; for many, build an :class:`Index` once.

    >>> containing(sentences("One. Two."), 6).text
    'Two.'
    """
    return Index(spans).at(position)
