"""Names that are not entities, and where a name begins: a stand's number on a floor
plan, a firm's name opening a sentence with an adjective, an interview's "A:" label, and
a sentence's first adjective before the noun it qualifies. Each with a sentence of our
own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities, with_ner

pytestmark = pytest.mark.model


def test_a_numbered_stand_is_no_entity(nlp):
    """ "at Booth 7-C22", "at stand K-204": an exhibitor's space numbered on a floor plan
    is no event, place or body, whether the NER took the noun in or the code alone; a
    name that merely opens with "Stand" is still read."""
    text = "At Booth 7-C22 in the machinery hall, Tanjung Robotics will show a welding arm."
    found = with_ner(nlp, text, [("Booth 7-C22", "EVENT"), ("Tanjung Robotics", "ORG")])
    assert "Booth 7-C22" not in found
    assert found.get("Tanjung Robotics") == "Organisation"
    text = "Visitors can meet the firm at stand K-204 of the food hall on Friday."
    assert "K-204" not in with_ner(nlp, text, [("K-204", "FAC")])
    text = "The Stand Together Foundation gave rice to families in Cebu."
    found = with_ner(nlp, text, [("The Stand Together Foundation", "ORG"), ("Cebu", "GPE")])
    assert found.get("Stand Together Foundation") == "Organisation"


def test_a_sentence_initial_adjective_opening_the_ners_body(nlp):
    """ "Great Wall Motor, X and Y have also opened plants": the tagger's adjective
    opening a sentence still opens the name where the NER's organisation begins with it;
    an adjective the NER leaves out stays out."""
    text = (
        "Thailand wants more electric cars. Great Eastern Motor, Kestrel Motor and Saga "
        "Auto have also opened or announced plants in the country."
    )
    spans = [("Thailand", "GPE"), ("Kestrel Motor", "ORG"), ("Saga Auto", "ORG")]
    found = with_ner(nlp, text, [*spans, ("Great Eastern Motor", "ORG")])
    assert found.get("Great Eastern Motor") == "Organisation"
    assert "Eastern Motor" not in found
    found = with_ner(nlp, text, [*spans, ("Eastern Motor", "ORG")])
    assert "Great Eastern Motor" not in found


def test_an_interview_answer_opens_a_sentence(nlp):
    """ "A: Central bankers from ... said": after an interview's "A:" label a word opens a
    sentence, so an adjective there is no place GeoNames happens to know; the same word
    inside a sentence, as a name, is left to the other rules."""
    text = (
        "Q: What did the meeting agree?\n"
        "A: Central bankers from five countries backed settlement in local currencies."
    )
    assert "Central" not in entities(nlp, text)
    text = "Q: Where is the plant?\nA: It is in Central Java, near Semarang."
    assert entities(nlp, text).get("Central Java") == "Place"


def test_a_sentence_initial_adjective_before_its_noun_is_no_name(nlp):
    """ "Digital trade dominated the talks": a sentence's first word English spells only
    as an adjective, before the lower-case noun it qualifies, is no body however the NER
    typed it; a name English does not spell as an adjective, there, stays a body."""
    text = "Digital trade dominated the talks in Vientiane on Friday."
    found = with_ner(nlp, text, [("Digital", "ORG"), ("Vientiane", "GPE")])
    assert "Digital" not in found
    assert found.get("Vientiane") == "Place"
    text = "Vintura engineers showed a drone in Vientiane on Friday."
    found = with_ner(nlp, text, [("Vintura", "ORG"), ("Vientiane", "GPE")])
    assert found.get("Vintura") == "Organisation"


def test_a_ministers_portfolio_names_no_body(nlp):
    """ "Lao Minister of Agriculture and Forestry X": the portfolio after "Minister of" is
    no body however the NER typed it; a public body's noun there ("Minister of the Prime
    Minister's Office"), a country the NER found ("Ministers of Korea, Japan ...") or a
    secretary's "of" keeps its entity."""
    text = "Lao Minister of Agriculture and Forestry Somchai Vongsa opened the fair."
    found = with_ner(nlp, text, [("Agriculture and Forestry", "ORG"), ("Somchai Vongsa", "PERSON")])
    assert "Agriculture and Forestry" not in found
    assert found.get("Somchai Vongsa") == "Person"
    text = "Ministers of Korea, Japan and Mongolia met in Hanoi."
    found = with_ner(
        nlp, text, [("Korea", "GPE"), ("Japan", "GPE"), ("Mongolia", "GPE"), ("Hanoi", "GPE")]
    )
    assert found.get("Korea") == "Place"
    text = "The Secretary of Tarlac Rice Growers Federation opened the fair."
    found = with_ner(nlp, text, [("Tarlac Rice Growers Federation", "ORG")])
    assert found.get("Tarlac Rice Growers Federation") == "Organisation"


