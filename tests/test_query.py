"""SPARQL: named queries (exact rows on a hand-written graph), bound values, result formats."""

from __future__ import annotations

import csv
import io
import json
import sys
import warnings
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef

from caexpo_kg import KnowledgeGraph, QueryError
from caexpo_kg.errors import CaexpoError, FormatError
from caexpo_kg.query.sparql import (
    QueryResult,
    SparqlStore,
    describe_named_query,
    load_named_query,
    named_queries,
    parse_binding,
    run_query,
)
from caexpo_kg.vocab import CKG, GRAPH, ID, RDF, RDFS

MINI = Path(__file__).parent / "data" / "caexpo-mini.trig"
ENGINES = ["oxigraph", "rdflib"]


def load_mini() -> KnowledgeGraph:
    # rdflib 7.6's Dataset.parse warns (DeprecationWarning) for TriG: not ours to fix here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return KnowledgeGraph.load(MINI)


@pytest.fixture(scope="module")
def mini() -> KnowledgeGraph:
    return load_mini()


# ------------------------------------------------------------ named queries: exact rows
EXPECTED = {
    "organisations-at-edition": [
        (
            "China-ASEAN Expo",
            "15",
            "15th China-ASEAN Expo",
            str(ID["organisation/huawei"]),
            "Huawei",
        ),
        (
            "China-ASEAN Expo",
            "15",
            "15th China-ASEAN Expo",
            str(ID["organisation/jd-com"]),
            "JD.com",
        ),
        (
            "China-ASEAN Expo",
            "15",
            "15th China-ASEAN Expo",
            str(ID["organisation/thailand-china-technology-transfer-center"]),
            "Thailand-China Technology Transfer Center",
        ),
        (
            "China-ASEAN Expo",
            "17",
            "17th China-ASEAN Expo",
            str(ID["organisation/huawei"]),
            "Huawei",
        ),
    ],
    "edition-timeline": [
        ("China-ASEAN Expo", "12", "12th China-ASEAN Expo", "2015", "false", None),
        ("China-ASEAN Expo", "15", "15th China-ASEAN Expo", "2018", "true", "Nanning"),
        ("China-ASEAN Expo", "17", "17th China-ASEAN Expo", "2020", "false", None),
    ],
    "launches": [
        (
            "12th China-ASEAN Expo",
            "Event",
            "2015",
            "China-ASEAN Information Harbor",
            "Initiative",
        ),
    ],
    "most-active-participants": [
        ("Huawei", "Organisation", "2"),
        ("JD.com", "Organisation", "1"),
        ("Thailand-China Technology Transfer Center", "Organisation", "1"),
        ("Wang Lei", "Person", "1"),
    ],
    "year-overview": [
        ("2014", "China-ASEAN E-commerce Summit", "Event", None, "false"),
        ("2015", "12th China-ASEAN Expo", "Event", None, "false"),
        ("2015", "China-ASEAN Information Harbor", "Initiative", None, "false"),
        ("2018", "15th China-ASEAN Expo", "Event", "Nanning", "true"),
        ("2020", "17th China-ASEAN Expo", "Event", None, "false"),
    ],
}

VARIABLES = {
    "organisations-at-edition": (
        "series",
        "editionNumber",
        "edition",
        "organisation",
        "organisationLabel",
    ),
    "edition-timeline": ("series", "editionNumber", "edition", "year", "yearInferred", "place"),
    "launches": ("launcher", "launcherClass", "year", "launched", "launchedClass"),
    "most-active-participants": ("participant", "participantClass", "events"),
    "year-overview": ("year", "thing", "class", "place", "inferred"),
}


