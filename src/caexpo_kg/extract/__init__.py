"""Stage 2 — extraction: the spaCy pipeline and our components (entity spans)."""
