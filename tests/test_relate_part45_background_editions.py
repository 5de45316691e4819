"""Editions named in passing are not the edition a story is about (session 30, helper
part45, on batch 30's overviews): one named as a point of time ("two years after the
first fair"), one whose clause or own participle is dated to a year before the story's
("When the first week opened in 2011", "the 6th fair, held in 2016,"), and one named in
a paragraph that opens on such a year ("By 2016 ..."). A guest told with no event of
their own goes to the edition the story reports, not to the background one; a paragraph
that recalled an earlier edition comes back to the story's where its subject is that
edition ("The ninth week opened on Monday. At the opening, X said"). Sentences
of our own, each with one it must read and one it must not."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def _placed(found: set[tuple[str, str, str]], person: str) -> set[str]:
    return {o for s, p, o in found if s == person and p == "participatedIn"}


def test_a_first_edition_dated_years_back_is_no_scene(nlp):
    found = stated(
        relations_of(
            nlp,
            "When the first Mekong Education Week opened in Vientiane in 2011, it drew 300 "
            "rectors. The first Mekong Education Week closed in 2011 with a statement. The "
            "ninth Mekong Education Week opened in Vientiane on Monday. At the opening, Deputy "
            "Minister Somphone Keola said the week had grown.",
            published="2019-08-20",
        )
    )
    placed = _placed(found, "Somphone Keola")
    assert "1st Mekong Education Week" not in placed
    assert "9th Mekong Education Week" in placed


def test_the_edition_reported_now_still_is_the_scene(nlp):
    found = stated(
        relations_of(
            nlp,
            "The ninth Mekong Education Week opened in Vientiane on Monday. Deputy Minister "
            "Somphone Keola said the week had grown into a ministers' meeting.",
            published="2019-08-20",
        )
    )
    assert "9th Mekong Education Week" in _placed(found, "Somphone Keola")


def test_an_edition_named_as_a_point_of_time_is_no_scene(nlp):
    found = stated(
        relations_of(
            nlp,
            "The Mekong Cultural Forum was first held two years after the first Mekong "
            "Trade Fair. Laos was represented by Deputy Minister Somphone Keola.",
            published="2019-08-20",
        )
    )
    assert "1st Mekong Trade Fair" not in _placed(found, "Somphone Keola")


def test_an_edition_in_a_paragraph_dated_years_back_is_no_scene(nlp):
    text = (
        "Mekong ministers meet in Vientiane\n\n"
        "By 2016 the fair had doubled in size. The 6th Mekong Trade Fair drew 500 firms.\n\n"
        "The 9th Mekong Trade Fair opened in Vientiane on Monday. Laos was represented by "
        "Deputy Minister Somphone Keola."
    )
    found = stated(relations_of(nlp, text, published="2019-08-20"))
    placed = _placed(found, "Somphone Keola")
    assert "6th Mekong Trade Fair" not in placed
    assert "9th Mekong Trade Fair" in placed