def test_the_five_named_queries_ship() -> None:
    assert sorted(named_queries()) == sorted(EXPECTED)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_named_query_exact_rows(mini: KnowledgeGraph, name: str, engine: str) -> None:
    result = run_query(mini.dataset, load_named_query(name), engine=engine)
    assert result.variables == VARIABLES[name]
    assert result.values() == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_named_query_has_a_header_saying_what_it_answers(name: str) -> None:
    header = describe_named_query(name)
    assert "?" in header.splitlines()[0] or header.splitlines()[0].endswith(".")
    assert "Bindable:" in header


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("name", "bindings", "expected"),
    [
        (
            "organisations-at-edition",
            {"edition": "15th China-ASEAN Expo"},
            EXPECTED["organisations-at-edition"][:3],
        ),
        (
            "organisations-at-edition",
            {"edition": "17th China-ASEAN Expo"},
            EXPECTED["organisations-at-edition"][3:],
        ),
        ("organisations-at-edition", {"edition": "15th CAEXPO"}, []),  # labels, not aliases
        ("edition-timeline", {"series": "China-ASEAN Expo"}, EXPECTED["edition-timeline"]),
        ("edition-timeline", {"series": "Boao Forum"}, []),
        ("launches", {"launcher": "12th China-ASEAN Expo"}, EXPECTED["launches"]),
        ("year-overview", {"year": "2015"}, EXPECTED["year-overview"][1:3]),
        ("year-overview", {"year": "2018"}, EXPECTED["year-overview"][3:4]),
    ],
)
def test_named_query_with_bound_values(
    mini: KnowledgeGraph, name: str, bindings: dict[str, str], expected: list, engine: str
) -> None:
    assert run_query(mini.dataset, load_named_query(name), bindings, engine=engine).values() == (
        expected
    )


def test_kg_named_query_and_sparql(mini: KnowledgeGraph) -> None:
    rows = mini.named_query("year-overview", year="2020").values()
    assert rows == EXPECTED["year-overview"][4:]
    result = mini.sparql("SELECT ?e WHERE { ?e rdfs:label ?name }", name="Huawei")
    assert [row["e"] for row in result] == [ID["organisation/huawei"]]


def test_the_union_of_named_graphs_is_queried(mini: KnowledgeGraph) -> None:
    # The 15th edition's year is only in the inferred graph; the evidence in the mentions graph.
    query = "SELECT ?y WHERE { id:event\\/15th-china-asean-expo ckg:inYear ?y }"
    assert mini.sparql(query).values() == [(str(ID["year/2018"]),)]
    query = "SELECT (COUNT(?r) AS ?n) WHERE { ?r a ckg:RelationEvidence }"
    assert mini.sparql(query).values() == [("3",)]
    query = (
        "SELECT ?y WHERE { GRAPH ckgg:entities { id:event\\/15th-china-asean-expo ckg:inYear ?y } }"
    )
    assert mini.sparql(query).values() == []


# ------------------------------------------------------------ values are bound, never spliced
NASTY = [
    'Acme "Quoted" Ltd',
    "Brace } UNION { ?org ?p ?name } #",
    "Hash # comment",
    '"} ; DROP ALL ; {"',
    "It's O'Brien \\ Co {}",
]


def _nasty_dataset() -> Dataset:
    dataset = Dataset()
    entities = dataset.graph(GRAPH.ENTITIES)
    for number, label in enumerate(NASTY):
        node = ID[f"organisation/nasty-{number}"]
        entities.add((node, RDF.type, CKG.Organisation))
        entities.add((node, RDFS.label, Literal(label)))
    entities.add((ID["organisation/plain"], RDF.type, CKG.Organisation))
    entities.add((ID["organisation/plain"], RDFS.label, Literal("Plain")))
    return dataset


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("number", range(len(NASTY)))
def test_names_with_quotes_braces_and_hashes_are_bound_as_values(engine: str, number: int) -> None:
    dataset = _nasty_dataset()
    query = "SELECT ?org ?name WHERE { ?org a ckg:Organisation ; rdfs:label ?name }"
    result = run_query(dataset, query, {"name": NASTY[number]}, engine=engine)
    assert result.values() == [(str(ID[f"organisation/nasty-{number}"]), NASTY[number])]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_spliced_injection_would_match_everything_but_binding_matches_nothing(
    engine: str,
) -> None:
    dataset = _nasty_dataset()
    query = "SELECT ?org ?name WHERE { ?org rdfs:label ?name }"
    # Spliced into '... rdfs:label "%s" }', this would close the literal and match every row.
    evil = 'x" } UNION { ?org rdfs:label ?name } #'
    assert run_query(dataset, query, {"name": evil}, engine=engine).values() == []
    assert len(run_query(dataset, query, engine=engine)) == len(NASTY) + 1


def test_named_query_binding_with_a_nasty_name_finds_nothing_and_breaks_nothing(
    mini: KnowledgeGraph,
) -> None:
    result = mini.named_query("organisations-at-edition", edition='15th" } #{')
    assert result.values() == []


def test_parse_binding() -> None:
    assert parse_binding("edition=15th China-ASEAN Expo") == (
        "edition",
        Literal("15th China-ASEAN Expo"),
    )
    assert parse_binding("?x=<https://example.org/a>") == ("x", URIRef("https://example.org/a"))
    assert parse_binding('name=a "b" = {c} # d') == ("name", Literal('a "b" = {c} # d'))
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_binding("no-equals-sign")
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_binding("bad name=x")


