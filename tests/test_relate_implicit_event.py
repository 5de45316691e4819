"""The implicit event: a noun with no name that stands for the event in scope ("the
four-day gathering", "the fair" for a fest, "the show" for a festival, "the seminar"
for the seminar named before), and the one-off meeting a lead reports as the news. Each
on sentences of our own, with one the rules must leave alone."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_the_four_day_gathering_is_the_event_in_scope(nlp):
    text = (
        "The 9th Mekong Rice Expo opened in Can Tho on Monday. The four-day gathering, "
        "organised by the Can Tho People's Committee, has 400 booths."
    )
    found = stated(relations_of(nlp, text, published="2021-03-08"))
    assert ("9th Mekong Rice Expo", "organisedBy", "Can Tho People's Committee") in found


def test_the_week_long_gathering_is_the_event_in_scope(nlp):
    text = (
        "The 9th Yunnan Rice Expo opened on Monday. Some 400 farmers travelled to Kunming "
        "for the week-long gathering."
    )
    found = stated(relations_of(nlp, text, published="2021-03-08"))
    assert {(s, o) for s, p, o in found if p == "heldIn"} == {("9th Yunnan Rice Expo", "Kunming")}


def test_a_long_gathering_not_told_in_days_or_weeks_is_not_the_event(nlp):
    text = (
        "The 9th Yunnan Rice Expo opened on Monday. Some 400 farmers travelled to Kunming "
        "for the long-awaited gathering."
    )
    found = stated(relations_of(nlp, text, published="2021-03-08"))
    assert not {(s, o) for s, p, o in found if p == "heldIn"}


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


def test_the_show_takes_up_a_festival(nlp):
    text = (
        "The ninth Mekong Coffee Festival opened in Vientiane on Friday. Lao coffee maker "
        "Dao Heuang Group sold out its first batch at the show."
    )
    found = stated(relations_of(nlp, text))
    assert ("Dao Heuang Group", "participatedIn", "9th Mekong Coffee Festival") in found


def test_the_show_does_not_take_up_a_summit(nlp):
    text = (
        "The ninth Mekong Leaders Summit opened in Vientiane on Friday. Lao coffee maker "
        "Dao Heuang Group sold out its first batch at the show."
    )
    found = stated(relations_of(nlp, text))
    assert ("Dao Heuang Group", "participatedIn", "9th Mekong Leaders Summit") not in found


def held_in(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}


def test_the_seminar_stands_for_the_seminar_in_scope(nlp):
    text = (
        "Editors met at the Third China-ASEAN Seminar on Press Exchange in Kunming on Monday. "
        "The seminar opened in Kunming and moved to Dali for its closing session."
    )
    found = held_in(nlp, text)
    assert ("3rd China-ASEAN Seminar on Press Exchange", "Dali") in found


def test_the_seminar_of_no_named_seminar_is_no_event(nlp):
    text = (
        "Editors met at the Third China-ASEAN Media Forum in Kunming on Monday. The seminar "
        "on photo rights moved to Dali."
    )
    assert not any(place == "Dali" for _, place in held_in(nlp, text))


def years(nlp, text: str, published: str) -> set[tuple[str, str]]:
    found = stated(relations_of(nlp, text, published=published))
    return {(s, o) for s, p, o in found if p == "inYear"}


def _report(first: str) -> str:
    return (
        "Ministers meet on tourism in Kunming\n\n"
        f"{first}\n\n"
        "Delegates said tour groups had grown fast. Hotels in the region were full.\n\n"
        "The meeting came a week before the fifth China-South Asia Expo opens in the city."
    )


def test_the_leads_one_off_meeting_is_the_news_where_an_edition_is_named_only_later(nlp):
    text = _report(
        "Tourism ministers from China and ASEAN met in Kunming on Thursday and agreed to ease "
        "visas for tour groups.\n\nThe Meeting of China-ASEAN Ministers Responsible for "
        "Tourism was co-chaired by China and Laos."
    )
    found = years(nlp, text, "2021-06-04")
    assert ("Meeting of China-ASEAN Ministers Responsible for Tourism", "2021") in found


def test_an_inaugural_event_is_no_one_off(nlp):
    text = _report(
        "Tourism ministers from China and ASEAN met in Kunming on Thursday and agreed to ease "
        "visas for tour groups.\n\nThe inaugural China-ASEAN Tourism Summit was co-chaired "
        "by China and Laos."
    )
    found = years(nlp, text, "2021-06-04")
    assert ("China-ASEAN Tourism Summit", "2021") not in found


def test_the_show_back_at_a_venue_is_held_there(nlp):
    """ "The show is back at V": the parser hangs the venue on "back", the adverb of
    returning, so the place is read from it as from the verb."""
    text = (
        "Cambodia's largest farm show is back at the Koh Pich Convention Centre for a "
        "fourth year. Agrotech Cambodia, put on by the Cambodia Farm Machinery "
        "Association, has 120 booths this week."
    )
    found = stated(relations_of(nlp, text, published="2022-05-10", infer=False))
    assert ("4th Agrotech Cambodia", "heldIn", "Koh Pich Convention Centre") in found


def test_back_at_a_venue_without_an_event_places_no_event(nlp):
    text = (
        "Agrotech Cambodia, put on by the Cambodia Farm Machinery Association, has 120 "
        "booths this week. Its founder, Sok Vanna, is back at the Koh Pich Convention "
        "Centre after a long illness."
    )
    found = stated(relations_of(nlp, text, published="2022-05-10", infer=False))
    assert ("Agrotech Cambodia", "heldIn", "Koh Pich Convention Centre") not in found


_FARM_SHOW_BACK = (
    "Cambodia's largest farm show is back at the Koh Pich Convention Centre for a fourth "
    "year. Agrotech Cambodia, put on by the Cambodia Farm Machinery Association, "
)


@pytest.mark.parametrize(
    ("clause", "organised", "not_organised"),
    [
        # set "this week": this year's run, whose organisers are the edition's
        ("has 120 booths this week.", "4th Agrotech Cambodia", "Agrotech Cambodia"),
        # set at no time: the series keeps them
        ("has grown every year.", "Agrotech Cambodia", "4th Agrotech Cambodia"),
    ],
)
def test_a_series_name_set_this_week_is_the_edition_in_scope(nlp, clause, organised, not_organised):
    """The name after the superlative, in a clause set "this week", is this year's run."""
    text = _FARM_SHOW_BACK + clause
    found = stated(relations_of(nlp, text, published="2022-05-10", infer=False))
    organiser = "Cambodia Farm Machinery Association"
    assert (organised, "organisedBy", organiser) in found
    assert (not_organised, "organisedBy", organiser) not in found


