"""An embedded, persistent, incremental graph store (Oxigraph, via pyoxigraph).

``caexpo-kg build CORPUS --store DIR`` writes into an Oxigraph store in ``DIR``:

- one named graph per document, ``…/graph/document/{slug}``: the document record,
  its mentions, its entities' provenance and the evidence of each relation it gives
  (what the document contributes, with merged entity IRIs);
- the merged entity graph ``…/graph/entities``: each entity's types, label,
  aliases, edition number and year, and the stated relations between entities,
  each once however many documents state it; and ``…/graph/inferred``, the
  triples computed rather than read, as in a file build;
- a bookkeeping graph ``…/graph/build``: per document its fingerprint (a hash of
  the text and metadata, the model and the rules version), its input position,
  its unmerged extraction (JSON) and how its graph was merged (its keys' merged
  keys, its outvoted year claims, its size), so that the next build skips what
  did not change.

The union of all graphs but ``…/graph/build`` holds the same triples as a Turtle
file of the same corpus from ``caexpo-kg build -o``.

A build writes each document's graph as soon as spaCy has read it, merged with
what the corpus has shown so far; at the end it rewrites the few whose merge came
out otherwise and replaces the entity and inferred graphs where they differ.
Building again into the same folder re-reads only new and changed documents
(spaCy is the cost) and drops the graphs of documents no longer in the input:
the store ends up equal to one built from scratch.

The folder is an ordinary Oxigraph database: ``oxigraph serve-read-only
--location DIR`` serves it over SPARQL HTTP.

Examples
--------
>>> store = GraphStore("corpus.oxigraph")  # doctest: +SKIP
>>> report = store.build(read_documents([Path("data/sample")]))  # doctest: +SKIP
>>> store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple

import pyoxigraph as ox
from rdflib import URIRef

from .errors import CaexpoError, InputError
from .model import Document, Entity, Extraction
from .rdf import oxigraph_named_node, to_oxigraph
from .resolve import Keymap, remap
from .streaming import EntityTable, extraction_from_json, extraction_to_json
from .vocab import (
    BASE,
    CKG,
    DCTERMS,
    GRAPH,
    ITSRDF,
    NIF,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    TIME,
    document_iri,
    slugify,
    source_iri,
)

log = logging.getLogger("caexpo_kg")

__all__ = [
    "LEDGER",
    "BuildReport",
    "GraphStore",
    "document_graph",
    "document_quads",
    "entity_triples",
    "fingerprint",
]

#: The build's bookkeeping: a SQLite file among Oxigraph's own files in the store folder
#: (RocksDB leaves files it did not make alone). Kept out of the RDF so that the union
#: of the store's graphs is the knowledge graph and nothing else.
LEDGER = "caexpo-kg-build.sqlite"
#: Where stores of caexpo-kg 0.1's first layout kept it (a named graph): rebuilt.
_OLD_BUILD_GRAPH = ox.NamedNode(BASE + "graph/build")
_ENTITIES = ox.NamedNode(str(GRAPH.ENTITIES))
_INFERRED = ox.NamedNode(str(GRAPH.INFERRED))


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
_ox = to_oxigraph  # one conversion for the package: caexpo_kg.rdf.to_oxigraph


def document_quads(extraction: Extraction) -> list[ox.Quad]:
    """The quads of one (merged) extraction's own graph: the document record, its
    mentions, its entities' provenance and the evidence of each relation it gives.

    With :func:`entity_triples` and the relations themselves (in the entity or the
    inferred graph) they are the triples :func:`caexpo_kg.rdf.to_dataset` writes (a
    test holds the two together), made directly as pyoxigraph terms: through rdflib
    they cost a third of spaCy's time.
    """
    from .rdf import _run_iri

    document = extraction.document
    graph = document_graph(document.id)
    doc = _n(str(document_iri(document.id)))
    run = _n(str(_run_iri(extraction.model, extraction.rules_version)))
    quads: list[ox.Quad] = []

    def add(s: Any, p: Any, o: Any) -> None:
        quads.append(ox.Quad(s, p, o, graph))

    add(doc, _T.type, _T.Document)
    add(doc, _T.type, _T.NewsArticle)
    add(doc, _T.type, _T.ProvEntity)
    add(doc, _T.identifier, ox.Literal(document.id))
    if document.title:
        add(doc, _T.title, ox.Literal(document.title))
    if document.published:
        add(doc, _T.date, ox.Literal(document.published.isoformat(), datatype=_T.xsd_date))
    if document.url:
        add(doc, _T.url, ox.Literal(document.url, datatype=_T.xsd_anyURI))
    for entity in extraction.entities:
        add(_entity_node(entity.key), _T.wasDerivedFrom, doc)

    text = document.text
    context = ox.NamedNode(f"{doc.value}#char=0,{len(text)}")
    add(run, _T.type, _T.Activity)
    add(run, _T.model, ox.Literal(extraction.model))
    add(run, _T.rulesVersion, ox.Literal(extraction.rules_version))
    add(context, _T.type, _T.Context)
    add(context, _T.type, _T.OffsetBasedString)
    add(context, _T.isString, ox.Literal(text))
    add(context, _T.beginIndex, _index(0))
    add(context, _T.endIndex, _index(len(text)))
    add(context, _T.sourceUrl, doc)
    for mention in extraction.mentions:
        phrase = ox.NamedNode(f"{doc.value}#char={mention.start},{mention.end}")
        add(phrase, _T.type, _T.Phrase)
        add(phrase, _T.type, _T.OffsetBasedString)
        add(phrase, _T.referenceContext, context)
        add(phrase, _T.beginIndex, _index(mention.start))
        add(phrase, _T.endIndex, _index(mention.end))
        add(phrase, _T.anchorOf, ox.Literal(mention.text))
        add(phrase, _T.taIdentRef, _entity_node(mention.entity))
        confidence = ox.Literal(str(round(mention.confidence, 3)), datatype=_T.xsd_double)
        add(phrase, _T.taConfidence, confidence)
        add(phrase, _T.rule, ox.Literal(mention.rule))
        add(phrase, _T.wasGeneratedBy, run)

    for relation in extraction.relations:
        subject, obj = _entity_node(relation.subject), _entity_node(relation.object)
        predicate = _n(f"{CKG}{relation.predicate}")
        digest = hashlib.sha256(
            f"{subject.value}|{predicate.value}|{obj.value}|{relation.rule}".encode()
        ).hexdigest()[:16]
        record = ox.NamedNode(f"{doc.value}#evidence-{digest}")
        add(record, _T.type, _T.RelationEvidence)
        add(record, _T.subject, subject)
        add(record, _T.predicate, predicate)
        add(record, _T.object, obj)
        add(record, _T.rule, ox.Literal(relation.rule))
        add(record, _T.inferred, _T.true if relation.inferred else _T.false)
        add(record, _T.wasGeneratedBy, run)
        # World knowledge is not dressed as the document's word: it names its source.
        origin = _n(str(source_iri(relation.source))) if relation.source else doc
        add(record, _T.wasDerivedFrom, origin)
        for evidence in relation.evidence:
            add(record, _T.evidenceText, ox.Literal(evidence.text))
            add(record, _T.beginIndex, _index(evidence.start))
            add(record, _T.endIndex, _index(evidence.end))
            add(record, _T.referenceContext, context)
    return quads


def entity_triples(entity: Entity) -> list[ox.Triple]:
    """One merged entity's description: its classes, label, aliases, edition, year."""
    node = _entity_node(entity.key)
    label = ox.Literal(entity.label)
    triples = [
        ox.Triple(node, _T.type, _n(f"{CKG}{entity.core_class}")),
        ox.Triple(node, _T.label, label),
        ox.Triple(node, _T.prefLabel, label),
    ]
    triples += [ox.Triple(node, _T.altLabel, ox.Literal(alias)) for alias in entity.aliases]
    if entity.finer_class:
        triples.append(ox.Triple(node, _T.type, _n(f"{CKG}{entity.finer_class}")))
    if entity.edition_number is not None:
        number = ox.Literal(str(entity.edition_number), datatype=_T.xsd_integer)
        triples.append(ox.Triple(node, _T.editionNumber, number))
    if entity.year is not None:
        description = ox.NamedNode(f"{node.value}/description")
        year = ox.Literal(str(entity.year), datatype=_T.xsd_gYear)
        triples += [
            ox.Triple(node, _T.hasDateTimeDescription, description),
            ox.Triple(description, _T.type, _T.DateTimeDescription),
            ox.Triple(description, _T.unitType, _T.unitYear),
            ox.Triple(description, _T.year, year),
        ]
    return triples


