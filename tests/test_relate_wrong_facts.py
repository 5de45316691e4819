"""Wrong facts on articles: clauses that tell of something other than the event in
scope (its earlier runs, ...) give it no place or year; each shape on sentences of our
own, with one it must still read."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def held_in(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}


def test_a_place_of_earlier_runs_is_not_the_events(nlp):
    text = (
        "The 9th Borneo Spice Fair opens in Kuching on Friday. "
        "It has been held in Sibu twice before, and this year's fair has 80 stands."
    )
    found = held_in(nlp, text)
    assert ("9th Borneo Spice Fair", "Kuching") in found
    assert not {place for _, place in found} & {"Sibu"}


def test_a_place_once_held_in_previously_is_not_the_events(nlp):
    text = (
        "The 5th Mekong Rice Forum opened in Hanoi on Monday. "
        "The forum was previously held in Kunming."
    )
    found = held_in(nlp, text)
    assert ("5th Mekong Rice Forum", "Hanoi") in found
    assert not {place for _, place in found} & {"Kunming"}


def test_a_place_the_event_is_held_in_before_another_event_still_counts(nlp):
    text = "The 5th Mekong Rice Forum was held in Kunming before the expo."
    assert ("5th Mekong Rice Forum", "Kunming") in held_in(nlp, text)
