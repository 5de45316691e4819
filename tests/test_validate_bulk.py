"""The bulk checks on pyoxigraph report what pyshacl reports, shape by shape.

Every property shape, node-level constraint and SPARQL constraint of
``ontology/shapes.ttl`` is broken on purpose in a copy of a small built graph, and
the report of :func:`validate_graph` (bulk, on pyoxigraph) must equal the report of
:func:`validate_with_pyshacl` (the reference): the same focus nodes, paths, messages,
severities and shape names.
"""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SH

from caexpo_kg.api import build_documents
from caexpo_kg.rdf import to_dataset, to_oxigraph
from caexpo_kg.rdf.validate import (
    _INTEGER_TYPES,
    _is_ill_typed,
    _plan,
    _shapes,
    _short,
    validate_dataset,
    validate_graph,
    validate_isolating,
    validate_store,
    validate_with_pyshacl,
)
from caexpo_kg.read.corpus import read_text
from caexpo_kg.vocab import CKG, GRAPH, ID, ITSRDF, NIF, PROV, RDF, RDFS, SKOS, TIME, XSD

TEXT = (
    "The 12th China-ASEAN Expo (CAEXPO) opened in Nanning on Friday.\n\n"
    "The 11th CAEXPO was held in 2014, organised by the ASEAN Secretariat.\n"
)
DOC = ID["document/news-1"]
CONTEXT = URIRef(f"{DOC}#char=0,135")
PHRASE = URIRef(f"{DOC}#char=27,33")  # "CAEXPO"
ORG = ID["organisation/asean-secretariat"]
EDITION = ID["event/12th-china-asean-expo"]
OTHER_EDITION = ID["event/11th-china-asean-expo"]
SERIES = ID["event/china-asean-expo"]
YEAR = ID["year/2014"]
DESCRIPTION = ID["year/2014/description"]
NONNEG = XSD.integer  # offsets are xsd:integer >= 0 (shapes.ttl)


@pytest.fixture(scope="module")
def built() -> Graph:
    documents = [read_text(TEXT, doc_id="news-1", published="2015-09-18")]
    return build_documents(documents, model="blank", validate=False).union()


def _run(graph: Graph) -> URIRef:
    return next(iter(graph.subjects(CKG.model, None)))


def _evidence(graph: Graph) -> URIRef:
    return sorted(graph.subjects(RDF.type, CKG.RelationEvidence))[0]


Break = Callable[[Graph], object]


def _adding(*triples: tuple[URIRef, URIRef, object]) -> Break:
    def add(graph: Graph) -> None:
        for triple in triples:
            graph.add(triple)

    return add


