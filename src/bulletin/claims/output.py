"""Write lists of figures, claims or unclaimed numerals as CSV, JSON or a Markdown table,
deterministically.

Whole numbers are written without a decimal point; an open upper bound is written
``inf`` in CSV and Markdown and ``null`` in JSON (JSON has no infinity).

Examples
--------
>>> from bulletin.figures.en import find_figures
>>> print(to_csv(find_figures("seized over 30 apps")), end="")
start,end,text,value,qualifier,low,high,kind,noun,measure,verb
7,14,over 30,30,more_than,30,40,count,apps,,seized
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import fields

FORMATS = ("csv", "json", "markdown")


def _cell(value):
    if isinstance(value, float):
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        if value.is_integer():
            return int(value)
    return value


def _json_cell(value):
    if isinstance(value, float) and math.isinf(value):
        return None
    return _cell(value)


def columns(rows, row_type=None) -> list[str]:
    """The column names of a list of dataclass rows."""
    sample = rows[0] if rows else row_type
    return [f.name for f in fields(sample)] if sample is not None else []


def _get(row, name: str):
    return row[name] if isinstance(row, dict) else getattr(row, name)


def to_csv(rows, row_type=None, names: list[str] | None = None) -> str:
    """The rows as CSV text with a header line.

    Rows are dataclasses, or dicts when ``names`` gives the columns.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    names = names or columns(rows, row_type)
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(_get(row, n)) for n in names])
    return out.getvalue()


def to_json(rows, row_type=None, names: list[str] | None = None) -> str:
    """The rows as a JSON array of objects, one per row."""
    names = names or columns(rows, row_type)
    records = [{n: _json_cell(_get(row, n)) for n in names} for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def to_markdown(rows, row_type=None, names: list[str] | None = None) -> str:
    """The rows as a Markdown (GitHub) table; ``|`` inside a cell is escaped.

    >>> print(to_markdown([{"a": 1, "b": "x|y"}], names=["a", "b"]), end="")
    | a | b |
    |---|---|
    | 1 | x\\|y |
    """
    names = names or columns(rows, row_type)
    def cell(value) -> str:
        return str(_cell(value)).replace("|", "\\|").replace("\n", " ")
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    lines += ["| " + " | ".join(cell(_get(row, n)) for n in names) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def render(rows, fmt: str, row_type=None, columns: list[str] | None = None) -> str:
    """The rows in ``fmt`` (``csv``, ``json`` or ``markdown``); ``columns`` names the columns of dict rows.

    >>> print(render([{"file": "a.txt", "value": 3.0}], "csv", columns=["file", "value"]), end="")
    file,value
    a.txt,3
    """
    if fmt == "csv":
        return to_csv(rows, row_type, columns)
    if fmt == "json":
        return to_json(rows, row_type, columns)
    if fmt == "markdown":
        return to_markdown(rows, row_type, columns)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
