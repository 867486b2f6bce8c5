"""``python -m bulletin``: see :mod:`bulletin.cli`."""

import sys

from .cli import main

sys.exit(main())
