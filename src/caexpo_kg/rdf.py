"""Extractions → RDF: the entity graph, the mention/evidence graph, the inferred graph.

IRIs are minted from canonical labels (see :mod:`caexpo_kg.vocab`), so the same
input gives the same graph; :func:`serialize` writes it in a stable order so the
same graph gives the same bytes. Triple formats (Turtle, N-Triples, RDF/XML) get
the union of the named graphs; quad formats (TriG, N-Quads, JSON-LD) keep them.

Graph files are read by pyoxigraph into a ``Store`` (:func:`load_store`), which is
what a :class:`~caexpo_kg.api.KnowledgeGraph` holds and its readers read; a Store
serialises to the same bytes as the Dataset it holds the triples of.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from rdflib import BNode, ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from .errors import FormatError
from .model import Extraction
from .vocab import (
    CKG,
    DCTERMS,
    GRAPH,
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
    source_iri,
)

__all__ = [
    "FORMATS",
    "QUAD_FORMATS",
    "DatasetEdits",
    "as_store",
    "bind_prefixes",
    "dataset_to_store",
    "entity_uri",
    "format_for_path",
    "from_oxigraph",
    "load_dataset",
    "load_store",
    "oxigraph_format",
    "serialize",
    "store_to_dataset",
    "subject_objects",
    "to_dataset",
    "to_oxigraph",
    "triple_from_oxigraph",
    "write_dataset",
]

#: File extension → rdflib format name.
FORMATS = {
    "ttl": "turtle",
    "turtle": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "nq": "nquads",
    "nquads": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
    "json-ld": "json-ld",
    "json": "json-ld",
    "rdf": "xml",
    "xml": "xml",
    "owl": "xml",
}
QUAD_FORMATS = {"nquads", "trig", "json-ld"}

_PREFIXES = {
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


def entity_uri(key: str) -> URIRef:
    """The IRI of an entity key (``Event/china-asean-expo``)."""
    core_class, slug = key.split("/", 1)
    return ID[f"{core_class.lower()}/{slug}"]


def _run_iri(model: str, rules_version: str) -> URIRef:
    digest = hashlib.sha256(f"{model}|{rules_version}".encode()).hexdigest()[:12]
    return ID[f"run/{digest}"]


def to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """Build the RDF dataset of (merged) extractions."""
    dataset = Dataset()
    for prefix, namespace in _PREFIXES.items():
        dataset.bind(prefix, namespace)
    entities = dataset.graph(GRAPH.ENTITIES)
    mentions = dataset.graph(GRAPH.MENTIONS)
    inferred = dataset.graph(GRAPH.INFERRED)
    typed: set[URIRef] = set()
    for extraction in extractions:
        _add_extraction(extraction, entities, mentions, inferred, typed)
    return dataset


def _add_extraction(
    extraction: Extraction, entities: Graph, mentions: Graph, inferred: Graph, typed: set[URIRef]
) -> None:
    document = extraction.document
    doc = document_iri(document.id)
    run = _run_iri(extraction.model, extraction.rules_version)
    entities.add((doc, RDF.type, CKG.Document))
    entities.add((doc, RDF.type, SCHEMA.NewsArticle))
    entities.add((doc, RDF.type, PROV.Entity))
    entities.add((doc, DCTERMS.identifier, Literal(document.id)))
    if document.title:
        entities.add((doc, DCTERMS.title, Literal(document.title)))
    if document.published:
        entities.add(
            (doc, DCTERMS.date, Literal(document.published.isoformat(), datatype=XSD.date))
        )
    if document.url:
        entities.add((doc, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))

    for entity in extraction.entities:
        node = entity_uri(entity.key)
        entities.add((node, PROV.wasDerivedFrom, doc))
        for alias in entity.aliases:
            entities.add((node, SKOS.altLabel, Literal(alias)))
        if node in typed:
            continue
        typed.add(node)
        entities.add((node, RDF.type, CKG[entity.core_class]))
        entities.add((node, RDFS.label, Literal(entity.label)))
        entities.add((node, SKOS.prefLabel, Literal(entity.label)))
        if entity.finer_class:
            entities.add((node, RDF.type, CKG[entity.finer_class]))
        if entity.edition_number is not None:
            entities.add((node, CKG.editionNumber, Literal(entity.edition_number)))
        if entity.year is not None:
            description = URIRef(f"{node}/description")
            entities.add((node, TIME.hasDateTimeDescription, description))
            entities.add((description, RDF.type, TIME.DateTimeDescription))
            entities.add((description, TIME.unitType, TIME.unitYear))
            entities.add((description, TIME.year, Literal(str(entity.year), datatype=XSD.gYear)))

    text = document.text
    context = URIRef(f"{doc}#char=0,{len(text)}")
    mentions.add((run, RDF.type, PROV.Activity))
    mentions.add((run, CKG.model, Literal(extraction.model)))
    mentions.add((run, CKG.rulesVersion, Literal(extraction.rules_version)))
    mentions.add((context, RDF.type, NIF.Context))
    mentions.add((context, RDF.type, NIF.OffsetBasedString))
    mentions.add((context, NIF.isString, Literal(text)))
    mentions.add((context, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
    mentions.add((context, NIF.endIndex, Literal(len(text), datatype=XSD.nonNegativeInteger)))
    mentions.add((context, NIF.sourceUrl, doc))
    for mention in extraction.mentions:
        phrase = URIRef(f"{doc}#char={mention.start},{mention.end}")
        mentions.add((phrase, RDF.type, NIF.Phrase))
        mentions.add((phrase, RDF.type, NIF.OffsetBasedString))
        mentions.add((phrase, NIF.referenceContext, context))
        mentions.add(
            (phrase, NIF.beginIndex, Literal(mention.start, datatype=XSD.nonNegativeInteger))
        )
        mentions.add((phrase, NIF.endIndex, Literal(mention.end, datatype=XSD.nonNegativeInteger)))
        mentions.add((phrase, NIF.anchorOf, Literal(mention.text)))
        mentions.add((phrase, ITSRDF.taIdentRef, entity_uri(mention.entity)))
        mentions.add(
            (
                phrase,
                ITSRDF.taConfidence,
                Literal(round(mention.confidence, 3), datatype=XSD.double),
            )
        )
        mentions.add((phrase, CKG.rule, Literal(mention.rule)))
        mentions.add((phrase, PROV.wasGeneratedBy, run))

    for relation in extraction.relations:
        subject, obj = entity_uri(relation.subject), entity_uri(relation.object)
        predicate = CKG[relation.predicate]
        (inferred if relation.inferred else entities).add((subject, predicate, obj))
        digest = hashlib.sha256(
            f"{subject}|{predicate}|{obj}|{relation.rule}".encode()
        ).hexdigest()[:16]
        record = URIRef(f"{doc}#evidence-{digest}")
        mentions.add((record, RDF.type, CKG.RelationEvidence))
        mentions.add((record, RDF.subject, subject))
        mentions.add((record, RDF.predicate, predicate))
        mentions.add((record, RDF.object, obj))
        mentions.add((record, CKG.rule, Literal(relation.rule)))
        mentions.add((record, CKG.inferred, Literal(relation.inferred)))
        mentions.add((record, PROV.wasGeneratedBy, run))
        # World knowledge is not dressed as the document's word: it names its source.
        origin = source_iri(relation.source) if relation.source else doc
        mentions.add((record, PROV.wasDerivedFrom, origin))
        for evidence in relation.evidence:
            mentions.add((record, CKG.evidenceText, Literal(evidence.text)))
            mentions.add(
                (record, NIF.beginIndex, Literal(evidence.start, datatype=XSD.nonNegativeInteger))
            )
            mentions.add(
                (record, NIF.endIndex, Literal(evidence.end, datatype=XSD.nonNegativeInteger))
            )
            mentions.add((record, NIF.referenceContext, context))


# ------------------------------------------------------------ reading/writing
def format_for_path(path: str | os.PathLike[str] | None, explicit: str | None = None) -> str:
    """The rdflib format for ``explicit`` (a name or extension), else ``path``'s extension."""
    if explicit:
        name = explicit.lower().lstrip(".")
        if name in FORMATS:
            return FORMATS[name]
        if name in FORMATS.values():
            return name
        raise FormatError(
            f"unknown RDF format {explicit!r}; use one of {', '.join(sorted(FORMATS))}"
        )
    if path is None or str(path) == "-":
        return "turtle"
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise FormatError(
            f"{path}: cannot tell the RDF format from the extension {suffix or '(none)'!r}; "
            f"use --format ({', '.join(sorted(FORMATS))})"
        )
    return FORMATS[suffix]


