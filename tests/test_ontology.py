"""The shipped ontology, alignments and SHACL shapes (``ontology/*.ttl``).

The ontology must declare exactly the terms of the gold format (FORMAT.md), with its
domains and ranges; the shapes must accept a well-formed dataset and catch each kind of
damage they exist for. Each violation case checks that the report names the one shape
or SPARQL constraint it pins, and that the damage goes unnoticed once that shape is
removed, so a deleted or weakened shape fails a test.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS, XSD
from rdflib.term import Node

try:
    from caexpo_kg.vocab import CORE_CLASSES, CORE_PROPERTIES
except ModuleNotFoundError:  # a plain checkout that was not pip-installed
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from caexpo_kg.vocab import CORE_CLASSES, CORE_PROPERTIES

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
CORE_FILE = ONTOLOGY_DIR / "caexpo.ttl"
ALIGNMENTS_FILE = ONTOLOGY_DIR / "alignments.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
FILES = (CORE_FILE, ALIGNMENTS_FILE, SHAPES_FILE)

CKG_NS = "https://w3id.org/caexpo-kg/ontology#"
CKG = Namespace(CKG_NS)
CKGSH = Namespace("https://w3id.org/caexpo-kg/shapes#")
ONTOLOGY_IRI = URIRef("https://w3id.org/caexpo-kg/ontology")
ALIGNMENTS_IRI = URIRef("https://w3id.org/caexpo-kg/ontology/alignments")
SHAPES_IRI = URIRef("https://w3id.org/caexpo-kg/shapes")
VANN = Namespace("http://purl.org/vocab/vann/")
TIME = Namespace("http://www.w3.org/2006/time#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
WD = Namespace("http://www.wikidata.org/entity/")
ID = Namespace("https://w3id.org/caexpo-kg/id/")

#: Finer classes, each with the core class it refines.
FINER_CLASSES = {"EventSeries": "Event"}
#: Classes for records that are not entities.
RECORD_CLASSES = {"Document", "RelationEvidence"}
#: Finer object properties, each with the core property it refines.
FINER_PROPERTIES = {"exhibitedAt": "participatedIn", "spokeAt": "participatedIn"}
#: Datatype properties the RDF writer uses, with their ranges.
DATATYPE_PROPERTIES = {
    "editionNumber": XSD.integer,
    "rule": XSD.string,
    "evidenceText": XSD.string,
    "inferred": XSD.boolean,
    "model": XSD.string,
    "rulesVersion": XSD.string,
}

#: FORMAT.md's table: property -> (domain classes, range class).
FORMAT_SIGNATURES = {
    "editionOf": ({"Event"}, "Event"),
    "inYear": ({"Event", "Initiative"}, "Year"),
    "heldIn": ({"Event"}, "Place"),
    "locatedIn": ({"Place", "Initiative"}, "Place"),
    "participatedIn": ({"Organisation", "Person"}, "Event"),
    "organisedBy": ({"Event"}, "Organisation"),
    "partOf": ({"Event"}, "Event"),
    "launched": ({"Event", "Organisation"}, "Initiative"),
    "memberOf": ({"Place", "Organisation"}, "Organisation"),
    "affiliatedWith": ({"Person"}, "Organisation"),
}

#: ONTOLOGY.md's alignment table, as axioms.
EXPECTED_ALIGNMENTS = {
    (CKG.Organisation, RDFS.subClassOf, ORG.Organization),
    (CKG.Organisation, RDFS.subClassOf, SCHEMA.Organization),
    (CKG.Event, RDFS.subClassOf, SCHEMA.Event),
    (CKG.Event, RDFS.subClassOf, SEM.Event),
    (CKG.EventSeries, RDFS.subClassOf, SCHEMA.EventSeries),
    (CKG.Year, RDFS.subClassOf, TIME.DateTimeInterval),
    (CKG.Place, RDFS.subClassOf, SCHEMA.Place),
    (CKG.Place, RDFS.subClassOf, SEM.Place),
    (CKG.Person, RDFS.subClassOf, FOAF.Person),
    (CKG.Document, RDFS.subClassOf, SCHEMA.CreativeWork),
    (CKG.Document, RDFS.subClassOf, PROV.Entity),
    (CKG.editionOf, RDFS.subPropertyOf, SCHEMA.superEvent),
    (CKG.inYear, RDFS.subPropertyOf, TIME.hasTime),
    (CKG.heldIn, RDFS.subPropertyOf, SCHEMA.location),
    (CKG.heldIn, RDFS.subPropertyOf, SEM.hasPlace),
    (CKG.locatedIn, RDFS.subPropertyOf, SCHEMA.containedInPlace),
    (CKG.organisedBy, RDFS.subPropertyOf, SCHEMA.organizer),
    (CKG.partOf, RDFS.subPropertyOf, SCHEMA.superEvent),
    (CKG.partOf, RDFS.subPropertyOf, SEM.subEventOf),
    (CKG.memberOf, RDFS.subPropertyOf, ORG.memberOf),
    (CKG.memberOf, RDFS.subPropertyOf, SCHEMA.memberOf),
    (CKG.affiliatedWith, RDFS.subPropertyOf, SCHEMA.affiliation),
}
EXPECTED_CLOSE_MATCHES = {
    (CKG.Initiative, SCHEMA.Project),
    (CKG.editionOf, WD.P179),
    (CKG.editionNumber, WD.P1545),
    (CKG.inYear, WD.P585),
    (CKG.heldIn, WD.P276),
    (CKG.locatedIn, WD.P131),
    (CKG.participatedIn, WD.P1344),
    (CKG.organisedBy, WD.P664),
    (CKG.memberOf, WD.P463),
    (CKG.affiliatedWith, WD.P1416),
}


def _parse(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


@pytest.fixture(scope="module")
def core() -> Graph:
    return _parse(CORE_FILE)


@pytest.fixture(scope="module")
def alignments() -> Graph:
    return _parse(ALIGNMENTS_FILE)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return _parse(SHAPES_FILE)


def _ckg(term: Node) -> str | None:
    """The local name of a term in the ckg namespace, or None."""
    if isinstance(term, URIRef) and str(term).startswith(CKG_NS):
        return str(term)[len(CKG_NS) :]
    return None


def _declared(graph: Graph, kind: URIRef) -> set[str]:
    return {name for s in graph.subjects(RDF.type, kind) if (name := _ckg(s)) is not None}


def _class_names(graph: Graph, expression: Node) -> set[str]:
    """The ckg classes a domain or range names: a class, or an owl:unionOf of classes."""
    if isinstance(expression, BNode):
        members = graph.value(expression, OWL.unionOf)
        assert members is not None, f"unexpected class expression {expression!r}"
        return {_ckg(m) or str(m) for m in Collection(graph, members)}
    return {_ckg(expression) or str(expression)}


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_parses_in_rdflib_and_pyoxigraph_alike(path: Path) -> None:
    rdflib_graph = _parse(path)
    oxigraph_triples = list(pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(rdflib_graph) > 0
    assert len(oxigraph_triples) == len(rdflib_graph)


# --------------------------------------------------------------------------- core ontology


def test_core_header(core: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in core
    for prop in (DCTERMS.title, DCTERMS.description):
        assert any(v.language == "en" for v in core.objects(ONTOLOGY_IRI, prop))
    assert core.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef(
        "https://www.apache.org/licenses/LICENSE-2.0"
    )
    assert core.value(ONTOLOGY_IRI, DCTERMS.created) == Literal("2026-11-28", datatype=XSD.date)
    assert core.value(ONTOLOGY_IRI, DCTERMS.modified) is not None
    assert core.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert core.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef(
        "https://w3id.org/caexpo-kg/ontology/0.1.0"
    )
    assert core.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix) == Literal("ckg")
    assert str(core.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri)) == CKG_NS


def test_core_classes_are_exactly_those_of_the_format(core: Graph) -> None:
    declared = _declared(core, OWL.Class)
    assert declared == set(CORE_CLASSES) | set(FINER_CLASSES) | RECORD_CLASSES
    for finer, coarse in FINER_CLASSES.items():
        assert (CKG[finer], RDFS.subClassOf, CKG[coarse]) in core
    assert (CKG.RelationEvidence, RDFS.subClassOf, RDF.Statement) in core


def test_core_properties_are_exactly_those_of_the_format(core: Graph) -> None:
    declared = _declared(core, OWL.ObjectProperty)
    assert declared == set(CORE_PROPERTIES) | set(FINER_PROPERTIES)
    for finer, coarse in FINER_PROPERTIES.items():
        assert (CKG[finer], RDFS.subPropertyOf, CKG[coarse]) in core
    assert _declared(core, OWL.FunctionalProperty) == {"editionOf", "editionNumber"}


@pytest.mark.parametrize("prop", sorted(FORMAT_SIGNATURES))
def test_core_property_domain_and_range_follow_the_format(core: Graph, prop: str) -> None:
    domain, range_ = FORMAT_SIGNATURES[prop]
    domains = list(core.objects(CKG[prop], RDFS.domain))
    ranges = list(core.objects(CKG[prop], RDFS.range))
    assert len(domains) == 1 and len(ranges) == 1
    assert _class_names(core, domains[0]) == domain
    assert _class_names(core, ranges[0]) == {range_}


def test_datatype_properties(core: Graph) -> None:
    assert _declared(core, OWL.DatatypeProperty) == set(DATATYPE_PROPERTIES)
    for name, datatype in DATATYPE_PROPERTIES.items():
        assert core.value(CKG[name], RDFS.range) == datatype
    assert core.value(CKG.editionNumber, RDFS.domain) == CKG.Event


def test_every_declared_term_is_documented(core: Graph) -> None:
    terms = {s for s in core.subjects(RDF.type, None) if _ckg(s) is not None}
    expected = (
        set(CORE_CLASSES)
        | set(FINER_CLASSES)
        | RECORD_CLASSES
        | set(CORE_PROPERTIES)
        | set(FINER_PROPERTIES)
        | set(DATATYPE_PROPERTIES)
    )
    assert {_ckg(term) for term in terms} == expected
    for term in terms:
        labels = list(core.objects(term, RDFS.label))
        comments = list(core.objects(term, RDFS.comment))
        assert [lab.language for lab in labels] == ["en"], term
        assert [com.language for com in comments] == ["en"], term
        assert core.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, term


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_ckg_term_used_is_declared_in_the_core(core: Graph, path: Path) -> None:
    declared = {s for s in core.subjects(RDF.type, None) if _ckg(s) is not None}
    used = {term for triple in _parse(path) for term in triple if _ckg(term) is not None}
    assert used - declared == set()


def test_member_of_stays_apart_from_affiliated_with(core: Graph, alignments: Graph) -> None:
    both = core + alignments
    # affiliatedWith's domain is Person: memberOf under it would make countries people.
    assert (CKG.memberOf, RDFS.subPropertyOf, CKG.affiliatedWith) not in both
    # org:memberOf's domain is foaf:Agent, so a member country is an agent too.
    assert (CKG.Place, OWL.disjointWith, CKG.Organisation) not in both
    assert (CKG.Organisation, OWL.disjointWith, CKG.Place) not in both
    for axiom in both.subjects(RDF.type, OWL.AllDisjointClasses):
        members = set(Collection(both, both.value(axiom, OWL.members)))
        assert not {CKG.Place, CKG.Organisation} <= members


# --------------------------------------------------------------------------- alignments


def test_alignments_import_the_core(alignments: Graph) -> None:
    assert (ALIGNMENTS_IRI, RDF.type, OWL.Ontology) in alignments
    assert list(alignments.objects(ALIGNMENTS_IRI, OWL.imports)) == [ONTOLOGY_IRI]
    assert alignments.value(ALIGNMENTS_IRI, OWL.versionIRI) is not None


def test_alignments_follow_the_table(alignments: Graph) -> None:
    axioms = {
        (s, p, o)
        for p in (RDFS.subClassOf, RDFS.subPropertyOf)
        for s, o in alignments.subject_objects(p)
        if _ckg(s) is not None
    }
    assert axioms == EXPECTED_ALIGNMENTS
    # participatedIn points the other way from sem:hasActor: its inverse is aligned.
    (inverse,) = alignments.subjects(OWL.inverseOf, CKG.participatedIn)
    assert (inverse, RDFS.subPropertyOf, SEM.hasActor) in alignments


def test_alignments_use_close_matches_as_annotations_only(alignments: Graph) -> None:
    assert set(alignments.subject_objects(SKOS.closeMatch)) == EXPECTED_CLOSE_MATCHES
    assert (SKOS.closeMatch, RDF.type, OWL.AnnotationProperty) in alignments
    for prop in (OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs):
        assert not list(alignments.triples((None, prop, None)))
    # Wikidata appears only as the object of a closeMatch, never in an OWL axiom.
    for s, p, o in alignments:
        if str(o).startswith(str(WD)):
            assert p == SKOS.closeMatch, (s, p, o)


# --------------------------------------------------------------------------- shapes


def _all_shapes(shapes: Graph) -> set[Node]:
    found: set[Node] = set(shapes.subjects(RDF.type, SH.NodeShape))
    found |= set(shapes.subjects(RDF.type, SH.PropertyShape))
    found |= set(shapes.objects(None, SH.property))
    found |= set(shapes.objects(None, SH.node))
    found |= set(shapes.objects(None, SH.sparql))
    return found


def test_shapes_header(shapes: Graph) -> None:
    assert (SHAPES_IRI, RDF.type, OWL.Ontology) in shapes
    assert shapes.value(SHAPES_IRI, DCTERMS.title) is not None
    assert shapes.value(SHAPES_IRI, OWL.versionIRI) is not None
    named = {s for s in _all_shapes(shapes) if isinstance(s, URIRef)}
    assert named and all(str(s).startswith(str(CKGSH)) for s in named)


def test_shapes_graph_is_well_formed_shacl(shapes: Graph, core: Graph) -> None:
    """The shapes graph itself validates against SHACL's own shapes (SHACL-SHACL)."""
    conforms, _report, text = validate(
        Graph(), shacl_graph=shapes, ont_graph=core, meta_shacl=True, advanced=True
    )
    assert conforms, text


