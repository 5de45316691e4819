"""--reason: the OWL-RL closure goes into its own named graph, never into the entity graph."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal
from rdflib.namespace import OWL, RDFS

from caexpo_kg.api import KnowledgeGraph, build_documents
from caexpo_kg.cli import main
from caexpo_kg.rdf.reason import closure, reason
from caexpo_kg.rdf.validate import validate_dataset
from caexpo_kg.read.corpus import read_text
from caexpo_kg.vocab import CKG, GRAPH, ID, RDF, SCHEMA

TEXT = (
    "The 12th China-ASEAN Expo (CAEXPO) opened in Nanning on Friday.\n\n"
    "The 11th CAEXPO was held in 2014, organised by the ASEAN Secretariat.\n"
)


@pytest.fixture
def small_kg() -> KnowledgeGraph:
    return build_documents(
        [read_text(TEXT, doc_id="news-1", published="2015-09-18")], model="blank"
    )


def _snapshot(dataset: Dataset) -> dict:
    return {g: set(dataset.graph(g)) for g in (GRAPH.ENTITIES, GRAPH.MENTIONS, GRAPH.INFERRED)}


def test_closure_goes_to_the_reasoned_graph_only(small_kg):
    before = _snapshot(small_kg.dataset)
    added = reason(small_kg.dataset)
    assert added > 0
    assert _snapshot(small_kg.dataset) == before  # nothing mixed into the other graphs
    reasoned = set(small_kg.graph("reasoned"))
    assert len(reasoned) == added
    stated = set().union(*before.values())
    assert not reasoned & stated  # the inputs were subtracted


def test_closure_entails_the_alignments():
    facts = Dataset()
    entities = facts.graph(GRAPH.ENTITIES)
    expo, edition = ID["event/china-asean-expo"], ID["event/12th-china-asean-expo"]
    entities.add((expo, RDF.type, CKG.Event))
    entities.add((edition, RDF.type, CKG.Event))
    entities.add((edition, CKG.editionOf, expo))
    reason(facts)
    reasoned = facts.graph(GRAPH.REASONED)
    assert (expo, RDF.type, SCHEMA.Event) in reasoned  # ckg:Event ⊑ schema:Event
    assert (edition, SCHEMA.superEvent, expo) in reasoned  # editionOf ⊑ schema:superEvent
    assert (edition, CKG.editionOf, expo) not in reasoned  # stated, so not repeated


def test_no_trivial_or_literal_subject_triples(small_kg):
    reason(small_kg.dataset)
    for s, p, o in small_kg.graph("reasoned"):
        assert not isinstance(s, Literal)
        if p in (OWL.sameAs, OWL.equivalentClass, RDFS.subClassOf):
            assert s != o


def test_reasoning_twice_gives_the_same_graph(small_kg):
    reason(small_kg.dataset)
    first = set(small_kg.graph("reasoned"))
    reason(small_kg.dataset)
    assert set(small_kg.graph("reasoned")) == first


def test_closure_leaves_its_input_alone(small_kg):
    facts = small_kg.graph("entities")
    before = set(facts)
    closure(facts)
    assert set(facts) == before


def test_the_reasoned_graph_still_conforms(small_kg):
    reason(small_kg.dataset)
    report = validate_dataset(small_kg.dataset)
    assert report.conforms, report.text()


def test_cli_build_reason_writes_a_reasoned_graph(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.nt"
    args = ["build", str(tmp_path / "a.txt"), "-o", str(out), "--model", "blank", "--reason"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "entailed" in result.stderr
    assert "<https://schema.org/Event>" in out.read_text(encoding="utf-8")
