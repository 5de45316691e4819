"""Stage 3 — resolution: spans into entities, and merging entities across documents."""
