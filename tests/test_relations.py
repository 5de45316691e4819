"""Relations read from the parse: one test per frame, on sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from caexpo_kg.pipeline.document import extract_doc
from caexpo_kg.read.corpus import read_text

pytestmark = pytest.mark.model


def relations_of(nlp, text: str, published: str = "2019-09-21", infer: bool = True):
    """``(subject label, predicate, object label, inferred)`` of every relation in ``text``."""
    document = read_text(text, doc_id="t", published=published)
    doc = nlp(document.text)
    extraction = extract_doc(doc, document, model="m", rules_version="r", infer=infer)
    label = {e.key: e.label for e in extraction.entities}
    return {
        (label[r.subject], r.predicate, label[r.object], r.inferred) for r in extraction.relations
    }


def stated(relations):
    return {(s, p, o) for s, p, o, inferred in relations if not inferred}


def test_coordinated_exhibitors_each_take_part(nlp):
    found = stated(relations_of(nlp, "Huawei and Alibaba exhibited at the 16th CAEXPO."))
    assert ("Huawei", "participatedIn", "16th China-ASEAN Expo") in found
    assert ("Alibaba", "participatedIn", "16th China-ASEAN Expo") in found


def test_a_scene_carries_to_the_sentences_that_continue_it(nlp):
    text = (
        "At the 16th CAEXPO, Huawei presented 5G phones. "
        "Chinese e-commerce platform JD.com exhibited its drones."
    )
    found = stated(relations_of(nlp, text))
    assert ("Huawei", "participatedIn", "16th China-ASEAN Expo") in found
    assert ("JD.com", "participatedIn", "16th China-ASEAN Expo") in found


def test_passive_sponsorship_names_every_organiser(nlp):
    text = (
        "The 16th China-ASEAN Expo was co-sponsored by the ASEAN Secretariat "
        "and China's Ministry of Commerce."
    )
    found = stated(relations_of(nlp, text))
    assert ("16th China-ASEAN Expo", "organisedBy", "ASEAN Secretariat") in found
    assert ("16th China-ASEAN Expo", "organisedBy", "Ministry of Commerce of China") in found


def test_an_office_in_apposition_is_an_affiliation(nlp):
    text = "Wang Lei, secretary-general of the China-ASEAN Expo Secretariat, opened the show."
    found = stated(relations_of(nlp, text))
    assert ("Wang Lei", "affiliatedWith", "China-ASEAN Expo Secretariat") in found


def test_its_office_belongs_to_the_body_its_sentence_is_about(nlp):
    # "its" is the subject's, not the nearest firm's (one listed as an example)
    text = (
        "The Vietnam Trade Promotion Agency brought 20 firms to the expo, among them "
        "Hoa Sen Foods and Minh Long Ceramics, in a mission led by its deputy director, "
        "Tran Thi Lan."
    )
    found = stated(relations_of(nlp, text))
    assert ("Tran Thi Lan", "affiliatedWith", "Vietnam Trade Promotion Agency") in found
    assert not any(s == "Tran Thi Lan" and o == "Minh Long Ceramics" for s, _, o in found)


def test_a_capital_in_apposition_lies_in_its_region(nlp):
    text = "The forum was held in Nanning, capital of the Guangxi Zhuang Autonomous Region."
    found = stated(relations_of(nlp, text))
    assert ("Nanning", "locatedIn", "Guangxi Zhuang Autonomous Region") in found


def test_held_in_a_year_and_a_city(nlp):
    found = stated(relations_of(nlp, "The 12th CAEXPO held in 2015 started the Information Hub."))
    assert ("12th China-ASEAN Expo", "inYear", "2015") in found


def test_a_started_initiative_is_launched_by_the_edition(nlp):
    text = "The 12th CAEXPO started the construction of the China-ASEAN Information Harbor."
    found = stated(relations_of(nlp, text))
    assert ("12th China-ASEAN Expo", "launched", "China-ASEAN Information Harbor") in found


def test_a_forum_that_is_a_routine_activity_of_the_expo_is_part_of_it(nlp):
    text = "The Information Harbor Forum has become a routine activity of the CAEXPO."
    found = stated(relations_of(nlp, text))
    assert ("Information Harbor Forum", "partOf", "China-ASEAN Expo") in found


def test_members_listed_are_members(nlp):
    found = stated(relations_of(nlp, "ASEAN's members include Brunei and Timor-Leste."))
    assert ("Brunei", "memberOf", "Association of Southeast Asian Nations") in found


def test_relative_years_are_read_against_the_publication_date(nlp):
    found = stated(
        relations_of(nlp, "The 13th CAEXPO is scheduled for next year.", published="2015-09-22")
    )
    assert ("13th China-ASEAN Expo", "inYear", "2016") in found


def test_an_editions_year_is_inferred_from_another_edition_and_marked(nlp):
    text = "The 12th CAEXPO held in 2015 was larger than the 10th CAEXPO."
    found = relations_of(nlp, text)
    assert ("10th China-ASEAN Expo", "inYear", "2013", True) in found
    assert ("12th China-ASEAN Expo", "inYear", "2015", False) in found
    assert not any(inferred for *_, inferred in relations_of(nlp, text, infer=False))


def test_every_relation_keeps_its_rule_and_sentence(nlp):
    text = "Huawei exhibited at the 16th CAEXPO."
    document = read_text(text, doc_id="t", published="2019-09-21")
    extraction = extract_doc(nlp(text), document, model="m", rules_version="r")
    for relation in extraction.relations:
        assert relation.rule
        assert relation.evidence and relation.evidence[0].text in text


def test_the_following_year_counts_from_the_year_the_story_named(nlp):
    text = (
        "The trade area was agreed in 2002. "
        "The following year, the 7th ASEAN-China Summit was held."
    )
    found = stated(relations_of(nlp, text, published="2004-11-04"))
    assert ("7th ASEAN-China Summit", "inYear", "2003") in found


def test_aliases_merge_across_documents_and_one_name_is_one_node(nlp):
    from caexpo_kg.api import build_documents
    from caexpo_kg.read.corpus import read_text

    documents = [
        read_text("The ASEAN-China Centre (ACC) ran a stand at the 20th CAEXPO.", doc_id="a"),
        read_text("Officials of the ACC met Wang Lei at the CAExpo.", doc_id="b"),
        read_text("Wang Lei opened the forum.", doc_id="c"),
    ]
    kg = build_documents(documents, learned_entities=False)  # the rules' merging, unfiltered
    labels = {}
    for extraction in kg.extractions:
        for entity in extraction.entities:
            labels.setdefault(entity.key, entity.label)
    assert sorted(k for k in labels if k.startswith("Organisation/")) == [
        "Organisation/asean-china-centre"
    ]
    assert "Event/china-asean-expo" in labels
    assert "Person/wang-lei" in labels


def test_two_processes_give_the_same_extractions_as_one(nlp):
    """Our Doc extensions survive spaCy's n_process serialisation."""
    from caexpo_kg.api import extract
    from caexpo_kg.read.corpus import read_documents

    documents = list(read_documents([Path(__file__).parent.parent / "data" / "sample"]))[:4]
    assert extract(documents, n_process=2) == extract(documents, n_process=1)


