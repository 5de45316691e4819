"""The implicit event (helper shapes25, 2026-12-06): an event that opens "for a fifth year"
numbers its edition, "the four-day gathering" and "this year's gathering" are the event in
scope, and a fest or showcase is "the fair". Each on sentences of our own, with one the
rules must leave alone."""

from __future__ import annotations

import pytest

from test_relate_shapes23 import entities
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_opening_for_a_fifth_year_numbers_the_edition(nlp):
    text = "The Sabah Orchid Fair opened in Kota Kinabalu on Friday for a fifth year."
    assert entities(nlp, text).get("5th Sabah Orchid Fair") == "Event"
    found = stated(relations_of(nlp, text, published="2022-05-06"))
    assert ("5th Sabah Orchid Fair", "editionOf", "Sabah Orchid Fair") in found
    assert ("5th Sabah Orchid Fair", "heldIn", "Kota Kinabalu") in found


def test_a_streak_of_years_numbers_no_edition(nlp):
    text = "The Sabah Orchid Fair opened in Kota Kinabalu on Friday for a fifth year in a row."
    assert "5th Sabah Orchid Fair" not in entities(nlp, text)
