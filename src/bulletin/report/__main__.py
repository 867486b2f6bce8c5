"""``python -m bulletin.report``: re-run the notebooks and write the HTML report."""

import sys

from bulletin.report.build import main

sys.exit(main())
