"""Claims: figures with their operation, metric and quote; the structure of a text; the numerals that are not claims; output tables."""
