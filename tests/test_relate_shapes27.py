"""Co-organisers (helper shapes27, 2026-12-06): organisations a copula puts "behind" an
event organise it. Each on sentences of our own, with one the rules must leave
alone."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_organisations_behind_an_event_organise_it(nlp):
    text = (
        "The Penang Port Commission and Xiamen University are behind the third Straits "
        "Maritime Forum, which opens in George Town on Monday."
    )
    found = stated(relations_of(nlp, text, published="2024-03-01"))
    event = "3rd Straits Maritime Forum"
    assert (event, "organisedBy", "Penang Port Commission") in found
    assert (event, "organisedBy", "Xiamen University") in found


def test_sitting_behind_an_event_is_no_organising(nlp):
    text = "The Penang Port Commission sat behind the stage of the third Straits Maritime Forum."
    found = stated(relations_of(nlp, text, published="2024-03-01"))
    assert not any(p == "organisedBy" for _, p, _ in found)

