"""Event facts: where and when an event is held (heldIn, inYear), its parts and launches,
on sentences of our own, each with one the rule must not read."""

from __future__ import annotations

import pytest

from conftest import relation_facts
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def facts(nlp, text: str, prop: str, published: str = "2019-09-21") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text, published)) if p == prop}


def test_a_themed_year_named_with_its_year_is_that_years(nlp):
    text = "Ministers opened the China-ASEAN Year of Ocean Cooperation 2021 in Xiamen on Monday."
    found = facts(nlp, text, "inYear", "2021-03-02")
    assert ("China-ASEAN Year of Ocean Cooperation 2021", "2021") in found


def test_a_year_ending_another_initiatives_name_is_not_its_start(nlp):
    text = "Ministers discussed the ASEAN Connectivity Vision 2030 in Jakarta on Monday."
    found = facts(nlp, text, "inYear", "2021-03-02")
    assert not {year for _, year in found} & {"2030"}


def test_a_country_hosting_a_summit_as_chair_is_where_it_is_held(nlp):
    text = (
        "The talks were held on the first day of the 39th ASEAN Summit, which Cambodia is "
        "hosting as this year's chair of the bloc."
    )
    found = facts(nlp, text, "heldIn", "2022-11-11")
    assert ("39th ASEAN Summit", "Cambodia") in found


def test_countries_co_hosting_or_hosting_online_are_not_where_it_is_held(nlp):
    text = (
        "The ministers agreed on a theme for the 5th Mekong Leaders' Meeting, which Myanmar "
        "and Thailand will co-host. The 41st ASEAN Summit, which Vietnam hosted online, "
        "ended on Sunday."
    )
    found = facts(nlp, text, "heldIn", "2020-11-16")
    assert not {place for _, place in found} & {"Myanmar", "Thailand", "Vietnam"}


def test_a_host_country_is_not_shared_with_an_event_held_alongside(nlp):
    text = (
        "The 25th ASEAN-Korea Summit was held alongside the 43rd ASEAN Summit, which Indonesia "
        "hosted as this year's chair."
    )
    found = facts(nlp, text, "heldIn", "2023-09-07")
    assert ("43rd ASEAN Summit", "Indonesia") in found
    assert ("25th ASEAN-Korea Summit", "Indonesia") not in found


def test_the_city_a_host_is_based_in_is_not_where_the_event_is_held(nlp):
    text = (
        "The 2nd ASEAN-China Youth Summit opened on Monday. The summit, held at Guangxi "
        "Normal University, was hosted by the ASEAN-China Centre in Beijing and the Guangxi "
        "Education Department."
    )
    found = facts(nlp, text, "heldIn", "2016-06-30")
    assert ("2nd ASEAN-China Youth Summit", "Beijing") not in found


def test_a_city_hosting_an_event_is_still_where_it_is_held(nlp):
    text = "The 3rd Lotus Trade Forum was hosted by the city of Nanning."
    found = facts(nlp, text, "heldIn", "2016-06-30")
    assert ("3rd Lotus Trade Forum", "Nanning") in found


def test_a_month_and_year_on_an_events_noun_dates_it(nlp):
    text = (
        "The plan was first put forward by Laos at the 9th Mekong Trade Summit in "
        "Vientiane in October 2015."
    )
    found = facts(nlp, text, "inYear", "2018-05-02")
    assert ("9th Mekong Trade Summit", "2015") in found


def test_a_month_and_year_of_another_clause_does_not_date_the_event(nlp):
    text = (
        "Delegates at the 9th Mekong Trade Summit in Vientiane recalled talks held in October 2015."
    )
    found = facts(nlp, text, "inYear", "2018-05-02")
    assert ("9th Mekong Trade Summit", "2015") not in found


def test_an_initiative_proposed_at_an_event_is_not_launched_by_it(nlp):
    text = "The Mekong Water Resources Programme was first proposed at the 9th Mekong Trade Summit."
    found = facts(nlp, text, "launched", "2018-05-02")
    assert not found


def test_an_initiative_launched_at_an_event_still_is(nlp):
    text = "The Mekong Water Resources Programme was launched at the 9th Mekong Trade Summit."
    found = facts(nlp, text, "launched", "2018-05-02")
    assert ("9th Mekong Trade Summit", "Mekong Water Resources Programme") in found


