"""The words every bulletin is read with, per language, and the metric table: data files and their loaders."""