def _sort_key(row: tuple[Node | None, ...]) -> str:
    """IRIs before blank nodes before literals, each by its N3 form, term after term.

    One string per statement, not a tuple of tuples: a sort holds every key at once,
    and the tuples cost about 600 bytes a statement (a third of a build's peak memory).
    The NUL after each term sorts a term before any longer one it is a prefix of, as
    the tuples did (N3 text holds no NUL: the reader replaces it).
    """
    return "".join(
        f"{0 if isinstance(term, URIRef) else 1 if isinstance(term, BNode) else 2}{term.n3()}\0"
        for term in row
        if term is not None
    )


def serialize(source: Dataset | Any, rdf_format: str = "turtle") -> bytes:
    """Serialise ``source`` (an rdflib Dataset or a pyoxigraph Store) deterministically:
    the same graph always gives the same bytes, whichever of the two holds it.

    rdflib's writers follow its stores' hash order, which changes with Python's hash
    seed, and its Turtle writer is slow (PERF.md). So the statements are sorted and
    written in that order: N-Triples and N-Quads line by line, the other formats by
    pyoxigraph's serializer, which keeps the order it is given.
    """
    quads = rdf_format in QUAD_FORMATS
    rows = _dataset_rows(source, quads) if isinstance(source, Graph) else _store_rows(source, quads)
    ordered = sorted(rows, key=_sort_key)
    if rdf_format in ("nt", "nquads"):
        return "".join(
            f"{s.n3()} {p.n3()} {_nt_object(o)}{'' if g is None else ' ' + g.n3()} .\n"
            for g, s, p, o in ordered
        ).encode("utf-8")
    import pyoxigraph as ox

    if quads:
        statements = [
            ox.Quad(
                to_oxigraph(s),
                to_oxigraph(p),
                to_oxigraph(o),
                ox.DefaultGraph() if g is None else to_oxigraph(g),
            )
            for g, s, p, o in ordered
        ]
    else:
        statements = [
            ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for _, s, p, o in ordered
        ]
    # No "id:" prefix: local names like "document/x#char=0,5" would need escapes everywhere.
    prefixes = {prefix: str(ns) for prefix, ns in sorted(_PREFIXES.items()) if prefix != "id"}
    prefixes.update(rdf=str(RDF), rdfs=str(RDFS), xsd=str(XSD))
    return ox.serialize(statements, format=oxigraph_format(rdf_format), prefixes=prefixes)


