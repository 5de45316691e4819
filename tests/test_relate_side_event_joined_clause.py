"""A side event said to take place (or to run) in a sentence's main clause sets a clause
joined to it by "and" at that event, as it sets the sentences after it: "The X Seminar ran
on the sidelines of the forum, and Y spoke there" places Y at the seminar, not at the forum.
A clause before the one that turns the scene keeps the event in scope. Our own sentences."""

from __future__ import annotations

import pytest

from conftest import relation_facts

pytestmark = pytest.mark.model


def _placed(nlp, text: str, published: str = "2017-09-14") -> set[tuple[str, str, str]]:
    """Every participatedIn fact the rules make of ``text``, by labels."""
    return relation_facts(nlp, text, published, ("participatedIn",))


def test_a_speaker_joined_after_a_side_event_that_ran_speaks_at_it(nlp):
    text = (
        "The 2017 China-ASEAN Seed Industry Forum opened in Nanning on Wednesday. The "
        "Mekong Rice Breeders Workshop ran alongside the forum, and Vietnamese agronomist "
        "Le Van Hoa spoke there."
    )
    assert _placed(nlp, text) == {("Le Van Hoa", "participatedIn", "Mekong Rice Breeders Workshop")}


def test_a_speaker_before_the_side_event_clause_stays_at_the_forum(nlp):
    text = (
        "The 2017 China-ASEAN Seed Industry Forum opened in Nanning on Wednesday. "
        "Vietnamese agronomist Le Van Hoa spoke at the opening, and the Mekong Rice "
        "Breeders Workshop ran alongside the forum."
    )
    placed = _placed(nlp, text)
    assert ("Le Van Hoa", "participatedIn", "Mekong Rice Breeders Workshop") not in placed
    assert ("Le Van Hoa", "participatedIn", "2017 China-ASEAN Seed Industry Forum") in placed
