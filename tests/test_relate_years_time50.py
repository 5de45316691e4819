"""An edition counted only by its event's coming round again: a "session" an event counts
its own stagings by after "for its" ("came back to Beihai for its seventh session"), and
a fronted "Back in PLACE for a Nth time, the X opened". Sentences of our own, each with
one the rules must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_its_counted_session_after_coming_back_numbers_the_edition(nlp):
    text = (
        "The Tonle Sap Fisheries Forum came back to Siem Reap in May 2022 for its fourth session."
    )
    found = stated(relations_of(nlp, text, published="2022-05-20"))
    edition = "4th Tonle Sap Fisheries Forum"
    assert (edition, "editionOf", "Tonle Sap Fisheries Forum") in found, found
    assert (edition, "inYear", "2022") in found, found
    assert ("Tonle Sap Fisheries Forum", "inYear", "2022") not in found, found


def test_a_second_session_after_lunch_is_a_sitting_not_an_edition(nlp):
    text = "The Tonle Sap Fisheries Forum returned to the hall for a second session after lunch."
    assert "2nd Tonle Sap Fisheries Forum" not in entities(nlp, text)


def test_a_fronted_back_counts_the_subjects_edition(nlp):
    text = "Back in Pakse for a third time, the Champasak Coffee Fair opened on Friday."
    found = stated(relations_of(nlp, text, published="2023-12-01"))
    assert ("3rd Champasak Coffee Fair", "editionOf", "Champasak Coffee Fair") in found, found
    assert ("3rd Champasak Coffee Fair", "inYear", "2023") in found, found


def test_a_fronted_back_said_of_a_person_counts_no_edition(nlp):
    text = (
        "Back in Pakse for a third time, the minister opened the Champasak Coffee Fair on Friday."
    )
    assert "3rd Champasak Coffee Fair" not in entities(nlp, text)


def _years(found: set[tuple[str, str, str]], subject: str) -> set[str]:
    return {o for s, p, o in found if s == subject and p == "inYear"}


def test_a_month_told_after_a_fronted_year_is_that_years(nlp):
    text = (
        "In 2014, the two governments opened a seed centre in Vientiane. That November, at "
        "the third Mekong Seed Forum in Pakse, officials signed a breeding plan."
    )
    found = stated(relations_of(nlp, text, published="2019-12-20"))
    assert _years(found, "3rd Mekong Seed Forum") == {"2014"}, found


def test_a_fronted_year_sets_no_time_past_its_paragraph(nlp):
    text = (
        "In 2014, the two governments opened a seed centre in Vientiane.\n\nIn November, at "
        "the third Mekong Seed Forum in Pakse, officials signed a breeding plan."
    )
    found = stated(relations_of(nlp, text, published="2019-12-20"))
    assert "2014" not in _years(found, "3rd Mekong Seed Forum"), found


def test_an_undated_edition_told_in_the_past_after_a_fronted_year(nlp):
    text = (
        "The 3rd Sarawak Handicraft Summit opened in Kuching on Monday.\n\n"
        "By 2016 the craft fair had outgrown its old hall. The 9th Borneo Craft Fair "
        "moved to a new centre in Kuching."
    )
    found = stated(relations_of(nlp, text, published="2020-06-02"))
    assert _years(found, "9th Borneo Craft Fair") == {"2016"}, found


def test_an_undated_edition_told_ahead_takes_no_fronted_year(nlp):
    text = (
        "The 3rd Sarawak Handicraft Summit opened in Kuching on Monday.\n\n"
        "By 2016 the craft fair had outgrown its old hall. The 9th Borneo Craft Fair "
        "will move to a new centre in Kuching."
    )
    found = stated(relations_of(nlp, text, published="2020-06-02"))
    assert "2016" not in _years(found, "9th Borneo Craft Fair"), found


def test_a_year_and_a_run_noun_name_that_years_edition(nlp):
    text = (
        "The first Mekong Port Safety Forum was held in Vientiane in 2021. The 2023 session, "
        "held alongside a trade fair, set up a training centre."
    )
    found = stated(relations_of(nlp, text, published="2024-05-02"))
    edition = "2023 Mekong Port Safety Forum"
    assert (edition, "editionOf", "Mekong Port Safety Forum") in found, found
    assert (edition, "inYear", "2023") in found, found


def test_a_years_session_of_a_body_is_no_edition(nlp):
    text = (
        "Delegates met at the Mekong Port Safety Forum in Vientiane. The 2023 session of the "
        "National Assembly approved the port law."
    )
    assert "2023 Mekong Port Safety Forum" not in entities(nlp, text)
