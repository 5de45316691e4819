"""What makes a name a person's: a title or an office before it (the portfolio's words no
part of the name), a Malay title that opens it (and one with no name after it is none), a
name in apposition to an office, a surname standing for the one longer name that holds it.
Each shape with a sentence of our own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document
from conftest import entities, with_ner, with_ner_place

pytestmark = pytest.mark.model


#: (sentence, name, its class, or None where the name must not be an entity)
SHAPES = [
    # a Malay hereditary title the NER left out of a name opens it
    ("Malaysia's Minister of Investment, Trade and Industry Tengku Zafrul Aziz signed it.",
     "Tengku Zafrul Aziz", "Person"),
    ("Malaysia's Minister of Investment, Trade and Industry Tengku Zafrul Aziz signed it.",
     "Tengku", None),
    # the portfolio's last common noun opens no person's name in a list of offices
    ("Among them were Lao Minister of Science and Communications Somsak Inthavong, "
     "Thai Minister of Energy Pirapan Salirathavibhaga and others.",
     "Communications Somsak Inthavong", None),
    # a Malay ruler's title with no name after it is no person
    ("The Sultan and Yang Di-Pertuan of Brunei Darussalam opened the fair.",
     "Yang Di-Pertuan", None),
    # a portfolio of three parts before a speaker's name is no part of the name
    ("Vice Minister of Information, Culture and Tourism Bounkhong Phommachanh said joint "
     "documentaries could help viewers.", "Bounkhong Phommachanh", "Person"),
    ("Vice Minister of Information, Culture and Tourism Bounkhong Phommachanh said joint "
     "documentaries could help viewers.", "Tourism Bounkhong Phommachanh", None),
    # a portfolio's last part that is a common noun is no person's name
    ("Minister of Forestry and Natural Resources, Brunei Darussalam, toured the fair.",
     "Resources", None),
    ("Minister of Forestry and Natural Resources, Brunei Darussalam, toured the fair.",
     "Brunei", "Place"),
    # "Chief ... Officer" before a name is a title whole, its portfolio's head no body's
    ("Chief Technology Officer Ayu Lestari Wibowo of Agrinusa led the delegation.",
     "Chief Technology", None),
    ("Chief Technology Officer Ayu Lestari Wibowo of Agrinusa led the delegation.",
     "Ayu Lestari Wibowo", "Person"),
    # a body's name before an office and a name is still the body's
    ("Boao Forum for Asia Secretary-General Li Baodong opened the meeting.",
     "Boao Forum for Asia", "Organisation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core_class"), SHAPES)
def test_the_class_of_a_name_from_its_shape(nlp, text, name, core_class):
    assert entities(nlp, text).get(name) == core_class


def test_a_name_the_ner_calls_a_place_right_after_a_title_is_a_person(nlp):
    """ "Indonesian President Joko Widodo", typed GPE: a person, where no gazetteer or
    GeoNames knows the name or a word of it; without the title it stays the NER's place."""
    text = "Guests at the plenary included Indonesian President Bambang Susanto and others."
    assert with_ner_place(nlp, text, "Bambang Susanto").get("Bambang Susanto") == "Person"
    text = "Guests at the plenary came from Bambang Susanto and others."
    assert with_ner_place(nlp, text, "Bambang Susanto").get("Bambang Susanto") == "Place"


def test_a_surname_inside_a_name_of_three_words_or_more_is_that_person(nlp):
    """ "Ms Lim" for "Grace Lim Hui Min" (a given name, the surname, given names): the one
    longer name holding the word; where two names hold it, neither."""
    text = 'The firm\'s founder, Grace Lim Hui Min, spoke. "We grew," said Ms Lim.'
    found = entities(nlp, text)
    assert "Lim" not in found
    assert found.get("Grace Lim Hui Min") == "Person"
    text = (
        "Grace Lim Hui Min and her brother David Lim Wei Jie founded the firm. "
        '"We grew," said Ms Lim.'
    )
    assert entities(nlp, text).get("Lim") == "Person"


def _with_ner_body(nlp, text: str, name: str) -> dict[str, str]:
    """The entities of ``text`` where the NER took ``name`` for a body (ORG)."""
    from spacy.tokens import Span

    with nlp.select_pipes(disable=["caexpo_entities"]):
        doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    end = start + len(name.split())
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [
        Span(doc, start, end, label="ORG")
    ]
    resolved = resolve_document(nlp.get_pipe("caexpo_entities")(doc), None)
    return {e.label: e.core_class for e in resolved.entities.values()}


def test_a_name_in_apposition_to_an_office_further_back_is_a_person(nlp):
    """ "the paper's representative on the trip, Kamal Mohd Hashim, said", typed ORG: the
    name is in apposition to an office whose own phrase comes between them; a name in
    apposition to a noun that is no office stays the NER's body."""
    text = "The paper's representative on the trip, Kamal Mohd Hashim, said editors were keen."
    assert _with_ner_body(nlp, text, "Kamal Mohd Hashim").get("Kamal Mohd Hashim") == "Person"
    text = "The paper's partner on the trip, Kamal Mohd Hashim, said editors were keen."
    assert _with_ner_body(nlp, text, "Kamal Mohd Hashim").get("Kamal Mohd Hashim") == (
        "Organisation"
    )


def test_a_short_syllable_after_a_listed_portfolio_opens_the_name(nlp):
    """ "Minister of Labour, Youth and Sport Hang Sok Dara": "Hang" is a syllable of the
    name, however a dictionary lists it, and "Youth" a part of the portfolio, no body;
    a longer common noun still ends the portfolio ("Rural Affairs")."""
    text = "Guests included Minister of Labour, Youth and Sport Hang Sok Dara and others."
    found = with_ner(nlp, text, [("Youth", "ORG"), ("Sport Hang Sok Dara", "ORG")])
    assert found.get("Hang Sok Dara") == "Person"
    assert "Youth" not in found
    text = "Minister of Agriculture and Rural Affairs Tang Weiming spoke first."
    found = with_ner(nlp, text, [("Rural Affairs Tang Weiming", "ORG")])
    assert found.get("Tang Weiming") == "Person"


