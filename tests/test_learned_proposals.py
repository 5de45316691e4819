"""The proposer of properties after participation (heldIn, affiliatedWith, organisedBy):
which pairs each considers, what a fitted model adds and leaves, the order they apply in,
and the training script's ``--property`` (never on a held-out batch)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caexpo_kg.linear import fit_logistic
from caexpo_kg.model import Document
from caexpo_kg.relate import proposer
from caexpo_kg.relate.proposer import PROPOSALS, candidates_for, features_for, propose
from conftest import load_scripts

REPO = Path(__file__).resolve().parent.parent

# Our own sentences, a pair named in each that no rule joins: one the property holds of
# (the fair fills a city's halls; a woman steers a firm), one it does not (traders from a
# city speak of the fair; a woman sues a firm).
CASES = {
    "heldIn": (
        "The 5th Mekong Trade Fair filled the riverside halls of Vientiane for four days.",
        "Traders from Vientiane said the 5th Mekong Trade Fair had been postponed.",
        ("Event/5th-mekong-trade-fair", "Place/vientiane"),
    ),
    "affiliatedWith": (
        "Anna Weber, who steers Kessler Robotics, flew to Hanoi.",
        "Anna Weber sued Kessler Robotics over unpaid fees.",
        ("Person/anna-weber", "Organisation/kessler-robotics"),
    ),
}


def _read(nlp, predicate, text):
    from caexpo_kg.pipeline.document import extract_documents

    (rules,) = extract_documents(nlp, [Document(id="t", text=text)])
    doc = nlp(text)
    entities = {e.key: e for e in rules.entities}
    relations = list(rules.relations)
    candidates = candidates_for(predicate, doc, entities, rules.mentions, relations)
    features = features_for(predicate, doc, entities, rules.mentions, relations, candidates)
    return doc, entities, rules, candidates, features


def test_each_property_names_its_classes_its_rule_and_its_model_file():
    assert next(iter(PROPOSALS)) == "participatedIn"  # participation is proposed first
    assert PROPOSALS["participatedIn"].model_file == "participation.json"
    held = PROPOSALS["heldIn"]
    assert (held.subjects, held.objects) == ({"Event"}, {"Place"})
    assert held.model_file == "proposals/heldIn.json" and held.rule == "learned-held-in"
    for name in PROPOSALS:
        model = proposer.load_proposal_model(name)
        if model is not None:  # a shipped model reads words, never a name
            assert 0.0 < model.threshold <= 1.01 and model.about["cv"]
            assert not any("Expo" in f or "Nanning" in f for f in model.weights)


@pytest.mark.model
@pytest.mark.parametrize("predicate", sorted(CASES))
def test_a_fitted_model_adds_the_right_pair_and_leaves_the_wrong_one(nlp, predicate):
    text, other, pair = CASES[predicate]
    right_read, wrong_read = _read(nlp, predicate, text), _read(nlp, predicate, other)
    for read in (right_read, wrong_read):
        assert all(r.predicate != predicate for r in read[2].relations)
        assert [(c.subject, c.object) for c in read[3]] == [pair]
    (right,), (wrong,) = right_read[4], wrong_read[4]
    model = fit_logistic([right, wrong] * 5, [True, False] * 5, name=f"proposal-{predicate}")
    doc, entities, rules, _, _ = right_read
    added = propose(doc, entities, rules.mentions, list(rules.relations), models={predicate: model})
    (new,) = [r for r in added if r not in rules.relations]
    assert (new.subject, new.predicate, new.object) == (pair[0], predicate, pair[1])
    assert new.rule == PROPOSALS[predicate].rule and new.evidence[0].text == text
    doc, entities, rules, _, _ = wrong_read
    kept = propose(doc, entities, rules.mentions, list(rules.relations), models={predicate: model})
    assert kept == list(rules.relations)
    for found in (right, wrong):
        assert all("Weber" not in f and "Mekong" not in f and "Vientiane" not in f for f in found)


@pytest.mark.model
def test_a_pair_the_rules_joined_is_no_candidate(nlp):
    text = "The 5th Mekong Trade Fair drew buyers to Vientiane for four days."
    _, _, rules, candidates, _ = _read(nlp, "heldIn", text)
    assert any(r.predicate == "heldIn" for r in rules.relations)
    assert candidates == []


def test_the_training_script_refuses_a_held_out_batch(monkeypatch, tmp_path):
    script = load_scripts(monkeypatch, "train_entities", "train_relations", "train_participation")
    for predicate in ("heldIn", "affiliatedWith"):
        with pytest.raises(SystemExit):
            script.main(
                ["--property", predicate, "--batches", "37", "--out", str(tmp_path / "m.json")]
            )
    with pytest.raises(SystemExit):  # a property no proposer has
        script.main(["--property", "memberOf", "--out", str(tmp_path / "m.json")])


@pytest.mark.model
def test_a_property_counts_its_own_relations_whatever_else_the_rules_gave(nlp):
    """The counts of the property proposed (into the object, from the subject) are of that
    property, not of the last one the rules' relations name."""
    from caexpo_kg.model import Relation

    text = (
        "Kessler Robotics showed its welding arms at the 20th China-ASEAN Expo."
        " Anna Weber went to the 20th China-ASEAN Expo."
    )
    doc, entities, rules, _, _ = _read(nlp, "participatedIn", text)
    expo = "Event/20th-china-asean-expo"
    into = sum(r.predicate == "participatedIn" and r.object == expo for r in rules.relations)
    assert into == 1
    # another property named last among the rules' relations
    other = Relation("Person/anna-weber", "affiliatedWith", "Organisation/kessler-robotics", "t")
    relations = [*rules.relations, other]
    candidates = candidates_for("participatedIn", doc, entities, rules.mentions, relations)
    features = features_for("participatedIn", doc, entities, rules.mentions, relations, candidates)
    (found,) = [f for c, f in zip(candidates, features, strict=True) if "weber" in c.subject]
    assert "o-parts:1" in found and "s-parts:0" in found
