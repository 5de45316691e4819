"""Who took part, and who did not (session of 2026-12-06, third): shapes of wrong
participations read from the training batches, one case each on sentences of our own,
with the right participation beside it that the change must keep."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

FORUM = "5th China-ASEAN Health Forum"

_CASES = {
    # "officials from a country and a bloc": where the people come from, not a body
    # sending them; the bloc takes no part of its own
    "from-bloc-and-country": (
        "Health officials from Thailand and ASEAN signed a memorandum at the 5th "
        "China-ASEAN Health Forum in Nanning.",
        set(),
        {("Association of Southeast Asian Nations", "participatedIn", FORUM)},
    ),
    # ... the people of named bodies are still sent by them
    "from-bodies": (
        "Executives from PetroVietnam and Vietjet signed a memorandum at the 5th "
        "China-ASEAN Health Forum in Nanning.",
        {("PetroVietnam", "participatedIn", FORUM), ("Vietjet", "participatedIn", FORUM)},
        set(),
    ),
    "from-secretariat": (
        "Officials from the ASEAN Secretariat signed a memorandum at the 5th China-ASEAN "
        "Health Forum in Nanning.",
        {("ASEAN Secretariat", "participatedIn", FORUM)},
        set(),
    ),
    # "signed by A and Chinese leaders": A modifies the leaders as "Chinese" does; the
    # leaders signed, not the bloc
    "by-bloc-and-adjective-leaders": (
        "The accord, signed by ASEAN and Japanese leaders at the 5th China-ASEAN Health "
        "Forum in Nanning, took effect in May.",
        set(),
        {("Association of Southeast Asian Nations", "participatedIn", FORUM)},
    ),
    # ... a bloc that signs as one is still the agent
    "by-bloc-and-country": (
        "The accord, signed by ASEAN and Japan at the 5th China-ASEAN Health Forum in "
        "Nanning, took effect in May.",
        {("Association of Southeast Asian Nations", "participatedIn", FORUM)},
        set(),
    ),
}


@pytest.mark.parametrize("case", sorted(_CASES))
def test_who_takes_part_shapes_part26(nlp, case):
    text, present, absent = _CASES[case]
    triples = stated(relations_of(nlp, text, published="2024-05-20"))
    assert present <= triples and not absent & triples, sorted(triples)