_Row = tuple[Node | None, Node, Node, Node]
_G = TypeVar("_G", bound=Graph)


def _dataset_rows(dataset: Graph, quads: bool) -> set[_Row]:
    """``(graph or None, s, p, o)`` of an rdflib Dataset (its default graph as ``None``)."""
    rows = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = g.identifier if isinstance(g, Graph) else g
        if graph == DATASET_DEFAULT_GRAPH_ID:
            graph = None
        rows.add((graph if quads else None, s, p, o))
    return rows


#: rdflib format name (:data:`FORMATS`' values) → pyoxigraph ``RdfFormat`` attribute.
_OXIGRAPH_FORMATS = {
    "turtle": "TURTLE",
    "nt": "N_TRIPLES",
    "nquads": "N_QUADS",
    "trig": "TRIG",
    "json-ld": "JSON_LD",
    "xml": "RDF_XML",
}


def oxigraph_format(rdf_format: str) -> Any:
    """The pyoxigraph ``RdfFormat`` of an rdflib format name (``"turtle"``)."""
    import pyoxigraph as ox

    return getattr(ox.RdfFormat, _OXIGRAPH_FORMATS[rdf_format])


_NAMED_NODES: dict[str, Any] = {}


def oxigraph_named_node(iri: str) -> Any:
    """A pyoxigraph NamedNode, cached: the same few thousand IRIs recur in every document."""
    node = _NAMED_NODES.get(iri)
    if node is None:
        import pyoxigraph as ox

        node = ox.NamedNode(iri)
        if len(_NAMED_NODES) < 100_000:  # predicates, classes, entities: a bounded cache
            _NAMED_NODES[iri] = node
    return node


