""" "Event" ends an event's name as "Festival" does (evname32): "the 2025 Mekong Youth
Friendship Event" is an edition of an event; a lone "Event" opening a sentence names
nothing."""

from __future__ import annotations

import pytest

from conftest import entities

pytestmark = pytest.mark.model


def test_name_ending_in_event_is_an_event(nlp):
    found = entities(
        nlp, "About 300 students took part in the 2025 Mekong Youth Friendship Event on Friday."
    )
    assert found.get("2025 Mekong Youth Friendship Event") == "Event", found
    assert found.get("Mekong Youth Friendship Event") == "Event", found


def test_lone_event_word_names_nothing(nlp):
    found = entities(nlp, "Event organisers said the hall in Kuching was full by noon.")
    assert not any(cls == "Event" for cls in found.values()), found
