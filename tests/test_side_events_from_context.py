"""Side events: events written in lower case that a sentence lists as held within a host
("Held within X were a sub-forum on ... and a workshop on ..."), what is part of the host
("running as part of the forum are ...", "one of 60 events on the sidelines of E"), and
that a side event described in lower case takes no year from its host; a word the tagger
took for a verb inside a listed event ends no list (event37). Each with a
sentence of our own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_lower_case_side_events_listed_with_and(nlp):
    """ "Held within X were a sub-forum on ... and a workshop on ...": events written in
    lower case, listed as side events, are events labelled without the article; a
    workshop named alone, with no side event in sight, is left alone."""
    text = (
        "Held within the 2021 China-ASEAN Seed Forum in Nanning were a sub-forum on rice "
        "breeding and a workshop on seed testing."
    )
    found = entities(nlp, text)
    assert found.get("sub-forum on rice breeding") == "Event"
    assert found.get("workshop on seed testing") == "Event"
    text = "The ministry will run a workshop on seed testing and a course on rice breeding."
    assert "workshop on seed testing" not in entities(nlp, text)


def test_lower_case_side_event_beside_a_named_one(nlp):
    """ "two side events ...: the X Forum and a Lao rice tasting session": listed with a
    named side event, the lower-case one (a place opening it) is an event too; one
    listed with a class, in no sentence of side events, is not."""
    text = (
        "Two side events closed the 2020 Mekong Rice Fair on Sunday: the Lancang Grain "
        "Logistics Forum and a Lao rice tasting session."
    )
    assert entities(nlp, text).get("Lao rice tasting session") == "Event"
    text = "Farmers from Laos joined a rice tasting session and a cooking class."
    assert "rice tasting session" not in entities(nlp, text)


def test_a_name_and_the_head_alone_is_no_side_event(nlp):
    """ "a Lancang-Mekong roundtable on ...": a name right before the event's head is left
    to the rules of named events; a name with lower-case words before it is read."""
    text = (
        "Side events of the 2018 Kunming Fair included the Yunnan Tea Forum and a "
        "Lancang-Mekong roundtable on river shipping."
    )
    found = entities(nlp, text)
    assert "Lancang-Mekong roundtable on river shipping" not in found
    text = (
        "Side events of the 2018 Kunming Fair included the Yunnan Tea Forum and a "
        "Lancang-Mekong river shipping roundtable."
    )
    assert entities(nlp, text).get("Lancang-Mekong river shipping roundtable") == "Event"


HELD_WITHIN = (
    "Held within the 2021 China-ASEAN Seed Forum in Nanning were a sub-forum on rice "
    "breeding and a workshop on seed testing."
)


def test_a_host_named_with_its_year_holds_the_events_after_it(nlp):
    """The host's mention starts where its year does: the longer one is the host."""
    found = stated(relations_of(nlp, HELD_WITHIN, published="2021-09-10"))
    host = "2021 China-ASEAN Seed Forum"
    assert ("sub-forum on rice breeding", "partOf", host) in found
    assert ("workshop on seed testing", "partOf", host) in found


def test_an_event_before_the_host_is_no_part_of_it(nlp):
    text = (
        "Before the 2021 China-ASEAN Seed Forum in Nanning came a sub-forum on rice "
        "breeding and a workshop on seed testing."
    )
    found = stated(relations_of(nlp, text, published="2021-09-10"))
    assert not any(p == "partOf" for _, p, _ in found)


def test_a_described_side_event_takes_no_year_from_its_host(nlp):
    """The host's year stays its own; a named side event still takes it."""
    found = stated(relations_of(nlp, HELD_WITHIN, published="2021-09-10"))
    assert ("2021 China-ASEAN Seed Forum", "inYear", "2021") in found
    assert ("workshop on seed testing", "inYear", "2021") not in found
    text = (
        "Held within the 2021 China-ASEAN Seed Forum in Nanning were the ASEAN Rice Breeding "
        "Dialogue and the Seed Testing Workshop."
    )
    found = stated(relations_of(nlp, text, published="2021-09-10"))
    assert ("Seed Testing Workshop", "partOf", "2021 China-ASEAN Seed Forum") in found
    assert ("Seed Testing Workshop", "inYear", "2021") in found


def part_of(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "partOf"}


@pytest.mark.parametrize(
    "text",
    [
        "The 2021 ASEAN Tourism Forum opened in Bangkok on Monday. Running as part of the forum "
        "are the China-ASEAN Travel Dialogue and the Mekong Hotel Summit, a meeting staged at "
        "a riverside hotel.",
        "The 2021 ASEAN Tourism Forum opened in Bangkok on Monday. Taking place as part of the "
        "forum were the China-ASEAN Travel Dialogue and the Mekong Hotel Summit.",
    ],
)
def test_events_after_a_fronted_part_of_phrase_and_a_copula_are_part_of_it(nlp, text):
    found = part_of(nlp, text)
    assert ("Mekong Hotel Summit", "2021 ASEAN Tourism Forum") in found


