"""An organiser named with the body it belongs to ("the School of Marine Studies of
Hainan University", "the Soil Research Institute of Vietnam's Ministry of ..."): the
part organises the event; the parent after the organiser's own "of" or possessive is
not an organiser for being named there (fallbacks: parent-of-organiser). Each on sentences of
our own, with ones the rule must leave alone: two bodies side by side, a parent that
the sentence also names as an organiser in its own right, and ministries the resolver
shares out of one phrase ("the ministries of agriculture of China, Vietnam and ...")."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def _organisers(nlp, text: str, event: str) -> set[str]:
    found = stated(relations_of(nlp, text, published="2024-05-02"))
    return {o for s, p, o in found if s == event and p == "organisedBy"}


def test_a_school_of_a_university_organises_not_the_university(nlp):
    text = (
        "The 2nd Beibu Gulf Coral Workshop was hosted by the School of Marine Studies of "
        "Hainan University and the Philippine Coral Society."
    )
    organisers = _organisers(nlp, text, "2nd Beibu Gulf Coral Workshop")
    assert "School of Marine Studies" in organisers
    assert "Philippine Coral Society" in organisers
    assert "Hainan University" not in organisers


def test_an_institute_of_a_countrys_ministry_organises_not_the_ministry(nlp):
    text = (
        "The 2024 Mekong Soil Forum was organised by the Soil Research Institute of "
        "Vietnam's Ministry of Natural Resources and Environment."
    )
    organisers = _organisers(nlp, text, "2024 Mekong Soil Forum")
    assert organisers
    assert "Ministry of Natural Resources and Environment" not in organisers


def test_two_bodies_side_by_side_both_organise(nlp):
    text = (
        "The 2nd Beibu Gulf Coral Workshop was co-hosted by the Philippine Coral Society "
        "and Hainan University."
    )
    organisers = _organisers(nlp, text, "2nd Beibu Gulf Coral Workshop")
    assert {"Philippine Coral Society", "Hainan University"} <= organisers


def test_a_parent_also_named_as_an_organiser_keeps_its_role(nlp):
    text = (
        "The 2nd Beibu Gulf Coral Workshop was co-hosted by Hainan University and the "
        "School of Marine Studies of Hainan University."
    )
    organisers = _organisers(nlp, text, "2nd Beibu Gulf Coral Workshop")
    assert "Hainan University" in organisers


def test_ministries_shared_out_of_one_phrase_all_organise(nlp):
    text = (
        "The 2nd Mekong Seed Forum, co-organised by the ministries of agriculture of China, "
        "Vietnam and Myanmar, opened in Hanoi on Monday."
    )
    organisers = _organisers(nlp, text, "2nd Mekong Seed Forum")
    assert {
        "Ministry of Agriculture of China",
        "Ministry of Agriculture of Vietnam",
        "Ministry of Agriculture of Myanmar",
    } <= organisers
