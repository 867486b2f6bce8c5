"""Bulletins as data: a pack's manifest, its operations and labels."""