def test_a_word_tagged_as_a_verb_inside_a_listed_event_ends_no_list(nlp):
    """ "a think tank forum": the tagger's verb "think" is a word of the event's name; a
    second clause after "while" lists nothing (event37)."""
    text = (
        "The 9th China-South Asia Expo opened in Kunming on Monday. Running alongside the "
        "expo are a China-Laos think tank forum and a seminar on rubber prices, while a "
        "workshop on tea grading opens on Friday."
    )
    found = part_of(nlp, text)
    assert ("China-Laos think tank forum", "9th China-South Asia Expo") in found
    assert ("workshop on tea grading", "9th China-South Asia Expo") not in found


def test_a_fronted_part_of_phrase_before_a_clause_lists_no_parts(nlp):
    text = (
        "The 2021 ASEAN Tourism Forum opened in Bangkok on Monday. Running as part of the forum "
        "were talks that the Mekong Hotel Summit later took up."
    )
    assert ("Mekong Hotel Summit", "2021 ASEAN Tourism Forum") not in part_of(nlp, text)


EXPO = "18th Borneo Food Expo"


def test_apposed_side_event_on_the_sidelines(nlp):
    text = (
        "The Borneo Ports Forum, one of 60 events on the sidelines of the 18th Borneo Food "
        "Expo, drew port operators to Kuching on Sunday."
    )
    found = stated(relations_of(nlp, text))
    assert ("Borneo Ports Forum", "partOf", EXPO) in found


def test_apposed_event_on_the_fringes_of_a_city(nlp):
    text = (
        "The Borneo Ports Forum, one of 60 events on the fringes of Kuching, drew port "
        "operators on Sunday, a week before the 18th Borneo Food Expo."
    )
    found = stated(relations_of(nlp, text))
    assert ("Borneo Ports Forum", "partOf", EXPO) not in found


def test_lower_case_side_event_with_a_for_topic(nlp):
    """ "a matchmaking session for e-commerce start-ups": who an event is for names it as
    its "on" topic does, in a sentence of side events; outside one it is left alone."""
    text = (
        "Held within the 2022 Mekong Trade Forum in Vientiane were a workshop for young "
        "diplomats and a matchmaking session for coffee growers."
    )
    assert entities(nlp, text) == {
        "2022 Mekong Trade Forum": "Event",
        "Mekong Trade Forum": "Event",
        "2022": "Year",
        "Vientiane": "Place",
        "workshop for young diplomats": "Event",
        "matchmaking session for coffee growers": "Event",
    }
    text = "The ministry ran a workshop for young diplomats and a course for coffee growers."
    assert entities(nlp, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The 18th Borneo Food Expo opened in Kuching on Friday. Several forums were held on "
        "its sidelines, including the Borneo Ports Forum and the Sarawak Pepper Dialogue.",
        "The 18th Borneo Food Expo opened in Kuching on Friday. More than 60 events were held "
        "during the expo, among them the Borneo Ports Forum and the Sarawak Pepper Dialogue.",
    ],
)
def test_events_listed_after_a_clause_held_within_the_expo_are_its_parts(nlp, text):
    assert part_of(nlp, text) == {
        ("Borneo Ports Forum", EXPO),
        ("Sarawak Pepper Dialogue", EXPO),
    }


def test_events_listed_after_a_clause_held_in_a_city_are_no_parts(nlp):
    text = (
        "The 18th Borneo Food Expo opened in Kuching on Friday. More than 60 events were held "
        "in Kuching this year, including the Borneo Ports Forum and the Sarawak Pepper Dialogue."
    )
    assert part_of(nlp, text) == set()


def test_it_is_one_of_the_events_on_the_sidelines_of_the_expo(nlp):
    text = (
        "The 18th Borneo Food Expo opened in Kuching on Friday. The Borneo Ports Forum opened "
        "on Saturday. It is one of 60 events on the sidelines of the expo."
    )
    assert part_of(nlp, text) == {("Borneo Ports Forum", EXPO)}


@pytest.mark.parametrize(
    "text",
    [
        "The 18th Borneo Food Expo opened in Kuching on Friday. The Borneo Ports Forum is one "
        "of the biggest events of the year.",
        "The 18th Borneo Food Expo opened in Kuching on Friday. The Borneo Ports Forum is one "
        "of the events before the expo.",
    ],
)
def test_one_of_the_events_of_a_time_is_no_part_of_the_expo(nlp, text):
    assert part_of(nlp, text) == set()


def test_side_events_of_its_own_are_the_expo_s(nlp):
    text = (
        "The 18th Borneo Food Expo came with two side events of its own: the Borneo Ports "
        "Forum and the Sarawak Pepper Dialogue."
    )
    assert part_of(nlp, text) == {
        ("Borneo Ports Forum", EXPO),
        ("Sarawak Pepper Dialogue", EXPO),
    }
