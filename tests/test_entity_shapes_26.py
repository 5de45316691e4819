"""Events found from context (helper ent26): side events written in lower case, and
fairs named with no event word that count their own runs or are "put on by" a body. Each
with a sentence of our own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities, with_ner

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


def test_a_head_less_name_counting_its_own_runs_is_an_event(nlp):
    """ "Pacific Agri Asia returned to Suntec City for its ninth outing": a name with no
    event word that counts its own runs is a staged event, and its ninth edition; without
    the count it is not made one."""
    text = "Pacific Agri Asia returned to Suntec City for its ninth outing on Monday."
    found = entities(nlp, text)
    assert found.get("Pacific Agri Asia") == "Event"
    assert found.get("9th Pacific Agri Asia") == "Event"
    text = "Pacific Agri Asia returned to Suntec City on Monday."
    assert entities(nlp, text).get("Pacific Agri Asia") != "Event"


def test_a_name_put_on_by_a_body_is_an_event(nlp):
    """ "Bolaven Brew, put on by the Lao Coffee Association, ...": what a body puts on is
    an event, whatever the NER called it (here a person), and the superlative before it
    that is back "for a third year" numbers it; a person "hosted by" a body stays one."""
    text = (
        "Laos's largest coffee show is back at the Pakse Convention Hall for a third year. "
        "Bolaven Brew, put on by the Lao Coffee Association, has 60 booths this week."
    )
    found = with_ner(nlp, text, [("Bolaven Brew", "PERSON"), ("Lao Coffee Association", "ORG")])
    assert found.get("Bolaven Brew") == "Event"
    assert found.get("3rd Bolaven Brew") == "Event"
    text = "Somchai Wongsa, hosted by the Lao Coffee Association, toured the booths."
    found = with_ner(nlp, text, [("Somchai Wongsa", "PERSON"), ("Lao Coffee Association", "ORG")])
    assert found.get("Somchai Wongsa") == "Person"


def test_a_country_bracketed_after_a_body_ends_its_name(nlp):
    """ "Organiser Kessler Fairs (Malaysia) says ...": the country bracketed after a
    body's name is its branch's, part of the name (no place of the story); a place's
    bracketed country is left apart."""
    text = "Organiser Kessler Fairs (Malaysia) says the show is fully booked."
    found = with_ner(nlp, text, [("Kessler Fairs", "ORG"), ("Malaysia", "GPE")])
    assert found.get("Kessler Fairs (Malaysia)") == "Organisation"
    assert "Malaysia" not in found
    text = "Buyers flew to Penang (Malaysia) on Monday."
    found = with_ner(nlp, text, [("Penang", "GPE"), ("Malaysia", "GPE")])
    assert found.get("Penang") == "Place"
    assert "Penang (Malaysia)" not in found


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
