"""The learned class corrector (``relate/retype.py``): a kept entity it is confident
carries the wrong class is re-typed, its mentions and relations following; others are
left; the script that measures and fits it refuses the held-out batches."""

from __future__ import annotations

from pathlib import Path

import pytest

from caexpo_kg.linear import LinearModel
from caexpo_kg.model import Document, Entity, Mention, Relation
from caexpo_kg.relate.retype import retyped, target_features
from conftest import load_scripts

REPO = Path(__file__).resolve().parent.parent


def test_a_retyped_entity_takes_its_new_key_and_a_relation_that_no_longer_fits_goes():
    entities = {
        "Person/mekong-institute": Entity(
            key="Person/mekong-institute", label="Mekong Institute", core_class="Person"
        ),
        "Event/fair": Entity(key="Event/fair", label="Fair", core_class="Event"),
        "Place/hanoi": Entity(key="Place/hanoi", label="Hanoi", core_class="Place"),
    }
    mentions = [
        Mention(
            start=0, end=16, text="Mekong Institute", entity="Person/mekong-institute", rule="x"
        )
    ]
    relations = [
        Relation(
            subject="Person/mekong-institute",
            predicate="participatedIn",
            object="Event/fair",
            rule="x",
        ),
        Relation(subject="Event/fair", predicate="heldIn", object="Place/hanoi", rule="x"),
    ]
    out, moved_mentions, kept, moved = retyped(
        entities, mentions, relations, {"Person/mekong-institute": "Organisation"}
    )
    assert moved == {"Person/mekong-institute": "Organisation/mekong-institute"}
    assert out["Organisation/mekong-institute"].core_class == "Organisation"
    assert "Person/mekong-institute" not in out
    assert moved_mentions[0].entity == "Organisation/mekong-institute"
    assert [r.subject for r in kept] == ["Organisation/mekong-institute", "Event/fair"]
    # a place re-typed as a person can no longer be where the fair is held
    _, _, kept, _ = retyped(entities, mentions, relations, {"Place/hanoi": "Person"})
    assert all(r.predicate != "heldIn" for r in kept)


@pytest.mark.model
def test_the_entity_the_model_is_confident_of_is_retyped_the_other_left(nlp):
    from caexpo_kg.extract.arrays import holding_tokens
    from caexpo_kg.relate.retype import retype_entities

    text = "Aung Kyaw met Somchai Wong in Bangkok on Monday."
    doc = nlp(text)
    entities = {
        "Person/aung-kyaw": Entity(key="Person/aung-kyaw", label="Aung Kyaw", core_class="Person"),
        "Place/bangkok": Entity(key="Place/bangkok", label="Bangkok", core_class="Place"),
    }
    mentions = [
        Mention(start=0, end=9, text="Aung Kyaw", entity="Person/aung-kyaw", rule="ner:PERSON"),
        Mention(start=30, end=37, text="Bangkok", entity="Place/bangkok", rule="ner:GPE"),
    ]
    # a made-up model: a person named first in a sentence is an organisation
    model = LinearModel(
        name="entity_classes",
        bias=-3.0,
        weights={f: 6.0 for f in target_features(["class:Person"], "Organisation")[1:]},
        threshold=0.8,
    )
    scores = {"Person/aung-kyaw": 0.9, "Place/bangkok": 0.95}
    with holding_tokens(doc):
        out, moved, _ = retype_entities(doc, entities, mentions, [], model=model, scores=scores)
    assert set(out) == {"Organisation/aung-kyaw", "Place/bangkok"}
    assert [m.entity for m in moved] == ["Organisation/aung-kyaw", "Place/bangkok"]
    assert scores["Organisation/aung-kyaw"] == 0.9  # the relation filter reads it


def test_the_script_refuses_a_held_out_batch(monkeypatch):
    script = load_scripts(monkeypatch, "entity_retyper_cv")
    with pytest.raises(SystemExit):
        script.main(["--batches", "37", "37", "--out", "/dev/null"])


def test_rules_only_never_retypes():
    from caexpo_kg.api import extract

    text = "The 15th China-ASEAN Expo opened in Nanning on Wednesday."
    (rules,) = extract([Document(id="expo", text=text)], learned_entities=False)
    assert {e.core_class for e in rules.entities if e.label == "Nanning"} == {"Place"}


def test_the_shipped_model_loads_with_its_threshold_and_cross_validation():
    from caexpo_kg.relate.retype import load_class_model

    model = load_class_model()
    assert model is not None and model.name == "entity_classes"
    assert 0.0 < model.threshold < 1.0
    assert model.about["cv"] and "unseen" in model.about["cv"][0]
    # every feature is conjoined with the class proposed; none carries a name
    assert all(f.startswith("to:") for f in model.weights)
    assert not any("Expo" in f or "Nanning" in f for f in model.weights)


@pytest.mark.model
def test_an_edition_and_its_series_are_never_retyped(nlp):
    from caexpo_kg.extract.arrays import holding_tokens
    from caexpo_kg.relate.retype import class_features

    # re-typed as a venue, the series would leave its edition without an ``editionOf``
    text = "The 40th Harbour Fair opened at the Harbour Fair hall with Lim Wei."
    doc = nlp(text)
    entities = {
        "Event/40th-harbour-fair": Entity(
            key="Event/40th-harbour-fair",
            label="40th Harbour Fair",
            core_class="Event",
            edition_number=40,
        ),
        "Event/harbour-fair": Entity(
            key="Event/harbour-fair", label="Harbour Fair", core_class="Event"
        ),
        "Person/lim-wei": Entity(key="Person/lim-wei", label="Lim Wei", core_class="Person"),
    }
    mentions = [
        Mention(
            start=4, end=21, text="40th Harbour Fair", entity="Event/40th-harbour-fair", rule="x"
        ),
        Mention(start=36, end=48, text="Harbour Fair", entity="Event/harbour-fair", rule="x"),
        Mention(start=59, end=66, text="Lim Wei", entity="Person/lim-wei", rule="x"),
    ]
    relations = [
        Relation(
            subject="Event/40th-harbour-fair",
            predicate="editionOf",
            object="Event/harbour-fair",
            rule="x",
        )
    ]
    with holding_tokens(doc):
        features = class_features(doc, entities, mentions, relations)
    assert set(features) == {"Person/lim-wei"}
