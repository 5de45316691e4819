"""The RDF terms caexpo-kg writes, made once, and the one conversion between libraries.

Graphs are built as pyoxigraph terms (rdflib's terms cost seven times more to make
and add); rdflib stays for the tools that need its graphs (pyshacl, owlrl,
notebooks), reached through :func:`from_oxigraph` and :func:`to_oxigraph`.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..vocab import (
    BASE,
    CKG,
    DCTERMS,
    ID,
    ITSRDF,
    NIF,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    TIME,
    XSD,
    document_iri,
    slugify,
    source_iri,
)

__all__ = [
    "OUTPUT_PREFIXES",
    "PREFIXES",
    "T",
    "document_graph",
    "document_node",
    "entity_node",
    "entity_uri",
    "from_oxigraph",
    "named_node",
    "run_node",
    "source_node",
    "to_oxigraph",
]

#: The prefixes a dataset binds (rdflib ``Dataset.bind``) and query results shorten with.
PREFIXES = {
    "ckg": CKG,
    "id": ID,
    "schema": SCHEMA,
    "time": TIME,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
}
#: The prefixes written files declare. No ``id:``: local names like
#: ``document/x#char=0,5`` would need escapes everywhere.
OUTPUT_PREFIXES = {
    **{prefix: str(ns) for prefix, ns in sorted(PREFIXES.items()) if prefix != "id"},
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

_NAMED_NODES: dict[str, ox.NamedNode] = {}
_ENTITY_NODES: dict[str, ox.NamedNode] = {}
_CACHE_LIMIT = 100_000  # predicates, classes, the entities news repeats: a bounded cache


def named_node(iri: str) -> ox.NamedNode:
    """A pyoxigraph NamedNode, cached: the same few thousand IRIs recur in every document."""
    node = _NAMED_NODES.get(iri)
    if node is None:
        node = ox.NamedNode(iri)
        if len(_NAMED_NODES) < _CACHE_LIMIT:
            _NAMED_NODES[iri] = node
    return node


def entity_uri(key: str) -> URIRef:
    """The IRI of an entity key (``Event/china-asean-expo``)."""
    core_class, slug = key.split("/", 1)
    return ID[f"{core_class.lower()}/{slug}"]


def entity_node(key: str) -> ox.NamedNode:
    """:func:`entity_uri` as a pyoxigraph node (cached)."""
    node = _ENTITY_NODES.get(key)
    if node is None:
        node = ox.NamedNode(str(entity_uri(key)))
        if len(_ENTITY_NODES) < _CACHE_LIMIT:
            _ENTITY_NODES[key] = node
    return node


def document_node(doc_id: str) -> ox.NamedNode:
    """The IRI of a source document."""
    return ox.NamedNode(str(document_iri(doc_id)))


def document_graph(doc_id: str) -> ox.NamedNode:
    """The named graph of document ``doc_id`` in a store (``…/graph/document/{slug}``)."""
    return ox.NamedNode(f"{BASE}graph/document/{slugify(doc_id)}")


def run_node(model: str, rules_version: str) -> ox.NamedNode:
    """The extraction run (a ``prov:Activity``): one per model and rules version."""
    digest = hashlib.sha256(f"{model}|{rules_version}".encode()).hexdigest()[:12]
    return named_node(f"{ID}run/{digest}")


def source_node(source: str) -> ox.NamedNode:
    """The IRI of a body of world knowledge a relation came from."""
    return named_node(str(source_iri(source)))


class T:
    """The terms our RDF uses, made once."""

    type = ox.NamedNode(str(RDF.type))
    subject = ox.NamedNode(str(RDF.subject))
    predicate = ox.NamedNode(str(RDF.predicate))
    object = ox.NamedNode(str(RDF.object))
    label = ox.NamedNode(str(RDFS.label))
    prefLabel = ox.NamedNode(str(SKOS.prefLabel))
    altLabel = ox.NamedNode(str(SKOS.altLabel))
    Document = ox.NamedNode(str(CKG.Document))
    NewsArticle = ox.NamedNode(str(SCHEMA.NewsArticle))
    url = ox.NamedNode(str(SCHEMA.url))
    ProvEntity = ox.NamedNode(str(PROV.Entity))
    Activity = ox.NamedNode(str(PROV.Activity))
    wasDerivedFrom = ox.NamedNode(str(PROV.wasDerivedFrom))
    wasGeneratedBy = ox.NamedNode(str(PROV.wasGeneratedBy))
    identifier = ox.NamedNode(str(DCTERMS.identifier))
    title = ox.NamedNode(str(DCTERMS.title))
    date = ox.NamedNode(str(DCTERMS.date))
    editionNumber = ox.NamedNode(str(CKG.editionNumber))
    model = ox.NamedNode(str(CKG.model))
    rulesVersion = ox.NamedNode(str(CKG.rulesVersion))
    rule = ox.NamedNode(str(CKG.rule))
    inferred = ox.NamedNode(str(CKG.inferred))
    evidenceText = ox.NamedNode(str(CKG.evidenceText))
    RelationEvidence = ox.NamedNode(str(CKG.RelationEvidence))
    hasDateTimeDescription = ox.NamedNode(str(TIME.hasDateTimeDescription))
    DateTimeDescription = ox.NamedNode(str(TIME.DateTimeDescription))
    unitType = ox.NamedNode(str(TIME.unitType))
    unitYear = ox.NamedNode(str(TIME.unitYear))
    year = ox.NamedNode(str(TIME.year))
    Context = ox.NamedNode(str(NIF.Context))
    Phrase = ox.NamedNode(str(NIF.Phrase))
    OffsetBasedString = ox.NamedNode(str(NIF.OffsetBasedString))
    isString = ox.NamedNode(str(NIF.isString))
    beginIndex = ox.NamedNode(str(NIF.beginIndex))
    endIndex = ox.NamedNode(str(NIF.endIndex))
    sourceUrl = ox.NamedNode(str(NIF.sourceUrl))
    referenceContext = ox.NamedNode(str(NIF.referenceContext))
    anchorOf = ox.NamedNode(str(NIF.anchorOf))
    taIdentRef = ox.NamedNode(str(ITSRDF.taIdentRef))
    taConfidence = ox.NamedNode(str(ITSRDF.taConfidence))
    xsd_date = ox.NamedNode(str(XSD.date))
    xsd_anyURI = ox.NamedNode(str(XSD.anyURI))
    xsd_integer = ox.NamedNode(str(XSD.integer))
    xsd_gYear = ox.NamedNode(str(XSD.gYear))
    xsd_double = ox.NamedNode(str(XSD.double))
    true = ox.Literal("true", datatype=ox.NamedNode(str(XSD.boolean)))
    false = ox.Literal("false", datatype=ox.NamedNode(str(XSD.boolean)))


def to_oxigraph(term: Node) -> Any:
    """The pyoxigraph term of an rdflib term (the one conversion the package uses)."""
    if isinstance(term, URIRef):
        return named_node(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=to_oxigraph(term.datatype))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        try:
            return ox.BlankNode(str(term))
        except ValueError:  # rdflib allows blank node ids Oxigraph does not
            return ox.BlankNode("b" + str(abs(hash(str(term)))))
    raise TypeError(f"not an RDF term: {term!r}")


_XSD_STRING = str(XSD.string)


def from_oxigraph(term: Any) -> Node:
    """The rdflib term of a pyoxigraph term (the inverse of :func:`to_oxigraph`)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # a plain literal in rdflib's terms
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"not an RDF term: {term!r}")
