"""Why a triple is in the graph: the rule and the sentence(s) it was read from.

Every extracted relation has a ``ckg:RelationEvidence`` record in the mentions
graph (``rdf:subject``/``rdf:predicate``/``rdf:object``, ``ckg:rule``,
``ckg:evidenceText``, the document); :func:`explain` gathers them for one triple.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rdflib import URIRef

from ..rdf import as_store, from_oxigraph, to_oxigraph
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


def explain(source: Any, subject: URIRef, predicate: URIRef, obj: URIRef) -> list[Explanation]:
    """The evidence records of ``(subject, predicate, obj)`` in ``source``: a pyoxigraph
    Store (read in place, every graph) or an rdflib Graph or Dataset."""
    store = as_store(source)

    def objects(record: Any, prop: URIRef) -> list[Any]:
        """The objects of ``record``'s ``prop``, once each, in lexical order."""
        found = {q.object for q in store.quads_for_pattern(record, to_oxigraph(prop), None, None)}
        return sorted(found, key=lambda term: term.value)

    found = []
    records = {
        q.subject
        for q in store.quads_for_pattern(None, to_oxigraph(RDF.subject), to_oxigraph(subject))
    }
    for record in records:
        if to_oxigraph(predicate) not in objects(record, RDF.predicate) or to_oxigraph(
            obj
        ) not in objects(record, RDF.object):
            continue
        texts = [t.value for t in objects(record, CKG.evidenceText)] or [""]
        inferred = any(bool(from_oxigraph(v).toPython()) for v in objects(record, CKG.inferred))
        rules, documents = objects(record, CKG.rule), objects(record, PROV.wasDerivedFrom)
        for text in texts:
            found.append(
                Explanation(
                    rule=rules[0].value if rules else "",
                    text=text,
                    document=documents[0].value if documents else "",
                    inferred=inferred,
                )
            )
    return sorted(found, key=lambda e: (e.document, e.rule, e.text))
