"""An initiative referred back to by its kind noun with words of its name before it ("The
connectivity initiative ... was launched in 2015"). Sentences of our own, each with one the
rules must not read so."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def _years(found: set[tuple[str, str, str]], subject: str) -> set[str]:
    return {o for s, p, o in found if s == subject and p == "inYear"}


def test_a_kind_noun_with_words_of_the_name_dates_that_initiative(nlp):
    text = (
        "Officials reviewed the Mekong-Lancang Initiative on River Navigation and the "
        "Green Ports Initiative. The navigation initiative, the first of its kind on the "
        "river, was launched in March 2017."
    )
    found = stated(relations_of(nlp, text, published="2019-04-02"))
    assert _years(found, "Mekong-Lancang Initiative on River Navigation") == {"2017"}, found
    assert _years(found, "Green Ports Initiative") == set(), found


def test_a_modifier_outside_every_name_dates_no_initiative(nlp):
    text = (
        "Officials reviewed the Mekong-Lancang Initiative on River Navigation. The rail "
        "initiative was launched in March 2017."
    )
    found = stated(relations_of(nlp, text, published="2019-04-02"))
    assert _years(found, "Mekong-Lancang Initiative on River Navigation") == set(), found
