"""Parts of an event named as one of its side events, where the tokenizer splits the
noun at its hyphen ("one of 12 sub-forums of the expo"): the counted noun is the last
piece, not "sub". Our own sentences."""

from __future__ import annotations

import pytest

from conftest import relation_facts

pytestmark = pytest.mark.model


def _made_by(nlp, text: str, name: str) -> set[tuple[str, str, str]]:
    return relation_facts(nlp, text, "2023-09-20", rule=name)


def test_one_of_the_hyphenated_sub_forums_is_a_part(nlp):
    text = (
        "The 20th China-ASEAN Expo opened in Nanning on Sunday. The China-ASEAN Digital "
        "Trade Forum, one of 12 sub-forums of the expo, drew 400 delegates."
    )
    made = _made_by(nlp, text, "one-of-the-events")
    assert ("China-ASEAN Digital Trade Forum", "partOf", "20th China-ASEAN Expo") in made


def test_one_of_the_sub_themes_is_no_part(nlp):
    text = (
        "The 20th China-ASEAN Expo opened in Nanning on Sunday. The China-ASEAN Digital "
        "Trade Forum, one of 12 sub-themes of the expo, drew 400 delegates."
    )
    assert _made_by(nlp, text, "one-of-the-events") == set()


def test_an_event_noun_on_the_sidelines_of_another_is_a_part(nlp):
    """ "bring exporters to a X seminar on the sidelines of the expo": the parser hangs the
    phrase on the seminar, not on the verb; the seminar is part of the expo. One "on the
    eve of" the expo is not."""
    text = (
        "The 14th China-ASEAN Expo opens in Nanning on Tuesday. The council will bring 40 "
        "Thai exporters to a Thailand-Yunnan logistics seminar on the sidelines of the fair "
        "on Friday."
    )
    made = _made_by(nlp, text, "side-event-noun-sidelines")
    assert ("Thailand-Yunnan logistics seminar", "partOf", "14th China-ASEAN Expo") in made
    text = text.replace("on the sidelines of", "on the eve of")
    assert _made_by(nlp, text, "side-event-noun-sidelines") == set()


def test_a_side_forum_named_so_is_part_of_the_event_in_scope(nlp):
    """ "the Upland Rice Breeding side forum": a lower-case "side" within the name says
    the event runs alongside the one in scope; a "youth forum" says nothing of the kind."""
    text = (
        "The 5th China-ASEAN Seed Fair opened in Nanning on Monday. Farmers from Laos will "
        "take part in the Upland Rice Breeding side forum on Tuesday."
    )
    made = _made_by(nlp, text, "concurrent-event")
    assert ("Upland Rice Breeding side forum", "partOf", "5th China-ASEAN Seed Fair") in made
    text = text.replace("side forum", "youth forum")
    assert _made_by(nlp, text, "concurrent-event") == set()


def test_events_in_a_region_list_no_side_events(nlp):
    """ "major events in the region, including the Asian Games": events "in" a place are
    the world's, not the event in scope's; "the events of the fair, including X" are."""
    opening = "The 5th China-ASEAN Seed Fair opened in Nanning on Monday. "
    text = opening + (
        "Editors agreed to cover major events in the region, including the 2026 Asian Games."
    )
    assert _made_by(nlp, text, "side-event-list") == set()
    text = opening + (
        "Editors agreed to cover the events of the fair, including the Mekong Rice Forum."
    )
    made = _made_by(nlp, text, "side-event-list")
    assert ("Mekong Rice Forum", "partOf", "5th China-ASEAN Seed Fair") in made


def test_an_event_that_is_one_of_several_alongside_another_is_no_part(nlp):
    """ "X is one of the three major festivals, alongside Y": "be alongside" compares
    peers; "X is held alongside Y" makes X part of Y."""
    text = (
        "The Mekong Business Forum, first held in 2015, is one of the region's three major "
        "forums, alongside the 5th China-ASEAN Seed Fair."
    )
    made = _made_by(nlp, text, "event-verb")
    assert not any(p == "partOf" for _, p, _ in made)
    text = "The Mekong Business Forum is held alongside the 5th China-ASEAN Seed Fair."
    made = _made_by(nlp, text, "event-verb")
    assert ("Mekong Business Forum", "partOf", "5th China-ASEAN Seed Fair") in made


