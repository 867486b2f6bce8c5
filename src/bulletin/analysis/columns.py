"""The columns of the check and alignment tables, in a module of their own so that the
command line can name them in its help without loading the analysis (and pandas).

>>> CHECK_COLUMNS[:3], ALIGN_COLUMNS[0]
(['check', 'metric', 'reading'], 'relation')
"""

#: The columns of every row of :func:`bulletin.analysis.headline.parts_check`.
CHECK_COLUMNS = ["check", "metric", "reading", "parts", "without", "parts_low", "parts_high",
                 "total_low", "total_high", "excess_low", "excess_high", "verdict"]
#: The columns of every row of :func:`bulletin.analysis.align.align`.
ALIGN_COLUMNS = ["relation", "en_text", "en_value", "en_qualifier", "en_low", "en_high",
                 "en_metric", "en_operation", "en_start", "zh_text", "zh_value", "zh_qualifier",
                 "zh_low", "zh_high", "zh_metric", "zh_operation", "zh_start"]
