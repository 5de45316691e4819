"""A name the NER called a person, written where only a place fits (helper ent51,
session 36): the way goods pass "through" or "via", the other members of a list a way
runs through or of examples of a settlement noun after a phrase of place, the far end
"between" a two-word place and it, the territory of an office title-cased before its
holder, the workplace of people named by their trade. Each shape with a sentence of our
own it reads and one it must leave alone; the NER's reading is pinned (``with_ner``)."""

from __future__ import annotations

import pytest

from conftest import with_ner

pytestmark = pytest.mark.model


#: (sentence, the NER's spans, name, its class)
SHAPES = [
    # "through"/"via" a name, said of a passage of goods or people: a place on the way
    ("Most of the rice is trucked through Poipet to the coast.", [("Poipet", "PERSON")],
     "Poipet", "Place"),
    ("The firm learned of the fair through Somsak Dee, a trade attache.",
     [("Somsak Dee", "PERSON")], "Somsak Dee", "Person"),
    ("The plan was drawn up through Wang Lei and his team.", [("Wang Lei", "PERSON")],
     "Wang Lei", "Person"),
    # "from" a name "to" somewhere, said of a passage: the way's first end
    ("Moving cassava from Pailin to the border costs more than before.",
     [("Pailin", "PERSON")], "Pailin", "Place"),
    ("Letters from Somsak to the minister went unanswered.", [("Somsak", "PERSON")],
     "Somsak", "Person"),
    # a list a way runs through, its other members places, or closed by "and other gates"
    ("Timber leaves the country through Ranong, Kawthaung, Bokpyin and other crossings.",
     [("Ranong", "GPE"), ("Kawthaung", "GPE"), ("Bokpyin", "PERSON")], "Bokpyin", "Place"),
    ("Delegates met Somsak, Dara and other officials.", [("Somsak", "PERSON"),
     ("Dara", "PERSON")], "Dara", "Person"),
    # examples "including" after a settlement noun and a phrase of place
    ("Three districts in southern Laos, including Pathoumphone and Khong, sent farmers.",
     [("Laos", "GPE"), ("Pathoumphone", "PERSON"), ("Khong", "PERSON")], "Pathoumphone",
     "Place"),
    ("Three officials in southern Laos, including Somphone Keo, spoke.",
     [("Laos", "GPE"), ("Somphone Keo", "PERSON")], "Somphone Keo", "Person"),
    # the far end "between" a place of two words and it
    ("Buses between Kota Kinabalu and Tenom run twice a day.",
     [("Kota Kinabalu", "GPE"), ("Tenom", "PERSON")], "Tenom", "Place"),
    ("Talks between Hun Manet and Anwar went well.",
     [("Hun Manet", "PERSON"), ("Anwar", "PERSON")], "Anwar", "Person"),
    # the territory of an office title-cased before its holder
    ("Bokeo Governor Khamphanh Sitthidampha led the delegation.",
     [("Bokeo", "PERSON"), ("Khamphanh Sitthidampha", "PERSON")], "Bokeo", "Place"),
    ("The prize went to Somsak Dee, Governor of Bokeo.", [("Somsak Dee", "PERSON")],
     "Somsak Dee", "Person"),
    # people named by their trade after a name: where they work
    ("Ban Chiang weavers sold out on the first day.", [("Ban Chiang", "PERSON")],
     "Ban Chiang", "Place"),
    ("Somsak Dee supporters gathered outside the hall.", [("Somsak Dee", "PERSON")],
     "Somsak Dee", "Person"),
    # a name the NER called a body before people of a craft, not of a firm's trade
    ("Buyers queued for Sekong weavers on the first day.", [("Sekong", "ORG")], "Sekong",
     "Place"),
    ("Buyers queued for Lazada sellers on the first day.", [("Lazada", "ORG")], "Lazada",
     "Organisation"),
    # "and other border towns": a modifier before the settlement noun
    ("Fruit goes through Mukdahan, Ban Pakkad and other border towns.",
     [("Mukdahan", "GPE"), ("Ban Pakkad", "PERSON")], "Ban Pakkad", "Place"),
    # "between" a two-word city the NER too called a person and a name
    ("Boats run between Luang Prabang and Pakbeng in the dry season.",
     [("Luang Prabang", "PERSON"), ("Pakbeng", "PERSON")], "Pakbeng", "Place"),
    # the office's holder left untyped by the NER
    ("Attapeu Governor Leklai Sivilay opened the stand.", [("Attapeu", "PERSON")],
     "Attapeu", "Place"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "name", "core_class"), SHAPES)
def test_a_persons_name_in_a_place_s_slot(nlp, text, spans, name, core_class):
    assert with_ner(nlp, text, spans).get(name) == core_class
