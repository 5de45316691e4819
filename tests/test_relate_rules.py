"""Every relation rule shows one text it reads (with the triple it must give) and one it
must leave alone; the examples live beside the rule in its registration."""

from __future__ import annotations

import pytest

from caexpo_kg.relate import RULES
from conftest import relation_facts

pytestmark = pytest.mark.model


def _made_by(nlp, text: str, published: str, name: str) -> set[tuple[str, str, str]]:
    return relation_facts(nlp, text, published, rule=name)


@pytest.mark.parametrize("entry", RULES, ids=lambda r: r.name)
def test_rule_reads_its_example(nlp, entry):
    assert entry.expect[1] in entry.makes
    assert entry.expect in _made_by(nlp, entry.example, entry.published, entry.name)


@pytest.mark.parametrize("entry", RULES, ids=lambda r: r.name)
def test_rule_leaves_its_counter_example_alone(nlp, entry):
    assert _made_by(nlp, entry.counter, entry.published, entry.name) == set()


def test_rules_have_unique_names_and_known_properties():
    from caexpo_kg.vocab import CORE_PROPERTIES

    assert len({r.name for r in RULES}) == len(RULES)
    for entry in RULES:
        assert set(entry.makes) <= set(CORE_PROPERTIES), entry.name


def test_domains_and_ranges_come_from_the_ontology():
    from caexpo_kg.relate import property_domains

    domain, range_ = property_domains()["participatedIn"]
    assert domain == {"Organisation", "Person"} and range_ == {"Event"}
    assert property_domains()["launched"] == ({"Event", "Organisation"}, {"Initiative"})


def test_apposed_side_event_is_part_of_its_host(nlp):
    text = (
        "The China-ASEAN Youth Forum, one of the side events of the 18th China-ASEAN Expo, "
        "opened in Nanning on Friday."
    )
    made = _made_by(nlp, text, "2021-09-10", "one-of-the-events")
    assert ("China-ASEAN Youth Forum", "partOf", "18th China-ASEAN Expo") in made
    other = "The China-ASEAN Youth Forum, one of the oldest forums in Nanning, opened on Friday."
    assert _made_by(nlp, other, "2021-09-10", "one-of-the-events") == set()


@pytest.mark.parametrize(
    ("name", "text", "published", "triple"),
    [
        (
            "initiative-frames",
            "The China-ASEAN Trade Data Platform, launched by the Guangxi commerce department, "
            "went online on Sunday.",
            "2023-09-17",
            ("Guangxi commerce department", "launched", "China-ASEAN Trade Data Platform"),
        ),
        (
            "home-of-event",
            "The venue for the 12th China-ASEAN Expo is the Nanning International Convention "
            "and Exhibition Center.",
            "2015-09-10",
            (
                "12th China-ASEAN Expo",
                "heldIn",
                "Nanning International Convention and Exhibition Center",
            ),
        ),
        (
            "place-in-place",
            "The fair runs at the Malaysia International Trade and Exhibition Centre, a "
            "convention complex in Kuala Lumpur.",
            "2024-09-17",
            ("Malaysia International Trade and Exhibition Centre", "locatedIn", "Kuala Lumpur"),
        ),
        (
            "event-in-place",
            "Some 600 firms showed their goods at Smart China Expo 2021, staged in Chongqing "
            "from August 23 to 25.",
            "2021-08-26",
            ("Smart China Expo 2021", "heldIn", "Chongqing"),
        ),
        (
            "event-in-place",
            "About 1,600 firms signed up for the 19th China-ASEAN Expo and the 19th "
            "China-ASEAN Business and Investment Summit, to be held in Nanning.",
            "2022-09-13",
            ("19th China-ASEAN Expo", "heldIn", "Nanning"),
        ),
        (
            "event-verb",
            "The 12th Thai Products Fair was put on by the Yunnan provincial government.",
            "2019-06-14",
            ("12th Thai Products Fair", "organisedBy", "Yunnan provincial government"),
        ),
        (
            "organisation-launches",
            "The China-ASEAN Digital Trade Platform, which Huawei launched on Monday, has 300 "
            "users.",
            "2023-09-17",
            ("Huawei", "launched", "China-ASEAN Digital Trade Platform"),
        ),
        (
            "organisation-launches",
            "Huawei's newly launched China-ASEAN Digital Trade Platform has 300 users.",
            "2023-09-17",
            ("Huawei", "launched", "China-ASEAN Digital Trade Platform"),
        ),
        (
            "organisation-launches",
            "The launch of the China-ASEAN Digital Trade Platform by Huawei drew praise.",
            "2023-09-17",
            ("Huawei", "launched", "China-ASEAN Digital Trade Platform"),
        ),
        (
            "event-verb",
            "Xinhua News Agency teamed up with the Guangxi regional government to hold the "
            "third China-ASEAN Media Forum.",
            "2019-06-14",
            ("3rd China-ASEAN Media Forum", "organisedBy", "Guangxi regional government"),
        ),
        (
            "place-in-place",
            "The forum met at the Nanning International Convention and Exhibition Center, "
            "located in Qingxiu district.",
            "2021-09-11",
            (
                "Nanning International Convention and Exhibition Center",
                "locatedIn",
                "Qingxiu district",
            ),
        ),
    ],
)
def test_wording_variants_of_the_shapes(nlp, name, text, published, triple):
    assert triple in _made_by(nlp, text, published, name)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "initiative-frames",
            "The China-ASEAN Trade Data Platform, praised by the Guangxi commerce department, "
            "went online on Sunday.",
        ),
        (
            "place-in-place",
            "The delegates left the Jakarta Convention Center, a long way in Bogor.",
        ),
        (
            "event-verb",
            "The 12th Thai Products Fair was put on hold by the Yunnan provincial government.",
        ),
        (
            "organisation-launches",
            "The China-ASEAN Digital Trade Platform, which Huawei praised, has 300 users.",
        ),
    ],
)
def test_wording_variants_left_alone(nlp, name, text):
    assert _made_by(nlp, text, "2023-09-17", name) == set()
