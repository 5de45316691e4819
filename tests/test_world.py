"""World knowledge is kept apart from what the text says, and names where it came from."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Literal

from caexpo_kg.rdf.world import GEONAMES, add_world_knowledge
from caexpo_kg.vocab import CKG, GRAPH, ID, PROV, RDF, RDFS, source_iri


def _places(*labels: str) -> Dataset:
    dataset = Dataset()
    entities = dataset.graph(GRAPH.ENTITIES)
    for label in labels:
        node = ID[f"place/{label.lower().replace(' ', '-')}"]
        entities.add((node, RDF.type, CKG.Place))
        entities.add((node, RDFS.label, Literal(label)))
    return dataset


def test_a_city_is_placed_in_the_country_the_graph_names_with_its_source():
    dataset = _places("Bangkok", "Thailand")
    assert add_world_knowledge(dataset) == 1
    world = dataset.graph(GRAPH.WORLD)
    assert (ID["place/bangkok"], CKG.locatedIn, ID["place/thailand"]) in world
    assert (ID["place/bangkok"], CKG.locatedIn, ID["place/thailand"]) not in dataset.graph(
        GRAPH.ENTITIES
    )
    sources = set(world.objects(None, PROV.wasDerivedFrom))
    assert sources == {source_iri(GEONAMES)}


def test_no_country_named_no_fact_and_stated_containment_is_left_alone():
    assert add_world_knowledge(_places("Bangkok", "Vietnam")) == 0
    dataset = _places("Nanning", "Guangxi", "China")
    dataset.graph(GRAPH.ENTITIES).add((ID["place/nanning"], CKG.locatedIn, ID["place/guangxi"]))
    add_world_knowledge(dataset)
    world = dataset.graph(GRAPH.WORLD)
    assert (ID["place/nanning"], CKG.locatedIn, None) not in world
    assert (ID["place/guangxi"], CKG.locatedIn, ID["place/china"]) in world


@pytest.mark.model
def test_asean_membership_from_the_gazetteer_cites_the_gazetteer_not_a_sentence(nlp):
    from caexpo_kg.api import build_documents
    from caexpo_kg.read.corpus import read_text

    # the rules' membership: the learned layer may judge one the text does not state no
    # reader's and drop it; what is checked here is where a kept one says it came from
    text = "Ministers from ASEAN member states such as Thailand signed a deal with China."
    kg = build_documents(
        [read_text(text, doc_id="text-1", published="2020-01-01")], learned_entities=False
    )
    relations = [r for e in kg.extractions for r in e.relations if r.predicate == "memberOf"]
    assert [(r.source, r.evidence, r.inferred) for r in relations] == [
        ("caexpo-kg gazetteer", (), True)
    ]
    mentions = kg.graph("mentions")
    records = set(mentions.subjects(RDF.predicate, CKG.memberOf))
    assert {mentions.value(r, PROV.wasDerivedFrom) for r in records} == {
        source_iri("caexpo-kg gazetteer")
    }
    assert not any(mentions.value(r, CKG.evidenceText) for r in records)
