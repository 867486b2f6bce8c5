"""The reader's report: re-running the notebooks and writing the HTML pages."""