def _takes_part(nlp, text: str, event: str, published: str) -> set[str]:
    found = stated(relations_of(nlp, text, published=published))
    return {s for s, p, o in found if p == "participatedIn" and o == event}


def test_coming_back_with_a_stand_is_being_at_the_fair_in_scope(nlp):
    text = (
        "The 7th Borneo Seafood Fair opened in Kota Kinabalu on Friday. Sandakan canner "
        "Sulu Bay Foods came back with a bigger booth."
    )
    found = _takes_part(nlp, text, "7th Borneo Seafood Fair", "2022-05-13")
    assert "Sulu Bay Foods" in found


def test_coming_out_with_a_stand_on_a_question_is_no_stand_at_the_fair(nlp):
    text = (
        "The 7th Borneo Seafood Fair opened in Kota Kinabalu on Friday. Sandakan canner "
        "Sulu Bay Foods came out with a firm stand on fishing quotas."
    )
    found = _takes_part(nlp, text, "7th Borneo Seafood Fair", "2022-05-13")
    assert "Sulu Bay Foods" not in found


def test_a_firm_keeping_two_booths_is_at_the_fair_in_scope(nlp):
    text = (
        "The 7th Borneo Seafood Fair opened in Kota Kinabalu on Friday. Sulu Bay Foods "
        "took two booths near the entrance."
    )
    found = _takes_part(nlp, text, "7th Borneo Seafood Fair", "2022-05-13")
    assert "Sulu Bay Foods" in found


def test_the_body_that_tallies_the_booths_keeps_none(nlp):
    text = (
        "The 7th Borneo Seafood Fair opened in Kota Kinabalu on Friday. Its organiser, the "
        "Sabah Trade Council, counted 310 exhibitors and 540 booths."
    )
    found = _takes_part(nlp, text, "7th Borneo Seafood Fair", "2022-05-13")
    assert "Sabah Trade Council" not in found


