"""The implicit event (helper shapes25, 2026-12-06): an event that opens "for a fifth year"
numbers its edition, "the four-day gathering" and "this year's gathering" are the event in
scope, and a fest or showcase is "the fair". Each on sentences of our own, with one the
rules must leave alone."""

from __future__ import annotations

import pytest

from test_relate_shapes23 import entities
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_opening_for_a_fifth_year_numbers_the_edition(nlp):
    text = "The Sabah Orchid Fair opened in Kota Kinabalu on Friday for a fifth year."
    assert entities(nlp, text).get("5th Sabah Orchid Fair") == "Event"
    found = stated(relations_of(nlp, text, published="2022-05-06"))
    assert ("5th Sabah Orchid Fair", "editionOf", "Sabah Orchid Fair") in found
    assert ("5th Sabah Orchid Fair", "heldIn", "Kota Kinabalu") in found


def test_a_streak_of_years_numbers_no_edition(nlp):
    text = "The Sabah Orchid Fair opened in Kota Kinabalu on Friday for a fifth year in a row."
    assert "5th Sabah Orchid Fair" not in entities(nlp, text)


def test_the_four_day_gathering_is_the_event_in_scope(nlp):
    text = (
        "The 9th Mekong Rice Expo opened in Can Tho on Monday. The four-day gathering, "
        "organised by the Can Tho People's Committee, has 400 booths."
    )
    found = stated(relations_of(nlp, text, published="2021-03-08"))
    assert ("9th Mekong Rice Expo", "organisedBy", "Can Tho People's Committee") in found


def test_a_bare_gathering_is_not_the_event(nlp):
    text = (
        "The 9th Mekong Rice Expo opened in Can Tho on Monday. The gathering, organised "
        "by the Can Tho People's Committee, drew 400 farmers to the city's main square."
    )
    found = stated(relations_of(nlp, text, published="2021-03-08"))
    assert ("9th Mekong Rice Expo", "organisedBy", "Can Tho People's Committee") not in found


def test_a_fest_is_the_fair(nlp):
    text = (
        "The 3rd Penang Durian Fest opened in George Town on Saturday. The fair is being "
        "staged at the Setia SPICE Convention Centre."
    )
    found = stated(relations_of(nlp, text, published="2023-06-17"))
    assert ("3rd Penang Durian Fest", "heldIn", "Setia SPICE Convention Centre") in found


def test_a_fest_is_not_the_forum(nlp):
    text = (
        "The 3rd Penang Durian Fest opened in George Town on Saturday. The forum is being "
        "staged at the Setia SPICE Convention Centre."
    )
    found = stated(relations_of(nlp, text, published="2023-06-17"))
    assert ("3rd Penang Durian Fest", "heldIn", "Setia SPICE Convention Centre") not in found


def test_two_staged_events_joined_by_and_a_share_the_place(nlp):
    text = (
        "On the sidelines of the 8th Mekong Rice Expo, the hosts held a Mekong-Lancang "
        "Forum on Seed Trade and a Mekong Rice Culture Week in Can Tho."
    )
    found = stated(relations_of(nlp, text, published="2020-03-08"))
    assert ("Mekong-Lancang Forum on Seed Trade", "heldIn", "Can Tho") in found


def test_an_event_and_a_firm_do_not_share_the_place(nlp):
    text = (
        "On the sidelines of the 8th Mekong Rice Expo, the hosts held a Mekong-Lancang "
        "Forum on Seed Trade and a seed company's fair in Can Tho."
    )
    found = stated(relations_of(nlp, text, published="2020-03-08"))
    assert ("Mekong-Lancang Forum on Seed Trade", "heldIn", "Can Tho") not in found


def test_a_body_that_stages_the_fair_organises_it(nlp):
    text = (
        "The 6th Sabah Pepper Fair opened in Kota Kinabalu on Friday. The Sabah Pepper "
        "Board, which stages the fair, expects 20,000 visitors."
    )
    found = stated(relations_of(nlp, text, published="2022-05-06"))
    assert ("6th Sabah Pepper Fair", "organisedBy", "Sabah Pepper Board") in found


def test_a_body_that_praises_the_fair_does_not(nlp):
    text = (
        "The 6th Sabah Pepper Fair opened in Kota Kinabalu on Friday. The Sabah Pepper "
        "Board, which praises the fair, expects 20,000 visitors."
    )
    found = stated(relations_of(nlp, text, published="2022-05-06"))
    assert ("6th Sabah Pepper Fair", "organisedBy", "Sabah Pepper Board") not in found


def test_organisers_listed_after_the_role_organise(nlp):
    text = (
        "The 5th Mekong Dairy Forum opened in Hanoi on Monday. Its organisers, the Hanoi "
        "Dairy Association and the Lanna Milk Board, expect 300 delegates."
    )
    found = stated(relations_of(nlp, text, published="2023-05-08"))
    assert ("5th Mekong Dairy Forum", "organisedBy", "Hanoi Dairy Association") in found
    assert ("5th Mekong Dairy Forum", "organisedBy", "Lanna Milk Board") in found


def test_bodies_listed_after_another_role_do_not(nlp):
    text = (
        "The 5th Mekong Dairy Forum opened in Hanoi on Monday. Its critics, the Hanoi "
        "Dairy Association and the Lanna Milk Board, expect 300 delegates."
    )
    found = stated(relations_of(nlp, text, published="2023-05-08"))
    assert ("5th Mekong Dairy Forum", "organisedBy", "Lanna Milk Board") not in found


def test_a_partner_set_off_together_with_the_subject_organises(nlp):
    text = (
        "The Hanoi Dairy Association, together with the Lanna Milk Board, organised the "
        "5th Mekong Dairy Forum in Hanoi."
    )
    found = stated(relations_of(nlp, text, published="2023-05-08"))
    assert ("5th Mekong Dairy Forum", "organisedBy", "Lanna Milk Board") in found


def test_a_partner_set_off_together_with_a_guest_does_not(nlp):
    text = (
        "The Hanoi Dairy Association, together with the Lanna Milk Board, attended the "
        "5th Mekong Dairy Forum in Hanoi."
    )
    found = stated(relations_of(nlp, text, published="2023-05-08"))
    assert ("5th Mekong Dairy Forum", "organisedBy", "Lanna Milk Board") not in found
