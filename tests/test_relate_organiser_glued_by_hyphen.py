"""An organiser glued by a hyphen to an organising participle before the event it
describes ("the Matrade-organised 2nd Malaysia-China Halal Forum"): the name is a body,
not part of a hyphenated word, and it organises the event; a place so glued says where
("the Kunming-hosted expo"), and a participle that organises nothing makes no organiser.
Our own sentences."""

from __future__ import annotations

import pytest

from conftest import entities
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def _organisers(nlp, text: str) -> set[tuple[str, str, str]]:
    found = stated(relations_of(nlp, text, published="2024-10-02"))
    return {(s, p, o) for s, p, o in found if p == "organisedBy"}


def test_a_name_glued_to_organised_is_a_body_that_organises_the_event(nlp):
    text = (
        "Some 400 buyers attended the Matrade-organised 2nd Malaysia-China Halal Business "
        "Forum in Kuala Lumpur on Tuesday."
    )
    assert entities(nlp, text).get("Matrade") == "Organisation"
    assert _organisers(nlp, text) == {
        ("2nd Malaysia-China Halal Business Forum", "organisedBy", "Matrade")
    }


def test_a_name_glued_to_funded_organises_nothing(nlp):
    text = (
        "Some 400 buyers attended the Matrade-funded 2nd Malaysia-China Halal Business "
        "Forum in Kuala Lumpur on Tuesday."
    )
    assert _organisers(nlp, text) == set()


def test_a_place_glued_to_hosted_is_no_organiser(nlp):
    text = "Thai firms signed deals at the Kunming-hosted 9th China-South Asia Expo."
    assert entities(nlp, text).get("Kunming") == "Place"
    assert _organisers(nlp, text) == set()
