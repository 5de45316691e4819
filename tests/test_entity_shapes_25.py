"""Entity shapes read on batch 19's misses (helper ent25): each with a sentence of our own
read right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities, with_ner

pytestmark = pytest.mark.model


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


def test_a_wire_sign_off_glued_to_the_last_word(nlp):
    """ "... Rural Development./.": the Vietnam News Agency's sign-off is no part of the
    name before it; a stop after a name is left as it was."""
    found = entities(nlp, "Prices rose, according to the Ministry of Industry and Trade./.")
    assert found.get("Ministry of Industry and Trade") == "Organisation"
    tokens = [t.text for t in nlp.tokenizer("He joined Vinacafe Co. in 2010 (est.) and left.")]
    assert "./." not in tokens and "Co." in tokens


def test_a_chinese_new_area_is_a_place(nlp):
    """ "Lanhai New Area": a state-level new area, a place; a fund named with the words is
    no place."""
    found = entities(
        nlp, "The fair will run in Lanhai New Area, southwest China's Guizhou Province."
    )
    assert found.get("Lanhai New Area") == "Place"
    found = entities(nlp, "The Mekong New Area Fund will lend to farmers.")
    assert found.get("Mekong New Area Fund") != "Place"


def test_a_united_nations_programme_is_a_body(nlp):
    """ "the United Nations Environment Programme": a UN agency, a body; a regional
    programme stays an initiative."""
    text = "The United Nations Environment Programme and the ASEAN Green Ports Programme met."
    found = entities(nlp, text)
    assert found.get("United Nations Environment Programme") == "Organisation"
    assert found.get("ASEAN Green Ports Programme") == "Initiative"


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


def test_a_headline_whose_ner_span_is_only_an_ordinal_still_extracts(nlp):
    # the NER's span of "seventeenth" left nothing once its ordinal was cut: read as no name
    text = (
        "What to expect at the seventeenth Lianjiang Tourism Investment Summit\n\n"
        "Preparations are under way in Lianjiang for the summit, which opens on Monday."
    )
    assert entities(nlp, text).get("17th Lianjiang Tourism Investment Summit") == "Event"