def test_a_portfolio_before_minister_names_no_body(nlp):
    """ "Thai Digital Economy and Society Minister X": a portfolio a nationality opens,
    written before "Minister", is no body; a firm joined by "and" to a minister is."""
    text = "Thai Marine Resources and Fisheries Minister Somchai Vongsa opened the fair."
    found = with_ner(nlp, text, [("Thai Marine Resources", "ORG"), ("Somchai Vongsa", "PERSON")])
    assert "Thai Marine Resources" not in found
    text = "Vintura and Fisheries Minister Somchai Vongsa opened the fair."
    found = with_ner(nlp, text, [("Vintura", "ORG"), ("Somchai Vongsa", "PERSON")])
    assert found.get("Vintura") == "Organisation"


def test_a_name_cut_at_a_shortened_part_is_one_person(nlp):
    """ "Ramon Miguel Sta. Cruz, who ...": a person's name the parser cut at a part
    shortened to a few letters and a stop is one person where the NER read the short
    part inside the first name; two people either side of a full stop stay two."""
    text = "Consul General Ramon Miguel Sta. Cruz, who opened the pavilion, said buyers came."
    found = with_ner(nlp, text, [("Ramon Miguel Sta", "PERSON"), ("Cruz", "PERSON")])
    assert found.get("Ramon Miguel Sta. Cruz") == "Person"
    assert "Cruz" not in found
    text = "The talks were chaired by Ramon Lim. Cruz Tan, who opened the pavilion, spoke."
    found = with_ner(nlp, text, [("Ramon Lim", "PERSON"), ("Cruz Tan", "PERSON")])
    assert found.get("Ramon Lim") == "Person"
    assert found.get("Cruz Tan") == "Person"


def test_a_quoted_short_name_in_brackets_is_the_firms(nlp):
    """ "PT Sinar Laut Energi ("Sinar Laut"), a ... operator": the short name a release
    defines in a quoted bracket, its words taken from the full name, is the firm's, and
    the text's later "Sinar Laut" names the same firm; a quoted title in brackets whose
    words are not the name's stays apart."""
    text = (
        'PT Sinar Laut Energi ("Sinar Laut"), an Indonesian maker of batteries, will '
        "exhibit in Nanning. Sinar Laut plans to open a plant in Surabaya."
    )
    found = entities(nlp, text)
    assert found.get("PT Sinar Laut Energi") == "Organisation"
    assert "Sinar Laut" not in found
    text = (
        'PT Sinar Laut Energi ("Blue Current"), an Indonesian maker of batteries, will '
        "exhibit in Nanning."
    )
    assert "Blue Current" not in entities(nlp, text).get("PT Sinar Laut Energi", "")


def test_school_and_polytechnic_head_a_body(nlp):
    """ "Qiannan Polytechnic of Digital Industry", "the Mekong School of Public Health":
    a school or a polytechnic is a body, its "of" phrase part of its name, whatever the
    NER made of the words; a lower-case school is no name."""
    text = "Vintura and Dali Polytechnic of Digital Industry agreed to set up a training centre."
    found = with_ner(
        nlp, text, [("Vintura", "ORG"), ("Dali Polytechnic", "PERSON"), ("Digital Industry", "ORG")]
    )
    assert found.get("Dali Polytechnic of Digital Industry") == "Organisation"
    assert "Digital Industry" not in found
    text = "Students from a school in Dali met the visitors."
    assert "school" not in entities(nlp, text)


def test_films_given_as_examples_are_no_entities(nlp):
    """ "Chinese films such as Quiet Morning": a work given as an example of films is no
    place or person however the NER typed it; exhibitors given as examples still are
    firms."""
    text = "Organisers said Chinese films such as Quiet Morning would be shown in Nanning."
    found = with_ner(nlp, text, [("Quiet Morning", "FAC"), ("Nanning", "GPE")])
    assert "Quiet Morning" not in found
    text = "Exhibitors such as Quiet Harbour Foods came to Nanning."
    found = with_ner(nlp, text, [("Quiet Harbour Foods", "PERSON"), ("Nanning", "GPE")])
    assert found.get("Quiet Harbour Foods") == "Organisation"


