"""What makes a name a place: a route's other end, a division "of" a place, a venue an
edition is held or opened at, a dateline, names listed as examples of settlements, a
city GeoNames knows where the NER typed it a body or a person. Each shape with a sentence
of our own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document
from conftest import entities, with_ner, with_ner_place

pytestmark = pytest.mark.model


#: (sentence, name, its class, or None where the name must not be an entity)
SHAPES = [
    # a route's other end, after "between PLACE and" or "from ... to PLACE and", is a place
    ("Trains between Kunming and Mohan run twice daily.", "Mohan", "Place"),
    ("He spoke to Vietnam and Nguyen on Friday.", "Nguyen", "Person"),
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
    # a head-less name an edition is "at", "in" a place, or where it is "declared open"
    ("The 2022 Mekong Coffee Fair at the Lao-NECC in Luang Prabang drew 300 buyers.",
     "Lao-NECC", "Place"),
    ("The 2022 Mekong Coffee Fair was declared open at the Lao-NECC on Monday.",
     "Lao-NECC", "Place"),
    ("The 2022 Mekong Coffee Fair at the Lao-NECC drew 300 buyers.", "Lao-NECC", None),
    # a sentence's first word the tagger calls an adjective, a province GeoNames or
    # ISO 3166-2 knows, before a lower-case noun: the place the noun comes from
    ("Sarawak pepper grower Lundu Spice Co-operative signed a deal with Guangxi Yongxin Foods.",
     "Sarawak", "Place"),
    # ... but a capitalised English adjective opening a sentence is none
    ("Central banks of the region met in Jakarta on Monday.", "Central", None),
    ("Western companies signed a deal with Guangxi Yongxin Foods.", "Western", None),
    # a one-word place nothing knows that the NER cut from the proper noun it modifies
    ("A new wind farm in Kampong Speu will start next year.", "Kampong Speu", "Place"),
    ("A new wind farm in Kampong Speu will start next year.", "Kampong", None),
    # ... but a place GeoNames knows is read alone
    ("A new wind farm in Vientiane Speu will start next year.", "Vientiane Speu", None),
    # a country's possessive before a province it has that the NER left untyped
    ("Pepper growers in Malaysia's Sarawak state ship to Nanning.", "Sarawak", "Place"),
    # ... not a province of another country
    ("Pepper growers in Thailand's Sarawak state ship to Nanning.", "Sarawak", None),
    # an arts centre is a venue; a training centre for the arts is a school
    ("The gala was staged at the Liuzhou Art Center on Friday.", "Liuzhou Art Center",
     "Place"),
    ("Teachers of the Penang Arts Training Centre joined the tour.",
     "Penang Arts Training Centre", "Organisation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core_class"), SHAPES)
def test_the_class_of_a_name_from_its_shape(nlp, text, name, core_class):
    assert entities(nlp, text).get(name) == core_class


def test_a_city_in_another_spelling_where_a_place_is_meant_is_a_place(nlp):
    """ "to Luang Prabang", typed PERSON: a city GeoNames knows (of two words or more, in
    any of its spellings) after "to" is the city; after a verb of saying, still a person."""
    text = "She hoped to take her children to Luang Prabang by train."
    found = with_ner_place(nlp, text, "Luang Prabang", "PERSON")
    assert found.get("Luang Prabang") == "Place"
    text = "Reporters asked Luang Prabang about the train."
    found = with_ner_place(nlp, text, "Luang Prabang", "PERSON")
    assert found.get("Luang Prabang") == "Person"


def _with_ner_bodies(nlp, text: str, names: list[str]) -> dict[str, str]:
    """The entities of ``text`` where the NER took each one-word name of ``names`` for a
    body (ORG) and found nothing else."""
    from spacy.tokens import Span

    with nlp.select_pipes(disable=["caexpo_entities"]):
        doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in names]
    resolved = resolve_document(nlp.get_pipe("caexpo_entities")(doc), None)
    return {e.label: e.core_class for e in resolved.entities.values()}


def test_the_other_end_of_a_route_from_a_place_the_ner_took_for_a_body(nlp):
    """ "between Vientiane and Boten", both typed ORG: the first end is a city GeoNames
    knows, so the other end is a place; after a name nothing knows as a place it is not."""
    text = "Freight trains between Vientiane and Boten now run twice daily, the ministry said."
    found = _with_ner_bodies(nlp, text, ["Vientiane", "Boten"])
    assert found.get("Boten") == "Place"
    text = "Freight trains between Lanexang and Boten now run twice daily, the ministry said."
    found = _with_ner_bodies(nlp, text, ["Lanexang", "Boten"])
    assert found.get("Boten") != "Place"


def test_a_place_joined_by_or_to_a_place(nlp):
    """ "in Kuching or Chiang Rai": the second name, typed PERSON, is a city GeoNames
    knows joined by "or" to a place; a person's name so joined to a person's stays one."""
    text = "A nurse in Kuching or Chiang Rai can book the course online."
    found = with_ner(nlp, text, [("Kuching", "GPE"), ("Chiang Rai", "PERSON")])
    assert found.get("Chiang Rai") == "Place"
    text = "Either Wang Lei or Chiang Rai will sign the contract."
    found = with_ner(nlp, text, [("Wang Lei", "PERSON"), ("Chiang Rai", "PERSON")])
    assert found.get("Chiang Rai") == "Person"


def test_one_ner_span_listing_places_is_each_place(nlp):
    """ "Nan, Trang and Udon Thani", one ORG span: places of one country, each its own;
    a firm's span with a comma inside is left whole."""
    text = "The airline will fly to smaller towns like Nan, Trang and Udon Thani next year."
    found = with_ner(nlp, text, [("Nan, Trang and Udon Thani", "ORG")])
    assert {found.get(n) for n in ("Nan", "Trang", "Udon Thani")} == {"Place"}
    assert "Nan, Trang and Udon Thani" not in found
    text = "The deal was signed by Baker, Lowe and Partners last week."
    found = with_ner(nlp, text, [("Baker, Lowe and Partners", "ORG")])
    assert found.get("Baker, Lowe and Partners") == "Organisation"