# (node shape, path or constraint it breaks, how): a path "-" is a node-level constraint.
CASES: list[tuple[str, str, Break]] = [
    ("CoreEntityShape", "rdfs:label", lambda g: g.remove((ORG, RDFS.label, None))),
    ("CoreEntityShape", "rdfs:label", lambda g: g.add((ORG, RDFS.label, Literal("Other")))),
    ("CoreEntityShape", "rdfs:label", lambda g: g.set((ORG, RDFS.label, SERIES))),
    (
        "CoreEntityShape",
        "skos:prefLabel",
        _adding(
            (ORG, SKOS.prefLabel, Literal("A", lang="en")),
            (ORG, SKOS.prefLabel, Literal("B", lang="en")),
        ),
    ),
    ("CoreEntityShape", "skos:prefLabel", lambda g: g.set((ORG, SKOS.prefLabel, SERIES))),
    ("CoreEntityShape", "OneCoreClassConstraint", lambda g: g.add((ORG, RDF.type, CKG.Person))),
    (
        "EditionShape",
        "ckg:editionOf",
        lambda g: g.add((ID["event/x"], CKG.editionNumber, Literal(4))),
    ),
    ("EditionShape", "ckg:editionOf", lambda g: g.add((EDITION, CKG.editionOf, ID["event/y"]))),
    ("EditionShape", "ckg:editionOf", lambda g: g.set((EDITION, CKG.editionOf, ORG))),
    (
        "EditionShape",
        "ckg:editionNumber",
        lambda g: g.add((EDITION, CKG.editionNumber, Literal(13))),
    ),
    (
        "EditionShape",
        "ckg:editionNumber",
        lambda g: g.set((EDITION, CKG.editionNumber, Literal("12"))),
    ),
    (
        "EditionShape",
        "ckg:editionNumber",  # the store reads an xsd:int as an xsd:integer: pyshacl does not
        lambda g: g.set((EDITION, CKG.editionNumber, Literal(12, datatype=XSD.int))),
    ),
    (
        "EditionShape",
        "ckg:editionNumber",
        lambda g: g.set((EDITION, CKG.editionNumber, Literal(0))),
    ),
    (
        "EditionShape",
        "ckg:inYear",
        _adding(
            (EDITION, CKG.inYear, YEAR),
            (EDITION, CKG.inYear, ID["year/2015"]),
            (ID["year/2015"], RDF.type, CKG.Year),
        ),
    ),
    ("EditionShape", "ckg:inYear", lambda g: g.add((EDITION, CKG.inYear, ORG))),
    (
        "EditionShape",
        "UniqueEditionNumberConstraint",
        lambda g: g.set((OTHER_EDITION, CKG.editionNumber, Literal(12))),
    ),
    (
        "YearShape",
        "time:hasDateTimeDescription",
        lambda g: g.remove((YEAR, TIME.hasDateTimeDescription, None)),
    ),
    (
        "YearShape",
        "time:hasDateTimeDescription",
        lambda g: g.add((YEAR, TIME.hasDateTimeDescription, ID["year/2014/other"])),
    ),
    (
        "YearDescriptionNodeShape",
        "time:unitType",
        lambda g: g.set((DESCRIPTION, TIME.unitType, TIME.unitMonth)),
    ),
    (
        "YearDescriptionNodeShape",
        "time:unitType",
        lambda g: g.add((DESCRIPTION, TIME.unitType, TIME.unitDay)),
    ),
    (
        "YearDescriptionNodeShape",
        "time:year",
        lambda g: g.set((DESCRIPTION, TIME.year, Literal("2014"))),
    ),
    ("YearDescriptionNodeShape", "time:year", lambda g: g.remove((DESCRIPTION, TIME.year, None))),
    ("YearShape", "YearAgreementConstraint", lambda g: g.set((YEAR, RDFS.label, Literal("2013")))),
    ("DocumentShape", "dcterms:identifier", lambda g: g.remove((DOC, DCTERMS.identifier, None))),
    ("DocumentShape", "dcterms:identifier", lambda g: g.set((DOC, DCTERMS.identifier, SERIES))),
    (
        "DocumentShape",
        "dcterms:title",
        _adding((DOC, DCTERMS.title, Literal("A")), (DOC, DCTERMS.title, Literal("B"))),
    ),
    ("DocumentShape", "dcterms:date", lambda g: g.set((DOC, DCTERMS.date, Literal("2015-09-18")))),
    (
        "DocumentShape",
        "dcterms:date",
        lambda g: g.add((DOC, DCTERMS.date, Literal("2015-09-19", datatype=XSD.date))),
    ),
    ("ExtractionRunShape", "-", lambda g: g.remove((_run(g), RDF.type, PROV.Activity))),
    ("ExtractionRunShape", "ckg:model", lambda g: g.add((_run(g), CKG.model, Literal("other")))),
    ("ExtractionRunShape", "ckg:model", lambda g: g.set((_run(g), CKG.model, Literal(1)))),
    (
        "ExtractionRunShape",
        "ckg:rulesVersion",
        lambda g: g.set((_run(g), CKG.rulesVersion, Literal(2))),
    ),
    ("ContextShape", "nif:isString", lambda g: g.remove((CONTEXT, NIF.isString, None))),
    ("ContextShape", "nif:beginIndex", lambda g: g.set((CONTEXT, NIF.beginIndex, Literal("0")))),
    (
        "ContextShape",
        "nif:beginIndex",
        lambda g: g.add((CONTEXT, NIF.beginIndex, Literal(1, datatype=NONNEG))),
    ),
    ("ContextShape", "nif:endIndex", lambda g: g.remove((CONTEXT, NIF.endIndex, None))),
    (
        "ContextShape",
        "ContextLengthConstraint",
        lambda g: g.set((CONTEXT, NIF.endIndex, Literal(3, datatype=NONNEG))),
    ),
    ("PhraseShape", "nif:referenceContext", lambda g: g.set((PHRASE, NIF.referenceContext, YEAR))),
    (
        "PhraseShape",
        "nif:beginIndex",
        lambda g: g.set((PHRASE, NIF.beginIndex, Literal(-1, datatype=NONNEG))),
    ),
    (
        "PhraseShape",
        "nif:endIndex",
        lambda g: g.set((PHRASE, NIF.endIndex, Literal("x", datatype=NONNEG))),
    ),
    (
        "PhraseShape",
        "nif:endIndex",
        lambda g: g.set((PHRASE, NIF.endIndex, Literal(33, datatype=XSD.int))),
    ),
    ("PhraseShape", "nif:anchorOf", lambda g: g.remove((PHRASE, NIF.anchorOf, None))),
    (
        "PhraseShape",
        "itsrdf:taIdentRef",
        lambda g: g.set((PHRASE, ITSRDF.taIdentRef, Literal("x"))),
    ),
    (
        "PhraseShape",
        "itsrdf:taConfidence",
        lambda g: g.set((PHRASE, ITSRDF.taConfidence, Literal(1.5))),
    ),
    (
        "PhraseShape",
        "itsrdf:taConfidence",
        lambda g: g.set((PHRASE, ITSRDF.taConfidence, Literal(-0.5))),
    ),
    (
        "PhraseShape",
        "itsrdf:taConfidence",
        lambda g: g.set((PHRASE, ITSRDF.taConfidence, Literal("high"))),
    ),
    ("PhraseShape", "ckg:rule", lambda g: g.add((PHRASE, CKG.rule, Literal("another")))),
    (
        "PhraseShape",
        "PhraseOffsetsConstraint",
        lambda g: g.set((PHRASE, NIF.endIndex, Literal(200, datatype=NONNEG))),
    ),
    (
        "PhraseShape",
        "PhraseAnchorConstraint",
        lambda g: g.set((PHRASE, NIF.anchorOf, Literal("EXPO"))),
    ),
    (
        "OffsetIriShape",
        "OffsetIriConstraint",
        lambda g: g.set((CONTEXT, NIF.beginIndex, Literal(2, datatype=NONNEG))),
    ),
    ("RelationEvidenceShape", "rdf:subject", lambda g: g.remove((_evidence(g), RDF.subject, None))),
    (
        "RelationEvidenceShape",
        "rdf:predicate",
        lambda g: g.set((_evidence(g), RDF.predicate, Literal("p"))),
    ),
    ("RelationEvidenceShape", "rdf:object", lambda g: g.add((_evidence(g), RDF.object, ORG))),
    ("RelationEvidenceShape", "ckg:rule", lambda g: g.remove((_evidence(g), CKG.rule, None))),
    (
        "RelationEvidenceShape",
        "ckg:evidenceText",
        lambda g: g.set((_evidence(g), CKG.evidenceText, Literal("x", lang="en"))),
    ),
    (
        "RelationEvidenceShape",
        "ckg:inferred",
        lambda g: g.set((_evidence(g), CKG.inferred, Literal(0))),
    ),
    (
        "RelationEvidenceShape",
        "nif:referenceContext",
        lambda g: g.set((_evidence(g), NIF.referenceContext, PHRASE)),
    ),
]


