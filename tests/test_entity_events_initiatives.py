"""What makes a name an event or an initiative: the event's head and what may stand inside
the name ("in", a bracketed city, the topics after "on"), a programme named in
apposition or made by a launch verb, an agreement's version, a railway between two
places. Each shape with a sentence of our own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities

pytestmark = pytest.mark.model


#: (sentence, name, its class, or None where the name must not be an entity)
SHAPES = [
    # a name in apposition to a programme (or to the last noun of what it is for) names it
    ("The port and the college set up a joint training programme for crane drivers, "
     "Harbour Skills Bridge.", "Harbour Skills Bridge", "Initiative"),
    ("The port signed a deal with its biggest client, Harbour Skills Bridge.",
     "Harbour Skills Bridge", "Organisation"),
    # a name a launch verb makes with an indefinite article is a new thing, an initiative
    ("Hanoi University rolled out a Red River Data Observatory on Friday.",
     "Red River Data Observatory", "Initiative"),
    ("Hanoi University joined the Red River Data Observatory on Friday.",
     "Red River Data Observatory", "Organisation"),
    # the name the NER took for a body that is the whole modifier of a launched programme
    ("The Digital Economy Promotion Agency launched a Mekong Startup Bridge programme on "
     "Monday.", "Mekong Startup Bridge", "Initiative"),
    ("The Digital Economy Promotion Agency launched a Mekong Startup Bridge office on "
     "Monday.", "Mekong Startup Bridge", "Organisation"),
    # "in" inside a name whose words after it end in an event's or an initiative's head
    ("Ministers met at the Global Trade in Skills Summit in Beijing.",
     "Global Trade in Skills Summit", "Event"),
    ("Ministers met at the Summit in Beijing on Friday.", "Summit in Beijing", None),
    # a name and a version the NER called an event is an agreement's version
    ("Officials began talks on ATISA 2.0 in Jakarta.", "ATISA 2.0", "Initiative"),
    ("The Industry 4.0 Summit opened in Hanoi.", "Industry 4.0 Summit", "Event"),
    # a verb's lemma is no head: "China-funded" is no fund, "Summits" is a summit's plural
    ("Wen will visit a Chinese-funded project in Selangor.", "Chinese-funded", None),
    ("The ASEAN Summits opened in Manila.", "ASEAN Summit", "Event"),
    # what opens "for its Nth run" is an event, numbered so; where it opens at, a venue
    ("Intermach opened for its 20th run at BITEC Bangna on Tuesday.", "20th Intermach",
     "Event"),
    ("Intermach opened for its 20th run at BITEC Bangna on Tuesday.", "BITEC Bangna",
     "Place"),
    ("Wang Lei flew to Hanoi for his 20th visit.", "Wang Lei", "Person"),
    # an ordinal, a name, who meets and the head: an edition; a leaders' meeting a summit
    ("Li attended the 12th Mekong-Japan leaders' meeting in Tokyo.",
     "12th Mekong-Japan Summit", "Event"),
    ("Li attended the 12th Mekong-Japan (MJ) leaders' meeting in Tokyo.",
     "12th Mekong-Japan Summit", "Event"),
    ("Li met Mekong-Japan leaders in Tokyo.", "Mekong-Japan Summit", None),
    # a name a clause of "which" says opened "at" somewhere, with no object, is an event
    ("Thai firms exhibited at Gulfood Manufacturing, which opened on Monday at the Dubai "
     "World Trade Centre.", "Gulfood Manufacturing", "Event"),
    ("Thai firms visited Siam Makro, which opened a store at the mall on Monday.",
     "Siam Makro", "Organisation"),
    # "Community" heads an initiative's name, as a region's community is built
    ("Leaders pledged to complete the Mekong Economic Community by 2030.",
     "Mekong Economic Community", "Initiative"),
    # an event's possessive ends its name: what it owns is no part of it
    ("Visitors crowded the 2015 China-ASEAN Expo's Laos pavilion all morning.",
     "2015 China-ASEAN Expo", "Event"),
    ("Visitors crowded the 2015 China-ASEAN Expo's Laos pavilion all morning.",
     "2015 China-ASEAN Expo's Laos", None),
    # a city GeoNames knows bracketed in an event's name, glued on by a dash, is in it
    ("Exporters from Laos filled the 2024 China (Dongxing)-ASEAN Fruit Fair on Friday.",
     "2024 China (Dongxing)-ASEAN Fruit Fair", "Event"),
    ("Exporters from Laos filled the 2024 China (Dongxing)-ASEAN Fruit Fair on Friday.",
     "ASEAN Fruit Fair", None),
    # "the PLACE-PLACE railway": the line between the places, a project as printed
    ("Exporters hope to use the Vientiane-Kunming railway next year.",
     "Vientiane-Kunming railway", "Initiative"),
    ("Work on the Jakarta-Surabaya high-speed railway resumed in May.",
     "Jakarta-Surabaya high-speed railway", "Initiative"),
    ("Officials praised the Nanning-Singapore corridor on Monday.",
     "Nanning-Singapore corridor", None),
    ("Passengers rode the new railway from Vientiane on Monday.", "railway", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core_class"), SHAPES)
def test_the_class_of_a_name_from_its_shape(nlp, text, name, core_class):
    assert entities(nlp, text).get(name) == core_class


def test_two_topics_of_one_event_after_on(nlp):
    """ "the ... Forum on New Crops and Varieties of Upland Farming": "and" joins two
    topics of the forum, one name; a name after "and" that is no common word is not."""
    text = "Experts met at the China-ASEAN Seed Forum on New Crops and Varieties of Upland Farming."
    found = entities(nlp, text)
    assert found.get("China-ASEAN Seed Forum on New Crops and Varieties of Upland Farming") == (
        "Event"
    )
    text = "Experts from the China-ASEAN Seed Forum on New Crops and Syngenta Group met."
    found = entities(nlp, text)
    assert not any(label.endswith("Syngenta Group") and "Forum" in label for label in found)


def test_a_count_inside_a_programme_name(nlp):
    """ "the Laos-China Double 20,000 Youth Exchange Plan", "the 50,000 Teachers Training
    Programme": a count with thousands separators inside (or opening, after "the") a
    programme's title-case name is a word of it, not where its name ends or begins; a
    count before capitalised words that end in no initiative's head names nothing."""
    found = entities(nlp, "Hanoi renewed the Laos-China Double 20,000 Youth Exchange Plan.")
    assert found.get("Laos-China Double 20,000 Youth Exchange Plan") == "Initiative"
    assert "Youth Exchange Plan" not in found
    found = entities(nlp, "The ministries reviewed the 50,000 Teachers Training Programme.")
    assert found.get("50,000 Teachers Training Programme") == "Initiative"
    found = entities(nlp, "Around 30,000 Visitors and 900 exhibitors came to Hanoi this week.")
    assert not any("30,000" in label for label in found)
