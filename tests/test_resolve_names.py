"""Resolution of names within a document, on hand-made spans (model-free)."""

from __future__ import annotations

from conftest import resolve_hand_spans


def resolved_labels(text: str, spans: list[tuple[str, str, str]]) -> dict[str, str]:
    """Resolve ``text`` with the given ``(surface, class, rule)`` spans (first occurrence
    of each surface after the previous one) → label of the entity each surface joined."""
    resolved = resolve_hand_spans(text, spans)
    return {
        text[m.start : m.end] + f"@{m.start}": resolved.entities[m.entity].label
        for m in resolved.mentions
    }


def test_a_surname_the_ner_typed_as_an_organisation_joins_the_person():
    text = "Lu Wei spoke. Lu urged cooperation."
    joined = resolved_labels(
        text, [("Lu Wei", "Person", "ner:PERSON"), ("Lu", "Organisation", "ner:ORG")]
    )
    assert joined == {"Lu Wei@0": "Lu Wei", "Lu@14": "Lu Wei"}


def test_an_organisation_a_rule_found_keeps_its_name_beside_a_person_of_that_name():
    text = "Wang Lei spoke. Wang said so."  # "Wang" as the gazetteer's or a head's name stays
    joined = resolved_labels(
        text, [("Wang Lei", "Person", "ner:PERSON"), ("Wang", "Organisation", "head:wang")]
    )
    assert joined["Wang@16"] == "Wang"


def test_a_pair_of_names_written_in_either_order_is_one_entity():
    text = (
        "The ASEAN-China Summit met. The China-ASEAN Summit closed. The China-ASEAN Summit ended."
    )
    joined = resolved_labels(
        text,
        [
            ("ASEAN-China Summit", "Event", "head:summit"),
            ("China-ASEAN Summit", "Event", "head:summit"),
            ("China-ASEAN Summit", "Event", "head:summit"),
        ],
    )
    assert set(joined.values()) == {"China-ASEAN Summit"}  # the spelling printed more often


def test_a_pair_and_a_different_pair_stay_apart():
    text = "The China-Laos Railway opened. The Laos-Thailand Railway is planned."
    joined = resolved_labels(
        text,
        [
            ("China-Laos Railway", "Initiative", "head:railway"),
            ("Laos-Thailand Railway", "Initiative", "head:railway"),
        ],
    )
    assert set(joined.values()) == {"China-Laos Railway", "Laos-Thailand Railway"}


def test_the_subject_of_a_plan_is_no_short_name_of_the_plan():
    text = "The Lancang-Mekong Cooperation grew: a Plan of Action on Lancang-Mekong Cooperation."
    joined = resolved_labels(
        text,
        [
            ("Lancang-Mekong Cooperation", "Initiative", "head:cooperation"),
            ("Plan of Action on Lancang-Mekong Cooperation", "Initiative", "head:plan"),
        ],
    )
    assert joined["Lancang-Mekong Cooperation@4"] == "Lancang-Mekong Cooperation"


def test_a_tail_ending_in_the_head_is_still_a_short_name():
    text = "The China-ASEAN Information Harbor grew. The Information Harbor links ports."
    joined = resolved_labels(
        text,
        [
            ("China-ASEAN Information Harbor", "Initiative", "head:harbor"),
            ("Information Harbor", "Initiative", "head:harbor"),
        ],
    )
    assert set(joined.values()) == {"China-ASEAN Information Harbor"}


def test_a_firms_name_less_group_joins_the_group():
    text = "Sime Darby and RHB Group came. RHB said so."
    joined = resolved_labels(
        text, [("RHB Group", "Organisation", "head:group"), ("RHB", "Organisation", "ner:ORG")]
    )
    assert joined["RHB@31"] == "RHB Group"
    # left alone: a word that is no firm's name less its kind
    text = "Ayala Foundation came. Ayala said so."
    joined = resolved_labels(
        text,
        [
            ("Ayala Foundation", "Organisation", "head:foundation"),
            ("Ayala", "Organisation", "ner:ORG"),
        ],
    )
    assert joined["Ayala@23"] == "Ayala"


def test_a_firms_first_word_the_ner_took_for_a_person_joins_the_firm():
    text = "Tessera Probe Technologies opened. Tessera says it cuts costs."
    joined = resolved_labels(
        text,
        [
            ("Tessera Probe Technologies", "Organisation", "head:technologies"),
            ("Tessera", "Person", "ner:PERSON"),
        ],
    )
    assert joined["Tessera@35"] == "Tessera Probe Technologies"
