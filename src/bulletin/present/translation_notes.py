"""The sentences of notebook 05 (the translation check), worded from its tables.

Each function takes the tables the notebook computed and returns Markdown, so a notebook
cell shows one call and every number in the sentence comes from the tables.

Examples
--------
>>> import pandas as pd
>>> counts = pd.DataFrame({"status": ["confirmed", "qualifier_differs", "value_differs",
...                                   "no_chinese_source"], "claims": [3, 0, 0, 1]})
>>> agreement_note(counts, 4, "one rewrite")
'Of the 4 claims, **3** agree with the Chinese text in hand, same number and same qualifier: that is, with one rewrite. **0** differ in the qualifier only and **0** in the value. **1** have no Chinese text in hand.'
"""

from __future__ import annotations

import pandas as pd

from bulletin.present import translation as words
from bulletin.present.words import fmt_figure, fmt_number


def _counts(counts: pd.DataFrame) -> dict:
    return dict(counts.values.tolist())


def agreement_note(counts: pd.DataFrame, claims: int, which: str) -> str:
    """How many claims agree with the Chinese text in hand, differ, or have none."""
    n = _counts(counts)
    return (f"Of the {claims} claims, **{n['confirmed']}** agree with the Chinese text in hand, "
            f"same number and same qualifier: that is, with {which}. **{n['qualifier_differs']}** "
            f"differ in the qualifier only and **{n['value_differs']}** in the value. "
            f"**{n['no_chinese_source']}** have no Chinese text in hand.")


def coverage_note(plotted: pd.DataFrame, aligned: pd.DataFrame, labels) -> str:
    """Which operations the Chinese text in hand covers fully, in part, or not at all."""
    full = [r.operation for r in plotted.itertuples() if r.confirmed == r.claims]
    part = [r.operation for r in plotted.itertuples() if 0 < r.confirmed < r.claims]
    none = [r.operation for r in plotted.itertuples() if r.no_chinese_source == r.claims]
    agreeing = aligned[aligned.status == "confirmed"]
    return (
        f"Every claim of the {words.operations_in_words(full, labels)} agrees with the Chinese text in hand. "
        + " ".join(
            f"Of the {labels.operation_in_sentence(o)} claims, only the "
            + words.join_and(labels.metric(m, short=True) for m in agreeing[agreeing.operation == o].metric)
            + " can be compared; the Chinese excerpts stop before the rest." for o in part)
        + f" No claim of the {words.operations_in_words(none, labels, 'or')} can be compared: the "
        "excerpts stop before their passages, so those figures rest on the English translation alone.")


def qualifier_changes(compared: pd.DataFrame, labels) -> str:
    """The claims whose qualifier (余 / “more than”) differs between the two languages."""
    off = compared[compared.qualifier != compared.zh_qualifier]
    if off.empty:
        return (f"Off the diagonal: **{len(off)}** claims. Every 余 the rewrites print became "
                "“more than”, and every figure they print bare is printed bare in the English.")
    return (f"**{len(off)}** claims change qualifier: "
            + "; ".join(f"{labels.row(r.operation, r.metric)} ({r.text} against {r.zh_phrase})"
                        for r in off.itertuples()))


def pair_line(row) -> str:
    """One claim in both languages, with its agreement (a row of the aligned table)."""
    return (f"English: **{row.text}** ({words.qualifier_text(row.qualifier)}) · "
            f"Chinese: **{row.zh_phrase}** = {fmt_number(row.zh_value)} "
            f"({words.qualifier_text(row.zh_qualifier)}) · status: {words.STATUS_LABELS[row.status]}")


def misreading(row, reads, where, text: str, says: str) -> str:
    """What the English makes of a damaged figure and what the Chinese says; ``says`` ends
    the second line, with ``{figure}`` and ``{status}`` filled in from ``row``."""
    figure = fmt_figure(row.zh_value, row.zh_qualifier, row.zh_low, row.zh_high)
    return (f"- **What the English makes of it:** “{words.snippet(text, where.start, where.end, width=40)}”: "
            f"{reads.english_reads}.\n"
            f"- **What the Chinese says** ({reads.zh_phrase}): {reads.should_say}"
            + says.format(figure=figure, status=words.STATUS_LABELS[row.status]))


