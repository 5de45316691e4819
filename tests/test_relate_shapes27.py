"""Co-organisers (helper shapes27, 2026-12-06): organisations a copula puts "behind" an
event organise it, and a "bootcamp" is an event. Each on sentences of our own, with one
the rules must leave alone."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_organisations_behind_an_event_organise_it(nlp):
    text = (
        "The Penang Port Commission and Xiamen University are behind the third Straits "
        "Maritime Forum, which opens in George Town on Monday."
    )
    found = stated(relations_of(nlp, text, published="2024-03-01"))
    event = "3rd Straits Maritime Forum"
    assert (event, "organisedBy", "Penang Port Commission") in found
    assert (event, "organisedBy", "Xiamen University") in found


def test_sitting_behind_an_event_is_no_organising(nlp):
    text = "The Penang Port Commission sat behind the stage of the third Straits Maritime Forum."
    found = stated(relations_of(nlp, text, published="2024-03-01"))
    assert not any(p == "organisedBy" for _, p, _ in found)


def test_a_bootcamp_is_an_event_its_partner_a_co_organiser(nlp):
    text = (
        "The second Mekong Coding Bootcamp, held in Phnom Penh, was organised by the Royal "
        "University of Phnom Penh in partnership with Guangxi Normal University."
    )
    found = stated(relations_of(nlp, text, published="2023-05-02"))
    event = "2nd Mekong Coding Bootcamp"
    assert (event, "editionOf", "Mekong Coding Bootcamp") in found
    assert (event, "organisedBy", "Guangxi Normal University") in found


def test_a_bootcamp_supporter_is_no_organiser(nlp):
    text = (
        "The second Mekong Coding Bootcamp, held in Phnom Penh, was supported by the Asia "
        "Foundation."
    )
    found = stated(relations_of(nlp, text, published="2023-05-02"))
    assert ("2nd Mekong Coding Bootcamp", "organisedBy", "Asia Foundation") not in found
