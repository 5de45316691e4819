"""Why a triple is in the graph: the rule and the sentence(s) it was read from.

Every extracted relation has a ``ckg:RelationEvidence`` record in the mentions
graph (``rdf:subject``/``rdf:predicate``/``rdf:object``, ``ckg:rule``,
``ckg:evidenceText``, the document); :func:`explain` gathers them for one triple.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef

from ..vocab import CKG, PROV, RDF

__all__ = ["Explanation", "explain"]


@dataclass(frozen=True)
class Explanation:
    """One piece of evidence for a triple."""

    rule: str
    """The rule that produced it (``participatedIn:scene-present``)."""
    text: str
    """The sentence it was read from ("" for an inferred triple)."""
    document: str
    """IRI of the source document."""
    inferred: bool


def explain(graph: Graph, subject: URIRef, predicate: URIRef, obj: URIRef) -> list[Explanation]:
    """The evidence records of ``(subject, predicate, obj)`` in ``graph`` (a union graph)."""
    found = []
    for record in graph.subjects(RDF.subject, subject):
        if (record, RDF.predicate, predicate) not in graph or (
            record,
            RDF.object,
            obj,
        ) not in graph:
            continue
        texts = sorted(str(t) for t in graph.objects(record, CKG.evidenceText)) or [""]
        inferred = any(bool(v.toPython()) for v in graph.objects(record, CKG.inferred))
        for text in texts:
            found.append(
                Explanation(
                    rule=str(graph.value(record, CKG.rule) or ""),
                    text=text,
                    document=str(graph.value(record, PROV.wasDerivedFrom) or ""),
                    inferred=inferred,
                )
            )
    return sorted(found, key=lambda e: (e.document, e.rule, e.text))
