"""``scripts/unseen_losses.py``: a missed gold relation is put down to relation reading
when both its ends were found, to entity recognition when an end was missing or typed in
another class; held-out batches are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caexpo_kg.evaluate import load_gold
from caexpo_kg.model import Document, Entity, Extraction, Relation
from conftest import load_scripts

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def script(monkeypatch):
    return load_scripts(monkeypatch, "unseen_losses")


@pytest.fixture
def gold(tmp_path):
    (tmp_path / "t.txt").write_text("text", encoding="utf-8")
    path = tmp_path / "t.gold.json"
    path.write_text(
        json.dumps(
            {
                "document": {"id": "t", "text_file": "t.txt"},
                "entities": [
                    {"label": "20th China-ASEAN Expo", "type": "Event"},
                    {"label": "Nanning", "type": "Place"},
                    {"label": "Huawei", "type": "Organisation"},
                    {"label": "Petronas", "type": "Organisation"},
                    {"label": "Anwar Ibrahim", "type": "Person"},
                ],
                "relations": [
                    ["20th China-ASEAN Expo", "heldIn", "Nanning"],
                    ["Huawei", "participatedIn", "20th China-ASEAN Expo"],
                    ["Petronas", "participatedIn", "20th China-ASEAN Expo"],
                    ["Anwar Ibrahim", "participatedIn", "20th China-ASEAN Expo"],
                ],
            }
        ),
        encoding="utf-8",
    )
    return load_gold(path)


def entity(cls: str, label: str) -> Entity:
    return Entity(key=f"{cls}/{label}", label=label, core_class=cls)


def test_each_missed_relation_is_put_down_to_its_ends(script, gold):
    expo, nanning = entity("Event", "20th China-ASEAN Expo"), entity("Place", "Nanning")
    huawei, anwar = entity("Organisation", "Huawei"), entity("Organisation", "Anwar Ibrahim")
    extraction = Extraction(
        document=Document(id="t", text="text"),
        entities=(expo, nanning, huawei, anwar),  # Petronas missing, Anwar typed a body
        relations=(Relation(expo.key, "heldIn", nanning.key, rule="test"),),
    )
    assert script.losses(gold, extraction) == {
        ("heldIn", "right"): 1,
        ("participatedIn", "both found"): 1,  # Huawei: no rule read it
        ("participatedIn", "subject missing"): 1,  # Petronas
        ("participatedIn", "subject wrong class"): 1,  # Anwar Ibrahim
    }


def test_the_held_out_batches_are_refused(script):
    with pytest.raises(SystemExit):
        script.main(["--batches", "37", "37"])
