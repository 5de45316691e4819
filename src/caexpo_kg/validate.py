"""SHACL validation of a caexpo-kg dataset against ``ontology/shapes.ttl`` (pyshacl).

The shapes see the union of the named graphs (entities, mentions, inferred,
reasoned) together with the core ontology, so that ``sh:targetClass ckg:Event``
also reaches a ``ckg:EventSeries`` through ``rdfs:subClassOf`` without any
inference.

Speed: pyshacl runs a SHACL-SPARQL constraint once per focus node and hands rdflib
the query *text* each time, so rdflib re-parses the same query for every mention
(about 38 s for the 5,700 triples of ``data/sample``, nearly all of it in the
SPARQL parser). :func:`validate` gives pyshacl a graph whose ``query`` caches the
parsed query by its text (about 2 s for the sample), and runs the SPARQL constraints
of node shapes once each over the whole graph in pyoxigraph, keeping the rows whose
``$this`` is a focus node of the shape (under 1 s for the sample; 2,000 documents,
540,000 triples: see the README).

Examples
--------
>>> from caexpo_kg import build
>>> report = validate_dataset(build(["data/sample"]).dataset)  # doctest: +SKIP
>>> report.conforms  # doctest: +SKIP
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.paths import Path as RdflibPath
from rdflib.term import Node

from .model import Document, Extraction
from .resources import resource_path
from .vocab import CKG, ITSRDF, NIF, PROV, SCHEMA, SKOS, TIME

__all__ = [
    "HeldBack",
    "Isolation",
    "ValidationReport",
    "Violation",
    "validate_dataset",
    "validate_file",
    "validate_graph",
    "validate_isolating",
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


@lru_cache(maxsize=512)
def _prepared(text: str, namespaces: tuple[tuple[str, str], ...]) -> Any:
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text, initNs=dict(namespaces))


class _CachingGraph(Graph):
    """A Graph whose SPARQL queries are parsed once per distinct text (see the module doc)."""

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


def _path_text(report: Graph, path: Node | None) -> str:
    if path is None:
        return "-"
    if isinstance(path, URIRef):
        return _short(path)
    inverse = report.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _short(inverse)
    return "(complex path)"


def validate_graph(
    graph: Graph,
    *,
    shapes: Graph | None = None,
    bulk_sparql: bool = True,
    bulk_core: bool = True,
) -> ValidationReport:
    """Validate one rdflib graph (the union of a dataset's named graphs) with our shapes.

    ``shapes`` defaults to the shipped ``ontology/shapes.ttl``. The graph is copied,
    never changed. Core SHACL runs in pyshacl; with ``bulk_sparql`` (the default) the
    SPARQL constraints of node shapes run once each in pyoxigraph (see the comment
    above :func:`_bulk_constraints`), otherwise pyshacl runs them per focus node; with
    ``bulk_core`` (the default) simple property shapes are checked a predicate at a
    time (see :func:`_simple_property_shapes`), otherwise pyshacl checks them.
    """
    data = _CachingGraph()
    for triple in graph:
        data.add(triple)
    return _validate_data(data, shapes, bulk_sparql=bulk_sparql, bulk_core=bulk_core)


def _validate_data(
    data: _CachingGraph, shapes: Graph | None, *, bulk_sparql: bool, bulk_core: bool
) -> ValidationReport:
    """Validate ``data`` (a copy the caller made: the ontology is added to it)."""
    import pyshacl

    shapes_graph = shapes if shapes is not None else _shapes()
    for triple in _ontology():
        data.add(triple)
    bulk = _bulk_constraints(shapes_graph) if bulk_sparql else set()
    simple = _simple_property_shapes(shapes_graph) if bulk_core else set()
    core_shapes = Graph()
    for triple in shapes_graph:
        if triple[1] == SH.sparql and (triple[0], triple[2]) in bulk:
            continue
        if triple[1] == SH.property and (triple[0], triple[2]) in simple:
            continue
        core_shapes.add(triple)
    conforms, results, _ = pyshacl.validate(
        data,
        shacl_graph=core_shapes,
        inference="none",
        advanced=True,
        inplace=True,
        allow_warnings=True,
    )
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        # A SPARQL constraint's result carries its own message and its shape's general
        # one: keep the specific one.
        general = shapes_graph.value(results.value(result, SH.sourceShape), SH.message)
        if general is not None and len(messages) > 1 and str(general) in messages:
            messages.remove(str(general))
        severity = results.value(result, SH.resultSeverity)
        violations.append(
            Violation(
                focus=_short(focus),
                path=_path_text(results, path),
                message=" ".join(" ".join(messages).split())
                or f"fails {_short(results.value(result, SH.sourceConstraintComponent))}",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                shape=_node_shape(shapes_graph, results.value(result, SH.sourceShape)),
                node=focus.n3() if focus is not None else "",
            )
        )
    targets = _Targets(data, shapes_graph)
    if simple:
        found = _check_simple(data, shapes_graph, simple, targets)
        violations.extend(found)
        conforms = conforms and not any(v.severity == "Violation" for v in found)
    if bulk:
        found = _bulk_sparql(data, shapes_graph, bulk, targets)
        violations.extend(found)
        conforms = conforms and not any(v.severity == "Violation" for v in found)
    violations = sorted(set(violations), key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations))


# ------------------------------------------------------------ simple property shapes in bulk
#
# pyshacl checks every property shape once per focus node through rdflib, about 7 µs a
# check: for a corpus, ten property shapes on every mention and evidence record make
# validation cost more than spaCy (20 s for 100,000 words beside 22 s of parsing). A
# property shape with a plain predicate path, its own sh:message and only counting,
# datatype, node-kind, class, range and hasValue constraints is checked here for all its
# focus nodes from one pass over its predicate's triples; pyshacl keeps everything else
# (sh:node, sh:uniqueLang, shapes reached through sh:node ...). A test holds the two to
# the same report on broken graphs.

_SIMPLE_COMPONENTS = {
    SH.minCount,
    SH.maxCount,
    SH.datatype,
    SH.nodeKind,
    SH["class"],
    SH.minInclusive,
    SH.maxInclusive,
    SH.hasValue,
}
_SHAPE_STRUCTURE = {RDF.type, SH.path, SH.message, SH.severity, SH.name, SH.description}
_SHAPE_REFERENCES = (SH.node, SH["and"], SH["or"], SH["not"], SH.xone, SH.qualifiedValueShape)


def _simple_property_shapes(shapes: Graph) -> set[tuple[Node, Node]]:
    """``(node shape, property shape)`` pairs that :func:`_check_simple` can check."""
    referenced = {o for p in _SHAPE_REFERENCES for o in shapes.objects(None, p)}
    pairs = set()
    for node_shape, prop in shapes.subject_objects(SH.property):
        message = shapes.value(prop, SH.message)
        if (
            node_shape in referenced
            or (node_shape, SH.deactivated, None) in shapes
            or not isinstance(shapes.value(prop, SH.path), URIRef)
            or message is None
            or "{" in str(message)  # pyshacl fills in templates: leave those to it
            or not set(shapes.predicates(prop)) - _SHAPE_STRUCTURE <= _SIMPLE_COMPONENTS
        ):
            continue
        pairs.add((node_shape, prop))
    return pairs


def _instances(data: Graph, cls: Node) -> set[Node]:
    """Nodes typed ``cls`` or one of its subclasses (``rdfs:subClassOf*`` in the data)."""
    classes, todo = {cls}, [cls]
    while todo:
        for sub in data.subjects(RDFS.subClassOf, todo.pop()):
            if sub not in classes:
                classes.add(sub)
                todo.append(sub)
    return {node for c in classes for node in data.subjects(RDF.type, c)}


class _Targets:
    """The focus nodes of each shape (targetNode, targetClass with subclasses, implicit
    class targets, targetSubjectsOf, targetObjectsOf), found once per validation."""

    def __init__(self, data: Graph, shapes: Graph) -> None:
        self._data, self._shapes = data, shapes
        self._found: dict[Node, set[Node]] = {}

    def __call__(self, shape: Node) -> set[Node]:
        if shape not in self._found:
            data, shapes = self._data, self._shapes
            found = set(shapes.objects(shape, SH.targetNode))
            for cls in shapes.objects(shape, SH.targetClass):
                found |= _instances(data, cls)
            if (shape, RDF.type, RDFS.Class) in shapes:
                found |= _instances(data, shape)
            for prop in shapes.objects(shape, SH.targetSubjectsOf):
                found.update(data.subjects(prop, None))
            for prop in shapes.objects(shape, SH.targetObjectsOf):
                found.update(data.objects(None, prop))
            self._found[shape] = found
        return self._found[shape]


_KINDS = {
    SH.IRI: (URIRef,),
    SH.Literal: (Literal,),
    SH.BlankNode: (BNode,),
    SH.BlankNodeOrIRI: (BNode, URIRef),
    SH.BlankNodeOrLiteral: (BNode, Literal),
    SH.IRIOrLiteral: (URIRef, Literal),
}


def _has_datatype(value: Node, datatype: Node) -> bool:
    if not isinstance(value, Literal) or getattr(value, "ill_typed", False):
        return False
    if value.language is not None:
        return datatype == RDF.langString
    return (value.datatype or XSD.string) == datatype


def _in_range(value: Node, bound: Node, lower: bool) -> bool:
    try:
        return bool(value >= bound) if lower else bool(value <= bound)
    except TypeError:
        return False


def _check_simple(
    data: Graph, shapes: Graph, pairs: set[tuple[Node, Node]], targets: _Targets
) -> list[Violation]:
    violations = []
    instances: dict[Node, set[Node]] = {}
    for node_shape, prop in sorted(pairs):
        focus = targets(node_shape)
        if not focus:
            continue
        path = shapes.value(prop, SH.path)
        values: dict[Node, list[Node]] = {}
        for subject, value in data.subject_objects(path):
            if subject in focus:
                values.setdefault(subject, []).append(value)
        checks = []
        for component, argument in shapes.predicate_objects(prop):
            if component == SH.minCount:
                n = int(argument)
                checks.append(lambda vs, n=n: len(vs) >= n)
            elif component == SH.maxCount:
                n = int(argument)
                checks.append(lambda vs, n=n: len(vs) <= n)
            elif component == SH.datatype:
                checks.append(lambda vs, d=argument: all(_has_datatype(v, d) for v in vs))
            elif component == SH.nodeKind:
                kinds = _KINDS[argument]
                checks.append(lambda vs, k=kinds: all(isinstance(v, k) for v in vs))
            elif component == SH["class"]:
                if argument not in instances:
                    instances[argument] = _instances(data, argument)
                members = instances[argument]
                checks.append(lambda vs, m=members: all(v in m for v in vs))
            elif component == SH.minInclusive:
                checks.append(lambda vs, b=argument: all(_in_range(v, b, True) for v in vs))
            elif component == SH.maxInclusive:
                checks.append(lambda vs, b=argument: all(_in_range(v, b, False) for v in vs))
            elif component == SH.hasValue:
                checks.append(lambda vs, x=argument: x in vs)
        severity = shapes.value(prop, SH.severity)
        level = str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation"
        message = " ".join(str(shapes.value(prop, SH.message)).split())
        for node in focus:
            found = values.get(node, [])
            if not all(check(found) for check in checks):
                violations.append(
                    Violation(
                        _short(node),
                        _short(path),
                        message,
                        level,
                        shape=_node_shape(shapes, node_shape),
                        node=node.n3(),
                    )
                )
    return violations


# ------------------------------------------------------------ SPARQL constraints in bulk
#
# pyshacl evaluates a SPARQL constraint once per focus node with rdflib: about 2 ms
# each, which is most of the time on a large graph (9 minutes for 2,000 documents). A
# constraint whose query binds $this in a triple pattern gives the same results when
# $this is left unbound and the rows are kept for focus nodes of the shape only; so
# each such constraint of a node shape is one query in pyoxigraph over the whole graph.

_UNSUPPORTED_BULK = re.compile(r"\$(PATH|currentShape|shapesGraph|value)\b")


def _bulk_constraints(shapes: Graph) -> set[tuple[Node, Node]]:
    """``(shape, constraint)`` pairs that can run in bulk: node shapes, plain SELECTs."""
    pairs = set()
    for shape, constraint in shapes.subject_objects(SH.sparql):
        select = shapes.value(constraint, SH.select)
        if (
            select is None
            or shapes.value(shape, SH.path) is not None
            or shapes.value(constraint, SH.deactivated) == Literal(True)
            or shapes.value(shape, SH.deactivated) == Literal(True)
            or _UNSUPPORTED_BULK.search(str(select))
            or "$this" not in str(select)
        ):
            continue
        pairs.add((shape, constraint))
    return pairs


def _prefix_block(shapes: Graph, constraint: Node) -> str:
    lines = []
    for source in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(source, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(set(lines)))


def _to_oxigraph(graph: Graph) -> Any:
    import pyoxigraph

    from .rdf import to_oxigraph as ox

    store = pyoxigraph.Store()
    store.bulk_extend(pyoxigraph.Quad(ox(s), ox(p), ox(o)) for s, p, o in graph)
    return store


def _key(node: Node) -> str:
    return node.n3()


def _key_ox(term: Any) -> str:
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _bulk_sparql(
    data: Graph, shapes: Graph, pairs: set[tuple[Node, Node]], targets: _Targets
) -> list[Violation]:
    store = _to_oxigraph(data)
    violations = []
    keys: dict[Node, set[str]] = {}
    for shape, constraint in sorted(pairs):
        if shape not in keys:
            keys[shape] = {_key(node) for node in targets(shape)}
        focus = keys[shape]
        if not focus:
            continue
        select = re.sub(r"\$(\w+)", r"?\1", str(shapes.value(constraint, SH.select)))
        query = _prefix_block(shapes, constraint) + "\n" + select
        message = shapes.value(constraint, SH.message) or shapes.value(shape, SH.message)
        severity = shapes.value(shape, SH.severity)
        level = str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation"
        for row in store.query(query):
            this = row["this"]
            if this is None or _key_ox(this) not in focus:
                continue
            values = _row_values(row, query)
            template = str(message) if message is not None else "fails a SPARQL constraint"
            text = re.sub(
                r"\{[?$](\w+)\}",
                lambda match, values=values: values.get(match.group(1), match.group(0)),
                template,
            )
            violations.append(
                Violation(
                    focus=_focus_text(this),
                    path="-",
                    message=" ".join(text.split()),
                    severity=level,
                    shape=_node_shape(shapes, shape),
                    node=_key_ox(this),
                )
            )
    return violations


def _focus_text(term: Any) -> str:
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return _short(URIRef(term.value))
    return _key_ox(term)


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


class _UnionView(_CachingGraph):
    """The union of a dataset's named graphs, read in place: a copy would hold a second
    rdflib graph of the whole corpus (about 1 KB a triple) while validating. What is
    added to it (the ontology) goes to a graph of its own in the dataset's store, which
    :func:`validate_dataset` removes afterwards."""

    def triples(self, triple: Any) -> Any:  # type: ignore[override]
        subject, predicate, obj = triple
        if isinstance(predicate, RdflibPath):  # as Graph.triples does with property paths
            for found_subject, found_object in predicate.eval(self, subject, obj):
                yield found_subject, predicate, found_object
            return
        for found, _ in self.store.triples(triple, context=None):
            yield found

    def __len__(self) -> int:
        return self.store.__len__(context=None)

    def __contains__(self, triple: Any) -> bool:
        return any(True for _ in self.triples(triple))


_VALIDATION_GRAPH = URIRef("urn:x-caexpo-kg:validation")


def validate_dataset(dataset: Dataset) -> ValidationReport:
    """Validate every named graph of ``dataset`` together (their union) with our shapes.

    The dataset is read in place (see :class:`_UnionView`) and left as it was.
    """
    union = _UnionView(store=dataset.store, identifier=_VALIDATION_GRAPH)
    try:
        return _validate_data(union, None, bulk_sparql=True, bulk_core=True)
    finally:
        dataset.store.remove((None, None, None), context=union)
        dataset.remove_graph(_VALIDATION_GRAPH)


def validate_file(path: str | Path, rdf_format: str | None = None) -> ValidationReport:
    """Load a graph file of any supported format and validate it."""
    from .rdf import load_dataset

    return validate_dataset(load_dataset(path, rdf_format))


# ------------------------------------------------------------ isolating the documents at fault
@dataclass(frozen=True)
class HeldBack:
    """A document kept out of the graph: the violations its triples caused."""

    document: Document
    violations: tuple[Violation, ...]


@dataclass(frozen=True)
class Isolation:
    """What :func:`validate_isolating` kept, held back, and the final report."""

    dataset: Dataset
    extractions: list[Extraction]
    report: ValidationReport
    held_back: list[HeldBack]


#: After this many rounds of one entity's documents at a time, every document behind a
#: remaining violation is held back at once (each round costs one validation).
_GENTLE_ROUNDS = 20


def validate_isolating(
    extractions: Sequence[Extraction],
    *,
    make_dataset: Callable[[Sequence[Extraction]], Dataset],
) -> Isolation:
    """Validate the graph of ``extractions``; hold back the documents whose triples break
    a shape, and validate what is left, until it conforms.

    A violation on a node of one document (its mentions, evidence, text) holds back that
    document. A violation on an entity (an edition claiming a number its series already
    gives another) holds back the documents the entity came from; where several entities
    are at fault (both editions of a clash), the one fewest documents stand behind goes
    first and the graph is checked again, so a mis-cut name in one article does not cost
    the hundred articles that name the real edition. A violation no document stands
    behind (in the reasoned graph, say) cannot be isolated: the report keeps it and the
    caller decides (``build`` then writes nothing).
    """
    kept = list(extractions)
    held: dict[str, HeldBack] = {}
    rounds = 0
    while True:
        dataset = make_dataset(kept)
        report = validate_dataset(dataset)
        errors = [v for v in report.violations if v.severity == "Violation"]
        if report.conforms or not errors:
            break
        culprits = _documents_at_fault(kept, errors, gentle=rounds < _GENTLE_ROUNDS)
        if not culprits:
            break
        rounds += 1
        for extraction in kept:
            doc_id = extraction.document.id
            if doc_id in culprits:
                held[doc_id] = HeldBack(extraction.document, tuple(culprits[doc_id]))
        kept = [e for e in kept if e.document.id not in culprits]
    return Isolation(dataset, kept, report, list(held.values()))


def _documents_at_fault(
    extractions: Sequence[Extraction], errors: Sequence[Violation], *, gentle: bool
) -> dict[str, list[Violation]]:
    """Document id → the violations it is held back for, this round."""
    from .rdf import entity_uri
    from .vocab import document_iri

    by_document = {f"<{document_iri(e.document.id)}": e.document.id for e in extractions}
    by_entity: dict[str, set[str]] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            by_entity.setdefault(f"<{entity_uri(entity.key)}>", set()).add(extraction.document.id)
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
        documents = by_entity.get(entity, set())
        if documents:
            shared.append((len(documents), node, violation, documents))
    if shared:
        shared.sort(key=lambda item: (item[0], item[1]))
        chosen = shared[:1] if gentle else shared
        for _, node, _, documents in chosen:
            reasons = [v for _, n, v, _ in shared if n == node]
            for doc_id in documents:
                local.setdefault(doc_id, []).extend(reasons)
    return local
