"""Check the English machine translation against the Chinese original.

The bulletin the project analyses is a machine translation. This module answers two
questions a reader who checks numbers needs answered:

1. **Which English figures does the Chinese confirm?** :func:`load_zh_figures` reads the
   Chinese figure phrases kept in ``data/reference/zh-bulletin-figures.csv`` (one row per
   phrase and source) and parses each phrase with :func:`bulletin.zh.parse_figure`; the
   table stores no value typed by hand. :func:`align` matches every English claim to
   its Chinese figure by ``(operation, metric)`` and gives it one status:

   ``confirmed``
       The value and the qualifier agree (``1.66万起`` and "16,600": both exact).
   ``qualifier_differs``
       The value agrees but the qualifier does not (English "more than" where the
       Chinese has no 余, or the reverse).
   ``value_differs``
       The values differ.
   ``no_chinese_source``
       No Chinese phrase for this claim is in hand: the figure rests on the English
       translation alone.

2. **Where did the translation break a sentence?** :func:`find_damage` applies general
   rules (:data:`RULES`) to any English text and returns every place that looks
   damaged: two sentences run together, a stray comma, a fragment left at a paragraph's
   end, a sentence without a verb, a word repeated across "and". The rules know nothing
   of this bulletin's offsets. ``data/reference/damaged-sentences.csv`` lists what
   they find in this bulletin (and what was found by reading), with the Chinese phrase
   behind each place where the sources have one; :func:`damage_table` joins the two.

Examples
--------
>>> compare(3900, "more_than", 3900, "more_than")
'confirmed'
>>> [(d.rule, d.text) for d in find_damage("Police shut 40 platforms There are 9 gangs.")]
[('run_on', 'platforms There')]
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass

import pandas as pd

from .claims import build_claims
from .errors import BulletinError
from .paths import BULLETIN, REFERENCE
from .present import fmt_range
from .readings import DEFAULT_READING, check_reading
from .reference import in_sentence, load_metrics, load_operations, read_rows
from .source import load_text
from .text import paragraphs, sentences
from .zh import parse_figure

ZH_FIGURES_CSV = REFERENCE / "zh-bulletin-figures.csv"
GLOSSARY_CSV = REFERENCE / "glossary.csv"
DAMAGED_CSV = REFERENCE / "damaged-sentences.csv"

#: The alignment statuses, in the order tables and charts show them.
STATUSES = ("confirmed", "qualifier_differs", "value_differs", "no_chinese_source")
STATUS_LABELS = {
    "confirmed": "Confirmed by the Chinese",
    "qualifier_differs": "Value agrees, qualifier differs",
    "value_differs": "Value differs",
    "no_chinese_source": "No Chinese source in hand",
}

ZH_COLUMNS = ["operation", "metric", "phrase", "publisher", "source_file", "source_url",
              "source_date"]
GLOSSARY_COLUMNS = ["term_en", "term_zh", "literal", "meaning", "operation", "basis",
                    "attested_in"]
DAMAGED_COLUMNS = ["excerpt", "rules", "problem", "zh_phrase", "zh_sources", "should_say",
                   "figure", "english_reads"]
#: The ``rules`` entry of a damaged place that no rule finds, only a reader.
BY_READING = "reading"


# --------------------------------------------------------------------------------------
# The Chinese figures and the alignment
# --------------------------------------------------------------------------------------

def load_zh_figures(path=ZH_FIGURES_CSV, reading: str = DEFAULT_READING) -> pd.DataFrame:
    """The Chinese figure phrases, each parsed by :func:`bulletin.zh.parse_figure`.

    Parameters
    ----------
    path : path-like
        A CSV with the columns of :data:`ZH_COLUMNS`, one row per phrase and source.
    reading : {"step", "bound"}
        How 余 is read for ``low``/``high`` (see :mod:`bulletin.readings`).

    Returns
    -------
    pandas.DataFrame
        The rows in file order with ``value``, ``qualifier``, ``low``, ``high`` and
        ``noun`` parsed from ``phrase``, next to the source columns.

    Raises
    ------
    BulletinError
        If a column is missing, an operation id is unknown, a phrase holds no figure, a
        source repeats an ``(operation, metric)`` pair, or two sources print figures that
        disagree for the same pair.

    Examples
    --------
    >>> zh = load_zh_figures()
    >>> row = zh[(zh.operation == "personal_information") & (zh.metric == "cases")].iloc[0]
    >>> print(row.phrase, row.value, row.qualifier, row.low, row.high, row.noun)
    3900余起 3900 more_than 3900 4000 起
    """
    check_reading(reading)
    rows = read_rows(path, ZH_COLUMNS)
    known = {o.operation for o in load_operations()}
    records = []
    for number, row in enumerate(rows, start=2):
        where = f"{path}, line {number}"
        if row["operation"] not in known:
            raise BulletinError(f"{where}: unknown operation id {row['operation']!r}; "
                                "use one from data/reference/operations.csv")
        if not row["metric"].strip() or not row["phrase"].strip():
            raise BulletinError(f"{where}: metric and phrase must not be empty")
        try:
            figure = parse_figure(row["phrase"], reading=reading)
        except BulletinError as exc:
            raise BulletinError(f"{where}: {exc}") from None
        records.append({
            "operation": row["operation"], "metric": row["metric"], "phrase": row["phrase"],
            "value": figure.value, "qualifier": figure.qualifier, "low": figure.low,
            "high": figure.high, "noun": figure.noun, "publisher": row["publisher"],
            "source_file": row["source_file"], "source_url": row["source_url"],
            "source_date": row["source_date"],
        })
    table = pd.DataFrame.from_records(records)
    repeated = table[table.duplicated(["operation", "metric", "source_file"], keep=False)]
    if not repeated.empty:
        first = repeated.iloc[0]
        raise BulletinError(f"{path}: {first.source_file} gives ({first.operation}, "
                            f"{first.metric}) more than once; keep one row per source")
    for (operation, metric), group in table.groupby(["operation", "metric"], sort=False):
        if group[["value", "qualifier"]].drop_duplicates().shape[0] > 1:
            printed = ", ".join(f"{r.phrase} ({r.source_file})" for r in group.itertuples())
            raise BulletinError(f"{path}: the sources disagree on ({operation}, {metric}): "
                                f"{printed}")
    return table


def source_id(source_file: str) -> str:
    """The short id of a source file: its number prefix, as the glossary cites it.

    Examples
    --------
    >>> source_id("02_zh_chinaz_2021-10-14_jingwang2021_water_army.txt")
    '02'
    """
    return source_file.split("_", 1)[0]


def chinese_figures(zh: pd.DataFrame) -> pd.DataFrame:
    """One row per ``(operation, metric)``: the figure and the sources that print it.

    ``sources`` lists the sources by :func:`source_id`, separated by ``|``;
    ``n_sources`` counts them. :func:`load_zh_figures` has already checked that the
    sources agree.

    Examples
    --------
    >>> one = chinese_figures(load_zh_figures())
    >>> one.set_index(["operation", "metric"]).loc[("hackers", "cases"), "n_sources"]
    np.int64(1)
    """
    columns = ["operation", "metric", "phrase", "value", "qualifier", "low", "high", "noun"]
    grouped = zh.groupby(["operation", "metric"], sort=False)
    first = grouped[columns].first().reset_index(drop=True)
    first["sources"] = grouped["source_file"].agg(
        lambda files: "|".join(source_id(f) for f in files)).to_numpy()
    first["n_sources"] = grouped["source_file"].size().to_numpy()
    return first


def compare(en_value, en_qualifier: str, zh_value=None, zh_qualifier: str | None = None) -> str:
    """The status of one English figure against its Chinese counterpart.

    Values are compared as numbers (``3.7万`` is 37,000); qualifiers by their id.

    Examples
    --------
    >>> compare(16600, "exact", 16600, "exact")
    'confirmed'
    >>> compare(16600, "more_than", 16600, "exact")
    'qualifier_differs'
    >>> compare(450, "more_than", 460, "more_than")
    'value_differs'
    >>> compare(450, "more_than")
    'no_chinese_source'
    """
    if zh_value is None or (isinstance(zh_value, float) and math.isnan(zh_value)):
        return "no_chinese_source"
    if not math.isclose(float(en_value), float(zh_value), rel_tol=1e-9, abs_tol=1e-9):
        return "value_differs"
    if en_qualifier != zh_qualifier:
        return "qualifier_differs"
    return "confirmed"


def _claims_frame(claims) -> pd.DataFrame:
    if claims is None:
        claims = build_claims(load_text(BULLETIN))
    if isinstance(claims, pd.DataFrame):
        return claims.reset_index(drop=True)
    return pd.DataFrame([c.as_dict() for c in claims])


def align(claims=None, zh: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each English claim beside its Chinese figure, with a status from :func:`compare`.

    Parameters
    ----------
    claims : list of Claim or pandas.DataFrame, optional
        The English claims (``data/processed/claims.csv`` or
        :func:`bulletin.claims.build_claims`); by default, built from the bulletin.
    zh : pandas.DataFrame, optional
        The output of :func:`load_zh_figures`; by default, loaded.

    Returns
    -------
    pandas.DataFrame
        One row per claim, in the claims' order: ``operation``, ``metric``, the English
        ``text``, ``value``, ``qualifier``, ``low``, ``high``, ``noun``; the Chinese
        ``zh_phrase``, ``zh_value``, ``zh_qualifier``, ``zh_low``, ``zh_high``,
        ``zh_noun``, ``sources``; and ``status``. Chinese columns are empty (NaN) for
        ``no_chinese_source``.

    Raises
    ------
    BulletinError
        If two claims share an ``(operation, metric)`` pair, so that a Chinese figure
        could match either.

    Examples
    --------
    >>> a = align()
    >>> a.loc[a.text == "16,600", ["zh_phrase", "status"]].values.tolist()
    [['1.66万起', 'confirmed']]
    """
    en = _claims_frame(claims)
    twice = en[en.duplicated(["operation", "metric"], keep=False)]
    if not twice.empty:
        pairs = sorted(set(zip(twice.operation, twice.metric)))
        raise BulletinError(f"claims share (operation, metric) pairs {pairs}; "
                            "give them distinct metrics before aligning")
    zh = load_zh_figures() if zh is None else zh
    one = chinese_figures(zh).rename(columns={
        "phrase": "zh_phrase", "value": "zh_value", "qualifier": "zh_qualifier",
        "low": "zh_low", "high": "zh_high", "noun": "zh_noun"})
    keep = ["operation", "metric", "text", "value", "qualifier", "low", "high", "noun"]
    table = en[keep].merge(one.drop(columns="n_sources"), on=["operation", "metric"],
                           how="left", validate="one_to_one")
    table["status"] = [
        compare(r.value, r.qualifier, None if pd.isna(r.zh_phrase) else r.zh_value,
                None if pd.isna(r.zh_phrase) else r.zh_qualifier)
        for r in table.itertuples()
    ]
    return table