def english_alone(alone: pd.DataFrame, claims: int, labels) -> str:
    """How many claims rest on the English translation alone, by operation."""
    per_operation = alone.groupby("operation", sort=False).size()
    return (f"**{len(alone)} of {claims} claims** rest on the English translation alone: "
            + "; ".join(f"{labels.operation(op)} {count}" for op, count in per_operation.items())
            + ".")


def glossary_attestation(glossary: pd.DataFrame) -> str:
    """How many glossary terms a source in hand prints, and the ones none prints."""
    unattested = glossary[glossary.attested_in == ""]
    return (f"**{len(glossary) - len(unattested)} of {len(glossary)}** Chinese terms are printed in "
            "at least one source in hand; not printed in any, so inferred from the English or from "
            "usage: " + ", ".join(f"{r.term_zh} ({r.term_en})" for r in unattested.itertuples()) + ".")


def damage_rules(rules: dict) -> str:
    """The damage rules as a list: name, and what each looks for.

    >>> damage_rules({"cut_off": "a figure with no noun"})
    '- **cut off**: a figure with no noun'
    """
    return "\n".join(f"- **{rule.replace('_', ' ')}**: {looks_for}" for rule, looks_for in rules.items())


def damage_list(damage: pd.DataFrame) -> str:
    """The damaged places, one line each: paragraph, excerpt, problem, Chinese, what it should say."""
    return "\n".join(
        f"- ¶{r.paragraph} · “{r.excerpt}” (found by: {r.found_by.replace('_', ' ').replace('|', ', ')}). "
        f"{r.problem}"
        + (f" **Chinese:** {r.zh_phrase}." if r.zh_phrase else "")
        + f" **Should say:** {r.should_say}."
        for r in damage.itertuples())


def damage_count(hits: int, damage: pd.DataFrame, by_reading: str, unexplained: int) -> str:
    """How many places the rules find, how many reading adds, and how many the Chinese covers."""
    by_rule = damage[damage.found_by != by_reading]
    return (f"The rules make **{hits} hits** at **{len(by_rule)}** places; reading adds "
            f"**{len(damage) - len(by_rule)}** more, for **{len(damage)}** damaged places in all. "
            f"Hits the list does not explain: **{unexplained}**. "
            f"The Chinese text in hand covers **{int((damage.zh_phrase != '').sum())}** of the places.")


def changed_figures(changed: pd.DataFrame, labels) -> str:
    """Each damaged place that changes what figures say, with the figures and their agreement."""
    return "\n".join(
        f"- “{excerpt}”: "
        + "; ".join(f"{labels.row(r.operation, r.metric)}, “{r.text}”" for r in group.itertuples())
        + f". The English reads {'it' if len(group) == 1 else 'them'} as {group.english_reads.iloc[0]}. "
        + "Agreement: " + ", ".join(dict.fromkeys(group.status.map(words.STATUS_LABELS))) + "."
        for excerpt, group in changed.groupby("excerpt", sort=False))


def changed_summary(changed: pd.DataFrame, counts: pd.DataFrame, labels) -> str:
    """How many damaged places change what figures say, and which numbers are right all the same."""
    agreeing = changed[changed.status == "confirmed"]
    return (f"Where the Chinese text in hand can be compared, **{_counts(counts)['value_differs']}** "
            "values differ, so the damage changes no number there. But "
            f"**{changed.excerpt.nunique()}** damaged places change what **{len(changed)}** figures "
            f"say. The Chinese text in hand prints the number of **{len(agreeing)}** of them alike: "
            + "; ".join(labels.row(o, m) for o, m in zip(agreeing.operation, agreeing.metric))
            + ". For those the number is right and the English sentence around it is wrong.")
