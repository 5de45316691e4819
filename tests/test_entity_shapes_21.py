"""Entity shapes read on batches 14 to 17 (helper ent21): each with a sentence of our own
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
    # a named division "of" the place that holds it: two places, the division ends at "of"
    ("The talks were held in Sanya in Hainan Province of the People's Republic of China.",
     "Hainan Province of the People's Republic of China", None),
    ("The forum met at a hotel in the Chaoyang District of Beijing on Friday.",
     "Chaoyang District", "Place"),
    ("The mayor of the City of Manila opened the fair.", "City of Manila", "Place"),
    # a place named by its head only ever before lower-case adjectives and a noun describes
    ("The Trans-Andaman Gulf economic belt links four provinces.", "Trans-Andaman Gulf",
     None),
    ("Shipping in the Trans-Andaman Gulf grew last year.", "Trans-Andaman Gulf", "Place"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core_class"), SHAPES)
def test_the_class_of_a_name_from_its_shape(nlp, text, name, core_class):
    assert entities(nlp, text).get(name) == core_class
