"""The class of a name from its shape, with the aliases it is also known by (a country's
ministry by its bare name, a brand by its possessive), and names left alone: each with a
sentence of our own read right and one left alone. Shapes read on news the rules had not
seen."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document

pytestmark = pytest.mark.model


def entities(nlp, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """label → (core class, aliases) of every entity resolved from ``text``."""
    resolved = resolve_document(nlp(text), None)
    return {e.label: (e.core_class, e.aliases) for e in resolved.entities.values()}


#: (sentence, name, its class): each shape read right, then the sentence it leaves alone.
CLASSES = [
    # a name run goes on over the NER's date that holds no date word ("Asia 2023")
    ("PATA Travel Mart Asia 2023, held in Jakarta, drew 400 buyers.",
     "PATA Travel Mart Asia 2023", "Event"),
    # a city bracketed inside a name, the name going on after it, is part of it
    ("Growers filled the China-ASEAN (Pingxiang) Fruit Trade Fair on Friday.",
     "China-ASEAN (Pingxiang) Fruit Trade Fair", "Event"),
    # a programme called NAME is an initiative, whatever the verb
    ("The university got a teacher-training programme called Bright Mekong under way.",
     "Bright Mekong", "Initiative"),
    # an expo's name the text holds no edition of, where an event took place, is a venue
    ("At Bangkok International Expo, where the 2024 Rubber Forum took place, firms met.",
     "Bangkok International Expo", "Place"),
    ("The Bangkok International Expo was held at a hotel in Bangkok.",
     "Bangkok International Expo", "Event"),
    # a body's name whose complement after "of the" ends in an event's head is a body
    ("Wang, who chairs the Standing Committee of the Guangxi People's Congress, spoke.",
     "Standing Committee of the Guangxi People's Congress", "Organisation"),
    ("The China-ASEAN Chambers of Commerce Leaders Summit opened on Monday.",
     "China-ASEAN Chambers of Commerce Leaders Summit", "Event"),
    # names in a list of people each owned by a place are people; firms stay firms
    ("Seated there were Thailand's Prayut Chan-o-cha, Malaysia's Najib Razak, Laos's "
     "Thongloun Sisoulith and Brunei's Hassanal Bolkiah.", "Hassanal Bolkiah", "Person"),
    ("Buyers met Vietnam's Vinamilk, Thailand's Mitr Phol Sugar and Indonesia's Indofood "
     "Sukses Makmur on Monday.", "Indofood Sukses Makmur", "Organisation"),
    # a numbered district or area of a named place is a place of its own
    ("The fair was held at a hall in District 2 of Ho Chi Minh City on Friday.",
     "District 2", "Place"),
    # lower-case words in quotes after "the", ending in an initiative's head, name it
    ("Hanoi will carry out the \"3+5 connectivity plan\" with Vientiane.",
     "3+5 connectivity plan", "Initiative"),
    # a name after "a" that a launch verb makes, or ending a programme's phrase, is new
    ("Chulalongkorn University rolled out a Gulf of Thailand Reef Observatory.",
     "Gulf of Thailand Reef Observatory", "Initiative"),
    ("The port authority established a training scheme for pilots, Harbour Pathways.",
     "Harbour Pathways", "Initiative"),
    # a place bracketed in a name, the name glued on after it by a hyphen, is part of it
    ("The 2023 China (Yunnan)-South Asia Tea Fair, held in Pu'er, closed on Monday.",
     "2023 China (Yunnan)-South Asia Tea Fair", "Event"),
    # a province's possessive and a government's level name the province's government
    ("Hainan's provincial government said the fair would grow.",
     "Hainan provincial government", "Organisation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core_class"), CLASSES)
def test_the_class_of_a_name_from_its_shape(nlp, text, name, core_class):
    assert entities(nlp, text)[name][0] == core_class


#: (sentence, what no label may hold): names left alone.
LEFT_ALONE = [
    ("Prices rose in October 2023, held up by strong demand.", "October"),  # a date
    ("Officials from China (Beijing) said the talks went well.", "("),  # the name stops
    ("Samsung said Samsung's profits rose while Huawei grew.", "'s"),  # owns a noun
    ("Rents in District 2 rose, and Area B stayed empty.", "District"),  # of nothing named
    # a quoted theme, or quoted words with no "the", name no initiative
    ('The theme of the summit is the "green growth partnership".', "partnership"),
    ('Leaders left with a pledge of "stronger partnership".', "partnership"),
    # a country's possessive: its government is the state, named by the country
    ("Thailand's provincial government offices were closed.", "government"),
]


@pytest.mark.parametrize(("text", "part"), LEFT_ALONE)
def test_names_left_alone(nlp, text, part):
    assert not any(part in label for label in entities(nlp, text))


def test_a_countrys_ministry_is_also_known_by_its_own_name(nlp):
    found = entities(nlp, "Laos's Ministry of Commerce signed the deal in Vientiane.")
    assert "Ministry of Commerce" in found["Ministry of Commerce of Laos"][1]


def test_two_countries_ministries_share_no_bare_name(nlp):
    found = entities(
        nlp,
        "The fair is run by Vietnam's Ministry of Industry and Trade and Cambodia's "
        "Ministry of Industry and Trade.",
    )
    for country in ("Vietnam", "Cambodia"):
        label = f"Ministry of Industry and Trade of {country}"
        assert "Ministry of Industry and Trade" not in found[label][1]


def test_a_brand_named_with_a_possessive_keeps_it(nlp):
    found = entities(nlp, "Snack makers, among them Aminah's and Kiri Foods, filled Hall 2.")
    assert "Aminah's" in found


def test_a_firm_called_a_name_stays_no_initiative(nlp):
    found = entities(nlp, "The bank bought a small company called Kiri Foods last year.")
    assert found.get("Kiri Foods", ("Organisation",))[0] != "Initiative"
