"""An event's head before "on" and a list of title-case topics (evname32): "the 4th
Asean-Korea Ministerial Meeting on Customs, Standards and Quarantine" is an
event the NER took for a body; a body's head before "on" keeps it a body."""

from __future__ import annotations

import pytest

from conftest import entities

pytestmark = pytest.mark.model


def test_meeting_on_listed_topics_is_an_event(nlp):
    found = entities(
        nlp,
        "The minister attended the 4th Asean-Korea Ministerial Meeting on Customs, Standards "
        "and Quarantine (CSQ) in Seoul.",
    )
    series = "Asean-Korea Ministerial Meeting on Customs, Standards and Quarantine"
    assert found.get(series) == "Event", found
    assert found.get(f"4th {series}") == "Event", found


def test_committee_on_listed_topics_stays_a_body(nlp):
    found = entities(
        nlp,
        "The Senate Committee on Trade, Commerce and Entrepreneurship approved the bill "
        "in Manila on Monday.",
    )
    assert not any(cls == "Event" for cls in found.values()), found
