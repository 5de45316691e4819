"""Where an event is held when the sentence says it in words the place rules had not read:
a match or tournament "played" at a venue, a place hung on the occasion's noun ("at the
opening of the X Open in the border city of Hekou"), a place hung on the date an event is
"scheduled for". Each on sentences of our own, with one the rules must leave alone."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def held_in(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}


def test_a_tournament_played_at_a_venue_is_held_there(nlp):
    text = (
        "The 2023 Mekong Youth Futsal Cup was played at the Tuodong Sports Centre in Kunming "
        "over five days."
    )
    assert ("2023 Mekong Youth Futsal Cup", "Tuodong Sports Centre") in held_in(nlp, text)


def test_a_tournament_that_played_a_part_is_held_nowhere(nlp):
    text = (
        "The 2023 Mekong Youth Futsal Cup played a big part in the growth of sports tourism "
        "in Kunming."
    )
    assert not held_in(nlp, text)


def test_a_place_hung_on_the_opening_of_an_event_is_where_the_event_is(nlp):
    text = (
        "Governor Lo Van Tam greeted the teams at the opening of the 4th Red River Youth "
        "Chess Tournament in the border city of Lao Cai on Friday."
    )
    assert ("4th Red River Youth Chess Tournament", "Lao Cai") in held_in(nlp, text)


def test_a_date_hung_on_the_opening_of_an_event_places_nothing(nlp):
    text = (
        "Governor Lo Van Tam greeted the teams at the opening of the 4th Red River Youth "
        "Chess Tournament in May."
    )
    assert not held_in(nlp, text)


def test_a_place_hung_on_the_date_an_event_is_scheduled_for_is_where_it_runs(nlp):
    text = (
        "The 9th Mekong Seed Fair is scheduled for October 4-7, 2024, in Da Nang, organisers said."
    )
    assert ("9th Mekong Seed Fair", "Da Nang") in held_in(nlp, text)


def test_a_place_of_those_who_scheduled_it_is_no_venue(nlp):
    text = "The 9th Mekong Seed Fair is scheduled for October 4-7, 2024, officials in Hanoi said."
    assert not {place for _, place in held_in(nlp, text)} & {"Hanoi"}
