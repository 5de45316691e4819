"""The participation proposer across sentences: a person or organisation named in a
sentence without the event, paired with the story's main event and the event named last
before it; what a fitted model adds and leaves, and the script's refusal of a held-out
batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from caexpo_kg.linear import fit_logistic
from caexpo_kg.model import Document
from caexpo_kg.relate import proposer
from caexpo_kg.relate.proposer import ACROSS, ACROSS_RULE, PROPOSALS, candidates_for, features_for
from conftest import load_scripts

REPO = Path(__file__).resolve().parent.parent

# Our own stories: the event is named in the lead, the person or firm only in the next
# paragraph. A speaker quoted at the event took part; a firm said never to take a booth did not.
OPENED = "The 20th China-ASEAN Expo opened in Nanning on Monday with 2,000 booths."
SPOKE = (
    f"{OPENED}\n\nAnna Weber, chief executive of Kessler Robotics, said the firm had"
    " signed three deals.\n"
)
NEVER = (
    f"{OPENED}\n\nKessler Robotics, a maker of welding arms, has never taken a booth at any fair.\n"
)
# The person is named with the event in one sentence: the sentence proposer's pair, not this one's.
TOGETHER = (
    "Anna Weber went to the 20th China-ASEAN Expo in Nanning on Monday.\n\nShe was pleased.\n"
)


def _read(nlp, text):
    from caexpo_kg.pipeline.document import extract_documents

    (rules,) = extract_documents(nlp, [Document(id="t", text=text)])
    doc = nlp(text)
    entities = {e.key: e for e in rules.entities}
    relations = list(rules.relations)
    candidates = candidates_for(ACROSS, doc, entities, rules.mentions, relations)
    features = features_for(ACROSS, doc, entities, rules.mentions, relations, candidates)
    return doc, entities, rules, candidates, features


def test_it_is_a_participation_proposal_after_the_sentence_one():
    keys = list(PROPOSALS)
    assert keys.index(ACROSS) == keys.index("participatedIn") + 1
    assert PROPOSALS[ACROSS].predicate == "participatedIn" and PROPOSALS[ACROSS].across


@pytest.mark.model
def test_a_fitted_model_adds_the_speaker_and_leaves_the_firm(nlp):
    spoke = _read(nlp, SPOKE)
    never = _read(nlp, NEVER)
    (right,) = [
        f for c, f in zip(spoke[3], spoke[4], strict=True) if c.subject == "Person/anna-weber"
    ]
    (wrong,) = [
        f for c, f in zip(never[3], never[4], strict=True) if c.subject.startswith("Organisation/")
    ]
    assert "x-speaker" in right and "x-target:both" in right and "x-near:executive" in right
    model = fit_logistic(
        [right, wrong] * 5, [True, False] * 5, name="proposal-participatedIn-across"
    )
    doc, entities, rules, _, _ = spoke
    added = proposer.propose(
        doc, entities, rules.mentions, list(rules.relations), models={ACROSS: model}
    )
    (new,) = [r for r in added if r.rule == ACROSS_RULE and r.subject == "Person/anna-weber"]
    assert (new.predicate, new.object) == ("participatedIn", "Event/20th-china-asean-expo")
    assert new.evidence[0].text.startswith("Anna Weber, chief executive")  # the person's sentence
    doc, entities, rules, _, _ = never
    kept = proposer.propose(
        doc, entities, rules.mentions, list(rules.relations), models={ACROSS: model}
    )
    assert kept == list(rules.relations)
    for found in (right, wrong):  # words of the language, never a name of the text
        assert all("Kessler" not in f and "Weber" not in f and "ASEAN" not in f for f in found)


@pytest.mark.model
def test_a_pair_named_in_one_sentence_is_no_candidate_across(nlp):
    _, _, _, candidates, _ = _read(nlp, TOGETHER)
    assert ("Person/anna-weber", "Event/20th-china-asean-expo") not in {
        (c.subject, c.object) for c in candidates
    }


def test_no_model_shipped_adds_nothing_and_the_script_refuses_a_held_out_batch(monkeypatch):
    if not (REPO / "data" / "models" / PROPOSALS[ACROSS].model_file).is_file():
        assert proposer.load_proposal_model(ACROSS) is None
    script = load_scripts(monkeypatch, "train_entities", "train_relations", "train_participation")
    with pytest.raises(SystemExit):  # a held-out batch is never trained on
        script.main(["--property", ACROSS, "--batches", "37", "--out", "/dev/null"])
