"""The translation check written for a reader: statuses, qualifiers, sources and tables.

:mod:`bulletin.analysis.translation` computes (statuses, alignments, attestations, damage);
this module only words its results, with the number formats of :mod:`bulletin.present.words`.
Operation and metric ids become words through a :class:`bulletin.packs.labels.Labels`, so
nothing here names a particular bulletin.

A figure printed without a qualifier (qualifier id ``exact``) is shown as "printed
bare" or "as printed", never as exact: the issuer may print a rounded count bare.

Examples
--------
>>> STATUS_LABELS["no_chinese_source"], qualifier_text("exact"), qualifier_text("more_than")
('No Chinese text in hand', 'printed bare', 'more than')
>>> printed_in("01|02|06")
'3 sources: 01, 02, 06'
"""

from __future__ import annotations

import datetime

import pandas as pd

from bulletin.present.words import QUALIFIER_WORDS, fmt_range

#: Each status of :func:`bulletin.analysis.translation.compare` in words, for tables and legends.
#: "Agrees" says what was compared, no more: which Chinese texts, and how independent
#: they are, is said beside it (:func:`chinese_texts_note`).
STATUS_LABELS = {
    "confirmed": "Agrees with the Chinese text in hand",
    "qualifier_differs": "Value agrees, qualifier differs",
    "value_differs": "Value differs",
    "no_chinese_source": "No Chinese text in hand",
}

#: How each kind of Chinese text (``text_kind``) is named: one, several.
TEXT_KIND_WORDS = {
    "issuer": ("the issuer's own page", "copies of the issuer's own page"),
    "copy": ("a verbatim copy of the release", "verbatim copies of the release"),
    "media rewrite": ("a media rewrite of the release", "media rewrites of the release"),
}
_SMALL = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def count_words(n: int) -> str:
    """A small count in words ("two"), a larger one in figures.

    >>> count_words(2), count_words(12)
    ('two', '12')
    """
    return _SMALL[n] if 0 <= n < len(_SMALL) else f"{n:,}"


def qualifier_text(qualifier: str) -> str:
    """A qualifier id for a reader; ``exact`` (no qualifier printed) is "printed bare".

    >>> qualifier_text("nearly"), qualifier_text("exact")
    ('nearly', 'printed bare')
    """
    if qualifier == "exact":
        return "printed bare"
    return QUALIFIER_WORDS.get(qualifier, qualifier.replace("_", " "))


def printed_in(attested: str, shown: int = 5) -> str:
    """An ``attested_in`` value (source ids joined by ``|``) for a reader's table.

    The number of sources, then their ids (the number prefix of the file), the first
    ``shown`` of them when there are more.

    Examples
    --------
    >>> printed_in("11"), printed_in("")
    ('1 source: 11', 'no source in hand')
    >>> printed_in("01|02|06|07|08|09|10")
    '7 sources: 01, 02, 06, 07, 08 and 2 more'
    """
    ids = [i for i in attested.split("|") if i]
    if not ids:
        return "no source in hand"
    head = f"{len(ids)} source{'s' if len(ids) > 1 else ''}: " + ", ".join(ids[:shown])
    return head + (f" and {len(ids) - shown} more" if len(ids) > shown else "")


def publisher_names(texts: pd.DataFrame, chinese: bool = True) -> list[str]:
    """Each text's publisher, with its Chinese name when ``chinese`` (charts have no CJK font).

    >>> t = pd.DataFrame({"publisher": ["China News Service"], "publisher_zh": ["中新网"]})
    >>> publisher_names(t), publisher_names(t, chinese=False)
    (['China News Service (中新网)'], ['China News Service'])
    """
    return [f"{en} ({zh})" if chinese and zh else en
            for en, zh in zip(texts.publisher, texts.publisher_zh)]


