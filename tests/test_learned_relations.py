"""The learned relation filter: what a fitted model drops and keeps, the switch that
leaves the rules' relations as they were, and the script that fits it (its shipped model
is checked beside the entity filter's, in test_learned_entities.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from caexpo_kg.linear import LinearModel, fit_logistic
from caexpo_kg.model import Document
from caexpo_kg.relate.learned import filter_relations, relation_features
from conftest import load_scripts

REPO = Path(__file__).resolve().parent.parent

# The edition is placed in Nanning in the sentence that names both; the second sentence
# names the venue's city only, so its participation rests on the edition the story is about.
FAIR = (
    "The 15th China-ASEAN Expo opened in Nanning on Wednesday. "
    "Malaysian Prime Minister Anwar Ibrahim attended the opening ceremony of the expo."
)


def _rules_only(nlp):
    from caexpo_kg.pipeline.document import extract_documents

    (rules,) = extract_documents(nlp, [Document(id="fair", text=FAIR)])
    return rules


@pytest.mark.model
def test_a_fitted_model_drops_the_wrong_pattern_and_keeps_the_right_one(nlp):
    rules = _rules_only(nlp)
    doc = nlp(FAIR)
    entities = {e.key: e for e in rules.entities}
    relations = list(rules.relations)
    features = relation_features(doc, entities, rules.mentions, relations)
    held = [r for r in relations if r.predicate == "heldIn"]
    assert held, relations
    # "heldIn, both ends in the sentence read" is right; "heldIn, neither end named
    # there" is wrong: a model fitted on that, and nothing else, keeps the first
    right = ["prop:heldIn", "heldIn|evidence:names-s", "heldIn|evidence:names-o"]
    wrong = ["prop:heldIn", "heldIn|apart:3-4"]
    model = fit_logistic([right, wrong] * 5, [True, False] * 5, name="relations")
    assert model.accepts(right) and not model.accepts(wrong)
    kept = filter_relations(doc, entities, rules.mentions, relations, model)
    assert set(held) <= set(kept)
    # the same relation, as if read two sentences from where its ends are named
    wrong_model = LinearModel("relations", 2.0, {"heldIn|evidence:names-o": -5.0})
    assert not set(held) & set(filter_relations(doc, entities, rules.mentions, held, wrong_model))
    # every feature is a word of the language, never a name of the text
    assert all("Nanning" not in f and "Anwar" not in f for found in features for f in found)


@pytest.mark.model
def test_the_learned_switch_filters_relations_and_rules_only_leaves_them(nlp, monkeypatch):
    from caexpo_kg.api import extract
    from caexpo_kg.relate import learned

    documents = [Document(id="fair", text=FAIR)]
    (rules_only,) = extract(documents, learned_entities=False)
    assert rules_only.relations == _rules_only(nlp).relations
    # a model that rejects every relation: the learned build keeps only the edition's
    # series (what makes it an edition; the shapes require one), the rules-only build is
    # as the rules made it
    rejecting = LinearModel("relations", -10.0, {})
    monkeypatch.setattr(learned, "load_relation_model", lambda path=None: rejecting)
    (learned_run,) = extract(documents)
    assert {r.predicate for r in rules_only.relations} > {"editionOf"}
    assert [r.predicate for r in learned_run.relations] == ["editionOf"]
    (again,) = extract(documents, learned_entities=False)
    assert again.relations == rules_only.relations


def test_a_pipeline_without_an_ner_gets_the_rules_relations(blank_nlp, monkeypatch):
    from caexpo_kg.pipeline.document import extract_documents
    from caexpo_kg.relate import learned

    monkeypatch.setattr(
        learned, "load_relation_model", lambda path=None: LinearModel("r", -10.0, {})
    )
    text = "The 2016 summit was held in Vientiane."
    (rules,) = extract_documents(blank_nlp, [Document(id="s", text=text)])
    (same,) = extract_documents(blank_nlp, [Document(id="s", text=text)], learned_entities=True)
    assert same == rules


@pytest.mark.model
def test_the_training_script_fits_and_writes_a_model(tmp_path, monkeypatch):
    blind = tmp_path / "blind"
    for batch, stem in (
        ("05", "08-huawei-kirin-ifa-2019"),
        ("08", "06-mwc-barcelona-opening-2019"),
        ("09", "s01-guest-list"),
    ):
        folder = blind / f"batch-{batch}"
        folder.mkdir(parents=True)
        for source in (REPO / "data" / "blind" / f"batch-{batch}").glob(f"{stem}*"):
            shutil.copy(source, folder)
    (tmp_path / "gold").mkdir()
    script = load_scripts(monkeypatch, "train_entities", "train_relations")
    out = tmp_path / "relations.json"
    arguments = ["--gold-dir", str(tmp_path / "gold"), "--blind-dir", str(blind)]
    arguments += ["--batches", "05", "08", "09", "--today-only", "--min-documents", "1"]
    arguments += ["--cache", str(tmp_path / "cache")]
    assert script.main([*arguments, "--setting", "1.0", "0.3", "--out", str(out)]) == 0
    model = LinearModel.load(out)
    about = json.loads(out.read_text(encoding="utf-8"))["about"]
    assert model.weights and model.threshold == 0.3 and about["regularisation_C"] == 1.0
    assert about["examples"] > about["dropped_examples"] > 0
    assert about["cv"] and about["chosen_by"].startswith("given")
    with pytest.raises(SystemExit):  # a held-out batch is never trained on
        script.main([*arguments[:4], "--batches", "37", "--out", str(out)])
