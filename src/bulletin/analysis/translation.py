"""Check an English machine translation against Chinese texts of the same report.

This module is analysis only: it returns tables of ids, numbers and statuses, and
knows no particular bulletin and no way of writing for a reader (that is
:mod:`bulletin.present.translation`). It answers two questions:

1. **Which English figures does a Chinese text print the same way?**
   :func:`load_zh_figures` reads a table of Chinese figure phrases (a pack's
   ``reference/zh-bulletin-figures.csv``: one row per phrase and source) and parses each
   phrase with :func:`bulletin.figures.zh.parse_figure`; the table stores no value typed by hand.
   :func:`align` matches every English claim to its Chinese figure by
   ``(operation, metric)`` and gives it one status:

   ``confirmed``
       The value and the qualifier agree (``1.66万起`` and "16,600": both printed bare).
       It says the Chinese texts in hand print the same figure, no more: several copies
       of one release confirm it once, not several times.
   ``qualifier_differs``
       The value agrees but the qualifier does not (English "more than" where the
       Chinese has no 余, or the reverse).
   ``value_differs``
       The values differ.
   ``no_chinese_source``
       No Chinese phrase for this claim is in hand: the figure rests on the English
       translation alone. A text that does not print a figure cannot contradict it.

2. **Where did the translation break a sentence?** (:mod:`bulletin.analysis.damage`)
   :func:`~bulletin.analysis.damage.find_damage` applies general
   rules (:data:`~bulletin.analysis.damage.RULES`) to any English text and returns every place that looks
   damaged: two sentences run together, a stray comma, a fragment left at a paragraph's
   end, a sentence without a verb, a word repeated across "and". A pack's
   ``reference/damaged-sentences.csv`` lists what they find in its bulletin (and what was
   found by reading), with the Chinese phrase behind each place where the sources have
   one; :func:`~bulletin.analysis.damage.damage_table` joins the two.

It also keeps the glossary's evidence honest: :func:`attested_in` says which source
texts print a Chinese term, in either script, reading only what a page prints
(:func:`split_source` drops the collector's header and notes).

Examples
--------
>>> compare(3900, "more_than", 3900, "more_than")
'confirmed'
>>> attested_in("黑产设备", {"06": "繳獲黑産設備", "26": "黑产设备", "30": "黑灰产"})
'06|26'
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

from bulletin.text import script
from bulletin.errors import BulletinError
from bulletin.figures.readings import DEFAULT_READING, check_reading
from bulletin.csvtables import read_rows
from bulletin.figures.zh import parse_figure

#: The shared glossary of machine-translated terms.
#: The glossary of a campaign folder.
GLOSSARY_CSV = "glossary.csv"

#: The alignment statuses, in the order tables and charts show them.
STATUSES = ("confirmed", "qualifier_differs", "value_differs", "no_chinese_source")

ZH_COLUMNS = ["operation", "metric", "phrase", "publisher", "publisher_zh", "text_kind",
              "source_file", "source_url", "source_date"]
#: What a Chinese text can be (``text_kind``): the issuer's own page, a verbatim copy of
#: it, or a news outlet's rewrite of the release (its own lead, phrases dropped).
TEXT_KINDS = ("issuer", "copy", "media rewrite")
GLOSSARY_COLUMNS = ["term_en", "term_zh", "literal", "meaning", "operation", "basis",
                    "attested_in"]
DAMAGED_COLUMNS = ["excerpt", "rules", "problem", "zh_phrase", "zh_sources", "should_say",
                   "figure", "english_reads"]
#: The ``rules`` entry of a damaged place that no rule finds, only a reader.
BY_READING = "reading"


def _operation_ids(operations) -> set[str]:
    """The ids of ``operations``: :class:`bulletin.packs.operations.Operation` objects or ids."""
    return {getattr(o, "operation", o) for o in operations}


def _operation_order(operations) -> list[str]:
    return [getattr(o, "operation", o) for o in operations]


# --------------------------------------------------------------------------------------
# The Chinese figures and the alignment
# --------------------------------------------------------------------------------------

def load_zh_figures(path, operations, reading: str = DEFAULT_READING) -> pd.DataFrame:
    """The Chinese figure phrases, each parsed by :func:`bulletin.figures.zh.parse_figure`.

    Parameters
    ----------
    path : path-like
        A CSV with the columns of :data:`ZH_COLUMNS`, one row per phrase and source (a
        pack's ``reference/zh-bulletin-figures.csv``).
    operations : iterable
        The pack's operations (:attr:`bulletin.packs.pack.Pack.operations`) or their ids: every
        row must name one of them.
    reading : {"step", "bound"}
        How 余 is read for ``low``/``high`` (see :mod:`bulletin.figures.readings`).

    Returns
    -------
    pandas.DataFrame
        The rows in file order with ``value``, ``qualifier``, ``low``, ``high``,
        ``measure`` (the measure word, 起, 名, 人次) and ``noun`` (a counted object printed
        before the number, 行业“内鬼”; usually empty) parsed from ``phrase``, next to the
        source columns.

    Raises
    ------
    BulletinError
        If a column is missing, an operation id is unknown, a ``text_kind`` is not one of
        :data:`TEXT_KINDS`, a phrase holds no figure, a source repeats an
        ``(operation, metric)`` pair, or two sources print figures that disagree.

    Examples
    --------
    >>> from bulletin.packs.pack import project_pack
    >>> pack = project_pack("jingwang2021-stage")
    >>> zh = load_zh_figures(pack.reference("zh-bulletin-figures.csv"), pack.operations)
    >>> row = zh[(zh.operation == "personal_information") & (zh.metric == "cases")].iloc[0]
    >>> print(row.phrase, row.value, row.qualifier, row.low, row.high, row.measure)
    3900余起 3900 more_than 3900 4000 起
    """
    check_reading(reading)
    rows = read_rows(path, ZH_COLUMNS)
    known = _operation_ids(operations)
    records = []
    for number, row in enumerate(rows, start=2):
        where = f"{path}, line {number}"
        if row["operation"] not in known:
            raise BulletinError(f"{where}: unknown operation id {row['operation']!r}; "
                                "use one of the pack's operations.csv")
        if not row["metric"].strip() or not row["phrase"].strip():
            raise BulletinError(f"{where}: metric and phrase must not be empty")
        if row["text_kind"] not in TEXT_KINDS:
            raise BulletinError(f"{where}: text_kind is {row['text_kind']!r}; "
                                f"use one of {', '.join(TEXT_KINDS)}")
        try:
            figure = parse_figure(row["phrase"], reading=reading)
        except BulletinError as exc:
            raise BulletinError(f"{where}: {exc}") from None
        records.append({
            "operation": row["operation"], "metric": row["metric"], "phrase": row["phrase"],
            "value": figure.value, "qualifier": figure.qualifier, "low": figure.low,
            "high": figure.high, "measure": figure.measure, "noun": figure.noun,
            **{column: row[column] for column in ZH_COLUMNS[3:]},
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
    for column in ("publisher", "publisher_zh", "text_kind", "source_url", "source_date"):
        varies = table.groupby("source_file")[column].nunique()
        if (varies > 1).any():
            raise BulletinError(f"{path}: {varies[varies > 1].index[0]} has more than one "
                                f"{column}; a source's columns must agree on every row")
    return table


def source_id(source_file: str) -> str:
    """The short id of a source file: its number prefix, as the glossary cites it.

    Examples
    --------
    >>> source_id("02_zh_chinaz_2021-10-14_jingwang2021_water_army.txt")
    '02'
    """
    return source_file.split("_", 1)[0]


def chinese_texts(zh: pd.DataFrame) -> pd.DataFrame:
    """The Chinese texts behind a :func:`load_zh_figures` table, one row per source.

    Columns: ``source`` (:func:`source_id`), ``publisher``, ``publisher_zh``,
    ``text_kind``, ``source_file``, ``source_url``, ``source_date``, ``phrases`` (how many
    figure phrases it gives) and ``operations`` (their ids, in the table's order,
    ``|``-separated). Rows come in source-id order.

    Examples
    --------
    >>> zh = pd.DataFrame({"operation": ["a", "b", "a"], "phrase": ["1起", "2名", "1起"],
    ...     "publisher": ["P", "P", "Q"], "publisher_zh": ["甲", "甲", "乙"],
    ...     "text_kind": ["media rewrite"] * 3, "source_file": ["02_x.txt", "02_x.txt", "01_y.txt"],
    ...     "source_url": ["u", "u", "v"], "source_date": ["d", "d", "d"]})
    >>> chinese_texts(zh)[["source", "publisher", "phrases", "operations"]].values.tolist()
    [['01', 'Q', 1, 'a'], ['02', 'P', 2, 'a|b']]
    """
    columns = ["publisher", "publisher_zh", "text_kind", "source_url", "source_date"]
    grouped = zh.groupby("source_file", sort=False)
    table = grouped[columns].first().reset_index()
    table["phrases"] = grouped["phrase"].size().to_numpy()
    table["operations"] = grouped["operation"].agg(
        lambda ops: "|".join(dict.fromkeys(ops))).to_numpy()
    table.insert(0, "source", table["source_file"].map(source_id))
    return table.sort_values("source", kind="stable").reset_index(drop=True)[
        ["source", *columns[:3], "source_file", *columns[3:], "phrases", "operations"]]


def chinese_figures(zh: pd.DataFrame) -> pd.DataFrame:
    """One row per ``(operation, metric)``: the figure and the sources that print it.

    ``sources`` lists the sources by :func:`source_id`, separated by ``|``;
    ``n_sources`` counts them. :func:`load_zh_figures` has already checked that the
    sources agree. Several sources count as several copies, not as several
    confirmations: they may all come from one release.

    Examples
    --------
    >>> zh = pd.DataFrame({"operation": ["a", "a"], "metric": ["cases", "cases"],
    ...     "phrase": ["900余起", "900余起"], "value": [900, 900], "qualifier": ["more_than"] * 2,
    ...     "low": [900, 900], "high": [1000, 1000], "measure": ["起", "起"], "noun": ["", ""],
    ...     "source_file": ["01_x.txt", "02_y.txt"]})
    >>> chinese_figures(zh)[["phrase", "sources", "n_sources"]].values.tolist()
    [['900余起', '01|02', 2]]
    """
    columns = ["operation", "metric", "phrase", "value", "qualifier", "low", "high", "measure",
               "noun"]
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
    if isinstance(claims, pd.DataFrame):
        return claims.reset_index(drop=True)
    return pd.DataFrame([c.as_dict() for c in claims])


def align(claims, zh: pd.DataFrame) -> pd.DataFrame:
    """Each English claim beside its Chinese figure, with a status from :func:`compare`.

    Parameters
    ----------
    claims : list of Claim or pandas.DataFrame
        The English claims (a pack's ``processed/claims.csv`` through
        :func:`bulletin.analysis.checks.load_claims`, or :func:`bulletin.claims.build.build_claims`).
    zh : pandas.DataFrame
        The output of :func:`load_zh_figures`.

    Returns
    -------
    pandas.DataFrame
        One row per claim, in the claims' order: ``operation``, ``metric``, the English
        ``text``, ``value``, ``qualifier``, ``low``, ``high``, ``noun``; the Chinese
        ``zh_phrase``, ``zh_value``, ``zh_qualifier``, ``zh_low``, ``zh_high``,
        ``zh_measure``, ``zh_noun``, ``sources``; and ``status``. Chinese columns are empty (NaN) for
        ``no_chinese_source``.

    Raises
    ------
    BulletinError
        If two claims share an ``(operation, metric)`` pair, so that a Chinese figure
        could match either.

    Examples
    --------
    >>> en = pd.DataFrame({"operation": ["a", "b"], "metric": ["cases", "cases"],
    ...     "text": ["more than 900", "80"], "value": [900, 80],
    ...     "qualifier": ["more_than", "exact"], "low": [900, 80], "high": [1000, 80],
    ...     "noun": ["cases", "cases"]})
    >>> zh = pd.DataFrame({"operation": ["a"], "metric": ["cases"], "phrase": ["900余起"],
    ...     "value": [900], "qualifier": ["more_than"], "low": [900], "high": [1000],
    ...     "measure": ["起"], "noun": [""], "source_file": ["02_x.txt"]})
    >>> align(en, zh)[["text", "zh_phrase", "status"]].fillna("").values.tolist()
    [['more than 900', '900余起', 'confirmed'], ['80', '', 'no_chinese_source']]
    """
    en = _claims_frame(claims)
    twice = en[en.duplicated(["operation", "metric"], keep=False)]
    if not twice.empty:
        pairs = sorted(set(zip(twice.operation, twice.metric)))
        raise BulletinError(f"claims share (operation, metric) pairs {pairs}; "
                            "give them distinct metrics before aligning")
    one = chinese_figures(zh).rename(columns={
        "phrase": "zh_phrase", "value": "zh_value", "qualifier": "zh_qualifier",
        "low": "zh_low", "high": "zh_high", "measure": "zh_measure", "noun": "zh_noun"})
    keep = ["operation", "metric", "text", "value", "qualifier", "low", "high", "noun"]
    table = en[keep].merge(one.drop(columns="n_sources"), on=["operation", "metric"],
                           how="left", validate="one_to_one")
    table["status"] = [
        compare(r.value, r.qualifier, None if pd.isna(r.zh_phrase) else r.zh_value,
                None if pd.isna(r.zh_phrase) else r.zh_qualifier)
        for r in table.itertuples()
    ]
    return table


def unmatched_chinese(aligned: pd.DataFrame, zh: pd.DataFrame) -> pd.DataFrame:
    """The Chinese figures no English claim matched (an empty table when all match).

    Examples
    --------
    >>> zh = pd.DataFrame({"operation": ["a", "b"], "metric": ["cases", "cases"],
    ...     "phrase": ["9起", "8起"], "value": [9, 8], "qualifier": ["exact"] * 2,
    ...     "low": [9, 8], "high": [9, 8], "measure": ["起"] * 2, "noun": [""] * 2,
    ...     "source_file": ["01_x.txt"] * 2})
    >>> unmatched_chinese(pd.DataFrame({"operation": ["a"], "metric": ["cases"]}), zh).phrase.tolist()
    ['8起']
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


def status_by_operation(aligned: pd.DataFrame, operations) -> pd.DataFrame:
    """Claims per operation and status: one row per operation, one column per status.

    Operations come in the order of ``operations`` (the pack's operations or their ids);
    an operation with no claim is left out, and one the list does not know comes last.

    Examples
    --------
    >>> t = status_by_operation(pd.DataFrame({"operation": ["b", "a"],
    ...                                       "status": ["confirmed", "value_differs"]}),
    ...                         ["a", "b", "c"])
    >>> t.values.tolist()
    [['a', 0, 0, 1, 0], ['b', 1, 0, 0, 0]]
    """
    order = _operation_order(operations)
    present = [o for o in order if o in set(aligned.operation)]
    present += sorted(set(aligned.operation) - set(order))
    table = pd.crosstab(aligned.operation, aligned.status)
    table = table.reindex(index=present, columns=list(STATUSES), fill_value=0)
    table = table.rename_axis(index=None, columns=None).reset_index(names="operation")
    return table


# --------------------------------------------------------------------------------------
# Chinese terms in source texts: the glossary's evidence
# --------------------------------------------------------------------------------------

def to_simplified(text: str) -> str:
    """``text`` in simplified script: every comparison of Chinese text here goes through it.

    Sources print either script (a page through the gov.cn big5 gateway prints 黑號,
    黑線路, 黑産設備), so matching a term must not depend on the script. The conversion
    is :func:`bulletin.text.script.to_simplified` (OpenCC ``t2s``), variants such as 凈 and 産
    included.

    Examples
    --------
    >>> to_simplified("打掉黑號、黑線路、黑設備、黑産設備")
    '打掉黑号、黑线路、黑设备、黑产设备'
    """
    return script.to_simplified(text)


def prints_term(text: str, term_zh: str) -> bool:
    """Whether ``text`` prints ``term_zh``, in simplified or traditional script.

    Examples
    --------
    >>> prints_term("斷卡、斷號、斷線、斷設備", "断四"), prints_term("凈網2021", "净网")
    (False, True)
    """
    return to_simplified(term_zh) in to_simplified(text)


#: A collector's note inside a source's body: a span in square brackets
#: (``[EXCERPT ENDS HERE - ...]``, ``[IT之家 version adds:]``, ``[items of ...]``).
_NOTE = re.compile(r"\[[^\]\n]*\]")
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z ()-]*?):\s*(?P<value>.*)$")


