"""Event structure (session 22): where an event is held when the parser hangs the place
away from the event's verb or noun, on sentences of our own; each with one it must not
read."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def held_in(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}


def test_a_place_hung_on_the_start_of_a_date_range_is_where_the_event_runs(nlp):
    text = (
        "Farmers are readying their stands at the 12th China-ASEAN Expo, which runs from "
        "Sept. 18 to 21 in Nanning, the capital of Guangxi."
    )
    assert ("12th China-ASEAN Expo", "Nanning") in held_in(nlp, text)


def test_a_range_from_one_place_to_another_places_no_event(nlp):
    text = "The 12th China-ASEAN Expo drew buyers from Kunming to Nanning last week."
    assert not {place for _, place in held_in(nlp, text)} & {"Kunming"}


def test_a_hosting_clause_hung_on_the_events_city_gives_its_venue(nlp):
    text = (
        "Premier Li Keqiang attended the 20th ASEAN-China Summit in Manila, which the "
        "Philippines hosted at the Philippine International Convention Center on Monday."
    )
    found = stated(relations_of(nlp, text))
    venue = "Philippine International Convention Center"
    assert ("20th ASEAN-China Summit", "heldIn", venue) in found
    assert (venue, "locatedIn", "Manila") in found


def test_a_clause_describing_the_city_gives_no_venue(nlp):
    text = (
        "Premier Li Keqiang attended the 21st ASEAN-China Summit in Singapore, which "
        "merchants founded at the mouth of the Singapore River."
    )
    assert not any(
        p == "locatedIn" and s == "Singapore River" for s, p, o in stated(relations_of(nlp, text))
    )
    assert {place for _, place in held_in(nlp, text)} <= {"Singapore"}


def test_the_same_city_is_not_a_city_named_only_as_an_owner(nlp):
    text = (
        "Researchers gathered in Kunming on Monday for the fifth China-South Asia Think Tank "
        "Forum. A scholar from Bangkok's Chulalongkorn University spoke first. The forum came "
        "a week after the fifth China-South Asia Expo closed in the same city."
    )
    found = held_in(nlp, text)
    assert ("5th China-South Asia Expo", "Kunming") in found
    assert ("5th China-South Asia Expo", "Bangkok") not in found


def test_the_same_city_is_still_a_city_where_something_happened(nlp):
    text = (
        "The fifth China-South Asia Expo opened in Kunming on Monday. The sixth China-South "
        "Asia Expo will be held in the same city next year."
    )
    assert ("6th China-South Asia Expo", "Kunming") in held_in(nlp, text)


def test_a_venue_and_one_city_of_the_same_event_in_one_sentence_place_the_venue(nlp):
    text = (
        "Ministers gathered in Da Nang for the 2027 Mekong Water Forum, which Vietnam hosted "
        "at the Ariyana Convention Centre."
    )
    found = stated(relations_of(nlp, text))
    assert ("Ariyana Convention Centre", "locatedIn", "Da Nang") in found


def test_a_venue_is_not_placed_in_one_of_two_cities_of_its_event(nlp):
    text = (
        "Ministers gathered in Da Nang and Hue for the 2027 Mekong Water Forum, which Vietnam "
        "hosted at the Ariyana Convention Centre."
    )
    found = stated(relations_of(nlp, text))
    assert not any(s == "Ariyana Convention Centre" and p == "locatedIn" for s, p, o in found)


@pytest.mark.parametrize(
    ("text", "edition", "venue"),
    [
        (
            "Vietnam Expo opened for its 31st run at the Saigon Exhibition and Convention "
            "Center on Tuesday.",
            "31st Vietnam Expo",
            "Saigon Exhibition and Convention Center",
        ),
        (
            "The Mekong Coffee Week opened for its 9th outing at the Lao-ITECC on Friday.",
            "9th Mekong Coffee Week",
            "Lao-ITECC",
        ),
    ],
)
def test_the_place_of_its_nth_run_is_where_that_edition_is_held(nlp, text, edition, venue):
    assert (edition, venue) in held_in(nlp, text)


def test_a_run_of_something_else_places_no_edition(nlp):
    text = "Vietnam Expo opened for its 31st run. A shop at the Saigon Market sold out."
    assert not any(place == "Saigon Market" for _, place in held_in(nlp, text))


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


def test_the_host_beside_who_started_a_series_organises_only_the_edition(nlp):
    text = (
        "The Third China-ASEAN Seminar on Press Exchange opened in Kunming on Monday. It was "
        "initiated and organised by the All-China Journalists Association, with the Yunnan "
        "provincial government acting as host."
    )
    found = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "organisedBy"}
    series, edition = (
        "China-ASEAN Seminar on Press Exchange",
        "3rd China-ASEAN Seminar on Press Exchange",
    )
    assert (series, "All-China Journalists Association") in found
    assert (edition, "Yunnan provincial government") in found
    assert (series, "Yunnan provincial government") not in found


def part_of(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "partOf"}


@pytest.mark.parametrize(
    "text",
    [
        "The 2021 ASEAN Tourism Forum opened in Bangkok on Monday. Running as part of the forum "
        "are the China-ASEAN Travel Dialogue and the Mekong Hotel Summit, a meeting staged at "
        "a riverside hotel.",
        "The 2021 ASEAN Tourism Forum opened in Bangkok on Monday. Taking place as part of the "
        "forum were the China-ASEAN Travel Dialogue and the Mekong Hotel Summit.",
    ],
)
def test_events_after_a_fronted_part_of_phrase_and_a_copula_are_part_of_it(nlp, text):
    found = part_of(nlp, text)
    assert ("Mekong Hotel Summit", "2021 ASEAN Tourism Forum") in found


def test_a_fronted_part_of_phrase_before_a_clause_lists_no_parts(nlp):
    text = (
        "The 2021 ASEAN Tourism Forum opened in Bangkok on Monday. Running as part of the forum "
        "were talks that the Mekong Hotel Summit later took up."
    )
    assert ("Mekong Hotel Summit", "2021 ASEAN Tourism Forum") not in part_of(nlp, text)


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


def test_where_people_are_brought_for_an_event_is_where_it_is_held(nlp):
    text = (
        "Trade Minister Gan Kim Yong brought 30 Singapore firms to Chengdu for the fourth "
        "China-ASEAN Food Fair this week."
    )
    assert ("4th China-ASEAN Food Fair", "Chengdu") in held_in(nlp, text)


def test_where_one_is_brought_from_is_not_where_the_event_is_held(nlp):
    text = (
        "Trade Minister Gan Kim Yong brought 30 firms from Chengdu for the fourth China-ASEAN "
        "Food Fair this week."
    )
    assert ("4th China-ASEAN Food Fair", "Chengdu") not in held_in(nlp, text)
