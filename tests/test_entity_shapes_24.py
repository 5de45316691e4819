"""Entity shapes read on training misses (helper ent24): each with a sentence of our own
read right and one it must leave alone."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document
from conftest import entities

pytestmark = pytest.mark.model


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


def _with_ner_bodies(nlp, text: str, names: list[str]) -> dict[str, str]:
    """The entities of ``text`` where the NER took each one-word name of ``names`` for a
    body (ORG) and found nothing else."""
    from spacy.tokens import Span

    with nlp.select_pipes(disable=["caexpo_entities"]):
        doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in names]
    resolved = resolve_document(nlp.get_pipe("caexpo_entities")(doc), None)
    return {e.label: e.core_class for e in resolved.entities.values()}


def test_the_other_end_of_a_route_from_a_place_the_ner_took_for_a_body(nlp):
    """ "between Vientiane and Boten", both typed ORG: the first end is a city GeoNames
    knows, so the other end is a place; after a name nothing knows as a place it is not."""
    text = "Freight trains between Vientiane and Boten now run twice daily, the ministry said."
    found = _with_ner_bodies(nlp, text, ["Vientiane", "Boten"])
    assert found.get("Boten") == "Place"
    text = "Freight trains between Lanexang and Boten now run twice daily, the ministry said."
    found = _with_ner_bodies(nlp, text, ["Lanexang", "Boten"])
    assert found.get("Boten") != "Place"
