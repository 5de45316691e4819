"""Entity shapes read on batch 18 (helper ent22): each with a sentence of our own read
right and one it must leave alone."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document
from conftest import entities

pytestmark = pytest.mark.model


#: (sentence, name, its class, or None where the name must not be an entity)
SHAPES = [
    # a Malay or Indonesian head noun opens the name: a body, not a place after a word
    ("Scholars from Universitas Gadjah Mada joined the panel on Monday.",
     "Universitas Gadjah Mada", "Organisation"),
    ("Lecturers from Universiti Teknologi Mara and Fudan University signed the pact.",
     "Universiti Teknologi Mara", "Organisation"),
    ("Scholars from Gadjah Mada joined the panel on Monday.",
     "Universitas Gadjah Mada", None),
    # a unit (institute, centre, school) "of" a university or an academy: two bodies
    ("The Centre for Maritime Studies of the Ateneo University hosted the talks.",
     "Centre for Maritime Studies", "Organisation"),
    ("The Centre for Maritime Studies of the Ateneo University hosted the talks.",
     "Ateneo University", "Organisation"),
    ("Members include the Southeast Asia Institute of Mahidol University.",
     "Southeast Asia Institute", "Organisation"),
    ("Members include the Southeast Asia Institute of Mahidol University.",
     "Mahidol University", "Organisation"),
    # ... but a government body "of the" a named body stays one name
    ("The Standing Committee of the National People's Congress met in March.",
     "Standing Committee of the National People's Congress", "Organisation"),
    # "Community" heads an initiative's name, as a region's community is built
    ("Leaders pledged to complete the Mekong Economic Community by 2030.",
     "Mekong Economic Community", "Initiative"),
    # a portfolio of three parts before a speaker's name is no part of the name
    ("Vice Minister of Information, Culture and Tourism Bounkhong Phommachanh said joint "
     "documentaries could help viewers.", "Bounkhong Phommachanh", "Person"),
    ("Vice Minister of Information, Culture and Tourism Bounkhong Phommachanh said joint "
     "documentaries could help viewers.", "Tourism Bounkhong Phommachanh", None),
    # an event's possessive ends its name: what it owns is no part of it
    ("Visitors crowded the 2015 China-ASEAN Expo's Laos pavilion all morning.",
     "2015 China-ASEAN Expo", "Event"),
    ("Visitors crowded the 2015 China-ASEAN Expo's Laos pavilion all morning.",
     "2015 China-ASEAN Expo's Laos", None),
    # a province, its level of government in lower case and a body's name: one body
    ("Officials of the Lang Son provincial People's Committee received the traders.",
     "Lang Son provincial People's Committee", "Organisation"),
    ("Officials of the Lang Son provincial People's Committee received the traders.",
     "People's Committee", None),
    ("Lang Son officials and the People's Committee received the traders.",
     "Lang Son provincial People's Committee", None),
    # a one-word firm "and" a firm the NER names: two firms, not one
    ("Vietjet and Hainan Airlines signed a code-share agreement on Monday.",
     "Vietjet", "Organisation"),
    ("Vietjet and Hainan Airlines signed a code-share agreement on Monday.",
     "Hainan Airlines", "Organisation"),
    ("Guangxi Fruit and Vegetable Trading Co signed a deal on Monday.",
     "Guangxi Fruit and Vegetable Trading", "Organisation"),
    # a portfolio's last part that is a common noun is no person's name
    ("Minister of Forestry and Natural Resources, Brunei Darussalam, toured the fair.",
     "Resources", None),
    ("Minister of Forestry and Natural Resources, Brunei Darussalam, toured the fair.",
     "Brunei", "Place"),
    # a city GeoNames knows bracketed in an event's name, glued on by a dash, is in it
    ("Exporters from Laos filled the 2024 China (Dongxing)-ASEAN Fruit Fair on Friday.",
     "2024 China (Dongxing)-ASEAN Fruit Fair", "Event"),
    ("Exporters from Laos filled the 2024 China (Dongxing)-ASEAN Fruit Fair on Friday.",
     "ASEAN Fruit Fair", None),
    # a city's name the tagger took for a verb ("-ing") is a name all the same
    ("Officials told the 2022 Border Trade Forum in Dongxing on Friday that trade grew.",
     "Dongxing", "Place"),
    ("Traders filled the fair, the Dongxing city government said on Monday.",
     "Dongxing city government", "Organisation"),
    ("Exporters told the 2022 Border Trade Forum on Friday that trading grew.",
     "Trading", None),
    # what the NER calls a person right after an edition and "at" is its venue
    ("Buyers packed the stands at Food Asia 2024 at IMPACT Muang Thong Thani on Friday.",
     "IMPACT Muang Thong Thani", "Place"),
    ("Buyers at Food Asia 2024 met Somchai Jaidee on Friday.", "Somchai Jaidee", "Person"),
    # a nationality that opens a place's whole name is part of it ("Lao Cai")
    ("Traders from Guangxi, Lang Son and Lao Cai met in Hanoi.", "Lao Cai", "Place"),
    ("Traders from Guangxi, Lang Son and Lao Cai met in Hanoi.", "Cai", None),
    ("Lao Deputy Prime Minister Sonexay Siphandone said trade grew.",
     "Sonexay Siphandone", "Person"),
    # common nouns listed after a body's or an initiative's "of" stay in its name
    ("The Ministry of Education, Youth and Sport of Cambodia co-organised the camp.",
     "Ministry of Education, Youth and Sport", "Organisation"),
    ("The Ministry of Education, Youth and Sport of Cambodia co-organised the camp.",
     "Youth", None),
    ("Both sides launched the China-ASEAN Year of Culture, Arts and Heritage 2015 in Beijing.",
     "China-ASEAN Year of Culture, Arts and Heritage 2015", "Initiative"),
    ("Ministers of Korea, Japan and China met in Hanoi.", "Japan", "Place"),
    # a head-less name an edition is "at", "in" a place, or where it is "declared open"
    ("The 2022 Mekong Coffee Fair at the Lao-NECC in Luang Prabang drew 300 buyers.",
     "Lao-NECC", "Place"),
    ("The 2022 Mekong Coffee Fair was declared open at the Lao-NECC on Monday.",
     "Lao-NECC", "Place"),
    ("The 2022 Mekong Coffee Fair at the Lao-NECC drew 300 buyers.", "Lao-NECC", None),
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
