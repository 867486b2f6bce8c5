"""Presentation: the words a reader sees, tables and charts."""
