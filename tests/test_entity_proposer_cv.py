"""The entity proposer's measuring script (``scripts/entity_proposer_cv.py``): it was tried
and ships no model (``docs/learned-layer.md``); what it reads as a candidate, and its
refusal of the held-out batches."""

from __future__ import annotations

from pathlib import Path

import pytest

from caexpo_kg.model import Document, Extraction, Mention
from conftest import load_scripts

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def script(monkeypatch):
    return load_scripts(monkeypatch, "entity_proposer_cv")


@pytest.mark.model
def test_an_ner_span_no_rule_kept_is_a_candidate_a_kept_one_is_not(nlp, script):
    text = "Engineers from Huawei met officials in Nanning on Tuesday."
    doc = nlp(text)
    start = text.index("Nanning")
    kept = Mention(start, start + len("Nanning"), "Nanning", "Place/nanning", "ner:GPE")
    extraction = Extraction(document=Document(id="t", text=text), mentions=(kept,))
    found = script.candidates(extraction, doc, script.LABELS, chunks=False)
    assert set(found) == {"Organisation/huawei"}  # Nanning has a kept mention
    entity, mentions, features = found["Organisation/huawei"]
    assert entity.label == "Huawei" and entity.core_class == "Organisation"
    assert [m.rule for m in mentions] == [script.RULE]
    assert "nerlabel:ORG" in features and not any("Huawei" in f for f in features)


def test_the_held_out_batches_are_refused(script):
    with pytest.raises(SystemExit):
        script.main(["--batches", "37", "37"])