def _what_a_case_can_break() -> set[tuple[str, str]]:
    """(node shape, path or SPARQL constraint) for every constraint in shapes.ttl."""
    shapes = _shapes()
    found = set()
    for shape, prop in shapes.subject_objects(SH.property):
        found.add((_short(shape), _short(shapes.value(prop, SH.path))))
    for shape, constraint in shapes.subject_objects(SH.sparql):
        found.add((_short(shape), _short(constraint)))
    for shape in set(shapes.subjects(SH["class"], None)) - set(shapes.subjects(SH.path, None)):
        found.add((_short(shape), "-"))
    return found


def test_the_cases_break_every_constraint_of_the_shapes():
    covered = {
        (f"ckgsh:{shape}", what if ":" in what or what == "-" else f"ckgsh:{what}")
        for shape, what, _ in CASES
    }
    assert covered == _what_a_case_can_break()


def _full(report) -> list[tuple[str, str, str, str, str]]:
    return [(v.focus, v.path, v.message, v.severity, v.shape) for v in report.violations]


@pytest.mark.parametrize(
    ("shape", "what", "breaking"), CASES, ids=[f"{s}-{w}" for s, w, _ in CASES]
)
def test_bulk_reports_what_pyshacl_reports(built, shape, what, breaking):
    graph = Graph()
    graph += built
    breaking(graph)
    bulk, reference = validate_graph(graph), validate_with_pyshacl(graph)
    assert _full(bulk) == _full(reference)
    assert bulk.conforms is reference.conforms is False
    # the intended shape is among the broken ones (the nested shape reports through YearShape)
    reported = "YearShape" if shape == "YearDescriptionNodeShape" else shape
    assert any(v.shape == f"ckgsh:{reported}" for v in bulk.violations), bulk.text()


