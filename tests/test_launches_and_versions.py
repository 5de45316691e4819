"""Launches as articles word them, and initiatives printed with a version: a body's name
the NER cut before its version number ("CAEXPO Online 2.0") is the version of an
initiative; a programme named before its version ("its RuralPower 2.0 programme") is what
a launch verb launches; an initiative launched "on the opening day of" an event was
launched by the event; what a body "started" with an indefinite article is a new thing of
its own. Each shape with a sentence of our own it reads and one it must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from caexpo_kg.relate import DocumentIndex, run_rules
from caexpo_kg.resolve.entities import resolve_document
from conftest import entities, with_ner

pytestmark = pytest.mark.model


def _launches(nlp, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    day = date(2024, 9, 25)
    resolved = resolve_document(doc, day)
    findings = run_rules(DocumentIndex(doc, resolved, day))
    label = {key: entity.label for key, entity in resolved.entities.items()}
    return {
        (label.get(r.subject, r.subject), label.get(r.object, r.object))
        for r in findings.relations
        if r.predicate == "launched"
    }


def test_a_body_name_with_a_version_is_an_initiative(nlp):
    found = entities(
        nlp, "At the fair, the Mekong Trade Office rolled out TradeGate Online 3.0 for exporters."
    )
    assert found.get("TradeGate Online 3.0") == "Initiative"
    assert "TradeGate Online" not in found


def test_an_amount_after_a_body_is_no_version(nlp):
    found = entities(
        nlp, "Revenue at Siam Harbour Logistics 2.5 billion baht was reported on Friday."
    )
    assert not any(label.endswith("2.5") for label in found)


def test_a_programme_named_before_its_version_is_launched(nlp):
    text = (
        "Borneo Solar Works Sdn Bhd, a Kuching-based installer, launched its SunVillage 2.0 "
        "programme for remote schools at the 21st China-ASEAN Expo in Nanning."
    )
    assert ("Borneo Solar Works", "SunVillage 2.0") in _launches(nlp, text)


def test_a_programme_praised_is_not_launched(nlp):
    text = (
        "Borneo Solar Works Sdn Bhd, a Kuching-based installer, praised its SunVillage 2.0 "
        "programme for remote schools at the 21st China-ASEAN Expo in Nanning."
    )
    assert not any(i == "SunVillage 2.0" for _, i in _launches(nlp, text))


def test_launched_on_the_opening_day_of_an_event(nlp):
    text = (
        "The Mekong Cold Chain Network was inaugurated on the opening day of the 4th "
        "China-ASEAN Forum on Food Logistics in Qinzhou."
    )
    assert ("4th China-ASEAN Forum on Food Logistics", "Mekong Cold Chain Network") in _launches(
        nlp, text
    )


def test_praised_on_the_opening_day_is_no_launch(nlp):
    text = (
        "The Mekong Cold Chain Network was praised on the opening day of the 4th "
        "China-ASEAN Forum on Food Logistics in Qinzhou."
    )
    assert _launches(nlp, text) == set()


def test_an_academy_a_body_started_is_its_initiative(nlp):
    text = "At the forum, the Mekong Youth Federation started a Green Skills Academy for farmers."
    assert entities(nlp, text).get("Green Skills Academy") == "Initiative"


def test_an_academy_a_body_joined_stays_a_body(nlp):
    text = "At the forum, the Mekong Youth Federation joined the Green Skills Academy for farmers."
    assert entities(nlp, text).get("Green Skills Academy") == "Organisation"


def test_an_indefinite_lower_case_agreement_with_its_acronym_is_an_initiative(nlp):
    text = "Ministers opened talks on a regional data sharing agreement (RDSA) in Hanoi."
    assert entities(nlp, text).get("regional data sharing agreement") == "Initiative"


def test_an_indefinite_lower_case_agreement_without_an_acronym_is_none(nlp):
    text = "Ministers opened talks on a regional data sharing agreement in Hanoi."
    assert "regional data sharing agreement" not in entities(nlp, text)


def test_a_launched_name_ends_before_for_and_what_modifies_the_noun_after(nlp):
    text = (
        "At the fair, the Cambodian Chamber of Commerce inaugurated a Mekong Export Desk for "
        "Yunnan buyers."
    )
    found = with_ner(nlp, text, [("Mekong Export Desk for Yunnan", "ORG")])
    assert found.get("Mekong Export Desk") == "Initiative"
    assert "Mekong Export Desk for Yunnan" not in found


def test_a_name_whose_for_phrase_is_its_own_stays_whole(nlp):
    text = "Guangxi University set up the Joint Laboratory for Rice Genomics at the forum."
    assert "Joint Laboratory for Rice Genomics" in entities(nlp, text)


_UNVEILED_IN_APPOSITION = (
    "A sister programme, the Sarawak Pepper Export Hub, was unveiled by the Malaysian "
    "Pepper Board the same day."
)
_AGREEMENT_MARKING_A_START = (
    "Penang Port Commission and Shekou Container Terminals signed an agreement in "
    "Penang on Monday that marked the start of the Penang-Shenzhen Green Shipping Corridor."
)


def test_a_name_in_apposition_to_a_passive_subject_is_launched_by_the_agent(nlp):
    hub = ("Malaysian Pepper Board", "Sarawak Pepper Export Hub")
    assert _launches(nlp, _UNVEILED_IN_APPOSITION) == {hub}
    assert _launches(nlp, _UNVEILED_IN_APPOSITION.replace("unveiled", "praised")) == set()


def test_the_makers_of_an_agreement_that_marked_the_start_of_an_initiative_launched_it(nlp):
    corridor = "Penang-Shenzhen Green Shipping Corridor"
    assert _launches(nlp, _AGREEMENT_MARKING_A_START) == {
        ("Penang Port Commission", corridor),
        ("Shekou Container Terminals", corridor),
    }
    praised = _AGREEMENT_MARKING_A_START.replace("marked the start of", "praised")
    assert _launches(nlp, praised) == set()


def test_an_initiative_launched_at_an_event_by_unnamed_organisers_is_the_event_s(nlp):
    text = "At the 12th China-ASEAN Expo, organisers opened the China-ASEAN Information Harbor."
    assert _launches(nlp, text) == {("12th China-ASEAN Expo", "China-ASEAN Information Harbor")}


def test_what_a_body_says_it_launched_at_an_event_is_not_the_event_s(nlp):
    text = (
        "EduBridge Asia, a Malaysian provider of learning platforms, announced that it "
        "launched the ASEAN Smart Classroom Programme at the 2025 China-ASEAN Education "
        "Cooperation Week in Guiyang."
    )
    assert not any(subject.endswith("Week") for subject, _ in _launches(nlp, text))


def test_a_versioned_name_called_the_new_version_of_another_makes_both_initiatives(nlp):
    text = (
        "Port officials launched HarbourNet 2.0, an upgraded version of the Beibu Gulf Port "
        "Data Network, at the forum."
    )
    found = entities(nlp, text)
    assert found.get("HarbourNet 2.0") == "Initiative"
    assert found.get("Beibu Gulf Port Data Network") == "Initiative"


def test_a_network_with_no_successor_in_apposition_stays_as_read(nlp):
    found = entities(nlp, "Port officials joined the Beibu Gulf Port Data Network at the forum.")
    assert found.get("Beibu Gulf Port Data Network") != "Initiative"


def test_a_thing_a_body_kicks_off_called_a_name_is_its_initiative(nlp):
    text = "The Lao News Agency kicked off a joint translation desk called MekongWire."
    assert entities(nlp, text).get("MekongWire") == "Initiative"
    assert ("Lao News Agency", "MekongWire") in _launches(nlp, text)


def test_a_joint_venture_a_firm_sets_up_called_a_name_stays_a_body(nlp):
    text = "Siam Motors set up a joint venture called Mekong Auto Parts in Rayong."
    assert entities(nlp, text).get("Mekong Auto Parts") == "Organisation"


def test_a_centre_founded_by_a_body_in_the_passive_is_its_initiative(nlp):
    text = "A Mekong River Ecology Training Centre was set up in Kunming by Yunnan University."
    assert entities(nlp, text).get("Mekong River Ecology Training Centre") == "Initiative"
    assert ("Yunnan University", "Mekong River Ecology Training Centre") in _launches(nlp, text)


def test_a_centre_founded_in_the_passive_with_no_agent_stays_as_read(nlp):
    text = "A Mekong River Ecology Training Centre was set up in Kunming in 2012."
    assert entities(nlp, text).get("Mekong River Ecology Training Centre") != "Initiative"


def test_a_centre_for_a_topic_a_body_establishes_is_its_initiative(nlp):
    text = "Chiang Mai University established a Centre for Lancang-Mekong Water Studies."
    assert entities(nlp, text).get("Centre for Lancang-Mekong Water Studies") == "Initiative"


def test_a_new_version_of_a_product_is_no_initiative(nlp):
    text = "At the fair the company also unveiled KopiLite 2.0, an upgraded version of its {}."
    assert entities(nlp, text.format("instant coffee")).get("KopiLite 2.0") != "Initiative"
    assert entities(nlp, text.format("ordering platform")).get("KopiLite 2.0") == "Initiative"
