"""Marks inside a name that must not cut it: a slash glued between an acronym and another
word of the name ("the 5th UNEP/GEF Workshop ..."), and a city in brackets before the
head of a name that opens with a known place or body ("the China-ASEAN Marine Science
(Beihai) Centre"). Each shape with a sentence of our own read right and one it must
leave alone."""

from __future__ import annotations

import pytest

from conftest import entities

pytestmark = pytest.mark.model


#: (sentence, name, its class, or None where the name must not be an entity)
SHAPES = [
    # an acronym glued by a slash to the next word of the name: one name
    ("Delegates met at the 5th UNEP/GEF Workshop on Coastal Wetlands, organised by the "
     "Ministry of Environment.", "5th UNEP/GEF Workshop on Coastal Wetlands", "Event"),
    ("Delegates met at the 5th UNEP/GEF Workshop on Coastal Wetlands, organised by the "
     "Ministry of Environment.", "GEF Workshop on Coastal Wetlands", None),
    # two places in title case joined by a slash stay two places
    ("Flights between Hanoi/Saigon and Kunming resumed in May.", "Hanoi", "Place"),
    ("Flights between Hanoi/Saigon and Kunming resumed in May.", "Saigon", "Place"),
    # a city bracketed before the head of a body's name stays in the name
    ("The China-ASEAN Marine Science (Beihai) Centre opened on Friday.",
     "China-ASEAN Marine Science (Beihai) Centre", "Organisation"),
    ("The China-ASEAN Remote Sensing/GIS (Nanning) Centre opened on Friday.",
     "China-ASEAN Remote Sensing/GIS (Nanning) Centre", "Organisation"),
    # a city bracketed after a body's whole name is no part of it
    ("China Mobile (Guangxi) said profits rose.", "China Mobile", "Organisation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core"), SHAPES)
def test_names_with_glued_marks(nlp, text: str, name: str, core: str | None) -> None:
    found = entities(nlp, text)
    if core is None:
        assert name not in found, found
    else:
        assert found.get(name) == core, found