def metric_label(metric: str, metrics=None) -> str:
    """A metric id in words: its description in ``data/reference/metrics.csv``.

    The description's first letter is lower-cased unless the first word is an acronym,
    so that the label reads inside a sentence or a table cell. An id the table does not
    know comes back with spaces for underscores.

    Parameters
    ----------
    metric : str
        A metric id.
    metrics : list of bulletin.reference.Metric, optional
        The metrics table; by default :func:`bulletin.reference.load_metrics`.

    Examples
    --------
    >>> metric_label("im_tools"), metric_label("sim_cards"), metric_label("no_such_metric")
    ('illegal instant messaging tools', 'mobile phone SIM cards seized', 'no such metric')
    """
    descriptions = {m.metric: m.description for m in (metrics or load_metrics())}
    text = descriptions.get(metric)
    return in_sentence(text) if text else metric.replace("_", " ")


def printed_in(attested: str, shown: int = 5) -> str:
    """An ``attested_in`` value (source ids joined by ``|``) for a reader's table.

    The number of sources, then their ids (the number prefix of the file), the first
    ``shown`` of them when there are more.

    Examples
    --------
    >>> printed_in("01|02|06"), printed_in("11"), printed_in("")
    ('3 sources: 01, 02, 06', '1 source: 11', 'no source in hand')
    >>> printed_in("01|02|06|07|08|09|10")
    '7 sources: 01, 02, 06, 07, 08 and 2 more'
    """
    ids = [i for i in attested.split("|") if i]
    if not ids:
        return "no source in hand"
    head = f"{len(ids)} source{'s' if len(ids) > 1 else ''}: " + ", ".join(ids[:shown])
    return head + (f" and {len(ids) - shown} more" if len(ids) > shown else "")


