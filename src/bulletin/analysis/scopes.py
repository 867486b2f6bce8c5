"""The one vocabulary of a campaign figure's report scope and its hand-kept marks.

A row of a campaign-figures table belongs to a campaign year and a **scope**:

- ``stage``: an interim report during the campaign year;
- ``full_year``: the totals reported after it (a reader's "year-end");
- ``since_start``: a running total since the campaign began;
- ``average``: a yearly average over several years.

Every module names a scope by these constants, never by a literal, so that the vocabulary
lives here once. The same holds for the marks a row carries in columns of their own
(``comparable``, ``inferred``): their values are listed here and validated at load
(:func:`bulletin.analysis.context.load_campaign_figures`).

>>> SCOPES
('stage', 'full_year', 'since_start', 'average')
>>> REPORT_SCOPES == (STAGE, FULL_YEAR)
True
"""

STAGE = "stage"
FULL_YEAR = "full_year"
SINCE_START = "since_start"
AVERAGE = "average"
#: Every scope a row may have, in order.
SCOPES = (STAGE, FULL_YEAR, SINCE_START, AVERAGE)
#: The reports that count one campaign year: an interim report and the year-end totals.
REPORT_SCOPES = (STAGE, FULL_YEAR)

#: ``comparable``: does the figure count the same class as the same figure in the
#: campaign's other reports? ``yes``; ``maybe`` (a definition may differ); ``no`` (a
#: narrower or wider class or count, a changed unit: the row's note says which).
COMPARABLE_VALUES = ("yes", "maybe", "no")
#: ``inferred``: is the figure's operation the project's inference rather than the
#: source's statement? ``yes`` or ``no``; a ``yes`` row's note says from what.
INFERRED_VALUES = ("yes", "no")
