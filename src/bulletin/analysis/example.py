"""A small made-up campaign for the analysis layer's examples: two years, two operations.

The figures are invented and round, so that each example's result can be checked by eye.
Campaign 2052 has a stage report (January to June) and a year-end; operation ``op_b``'s
year-end suspects are assigned by inference and count persons involved (涉案人员), not
criminal suspects; the year-end cases are worded twice (侦办 and 破获 by two outlets);
2053 states a running total since 2051.

>>> f = example_figures()
>>> sorted(set(zip(f.campaign_year, f.scope)))
[(2051, 'full_year'), (2052, 'full_year'), (2052, 'stage'), (2053, 'since_start')]
"""

from __future__ import annotations

import pandas as pd

from bulletin.analysis.context import figures_from_csv
from bulletin.figures.readings import DEFAULT_READING

#: The made-up table, in the columns of ``campaign-figures.csv`` it needs.
FIGURES_CSV = """\
campaign_year,scope,period_start,period_end,operation,metric,counted,phrase,use,comparable,inferred,note
2051,full_year,2051-01,2051-12,headline,cases,侦破案件,1000起,yes,yes,no,
2051,full_year,2051-01,2051-12,headline,suspects,抓获犯罪嫌疑人,1600名,yes,yes,no,
2052,stage,2052-01,2052-06,headline,cases,侦破案件,600余起,yes,yes,no,
2052,stage,2052-01,2052-06,headline,suspects,抓获犯罪嫌疑人,900余名,yes,yes,no,
2052,stage,2052-01,2052-06,op_a,suspects,抓获犯罪嫌疑人,600名,yes,yes,no,
2052,stage,2052-01,2052-06,op_b,suspects,抓获犯罪嫌疑人,300名,yes,yes,no,
2052,full_year,2052-01,2052-12,headline,cases,侦办案件,1500余起,yes,yes,no,
2052,full_year,2052-01,2052-12,headline,cases,破获案件,1500起,no,yes,no,another outlet's wording
2052,full_year,2052-01,2052-12,headline,suspects,抓获犯罪嫌疑人,1100余名,yes,yes,no,
2052,full_year,2052-01,2052-12,headline,cases_yoy_growth,,50%,yes,yes,no,
2052,full_year,2052-01,2052-12,op_a,suspects,抓获犯罪嫌疑人,800名,yes,yes,no,
2052,full_year,2052-01,2052-12,op_b,suspects,抓获涉案人员,600名,yes,no,yes,assigned to op_b by the project; persons involved
2053,since_start,2051-01,2053-03,headline,cases,侦破案件,3000余起,yes,yes,no,
"""


def example_figures(reading: str = DEFAULT_READING) -> pd.DataFrame:
    """The made-up campaign's figures table (:data:`FIGURES_CSV`) under ``reading``."""
    return figures_from_csv(FIGURES_CSV, reading)