def side_by_side(aligned: pd.DataFrame, label=None) -> pd.DataFrame:
    """The alignment as a reader's table: each English figure beside the Chinese one.

    Narrow enough to print as one block: the operation (through ``label``), the metric
    in words (:func:`metric_label`), the two printed figures, one ``range`` column, the sources and the
    agreement. ``range`` is written out under the reading the tables were built with; it
    is the English range when the Chinese one is the same or missing, and both
    (``English …; Chinese …``) when they differ. A figure without a Chinese
    counterpart shows ``—``.

    Parameters
    ----------
    aligned : pandas.DataFrame
        The output of :func:`align`.
    label : callable, optional
        Operation id -> readable label (for example
        :func:`bulletin.charts.crackdowns.label`); by default the id with spaces.

    Examples
    --------
    >>> t = side_by_side(align())
    >>> t.loc[t.english == "16,600", ["metric", "chinese", "range", "agreement"]].values.tolist()
    [['criminal cases detected or solved', '1.66万起', '16,600 as printed', 'Confirmed by the Chinese']]
    """
    label = label or (lambda operation: operation.replace("_", " "))
    metrics = load_metrics()

    def span(row):
        english = fmt_range(row.low, row.high, row.qualifier)
        if pd.isna(row.zh_low):
            return english
        chinese = fmt_range(row.zh_low, row.zh_high, row.zh_qualifier)
        return english if chinese == english else f"English {english}; Chinese {chinese}"

    return pd.DataFrame({
        "operation": [label(o) for o in aligned.operation],
        "metric": [metric_label(m, metrics) for m in aligned.metric],
        "english": aligned.text,
        "chinese": aligned.zh_phrase.fillna("—"),
        "range": [span(r) for r in aligned.itertuples()],
        "sources": aligned.sources.fillna("—"),
        "agreement": aligned.status.map(STATUS_LABELS),
    })


