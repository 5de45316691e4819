"""Entity shapes read on batches 14 to 17 (helper ent21): each with a sentence of our own
read right and one it must leave alone."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document
from conftest import entities

pytestmark = pytest.mark.model


#: (sentence, name, its class, or None where the name must not be an entity)
SHAPES = [
    # a named division "of" the place that holds it: two places, the division ends at "of"
    ("The talks were held in Sanya in Hainan Province of the People's Republic of China.",
     "Hainan Province of the People's Republic of China", None),
    ("The forum met at a hotel in the Chaoyang District of Beijing on Friday.",
     "Chaoyang District", "Place"),
    ("The mayor of the City of Manila opened the fair.", "City of Manila", "Place"),
    # a place named by its head only ever before lower-case adjectives and a noun describes
    ("The Trans-Andaman Gulf economic belt links four provinces.", "Trans-Andaman Gulf",
     None),
    ("Shipping in the Trans-Andaman Gulf grew last year.", "Trans-Andaman Gulf", "Place"),
    # a name with an event's head where a year's edition is held, by its clause, is a venue
    ("The 2025 Mekong Food Summit, held at Riverside Expo in Vientiane, drew buyers.",
     "Riverside Expo", "Place"),
    ("Thai firms exhibited at the Riverside Expo in Vientiane.", "Riverside Expo", "Event"),
    # a head-less name the NER calls a body right after an edition and "at": its venue
    ("Ministers cut the ribbon at Penang Food Fair 2025 at BITEC Bangna in Penang.",
     "BITEC Bangna", "Place"),
    ("Officials from BITEC Bangna toured Penang Food Fair 2025.", "BITEC Bangna",
     "Organisation"),
    # an office and its portfolio before ", PLACE" is no place described by it
    ("His Excellency Bounmy Vongsa, Minister of Trade, Kingdom of Cambodia, spoke.",
     "Minister of Trade", None),
    ("Kep, a province of the Kingdom of Cambodia, hosted the fair.", "Kep", "Place"),
    # a name in apposition to "a range of"/"a line of" goods is a product, no entity
    ("The firm will unveil Mekong Gold Bites, a range of dried durian snacks, at the fair.",
     "Mekong Gold Bites", None),
    ('The firm will unveil "Siam Kitchen Pro", a line of ready meals, at the fair.',
     "Siam Kitchen Pro", None),
    ("The firm met Mekong Gold Foods, a maker of dried durian snacks, at the fair.",
     "Mekong Gold Foods", "Organisation"),
    # a firm's country or legal form bracketed before its legal form stays in its name
    ("Kampong Spice (Cambodia) Co., Ltd. sold pepper at the fair.",
     "Kampong Spice (Cambodia)", "Organisation"),
    ("Lanka Leaf Traders (Pvt) Ltd. sold tea at the fair.", "Lanka Leaf Traders (Pvt)",
     "Organisation"),
    # (a country alone bracketed after a body's name is its branch's, in the name: ent26,
    # test_entity_shapes_26; a city is not)
    ("Kampong Spice (Phnom Penh) sold pepper at the fair.", "Kampong Spice (Phnom Penh)", None),
    # a body "of" a place whose own name holds the "'s" is the body, not owned by "People"
    ("Premier Zhao Ming of the State Council of the People's Republic of China met them.",
     "State Council", "Organisation"),
    ("The Standing Committee of the National People's Congress met.",
     "Standing Committee of the National People's Congress", "Organisation"),
    # an office "of the" a body's name: the body (an office "of" a portfolio is none)
    ("Vice Chairman of the Standing Council of the People's Republic of China Mr Zhao Ming "
     "spoke.", "Standing Council", "Organisation"),
    ("The Minister of Commerce spoke.", "Commerce", None),
    # a Malay ruler's title with no name after it is no person
    ("The Sultan and Yang Di-Pertuan of Brunei Darussalam opened the fair.",
     "Yang Di-Pertuan", None),
    # a newspaper's masthead word heads a body's name
    ("Sarawak Bulletin reported the deal.", "Sarawak Bulletin", "Organisation"),
    # "city" before "government" is a level of government, as "municipal" is
    ("Sales rose, according to the Beihai city government.", "Beihai city government",
     "Organisation"),
    ("Sales rose, according to Beihai city officials.", "Beihai city officials", None),
    # "as varied as" gives examples of the noun before it, as "such as" does
    ("Brands as varied as Mamee, Ayam Brand and Tiga Rasa took stands at the fair.",
     "Tiga Rasa", "Organisation"),
    # "took stands at X" is no event's taking place: X is no venue by it
    ("Thai firms took large stands at Gulfood Manufacturing on Monday.",
     "Gulfood Manufacturing", "Organisation"),
    # a name a clause of "which" says opened "at" somewhere, with no object, is an event
    ("Thai firms exhibited at Gulfood Manufacturing, which opened on Monday at the Dubai "
     "World Trade Centre.", "Gulfood Manufacturing", "Event"),
    ("Thai firms visited Siam Makro, which opened a store at the mall on Monday.",
     "Siam Makro", "Organisation"),
    # an untyped head-less name an event opened "at" is its venue
    ("Some 600 exhibitors are at the Penang Furniture Fair 2025, which opened at SETIA "
     "yesterday.", "SETIA", "Place"),
    ("Some 600 exhibitors met SETIA officials yesterday.", "SETIA", None),
    # a lettered hall "of" a venue is no person "of" a body: both places
    ("The 52nd Mekong Fair is held at Hall C of the Mekong International Expo in Vientiane.",
     "Mekong International Expo", "Place"),
    ("Siriporn Thanakit of the Thai Silk Association said prices rose.", "Siriporn Thanakit",
     "Person"),
    # a dateline in title case: a place GeoNames knows, a comma, a day and a month
    ("Nay Pyi Taw, 12 May\u2014President of the Union Thein Sein left for Kunming today.",
     "Nay Pyi Taw", "Place"),
    ("Mekong Daily News, May 12, 2013\n\nTrade grew, officials said.", "Mekong Daily News",
     None),
    # a photo credit (an agency's capitals, a slash, the photographer) is page furniture
    ("Buyers crowd the hall.\n\nBP/Budi Santoso Wirawan\n", "Budi Santoso Wirawan", None),
    ("Buyers crowd the hall. \u2014 VNA/VNS Photo Nguyen Minh Duc", "VNS Photo Nguyen Minh Duc",
     None),
    ("Buyers met Budi Santoso Wirawan in the hall.", "Budi Santoso Wirawan", "Person"),
    # a masthead line whose fields a bullet divides, one of them a date, is furniture
    ("Surabaya \u25cf Thu, March 2, 2023\n\nBuyers crowd the hall.", "Surabaya \u25cf Thu",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core_class"), SHAPES)
def test_the_class_of_a_name_from_its_shape(nlp, text, name, core_class):
    assert entities(nlp, text).get(name) == core_class


def _with_ner_place(nlp, text: str, name: str, label: str = "GPE") -> dict[str, str]:
    """The entities of ``text`` where the NER took ``name`` for a ``label``."""
    from spacy.tokens import Span

    with nlp.select_pipes(disable=["caexpo_entities"]):
        doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    end = start + len(name.split())
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [
        Span(doc, start, end, label=label)
    ]
    resolved = resolve_document(nlp.get_pipe("caexpo_entities")(doc), None)
    return {e.label: e.core_class for e in resolved.entities.values()}


def test_a_name_the_ner_calls_a_place_right_after_a_title_is_a_person(nlp):
    """ "Indonesian President Joko Widodo", typed GPE: a person, where no gazetteer or
    GeoNames knows the name or a word of it; without the title it stays the NER's place."""
    text = "Guests at the plenary included Indonesian President Bambang Susanto and others."
    assert _with_ner_place(nlp, text, "Bambang Susanto").get("Bambang Susanto") == "Person"
    text = "Guests at the plenary came from Bambang Susanto and others."
    assert _with_ner_place(nlp, text, "Bambang Susanto").get("Bambang Susanto") == "Place"


def test_a_city_in_another_spelling_where_a_place_is_meant_is_a_place(nlp):
    """ "to Luang Prabang", typed PERSON: a city GeoNames knows (of two words or more, in
    any of its spellings) after "to" is the city; after a verb of saying, still a person."""
    text = "She hoped to take her children to Luang Prabang by train."
    found = _with_ner_place(nlp, text, "Luang Prabang", "PERSON")
    assert found.get("Luang Prabang") == "Place"
    text = "Reporters asked Luang Prabang about the train."
    found = _with_ner_place(nlp, text, "Luang Prabang", "PERSON")
    assert found.get("Luang Prabang") == "Person"


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