def test_every_shape_has_a_message(shapes: Graph) -> None:
    found = _all_shapes(shapes)
    assert len(found) > 20
    for shape in found:
        assert shapes.value(shape, SH.message) is not None, shape


def test_sparql_constraints_are_portable_to_oxigraph(shapes: Graph) -> None:
    """rdflib is lenient; the same queries must also run on Oxigraph, our store."""
    prefixes = "".join(
        f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
        for d in shapes.objects(SHAPES_IRI, SH.declare)
    )
    store = pyoxigraph.Store()
    constraints = list(shapes.objects(None, SH.sparql))
    assert len(constraints) == 7
    for constraint in constraints:
        assert shapes.value(constraint, SH.prefixes) == SHAPES_IRI
        query = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
        assert list(store.query(prefixes + query)) == [], constraint


# --------------------------------------------------------------------------- validation

TEXT = "The 12th China-ASEAN Expo (CAEXPO) was held in Nanning, Guangxi, in 2015."

DATA = f"""
@prefix ckg: <https://w3id.org/caexpo-kg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/caexpo-kg/graph/entities> {{
    <https://w3id.org/caexpo-kg/id/event/12th-china-asean-expo> a ckg:Event ;
        rdfs:label "12th China-ASEAN Expo" ; skos:prefLabel "12th China-ASEAN Expo" ;
        skos:altLabel "12th CAEXPO" ;
        ckg:editionOf <https://w3id.org/caexpo-kg/id/event/china-asean-expo> ;
        ckg:editionNumber 12 ; ckg:inYear <https://w3id.org/caexpo-kg/id/year/2015> ;
        ckg:heldIn <https://w3id.org/caexpo-kg/id/place/nanning> ;
        prov:wasDerivedFrom <https://w3id.org/caexpo-kg/id/document/seed> .
    <https://w3id.org/caexpo-kg/id/event/15th-china-asean-expo> a ckg:Event ;
        rdfs:label "15th China-ASEAN Expo" ; skos:prefLabel "15th China-ASEAN Expo" ;
        ckg:editionOf <https://w3id.org/caexpo-kg/id/event/china-asean-expo> ;
        ckg:editionNumber 15 .
    <https://w3id.org/caexpo-kg/id/event/china-asean-expo> a ckg:Event, ckg:EventSeries ;
        rdfs:label "China-ASEAN Expo" ; skos:prefLabel "China-ASEAN Expo" ;
        skos:altLabel "CAEXPO" ;
        ckg:organisedBy <https://w3id.org/caexpo-kg/id/organisation/asean> .
    <https://w3id.org/caexpo-kg/id/event/china-asean-information-harbor-forum> a ckg:Event ;
        rdfs:label "China-ASEAN Information Harbor Forum" ;
        ckg:partOf <https://w3id.org/caexpo-kg/id/event/12th-china-asean-expo> .
    <https://w3id.org/caexpo-kg/id/place/nanning> a ckg:Place ; rdfs:label "Nanning" .
    <https://w3id.org/caexpo-kg/id/place/thailand> a ckg:Place ; rdfs:label "Thailand" ;
        ckg:memberOf <https://w3id.org/caexpo-kg/id/organisation/asean> .
    <https://w3id.org/caexpo-kg/id/organisation/asean> a ckg:Organisation ;
        rdfs:label "Association of Southeast Asian Nations" ; skos:altLabel "ASEAN" .
    <https://w3id.org/caexpo-kg/id/year/2015> a ckg:Year ; rdfs:label "2015" ;
        skos:prefLabel "2015" ;
        time:hasDateTimeDescription <https://w3id.org/caexpo-kg/id/year/2015/description> .
    <https://w3id.org/caexpo-kg/id/year/2015/description> a time:DateTimeDescription ;
        time:unitType time:unitYear ; time:year "2015"^^xsd:gYear .
    <https://w3id.org/caexpo-kg/id/document/seed> a ckg:Document, schema:NewsArticle, prov:Entity ;
        dcterms:identifier "seed" ; dcterms:date "2020-11-27"^^xsd:date ;
        dcterms:title "CAEXPO held in Nanning" .
}}

<https://w3id.org/caexpo-kg/graph/mentions> {{
    <https://w3id.org/caexpo-kg/id/document/seed#char=0,73> a nif:Context, nif:OffsetBasedString ;
        nif:isString "{TEXT}" ;
        nif:beginIndex "0"^^xsd:integer ; nif:endIndex "73"^^xsd:integer ;
        nif:sourceUrl <https://w3id.org/caexpo-kg/id/document/seed> .
    <https://w3id.org/caexpo-kg/id/document/seed#char=27,33> a nif:Phrase, nif:OffsetBasedString ;
        nif:referenceContext <https://w3id.org/caexpo-kg/id/document/seed#char=0,73> ;
        nif:beginIndex "27"^^xsd:integer ; nif:endIndex "33"^^xsd:integer ;
        nif:anchorOf "CAEXPO" ;
        itsrdf:taIdentRef <https://w3id.org/caexpo-kg/id/event/china-asean-expo> ;
        itsrdf:taConfidence "0.9"^^xsd:double ; ckg:rule "acronym" ;
        prov:wasGeneratedBy <https://w3id.org/caexpo-kg/id/run/1> .
    <https://w3id.org/caexpo-kg/id/document/seed#char=47,54> a nif:Phrase, nif:OffsetBasedString ;
        nif:referenceContext <https://w3id.org/caexpo-kg/id/document/seed#char=0,73> ;
        nif:beginIndex "47"^^xsd:integer ; nif:endIndex "54"^^xsd:integer ;
        nif:anchorOf "Nanning" ;
        itsrdf:taIdentRef <https://w3id.org/caexpo-kg/id/place/nanning> ;
        itsrdf:taConfidence "1.0"^^xsd:double ; ckg:rule "gazetteer" ;
        prov:wasGeneratedBy <https://w3id.org/caexpo-kg/id/run/1> .
    <https://w3id.org/caexpo-kg/id/document/seed#evidence-3f2a> a ckg:RelationEvidence ;
        rdf:subject <https://w3id.org/caexpo-kg/id/event/12th-china-asean-expo> ;
        rdf:predicate ckg:heldIn ;
        rdf:object <https://w3id.org/caexpo-kg/id/place/nanning> ;
        ckg:rule "heldIn:held-in" ; ckg:evidenceText "{TEXT}" ;
        nif:referenceContext <https://w3id.org/caexpo-kg/id/document/seed#char=0,73> ;
        nif:beginIndex "0"^^xsd:integer ; nif:endIndex "73"^^xsd:integer ;
        ckg:inferred false ;
        prov:wasGeneratedBy <https://w3id.org/caexpo-kg/id/run/1> .
    <https://w3id.org/caexpo-kg/id/run/1> a prov:Activity ;
        ckg:model "en_core_web_sm 3.8.0" ; ckg:rulesVersion "0.1.0" .
}}
"""