def unmatched_chinese(aligned: pd.DataFrame, zh: pd.DataFrame) -> pd.DataFrame:
    """The Chinese figures no English claim matched (an empty table when all match).

    Examples
    --------
    >>> zh = load_zh_figures()
    >>> unmatched_chinese(align(zh=zh), zh).empty
    True
    """
    one = chinese_figures(zh)
    keys = set(zip(aligned.operation, aligned.metric))
    mask = [(o, m) not in keys for o, m in zip(one.operation, one.metric)]
    return one[mask].reset_index(drop=True)


def status_counts(aligned: pd.DataFrame) -> pd.DataFrame:
    """How many claims have each status, every status listed (zero included).

    Examples
    --------
    >>> status_counts(pd.DataFrame({"status": ["confirmed", "confirmed"]})).values.tolist()
    [['confirmed', 2], ['qualifier_differs', 0], ['value_differs', 0], ['no_chinese_source', 0]]
    """
    unknown = set(aligned["status"]) - set(STATUSES)
    if unknown:
        raise BulletinError(f"unknown status(es) {sorted(unknown)}; expected {STATUSES}")
    counts = aligned["status"].value_counts()
    return pd.DataFrame({"status": list(STATUSES),
                         "claims": [int(counts.get(s, 0)) for s in STATUSES]})


