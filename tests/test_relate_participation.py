"""Who took part, and who works where: the reporting shapes of issue 14, one test each,
on sentences of our own (each with a near miss the rules must leave alone)."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

EXPO = "16th China-ASEAN Expo"
OPENED = "The 16th China-ASEAN Expo opened in Nanning on Saturday.\n"


def taking_part(nlp, text: str) -> set[str]:
    return {s for s, p, o in stated(relations_of(nlp, text)) if p == "participatedIn" and o == EXPO}


def test_the_partner_a_deal_is_signed_with_at_an_event_takes_part_too(nlp):
    text = "Guangxi Hongfa Steel signed a supply deal with Perak Steel Holdings at the 16th CAEXPO."
    assert {"Guangxi Hongfa Steel", "Perak Steel Holdings"} <= taking_part(nlp, text)


def test_a_partner_with_no_event_in_sight_is_placed_at_none(nlp):
    text = "Guangxi Hongfa Steel signed a supply deal with Perak Steel Holdings in Ipoh."
    assert taking_part(nlp, text) == set()


def test_whoever_co_chairs_a_meeting_with_someone_both_take_part(nlp):
    text = OPENED + "Wang Yi co-chaired a meeting of trade ministers with Saleumxay Kommasith."
    assert {"Wang Yi", "Saleumxay Kommasith"} <= taking_part(nlp, text)


def test_the_leader_of_a_delegation_to_an_event_takes_part(nlp):
    text = "Amin Liew led the Bruneian delegation to the 16th China-ASEAN Expo."
    assert "Amin Liew" in taking_part(nlp, text)


def test_a_delegation_to_a_city_is_no_event(nlp):
    text = OPENED + "Amin Liew led a trade delegation to Beijing in May."
    assert "Amin Liew" not in taking_part(nlp, text)


def test_being_in_the_hall_or_on_the_stage_is_being_at_the_event_in_scope(nlp):
    text = OPENED + "Lu Xinshe was also in the hall. Chen Wu was on the stage with him."
    assert {"Lu Xinshe", "Chen Wu"} <= taking_part(nlp, text)


def test_addressing_the_audience_is_being_at_the_event_in_scope(nlp):
    text = OPENED + "Supachai Panitchpakdi reminded the audience that trade was growing."
    assert "Supachai Panitchpakdi" in taking_part(nlp, text)


def test_building_a_hall_is_not_being_in_one(nlp):
    text = OPENED + "Guangxi Beibu Gulf Port Group built a new exhibition hall in Qinzhou."
    assert taking_part(nlp, text) == set()
