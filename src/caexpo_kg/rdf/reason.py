"""The OWL 2 RL closure of the extracted facts, kept in its own named graph.

:func:`reason` takes the facts (the ``entities`` and ``inferred`` graphs; the
``mentions`` graph is provenance, not facts about the world, and is left out),
adds the core ontology (``ontology/caexpo.ttl``) and its alignments
(``ontology/alignments.ttl``), computes the OWL-RL closure (owlrl, which includes
the RDFS rules that OWL 2 RL restates) on that *copy*, subtracts every input
triple, and puts the difference into :attr:`caexpo_kg.vocab.GRAPH.REASONED`. The
entity graph is never touched, so a stated fact and an entailed one stay apart.

Dropped from the difference, because they say nothing: reflexive ``owl:sameAs``,
``rdfs:subClassOf``, ``rdfs:subPropertyOf``, ``owl:equivalentClass`` and
``owl:equivalentProperty`` triples (``x owl:sameAs x``), and any triple whose
subject is a literal (owlrl produces some; RDF has no such triples).

Examples
--------
>>> from caexpo_kg import build
>>> kg = build(["data/sample"])  # doctest: +SKIP
>>> added = reason(kg.dataset)  # doctest: +SKIP
>>> len(kg.graph("reasoned")) == added  # doctest: +SKIP
True
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import OWL, RDFS

from ..resources import resource_path
from ..vocab import GRAPH

__all__ = ["ONTOLOGY_FILES", "closure", "reason"]

#: The ontology files the closure is computed with (in ``ontology/``).
ONTOLOGY_FILES = ("caexpo.ttl", "alignments.ttl")

_REFLEXIVE_NOISE = {
    OWL.sameAs,
    OWL.equivalentClass,
    OWL.equivalentProperty,
    RDFS.subClassOf,
    RDFS.subPropertyOf,
}


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    graph = Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(resource_path("ontology", name), format="turtle")
    return graph


def closure(facts: Graph) -> Graph:
    """The triples the OWL-RL closure of ``facts`` + the ontology adds (``facts`` unchanged)."""
    import owlrl

    work = Graph()
    for triple in facts:
        work.add(triple)
    for triple in _ontology():
        work.add(triple)
    inputs = set(work)
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(work)
    added = Graph()
    for s, p, o in work:
        if (s, p, o) in inputs or isinstance(s, Literal):
            continue
        if s == o and p in _REFLEXIVE_NOISE:
            continue
        added.add((s, p, o))
    return added


def reason(dataset: Dataset) -> int:
    """Materialise the closure of ``dataset``'s facts into its ``reasoned`` graph.

    Returns the number of triples in the ``reasoned`` graph. Running it twice gives
    the same graph: the previous ``reasoned`` graph is replaced, never reasoned over.
    """
    facts = Graph()
    for graph_id in (GRAPH.ENTITIES, GRAPH.INFERRED):
        for triple in dataset.graph(graph_id):
            facts.add(triple)
    reasoned = dataset.graph(GRAPH.REASONED)
    reasoned.remove((None, None, None))
    # A triple some other named graph already holds (stated, inferred, provenance) is
    # not repeated here.
    already = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    for triple in closure(facts):
        if triple not in already:
            reasoned.add(triple)
    return len(reasoned)