def status_by_operation(aligned: pd.DataFrame, operations=None) -> pd.DataFrame:
    """Claims per operation and status: one row per operation, one column per status.

    Operations come in the order of ``data/reference/operations.csv``; an operation
    with no claim is left out.

    Examples
    --------
    >>> t = status_by_operation(pd.DataFrame({"operation": ["hackers", "headline"],
    ...                                       "status": ["confirmed", "value_differs"]}))
    >>> t.values.tolist()
    [['headline', 0, 0, 1, 0], ['hackers', 1, 0, 0, 0]]
    """
    order = [o.operation for o in (operations or load_operations())]
    present = [o for o in order if o in set(aligned.operation)]
    present += sorted(set(aligned.operation) - set(order))
    table = pd.crosstab(aligned.operation, aligned.status)
    table = table.reindex(index=present, columns=list(STATUSES), fill_value=0)
    table = table.rename_axis(index=None, columns=None).reset_index(names="operation")
    return table


#: Traditional (and variant) forms of the characters in the glossary's Chinese terms,
#: mapped to the simplified forms the glossary writes. Some sources print traditional
#: script (source 06 comes through the gov.cn big5 gateway: 黑號, 黑線路, 黑設備), so
#: matching a term must not depend on the script. The table covers every character of
#: ``glossary.csv`` that has a traditional form: the 27 that OpenCC's ``s2t`` table
#: converts (checked once, character by character, when the table was written), plus
#: the variants 凈 (for 净, as in source 06's 凈網) and 簽 (for 签, as in 簽名; OpenCC
#: gives 籤 for the character alone). The other characters of the glossary's terms are
#: written alike in both scripts; ``tests/test_translation.py`` lists them, so a new
#: term with an unlisted character fails the tests until it is added here or there.
TRADITIONAL_TO_SIMPLIFIED = {
    "產": "产", "體": "体", "餘": "余", "偵": "侦", "內": "内", "軍": "军", "淨": "净",
    "凈": "净", "動": "动", "發": "发", "臺": "台", "號": "号", "備": "备", "態": "态",
    "護": "护", "斷": "断", "貓": "猫", "碼": "码", "穢": "秽", "籤": "签", "簽": "签",
    "線": "线", "絡": "络", "網": "网", "設": "设", "詐": "诈", "門": "门", "隊": "队",
    "頓": "顿",
}
_TO_SIMPLIFIED = str.maketrans(TRADITIONAL_TO_SIMPLIFIED)


def to_simplified(text: str) -> str:
    """``text`` with the characters of :data:`TRADITIONAL_TO_SIMPLIFIED` made simplified.

    Only the characters of the glossary's terms are mapped: this is enough to match
    those terms in either script, not a general converter.

    Examples
    --------
    >>> to_simplified("打掉黑號、黑線路、黑設備")
    '打掉黑号、黑线路、黑设备'
    """
    return text.translate(_TO_SIMPLIFIED)


def prints_term(text: str, term_zh: str) -> bool:
    """Whether ``text`` prints ``term_zh``, in simplified or traditional script.

    Examples
    --------
    >>> prints_term("斷卡、斷號、斷線、斷設備", "断四"), prints_term("凈網2021", "净网")
    (False, True)
    """
    return to_simplified(term_zh) in to_simplified(text)


def attested_in(term_zh: str, texts) -> str:
    """The ids of the sources that print ``term_zh`` (either script), joined by ``|``.

    Parameters
    ----------
    term_zh : str
        A Chinese term, as the glossary writes it.
    texts : mapping of str to str
        Source id -> the source's printed text (without the collector's notes).

    Returns
    -------
    str
        The matching ids in sorted order, ``|``-separated; empty when none prints it.

    Examples
    --------
    >>> attested_in("黑线路", {"06": "黑卡、黑號、黑線路", "20": "黑卡", "26": "黑线路"})
    '06|26'
    """
    return "|".join(sorted(sid for sid, text in texts.items() if prints_term(text, term_zh)))