#: Shapes of time, editions and launches: (text, publication date, triples the text
#: states, triples it must not give). Sentences of our own.
SHAPES = [
    (  # a clause of when after a year
        "Last year, when the Mekong Free Trade Area came fully into force, exports doubled. In "
        "2012, when the Andaman Rail Initiative was launched, trade was slow.",
        "2015-08-18",
        [
            ("Mekong Free Trade Area", "inYear", "2014"),
            ("Andaman Rail Initiative", "inYear", "2012"),
        ],
        [],
    ),
    (  # a later edition said launched
        "The minister opened the fair at a joint ceremony with the second Mekong Trade Forum, a "
        "policy event launched last year alongside the autumn session.",
        "2023-05-06",
        [("Mekong Trade Forum", "inYear", "2022")],
        [("2nd Mekong Trade Forum", "inYear", "2022")],
    ),
    (  # a part of the report's day
        "Leaders gather for the 9th Delta Summit tomorrow. It follows the 30th Andaman Summit, "
        "which opened at the same venue this morning.",
        "2025-05-26",
        [("30th Andaman Summit", "inYear", "2025")],
        [],
    ),
    (  # a participle after a name and its short form
        "Next on the agency's calendar is the Thai pavilion at the 9th Mekong Trade Fair (MTF), "
        "set for Sept. 24 to 28 in Pakse.",
        "2024-05-13",
        [("9th Mekong Trade Fair", "inYear", "2024")],
        [],
    ),
    (  # a relative clause with its own subject
        "The talks go back to the Framework Agreement on Mekong Rail Cooperation, which "
        "ministers signed in Vientiane in 2009.",
        "2014-05-02",
        [("Framework Agreement on Mekong Rail Cooperation", "inYear", "2009")],
        [],
    ),
    (  # an edition recalled in the past perfect
        "Leaders spoke at the opening of the 4th China-ASEAN Business and Investment Summit in "
        "Nanning on Monday. Trade was the theme. Ports were another.\n\nMany had met at the 26th "
        "Mekong Summit. This year's meeting coincides with the 31st Andaman Summit.",
        "2007-10-29",
        [("31st Andaman Summit", "inYear", "2007")],
        [("26th Mekong Summit", "inYear", "2007")],
    ),
    (  # an initiative launched it
        "The Mekong Green Corridor now spans six countries. Laos launched it in 2016.",
        "2021-02-25",
        [("Mekong Green Corridor", "inYear", "2016")],
        [],
    ),
    (  # hosted since a year
        "Leaders will attend the opening of the third Mekong Trade Expo (MTE), the annual trade "
        "fair that the southern Vietnamese city of Can Tho has hosted since 2011.",
        "2013-10-29",
        [("Mekong Trade Expo", "inYear", "2011")],
        [],
    ),
    (  # it after a question on one initiative
        "Q: The Mekong Green Corridor is almost five years old. Is it working?\n\nA: It was "
        "launched in Pakse in 2016. Since then we have seen many projects.",
        "2021-02-25",
        [("Mekong Green Corridor", "inYear", "2016")],
        [],
    ),
    (  # it after two initiatives
        "Q: The Mekong Green Corridor and the Andaman Rail Initiative are young. Do they "
        "work?\n\nA: It was launched in Pakse in 2016.",
        "2021-02-25",
        [],
        [
            ("Mekong Green Corridor", "inYear", "2016"),
            ("Andaman Rail Initiative", "inYear", "2016"),
        ],
    ),
    (  # taking part in a series since a year
        "The 12th China-ASEAN Expo opened on Friday. Dao Foods, which has taken part in the "
        "China-ASEAN Expo every year since 2006, showed coffee.",
        "2015-09-19",
        [],
        [("China-ASEAN Expo", "inYear", "2006")],
    ),
    (  # taking part on a day
        "Thai Prime Minister Somchai Wong chaired the 12th Mekong Summit in Bangkok on Monday. "
        "Later the same day Vietnam's prime minister took part in the 8th Gulf Forum by video.",
        "2021-03-09",
        [("8th Gulf Forum", "inYear", "2021")],
        [],
    ),
    (  # the Nth edition of a named event
        "The 12th China-ASEAN Expo opened on Friday. Next month the 17th edition of the Mekong "
        "Food Fair will be held in Pakse.",
        "2015-09-19",
        [("17th Mekong Food Fair", "editionOf", "Mekong Food Fair")],
        [("17th China-ASEAN Expo", "editionOf", "China-ASEAN Expo")],
    ),
    (  # an acronym the parser takes for an adjective carries the launch
        "Ministers of the Mekong-Ganga Cooperation (MGC) met in Hanoi on Monday for the sixth "
        "Mekong-Ganga Cooperation Ministers' Meeting. The MGC framework was formally set up at "
        "the first ministers' meeting in Vientiane in November 2000.",
        "2021-06-08",
        [
            (
                "1st Mekong-Ganga Cooperation Ministers' Meeting",
                "launched",
                "Mekong-Ganga Cooperation",
            )
        ],
        [],
    ),
    (  # "the first X since Y" counts from Y: no 1st edition
        "Exhibitors returned to the Manila Motor Fair 2022 on Friday. It was the first fair "
        "since the pandemic to fill every hall.",
        "2022-05-14",
        [],
        [("1st Manila Motor Fair", "editionOf", "Manila Motor Fair")],
    ),
    (
        "The 28th Mekong Power Summit opened on Tuesday. Leaders of the Mekong Power Pact held "
        "their first summit in five years in Hanoi on Tuesday.",
        "2025-10-29",
        [("28th Mekong Power Summit", "inYear", "2025")],
        [("1st Mekong Power Summit", "editionOf", "Mekong Power Summit")],
    ),
    (  # a launch of talks on X, dated between the subject and its verb
        "Ministers of the five countries on Wednesday formally launched negotiations on the "
        "Mekong Digital Trade Agreement.",
        "2021-03-12",
        [("Mekong Digital Trade Agreement", "inYear", "2021")],
        [],
    ),
    (  # a participle after a comma is the name's before it, not the summit's
        "On Monday, the premier met leaders at the 18th ASEAN-China Summit, where both sides "
        "praised the Treaty of Amity and Cooperation in Southeast Asia, signed in Bali in 1976.",
        "2015-11-24",
        [],
        [("18th ASEAN-China Summit", "inYear", "1976")],
    ),
    (  # a series' short form glossing an edition
        "The president joined the ninth East Asia Summit (EAS) on Thursday, his first trip abroad.",
        "2014-11-14",
        [("9th East Asia Summit", "inYear", "2014")],
        [("East Asia Summit", "inYear", "2014")],
    ),
    (  # met on a date for an edition
        "Leaders of the four countries met in Da Nang on 3 and 4 March for the sixth CLMV "
        "Summit. The fifth summit, hosted by Laos in 2019, was held online.",
        "2023-03-08",
        [("6th CLMV Summit", "inYear", "2023")],
        [],
    ),
    (  # "the 31st session of the fair"; a habit "since 1998" however far from its verb
        "The Hanoi Craft Fair opened on Monday. At the 31st session of the fair, which "
        "opened on Monday, 40 Lao firms took booths. It has been held every spring and "
        "autumn in Hanoi since 1998.",
        "2021-04-07",
        [
            ("31st Hanoi Craft Fair", "editionOf", "Hanoi Craft Fair"),
            ("31st Hanoi Craft Fair", "inYear", "2021"),
            ("Hanoi Craft Fair", "inYear", "1998"),
        ],
        [],
    ),
    (  # a length of time back from the report
        "The second round of talks on the Mekong Digital Trade Agreement was held in Hanoi on "
        "Tuesday, four months after ministers met at the 12th CLMV Summit in Vientiane.",
        "2024-02-08",
        [("12th CLMV Summit", "inYear", "2023")],
        [],
    ),
    (
        "The fair opened a day after the leaders held a Mekong Commemorative Summit in Pakse.",
        "2016-01-03",
        [("Mekong Commemorative Summit", "inYear", "2016")],
        [],
    ),
    (
        "The 12th CLMV Summit, which leaders attended two years ago, praised the plan.",
        "2024-02-08",
        [],
        [("12th CLMV Summit", "inYear", "2024")],
    ),
    (  # "in March 2009, when ministers signed X"
        "The talks began in Bangkok in March 2009, when ministers signed the Agreement on "
        "Mekong Power Trade.",
        "2012-05-02",
        [("Agreement on Mekong Power Trade", "inYear", "2009")],
        [],
    ),
    (  # "since they launched it in 1999"
        "The river commission has backed the Mekong Flood Warning Programme since the four "
        "countries launched it in 1999.",
        "2012-05-02",
        [("Mekong Flood Warning Programme", "inYear", "1999")],
        [],
    ),
    (  # the kind noun's clause
        "Officials praised the Mekong Flood Warning Programme (MFWP). The MFWP framework was "
        "set up at a meeting in Pakse in May 1999.",
        "2012-05-02",
        [("Mekong Flood Warning Programme", "inYear", "1999")],
        [],
    ),
    (  # a headline's infinitive is ahead
        "Mekong Power Pact to enter into force on Jan. 1",
        "2021-11-25",
        [],
        [("Mekong Power Pact", "inYear", "2021")],
    ),
    (  # a "Plan" in the name schedules nothing: January, published in December, is past
        "The ministers reviewed the Five-Year Plan of Action on Mekong Power Trade (2018-2022), "
        "which was adopted by the leaders in Phnom Penh in January.",
        "2018-12-18",
        [],
        [("Five-Year Plan of Action on Mekong Power Trade", "inYear", "2019")],
    ),
    (  # upgrading X dates the new version, not X
        "China wants to finish the talks on upgrading the Mekong Free Trade Area this year.",
        "2024-09-24",
        [],
        [("Mekong Free Trade Area", "inYear", "2024")],
    ),
    (  # a launched thing called by a name is that initiative
        "At the fair, the Mekong Trade Council unveiled a cross-border payment platform called "
        "MekongPay Connect.",
        "2019-09-21",
        [("Mekong Trade Council", "launched", "MekongPay Connect")],
        [],
    ),
    (  # an initiative begins once
        "The Mekong Power Pact was signed in 2015 and took full effect in 2019.",
        "2025-10-29",
        [("Mekong Power Pact", "inYear", "2015")],
        [("Mekong Power Pact", "inYear", "2019")],
    ),
    (  # a day before a time dates the clause
        "The Mekong Power Pact was signed in Vientiane on Tuesday morning.",
        "2025-10-29",
        [("Mekong Power Pact", "inYear", "2025")],
        [],
    ),
    (  # a series' stated beginning outweighs the report's date on its name
        "The president opened the Leipzig Book Fair on Sunday evening. The fair, first held in "
        "1950 as a trade show, is staged every March.",
        "2012-03-18",
        [("Leipzig Book Fair", "inYear", "1950")],
        [("Leipzig Book Fair", "inYear", "2012")],
    ),
    (  # a clause joined by "and", a "first" on another noun: no beginning of the series
        "The 18th edition of the Mekong Trade Fair closes on Monday. He arrived before the "
        "fair opened on Friday and spent the first morning handing out samples.",
        "2021-09-11",
        [],
        [("Mekong Trade Fair", "inYear", "2021")],
    ),
    (  # a report that names no edition dates the one-off meeting its lead names
        "Partners plan river port links\n\nOfficials from Laos and Thailand met in Vientiane "
        "on Thursday. The Dialogue on Mekong River Port Cooperation was co-chaired by the two "
        "transport ministers.",
        "2019-03-08",
        [("Dialogue on Mekong River Port Cooperation", "inYear", "2019")],
        [],
    ),
    (  # a series the report names an edition of is not dated that way
        "Officials met in Vientiane on Thursday for the Mekong Port Forum. The third Mekong "
        "Port Forum was co-chaired by the two transport ministers.",
        "2019-03-08",
        [],
        [("Mekong Port Forum", "inYear", "2019")],
    ),
    (  # an infinitive after an edition's name previews its date, however it is parsed
        "Registration for the 12th Mekong Rice Fair, to be held in April, opens on Monday.",
        "2024-12-10",
        [("12th Mekong Rice Fair", "inYear", "2025")],
        [("12th Mekong Rice Fair", "inYear", "2024")],
    ),
    (
        "Rice growers signed up for the 12th Mekong Rice Fair, to be staged from April 2 to 5.",
        "2024-12-10",
        [("12th Mekong Rice Fair", "inYear", "2025")],
        [],
    ),
    (  # an agreement taking effect for some members: their start, not the agreement's
        "The Mekong Customs Transit Agreement will take effect for Laos on January 1.",
        "2022-11-20",
        [],
        [("Mekong Customs Transit Agreement", "inYear", "2023")],
    ),
    (  # "for Myanmar" hung on "force"
        "The Mekong Customs Transit Agreement entered into force for Myanmar in 2023.",
        "2024-05-02",
        [],
        [("Mekong Customs Transit Agreement", "inYear", "2023")],
    ),
    (
        "The Mekong Customs Transit Agreement entered into force in 2023.",
        "2024-05-02",
        [("Mekong Customs Transit Agreement", "inYear", "2023")],
        [],
    ),
    (  # nor is one country's ratification
        "The Mekong Customs Transit Agreement, which Laos ratified in 2021, cut delays.",
        "2024-05-02",
        [],
        [("Mekong Customs Transit Agreement", "inYear", "2021")],
    ),
    (  # parties ratifying together start it
        "Laos and Vietnam ratified the Mekong Customs Transit Agreement in 2019.",
        "2024-05-02",
        [("Mekong Customs Transit Agreement", "inYear", "2019")],
        [],
    ),
    (  # a length of time ahead of the report is a date: ten weeks after October 30
        "In ten weeks the Mekong Customs Transit Agreement will take full effect.",
        "2009-10-30",
        [("Mekong Customs Transit Agreement", "inYear", "2010")],
        [("Mekong Customs Transit Agreement", "inYear", "2009")],
    ),
    (  # an anniversary counts from the start; it is not the start
        "The Mekong Water Data Initiative celebrated its fifth anniversary in 2023.",
        "2024-05-02",
        [],
        [("Mekong Water Data Initiative", "inYear", "2023")],
    ),
]


