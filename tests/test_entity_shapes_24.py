"""Entity shapes read on training misses (helper ent24): each with a sentence of our own
read right and one it must leave alone."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document

pytestmark = pytest.mark.model


def entities(nlp, text: str) -> dict[str, str]:
    """label → core class of every entity resolved from ``text``."""
    resolved = resolve_document(nlp(text), None)
    return {e.label: e.core_class for e in resolved.entities.values()}


#: (sentence, name, its class, or None where the name must not be an entity)
SHAPES = [
    # a sentence's first word the tagger calls an adjective, a province GeoNames or
    # ISO 3166-2 knows, before a lower-case noun: the place the noun comes from
    ("Sarawak pepper grower Lundu Spice Co-operative signed a deal with Guangxi Yongxin Foods.",
     "Sarawak", "Place"),
    # ... but a capitalised English adjective opening a sentence is none
    ("Central banks of the region met in Jakarta on Monday.", "Central", None),
    ("Western companies signed a deal with Guangxi Yongxin Foods.", "Western", None),
    # a one-word place nothing knows that the NER cut from the proper noun it modifies
    ("A new wind farm in Kampong Speu will start next year.", "Kampong Speu", "Place"),
    ("A new wind farm in Kampong Speu will start next year.", "Kampong", None),
    # ... but a place GeoNames knows is read alone
    ("A new wind farm in Vientiane Speu will start next year.", "Vientiane Speu", None),
    # a country's possessive before a province it has that the NER left untyped
    ("Pepper growers in Malaysia's Sarawak state ship to Nanning.", "Sarawak", "Place"),
    # ... not a province of another country
    ("Pepper growers in Thailand's Sarawak state ship to Nanning.", "Sarawak", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core_class"), SHAPES)
def test_the_class_of_a_name_from_its_shape(nlp, text, name, core_class):
    assert entities(nlp, text).get(name) == core_class
