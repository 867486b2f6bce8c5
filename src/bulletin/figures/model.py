"""The figure model shared by the English and Chinese finders.

A :class:`Figure` is one number in a text with what it counts; a :class:`Rejection` a
numeral that is no figure, with its reason; a :class:`Scan` both lists of one text.

Examples
--------
>>> f = Figure(0, 2, "16", 16, "exact", 16, 16, "count", "websites")
>>> f.as_dict()["noun"], f.measure, f.verb
('websites', '', '')
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["KINDS", "SHARE_KINDS", "Figure", "Rejection", "Scan"]

#: The kinds of figure: a count (a claim of places covered, 18个省市, is kind ``places``);
#: a percentage, percentage points, a rate (九成, 万分之四, the value as written) or a
#: multiple (4.5倍); a fraction; a year, a date, a duration.
KINDS = ("count", "places", "percent", "points", "rate", "times", "fraction", "year", "date",
         "duration")
#: The kinds that state a share or a change of a count (同比上升8.4%, 3个百分点, 九成, 4.5倍):
#: they take a verb of change, and belong with the count they describe.
SHARE_KINDS = ("percent", "points", "rate", "times")


@dataclass(frozen=True)
class Figure:
    """One figure found in a text; ``start``/``end`` are offsets into that text."""

    start: int
    end: int
    text: str
    value: int | float
    qualifier: str
    low: int | float
    high: int | float
    kind: str
    noun: str
    #: The measure word of a Chinese count (名, 起, 人次, 万元); empty in English.
    measure: str = ""
    #: The verb that governs the figure where the finder reads one (抓获, 破获; arrested).
    verb: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Rejection:
    """A numeral or number word that is not a figure, and why."""

    start: int
    end: int
    text: str
    reason: str

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Scan:
    """Everything a finder's ``scan`` found: the figures and the rejected numerals."""

    figures: list[Figure]
    rejections: list[Rejection]
