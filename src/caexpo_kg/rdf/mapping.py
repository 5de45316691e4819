"""Extractions → RDF: the one mapping, written once, for every sink.

A (merged) extraction gives four kinds of triples:

- its **record**: the document (``ckg:Document``, ``schema:NewsArticle``, title,
  date, URL) and the provenance of each entity it names (``prov:wasDerivedFrom``);
- its **mentions**: the extraction run, the NIF context holding the text, a phrase
  per mention, an evidence record per relation (rule, sentences, offsets, source);
- the **entities**' descriptions (classes, labels, aliases, edition number, year):
  one per merged entity, however many documents name it (:func:`entity_triples`);
- the **relations** between entities: stated ones in the entity graph, computed
  ones (an edition's year from its series) in the inferred graph.

Where the record and mentions go is the only thing sinks differ in
(:class:`Layout`): a file keeps them in the entity and mentions graphs; a store
gives each document a graph of its own, so that a changed document is replaced
alone. The union of the graphs is the same either way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from enum import Enum

import pyoxigraph as ox

from ..model import Entity, Extraction
from ..vocab import CKG, GRAPH
from .terms import T, document_graph, document_node, entity_node, named_node, run_node, source_node

__all__ = [
    "ENTITIES",
    "INFERRED",
    "MENTIONS",
    "Edge",
    "Layout",
    "dataset_quads",
    "document_quads",
    "entity_triples",
    "relation_edges",
    "relation_triple",
]

ENTITIES = ox.NamedNode(str(GRAPH.ENTITIES))
MENTIONS = ox.NamedNode(str(GRAPH.MENTIONS))
INFERRED = ox.NamedNode(str(GRAPH.INFERRED))

#: A relation between merged entities, by key: (subject key, property name, object key).
Edge = tuple[str, str, str]


class Layout(Enum):
    """Which named graphs a document's record and mentions go to."""

    FILE = "file"
    """The record in the entity graph, the mentions in the mentions graph."""
    STORE = "store"
    """Both in the document's own graph (:func:`~caexpo_kg.rdf.terms.document_graph`);
    the extraction run they share in the mentions graph."""


