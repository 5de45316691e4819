"""Nodes a reader would not list, or would list under another class: a capital a
speaker says "would" do something (its government), an interview's initials before a
colon (who speaks), a street named "... Road" (a place, not a road-building
initiative), and names joined before "provinces" (places). Each with a sentence of our
own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities, with_ner

pytestmark = pytest.mark.model


def test_a_capital_reported_to_do_something_is_its_government(nlp):
    """ "He pledged that Hanoi would keep ..." / "thanked Hanoi for": the capital speaks
    or is thanked for its government, no place of the story; one that "would host" the
    talks is where they happen."""
    text = (
        "The minister pledged that Hanoi would keep the corridor a priority. "
        "Chea Vanna thanked Hanoi for its support."
    )
    found = entities(nlp, text)
    assert "Hanoi" not in found
    assert found.get("Chea Vanna") == "Person"
    text = "The minister said Hanoi would host the next round of the talks in May."
    assert entities(nlp, text).get("Hanoi") == "Place"


def test_an_interviews_initials_before_a_colon_are_no_person(nlp):
    """ "PT: Why does it matter?" on line after line: the paper's (or the guest's)
    initials mark who speaks; a name printed once at a line's start before a colon is
    left to the other rules."""
    text = (
        "Kestrel Air flies to Kunming twice a week.\n"
        "PT: Why does cargo matter so much?\n"
        "SV: Because fruit pays for the seats.\n"
        "PT: What comes next?\n"
        "SV: A third flight from Siem Reap."
    )
    found = with_ner(nlp, text, [("PT", "PERSON"), ("Kestrel Air", "ORG")])
    assert "PT" not in found
    assert found.get("Kestrel Air") == "Organisation"
    text = "Sok Vanna: a cargo pioneer\nSok Vanna founded the airline in Phnom Penh."
    found = with_ner(nlp, text, [("Sok Vanna", "PERSON"), ("Phnom Penh", "GPE")])
    assert found.get("Sok Vanna") == "Person"


def test_a_road_named_after_on_is_a_street(nlp):
    """ "the jam on Bogyoke Road": a name ending in "Road" right after "on" is a street, a
    place; "along the Silk Road" (with its article) stays the initiative it was."""
    text = "Traffic on Bogyoke Road came to a halt after the rain in Yangon."
    assert entities(nlp, text).get("Bogyoke Road") == "Place"
    text = "Ports along the Maritime Silk Road handled more containers this year."
    assert entities(nlp, text).get("Maritime Silk Road") != "Place"


def test_names_joined_before_a_plural_place_noun_are_places(nlp):
    """ "growers in Houaphanh and Xaignabouli provinces": both names are places, whatever
    the NER called them; two firms joined by "and" before a verb stay what they were."""
    text = "Growers in Houaphanh and Xaignabouli provinces sell cassava to Yunnan."
    found = with_ner(
        nlp, text, [("Houaphanh", "PERSON"), ("Xaignabouli", "ORG"), ("Yunnan", "GPE")]
    )
    assert found.get("Houaphanh") == "Place"
    assert found.get("Xaignabouli") == "Place"
    text = "Kestrel Foods and Sok Harvest will both be in the hall."
    found = with_ner(nlp, text, [("Kestrel Foods", "ORG"), ("Sok Harvest", "ORG")])
    assert found.get("Kestrel Foods") == "Organisation"
    assert found.get("Sok Harvest") == "Organisation"

