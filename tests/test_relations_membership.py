"""Membership: what a sentence says is a member of a body, and when the gazetteer's ASEAN
membership is said (a sentence naming the country beside the body's members)."""

from __future__ import annotations

import pytest

from test_relations import relations_of

pytestmark = pytest.mark.model

ASEAN = "Association of Southeast Asian Nations"


def memberships(nlp, text: str) -> set[tuple[str, str, str]]:
    """The memberships read in ``text``, stated or confirmed by the gazetteer."""
    return {(s, p, o) for s, p, o, _ in relations_of(nlp, text) if p == "memberOf"}


def test_countries_named_beside_the_blocs_member_states_are_its_members(nlp):
    text = "Ministers from ASEAN member states such as Thailand and Laos toured the halls."
    assert memberships(nlp, text) == {
        ("Thailand", "memberOf", ASEAN),
        ("Laos", "memberOf", ASEAN),
    }


def test_countries_named_in_a_text_about_the_bloc_are_not_said_to_be_members(nlp):
    text = (
        "Leaders from Laos, Malaysia and Vietnam attended the opening, along with ASEAN "
        "Secretary-General Kao Kim Hourn. Thailand and China signed a deal at the ASEAN "
        "meeting."
    )
    assert memberships(nlp, text) == set()


def test_member_countries_of_the_bloc_listed_in_the_sentence(nlp):
    text = (
        "China and the member countries of the Association of Southeast Asian Nations, "
        "among them Brunei and Myanmar, signed the agreement."
    )
    assert memberships(nlp, text) == {
        ("Brunei", "memberOf", ASEAN),
        ("Myanmar", "memberOf", ASEAN),
    }


def test_a_body_said_to_be_a_member_of_another_is_its_member(nlp):
    text = (
        "Siam Agri-Cold Chain Co., Ltd. will exhibit in Shanghai. The company is a member "
        "of the Thai Fruit Exporters Association. Hanoi-based Minh Phat Foods, a member of "
        "the Vietnam Food Association, will exhibit rice noodles."
    )
    assert memberships(nlp, text) == {
        ("Siam Agri-Cold Chain", "memberOf", "Thai Fruit Exporters Association"),
        ("Minh Phat Foods", "memberOf", "Vietnam Food Association"),
    }


def test_a_person_a_member_of_a_board_holds_a_seat_and_is_no_member(nlp):
    text = (
        "Tran Thi Lan, a member of the executive board of the Vietnam Chamber of Commerce "
        "and Industry, said firms had booked 300 stands."
    )
    assert memberships(nlp, text) == set()


def test_who_joins_a_body_is_its_member_not_one_joined_in_doing_something(nlp):
    text = "Cambodia joined the Association of Southeast Asian Nations in 1999."
    assert memberships(nlp, text) == {("Cambodia", "memberOf", ASEAN)}
    text = (
        "Thailand's Ministry of Commerce joined the Guangxi regional government in hosting "
        "the fair."
    )
    assert memberships(nlp, text) == set()


def test_countries_apposed_to_the_members_a_story_counts_are_the_blocs(nlp):
    text = (
        "China and the six older ASEAN members have removed tariffs. Cambodia, Laos, "
        "Myanmar and Vietnam, the four newer members, have until 2015 to follow."
    )
    assert memberships(nlp, text) == {
        (country, "memberOf", ASEAN) for country in ("Cambodia", "Laos", "Myanmar", "Vietnam")
    }
    # a member noun with a body of its own is that body's
    text = "ASEAN met in Hanoi. Vietnam, a member of the World Trade Organization, hosted it."
    assert memberships(nlp, text) == {("Vietnam", "memberOf", "World Trade Organization")}
