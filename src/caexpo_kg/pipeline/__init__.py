"""One document through extract → resolve → relate, and where that runs (engines)."""
