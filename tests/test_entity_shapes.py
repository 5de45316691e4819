"""Entity shapes read on news the rules had not seen (batch 15 and the batches before it):
each with a sentence of our own read right and one left alone."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document

pytestmark = pytest.mark.model


def entities(nlp, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """label → (core class, aliases) of every entity resolved from ``text``."""
    resolved = resolve_document(nlp(text), None)
    return {e.label: (e.core_class, e.aliases) for e in resolved.entities.values()}


# ------------------------------------------------- a country's ministry, by its own name
def test_a_countrys_ministry_is_also_known_by_its_own_name(nlp):
    found = entities(nlp, "Laos's Ministry of Commerce signed the deal in Vientiane.")
    assert found["Ministry of Commerce of Laos"][0] == "Organisation"
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


# ------------------------------------------------------- a name the NER read as a date
def test_a_name_run_goes_on_over_the_ners_date_that_holds_no_date_word(nlp):
    found = entities(nlp, "PATA Travel Mart Asia 2023, held in Jakarta, drew 400 buyers.")
    assert found["PATA Travel Mart Asia 2023"][0] == "Event"


def test_a_month_before_a_year_names_no_event(nlp):
    found = entities(nlp, "Prices rose in October 2023, held up by strong demand.")
    assert not any(label.startswith("October") for label in found)


# ------------------------------------------------------ a city bracketed inside a name
def test_a_city_in_brackets_inside_a_name_is_part_of_it(nlp):
    found = entities(nlp, "Growers filled the China-ASEAN (Pingxiang) Fruit Trade Fair on Friday.")
    assert found["China-ASEAN (Pingxiang) Fruit Trade Fair"][0] == "Event"


def test_a_bracketed_city_after_a_name_that_stops_is_not_joined(nlp):
    found = entities(nlp, "Officials from China (Beijing) said the talks went well.")
    assert not any("(" in label for label in found)


# ------------------------------------------------------------- a programme called NAME
def test_a_programme_called_a_name_is_an_initiative_whatever_the_verb(nlp):
    found = entities(
        nlp, "The university got a teacher-training programme called Bright Mekong under way."
    )
    assert found["Bright Mekong"][0] == "Initiative"


def test_a_firm_called_a_name_stays_a_firm(nlp):
    found = entities(nlp, "The bank bought a small company called Kiri Foods last year.")
    assert found.get("Kiri Foods", ("Organisation",))[0] != "Initiative"


# --------------------------------------------------- an expo's name used as its venue
def test_an_expo_named_venue_where_an_event_took_place_is_a_place(nlp):
    found = entities(
        nlp, "At Bangkok International Expo, where the 2024 Rubber Forum took place, firms met."
    )
    assert found["Bangkok International Expo"][0] == "Place"


def test_an_expo_that_is_held_stays_an_event(nlp):
    found = entities(nlp, "The Bangkok International Expo was held at a hotel in Bangkok.")
    assert found["Bangkok International Expo"][0] == "Event"


# ---------------------------------------------------------- a brand with a possessive
def test_a_brand_named_with_a_possessive_keeps_it(nlp):
    found = entities(nlp, "Snack makers, among them Aminah's and Kiri Foods, filled Hall 2.")
    assert "Aminah's" in found


def test_a_possessive_that_owns_a_noun_is_no_part_of_the_name(nlp):
    found = entities(nlp, "Samsung said Samsung's profits rose while Huawei grew.")
    assert "Samsung's" not in found


# --------------------------------------------------- a body's name ending in an event
def test_a_committee_of_a_conference_is_a_body(nlp):
    found = entities(
        nlp,
        "Wang, who chairs the Standing Committee of the Guangxi People's Congress, "
        "spoke on Monday.",
    )
    assert found["Standing Committee of the Guangxi People's Congress"][0] == "Organisation"


def test_a_bodys_name_then_an_events_head_is_an_event(nlp):
    found = entities(nlp, "The China-ASEAN Chambers of Commerce Leaders Summit opened on Monday.")
    assert found["China-ASEAN Chambers of Commerce Leaders Summit"][0] == "Event"


# ------------------------------------------------------ people listed by their country
def test_names_in_a_list_of_people_owned_by_places_are_people(nlp):
    found = entities(
        nlp,
        "Seated there were Thailand's Prayut Chan-o-cha, Malaysia's Najib Razak, "
        "Laos's Thongloun Sisoulith and Brunei's Hassanal Bolkiah.",
    )
    assert found["Hassanal Bolkiah"][0] == "Person"


def test_a_list_of_firms_owned_by_places_stays_firms(nlp):
    found = entities(
        nlp,
        "Buyers met Vietnam's Vinamilk, Thailand's Mitr Phol Sugar and Indonesia's "
        "Indofood Sukses Makmur on Monday.",
    )
    assert found["Mitr Phol Sugar"][0] == "Organisation"
    assert found["Indofood Sukses Makmur"][0] == "Organisation"
