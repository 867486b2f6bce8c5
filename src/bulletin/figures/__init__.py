"""Finding figures: the English and Chinese finders, numerals, and the readings of a qualifier."""