def test_binding_a_variable_the_query_does_not_have_is_a_query_error(
    mini: KnowledgeGraph,
) -> None:
    with pytest.raises(QueryError, match=r"cannot bind \?nosuch"):
        mini.sparql("SELECT ?e WHERE { ?e rdfs:label ?name }", nosuch="x")
    with pytest.raises(QueryError, match=r"cannot bind \?nam:"):
        mini.sparql("SELECT ?e WHERE { ?e rdfs:label ?name }", nam="x")


def test_binding_a_variable_that_is_not_selected_still_works(mini: KnowledgeGraph) -> None:
    result = mini.sparql("SELECT ?e WHERE { ?e rdfs:label ?name }", name="Huawei")
    assert result.values() == [(str(ID["organisation/huawei"]),)]


def test_typed_python_values_are_bound_as_typed_literals(mini: KnowledgeGraph) -> None:
    query = "SELECT ?event ?n WHERE { ?event ckg:editionNumber ?n }"
    assert mini.sparql(query, n=15).values() == [(str(ID["event/15th-china-asean-expo"]), "15")]
    with pytest.raises(QueryError, match="cannot bind"):
        mini.sparql(query, n=object())


# ------------------------------------------------------------ errors
@pytest.mark.parametrize("engine", ENGINES)
def test_malformed_sparql_is_one_line(mini: KnowledgeGraph, engine: str) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(mini.dataset, "SELECT ?x WHERE { ?x a ckg:Year ", engine=engine)
    message = str(caught.value)
    assert message.startswith("malformed SPARQL")
    assert "\n" not in message


def test_unknown_names_raise_our_errors(mini: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="unknown named query 'nope'; known: edition-timeline"):
        load_named_query("nope")
    with pytest.raises(FormatError, match="unknown results format"):
        mini.sparql("ASK {}").serialize("xml")
    with pytest.raises(QueryError, match="unknown SPARQL engine"):
        run_query(mini.dataset, "ASK {}", engine="jena")


# ------------------------------------------------------------ result formats
def _timeline(mini: KnowledgeGraph) -> QueryResult:
    return mini.named_query("edition-timeline")


def test_json_results_follow_sparql_11_query_results_json(mini: KnowledgeGraph) -> None:
    document = json.loads(_timeline(mini).serialize("json"))
    assert document["head"]["vars"] == list(VARIABLES["edition-timeline"])
    first, second = document["results"]["bindings"][:2]
    assert first["series"] == {"type": "literal", "value": "China-ASEAN Expo"}
    assert first["editionNumber"] == {
        "type": "literal",
        "value": "12",
        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
    }
    assert "place" not in first  # unbound: left out
    assert second["yearInferred"]["datatype"] == "http://www.w3.org/2001/XMLSchema#boolean"
    rows = json.loads(mini.sparql("SELECT ?o WHERE { ?o rdfs:label 'JD.com' }").serialize("json"))
    assert rows["results"]["bindings"] == [
        {"o": {"type": "uri", "value": str(ID["organisation/jd-com"])}}
    ]
    assert json.loads(mini.sparql("ASK { ?x ckg:launched ?y }").serialize("json")) == {
        "head": {},
        "boolean": True,
    }


def test_csv_results(mini: KnowledgeGraph) -> None:
    text = _timeline(mini).serialize("csv")
    assert text.splitlines()[0] == "series,editionNumber,edition,year,yearInferred,place"
    assert "\r\n" in text
    assert list(csv.reader(io.StringIO(text)))[2] == [
        "China-ASEAN Expo",
        "15",
        "15th China-ASEAN Expo",
        "2018",
        "true",
        "Nanning",
    ]


def test_tsv_results_use_turtle_terms(mini: KnowledgeGraph) -> None:
    lines = _timeline(mini).serialize("tsv").splitlines()
    assert lines[0] == "?series\t?editionNumber\t?edition\t?year\t?yearInferred\t?place"
    integer = "<http://www.w3.org/2001/XMLSchema#integer>"
    boolean = "<http://www.w3.org/2001/XMLSchema#boolean>"
    assert lines[1] == (
        f'"China-ASEAN Expo"\t"12"^^{integer}\t"12th China-ASEAN Expo"\t"2015"\t'
        f'"false"^^{boolean}\t'
    )
    org = mini.sparql("SELECT ?o WHERE { ?o rdfs:label 'JD.com' }").serialize("tsv")
    assert org == f"?o\n<{ID['organisation/jd-com']}>\n"
    tricky = QueryResult(("x",), ((Literal('a\t"b"\nc', lang="en"),),))
    assert tricky.serialize("tsv") == '?x\n"a\\t\\"b\\"\\nc"@en\n'


