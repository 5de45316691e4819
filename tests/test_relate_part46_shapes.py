"""Who took part, on shapes read on batch 31's misses (session 31, helper part46): a
titled guest listed after a group of people, whom the parser hangs on the place the
group comes from, is listed beside the group; in a guest list "Professor A of X and B,
director of Y", A is an item (the parser makes the name a modifier of the body) and so
is B (no office of A's), and the office after B's comma is B's, not A's; a portfolio
listed with commas after "Minister of" is the ministry's of those portfolios. Sentences
of our own, each with one it must read and one it must not."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

FORUM = "4th Lancang-Mekong Trade Forum"
FORUM_LEAD = "The 4th Lancang-Mekong Trade Forum opened in Kunming on Monday. "


def test_a_guest_after_a_role_nouns_of_is_listed_beside_the_group(nlp):
    found = stated(
        relations_of(
            nlp,
            FORUM_LEAD + "The forum brought together the ministers of the six riparian "
            "countries and Thai Deputy Prime Minister Anan Wongsakul.",
        )
    )
    assert ("Anan Wongsakul", "participatedIn", FORUM) in found


def test_a_guest_after_a_counted_group_from_places_is_listed_beside_it(nlp):
    found = stated(
        relations_of(
            nlp,
            FORUM_LEAD + "The forum drew about 200 traders from Laos and Myanmar as well as "
            "Cambodian Commerce Minister Chea Sokhom.",
        )
    )
    assert ("Chea Sokhom", "participatedIn", FORUM) in found


def test_a_person_after_what_the_forum_drew_from_a_group_is_no_guest(nlp):
    found = stated(
        relations_of(
            nlp,
            FORUM_LEAD + "The forum drew criticism from rights groups and Senator Anan Wongsakul.",
        )
    )
    assert ("Anan Wongsakul", "participatedIn", FORUM) not in found


GUESTS = (
    "Guests at the 4th Lancang-Mekong Trade Forum in Kunming on Monday included Professor "
    "Li Wenhua of Guangxi University and Somchai Ruangrit, "
)


def test_a_guest_named_before_their_body_and_the_next_guest_are_items(nlp):
    found = stated(relations_of(nlp, GUESTS + "president of the Thai Chamber of Commerce."))
    assert ("Li Wenhua", "participatedIn", FORUM) in found
    assert ("Somchai Ruangrit", "participatedIn", FORUM) in found
    assert ("Li Wenhua", "affiliatedWith", "Guangxi University") in found
    assert ("Somchai Ruangrit", "affiliatedWith", "Thai Chamber of Commerce") in found


def test_the_office_after_the_second_guest_is_not_the_first_guests(nlp):
    found = stated(relations_of(nlp, GUESTS + "president of the Thai Chamber of Commerce."))
    assert ("Li Wenhua", "affiliatedWith", "Thai Chamber of Commerce") not in found
    assert ("Guangxi University", "participatedIn", FORUM) not in found


def test_a_portfolio_listed_with_commas_after_minister_of_is_the_ministrys(nlp):
    found = stated(
        relations_of(
            nlp,
            "The Ministry of Agriculture, Forestry and Fisheries sent 20 firms. "
            "The stand was opened by Deputy Minister of Agriculture, Forestry and "
            "Fisheries Chan Sophal.",
        )
    )
    assert (
        "Chan Sophal",
        "affiliatedWith",
        "Ministry of Agriculture, Forestry and Fisheries",
    ) in found


def test_another_portfolio_after_minister_of_is_not_the_ministrys(nlp):
    found = stated(
        relations_of(
            nlp,
            "The Ministry of Agriculture, Forestry and Fisheries sent 20 firms. "
            "The stand was opened by Deputy Minister of Education, Youth and Sport Chan Sophal.",
        )
    )
    assert (
        "Chan Sophal",
        "affiliatedWith",
        "Ministry of Agriculture, Forestry and Fisheries",
    ) not in found
