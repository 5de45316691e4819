"""What makes a name a body's (an organisation): the head noun that opens or ends it, a
unit "of" a university, a level of government before it, a legal form, a country
bracketed after it, a descriptor before it. Each shape with a sentence of our own read
right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities, with_ner

pytestmark = pytest.mark.model


#: (sentence, name, its class, or None where the name must not be an entity)
SHAPES = [
    # a firm's descriptor opening the sentence types the name after it
    ("Exporter Sinar Jaya Abadi said it grew.", "Sinar Jaya Abadi", "Organisation"),
    ("Minister Lim Wei Ling said so.", "Lim Wei Ling", "Person"),
    # a trade office is a mission abroad, named with the place it is in
    ("The Thai Trade Office in Shanghai said exports rose.", "Thai Trade Office in Shanghai",
     "Organisation"),
    ("The Prime Minister's Office in Putrajaya agreed.", "Prime Minister's Office",
     "Organisation"),
    # a firm's country or legal form bracketed before its legal form stays in its name
    ("Kampong Spice (Cambodia) Co., Ltd. sold pepper at the fair.",
     "Kampong Spice (Cambodia)", "Organisation"),
    ("Lanka Leaf Traders (Pvt) Ltd. sold tea at the fair.", "Lanka Leaf Traders (Pvt)",
     "Organisation"),
    # ... or before up to two name words that end in its legal form (a national subsidiary's
    # registered name); the bracketed country is then no place of the story
    ("Lotus Paper (China) Investment Co., Ltd. signed the deal.",
     "Lotus Paper (China) Investment", "Organisation"),
    ("Lotus Paper (China) Investment Co., Ltd. signed the deal.", "China", None),
    ("Buyers from Lotus Paper (China) Investment Group met.",
     "Lotus Paper (China) Investment Group", None),
    # a cooperative, a drinks maker and a microlender are bodies, not people
    ("Sunrise Valley Coffee Cooperative said it shipped beans.",
     "Sunrise Valley Coffee Cooperative", "Organisation"),
    ("Golden Palm Drinks sold juice at the fair.", "Golden Palm Drinks", "Organisation"),
    ("Lao Farmers Microfinance lent the money.", "Lao Farmers Microfinance", "Organisation"),
    ("Director Lim Wei Ling praised the cooperative spirit.", "Lim Wei Ling", "Person"),
    # (a country alone bracketed after a body's name is its branch's, in the name, as
    # test_a_country_bracketed_after_a_body_ends_its_name below shows; a city is not)
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
    # common nouns listed after a body's or an initiative's "of" stay in its name
    ("The Ministry of Education, Youth and Sport of Cambodia co-organised the camp.",
     "Ministry of Education, Youth and Sport", "Organisation"),
    ("The Ministry of Education, Youth and Sport of Cambodia co-organised the camp.",
     "Youth", None),
    ("Both sides launched the China-ASEAN Year of Culture, Arts and Heritage 2015 in Beijing.",
     "China-ASEAN Year of Culture, Arts and Heritage 2015", "Initiative"),
    ("Ministers of Korea, Japan and China met in Hanoi.", "Japan", "Place"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core_class"), SHAPES)
def test_the_class_of_a_name_from_its_shape(nlp, text, name, core_class):
    assert entities(nlp, text).get(name) == core_class


def test_a_legal_form_before_and_ends_a_firm(nlp):
    """ "Mekong Shrimp Co and Delta Lotus Foods": two firms, the first ended by its legal
    form; two common nouns under one firm's head stay one name."""
    text = "Among the exhibitors were Mekong Golden Shrimp Co and Delta Lotus Foods, which sell."
    found = with_ner(nlp, text, [("Delta Lotus Foods", "ORG")])
    assert found.get("Delta Lotus Foods") == "Organisation"
    assert any(label.startswith("Mekong Golden Shrimp") for label in found)
    assert not any(" and " in label for label in found)
    found = entities(nlp, "He buys from Nanning Fruit and Vegetable Trading Co every week.")
    assert found.get("Nanning Fruit and Vegetable Trading") == "Organisation"


def test_a_united_nations_programme_is_a_body(nlp):
    """ "the United Nations Environment Programme": a UN agency, a body; a regional
    programme stays an initiative."""
    text = "The United Nations Environment Programme and the ASEAN Green Ports Programme met."
    found = entities(nlp, text)
    assert found.get("United Nations Environment Programme") == "Organisation"
    assert found.get("ASEAN Green Ports Programme") == "Initiative"


def test_a_country_bracketed_after_a_body_ends_its_name(nlp):
    """ "Organiser Kessler Fairs (Malaysia) says ...": the country bracketed after a
    body's name is its branch's, part of the name (no place of the story); a place's
    bracketed country is left apart."""
    text = "Organiser Kessler Fairs (Malaysia) says the show is fully booked."
    found = with_ner(nlp, text, [("Kessler Fairs", "ORG"), ("Malaysia", "GPE")])
    assert found.get("Kessler Fairs (Malaysia)") == "Organisation"
    assert "Malaysia" not in found
    text = "Buyers flew to Penang (Malaysia) on Monday."
    found = with_ner(nlp, text, [("Penang", "GPE"), ("Malaysia", "GPE")])
    assert found.get("Penang") == "Place"
    assert "Penang (Malaysia)" not in found
