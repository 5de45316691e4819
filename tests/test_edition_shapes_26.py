"""Editions the text names where a rule read the series (helper edition26). Each with a
sentence of our own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_headline_verb_before_a_year_named_edition(nlp):
    """ "Minister attends 2022 Mekong Rice Forum in Vientiane": a headline drops the
    determiner, and the year before the event's name is its edition; a verb whose
    object is a clause, not the event ("Ministry says 2022 Mekong Rice Forum delegates
    agreed ..."), leaves the year alone."""
    text = "Lao minister attends 2022 Mekong Rice Forum in Vientiane\n\nThe forum opened on Monday."
    assert "2022 Mekong Rice Forum" in entities(nlp, text)
    text = "Ministry says 2022 Mekong Rice Forum delegates agreed on seed quotas."
    assert "2022 Mekong Rice Forum" not in entities(nlp, text)


NUMBERED_AND_YEAR = (
    "The 2009 Mekong Rice Forum will be held in Luang Prabang in May. The first Mekong Rice "
    "Forum was held in Vientiane in 2007."
)


def test_a_year_before_the_name_names_an_edition_beside_numbered_ones(nlp):
    """ "The 2009 X Forum" beside "the first X Forum": the year before the name is an
    edition's, even where the text numbers other editions, and it is that edition, not
    the series, that is held in the place; a year after the name ("X Forum 2009") of a
    numbered series is still left to the numbers."""
    found = stated(relations_of(nlp, NUMBERED_AND_YEAR, published="2009-03-02"))
    assert ("2009 Mekong Rice Forum", "heldIn", "Luang Prabang") in found
    assert ("Mekong Rice Forum", "heldIn", "Luang Prabang") not in found
    text = "The 12th Mekong Rice Fair opened. Mekong Rice Fair 2019 drew 300 firms."
    assert "Mekong Rice Fair 2019" not in entities(nlp, text)


def test_the_upcoming_series_is_the_edition_the_text_names(nlp):
    """ "The upcoming X will be held in V" before "the 12th X" is named: "the upcoming"
    (as "the latest", "the ongoing") sets the series' name as one occasion, the edition
    the text names; with no edition named, the series keeps the place."""
    text = (
        "The upcoming Mekong Rice Fair will be held in Vientiane in May. Lao Seed Co will "
        "exhibit at the 12th Mekong Rice Fair."
    )
    found = stated(relations_of(nlp, text, published="2021-03-02"))
    assert ("12th Mekong Rice Fair", "heldIn", "Vientiane") in found
    assert ("Mekong Rice Fair", "heldIn", "Vientiane") not in found
    text = "The upcoming Mekong Rice Fair will be held in Vientiane in May."
    found = stated(relations_of(nlp, text, published="2021-03-02"))
    assert ("Mekong Rice Fair", "heldIn", "Vientiane") in found


def test_a_possessive_before_a_year_named_edition(nlp):
    """ "at Nanning's 2021 X Fair": the place's possessive stands where "the" would, and
    the year names the edition the firm attends; "in 2021 Mekong Rice Fair firms ..."
    (a preposition of time before the year) leaves the year to the clause."""
    text = "Lao Seed Co exhibited at Vientiane's 2021 Mekong Rice Fair."
    found = stated(relations_of(nlp, text, published="2021-05-02"))
    assert ("Lao Seed", "participatedIn", "2021 Mekong Rice Fair") in found
    text = "Sales rose in 2021 Mekong Rice Fair firms said."
    assert "2021 Mekong Rice Fair" not in entities(nlp, text)