def part_of(nlp, text: str) -> set[tuple[str, str]]:
    return facts(nlp, text, "partOf", "2020-11-28")


def test_what_a_listed_side_event_is_of_is_not_listed_itself(nlp):
    text = (
        "The 5th Lotus Innovation Forum opened on Tuesday. This year's programme includes "
        "the 2nd Young Engineers Forum and the Green Technology Exhibition of the 17th "
        "China-ASEAN Expo."
    )
    found = part_of(nlp, text)
    assert ("17th China-ASEAN Expo", "5th Lotus Innovation Forum") not in found
    assert ("2nd Young Engineers Forum", "5th Lotus Innovation Forum") in found


def test_an_event_listed_on_its_own_is_still_a_side_event(nlp):
    text = (
        "The 5th Lotus Innovation Forum opened on Tuesday. This year's programme includes "
        "the 2nd Young Engineers Forum and the 3rd Green Technology Exhibition."
    )
    found = part_of(nlp, text)
    assert ("3rd Green Technology Exhibition", "5th Lotus Innovation Forum") in found


def test_an_event_held_again_next_year_is_another_editions_year(nlp):
    text = "The centre said it planned to hold the Mekong Youth Leadership Summit again next year."
    found = facts(nlp, text, "inYear", "2016-06-30")
    assert ("Mekong Youth Leadership Summit", "2017") not in found


def test_an_event_to_be_held_next_year_without_again_keeps_its_year(nlp):
    text = "The centre said it planned to hold the Mekong Youth Leadership Summit next year."
    found = facts(nlp, text, "inYear", "2016-06-30")
    assert ("Mekong Youth Leadership Summit", "2017") in found


def test_an_event_opening_as_people_gather_in_a_city_is_held_there(nlp):
    text = (
        "Buyers crowded the stalls in Hue on Saturday as the Mekong Silk Festival opened "
        "its ninth edition."
    )
    found = facts(nlp, text, "heldIn", "2023-06-10")
    assert ("9th Mekong Silk Festival", "Hue") in found


def test_an_event_opening_elsewhere_is_not_held_where_people_gather(nlp):
    text = (
        "Buyers crowded the stalls in Hue on Saturday as the 9th Mekong Silk Festival "
        "opened in Da Nang."
    )
    found = facts(nlp, text, "heldIn", "2023-06-10")
    assert ("9th Mekong Silk Festival", "Hue") not in found


def test_a_series_a_delegation_is_led_to_takes_the_year_of_the_trip(nlp):
    text = "The tourism ministry will lead 30 agencies to the China-ASEAN Expo this week."
    assert ("China-ASEAN Expo", "2016") in facts(nlp, text, "inYear", "2016-09-05")


def test_a_series_said_to_open_takes_no_year_of_the_clause(nlp):
    text = (
        "The Lanna Handicraft Fair opens on Thursday with 600 stalls. Chiang Mai has hosted "
        "it every year since the first edition in 2002."
    )
    found = facts(nlp, text, "inYear", "2016-11-14")
    assert ("Lanna Handicraft Fair", "2016") not in found


def test_a_delegation_sent_to_a_series_dates_its_coming_occasion(nlp):
    text = "Laos's trade ministry will send 60 firms to the China-ASEAN Expo in September."
    assert ("China-ASEAN Expo", "2018") in facts(nlp, text, "inYear", "2018-06-01")


def test_a_delegation_sent_to_a_numbered_series_dates_no_series(nlp):
    text = (
        "The 15th China-ASEAN Expo was held in Nanning last September. Laos's trade "
        "ministry will send 60 firms to the China-ASEAN Expo in September."
    )
    found = facts(nlp, text, "inYear", "2019-06-01")
    assert ("China-ASEAN Expo", "2019") not in found


def _parsed_as(nlp, rows: list[tuple[str, str, str, str, int]], ents: list[str]):
    """A doc parsed exactly as ``rows`` say (word, pos, tag, dep, head), with NER tags
    ``ents``: a rule pinned to a parse the statistical parser gives only some texts."""
    from spacy.tokens import Doc

    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[True] * (len(rows) - 2) + [False, False],
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        sent_starts=[True] + [False] * (len(rows) - 1),
        ents=ents,
    )
    for token in doc:
        token.lemma_ = "conclude" if token.lower_ == "concluded" else token.lower_
    return nlp.get_pipe("caexpo_entities")(doc)