@pytest.mark.parametrize(("text", "published", "present", "absent"), SHAPES)
def test_time_edition_and_launch_shapes(nlp, text, published, present, absent):
    found = stated(relations_of(nlp, text, published=published))
    assert set(present) <= found
    assert not set(absent) & found


def test_a_series_begins_with_its_first_editions_inferred_year(nlp):
    text = (
        "The idea came up at the first Mekong Ports Forum in Vientiane. The second forum was "
        "held in Pakse last July. Port officials say the Mekong Ports Forum has grown fast."
    )
    found = relations_of(nlp, text, published="2008-05-07")
    assert ("1st Mekong Ports Forum", "inYear", "2006", True) in found
    assert ("Mekong Ports Forum", "inYear", "2006", True) in found


def test_a_series_known_only_from_its_first_editions_name_gets_no_year(nlp):
    # the text tells one occasion ("the first East Asia Summit"), not the start of a series
    text = "Leaders agreed that the first Mekong Ports Forum would be held in Vientiane next year."
    found = relations_of(nlp, text, published="2004-11-30")
    assert ("1st Mekong Ports Forum", "inYear", "2005", False) in found
    assert not {r for r in found if r[0] == "Mekong Ports Forum" and r[1] == "inYear"}


def test_a_lead_dated_by_the_day_reports_its_edition_whatever_an_annual_count_says(nlp):
    # the series has not met every year: the first in 2016 does not put the second in 2017
    text = (
        "Mekong leaders adopt plan\n"
        "Leaders of the six countries yesterday adopted the Vientiane Declaration and a "
        "five-year plan of action at the second Mekong Ports Forum, held at the Peace Palace "
        "in the capital.\n"
        "The first Mekong Ports Forum was held in Sanya in March 2016."
    )
    found = relations_of(nlp, text, published="2018-01-11")
    assert ("2nd Mekong Ports Forum", "inYear", "2018", False) in found
    assert not any(r[0] == "2nd Mekong Ports Forum" and r[2] == "2017" for r in found)


