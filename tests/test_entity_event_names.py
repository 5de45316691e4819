"""Event names the NER cuts or the rules missed (eventnames20): each shape with a
sentence of our own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities

pytestmark = pytest.mark.model


def test_in_inside_an_event_name_the_ner_read_whole(nlp):
    """ "the World Trade in Fisheries Forum": "in" inside one event's name, not a place's
    preposition, when the NER read the name whole and a name with an event's head follows."""
    found = entities(nlp, "The mayor addressed the World Trade in Fisheries Forum of the expo.")
    assert found.get("World Trade in Fisheries Forum") == "Event"
    assert "Fisheries Forum" not in found


def test_in_before_a_city_still_ends_an_event_name(nlp):
    found = entities(
        nlp, "The premier addressed the Global Trade Summit in Kuala Lumpur on Friday."
    )
    assert found.get("Global Trade Summit") == "Event"
    assert found.get("Kuala Lumpur") == "Place"


def test_ordinal_name_and_possessive_plural_before_a_lower_case_head(nlp):
    """ "the fifth Mekong-Japan (M-J) ministers' meeting": an ordinal, a name (a short gloss
    in brackets allowed) and "ministers'" before the lower-case event head is an edition."""
    found = entities(
        nlp, "Officials gathered in Hanoi for the fifth Mekong-Japan (M-J) ministers' meeting."
    )
    editions = [label for label, cls in found.items() if cls == "Event" and "5th" in label]
    assert editions, found
    found = entities(
        nlp, "Officials gathered in Hanoi for the sixth Mekong-Japan leaders' meeting."
    )
    assert any(cls == "Event" and "6th" in label for label, cls in found.items()), found


def test_a_possessive_plural_with_no_name_before_it_makes_no_event(nlp):
    found = entities(
        nlp, "The bloc was set up at the first foreign ministers' meeting in Jinghong."
    )
    assert not [label for label, cls in found.items() if cls == "Event"], found


def test_a_name_and_year_apposed_to_a_named_event_is_an_edition(nlp):
    """ "TFX Kuching 2025, the Borneo Timber Fair, was held": a name with no event head
    before a year, in apposition with an event's name, is an edition of that fair."""
    found = entities(nlp, "TFX Kuching 2025, the Borneo Timber Fair, was held at the stadium.")
    assert found.get("TFX Kuching 2025") == "Event", found


def test_a_name_and_year_apposed_to_a_body_stays_no_event(nlp):
    found = entities(nlp, "Petronas Chemicals 2024, the Kuala Lumpur Group, posted a loss.")
    assert found.get("Petronas Chemicals") == "Organisation", found
    assert not [label for label, cls in found.items() if cls == "Event"], found


def test_a_kindless_edition_numbered_next_follows_the_edition_before_it(nlp):
    """ "At the 14th Borneo Trade Fair ... the 15th edition opens": an edition with no kind,
    numbered right after an edition of a series in the same paragraph, is that series'
    next one, however often the text names another series."""
    text = (
        "The pact was signed at the 40th ASEAN Summit and praised at the 41st ASEAN Summit. "
        "Firms at the 14th Borneo Trade Fair in Kuching last month were hopeful. "
        "By the time the 15th edition opens next year, they want results."
    )
    found = entities(nlp, text)
    assert found.get("15th Borneo Trade Fair") == "Event", found
    assert "15th ASEAN Summit" not in found


def test_a_kindless_edition_not_numbered_next_is_left_to_the_count(nlp):
    text = (
        "The pact was signed at the 40th ASEAN Summit and praised at the 41st ASEAN Summit. "
        "Firms at the 14th Borneo Trade Fair in Kuching last month were hopeful. "
        "By the time the 42nd edition opens next year, they want results."
    )
    found = entities(nlp, text)
    assert "42nd Borneo Trade Fair" not in found, found


@pytest.mark.parametrize(
    "text, event",
    [
        # a name, lower-case nouns and a lower-case event noun: one event, as printed
        (
            "The minister opened a Vietnam-Laos coffee and tea forum on the sidelines of the fair.",
            "Vietnam-Laos coffee and tea forum",
        ),
        # a body's name and a lower-case event noun right after it
        (
            "Growers met at the Mekong Rice Council roundtable on Friday.",
            "Mekong Rice Council roundtable",
        ),
    ],
)
def test_a_name_and_a_lower_case_event_noun_is_one_event(nlp, text, event):
    assert entities(nlp, text).get(event) == "Event"


def test_a_place_and_a_lower_case_event_noun_stays_a_place(nlp):
    """ "the Hanoi weaving workshop": a workshop held in Hanoi, not an event named so."""
    found = entities(nlp, "Weavers from the village joined the Hanoi weaving workshop on Monday.")
    assert found.get("Hanoi") == "Place", found
    assert not [label for label, cls in found.items() if cls == "Event"], found


@pytest.mark.parametrize(
    "text, event, initiative",
    [
        (
            "Jakarta hosted the opening ceremony of the 2026 Indonesia-China Year of Youth "
            "Exchange on Monday.",
            "opening ceremony of the 2026 Indonesia-China Year of Youth Exchange",
            "Indonesia-China Year of Youth Exchange",
        ),
        (
            "Vientiane hosted the Laos-Thailand Year of Friendship 2026 closing ceremony.",
            "Laos-Thailand Year of Friendship 2026 closing ceremony",
            "Laos-Thailand Year of Friendship 2026",
        ),
    ],
)
def test_a_ceremony_of_an_initiative_is_the_event(nlp, text, event, initiative):
    """A ceremony opening or closing an initiative is the event, named as printed; the
    initiative stays an initiative inside it."""
    found = entities(nlp, text)
    assert found.get(event) == "Event", found
    assert found.get(initiative) == "Initiative", found


def test_a_ceremony_of_an_event_stays_an_occasion_of_it(nlp):
    found = entities(nlp, "Ministers attended the opening ceremony of the 12th Borneo Trade Fair.")
    assert found.get("12th Borneo Trade Fair") == "Event", found
    assert not [label for label in found if "ceremony" in label], found