def load_glossary(path=GLOSSARY_CSV) -> pd.DataFrame:
    """The glossary of machine-translated terms (see ``data/README.md``).

    Examples
    --------
    >>> g = load_glossary()
    >>> g.set_index("term_en").loc["Maochi", "term_zh"]
    '猫池'
    """
    rows = read_rows(path, GLOSSARY_COLUMNS)
    table = pd.DataFrame(rows, columns=GLOSSARY_COLUMNS)
    if table.term_en.duplicated().any():
        raise BulletinError(f"{path} repeats term(s): "
                            f"{', '.join(table.term_en[table.term_en.duplicated()])}")
    return table


# --------------------------------------------------------------------------------------
# Damaged sentences
# --------------------------------------------------------------------------------------

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
    :func:`bulletin.text.sentences` cuts it). Hits are sorted by position, then rule.

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


def context(text: str, start: int, end: int, width: int = 30) -> str:
    """The span with up to ``width`` characters either side, cut at spaces, on one line.

    Examples
    --------
    >>> context("one two three four five six", 8, 13, width=5)
    '… two three four …'
    """
    left, right = max(0, start - width), min(len(text), end + width)
    if left > 0 and not text[left - 1].isspace():
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else start
    if right < len(text) and not text[right].isspace():
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else end
    snippet = " ".join(text[left:right].split())
    return f"{'… ' if left > 0 else ''}{snippet}{' …' if right < len(text) else ''}"


def load_damaged(path=DAMAGED_CSV) -> pd.DataFrame:
    """The damaged places of the bulletin, as kept in ``data/reference/damaged-sentences.csv``.

    ``rules`` lists the rules of :data:`RULES` expected to find the place (separated by
    ``|``), or ``reading`` when it was found by reading only.

    Examples
    --------
    >>> load_damaged().columns.tolist()[:3]
    ['excerpt', 'rules', 'problem']
    """
    rows = read_rows(path, DAMAGED_COLUMNS)
    table = pd.DataFrame(rows, columns=DAMAGED_COLUMNS)
    known = {o.operation for o in load_operations()}
    for row in table.itertuples():
        unknown = [r for r in row.rules.split("|") if r not in RULES and r != BY_READING]
        if unknown:
            raise BulletinError(f"{path}: unknown rule(s) {unknown}; use {sorted(RULES)} "
                                f"or {BY_READING!r}")
        for figure in filter(None, row.figure.split("|")):
            operation, _, metric = figure.partition(":")
            if operation not in known or not metric:
                raise BulletinError(f"{path}: figure {figure!r} is not 'operation:metric' "
                                    "with an operation id of data/reference/operations.csv")
        if bool(row.figure) != bool(row.english_reads):
            raise BulletinError(f"{path}: {row.excerpt!r} needs both figure and "
                                "english_reads, or neither")
    return table


def misread_figures(damaged: pd.DataFrame | None = None) -> pd.DataFrame:
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
    >>> m = misread_figures()
    >>> m.loc[m.metric == "insiders", ["operation", "zh_phrase"]].values.tolist()
    [['personal_information', '行业“内鬼”500余名']]
    """
    damaged = load_damaged() if damaged is None else damaged
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


def damage_table(text: str, damaged: pd.DataFrame | None = None) -> pd.DataFrame:
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
    damaged = load_damaged() if damaged is None else damaged
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


def unexplained_damage(text: str, damaged: pd.DataFrame | None = None) -> list[Damage]:
    """The rule hits in ``text`` that no kept place covers (false alarms or new damage).

    Examples
    --------
    >>> [d.text for d in unexplained_damage("It saw 3 sites , 4 apps.", load_damaged().head(0))]
    [',']
    """
    damaged = load_damaged() if damaged is None else damaged
    spans = [locate(text, e) for e in damaged.excerpt]
    return [h for h in find_damage(text) if not any(s <= h.start < e for s, e in spans)]
