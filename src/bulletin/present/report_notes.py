"""Sentences of notebook 07 (every report checked), worded from its tables.

Examples
--------
>>> import pandas as pd
>>> from bulletin.packs.labels import Labels
>>> rows = pd.DataFrame({"operation": ["headline"], "metric": ["cases"], "phrase": ["5万起"],
...                      "source_file": ["07_x.txt"], "note": ["assigned by what it counts"]})
>>> inferred_list(rows, Labels({}))
'- **headline: cases**, 5万起 (source 07): assigned by what it counts'
"""

from __future__ import annotations

import pandas as pd

from bulletin.present.context import source_id


def inferred_list(inferred: pd.DataFrame, labels) -> str:
    """The figures assigned to an operation by the project, not by their source: one line each."""
    return "\n".join(
        f"- **{labels.row(o, m)}**, {p} (source {source_id(s)}): {n}"
        for o, m, p, s, n in zip(inferred.operation, inferred.metric, inferred.phrase,
                                 inferred.source_file, inferred.note))


def _sentence(text: str) -> str:
    return text[:1].lower() + text[1:]


def bulletin_address(sources: pd.DataFrame, raw_name: str) -> str:
    """Where the bulletin's address comes from: the sources that share it, and why it is only
    probable (``sources``: the list of sources; ``raw_name``: the bulletin's file)."""
    listed = sources.set_index("file")
    raw = listed.loc[raw_name]
    same = listed[(listed.address == raw.address) & (listed.index != raw_name)]
    return (f"The bulletin's row in the list of sources now gives {raw.address} as its address. "
            + " ".join(f"That is the page of source {source_id(f)}, {r.publisher}: {_sentence(r.note)}."
                       for f, r in same.iterrows())
            + f" The row says why the address is only probable: {_sentence(raw.note)}.")
