"""Who organises an event (organisedBy) and what it is part of (partOf): bodies said in
a present relative clause to host an unnumbered reference ("A and B, which host the week
with C") host the series as well as the edition the report is about; an event hosted
after another and a participle set off by commas ("hosted X, sponsored by A, and Y").
Sentences of our own, each with one the rules must leave alone."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_bodies_that_host_the_forum_in_the_present_host_the_series(nlp):
    text = (
        "Teachers from Laos joined the 2021 Lancang-Mekong Teachers Forum in Kunming. "
        "The Yunnan Education Department and Kunming University, which host the forum, "
        "will open a training centre in Vientiane."
    )
    found = stated(relations_of(nlp, text, published="2021-08-02"))
    assert ("Lancang-Mekong Teachers Forum", "organisedBy", "Kunming University") in found
    # this year's edition keeps the fact too (the writers' convention)
    edition = "2021 Lancang-Mekong Teachers Forum"
    assert (edition, "organisedBy", "Kunming University") in found
    assert ("Kunming University", "participatedIn", "Lancang-Mekong Teachers Forum") not in found


def test_a_body_that_hosted_the_forum_on_a_day_hosted_that_edition(nlp):
    text = (
        "Teachers from Laos joined the 2021 Lancang-Mekong Teachers Forum in Kunming. "
        "The Yunnan Education Department, which hosted the forum on Monday, will open a "
        "training centre in Vientiane."
    )
    found = stated(relations_of(nlp, text, published="2021-08-02"))
    series = "Lancang-Mekong Teachers Forum"
    assert (series, "organisedBy", "Yunnan Education Department") not in found
    edition = "2021 Lancang-Mekong Teachers Forum"
    assert (edition, "organisedBy", "Yunnan Education Department") in found


def test_an_event_hosted_after_a_participle_clause_is_part_too(nlp):
    text = (
        "The 14th Mekong Trade Fair hosted the Rice Export Forum, sponsored by the Cambodia "
        "Rice Federation, and the Mekong Fruit Logistics Dialogue."
    )
    found = stated(relations_of(nlp, text, published="2023-11-20"))
    host = "14th Mekong Trade Fair"
    assert ("Rice Export Forum", "partOf", host) in found
    assert ("Mekong Fruit Logistics Dialogue", "partOf", host) in found


def test_an_event_with_a_verb_of_its_own_after_the_clause_is_no_part(nlp):
    text = (
        "The 14th Mekong Trade Fair hosted the Rice Export Forum, sponsored by the Cambodia "
        "Rice Federation, and the Mekong Fruit Logistics Dialogue drew 300 buyers."
    )
    found = stated(relations_of(nlp, text, published="2023-11-20"))
    assert ("Mekong Fruit Logistics Dialogue", "partOf", "14th Mekong Trade Fair") not in found


def test_a_body_that_hosts_this_years_forum_hosts_that_edition(nlp):
    text = (
        "Teachers from Laos joined the 2021 Lancang-Mekong Teachers Forum in Kunming. "
        "The Yunnan Education Department, which hosts this year's forum, will open a "
        "training centre in Vientiane."
    )
    found = stated(relations_of(nlp, text, published="2021-08-02"))
    series = "Lancang-Mekong Teachers Forum"
    assert (series, "organisedBy", "Yunnan Education Department") not in found