def split_source(raw: str) -> tuple[dict[str, str], str]:
    """A source excerpt split into its header and the text the page prints.

    A source file opens with a header written by whoever collected it (address, title,
    date, and notes such as ``Relevance:``, ``Cross-check:``, ``Implied ...``), then a
    blank line, then the excerpt. The header attests nothing about the page, and neither
    do the collector's bracketed notes inside the excerpt, so both are left out of the
    body. The header comes back as ``key -> value`` for its ``Key: value`` lines.

    Raises
    ------
    BulletinError
        If there is no blank line after the header.

    Examples
    --------
    >>> raw = ("Source address: https://example.org/a\\nTitle: 净网 (repost)\\n"
    ...        "Relevance: mentions 四管\\n\\n打掉黑卡窝点\\n[EXCERPT ENDS - 四治 not stored]\\n")
    >>> header, body = split_source(raw)
    >>> header["Source address"], body
    ('https://example.org/a', '打掉黑卡窝点\\n')
    """
    head, blank, body = raw.partition("\n\n")
    if not blank:
        raise BulletinError("a source file needs a blank line between its header and its text")
    header = {}
    for line in head.splitlines():
        match = _HEADER_LINE.match(line)
        if match:
            header.setdefault(match["key"], match["value"].strip())
    body = "\n".join(_NOTE.sub("", line) for line in body.splitlines())
    return header, "\n".join(line for line in body.splitlines() if line.strip()) + "\n"


