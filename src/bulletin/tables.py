"""Write lists of figures, claims or unclaimed numerals as CSV or JSON, deterministically.

Whole numbers are written without a decimal point; an open upper bound is written
``inf`` in CSV and ``null`` in JSON (JSON has no infinity).

Examples
--------
>>> from bulletin.figures import find_figures
>>> print(to_csv(find_figures("over 30 apps")), end="")
start,end,text,value,qualifier,low,high,kind,noun
0,7,over 30,30,more_than,30,40,count,apps
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import fields

FORMATS = ("csv", "json")


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


def to_csv(rows, row_type=None) -> str:
    """The rows as CSV text with a header line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    names = columns(rows, row_type)
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(getattr(row, n)) for n in names])
    return out.getvalue()


def to_json(rows, row_type=None) -> str:
    """The rows as a JSON array of objects, one per row."""
    names = columns(rows, row_type)
    records = [{n: _json_cell(getattr(row, n)) for n in names} for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def render(rows, fmt: str, row_type=None) -> str:
    """The rows in ``fmt`` (``csv`` or ``json``)."""
    if fmt == "csv":
        return to_csv(rows, row_type)
    if fmt == "json":
        return to_json(rows, row_type)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