def test_table_results_are_readable(mini: KnowledgeGraph) -> None:
    table = mini.named_query("organisations-at-edition", edition="15th China-ASEAN Expo").serialize(
        "table"
    )
    lines = table.splitlines()
    assert lines[0].split() == list(VARIABLES["organisations-at-edition"])
    assert set(lines[1]) <= {"-", " "}
    assert "id:organisation/jd-com" in lines[3]  # IRIs shortened with the graph's prefixes
    assert lines[-1] == "(3 rows)"
    assert mini.sparql("ASK { ?x ckg:launched ?y }").serialize("table") == "yes\n"


def test_construct_gives_subject_predicate_object_rows(mini: KnowledgeGraph) -> None:
    result = mini.sparql("CONSTRUCT { ?e ckg:launched ?i } WHERE { ?e ckg:launched ?i }")
    assert result.variables == ("subject", "predicate", "object")
    assert result.values() == [
        (
            str(ID["event/12th-china-asean-expo"]),
            str(CKG.launched),
            str(ID["initiative/china-asean-information-harbor"]),
        )
    ]


def test_the_pyoxigraph_copy_follows_changes_to_the_dataset() -> None:
    kg = load_mini()
    store = SparqlStore(kg.dataset)
    query = "SELECT ?o WHERE { ?o rdfs:label ?name }"
    assert run_query(store, query, name="Xiaomi").values() == []
    kg.graph("entities").add((ID["organisation/xiaomi"], RDFS.label, Literal("Xiaomi")))
    assert run_query(store, query, name="Xiaomi").values() == [(str(ID["organisation/xiaomi"]),)]


# ------------------------------------------------------------ the real sample graph
@pytest.mark.model
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_named_query_runs_on_the_sample_graph(sample_kg: KnowledgeGraph, name: str) -> None:
    result = sample_kg.named_query(name)
    assert result.variables == VARIABLES[name]
    assert (
        result.values()
        == run_query(sample_kg.dataset, load_named_query(name), engine="rdflib").values()
    )
    for format_name in ("table", "csv", "tsv", "json"):
        assert result.serialize(format_name)


def test_a_result_as_a_dataframe_keeps_columns_order_and_python_values(
    mini: KnowledgeGraph,
) -> None:
    pandas = pytest.importorskip("pandas")
    frame = _timeline(mini).to_dataframe()
    assert list(frame.columns) == list(VARIABLES["edition-timeline"])
    first = frame.iloc[0]
    assert first["series"] == "China-ASEAN Expo"
    assert first["editionNumber"] == 12  # xsd:integer → int
    assert frame["yearInferred"].tolist()[1] is True  # xsd:boolean → bool
    assert first["year"] == "2015"  # xsd:gYear, which rdflib does not convert: its lexical form
    assert pandas.isna(first["place"])  # unbound
    assert len(frame) == len(_timeline(mini))
    iris = mini.sparql("SELECT ?o WHERE { ?o rdfs:label 'JD.com' }").to_dataframe()
    assert iris["o"].tolist() == [str(ID["organisation/jd-com"])]
    assert mini.sparql("ASK { ?x ckg:launched ?y }").to_dataframe().to_dict("list") == {
        "boolean": [True]
    }


def test_without_pandas_to_dataframe_says_how_to_get_it(
    mini: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas → ImportError
    with pytest.raises(CaexpoError, match=r'pip install "caexpo-kg\[notebooks\]"'):
        _timeline(mini).to_dataframe()


def test_a_bound_string_that_names_no_entity_is_reported_with_close_names(
    mini: KnowledgeGraph,
) -> None:
    mini.check_bound_names({"edition": "15th China-ASEAN Expo", "year": "2018"})  # both known
    with pytest.raises(QueryError, match=r"\?edition = '15th CAEXPOO' is no entity's label"):
        mini.check_bound_names({"edition": "15th CAEXPOO"})
    mini.check_bound_names({"n": 15, "iri": ID["organisation/jd-com"]})  # not names: not checked
