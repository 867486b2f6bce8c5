"""Where did a machine translation break a sentence? General rules over any English text.

:func:`find_damage` applies the rules (:data:`RULES`) to any English text and returns every
place that looks damaged: two sentences run together, a stray comma, a fragment left at a
paragraph's end, a sentence without a verb, a word repeated across "and". A pack's
``reference/damaged-sentences.csv`` lists what they find in its bulletin (and what was found
by reading), with the Chinese phrase behind each place where the sources have one
(:func:`load_damaged`); :func:`damage_table` joins the two, :func:`unexplained_damage` lists
what the rules find and the table does not explain. Analysis only: the words a reader sees
are in :mod:`bulletin.present.translation`.

>>> [(d.rule, d.text) for d in find_damage("Police shut 40 platforms There are 9 gangs.")]
[('run_on', 'platforms There')]
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

import pandas as pd

from bulletin.analysis.translation import BY_READING, DAMAGED_COLUMNS, _operation_ids
from bulletin.csvtables import read_rows
from bulletin.errors import BulletinError
from bulletin.text.spans import paragraphs, sentences


#: Function words that open an English sentence; capitalised after a lower-case word
#: with no stop between, they mark two sentences run together.
OPENERS = ("There", "The", "We", "It", "In", "This", "They", "These", "Those", "A", "An",
           "Our", "Its", "Their", "He", "She", "I", "At", "On", "For", "By", "As")
#: Function words that should not be written in capitals inside a sentence.
SMALL_WORDS = ("ON", "IN", "OF", "TO", "AND", "THE", "AT", "FOR", "BY", "WITH", "FROM",
               "OR", "AS")
#: Auxiliaries, modals and common irregular past forms: one of them, or a word ending
#: in -ed, counts as a verb for the ``verbless`` rule.
VERB_WORDS = frozenset("""am is are was were be been being has have had do does did will
would shall should can could may might must dug shut made took held found kept won led met
paid sold put got went came saw said gave told began brought caught sought fought built
""".split())
#: Verbs in the base form; a sentence (or its main clause after an opening "In ...,")
#: that starts with one has lost its subject.
BASE_VERBS = frozenset("""arrest carry cooperate crack deepen destroy detect focus handle
investigate promote punish seize shut solve strengthen continue organize organise
""".split())
#: Words that English itself doubles across "and" ("more and more").
DOUBLING_IDIOMS = frozenset("""more less again over round through better worse further
longer higher bigger smaller faster slower closer deeper""".split())
ABBREVIATIONS = frozenset({"e.g", "i.e", "etc", "vs", "cf", "al", "approx", "no"})

#: The rules of :func:`find_damage`: name -> what the rule looks for.
RULES = {
    "run_on": "a capitalised sentence opener right after a lower-case word, no stop between",
    "capitalised_small_word": "a function word in capitals inside a sentence",
    "stray_comma": "a comma after a space or after a full stop",
    "lowercase_after_stop": "a full stop followed by a word in lower case",
    "orphan_fragment": "a paragraph that ends in a fragment of three words or fewer "
                       "without a verb or starting in lower case",
    "verbless": "a sentence ending in a full stop with no verb in it",
    "subjectless": "a sentence, or its main clause after an opening 'In …,', that starts "
                   "with a verb in the base form",
    "figure_opening": "a sentence that opens with a preposition and a figure "
                      "('In more than 60 cases,'): the figure was cut off the clause before",
    "doubled_word": "the same word on both sides of 'and'/'or', English idioms such as "
                    "'more and more' aside (two Chinese near-synonyms translated alike)",
}

_WORD = re.compile(r"[A-Za-z][A-Za-z’'\-]*")
_RUN_ON = re.compile(rf"\b[a-z][a-z’'\-]*\s+(?:{'|'.join(OPENERS)})\b")
_SMALL_CAPS = re.compile(rf"(?<=[a-z,]\s)(?:{'|'.join(SMALL_WORDS)})\b")
_STRAY_COMMA = re.compile(r"(?<=\S)\s+,|[.;:!?]\s*,")
_LOWER_AFTER_STOP = re.compile(r"(?P<before>[\w.]+)\.\s+[a-z]+")
_FIGURE_OPENING = re.compile(
    r"^(?:In|Of|With|For|Among|Across)\s+(?:(?:more than|over|about|nearly|some|at least"
    r"|up to|almost)\s+)?\d[\d,.]*(?:\s+[A-Za-z’'\-]+){1,3},")
_DOUBLED = re.compile(r"\b(?P<w>[A-Za-z]{3,})\s+(?:and|or)\s+(?P=w)\b", re.IGNORECASE)
_STOP = re.compile(r"(?P<before>[\w.]*)[.!?;]\s+")
_OPENING_IN = re.compile(r"^In\s[^,]{3,120},\s*")


@dataclass(frozen=True)
class Damage:
    """A place in a text that one rule of :data:`RULES` marks as damaged."""

    rule: str
    start: int
    end: int
    text: str
    paragraph: int
    sentence: str

    def as_dict(self) -> dict:
        return asdict(self)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def has_verb(text: str) -> bool:
    """Whether a stretch of English holds a verb, by a crude test.

    A verb is an auxiliary, modal or common irregular past form (:data:`VERB_WORDS`), a
    base-form verb of :data:`BASE_VERBS`, or a word of more than three letters ending in
    ``-ed``. Good enough to find sentences that have none.

    Examples
    --------
    >>> has_verb("More than 390 people."), has_verb("Police arrested 12 suspects.")
    (False, True)
    """
    for word in _words(text):
        lower = word.lower()
        if lower in VERB_WORDS or lower in BASE_VERBS:
            return True
        if len(lower) > 3 and lower.endswith("ed"):
            return True
    return False


def _hits(text: str):
    """Yield ``(rule, start, end)`` for every rule hit in ``text``."""
    for para in paragraphs(text):
        body, base = para.text, para.start
        for match in _RUN_ON.finditer(body):
            yield "run_on", base + match.start(), base + match.end()
        for match in _SMALL_CAPS.finditer(body):
            yield "capitalised_small_word", base + match.start(), base + match.end()
        for match in _STRAY_COMMA.finditer(body):
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            yield "stray_comma", base + start, base + match.end()
        for match in _LOWER_AFTER_STOP.finditer(body):
            if match.group("before").lower().rstrip(".") in ABBREVIATIONS:
                continue
            yield "lowercase_after_stop", base + match.start(), base + match.end()
        for match in _DOUBLED.finditer(body):
            if match.group("w").lower() in DOUBLING_IDIOMS:
                continue
            yield "doubled_word", base + match.start(), base + match.end()
        stops = [m for m in _STOP.finditer(body)
                 if m.group("before").lower() not in ABBREVIATIONS and m.end() < len(body)]
        if stops:
            start = stops[-1].end()
            fragment = body[start:]
            if len(fragment.split()) <= 3 and (fragment[0].islower() or not has_verb(fragment)):
                yield "orphan_fragment", base + start, base + len(body)
    for sentence in sentences(text):
        body, base = sentence.text, sentence.start
        if body.endswith(".") and _words(body) and not has_verb(body):
            yield "verbless", base, sentence.end
        opening = _OPENING_IN.match(body)
        clause_start = opening.end() if opening else 0
        first = _WORD.match(body, clause_start)
        if first and first.group().lower() in BASE_VERBS and first.start() == clause_start:
            yield "subjectless", base + first.start(), base + first.end()
        figure = _FIGURE_OPENING.match(body)
        if figure:
            yield "figure_opening", base, base + figure.end()


def find_damage(text: str) -> list[Damage]:
    """Every place in ``text`` that a rule of :data:`RULES` marks as damaged.

    The rules are general: they know nothing of a particular bulletin. Each hit gives
    the rule, the span it marks, the paragraph number and the sentence around it (as
    :func:`bulletin.text.spans.sentences` cuts it). Hits are sorted by position, then rule.

    Examples
    --------
    >>> [(d.rule, d.text) for d in find_damage("It seized 12 phones , arrested 3 people.")]
    [('stray_comma', ',')]
    >>> [(d.rule, d.text) for d in find_damage("Police found 16 devices. set.")]
    [('lowercase_after_stop', 'devices. set'), ('orphan_fragment', 'set.')]
    >>> [d.rule for d in find_damage("Police saved children. More than 390 people.")]
    ['verbless']
    """
    sents = sentences(text)
    found = []
    for rule, start, end in sorted(set(_hits(text)), key=lambda h: (h[1], h[0])):
        sentence = next((s for s in sents if s.start <= start < s.end), None)
        para = next(p for p in paragraphs(text) if p.start <= start < p.end)
        found.append(Damage(rule, start, end, text[start:end], para.number,
                            sentence.text if sentence else ""))
    return found


def load_damaged(path, operations) -> pd.DataFrame:
    """A bulletin's damaged places, as kept in a pack's ``reference/damaged-sentences.csv``.

    ``rules`` lists the rules of :data:`RULES` expected to find the place (separated by
    ``|``), or ``reading`` when it was found by reading only; ``figure`` names the
    claims (``operation:metric``) whose reading the damage changes, with operation ids
    from ``operations`` (the pack's operations or their ids).

    Examples
    --------
    >>> from bulletin.packs.pack import project_pack
    >>> pack = project_pack("jingwang2021-stage")
    >>> load_damaged(pack.reference("damaged-sentences.csv"), pack.operations).columns.tolist()[:3]
    ['excerpt', 'rules', 'problem']
    """
    rows = read_rows(path, DAMAGED_COLUMNS)
    table = pd.DataFrame(rows, columns=DAMAGED_COLUMNS)
    known = _operation_ids(operations)
    for row in table.itertuples():
        unknown = [r for r in row.rules.split("|") if r not in RULES and r != BY_READING]
        if unknown:
            raise BulletinError(f"{path}: unknown rule(s) {unknown}; use {sorted(RULES)} "
                                f"or {BY_READING!r}")
        for figure in filter(None, row.figure.split("|")):
            operation, _, metric = figure.partition(":")
            if operation not in known or not metric:
                raise BulletinError(f"{path}: figure {figure!r} is not 'operation:metric' "
                                    "with an operation id of the pack's operations.csv")
        if bool(row.figure) != bool(row.english_reads):
            raise BulletinError(f"{path}: {row.excerpt!r} needs both figure and "
                                "english_reads, or neither")
        if bool(row.zh_phrase) != bool(row.zh_sources):
            raise BulletinError(f"{path}: {row.excerpt!r} needs both zh_phrase and "
                                "zh_sources, or neither")
    return table


def misread_figures(damaged: pd.DataFrame) -> pd.DataFrame:
    """The figures whose meaning a damaged place changes, one row per figure.

    A kept place names, in ``figure``, the claims (``operation:metric``) whose reading
    the damage changes, and says in ``english_reads`` what the English makes of them.

    Returns
    -------
    pandas.DataFrame
        ``operation``, ``metric``, ``excerpt``, ``english_reads``, ``should_say``,
        ``zh_phrase``, in the table's order.

    Examples
    --------
    >>> damaged = pd.DataFrame({"excerpt": ["platforms There are"], "figure": ["ops:gangs|ops:sites"],
    ...     "english_reads": ["that gangs exist"], "should_say": ["destroyed"], "zh_phrase": [""]})
    >>> misread_figures(damaged)[["operation", "metric"]].values.tolist()
    [['ops', 'gangs'], ['ops', 'sites']]
    """
    rows = []
    for row in damaged.itertuples(index=False):
        for figure in filter(None, row.figure.split("|")):
            operation, _, metric = figure.partition(":")
            rows.append({"operation": operation, "metric": metric, "excerpt": row.excerpt,
                         "english_reads": row.english_reads, "should_say": row.should_say,
                         "zh_phrase": row.zh_phrase})
    return pd.DataFrame(rows, columns=["operation", "metric", "excerpt", "english_reads",
                                       "should_say", "zh_phrase"])


def locate(text: str, excerpt: str) -> tuple[int, int]:
    """The ``(start, end)`` of ``excerpt`` in ``text``; it must occur exactly once.

    Examples
    --------
    >>> locate("a b c", "b")
    (2, 3)
    """
    count = text.count(excerpt)
    if count != 1:
        raise BulletinError(f"excerpt {excerpt!r} occurs {count} times in the text; "
                            "give a stretch that occurs exactly once")
    start = text.index(excerpt)
    return start, start + len(excerpt)


def damage_table(text: str, damaged: pd.DataFrame) -> pd.DataFrame:
    """The kept list of damaged places, each with the rules that actually find it.

    Returns one row per kept place, in the text's order, with ``start``, ``paragraph``,
    ``found_by`` (the rules of :func:`find_damage` whose hits start inside the excerpt,
    ``|``-separated, or ``reading``) and ``expected_found`` (whether every rule the
    table names found it).

    Examples
    --------
    >>> t = damage_table("Police shut 40 platforms There are 9 gangs.",
    ...                  pd.DataFrame({"excerpt": ["platforms There"], "rules": ["run_on"],
    ...                                "problem": [""], "zh_phrase": [""],
    ...                                "zh_sources": [""], "should_say": [""],
    ...                                "figure": [""], "english_reads": [""]}))
    >>> t[["excerpt", "found_by", "expected_found"]].values.tolist()
    [['platforms There', 'run_on', True]]
    """
    hits = find_damage(text)
    paras = paragraphs(text)
    rows = []
    for row in damaged.itertuples(index=False):
        start, end = locate(text, row.excerpt)
        rules = sorted({h.rule for h in hits if start <= h.start < end},
                       key=list(RULES).index)
        expected = [r for r in row.rules.split("|") if r != BY_READING]
        para = next(p.number for p in paras if p.start <= start < p.end)
        rows.append({**row._asdict(), "start": start, "paragraph": para,
                     "found_by": "|".join(rules) or BY_READING,
                     "expected_found": set(expected) <= set(rules)})
    return pd.DataFrame(rows).sort_values("start", kind="stable").reset_index(drop=True)


def unexplained_damage(text: str, damaged: pd.DataFrame) -> list[Damage]:
    """The rule hits in ``text`` that no kept place covers (false alarms or new damage).

    Examples
    --------
    >>> empty = pd.DataFrame({"excerpt": []})
    >>> [d.text for d in unexplained_damage("It saw 3 sites , 4 apps.", empty)]
    [',']
    """
    spans = [locate(text, e) for e in damaged.excerpt]
    return [h for h in find_damage(text) if not any(s <= h.start < e for s, e in spans)]
