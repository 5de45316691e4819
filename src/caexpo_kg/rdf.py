"""Extractions → RDF: the entity graph, the mention/evidence graph, the inferred graph.

IRIs are minted from canonical labels (see :mod:`caexpo_kg.vocab`), so the same
input gives the same graph; :func:`serialize` writes it in a stable order so the
same graph gives the same bytes. Triple formats (Turtle, N-Triples, RDF/XML) get
the union of the named graphs; quad formats (TriG, N-Quads, JSON-LD) keep them.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
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
    "entity_uri",
    "format_for_path",
    "from_oxigraph",
    "load_dataset",
    "serialize",
    "to_dataset",
    "to_oxigraph",
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


def serialize(dataset: Dataset, rdf_format: str = "turtle") -> bytes:
    """Serialise ``dataset`` deterministically: the same graph always gives the same bytes.

    rdflib's writers follow its stores' hash order, which changes with Python's hash
    seed, and its Turtle writer is slow (PERF.md). So the statements are sorted and
    written in that order: N-Triples and N-Quads line by line, the other formats by
    pyoxigraph's serializer, which keeps the order it is given.
    """
    rows = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = g.identifier if isinstance(g, Graph) else g
        rows.add((graph if rdf_format in QUAD_FORMATS else None, s, p, o))
    ordered = sorted(rows, key=_sort_key)
    if rdf_format in ("nt", "nquads"):
        return "".join(
            f"{s.n3()} {p.n3()} {_nt_object(o)}{'' if g is None else ' ' + g.n3()} .\n"
            for g, s, p, o in ordered
        ).encode("utf-8")
    import pyoxigraph as ox

    if rdf_format in QUAD_FORMATS:
        statements = [
            ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), to_oxigraph(g))
            for g, s, p, o in ordered
        ]
    else:
        statements = [
            ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for _, s, p, o in ordered
        ]
    # No "id:" prefix: local names like "document/x#char=0,5" would need escapes everywhere.
    prefixes = {prefix: str(ns) for prefix, ns in sorted(_PREFIXES.items()) if prefix != "id"}
    prefixes.update(rdf=str(RDF), rdfs=str(RDFS), xsd=str(XSD))
    out_format = getattr(ox.RdfFormat, _OXIGRAPH_FORMATS[rdf_format])
    return ox.serialize(statements, format=out_format, prefixes=prefixes)


_OXIGRAPH_FORMATS = {
    "turtle": "TURTLE",
    "trig": "TRIG",
    "json-ld": "JSON_LD",
    "xml": "RDF_XML",
}


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


def write_dataset(dataset: Dataset, path: str | os.PathLike[str], rdf_format: str) -> None:
    """Write atomically: a temporary file beside ``path``, renamed over it when complete."""
    data = serialize(dataset, rdf_format)
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
    """Read an RDF file of any supported format into a :class:`Dataset`.

    ``-`` reads standard input (Turtle unless ``rdf_format`` says otherwise). Triples
    of a triple format land in the entity graph.
    """
    from .errors import InputError

    fmt = format_for_path(path, rdf_format)
    dataset = Dataset()
    try:
        data = sys.stdin.buffer.read() if str(path) == "-" else Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    try:
        if fmt in QUAD_FORMATS:
            with warnings.catch_warnings():
                # rdflib 7.6 warns about its own Dataset.parse defaults.
                warnings.simplefilter("ignore", DeprecationWarning)
                dataset.parse(data=data, format=fmt)
        else:
            dataset.graph(GRAPH.ENTITIES).parse(data=data, format=fmt)
    except Exception as err:  # rdflib raises many parser-specific types
        message = " ".join(str(err).split())[:300]
        raise InputError(f"{path}: not valid {fmt} ({message})") from None
    return dataset
