"""The sentences of notebook 02 (the headline and the crackdowns), worded from its tables.

Each function returns Markdown from values the notebook computed, so a cell shows one call.

Examples
--------
>>> chart_scale(3, 10)
'The chart uses a logarithmic scale, with dots, so that the small crackdowns stay visible: on a linear scale 3 of its 10 figures would be drawn shorter than a fiftieth of the longest.'
"""

from __future__ import annotations

from bulletin.present import words as present


def headline_precision(narrow, wide, narrowest: float, widest: float) -> str:
    """How tightly the headline figures are pinned down: the narrowest and widest range."""
    return ("How tightly a headline figure is pinned down depends on how it was printed: the "
            f"step-reading range of “{narrow['text']} {narrow['noun']}” is "
            f"{present.fmt_percent(narrowest)} of the printed figure wide, that of "
            f"“{wide['text']} {wide['noun']}” {present.fmt_percent(widest)}. The "
            "administrative punishments of companies and units have no breakdown by operation anywhere "
            "in the bulletin.")


def chart_scale(slivers: int, figures: int) -> str:
    """Why the chart's scale is logarithmic: how many figures a linear one would hide."""
    return ("The chart uses a logarithmic scale, with dots, so that the small crackdowns stay visible: on "
            f"a linear scale {slivers} of its {figures} figures would be drawn shorter than a "
            "fiftieth of the longest.")


def crackdowns_share(operations: int, cases_sum, suspects_sum, fraud_cases) -> str:
    """The crackdowns' share of the headline's cases and suspects, and the largest one's."""
    return (f"Together the {operations} crackdowns make up {present.fmt_percent(cases_sum.low)} to "
            f"{present.fmt_percent(cases_sum.high)} of the headline's cases and "
            f"{present.fmt_percent(suspects_sum.low)} to {present.fmt_percent(suspects_sum.high)} of its "
            "suspects (step reading). The fraud-and-gambling-support crackdown alone takes "
            f"{present.fmt_percent(fraud_cases['low'])} to {present.fmt_percent(fraud_cases['high'])} of "
            "the cases. If the operations do not overlap, the rest of the headline comes mostly from the "
            "Four Disruptions (notebook 04 adds them up and asks which could overlap).")


def insiders_note(suspects_phrase: str, insiders_phrase: str) -> str:
    """What the insiders are, in the Chinese repost's own listing."""
    return ("The “inner ghosts” are industry insiders who leak personal data. The Chinese repost lists them "
            "beside the suspects, as a second group arrested (抓获): 抓获犯罪嫌疑人"
            f"{suspects_phrase}、行业“内鬼”{insiders_phrase}. Whether the insiders are also among the "
            "suspects, or come on top of them, the bulletin does not say; notebook 04 adds up the suspects "
            "both ways.")