def _agreement_concluded(nlp, subject: tuple[str, str, str]) -> set[tuple[str, str, str]]:
    """ "It extends the Bali accord and SUBJECT under the ASEAN Comprehensive Investment
    Agreement concluded in 2009.", the participle parsed as a verb with SUBJECT its subject."""
    from datetime import date

    from caexpo_kg.relate import DocumentIndex, run_rules
    from caexpo_kg.resolve.entities import resolve_document

    word, pos, tag = subject
    rows = [
        ("It", "PRON", "PRP", "nsubj", 1), ("extends", "VERB", "VBZ", "ROOT", 1),
        ("the", "DET", "DT", "det", 4), ("Bali", "PROPN", "NNP", "compound", 4),
        ("accord", "NOUN", "NN", "dobj", 1), ("and", "CCONJ", "CC", "cc", 1),
        (word, pos, tag, "nsubj", 13), ("under", "ADP", "IN", "prep", 6),
        ("the", "DET", "DT", "det", 12), ("ASEAN", "PROPN", "NNP", "compound", 12),
        ("Comprehensive", "PROPN", "NNP", "compound", 12),
        ("Investment", "PROPN", "NNP", "compound", 12), ("Agreement", "PROPN", "NNP", "pobj", 7),
        ("concluded", "VERB", "VBD", "conj", 1), ("in", "ADP", "IN", "prep", 13),
        ("2009", "NUM", "CD", "pobj", 14), (".", "PUNCT", ".", "punct", 13),
    ]  # fmt: skip
    ents = ["O"] * 8 + ["B-LAW"] + ["I-LAW"] * 4 + ["O", "O", "B-DATE", "O"]
    doc = _parsed_as(nlp, rows, ents)
    day = date(2018, 6, 1)
    resolved = resolve_document(doc, day)
    label = {key: entity.label for key, entity in resolved.entities.items()}
    return {
        (label.get(r.subject, r.subject), r.predicate, label.get(r.object, r.object))
        for r in run_rules(DocumentIndex(doc, resolved, day)).relations
    }


def test_a_participle_after_an_agreement_the_parser_gave_a_verb_subject_dates_it(nlp):
    made = _agreement_concluded(nlp, ("sits", "VERB", "VBZ"))
    assert ("ASEAN Comprehensive Investment Agreement", "inYear", "2009") in made


def test_a_verb_with_a_noun_subject_after_an_agreement_does_not_date_it(nlp):
    made = _agreement_concluded(nlp, ("review", "NOUN", "NN"))
    assert ("ASEAN Comprehensive Investment Agreement", "inYear", "2009") not in made


def test_a_month_just_ahead_on_a_summits_own_phrase_is_the_coming_one(nlp):
    text = (
        "Trade ministers meeting in Hue on Friday drew up the agenda for the ASEAN Summit "
        "in Hanoi in October."
    )
    made = relation_facts(nlp, text, "2010-07-23", rule="event-noun-date")
    assert ("ASEAN Summit", "inYear", "2010") in made


def test_a_month_far_ahead_on_a_summits_own_phrase_is_last_years(nlp):
    text = "Ministers reviewed what the ASEAN Summit in Hanoi in October had agreed."
    made = relation_facts(nlp, text, "2011-01-14", rule="event-noun-date")
    assert made == {("ASEAN Summit", "inYear", "2010")}


def test_the_year_a_naming_verb_takes_dates_the_theme_year_among_other_years(nlp):
    text = (
        "At their summit in Vientiane in October 2016, the leaders designated 2017 as the "
        "ASEAN-China Year of Tourism Cooperation."
    )
    found = facts(nlp, text, "inYear", "2017-02-10")
    assert ("ASEAN-China Year of Tourism Cooperation", "2017") in found
    assert ("ASEAN-China Year of Tourism Cooperation", "2016") not in found


