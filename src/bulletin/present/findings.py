"""The findings as data: one row per finding, worded to its strength, in ``reports/findings.csv``.

:func:`findings_table` words the numbers of :func:`bulletin.analysis.findings.facts` as one
row per finding: ``id``, ``statement`` (the sentence the README, the report's index and
the notebooks print as it is), ``strength`` (one of :data:`STRENGTHS`), ``rests_on``
(``inference``, ``assumption`` or empty), ``readings`` (how it changes under each reading
of "more than"), ``assumptions``, ``alternatives`` (with their numbers) and ``notebook``
(the one that shows it). A finding that rests on an inference or an assumption is worded
conditionally (:func:`is_conditional`); a test holds every row to that.

``make report`` writes the table before it runs the notebooks (:func:`write_findings`);
each notebook shows its own rows with :func:`show`.

Examples
--------
>>> is_conditional("If the figure is assigned as inferred, the parts exceed the headline.")
True
>>> is_conditional("The parts exceed the headline.")
False
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from bulletin.paths import REPORTS
from bulletin.present.context import fmt_limits, fmt_times
from bulletin.present.words import fmt_number, fmt_range, verdict_text

#: Where ``make report`` writes the table.
FINDINGS_CSV = REPORTS / "findings.csv"
COLUMNS = ["id", "statement", "strength", "rests_on", "readings", "assumptions",
           "alternatives", "notebook"]
#: How strong a finding is: shown by the figures; consistent with them (another reading
#: fits too); suggested (by one source); conditional on an inference or assumption.
STRENGTHS = ("shown", "consistent with", "suggested", "conditional on")
#: Words that make a statement conditional: it says what follows *if* something holds, or
#: that the figures fit or suggest it, not that it is so.
CONDITIONAL = ("If ", " if ", "consistent with", "suggests", "suggested")


def is_conditional(statement: str) -> bool:
    """Whether a statement is worded conditionally (one of :data:`CONDITIONAL`)."""
    return any(w in statement for w in CONDITIONAL)


def _times(pair) -> str:
    return fmt_times(*pair)


def _row(id_, statement, strength, rests_on, readings, assumptions, alternatives, notebook):
    return {"id": id_, "statement": statement, "strength": strength, "rests_on": rests_on,
            "readings": readings, "assumptions": assumptions, "alternatives": alternatives,
            "notebook": notebook}


def october_row(f: dict, labels, choices: dict) -> dict:
    c, s = f["cases"], f["suspects"]
    nested = choices["nested"]
    inner = ", ".join(labels.operation(o) for o in nested["includes"])
    net = max(abs(c["excess"].low), abs(c["excess"].high))
    statement = (
        "If October's named operations make up its headline, each case counted once, their cases "
        f"(within {fmt_number(net)} of the headline either way) and suspects (up to "
        f"{fmt_number(-s['excess'].low)} unattributed) are {verdict_text(c['verdict'], short=True)} "
        "with it under the step reading, and nothing is ruled out under the bound reading; but "
        f"nesting the {inner} inside the {labels.operation_in_sentence(nested['operation'])} "
        "crackdown fits too" + ("" if c["nested"] == s["nested"] == "consistent" else
                                 ", if part of the headline comes from work the bulletin does not name")
        + ", so the fit shows the operations could be added, not that they were.")
    readings = (f"step: cases {c['verdict']}, suspects {s['verdict']}; "
                f"bound: cases {c['bound']}, suspects {s['bound']}")
    extra = s.get("with_extras")
    alternatives = (f"Nested ({inner} inside {labels.operation_in_sentence(nested['operation'])}): "
                    f"cases {c['nested']}, suspects {s['nested']} (step). The text links the two: "
                    f"its 断源 passage names {nested['hook'][0]} and the {inner} target "
                    f"{nested['hook'][1]}.")
    if extra:
        alternatives += (f" With the insiders counted beside the suspects: {extra['verdict']}, the parts "
                         f"{fmt_limits(extra['excess'].low, extra['excess'].high)} against the headline.")
    return _row("october-parts", statement, "consistent with", "assumption", readings,
                "The named operations make up the headline, each case counted once; figures printed "
                "bare are as printed.", alternatives, "04")


def year_end_row(f: dict, increases: dict, labels, choices: dict) -> dict:
    umbrella = choices["umbrella"]
    step = f["step"]
    a, w, u = step["assigned"], step["without"], step["umbrella"]
    op = labels.operation_in_sentence(umbrella["operation"])
    inner = ", ".join(labels.operation(o) for o in umbrella["includes"])
    statement = (
        f"If the {f['inferred_phrase']} suspects printed beside the gangs that served fraud belong to the "
        f"{op} operation (the project's inference: no source assigns them), the year-end operations' "
        f"suspects ({fmt_range(a['parts'].low, a['parts'].high)}) exceed the headline "
        f"({fmt_range(a['total'].low, a['total'].high, 'more_than')}) under the step reading; if that "
        f"figure is an umbrella count that takes in the {inner}' suspects, the parts fall short by only "
        f"{fmt_limits(u['shortfall'].low, u['shortfall'].high)}, an ordinary fit.")
    readings = (f"step: {a['verdict']} as assigned, {w['verdict']} without the inferred figure, "
                f"{u['verdict']} as an umbrella count; calibrated: {f['calibrated']['assigned']['verdict']}; "
                f"bound: {f['bound']['assigned']['verdict']} (nothing ruled out)")
    assumptions = (f"The inferred assignment of {f['inferred_phrase']}; each operation's figure counts that "
                   f"operation's suspects only. The year-end report is excerpts of {f['sources']} "
                   f"outlets, {f['machine_translated']} of them a machine translation.")
    alternatives = (f"Without the inferred figure the operation has no suspects figure in hand: parts "
                    f"{fmt_range(w['parts'].low, w['parts'].high)} ({w['verdict']}). As an umbrella "
                    f"count ({inner} counted {', '.join(f['includes_counted'])}): parts "
                    f"{fmt_range(u['parts'].low, u['parts'].high)}, short by "
                    f"{fmt_limits(u['shortfall'].low, u['shortfall'].high)}. Increases after October: "
                    f"{fmt_number(increases['every'])} at least as assigned, {fmt_number(increases['without'])} "
                    f"without the inferred figure, {fmt_number(increases['umbrella'])} as an umbrella count, "
                    f"against at most {fmt_number(increases['headline_high'])} for the headline.")
    return _row("year-end-parts", statement, "conditional on", "inference", readings, assumptions,
                alternatives, "07")


def increases_row(f: dict, labels, choices: dict) -> dict:
    fits = {k: "fit" if f[k] <= f["headline_high"] else "still cannot fit"
            for k in ("without", "umbrella")}
    statement = (
        "If the inferred assignment holds and each operation counts the same thing at both dates, the "
        f"operations' suspects grew after October by at least {fmt_number(f['every'])}, more than the "
        f"headline's {fmt_number(f['headline_high'])} at most, so they cannot all be parts of it; without "
        f"the inferred figure ({fmt_number(f['without'])}) they {fits['without']}, and as an umbrella count "
        f"({fmt_number(f['umbrella'])}) they {fits['umbrella']}.")
    return _row("increases", statement, "conditional on", "inference",
                f"step: {f['verdict']}; bound: {f['bound']}",
                "The inferred assignment; each operation counts the same thing in October and at year-end.",
                f"Without the inferred figure: {fmt_number(f['without'])}; as an umbrella count: "
                f"{fmt_number(f['umbrella'])}; the headline's largest increase: {fmt_number(f['headline_high'])}.",
                "07")


def pace_row(f: dict) -> dict:
    year = f["year"]
    earlier = "; ".join(f"{y}: {_times(v)}" for (y, m), v in sorted(f["earlier"].items()) if m == "cases")
    ceilings = "; ".join(f"{y} {m} at most {fmt_times(0, hi).split(' to ')[-1]}"
                         for (y, m), (lo, hi) in sorted(f["bound"].items()) if hi != float("inf"))
    statement = (
        "If each stage report counts what its year-end counts, over the periods assumed, cases came in "
        f"{_times(f['this']['cases'])} times faster per month after October {year} than before "
        f"({_times(f['month_before']['cases'])} if October counted to the end of the month before): a "
        f"surge, but a usual one, since every earlier year with both reports sped up too ({earlier}); "
        f"suspects came in {_times(f['this']['suspects'])} times as fast, which cannot tell faster from slower.")
    readings = (f"step: as stated; bound: only the floor goes ({ceilings}; {year} no limit)")
    return _row("pace", statement, "conditional on", "assumption", readings,
                "Each stage report counts what its year-end counts; the stage period ends on the "
                "report's date (or the month before).",
                f"Cut-off at the end of the month before: cases {_times(f['month_before']['cases'])}, "
                f"suspects {_times(f['month_before']['suspects'])}.", "06")


def series_row(f: dict) -> dict:
    start, end = f["period"].split(" to ")
    ends = "; ".join(f"to {cut}: {_times(v)}" for (_, cut), v in f["stage_ends"].items())
    left = f["suspects_left_month"]
    statement = (
        f"If the running total since the campaign began was stated on the date its page's address gives "
        f"({end}), the rest of {f['year']} needed cases at least {f['needed']:.2f} times as fast as before "
        f"to reach {f['year_total']}, about {f['beyond']:.0%} beyond the fastest earlier year-end jump "
        f"({f['fastest_end_high']:.2f}, {f['fastest_year']}'s if its stage count ran to {f['fastest_cut']}); on the suspects "
        f"side the running total leaves {fmt_limits(left[0], left[1])} a month against about "
        f"{fmt_number(round(f['suspects_year_before_month'], -2))} in {f['year_before']}, and the sources "
        "cannot say which figure counts differently.")
    return _row("series", statement, "conditional on", "assumption",
                f"step, bound and calibrated alike: at least {f['needed']:.2f}",
                "The running total's date is its page's address date; the yearly totals count the same "
                "kind of case as the running total.",
                f"{f['fastest_year']}'s jump by where its stage count ends: {ends}.", "07")


def translation_row(f: dict, labels) -> dict:
    questioned = "; ".join(f"{labels.row(o, m)}, {p}" for o, m, p in f["questioned"])
    statement = (
        f"{f['confirmed']} of the {f['claims']} claims agree with the Chinese text in hand, value and 余 "
        f"alike, and {f['differ'] or 'none'} disagree{'s' if f['differ'] in (0, 1) else ''}; that text "
        f"is {f['texts']} media rewrites that may not be independent, and the other "
        f"{f['english_only']} claims rest on the English alone, {len(f['questioned'])} of them put in "
        f"question by the year-end figures ({questioned}).")
    return _row("translation", statement, "shown", "", "the same under every reading (values and "
                "qualifiers are compared as printed)", "", "", "05")


def sensitivity_row(f: dict) -> dict:
    statement = (
        f"{f['bound']} of the {f['verdicts']} verdicts across the campaign's reports change if 余 is read "
        f"only as a floor; a calibrated reading, which narrows the step ranges as the campaign's "
        f"{'one pinned one-digit total' if f['pinned'] == 1 else str(f['pinned']) + ' pinned one-digit totals'} "
        f"({', '.join(f['pinned_phrases'])}) would, changes {f['calibrated']}, and since it only narrows the "
        "step reading its agreement with it shows no robustness.")
    return _row("sensitivity", statement, "shown", "", f"bound: {f['bound']} change; calibrated: "
                f"{f['calibrated']} change", "The calibrated reading assumes the pinned total is typical of the publisher's rounding.",
                "", "07")


def insiders_row(f: dict) -> dict:
    year, scope, phrase = f["inside"][0]
    apart = ", ".join(f"{y} {'stage' if s == 'stage' else 'year-end'}" for y, s in f["apart"])
    statement = (
        f"One source suggests that insiders are counted among the personal-information suspects: the "
        f"{year} year-end phrase {phrase}; the {apart} reports list insiders as an item of their own, so "
        "whether October's insiders sit beside its suspects or among them is open.")
    return _row("insiders", statement, "suggested", "assumption", "the same under every reading",
                "One phrase of one source stands for the publisher's way of counting.",
                "Insiders listed apart: added beside the suspects (the parts' check with insiders).", "07")


def scope_jumps_row(f: dict, labels) -> dict:
    jumps = "; ".join(f"{labels.operation_in_sentence(o)} {m} {fmt_times(lo, hi)} times"
                      for o, m, lo, hi in f["jumps"])
    precedent = "; ".join(f"{y} {'stage' if s == 'stage' else 'year-end'} "
                          f"{labels.operation_in_sentence(o)} {m}" for y, s, o, m in f["precedents"])
    statement = (
        f"After October some operations came in far faster than before ({jumps}; step reading), which is "
        "consistent with a change in what the year-end counts rather than in pace: the campaign's figures "
        f"mark such a change before ({precedent}, a wider class).")
    return _row("scope-jumps", statement, "consistent with", "assumption",
                "step as stated; bound: no limit", "A speed-up beyond the campaign's usual year-end "
                "jumps is read as a possible change of scope.", "The pace itself jumped.", "07")


def payments_row(f: dict) -> dict:
    s, y = f["stage"], f["full_year"]
    statement = (
        f"The year-end's laundering gangs ({y['phrases'][1]}) are fewer than October's ({s['phrases'][1]}), "
        f"which a running total cannot be, but its payment platforms ({y['phrases'][0]}) are a wider class "
        "that takes in 跑分 (score-running), which October counted with the gangs; the two lines together "
        f"grew from {fmt_range(s['total'].low, s['total'].high)} to {fmt_range(y['total'].low, y['total'].high)}, "
        "consistent with gangs moved between the lines rather than lost.")
    return _row("payments", statement, "consistent with", "assumption", "step as stated; bound: "
                "nothing ruled out", "The two lines together count the same things at both dates.",
                "The October figure of laundering gangs, which rests on the English alone, is wrong.",
                "06")


def findings_table(facts: dict, labels) -> pd.DataFrame:
    """Every finding as a row (:data:`COLUMNS`), in the order the index shows them."""
    c = facts["choices"]
    rows = [year_end_row(facts["year_end"], facts["increases"], labels, c),
            october_row(facts["october"], labels, c),
            increases_row(facts["increases"], labels, c),
            pace_row(facts["pace"]), series_row(facts["series"]),
            scope_jumps_row(facts["scope_jumps"], labels), payments_row(facts["payments"]),
            insiders_row(facts["insiders"]), translation_row(facts["translation"], labels),
            sensitivity_row(facts["sensitivity"])]
    return pd.DataFrame(rows, columns=COLUMNS)


def write_findings(table: pd.DataFrame, path: Path = FINDINGS_CSV) -> Path:
    """Write the table as CSV (UTF-8, ``\\n`` line ends)."""
    table.to_csv(path, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return path


def load_findings(path: Path = FINDINGS_CSV) -> pd.DataFrame:
    """The findings table as ``make report`` wrote it."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def show(table: pd.DataFrame, notebook: str):
    """A notebook's own findings as Markdown: each statement as it is, then its strength,
    readings, assumptions and alternatives."""
    lines = []
    for r in table[table["notebook"] == notebook].itertuples():
        lines.append(f"- **{r.statement}**  \n  *Strength:* {r.strength}. *Readings:* {r.readings}."
                     + (f" *Assumptions:* {r.assumptions}" if r.assumptions else "")
                     + (f" *Alternatives:* {r.alternatives}" if r.alternatives else ""))
    from IPython.display import Markdown  # only notebooks show Markdown
    return Markdown("\n".join(lines))
