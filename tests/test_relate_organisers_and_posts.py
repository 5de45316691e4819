"""Organisers listed after "by" end where the list does (organisers52): a clause joined
after it (", and X, an adviser at B, chaired ...") is about someone else, and a body
in a person's post ("X, deputy chief of B") is where the person works, not one more
organiser, even when the parser hangs the person on the list. Sentences of our own."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

#: a list of organisers, then a clause joined by "and" about a guest and her ministry
JOINED_CLAUSE = (
    "The 2023 Mekong Dairy Forum opened in Can Tho on Monday. It was co-hosted by the "
    "Vietnam Dairy Association and Khon Kaen University, with the ASEAN Foundation as "
    "co-organiser, and Dang Van Tuan, an adviser at the Ministry of Industry and Trade "
    "of Vietnam, chaired the opening."
)
#: a relative clause's organisers, then a guest whose post names a body
PERSONS_POST = (
    "Bankers gathered in Jakarta on Monday for the 4th ASEAN-China Payments Dialogue, "
    "which was organised by Bank Indonesia and the People's Bank of China, and Siti "
    "Rahma, deputy chief of the Financial Services Authority, opened the talks."
)


def test_organisers_before_a_joined_clause_organise(nlp):
    found = stated(relations_of(nlp, JOINED_CLAUSE, published="2023-05-10"))
    event = "2023 Mekong Dairy Forum"
    assert (event, "organisedBy", "Vietnam Dairy Association") in found
    assert (event, "organisedBy", "Khon Kaen University") in found
    assert (event, "organisedBy", "ASEAN Foundation") in found


def test_the_body_of_a_joined_clauses_subject_does_not(nlp):
    found = stated(relations_of(nlp, JOINED_CLAUSE, published="2023-05-10"))
    assert not any(p == "organisedBy" and "Industry" in o for _, p, o in found)


def test_a_relative_clauses_organisers_organise(nlp):
    found = stated(relations_of(nlp, PERSONS_POST, published="2022-03-08"))
    event = "4th ASEAN-China Payments Dialogue"
    assert (event, "organisedBy", "Bank Indonesia") in found
    assert (event, "organisedBy", "People's Bank of China") in found


def test_the_body_of_a_persons_post_hung_on_the_list_does_not(nlp):
    found = stated(relations_of(nlp, PERSONS_POST, published="2022-03-08"))
    assert not any(p == "organisedBy" and o == "Financial Services Authority" for _, p, o in found)