def test_no_edition_is_inferred_into_years_past_the_report(nlp):
    # "the 37th" counted one a year from the 21st in 2012 would be 2028, in a 2020 text
    text = (
        "Talks were launched at the 21st Mekong Ports Forum in Phnom Penh in November 2012. "
        "Ministers watched the signing on screens during the final day of the 37th Mekong "
        "Ports Forum, hosted online by Vietnam."
    )
    found = relations_of(nlp, text, published="2020-11-17")
    assert ("21st Mekong Ports Forum", "inYear", "2012", False) in found
    assert not any(r[0] == "37th Mekong Ports Forum" and r[2] == "2028" for r in found)


def test_a_period_of_years_dates_no_start(nlp):
    # "a work plan for 2007 to 2017" is what the plan covers, not when the statement began
    text = (
        "The ministers adopted the Nanning Joint Statement on Port Cooperation together with "
        "a work plan for 2007 to 2017."
    )
    found = relations_of(nlp, text, published="2007-11-20")
    assert not any(
        r[0] == "Nanning Joint Statement on Port Cooperation" and r[2] in ("2007", "2017")
        for r in found
    )  # the span's end is no Year node, and its start still dates no statement


def test_the_meeting_opening_a_sentence_is_the_one_the_sentence_before_named(nlp):
    text = (
        "Mekong leaders meet in Vientiane\n"
        "Leaders opened the 13th Mekong Ports Forum in Vientiane on Tuesday. In the afternoon "
        "they were joined by ministers from China for the 11th Lancang Rivers Summit. The "
        "meeting adopted the Vientiane Statement on River Cooperation."
    )
    found = stated(relations_of(nlp, text, published="2007-11-20"))
    assert (
        "11th Lancang Rivers Summit",
        "launched",
        "Vientiane Statement on River Cooperation",
    ) in found
    assert (
        "13th Mekong Ports Forum",
        "launched",
        "Vientiane Statement on River Cooperation",
    ) not in found


