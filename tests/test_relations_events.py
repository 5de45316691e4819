"""Where events are held, who organises them, what they are part of and what they
launch: reporting shapes beyond each rule's own example, on sentences of our own."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_an_event_held_at_a_hall_is_held_in_the_hall_centre_and_city_around_it(nlp):
    text = (
        "The China-ASEAN Technology Transfer and Innovation Cooperation Conference was held "
        "at Hall 5 of the Nanning International Convention and Exhibition Center in Nanning, "
        "capital of south China's Guangxi Zhuang Autonomous Region, on Tuesday."
    )
    found = stated(relations_of(nlp, text))
    held_in = {o for s, p, o in found if p == "heldIn"}
    centre = "Nanning International Convention and Exhibition Center"
    assert held_in == {"Hall 5", centre, "Nanning"}
    assert ("Hall 5", "locatedIn", centre) in found
    assert ("Hall 5", "locatedIn", "Nanning") not in found  # "capital of" is Nanning's


def test_an_event_opened_in_the_capital_of_a_region_is_not_held_in_the_region(nlp):
    text = (
        "The 10th Pan-Beibu Gulf Economic Cooperation Forum opened in the capital of the "
        "Guangxi Zhuang Autonomous Region on Thursday."
    )
    held_in = {o for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert "Guangxi Zhuang Autonomous Region" not in held_in


@pytest.mark.parametrize(
    "sentence",
    [
        "The 16th China-ASEAN Expo is scheduled to take place in Nanning from September 20 to 23.",
        "The 16th China-ASEAN Expo commenced on Saturday in Nanning.",
    ],
)
def test_where_an_event_is_scheduled_to_take_place_or_commences_is_where_it_is_held(nlp, sentence):
    found = stated(relations_of(nlp, sentence))
    assert ("16th China-ASEAN Expo", "heldIn", "Nanning") in found


def test_a_raising_verb_passes_its_subject_to_a_passive_infinitive(nlp):
    text = "The 20th China-ASEAN Expo is scheduled to be held in Nanning in September next year."
    found = stated(relations_of(nlp, text, published="2022-09-20"))
    assert {(s, o) for s, p, o in found if p in ("heldIn", "inYear")} == {
        ("20th China-ASEAN Expo", "Nanning"),
        ("20th China-ASEAN Expo", "2023"),
    }


def test_a_passive_infinitive_of_another_verb_places_no_event(nlp):
    # the subject is passed on, but being praised in a city is not being held there
    text = "The 20th China-ASEAN Expo is expected to be praised in Hanoi."
    found = stated(relations_of(nlp, text, published="2022-09-20"))
    assert not {(s, o) for s, p, o in found if p == "heldIn"}


@pytest.mark.parametrize(
    ("text", "published", "event", "year", "not_year"),
    [
        (  # an expo that was to be held later in the year is that year's
            "The 17th China-ASEAN Expo was to be held from September 18 to 21 in Nanning.",
            "2020-07-10",
            "17th China-ASEAN Expo",
            "2020",
            "2019",
        ),
        (  # the year a first counts from is no date of it
            "The 54th Paris Air Show opened on Monday, the first since 2019.",
            "2023-06-19",
            "54th Paris Air Show",
            "2023",
            "2019",
        ),
        (  # nor the year a most is measured from
            "The ninth Mekong Rice Festival closed in Can Tho on Sunday with 480 booths, its "
            "largest since 2017.",
            "2023-06-12",
            "9th Mekong Rice Festival",
            "2023",
            "2017",
        ),
        (  # the year a clause compares with is no date of it
            "The 9th Lancang Trade Fair closed in Kunming on Tuesday with deals of 2 billion "
            "yuan, up 8 percent from last year.",
            "2015-06-12",
            "9th Lancang Trade Fair",
            "2015",
            "2014",
        ),
        (  # the year a rank counts from ("the first since 2019") is no date of it
            "President Ana Lim opened the 12th Manila Boat Show on Monday, the first since "
            "2019 after storms forced organisers to cancel the 2021 show.",
            "2023-06-20",
            "12th Manila Boat Show",
            "2023",
            "2019",
        ),
    ],
)
def test_a_clause_dates_its_event_by_its_own_dates(nlp, text, published, event, year, not_year):
    found = stated(relations_of(nlp, text, published=published))
    assert (event, "inYear", year) in found
    assert (event, "inYear", not_year) not in found


def test_a_first_since_a_year_dates_neither_the_edition_nor_its_series(nlp):
    text = (
        "The 31st Vietnam International Trade Fair opened in Hanoi on Wednesday, the first "
        "held in person since 2019."
    )
    found = stated(relations_of(nlp, text, published="2022-10-19"))
    assert {(s, o) for s, p, o in found if p == "inYear"} == {
        ("31st Vietnam International Trade Fair", "2022")
    }


def launched(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "launched"}


def test_an_organisation_announcing_an_initiative_launched_it(nlp):
    text = "The Ministry of Commerce of China announced the China-ASEAN Year of Science."
    assert launched(nlp, text) == {("Ministry of Commerce of China", "China-ASEAN Year of Science")}


def test_those_who_act_for_a_body_launch_what_they_announce_for_it(nlp):
    text = (
        "Leaders of the Mekong River Commission on Friday announced the establishment of "
        "the Mekong Flood Warning Partnership."
    )
    assert ("Mekong River Commission", "Mekong Flood Warning Partnership") in launched(nlp, text)
    # a single office-holder of a body speaks for himself
    text = (
        "A spokesman of the Mekong River Commission on Friday announced the Mekong Flood "
        "Warning Partnership."
    )
    assert launched(nlp, text) == set()


def test_signing_is_no_launch_by_whoever_signs(nlp):
    text = "The Ministry of Commerce of China signed the China-ASEAN Investment Agreement."
    assert launched(nlp, text) == set()


def test_documents_endorsed_together_at_the_closing_session_were_launched_by_the_event(nlp):
    text = (
        "The 3rd GMS Summit opened in Vientiane on Sunday. The Vientiane Declaration and the "
        "Vientiane Action Plan were endorsed at the closing session."
    )
    assert launched(nlp, text) == {
        ("3rd GMS Summit", "Vientiane Declaration"),
        ("3rd GMS Summit", "Vientiane Action Plan"),
    }


def test_an_initiative_named_as_the_kind_launched_is_launched(nlp):
    text = (
        "At the first Lancang-Mekong Cooperation Foreign Ministers' Meeting on Nov. 12, "
        "they formally launched the Lancang-Mekong Cooperation framework."
    )
    assert launched(nlp, text) == {
        ("1st Lancang-Mekong Cooperation Foreign Ministers' Meeting", "Lancang-Mekong Cooperation")
    }


def organisers(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "organisedBy"}


def test_an_organisation_among_the_co_organisers_organises_the_event(nlp):
    text = (
        "The 6th Pan-Beibu Gulf Economic Cooperation Forum opens in August, with the Ministry "
        "of Commerce of Thailand among the co-organisers."
    )
    assert organisers(nlp, text) == {
        ("6th Pan-Beibu Gulf Economic Cooperation Forum", "Ministry of Commerce of Thailand")
    }


@pytest.mark.parametrize(
    "ending",
    [
        "with the Sabah Trade Council and the Kota Kinabalu City Hall as co-hosts.",
        "with the Sabah Trade Council and the Kota Kinabalu City Hall again co-hosting.",
    ],
)
def test_bodies_with_an_organisers_role_or_gerund_organise_the_coming_event(nlp, ending):
    text = "The 4th Borneo Halal Products Fair will be held in Kota Kinabalu next May, " + ending
    found = organisers(nlp, text)
    assert ("4th Borneo Halal Products Fair", "Sabah Trade Council") in found


@pytest.mark.parametrize(
    "ending",
    [
        "with the Sabah Trade Council as a sponsor of the award dinner.",
        "with the Sabah Trade Council hosting a dinner for buyers.",
    ],
)
def test_bodies_with_a_role_of_something_else_organise_no_event(nlp, ending):
    text = "The 4th Borneo Halal Products Fair will be held in Kota Kinabalu next May, " + ending
    assert ("4th Borneo Halal Products Fair", "Sabah Trade Council") not in organisers(nlp, text)


def test_an_organisation_set_beside_the_organiser_organises_the_event_in_scope(nlp):
    text = (
        "The 12th China-ASEAN Expo opened on Friday. The organiser, the China-ASEAN Expo "
        "Secretariat, said 2,300 firms took part."
    )
    assert organisers(nlp, text) == {("12th China-ASEAN Expo", "China-ASEAN Expo Secretariat")}


def test_a_fair_the_tagger_took_for_an_adjective_is_still_the_event_in_scope(nlp):
    text = (
        "The 12th Mekong Trade Fair opened in Kunming on Friday. The four-day fair, organised "
        "by the Yunnan Trade Promotion Agency, has 800 stalls."
    )
    assert ("12th Mekong Trade Fair", "Yunnan Trade Promotion Agency") in organisers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Airbus showed its jets at Penang Airshow 2024, the biennial aerospace exhibition "
        "taking place from 5 to 8 May at the Penang International Convention Centre.",
        "Airbus showed its jets at Penang Airshow 2024, a four-day exhibition held at "
        "the Penang International Convention Centre.",
    ],
)
def test_an_event_noun_in_apposition_to_a_name_describes_that_event(nlp, text):
    found = held_in(nlp, text)
    assert ("Penang Airshow 2024", "Penang International Convention Centre") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "As the co-organiser of the fair, the Yunnan Trade Promotion Agency has brought 200 firms.",
        "The Ministry of Commerce of China organises the fair, while the Yunnan Trade Promotion "
        "Agency acts as host.",
    ],
)
def test_an_organisation_in_an_organisers_role_organises_the_event(nlp, sentence):
    text = "The 21st Mekong Trade Fair opened in Kunming on Monday. " + sentence
    assert ("21st Mekong Trade Fair", "Yunnan Trade Promotion Agency") in organisers(nlp, text)


def test_an_unnamed_reference_to_the_event_in_scope_is_read_like_its_name(nlp):
    text = (
        "The 12th China-ASEAN Expo opened on Friday. The five-day fair is organised by the "
        "China-ASEAN Expo Secretariat."
    )
    assert organisers(nlp, text) == {("12th China-ASEAN Expo", "China-ASEAN Expo Secretariat")}


@pytest.mark.parametrize(
    ("other", "edition"),
    [
        ("Next year's event", "13th China-ASEAN Expo"),
        ("The fifth forum", None),
        ("The meeting", None),
    ],
)
def test_an_unnamed_event_of_another_edition_or_kind_is_not_the_one_in_scope(nlp, other, edition):
    text = (
        "The 12th China-ASEAN Expo opened on Friday. "
        f"{other} will be organised by the Ministry of Commerce of China."
    )
    # next year's is the edition after the one in scope, numbered from it
    expected = {(edition, "Ministry of Commerce of China")} if edition else set()
    assert organisers(nlp, text) == expected


def parts(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "partOf"}


def test_an_event_of_an_event_is_part_of_it(nlp):
    text = (
        "The Advanced Technology Exhibition of the 16th China-ASEAN Expo is being held at "
        "Hall 5 of the Nanning International Convention and Exhibition Center."
    )
    assert parts(nlp, text) == {("Advanced Technology Exhibition", "16th China-ASEAN Expo")}


def test_an_event_held_in_conjunction_with_another_is_part_of_it(nlp):
    text = "The 3rd Mekong Port Forum was held in conjunction with the 15th Lancang Trade Fair."
    assert ("3rd Mekong Port Forum", "15th Lancang Trade Fair") in parts(nlp, text)


def test_an_event_held_on_the_sidelines_is_part_of_the_event_in_scope(nlp):
    text = (
        "The 10th Pan-Beibu Gulf Economic Cooperation Forum opened on Thursday. On the "
        "sidelines, the China-ASEAN Port Cities Cooperation Network Work Conference was held."
    )
    assert parts(nlp, text) == {
        (
            "China-ASEAN Port Cities Cooperation Network Work Conference",
            "10th Pan-Beibu Gulf Economic Cooperation Forum",
        )
    }


def test_a_place_in_a_countrys_province_lies_in_the_province(nlp):
    text = "The ministers met in the riverside town of Jinghong in China's Yunnan province."
    located = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "locatedIn"}
    assert located == {("Jinghong", "Yunnan"), ("Yunnan", "China")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The annual fair, first staged in 2004, has built its reputation on its sections.",
        "Malaysia has exhibited at every edition since the fair's inception in 2004.",
        "Organisers said the expo has kept growing since it was first held in 2004.",
        "Since the first edition in 2004, the China-ASEAN Expo has grown into a platform.",
    ],
)
def test_the_year_a_series_began_is_the_series_year(nlp, sentence):
    text = f"The 9th China-ASEAN Expo opened on Friday. {sentence}"
    found = stated(relations_of(nlp, text, published="2012-09-22"))
    assert ("China-ASEAN Expo", "inYear", "2004") in found


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The fair, first held in Hanoi in 2011, is organised by the city.", "2011"),
        ("It was first held at the Hanoi Convention Centre in 2011.", "2011"),
        ("Its organiser was first based in Hanoi in 2011.", "2024"),  # no beginning told
    ],
)
def test_a_place_said_between_a_first_holding_and_its_year_still_dates_the_series(
    nlp, sentence, year
):
    text = f"The Mekong Rice Fair opened on Friday. {sentence}"
    found = stated(relations_of(nlp, text, published="2024-03-15"))
    assert {(s, o) for s, p, o in found if p == "inYear"} == {("Mekong Rice Fair", year)}


def test_a_series_beginning_its_own_later_edition_dates_the_edition_only(nlp):
    text = "The Mekong Film Festival began its sixth edition in Bangkok on Friday."
    found = stated(relations_of(nlp, text, published="2023-10-07"))
    years = {(s, o) for s, p, o in found if p == "inYear"}
    assert years == {("6th Mekong Film Festival", "2023")}, found


def test_a_series_beginning_with_its_first_edition_still_began_that_year(nlp):
    text = "The Mekong Film Festival began in Bangkok in 2017. It is in its sixth year."
    found = stated(relations_of(nlp, text, published="2023-10-07"))
    assert ("Mekong Film Festival", "inYear", "2017") in found, found


def test_a_series_named_after_it_began_is_the_one_that_began(nlp):
    text = "Since it was first held in 2004, the annual China-ASEAN Expo has grown."
    found = stated(relations_of(nlp, text, published="2012-09-20"))
    assert ("China-ASEAN Expo", "inYear", "2004") in found


def test_the_founding_of_an_organisation_is_no_series_beginning(nlp):
    text = (
        "The 14th China-ASEAN Expo opened on Tuesday, in a year when the Association of "
        "Southeast Asian Nations celebrates half a century since its founding in 1967."
    )
    found = stated(relations_of(nlp, text, published="2017-09-12"))
    assert not {(s, o) for s, p, o in found if p == "inYear" and o == "1967"}


def held_in(nlp, text: str, published: str = "2019-09-21") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text, published)) if p == "heldIn"}


def test_where_firms_travel_for_an_event_is_where_it_is_held(nlp):
    text = "A delegation of 40 Lao firms travelled to Nanning for the 7th China-ASEAN Expo."
    assert held_in(nlp, text) == {("7th China-ASEAN Expo", "Nanning")}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anwar Ibrahim leaves for Vientiane tomorrow to attend the 44th ASEAN "
        "Summit.",
        "Anwar Ibrahim arrived in Vientiane on Sunday to attend the 44th ASEAN Summit.",
    ],
)
def test_where_a_leader_goes_to_attend_an_event_is_where_it_is_held(nlp, text):
    assert ("44th ASEAN Summit", "Vientiane") in held_in(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The trade minister flies to Kunming today at the head of a delegation to the 8th "
        "China-South Asia Expo.",
        "The trade minister leaves for Kunming on Sunday to lead a delegation to the 8th "
        "China-South Asia Expo.",
        "The trade minister flies to Kunming today to the 8th China-South Asia Expo.",
    ],
)
def test_where_a_delegation_to_an_event_goes_is_where_it_is_held(nlp, text):
    assert held_in(nlp, text) == {("8th China-South Asia Expo", "Kunming")}


def test_a_delegation_to_an_event_going_elsewhere_places_it_nowhere(nlp):
    text = (
        "The trade minister flies to Kunming today after leading a delegation to the 8th "
        "China-South Asia Expo."
    )
    assert not held_in(nlp, text)


def test_a_place_left_after_an_event_is_not_where_it_is_held(nlp):
    text = "Anwar Ibrahim left for Vientiane after attending the 44th ASEAN Summit."
    assert not held_in(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CHONGQING, June 8 -- Diplomats met in this southwestern Chinese municipality on "
            "Tuesday for the 6th Lancang-Mekong Cooperation Foreign Ministers' Meeting.",
            ("6th Lancang-Mekong Cooperation Foreign Ministers' Meeting", "Chongqing"),
        ),
        (  # a headline opening with an acronym and a comma hides no dateline
            "ASEAN, China editors pledge closer ties\n\n"
            "KUNMING, China – Editors met in this southwestern city on Tuesday for the 3rd "
            "Lancang-Mekong Media Forum.",
            ("3rd Lancang-Mekong Media Forum", "Kunming"),
        ),
    ],
)
def test_this_municipality_after_a_dateline_is_the_dateline_city(nlp, text, expected):
    assert held_in(nlp, text, "2021-06-08") == {expected}


def test_the_home_of_an_event_is_where_it_is_held(nlp):
    text = "Nanning has been the permanent home of the China-ASEAN Expo since 2004."
    assert held_in(nlp, text) == {("China-ASEAN Expo", "Nanning")}


def test_a_fair_opening_alongside_a_summit_is_not_part_of_the_summit(nlp):
    text = (
        "The 3rd China-ASEAN Expo opened in Nanning on Tuesday alongside the China-ASEAN "
        "Business and Investment Summit."
    )
    assert parts(nlp, text) == set()


def test_an_initiative_named_as_the_kind_set_up_at_an_event_was_launched_there(nlp):
    text = (
        "The Lancang-Mekong Cooperation framework was formally set up at the 1st "
        "Lancang-Mekong Cooperation Foreign Ministers' Meeting in Jinghong."
    )
    assert launched(nlp, text) == {
        ("1st Lancang-Mekong Cooperation Foreign Ministers' Meeting", "Lancang-Mekong Cooperation")
    }


def test_an_acronym_in_brackets_after_an_edition_lends_the_series_no_frame(nlp):
    text = (
        "MATRADE will bring 100 Malaysian firms to the 22nd China-ASEAN Expo (CAEXPO), which "
        "takes place in Nanning from 17 to 21 September."
    )
    assert held_in(nlp, text, "2025-05-29") == {("22nd China-ASEAN Expo", "Nanning")}


def test_a_participle_after_both_is_said_of_each_event_listed(nlp):
    text = (
        "Side events at the 21st China-ASEAN Expo included the China-ASEAN Media Cooperation "
        "Forum and the China-ASEAN Mining Cooperation Forum, both held in Nanning."
    )
    assert held_in(nlp, text) == {
        ("China-ASEAN Media Cooperation Forum", "Nanning"),
        ("China-ASEAN Mining Cooperation Forum", "Nanning"),
    }


@pytest.mark.parametrize(
    "dateline",
    [
        "NANNING - ",
        "NANNING -- ",
        "NANNING: ",
        "Nanning (ANTARA) - ",
        "NANNING (China), Sept 22 (Bernama) -- ",
        "NANNING (China) -- ",
    ],
)
def test_datelines_in_each_house_style_place_the_article_edition(nlp, dateline):
    text = f"{dateline}The 12th China-ASEAN Expo closed on Monday. Hotels in Nanning emptied."
    assert ("12th China-ASEAN Expo", "Nanning") in held_in(nlp, text, "2015-09-22")


def test_a_place_in_a_lower_case_place_noun_is_where_the_event_is(nlp):
    text = (
        "Staged jointly by the Lang Son Department of Industry and Trade and the Department "
        "of Commerce of Guangxi, the 2023 Vietnam-China Border Trade Fair opened in Lang Son "
        "city on Thursday."
    )
    found = stated(relations_of(nlp, text))
    fair = "2023 Vietnam-China Border Trade Fair"
    assert (fair, "heldIn", "Lang Son") in found
    assert (fair, "organisedBy", "Department of Commerce of Guangxi") in found


def test_a_city_named_in_the_text_is_no_dateline(nlp):
    text = "Nanning (the host city) - the 12th China-ASEAN Expo closed on Monday. NANNING: a city."
    assert ("12th China-ASEAN Expo", "Nanning") not in held_in(nlp, text, "2015-09-22")


def years_of(nlp, text: str, published: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text, published)) if p == "inYear"}


def test_an_edition_first_named_after_the_headline_and_byline_lines_is_the_report_year(nlp):
    text = (
        "Speakers close ranks as storm nears\n\n"
        "By Chen Xiaoyu | Updated: 2008-10-24 09:12 | Source: Asia Business Weekly\n\n"
        "Speakers came from ten countries. They spoke of trade. They spoke of money.\n\n"
        "The fifth China-ASEAN Business and Investment Summit in Nanning heard them all."
    )
    assert ("5th China-ASEAN Business and Investment Summit", "2008") in years_of(
        nlp, text, "2008-10-24"
    )


def test_an_edition_the_reported_one_runs_alongside_shares_its_year(nlp):
    text = (
        "Leaders spoke at the opening of the 4th China-ASEAN Business and Investment Summit "
        "in Nanning on Monday. Trade was the theme. Ports were another.\n\n"
        "Delegates toured the halls. The summit runs alongside the fourth China-ASEAN Expo."
    )
    found = years_of(nlp, text, "2007-10-29")
    assert ("4th China-ASEAN Expo", "2007") in found
    assert ("4th China-ASEAN Business and Investment Summit", "2007") in found


def test_an_edition_of_another_number_recalled_in_a_report_keeps_no_report_year(nlp):
    text = (
        "Leaders spoke at the opening of the 4th China-ASEAN Business and Investment Summit "
        "in Nanning on Monday. Trade was the theme. Ports were another.\n\n"
        "Delegates recalled the first China-ASEAN Expo, which they had also attended."
    )
    assert ("1st China-ASEAN Expo", "2007") not in years_of(nlp, text, "2007-10-29")


def test_an_ordinal_and_the_lower_case_tail_of_a_named_series_number_its_edition(nlp):
    text = (
        "Ministers met in Hanoi on Friday for the seventh Mekong-Korea Cooperation Foreign "
        "Ministers' Meeting. The Mekong-Korea Cooperation framework was set up at the first "
        "foreign ministers' meeting in Seoul in 2011. Ministers reviewed the outcomes of the "
        "sixth foreign ministers' meeting, held in Bangkok last year."
    )
    found = years_of(nlp, text, "2016-07-22")
    assert ("1st Mekong-Korea Cooperation Foreign Ministers' Meeting", "2011") in found
    assert ("6th Mekong-Korea Cooperation Foreign Ministers' Meeting", "2015") in found
    # the nearest dated edition, a year before, dates the reported one; not the first
    assert ("7th Mekong-Korea Cooperation Foreign Ministers' Meeting", "2016") in found
    assert launched(nlp, text) == {
        ("1st Mekong-Korea Cooperation Foreign Ministers' Meeting", "Mekong-Korea Cooperation")
    }
    # an ordinal before lower-case words no series of the text ends in numbers nothing
    text = (
        "The Mekong-Korea Cooperation Foreign Ministers' Meeting followed the first board meeting."
    )
    labels = {e.label for e in resolve_document(nlp(text), None).entities.values()}
    assert not any(label.startswith("1st") for label in labels)


def test_a_clause_on_the_last_word_of_an_initiatives_name_dates_its_start(nlp):
    text = (
        "The rail link grew out of the China-Laos Demonstration Initiative on Cross-Border "
        "Logistics, which the two governments started in 2016."
    )
    found = years_of(nlp, text, "2021-05-03")
    assert ("China-Laos Demonstration Initiative on Cross-Border Logistics", "2016") in found
    text = (
        "The protocol creates version 2.0 of the China-ASEAN Free Trade Area, which first "
        "took effect in 2010."
    )
    assert ("China-ASEAN Free Trade Area 2.0", "2010") not in years_of(nlp, text, "2019-11-10")


def test_a_clause_about_a_year_named_before_it_dates_the_initiative_begun_then(nlp):
    text = "The fair began in 2014, the year Laos put forward the Mekong Digital Corridor."
    assert ("Mekong Digital Corridor", "2014") in years_of(nlp, text, "2021-05-03")
    text = "The fair began in 2014, when Laos put forward the Mekong Digital Corridor."
    assert ("Mekong Digital Corridor", "2014") in years_of(nlp, text, "2021-05-03")
    text = "In 2014, which was a hard year, Laos praised the Mekong Digital Corridor."
    assert not years_of(nlp, text, "2021-05-03") & {("Mekong Digital Corridor", "2014")}


def test_leaders_at_a_summit_announcing_talks_on_an_initiative_launch_it_there(nlp):
    text = (
        "Leaders at the 25th ASEAN-China Summit in Phnom Penh announced the launch of "
        "negotiations on version 3.0 of the China-ASEAN free trade area."
    )
    assert launched(nlp, text) == {("25th ASEAN-China Summit", "China-ASEAN Free Trade Area 3.0")}


def test_leaders_announcing_talks_on_an_initiative_before_a_summit_launch_nothing_there(nlp):
    text = (
        "Leaders from Phnom Penh announced the launch of negotiations on version 3.0 of the "
        "China-ASEAN free trade area before the 25th ASEAN-China Summit."
    )
    assert launched(nlp, text) == set()


def test_a_fair_with_no_editions_first_held_in_a_year_began_then(nlp):
    text = (
        "HANOVER, Germany, April 22 -- Merkel opened the Hannover Messe. The fair, first "
        "held in 1947 as an export show, is staged every April."
    )
    assert ("Hannover Messe", "1947") in years_of(nlp, text, "2012-04-23")


def test_a_fair_named_with_its_year_is_one_occasion_and_began_no_series(nlp):
    text = "The Hannover Messe 2012 opened on Sunday. It was first held in 1947 as an export show."
    assert ("Hannover Messe 2012", "1947") not in years_of(nlp, text, "2012-04-23")


def test_a_one_off_event_the_article_is_about_is_held_at_its_dateline(nlp):
    text = "HANOVER, Germany, April 22 -- Merkel and Wen opened the Hannover Messe on Sunday."
    assert held_in(nlp, text, "2012-04-23") == {("Hannover Messe", "Hanover")}


def test_an_organisation_launching_an_unnamed_forum_in_a_year_began_the_series(nlp):
    text = (
        "The 6th Pan-Beibu Gulf Economic Cooperation Forum opens today. Guangxi launched the "
        "forum in 2006."
    )
    found = years_of(nlp, text, "2011-05-20")
    assert ("Pan-Beibu Gulf Economic Cooperation Forum", "2006") in found
    assert ("6th Pan-Beibu Gulf Economic Cooperation Forum", "2006") not in found


def test_a_numbered_edition_launched_in_a_year_is_no_beginning_of_its_series(nlp):
    text = "Guangxi launched the 1st China-ASEAN Mayors Forum in 2005."
    assert ("China-ASEAN Mayors Forum", "2005") not in years_of(nlp, text, "2011-05-20")


def test_parallel_sessions_listed_after_a_colon_are_part_of_the_event_in_scope(nlp):
    text = (
        "The 6th Pan-Beibu Gulf Economic Cooperation Forum opened on Thursday. Organisers "
        "planned three parallel sessions: the Pan-Beibu Gulf Think Tank Summit, on ports; the "
        "Pan-Beibu Gulf Financial Cooperation Summit, on trade; and the Pan-Beibu Gulf "
        "Tourism Cooperation Summit."
    )
    host = "6th Pan-Beibu Gulf Economic Cooperation Forum"
    assert parts(nlp, text) == {
        ("Pan-Beibu Gulf Think Tank Summit", host),
        ("Pan-Beibu Gulf Financial Cooperation Summit", host),
        ("Pan-Beibu Gulf Tourism Cooperation Summit", host),
    }


def test_meetings_listed_after_a_colon_with_no_word_of_concurrence_are_not_parts(nlp):
    text = (
        "The 6th Pan-Beibu Gulf Economic Cooperation Forum opened on Thursday. Delegates "
        "recalled two earlier meetings: the Pan-Beibu Gulf Think Tank Summit and the "
        "Pan-Beibu Gulf Tourism Cooperation Summit."
    )
    assert parts(nlp, text) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The forum has met in Nanning since 2006.",
        "The forum is held in Nanning every year.",
    ],
)
def test_an_unnumbered_event_in_a_clause_of_habit_places_the_series(nlp, sentence):
    text = f"The 10th Pan-Beibu Gulf Economic Cooperation Forum opened on Thursday. {sentence}"
    found = held_in(nlp, text, "2018-05-25")
    assert ("Pan-Beibu Gulf Economic Cooperation Forum", "Nanning") in found
    assert ("10th Pan-Beibu Gulf Economic Cooperation Forum", "Nanning") not in found


def test_a_numbered_edition_meeting_in_a_city_places_the_edition_not_the_series(nlp):
    text = "The 10th Pan-Beibu Gulf Economic Cooperation Forum met in Nanning on Thursday."
    assert held_in(nlp, text, "2018-05-25") == {
        ("10th Pan-Beibu Gulf Economic Cooperation Forum", "Nanning")
    }


def test_an_unnumbered_event_described_by_its_beginning_is_organised_as_a_series(nlp):
    text = (
        "The 16th China-ASEAN Expo opens in September. The expo, first held in 2004, is "
        "co-hosted by the ASEAN Secretariat and organised by the Guangxi regional government."
    )
    assert organisers(nlp, text) == {
        ("China-ASEAN Expo", "ASEAN Secretariat"),
        ("China-ASEAN Expo", "Guangxi regional government"),
    }


def test_the_edition_in_scope_organised_this_year_is_organised_as_the_edition(nlp):
    text = (
        "The 16th China-ASEAN Expo opens in September. The expo, which opens on Friday, is "
        "organised by the Guangxi regional government."
    )
    assert organisers(nlp, text) == {("16th China-ASEAN Expo", "Guangxi regional government")}


def test_an_expo_launched_or_inaugurated_in_a_city_is_held_there(nlp):
    for verb in ("launched", "inaugurated"):
        text = f"The 12th China-ASEAN Expo was officially {verb} on Friday morning in Nanning."
        assert held_in(nlp, text, "2015-09-19") == {("12th China-ASEAN Expo", "Nanning")}


def test_an_edition_running_together_with_another_shares_its_year_and_city(nlp):
    text = (
        "The Philippines will be Country of Honour at the 10th China-ASEAN Expo, which opens "
        "in Nanning on September 3 and runs until September 6 together with the 10th "
        "China-ASEAN Business and Investment Summit."
    )
    found = stated(relations_of(nlp, text, "2013-08-04"))
    assert ("10th China-ASEAN Business and Investment Summit", "inYear", "2013") in found
    assert ("10th China-ASEAN Business and Investment Summit", "heldIn", "Nanning") in found


def test_a_summit_alongside_an_expo_lends_it_its_city_not_its_hall(nlp):
    text = (
        "Leaders met at the 4th China-ASEAN Business and Investment Summit, held at the "
        "Guangxi People's Hall in Nanning. The summit runs alongside the 4th China-ASEAN Expo."
    )
    assert ("4th China-ASEAN Expo", "Nanning") in held_in(nlp, text, "2007-10-29")
    assert ("4th China-ASEAN Expo", "Guangxi People's Hall") not in held_in(nlp, text, "2007-10-29")


def test_a_year_in_what_a_speaker_said_does_not_date_the_reported_summit_away(nlp):
    text = (
        "In a keynote at the 20th China-ASEAN Business and Investment Summit in Nanning, "
        "Premier Li Qiang said China was ready to finish the talks within the next year."
    )
    assert ("20th China-ASEAN Business and Investment Summit", "2023") in years_of(
        nlp, text, "2023-09-17"
    )


def test_a_year_on_the_reported_summits_own_clause_still_makes_it_a_retrospect(nlp):
    text = (
        "Premier Li Qiang gave a keynote at the 20th China-ASEAN Business and Investment "
        "Summit in Nanning in 2021."
    )
    assert ("20th China-ASEAN Business and Investment Summit", "2023") not in years_of(
        nlp, text, "2023-09-17"
    )


def test_a_protocol_that_marked_the_start_of_an_initiative_at_a_summit_is_the_summits_launch(
    nlp,
):
    text = (
        "Leaders at the 28th ASEAN-China Summit in Kuala Lumpur witnessed the signing of the "
        "protocol that marked the start of version 3.0 of the China-ASEAN free trade area."
    )
    assert launched(nlp, text) == {("28th ASEAN-China Summit", "China-ASEAN Free Trade Area 3.0")}


def test_a_protocol_that_marked_an_anniversary_of_an_initiative_launches_nothing(nlp):
    text = (
        "Leaders at the 28th ASEAN-China Summit in Kuala Lumpur witnessed the signing of the "
        "protocol that marked the anniversary of version 3.0 of the China-ASEAN free trade area."
    )
    assert launched(nlp, text) == set()


def test_a_summit_held_alongside_another_summit_is_its_peer_not_its_part(nlp):
    text = (
        "The ASEAN-China Commemorative Summit was held in Bali alongside the 14th "
        "ASEAN-China Summit."
    )
    assert parts(nlp, text) == set()


def test_a_dinner_held_alongside_a_ministers_meeting_is_part_of_it(nlp):
    text = (
        "The China-ASEAN Digital Cooperation Dinner was held alongside the 6th ASEAN Digital "
        "Ministers' Meeting."
    )
    assert parts(nlp, text) == {
        ("China-ASEAN Digital Cooperation Dinner", "6th ASEAN Digital Ministers' Meeting")
    }


def test_a_region_set_after_the_city_an_event_is_held_in_is_where_the_city_lies(nlp):
    text = (
        "Ministers went to the 10th Pan-Beibu Gulf Economic Cooperation Forum, held on "
        "Thursday in Nanning, Guangxi Zhuang Autonomous Region."
    )
    found = stated(relations_of(nlp, text, "2018-05-26"))
    assert {(s, o) for s, p, o in found if p == "heldIn"} == {
        ("10th Pan-Beibu Gulf Economic Cooperation Forum", "Nanning")
    }
    assert ("Nanning", "locatedIn", "Guangxi Zhuang Autonomous Region") in found


def test_an_event_held_in_two_cities_is_held_in_both(nlp):
    text = "The 3rd China-ASEAN Expo was held in Nanning and Hanoi."
    assert held_in(nlp, text) == {
        ("3rd China-ASEAN Expo", "Nanning"),
        ("3rd China-ASEAN Expo", "Hanoi"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Nanning has hosted the expo every year since 2004.",
        "An annual event since 2004, the expo draws firms from ten countries.",
    ],
)
def test_an_expo_held_every_year_since_a_year_began_then(nlp, sentence):
    text = f"The 10th China-ASEAN Expo opens on Tuesday. {sentence}"
    found = years_of(nlp, text, "2013-09-01")
    assert ("China-ASEAN Expo", "2004") in found
    assert ("10th China-ASEAN Expo", "2004") not in found


def test_a_series_held_every_year_since_a_year_keeps_that_year_over_this_years_clause(nlp):
    text = (
        "The Yunnan Trade Fair, staged in Kunming every May since 2009, gave a whole hall "
        "to rice exporters this year."
    )
    found = years_of(nlp, text, "2021-06-01")
    assert {o for s, o in found if s == "Yunnan Trade Fair"} == {"2009"}


def test_a_fair_of_this_year_with_no_beginning_told_keeps_this_year(nlp):
    text = "The 12th Yunnan Trade Fair gave a whole hall to rice exporters this year."
    found = years_of(nlp, text, "2021-06-01")
    assert ("12th Yunnan Trade Fair", "2021") in found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (  # "there" is the city named in the sentence before
            "For years the rice trade has run through Kunming. The Yunnan Trade Fair, held "
            "there every May since 2009, made the city a gateway.",
            {("Yunnan Trade Fair", "Kunming")},
        ),
        (  # no city named in that sentence or the one before: nothing
            "Rice farmers in Kunming had a good year. Prices rose in the spring. Exporters "
            "signed deals in June. The Yunnan Trade Fair, held there every May, grew.",
            set(),
        ),
    ],
)
def test_held_there_is_held_in_the_city_named_just_before(nlp, text, places):
    assert held_in(nlp, text, "2021-06-01") == places


def test_a_series_year_does_not_displace_a_year_the_clause_says_another_event_began(nlp):
    text = (
        "The 16th China-ASEAN Expo opened in Nanning. The think-tank dialogue has been held "
        "every year since 2008 and is among the side events of CAEXPO, which was launched "
        "in 2004."
    )
    assert ("China-ASEAN Expo", "2004") in years_of(nlp, text, "2019-09-22")


def test_a_city_hosting_the_expo_every_year_holds_the_series(nlp):
    text = "The 10th China-ASEAN Expo opens on Tuesday. Nanning has hosted the expo every year."
    assert ("China-ASEAN Expo", "Nanning") in held_in(nlp, text, "2013-09-01")


def test_a_fair_described_after_a_summit_in_scope_is_the_fair_named_before_it(nlp):
    text = (
        "Leaders spoke at the 4th China-ASEAN Business and Investment Summit. The summit "
        "runs alongside the fourth China-ASEAN Expo, the trade fair the city has hosted "
        "every year since 2004."
    )
    found = years_of(nlp, text, "2007-10-29")
    assert ("China-ASEAN Expo", "2004") in found
    assert ("China-ASEAN Business and Investment Summit", "2004") not in found


def test_a_participant_coming_every_year_since_a_year_dates_no_series(nlp):
    text = (
        "Malaysia sent firms to the 10th China-ASEAN Expo. Malaysia has sent firms every year "
        "since 2005."
    )
    assert not {o for s, o in years_of(nlp, text, "2013-09-01") if o == "2005"}


def test_an_event_hosted_on_the_sidelines_of_a_summit_is_part_of_it(nlp):
    text = (
        "The 3rd Greater Mekong Subregion Summit opened in Vientiane. On the sidelines of the "
        "summit, the Asian Development Bank also hosted the GMS Business Forum."
    )
    assert parts(nlp, text) == {("GMS Business Forum", "3rd Greater Mekong Subregion Summit")}


def test_an_event_praised_on_the_sidelines_of_a_summit_is_not_part_of_it(nlp):
    text = (
        "The 3rd Greater Mekong Subregion Summit opened in Vientiane. On the sidelines of the "
        "summit, the Asian Development Bank praised the GMS Business Forum."
    )
    assert parts(nlp, text) == set()


def test_two_editions_listed_are_held_where_the_participle_on_the_last_says(nlp):
    text = (
        "The delegation went to the 14th China-ASEAN Expo (CAEXPO) and 14th China-ASEAN "
        "Business and Investment Summit, held from September 12 to 15 at the Nanning International "
        "Convention and Exhibition Center."
    )
    found = stated(relations_of(nlp, text))
    for event in ("14th China-ASEAN Business and Investment Summit", "14th China-ASEAN Expo"):
        assert (event, "heldIn", "Nanning International Convention and Exhibition Center") in found


def test_a_venue_in_the_city_of_a_place_lies_in_it(nlp):
    text = (
        "The forum will be held in the Nanning International Convention and Exhibition "
        "Center, in the city of Nanning."
    )
    found = stated(relations_of(nlp, text))
    assert (
        "Nanning International Convention and Exhibition Center",
        "locatedIn",
        "Nanning",
    ) in found
    # (a venue named with a city lies in it, "venue-of-its-city"; one that is not named so
    # does not lie where its guests meet)
    other = "Guests from the National Convention and Exhibition Center met in Nanning."
    assert not [t for t in stated(relations_of(nlp, other)) if t[1] == "locatedIn"]


def test_what_countries_announce_at_a_summit_the_summit_launched(nlp):
    text = (
        "China and ASEAN announced the launch of negotiations on version 3.0 of the "
        "China-ASEAN Free Trade Area at the 25th ASEAN-China Summit in Phnom Penh."
    )
    found = stated(relations_of(nlp, text))
    assert ("25th ASEAN-China Summit", "launched", "China-ASEAN Free Trade Area 3.0") in found
    elsewhere = (
        "China and ASEAN announced the launch of negotiations on version 3.0 of the "
        "China-ASEAN Free Trade Area in Phnom Penh. The 25th ASEAN-China Summit opened later."
    )
    found = stated(relations_of(nlp, elsewhere))
    assert not [t for t in found if t[1] == "launched" and t[0] == "25th ASEAN-China Summit"]


def test_an_edition_named_only_in_closing_background_is_no_scene_of_earlier_talks(nlp):
    text = (
        "Leaders signed a goods trade pact on Monday.\n\nSingaporean Prime Minister Lee "
        "Hsien Loong held separate talks with Wen on the eve of the meeting.\n\nWen flies "
        "home on Tuesday.\n\nEarlier this month, the first China-ASEAN Expo was held in "
        "Nanning."
    )
    found = stated(relations_of(nlp, text))
    assert ("Lee Hsien Loong", "participatedIn", "1st China-ASEAN Expo") not in found


def test_an_event_at_a_venue_in_a_province_is_not_held_in_the_province(nlp):
    text = (
        "The 14th China-ASEAN Business and Investment Summit was held at the Nanning "
        "International Convention and Exhibition Center in Guangxi."
    )
    held_in = {o for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert "Nanning International Convention and Exhibition Center" in held_in
    assert "Guangxi Zhuang Autonomous Region" not in held_in


def test_a_fair_in_the_capital_of_a_region_is_not_held_in_the_region(nlp):
    text = "The 9th China-ASEAN Expo in the capital of Guangxi drew coffee growers."
    held_in = {o for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert "Guangxi Zhuang Autonomous Region" not in held_in


def test_a_body_hosting_an_event_together_with_another_shares_the_organising(nlp):
    text = (
        "The 4th China-ASEAN Expo opened in Nanning on Sunday. China's Ministry of Commerce, "
        "which hosts this year's event together with the ASEAN Secretariat, expects 1,000 firms."
    )
    found = stated(relations_of(nlp, text))
    assert ("4th China-ASEAN Expo", "organisedBy", "ASEAN Secretariat") in found
    apart = (
        "The 4th China-ASEAN Expo opened in Nanning on Sunday. China's Ministry of Commerce "
        "hosts this year's event, and the ASEAN Secretariat sent a delegation."
    )
    found = stated(relations_of(nlp, apart))
    assert ("4th China-ASEAN Expo", "organisedBy", "ASEAN Secretariat") not in found


def test_an_event_holding_another_at_a_venue_is_not_held_there_itself(nlp):
    text = (
        "The China-ASEAN Expo (CAEXPO) held its Indonesia Exposition at the Jakarta "
        "Convention Center from Friday to Sunday."
    )
    held_in = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert ("Indonesia Exposition", "Jakarta Convention Center") in held_in
    assert ("China-ASEAN Expo", "Jakarta Convention Center") not in held_in


def test_an_event_held_as_an_event_in_a_place_is_held_there(nlp):
    text = "The 5th China-ASEAN Expo, held as a stand-alone event in Nanning, drew 2,000 firms."
    held_in = {o for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert "Nanning" in held_in
    other = "The 5th China-ASEAN Expo, praised as a model event in Nanning, drew 2,000 firms."
    held_in = {o for s, p, o in stated(relations_of(nlp, other)) if p == "heldIn"}
    assert "Nanning" not in held_in


@pytest.mark.parametrize(
    ("sentence", "published", "year"),
    [
        ("Earlier this month, the 1st China-ASEAN Expo was held in Nanning.", "2004-11-29", "2004"),
        ("Last month, the 9th China-ASEAN Expo was held in Nanning.", "2013-01-10", "2012"),
    ],
)
def test_an_event_held_this_or_last_month_is_in_that_months_year(nlp, sentence, published, year):
    found = stated(relations_of(nlp, sentence, published=published))
    event = sentence.split("the ", 1)[1].split(" was")[0]
    assert (event, "inYear", year) in found
    assert not [t for t in found if t[1] == "inYear" and t[0] == event and t[2] != year]


def test_a_summit_said_to_be_held_alongside_an_expo_is_so_as_a_series(nlp):
    text = (
        "Ministers spoke at the 2nd China-ASEAN Business and Investment Summit on Thursday. "
        "The summit is held alongside the China-ASEAN Expo in Nanning."
    )
    part_of = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "partOf"}
    assert ("China-ASEAN Business and Investment Summit", "China-ASEAN Expo") in part_of
    assert ("2nd China-ASEAN Business and Investment Summit", "China-ASEAN Expo") not in part_of


def test_a_places_superlative_show_counting_its_own_run_is_that_edition(nlp):
    """ "Cambodia's largest furniture show returned ... for its 15th outing. The X runs
    ...": the numbered edition of the series named after it; no number without the count,
    and no description without the superlative ("Cambodia's furniture show")."""
    text = (
        "Cambodia's largest furniture show returned to the Diamond Island Convention Center "
        "on Thursday for its 15th outing. The Phnom Penh Furniture Fair runs for four days."
    )
    found = stated(relations_of(nlp, text, published="2023-05-26"))
    edition = "15th Phnom Penh Furniture Fair"
    assert (edition, "editionOf", "Phnom Penh Furniture Fair") in found
    assert (edition, "heldIn", "Diamond Island Convention Center") in found
    assert (edition, "inYear", "2023") in found
    for other in (
        text.replace(" for its 15th outing", ""),
        text.replace("largest furniture", "furniture"),
    ):
        found = stated(relations_of(nlp, other, published="2023-05-26"))
        assert not [t for t in found if t[0].startswith("15th ")]


def test_next_years_description_after_an_edition_named_by_its_year_is_the_next_year(nlp):
    """ "Closing the 2022 X ..., next year's fair": the edition after the year-named one in
    scope, labelled as it is ("2023 X"); with no edition in scope, no edition at all."""
    text = (
        "Closing the 2022 Borneo Food Fair in Kuching on Friday, the organisers said next "
        "year's fair would open in June."
    )
    found = stated(relations_of(nlp, text, published="2022-07-01"))
    assert ("2023 Borneo Food Fair", "editionOf", "Borneo Food Fair") in found
    assert ("2023 Borneo Food Fair", "inYear", "2023") in found
    unnamed = text.replace("the 2022 Borneo", "the Borneo")
    found = stated(relations_of(nlp, unnamed, published="2022-07-01"))
    assert not [t for t in found if t[0].startswith("2023 ")]


def test_next_years_week_after_a_year_named_week_is_the_next_years_edition(nlp):
    """ "next year's week" (only after "next year's" is "week" an event's description):
    the edition after the year-named one in scope, held where the clause says; none
    where the text names no edition to count from."""
    text = (
        "Closing the 2024 Mekong Water Week in Vientiane on Friday, the ministry said next "
        "year's week would be held in Hue."
    )
    found = stated(relations_of(nlp, text, published="2024-05-10"))
    assert ("2025 Mekong Water Week", "editionOf", "Mekong Water Week") in found
    assert ("2025 Mekong Water Week", "inYear", "2025") in found
    assert ("2025 Mekong Water Week", "heldIn", "Hue") in found
    unnamed = text.replace("the 2024 Mekong", "the Mekong")
    found = stated(relations_of(nlp, unnamed, published="2024-05-10"))
    assert not [t for t in found if t[0].startswith("2025 ")]


def test_next_years_shortened_name_after_a_year_named_edition_is_the_next_edition(nlp):
    """ "next year's film week" after "the 2022 Mekong Film Culture Week": nouns of the
    series' own name shorten it; a story printed in January of the next year does not
    date that edition a year later still; a noun of no named series makes no edition."""
    text = (
        "Closing the 2022 Mekong Film Culture Week in Nanning on Wednesday, the organisers "
        "said next year's film week would add a market."
    )
    found = stated(relations_of(nlp, text, published="2023-01-04"))
    assert ("2023 Mekong Film Culture Week", "editionOf", "Mekong Film Culture Week") in found
    assert ("2023 Mekong Film Culture Week", "inYear", "2024") not in found
    other = text.replace("next year's film week", "next year's trade week")
    found = stated(relations_of(nlp, other, published="2023-01-04"))
    assert not [t for t in found if t[0].startswith("2023 ")]


def test_this_years_named_series_without_an_edition_is_the_publication_years_edition(nlp):
    """ "This year's Mekong Tourism Forum takes place at ...": the edition of the year it is
    written in, held where the sentence says; not without "this year's", nor where the
    text numbers that edition ("This year's X, the seventh")."""
    text = "This year's Mekong Tourism Forum takes place at the Sokha Hotel in Siem Reap."
    found = stated(relations_of(nlp, text, published="2018-05-10"))
    assert ("2018 Mekong Tourism Forum", "editionOf", "Mekong Tourism Forum") in found
    assert ("2018 Mekong Tourism Forum", "inYear", "2018") in found
    assert ("2018 Mekong Tourism Forum", "heldIn", "Sokha Hotel") in found
    assert ("Mekong Tourism Forum", "heldIn", "Sokha Hotel") not in found
    for other in (
        text.replace("This year's", "The"),
        text.replace("Forum takes", "Forum, the seventh, takes"),
    ):
        found = stated(relations_of(nlp, other, published="2018-05-10"))
        assert not [t for t in found if t[0].startswith("2018 ")]


@pytest.mark.parametrize(
    ("text", "published", "edition", "year"),
    [
        (
            "The sixth China-ASEAN Expo closed in Nanning on Saturday. Next year's expo, the "
            "seventh, will be held from October 20 to 24.",
            "2009-10-24",
            "7th China-ASEAN Expo",
            "2010",
        ),
        (
            "This year's China-ASEAN Expo, the 11th, hosted a new forum on e-commerce.",
            "2014-09-19",
            "11th China-ASEAN Expo",
            "2014",
        ),
    ],
)
def test_an_ordinal_in_apposition_numbers_the_edition(nlp, text, published, edition, year):
    found = stated(relations_of(nlp, text, published=published))
    assert (edition, "editionOf", "China-ASEAN Expo") in found
    assert (edition, "inYear", year) in found
    assert ("China-ASEAN Expo", "inYear", year) not in found  # the series began long before


@pytest.mark.parametrize(("numbered", "next_edition"), [("The 12th", True), ("The", False)])
def test_next_years_fair_is_the_edition_after_the_numbered_one(nlp, numbered, next_edition):
    text = (
        f"{numbered} Mekong Trade Fair closed in Vientiane on Saturday. Next year's fair will "
        "add a hall for coffee, organisers said."
    )
    found = stated(relations_of(nlp, text, published="2015-09-20"))
    if next_edition:
        assert ("13th Mekong Trade Fair", "editionOf", "Mekong Trade Fair") in found
        assert ("13th Mekong Trade Fair", "inYear", "2016") in found
    else:  # this year's edition has no number: next year's has none to take
        assert not any(p == "editionOf" for _s, p, _o in found)
    assert ("Mekong Trade Fair", "inYear", "2016") not in found


def test_an_ordinal_that_ranks_an_event_does_not_number_it(nlp):
    text = "The China-ASEAN Expo, the second largest fair in Guangxi, opened on Monday."
    found = stated(relations_of(nlp, text))
    assert not any(p == "editionOf" for _s, p, _o in found)


def test_its_nth_edition_is_an_edition_of_the_series_that_held_it(nlp):
    text = (
        "The summit was held by video link. The China-ASEAN Expo in Nanning, which held its "
        "18th edition in September, has been a useful showroom."
    )
    found = stated(relations_of(nlp, text, published="2021-11-25"))
    assert ("18th China-ASEAN Expo", "editionOf", "China-ASEAN Expo") in found
    assert not any(p == "partOf" for _s, p, _o in found)  # no edition is part of its series


@pytest.mark.parametrize(
    ("said", "another"),
    [
        ("The fair is now in its 15th edition.", None),
        ("Penang Book Fair 2024 is the 15th edition of the fair.", None),
        # an earlier numbered edition stays another
        ("It drew more visitors than the 14th edition of the fair.", "14th Penang Book Fair"),
    ],
)
def test_an_edition_named_by_its_year_said_to_be_the_nth_is_one_edition(nlp, said, another):
    text = f"Penang Book Fair 2024 opened in George Town on Friday. {said}"
    found = stated(relations_of(nlp, text, published="2024-03-08"))
    editions = {s for s, p, o in found if p == "editionOf" and o == "Penang Book Fair"}
    assert editions == {"Penang Book Fair 2024", *([another] if another else [])}


CIIE = "The seventh China International Import Expo opened in Shanghai on Tuesday. "
NECC = "National Exhibition and Convention Center"
FAIR = (
    "The 31st Mekong Handicraft Fair opened on Tuesday in Vientiane. Buyers said the Mekong "
    "Handicraft Fair had grown. "
)
FIRST = "The first China International Import Expo opened in Shanghai on Monday. The China "
SHOWCASE = (
    "Mekong fair takes its goods to Bangkok\n\nThe Mekong Trade Fair staged its Bangkok "
    "Showcase at the Queen Sirikit National Convention Center from Friday to Sunday.\n\n"
    "The event was organised by the Lao National Chamber of Commerce and Industry, which "
    "runs the annual fair in Vientiane. The 12th Mekong Trade Fair opens there in October."
)


@pytest.mark.parametrize(
    ("text", "published", "fact", "holders"),
    [
        # a series named as one occasion is the edition in scope; a clause of habit is not
        (CIIE + f"The six-day China International Import Expo is being held at the {NECC}.",
         "2024-11-07", ("heldIn", NECC), {"7th China International Import Expo"}),
        (CIIE + f"This week's China International Import Expo is being held at the {NECC}.",
         "2024-11-07", ("heldIn", NECC), {"7th China International Import Expo"}),
        (CIIE + f"Since 2018 the China International Import Expo has been held at the {NECC}.",
         "2024-11-07", ("heldIn", NECC), {"China International Import Expo"}),
        # "the fair" after the series is named is still this session, unless in a habit
        (FAIR + "The fair is being held at the National Convention Center until March 20.",
         "2024-03-08", ("heldIn", "National Convention Center"), {"31st Mekong Handicraft Fair"}),
        (FAIR + "The fair is being held at the National Convention Center until March 20.",
         "2024-03-08", ("inYear", "2023"), set()),  # "until March 20" is ahead
        (FAIR + "The fair has been held at the National Convention Center every year since 1994.",
         "2024-03-08", ("heldIn", "National Convention Center"), {"Mekong Handicraft Fair"}),
        # the idea of an event is not the event begun
        (FIRST + "International Import Expo, which Xi Jinping first proposed in May last year, "
         "drew 3,000 firms.", "2018-11-06", ("inYear", "2017"), set()),
        (FIRST + "International Import Expo, first held in 2018, drew 3,000 firms.",
         "2018-11-06", ("inYear", "2018"),
         {"1st China International Import Expo", "China International Import Expo"}),
        # "The event" is the occasion a series staged, "the annual fair" the series
        (SHOWCASE, "2015-05-11",
         ("organisedBy", "Lao National Chamber of Commerce and Industry"),
         {"Bangkok Showcase", "Mekong Trade Fair"}),
        (SHOWCASE, "2015-05-11", ("heldIn", "Vientiane"),
         {"Mekong Trade Fair", "12th Mekong Trade Fair"}),
    ],
)  # fmt: skip
def test_a_fact_lands_on_the_edition_or_the_series_the_clause_means(
    nlp, text, published, fact, holders
):
    found = stated(relations_of(nlp, text, published=published))
    assert {s for s, p, o in found if (p, o) == fact} == holders


def test_an_anniversary_counts_years_and_numbers_no_edition(nlp):
    text = "Leaders marked the 30th Anniversary of ASEAN-China Dialogue Relations in Beijing."
    found = stated(relations_of(nlp, text))
    assert not any(p == "editionOf" for _s, p, _o in found)


def test_where_an_event_ended_its_run_is_where_it_was_held(nlp):
    text = "The 133rd China Import and Export Fair ended its three-week run in Guangzhou on Friday."
    found = stated(relations_of(nlp, text, published="2023-05-06"))
    assert ("133rd China Import and Export Fair", "heldIn", "Guangzhou") in found


def test_the_dateline_names_the_city_of_an_edition_held_at_a_venue(nlp):
    text = (
        "NANNING, Oct 21 (Bernama) -- Leaders today opened the eighth China-ASEAN Expo.\n\n"
        "The opening ceremony, held at the Nanning International Convention and Exhibition "
        "Centre, was attended by ministers."
    )
    held_in = {o for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert "Nanning" in held_in


def test_it_opening_a_sentence_stands_for_the_event_the_sentence_before_is_about(nlp):
    text = (
        "The first China-ASEAN Information Harbor Forum closed in Nanning on Monday. It was "
        "co-organised by the Cyberspace Administration of China."
    )
    found = stated(relations_of(nlp, text))
    assert (
        "1st China-ASEAN Information Harbor Forum",
        "organisedBy",
        "Cyberspace Administration of China",
    ) in found


def test_it_after_a_sentence_about_something_else_is_no_event(nlp):
    text = (
        "Laos signed a memorandum at the China-ASEAN Information Harbor Forum. It was "
        "co-organised by the Cyberspace Administration of China."
    )
    found = stated(relations_of(nlp, text))
    assert not any(p == "organisedBy" for _s, p, _o in found)


def test_it_after_a_fronted_phrase_of_time_stands_for_the_event_before(nlp):
    text = (
        "The Lancang-Mekong Water Forum drew 300 delegates to its opening on Monday. Since "
        "its launch in 2018, it has been held every year in Kunming."
    )
    found = stated(relations_of(nlp, text, published="2023-09-18"))
    assert {(s, o) for s, p, o in found if p == "heldIn"} == {
        ("Lancang-Mekong Water Forum", "Kunming")
    }


def test_it_after_a_fronted_phrase_and_a_sentence_about_a_country_is_no_event(nlp):
    text = (
        "Laos signed a memorandum at the Lancang-Mekong Water Forum on Monday. Since 2018, "
        "it has been held every year in Kunming."
    )
    found = stated(relations_of(nlp, text, published="2023-09-18"))
    assert not any(p == "heldIn" for _s, p, _o in found)


def test_a_year_after_a_bracketed_acronym_still_names_the_edition(nlp):
    text = (
        "MANILA, Nov. 13 (PNA) -- President Rodrigo Duterte on Sunday opened the ASEAN "
        "Business and Investment Summit (ABIS) 2017 at the Solaire Resort in Paranaque City."
    )
    found = stated(relations_of(nlp, text, published="2017-11-13"))
    edition = "ASEAN Business and Investment Summit 2017"
    assert (edition, "editionOf", "ASEAN Business and Investment Summit") in found


def test_an_acronym_in_brackets_and_a_word_after_it_name_no_edition(nlp):
    text = "The ASEAN Business and Investment Summit (ABIS) opened in Manila on Sunday."
    found = stated(relations_of(nlp, text, published="2017-11-13"))
    assert not any(p == "editionOf" for _s, p, _o in found)


def test_an_event_at_a_venue_in_a_city_on_its_noun_is_held_in_both(nlp):
    text = (
        "The forum coincides with the 31st ASEAN Summit at the Philippine International "
        "Convention Center (PICC) in Pasay City."
    )
    held_in = {o for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert {"Philippine International Convention Center", "Pasay City"} <= held_in


def test_a_name_with_editions_is_a_series_however_else_the_text_types_it(nlp):
    text = (
        "AMD opened COMPUTEX 2019 with a keynote, the first-ever COMPUTEX CEO keynote.\n\n"
        "COMPUTEX 2019 runs from May 28 to June 1 at the Taipei Nangang Exhibition Center."
    )
    found = stated(relations_of(nlp, text, published="2019-05-27"))
    assert ("COMPUTEX 2019", "editionOf", "COMPUTEX") in found


def test_a_place_the_parser_hangs_on_a_date_range_is_where_the_event_is_held(nlp):
    text = (
        "The 136th China Import and Export Fair will be held from October 15 to November 4 in "
        "Guangzhou, organisers said on Tuesday."
    )
    found = stated(relations_of(nlp, text, published="2024-09-10"))
    assert ("136th China Import and Export Fair", "heldIn", "Guangzhou") in found


def test_what_would_be_held_in_january_is_held_next_january(nlp):
    text = (
        "The two ministers announced that the 2nd LMC Leaders' Meeting would be held in "
        "Cambodia in January."
    )
    found = stated(relations_of(nlp, text, published="2017-12-16"))
    assert ("2nd LMC Leaders' Meeting", "inYear", "2018") in found
    assert ("2nd LMC Leaders' Meeting", "inYear", "2017") not in found


@pytest.mark.parametrize(
    "text, series, place",
    [
        (
            "The first GMS Summit was held in Phnom Penh in November 2002 and the second in "
            "Kunming, China, in July 2005.",
            "GMS Summit",
            "Kunming",
        ),
        # after an edition counted by a noun ("the first expo") as after a named one
        (
            "The China-ASEAN Expo opened in Nanning on Monday. The first expo was held in "
            "2004 and the second in 2005.",
            "China-ASEAN Expo",
            None,
        ),
    ],
)
def test_a_bare_ordinal_after_and_is_the_next_edition_with_its_own_place_and_year(
    nlp, text, series, place
):
    found = stated(relations_of(nlp, text, published="2008-10-20"))
    assert (f"2nd {series}", "editionOf", series) in found
    assert (f"2nd {series}", "inYear", "2005") in found
    assert (f"1st {series}", "inYear", "2005") not in found
    if place:
        assert (f"2nd {series}", "heldIn", place) in found


def test_a_bare_ordinal_after_a_counted_noun_with_no_clause_of_its_own_is_no_edition(nlp):
    # "the second" has no words of its own after it: no gapped clause, no edition
    text = (
        "The China-ASEAN Expo opened in Nanning. The first expo was a success, as was the second."
    )
    found = stated(relations_of(nlp, text, published="2008-10-20"))
    assert not any(s.startswith("2nd") for s, _p, _o in found)


def test_a_bare_ordinal_set_off_by_commas_in_an_overview_is_the_series_next_edition(nlp):
    text = (
        "The eighth ASEAN-China Media Forum was held in Kunming in 2019. The ninth, in "
        "Nanning in 2021, was organised by the Guangxi Daily Group."
    )
    found = stated(relations_of(nlp, text, published="2022-01-10"))
    ninth = "9th ASEAN-China Media Forum"
    assert (ninth, "editionOf", "ASEAN-China Media Forum") in found
    assert (ninth, "inYear", "2021") in found
    assert (ninth, "heldIn", "Nanning") in found
    assert (ninth, "organisedBy", "Guangxi Daily Group") in found
    assert ("8th ASEAN-China Media Forum", "organisedBy", "Guangxi Daily Group") not in found


def test_a_bare_ordinal_opening_a_sentence_as_subject_of_a_staging_verb_is_the_next_edition(
    nlp,
):
    # no commas: "The third was held in ..." counts on the edition named last, of its very
    # series (not any forum's: another forum is named before)
    text = (
        "The fourth ASEAN-China Port Forum met in Qinzhou in 2018. The second ASEAN-China "
        "Water Forum was held in Vientiane in 2019. Since the first one in 2017, it has "
        "covered drought. "
        "The third was held in Kunming in November 2021. The fourth, in Manila in 2023, drew "
        "200 engineers."
    )
    found = stated(relations_of(nlp, text, published="2024-01-10"))
    assert ("3rd ASEAN-China Water Forum", "editionOf", "ASEAN-China Water Forum") in found
    assert ("3rd ASEAN-China Water Forum", "heldIn", "Kunming") in found
    assert ("3rd ASEAN-China Water Forum", "inYear", "2021") in found
    assert ("4th ASEAN-China Water Forum", "editionOf", "ASEAN-China Water Forum") in found
    assert not any(s.startswith("3rd ASEAN-China Port") for s, _p, _o in found)


def test_a_bare_ordinal_subject_after_an_ordinal_counting_something_else_is_no_edition(nlp):
    # "The first" counts the delegations, so "The second met in Hall 3" is a delegation
    text = (
        "Three delegations came to the 15th China-ASEAN Expo. The first was led by a "
        "minister. The second met in Hall 3 on Monday."
    )
    found = stated(relations_of(nlp, text, published="2018-09-14"))
    assert not any(s.startswith("2nd") for s, _p, _o in found)


def test_its_counted_meeting_opening_a_sentence_is_an_edition_of_the_event_before(nlp):
    text = (
        "The Lancang Water Dialogue has grown with the region. Its 11th meeting, held in "
        "Dali in May 2022, drew officials from the Mekong River Commission."
    )
    found = stated(relations_of(nlp, text, published="2022-06-01"))
    eleventh = "11th Lancang Water Dialogue"
    assert (eleventh, "editionOf", "Lancang Water Dialogue") in found
    assert (eleventh, "heldIn", "Dali") in found
    assert (eleventh, "inYear", "2022") in found


def test_its_counted_meeting_after_a_body_is_no_edition(nlp):
    # the sentence before is about a committee, no event: its meetings are no editions
    text = (
        "The Mekong River Commission has grown with the region. Its 11th meeting, held in "
        "Dali in May 2022, drew officials from Laos."
    )
    found = stated(relations_of(nlp, text, published="2022-06-01"))
    assert not any(s.startswith("11th") for s, _p, _o in found)


def test_a_set_off_ordinal_is_dated_by_the_one_year_between_its_commas(nlp):
    # the parser hangs "by video link in August 2020" on the comma, not on "third"
    text = (
        "The first Lancang-Mekong Cooperation Leaders' Meeting was held in Sanya in 2016. "
        "The third, by video link in August 2020, was co-chaired by Lao Prime Minister "
        "Thongloun Sisoulith."
    )
    found = stated(relations_of(nlp, text, published="2020-09-01"))
    third = "3rd Lancang-Mekong Cooperation Leaders' Meeting"
    assert (third, "inYear", "2020") in found
    assert (third, "inYear", "2018") not in found
    assert ("Thongloun Sisoulith", "participatedIn", third) in found


def test_a_set_off_ordinal_after_another_counted_noun_leaves_out_that_noun(nlp):
    # "the third" is the third phase, the noun the ordinal before it counts
    text = (
        "The 107th China Import and Export Fair opens in Guangzhou today. The second phase, "
        "from April 23 to 27, will show gifts, while the third, from May 1 to 5, will cover "
        "textiles."
    )
    found = stated(relations_of(nlp, text, published="2010-04-15"))
    assert ("107th China Import and Export Fair", "heldIn", "Guangzhou") in found
    assert not any(s.startswith("3rd") for s, _p, _o in found)


def test_a_bare_ordinal_with_no_place_or_date_set_off_after_it_is_no_edition(nlp):
    # "the second" is the object of a verb, not a subject set off before its own words
    text = (
        "The eighth ASEAN-China Media Forum was held in Kunming in 2019. Editors praised "
        "the second, which they said was smaller."
    )
    found = stated(relations_of(nlp, text, published="2022-01-10"))
    assert not any(s.startswith("2nd") for s, _p, _o in found)


def test_a_series_named_by_its_acronym_is_the_series_named_in_full(nlp):
    text = (
        "Leaders wrapped up the third Greater Mekong Subregion (GMS) Summit in Vientiane. "
        "The first GMS Summit was held in Phnom Penh in 2002."
    )
    found = stated(relations_of(nlp, text, published="2008-04-01"))
    # the short form defined inside the event's name expands: one series, one label
    series = "Greater Mekong Subregion Summit"
    assert ("1st Greater Mekong Subregion Summit", "editionOf", series) in found
    assert ("1st Greater Mekong Subregion Summit", "heldIn", "Phnom Penh") in found
    assert not any(s == "1st GMS Summit" for s, _p, _o in found)


def test_editions_stated_years_apart_infer_no_annual_years(nlp):
    text = (
        "The first GMS Summit was held in Phnom Penh in November 2002 and the second in "
        "Kunming in July 2005. Myanmar will host the fourth GMS Summit."
    )
    found = relations_of(nlp, text, published="2008-04-01")
    assert not any(s == "4th GMS Summit" and p == "inYear" for s, p, _o, _i in found)


def test_a_forum_held_alongside_an_expo_in_a_city_is_held_in_that_city(nlp):
    text = (
        "The Pan-Beibu Gulf Economic Cooperation Forum was held alongside the China-ASEAN "
        "Expo in Nanning."
    )
    assert ("Pan-Beibu Gulf Economic Cooperation Forum", "Nanning") in held_in(nlp, text)


def test_a_forum_held_alongside_an_expo_in_a_month_is_held_nowhere_new(nlp):
    text = (
        "The Pan-Beibu Gulf Economic Cooperation Forum was held alongside the China-ASEAN "
        "Expo in September."
    )
    assert not any(s == "Pan-Beibu Gulf Economic Cooperation Forum" for s, _ in held_in(nlp, text))


def test_a_lower_case_service_a_bank_rolled_out_is_an_initiative_it_launched(nlp):
    text = "Bank of China rolled out a cross-border renminbi settlement service for ASEAN traders."
    assert ("Bank of China", "cross-border renminbi settlement service") in launched(nlp, text)


def test_a_lower_case_object_of_a_launch_verb_without_an_initiative_head_is_none(nlp):
    text = "Huawei unveiled a new foldable smartphone and China Mobile rolled out a new service."
    assert launched(nlp, text) == set()


def test_an_initiative_is_dated_by_its_start_not_by_what_it_did(nlp):
    started = "The Early Harvest Program was put into effect in 2004."
    did = "The Early Harvest Program generated RM1.3 billion in sales in 2004."
    assert ("Early Harvest Program", "inYear", "2004") in stated(relations_of(nlp, started))
    assert not {p for s, p, o in stated(relations_of(nlp, did)) if p == "inYear"}


def test_a_series_staged_abroad_for_the_first_time_did_not_begin_then(nlp):
    opened = "MIHAS 2024 opened in Kuala Lumpur on Tuesday.\n"
    abroad = opened + (
        "The Malaysia International Halal Showcase (MIHAS) will be staged outside the country "
        "for the first time in November."
    )
    first = opened + "The Malaysia International Halal Showcase (MIHAS) was first staged in 2004."
    label = "Malaysia International Halal Showcase"
    day = "2024-09-18"
    assert not {
        o for s, p, o in stated(relations_of(nlp, abroad, day)) if (s, p) == (label, "inYear")
    }
    assert (label, "inYear", "2004") in stated(relations_of(nlp, first, day))


def test_an_event_addressed_on_the_sidelines_of_another_is_part_of_it(nlp):
    text = (
        "The 8th China-ASEAN Expo opened in Nanning on Friday. Mustapa addressed the "
        "Malaysia-China Trade and Investment Forum on the sidelines of the expo."
    )
    before = text.replace("on the sidelines of", "a week before")
    part = ("Malaysia-China Trade and Investment Forum", "partOf", "8th China-ASEAN Expo")
    assert part in stated(relations_of(nlp, text))
    assert part not in stated(relations_of(nlp, before))


def test_an_event_held_within_another_is_part_of_it(nlp):
    text = (
        "The MIHAS Pavilion will be held within the Middle East Organic and Natural Product Expo."
    )
    beside = text.replace("within", "before")
    part = ("MIHAS Pavilion", "partOf", "Middle East Organic and Natural Product Expo")
    assert part in stated(relations_of(nlp, text))
    assert part not in stated(relations_of(nlp, beside))


def test_what_a_speaker_at_an_event_would_build_is_no_launch_of_the_event(nlp):
    text = (
        "In a keynote at the 11th China-ASEAN Business and Investment Summit in Nanning on "
        "Tuesday, Vice Premier Zhang Gaoli said China would work with its neighbours to build "
        "the 21st Century Maritime Silk Road."
    )
    assert not {p for s, p, o in stated(relations_of(nlp, text)) if p == "launched"}


def test_a_venue_filled_as_an_event_opens_holds_it(nlp):
    text = (
        "Exhibitors such as Alibaba Cloud and Huawei filled Hall 3 of the Nanning International "
        "Convention and Exhibition Center as the 19th China-ASEAN Expo opened on Friday."
    )
    before = text.replace(" as ", " before ")
    held = (
        "19th China-ASEAN Expo",
        "heldIn",
        "Nanning International Convention and Exhibition Center",
    )
    assert held in stated(relations_of(nlp, text, "2022-09-18"))
    assert held not in stated(relations_of(nlp, before, "2022-09-18"))


def test_where_a_meeting_is_chaired_is_where_it_is_held(nlp):
    opened = "The Third GMS Summit opened in Vientiane on Sunday. "
    chaired = opened + (
        "Lao Prime Minister Bouasone Bouphavanh chaired the two-day meeting at the National "
        "Convention Centre in Vientiane."
    )
    praised = chaired.replace("chaired", "praised")
    held = ("3rd GMS Summit", "heldIn", "National Convention Centre")
    assert held in stated(relations_of(nlp, chaired, "2008-03-31"))
    assert held not in stated(relations_of(nlp, praised, "2008-03-31"))


def test_the_same_city_is_the_city_named_before(nlp):
    text = (
        "The China-ASEAN Mayors' Forum 2019 opened on September 18 in Nanning. It took place "
        "a few days before the 16th China-ASEAN Expo, which opened in the same city on "
        "September 21."
    )
    other = text.replace("the same city", "another city")
    held = ("16th China-ASEAN Expo", "heldIn", "Nanning")
    assert held in stated(relations_of(nlp, text, "2019-09-24"))
    assert held not in stated(relations_of(nlp, other, "2019-09-24"))


def test_a_forum_after_a_fronted_sidelines_phrase_in_the_second_clause_is_part(nlp):
    opened = "The Second GMS Summit opened in Kunming on Monday. "
    text = opened + (
        "On the sidelines, the leaders held a dialogue with business representatives, and a "
        "GMS Business Forum brought together chambers of commerce."
    )
    later = text.replace("On the sidelines", "A week later")
    part = ("GMS Business Forum", "partOf", "2nd GMS Summit")
    assert part in stated(relations_of(nlp, text, "2005-07-06"))
    assert part not in stated(relations_of(nlp, later, "2005-07-06"))


def test_a_place_after_an_event_something_is_for_is_not_the_events(nlp):
    text = (
        "The DTI and the CAEXPO Secretariat held a promotion conference for the 20th "
        "China-ASEAN Expo in Tuguegarao."
    )
    held = ("20th China-ASEAN Expo", "heldIn", "Tuguegarao")
    assert held not in stated(relations_of(nlp, text, "2023-08-20"))
    assert held in stated(
        relations_of(nlp, text.replace("a promotion conference for ", ""), "2023-08-20")
    )


def test_bodies_named_per_country_each_organise_the_event(nlp):
    text = (
        "The third Pan-Beibu Gulf Economic Cooperation Forum, which closed in Nanning on"
        " Thursday, was co-organised by the ministries of commerce of China and Thailand."
    )
    found = organisers(nlp, text)
    assert (
        "3rd Pan-Beibu Gulf Economic Cooperation Forum",
        "Ministry of Commerce of China",
    ) in found
    assert (
        "3rd Pan-Beibu Gulf Economic Cooperation Forum",
        "Ministry of Commerce of Thailand",
    ) in found


def test_an_unnamed_exhibition_refers_to_an_expo_named_with_a_place_after_its_head(nlp):
    opened = "The China-ASEAN Expo Indonesia 2019 opened in Jakarta on Thursday. "
    organised = opened + "The three-day exhibition was organised by the Guangxi Expo Group."
    other = organised.replace("three-day exhibition", "three-day forum")
    triple = ("China-ASEAN Expo Indonesia 2019", "organisedBy", "Guangxi Expo Group")
    assert triple in stated(relations_of(nlp, organised, "2019-04-05"))
    assert triple not in stated(relations_of(nlp, other, "2019-04-05"))


def test_a_clause_on_the_series_after_an_editions_session_is_the_editions(nlp):
    text = (
        "Buyers flocked to the 134th Canton Fair this week. At the 134th session of the fair, "
        "which opened on Sunday at the Canton Fair Complex in Guangzhou, Thai firms took 40 "
        "booths."
    )
    held = {(s, o) for s, p, o in stated(relations_of(nlp, text, "2023-10-18")) if p == "heldIn"}
    assert ("134th Canton Fair", "Canton Fair Complex") in held
    assert ("Canton Fair", "Canton Fair Complex") not in held


def test_an_event_noun_set_after_a_dash_describes_the_event_before_it(nlp):
    text = (
        "Ministers spoke at the ASEAN-China Youth Forum in Jakarta — a two-day event "
        "organised by the ASEAN Foundation."
    )
    triple = ("ASEAN-China Youth Forum", "organisedBy", "ASEAN Foundation")
    assert triple in stated(relations_of(nlp, text))
    other = text.replace("organised by", "praised by")
    assert triple not in stated(relations_of(nlp, other))


def test_no_event_is_held_at_sea_and_no_sea_lies_in_a_port(nlp):
    text = (
        "At the 20th ASEAN-China Summit in Manila, leaders marked the anniversary of the "
        "declaration on the South China Sea. Port Klang on the Strait of Malacca and Kuantan "
        "on the South China Sea are natural partners."
    )
    found = stated(relations_of(nlp, text, "2017-11-14"))
    assert ("20th ASEAN-China Summit", "heldIn", "Manila") in found
    assert not {t for t in found if t[1] == "heldIn" and t[2] == "South China Sea"}
    assert not {t for t in found if t[1] == "locatedIn" and t[0] == "Strait of Malacca"}


def test_a_holding_participle_after_the_events_name_and_a_comma_places_it(nlp):
    text = (
        "The sixth expo closed on Friday. Bookings for stands at the seventh China-ASEAN "
        "Expo, to be held in Nanning next September, have already opened."
    )
    triple = ("7th China-ASEAN Expo", "heldIn", "Nanning")
    assert triple in stated(relations_of(nlp, text, "2009-10-23"))
    other = text.replace("to be held in", "praised by officials from")
    assert triple not in stated(relations_of(nlp, other, "2009-10-23"))


def test_an_event_staged_on_the_sidelines_with_no_of_is_part_of_the_event_in_scope(nlp):
    text = (
        "The 9th Mekong-Lancang Leaders' Meeting opened in Vientiane on Monday. The hosts "
        "organised a Mekong-Lancang Youth Forum and a business forum on the sidelines, where "
        "a dozen firms, among them Lao Coffee Group, met buyers."
    )
    found = stated(relations_of(nlp, text, "2024-05-20"))
    assert ("Mekong-Lancang Youth Forum", "partOf", "9th Mekong-Lancang Leaders' Meeting") in found
    # the firms listed after "among them" are the firms', not the hosts'
    assert not {t for t in found if t[1] == "organisedBy" and t[2] == "Lao Coffee Group"}
    other = text.replace("on the sidelines", "a year later")
    found = stated(relations_of(nlp, other, "2024-05-20"))
    assert (
        "Mekong-Lancang Youth Forum",
        "partOf",
        "9th Mekong-Lancang Leaders' Meeting",
    ) not in found


def test_an_events_own_holding_verb_places_it_however_the_clause_parses(nlp):
    text = (
        "Between a 20-tonne excavator and a stand of batik shirts, the 12th Laos "
        "International Trade Fair (LITF) opened at the National Convention Centre in "
        "Vientiane on Friday."
    )
    found = stated(relations_of(nlp, text, "2017-12-02"))
    assert ("12th Laos International Trade Fair", "heldIn", "National Convention Centre") in found
    # a name inside a prepositional phrase is not the verb's subject
    other = (
        "Exhibitors at the 12th Laos International Trade Fair met at the Don Chan Palace "
        "Hotel on Friday."
    )
    found = stated(relations_of(nlp, other, "2017-12-02"))
    assert not {t for t in found if t[1] == "heldIn" and t[2] == "Don Chan Palace Hotel"}


def test_staged_is_read_as_stage_not_stag(nlp):
    text = (
        "The 3rd China-ASEAN Port Forum was staged in Qinzhou on Monday by China's Ministry "
        "of Transport and the China Ports Association."
    )
    found = stated(relations_of(nlp, text, "2010-10-20"))
    assert ("3rd China-ASEAN Port Forum", "organisedBy", "China Ports Association") in found
    assert ("3rd China-ASEAN Port Forum", "heldIn", "Qinzhou") in found


def test_dates_between_an_edition_and_its_place_leave_it_held_there(nlp):
    text = (
        "Next on the calendar is the 22nd China-ASEAN Expo (CAEXPO), set for Sept. 17 to 21 "
        "in Nanning, where the agency will run the national pavilion."
    )
    found = stated(relations_of(nlp, text))
    assert ("22nd China-ASEAN Expo", "heldIn", "Nanning") in found


def test_the_same_venue_is_the_venue_something_was_held_at(nlp):
    text = (
        "KOTA KINABALU, May 3 (Bernama) -- The 3rd ASEAN-Pacific Summit will be held at the "
        "Sabah International Convention Centre (SICC) tomorrow. The minister's plane landed "
        "at the Terminal 2 Complex of Kota Kinabalu International Airport in Tanjung Aru. It "
        "follows the 50th ASEAN Summit, which opened at the same venue this morning."
    )
    found = stated(relations_of(nlp, text))
    held_in = {o for s, p, o in found if s == "50th ASEAN Summit" and p == "heldIn"}
    assert "Sabah International Convention Centre" in held_in
    assert not held_in & {"Tanjung Aru", "Terminal 2 Complex"}


def test_organisers_named_as_subjects_of_the_role(nlp):
    text = (
        "The 12th Mekong Border Trade Fair opens on Friday. The Ministry of Industry and "
        "Trade and the Dong Thap People's Committee are the organisers this year."
    )
    found = stated(relations_of(nlp, text))
    fair, ministry = "12th Mekong Border Trade Fair", "Ministry of Industry and Trade"
    assert (fair, "organisedBy", ministry) in found


def test_the_week_is_the_week_in_scope(nlp):
    text = (
        "The first China-ASEAN Youth Exchange Week opened in Kunming on Saturday. The week "
        "was jointly hosted by the Ministry of Education and the Yunnan provincial government."
    )
    found = stated(relations_of(nlp, text))
    assert ("1st China-ASEAN Youth Exchange Week", "organisedBy", "Ministry of Education") in found


def test_this_week_is_no_event(nlp):
    text = (
        "The first China-ASEAN Youth Exchange Week opened in Kunming on Saturday. The Ministry "
        "of Education hosted this week a dinner for rectors."
    )
    found = stated(relations_of(nlp, text))
    assert not any(p == "organisedBy" for s, p, o in found)


def test_an_edition_held_together_with_another_at_a_venue_is_in_its_city(nlp):
    text = (
        "The 2nd Lancang Border Expo opened in Jinghong on Monday. The expo is being held "
        "together with the 15th Xishuangbanna Trade Fair at the Jinghong International "
        "Exhibition Center."
    )
    found = stated(relations_of(nlp, text))
    assert ("15th Xishuangbanna Trade Fair", "heldIn", "Jinghong") in found


def test_an_event_a_city_hosted_in_a_relative_clause_is_held_there(nlp):
    text = "The new expo grew out of the Mekong Crafts Fair, which Jinghong first hosted in 2009."
    found = stated(relations_of(nlp, text))
    assert ("Mekong Crafts Fair", "heldIn", "Jinghong") in found


def test_a_country_that_hosted_a_summit_is_not_where_it_was_held(nlp):
    text = (
        "The pact was signed at the 9th RCEP Summit, held alongside the 50th ASEAN Summit, "
        "which Laos hosted online this year."
    )
    found = stated(relations_of(nlp, text))
    assert ("50th ASEAN Summit", "heldIn", "Laos") not in found


def test_an_event_held_here_is_held_at_the_dateline(nlp):
    text = (
        "KUNMING, June 6 (Xinhua) -- The 7th China-South Asia Expo opened on Sunday. A "
        "forum on border trade was held here on Monday, and the 2nd Lancang Tea Fair will "
        "be held here next week."
    )
    found = stated(relations_of(nlp, text))
    assert ("2nd Lancang Tea Fair", "heldIn", "Kunming") in found


def test_an_event_said_to_be_here_in_a_quote_is_not_placed(nlp):
    text = (
        "KUNMING, June 6 (Xinhua) -- The 7th China-South Asia Expo opened on Sunday. "
        '"The 2nd Lancang Tea Fair is here to stay," said Li Wei.'
    )
    found = stated(relations_of(nlp, text))
    assert ("2nd Lancang Tea Fair", "heldIn", "Kunming") not in found


def test_the_city_is_the_city_of_its_sentence_or_the_dateline(nlp):
    text = (
        "KUNMING, May 2 -- Growers from Pu'er and Lincang brought tea to the talks. Results "
        "will be shown at the 8th China-South Asia Expo, which opens in the city on June 16."
    )
    found = stated(relations_of(nlp, text))
    held_in = {o for s, p, o in found if s == "8th China-South Asia Expo" and p == "heldIn"}
    assert held_in == {"Kunming"}


def test_the_city_of_a_name_is_no_bare_city(nlp):
    text = (
        "Growers from Pu'er brought tea. Results will be shown at the 8th China-South Asia "
        "Expo, which opens in the city's new hall on June 16."
    )
    found = stated(relations_of(nlp, text))
    assert not any(s == "8th China-South Asia Expo" and p == "heldIn" for s, p, o in found)


def test_a_participle_after_the_sidelines_host_describes_what_was_on_them(nlp):
    text = (
        "The 9th China-South Asia Expo opened in Kunming. The minister also addressed a "
        "business forum on the sidelines of the expo, organised by Matrade and attended by "
        "200 buyers."
    )
    found = stated(relations_of(nlp, text))
    assert not any(p == "organisedBy" and s == "9th China-South Asia Expo" for s, p, o in found)


def test_a_city_and_a_date_before_during_an_event_place_it(nlp):
    text = (
        "Leaders watched the two ministers exchange the documents that lift the pact to its "
        "third version in Phnom Penh on Sunday, during the 25th ASEAN-Japan Summit."
    )
    found = stated(relations_of(nlp, text))
    assert ("25th ASEAN-Japan Summit", "heldIn", "Phnom Penh") in found


def test_a_city_left_before_an_event_does_not_place_it(nlp):
    text = "The ministers left Phnom Penh on Sunday for Tokyo, before the 25th ASEAN-Japan Summit."
    found = stated(relations_of(nlp, text))
    assert ("25th ASEAN-Japan Summit", "heldIn", "Phnom Penh") not in found


def test_an_event_hosted_at_a_venue_is_held_there(nlp):
    text = (
        "KUALA LUMPUR, May 3 (Bernama) -- The 50th ASEAN Summit will be hosted by Malaysia "
        "at the Kuala Lumpur Convention Centre (KLCC) on Monday."
    )
    found = stated(relations_of(nlp, text))
    assert ("50th ASEAN Summit", "heldIn", "Kuala Lumpur Convention Centre") in found


def test_an_event_hosted_with_a_partner_is_held_nowhere_by_it(nlp):
    text = "The 3rd Mekong Digital Forum was hosted in partnership with the Asian Development Bank."
    found = stated(relations_of(nlp, text))
    assert not any(p == "heldIn" for s, p, o in found)


def test_a_departure_story_places_nothing_at_its_dateline(nlp):
    text = (
        "JAKARTA, Oct 2 (Bernama) -- The President leaves for Kunming tomorrow to attend the "
        "China-South Asia Leaders Dialogue, a one-day meeting.\n"
        "After the meeting, the leaders will stay on for the opening of the 9th China-South "
        "Asia Expo and tour the halls with Chinese officials."
    )
    found = stated(relations_of(nlp, text))
    assert ("9th China-South Asia Expo", "heldIn", "Jakarta") not in found


def test_a_holding_participle_on_a_list_of_events_is_said_of_each(nlp):
    text = (
        "HANOI, Oct. 2 (Xinhua) -- The premier will attend the 30th China-ASEAN Summit, the "
        "30th ASEAN Plus Three Summit and the 22nd East Asia Summit to be held in Manila "
        "from Oct. 9 to 12."
    )
    found = stated(relations_of(nlp, text))
    assert ("30th China-ASEAN Summit", "heldIn", "Manila") in found


def held(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        (
            "Some 80 Thai firms are exhibiting at the 15th China-ASEAN Expo (CAEXPO), which "
            "opened in Nanning on Wednesday.",
            "15th China-ASEAN Expo",
        ),
        (
            "Ministers are attending the 12th Annual Meeting of the New Champions, better known "
            "as Summer Davos, which runs until Friday in Dalian.",
            "12th Annual Meeting of the New Champions",
        ),
    ],
)
def test_a_clause_on_a_series_short_form_glossing_an_edition_places_the_edition(nlp, text, edition):
    found = held(nlp, text)
    assert any(s == edition for s, _ in found)
    assert not any(s != edition for s, _ in found)


def test_a_numbered_session_that_opened_in_a_city_is_held_there(nlp):
    text = (
        "The 110th session of the China Import and Export Fair, better known as the Canton "
        "Fair, opened on Friday in Guangzhou. Buyers at the 110th Canton Fair placed orders."
    )
    found = held(nlp, text)
    # one edition, named by the session's own words ("110th Canton Fair" its alias)
    assert ("110th China Import and Export Fair", "Guangzhou") in found
    assert ("China Import and Export Fair", "Guangzhou") not in found  # the series


def test_an_event_staged_at_a_venue_in_a_city_is_held_in_both(nlp):
    text = (
        "Dairy firms drew crowds at Vietfood 2022, staged at the Saigon Exhibition and "
        "Convention Center in Ho Chi Minh City from May 4 to 6."
    )
    found = held(nlp, text)
    assert {
        ("Vietfood 2022", "Saigon Exhibition and Convention Center"),
        ("Vietfood 2022", "Ho Chi Minh City"),
    } <= found


def test_a_press_release_participle_of_taking_place_places_the_event(nlp):
    text = (
        "Acme Robotics will exhibit at the 2023 Smart Logistics Summit, taking place from "
        "March 3 to 5 in Hangzhou."
    )
    assert ("2023 Smart Logistics Summit", "Hangzhou") in held(nlp, text)


def test_the_main_event_of_a_story_under_a_byline_line_is_found_past_the_furniture(nlp):
    text = (
        "Partners agree on corridor steps\n\n"
        "By Li Ming in Chengdu | China Daily | Updated: 2021-03-09\n\n"
        "Officials and business leaders met in Chengdu on Tuesday to push the project forward.\n\n"
        "The Western Corridor Cooperation Forum was held together with a meeting of the steering "
        "committee. Delegates came from 12 provinces."
    )
    assert ("Western Corridor Cooperation Forum", "Chengdu") in held(nlp, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            # "it" after a sentence whose subject the parser lost in a quoted theme
            "The fifth China-ASEAN Media Week opened in Kunming on Monday.\n"
            'The week, themed "Telling stories of our shared future together", kicked off in '
            "Kunming. It is co-hosted by the Ministry of Culture and the Yunnan provincial "
            "government.",
            ("5th China-ASEAN Media Week", "Ministry of Culture"),
        ),
        (
            # a participle closing a relative clause on the event, wherever it is hung
            "Some 150 exhibitors have taken stands at the Laos-Thailand Trade Fair 2022, which "
            "opened at the National Convention Center yesterday, organised by the Ministry of "
            "Industry and Commerce.",
            ("Laos-Thailand Trade Fair 2022", "Ministry of Industry and Commerce"),
        ),
    ],
)
def test_organisers_said_of_an_event_the_parser_lost(nlp, text, pair):
    found = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "organisedBy"}
    assert pair in found


def test_a_fairs_own_pavilion_at_a_venue_does_not_hide_the_venue_of_the_fair(nlp):
    text = (
        "The 6th China International Import Expo opened in Shanghai on Sunday.\n"
        "The Thailand Pavilion at the National Exhibition and Convention Center houses 40 "
        "companies this year."
    )
    found = held(nlp, text)
    assert (
        "6th China International Import Expo",
        "National Exhibition and Convention Center",
    ) in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Sukarno spoke at the 2012 Annual Meeting of the New Champions, also in Tianjin.",
            ("2012 Annual Meeting of the New Champions", "Tianjin"),
        ),
        (
            "Leaders met at the Jakarta Convention Center (JCC) on Monday. On Tuesday they "
            "join the 18th ASEAN Plus Three Summit, also at the JCC, before flying home.",
            ("18th ASEAN Plus Three Summit", "Jakarta Convention Center"),
        ),
    ],
)
def test_also_in_a_place_after_an_event_places_it_there(nlp, text, pair):
    assert pair in held(nlp, text)


def test_also_and_a_date_after_an_event_places_it_nowhere(nlp):
    text = "Sukarno spoke at the 2012 Annual Meeting of the New Champions, also in June."
    assert not held(nlp, text)


def test_a_lede_set_in_the_town_of_a_place_places_the_story_event_there(nlp):
    text = (
        "OPINION | Neighbours on one river\n\n"
        "Last week, in the riverside town of Mengla in China's Yunnan province, the ministers "
        "of six countries agreed on a new plan. At the 3rd Mekong Water Ministers' Meeting on "
        "Nov. 2, they adopted a joint statement."
    )
    assert ("3rd Mekong Water Ministers' Meeting", "Mengla") in held(nlp, text)


def test_an_event_at_a_venue_in_a_state_is_not_held_in_the_state(nlp):
    text = (
        "The 5th Thai-Lao Border Fair was opened at the Friendship Exhibition Center in "
        "northern Kachin State on Monday."
    )
    found = held(nlp, text)
    assert ("5th Thai-Lao Border Fair", "Friendship Exhibition Center") in found
    assert ("5th Thai-Lao Border Fair", "Kachin State") not in found


def test_an_apposition_hung_on_a_word_of_the_name_is_the_events(nlp):
    # the parser hangs ", a side event of the fair" on "Logistics", the nearer noun
    text = (
        "The 12th China-ASEAN Expo opened in Nanning on Friday. Among the meetings was the "
        "China-ASEAN Forum on Port Logistics, a side event of the expo, where ministers "
        "discussed shipping."
    )
    found = stated(relations_of(nlp, text))
    assert ("China-ASEAN Forum on Port Logistics", "partOf", "12th China-ASEAN Expo") in found


def test_a_fronted_auspices_phrase_names_the_organisers_of_the_event_after_its_comma(nlp):
    # the parser takes the fair for one more name after "of" and leaves "opened" no subject
    text = (
        "Under the auspices of Cambodia's Ministry of Commerce and the Phnom Penh municipal "
        "government, the 5th Cambodia-China Trade Fair opened on Friday."
    )
    found = stated(relations_of(nlp, text))
    organisers = {o for s, p, o in found if p == "organisedBy"}
    assert organisers == {"Ministry of Commerce of Cambodia", "Phnom Penh municipal government"}
    assert all(s == "5th Cambodia-China Trade Fair" for s, p, o in found if p == "organisedBy")


def test_an_event_staged_under_the_auspices_of_a_body_is_organised_by_it(nlp):
    text = (
        "The Thai Rubber Association staged the 4th Thailand-China Rubber Summit under the "
        "auspices of the Ministry of Agriculture and Cooperatives."
    )
    found = stated(relations_of(nlp, text))
    organisers = {o for s, p, o in found if p == "organisedBy"}
    assert organisers == {"Thai Rubber Association", "Ministry of Agriculture and Cooperatives"}


def test_an_event_praised_under_the_auspices_of_a_body_is_not_organised_by_it(nlp):
    text = (
        "The Thai Rubber Association praised the 4th Thailand-China Rubber Summit under the "
        "auspices of the Ministry of Agriculture and Cooperatives."
    )
    found = stated(relations_of(nlp, text))
    assert not any(p == "organisedBy" for _, p, _ in found)


def test_events_set_after_a_fronted_running_alongside_phrase_are_part_of_it_and_held_there(nlp):
    # the parser hangs the second forum on a word of the first one's name
    text = (
        "Running alongside the 15th China-ASEAN Expo, the China-ASEAN Forum on Forest "
        "Products and the China-ASEAN Customs Forum both took place in Nanning on Tuesday."
    )
    found = stated(relations_of(nlp, text))
    for forum in ("China-ASEAN Forum on Forest Products", "China-ASEAN Customs Forum"):
        assert (forum, "partOf", "15th China-ASEAN Expo") in found
        assert (forum, "heldIn", "Nanning") in found


def test_a_summit_alongside_a_summit_is_its_peer_not_its_part(nlp):
    text = "Alongside the 35th ASEAN Summit, the 14th East Asia Summit opened in Bangkok on Monday."
    found = stated(relations_of(nlp, text))
    assert not any(p == "partOf" for s, p, o in found)


def test_an_event_in_the_province_of_a_name_with_only_a_venue_besides_is_held_in_both(nlp):
    text = (
        "Farmers showed durians at the China Tropical Fruit Fair 2024 in the southern "
        "Chinese province of Hainan. The fair is held at the Haikou International Convention "
        "Centre."
    )
    held_in = {o for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert held_in == {"Hainan", "Haikou International Convention Centre"}


def test_a_place_on_the_unnamed_reference_to_the_event_in_scope_is_where_it_is_held(nlp):
    text = (
        "Indonesia's trade minister spoke at the ADB's annual meeting in Tbilisi on Friday. "
        "She is attending the 56th Annual Meeting of the Asian Development Bank Board of "
        "Governors."
    )
    found = stated(relations_of(nlp, text))
    event = "56th Annual Meeting of the Asian Development Bank Board of Governors"
    assert (event, "heldIn", "Tbilisi") in found


@pytest.mark.parametrize(
    "clause",
    ["is held in turn by Lang Son and Pingxiang", "is rotationally held by Lang Son and Pingxiang"],
)
def test_places_that_hold_an_event_by_turns_hold_the_series_not_this_edition(nlp, clause):
    text = (
        "The 9th Lang Son-Pingxiang Border Trade Fair opened in Lang Son on Friday. The fair "
        f"{clause}, and has run since 2010."
    )
    found = stated(relations_of(nlp, text))
    series = "Lang Son-Pingxiang Border Trade Fair"
    assert (series, "heldIn", "Pingxiang") in found
    assert ("9th " + series, "heldIn", "Pingxiang") not in found


def test_where_an_event_draws_people_from_places_to_is_where_it_is_held(nlp):
    # the parser hangs "to Kunming" on "from", not on the verb
    text = "The 7th China-South Asia Expo drew exhibitors from 40 countries to Kunming on Sunday."
    assert ("7th China-South Asia Expo", "heldIn", "Kunming") in stated(relations_of(nlp, text))


def test_where_people_stream_into_for_an_event_is_where_it_is_held(nlp):
    text = "Buyers streamed into Kunming on Monday for the opening of the 7th China-South Asia Expo"
    assert ("7th China-South Asia Expo", "heldIn", "Kunming") in stated(relations_of(nlp, text))


def test_an_event_a_clause_here_is_set_at_is_held_at_the_dateline(nlp):
    text = (
        "PATTAYA, April 10 -- The 14th ASEAN Summit opened on Friday. On Saturday a rice fund "
        "was launched here at the 3rd Mekong-Japan Summit."
    )
    assert ("3rd Mekong-Japan Summit", "heldIn", "Pattaya") in stated(relations_of(nlp, text))


def test_an_event_held_in_the_capital_is_held_at_the_dateline_when_no_city_is_named(nlp):
    text = (
        "VIENTIANE, Nov. 3 -- The 3rd Mekong Youth Forum opened on Monday. Delegates also "
        "visited the 9th Lao Handicraft Fair, held in the capital ahead of the forum."
    )
    assert ("9th Lao Handicraft Fair", "heldIn", "Vientiane") in stated(relations_of(nlp, text))


def test_a_day_of_an_event_places_it_where_the_clause_happens(nlp):
    text = (
        "The meeting took place at the National Convention Centre in Vientiane on the second "
        "day of the 28th and 29th ASEAN Summits."
    )
    places = held_in(nlp, text)
    for summit in ("28th ASEAN Summit", "29th ASEAN Summit"):
        assert (summit, "Vientiane") in places


def test_a_venue_named_with_a_city_lies_in_it_unless_placed_elsewhere(nlp):
    text = "Leaders from Cebu met at the Cebu International Convention Center in Mandaue City."
    found = stated(relations_of(nlp, text))
    assert ("Cebu International Convention Center", "locatedIn", "Cebu") not in found


def test_leaders_who_hold_a_summit_organise_it_for_no_body(nlp):
    text = (
        "The leaders of ASEAN, China, Japan and South Korea were also due to hold their 10th "
        "ASEAN Plus Three Summit on Sunday."
    )
    found = stated(relations_of(nlp, text))
    assert not [t for t in found if t[1] == "organisedBy"]
    hosted = "The ASEAN Secretariat will hold the 10th ASEAN Plus Three Summit on Sunday."
    assert (
        "10th ASEAN Plus Three Summit",
        "organisedBy",
        "ASEAN Secretariat",
    ) in stated(relations_of(nlp, hosted))


def test_two_editions_under_one_plural_head_are_both_held_where_the_clause_says(nlp):
    text = (
        "Chinese Premier Li Keqiang attended both the 22nd ASEAN Plus Three and 14th East Asia "
        "summits, which were held back to back on Monday at IMPACT Muang Thong Thani in "
        "Nonthaburi."
    )
    places = held_in(nlp, text)
    for summit in ("22nd ASEAN Plus Three Summit", "14th East Asia Summit"):
        assert (summit, "Nonthaburi") in places


def test_a_participle_after_two_listed_editions_is_said_of_both(nlp):
    text = (
        "Li gave the keynote at the joint opening of the 10th China-ASEAN Expo (CAEXPO) and "
        "the 10th China-ASEAN Business and Investment Summit, held at the Nanning "
        "International Convention and Exhibition Center."
    )
    venue = "Nanning International Convention and Exhibition Center"
    places = held_in(nlp, text)
    assert ("10th China-ASEAN Expo", venue) in places
    assert ("10th China-ASEAN Business and Investment Summit", venue) in places


def test_organisers_listed_after_an_unnamed_item_placed_in_countries(nlp):
    text = (
        "The fourth China-ASEAN Expo closed in Nanning on Wednesday. China's Ministry of "
        "Commerce organizes the expo together with its counterparts in the ten ASEAN "
        "countries and the ASEAN Secretariat."
    )
    found = stated(relations_of(nlp, text))
    assert ("4th China-ASEAN Expo", "organisedBy", "ASEAN Secretariat") in found


def test_which_after_a_name_and_its_short_form_stands_for_the_name(nlp):
    text = (
        "MANILA -- The 17th International Food Exhibition Philippines closed on Sunday. The "
        "three-day show drew nearly "
        "10,000 trade buyers and visitors, according to the Center for International Trade "
        "Expositions and Missions (CITEM), which organizes the event."
    )
    found = stated(relations_of(nlp, text, "2024-05-13"))
    assert (
        "17th International Food Exhibition Philippines",
        "organisedBy",
        "Center for International Trade Expositions and Missions",
    ) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "open" launches only what a description names: "a programme called X"
        (
            "Tencent Cloud opened a developer mentoring scheme called Mekong Builders.",
            {("Tencent Cloud", "Mekong Builders")},
        ),
        # "got X under way" is a launch of X
        (
            "Hainan University and the Cambodian Fisheries Administration got a joint "
            "seed-bank programme called Blue Delta Seeds under way.",
            {
                ("Hainan University", "Blue Delta Seeds"),
                ("Cambodian Fisheries Administration", "Blue Delta Seeds"),
            },
        ),
        # the name at the end of the programme's phrase names the programme
        (
            "The Penang Port Commission established a skills programme for deck officers, "
            "Harbour Pathways.",
            {("Penang Port Commission", "Harbour Pathways")},
        ),
        # a name after "a" that a launch verb makes is a new initiative, not a body
        (
            "Mahidol University rolled out a Chao Phraya River Health Observatory.",
            {("Mahidol University", "Chao Phraya River Health Observatory")},
        ),
        (
            "The Sabah Trade Centre debuted a Digital Borneo Gallery.",
            {("Sabah Trade Centre", "Digital Borneo Gallery")},
        ),
    ],
)
def test_an_organisation_launches_what_it_opens_gets_under_way_or_debuts(nlp, text, expected):
    assert launched(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a venue or an office opened is no initiative launched
        "Tencent Cloud opened the Mekong Builders Centre in Hanoi.",
        "The Sabah trade office opened a Kota Kinabalu Liaison Office in Nanning.",
        # "got" without "under way" launches nothing
        "Hainan University got a grant called Blue Delta Seeds from the ministry.",
        # the name a launch verb takes with "the" is one that was there before
        "Mahidol University praised a Chao Phraya River Health Observatory.",
    ],
)
def test_opening_getting_and_praising_launch_nothing(nlp, text):
    assert launched(nlp, text) == set()


def test_a_city_opening_a_text_as_the_host_of_an_event_is_where_it_is_held(nlp):
    # the tagger takes a city opening the text for a common noun
    text = "Vientiane will host the 10th Mekong Tourism Forum next year."
    assert ("10th Mekong Tourism Forum", "Vientiane") in held_in(nlp, text)
    # a host that GeoNames knows as no city, or no event hosted: no place
    assert held_in(nlp, "Victoria hosted the dinner for the visiting team.") == set()


def test_a_place_glued_to_hosted_or_held_is_where_the_event_is_held(nlp):
    text = "The Jakarta-held 5th Indonesia Coffee Week drew 4,000 buyers."
    assert held_in(nlp, text) == {("5th Indonesia Coffee Week", "Jakarta")}
    # "-based" places a firm, not the event after it; the place is no part of the name
    text = "A Jakarta-based roaster joined the 5th Indonesia Coffee Week."
    assert held_in(nlp, text) == set()


def test_the_body_a_new_host_joins_as_a_host_organises_too(nlp):
    text = (
        "The Ministry of Commerce has joined the Hainan provincial government as a host of "
        "the 5th Haikou Tropical Fruit Fair."
    )
    assert organisers(nlp, text) == {
        ("5th Haikou Tropical Fruit Fair", "Ministry of Commerce"),
        ("5th Haikou Tropical Fruit Fair", "Hainan provincial government"),
    }
    # those joined as exhibitors organise nothing
    text = (
        "Thai growers joined the Hainan Fruit Growers Association as exhibitors at the 5th "
        "Haikou Tropical Fruit Fair."
    )
    assert organisers(nlp, text) == set()


def test_a_co_host_names_its_partner_after_a_bare_with(nlp):
    text = (
        "The Hainan Foreign Affairs Office co-hosted the 5th Haikou Tropical Fruit Fair with "
        "the Hainan Fruit Growers Association."
    )
    assert ("5th Haikou Tropical Fruit Fair", "Hainan Fruit Growers Association") in organisers(
        nlp, text
    )
    # a host alone shares the role with no one it is "with"
    text = (
        "The Hainan Foreign Affairs Office hosted the 5th Haikou Tropical Fruit Fair with "
        "the Hainan Fruit Growers Association in the audience."
    )
    assert organisers(nlp, text) == {
        ("5th Haikou Tropical Fruit Fair", "Hainan Foreign Affairs Office")
    }


#: An event part of another, as its own sentence says (rule, then a sentence left alone).
_PARTS_B16 = [
    # the owner of the side events a possessive before the noun
    "The 9th Lancang-Mekong Trade Fair opened on Friday. The Mekong Rice Roundtable, "
    "one of the fair's side events, drew 80 traders.",
    "The Mekong Rice Roundtable was among the events held at the 9th Lancang-Mekong Trade Fair.",
    "The Mekong Rice Roundtable ran concurrently with the 9th Lancang-Mekong Trade Fair.",
    "The Mekong Rice Roundtable was held in parallel with the 9th Lancang-Mekong Trade Fair.",
]
_NO_PARTS_B16 = [
    "The Mekong Rice Roundtable was among the events praised by visitors of the 9th "
    "Lancang-Mekong Trade Fair.",
    "Prices at the Mekong Rice Roundtable rose concurrently with sales at the 9th "
    "Lancang-Mekong Trade Fair.",
]


@pytest.mark.parametrize("text", _PARTS_B16)
def test_an_event_among_beside_or_one_of_anothers_side_events_is_part_of_it(nlp, text):
    assert parts(nlp, text) == {("Mekong Rice Roundtable", "9th Lancang-Mekong Trade Fair")}


@pytest.mark.parametrize("text", _NO_PARTS_B16)
def test_events_praised_or_prices_rising_together_make_no_part(nlp, text):
    assert parts(nlp, text) == set()


def test_a_place_after_the_end_of_a_date_range_is_where_the_event_is_held(nlp):
    text = (
        "The 9th Lancang-Mekong Trade Fair runs from December 30, 2023 to January 2, 2024 "
        "in Vientiane."
    )
    assert held_in(nlp, text) == {("9th Lancang-Mekong Trade Fair", "Vientiane")}
    # a place the fair's buyers come from is no venue
    text = "The 9th Lancang-Mekong Trade Fair drew buyers from Vientiane to Kunming."
    assert ("9th Lancang-Mekong Trade Fair", "Vientiane") not in held_in(nlp, text)


def test_an_organisation_after_a_fronted_scene_launches_what_it_unveils(nlp):
    """After "At the forum in Bangkok," the parser hangs the subject on the place."""
    text = (
        "At the 2024 Mekong Digital Forum in Bangkok, Thailand's National Innovation Agency "
        "unveiled a start-up exchange called Mekong Venture Link."
    )
    assert ("National Innovation Agency", "Mekong Venture Link") in launched(nlp, text)


def test_an_organisation_in_a_fronted_scene_launches_nothing(nlp):
    text = (
        "At the 2024 Mekong Digital Forum, held with Thailand's National Innovation Agency, "
        "speakers unveiled a start-up exchange called Mekong Venture Link."
    )
    assert ("National Innovation Agency", "Mekong Venture Link") not in launched(nlp, text)


def test_side_events_listed_after_the_colon_of_their_clause_are_part_of_its_event(nlp):
    text = (
        "Three side events closed the 2023 Lancang-Mekong Farm Fair on Sunday: the Mekong "
        "Rice Forum and the Lancang Tea Summit."
    )
    found = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "partOf"}
    assert ("Mekong Rice Forum", "2023 Lancang-Mekong Farm Fair") in found
    assert ("Lancang Tea Summit", "2023 Lancang-Mekong Farm Fair") in found


def test_events_after_a_colon_that_closes_another_clause_are_no_side_events(nlp):
    text = (
        "Two side events opened on Friday, and the 2023 Lancang-Mekong Farm Fair closed: the "
        "Mekong Rice Forum and the Lancang Tea Summit drew crowds."
    )
    found = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "partOf"}
    assert ("Mekong Rice Forum", "2023 Lancang-Mekong Farm Fair") not in found


def test_a_fair_put_on_by_a_body_in_partnership_with_another_is_organised_by_both(nlp):
    text = (
        "The 2022 Mekong Handicraft Fair was put on by Cambodia's Ministry of Commerce in "
        "partnership with the Yunnan Provincial Department of Culture."
    )
    found = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "organisedBy"}
    assert ("2022 Mekong Handicraft Fair", "Yunnan Provincial Department of Culture") in found


def test_a_fair_put_on_by_a_body_is_not_organised_by_those_it_then_thanks(nlp):
    text = (
        "The 2022 Mekong Handicraft Fair was put on by Cambodia's Ministry of Commerce, which "
        "thanked the Yunnan Provincial Department of Culture."
    )
    found = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "organisedBy"}
    assert ("2022 Mekong Handicraft Fair", "Yunnan Provincial Department of Culture") not in found


def test_an_organisation_marking_the_start_of_an_initiative_launched_it(nlp):
    text = (
        "The ASEAN Secretariat marked the start of the ASEAN-China Year of Health Cooperation "
        "at the 18th ASEAN-China Summit."
    )
    assert ("ASEAN Secretariat", "ASEAN-China Year of Health Cooperation") in launched(nlp, text)


def test_an_organisation_marking_the_end_of_an_initiative_launched_nothing(nlp):
    text = (
        "The ASEAN Secretariat marked the end of the ASEAN-China Year of Health Cooperation "
        "at the 18th ASEAN-China Summit."
    )
    assert not launched(nlp, text)


def test_an_event_after_a_fronted_participle_is_the_subject_the_parser_lost(nlp):
    text = (
        "Co-hosted by the Guangxi regional government and Vietnam's Ministry of Industry and "
        "Trade, the 2022 Pingxiang Border Fruit Fair drew traders from Lang Son to Pingxiang."
    )
    held = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert ("2022 Pingxiang Border Fruit Fair", "Pingxiang") in held


def test_an_event_after_a_fronted_participle_is_held_nowhere_its_verb_does_not_say(nlp):
    text = (
        "Co-hosted by the Guangxi regional government and Vietnam's Ministry of Industry and "
        "Trade, the 2022 Pingxiang Border Fruit Fair praised traders from Lang Son and Pingxiang."
    )
    held = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert not held


def test_a_short_form_with_the_editions_year_names_that_edition(nlp):
    """ "the X Fair 2025 (ACATF 2025) ... ACATF 2025 was organised by Y" (event33): the short
    form and its year in the bracket define the series' short form, and the short form
    with the year later is the same edition, so its organiser is the edition's; a short
    form with another year is another edition."""
    text = (
        "Growers signed deals at the ASEAN-China Agricultural Trade Fair 2025 (ACATF 2025) "
        "on Sunday. ACATF 2025 was organised by the Guangxi Department of Commerce."
    )
    edition = "ASEAN-China Agricultural Trade Fair 2025"
    assert stated(relations_of(nlp, text, published="2025-11-03")) == {
        (edition, "editionOf", "ASEAN-China Agricultural Trade Fair"),
        (edition, "inYear", "2025"),
        (edition, "organisedBy", "Guangxi Department of Commerce"),
    }
    text = (
        "Growers signed deals at the ASEAN-China Agricultural Trade Fair 2025 (ACATF 2025) "
        "on Sunday. ACATF 2024 was organised by the Guangxi Department of Commerce."
    )
    found = stated(relations_of(nlp, text, published="2025-11-03"))
    assert (edition, "organisedBy", "Guangxi Department of Commerce") not in found


def test_a_short_form_and_year_join_the_edition_named_in_full(nlp):
    """ "the 2021 X Fair (XF) ... XF 2021" (event33): one edition, labelled as the text
    names it in full, not a second one; another year's "XF 2019" stays another edition."""
    text = (
        "Firms exhibited at the 2021 China International Fair for Trade in Services "
        "(CIFTIS) in Beijing. CIFTIS 2021 drew 12,000 firms."
    )
    editions = {s for s, p, _o in stated(relations_of(nlp, text)) if p == "editionOf"}
    assert editions == {"2021 China International Fair for Trade in Services"}
    text = (
        "Firms exhibited at the 2021 China International Fair for Trade in Services "
        "(CIFTIS) in Beijing. CIFTIS 2019 drew 9,000 firms."
    )
    editions = {s for s, p, _o in stated(relations_of(nlp, text)) if p == "editionOf"}
    assert "2021 China International Fair for Trade in Services" in editions
    assert len(editions) == 2, editions


def test_an_event_after_a_fronted_held_within_the_framework_phrase_is_part_of_it(nlp):
    # "within" is followed by a whole part-of phrase: its object is no "framework" event
    text = (
        "Held within the framework of the 14th China-ASEAN Expo, the China-ASEAN Forum on "
        "Customs Cooperation opened in Nanning on Monday."
    )
    after = text.replace("within the framework of", "a week after")
    forum = "China-ASEAN Forum on Customs Cooperation"
    found = stated(relations_of(nlp, text))
    assert {(s, o) for s, p, o in found if p == "partOf"} == {(forum, "14th China-ASEAN Expo")}
    assert (forum, "heldIn", "Nanning") in found
    assert not any(p == "partOf" for s, p, o in stated(relations_of(nlp, after)))


def test_a_holding_participle_after_a_described_events_place_and_time_is_said_of_it(nlp):
    """ "At a corridor forum in Nanning last month, held as part of E and co-organised by X,
    officials said": the parser hangs "held" on "said"; past the forum's own place and time
    and a comma, it tells of the forum (b27-08, side42). A participle of no holding leaves
    the forum no event at all."""
    text = (
        "At a corridor forum in Nanning last month, held as part of the 19th China-ASEAN Expo "
        "and co-organised by Guangxi University, officials said freight had grown."
    )
    found = stated(relations_of(nlp, text, "2022-10-20"))
    assert {t for t in found if t[0] == "corridor forum" and t[1] != "inYear"} == {
        ("corridor forum", "heldIn", "Nanning"),
        ("corridor forum", "organisedBy", "Guangxi University"),
        ("corridor forum", "partOf", "19th China-ASEAN Expo"),
    }
    other = (
        "At a corridor forum in Nanning last month, pressed by organisers of the 19th "
        "China-ASEAN Expo, officials said freight had grown."
    )
    assert not {
        t for t in stated(relations_of(nlp, other, "2022-10-20")) if t[0] == "corridor forum"
    }


def test_a_fronted_participle_does_not_hide_where_the_event_brought_people(nlp):
    # the parser takes "brought" for the participle's auxiliary, or "Co-hosted" for the
    # subject; the event before the verb is still what brought them there
    text = (
        "Co-hosted by China's Ministry of Emergency Management and the Royal Malaysia "
        "Police, the 2022 China-ASEAN Seminar on Combating Wildlife Trafficking brought "
        "customs officers from seven ASEAN member states to Kunming."
    )
    found = stated(relations_of(nlp, text))
    seminar = "2022 China-ASEAN Seminar on Combating Wildlife Trafficking"
    assert (seminar, "heldIn", "Kunming") in found


def test_a_fronted_participle_leaves_a_place_praised_unplaced(nlp):
    text = (
        "Co-hosted by China's Ministry of Emergency Management and the Royal Malaysia "
        "Police, the 2022 China-ASEAN Seminar on Combating Wildlife Trafficking praised "
        "customs officers from seven ASEAN member states in Kunming."
    )
    held_in = {o for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert "Kunming" not in held_in


def test_an_event_opening_in_a_clause_of_as_is_held_where_it_opened(nlp):
    # "as" taken for a preposition, the event for its object, and "got" left subjectless
    text = (
        "Cambodian Commerce Minister Pan Sorasak spoke as the 2019 Cambodia-China Rice "
        "Festival got under way in Battambang on Friday."
    )
    found = stated(relations_of(nlp, text))
    assert ("2019 Cambodia-China Rice Festival", "heldIn", "Battambang") in found


def test_an_event_in_a_clause_of_as_with_a_verb_of_no_holding_is_not_placed(nlp):
    text = (
        "Rice growers are counting on new buyers this year. Cambodian Commerce Minister Pan "
        "Sorasak smiled as the 2019 Cambodia-China Rice Festival praised farmers in "
        "Battambang on Friday."
    )
    held_in = {o for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert "Battambang" not in held_in


def test_the_parent_of_an_organiser_named_after_it_organises_nothing(nlp):
    text = (
        "The 3rd Mekong Rice Fair was organised by AgriLink, a subsidiary of the Cambodia "
        "Rice Federation (CRF), and the Kampot Chamber of Commerce."
    )
    organisers = {o for s, p, o in stated(relations_of(nlp, text)) if p == "organisedBy"}
    assert "AgriLink" in organisers
    assert "Cambodia Rice Federation" not in organisers


def test_a_body_listed_beside_an_organiser_still_organises(nlp):
    text = (
        "The 3rd Mekong Rice Fair was organised by AgriLink and the Cambodia Rice "
        "Federation, under the patronage of the Ministry of Commerce."
    )
    organisers = {o for s, p, o in stated(relations_of(nlp, text)) if p == "organisedBy"}
    assert "Cambodia Rice Federation" in organisers
