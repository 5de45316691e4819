"""Domains and ranges of the core properties, read from the ontology rather than restated.

``ontology/caexpo.ttl`` declares each core property's ``rdfs:domain`` and
``rdfs:range`` (a class, or an ``owl:unionOf`` list of classes); the relation rules
keep a triple only when its ends' core classes fit them, so changing the ontology
changes what the rules may say.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import OWL, RDFS, Graph, URIRef
from rdflib.collection import Collection

from ..resources import resource_path
from ..vocab import CKG, CORE_CLASSES, CORE_PROPERTIES

__all__ = ["property_domains"]


@lru_cache(maxsize=1)
def property_domains() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Core property name → (core classes of its domain, core classes of its range)."""
    graph = Graph().parse(resource_path("ontology", "caexpo.ttl"), format="turtle")
    result = {}
    for name in CORE_PROPERTIES:
        prop = CKG[name]
        result[name] = (
            _classes(graph, graph.value(prop, RDFS.domain)),
            _classes(graph, graph.value(prop, RDFS.range)),
        )
    return result


def _classes(graph: Graph, node) -> frozenset[str]:
    """The core class names a domain or range node stands for (a class or a union)."""
    if node is None:
        return frozenset()
    if isinstance(node, URIRef):
        name = str(node).removeprefix(str(CKG))
        return frozenset({name}) if name in CORE_CLASSES else frozenset()
    members = graph.value(node, OWL.unionOf)
    if members is None:
        return frozenset()
    return frozenset().union(*(_classes(graph, m) for m in Collection(graph, members)))
