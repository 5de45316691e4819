"""The learned entity filter: its shipped model (and the relation filter's), what it drops
and keeps, the switch that leaves the rules' output as it was, and the script that fits it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from caexpo_kg.linear import LinearModel
from caexpo_kg.model import Document
from caexpo_kg.relate.learned import load_relation_model
from caexpo_kg.resolve.learned import load_entity_model
from conftest import load_scripts

REPO = Path(__file__).resolve().parent.parent

# "Arabica" is a coffee the NER took for a person: named once, in no relation, unknown
# to the gazetteer and GeoNames. The edition, its series, Nanning and Laos are kept.
COFFEE = (
    "The 15th China-ASEAN Expo opened in Nanning on Wednesday. "
    "Visitors tasted Arabica from Laos."  # no produce noun after it: the rules keep the name
)


@pytest.mark.parametrize(
    ("load", "name"), [(load_entity_model, "entities"), (load_relation_model, "relations")]
)
def test_the_shipped_models_load_with_their_threshold_and_cross_validation(load, name):
    model = load()
    assert isinstance(model, LinearModel)
    assert model.name == name
    assert 0.0 < model.threshold < 1.0
    assert model.about["cv"] and "unseen" in model.about["cv"][0]
    # no feature carries an entity's own name: rule names, classes, lemmas, buckets
    assert not any("Expo" in f or "Nanning" in f for f in model.weights)


@pytest.mark.model
def test_a_passing_name_the_ner_took_for_a_person_is_dropped_the_rest_kept(nlp):
    from caexpo_kg.pipeline.document import extract_documents

    document = Document(id="coffee", text=COFFEE)
    (rules,) = extract_documents(nlp, [document])
    (learned,) = extract_documents(nlp, [document], learned_entities=True)
    assert "Person/arabica" in {e.key for e in rules.entities}
    kept = {e.label for e in learned.entities}
    assert "Arabica" not in kept
    assert {"15th China-ASEAN Expo", "China-ASEAN Expo", "Nanning", "Laos"} <= kept
    # a dropped entity takes its mentions and relations with it
    keys = {e.key for e in learned.entities}
    assert all(m.entity in keys for m in learned.mentions)
    assert all(r.subject in keys and r.object in keys for r in learned.relations)


def test_a_pipeline_without_an_ner_gets_the_rules_alone(blank_nlp):
    from caexpo_kg.pipeline.document import extract_documents

    # the filter was fitted on what the NER says of each name: with no NER it never runs
    text = "Leaders from China and Laos attended the summit in Vientiane in 2016."
    document = Document(id="summit", text=text)
    (rules,) = extract_documents(blank_nlp, [document])
    (learned,) = extract_documents(blank_nlp, [document], learned_entities=True)
    assert learned == rules
    assert {"China", "Laos", "Vientiane"} <= {e.label for e in learned.entities}


@pytest.mark.model
def test_an_edition_numbered_from_the_event_that_held_it_is_kept(nlp):
    from caexpo_kg.pipeline.document import extract_documents

    # "its 12th edition" stands on the fair the sentence names, however its words were found
    text = (
        "Leaders met by video link on Monday. The Mekong Trade Fair in Vientiane, which held "
        "its 12th edition in October, has drawn buyers from across the region."
    )
    (learned,) = extract_documents(nlp, [Document(id="fair", text=text)], learned_entities=True)
    assert {"12th Mekong Trade Fair", "Mekong Trade Fair"} <= {e.label for e in learned.entities}
    (coffee,) = extract_documents(nlp, [Document(id="coffee", text=COFFEE)], learned_entities=True)
    assert "Arabica" not in {e.label for e in coffee.entities}  # the filter still drops


def test_a_numbered_edition_goes_with_the_series_the_filter_drops():
    from caexpo_kg.model import Entity, Relation
    from caexpo_kg.resolve.learned import _with_editions

    # "the 40th edition of the show" read onto the venue: an edition of no series breaks
    # the shapes, so it follows its series out; an edition named by its year stands alone
    entities = {
        e.key: e
        for e in (
            Entity("Event/40th-harbour-hall", "40th Harbour Hall", "Event", edition_number=40),
            Entity("Event/harbour-hall", "Harbour Hall", "Event"),
            Entity("Event/tech-week-2019", "Tech Week 2019", "Event"),
            Entity("Event/tech-week", "Tech Week", "Event"),
        )
    }
    relations = [
        Relation("Event/40th-harbour-hall", "editionOf", "Event/harbour-hall", "editionOf"),
        Relation("Event/tech-week-2019", "editionOf", "Event/tech-week", "editionOf"),
    ]
    dropped = {"Event/harbour-hall", "Event/tech-week"}
    assert _with_editions(dropped, entities, relations) == dropped | {"Event/40th-harbour-hall"}
    assert _with_editions(set(), entities, relations) == set()


@pytest.mark.model
def test_rules_only_is_the_rules_output_unchanged(nlp):
    from caexpo_kg.api import extract
    from caexpo_kg.pipeline.document import extract_documents

    documents = [Document(id="coffee", text=COFFEE)]
    (rules,) = extract_documents(nlp, documents)  # the pipeline runs no layer unless asked
    assert list(extract_documents(nlp, documents, learned_entities=False)) == [rules]
    (rules_only,) = extract(documents, learned_entities=False)
    assert rules_only.entities == rules.entities and rules_only.relations == rules.relations
    assert "Person/arabica" in {e.key for e in rules_only.entities}
    (default,) = extract(documents)  # the default build has the layer on
    assert "Person/arabica" not in {e.key for e in default.entities}


@pytest.mark.model
def test_the_training_script_fits_and_writes_a_model_from_two_gold_files(tmp_path, monkeypatch):
    blind = tmp_path / "blind"
    for batch, stem in (
        ("05", "08-huawei-kirin-ifa-2019"),
        ("08", "06-mwc-barcelona-opening-2019"),
    ):
        folder = blind / f"batch-{batch}"
        folder.mkdir(parents=True)
        for suffix in (".gold.json", ".txt"):
            shutil.copy(REPO / "data" / "blind" / f"batch-{batch}" / f"{stem}{suffix}", folder)
    (tmp_path / "gold").mkdir()
    script = load_scripts(monkeypatch, "train_entities")
    out = tmp_path / "entities.json"
    arguments = ["--gold-dir", str(tmp_path / "gold"), "--blind-dir", str(blind)]
    arguments += ["--batches", "05", "08", "--today-only", "--min-documents", "1"]
    arguments += ["--cache", str(tmp_path / "cache")]
    assert script.main([*arguments, "--out", str(out)]) == 0
    model = LinearModel.load(out)
    about = json.loads(out.read_text(encoding="utf-8"))["about"]
    assert model.weights and about["examples"] > about["dropped_examples"] > 0
    assert len(about["cv"]) == len(script.REGULARISATIONS) * len(script.THRESHOLDS)
    # a given setting is fitted as given, the CV table kept beside it
    assert script.main([*arguments, "--setting", "1.0", "0.3", "--out", str(out)]) == 0
    given = json.loads(out.read_text(encoding="utf-8"))
    assert given["threshold"] == 0.3 and given["about"]["regularisation_C"] == 1.0
    assert given["about"]["chosen_by"].startswith("given") and given["about"]["cv"]
    with pytest.raises(SystemExit):  # the held-out batch is never trained on
        script.main([*arguments[:4], "--batches", "37", "--out", str(out)])
