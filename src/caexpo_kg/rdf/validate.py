"""SHACL validation of a caexpo-kg graph against ``ontology/shapes.ttl``, in bulk on pyoxigraph.

The shapes see the union of the graphs of a :class:`pyoxigraph.Store` (the named graphs
of :data:`~caexpo_kg.vocab.GRAPH`, or one graph per document as ``store.py`` writes
them), with the ``rdfs:subClassOf`` triples of the core ontology, so that
``sh:targetClass ckg:Event`` also reaches a ``ckg:EventSeries`` without any inference.

Why not pyshacl, the library the field trusts, in the build: it checks every
constraint once per focus node through rdflib (about 7 µs a property check, 2 ms a
SPARQL constraint) on an rdflib copy of the graph; a profile of a file build put it
at 11.4 s beside spaCy's 26 s. Here every shape becomes a few SPARQL queries over the
whole store, each returning only the focus nodes that fail: the SHACL core components
our shapes use (counts, datatype, node kind, class, ranges, hasValue, uniqueLang,
sh:node), written as the SHACL specification defines them, and the SHACL-SPARQL
constraints as they are, with ``$this`` left unbound. pyshacl stays the reference:
:func:`validate_with_pyshacl` runs it alone, ``tests/test_validate.py`` breaks every
shape on purpose and asks both for the same report, and a shape using anything not
translated here (see :func:`_plan`) is still handed to pyshacl.

Examples
--------
>>> from caexpo_kg import build
>>> report = validate_dataset(build(["data/sample"]).dataset)  # doctest: +SKIP
>>> report.conforms  # doctest: +SKIP
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from ..model import Document, Extraction
from ..resources import resource_path
from ..vocab import CKG, ITSRDF, NIF, PROV, SCHEMA, SKOS, TIME
from . import from_oxigraph, to_oxigraph

__all__ = [
    "DocumentChecks",
    "HeldBack",
    "Isolation",
    "ValidationReport",
    "Violation",
    "documents_at_fault",
    "isolate",
    "validate_dataset",
    "validate_file",
    "validate_graph",
    "validate_isolating",
    "validate_store",
    "validate_with_pyshacl",
]


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node that failed, the property path and the shape's message."""

    focus: str
    """The focus node, shortened to a prefixed name where one is bound (``id:event/x``)."""
    path: str
    """The property path (``nif:anchorOf``), or ``-`` for a node-level constraint."""
    message: str
    """The shape's ``sh:message`` (with its ``{?var}`` placeholders filled by pyshacl)."""
    severity: str = "Violation"
    """``Violation``, ``Warning`` or ``Info``."""
    shape: str = field(default="-", compare=False)
    """The node shape broken (``ckgsh:EditionShape``): what a held-back document is told."""
    node: str = field(default="", compare=False)
    """The focus node in full (``<https://...>``), to find the documents behind it."""

    def __str__(self) -> str:
        return f"{self.focus}  {self.path}  {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """What :func:`validate_dataset` found: whether the graph conforms, and every result."""

    conforms: bool
    violations: tuple[Violation, ...] = field(default_factory=tuple)

    def text(self, limit: int | None = None) -> str:
        """One line per violation (focus node, path, message), sorted; ``limit`` caps it."""
        lines = [str(v) for v in self.violations]
        if limit is not None and len(lines) > limit:
            lines = [*lines[:limit], f"... and {len(lines) - limit} more"]
        return "\n".join(lines)

    def __bool__(self) -> bool:
        return self.conforms


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(resource_path("ontology", "shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(resource_path("ontology", "caexpo.ttl"), format="turtle")


_SHORT = {
    "id:": "https://w3id.org/caexpo-kg/id/",
    "ckgsh:": "https://w3id.org/caexpo-kg/shapes#",
    "ckg:": str(CKG),
    "nif:": str(NIF),
    "itsrdf:": str(ITSRDF),
    "skos:": str(SKOS),
    "time:": str(TIME),
    "prov:": str(PROV),
    "schema:": str(SCHEMA),
    "rdf:": str(RDF),
    "rdfs:": "http://www.w3.org/2000/01/rdf-schema#",
    "dcterms:": "http://purl.org/dc/terms/",
}


def _short(node: Node | None) -> str:
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, namespace in _SHORT.items():
            if text.startswith(namespace) and len(text) > len(namespace):
                return prefix + text[len(namespace) :]
        return f"<{text}>"
    return node.n3()


def _node_shape(shapes: Graph, shape: Node | None) -> str:
    """The name of the node shape ``shape`` is (or is a property shape of)."""
    if shape is None:
        return "-"
    owner = next(shapes.subjects(SH.property, shape), None)
    named = owner if owner is not None else shape
    return _short(named) if isinstance(named, URIRef) else "(anonymous shape)"


def _path_text(graph: Graph, path: Node | None) -> str:
    """A result's path as a report line shows it; ``graph`` holds the path's own triples."""
    if path is None:
        return "-"
    if isinstance(path, URIRef):
        return _short(path)
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _short(inverse)
    return "(complex path)"


def _message(shapes: Graph, shape: Node) -> str:
    """A shape's ``sh:message`` (all of them, sorted, as pyshacl's results carry them)."""
    return " ".join(" ".join(sorted(str(m) for m in shapes.objects(shape, SH.message))).split())


def _severity(shapes: Graph, shape: Node) -> str:
    severity = shapes.value(shape, SH.severity)
    return str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation"


def _report(violations: Iterable[Violation]) -> ValidationReport:
    """Violations sorted and without repeats (one per focus node, path and message)."""
    found = sorted(set(violations), key=lambda v: (v.focus, v.path, v.message))
    conforms = not any(v.severity == "Violation" for v in found)
    return ValidationReport(conforms=conforms, violations=tuple(found))


# ------------------------------------------------------------ the entry points
def validate_store(store: ox.Store, *, shapes: Graph | None = None) -> ValidationReport:
    """Validate the union of every graph in ``store`` with our shapes (or ``shapes``).

    The store is only read. Shapes are checked in bulk by SPARQL queries (see the module
    doc); a node shape using a SHACL feature not translated here goes to pyshacl, which
    then gets an rdflib copy of the store. A store keeps no integer datatype but
    ``xsd:integer`` (see :data:`_INTEGER_TYPES`), so here ``sh:datatype
    xsd:nonNegativeInteger`` holds for an integer of at least 0 however it was typed;
    :func:`validate_dataset` and :func:`validate_graph`, which see the literals as they
    were written, tell the types apart as pyshacl does.
    """
    return _validate(store, shapes if shapes is not None else _shapes(), None)


def _validate(store: ox.Store, shapes_graph: Graph, unfit: set[_Unfit] | None) -> ValidationReport:
    plan = _plan(shapes_graph)
    violations = _bulk_violations(store, shapes_graph, plan.bulk, unfit)
    if plan.rest is not None:
        data = _CachingGraph()
        for quad in store:
            data.add(tuple(from_oxigraph(t) for t in (quad.subject, quad.predicate, quad.object)))
        violations.extend(_pyshacl_violations(data, plan.rest))
    return _report(violations)


def _bulk_violations(
    store: ox.Store, shapes_graph: Graph, shapes: Iterable[Node], unfit: set[_Unfit] | None
) -> list[Violation]:
    checker = _BulkChecker(store, shapes_graph, unfit)
    return [v for shape in shapes for v in checker.check(shape)]


# ------------------------------------------------------------ validating in two parts
#: The classes our mapping (``rdf/mapping.py``) gives only to a document's own nodes:
#: its IRI (the record) and its IRI with a fragment (``#char=b,e``: the NIF context and
#: mentions; ``#evidence-...``: the relation evidence), all written by that document's
#: :func:`~caexpo_kg.rdf.mapping.document_quads` and by nothing else.
_DOCUMENT_CLASSES = frozenset({CKG.Document, NIF.Context, NIF.Phrase, CKG.RelationEvidence})


def _is_document_shape(shapes: Graph, shape: Node) -> bool:
    """A shape whose only targets are classes of a document's own nodes."""
    targets = [(p, o) for p in _TARGETS for o in shapes.objects(shape, p)]
    return (
        bool(targets)
        and (shape, RDF.type, RDFS.Class) not in shapes
        and all(p == SH.targetClass and o in _DOCUMENT_CLASSES for p, o in targets)
    )