def to_oxigraph(term: Node) -> Any:
    """The pyoxigraph term of an rdflib term (the one conversion the package uses)."""
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return oxigraph_named_node(str(term))
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
    import pyoxigraph as ox

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


_NT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}


def _nt_object(term: Node) -> str:
    """A term in N-Triples syntax (``n3()`` would use Turtle's long strings and shorthands)."""
    if not isinstance(term, Literal):
        return term.n3()
    text = "".join(_NT_ESCAPES.get(char, char) for char in str(term))
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype is not None:
        return f'"{text}"^^<{term.datatype}>'
    return f'"{text}"'


def write_dataset(source: Dataset | Any, path: str | os.PathLike[str], rdf_format: str) -> None:
    """Write ``source`` (a Dataset or a Store) atomically: a temporary file beside
    ``path``, renamed over it when complete."""
    data = serialize(source, rdf_format)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); the output should be an ordinary file.
        os.chmod(temporary, _ordinary_file_mode(target))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _ordinary_file_mode(target: Path) -> int:
    """The mode of the file replaced, else what a new file gets under the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def load_dataset(path: str | os.PathLike[str], rdf_format: str | None = None) -> Dataset:
    """Read an RDF file into an rdflib :class:`Dataset` (parsed by :func:`load_store`)."""
    return store_to_dataset(load_store(path, rdf_format))


# ------------------------------------------------------------ stores (pyoxigraph)
# The graph verbs read files through pyoxigraph: its parser is about 30 times faster
# than rdflib's (PERF.md), and queries then run on the store itself. rdflib Datasets
# stay for the rdflib users (pyshacl, owlrl, notebooks), as copies.


#: Offsets are xsd:nonNegativeInteger (NIF; ontology/shapes.ttl requires it), but an
#: Oxigraph store keeps every integer-derived datatype as xsd:integer (0.5.13 does;
#: rdflib issue 2197 shows it too). Reading a store gives these properties' integers
#: their datatype back, so what a store holds reads, validates and writes as before.
_NON_NEGATIVE_INTEGERS = frozenset({str(NIF.beginIndex), str(NIF.endIndex)})
_XSD_INTEGER = str(XSD.integer)


def triple_from_oxigraph(quad: Any) -> tuple[Node, Node, Node]:
    """The rdflib triple of a pyoxigraph quad (or triple), offsets' datatype restored."""
    obj = quad.object
    if (
        quad.predicate.value in _NON_NEGATIVE_INTEGERS
        and getattr(obj, "datatype", None) is not None
        and obj.datatype.value == _XSD_INTEGER
    ):
        value: Node = Literal(obj.value, datatype=XSD.nonNegativeInteger)
    else:
        value = from_oxigraph(obj)
    return from_oxigraph(quad.subject), from_oxigraph(quad.predicate), value


def load_store(path: str | os.PathLike[str], rdf_format: str | None = None) -> Any:
    """Read an RDF file of any supported format into an in-memory pyoxigraph ``Store``.

    ``-`` reads standard input (Turtle unless ``rdf_format`` says otherwise). Triples of
    a triple format land in the entity graph; quad formats keep their named graphs.
    """
    import pyoxigraph as ox

    from .errors import InputError

    fmt = format_for_path(path, rdf_format)
    try:
        data = sys.stdin.buffer.read() if str(path) == "-" else Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    store = ox.Store()
    target = None if fmt in QUAD_FORMATS else ox.NamedNode(str(GRAPH.ENTITIES))
    base = None if str(path) == "-" else Path(path).resolve().as_uri()
    try:
        store.load(data, oxigraph_format(fmt), base_iri=base, to_graph=target)
    except (SyntaxError, ValueError) as err:  # ValueError: undecodable bytes, bad IRIs
        message = " ".join(str(err).split())[:300]
        raise InputError(f"{path}: not valid {fmt} ({message})") from None
    return store


