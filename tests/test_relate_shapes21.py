"""Short-case shapes made general (helper shapes21, 2026-12-06): an edition implied by a
staging's count ("the 15th instalment of", "hosted ... for the 12th time", "Now in its
20th edition"), a year in brackets after an event's name or a place inside it, "the show"
taking up a "Festival" or a "Week", "N exhibitors, among them X", a delegation "headed by
X" and an apposed "one of N events on the sidelines of E". Each on sentences of our own,
with one the rules must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


#: (sentence, name, its class, or None where the name must not be an entity)
SHAPES = [
    # an ordinal on a staging's noun "of" an event numbers an edition of it
    ("The 15th instalment of the Borneo Craft Show opened in Kuching on Monday.",
     "15th Borneo Craft Show", "Event"),
    ("The 15th instalment of the loan was paid to the Borneo Craft Show on Monday.",
     "15th Borneo Craft Show", None),
    # "for the Nth time" on a verb of staging whose object the event is
    ("Kuching hosted the Borneo Tea Fair for the 12th time on Monday.",
     "12th Borneo Tea Fair", "Event"),
    ("Sarawak Leaf Traders attended the Borneo Tea Fair for the 12th time on Monday.",
     "12th Borneo Tea Fair", None),
    ("The Borneo Tea Fair was held in Kuching for the first time on Monday.",
     "1st Borneo Tea Fair", None),
    # "Now in its Nth edition, E opened": the subject's own count
    ("Now in its 20th edition, the Borneo Tea Fair opened in Kuching on Monday.",
     "20th Borneo Tea Fair", "Event"),
    # a year in brackets after an event's name: that year's edition, as printed
    ("The Lanna Craft Fair (2019) opened in Chiang Mai on Friday.",
     "Lanna Craft Fair (2019)", "Event"),
    ("The Lanna Craft Fair (LCF) opened in Chiang Mai on Friday.",
     "Lanna Craft Fair (LCF)", None),
    # a known place bracketed inside an event's name is a place of its own there too
    ("Buyers crowded the 2024 China-ASEAN (Beihai) Seafood Fair on Saturday.",
     "Beihai", "Place"),
    ("Buyers crowded the 2024 China-ASEAN (Heritage) Seafood Fair on Saturday.",
     "Heritage", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core_class"), SHAPES)
def test_edition_shapes(nlp, text, name, core_class):
    assert entities(nlp, text).get(name) == core_class


def test_the_show_takes_up_a_festival(nlp):
    text = (
        "The ninth Mekong Coffee Festival opened in Vientiane on Friday. Lao coffee maker "
        "Dao Heuang Group sold out its first batch at the show."
    )
    found = stated(relations_of(nlp, text))
    assert ("Dao Heuang Group", "participatedIn", "9th Mekong Coffee Festival") in found


def test_the_show_does_not_take_up_a_summit(nlp):
    text = (
        "The ninth Mekong Leaders Summit opened in Vientiane on Friday. Lao coffee maker "
        "Dao Heuang Group sold out its first batch at the show."
    )
    found = stated(relations_of(nlp, text))
    assert ("Dao Heuang Group", "participatedIn", "9th Mekong Leaders Summit") not in found


def test_exhibitors_among_them(nlp):
    text = (
        "The 20th Borneo Food Expo opened in Kuching on Thursday with about 400 exhibitors, "
        "among them snack maker Sarawak Crisps."
    )
    found = stated(relations_of(nlp, text))
    assert ("Sarawak Crisps", "participatedIn", "20th Borneo Food Expo") in found


def test_critics_among_them_take_no_part(nlp):
    text = (
        "The 20th Borneo Food Expo opened in Kuching on Thursday amid complaints from "
        "critics, among them snack maker Sarawak Crisps."
    )
    found = stated(relations_of(nlp, text))
    assert ("Sarawak Crisps", "participatedIn", "20th Borneo Food Expo") not in found


EXPO = "18th Borneo Food Expo"


def test_delegation_to_event_headed_by(nlp):
    text = (
        "The Bruneian delegation to the 18th Borneo Food Expo, headed by Deputy Minister "
        "Rosli Ahmad, counts Ghanim Foods among its members."
    )
    found = stated(relations_of(nlp, text))
    assert ("Rosli Ahmad", "participatedIn", EXPO) in found


def test_critics_of_event_headed_by_take_no_part(nlp):
    text = (
        "The critics of the 18th Borneo Food Expo, headed by Deputy Minister Rosli Ahmad, "
        "complained about the halls."
    )
    found = stated(relations_of(nlp, text))
    assert ("Rosli Ahmad", "participatedIn", EXPO) not in found


def test_list_closed_by_among_them(nlp):
    text = (
        "A trade mission of 18 companies, Ghanim Foods and Seria Energy among them, flew to "
        "Kuching on Tuesday for the 18th Borneo Food Expo."
    )
    found = stated(relations_of(nlp, text))
    assert ("Ghanim Foods", "participatedIn", EXPO) in found
    assert ("Seria Energy", "participatedIn", EXPO) in found


def test_apposed_side_event_on_the_sidelines(nlp):
    text = (
        "The Borneo Ports Forum, one of 60 events on the sidelines of the 18th Borneo Food "
        "Expo, drew port operators to Kuching on Sunday."
    )
    found = stated(relations_of(nlp, text))
    assert ("Borneo Ports Forum", "partOf", EXPO) in found


def test_apposed_event_on_the_fringes_of_a_city(nlp):
    text = (
        "The Borneo Ports Forum, one of 60 events on the fringes of Kuching, drew port "
        "operators on Sunday, a week before the 18th Borneo Food Expo."
    )
    found = stated(relations_of(nlp, text))
    assert ("Borneo Ports Forum", "partOf", EXPO) not in found
