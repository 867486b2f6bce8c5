"""Analysis on claims tables: interval arithmetic, checks, a campaign's reports across years, the translation check, sensitivity to the reading."""