def is_document_quad(quad: ox.Quad, document: str) -> bool:
    """Whether ``quad`` is about one of ``document``'s own nodes (IRI ``document``, or
    it and a fragment): what :class:`DocumentChecks` validates document by document."""
    subject = quad.subject.value
    return subject.startswith(document) and (
        len(subject) == len(document) or subject[len(document)] == "#"
    )


#: Batches of :class:`DocumentChecks` that may wait to be checked (5,000 quads each).
_WAITING_BATCHES = 4


class DocumentChecks:
    """SHACL validation in two parts: the shapes of a document's own nodes (record,
    NIF context, mentions, relation evidence) on each document's own quads, as the
    build writes them, in a background thread; the rest (entities, editions, years,
    extraction runs: focus nodes many documents share) once, at the end, on the store.

    Why it is sound for our graphs, whose every quad comes from ``rdf/mapping.py``:
    a document shape (:func:`_is_document_shape`) targets only nodes of
    :data:`_DOCUMENT_CLASSES`, and its constraints read only triples whose subject is
    the focus node or the document's context (``nif:referenceContext``, the one the
    mapping gives every mention and evidence record of the document); every triple
    with such a subject is one of that document's quads (:func:`is_document_quad`).
    The shared shapes target entities, year descriptions and runs, which no document
    quad describes, and read nothing a document shape's node holds. So each shape finds
    the same focus nodes failing for the same reasons either way, and the report
    (sorted, without repeats) is the same. The builder uses this only where that holds:
    no reasoning or world knowledge (their graphs would describe document nodes too),
    no ``rdfs:subClassOf`` triples in the data, every document written once; else it
    validates the whole store (:func:`validate_store`). ``tests/test_validate_split.py``
    holds both ways to the same report on a sample and on broken documents.

    Oxigraph lets go of the GIL while it evaluates a query, so on two CPUs the
    document checks run beside spaCy; the end is left the shared shapes (a few queries
    over the entities, not hundreds of thousands of mentions).
    """

    def __init__(self, shapes: Graph | None = None, batch: int = 5_000) -> None:
        """``batch``: quads checked at a time (the last batch is what the end waits for;
        a batch costs about 40 queries, a few milliseconds, beside its size)."""
        from concurrent.futures import ThreadPoolExecutor

        self._shapes = shapes if shapes is not None else _shapes()
        plan = _plan(self._shapes)
        self.usable = plan.rest is None
        """False where a shape needs pyshacl: then only the whole store can be validated."""
        self.document_shapes = [s for s in plan.bulk if _is_document_shape(self._shapes, s)]
        self.shared_shapes = [s for s in plan.bulk if s not in self.document_shapes]
        self._batch, self._size = batch, 0
        self._quads: list[ox.Quad] = []
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="caexpo-validate")
        self._running: list[Any] = []
        self._found: dict[str, list[Violation]] = {}
        self._again: dict[str, list[ox.Quad]] = {}

    def add(self, document: str, quads: Iterable[ox.Quad], *, own: bool = False) -> None:
        """Check the own quads of ``document`` (its IRI) among ``quads`` (all of them,
        with ``own``: :func:`~caexpo_kg.rdf.mapping.document_quads` told them), in a batch."""
        if own:
            self._quads += quads
        else:
            self._quads += [q for q in quads if is_document_quad(q, document)]
        if len(self._quads) >= self._batch:
            self._submit()

    def again(self, document: str, quads: Iterable[ox.Quad]) -> None:
        """``document``'s own quads changed (patched): what was found on them is dropped
        and ``quads`` are checked in its place, at the end."""
        self._again[document] = [q for q in quads if is_document_quad(q, document)]

    def _submit(self) -> None:
        if self._quads:
            batch, self._quads = self._quads, []
            self._running.append(self._pool.submit(self._check, batch))
            # At most a few batches wait (their quads in memory): a thread starved of
            # CPU (spaCy in two processes on two cores) holds the build back, not its RAM.
            while len(self._running) > _WAITING_BATCHES:
                self._collect(self._running.pop(0))

    def _collect(self, future: Any) -> None:
        for violation in future.result():
            document = violation.node.removeprefix("<").split("#", 1)[0].removesuffix(">")
            self._found.setdefault(document, []).append(violation)

    def _check(self, quads: list[ox.Quad]) -> list[Violation]:
        store = ox.Store()
        store.extend(quads)
        return _bulk_violations(store, self._shapes, self.document_shapes, None)

    def _wait(self) -> None:
        self._submit()
        running, self._running = self._running, []
        for future in running:
            self._collect(future)

    def report(self, store: ox.Store) -> ValidationReport:
        """The report of the whole ``store``: the documents' checks (waited for) and the
        shared shapes on the store."""
        self._wait()
        if self._again:
            for document in self._again:
                self._found.pop(document, None)
            self._quads = [q for quads in self._again.values() for q in quads]
            self._again = {}
            self._wait()
        shared = _bulk_violations(store, self._shapes, self.shared_shapes, None)
        return _report([*shared, *(v for found in self._found.values() for v in found)])

    def close(self) -> None:
        """Stop: batches not started are dropped, the running one is waited for."""
        from ..pipeline.interrupts import shut_down

        shut_down(self._pool, cancel_futures=True)