def test_a_description_after_the_named_event_is_no_cataphora_of_a_later_one(nlp):
    text = (
        "Mekong Screen Week got under way in Vientiane on Tuesday. This year's festival, "
        "run by the Lao Film Association, is screening 40 films. The studio will take "
        "them to the Busan International Film Festival next autumn."
    )
    found = stated(relations_of(nlp, text, published="2024-11-12"))
    assert not {(s, o) for s, p, o in found if p == "organisedBy"}


def test_a_description_opening_the_text_is_the_event_named_next(nlp):
    text = (
        "Myanmar's largest farm show is back at the Yangon Convention Centre for a fourth "
        "year. Agritech Myanmar, put on by the Myanmar Agricultural Machinery Association, "
        "has 180 booths this week."
    )
    found = stated(relations_of(nlp, text, published="2019-06-12"))
    organiser = "Myanmar Agricultural Machinery Association"
    assert ("4th Agritech Myanmar", "organisedBy", organiser) in found


def test_people_back_for_a_nth_year_number_the_event_named_next(nlp):
    text = (
        "Pepper growers are back at the Kampot Riverside Hall for a seventh year. The "
        "Mekong Pepper Fair, run by the Kampot Spice Association, has 90 stalls this week."
    )
    found = stated(relations_of(nlp, text, published="2022-04-02"))
    assert ("7th Mekong Pepper Fair", "editionOf", "Mekong Pepper Fair") in found
    assert ("7th Mekong Pepper Fair", "heldIn", "Kampot Riverside Hall") in found


def test_people_back_in_a_row_count_no_edition(nlp):
    text = (
        "Pepper growers are back at the Kampot Riverside Hall for a seventh year in a row. "
        "The Mekong Pepper Fair, run by the Kampot Spice Association, has 90 stalls."
    )
    found = stated(relations_of(nlp, text, published="2022-04-02"))
    assert not any(s.startswith("7th") for s, _p, _o in found)


def test_people_who_open_shops_for_a_nth_year_count_no_edition(nlp):
    text = (
        "Pepper growers opened their shops in Kampot for a seventh year. The Mekong "
        "Pepper Fair, run by the Kampot Spice Association, has 90 stalls this week."
    )
    found = stated(relations_of(nlp, text, published="2022-04-02"))
    assert not any(s.startswith("7th") for s, _p, _o in found)


def test_a_partner_after_with_on_a_participle_tagged_past_organises(nlp):
    text = (
        "The 4th Mekong Pepper Fair, staged by the Kampot Spice Association with the "
        "Kep Tourism Office, has 90 stalls this week."
    )
    found = stated(relations_of(nlp, text, published="2022-04-02"))
    assert ("4th Mekong Pepper Fair", "organisedBy", "Kep Tourism Office") in found


def test_a_partner_after_with_on_an_active_past_is_no_organiser(nlp):
    text = (
        "The Kampot Spice Association staged the 4th Mekong Pepper Fair with help from "
        "the Kep Tourism Office this week."
    )
    found = stated(relations_of(nlp, text, published="2022-04-02"))
    assert ("4th Mekong Pepper Fair", "organisedBy", "Kep Tourism Office") not in found


def test_a_venue_packed_as_the_event_opened_its_edition_holds_that_edition(nlp):
    text = (
        "Buyers packed the Phnom Penh Riverside Exhibition Center on Monday as the Mekong "
        "Pepper Fair opened its fourth edition."
    )
    found = stated(relations_of(nlp, text, published="2022-04-02"))
    assert ("4th Mekong Pepper Fair", "heldIn", "Phnom Penh Riverside Exhibition Center") in found


def test_a_venue_packed_before_the_event_opened_holds_nothing(nlp):
    text = (
        "Buyers packed the Phnom Penh Riverside Exhibition Center on Monday before the "
        "Mekong Pepper Fair opened its fourth edition in Kampot."
    )
    found = stated(relations_of(nlp, text, published="2022-04-02"))
    assert not any(
        p == "heldIn" and o == "Phnom Penh Riverside Exhibition Center" for _s, p, o in found
    )
