"""An overview that names a series "Meeting of X" (its head before "of", not at its end)
and then counts its runs by that head in lower case ("the 10th meeting") numbers editions
of that series; "the first meeting of the working group" names its own body's meeting and
numbers none. Sentences of our own."""

from __future__ import annotations

import re

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

_SERIES = "Meeting of Mekong Fisheries Directors"


def test_an_ordinal_before_the_head_a_name_opens_with_numbers_its_series(nlp):
    text = (
        f"The 4th {_SERIES} was held in Phnom Penh on May 3, 2016. A year later the 5th "
        "meeting, in Can Tho on June 8, 2017, agreed on a joint patrol. The 7th meeting, on "
        "April 2, 2019, was chaired by Lao director Khamphay Vongsa."
    )
    found = stated(relations_of(nlp, text, published="2020-01-10"))
    assert (f"5th {_SERIES}", "editionOf", _SERIES) in found
    assert (f"7th {_SERIES}", "editionOf", _SERIES) in found
    assert (f"7th {_SERIES}", "inYear", "2019") in found
    assert ("Khamphay Vongsa", "participatedIn", f"7th {_SERIES}") in found


def test_a_meeting_of_another_body_numbers_no_edition(nlp):
    text = (
        f"The 4th {_SERIES} was held in Phnom Penh in 2016. Before it, the 1st meeting of "
        "the river patrol working group drew up the agenda."
    )
    found = stated(relations_of(nlp, text, published="2020-01-10"))
    assert not any(s.startswith("1st") for s, p, o in found)


def test_a_dated_run_numbered_by_a_possessive_in_apposition_is_that_edition(nlp):
    text = (
        "The Mekong Rowing Camp was first organised in 2009. The 2017 camp, its ninth, was "
        "held in Pakse, and coach Souk Vilay led the crews. By the 2018 regatta, the camp's "
        "tenth, the crews came from six countries."
    )
    found = stated(relations_of(nlp, text, published="2019-05-01"))
    assert ("9th Mekong Rowing Camp", "editionOf", "Mekong Rowing Camp") in found
    assert ("9th Mekong Rowing Camp", "inYear", "2017") in found
    assert ("9th Mekong Rowing Camp", "heldIn", "Pakse") in found


def test_a_possessive_ranking_in_apposition_numbers_nothing(nlp):
    text = (
        "The Mekong Rowing Camp was first organised in 2009. The 2017 camp, its biggest "
        "yet, was held in Pakse."
    )
    found = stated(relations_of(nlp, text, published="2019-05-01"))
    numbered = re.compile(r"^\d+(st|nd|rd|th) ")
    assert not any(numbered.match(s) for s, p, o in found if p == "editionOf")
    # the camp named by its year is that year's edition, not a numbered one
    assert ("2017 Mekong Rowing Camp", "editionOf", "Mekong Rowing Camp") in found


def test_a_head_before_on_counts_the_series_as_one_before_of_does(nlp):
    series = "Dialogue on Mekong River Freight"
    text = (
        f"The 1st {series} was held in Vientiane in 2018. The 2nd dialogue, in Luang "
        "Prabang in 2019, was chaired by port official Bounmy Keola."
    )
    found = stated(relations_of(nlp, text, published="2020-01-10"))
    assert (f"2nd {series}", "editionOf", series) in found
    assert (f"2nd {series}", "inYear", "2019") in found