class _Unfit(NamedTuple):
    """A value, as it was written, that is not of the integer type a shape asks of its
    predicate: judged before the store folds the integer types together (see
    :data:`_INTEGER_TYPES`)."""

    subject: Any
    predicate: Node
    datatype: Node


def _validate_triples(
    triples: Iterable[tuple[Node, Node, Node]], shapes: Graph
) -> ValidationReport:
    """Validate rdflib triples: copied into an in-memory store (their union), judging on
    the way the values of the predicates a shape asks an integer type of, as rdflib (and
    so pyshacl) sees them: the store would make "5"^^xsd:int and "5"^^xsd:integer alike."""
    asked: dict[Node, set[Node]] = {}
    for prop in shapes.subjects(SH.datatype, None):
        path = shapes.value(prop, SH.path)
        for datatype in shapes.objects(prop, SH.datatype):
            if isinstance(path, URIRef) and datatype in _INTEGER_TYPES:
                asked.setdefault(path, set()).add(datatype)
    unfit: set[_Unfit] = set()
    converted: dict[Node, Any] = {}  # terms recur (predicates, offsets, entities): 20% less

    def term(node: Node) -> Any:
        found = converted.get(node)
        if found is None:
            found = converted[node] = to_oxigraph(node)
        return found

    def quads() -> Iterator[ox.Quad]:
        for s, p, o in triples:
            for datatype in asked.get(p, ()):
                typed = isinstance(o, Literal) and o.datatype == datatype
                if not typed or o.ill_typed is True:
                    unfit.add(_Unfit(term(s), p, datatype))
            yield ox.Quad(term(s), term(p), term(o))

    store = ox.Store()
    store.bulk_extend(quads())
    return _validate(store, shapes, unfit)


def validate_dataset(dataset: Dataset) -> ValidationReport:
    """Validate every named graph of ``dataset`` together (their union) with our shapes.

    The dataset is copied into a pyoxigraph store (see :func:`validate_store`) and left
    as it was.
    """
    # quads() reads a dataset three times faster than triples over every context; a
    # triple in two graphs is one triple in the store's default graph.
    union = ((s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None)))
    return _validate_triples(union, _shapes())


def validate_graph(graph: Graph, *, shapes: Graph | None = None) -> ValidationReport:
    """Validate one rdflib graph (the union of a dataset's named graphs, say) with our shapes."""
    return _validate_triples(graph, shapes if shapes is not None else _shapes())


def validate_file(path: str | Path, rdf_format: str | None = None) -> ValidationReport:
    """Load a graph file of any supported format and validate it."""
    from . import load_dataset

    return validate_dataset(load_dataset(path, rdf_format))


# ------------------------------------------------------------ pyshacl, the reference
@lru_cache(maxsize=512)
def _prepared(text: str, namespaces: tuple[tuple[str, str], ...]) -> Any:
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text, initNs=dict(namespaces))