def attested_in(term_zh: str, texts) -> str:
    """The ids of the sources that print ``term_zh`` (either script), joined by ``|``.

    Parameters
    ----------
    term_zh : str
        A Chinese term, as the glossary writes it.
    texts : mapping of str to str
        Source id -> what the source prints (the body of :func:`split_source`).

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


def load_glossary(campaign: Path) -> pd.DataFrame:
    """The glossary of machine-translated terms (``glossary.csv`` of a campaign folder, or
    that file itself).

    Examples
    --------
    >>> g = load_glossary(CAMPAIGN)
    >>> g.set_index("term_en").loc["Maochi", "term_zh"]
    '猫池'
    """
    path = Path(campaign)
    path = path if path.suffix == ".csv" else path / GLOSSARY_CSV
    rows = read_rows(path, GLOSSARY_COLUMNS)
    table = pd.DataFrame(rows, columns=GLOSSARY_COLUMNS)
    if table.term_en.duplicated().any():
        raise BulletinError(f"{path} repeats term(s): "
                            f"{', '.join(table.term_en[table.term_en.duplicated()])}")
    return table


def attestation_errors(glossary: pd.DataFrame, texts) -> list[str]:
    """Where the glossary's ``attested_in`` disagrees with the texts: one line each.

    ``texts`` maps source ids to what each source prints (:func:`split_source`). Every
    source in hand is searched, so a missing id is an error as much as a wrong one.

    Examples
    --------
    >>> g = pd.DataFrame({"term_zh": ["黑卡", "猫池"], "attested_in": ["06", "20"]})
    >>> attestation_errors(g, {"06": "黑卡", "20": "黑卡", "26": "猫池"})
    ['黑卡: attested_in is 06, the texts give 06|20', '猫池: attested_in is 20, the texts give 26']
    """
    errors = []
    for row in glossary.itertuples():
        found = attested_in(row.term_zh, texts)
        if row.attested_in != found:
            errors.append(f"{row.term_zh}: attested_in is {row.attested_in or 'empty'}, "
                          f"the texts give {found or 'none'}")
    return errors


def phrases_not_printed(table: pd.DataFrame, phrase: str, sources: str, texts) -> list[str]:
    """The rows of ``table`` whose Chinese ``phrase`` is not printed in a source they cite.

    ``sources`` names the column of source ids (``|``-separated) or of source file names;
    ``texts`` maps source ids to what each source prints. A cited source missing from
    ``texts`` is reported too. Scripts are told apart, as the phrase must be verbatim.

    Examples
    --------
    >>> t = pd.DataFrame({"zh_phrase": ["深挖", "持续深化", ""], "zh_sources": ["01|02", "01", ""]})
    >>> phrases_not_printed(t, "zh_phrase", "zh_sources", {"01": "深挖制售", "02": "持续深化"})
    ['深挖: not printed in 02', '持续深化: not printed in 01']
    """
    missing = []
    for row in table.itertuples(index=False):
        text = getattr(row, phrase)
        for cited in filter(None, getattr(row, sources).split("|")):
            sid = source_id(Path(cited).name)
            if sid not in texts:
                missing.append(f"{text}: source {sid} is not in hand")
            elif text not in texts[sid]:
                missing.append(f"{text}: not printed in {sid}")
    return missing
