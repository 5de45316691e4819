"""A year printed inside an event's name (evname32): "the Asean-Korea 2025 International
Agricultural Machinery Exhibition" is one event, dated by its year, where the NER cut a body
ending in the year off the event's name; a body's name and a year before a common noun
stay apart."""

from __future__ import annotations

import pytest

from conftest import entities

pytestmark = pytest.mark.model


def test_year_inside_an_event_name_is_one_event(nlp):
    found = entities(
        nlp,
        "Officials opened the Asean-Korea 2025 International Agricultural Machinery Exhibition.",
    )
    name = "Asean-Korea 2025 International Agricultural Machinery Exhibition"
    assert found.get(name) == "Event", found
    assert "Asean-Korea 2025" not in found, found


def test_body_and_year_before_a_common_noun_stay_apart(nlp):
    found = entities(nlp, "Analysts praised the Huawei 2024 revenue figures in Shenzhen.")
    assert not any(cls == "Event" for cls in found.values()), found


def test_year_inside_an_event_name_dates_it(nlp):
    """relate/years.py: the year printed inside the name is the event's year."""
    from test_relations import relations_of, stated

    found = stated(
        relations_of(
            nlp,
            "Officials opened the Asean-Korea 2025 International Agricultural Machinery "
            "Exhibition.",
        )
    )
    name = "Asean-Korea 2025 International Agricultural Machinery Exhibition"
    assert (name, "inYear", "2025") in found, found
