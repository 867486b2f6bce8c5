"""``python -m bulletin``: see :mod:`bulletin.cli`."""

import sys

from bulletin.cli import main

sys.exit(main())
