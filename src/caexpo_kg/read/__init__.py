"""Stage 1 — reading: files, folders, JSON Lines and HTML into ``Document`` records."""