class _CachingGraph(Graph):
    """A Graph whose SPARQL queries are parsed once per distinct text: pyshacl hands
    rdflib a SHACL-SPARQL constraint's text once per focus node, and rdflib would parse
    it every time (38 s for ``data/sample``, nearly all in the parser; 2 s with this)."""

    def query(  # type: ignore[override]
        self,
        query_object: Any,
        processor: Any = "sparql",
        result: Any = "sparql",
        initNs: Mapping[str, Any] | None = None,  # rdflib's name
        initBindings: Mapping[str, Any] | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        if isinstance(query_object, str) and processor == "sparql":
            key = tuple(sorted((k, str(v)) for k, v in (initNs or {}).items()))
            query_object = _prepared(query_object, key)
            initNs = None  # already applied by prepareQuery
        return super().query(query_object, processor, result, initNs, initBindings, *args, **kwargs)


def validate_with_pyshacl(graph: Graph, *, shapes: Graph | None = None) -> ValidationReport:
    """pyshacl alone on ``graph`` and the core ontology: the reference that the bulk
    checks of :func:`validate_store` are held to (slow: minutes on a corpus)."""
    data = _CachingGraph()
    for triple in graph:
        data.add(triple)
    return _report(_pyshacl_violations(data, shapes if shapes is not None else _shapes()))


def _pyshacl_violations(data: _CachingGraph, shapes: Graph) -> list[Violation]:
    """pyshacl's results on ``data`` (a copy: the core ontology is added to it)."""
    import pyshacl

    for triple in _ontology():
        data.add(triple)
    _, results, _ = pyshacl.validate(
        data,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        inplace=True,
        allow_warnings=True,
    )
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        # A SPARQL constraint's result carries its own message and its shape's general
        # one: keep the specific one.
        general = shapes.value(results.value(result, SH.sourceShape), SH.message)
        if general is not None and len(messages) > 1 and str(general) in messages:
            messages.remove(str(general))
        severity = results.value(result, SH.resultSeverity)
        violations.append(
            Violation(
                focus=_short(focus),
                path=_path_text(results, results.value(result, SH.resultPath)),
                message=" ".join(" ".join(messages).split())
                or f"fails {_short(results.value(result, SH.sourceConstraintComponent))}",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                shape=_node_shape(shapes, results.value(result, SH.sourceShape)),
                node=focus.n3() if focus is not None else "",
            )
        )
    return violations


# ------------------------------------------------------------ which shapes run in bulk
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_ANNOTATIONS = {SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group}
#: Constraints on each value node, written as one SPARQL filter each (:func:`_fails`).
_VALUE_TESTS = {
    SH.datatype,
    SH.nodeKind,
    SH["class"],
    SH.minInclusive,
    SH.maxInclusive,
    SH.minExclusive,
    SH.maxExclusive,
}
_PROPERTY_TESTS = {*_VALUE_TESTS, SH.path, SH.minCount, SH.maxCount, SH.hasValue, SH.uniqueLang}
_NODE_TESTS = {*_VALUE_TESTS, *_TARGETS, SH.property, SH.sparql}


class _Plan(NamedTuple):
    bulk: list[Node]
    """Node shapes with targets that :class:`_BulkChecker` checks."""
    rest: Graph | None
    """The shapes for pyshacl (the bulk ones without their targets), or None if none is left."""


def _plan(shapes: Graph) -> _Plan:
    """Which targeted shapes run in bulk; the others are left to pyshacl."""
    targeted = {s for p in _TARGETS for s in shapes.subjects(p, None)}
    targeted |= {
        s for s in shapes.subjects(RDF.type, RDFS.Class) if (s, RDF.type, SH.NodeShape) in shapes
    }
    bulk = sorted(s for s in targeted if _bulk_checkable(shapes, s, frozenset()))
    if len(bulk) == len(targeted):
        return _Plan(bulk, None)
    rest = Graph()
    for triple in shapes:
        rest.add(triple)
    for shape in bulk:
        for target in _TARGETS:
            rest.remove((shape, target, None))
        rest.remove((shape, RDF.type, RDFS.Class))
    return _Plan(bulk, rest)


def _uses_only(shapes: Graph, shape: Node, allowed: set[Node]) -> bool:
    """``shape`` uses no SHACL term beyond ``allowed``, no datatype a store folds into
    another, and its messages are plain text (pyshacl fills ``{?var}`` templates of core
    constraints in its own way)."""
    used = {p for p in shapes.predicates(shape) if str(p).startswith(str(SH))}
    plain = all("{" not in str(m) for m in shapes.objects(shape, SH.message))
    folded = any(d in _FOLDED for d in shapes.objects(shape, SH.datatype))
    return used <= allowed | _ANNOTATIONS and plain and not folded


def _bulk_checkable(shapes: Graph, shape: Node, seen: frozenset[Node]) -> bool:
    """Whether every constraint of node shape ``shape`` (and the shapes it points to
    through ``sh:node``) is one :class:`_BulkChecker` translates."""
    if shape in seen or shapes.value(shape, SH.path) is not None:
        return False
    if not _uses_only(shapes, shape, _NODE_TESTS):
        return False
    has_tests = any(p in _VALUE_TESTS for p in shapes.predicates(shape))
    if has_tests and shapes.value(shape, SH.message) is None:  # pyshacl's own wording
        return False
    for prop in shapes.objects(shape, SH.property):
        if (
            not _uses_only(shapes, prop, _PROPERTY_TESTS | {SH.node})
            or shapes.value(prop, SH.message) is None
            or _sparql_path(shapes, shapes.value(prop, SH.path)) is None
        ):
            return False
        for nested in shapes.objects(prop, SH.node):
            if not _bulk_checkable(shapes, nested, seen | {shape}):
                return False
    return all(_bulk_constraint(shapes, shape, c) for c in shapes.objects(shape, SH.sparql))


_UNSUPPORTED_BULK = re.compile(r"\$(PATH|currentShape|shapesGraph|value)\b")


def _bulk_constraint(shapes: Graph, shape: Node, constraint: Node) -> bool:
    """A SHACL-SPARQL constraint that can run once over the whole graph: a plain SELECT
    that binds ``$this`` in its patterns (so leaving it unbound and keeping the rows of
    the shape's focus nodes gives what one query per focus node gives)."""
    select = shapes.value(constraint, SH.select)
    return not (
        select is None
        or shapes.value(constraint, SH.deactivated) == Literal(True)
        or _UNSUPPORTED_BULK.search(str(select))
        or "$this" not in str(select)
    )


def _sparql_path(shapes: Graph, path: Node | None) -> str | None:
    """A property shape's path in SPARQL (a predicate or its inverse), else None."""
    if isinstance(path, URIRef):
        return _term(path)
    inverse = shapes.value(path, SH.inversePath) if path is not None else None
    if isinstance(inverse, URIRef) and len(set(shapes.predicate_objects(path))) == 1:
        return "^" + _term(inverse)
    return None


def _term(node: Node) -> str:
    """An rdflib term in SPARQL syntax (N-Triples, through the one conversion)."""
    return str(to_oxigraph(node))


# ------------------------------------------------------------ shapes in bulk
#
# Each query returns the focus nodes that fail, from the union of the store's graphs.
# A focus pattern is a function of the variable it binds, so that a shape reached
# through sh:node can take the values of the outer shape's focus nodes as its own.

_NODE_KINDS = {
    SH.IRI: "isIRI(?value)",
    SH.Literal: "isLiteral(?value)",
    SH.BlankNode: "isBlank(?value)",
    SH.BlankNodeOrIRI: "(isBlank(?value) || isIRI(?value))",
    SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))",
    SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))",
}
_COMPARISONS = {
    SH.minInclusive: ">=",
    SH.maxInclusive: "<=",
    SH.minExclusive: ">",
    SH.maxExclusive: "<",
}

