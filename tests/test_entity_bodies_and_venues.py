"""Bodies, venues and sites the graph missed or mistyped: a development, industrial or
border-trade zone is a site on the map (a Place), while a free trade zone stays an
initiative (`names.json` "compound_heads", read when names are resolved); "the Guangxi
government" is a body as "the Yunnan government" is."""

from __future__ import annotations

import pytest

from conftest import entities, resolve_hand_spans


def resolved_classes(text: str, spans: list[tuple[str, str, str]]) -> dict[str, str]:
    """Resolve ``text`` with the given ``(surface, class, rule)`` spans → each resolved
    entity's label and its class."""
    resolved = resolve_hand_spans(text, spans)
    return {e.label: e.core_class for e in resolved.entities.values()}


def test_a_development_zone_is_a_place_whatever_its_head_said():
    text = "Coffee growers from the Tha Ngon Development Zone showed their beans."
    classes = resolved_classes(
        text, [("Tha Ngon Development Zone", "Initiative", "head:Initiative")]
    )
    assert classes == {"Tha Ngon Development Zone": "Place"}


def test_an_industrial_or_border_trade_zone_is_a_place():
    text = "Firms in the Bago Industrial Zone and the Lashio Border Trade Zone exported more."
    classes = resolved_classes(
        text,
        [
            ("Bago Industrial Zone", "Organisation", "head:Organisation"),
            ("Lashio Border Trade Zone", "Initiative", "head:Initiative"),
        ],
    )
    assert classes == {"Bago Industrial Zone": "Place", "Lashio Border Trade Zone": "Place"}


def test_a_free_trade_zone_stays_an_initiative():
    text = "The Hainan Pilot Free Trade Zone was set up to draw investors."
    classes = resolved_classes(
        text, [("Hainan Pilot Free Trade Zone", "Initiative", "head:Initiative")]
    )
    assert classes == {"Hainan Pilot Free Trade Zone": "Initiative"}


@pytest.mark.model
def test_a_province_known_by_the_first_word_of_its_name_and_government_is_a_body(nlp):
    """ "the Guangxi government": a province whose adjective is the first word of its full
    name ("Guangxi Zhuang Autonomous Region") and a body's noun name that body, as "the
    Yunnan government" does; the province before another lower-case noun names no body."""
    found = entities(
        nlp, "The trade fair was co-hosted by the ministry and the Guangxi government."
    )
    assert found.get("Guangxi government") == "Organisation"
    found = entities(nlp, "A Guangxi delegation toured the trade fair.")
    assert "Guangxi delegation" not in found


@pytest.mark.model
def test_a_government_of_the_region_or_with_its_level_is_named_as_printed(nlp):
    """ "the government of the Guangxi Zhuang autonomous region", "the regional government
    of Guangxi": a province's government written in lower case, "of the" before the place
    or its level before "government", is one body named as printed; a government with no
    place after it is none."""
    text = "The fair was co-hosted by the government of the Guangxi Zhuang autonomous region."
    found = entities(nlp, text)
    assert found.get("government of the Guangxi Zhuang autonomous region") == "Organisation"
    found = entities(nlp, "The fair was backed by the provincial government of Yunnan.")
    assert found.get("provincial government of Yunnan") == "Organisation"
    found = entities(nlp, "The provincial government backed the fair in Kunming.")
    assert not [label for label in found if "government" in label]


def test_a_joint_laboratory_or_centre_is_an_initiative_a_joint_committee_a_body():
    text = (
        "The two academies opened the Joint Laboratory for Rice Genomics, and the "
        "Lao-Thai Trade Joint Committee met."
    )
    classes = resolved_classes(
        text,
        [
            ("Joint Laboratory for Rice Genomics", "Organisation", "head:Organisation"),
            ("Lao-Thai Trade Joint Committee", "Organisation", "head:Organisation"),
        ],
    )
    assert classes == {
        "Joint Laboratory for Rice Genomics": "Initiative",
        "Lao-Thai Trade Joint Committee": "Organisation",
    }


def test_an_arts_centre_is_a_venue():
    text = "The gala was staged at the Hanoi Cultural Arts Centre."
    classes = resolved_classes(
        text, [("Hanoi Cultural Arts Centre", "Organisation", "head:Organisation")]
    )
    assert classes == {"Hanoi Cultural Arts Centre": "Place"}


def test_a_government_of_a_place_joins_the_places_government_named_first():
    """ "the Yunnan provincial government ... the provincial government of Yunnan": one
    body; a body of another noun is not joined."""
    text = (
        "The Yunnan provincial government hosted the fair. The provincial government of "
        "Yunnan paid for it, and the provincial bureau of Yunnan helped."
    )
    classes = resolved_classes(
        text,
        [
            ("Yunnan provincial government", "Organisation", "government-of"),
            ("provincial government of Yunnan", "Organisation", "government-of"),
            ("provincial bureau of Yunnan", "Organisation", "government-of"),
        ],
    )
    assert classes == {
        "Yunnan provincial government": "Organisation",
        "provincial bureau of Yunnan": "Organisation",
    }


@pytest.mark.model
def test_a_summit_to_commemorate_an_anniversary_is_one_event(nlp):
    """ "the Special Summit to Commemorate the 25th Anniversary of ...": one event named as
    printed; "a summit to mark the anniversary" in lower case joins nothing."""
    text = (
        "Leaders met at the Special Summit to Commemorate the 25th Anniversary of Lao-Thai "
        "Diplomatic Relations in Vientiane."
    )
    found = entities(nlp, text)
    name = "Special Summit to Commemorate the 25th Anniversary of Lao-Thai Diplomatic Relations"
    assert found.get(name) == "Event"
    assert "Special Summit" not in found
    found = entities(nlp, "The Mekong Summit was held to mark the 25th anniversary of ties.")
    assert not [label for label in found if "anniversary" in label.lower()]


def test_a_commemorative_events_head_is_its_own_noun_not_the_anniversary():
    """ "the summit" later in the text can stand for "the Special Summit to Commemorate the
    25th Anniversary of ...": its head is "summit"; "to" in another name changes nothing."""
    from caexpo_kg.resolve.entities import _head_word

    label = "Special Summit to Commemorate the 25th Anniversary of Lao-Thai Diplomatic Relations"
    assert _head_word(label) == "summit"
    assert _head_word("Road to Recovery Forum") == "forum"