def test_a_built_graph_conforms_in_both(built):
    assert validate_graph(built).violations == validate_with_pyshacl(built).violations == ()


def test_every_shipped_shape_runs_in_bulk_without_pyshacl():
    plan = _plan(_shapes())
    assert plan.rest is None
    assert len(plan.bulk) == 9


def test_a_shape_the_bulk_checks_cannot_translate_goes_to_pyshacl(built):
    shapes = Graph()
    shapes += _shapes()
    pattern_shape, prop = URIRef("urn:x-test:LabelPattern"), BNode()
    shapes.add((pattern_shape, RDF.type, SH.NodeShape))
    shapes.add((pattern_shape, SH.targetClass, CKG.Organisation))
    shapes.add((pattern_shape, SH.property, prop))
    shapes.add((prop, SH.path, RDFS.label))
    shapes.add((prop, SH.pattern, Literal("^[a-z]+$")))  # sh:pattern: not translated
    shapes.add((prop, SH.message, Literal("A label in lower case.")))
    plan = _plan(shapes)
    assert [str(s) for s in plan.bulk if s == pattern_shape] == []
    report = validate_graph(built, shapes=shapes)
    assert _full(report) == _full(validate_with_pyshacl(built, shapes=shapes))
    assert "id:organisation/asean-secretariat  rdfs:label  A label in lower case." in report.text()


# ------------------------------------------------------------------ stores
def _store(dataset: Dataset, *, per_document: bool) -> ox.Store:
    """The dataset's quads in a store: in its named graphs, or all in one graph per document."""
    store = ox.Store()
    for s, p, o, graph in dataset.quads((None, None, None, None)):
        name = ID["graph/document/news-1"] if per_document else graph
        store.add(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), to_oxigraph(name)))
    return store


@pytest.mark.parametrize("per_document", [False, True])
def test_a_store_validates_as_its_dataset_does(per_document):
    documents = [read_text(TEXT, doc_id="news-1", published="2015-09-18")]
    kg = build_documents(documents, model="blank", validate=False)
    assert validate_store(_store(kg.dataset, per_document=per_document)).conforms
    mentions = kg.dataset.graph(GRAPH.MENTIONS)
    mentions.set((PHRASE, NIF.anchorOf, Literal("not the text")))
    kg.dataset.graph(GRAPH.ENTITIES).set((YEAR, RDFS.label, Literal("2013")))
    from_store = validate_store(_store(kg.dataset, per_document=per_document))
    assert _full(from_store) == _full(validate_dataset(kg.dataset))
    assert len(from_store.violations) == 2  # the anchor, the label against the IRI


