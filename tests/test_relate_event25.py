"""Event facts (session 25): a dateline is not where an event is held that the text places
in another country; on sentences of our own, each with one it must still read."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def held_in(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}


def test_a_dateline_abroad_is_not_where_an_event_in_a_province_is_held(nlp):
    text = (
        "IPOH, March 4 -- The port's managers will attend the 3rd China-ASEAN Harbour "
        "Logistics Conference in Yunnan."
    )
    found = held_in(nlp, text)
    assert not {place for _, place in found} & {"Ipoh"}
    assert ("3rd China-ASEAN Harbour Logistics Conference", "Yunnan") in found


def test_a_dateline_inside_the_province_still_places_the_event(nlp):
    text = (
        "NANNING, March 4 -- The 3rd China-ASEAN Harbour Logistics Conference opened on "
        "Monday in Guangxi."
    )
    found = held_in(nlp, text)
    assert ("3rd China-ASEAN Harbour Logistics Conference", "Nanning") in found


def test_a_lede_holding_a_meeting_in_another_country_keeps_the_dateline_off(nlp):
    text = (
        "HANOI, 9 May – Vietnam's envoy spoke at a workshop on ASEAN-China fisheries held "
        "in Beijing on Monday. The China-ASEAN Fisheries Workshop was co-hosted by the "
        "ASEAN-China Centre."
    )
    found = held_in(nlp, text)
    assert not {place for _, place in found} & {"Hanoi"}


def test_a_lede_holding_a_meeting_in_the_datelines_country_keeps_it(nlp):
    text = (
        "NANNING, 9 May – Vietnam's envoy spoke at a workshop on ASEAN-China fisheries held "
        "in Guangxi on Monday. The 2nd China-ASEAN Fisheries Workshop opened on Monday."
    )
    found = held_in(nlp, text)
    assert ("2nd China-ASEAN Fisheries Workshop", "Nanning") in found


def organised_by(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "organisedBy"}


def test_a_participle_set_inside_a_list_is_the_earlier_items_own(nlp):
    text = (
        "Two other events will take place in Hue next week: the 3rd Mekong Rice Forum, "
        "organised by the Mekong Institute and the Vietnam Food Association, and the 5th "
        "Hue Lantern Festival."
    )
    found = organised_by(nlp, text)
    assert ("3rd Mekong Rice Forum", "Mekong Institute") in found
    assert not {event for event, _ in found} & {"5th Hue Lantern Festival"}


def test_a_participle_after_the_last_item_is_every_items(nlp):
    text = (
        "Two other events will take place in Hue next week: the 3rd Mekong Rice Forum and "
        "the 5th Hue Lantern Festival, both organised by the Mekong Institute."
    )
    found = organised_by(nlp, text)
    assert ("3rd Mekong Rice Forum", "Mekong Institute") in found
    assert ("5th Hue Lantern Festival", "Mekong Institute") in found


def test_a_place_hung_on_an_adverb_of_time_is_where_people_met(nlp):
    text = (
        "Two weeks ago in Kunming, about 200 customs officers met for the 4th China-ASEAN "
        "Customs Cooperation Forum."
    )
    assert ("4th China-ASEAN Customs Cooperation Forum", "Kunming") in held_in(nlp, text)


def test_a_meeting_to_prepare_an_event_places_it_nowhere(nlp):
    text = (
        "Two weeks ago, about 200 customs officers from Kunming met to prepare the 4th "
        "China-ASEAN Customs Cooperation Forum."
    )
    assert not held_in(nlp, text)
