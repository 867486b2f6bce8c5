"""bulletin: turn a police bulletin's figures into a table of claims a reader can check.

Examples
--------
>>> from bulletin import build_claims, find_figures
>>> [(f.value, f.qualifier, f.noun) for f in find_figures("more than 3,900 cases")]
[(3900, 'more_than', 'cases')]
>>> [(c.value, c.metric, c.lang) for c in build_claims("侦破案件3900余起。")]
[(3900, 'cases', 'zh')]
"""

from bulletin.claims.build import Claim, Unclaimed, account, build_claims, figures_of
from bulletin.errors import BulletinError
from bulletin.figures.en import find_figures, scan
from bulletin.figures.model import Figure, Rejection
from bulletin.text.language import detect_language
from bulletin.figures.readings import figure_range, rounding_step
from bulletin.text.load import load_text

__all__ = [
    "BulletinError", "Claim", "Figure", "Rejection", "Unclaimed", "account", "build_claims",
    "detect_language", "figure_range", "figures_of", "find_figures", "load_text",
    "rounding_step", "scan",
]
__version__ = "0.1.0"
