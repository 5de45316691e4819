"""The networkx view: entities only, relations with evidence, paths, neighbours, centrality."""

from __future__ import annotations

import warnings
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from caexpo_kg import EntityNotFoundError, KnowledgeGraph, QueryError
from caexpo_kg.query import graph as graph_module
from caexpo_kg.query.graph import (
    betweenness,
    entity_table,
    find_entity,
    graph_stats,
    neighbourhood,
    relation_properties,
    shortest_paths,
    to_networkx,
    to_rdf,
)
from caexpo_kg.vocab import CKG, CORE_PROPERTIES, GRAPH, ID, RDFS

MINI = Path(__file__).parent / "data" / "caexpo-mini.trig"
HUAWEI = str(ID["organisation/huawei"])
EXPO15 = str(ID["event/15th-china-asean-expo"])
NICEC = "Nanning International Convention and Exhibition Center"


def load_mini() -> KnowledgeGraph:
    # rdflib 7.6's Dataset.parse warns (DeprecationWarning) for TriG: not ours to fix here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return KnowledgeGraph.load(MINI)


@pytest.fixture(scope="module")
def mini() -> KnowledgeGraph:
    return load_mini()


@pytest.fixture(scope="module")
def view(mini: KnowledgeGraph) -> nx.MultiDiGraph:
    return to_networkx(mini.dataset)


# ------------------------------------------------------------ the view
def test_nodes_are_the_entities_only(view: nx.MultiDiGraph) -> None:
    assert view.number_of_nodes() == 23
    assert all(node.startswith(str(ID)) for node in view)
    assert not any("/document/" in node or "#" in node for node in view)  # no docs, no mentions
    assert view.nodes[HUAWEI] == {
        "iri": HUAWEI,
        "label": "Huawei",
        "class": "Organisation",
        "aliases": [],
    }
    assert view.nodes[EXPO15]["aliases"] == ["15th CAEXPO"]
    assert view.nodes[str(ID["event/china-asean-expo"])]["class"] == "Event"  # not EventSeries


def test_edges_carry_predicate_evidence_and_inferred(view: nx.MultiDiGraph) -> None:
    assert view.number_of_edges() == 24
    edge = view.edges[HUAWEI, EXPO15, "participatedIn"]
    assert edge == {
        "predicate": "participatedIn",
        "evidence": [
            "At the 15th CAEXPO, Chinese tech giant Huawei presented future scenarios of a "
            "micro smart city."
        ],
        "rules": ["participatedIn:at-edition"],
        "inferred": False,
    }
    year = view.edges[EXPO15, str(ID["year/2018"]), "inYear"]
    assert year["inferred"] is True
    assert year["evidence"] == []
    assert year["rules"] == ["inYear:from-other-editions"]
    # sub-properties of the core ten are relations too
    assert view.has_edge(str(ID["organisation/jd-com"]), EXPO15, "exhibitedAt")


def test_relation_properties_are_the_core_ten_and_their_sub_properties() -> None:
    names = set(relation_properties().values())
    assert set(CORE_PROPERTIES) <= names
    assert {"exhibitedAt", "spokeAt"} <= names
    assert "editionNumber" not in names


def _projection(source: Graph) -> Graph:
    """The entity triples, selected independently of graph.py (a SPARQL CONSTRUCT)."""
    relations = " ".join(f"ckg:{name}" for name in [*CORE_PROPERTIES, "exhibitedAt", "spokeAt"])
    query = f"""
        PREFIX ckg: <https://w3id.org/caexpo-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        CONSTRUCT {{ ?s ?p ?o }} WHERE {{
            VALUES ?class {{ ckg:Organisation ckg:Event ckg:Year ckg:Place ckg:Person
                            ckg:Initiative }}
            ?s a ?class .
            {{
                ?s a ?o BIND(rdf:type AS ?p)
                VALUES ?o {{ ckg:Organisation ckg:Event ckg:Year ckg:Place ckg:Person
                            ckg:Initiative }}
            }}
            UNION {{ ?s rdfs:label ?o BIND(rdfs:label AS ?p) }}
            UNION {{ ?s skos:altLabel ?o BIND(skos:altLabel AS ?p) }}
            UNION {{
                VALUES ?p {{ {relations} }}
                ?s ?p ?o . ?o a ?other .
                VALUES ?other {{ ckg:Organisation ckg:Event ckg:Year ckg:Place ckg:Person
                                ckg:Initiative }}
            }}
        }}"""
    return source.query(query).graph  # type: ignore[return-value]


def test_entity_triples_to_networkx_and_back_is_isomorphic(mini: KnowledgeGraph) -> None:
    union = mini.union()
    expected = _projection(union)
    assert len(expected) == 23 + 23 + 7 + 24  # types, labels, aliases, relations
    back = to_rdf(to_networkx(mini.dataset))
    assert isomorphic(back, expected)
    assert isomorphic(to_rdf(to_networkx(expected)), expected)