def test_the_name_after_the_nth_edition_of_is_the_series(nlp):
    # the NER knows no event in the name; "the 15th edition of" says it is one
    text = "The 15th edition of Kuching LIFE opened at the Borneo Convention Centre on Friday."
    found = stated(relations_of(nlp, text, published="2019-03-15"))
    assert ("15th Kuching LIFE", "editionOf", "Kuching LIFE") in found
    assert ("15th Kuching LIFE", "inYear", "2019") in found


def test_two_names_joined_by_a_spaced_dash_before_a_year_are_one_edition(nlp):
    # the NER cuts "FOODTECH – Halal Asia 2024" into a body, a place and a date
    text = (
        "Buyers from 30 countries are meeting suppliers at FOODTECH – Halal Asia 2024, which "
        "opened yesterday at the Bangkok International Trade and Exhibition Centre."
    )
    found = stated(relations_of(nlp, text, published="2024-05-22"))
    assert ("FOODTECH-Halal Asia 2024", "editionOf", "FOODTECH – Halal Asia") in found
    assert ("FOODTECH-Halal Asia 2024", "inYear", "2024") in found


def test_a_centre_a_body_sets_up_is_its_initiative(nlp):
    text = "Huawei set up a Mekong Digital Skills Centre in Vientiane on Monday."
    found = stated(relations_of(nlp, text, published="2021-09-10"))
    assert ("Huawei", "launched", "Mekong Digital Skills Centre") in found
    # a minister opening a centre is no body founding its programme
    text = "Minister Zhou Shengxian inaugurated the Mekong Environmental Cooperation Centre."
    found = stated(relations_of(nlp, text, published="2021-09-10"))
    assert not {r for r in found if r[1] == "launched"}