def test_a_side_event_phrase_after_a_clause_without_object_describes_its_subject(nlp):
    """ "The X Forum opened here on Sunday, one of 80 events on the sidelines of E": the
    parser hangs the phrase on the verb; with no object there, it describes the subject."""
    text = (
        "NANNING, Sept. 17 -- The China-ASEAN Rice Breeding Forum opened here on Sunday, one "
        "of more than 80 events on the sidelines of the 20th China-ASEAN Expo."
    )
    made = _made_by(nlp, text, "one-of-the-events")
    assert made == {("China-ASEAN Rice Breeding Forum", "partOf", "20th China-ASEAN Expo")}


def test_a_side_event_phrase_after_a_clause_with_an_object_is_not_the_subject_s(nlp):
    text = (
        "The China-ASEAN Rice Breeding Forum praised the Mekong Seed Fair on Sunday, one of "
        "more than 80 events on the sidelines of the 20th China-ASEAN Expo."
    )
    made = _made_by(nlp, text, "one-of-the-events")
    assert ("China-ASEAN Rice Breeding Forum", "partOf", "20th China-ASEAN Expo") not in made


def test_a_series_held_alongside_the_expo_each_year_is_part_of_the_expo_s_series(nlp):
    """ "which is held alongside the expo each year": a clause of habit ties the summit's
    series to the expo's series, not to the edition "the expo" stands for in the report."""
    text = (
        "The 4th China-ASEAN Expo opened in Nanning on Sunday. The minister spoke at the 4th "
        "China-ASEAN Business and Investment Summit, which is held alongside the expo each "
        "year."
    )
    made = _made_by(nlp, text, "event-verb")
    summit, expo = "China-ASEAN Business and Investment Summit", "China-ASEAN Expo"
    assert (summit, "partOf", expo) in made
    assert (summit, "partOf", "4th China-ASEAN Expo") not in made


def test_a_summit_held_alongside_the_expo_this_week_is_part_of_the_edition(nlp):
    text = (
        "The 4th China-ASEAN Expo opened in Nanning on Sunday. The minister spoke at the 4th "
        "China-ASEAN Business and Investment Summit, which is held alongside the expo this "
        "week."
    )
    made = _made_by(nlp, text, "event-verb")
    parts = {(s, o) for s, p, o in made if p == "partOf"}
    assert parts == {("4th China-ASEAN Business and Investment Summit", "4th China-ASEAN Expo")}


@pytest.mark.parametrize(
    ("since", "host"),
    [
        ("held as part of the expo ever since", "China-ASEAN Expo"),
        ("first held as part of the expo in 2015", "China-ASEAN Expo"),
        ("held as part of the expo this week", "12th China-ASEAN Expo"),
    ],
)
def test_an_unnumbered_forum_held_as_part_of_the_expo_since_is_part_of_the_series(nlp, since, host):
    """ "The X Forum, held as part of the expo ever since": a clause of habit or beginning
    ties an unnumbered side event to the expo's series, not to the edition "the expo" stands
    for in the report; held "this week", it is part of that edition."""
    text = (
        "The 12th China-ASEAN Expo opened in Nanning on Sunday. The China-ASEAN Information "
        f"Harbor Forum, {since}, drew 300 delegates."
    )
    made = _made_by(nlp, text, "event-verb")
    assert {(s, o) for s, p, o in made if p == "partOf"} == {
        ("China-ASEAN Information Harbor Forum", host)
    }


def test_sessions_an_event_has_list_its_parts_after_among_them(nlp):
    """ "The X Forum featured eight themed sessions. Among them were A and B": the sessions
    are the forum's own (its verb's object), and "among them" lists them; an event that
    only "visited" the sessions of no event named there owns none (event39)."""
    text = (
        "The second Mekong Rice Forum in Vientiane on Monday featured six themed sessions. "
        "Among them were a Lancang-Mekong Seed Trade Dialogue and a rice milling workshop."
    )
    assert _made_by(nlp, text, "side-event-list") == {
        ("Lancang-Mekong Seed Trade Dialogue", "partOf", "2nd Mekong Rice Forum"),
        ("rice milling workshop", "partOf", "2nd Mekong Rice Forum"),
    }
    text = (
        "Delegates from Laos joined six themed sessions in Vientiane on Monday. "
        "Among them were a Lancang-Mekong Seed Trade Dialogue and the Mekong Rice Forum."
    )
    assert _made_by(nlp, text, "side-event-list") == set()
