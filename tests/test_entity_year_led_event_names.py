"""A year between "the" and a head-less proper name used as an event (evname32): "attended
the 2024 Mekong Flood Response Training Course", "flew to Penang for the 2023 Lanna Travel
Mart", "The Lancang-Mekong Youth Camp (2025) closed". The year and the event's cue, not
a word list, make it an edition; the same name without them stays what it was."""

from __future__ import annotations

import pytest

from conftest import entities

pytestmark = pytest.mark.model


def test_year_led_name_after_an_attending_verb_is_an_edition(nlp):
    found = entities(
        nlp, "Officials from six countries attended the 2024 Mekong Flood Response Training Course."
    )
    assert found.get("2024 Mekong Flood Response Training Course") == "Event", found
    assert found.get("Mekong Flood Response Training Course") == "Event", found


def test_year_led_name_before_an_event_verb_is_an_edition(nlp):
    found = entities(
        nlp, "The 2025 Borneo Coastal Rescue Training Course drew 60 officers to Kota Kinabalu."
    )
    assert found.get("2025 Borneo Coastal Rescue Training Course") == "Event", found


def test_year_led_body_after_for_is_an_edition(nlp):
    found = entities(
        nlp, "A group of Lao tour operators flew to Penang for the 2023 Lanna Travel Mart."
    )
    assert found.get("2023 Lanna Travel Mart") == "Event", found


def test_head_less_name_without_a_year_stays_no_event(nlp):
    """ "Golf Course" with no year and no event's cue is no event."""
    found = entities(nlp, "The delegates played a round at the Pacific Rim Golf Course.")
    assert found.get("Pacific Rim Golf Course") != "Event", found
    assert not any(cls == "Event" for cls in found.values()), found


def test_bracketed_year_after_a_head_less_name_before_an_event_verb(nlp):
    """ "The Mekong Youth Camp (2025) closed": the year bracketed after the name, then an
    event's verb."""
    found = entities(
        nlp, "The Lancang-Mekong Youth Camp (2025) closed in Dali on Sunday after five days."
    )
    assert any(
        cls == "Event" and "Lancang-Mekong Youth Camp" in label for label, cls in found.items()
    ), found


def test_bracketed_year_after_a_head_less_name_without_an_event_verb(nlp):
    found = entities(
        nlp, "The delegates played a round at the Pacific Rim Golf Course (2019) in Johor."
    )
    assert not any(cls == "Event" for cls in found.values()), found
