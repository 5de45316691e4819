"""Entity shapes read on batches 15 and 16 (helper ent19): each with a sentence of our own
read right and one it must leave alone."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document
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
    # a Malay hereditary title the NER left out of a name opens it
    ("Malaysia's Minister of Investment, Trade and Industry Tengku Zafrul Aziz signed it.",
     "Tengku Zafrul Aziz", "Person"),
    ("Malaysia's Minister of Investment, Trade and Industry Tengku Zafrul Aziz signed it.",
     "Tengku", None),
    # a route's other end, after "between PLACE and" or "from ... to PLACE and", is a place
    ("Trains between Kunming and Mohan run twice daily.", "Mohan", "Place"),
    ("He spoke to Vietnam and Nguyen on Friday.", "Nguyen", "Person"),
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
    # the portfolio's last common noun opens no person's name in a list of offices
    ("Among them were Lao Minister of Science and Communications Somsak Inthavong, "
     "Thai Minister of Energy Pirapan Salirathavibhaga and others.",
     "Communications Somsak Inthavong", None),
    # what opens "for its Nth run" is an event, numbered so; where it opens at, a venue
    ("Intermach opened for its 20th run at BITEC Bangna on Tuesday.", "20th Intermach",
     "Event"),
    ("Intermach opened for its 20th run at BITEC Bangna on Tuesday.", "BITEC Bangna",
     "Place"),
    ("Wang Lei flew to Hanoi for his 20th visit.", "Wang Lei", "Person"),
    # a firm's descriptor opening the sentence types the name after it
    ("Exporter Sinar Jaya Abadi said it grew.", "Sinar Jaya Abadi", "Organisation"),
    ("Minister Lim Wei Ling said so.", "Lim Wei Ling", "Person"),
    # an ordinal, a name, who meets and the head: an edition; a leaders' meeting a summit
    ("Li attended the 12th Mekong-Japan leaders' meeting in Tokyo.",
     "12th Mekong-Japan Summit", "Event"),
    ("Li attended the 12th Mekong-Japan (MJ) leaders' meeting in Tokyo.",
     "12th Mekong-Japan Summit", "Event"),
    ("Li met Mekong-Japan leaders in Tokyo.", "Mekong-Japan Summit", None),
    # a trade office is a mission abroad, named with the place it is in
    ("The Thai Trade Office in Shanghai said exports rose.", "Thai Trade Office in Shanghai",
     "Organisation"),
    ("The Prime Minister's Office in Putrajaya agreed.", "Prime Minister's Office",
     "Organisation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core_class"), SHAPES)
def test_the_class_of_a_name_from_its_shape(nlp, text, name, core_class):
    assert entities(nlp, text).get(name) == core_class


def test_a_preposition_the_ners_span_took_after_a_name_is_no_part_of_it(nlp):
    """The NER sometimes ends an event's span on the "in" after it; the name ends before."""
    from spacy.tokens import Span

    text = "Held within the 2019 ASEAN Transport Ministers' Meeting in Makati City were two talks."
    with nlp.select_pipes(disable=["caexpo_entities"]):
        doc = nlp(text)
    at = next(t.i for t in doc if t.text == "in")
    doc.ents = [Span(doc, 2, at + 1, label="EVENT"), *(e for e in doc.ents if e.start > at)]
    found = {
        e.label: e.core_class
        for e in resolve_document(nlp.get_pipe("caexpo_entities")(doc), None).entities.values()
    }
    assert found["2019 ASEAN Transport Ministers' Meeting"] == "Event"
    assert not any(label.endswith(" In") for label in found)


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