def join_and(items, last: str = "and") -> str:
    """Items in a sentence: "a", "a and b", "a, b and c" (or ``last`` = "or").

    >>> join_and(["hackers"]), join_and(["a", "b", "c"]), join_and(["a", "b"], "or"), join_and([])
    ('hackers', 'a, b and c', 'a or b', '')
    """
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def operations_in_words(ops, labels, last: str = "and") -> str:
    """Operations named in a sentence ("none" when there are none).

    >>> from bulletin.packs.labels import Labels
    >>> operations_in_words(["hackers", "exam_cheating"], Labels()), operations_in_words([], Labels())
    ('hackers and exam cheating', 'none')
    """
    return join_and([labels.operation_in_sentence(o) for o in ops], last) or "none"


def chinese_texts_note(texts: pd.DataFrame, chinese: bool = True) -> str:
    """What the Chinese texts in hand are, in one clause: the basis of every "agrees".

    ``texts`` is :func:`bulletin.analysis.translation.chinese_texts`. Several texts of one release
    are not independent checks of it (one may be written from another, or all from the
    same release), so the clause says so whenever there is more than one.

    Examples
    --------
    >>> t = pd.DataFrame({"publisher": ["China News Service", "ChinaZ.com"],
    ...                   "publisher_zh": ["中新网", "站长之家"], "text_kind": ["media rewrite"] * 2})
    >>> chinese_texts_note(t)
    'two media rewrites of the release (China News Service (中新网) and ChinaZ.com (站长之家)), which may not be independent of each other'
    >>> chinese_texts_note(t.head(1), chinese=False)
    'one text, a media rewrite of the release (China News Service)'
    """
    n = len(texts)
    if n == 0:
        return "no Chinese text"
    names = join_and(publisher_names(texts, chinese))
    kinds = list(dict.fromkeys(texts.text_kind))
    if n == 1:
        return f"one text, {TEXT_KIND_WORDS[kinds[0]][0]} ({names})"
    if len(kinds) == 1:
        described = f"{count_words(n)} {TEXT_KIND_WORDS[kinds[0]][1]} ({names})"
    else:
        described = f"{count_words(n)} texts: " + "; ".join(
            f"{name}, {TEXT_KIND_WORDS[kind][0]}"
            for name, kind in zip(publisher_names(texts, chinese), texts.text_kind))
    return described + ", which may not be independent of each other"


def _day(iso: str) -> str:
    day = datetime.date.fromisoformat(iso)
    return f"{day.day} {day:%b %Y}"


def chinese_source_line(texts: pd.DataFrame) -> str:
    """A chart's line on the Chinese texts compared, without Chinese characters.

    >>> t = pd.DataFrame({"publisher": ["China News Service", "ChinaZ.com"],
    ...                   "publisher_zh": ["中新网", "站长之家"], "text_kind": ["media rewrite"] * 2,
    ...                   "source_date": ["2021-10-14", "2021-10-14"]})
    >>> chinese_source_line(t)
    'Chinese text: media rewrites of the release by China News Service and ChinaZ.com, 14 Oct 2021 (excerpts, as reposted).'
    """
    kinds = list(dict.fromkeys(texts.text_kind))
    many = len(texts) > 1
    what = (TEXT_KIND_WORDS[kinds[0]][1 if many else 0] if len(kinds) == 1 else "texts")
    dates = join_and([_day(d) for d in dict.fromkeys(texts.source_date)])
    by = join_and(publisher_names(texts, chinese=False))
    return f"Chinese text: {what} by {by}, {dates} (excerpts, as reposted)."


def snippet(text: str, start: int, end: int, width: int = 30) -> str:
    """The span with up to ``width`` characters either side, cut at spaces, on one line.

    Examples
    --------
    >>> snippet("one two three four five six", 8, 13, width=5)
    '… two three four …'
    """
    left, right = max(0, start - width), min(len(text), end + width)
    if left > 0 and not text[left - 1].isspace():
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else start
    if right < len(text) and not text[right].isspace():
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else end
    piece = " ".join(text[left:right].split())
    return f"{'… ' if left > 0 else ''}{piece}{' …' if right < len(text) else ''}"