def _relations(extraction: Extraction) -> tuple[set[_Edge], set[_Edge]]:
    """A merged extraction's stated and inferred relations, as key triples."""
    stated: set[_Edge] = set()
    inferred: set[_Edge] = set()
    for r in extraction.relations:
        (inferred if r.inferred else stated).add((r.subject, r.predicate, r.object))
    return stated, inferred


_Edge = tuple[str, str, str]


_n = oxigraph_named_node


def _entity_node(key: str) -> ox.NamedNode:
    node = _entities.get(key)
    if node is None:
        node = ox.NamedNode(str(_entity_uri(key)))
        if len(_entities) < 100_000:
            _entities[key] = node
    return node


_entities: dict[str, ox.NamedNode] = {}


def _index(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_T.xsd_nonNegativeInteger)


class _T:
    """The terms our RDF uses, made once."""

    _X = "http://www.w3.org/2001/XMLSchema#"
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
    xsd_date = ox.NamedNode(_X + "date")
    xsd_anyURI = ox.NamedNode(_X + "anyURI")
    xsd_integer = ox.NamedNode(_X + "integer")
    xsd_gYear = ox.NamedNode(_X + "gYear")
    xsd_double = ox.NamedNode(_X + "double")
    xsd_nonNegativeInteger = ox.NamedNode(_X + "nonNegativeInteger")
    true = ox.Literal("true", datatype=ox.NamedNode(_X + "boolean"))
    false = ox.Literal("false", datatype=ox.NamedNode(_X + "boolean"))


