"""A body named with the country it belongs to ("the Fisheries Department of Thailand")
is also known by its own name without the country, as other stories write it: an alias,
the label keeping the whole name as printed. Sentences of our own, one the rule reads and
ones it must leave alone."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document

pytestmark = pytest.mark.model


def _aliases(nlp, text: str) -> dict[str, tuple[str, ...]]:
    """label → aliases of every entity resolved from ``text``."""
    resolved = resolve_document(nlp(text), None)
    return {e.label: e.aliases for e in resolved.entities.values()}


def test_a_body_of_a_country_is_known_without_it(nlp) -> None:
    found = _aliases(
        nlp,
        "Engineers of the Water Resources Department of Cambodia met the planners of the "
        "National Tourism Administration of the Philippines in Kunming.",
    )
    assert "Water Resources Department" in found["Water Resources Department of Cambodia"]
    assert (
        "National Tourism Administration"
        in found["National Tourism Administration of the Philippines"]
    )


def test_two_countries_bodies_or_the_bare_name_keep_it_off(nlp) -> None:
    # the same bare name for two countries' bodies would join them
    found = _aliases(
        nlp,
        "Teams from the Ministry of Tourism of Laos and the Ministry of Tourism of Myanmar "
        "toured the fair.",
    )
    assert "Ministry of Tourism" not in {a for aliases in found.values() for a in aliases}
    # a body the text names by the bare name is another node, not joined by the alias
    found = _aliases(
        nlp, "The Ministry of Health of Vietnam and the Ministry of Health signed the plan."
    )
    assert "Ministry of Health" not in found.get("Ministry of Health of Vietnam", ())
    # no country after the "of", or one word before it: no alias
    found = _aliases(nlp, "The Bank of Thailand and the Port Authority of Penang agreed.")
    assert "Bank" not in {a for aliases in found.values() for a in aliases}
    assert "Port Authority" not in {a for aliases in found.values() for a in aliases}