def source_names(sources: str, names: dict | None) -> str:
    """A ``|``-joined list of source ids as their publishers' names (ids kept when unnamed).

    >>> source_names("01|02", {"01": "China News Service", "02": "ChinaZ.com"})
    'China News Service, ChinaZ.com'
    >>> source_names("01", None)
    '01'
    """
    if not isinstance(sources, str) or not sources:
        return "—"
    return ", ".join((names or {}).get(s, s) for s in sources.split("|"))


def side_by_side(aligned: pd.DataFrame, labels, names: dict | None = None) -> pd.DataFrame:
    """The alignment as a reader's table: each English figure beside the Chinese one.

    Narrow enough to print as one block: the operation and the metric in words (through
    ``labels``, a :class:`bulletin.packs.labels.Labels`), the two printed figures, one
    ``range`` column, the sources and the agreement. ``range`` is written out under the
    reading the tables were built with; it is the English range when the Chinese one is
    the same or missing, and both (``English …; Chinese …``) when they differ. A figure
    without a Chinese counterpart shows ``—``. ``names`` (source id → publisher) names the
    sources instead of their ids.

    Examples
    --------
    >>> from bulletin.packs.labels import Labels
    >>> aligned = pd.DataFrame({"operation": ["ops"], "metric": ["cases"], "text": ["16,600"],
    ...     "qualifier": ["exact"], "low": [16600], "high": [16600], "zh_phrase": ["1.66万起"],
    ...     "zh_qualifier": ["exact"], "zh_low": [16600], "zh_high": [16600], "sources": ["01|02"],
    ...     "status": ["confirmed"]})
    >>> side_by_side(aligned, Labels()).iloc[0].tolist()
    ['ops', 'Cases', '16,600', '1.66万起', '16,600 as printed', '01, 02', 'Agrees with the Chinese text in hand']
    """
    def span(row):
        english = fmt_range(row.low, row.high, row.qualifier)
        if pd.isna(row.zh_low):
            return english
        chinese = fmt_range(row.zh_low, row.zh_high, row.zh_qualifier)
        return english if chinese == english else f"English {english}; Chinese {chinese}"

    return pd.DataFrame({
        "operation": [labels.operation(o) for o in aligned.operation],
        "metric": [labels.metric(m) for m in aligned.metric],
        "english": aligned.text,
        "chinese": aligned.zh_phrase.fillna("—"),
        "range": [span(r) for r in aligned.itertuples()],
        "sources": [source_names(s, names) for s in aligned.sources],
        "agreement": aligned.status.map(STATUS_LABELS),
    })


def glossary_lines(glossary: pd.DataFrame) -> str:
    """The glossary as a Markdown list: term, Chinese, literal sense, meaning, evidence.

    >>> g = pd.DataFrame({"term_en": ["Maochi"], "term_zh": ["猫池"], "literal": ["cat pool"],
    ...                   "meaning": ["A modem pool."], "basis": ["Printed in 06."], "attested_in": ["06"]})
    >>> print(glossary_lines(g))
    - **Maochi** · 猫池 (literally “cat pool”): A modem pool. *Printed in 1 source: 06.* Basis: Printed in 06.
    """
    return "\n".join(
        f"- **{r.term_en}** · {r.term_zh} (literally “{r.literal}”): {r.meaning} "
        f"*Printed in {printed_in(r.attested_in)}.* Basis: {r.basis}"
        for r in glossary.itertuples())


__all__ = ["STATUS_LABELS", "TEXT_KIND_WORDS", "chinese_source_line", "chinese_texts_note",
           "count_words", "glossary_lines", "join_and", "printed_in", "publisher_names", "qualifier_text",
           "side_by_side", "snippet"]