#: Oxigraph stores a literal of a type derived from xsd:integer as an xsd:integer
#: ("5"^^xsd:nonNegativeInteger comes back "5"^^xsd:integer; oxigraph#526, with no way
#: to keep it). So sh:datatype of one of these types is checked as an xsd:integer in
#: the type's range; the ranges are XML Schema's.
_INTEGER_TYPES: dict[Node, tuple[int | None, int | None]] = {
    XSD.integer: (None, None),
    XSD.nonNegativeInteger: (0, None),
    XSD.positiveInteger: (1, None),
    XSD.nonPositiveInteger: (None, 0),
    XSD.negativeInteger: (None, -1),
    XSD.long: (-(2**63), 2**63 - 1),
    XSD.int: (-(2**31), 2**31 - 1),
    XSD.short: (-(2**15), 2**15 - 1),
    XSD.byte: (-128, 127),
    XSD.unsignedLong: (0, 2**64 - 1),
    XSD.unsignedInt: (0, 2**32 - 1),
    XSD.unsignedShort: (0, 2**16 - 1),
    XSD.unsignedByte: (0, 255),
}
#: Other datatypes a store folds into another (xsd:dateTimeStamp into xsd:dateTime): a
#: shape asking for one is left to pyshacl.
_FOLDED = {XSD.dateTimeStamp}

Focus = Callable[[str], str]


