"""Side events told after their clause and the bodies that host them: "joined the X
Session in Nanning on Sunday, a side event of E" (the phrase the parser hangs on the verb
describes the event named last before the comma), "The A Forum and the B Summit opened,
both under E" (each event "both" covers is a part), "The session was hosted by A" (the
session named just before, not the expo in scope), "The X Roundtable opened as one of the
main forums of E" (what the event's own clause says it is, after "as"). Our own sentences."""

from __future__ import annotations

import pytest

from conftest import relation_facts

pytestmark = pytest.mark.model

PROPERTIES = ("partOf", "organisedBy")


def _made(nlp, text: str, published: str = "2023-09-18") -> set[tuple[str, str, str]]:
    """Every partOf and organisedBy fact the rules make of ``text``, by labels."""
    return relation_facts(nlp, text, published, PROPERTIES)


def test_a_side_event_phrase_after_the_place_and_day_is_the_named_event_s(nlp):
    text = (
        "Vietnamese tea growers joined the China-ASEAN Tea Trade Roundtable in Pu'er on "
        "Monday, a side event of the 5th China-South Asia Expo."
    )
    assert _made(nlp, text, "2018-06-19") == {
        ("China-ASEAN Tea Trade Roundtable", "partOf", "5th China-South Asia Expo")
    }


def test_one_of_the_side_events_held_during_after_the_day_is_a_part(nlp):
    text = (
        "Scholars from Laos joined 150 researchers at the 3rd Mekong Think Tank Forum on "
        "Sunday, one of the side events held during the 16th China-ASEAN Expo."
    )
    assert _made(nlp, text, "2019-09-22") == {
        ("3rd Mekong Think Tank Forum", "partOf", "16th China-ASEAN Expo")
    }


def test_a_phrase_after_the_day_that_is_no_side_event_makes_no_part(nlp):
    text = (
        "Vietnamese tea growers joined the China-ASEAN Tea Trade Roundtable in Pu'er on "
        "Monday, a day before the 5th China-South Asia Expo."
    )
    assert _made(nlp, text, "2018-06-19") == set()


def test_both_under_an_event_makes_each_event_of_the_clause_a_part(nlp):
    text = (
        "The China-ASEAN Port Logistics Forum and the China-ASEAN Seafood Summit opened in "
        "Qinzhou on Friday, both under the 20th China-ASEAN Expo."
    )
    assert _made(nlp, text) == {
        ("China-ASEAN Port Logistics Forum", "partOf", "20th China-ASEAN Expo"),
        ("China-ASEAN Seafood Summit", "partOf", "20th China-ASEAN Expo"),
    }


def test_both_at_an_event_deals_out_no_part_to_bodies(nlp):
    text = "Huawei and ZTE exhibited in Nanning on Friday, both at the 20th China-ASEAN Expo."
    assert _made(nlp, text) == set()


def test_the_session_hosted_by_a_body_is_the_session_named_before(nlp):
    text = (
        "Coffee roasters from Laos joined the China-ASEAN Coffee Matchmaking Session in "
        "Nanning on Sunday, a side event of the 20th China-ASEAN Expo. The session was "
        "hosted by the Yunnan Coffee Traders Association."
    )
    session = "China-ASEAN Coffee Matchmaking Session"
    assert _made(nlp, text) == {
        (session, "partOf", "20th China-ASEAN Expo"),
        (session, "organisedBy", "Yunnan Coffee Traders Association"),
    }


def test_a_session_with_no_session_named_before_is_no_back_reference(nlp):
    text = (
        "Coffee roasters from Laos joined the 20th China-ASEAN Expo in Nanning on Sunday. "
        "The session was hosted by the Yunnan Coffee Traders Association."
    )
    assert ("20th China-ASEAN Expo", "organisedBy", "Yunnan Coffee Traders Association") not in (
        _made(nlp, text)
    )


@pytest.mark.parametrize(
    ("forums", "parts"),
    [
        (
            "parallel forums of the 20th China-ASEAN Expo",
            {("China-ASEAN Mangrove Roundtable", "partOf", "20th China-ASEAN Expo")},
        ),
        ("largest forums in Guangxi", set()),  # "in" names no event
    ],
)
def test_as_one_of_the_forums_of_an_event_makes_a_part(nlp, forums, parts):
    text = f"The China-ASEAN Mangrove Roundtable opened in Beihai on Sunday as one of the {forums}."
    assert _made(nlp, text) == parts