def dataset_to_store(source: Graph) -> Any:
    """An in-memory pyoxigraph ``Store`` holding what an rdflib Dataset (or Graph) holds.

    A Dataset keeps its named graphs (its default graph stays the default graph); a
    plain Graph's triples land in the entity graph, as a triple file's do.
    """
    import pyoxigraph as ox

    store = ox.Store()
    if isinstance(source, ConjunctiveGraph):
        names: dict[Any, Any] = {}
        quads = []
        for s, p, o, g in source.quads((None, None, None, None)):
            graph = g.identifier if isinstance(g, Graph) else g
            name = names.get(graph)
            if name is None:
                default = graph is None or graph == DATASET_DEFAULT_GRAPH_ID
                name = names[graph] = ox.DefaultGraph() if default else to_oxigraph(graph)
            quads.append(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), name))
    else:
        entities = ox.NamedNode(str(GRAPH.ENTITIES))
        quads = [
            ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), entities)
            for s, p, o in source.triples((None, None, None))
        ]
    store.extend(quads)
    return store


def bind_prefixes(graph: _G) -> _G:
    """``graph`` with the package's prefixes bound (for rdflib's own writers)."""
    for prefix, namespace in _PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def as_store(source: Any) -> Any:
    """The pyoxigraph ``Store`` a reader reads: a Store as it is, an rdflib Dataset or
    Graph copied into one (:func:`dataset_to_store`), for callers that hold rdflib."""
    return dataset_to_store(source) if isinstance(source, Graph) else source


def store_to_dataset(store: Any) -> Dataset:
    """An rdflib :class:`Dataset` copy of a pyoxigraph ``Store`` (about 1.2 KB a triple)."""
    import pyoxigraph as ox

    dataset = bind_prefixes(Dataset())
    graphs: dict[Any, Graph] = {}
    for quad in store:
        graph = graphs.get(quad.graph_name)
        if graph is None:
            name = quad.graph_name
            graph = graphs[name] = (
                dataset.default_graph
                if isinstance(name, ox.DefaultGraph)
                else dataset.graph(from_oxigraph(name))
            )
        graph.add(triple_from_oxigraph(quad))
    return dataset


def _store_rows(store: Any, quads: bool) -> set[_Row]:
    """``(graph or None, s, p, o)`` of a pyoxigraph Store, in rdflib terms (for sorting)."""
    import pyoxigraph as ox

    rows = set()
    for quad in store:
        name = quad.graph_name
        graph = None if not quads or isinstance(name, ox.DefaultGraph) else from_oxigraph(name)
        rows.add((graph, *triple_from_oxigraph(quad)))
    return rows


def subject_objects(
    store: Any, predicate: URIRef, graph: URIRef | None = None
) -> dict[Any, set[Any]]:
    """Subject → the objects of ``predicate`` (pyoxigraph terms), in every graph or one.

    One scan of the store's predicate index, linear in the triples that use it: how
    the readers (graph views, viz) join in Python instead of asking per node.
    """
    found: dict[Any, set[Any]] = {}
    name = None if graph is None else to_oxigraph(graph)
    for quad in store.quads_for_pattern(None, to_oxigraph(predicate), None, name):
        found.setdefault(quad.subject, set()).add(quad.object)
    return found


class DatasetEdits:
    """Whether an rdflib Dataset was edited since :meth:`settle`: what tells a store copy
    of it to be made again. rdflib has no change counter, so: its add events (a triple
    swapped for another keeps the sizes) and the sizes of its graphs (its in-memory
    store sends no event on removal).
    """

    def __init__(self, dataset: Dataset) -> None:
        from rdflib.events import Event
        from rdflib.store import TripleAddedEvent, TripleRemovedEvent

        self.dataset = dataset
        self._added = True

        def edited(event: Event) -> None:
            self._added = True

        for event_type in (TripleAddedEvent, TripleRemovedEvent):
            dataset.store.dispatcher.subscribe(event_type, edited)
        self._sizes = self._measure()

    def _measure(self) -> tuple[tuple[str, int], ...]:
        return tuple(sorted((str(g.identifier), len(g)) for g in self.dataset.graphs()))

    def changed(self) -> bool:
        """Edited since the last :meth:`settle` (or never settled)."""
        return self._added or self._measure() != self._sizes

    def settle(self) -> None:
        """Take the dataset as it is now as the unedited state."""
        self._added = False
        self._sizes = self._measure()