def test_a_naming_verb_whose_object_is_no_year_dates_no_theme_year(nlp):
    text = (
        "In 2016 the leaders named Manila the host of the ASEAN-China Year of Tourism "
        "Cooperation in 2017."
    )
    found = facts(nlp, text, "inYear", "2017-02-10")
    assert not {y for s, y in found if s == "ASEAN-China Year of Tourism Cooperation"}


def test_a_theme_before_the_period_noun_is_a_themed_year(nlp):
    text = "Two years later, 2019 was named the China-ASEAN Media Exchange Year."
    found = facts(nlp, text, "inYear", "2019-08-01")
    assert ("China-ASEAN Media Exchange Year", "2019") in found


def test_a_theme_year_recalled_in_a_dated_sentence_is_not_that_years(nlp):
    text = "Editors recalled the China-ASEAN Media Exchange Year when they met in Nanning in 2021."
    found = facts(nlp, text, "inYear", "2021-08-01")
    assert ("China-ASEAN Media Exchange Year", "2021") not in found


def test_a_fronted_date_dates_the_second_of_two_coordinated_verbs(nlp):
    text = (
        "In March 2019, customs ministers met in Bangkok and signed the ASEAN-China Customs "
        "Cooperation Plan."
    )
    found = facts(nlp, text, "inYear", "2019-06-01")
    assert ("ASEAN-China Customs Cooperation Plan", "2019") in found


def test_a_second_verbs_own_year_outweighs_the_fronted_date(nlp):
    text = (
        "In May 2018 the customs ministers met in Manila and signed the ASEAN-China Customs "
        "Cooperation Plan in 2019."
    )
    found = facts(nlp, text, "inYear", "2019-06-01")
    assert ("ASEAN-China Customs Cooperation Plan", "2018") not in found


def test_a_statement_issued_is_dated_by_its_clause(nlp):
    text = "Last November, leaders issued the ASEAN-China Joint Statement on Green Growth."
    found = facts(nlp, text, "inYear", "2023-03-01")
    assert ("ASEAN-China Joint Statement on Green Growth", "2022") in found


def test_a_report_issued_on_a_statement_does_not_date_the_statement(nlp):
    text = (
        "Last week the ministry issued a report on the ASEAN-China Joint Statement on Green Growth."
    )
    found = facts(nlp, text, "inYear", "2023-03-01")
    assert not {y for s, y in found if s == "ASEAN-China Joint Statement on Green Growth"}


def test_a_year_of_on_an_initiatives_noun_is_its_year(nlp):
    text = "The premier praised the Early Harvest Programme of 2004 before the business leaders."
    found = facts(nlp, text, "inYear", "2006-10-31")
    assert ("Early Harvest Programme", "2004") in found


def test_a_period_of_years_on_an_initiative_is_not_its_year(nlp):
    text = "Officials in Manila reviewed the ASEAN-China Action Plan of 2016 to 2020."
    found = facts(nlp, text, "inYear", "2019-05-01")
    assert not {y for s, y in found if s == "ASEAN-China Action Plan"} & {"2016", "2020"}


_GREEN_FORUM_BACKGROUND = (
    "The environment forum has grown every year. Its first meeting drew forty delegates. "
    "Its second added a youth session. Officials now call it a fixture of the region. "
    "The 2019 forum was held in Nanning from Sept 17 to 18. "
)


def test_a_count_of_days_later_is_not_dated_by_the_report(nlp):
    text = _GREEN_FORUM_BACKGROUND + (
        "Organisers billed it as a warm-up for the 16th CAEXPO, which opened in Nanning four "
        "days later."
    )
    found = facts(nlp, text, "inYear", "2024-06-01")
    assert ("16th China-ASEAN Expo", "2024") not in found


def test_a_weekday_still_dates_an_edition_by_the_report(nlp):
    text = _GREEN_FORUM_BACKGROUND + "The 21st CAEXPO opened in Nanning on Tuesday."
    found = facts(nlp, text, "inYear", "2024-09-27")
    assert ("21st China-ASEAN Expo", "2024") in found


def test_a_fronted_since_does_not_date_the_second_verb(nlp):
    text = (
        "Since 2013, farm agencies have trained growers in Laos and signed the ASEAN-China "
        "Seed Exchange Plan."
    )
    found = facts(nlp, text, "inYear", "2019-06-01")
    assert ("ASEAN-China Seed Exchange Plan", "2013") not in found