EDITION_12 = ID["event/12th-china-asean-expo"]
EDITION_15 = ID["event/15th-china-asean-expo"]
FORUM = ID["event/china-asean-information-harbor-forum"]
ASEAN = ID["organisation/asean"]
YEAR_2015 = ID["year/2015"]
CONTEXT = URIRef(ID["document/seed"] + "#char=0,73")
CAEXPO_MENTION = URIRef(ID["document/seed"] + "#char=27,33")
EVIDENCE = URIRef(ID["document/seed"] + "#evidence-3f2a")


@pytest.fixture(scope="module")
def data() -> Graph:
    """The sample dataset with its named graphs merged, as the validator sees it."""
    # Oxigraph reads the TriG (rdflib's Dataset.parse warns about its own deprecations);
    # dropping the graph names merges the named graphs.
    quads = pyoxigraph.parse(DATA, format=pyoxigraph.RdfFormat.TRIG)
    triples = [pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in quads]
    ntriples = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    merged = Graph().parse(data=ntriples, format="nt")
    assert (EDITION_12, CKG.editionOf, ID["event/china-asean-expo"]) in merged
    assert len(merged) > 80
    return merged


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def _validate(data: Graph, shapes: Graph, core: Graph) -> tuple[bool, Graph, str]:
    conforms, report, text = validate(
        data, shacl_graph=shapes, ont_graph=core, inference="none", advanced=True
    )
    return conforms, report, text


