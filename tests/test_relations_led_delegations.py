"""Whom the titled leader of a body's delegation works for, and offices of a body named
again by its own word ("the department's director-general"): one sentence a rule reads
and one it must leave alone, each with the exact affiliations."""

from __future__ import annotations

import pytest

from test_relations_offices import affiliations

pytestmark = pytest.mark.model


def test_a_body_s_delegation_sent_under_a_titled_official_is_his_body_s(nlp):
    text = (
        "The Fisheries Department sent a 15-member team to the forum in Beihai under "
        "Deputy Director Ana Cruz."
    )
    assert affiliations(nlp, text) == {("Ana Cruz", "Fisheries Department")}


def test_a_delegation_sent_with_a_titled_official_is_no_leadership(nlp):
    text = (
        "The Fisheries Department sent a 15-member team to the forum in Beihai, and "
        "Deputy Director Ana Cruz spoke."
    )
    assert affiliations(nlp, text) == set()


def test_a_body_s_team_led_by_a_titled_official_is_his_body_s(nlp):
    text = "A Coastal Ports Authority team led by assistant general manager Maria Reyes attended."
    assert affiliations(nlp, text) == {("Maria Reyes", "Coastal Ports Authority")}


def test_a_minister_leading_an_association_s_group_is_not_the_association_s(nlp):
    text = (
        "A group from the Pepper Growers Association led by Deputy Agriculture Minister "
        "Arthur Tan attended."
    )
    assert affiliations(nlp, text) == set()


def test_a_body_represented_by_a_titled_officer_is_his(nlp):
    text = "The builder, Harbour Works Company, was represented by general manager Li Wen."
    assert affiliations(nlp, text) == {("Li Wen", "Harbour Works Company")}


def test_a_body_represented_by_an_untitled_name_is_not_read(nlp):
    text = "The builder, Harbour Works Company, was represented by Li Wen."
    assert ("Li Wen", "Harbour Works Company") not in affiliations(nlp, text)


def test_the_department_s_office_is_an_office_of_the_department_named_before(nlp):
    text = (
        "Thailand's Department of Fisheries opened a laboratory. Somchai Dee, the "
        "department's director-general, said it would test exports."
    )
    assert affiliations(nlp, text) == {("Somchai Dee", "Department of Fisheries")}


def test_the_department_s_office_needs_a_department_named_before(nlp):
    text = (
        "Thailand's Board of Investment opened a laboratory. Somchai Dee, the "
        "department's director-general, said it would test exports."
    )
    assert affiliations(nlp, text) == set()
