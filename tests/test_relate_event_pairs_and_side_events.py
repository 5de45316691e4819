"""Two events in one phrase and side events: "both held at V" after "the opening of" a pair
of events places each event; the second name of a numbered pair that leaves out the
first's hyphened qualifier ("the 3rd Lancang-Mekong Rice Festival and Seed Exchange
Forum") shares it; a venue named after a city its sentence writes places its event
there; a year the NER ran into the front of an event's name makes that year's edition;
side events listed after "of its own:" are part of the event. Each on sentences of our
own, with one the rules must leave alone."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_both_held_after_the_opening_of_a_pair_places_each(nlp):
    text = (
        "Minister Tran Van Son attended the opening of the 5th Lancang-Mekong Rice Fair and "
        "Lancang-Mekong Seed Forum, both held at the Can Tho Convention Center."
    )
    found = stated(relations_of(nlp, text, published="2022-11-04"))
    assert ("5th Lancang-Mekong Rice Fair", "heldIn", "Can Tho Convention Center") in found
    assert ("5th Lancang-Mekong Seed Forum", "heldIn", "Can Tho Convention Center") in found


def test_both_after_the_opening_of_one_event_places_nothing(nlp):
    text = (
        "Tran Van Son and Le Minh Hoa attended the opening of the 9th Mekong Rice Fair, both "
        "having met in Hanoi the day before."
    )
    found = stated(relations_of(nlp, text, published="2022-11-04"))
    assert ("9th Mekong Rice Fair", "heldIn", "Hanoi") not in found


def test_the_second_of_a_pair_shares_the_first_names_qualifier(nlp):
    text = "The 3rd Lancang-Mekong Rice Festival and Seed Exchange Forum opened in Vientiane."
    found = stated(relations_of(nlp, text, published="2023-03-10"))
    edition = "3rd Lancang-Mekong Seed Exchange Forum"
    assert (edition, "editionOf", "Lancang-Mekong Seed Exchange Forum") in found
    assert (edition, "heldIn", "Vientiane") in found


def test_a_place_opening_the_second_name_keeps_it_its_own(nlp):
    text = "The 3rd Lancang-Mekong Rice Festival and Vientiane Seed Forum opened on Monday."
    found = stated(relations_of(nlp, text, published="2023-03-10"))
    assert not any("Lancang-Mekong Vientiane" in s for s, _, _ in found)
    assert ("3rd Vientiane Seed Forum", "editionOf", "Vientiane Seed Forum") in found


def test_a_venue_named_after_a_city_the_sentence_names_places_its_event_there(nlp):
    text = (
        "The 2nd Mekong Film Week ran in Kunming on the same days as the 5th Mekong Rice "
        "Fair, which was held at the Kunming Dianchi Exhibition Center."
    )
    found = stated(relations_of(nlp, text, published="2023-04-12"))
    assert ("5th Mekong Rice Fair", "heldIn", "Kunming Dianchi Exhibition Center") in found
    assert ("5th Mekong Rice Fair", "heldIn", "Kunming") in found


def test_a_city_only_inside_the_venue_name_places_nothing(nlp):
    text = "The 5th Mekong Rice Fair was held at the Kunming Dianchi Exhibition Center."
    found = stated(relations_of(nlp, text, published="2023-04-12"))
    assert ("5th Mekong Rice Fair", "heldIn", "Kunming") not in found


def test_a_year_the_ner_ran_into_an_event_name_makes_that_years_edition(nlp):
    text = (
        "Several forums were held within the 2018 ASEAN Economic Ministers' Meeting in Pasay "
        "City last week."
    )
    found = stated(relations_of(nlp, text, published="2018-11-20"))
    edition = "2018 ASEAN Economic Ministers' Meeting"
    assert (edition, "editionOf", "ASEAN Economic Ministers' Meeting") in found
    assert (edition, "inYear", "2018") in found


def test_a_year_before_a_plural_name_with_no_article_makes_no_edition(nlp):
    text = "Several forums were held in 2018 ASEAN Economic Ministers' Meetings in Pasay City."
    found = stated(relations_of(nlp, text, published="2018-11-20"))
    assert not any(p == "editionOf" for _, p, _ in found)


def test_side_events_listed_after_a_phrase_and_a_colon_are_part_of_the_event(nlp):
    text = (
        "The 7th Mekong Tea Fair came with two side events of its own: the Mekong Tea Forum "
        "and the Mekong Brewing Contest."
    )
    found = stated(relations_of(nlp, text, published="2021-05-10"))
    assert ("Mekong Tea Forum", "partOf", "7th Mekong Tea Fair") in found
    assert ("Mekong Brewing Contest", "partOf", "7th Mekong Tea Fair") in found


def test_a_colon_after_a_phrase_that_lists_no_events_makes_no_part(nlp):
    text = (
        "The 7th Mekong Tea Fair squeezed two side events into one tent: tea and coffee "
        "were served together."
    )
    found = stated(relations_of(nlp, text, published="2021-05-10"))
    assert not any(p == "partOf" for _, p, _ in found)