def test_the_store_keeps_no_integer_type_but_xsd_integer():
    """Why a store reads sh:datatype xsd:nonNegativeInteger as an integer of at least 0
    (oxigraph#526): if this fails, Oxigraph keeps datatypes now and _INTEGER_TYPES can go."""
    for datatype in _INTEGER_TYPES:
        store = ox.Store()
        node = ox.NamedNode("urn:x-test:n")
        store.add(
            ox.Quad(
                node,
                node,
                to_oxigraph(
                    Literal("1" if "negative" not in datatype else "-1", datatype=datatype)
                ),
            )
        )
        (quad,) = store
        assert quad.object.datatype.value == str(XSD.integer), datatype


def test_an_offset_below_zero_fails_in_a_store_as_in_a_file(built):
    """Offsets are xsd:integer of at least 0 (shapes.ttl): a store, which keeps every
    integer type as xsd:integer, and the literal as written are judged alike."""
    graph = Graph()
    graph += built
    graph.set((PHRASE, NIF.endIndex, Literal(-1)))
    store = ox.Store()
    store.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graph)
    in_store = {v.path for v in validate_store(store).violations}
    assert "nif:endIndex" in in_store
    assert in_store == {v.path for v in validate_graph(graph).violations}


def test_isolating_works_on_stores_too():
    documents = [
        read_text(TEXT, doc_id="news-1", published="2015-09-18"),
        read_text("The 13th CAEXPO opened in Nanning in 2016.", doc_id="news-2"),
    ]
    kg = build_documents(documents, model="blank", validate=False)

    def make_store(kept):
        dataset = to_dataset(list(kept))
        if any(e.document.id == "news-1" for e in kept):
            dataset.graph(GRAPH.MENTIONS).set((PHRASE, NIF.anchorOf, Literal("not the text")))
        return _store(dataset, per_document=False)

    isolation = validate_isolating(kg.extractions, make_dataset=make_store)
    assert isolation.report.conforms
    assert [held.document.id for held in isolation.held_back] == ["news-1"]
    assert [e.document.id for e in isolation.extractions] == ["news-2"]
    assert isinstance(isolation.dataset, ox.Store)


def test_the_forms_read_without_rdflib_are_ones_rdflib_reads():
    """Values are judged well typed without an rdflib term where the form is one rdflib's
    converter reads (:data:`_READ_BY_RDFLIB`): never where rdflib finds it ill-typed."""
    forms = {
        XSD.string: ["", "x", " 5 ", "\x01"],
        XSD.integer: ["5", "-5", "+5", "007", " 5", "5_0", "x", "5.0", "", "+", "٣"],
        XSD.double: ["1.0", "1e3", "-.5", "5.", "+1.5E-2", "NaN", "INF", "x", "1e", ".", ""],
        XSD.boolean: ["true", "false", "1", "0", "True", "yes", ""],
    }
    for datatype, lexical_forms in forms.items():
        for form in lexical_forms:
            term = ox.Literal(form, datatype=ox.NamedNode(str(datatype)))
            assert _is_ill_typed(term) == (Literal(form, datatype=datatype).ill_typed is True)


def test_an_ill_typed_offset_fails_in_a_store(built):
    """An offset that is no integer at all ("x"^^xsd:integer), which SPARQL cannot tell
    from an integer's datatype, is still found on the store."""
    store = ox.Store()
    store.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in built)
    phrase = to_oxigraph(PHRASE)
    end = to_oxigraph(NIF.endIndex)
    store.remove(next(iter(store.quads_for_pattern(phrase, end, None))))
    store.add(ox.Quad(phrase, end, ox.Literal("x", datatype=ox.NamedNode(str(XSD.integer)))))
    found = {(v.node, v.path) for v in validate_store(store).violations}
    assert (f"<{PHRASE}>", "nif:endIndex") in found
