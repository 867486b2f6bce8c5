"""A table with a one-line caption above it, so that two tables in a row never run together.

A notebook cell ends with ``captioned(table, "What the table is")``: the notebook and the
reader's page show the caption, then the table as pandas draws it.

Examples
--------
>>> import pandas as pd
>>> shown = captioned(pd.DataFrame({"a": [1]}), "One row")
>>> print(repr(shown))
One row
   a
0  1
>>> shown._repr_html_().startswith('<p class="table-caption">One row</p>')
True
"""

from __future__ import annotations

import html

import pandas as pd


class Captioned:
    """``table`` shown under ``caption``; ``.table`` is the table itself."""

    def __init__(self, table: pd.DataFrame, caption: str):
        self.table = table
        self.caption = caption

    def __repr__(self) -> str:
        return f"{self.caption}\n{self.table!r}"

    def _repr_html_(self) -> str:
        return f'<p class="table-caption">{html.escape(self.caption)}</p>{self.table._repr_html_()}'


def captioned(table: pd.DataFrame, caption: str) -> Captioned:
    """``table`` with ``caption`` above it (:class:`Captioned`)."""
    return Captioned(table, caption)
