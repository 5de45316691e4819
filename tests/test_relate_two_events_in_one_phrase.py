"""Two events in one phrase: "the two events" taking up the pair just named, one ordinal
over "A and B summits", a year written before the first of two names joined by "and",
and "both (now) in their Nth year" after a pair. Each on sentences of our own, with one
the rules must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_the_two_events_are_the_pair_just_named(nlp):
    text = (
        "Growers came to the 7th Borneo Pepper Fair and the 7th Borneo Spice Forum. "
        "Both events were held in Kuching from Monday to Wednesday."
    )
    found = stated(relations_of(nlp, text))
    assert ("7th Borneo Pepper Fair", "heldIn", "Kuching") in found
    assert ("7th Borneo Spice Forum", "heldIn", "Kuching") in found


def test_two_growers_are_not_the_pair(nlp):
    text = (
        "Growers came to the 7th Borneo Pepper Fair and the 7th Borneo Spice Forum. "
        "The two growers ran in Kuching from Monday to Wednesday."
    )
    found = stated(relations_of(nlp, text))
    assert ("7th Borneo Spice Forum", "heldIn", "Kuching") not in found


def test_one_ordinal_over_two_names_and_a_plural_head(nlp):
    found = entities(
        nlp, "The premier attended the 14th ASEAN-Korea and ASEAN Plus Three summits in Manila."
    )
    assert found.get("14th ASEAN-Korea summit") == "Event"
    assert found.get("14th ASEAN Plus Three summit") == "Event"


def test_a_capitalised_head_keeps_its_own_and(nlp):
    found = entities(nlp, "Traders came to the 5th Pepper and Spice Fairs in Kuching.")
    assert "5th Pepper Fair" not in found
    assert "5th Spice Fair" not in found


def test_a_year_before_the_first_of_two_names_dates_both(nlp):
    text = "The 2023 Lanna Craft Fair and Lanna Design Forum opened in Chiang Mai on Friday."
    assert entities(nlp, text).get("2023 Lanna Design Forum") == "Event"
    found = stated(relations_of(nlp, text, published="2023-11-18"))
    assert ("2023 Lanna Design Forum", "editionOf", "Lanna Design Forum") in found
    assert ("2023 Lanna Design Forum", "inYear", "2023") in found


def test_a_year_does_not_cross_an_article(nlp):
    text = "The 2023 Lanna Craft Fair and the Lanna Design Forum opened in Chiang Mai on Friday."
    assert "2023 Lanna Design Forum" not in entities(nlp, text)


@pytest.mark.parametrize("adverb", ["both", "now"])
def test_in_their_nth_year_numbers_each_of_a_pair(nlp, adverb):
    text = (
        f"The Borneo Pepper Fair and the Borneo Spice Forum, {adverb} in their 7th year, "
        "opened in Kuching on Monday."
    )
    found = entities(nlp, text)
    assert found.get("7th Borneo Pepper Fair") == "Event"
    assert found.get("7th Borneo Spice Forum") == "Event"


@pytest.mark.parametrize("adverb", ["both", "now"])
def test_one_event_is_no_pair_for_their_year(nlp, adverb):
    text = f"Traders said the Borneo Pepper Fair, {adverb} in their 7th year, was busy."
    assert "7th Borneo Pepper Fair" not in entities(nlp, text)


def test_the_shared_year_dates_the_second_wherever_the_parser_hangs_it(nlp):
    text = (
        "The 2023 Lanna Craft Fair and Lanna Design Forum, held in Chiang Mai, drew 300 exhibitors."
    )
    found = stated(relations_of(nlp, text, published="2023-11-18"))
    assert ("2023 Lanna Design Forum", "inYear", "2023") in found
    assert ("2023 Lanna Design Forum", "heldIn", "Chiang Mai") in found


def test_two_ordinals_and_lower_case_words_under_one_plural_head(nlp):
    text = (
        "The deputy minister opened the 4th Mekong-Lancang fisheries and 2nd Mekong-Lancang "
        "water resources forums, which Cambodia hosted in Siem Reap last month."
    )
    found = entities(nlp, text)
    assert found.get("4th Mekong-Lancang Fisheries Forum") == "Event"
    assert found.get("2nd Mekong-Lancang Water Resources Forum") == "Event"
    facts = stated(relations_of(nlp, text, published="2024-06-12"))
    assert ("4th Mekong-Lancang Fisheries Forum", "heldIn", "Siem Reap") in facts
    assert ("2nd Mekong-Lancang Water Resources Forum", "heldIn", "Siem Reap") in facts
    assert ("2nd Mekong-Lancang Water Resources Forum", "inYear", "2024") in facts


def test_a_first_name_with_no_words_of_its_own_takes_the_seconds(nlp):
    text = "Officials met at the 12th ASEAN and 5th ASEAN-Japan transport ministers' meetings."
    found = entities(nlp, text)
    assert found.get("12th ASEAN Transport Ministers' Meeting") == "Event"
    assert found.get("5th ASEAN-Japan Transport Ministers' Meeting") == "Event"


def test_two_ordinals_without_a_shared_event_head_are_no_pair(nlp):
    text = (
        "The 4th Mekong-Lancang fisheries and 2nd Mekong-Lancang water resources reports are out."
    )
    found = entities(nlp, text)
    assert not any(label.endswith(("Forum", "Report", "Reports")) for label in found)
