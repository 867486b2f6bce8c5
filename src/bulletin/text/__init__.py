"""Reading a text: loading and checking a file, its script and language, paragraphs, sentences and clauses with offsets."""