def test_examples_of_a_settlement_noun_are_places(nlp):
    """ "hill villages including Bama", "the border posts of Muse and Chinshwehaw": names
    given as examples of settlements, or listed after one and "of", are places; examples
    of firms, and "the posts of" offices, are not."""
    text = "The tour visits hill villages including Bama and Lingyun."
    found = with_ner(nlp, text, [("Bama", "ORG"), ("Lingyun", "PERSON")])
    assert found.get("Bama") == "Place" and found.get("Lingyun") == "Place"
    text = "Trucks queue at the border crossings of Muse and Chinshwehaw every morning."
    found = with_ner(nlp, text, [("Muse", "ORG"), ("Chinshwehaw", "PERSON")])
    assert found.get("Muse") == "Place" and found.get("Chinshwehaw") == "Place"
    text = "The board filled the posts of Treasurer and Secretary on Monday."
    found = with_ner(nlp, text, [("Treasurer", "PERSON")])
    assert found.get("Treasurer") != "Place"
    text = "Suppliers including Bama sent samples to the fair."
    found = with_ner(nlp, text, [("Bama", "ORG")])
    assert found.get("Bama") == "Organisation"


def test_a_chinese_new_area_is_a_place(nlp):
    """ "Lanhai New Area": a state-level new area, a place; a fund named with the words is
    no place."""
    found = entities(
        nlp, "The fair will run in Lanhai New Area, southwest China's Guizhou Province."
    )
    assert found.get("Lanhai New Area") == "Place"
    found = entities(nlp, "The Mekong New Area Fund will lend to farmers.")
    assert found.get("Mekong New Area Fund") != "Place"


def test_a_known_place_before_the_goods_it_names(nlp):
    """ "Cilacap rattan furniture", "a Malang software house": a city GeoNames knows,
    typed a body or a person, before the lower-case noun it modifies is a place; a
    person's name before a lower-case noun is not."""
    text = "Buyers asked for Cilacap rattan furniture and Malang software services."
    found = with_ner(nlp, text, [("Cilacap", "ORG"), ("Malang", "PERSON")])
    assert found.get("Cilacap") == "Place" and found.get("Malang") == "Place"
    text = "Buyers asked for Wang Lei rattan furniture."
    found = with_ner(nlp, text, [("Wang Lei", "PERSON")])
    assert found.get("Wang Lei") == "Person"


def test_a_name_before_a_lower_case_gate_is_a_place(nlp):
    """ "through the Muse gate": a name before "gate" is the place the gate is named after;
    the same name before another noun is no place."""
    text = "Lorries pass through the Muse gate every night."
    assert with_ner(nlp, text, [("Muse", "ORG")]).get("Muse") == "Place"
    text = "Lorries pass the Muse studio every night."
    assert with_ner(nlp, text, [("Muse", "ORG")]).get("Muse") != "Place"


def test_a_place_before_a_verb_the_tagger_took_for_a_noun(nlp):
    """ "what farmers in ... Kachin State face": the word after the name heads a clause, a verb,
    so the name modifies nothing and stays a place; before a noun, "the Mekong countries",
    a name the NER alone found still describes what follows."""
    text = (
        '"Our varieties are bred for hills and monsoon rain, which is what farmers in '
        'northern Vietnam and Kachin State face," he said.'
    )
    found = entities(nlp, text)
    assert found.get("Kachin State") == "Place"
    found = entities(nlp, "Leaders of the Mekong countries met in Vientiane.")
    assert "Mekong" not in found


def test_a_bracketed_word_after_a_body_nothing_knows_as_a_place_is_its_short_form(nlp):
    """ "state miner PT Kelapa Tambang (Kelam)": a title-case word in brackets after a
    body's name, which the NER took for a place that neither GeoNames, ISO 3166-2 nor the
    gazetteer knows, is the body's short form, no place; a city they know there is the
    body's seat, still a place."""
    text = "The venture groups state miner PT Kelapa Tambang (Kelam) and two smelters."
    found = with_ner(nlp, text, [("PT Kelapa Tambang", "ORG"), ("Kelam", "GPE")])
    assert found.get("PT Kelapa Tambang") == "Organisation" and "Kelam" not in found
    text = "The venture groups state miner PT Kelapa Tambang (Surabaya) and two smelters."
    found = with_ner(nlp, text, [("PT Kelapa Tambang", "ORG"), ("Surabaya", "GPE")])
    assert found.get("Surabaya") == "Place"


def test_a_place_after_french_du_and_a_name_is_inside_a_body_s_name(nlp):
    """ "Electricite du Cambodge signed ...": title-case words, French "du" and a place
    make one body's name, no place of the story; a person's "de" ("Jose de Venecia")
    is left alone, and the country named on its own elsewhere stays a place."""
    text = "Electricite du Cambodge will buy power from Laos next year."
    found = with_ner(nlp, text, [("Cambodge", "GPE"), ("Laos", "GPE")])
    assert found.get("Electricite du Cambodge") == "Organisation"
    assert "Cambodge" not in found and found.get("Laos") == "Place"
    text = "Former speaker Jose de Venecia spoke in Manila on Friday."
    found = with_ner(nlp, text, [("Jose de Venecia", "PERSON"), ("Manila", "GPE")])
    assert found.get("Jose de Venecia") == "Person" and found.get("Manila") == "Place"
