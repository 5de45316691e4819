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


def in_year(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "inYear"}


def test_the_year_of_a_run_held_again_is_not_the_events(nlp):
    text = (
        "The Borneo Spice Fair opened in Kuching on Friday. "
        "Organisers said they would hold the fair again in 2020."
    )
    found = in_year(nlp, text)
    assert ("Borneo Spice Fair", "2019") in found
    assert ("Borneo Spice Fair", "2020") not in found


def test_a_numbered_edition_held_again_somewhere_keeps_its_year(nlp):
    text = (
        "The Borneo Spice Fair opened in Kuching on Friday. "
        "The 10th Borneo Spice Fair will again be held in Kuching in 2020."
    )
    assert ("10th Borneo Spice Fair", "2020") in in_year(nlp, text)


def test_the_city_a_host_sits_in_is_not_the_venue(nlp):
    text = (
        "The Mekong Youth Forum, held on June 3 at Guangxi University, was hosted by the "
        "ASEAN-China Centre in Beijing and the Guangxi Education Department."
    )
    assert not {place for _, place in held_in(nlp, text)} & {"Beijing"}


def test_a_city_that_hosts_is_still_the_venue(nlp):
    text = "The Mekong Youth Forum was hosted by the city of Kunming."
    assert ("Mekong Youth Forum", "Kunming") in held_in(nlp, text)
