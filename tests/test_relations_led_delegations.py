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


def test_a_body_and_office_running_into_the_next_name_are_that_name_s_title(nlp):
    text = (
        "Guests at the fair included Deputy Health Minister Ahmad Salleh, Herba Nusantara "
        "chief executive Budi Santoso and Lim Mei Ling."
    )
    found = affiliations(nlp, text)
    assert ("Budi Santoso", "Herba Nusantara") in found
    assert ("Ahmad Salleh", "Herba Nusantara") not in found


def test_a_body_and_office_after_a_name_s_comma_describe_it(nlp):
    text = "Ahmad Salleh, Herba Nusantara chief executive, said sales had doubled."
    assert affiliations(nlp, text) == {("Ahmad Salleh", "Herba Nusantara")}


def test_an_office_is_not_read_through_the_next_name_of_a_list(nlp):
    text = (
        "Guests at the forum were Lao Minister of Industry Khamla Vong, Thai Secretary of "
        "State for Commerce Somsak Dee and ASEAN Deputy Secretary-General Tran Duc Binh."
    )
    found = affiliations(nlp, text)
    assert ("Khamla Vong", "Association of Southeast Asian Nations") not in found
    assert ("Somsak Dee", "Association of Southeast Asian Nations") not in found


def test_a_post_at_a_body_after_another_name_is_that_name_s(nlp):
    text = (
        "Guests at the fair were Deputy Minister of Agriculture Ali Rahman, Dr Siti Noor "
        "of the Halal Council and Rosa Lim, a director at the ASEAN Secretariat."
    )
    found = affiliations(nlp, text)
    assert ("Rosa Lim", "ASEAN Secretariat") in found
    assert ("Ali Rahman", "ASEAN Secretariat") not in found


def test_a_body_that_sent_a_team_under_a_titled_official_is_his(nlp):
    text = (
        "At the forum, the Grid Authority, which sent a 10-member team under Permanent "
        "Secretary Dr Aung Min, signed two agreements."
    )
    assert ("Aung Min", "Grid Authority") in affiliations(nlp, text)


def test_a_body_headed_by_a_titled_official_is_his(nlp):
    text = (
        "The delegation of the Chamber of Crafts, headed by vice president Noy Sisavath, "
        "toured the halls."
    )
    assert affiliations(nlp, text) == {("Noy Sisavath", "Chamber of Crafts")}


def test_a_body_headed_by_an_untitled_name_is_not_read(nlp):
    text = "The delegation of the Chamber of Crafts, headed by Noy Sisavath, toured the halls."
    assert ("Noy Sisavath", "Chamber of Crafts") not in affiliations(nlp, text)


def test_a_list_of_members_between_sending_and_under_is_looked_past(nlp):
    text = (
        "The Fisheries Bureau sent a 20-member delegation, including the canner Blue Fin "
        "Foods and the cooperative Sea Grass Growers, to the forum in Beihai under "
        "Director Ana Cruz."
    )
    assert ("Ana Cruz", "Fisheries Bureau") in affiliations(nlp, text)