def _entity_uri(key: str) -> URIRef:
    from .rdf import entity_uri

    return entity_uri(key)


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
    year_conflicts: int = 0
    """Editions that documents place in different years (the corpus's vote kept one)."""
    entities: int = 0
    quads: int = 0


class GraphStore:
    """A caexpo-kg graph in an Oxigraph database folder."""

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
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
        self._ledger: _Ledger | None = None

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store` (for SPARQL, dumps, bulk loads)."""
        return self._store

    @property
    def ledger(self) -> _Ledger:
        if self._ledger is None:
            self._ledger = _Ledger(self.path / LEDGER, read_only=self.read_only)
        return self._ledger

    # ------------------------------------------------------------ reading
    def query(self, sparql: str, **options: Any) -> Any:
        """Run a SPARQL query; the default graph is the union of the store's graphs."""
        options.setdefault("use_default_graph_as_union", True)
        return self._store.query(sparql, **options)

    def documents(self) -> list[str]:
        """The ids of the documents in the store, in input order."""
        return self.ledger.document_ids()

    def __len__(self) -> int:
        """Quads in the knowledge graph."""
        return len(self._store)

    def dump(self, path: str | os.PathLike[str], rdf_format: ox.RdfFormat) -> None:
        """Write the knowledge graph to ``path`` (triple formats: the union of its graphs)."""
        if rdf_format.supports_datasets:
            ox.serialize(self._store, str(path), rdf_format)
        else:
            ox.serialize((q.triple for q in self._store), str(path), rdf_format)

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

        One pass while spaCy reads: each document's graph is written as soon as it is
        extracted, merged with what the corpus has shown so far (a background thread
        writes while spaCy parses the next batch). At the end the few documents whose
        merge came out otherwise (an acronym defined later, an outvoted year) are
        patched, and the entity and inferred graphs are replaced where they differ.
        """
        from .engines import LocalEngine
        from .extract import _rules_version
        from .nlp import load_pipeline, model_name

        engine = engine or LocalEngine()
        nlp = load_pipeline(model)
        run_model, rules_version = model_name(nlp), _rules_version(nlp)
        self._check_layout()
        ledger = self.ledger
        report = BuildReport()
        # Where spaCy runs in other processes, this one's CPU is shared with them: write
        # with Oxigraph's bulk loader (less than half the CPU of transactions; its batches
        # are not atomic, but a document's ledger row follows its whole batch).
        parallel = not isinstance(engine, LocalEngine) or engine.n_process > 1
        writer = _BatchWriter(self._store, ledger, bulk=parallel)
        table = EntityTable()
        relations = _RelationCount()
        positions: dict[str, int] = {}
        written: set[str] = set()
        repeated = False

        def count(raw: Extraction, state: Keymap, position: int) -> None:
            """A document read before (its extraction and merge from the ledger)."""
            table.add(raw, position)
            relations.add(remap(raw, state))

        def changed_documents() -> Iterator[Document]:
            nonlocal repeated
            for position, document in enumerate(documents):
                iri = str(document_iri(document.id))
                if iri in positions:  # a repeated id: the later document wins
                    repeated = True
                    writer.flush()
                positions[iri] = position
                report.documents += 1
                stamp = fingerprint(document, run_model, rules_version)
                row = ledger.get(iri)
                if row is not None and row.fingerprint == stamp:
                    report.unchanged += 1
                    count(extraction_from_json(row.extraction), json.loads(row.state), position)
                    if on_document is not None:
                        on_document(document, False)
                    continue
                # A graph with no row: left by a build that stopped before its row was written.
                if row is not None or self._store.contains_named_graph(document_graph(document.id)):
                    if writer.bulk:
                        writer.settle()  # no deletions while a bulk load runs
                    self._forget(iri, document.id, in_ledger=row is not None)
                yield document

        for raw in engine.extract(
            changed_documents(), model=model, infer=infer, batch_size=batch_size
        ):
            document = raw.document
            iri = str(document_iri(document.id))
            if iri in written:  # a repeated id, read twice: the later one stays
                writer.flush()
                self._forget(iri, document.id)
            written.add(iri)
            table.add(raw, positions[iri])
            keymap = table.keymap(raw, provisional=True)
            merged = remap(raw, keymap)
            relations.add(merged)
            quads = document_quads(merged)
            # The ledger's row is written once the graph is: a fingerprint never
            # stands for a graph that is not all there.
            writer.add(
                quads,
                (
                    iri,
                    document.id,
                    fingerprint(document, run_model, rules_version),
                    extraction_to_json(raw),
                    _state_text(keymap, len(set(quads))),
                ),
            )
            report.extracted += 1
            report.rewritten += 1
            if on_document is not None:
                on_document(document, True)
        writer.flush()
        writer.bulk = False  # from here on, graphs are patched while quads are removed

        # Documents gone from the input: drop their graphs and bookkeeping.
        for iri, doc_id in ledger.documents():
            if iri not in positions:
                self._forget(iri, doc_id)
                report.removed += 1
        ledger.set_positions(positions)
        if repeated:  # the table and counts saw an id twice: count again, once each
            table, relations = EntityTable(), _RelationCount()
            for iri, position in positions.items():
                count(ledger.extraction(iri), ledger.state(iri), position)

        # Where the whole corpus merges otherwise than the stream had guessed: patch.
        document_quads_total = 0
        for iri, state_text in ledger.states():
            state = json.loads(state_text)
            final = table.rekey(state)
            if final["keys"] != state["keys"] or final["dropped"] != state["dropped"]:
                raw = ledger.extraction(iri)
                before, after = remap(raw, state), remap(raw, final)
                relations.remove(before)
                relations.add(after)
                # Only what changed: a mention's entity, an evidence record (removing and
                # rewriting the whole graph costs ten times more). With the same keys only
                # outvoted years differ: the year claims' evidence is all that can change.
                if final["keys"] == state["keys"]:
                    before, after = _year_claims(before), _year_claims(after)
                old, new = set(document_quads(before)), set(document_quads(after))
                for quad in old - new:
                    self._store.remove(quad)
                size = state["quads"] - len(old - new) + len(new - old)
                writer.add(list(new - old), state=(iri, _state_text(final, size)))
                report.rewritten += 1
                state = {**final, "quads": size}
            document_quads_total += state["quads"]
        writer.flush()

        merged_entities = {e.key: e for e in table.merged().values()}
        entity_graph = {t for e in merged_entities.values() for t in entity_triples(e)}
        entity_graph |= relations.triples(inferred=False)
        inferred_graph = relations.triples(inferred=True)
        self._replace_graph(_ENTITIES, entity_graph)
        self._replace_graph(_INFERRED, inferred_graph)
        writer.close()
        report.entities = len(merged_entities)
        report.year_conflicts = table.year_conflicts()
        report.quads = document_quads_total + len(entity_graph) + len(inferred_graph)
        self._store.flush()
        return report

    # ------------------------------------------------------------ bookkeeping
    def _check_layout(self) -> None:
        """Refuse an Oxigraph store we did not build; rebuild one of the old layout."""
        if (self.path / LEDGER).exists():
            return
        if self._store.contains_named_graph(_OLD_BUILD_GRAPH):
            log.info("%s: a store of an older caexpo-kg layout: building it afresh", self.path)
            self._store.clear()
        elif next(iter(self._store), None) is not None:
            raise InputError(
                f"{self.path}: an Oxigraph store caexpo-kg did not build; "
                "build into an empty or new folder"
            )

    def _replace_graph(self, graph: ox.NamedNode, triples: set[ox.Triple]) -> None:
        current = set(self._store.quads_for_pattern(None, None, None, graph))
        wanted = {ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples}
        if current != wanted:
            if self._store.contains_named_graph(graph):
                self._store.remove_graph(graph)
            self._store.extend(sorted(wanted, key=str))

    def _forget(self, iri: str, doc_id: str, *, in_ledger: bool = True) -> None:
        """Drop a document's graph and bookkeeping."""
        graph = document_graph(doc_id)
        if self._store.contains_named_graph(graph):
            self._store.remove_graph(graph)
        if in_ledger:
            self.ledger.delete(iri)


class _Row(NamedTuple):
    doc_id: str
    fingerprint: str | None
    extraction: str
    state: str


class _Ledger:
    """Per document: its id, input position, fingerprint (a hash of the text and
    metadata, the model and the rules version), unmerged extraction (JSON) and how
    its graph was merged (its keys' merged keys, its outvoted year claims, its size).
    """

    def __init__(self, path: Path, *, read_only: bool) -> None:
        mode = "ro" if read_only else "rwc"
        try:
            self._db = sqlite3.connect(f"file:{path}?mode={mode}", uri=True)
            self._db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as err:
            if read_only:
                raise InputError(f"{path.parent}: not a store built by caexpo-kg") from None
            raise InputError(f"{path}: cannot open the build ledger ({err})") from None
        if not read_only:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS document (iri TEXT PRIMARY KEY, doc_id TEXT,"
                " position INTEGER, fingerprint TEXT, extraction TEXT, state TEXT)"
            )
            self._db.commit()

    def get(self, iri: str) -> _Row | None:
        row = self._db.execute(
            "SELECT doc_id, fingerprint, extraction, state FROM document WHERE iri = ?", (iri,)
        ).fetchone()
        return None if row is None else _Row(*row)

    def extraction(self, iri: str) -> Extraction:
        """The cached (unmerged) extraction of a document the ledger holds."""
        row = self.get(iri)
        if row is None:
            raise CaexpoError(f"the build ledger has no document {iri}")
        return extraction_from_json(row.extraction)

    def state(self, iri: str) -> Keymap:
        """How the document's graph was merged when last written."""
        row = self.get(iri)
        if row is None:
            raise CaexpoError(f"the build ledger has no document {iri}")
        return json.loads(row.state)

    def documents(self) -> list[tuple[str, str]]:
        return self._db.execute("SELECT iri, doc_id FROM document").fetchall()

    def document_ids(self) -> list[str]:
        query = "SELECT doc_id FROM document ORDER BY position"
        return [doc_id for (doc_id,) in self._db.execute(query)]

    def states(self, page: int = 1000) -> Iterator[tuple[str, str]]:
        """(iri, state) in input order, a page at a time (rows may be written meanwhile)."""
        after = -1
        while True:
            rows = self._db.execute(
                "SELECT iri, state, position FROM document WHERE position > ?"
                " ORDER BY position LIMIT ?",
                (after, page),
            ).fetchall()
            if not rows:
                return
            for iri, state, _ in rows:
                yield iri, state
            after = rows[-1][2]

    def write(self, rows: list[tuple[str, str, str, str, str]], states: list[tuple[str, str]]):
        """Rows of documents whose graphs are written, in one transaction."""
        with self._db:
            self._db.executemany(
                "INSERT INTO document (iri, doc_id, fingerprint, extraction, state)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (iri) DO UPDATE SET doc_id = excluded.doc_id,"
                " fingerprint = excluded.fingerprint, extraction = excluded.extraction,"
                " state = excluded.state",
                rows,
            )
            self._db.executemany(
                "UPDATE document SET state = ? WHERE iri = ?", [(s, i) for i, s in states]
            )

    def set_positions(self, positions: dict[str, int]) -> None:
        with self._db:
            self._db.executemany(
                "UPDATE document SET position = ? WHERE iri = ?",
                [(p, i) for i, p in positions.items()],
            )

    def delete(self, iri: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM document WHERE iri = ?", (iri,))


def _year_claims(extraction: Extraction) -> Extraction:
    """Only the document record and the year claims of a merged extraction."""
    claims = tuple(r for r in extraction.relations if r.predicate == "inYear")
    return replace(extraction, entities=(), mentions=(), relations=claims)


def _state_text(keymap: Keymap, quads: int) -> str:
    return json.dumps({**keymap, "quads": quads}, sort_keys=True, separators=(",", ":"))


class _RelationCount:
    """How many documents give each (merged) relation, stated or inferred: a document
    rewritten at the end of a build takes its old relations back."""

    def __init__(self) -> None:
        self._counts: dict[bool, Counter[_Edge]] = {False: Counter(), True: Counter()}

    def add(self, merged: Extraction, sign: int = 1) -> None:
        stated, inferred = _relations(merged)
        for flag, edges in ((False, stated), (True, inferred)):
            counts = self._counts[flag]
            for edge in edges:
                counts[edge] += sign
                if counts[edge] <= 0:
                    del counts[edge]

    def remove(self, merged: Extraction) -> None:
        self.add(merged, -1)

    def triples(self, *, inferred: bool) -> set[ox.Triple]:
        return {
            ox.Triple(_entity_node(s), _n(f"{CKG}{p}"), _entity_node(o))
            for s, p, o in self._counts[inferred]
        }


class _BatchWriter:
    """Adds quads in large batches, written by a background thread; the ledger's rows
    for the documents of a batch are written once the batch is.

    One transaction per document would cost more than spaCy's parse; a batch of
    20,000 quads is written while spaCy reads the next documents (pyoxigraph lets go
    of the GIL while it writes). :meth:`flush` waits.
    """

    def __init__(
        self, store: ox.Store, ledger: _Ledger, size: int = 20_000, *, bulk: bool = False
    ) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._store, self._ledger, self._size = store, ledger, size
        self.bulk = bulk
        """Oxigraph's bulk loader: less CPU, no atomic batches, no deletions meanwhile."""
        self._quads: list[ox.Quad] = []
        self._rows: list[Any] = []
        self._states: list[tuple[str, str]] = []
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="caexpo-store")
        self._running: Any = None
        self._running_rows: tuple[list[Any], list[tuple[str, str]]] = ([], [])

    def add(
        self, quads: list[ox.Quad], row: Any = None, *, state: tuple[str, str] | None = None
    ) -> None:
        self._quads += quads
        if row is not None:
            self._rows.append(row)
        if state is not None:
            self._states.append(state)
        if len(self._quads) >= self._size:
            self._submit()

    def settle(self) -> None:
        """Wait until the batch being written is written."""
        self._wait()

    def _wait(self) -> None:
        if self._running is not None:
            self._running.result()
            self._running = None
            self._ledger.write(*self._running_rows)
            self._running_rows = ([], [])

    def _submit(self) -> None:
        self._wait()
        batch, self._quads = self._quads, []
        self._running_rows = (self._rows, self._states)
        self._rows, self._states = [], []
        self._running = self._pool.submit(self._write, batch, self.bulk)

    def _write(self, batch: list[ox.Quad], bulk: bool) -> None:
        if bulk:
            if batch:
                self._store.bulk_extend(batch)  # straight to sorted files, flushed
            return
        if batch:
            self._store.extend(batch)
        self._store.flush()  # memtables to disk: memory stays flat as the store grows

    def flush(self) -> None:
        """Write what is pending and wait until it is written."""
        self._submit()
        self._wait()

    def close(self) -> None:
        self.flush()
        self._pool.shutdown()


# ---------------------------------------------------------------- for query.py / graph.py
