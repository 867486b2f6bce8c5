"""Where the project's own folders are: its packs, its campaigns, its charts and report.

``ROOT`` is the project's checkout (its ``data/packs/`` and ``data/campaigns/``, its
charts, its report). :func:`project_root` finds it from the package's own location (an
editable install) or from the working folder upwards; it is ``None`` when neither is
inside a checkout, and only the analysis needs it. The engine itself reads no folder
here: what it needs to read any bulletin (its lexicon and metric table) ships inside the
package (:mod:`bulletin.lexicon`).

Examples
--------
>>> PACKS.relative_to(ROOT).as_posix(), FIGURES.relative_to(ROOT).as_posix()
('data/packs', 'reports/figures')
"""

from __future__ import annotations

from pathlib import Path

#: The file that marks a project checkout, beside its ``data/packs/`` folder.
_MARKER = "pyproject.toml"


def project_root(start: Path | None = None) -> Path | None:
    """The project checkout: the package's own checkout, else the first folder upwards
    from ``start`` (the working folder) that holds ``pyproject.toml`` and ``data/packs/``."""
    candidates = [Path(__file__).resolve().parents[2]]
    here = (start or Path.cwd()).resolve()
    candidates += [here, *here.parents]
    for folder in candidates:
        if (folder / _MARKER).is_file() and (folder / "data" / "packs").is_dir():
            return folder
    return None


#: The project checkout; falls back to the working folder outside one.
ROOT = project_root() or Path.cwd()
DATA = ROOT / "data"
#: One folder per bulletin (see :mod:`bulletin.packs.pack`).
PACKS = DATA / "packs"
#: One folder per campaign: its figures across years, operations, glossary and sources
#: (see :mod:`bulletin.analysis.context`).
CAMPAIGNS = DATA / "campaigns"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
