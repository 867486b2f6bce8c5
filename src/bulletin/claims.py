"""The claims of a bulletin: its count figures, each tied to an operation and a metric.

A *claim* is a ``count`` figure found by :mod:`bulletin.figures`, plus:

- ``operation``: the operation whose passage holds it. A passage opens at the sentence
  that holds one of the operation's cue phrases (``data/reference/operations.csv``) and
  runs to the next such sentence or the end of the paragraph; an operation whose
  ``extent`` is ``sentence`` (the headline totals) covers its cue's sentence only. A
  figure outside every passage gets ``unassigned``.
- ``metric``: from the counted noun, by ``data/reference/metrics.csv``.
- ``paragraph`` and ``quote``: the paragraph number and the sentence.

:func:`account` lists every numeral and number word that is *not* in a claim, with the
reason, so that nothing in the text is lost.

Examples
--------
>>> text = "Report\\n\\nIn the “Protecting Seedlings” campaign, police saved more than 120 minors."
>>> [(c.operation, c.metric, c.value, c.qualifier) for c in build_claims(text)]
[('protecting_seedlings', 'minors_rescued', 120, 'more_than')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass

from .figures import Figure, scan
from .numberwords import CARDINAL_WORDS, ORDINAL_PATTERN
from .readings import DEFAULT_READING
from .reference import Operation, assign_metric, load_metrics, load_operations
from .text import Span, containing, sentences

UNASSIGNED = "unassigned"
NOT_A_CLAIM_REASONS = {
    "year": "a year, not a count",
    "date": "a date, not a count",
    "duration": "a duration, not a count",
    "percent": "a percentage, not a count",
}
ENUMERATION = "restates the number of quoted items listed in its sentence"

_NUMERAL_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
_WORD_TOKEN = re.compile(
    rf"\b(?:{'|'.join(CARDINAL_WORDS)})\b|{ORDINAL_PATTERN}", re.IGNORECASE
)
_QUOTED_ITEM = re.compile(r"“[^“”]+”|\"[^\"]+\"")


@dataclass(frozen=True)
class Claim(Figure):
    """A figure the bulletin states as a result: a :class:`Figure` with its operation,
    metric, paragraph number and sentence."""

    operation: str = UNASSIGNED
    metric: str = ""
    paragraph: int = 0
    quote: str = ""


@dataclass(frozen=True)
class Unclaimed:
    """A numeral or number word that is not part of a claim, and why."""

    start: int
    end: int
    text: str
    paragraph: int
    reason: str

    def as_dict(self) -> dict:
        return asdict(self)


def passages(sents: list[Span], operations: list[Operation]) -> list[tuple[Span, str]]:
    """Pair each sentence with the operation whose passage it belongs to (see module doc)."""
    cues = [(cue.lower(), op.operation) for op in operations for cue in op.cues_en]
    one_sentence = {op.operation for op in operations if op.extent == "sentence"}
    paired = []
    current, paragraph = UNASSIGNED, None
    for sentence in sents:
        if sentence.paragraph != paragraph or current in one_sentence:
            current, paragraph = UNASSIGNED, sentence.paragraph
        lowered = sentence.text.lower()
        hits = [(lowered.find(cue), op) for cue, op in cues if cue in lowered]
        if hits:
            current = min(hits)[1]
        paired.append((sentence, current))
    return paired


def _enumeration(figure: Figure, sentence: Span | None) -> bool:
    """A spelled-out number that counts the quoted items listed in its own sentence."""
    if figure.text[0].isdigit() or sentence is None or figure.qualifier != "exact":
        return False
    return 2 <= figure.value <= len(_QUOTED_ITEM.findall(sentence.text))


def _exclusion(figure: Figure, sentence: Span | None) -> str | None:
    """Why a figure is not a claim, or ``None`` when it is one."""
    if figure.kind != "count":
        return NOT_A_CLAIM_REASONS[figure.kind]
    if _enumeration(figure, sentence):
        return ENUMERATION
    return None


def build_claims(text: str, reading: str = DEFAULT_READING, operations=None,
                 metrics=None) -> list[Claim]:
    """The claims of a bulletin's English text, in order.

    ``operations`` and ``metrics`` default to the tables in ``data/reference/``.
    """
    operations = load_operations() if operations is None else operations
    metrics = load_metrics() if metrics is None else metrics
    paired = passages(sentences(text), operations)
    found = scan(text, reading)
    starts = [sentence.start for sentence, _ in paired]
    claims = []
    for figure in found.figures:
        index = bisect.bisect_right(starts, figure.start) - 1
        entry = paired[index] if index >= 0 and figure.start < paired[index][0].end else None
        sentence, operation = entry if entry else (None, UNASSIGNED)
        if _exclusion(figure, sentence):
            continue
        claims.append(Claim(
            **vars(figure),
            operation=operation,
            metric=assign_metric(figure.noun, metrics),
            paragraph=sentence.paragraph if sentence else 0,
            quote=sentence.text if sentence else "",
        ))
    return claims


def numeral_tokens(text: str) -> list[tuple[int, int, str]]:
    """Every numeral (``37,000``, ``3.83``) and number word (``four``) in ``text``, in order.

    These are the tokens :func:`account` accounts for.

    >>> numeral_tokens("more than 3,900 cases in four campaigns")
    [(10, 15, '3,900'), (25, 29, 'four')]
    """
    found = list(_NUMERAL_TOKEN.finditer(text)) + list(_WORD_TOKEN.finditer(text))
    return [(m.start(), m.end(), m.group()) for m in sorted(found, key=lambda m: m.start())]


def account(text: str, reading: str = DEFAULT_READING, operations=None) -> list[Unclaimed]:
    """Every numeral and number word in ``text`` that is not in a claim, with the reason.

    A token that no rule explains gets the reason ``"unexplained"``; a complete
    accounting has none.

    Examples
    --------
    >>> [(u.text, u.reason) for u in account("The “Clean Internet 2021” drive found 16 websites.")]
    [('2021', 'part of a quoted name')]
    """
    claims = build_claims(text, reading, operations=operations)
    found = scan(text, reading)
    sents = sentences(text)
    unclaimed = []
    for start, end, token in numeral_tokens(text):
        position = start
        if any(c.start <= position < c.end for c in claims):
            continue
        reason = "unexplained"
        rejection = next((r for r in found.rejections if r.start <= position < r.end), None)
        figure = next((f for f in found.figures if f.start <= position < f.end), None)
        if rejection:
            reason = rejection.reason
        elif figure:
            reason = _exclusion(figure, containing(sents, figure.start)) or reason
        sentence = containing(sents, position)
        unclaimed.append(Unclaimed(start, end, token, sentence.paragraph if sentence else 0,
                                   reason))
    return unclaimed
