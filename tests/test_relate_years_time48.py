"""A series' first year told by a bare noun for its occasions ("The series began in Nanning
in 2009", "the ministerial meetings began in 2007"), and a stand at a fair, which has no
year of its own. Sentences of our own, each with one the rules must not read so."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def _years(found: set[tuple[str, str, str]], event: str) -> set[str]:
    return {o for s, p, o in found if s == event and p == "inYear"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The series began in Nanning in 2010, when directors agreed to share catalogues.",
        "The meetings began in 2010 and have since been held every two years.",
    ],
)
def test_a_series_told_by_a_noun_began_in_that_year(nlp, sentence):
    text = (
        f"Librarians met online this week for the Mekong Library Directors Roundtable. {sentence}"
    )
    found = stated(relations_of(nlp, text, published="2021-11-03"))
    assert _years(found, "Mekong Library Directors Roundtable") == {"2010"}, found


def test_what_began_for_someone_else_is_no_series_beginning(nlp):
    text = (
        "Lao firms came to the 12th China-ASEAN Expo. Their business began in 2010 with "
        "two market stalls."
    )
    found = stated(relations_of(nlp, text, published="2015-09-19"))
    assert "2010" not in _years(found, "China-ASEAN Expo"), found


def test_a_pavilion_at_a_fair_has_no_year_of_its_own(nlp):
    text = (
        "The Cambodia Pavilion at the 20th China-ASEAN Expo holds 80 rice and pepper "
        "exporters this year."
    )
    found = stated(relations_of(nlp, text, published="2023-09-17"))
    assert _years(found, "Cambodia Pavilion") == set(), found
    assert _years(found, "20th China-ASEAN Expo") == {"2023"}, found


def test_a_fair_whose_name_holds_pavilion_keeps_its_year(nlp):
    text = "The Harvest Pavilion Fair opened in Hue on Friday with 200 stalls."
    found = stated(relations_of(nlp, text, published="2024-05-10"))
    assert _years(found, "Harvest Pavilion Fair") == {"2024"}, found


def test_a_noun_of_another_kind_begins_no_series_in_scope(nlp):
    text = (
        "The Mekong Youth Summit met in Hue on Monday. For a fair that began in 2004 as a "
        "farm show, hosting it is a new role."
    )
    found = stated(relations_of(nlp, text, published="2024-09-20"))
    assert "2004" not in _years(found, "Mekong Youth Summit"), found