class _BulkChecker:
    """The SHACL shapes of one validation, each checked by a few queries on ``store``."""

    def __init__(self, store: ox.Store, shapes: Graph, unfit: set[_Unfit] | None) -> None:
        """``unfit``: the integer values judged as written (None: only the store is known)."""
        self._store, self._shapes, self._unfit = store, shapes, unfit
        self._focus_nodes: dict[Focus, set[Any]] = {}
        self._ill: dict[tuple[str, Node], str] = {}
        # Subclasses by class, from the core ontology and the data (pyshacl follows
        # rdfs:subClassOf* in the data graph, to which the reference adds the ontology).
        self._subclasses: dict[Node, set[Node]] = {}
        pairs = list(_ontology().subject_objects(RDFS.subClassOf))
        for quad in store.quads_for_pattern(None, to_oxigraph(RDFS.subClassOf), None, None):
            pairs.append((from_oxigraph(quad.subject), from_oxigraph(quad.object)))
        for sub, sup in pairs:
            self._subclasses.setdefault(sup, set()).add(sub)

    def _rows(self, query: str) -> Iterator[Any]:
        return iter(self._store.query(query, use_default_graph_as_union=True))

    def _classes(self, cls: Node) -> str:
        """``cls`` and its subclasses, as the terms of a VALUES block."""
        found, todo = {cls}, [cls]
        while todo:
            for sub in self._subclasses.get(todo.pop(), ()):
                if sub not in found:
                    found.add(sub)
                    todo.append(sub)
        return " ".join(sorted(_term(c) for c in found))

    def _focus(self, shape: Node) -> Focus | None:
        """The pattern of ``shape``'s focus nodes (its targets), or None if it has none."""
        shapes = self._shapes
        parts: list[Focus] = []
        nodes = " ".join(_term(n) for n in shapes.objects(shape, SH.targetNode))
        if nodes:
            parts.append(lambda var: f"VALUES {var} {{ {nodes} }}")
        classes = list(shapes.objects(shape, SH.targetClass))
        if (shape, RDF.type, RDFS.Class) in shapes:
            classes.append(shape)
        if classes:
            typed = " ".join(self._classes(c) for c in classes)
            parts.append(lambda var: f"{var} a {var}_class . VALUES {var}_class {{ {typed} }}")
        for predicate in shapes.objects(shape, SH.targetSubjectsOf):
            parts.append(lambda var, p=predicate: f"{var} {_term(p)} [] .")
        for predicate in shapes.objects(shape, SH.targetObjectsOf):
            parts.append(lambda var, p=predicate: f"[] {_term(p)} {var} .")
        if not parts:
            return None
        return lambda var: " UNION ".join(f"{{ {part(var)} }}" for part in parts)

    def check(self, shape: Node, focus: Focus | None = None) -> list[Violation]:
        """The violations of node shape ``shape`` on its targets (or on ``focus``)."""
        focus = focus or self._focus(shape)
        if focus is None:
            return []
        shapes, found = self._shapes, []
        name = _node_shape(shapes, shape)
        tests = [(c, a) for c, a in shapes.predicate_objects(shape) if c in _VALUE_TESTS]
        if tests:  # constraints on the focus node itself
            message, severity = _message(shapes, shape), _severity(shapes, shape)
            for node in self._failing_values(focus, None, tests):
                found.append(_violation(node, "-", message, severity, name))
        for prop in sorted(shapes.objects(shape, SH.property)):
            path = _path_text(shapes, shapes.value(prop, SH.path))
            message, severity = _message(shapes, prop), _severity(shapes, prop)
            failing, nested = self._failing_property(focus, prop)
            found.extend(_violation(node, path, message, severity, name) for node in failing)
            found.extend(nested)
        for constraint in sorted(shapes.objects(shape, SH.sparql)):
            found.extend(self._sparql(shape, constraint, focus))
        return found

    def _failing_property(self, focus: Focus, prop: Node) -> tuple[set[Any], list[Violation]]:
        """The focus nodes whose values along ``prop``'s path break one of its constraints,
        and the violations of the shapes those values must conform to (``sh:node``),
        which pyshacl reports too."""
        shapes, this = self._shapes, focus("?this")
        path = _sparql_path(shapes, shapes.value(prop, SH.path))
        failing: set[Any] = set()
        counts = [
            f"COUNT(DISTINCT ?value) {op} {int(bound)}"
            for op, bound in (
                ("<", shapes.value(prop, SH.minCount)),
                (">", shapes.value(prop, SH.maxCount)),
            )
            if bound is not None
        ]
        if counts:
            failing.update(
                row["this"]
                for row in self._rows(
                    f"SELECT ?this WHERE {{ {{ {this} }} OPTIONAL {{ ?this {path} ?value }} }}"
                    f" GROUP BY ?this HAVING ({' || '.join(counts)})"
                )
            )
        tests = [(c, a) for c, a in shapes.predicate_objects(prop) if c in _VALUE_TESTS]
        if self._unfit is not None:  # integer types judged as written
            written = {a for c, a in tests if c == SH.datatype and a in _INTEGER_TYPES}
            tests = [(c, a) for c, a in tests if a not in written]
            failing |= self._unfit_values(focus, shapes.value(prop, SH.path), written)
        failing |= self._failing_values(focus, path, tests)
        for value in shapes.objects(prop, SH.hasValue):
            failing.update(
                row["this"]
                for row in self._rows(
                    f"SELECT DISTINCT ?this WHERE {{ {{ {this} }}"
                    f" FILTER NOT EXISTS {{ ?this {path} {_term(value)} }} }}"
                )
            )
        if shapes.value(prop, SH.uniqueLang) == Literal(True):
            failing.update(
                row["this"]
                for row in self._rows(
                    f"SELECT DISTINCT ?this WHERE {{ {{ {this} }} ?this {path} ?a, ?b ."
                    ' FILTER (!sameTerm(?a, ?b) && LANG(?a) != ""'
                    " && LCASE(LANG(?a)) = LCASE(LANG(?b))) }"
                )
            )
        nested_violations = []
        for nested in shapes.objects(prop, SH.node):
            outer, inner = self._failing_node(focus, path, nested)
            failing |= outer
            nested_violations.extend(inner)
        return failing, nested_violations

    def _failing_values(
        self, focus: Focus, path: str | None, tests: list[tuple[Node, Node]]
    ) -> set[Any]:
        """The focus nodes with a value along ``path`` (or, with None, the focus node
        itself) that fails one of ``tests``.

        Values along a path are read without the focus pattern, a scan of one predicate,
        and the few subjects that fail are kept if they are focus nodes: joining each of
        these queries with the focus pattern cost as much again as all the rest."""
        if not tests:
            return set()
        if path is None:
            values = f"{{ {focus('?this')} }} BIND (?this AS ?value)"
        else:
            values = f"?this {path} ?value ."
        broken = " || ".join(self._fails(component, argument) for component, argument in tests)
        failing = {
            row["this"]
            for row in self._rows(f"SELECT DISTINCT ?this WHERE {{ {values} FILTER ({broken}) }}")
        }
        for component, datatype in tests:
            ill = self._ill_typed(values, datatype) if component == SH.datatype else ""
            if ill:
                failing.update(
                    row["this"]
                    for row in self._rows(
                        f"SELECT DISTINCT ?this WHERE {{ {values} VALUES ?value {{ {ill} }} }}"
                    )
                )
        return failing & self._nodes(focus) if failing and path is not None else failing

    def _ill_typed(self, values: str, datatype: Node) -> str:
        """The values (bound by ``values``) of ``datatype`` whose text is not of that type
        ("x" as an xsd:integer), as a VALUES list: SPARQL cannot tell, rdflib (what
        pyshacl asks) can. Found once per pattern and datatype."""
        key = (values, datatype)
        if _READ_BY_RDFLIB.get(str(datatype), False) is None:
            return ""  # no value of it is ill-typed: nothing to ask the store
        if key not in self._ill:
            stored = XSD.integer if datatype in _INTEGER_TYPES else datatype
            typed = f"isLiteral(?value) && DATATYPE(?value) IN ({_term(datatype)}, {_term(stored)})"
            rows = self._rows(f"SELECT DISTINCT ?value WHERE {{ {values} FILTER ({typed}) }}")
            self._ill[key] = " ".join(str(r["value"]) for r in rows if _is_ill_typed(r["value"]))
        return self._ill[key]

    def _unfit_values(self, focus: Focus, path: Node, datatypes: set[Node]) -> set[Any]:
        """The focus nodes with a value along ``path`` written as none of ``datatypes``."""
        assert self._unfit is not None
        found = {u.subject for u in self._unfit if u.predicate == path and u.datatype in datatypes}
        return found & self._nodes(focus) if found else set()

    def _nodes(self, focus: Focus) -> set[Any]:
        """The nodes ``focus`` binds (found once per focus pattern)."""
        if focus not in self._focus_nodes:
            query = f"SELECT DISTINCT ?this WHERE {{ {focus('?this')} }}"
            self._focus_nodes[focus] = {row["this"] for row in self._rows(query)}
        return self._focus_nodes[focus]

    def _fails(self, component: Node, argument: Node) -> str:
        """A SPARQL expression, true when ``?value`` breaks one value constraint."""
        if component == SH.datatype and argument in _INTEGER_TYPES:
            low, high = _INTEGER_TYPES[argument]
            bounds = [f"?value >= {low}"] if low is not None else []
            bounds += [f"?value <= {high}"] if high is not None else []
            in_range = f" || !COALESCE({' && '.join(bounds)}, false)" if bounds else ""
            return f"(!isLiteral(?value) || DATATYPE(?value) != {_term(XSD.integer)}{in_range})"
        if component == SH.datatype:
            return f"(!isLiteral(?value) || DATATYPE(?value) != {_term(argument)})"
        if component == SH.nodeKind:
            return f"!{_NODE_KINDS[argument]}"
        if component == SH["class"]:
            classes = self._classes(argument)
            return f"NOT EXISTS {{ ?value a ?value_class . VALUES ?value_class {{ {classes} }} }}"
        # A comparison SPARQL cannot make (a string with a number) is an error: a failure.
        return f"!COALESCE(?value {_COMPARISONS[component]} {_term(argument)}, false)"

    def _failing_node(
        self, focus: Focus, path: str, nested: Node
    ) -> tuple[set[Any], list[Violation]]:
        """The focus nodes with a value along ``path`` that does not conform to ``nested``,
        and the violations of those values."""

        def values(var: str) -> str:
            return f"{{ {focus(var + '_of')} }} {var}_of {path} {var} ."

        inner = self.check(nested, values)
        bad = {v.node for v in inner}
        if not bad:
            return set(), []
        rows = self._rows(
            f"SELECT DISTINCT ?this ?value WHERE {{ {{ {focus('?this')} }} ?this {path} ?value }}"
        )
        outer = {row["this"] for row in rows if from_oxigraph(row["value"]).n3() in bad}
        return outer, inner

    def _sparql(self, shape: Node, constraint: Node, focus: Focus) -> list[Violation]:
        """One SHACL-SPARQL constraint over the whole store, kept for the focus nodes."""
        shapes = self._shapes
        targets = self._nodes(focus)
        if not targets:
            return []
        select = re.sub(r"\$(\w+)", r"?\1", str(shapes.value(constraint, SH.select)))
        query = _prefix_block(shapes, constraint) + "\n" + select
        message = shapes.value(constraint, SH.message) or shapes.value(shape, SH.message)
        template = str(message) if message is not None else "fails a SPARQL constraint"
        severity, name = _severity(shapes, shape), _node_shape(shapes, shape)
        violations = []
        for row in self._rows(query):
            this = row["this"]
            if this is None or this not in targets:
                continue
            values = _row_values(row, query)
            text = re.sub(
                r"\{[?$](\w+)\}",
                lambda match, values=values: values.get(match.group(1), match.group(0)),
                template,
            )
            violations.append(_violation(this, "-", " ".join(text.split()), severity, name))
        return violations


