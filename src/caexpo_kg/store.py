"""An embedded, persistent, incremental graph store (Oxigraph, via pyoxigraph).

``caexpo-kg build CORPUS --store DIR`` writes into an Oxigraph store in ``DIR``:

- one named graph per document, ``…/graph/document/{slug}``: the document record,
  its mentions, relation evidence and the relations it states or lets us infer
  (everything the document contributes, with merged entity IRIs);
- the merged entity graph ``…/graph/entities``: each entity's types, label,
  aliases, edition number and year, once;
- a bookkeeping graph ``…/graph/build``: per document its fingerprint (a hash of
  the text and metadata, the model and the rules version), its input position,
  the digest of its graph and its unmerged extraction (JSON), so that the next
  build skips what did not change.

The union of all graphs but ``…/graph/build`` holds the same triples as a Turtle
file of the same corpus from ``caexpo-kg build -o``.

Building again into the same folder re-reads only new and changed documents
(spaCy is the cost), drops the graphs of documents no longer in the input, then
re-merges entities across the whole corpus from the cached extractions (cheap)
and rewrites only the graphs whose content changed: the store ends up equal to
one built from scratch. The folder is an ordinary Oxigraph database:
``oxigraph serve-read-only --location DIR`` serves it over SPARQL HTTP.

Examples
--------
>>> store = GraphStore("corpus.oxigraph")  # doctest: +SKIP
>>> report = store.build(read_documents([Path("data/sample")]))  # doctest: +SKIP
>>> store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import CaexpoError, InputError
from .model import Document, Extraction
from .streaming import EntityTable, extraction_from_json, extraction_to_json
from .vocab import BASE, CKG, GRAPH, RDF, RDFS, SKOS, TIME, document_iri, slugify

__all__ = [
    "BUILD_GRAPH",
    "BuildReport",
    "GraphStore",
    "document_graph",
    "extraction_quads",
    "fingerprint",
]

#: Bookkeeping for incremental builds (not part of the knowledge graph).
BUILD_GRAPH = ox.NamedNode(BASE + "graph/build")
_ENTITIES = ox.NamedNode(str(GRAPH.ENTITIES))
_B = BASE + "build#"
_FINGERPRINT = ox.NamedNode(_B + "fingerprint")
_POSITION = ox.NamedNode(_B + "position")
_DIGEST = ox.NamedNode(_B + "digest")
_EXTRACTION = ox.NamedNode(_B + "extraction")
_DESCRIPTIVE = {RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel, CKG.editionNumber}
_DESCRIPTION_LINK = TIME.hasDateTimeDescription


def document_graph(doc_id: str) -> ox.NamedNode:
    """The named graph of document ``doc_id``."""
    return ox.NamedNode(f"{BASE}graph/document/{slugify(doc_id)}")


def fingerprint(document: Document, model: str, rules_version: str) -> str:
    """What decides whether a document must be read again: its content, the model, the rules."""
    digest = hashlib.sha256()
    for part in (
        document.id,
        document.text,
        document.published.isoformat() if document.published else "",
        document.title or "",
        document.url or "",
        model,
        rules_version,
    ):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


# ---------------------------------------------------------------- RDF terms
_named: dict[str, ox.NamedNode] = {}


def _ox(term: Node) -> Any:
    if isinstance(term, URIRef):
        node = _named.get(term)
        if node is None:
            node = ox.NamedNode(str(term))
            if len(_named) < 100_000:  # predicates, classes, entities: a bounded cache
                _named[str(term)] = node
        return node
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=_ox(term.datatype))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def extraction_quads(extraction: Extraction) -> tuple[list[ox.Quad], set[ox.Triple]]:
    """One merged extraction's quads in its document graph, and its entity-graph triples.

    The triples are those :func:`caexpo_kg.rdf.to_dataset` writes for it, split
    by where they belong: entity descriptions (types, labels, aliases, edition
    number, year) go to the shared entity graph, everything else to the
    document's own graph.
    """
    from .rdf import _add_extraction  # the one place that knows our RDF shape

    collected = Graph()
    _add_extraction(extraction, collected, collected, collected, set())
    nodes = {URIRef(str(_entity_uri(e.key))) for e in extraction.entities}
    descriptions = {URIRef(f"{node}/description") for node in nodes}
    graph = document_graph(extraction.document.id)
    quads: list[ox.Quad] = []
    entity_triples: set[ox.Triple] = set()
    for s, p, o in collected:
        triple = ox.Triple(_ox(s), _ox(p), _ox(o))
        if (s in nodes and (p in _DESCRIPTIVE or p == _DESCRIPTION_LINK)) or s in descriptions:
            entity_triples.add(triple)
        else:
            quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, graph))
    return quads, entity_triples


def _entity_uri(key: str) -> URIRef:
    from .rdf import entity_uri

    return entity_uri(key)


def _digest(quads: Iterable[ox.Quad]) -> str:
    lines = sorted(f"{q.subject} {q.predicate} {q.object}" for q in quads)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- the store
@dataclass
class BuildReport:
    """What one build did."""

    documents: int = 0
    """Documents in the input."""
    extracted: int = 0
    """New or changed documents read with spaCy."""
    unchanged: int = 0
    """Documents skipped: same text, metadata, model and rules as last time."""
    removed: int = 0
    """Documents in the store that are no longer in the input: their graphs dropped."""
    rewritten: int = 0
    """Document graphs written (new, changed, or touched by a change in merging)."""
    entities: int = 0
    quads: int = 0


class GraphStore:
    """A caexpo-kg graph in an Oxigraph database folder."""

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            if read_only:
                if not self.path.is_dir():
                    raise InputError(f"{self.path}: no such store")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as err:
            raise InputError(f"{self.path}: cannot open the store ({err})") from None

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store` (for SPARQL, dumps, bulk loads)."""
        return self._store

    # ------------------------------------------------------------ reading
    def query(self, sparql: str, *, union: bool = True) -> Any:
        """Run a SPARQL query; the default graph is the union of the knowledge graph's graphs."""
        if union:
            graphs = [g for g in self._store.named_graphs() if g != BUILD_GRAPH]
            return self._store.query(sparql, default_graph=graphs, named_graphs=graphs)
        return self._store.query(sparql)

    def documents(self) -> list[str]:
        """The ids of the documents in the store, in input order."""
        rows = []
        for quad in self._store.quads_for_pattern(None, _POSITION, None, BUILD_GRAPH):
            extraction = self._cached(quad.subject)
            rows.append((int(quad.object.value), extraction.document.id))
        return [doc_id for _, doc_id in sorted(rows)]

    def __len__(self) -> int:
        """Quads in the knowledge graph (the bookkeeping graph not counted)."""
        return sum(1 for q in self._store if q.graph_name != BUILD_GRAPH)

    def dump(self, path: str | os.PathLike[str], rdf_format: ox.RdfFormat) -> None:
        """Write the knowledge graph (all graphs but bookkeeping) to ``path``."""
        quads = (q for q in self._store if q.graph_name != BUILD_GRAPH)
        if rdf_format.supports_datasets:
            ox.serialize(quads, str(path), rdf_format)
        else:
            ox.serialize((q.triple for q in quads), str(path), rdf_format)

    # ------------------------------------------------------------ building
    def build(
        self,
        documents: Iterable[Document],
        *,
        model: str | None = None,
        infer: bool = True,
        engine: Any = None,
        batch_size: int = 8,
        on_document: Callable[[Document, bool], None] | None = None,
    ) -> BuildReport:
        """Build (or update) the store from ``documents``; see the module docstring.

        ``on_document(document, extracted)`` is called once per input document
        (for a progress bar). ``engine`` is a :mod:`caexpo_kg.engines` engine
        (default: local, one process).
        """
        from .engines import LocalEngine
        from .extract import _rules_version
        from .nlp import load_pipeline, model_name

        engine = engine or LocalEngine()
        nlp = load_pipeline(model)
        run_model, rules_version = model_name(nlp), _rules_version(nlp)
        report = BuildReport()
        order: list[ox.NamedNode] = []
        positions: dict[ox.NamedNode, int] = {}

        def changed_documents() -> Iterator[Document]:
            for document in documents:
                node = ox.NamedNode(str(document_iri(document.id)))
                if node in positions:
                    order.remove(node)  # a repeated id: the later document wins
                positions[node] = len(positions)
                order.append(node)
                report.documents += 1
                stamp = fingerprint(document, run_model, rules_version)
                if self._value(node, _FINGERPRINT) == stamp:
                    report.unchanged += 1
                    if on_document is not None:
                        on_document(document, False)
                    continue
                self._forget(node, keep_graph=True)
                yield document

        for extraction in engine.extract(
            changed_documents(), model=model, infer=infer, batch_size=batch_size
        ):
            document = extraction.document
            node = ox.NamedNode(str(document_iri(document.id)))
            stamp = fingerprint(document, run_model, rules_version)
            self._store.extend(  # one transaction: a fingerprint never lacks its extraction
                [
                    ox.Quad(
                        node, _EXTRACTION, ox.Literal(extraction_to_json(extraction)), BUILD_GRAPH
                    ),
                    ox.Quad(node, _FINGERPRINT, ox.Literal(stamp), BUILD_GRAPH),
                ]
            )
            report.extracted += 1
            if on_document is not None:
                on_document(extraction.document, True)

        # Documents gone from the input: drop their graphs and bookkeeping.
        for quad in list(self._store.quads_for_pattern(None, _FINGERPRINT, None, BUILD_GRAPH)):
            if quad.subject not in positions:
                self._forget(quad.subject, keep_graph=False)
                report.removed += 1

        # Merge across the corpus from the cached extractions, in input order.
        order.sort(key=positions.__getitem__)
        table = EntityTable()
        for node in order:
            table.add(self._cached(node))
        entity_triples: set[ox.Triple] = set()
        for position, node in enumerate(order):
            self._set(node, _POSITION, ox.Literal(str(position), datatype=_INTEGER))
            extraction = self._cached(node)
            quads, triples = extraction_quads(table.apply(extraction))
            entity_triples |= triples
            digest = _digest(quads)
            if self._value(node, _DIGEST) != digest:
                graph = document_graph(extraction.document.id)
                if self._store.contains_named_graph(graph):
                    self._store.remove_graph(graph)
                self._store.extend(quads)
                self._set(node, _DIGEST, ox.Literal(digest))
                report.rewritten += 1
        current = set(self._store.quads_for_pattern(None, None, None, _ENTITIES))
        wanted = {ox.Quad(t.subject, t.predicate, t.object, _ENTITIES) for t in entity_triples}
        if current != wanted:
            if self._store.contains_named_graph(_ENTITIES):
                self._store.remove_graph(_ENTITIES)
            self._store.extend(sorted(wanted, key=str))
        report.entities = len(table.merged())
        report.quads = len(self)
        self._store.flush()
        return report

    # ------------------------------------------------------------ bookkeeping
    def _value(self, node: ox.NamedNode, predicate: ox.NamedNode) -> str | None:
        for quad in self._store.quads_for_pattern(node, predicate, None, BUILD_GRAPH):
            return quad.object.value
        return None

    def _set(self, node: ox.NamedNode, predicate: ox.NamedNode, value: ox.Literal) -> None:
        old = list(self._store.quads_for_pattern(node, predicate, None, BUILD_GRAPH))
        if [q.object for q in old] == [value]:
            return
        for quad in old:
            self._store.remove(quad)
        self._store.add(ox.Quad(node, predicate, value, BUILD_GRAPH))

    def _cached(self, node: ox.NamedNode) -> Extraction:
        text = self._value(node, _EXTRACTION)
        if text is None:
            raise CaexpoError(f"{self.path}: the store has no extraction of {node.value}")
        return extraction_from_json(text)

    def _forget(self, node: ox.NamedNode, *, keep_graph: bool) -> None:
        for quad in list(self._store.quads_for_pattern(node, None, None, BUILD_GRAPH)):
            if quad.predicate == _EXTRACTION and not keep_graph:
                graph = document_graph(extraction_from_json(quad.object.value).document.id)
                if self._store.contains_named_graph(graph):
                    self._store.remove_graph(graph)
        for quad in list(self._store.quads_for_pattern(node, None, None, BUILD_GRAPH)):
            if keep_graph and quad.predicate in (_POSITION, _DIGEST):
                continue
            self._store.remove(quad)


_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