def test_a_one_part_portfolio_the_ner_opened_the_name_with(nlp):
    """ "Minister of Health Somphone Keovilay", typed ORG from "Health": the portfolio's
    word is the office's and the two words after it the holder; a five-letter word a
    dictionary lists after a listed portfolio is a syllable of the name ("Chang"); a
    name the NER opened after the portfolio stands, and a body's name ("Health Promotion
    Board") is no holder."""
    text = "Lao Minister of Health Somphone Keovilay opened the clinic on Monday."
    found = with_ner(nlp, text, [("Health Somphone Keovilay", "ORG")])
    assert found.get("Somphone Keovilay") == "Person"
    assert not any(label.startswith("Health") for label in found)
    text = "Minister of Science, Technology and Innovation Chang Siew Ling spoke first."
    found = with_ner(nlp, text, [("Innovation Chang Siew Ling", "PERSON")])
    assert found.get("Chang Siew Ling") == "Person"
    text = "The Minister of Finance Board Sanya Wongsa met them."
    found = with_ner(nlp, text, [("Sanya Wongsa", "PERSON")])
    assert found.get("Sanya Wongsa") == "Person"
    text = "Aides to the Minister of Health Promotion Board met them."
    found = with_ner(nlp, text, [("Health Promotion Board", "ORG")])
    assert "Person" not in found.values()


#: Long official titles printed before the holder's name with no comma: the body's name
#: ends where the holder's begins (the NER's spans pinned as the model cut them).
GLUED_TITLES = [
    # a body the NER ran on into the holder's name ends at its last body word
    ("Vice-Chairman of the Standing Committee of the Hainan Provincial People's Congress "
     "Chen Jianguo opened the seminar.",
     [("the Standing Committee of the Hainan Provincial People's Congress Chen Jianguo",
       "ORG")],
     {"Standing Committee of the Hainan Provincial People's Congress": "Organisation",
      "Chen Jianguo": "Person"}),
    # no office and "of" before it: the NER's name is left as it cut it
    ("Visitors toured the Hainan Provincial People's Congress Chen Jianguo Hall.",
     [("the Hainan Provincial People's Congress Chen Jianguo Hall", "ORG")],
     {"Hainan Provincial People's Congress Chen Jianguo Hall": "Place"}),
    # a government the NER called a place, an office held in it: a body
    ("Vice-Chairman of the Hainan Provincial People's Government Liu Ping attended.",
     [("the Hainan Provincial People's Government", "GPE"), ("Liu Ping", "PERSON")],
     {"Hainan Provincial People's Government": "Organisation", "Liu Ping": "Person"}),
    ("Vice-Governor of Hainan Province Liu Ping attended.",
     [("Hainan Province", "GPE"), ("Liu Ping", "PERSON")],
     {"Hainan Province": "Place", "Liu Ping": "Person"}),
    # the NER's body runs on into the honorific: the body ends before it
    ("Chairman of the Kota Kinabalu City Council Datuk Lim Kok Wing spoke first.",
     [("the Kota Kinabalu City Council Datuk", "ORG"), ("Lim Kok Wing", "PERSON")],
     {"Kota Kinabalu City Council": "Organisation", "Lim Kok Wing": "Person"}),
    ("Guests of the Kota Kinabalu City Council Datuk Lim Kok Wing spoke first.",
     [("the Kota Kinabalu City Council Datuk", "ORG"), ("Lim Kok Wing", "PERSON")],
     {"Lim Kok Wing": "Person"}),
    # the NER opened the person with the body's last word: the word is the body's
    ("Vice-Chairman of the Standing Committee of the Guangxi Zhuang Autonomous Region "
     "People's Congress Huang Ming opened the seminar.",
     [("the Standing Committee of the Guangxi Zhuang Autonomous Region People", "ORG"),
      ("Congress Huang Ming", "PERSON")],
     {"Standing Committee of the Guangxi Zhuang Autonomous Region People's Congress":
      "Organisation", "Huang Ming": "Person"}),
    ("Guests of the Standing Committee of the Guangxi Zhuang Autonomous Region People's "
     "Congress Huang Ming spoke first.",
     [("the Standing Committee of the Guangxi Zhuang Autonomous Region People", "ORG"),
      ("Congress Huang Ming", "PERSON")],
     {"Standing Committee of the Guangxi Zhuang Autonomous Region People's Congress "
      "Huang Ming": "Organisation"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), GLUED_TITLES)
def test_a_long_title_glued_to_a_name_parts_the_body_and_its_holder(nlp, text, spans, expected):
    assert with_ner(nlp, text, spans) == expected


def test_a_country_the_ner_opened_a_holders_name_with_is_the_offices_place(nlp):
    """ "Minister of Energy and Mines of the Lao PDR X": the place the office is "of" and
    the holder apart; after a noun that is no office the NER's name is left as cut."""
    text = (
        "Speaking first, Minister of Energy and Mines of the Lao PDR Malaythong Kommasith "
        "thanked the hosts."
    )
    assert entities(nlp, text) == {"Lao PDR": "Place", "Malaythong Kommasith": "Person"}
    text = "Speaking first, a friend of the Lao PDR Malaythong Kommasith thanked the hosts."
    assert entities(nlp, text) == {"Lao PDR Malaythong Kommasith": "Person"}
