"""Event names as fresh text prints them (event33), each shape with a sentence of our own
read right (the exact entities) and one it must leave alone:

- a name a lower-case event noun gives through "called"/"dubbed"/"named" ("a business
  matchmaking session dubbed "Lanna-Yunnan Trade Connect""), whatever the NER typed it;
- a capitalised gerund opening an event's "on" topic ("the ASEAN-China Dialogue on
  Promoting Digital Trade"), where the tagger calls it a verb and the NER cuts there;
- a common word bracketed inside an event's name, kept in its label ("the China-ASEAN
  Silk Road (Cross-border) E-commerce Promotion Event");
- a quoted name ending in an event's head, small words and all ('the inaugural
  "China-Southeast Asia People to People Dialogue"'); a quoted theme names nothing;
- places bracketed inside a long event name after any of its words, the name going on to
  an event's head (event39: "the China-Indochina Peninsula Economic Corridor
  (Nanning-Singapore) Financial Cooperation Roundtable"), and a title-case "-Based" inside
  one ("the China-ASEAN Cloud-Based Smart Port Forum"), where the NER cut the name in two;
  a place glued to "-Based" still opens no name ("Stuttgart-Based Kessler Robotics")."""

from __future__ import annotations

import pytest

from conftest import entities

pytestmark = pytest.mark.model

#: (sentence, every entity it holds, label → class)
READ = [
    (
        "Thai and Chinese firms met at a business matchmaking session dubbed "
        '"Lanna-Yunnan Trade Connect" in Kunming on Friday.',
        {"Lanna-Yunnan Trade Connect": "Event", "Kunming": "Place"},
    ),
    (
        "Officials opened a three-day fair called Mekong Harvest Days in Vientiane.",
        {"Mekong Harvest Days": "Event", "Vientiane": "Place"},
    ),
    (
        "Officials attended the ASEAN-China Dialogue on Promoting Digital Trade in Hanoi.",
        {"ASEAN-China Dialogue on Promoting Digital Trade": "Event", "Hanoi": "Place"},
    ),
    (
        "Officials attended the China-ASEAN Silk Road (Cross-border) E-commerce Promotion "
        "Event in Nanning.",
        {
            "China-ASEAN Silk Road (Cross-border) E-commerce Promotion Event": "Event",
            "Nanning": "Place",
        },
    ),
    (
        'Nanning hosted the inaugural "China-Southeast Asia People to People Dialogue" on Monday.',
        {"China-Southeast Asia People to People Dialogue": "Event", "Nanning": "Place"},
    ),
    (
        "Bankers met in Nanning at the China-Indochina Peninsula Economic Corridor "
        "(Nanning-Singapore) Financial Cooperation Roundtable.",
        {
            "Nanning": "Place",
            "China-Indochina Peninsula Economic Corridor (Nanning-Singapore) Financial "
            "Cooperation Roundtable": "Event",
        },
    ),
    (
        "Engineers met at the Lancang River Basin (Yunnan) Hydrology Symposium in Kunming.",
        {
            "Lancang River Basin (Yunnan) Hydrology Symposium": "Event",
            "Yunnan": "Place",
            "Kunming": "Place",
        },
    ),
    (
        "Engineers attended the China-ASEAN Cloud-Based Smart Port Forum in Qinzhou.",
        {"China-ASEAN Cloud-Based Smart Port Forum": "Event", "Qinzhou": "Place"},
    ),
]

#: (sentence, a name it must not read as an event)
LEFT = [
    # called after a thing that is no event
    ("Delegates toured a farming village called Ban Nam Khong in Vientiane.", "Ban Nam Khong"),
    # a gerund after "on" following a body's name
    (
        "The Ministry of Commerce on Promoting Digital Trade said exports rose.",
        "Ministry of Commerce on Promoting Digital Trade",
    ),
    # a bracketed word before a firm's head
    ("Exporters met the Silk Road (ancient) Tour Company in Nanning.", "Tour Company"),
    # a quoted theme, a quoted song
    (
        'Themed "Partners for the Future Forum", the fair opened in Nanning on Monday.',
        "Partners for the Future Forum",
    ),
    ('The choir sang "Ode to Joy" at the gala in Nanning.', "Ode to Joy"),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_event_name_read_as_printed(nlp, text, expected):
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(("text", "name"), LEFT)
def test_name_left_alone(nlp, text, name):
    assert entities(nlp, text).get(name) != "Event"


#: (sentence, every entity it holds): the shapes above that are not there
NOT_READ = [
    # a place bracketed after a place, the name going on to no event's head
    (
        "Officials from Vientiane (Laos) Tuesday joined the Mekong Trade Forum in Kunming.",
        {
            "Vientiane": "Place",
            "Laos": "Place",
            "Mekong Trade Forum": "Event",
            "Kunming": "Place",
        },
    ),
    # a place glued to a title-case "-Based": where the firm is, no part of its name
    (
        "Stuttgart-Based Kessler Robotics showed its arms at the fair in Hanover.",
        {"Stuttgart": "Place", "Kessler Robotics": "Organisation", "Hanover": "Place"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_READ)
def test_cut_event_name_not_joined(nlp, text, expected):
    assert entities(nlp, text) == expected
