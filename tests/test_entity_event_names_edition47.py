"""Event names and editions lost on unseen news (session 32, helper edition47): each rule
with a sentence of our own it reads and one it must leave alone."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document

pytestmark = pytest.mark.model


def events(nlp, text: str) -> dict[str, int | None]:
    """label → edition number of every event resolved from ``text``."""
    resolved = resolve_document(nlp(text), None)
    return {
        e.label: e.edition_number for e in resolved.entities.values() if e.core_class == "Event"
    }


def classes(nlp, text: str) -> dict[str, str]:
    """label → core class of every entity resolved from ``text``."""
    resolved = resolve_document(nlp(text), None)
    return {e.label: e.core_class for e in resolved.entities.values()}


def test_a_head_opening_a_series_name_counts_its_lower_case_editions(nlp):
    found = events(
        nlp,
        "The 5th Meeting of China-ASEAN Heads of Customs Laboratories was held in Hanoi in "
        "2015. A year later the 6th meeting, in Xiamen, adopted a training plan.",
    )
    assert found.get("6th Meeting of China-ASEAN Heads of Customs Laboratories") == 6


def test_a_meeting_counted_with_no_series_named_so_is_no_edition(nlp):
    found = events(
        nlp,
        "The China-ASEAN Customs Laboratories Forum opened in Hanoi. Delegates said the "
        "6th meeting of the working group would follow in May.",
    )
    assert not any(label.startswith("6th") for label in found)


def test_in_goes_on_an_event_topic_opened_by_on(nlp):
    found = classes(
        nlp,
        "Shipping firms met at the Forum on China-ASEAN Port City Cooperation in Cold-chain "
        "Logistics in Fangchenggang on Friday.",
    )
    assert found.get("Forum on China-ASEAN Port City Cooperation in Cold-chain Logistics") == (
        "Event"
    )
    assert "Cold-chain Logistics" not in found


def test_in_and_a_place_after_an_event_topic_is_where_it_is(nlp):
    found = classes(nlp, "The Forum on Maritime Cooperation in Beihai drew 300 guests.")
    assert found.get("Forum on Maritime Cooperation") == "Event"
    assert found.get("Beihai") == "Place"


def test_a_city_after_a_spaced_dash_closes_an_event_name(nlp):
    found = classes(
        nlp, "Port chiefs gathered as the Global Harbour Dialogue – Qinzhou opened on Monday."
    )
    assert found.get("Global Harbour Dialogue – Qinzhou") == "Event"


def test_a_city_after_a_dash_that_opens_an_aside_is_no_part_of_the_name(nlp):
    found = classes(
        nlp,
        "The Global Harbour Dialogue – Qinzhou's second this year – drew port chiefs from "
        "ten countries.",
    )
    assert not any("–" in label for label in found)


def test_a_named_youth_camp_in_lower_case_is_an_event(nlp):
    found = events(nlp, "The China-ASEAN youth camp opened its 9th session in Guilin on Monday.")
    assert found.get("China-ASEAN youth camp", -1) is None
    assert found.get("9th China-ASEAN youth camp") == 9


def test_a_place_before_a_camp_names_no_event(nlp):
    found = classes(nlp, "Aid reached the Cox's Bazar refugee camp on Monday.")
    assert not any(label.endswith("camp") and cls == "Event" for label, cls in found.items())


def test_a_football_friendly_is_an_event(nlp):
    found = classes(
        nlp,
        "The Golden Lotus Cup China-ASEAN Youth Football Friendly opened in Kunming on Sunday.",
    )
    assert found.get("Golden Lotus Cup China-ASEAN Youth Football Friendly") == "Event"


def test_two_parties_of_a_meeting_joined_by_and_stay_in_its_name(nlp):
    found = events(
        nlp,
        "Officials attended the 4th Meeting of ASEAN and Japan Heads of Customs Agencies in "
        "Manila on Monday.",
    )
    assert found.get("4th Meeting of ASEAN and Japan Heads of Customs Agencies") == 4


def test_and_after_a_meeting_of_a_body_with_no_role_after_it_ends_the_name(nlp):
    found = classes(
        nlp,
        "The Meeting of ASEAN and China Unicom signed a data deal in Hanoi on Monday.",
    )
    assert not any(
        label.endswith("China Unicom") and cls == "Event" for label, cls in found.items()
    )


def test_the_events_own_ordinal_in_apposition_numbers_a_description(nlp):
    found = events(
        nlp,
        "The China-ASEAN Expo opened in Nanning in 2004. By the 2017 fair, the expo's "
        "14th, the halls were full.",
    )
    assert found.get("14th China-ASEAN Expo") == 14


def test_a_rank_in_apposition_numbers_no_description(nlp):
    found = events(
        nlp,
        "The China-ASEAN Expo opened in Nanning in 2004. By the 2017 fair, the region's "
        "second largest, the halls were full.",
    )
    assert "2nd China-ASEAN Expo" not in found


def test_a_years_run_with_its_own_ordinal_in_apposition_is_that_edition(nlp):
    found = events(
        nlp,
        "The China-ASEAN Youth Camp was first held in 2006. The 2018 camp, its 10th, was "
        "held in Guilin.",
    )
    assert found.get("10th China-ASEAN Youth Camp") == 10


def test_a_years_meeting_with_no_ordinal_after_it_describes_no_event(nlp):
    found = events(
        nlp,
        "The China-ASEAN Youth Camp was first held in 2006. The 2018 meeting, held in "
        "Guilin, was short.",
    )
    assert not any(label.startswith("2018") for label in found)