def document_quads(
    extraction: Extraction, layout: Layout = Layout.FILE, *, own: list[ox.Quad] | None = None
) -> list[ox.Quad]:
    """The record and mentions of one (merged) extraction, in ``layout``'s graphs.

    ``own``, if given, gets the quads about the document's own nodes besides (its IRI,
    and it with a fragment: the record, context, mentions, evidence; not the shared
    run, nor the entities' provenance): what the build validates document by document
    (:class:`~caexpo_kg.rdf.validate.DocumentChecks`), told here at no cost rather than
    sorted out again from every subject's text."""
    document = extraction.document
    if layout is Layout.STORE:
        record_graph = mentions_graph = document_graph(document.id)
    else:
        record_graph, mentions_graph = ENTITIES, MENTIONS
    doc = document_node(document.id)
    run = run_node(extraction.model, extraction.rules_version)
    quads: list[ox.Quad] = []

    owned = own if own is not None else []

    def record(s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        quad = ox.Quad(s, p, o, record_graph)
        quads.append(quad)
        owned.append(quad)

    def mention(s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        quad = ox.Quad(s, p, o, mentions_graph)
        quads.append(quad)
        owned.append(quad)

    record(doc, T.type, T.Document)
    record(doc, T.type, T.NewsArticle)
    record(doc, T.type, T.ProvEntity)
    record(doc, T.identifier, ox.Literal(document.id))
    if document.title:
        record(doc, T.title, ox.Literal(document.title))
    if document.published:
        record(doc, T.date, ox.Literal(document.published.isoformat(), datatype=T.xsd_date))
    if document.url:
        record(doc, T.url, ox.Literal(document.url, datatype=T.xsd_anyURI))
    for entity in extraction.entities:  # the entity's provenance: not the document's node
        quads.append(ox.Quad(entity_node(entity.key), T.wasDerivedFrom, doc, record_graph))

    text = document.text
    context = ox.NamedNode(f"{doc.value}#char=0,{len(text)}")
    # The run is shared by every document it read: described once, in the mentions
    # graph, in either layout (a copy in each document's graph would make every query
    # over a store's union join thousands of copies of it).
    for p, o in (
        (T.type, T.Activity),
        (T.model, ox.Literal(extraction.model)),
        (T.rulesVersion, ox.Literal(extraction.rules_version)),
    ):
        quads.append(ox.Quad(run, p, o, MENTIONS))
    mention(context, T.type, T.Context)
    mention(context, T.type, T.OffsetBasedString)
    mention(context, T.isString, ox.Literal(text))
    mention(context, T.beginIndex, _offset(0))
    mention(context, T.endIndex, _offset(len(text)))
    mention(context, T.sourceUrl, doc)
    # A mention's ten quads, an evidence record's eight and more, made in one list each
    # and added to both lists at once: most of a document's quads come from here, and a
    # call per quad was most of what they cost this process.
    Quad, Literal, graph, prefix = ox.Quad, ox.Literal, mentions_graph, f"{doc.value}#"
    offset = _offset
    for found in extraction.mentions:
        phrase = ox.NamedNode(f"{prefix}char={found.start},{found.end}")
        confidence = Literal(str(round(found.confidence, 3)), datatype=T.xsd_double)
        made = [
            Quad(phrase, T.type, T.Phrase, graph),
            Quad(phrase, T.type, T.OffsetBasedString, graph),
            Quad(phrase, T.referenceContext, context, graph),
            Quad(phrase, T.beginIndex, offset(found.start), graph),
            Quad(phrase, T.endIndex, offset(found.end), graph),
            Quad(phrase, T.anchorOf, Literal(found.text), graph),
            Quad(phrase, T.taIdentRef, entity_node(found.entity), graph),
            Quad(phrase, T.taConfidence, confidence, graph),
            Quad(phrase, T.rule, Literal(found.rule), graph),
            Quad(phrase, T.wasGeneratedBy, run, graph),
        ]
        quads += made
        owned += made

    for relation in extraction.relations:
        subject, obj = entity_node(relation.subject), entity_node(relation.object)
        predicate = named_node(f"{CKG}{relation.predicate}")
        digest = hashlib.sha256(
            f"{subject.value}|{predicate.value}|{obj.value}|{relation.rule}".encode()
        ).hexdigest()[:16]
        evidence_record = ox.NamedNode(f"{prefix}evidence-{digest}")
        # World knowledge is not dressed as the document's word: it names its source.
        origin = source_node(relation.source) if relation.source else doc
        made = [
            Quad(evidence_record, T.type, T.RelationEvidence, graph),
            Quad(evidence_record, T.subject, subject, graph),
            Quad(evidence_record, T.predicate, predicate, graph),
            Quad(evidence_record, T.object, obj, graph),
            Quad(evidence_record, T.rule, Literal(relation.rule), graph),
            Quad(evidence_record, T.inferred, T.true if relation.inferred else T.false, graph),
            Quad(evidence_record, T.wasGeneratedBy, run, graph),
            Quad(evidence_record, T.wasDerivedFrom, origin, graph),
        ]
        for evidence in relation.evidence:
            made += [
                Quad(evidence_record, T.evidenceText, Literal(evidence.text), graph),
                Quad(evidence_record, T.beginIndex, offset(evidence.start), graph),
                Quad(evidence_record, T.endIndex, offset(evidence.end), graph),
                Quad(evidence_record, T.referenceContext, context, graph),
            ]
        quads += made
        owned += made
    return quads


def entity_triples(entity: Entity) -> list[ox.Triple]:
    """One merged entity's description: its classes, label, aliases, edition, year."""
    node = entity_node(entity.key)
    label = ox.Literal(entity.label)
    triples = [
        ox.Triple(node, T.type, named_node(f"{CKG}{entity.core_class}")),
        ox.Triple(node, T.label, label),
        ox.Triple(node, T.prefLabel, label),
    ]
    triples += [ox.Triple(node, T.altLabel, ox.Literal(alias)) for alias in entity.aliases]
    if entity.finer_class:
        triples.append(ox.Triple(node, T.type, named_node(f"{CKG}{entity.finer_class}")))
    if entity.edition_number is not None:
        number = ox.Literal(str(entity.edition_number), datatype=T.xsd_integer)
        triples.append(ox.Triple(node, T.editionNumber, number))
    if entity.year is not None:
        description = ox.NamedNode(f"{node.value}/description")
        year = ox.Literal(str(entity.year), datatype=T.xsd_gYear)
        triples += [
            ox.Triple(node, T.hasDateTimeDescription, description),
            ox.Triple(description, T.type, T.DateTimeDescription),
            ox.Triple(description, T.unitType, T.unitYear),
            ox.Triple(description, T.year, year),
        ]
    return triples


def relation_edges(extraction: Extraction) -> tuple[set[Edge], set[Edge]]:
    """A merged extraction's stated and inferred relations, as key triples."""
    stated: set[Edge] = set()
    inferred: set[Edge] = set()
    for r in extraction.relations:
        (inferred if r.inferred else stated).add((r.subject, r.predicate, r.object))
    return stated, inferred


def relation_triple(edge: Edge) -> ox.Triple:
    """A relation between two entities: stated in the entity graph, or inferred."""
    subject, predicate, obj = edge
    return ox.Triple(entity_node(subject), named_node(f"{CKG}{predicate}"), entity_node(obj))


def dataset_quads(extractions: Iterable[Extraction]) -> Iterator[ox.Quad]:
    """Every quad of the file layout for (merged) ``extractions``; may repeat a quad."""
    entities: dict[str, Entity] = {}
    stated: set[Edge] = set()
    inferred: set[Edge] = set()
    for extraction in extractions:
        yield from document_quads(extraction, Layout.FILE)
        for entity in extraction.entities:
            entities.setdefault(entity.key, entity)
        said, computed = relation_edges(extraction)
        stated |= said
        inferred |= computed
    for entity in entities.values():
        for t in entity_triples(entity):
            yield ox.Quad(t.subject, t.predicate, t.object, ENTITIES)
    for graph, edges in ((ENTITIES, stated), (INFERRED, inferred)):
        for edge in edges:
            t = relation_triple(edge)
            yield ox.Quad(t.subject, t.predicate, t.object, graph)


def _offset(value: int) -> ox.Literal:
    """A character offset: an ``xsd:integer`` (NIF's range is ``xsd:nonNegativeInteger``,
    whose values these are; Oxigraph keeps every integer type as ``xsd:integer``, so a
    graph that passed through a store could not keep the narrower type, and all our
    graphs do)."""
    return ox.Literal(str(value), datatype=T.xsd_integer)