def _failures(report: Graph) -> set[tuple[Node, Node]]:
    """(the shape or SPARQL constraint that failed, its constraint component) per result."""
    found = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        pinned = report.value(result, SH.sourceConstraint) or report.value(result, SH.sourceShape)
        found.add((pinned, report.value(result, SH.sourceConstraintComponent)))
    return found


def test_sample_data_conforms(data: Graph, shapes: Graph, core: Graph) -> None:
    conforms, _report, text = _validate(data, shapes, core)
    assert conforms, text


# Damage done to a copy of the sample data, one kind per case.


def _set(graph: Graph, subject: Node, prop: URIRef, value: Node) -> None:
    graph.set((subject, prop, value))


def _nonneg(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def _add_year(graph: Graph, year: int) -> URIRef:
    node = ID[f"year/{year}"]
    description = ID[f"year/{year}/description"]
    graph.add((node, RDF.type, CKG.Year))
    graph.add((node, RDFS.label, Literal(str(year))))
    graph.add((node, TIME.hasDateTimeDescription, description))
    graph.add((description, TIME.unitType, TIME.unitYear))
    graph.add((description, TIME.year, Literal(str(year), datatype=XSD.gYear)))
    return node


def _add_mention(graph: Graph, begin: int, end: int, anchor: str) -> None:
    mention = URIRef(f"{ID['document/seed']}#char={begin},{end}")
    graph.add((mention, RDF.type, NIF.Phrase))
    graph.add((mention, NIF.referenceContext, CONTEXT))
    graph.add((mention, NIF.beginIndex, _nonneg(begin)))
    graph.add((mention, NIF.endIndex, _nonneg(end)))
    graph.add((mention, NIF.anchorOf, Literal(anchor)))


def _two_labels(g: Graph) -> None:
    g.add((EDITION_12, RDFS.label, Literal("Twelfth China-ASEAN Expo")))


def _no_label(g: Graph) -> None:
    g.remove((ASEAN, RDFS.label, None))


def _two_core_classes(g: Graph) -> None:
    g.add((ASEAN, RDF.type, CKG.Place))


def _two_series(g: Graph) -> None:
    g.add((EDITION_12, CKG.editionOf, FORUM))


def _edition_number_zero(g: Graph) -> None:
    _set(g, EDITION_15, CKG.editionNumber, Literal(0))


def _edition_number_string(g: Graph) -> None:
    _set(g, EDITION_15, CKG.editionNumber, Literal("15"))


def _two_years(g: Graph) -> None:
    g.add((EDITION_12, CKG.inYear, _add_year(g, 2016)))


def _reused_edition_number(g: Graph) -> None:
    _set(g, EDITION_15, CKG.editionNumber, Literal(12))


def _gyear_disagrees(g: Graph) -> None:
    _set(g, ID["year/2015/description"], TIME.year, Literal("2016", datatype=XSD.gYear))


def _year_label_disagrees(g: Graph) -> None:
    _set(g, YEAR_2015, RDFS.label, Literal("2016"))


def _anchor_differs(g: Graph) -> None:
    _set(g, CAEXPO_MENTION, NIF.anchorOf, Literal("CAEXP0"))


def _mention_past_context(g: Graph) -> None:
    _add_mention(g, 68, 80, "2015.")


def _mention_iri_disagrees(g: Graph) -> None:
    # Offsets and anchor agree with the text, but the IRI still says char=27,33.
    _set(g, CAEXPO_MENTION, NIF.endIndex, _nonneg(34))
    _set(g, CAEXPO_MENTION, NIF.anchorOf, Literal("CAEXPO)"))


def _context_too_short(g: Graph) -> None:
    _set(g, CONTEXT, NIF.isString, Literal(TEXT + " More text."))


def _evidence_without_rule(g: Graph) -> None:
    g.remove((EVIDENCE, CKG.rule, None))


def _evidence_with_two_objects(g: Graph) -> None:
    g.add((EVIDENCE, RDF.object, ID["place/thailand"]))


SPARQL = {SH.SPARQLConstraintComponent}

#: case -> (damage, the shape or SPARQL constraint that must catch it, its components).
VIOLATIONS: dict[str, tuple[Callable[[Graph], None], URIRef, set[URIRef]]] = {
    "entity with two labels": (
        _two_labels,
        CKGSH.CoreEntityLabelShape,
        {SH.MaxCountConstraintComponent},
    ),
    "entity with no label": (
        _no_label,
        CKGSH.CoreEntityLabelShape,
        {SH.MinCountConstraintComponent},
    ),
    "entity with two core classes": (_two_core_classes, CKGSH.OneCoreClassConstraint, SPARQL),
    "edition with two series": (
        _two_series,
        CKGSH.EditionSeriesShape,
        {SH.MaxCountConstraintComponent},
    ),
    "edition number 0": (
        _edition_number_zero,
        CKGSH.EditionNumberShape,
        {SH.MinInclusiveConstraintComponent},
    ),
    "edition number as a string": (
        _edition_number_string,
        CKGSH.EditionNumberShape,
        {SH.DatatypeConstraintComponent, SH.MinInclusiveConstraintComponent},
    ),
    "edition with two years": (
        _two_years,
        CKGSH.EditionYearShape,
        {SH.MaxCountConstraintComponent},
    ),
    "two editions of one series with the same number": (
        _reused_edition_number,
        CKGSH.UniqueEditionNumberConstraint,
        SPARQL,
    ),
    "year whose gYear disagrees with its IRI": (
        _gyear_disagrees,
        CKGSH.YearAgreementConstraint,
        SPARQL,
    ),
    "year whose label disagrees with its IRI": (
        _year_label_disagrees,
        CKGSH.YearAgreementConstraint,
        SPARQL,
    ),
    "mention whose anchor differs from the context text": (
        _anchor_differs,
        CKGSH.PhraseAnchorConstraint,
        SPARQL,
    ),
    "mention that runs past its context": (
        _mention_past_context,
        CKGSH.PhraseOffsetsConstraint,
        SPARQL,
    ),
    "mention named for other offsets": (
        _mention_iri_disagrees,
        CKGSH.OffsetIriConstraint,
        SPARQL,
    ),
    "context whose end is not its text length": (
        _context_too_short,
        CKGSH.ContextLengthConstraint,
        SPARQL,
    ),
    "relation evidence without a rule": (
        _evidence_without_rule,
        CKGSH.EvidenceRuleShape,
        {SH.MinCountConstraintComponent},
    ),
    "relation evidence with two objects": (
        _evidence_with_two_objects,
        CKGSH.EvidenceObjectShape,
        {SH.MaxCountConstraintComponent},
    ),
}


def _without(shapes: Graph, pinned: URIRef) -> Graph:
    """The shapes graph with one named property shape or SPARQL constraint unhooked."""
    reduced = _copy(shapes)
    hooks = [(s, p, pinned) for p in (SH.property, SH.sparql) for s in shapes.subjects(p, pinned)]
    assert len(hooks) == 1, f"{pinned} should hang off exactly one shape"
    reduced.remove(hooks[0])
    return reduced


@pytest.mark.parametrize("case", sorted(VIOLATIONS))
def test_shape_catches_violation(data: Graph, shapes: Graph, core: Graph, case: str) -> None:
    damage, pinned, components = VIOLATIONS[case]
    broken = _copy(data)
    damage(broken)

    conforms, report, text = _validate(broken, shapes, core)
    assert not conforms
    assert _failures(report) == {(pinned, component) for component in components}, text

    # Without the pinned shape, nothing else notices: the shape is what this test pins.
    conforms, _report, text = _validate(broken, _without(shapes, pinned), core)
    assert conforms, text
