"""A series' first year told by a bare ordinal ("since the first in 2004"), and an event
that holds other, unnamed events ("has held overseas exhibitions since 2015, in ..."):
their places and years are theirs, not the holder's. Sentences of our own, each with one
the rules must read the old way."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def _years(found: set[tuple[str, str, str]], event: str) -> set[str]:
    return {o for s, p, o in found if s == event and p == "inYear"}


def test_since_the_first_in_a_year_is_the_series_beginning(nlp):
    text = (
        "The 11th Lower Mekong Seed Fair opened in Can Tho on Monday. Cambodian growers "
        "have come to every fair since the first in 2012."
    )
    found = stated(relations_of(nlp, text, published="2022-05-10"))
    assert _years(found, "Lower Mekong Seed Fair") == {"2012"}


def test_the_first_in_a_year_without_since_begins_nothing(nlp):
    text = (
        "The 11th Lower Mekong Seed Fair opened in Can Tho on Monday. Cambodia was the "
        "first in 2012 to send growers."
    )
    found = stated(relations_of(nlp, text, published="2022-05-10"))
    assert "2012" not in _years(found, "Lower Mekong Seed Fair")


def test_an_event_holding_unnamed_shows_lends_them_its_clause(nlp):
    text = (
        "The 11th Lower Mekong Seed Fair opened in Can Tho on Monday. The Lower Mekong "
        "Seed Fair has held roadshows since 2016, in Laos and Thailand."
    )
    found = stated(relations_of(nlp, text, published="2022-05-10"))
    assert "2016" not in _years(found, "Lower Mekong Seed Fair")
    assert not {o for s, p, o in found if s == "Lower Mekong Seed Fair" and p == "heldIn"}


def test_an_event_held_in_places_keeps_them(nlp):
    text = (
        "The 11th Lower Mekong Seed Fair opened in Can Tho on Monday. The Lower Mekong "
        "Seed Fair has been held in Laos and Thailand since 2016."
    )
    found = stated(relations_of(nlp, text, published="2022-05-10"))
    assert {"Laos", "Thailand"} <= {
        o for s, p, o in found if s == "Lower Mekong Seed Fair" and p == "heldIn"
    }


def _editions(found: set[tuple[str, str, str]], series: str) -> set[str]:
    return {s for s, p, o in found if p == "editionOf" and o == series}


def test_a_bare_ordinal_with_a_staging_relative_clause_is_an_edition(nlp):
    text = (
        "The Beibu Gulf Youth Camp began in Beihai in 2010. The eighth, which opened in "
        "Qinzhou on July 12, drew 300 students."
    )
    found = stated(relations_of(nlp, text, published="2017-07-20"))
    assert ("8th Beibu Gulf Youth Camp", "heldIn", "Qinzhou") in found


def test_a_bare_ordinal_with_a_relative_clause_of_being_is_none(nlp):
    text = (
        "The Beibu Gulf Youth Camp began in Beihai in 2010. The eighth, which was a "
        "success, drew 300 students."
    )
    found = stated(relations_of(nlp, text, published="2017-07-20"))
    assert not _editions(found, "Beibu Gulf Youth Camp")


def test_an_edition_named_by_its_year_is_its_own_node(nlp):
    text = (
        "The Beibu Gulf Youth Camp began in Beihai in 2010. The 2014 edition, staged in "
        "Qinzhou, drew 300 students."
    )
    found = stated(relations_of(nlp, text, published="2017-07-20"))
    assert ("2014 Beibu Gulf Youth Camp", "heldIn", "Qinzhou") in found
    assert ("2014 Beibu Gulf Youth Camp", "inYear", "2014") in found
    assert ("Beibu Gulf Youth Camp", "heldIn", "Qinzhou") not in found


def test_an_edition_named_by_its_year_and_numbered_later_is_one_node(nlp):
    text = (
        "The Beibu Gulf Youth Camp began in Beihai in 2010. Figures released for the 2014 "
        "edition showed growth. That year's fifth edition, opened on July 3, 2014, was "
        "held in Qinzhou."
    )
    found = stated(relations_of(nlp, text, published="2017-07-20"))
    assert _editions(found, "Beibu Gulf Youth Camp") == {"5th Beibu Gulf Youth Camp"}
