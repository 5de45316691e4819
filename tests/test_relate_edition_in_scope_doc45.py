"""The edition an article is about, in an overview that names each edition once: an
edition named only as a mark in time ("a year after the first fair", "since its first
edition") is not it, and one the text calls this time's ("This week's 12th edition")
beats an earlier one named as often. Sentences of our own, each with one the rules must
read the old way."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def _at(found: set[tuple[str, str, str]], person: str) -> set[str]:
    return {o for s, p, o in found if s == person and p == "participatedIn"}


def test_a_first_edition_named_as_a_mark_in_time_is_not_the_scene(nlp):
    text = (
        "The Delta Rice Forum was first held in Can Tho in 2009, a year after the first "
        "Mekong Seed Fair. The 6th Delta Rice Forum opened in Can Tho on Monday. Nguyen "
        "Van Hai spoke at the opening."
    )
    found = stated(relations_of(nlp, text, published="2014-05-13"))
    assert _at(found, "Nguyen Van Hai") == {"6th Delta Rice Forum"}


def test_a_first_edition_that_is_the_news_stays_the_scene(nlp):
    text = (
        "The first Mekong Seed Fair opened in Can Tho on Monday, a year after the Delta "
        "Rice Forum. Nguyen Van Hai spoke at the opening."
    )
    found = stated(relations_of(nlp, text, published="2008-05-13"))
    assert _at(found, "Nguyen Van Hai") == {"1st Mekong Seed Fair"}


def test_this_weeks_edition_beats_the_first_named_before_it(nlp):
    text = (
        "When the first Delta Seed Week opened in Can Tho in 2009, it drew 200 farmers. "
        "This week's 12th edition opened on Tuesday in Soc Trang.\n\n"
        "At Tuesday's opening, provincial governor Tran Thi Lan said the week had grown."
    )
    found = stated(relations_of(nlp, text, published="2020-08-06"))
    assert _at(found, "Tran Thi Lan") == {"12th Delta Seed Week"}


def test_an_edition_named_first_keeps_the_scene_on_a_tie_without_this(nlp):
    text = (
        "The 12th Delta Seed Week opened in Soc Trang on Tuesday, three years after the "
        "9th Delta Seed Week moved online.\n\n"
        "At Tuesday's opening, provincial governor Tran Thi Lan said the week had grown."
    )
    found = stated(relations_of(nlp, text, published="2020-08-06"))
    assert _at(found, "Tran Thi Lan") == {"12th Delta Seed Week"}


def test_an_edition_named_only_since_is_no_scene_of_its_own(nlp):
    text = (
        "Held beside the Mekong Seed Fair since its first edition, the Delta Port Dialogue "
        "met in Can Tho on Saturday. Port director Nguyen Van Hai attended the dialogue."
    )
    found = stated(relations_of(nlp, text, published="2019-05-13"))
    assert ("1st Mekong Seed Fair", "inYear", "2019") not in found
    assert _at(found, "Nguyen Van Hai") == {"Delta Port Dialogue"}


def test_a_first_edition_met_on_saturday_is_the_news(nlp):
    text = (
        "Held beside the Mekong Seed Fair, the first Delta Port Dialogue met in Can Tho on "
        "Saturday. Port director Nguyen Van Hai attended the dialogue."
    )
    found = stated(relations_of(nlp, text, published="2019-05-13"))
    assert ("1st Delta Port Dialogue", "inYear", "2019") in found