def test_the_nth_session_of_a_named_fair_is_its_edition(nlp):
    text = (
        "The 98th session of the Kunming Import and Export Fair opened on Monday with 3,000 "
        "exhibitors."
    )
    found = stated(relations_of(nlp, text, published="2019-06-11"))
    assert (
        "98th Kunming Import and Export Fair",
        "editionOf",
        "Kunming Import and Export Fair",
    ) in found
    assert ("98th Kunming Import and Export Fair", "inYear", "2019") in found
    assert ("Kunming Import and Export Fair", "inYear", "2019") not in found


def test_the_year_of_an_edition_is_not_its_series(nlp):
    # "the 2019 edition of X" dates one edition; the series began long before
    text = "Thai firms signed deals worth $40 million at the 2019 edition of the Kunming Fair."
    found = stated(relations_of(nlp, text, published="2019-06-11"))
    assert ("Kunming Fair", "inYear", "2019") not in found


def test_the_opening_of_an_event_that_marks_a_start_is_the_event(nlp):
    text = (
        "The opening ceremony of the 9th Mekong Ports Forum on Friday also saw the launch of "
        "the Mekong Smart Port Platform."
    )
    found = stated(relations_of(nlp, text, published="2021-09-14"))
    assert ("9th Mekong Ports Forum", "launched", "Mekong Smart Port Platform") in found


def test_their_own_summit_is_not_the_event_in_scope(nlp):
    text = (
        "Leaders opened the 9th Mekong-China Summit in Vientiane on Tuesday.\n"
        "At their own summit on Monday, the ASEAN leaders adopted the Vientiane Harbour "
        "Programme."
    )
    found = stated(relations_of(nlp, text, published="2004-11-30"))
    assert ("9th Mekong-China Summit", "launched", "Vientiane Harbour Programme") not in found


def test_an_edition_named_again_in_brackets_is_one_edition(nlp):
    text = (
        "The 21st Laos International Trade Fair (Lao Expo 2019) opened in Vientiane on "
        "Tuesday with 400 booths."
    )
    found = stated(relations_of(nlp, text, published="2019-11-20"))
    assert (
        "21st Laos International Trade Fair",
        "editionOf",
        "Laos International Trade Fair",
    ) in found
    assert not {r for r in found if r[0] == "Lao Expo 2019"}
