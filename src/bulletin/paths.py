"""Where things live: the tables shipped with the package, and the project's own folders.

Two kinds of place:

- ``SHARED``: tables that hold across bulletins (metrics and their patterns, the glossary,
  the campaign's figures across years, the list of sources). They ship inside the package
  (``bulletin/data/``), so a regular ``pip install`` has them.
- ``ROOT`` and the folders under it: the project's checkout (its bulletin packs, its
  charts, its report). :func:`project_root` finds it from the package's own location (an
  editable install) or from the working folder upwards; it is ``None`` when neither is
  inside a checkout, and only the analysis needs it.

Examples
--------
>>> SHARED.name, (SHARED / "metrics.csv").is_file()
('data', True)
>>> PACKS.name, FIGURES.relative_to(ROOT).as_posix()
('packs', 'reports/figures')
"""

from __future__ import annotations

from pathlib import Path

#: The tables shipped with the package (``src/bulletin/data/`` in the checkout).
SHARED = Path(__file__).resolve().parent / "data"
#: The file that marks a project checkout, beside its ``packs/`` folder.
_MARKER = "pyproject.toml"


def project_root(start: Path | None = None) -> Path | None:
    """The project checkout: the package's own checkout, else the first folder upwards
    from ``start`` (the working folder) that holds ``pyproject.toml`` and ``packs/``."""
    candidates = [Path(__file__).resolve().parents[2]]
    here = (start or Path.cwd()).resolve()
    candidates += [here, *here.parents]
    for folder in candidates:
        if (folder / _MARKER).is_file() and (folder / "packs").is_dir():
            return folder
    return None


#: The project checkout; falls back to the working folder outside one.
ROOT = project_root() or Path.cwd()
#: One folder per bulletin (see :mod:`bulletin.packs`).
PACKS = ROOT / "packs"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