def test_a_name_after_a_portfolio_listed_beside_a_body_is_a_person(nlp):
    """ "Vice Minister of Education and Sports Somsak Vongsa and ASEAN's ...": the
    portfolio's last part and the untyped name after it, listed beside a body, are no
    firm: the name is a person's; an untyped name listed beside a body with no
    portfolio before it is still a firm."""
    text = (
        "Lao Vice Minister of Education and Sports Somsak Vongsa and ASEAN officials "
        "attended the forum."
    )
    found = with_ner(nlp, text, [("ASEAN", "ORG")])
    assert found.get("Somsak Vongsa") == "Person"
    assert "Sports Somsak Vongsa" not in found
    text = "Traders from Somsak Vongsa and Petronas attended the forum."
    found = with_ner(nlp, text, [("Petronas", "ORG")])
    assert found.get("Somsak Vongsa") == "Organisation"


def test_an_event_named_platform_is_an_initiative(nlp):
    """ "the "Harbour Cloud Fair", a web platform where firms exhibit": a name with an
    event's head that the text calls a platform, after it or in apposition, is an online
    platform, an initiative; the fair it serves, described otherwise, stays an event."""
    text = (
        'Organisers of the fair have launched the "Harbour Cloud Fair", a web platform '
        "where overseas companies can exhibit and sign deals."
    )
    assert entities(nlp, text).get("Harbour Cloud Fair") == "Initiative"
    text = 'We built a "Harbour Cloud Fair" platform that runs around the clock.'
    assert entities(nlp, text).get("Harbour Cloud Fair") == "Initiative"
    text = "The Harbour Trade Fair, a four-day show in Qinzhou, drew 300 exhibitors."
    assert entities(nlp, text).get("Harbour Trade Fair") == "Event"


def test_two_compass_points_joined_are_no_place(nlp):
    """ "the North-South and East-West economic corridors": two compass points joined by
    a hyphen are a direction, no place however the NER typed them; a place named with
    a compass word ("West Java") is still one."""
    text = "Trucks use the North-South and East-West economic corridors to reach West Java."
    found = with_ner(
        nlp, text, [("North-South", "LOC"), ("East-West", "LOC"), ("West Java", "GPE")]
    )
    assert "North-South" not in found
    assert "East-West" not in found
    assert found.get("West Java") == "Place"


def test_a_genre_word_in_a_masthead_field_is_no_entity(nlp):
    """ "Mekong Post | Op-Ed | 3 May 2024": a genre word in a masthead's "|" field is page
    furniture, no person; the paper's name in the field before it stays a body."""
    text = (
        "OPINION | After the summit, the Mekong needs roads\n\n"
        "Mekong Post | Op-Ed | 3 May 2024\nBy Dr Lina Chau\n\n"
        "Leaders of the six countries met in Kunming on 6 May."
    )
    found = entities(nlp, text)
    assert "Op-Ed" not in found
    assert found.get("Mekong Post") == "Organisation"


def test_a_product_named_before_ev_or_hatchback_is_no_entity(nlp):
    """ "whose Harbour Air ev is assembled in Cikarang", "a Kestrel hatchback": a name the
    noun after it calls an electric vehicle or a hatchback is a product, no firm; the
    maker named as a firm stays one."""
    text = (
        "Volta will work with Sakti Motor, whose Harbour Air ev is assembled in Cikarang. "
        "The plant also rolled out a Kestrel hatchback."
    )
    found = with_ner(
        nlp,
        text,
        [("Sakti Motor", "ORG"), ("Harbour Air", "ORG"), ("Cikarang", "GPE"), ("Kestrel", "ORG")],
    )
    assert "Harbour Air" not in found
    assert "Kestrel" not in found
    assert found.get("Sakti Motor") == "Organisation"


def test_a_described_firm_that_says_her_is_a_person(nlp):
    """ "Cambodian producer Sok Chanrith said her company ...": a name the noun before it
    calls a producer is a person's when "said her" follows it; "said its" leaves it a
    firm."""
    text = "Cambodian producer Lim Sovanna said her company was looking for a partner."
    assert entities(nlp, text).get("Lim Sovanna") == "Person"
    text = "Cambodian producer Lim Sovanna said its exports grew last year."
    assert entities(nlp, text).get("Lim Sovanna") == "Organisation"
