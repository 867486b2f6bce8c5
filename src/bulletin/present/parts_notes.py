"""The sentences of notebook 04 (do the parts add up?), worded from its checks.

Each function takes results the notebook computed (:func:`bulletin.analysis.checks.parts_vs_total`
and intervals) and returns Markdown, so a cell shows one call and every number comes from code.

Examples
--------
>>> from bulletin.analysis.checks import Interval
>>> result = {"parts": Interval(90, 110), "total": Interval(100, 110), "excess": Interval(-20, 10)}
>>> suspects_sum(95, "100", result)
'The printed suspects add up to 95, against a headline of “100”. Under the step reading the sum is 90 to 110 and the headline 100 to 110; the excess lies between -20 and 10.'
"""

from __future__ import annotations

from bulletin.present import words as present


def cases_sum(printed_sum, printed_head, cases_step: dict, without: dict, left_out: str,
              why: str, labels) -> str:
    """The cases' sum against the headline, and ``without`` it: the sum without the operation
    ``left_out``, whose cases are in doubt for the reason ``why``."""
    excess = cases_step["excess"]
    return (
        f"The printed figures add up to {present.fmt_number(printed_sum)} cases against a printed "
        f"headline of {present.fmt_number(printed_head)}. Under the step reading the operations sum to "
        f"{present.fmt_interval(cases_step['parts'])} and the headline is {present.fmt_interval(cases_step['total'])}: "
        "the ranges overlap, so the net of double counting and unattributed cases lies between "
        f"{present.fmt_number(excess.low)} and {present.fmt_number(excess.high)} cases, at most "
        f"{present.fmt_percent(max(abs(excess.low), abs(excess.high)) / cases_step['total'].low)} "
        "of the headline.\n\n"
        f"Without the {labels.operation_in_sentence(left_out)}' cases ({why}) "
        f"the operations sum to {present.fmt_interval(without['parts'])}, and the excess lies between "
        f"{present.fmt_number(without['excess'].low)} and {present.fmt_number(without['excess'].high)}: "
        f"{present.short_verdict(without['excess'])}.")


def suspects_sum(printed_sum, headline_text: str, suspects_step: dict) -> str:
    """The suspects' sum against the headline (step reading)."""
    return (f"The printed suspects add up to {present.fmt_number(printed_sum)}, against a headline of "
            f"“{headline_text}”. Under the step reading the sum is "
            f"{present.fmt_interval(suspects_step['parts'])} and the headline "
            f"{present.fmt_interval(suspects_step['total'])}; the excess lies between "
            f"{present.fmt_number(suspects_step['excess'].low)} and "
            f"{present.fmt_number(suspects_step['excess'].high)}.")


def loose_headline(digits: int, headline_text: str, suspects_step: dict) -> str:
    """Why a headline of few significant digits makes the check loose, and how loose."""
    unattributed = -suspects_step["excess"].low
    return (f"The headline's suspects are printed with {digits} significant digit (“{headline_text}”), "
            "so their range is wide and the check is loose: the operations could account for all of "
            f"them, or leave up to {present.fmt_number(unattributed)} unattributed "
            f"({present.fmt_percent(unattributed / suspects_step['total'].low)} of the printed headline).")


def with_insiders_sum(with_insiders: dict) -> str:
    """The suspects' sum with the insiders added, and the counting words it mixes."""
    return (
        f"With the insiders, the suspects sum to {present.fmt_interval(with_insiders['parts'])} under the "
        f"step reading, and the excess lies between {present.fmt_number(with_insiders['excess'].low)} and "
        f"{present.fmt_number(with_insiders['excess'].high)}: still consistent with the headline, with "
        f"up to {present.fmt_number(-with_insiders['excess'].low)} suspects unattributed.\n\n"
        "Either way the sum mixes counts the Chinese words differently: suspects arrested (抓获犯罪嫌疑人) "
        "in most passages whose Chinese is in hand, suspects investigated and punished (查处犯罪嫌疑人) in "
        "Protecting Seedlings, and persons involved in the cases (涉案人员) in the water army passage. "
        "For the exam-cheating crackdown and the Four Disruptions only the English “arrested” is in "
        "hand. The headline counts suspects arrested.")


def nested_shortfall(short: list, without_fd: dict, fd, fraud, labels) -> str:
    """What leaving one operation out does, and what nesting the Four Disruptions would leave."""
    return (
        f"Leaving out any one of {', '.join(labels.operation(op) for op in short)} makes the cases fall "
        f"short of the headline. Without the Four Disruptions the shortfall is "
        f"{present.fmt_interval(without_fd['remainder'])} cases, about the size of the Four Disruptions' "
        f"own figure ({present.fmt_interval(fd)}). If the Four Disruptions' cases were already inside "
        f"the fraud-support figure ({present.fmt_interval(fraud)}), that many of the headline's cases "
        "would belong to no operation the bulletin names.")


def bare_figures_caveat(bare_values, loose: dict, publisher: str) -> str:
    """The caveat on round figures printed without 余: how far they would widen the sums
    (``publisher``: who prints the figures, as the sentence names it: "Ministry")."""
    return (
        f"**Caveat.** The unqualified round figures ({'; '.join(present.fmt_number(v) for v in bare_values)}) "
        f"may themselves be rounded: the {publisher} prints some rounded figures without 余 (notebook 06). "
        "The sums above take them as printed, so their upper ends rest on those figures being exact. "
        f"Read instead like a 余 figure, they would raise the upper end of the cases sum by "
        f"{present.fmt_number(loose['cases'][0])} and of the suspects sum by "
        f"{present.fmt_number(loose['suspects'][0])}; the verdicts would be: cases, "
        f"{loose['cases'][1]}; suspects, {loose['suspects'][1]}.")


def summary(cases_step: dict, suspects_step: dict, cases_bound_low, suspects_bound_low,
            with_insiders: dict, without_fd: dict) -> str:
    """The notebook's summary list: each sum against the headline, under each reading."""
    def line(what, result):
        return (f"- **{what}**, step reading: the operations sum to {present.fmt_interval(result['parts'])}, "
                f"the headline is {present.fmt_interval(result['total'])}. "
                f"{present.verdict_text(result['verdict']).capitalize()}.\n")
    return (
        line("Cases", cases_step) + line("Suspects", suspects_step)
        + f"- **Bound reading**: the sums are {cases_bound_low:,.0f} cases or more and "
        f"{suspects_bound_low:,.0f} suspects or more; with no upper limits on either "
        "side, the check excludes nothing.\n"
        f"- **Suspects with the insiders added**, step reading: {present.fmt_interval(with_insiders['parts'])}. "
        f"{present.verdict_text(with_insiders['verdict']).capitalize()}.\n"
        f"- Without the Four Disruptions, the cases fall short by {present.fmt_interval(without_fd['remainder'])}.")