def test_round_trip_notices_a_lost_triple(mini: KnowledgeGraph) -> None:
    view = to_networkx(mini.dataset)
    view.remove_edge(HUAWEI, EXPO15, "participatedIn")
    assert not isomorphic(to_rdf(view), _projection(mini.union()))


def test_a_plain_graph_works_too(mini: KnowledgeGraph) -> None:
    view = to_networkx(mini.graph("entities"))
    assert view.number_of_nodes() == 23
    assert view.number_of_edges() == 23  # the inferred year is in another graph
    assert all(data["inferred"] is False for _, _, data in view.edges(data=True))


# ------------------------------------------------------------ finding entities
def test_find_by_label_alias_and_case(mini: KnowledgeGraph) -> None:
    table = entity_table(mini.dataset)
    assert find_entity(table, "Huawei").iri == ID["organisation/huawei"]
    assert find_entity(table, "huawei").label == "Huawei"
    assert find_entity(table, "15TH caexpo").iri == ID["event/15th-china-asean-expo"]
    assert find_entity(table, "  ASEAN ").core_class == "Organisation"
    assert find_entity(table, str(ID["place/nanning"])).label == "Nanning"
    assert mini.find("guangxi").label == "Guangxi Zhuang Autonomous Region"


def test_unknown_name_suggests_close_names(mini: KnowledgeGraph) -> None:
    with pytest.raises(EntityNotFoundError) as caught:
        mini.find("Huawai")
    assert caught.value.name == "Huawai"
    assert caught.value.suggestions[0] == "Huawei"
    assert "did you mean: 'Huawei'" in str(caught.value)
    with pytest.raises(EntityNotFoundError) as caught:
        mini.find("Qwxzy Plonk")
    assert caught.value.suggestions == []


def test_a_label_beats_an_alias() -> None:
    graph = Graph()
    graph.parse(
        data="""
        @prefix ckg: <https://w3id.org/caexpo-kg/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://w3id.org/caexpo-kg/id/organisation/a> a ckg:Organisation ;
            rdfs:label "Alpha" ; skos:altLabel "Beta" .
        <https://w3id.org/caexpo-kg/id/organisation/b> a ckg:Organisation ; rdfs:label "Beta" .
        """,
        format="turtle",
    )
    assert find_entity(entity_table(graph), "beta").iri == ID["organisation/b"]


def test_entities_by_type(mini: KnowledgeGraph) -> None:
    people = mini.entities("person")
    assert [(e.label, e.core_class) for e in people] == [
        ("Wang Lei", "Person"),
        ("Yu Xiangquan", "Person"),
    ]
    assert [e.core_class for e in mini.entities("ckg:Year")] == ["Year"] * 4
    everything = mini.entities()
    assert len(everything) == 23
    assert everything[0].core_class == "Organisation"
    with pytest.raises(QueryError, match="unknown class 'Thing'"):
        mini.entities("Thing")


# ------------------------------------------------------------ paths and neighbours
def test_shortest_paths_keep_the_direction_of_each_triple(view: nx.MultiDiGraph) -> None:
    paths = shortest_paths(view, "Huawei", NICEC, k=3)
    assert [str(p) for p in paths] == [
        f"Huawei -participatedIn-> 15th China-ASEAN Expo -editionOf-> China-ASEAN Expo "
        f"-heldIn-> {NICEC}",
        f"Huawei -participatedIn-> 17th China-ASEAN Expo -editionOf-> China-ASEAN Expo "
        f"-heldIn-> {NICEC}",
        f"Huawei -participatedIn-> 15th China-ASEAN Expo -heldIn-> Nanning <-locatedIn- {NICEC}",
    ]
    first = paths[0]
    assert first.start == HUAWEI
    assert first.end == str(ID["place/nanning-international-convention-and-exhibition-center"])
    assert [s.forward for s in paths[2].steps] == [True, True, False]
    assert str(shortest_paths(view, NICEC, "15th CAEXPO")[0]) == (
        f"{NICEC} <-heldIn- China-ASEAN Expo <-editionOf- 15th China-ASEAN Expo"
    )


def test_no_path_and_same_node(view: nx.MultiDiGraph) -> None:
    assert shortest_paths(view, "Huawei", "ASEAN") == []  # Thailand-ASEAN is an island
    same = shortest_paths(view, "Huawei", "huawei")
    assert len(same) == 1 and len(same[0]) == 0 and str(same[0]) == "Huawei"
    with pytest.raises(QueryError):
        shortest_paths(view, "Huawei", "ASEAN", k=0)
    with pytest.raises(EntityNotFoundError):
        shortest_paths(view, "Huawei", "Nowhere Expo")


