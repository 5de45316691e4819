"""Where a graph goes: an Oxigraph store (with its ledger), a Graph Store endpoint."""