def _violation(term: Any, path: str, message: str, severity: str, shape: str) -> Violation:
    node = from_oxigraph(term)
    return Violation(_short(node), path, message, severity, shape=shape, node=node.n3())


#: Lexical forms rdflib reads as values of their datatype, told without an rdflib term
#: (its converters: ``str``, ``int``, ``float``, the boolean words): making one per
#: value, for every offset and confidence of every batch, was most of what checking the
#: documents' shapes cost. ``None``: every form is read (``xsd:string``). A form not
#: matched here is judged by rdflib itself.
_READ_BY_RDFLIB: dict[str, Callable[[str], Any] | None] = {
    str(XSD.string): None,
    str(XSD.integer): re.compile(r"[+-]?[0-9]+").fullmatch,
    str(XSD.double): re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?").fullmatch,
    str(XSD.boolean): frozenset({"true", "false", "1", "0"}).__contains__,
}


def _is_ill_typed(term: ox.Literal) -> bool:
    read = _READ_BY_RDFLIB.get(term.datatype.value, False)
    if read is None or (read and read(term.value)):
        return False
    return from_oxigraph(term).ill_typed is True  # None: a datatype rdflib does not know


def _prefix_block(shapes: Graph, constraint: Node) -> str:
    lines = []
    for source in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(source, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(set(lines)))


def _row_values(row: Any, query: str) -> dict[str, str]:
    values = {}
    for name in set(re.findall(r"\?(\w+)", query)):
        try:
            term = row[name]
        except (KeyError, IndexError, TypeError):
            continue
        if term is not None:
            values[name] = term.value
    return values


# ------------------------------------------------------------ isolating the documents at fault
@dataclass(frozen=True)
class HeldBack:
    """A document kept out of the graph: the violations its triples caused."""

    document: Document
    violations: tuple[Violation, ...]


@dataclass(frozen=True)
class Isolation:
    """What :func:`validate_isolating` kept, held back, and the final report."""

    dataset: Dataset | ox.Store
    """The graph of the documents kept, as ``make_dataset`` made it."""
    extractions: list[Extraction]
    report: ValidationReport
    held_back: list[HeldBack]


