"""Split a text into numbered paragraphs and sentences, keeping character offsets.

Examples
--------
>>> doc = "Title\\n\\nOne. Two more.\\n\\nThree."
>>> [(p.number, p.text) for p in paragraphs(doc)]
[(1, 'Title'), (2, 'One. Two more.'), (3, 'Three.')]
>>> [(s.paragraph, s.text) for s in sentences(doc)]
[(1, 'Title'), (2, 'One.'), (2, 'Two more.'), (3, 'Three.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[“\"‘(]?[A-Z0-9])|(?<=[。！？])")


@dataclass(frozen=True)
class Span:
    """A stretch of the text: a paragraph or a sentence, numbered by paragraph."""

    paragraph: int
    start: int
    end: int
    text: str

    @property
    def number(self) -> int:
        return self.paragraph


def paragraphs(text: str) -> list[Span]:
    """The text's paragraphs (separated by blank lines), numbered from 1."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        body = match.group()
        if not body.strip():
            continue
        lead = len(body) - len(body.lstrip())
        trimmed = body.strip()
        start = match.start() + lead
        spans.append(Span(len(spans) + 1, start, start + len(trimmed), trimmed))
    return spans


def sentences(text: str) -> list[Span]:
    """The text's sentences, each tagged with its paragraph number."""
    spans = []
    for para in paragraphs(text):
        cursor = 0
        for boundary in list(_SENTENCE_END.finditer(para.text)) + [None]:
            stop = boundary.start() if boundary else len(para.text)
            piece = para.text[cursor:stop]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                start = para.start + cursor + lead
                spans.append(Span(para.number, start, start + len(piece.strip()), piece.strip()))
            if boundary:
                cursor = boundary.end()
    return spans


def containing(spans: list[Span], position: int) -> Span | None:
    """The span that contains character ``position``, if any."""
    for span in spans:
        if span.start <= position < span.end:
            return span
    return None
