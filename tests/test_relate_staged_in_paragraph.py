"""An overview's paragraph that says an event other than the article's main one was staged
("The X Roundtable met in Nanning ...") sets an ownerless "the opening" after it at that
event; a paragraph about the series' habit sets nothing. Sentences of our own."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

_LEAD = "The 18th Mekong Trade Fair opened in Vientiane on Monday, drawing 600 firms.\n\n"


def test_an_opening_after_a_staged_side_event_is_that_events(nlp):
    text = (
        _LEAD + "Back in 2016 the fair's agenda widened. The Lao Coffee Roundtable met in "
        "Pakse on May 4, 2016, as part of the 13th Mekong Trade Fair. Deputy minister Bounma "
        "Keo addressed the opening."
    )
    found = stated(relations_of(nlp, text, published="2021-06-01"))
    people = {o for s, p, o in found if s == "Bounma Keo" and p == "participatedIn"}
    assert people == {"Lao Coffee Roundtable"}


def test_a_series_habit_sets_no_occasion(nlp):
    text = (
        _LEAD + "The Mekong Trade Fair has been held in Vientiane every year since 2004. "
        "Deputy minister Bounma Keo addressed the opening."
    )
    found = stated(relations_of(nlp, text, published="2021-06-01"))
    assert ("Bounma Keo", "participatedIn", "18th Mekong Trade Fair") in found
