"""The trigger words of the relation rules: ``data/rules/relations.json``, as sets.

Verbs and nouns (lemmas, lower case) are data, not code, so that a new reporting
verb ("rolled out") is one line in the JSON file. Each rule names the lists it
reads in its registry entry (:mod:`caexpo_kg.relate.registry`).
"""

from __future__ import annotations

import json
from functools import lru_cache

from ..resources import resource_dir

__all__ = ["lexicon"]


@lru_cache(maxsize=4)
def lexicon(rules_dir: str | None = None) -> dict[str, frozenset[str]]:
    """The word lists of ``relations.json`` in ``rules_dir`` (the shipped rules by default)."""
    folder = resource_dir("rules") if rules_dir is None else rules_dir
    with open(f"{folder}/relations.json", encoding="utf-8") as handle:
        data = json.load(handle)
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}
