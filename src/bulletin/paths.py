"""The project's folders, in one place, so that no notebook writes ``../data``.

Examples
--------
>>> RAW.name, REFERENCE.name
('raw', 'reference')
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
RAW = DATA / "raw"
REFERENCE = DATA / "reference"
PROCESSED = DATA / "processed"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"

#: The bulletin this project analyses.
BULLETIN = RAW / "cleaning-the-internet-2021-stage-results.en.txt"
#: Checksums of the files in ``data/raw/``, in ``sha256sum`` format.
CHECKSUMS = RAW / "SHA256SUMS"
