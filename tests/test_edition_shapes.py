"""Editions: which numbered or dated occasion of a series the text names (an ordinal on a
staging's noun, "for the Nth time", "now in its Nth edition", "for a fifth year", a
year before the name or in brackets after it, a name that counts its own runs), and that
it is the edition, not the series, that the facts go on. Each shape with a sentence of our
own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities, with_ner
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


#: (sentence, name, its class, or None where the name must not be an entity)
EDITIONS = [
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


@pytest.mark.parametrize(("text", "name", "core_class"), EDITIONS)
def test_edition_shapes(nlp, text, name, core_class):
    assert entities(nlp, text).get(name) == core_class


def test_headline_verb_before_a_year_named_edition(nlp):
    """ "Minister attends 2022 Mekong Rice Forum in Vientiane": a headline drops the
    determiner, and the year before the event's name is its edition; a verb whose
    object is a clause, not the event ("Ministry says 2022 Mekong Rice Forum delegates
    agreed ..."), leaves the year alone."""
    text = "Lao minister attends 2022 Mekong Rice Forum in Vientiane\n\nThe forum opened on Monday."
    assert "2022 Mekong Rice Forum" in entities(nlp, text)
    text = "Ministry says 2022 Mekong Rice Forum delegates agreed on seed quotas."
    assert "2022 Mekong Rice Forum" not in entities(nlp, text)


NUMBERED_AND_YEAR = (
    "The 2009 Mekong Rice Forum will be held in Luang Prabang in May. The first Mekong Rice "
    "Forum was held in Vientiane in 2007."
)


def test_a_year_before_the_name_names_an_edition_beside_numbered_ones(nlp):
    """ "The 2009 X Forum" beside "the first X Forum": the year before the name is an
    edition's, even where the text numbers other editions, and it is that edition, not
    the series, that is held in the place; a year after the name ("X Forum 2009") of a
    numbered series is still left to the numbers."""
    found = stated(relations_of(nlp, NUMBERED_AND_YEAR, published="2009-03-02"))
    assert ("2009 Mekong Rice Forum", "heldIn", "Luang Prabang") in found
    assert ("Mekong Rice Forum", "heldIn", "Luang Prabang") not in found
    text = "The 12th Mekong Rice Fair opened. Mekong Rice Fair 2019 drew 300 firms."
    assert "Mekong Rice Fair 2019" not in entities(nlp, text)


def test_the_upcoming_series_is_the_edition_the_text_names(nlp):
    """ "The upcoming X will be held in V" before "the 12th X" is named: "the upcoming"
    (as "the latest", "the ongoing") sets the series' name as one occasion, the edition
    the text names; with no edition named, the series keeps the place."""
    text = (
        "The upcoming Mekong Rice Fair will be held in Vientiane in May. Lao Seed Co will "
        "exhibit at the 12th Mekong Rice Fair."
    )
    found = stated(relations_of(nlp, text, published="2021-03-02"))
    assert ("12th Mekong Rice Fair", "heldIn", "Vientiane") in found
    assert ("Mekong Rice Fair", "heldIn", "Vientiane") not in found
    text = "The upcoming Mekong Rice Fair will be held in Vientiane in May."
    found = stated(relations_of(nlp, text, published="2021-03-02"))
    assert ("Mekong Rice Fair", "heldIn", "Vientiane") in found


def test_a_possessive_before_a_year_named_edition(nlp):
    """ "at Nanning's 2021 X Fair": the place's possessive stands where "the" would, and
    the year names the edition the firm attends; "in 2021 Mekong Rice Fair firms ..."
    (a preposition of time before the year) leaves the year to the clause."""
    text = "Lao Seed Co exhibited at Vientiane's 2021 Mekong Rice Fair."
    found = stated(relations_of(nlp, text, published="2021-05-02"))
    assert ("Lao Seed", "participatedIn", "2021 Mekong Rice Fair") in found
    text = "Sales rose in 2021 Mekong Rice Fair firms said."
    assert "2021 Mekong Rice Fair" not in entities(nlp, text)


def test_opening_for_a_fifth_year_numbers_the_edition(nlp):
    text = "The Sabah Orchid Fair opened in Kota Kinabalu on Friday for a fifth year."
    assert entities(nlp, text).get("5th Sabah Orchid Fair") == "Event"
    found = stated(relations_of(nlp, text, published="2022-05-06"))
    assert ("5th Sabah Orchid Fair", "editionOf", "Sabah Orchid Fair") in found
    assert ("5th Sabah Orchid Fair", "heldIn", "Kota Kinabalu") in found


def test_returning_for_a_counted_outing_numbers_the_edition(nlp):
    """ "returned ... for a fifth outing": a run noun after "for a" on a verb of coming
    round again counts editions as "for a fifth year" does; a guest's "for a fifth
    outing" (no verb of the event's return) numbers nothing."""
    text = "The Sabah Orchid Fair returned to Kota Kinabalu on Friday for a fifth outing."
    found = stated(relations_of(nlp, text, published="2022-05-06"))
    assert ("5th Sabah Orchid Fair", "editionOf", "Sabah Orchid Fair") in found
    text = "Lao Seed Co exhibited at the Sabah Orchid Fair on Friday for a fifth outing."
    assert "5th Sabah Orchid Fair" not in entities(nlp, text)


def test_a_lead_counting_a_description_numbers_the_event_named_next(nlp):
    """ "X's yearly feast ... comes back ... for a fifth outing. The Y Festival, hosted by
    Z, ...": the count of the unnamed lead is the edition the next sentence's subject
    names, which takes the year and the host; a lead naming a body ("Lao Seed Co's stand
    is back for a fifth year") counts the body's own returns."""
    text = (
        "Kota Kinabalu's yearly celebration of wild orchids comes back this weekend for a "
        "fifth run. The Sabah Orchid Fair, hosted by the Sabah Tourism Board, will fill "
        "the city park with 300 stalls."
    )
    found = stated(relations_of(nlp, text, published="2022-05-06"))
    assert ("5th Sabah Orchid Fair", "editionOf", "Sabah Orchid Fair") in found
    assert ("5th Sabah Orchid Fair", "inYear", "2022") in found
    assert ("5th Sabah Orchid Fair", "organisedBy", "Sabah Tourism Board") in found
    assert ("Sabah Orchid Fair", "inYear", "2022") not in found
    text = (
        "Lao Seed Co's stand is back this weekend for a fifth year. The Sabah Orchid Fair, "
        "hosted by the Sabah Tourism Board, will fill the city park with 300 stalls."
    )
    assert "5th Sabah Orchid Fair" not in entities(nlp, text)


def test_coming_back_for_a_counted_round_or_time_numbers_the_edition(nlp):
    """ "came back to P for its third round", "opened for a sixth time", "now into its
    11th year", "which opened ... for a sixth time", a fronted "For its ninth round,":
    counts of the event's own coming round (the place it comes back to is the edition's);
    a guest's count, a streak, a fronted count not the subject's ("For the third year")
    and a body's clause number nothing."""
    text = "The Sabah Orchid Fair came back to Kota Kinabalu for its third round on Monday."
    found = stated(relations_of(nlp, text, published="2022-05-06"))
    assert ("3rd Sabah Orchid Fair", "editionOf", "Sabah Orchid Fair") in found
    assert ("3rd Sabah Orchid Fair", "heldIn", "Kota Kinabalu") in found
    assert ("Sabah Orchid Fair", "inYear", "2022") not in found
    text = (
        "The Sabah Orchid Fair, which opened in Kota Kinabalu for a sixth time, drew 300 growers."
    )
    assert entities(nlp, text).get("6th Sabah Orchid Fair") == "Event"
    text = "Now into its 11th year, the Sabah Orchid Fair opened in Kota Kinabalu on Monday."
    assert entities(nlp, text).get("11th Sabah Orchid Fair") == "Event"
    text = "For its ninth round, the Sabah Orchid Fair moved to Kota Kinabalu on Monday."
    assert entities(nlp, text).get("9th Sabah Orchid Fair") == "Event"
    for text in (
        "Lao Seed Co came back to the Sabah Orchid Fair for a third time on Monday.",
        "For the third year, the Sabah Orchid Fair moved to Kota Kinabalu on Monday.",
        "The Sabah Orchid Fair opened in Kota Kinabalu for the third year running.",
        "The Sabah Tourism Board, which opened in Kota Kinabalu for a sixth time, hosts the "
        "Sabah Orchid Fair.",
    ):
        assert not any(
            name.endswith("Sabah Orchid Fair") and name[0].isdigit() for name in entities(nlp, text)
        ), text


def test_a_sentence_opening_host_is_no_part_of_the_name(nlp):
    """ "Host X said": the role word a sentence opens with is no part of the body's name,
    which organises the edition in scope; a host named alone stays what it is."""
    text = (
        "The Sabah Orchid Fair came back to Kota Kinabalu for its third round on Monday. "
        "Host Sabah Orchid Society said 300 growers had signed up."
    )
    assert entities(nlp, text).get("Sabah Orchid Society") == "Organisation"
    assert "Host Sabah Orchid Society" not in entities(nlp, text)
    found = stated(relations_of(nlp, text, published="2022-05-06"))
    assert ("3rd Sabah Orchid Fair", "organisedBy", "Sabah Orchid Society") in found
    assert entities(nlp, "Host Malaysia welcomed delegates from nine countries.") == {
        "Malaysia": "Place"
    }


def test_a_streak_of_years_numbers_no_edition(nlp):
    text = "The Sabah Orchid Fair opened in Kota Kinabalu on Friday for a fifth year in a row."
    assert "5th Sabah Orchid Fair" not in entities(nlp, text)


def test_an_event_in_its_nth_year_is_that_edition(nlp):
    """ "The annual Sabah Orchid Fair, now in its 15th year, runs ... at V": the year it
    is in numbers the edition, which is where it is held (not the series, for all the
    "annual"); a partnership in its 15th year numbers no fair."""
    text = (
        "The annual Sabah Orchid Fair, now in its 15th year, runs from Wednesday at the "
        "Kota Kinabalu Convention Centre in Sabah."
    )
    found = stated(relations_of(nlp, text, published="2022-05-06"))
    assert ("15th Sabah Orchid Fair", "editionOf", "Sabah Orchid Fair") in found
    assert ("15th Sabah Orchid Fair", "heldIn", "Kota Kinabalu Convention Centre") in found
    assert ("Sabah Orchid Fair", "heldIn", "Kota Kinabalu Convention Centre") not in found
    text = (
        "Growers at the Sabah Orchid Fair praised the partnership, now in its 15th year, "
        "on Wednesday."
    )
    assert "15th Sabah Orchid Fair" not in entities(nlp, text)


def test_a_head_less_name_counting_its_own_runs_is_an_event(nlp):
    """ "Pacific Agri Asia returned to Suntec City for its ninth outing": a name with no
    event word that counts its own runs is a staged event, and its ninth edition; without
    the count it is not made one."""
    text = "Pacific Agri Asia returned to Suntec City for its ninth outing on Monday."
    found = entities(nlp, text)
    assert found.get("Pacific Agri Asia") == "Event"
    assert found.get("9th Pacific Agri Asia") == "Event"
    text = "Pacific Agri Asia returned to Suntec City on Monday."
    assert entities(nlp, text).get("Pacific Agri Asia") != "Event"


def test_a_name_put_on_by_a_body_is_an_event(nlp):
    """ "Bolaven Brew, put on by the Lao Coffee Association, ...": what a body puts on is
    an event, whatever the NER called it (here a person), and the superlative before it
    that is back "for a third year" numbers it; a person "hosted by" a body stays one."""
    text = (
        "Laos's largest coffee show is back at the Pakse Convention Hall for a third year. "
        "Bolaven Brew, put on by the Lao Coffee Association, has 60 booths this week."
    )
    found = with_ner(nlp, text, [("Bolaven Brew", "PERSON"), ("Lao Coffee Association", "ORG")])
    assert found.get("Bolaven Brew") == "Event"
    assert found.get("3rd Bolaven Brew") == "Event"
    text = "Somchai Wongsa, hosted by the Lao Coffee Association, toured the booths."
    found = with_ner(nlp, text, [("Somchai Wongsa", "PERSON"), ("Lao Coffee Association", "ORG")])
    assert found.get("Somchai Wongsa") == "Person"


def test_a_numbered_edition_of_no_kind_goes_on_the_edition_just_before_it(nlp):
    """ "the 23rd edition" continues the series of the numbered edition named just before it
    in the paragraph, not the series the article names most."""
    text = (
        "The 47th ASEAN Summit opened in Kuala Lumpur. The ASEAN Summit is held twice a year, "
        "and the ASEAN Summit will meet again in Manila.\n\n"
        "At the 22nd Mekong Trade Fair in Vientiane last month, buyers asked about the rules. "
        "By the time the 23rd edition opens, they will want answers."
    )
    found = entities(nlp, text)
    assert found.get("23rd Mekong Trade Fair") == "Event"
    assert "23rd ASEAN Summit" not in found


def test_a_headline_whose_ner_span_is_only_an_ordinal_still_extracts(nlp):
    # the NER's span of "seventeenth" left nothing once its ordinal was cut: read as no name
    text = (
        "What to expect at the seventeenth Lianjiang Tourism Investment Summit\n\n"
        "Preparations are under way in Lianjiang for the summit, which opens on Monday."
    )
    assert entities(nlp, text).get("17th Lianjiang Tourism Investment Summit") == "Event"


def test_a_name_with_editions_is_their_series_even_where_a_title_calls_it_a_body(nlp):
    """ "deputy director of the Canton Fair" votes the name a body, but the text also
    numbers its editions: the name is the series, so the edition keeps its editionOf
    (without one its document failed the ontology's shapes and was held back whole). A
    name with no edition in the text stays the body its mentions voted for."""
    text = (
        "Li Wei, deputy director of the Canton Fair, said the 136th Canton Fair drew "
        "buyers from 200 countries."
    )
    assert entities(nlp, text)["Canton Fair"] == "Event"
    assert ("136th Canton Fair", "editionOf", "Canton Fair") in stated(relations_of(nlp, text))
    text = "Li Wei, deputy director of the Canton Fair, said buyers came from 200 countries."
    assert entities(nlp, text)["Canton Fair"] == "Organisation"


def test_an_edition_of_the_kind_named_is_of_the_series_of_that_kind(nlp):
    """ "The plan was announced at the third edition of the week in 2010": the kind after
    "of" says which series is counted, the education week, not the forum named last;
    "of the forum" counts the forum's."""
    lead = (
        "Rectors met in Guiyang at a forum held as part of the eighth Borneo Education "
        "Cooperation Week. At the Borneo University Rectors' Forum, speakers talked. "
    )
    found = stated(
        relations_of(nlp, lead + "The plan was announced at the third edition of the week in 2010.")
    )
    assert (
        "3rd Borneo Education Cooperation Week",
        "editionOf",
        "Borneo Education Cooperation Week",
    ) in found
    assert ("3rd Borneo Education Cooperation Week", "inYear", "2010") in found
    found = stated(
        relations_of(
            nlp, lead + "The plan was announced at the third edition of the forum in 2010."
        )
    )
    assert not any(s.startswith("3rd Borneo Education") for s, _, _ in found)


def test_its_numbered_session_is_of_the_event_named_last_before(nlp):
    # "its" with no event as the clause's subject stands for the event named last in the
    # paragraph, not for the series the article is about
    text = (
        "The China-ASEAN Expo drew Thai buyers to Nanning. Guangzhou has the Pearl River "
        "Trade Fair, the oldest of all. At its 30th session next month, Thai firms will "
        "court buyers."
    )
    found = stated(relations_of(nlp, text))
    assert ("30th Pearl River Trade Fair", "editionOf", "Pearl River Trade Fair") in found
    assert not any(s == "30th China-ASEAN Expo" for s, _, _ in found), found


def test_a_named_body_in_its_nth_edition_numbers_no_edition_of_the_event(nlp):
    text = (
        "The 12th Manila Boat Show opened on Friday.\n\nInside the halls, the Marina Tech "
        "Lab, now in its third edition, shows electric engines."
    )
    found = entities(nlp, text)
    assert not any(label.startswith("3rd") for label in found), found
    text = (
        "The 12th Manila Boat Show opened on Friday.\n\nNearby, the Manila Coffee Fair, "
        "now in its third edition, drew 40 roasters."
    )
    assert "3rd Manila Coffee Fair" in entities(nlp, text)


def test_its_numbered_session_of_a_named_firm_is_no_event_s(nlp):
    text = "The China-ASEAN Expo opened in Nanning. Huawei held its 3rd session of talks there."
    found = entities(nlp, text)
    assert found == {"China-ASEAN Expo": "Event", "Nanning": "Place", "Huawei": "Organisation"}


@pytest.mark.parametrize(
    "text, edition, series",
    [
        # "its" on the object of a clause whose subject (through "which") is the event
        (
            "Delegates gathered in Kuching on Monday for the Borneo Water Forum, which is "
            "holding its third session this year.",
            "3rd Borneo Water Forum",
            "Borneo Water Forum",
        ),
        # an event's noun before "'s" on a counted run set off after the clause
        (
            "The Lanna Tea Festival opened in Chiang Rai on Saturday, the fair's fourth outing.",
            "4th Lanna Tea Festival",
            "Lanna Tea Festival",
        ),
        # an event's noun before "'s" on the subject's counted run
        (
            "The Lanna Tea Festival is back in Chiang Rai. The festival's fifth outing drew "
            "200 growers on Saturday.",
            "5th Lanna Tea Festival",
            "Lanna Tea Festival",
        ),
    ],
)
def test_an_event_s_own_counted_run_numbers_its_edition(nlp, text, edition, series):
    found = stated(relations_of(nlp, text, published="2023-12-04"))
    assert {(s, o) for s, p, o in found if p == "editionOf"} == {(edition, series)}


def test_a_firm_s_own_counted_run_numbers_no_edition(nlp):
    text = (
        "The Lanna Tea Festival opened in Chiang Rai on Saturday. Doi Chaang Coffee, which "
        "is holding its third session with buyers, marked the firm's fourth outing abroad."
    )
    found = stated(relations_of(nlp, text, published="2023-12-04"))
    assert not {(s, o) for s, p, o in found if p == "editionOf"}, found


def test_a_numbered_edition_set_off_after_a_year_named_one_is_that_edition(nlp):
    text = (
        "Sixty Malaysian firms are exhibiting at Borneo Food Expo 2017, the 22nd edition of "
        "the annual food show, which opened in Kuching today."
    )
    found = entities(nlp, text)
    assert found["Borneo Food Expo 2017"] == "Event"
    assert "22nd Borneo Food Expo" not in found, found


def test_a_numbered_edition_after_a_comma_and_no_year_named_one_is_its_own(nlp):
    text = (
        "Sixty Malaysian firms are exhibiting at the Borneo Food Expo, the 22nd edition of "
        "the annual food show, which opened in Kuching today."
    )
    found = entities(nlp, text)
    assert found["22nd Borneo Food Expo"] == "Event", found


def test_a_name_counting_its_run_in_its_own_relative_clause_is_that_edition(nlp):
    # the facts of the clause the name stands in go on the edition, not the series
    text = (
        "Delegates gathered in Kuching on Monday for the Borneo Water Forum, which is "
        "holding its third session this year."
    )
    found = stated(relations_of(nlp, text, published="2022-06-14"))
    assert {(s, o) for s, p, o in found if p == "heldIn"} == {("3rd Borneo Water Forum", "Kuching")}


def test_a_firm_counting_its_run_in_its_own_relative_clause_stays_a_firm(nlp):
    text = (
        "The Borneo Water Forum opened in Kuching on Monday. Sarawak Hydro Works, which is "
        "holding its third session with buyers, showed a new pump at the forum."
    )
    found = entities(nlp, text)
    assert {name for name, kind in found.items() if kind == "Event"} == {"Borneo Water Forum"}


def test_an_ordinal_before_the_head_of_a_series_the_text_names_is_its_edition(nlp):
    """ "The Borneo Music Week has met in Kuching since 2009. The ninth week, in 2017,
    ...": an ordinal before the lower-case head of a named series ("week", "race", beyond
    the kinds any text counts by) numbers that series' edition; "the second week of May"
    is a stretch of time."""
    lead = "The Borneo Music Week has met in Kuching every year since 2009. "
    found = stated(relations_of(nlp, lead + "The ninth week, in 2017, drew 40 bands."))
    assert ("9th Borneo Music Week", "editionOf", "Borneo Music Week") in found
    assert ("9th Borneo Music Week", "inYear", "2017") in found
    for text in ("Bands arrive in the second week of May.", "Sales rose in the first week."):
        found = entities(nlp, lead + text)
        assert not any(label[:1].isdigit() and "Week" in label for label in found), found


def test_an_ordinal_before_the_head_of_a_series_named_only_by_an_edition_is_its_edition(nlp):
    """ "... at the 1st Lancang-Mekong Cooperation Leaders' Meeting ... The second meeting
    was held in Phnom Penh": a series an overview names only through a numbered edition is
    counted by its head as one named bare is; "the second meeting of May" is no edition."""
    lead = "Leaders first met at the 1st Lancang-Mekong Cooperation Leaders' Meeting in Sanya. "
    series = "Lancang-Mekong Cooperation Leaders' Meeting"
    text = lead + "The second meeting was held in Phnom Penh in January 2018."
    found = stated(relations_of(nlp, text, published="2018-02-01"))
    assert (f"2nd {series}", "editionOf", series) in found
    assert (f"2nd {series}", "heldIn", "Phnom Penh") in found
    assert (f"2nd {series}", "inYear", "2018") in found
    text = lead + "Officials had prepared it at the second meeting of May in Kunming."
    assert not any(label.startswith("2nd") for label in entities(nlp, text))


def test_an_ordinal_before_an_event_noun_inside_a_series_name_is_its_edition(nlp):
    """ "The Mekong Water Dialogue Forum ... The fifth dialogue, in 2016, ...": a name
    holding two event nouns ("Dialogue", then "Forum") is counted by the first as well as
    the last; a numbered noun the name holds only as a non-event word ("Water") is not."""
    lead = "The Mekong Water Dialogue Forum has met in Vientiane every year since 2012. "
    series = "Mekong Water Dialogue Forum"
    found = stated(relations_of(nlp, lead + "The fifth dialogue, in 2016, drew 90 experts."))
    assert (f"5th {series}", "editionOf", series) in found
    assert (f"5th {series}", "inYear", "2016") in found
    text = lead + "The third water survey, in 2016, found the river low."
    assert not any(label.startswith("3rd") for label in entities(nlp, text))


def test_a_spelled_out_session_staged_in_a_city_is_an_edition(nlp):
    """ "The second session was held in Da Nang in 2018": a spelled-out ordinal and
    "session" staged "in" a place is an edition of the series that moves between cities;
    "the second session heard ..." is a sitting of one meeting."""
    lead = "The Mekong River Youth Dialogue meets in a new city each year. "
    text = lead + "The second session was held in Da Nang in 2018."
    found = stated(relations_of(nlp, text))
    assert ("2nd Mekong River Youth Dialogue", "editionOf", "Mekong River Youth Dialogue") in found
    assert ("2nd Mekong River Youth Dialogue", "heldIn", "Da Nang") in found
    text = lead + "The second session heard reports from Da Nang."
    assert not any(label.startswith("2nd") for label in entities(nlp, text))


def test_an_edition_of_no_named_kind_numbers_the_series_named_last(nlp):
    text = (
        "Nanning keeps the China-ASEAN Expo every September, but Guilin has the expo's "
        "travel show, the China-ASEAN Expo Tourism Exhibition, each autumn. The fifth "
        "edition opens in Guilin on Friday."
    )
    facts = stated(relations_of(nlp, text))
    series = "China-ASEAN Expo Tourism Exhibition"
    assert (f"5th {series}", "editionOf", series) in facts
    assert not any(s == "5th China-ASEAN Expo" for s, _, _ in facts)


def test_an_edition_of_no_named_kind_after_an_edition_numbered_before_it_follows_it(nlp):
    text = (
        "The 22nd China-ASEAN Expo closed in Nanning last month with the China-ASEAN "
        "Expo Tourism Exhibition beside it. By the time the 23rd edition opens, the new "
        "halls will be ready."
    )
    facts = stated(relations_of(nlp, text))
    assert ("23rd China-ASEAN Expo", "editionOf", "China-ASEAN Expo") in facts


def test_its_nth_edition_set_before_a_named_edition_of_that_number_is_that_edition(nlp):
    # "Its third edition, the 3rd Y Exhibition,": the named edition after the comma, not a
    # third edition of the expo "its" stands for
    text = (
        "The China-ASEAN Expo has spun off a show for farm machinery. Its third edition, "
        "the 3rd China-ASEAN Farm Machinery Exhibition, opens in Liuzhou on Oct 12."
    )
    found = entities(nlp, text)
    assert "3rd China-ASEAN Farm Machinery Exhibition" in found
    assert "3rd China-ASEAN Expo" not in found, found


def test_its_nth_edition_set_before_another_number_stays_the_owner_s(nlp):
    text = (
        "The China-ASEAN Expo has spun off a show for farm machinery. Its third edition, "
        "the largest yet, opens in Nanning on Oct 12."
    )
    assert "3rd China-ASEAN Expo" in entities(nlp, text)


@pytest.mark.parametrize(
    "text, edition",
    [
        # "round" as the object "its" owns, on a clause whose subject is the event
        (
            "The Sabah Orchid Fair closed its third round in Kota Kinabalu on Sunday.",
            "3rd Sabah Orchid Fair",
        ),
        # a yearly adjective between the ordinal and the run noun
        (
            "The Sabah Orchid Fair wrapped up its eighth annual edition on Sunday.",
            "8th Sabah Orchid Fair",
        ),
        # "in its Nth round", fronted before the subject
        (
            "Now in its ninth round, the Sabah Orchid Fair opened in Kota Kinabalu on Monday.",
            "9th Sabah Orchid Fair",
        ),
    ],
)
def test_an_event_s_round_or_annual_edition_numbers_its_edition(nlp, text, edition):
    """time51: "closed its third round", "its eighth annual edition", "Now in its ninth
    round": the event's own count, dated as the edition, not the series."""
    found = stated(relations_of(nlp, text, published="2022-05-09"))
    assert (edition, "editionOf", "Sabah Orchid Fair") in found
    assert (edition, "inYear", "2022") in found
    assert ("Sabah Orchid Fair", "inYear", "2022") not in found


def test_a_body_s_round_of_talks_numbers_no_edition(nlp):
    """ "its second round of price talks": a round of something else, and a body's."""
    for text in (
        "The Sabah Tourism Board opened its second round of price talks in Kota Kinabalu.",
        "The Sabah Orchid Fair opened its second round of registration on Monday.",
        "The Sabah Orchid Society wrapped up its eighth annual meeting on Sunday.",
    ):
        assert not any(
            name.endswith(("Sabah Orchid Fair", "Tourism Board", "Orchid Society"))
            and name[0].isdigit()
            for name in entities(nlp, text)
        ), text