#: After this many rounds of one entity's documents at a time, every document behind a
#: remaining violation is held back at once (each round costs one validation).
GENTLE_ROUNDS = 20


def validate_isolating(
    extractions: Sequence[Extraction],
    *,
    make_dataset: Callable[[Sequence[Extraction]], Dataset | ox.Store],
) -> Isolation:
    """Validate the graph of ``extractions``; hold back the documents whose triples break
    a shape, and validate what is left, until it conforms (:func:`isolate`).

    A violation no document stands behind (in the reasoned graph, say) cannot be
    isolated: the report keeps it and the caller decides (``build`` then writes nothing).
    ``make_dataset`` gives the graph of the documents it is handed, as an rdflib Dataset
    or a pyoxigraph Store.
    """
    current = list(extractions)

    def graph_report() -> ValidationReport:
        nonlocal dataset
        dataset = make_dataset(current)
        if isinstance(dataset, ox.Store):
            return validate_store(dataset)
        return validate_dataset(dataset)

    def listed() -> list[tuple[Document, list[str]]]:
        return [(e.document, [entity.key for entity in e.entities]) for e in current]

    def revalidate(kept: list[Document]) -> ValidationReport:
        nonlocal current
        ids = {document.id for document in kept}
        current = [e for e in current if e.document.id in ids]
        return graph_report()

    dataset: Dataset | ox.Store
    report, kept, held = isolate(graph_report(), listed, revalidate)
    if kept == []:  # every document held back: the graph of none
        current = []
        report = graph_report()
    return Isolation(dataset, current, report, held)


def isolate(
    report: ValidationReport,
    listed: Callable[[], Iterable[tuple[Document, Iterable[str]]]],
    revalidate: Callable[[list[Document]], ValidationReport],
) -> tuple[ValidationReport, list[Document] | None, list[HeldBack]]:
    """Hold back the documents behind ``report``'s violations and validate what is left,
    until it conforms: the last report, the documents kept (``None``: all, nothing held
    back; ``[]``: none was left) and those held back.

    A violation on a node of one document (its mentions, evidence, text) holds back that
    document. A violation on an entity (an edition claiming a number its series already
    gives another) holds back the documents the entity came from; where several entities
    are at fault (both editions of a clash), the one fewest documents stand behind goes
    first and the graph is checked again, so a mis-cut name in one article does not cost
    the hundred articles that name the real edition (for :data:`GENTLE_ROUNDS` rounds).
    ``listed`` gives the documents still kept, in input order, each with the keys of its
    (merged) entities; ``revalidate`` validates the graph of the documents it is handed.
    The one loop of the file build's store (``Builder``) and of :func:`validate_isolating`.
    """
    held: dict[str, HeldBack] = {}
    kept: list[Document] | None = None
    rounds = 0
    while True:
        errors = [v for v in report.violations if v.severity == "Violation"]
        if report.conforms or not errors:
            break
        documents = list(listed())
        culprits = documents_at_fault(
            errors, ((d.id, keys) for d, keys in documents), gentle=rounds < GENTLE_ROUNDS
        )
        if not culprits:
            break
        rounds += 1
        for document, _ in documents:
            if document.id in culprits:
                held[document.id] = HeldBack(document, tuple(culprits[document.id]))
        kept = [document for document, _ in documents if document.id not in culprits]
        if not kept:
            break
        report = revalidate(kept)
    return report, kept, list(held.values())


def documents_at_fault(
    errors: Sequence[Violation],
    documents: Iterable[tuple[str, Iterable[str]]],
    *,
    gentle: bool,
) -> dict[str, list[Violation]]:
    """Document id → the violations it is held back for, this round; ``documents`` gives
    each document's id and the keys of its (merged) entities, read once, and only what
    the violations name is kept (a build reads them from its ledger, one at a time).

    A violation on a node of one document (its mentions, evidence, text) holds back that
    document; one on an entity (or a year's description) the documents it came from,
    one entity at a time while ``gentle`` (the one fewest documents stand behind first).
    """
    from ..vocab import document_iri
    from . import entity_uri

    # The nodes the violations are about, as a document's IRI or an entity's would be.
    wanted_documents = {v.node.split("#", 1)[0].removesuffix(">") for v in errors}
    wanted_entities = {v.node.replace("/description>", ">") for v in errors}
    by_document: dict[str, str] = {}
    by_entity: dict[str, set[str]] = {}
    for doc_id, keys in documents:
        node = f"<{document_iri(doc_id)}"
        if node in wanted_documents:
            by_document[node] = doc_id
        for key in keys:
            entity = f"<{entity_uri(key)}>"
            if entity in wanted_entities:
                by_entity.setdefault(entity, set()).add(doc_id)
    local: dict[str, list[Violation]] = {}
    shared: list[tuple[int, str, Violation, set[str]]] = []
    for violation in errors:
        node = violation.node
        # A document's own nodes: <doc>, <doc#char=...>, <doc#evidence-...>.
        doc_id = by_document.get(node.split("#", 1)[0].removesuffix(">"))
        if doc_id is not None:
            local.setdefault(doc_id, []).append(violation)
            continue
        # A year's time:DateTimeDescription is <year/description>: the year's documents.
        entity = node.replace("/description>", ">")
        holders = by_entity.get(entity, set())
        if holders:
            shared.append((len(holders), node, violation, holders))
    if shared:
        shared.sort(key=lambda item: (item[0], item[1]))
        chosen = shared[:1] if gentle else shared
        for _, node, _, holders in chosen:
            reasons = [v for _, n, v, _ in shared if n == node]
            for doc_id in holders:
                local.setdefault(doc_id, []).extend(reasons)
    return local
