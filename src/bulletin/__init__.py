"""bulletin: turn a police bulletin's figures into a table of claims a reader can check.

Examples
--------
>>> from bulletin import find_figures
>>> [(f.value, f.qualifier, f.noun) for f in find_figures("more than 3,900 cases")]
[(3900, 'more_than', 'cases')]
"""

from .claims import Claim, Unclaimed, account, build_claims
from .errors import BulletinError
from .figures import Figure, Rejection, find_figures, scan
from .readings import figure_range, rounding_step
from .source import load_text

__all__ = [
    "BulletinError", "Claim", "Figure", "Rejection", "Unclaimed", "account", "build_claims",
    "figure_range", "find_figures", "load_text", "rounding_step", "scan",
]
__version__ = "0.1.0"