def test_neighbours_within_depth(view: nx.MultiDiGraph) -> None:
    assert [str(p) for p in neighbourhood(view, "15th CAEXPO")] == [
        "15th China-ASEAN Expo -inYear-> 2018",
        "15th China-ASEAN Expo -editionOf-> China-ASEAN Expo",
        "15th China-ASEAN Expo <-participatedIn- Huawei",
        "15th China-ASEAN Expo <-exhibitedAt- JD.com",
        "15th China-ASEAN Expo -heldIn-> Nanning",
        "15th China-ASEAN Expo <-participatedIn- Thailand-China Technology Transfer Center",
    ]
    two = neighbourhood(view, "15th CAEXPO", depth=2)
    assert len(two) == 6 + 6
    assert max(len(p) for p in two) == 2


def test_neighbours_over_one_relation_include_its_sub_properties(view: nx.MultiDiGraph) -> None:
    paths = neighbourhood(view, "15th CAEXPO", depth=2, predicate="participatedIn")
    assert [str(p) for p in paths] == [
        "15th China-ASEAN Expo <-participatedIn- Huawei",
        "15th China-ASEAN Expo <-exhibitedAt- JD.com",
        "15th China-ASEAN Expo <-participatedIn- Thailand-China Technology Transfer Center",
        "15th China-ASEAN Expo <-participatedIn- Huawei -participatedIn-> 17th China-ASEAN Expo",
    ]
    only = neighbourhood(view, "15th CAEXPO", predicate="ckg:exhibitedAt")
    assert [str(p) for p in only] == ["15th China-ASEAN Expo <-exhibitedAt- JD.com"]
    with pytest.raises(QueryError, match="unknown relation 'visited'"):
        neighbourhood(view, "Huawei", predicate="visited")
    with pytest.raises(QueryError):
        neighbourhood(view, "Huawei", depth=0)


# ------------------------------------------------------------ centrality and counts
def test_stats(view: nx.MultiDiGraph) -> None:
    stats = graph_stats(view, top=3)
    assert stats.entities == 23 and stats.relations == 24
    assert stats.classes == {
        "Organisation": 6,
        "Event": 5,
        "Year": 4,
        "Place": 5,
        "Person": 2,
        "Initiative": 1,
    }
    assert stats.properties["inYear"] == 5
    assert stats.properties["exhibitedAt"] == 1
    assert stats.by_degree == [
        ("15th China-ASEAN Expo", 6),
        ("China-ASEAN Expo", 5),
        ("17th China-ASEAN Expo", 4),
    ]
    assert [label for label, _ in stats.by_betweenness] == [
        "China-ASEAN Expo",
        "15th China-ASEAN Expo",
        "12th China-ASEAN Expo",
    ]
    text = stats.format()
    assert "23 entities, 24 relations" in text
    assert "most central by betweenness:" in text


def test_betweenness_is_sampled_on_big_graphs_and_stays_deterministic(
    view: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    exact = betweenness(view)
    monkeypatch.setattr(graph_module, "BETWEENNESS_EXACT_UP_TO", 10)
    monkeypatch.setattr(graph_module, "BETWEENNESS_SAMPLE", 8)
    sampled = betweenness(view)
    assert sampled == betweenness(view)  # a fixed seed
    assert sampled != exact
    assert set(sampled) == set(exact)


# ------------------------------------------------------------ the KnowledgeGraph methods
def test_knowledge_graph_methods(mini: KnowledgeGraph) -> None:
    view = mini.to_networkx()
    assert isinstance(view, nx.MultiDiGraph)
    view.clear()  # a copy: the cached view is untouched
    assert mini.to_networkx().number_of_nodes() == 23
    assert str(mini.path("Huawei", "Nanning")[0]) == (
        "Huawei -participatedIn-> 15th China-ASEAN Expo -heldIn-> Nanning"
    )
    assert [str(p) for p in mini.neighbors("Wang Lei")] == [
        "Wang Lei -spokeAt-> 17th China-ASEAN Expo",
        "Wang Lei -affiliatedWith-> Huawei",
    ]
    assert mini.stats(top=1).by_degree == [("15th China-ASEAN Expo", 6)]


def test_the_cached_view_follows_changes(mini: KnowledgeGraph) -> None:
    kg = load_mini()
    assert kg.path("Yu Xiangquan", "Huawei") == []
    kg.graph("entities").add(
        (ID["person/yu-xiangquan"], CKG.affiliatedWith, ID["organisation/huawei"])
    )
    assert str(kg.path("Yu Xiangquan", "Huawei")[0]) == "Yu Xiangquan -affiliatedWith-> Huawei"
    kg.graph("entities").add((ID["person/yu-xiangquan"], RDFS.label, Literal("Yu X.")))
    assert kg.find("Yu X.").label == "Yu X."  # the sorted-first label wins
    assert mini.dataset.graph(GRAPH.INFERRED) is not None
