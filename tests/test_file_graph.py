"""A graph file is read by pyoxigraph into a store, and every reader reads that store.

rdflib stays as a copy made on request (``kg.dataset``): these tests pin that the store
holds what the file holds, writes the same bytes as the rdflib dataset it came from,
keeps the offsets' datatype Oxigraph would lose, and takes in edits made through the
copy; and that the readers never make the copy.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal

from caexpo_kg import KnowledgeGraph, build
from caexpo_kg.builder import Builder, StoreSink
from caexpo_kg.cli import main
from caexpo_kg.errors import InputError
from caexpo_kg.query.viz import graph_data
from caexpo_kg.rdf import FORMATS, load_store, serialize
from caexpo_kg.rdf.validate import validate_dataset
from caexpo_kg.read.corpus import read_documents
from caexpo_kg.vocab import CKG, GRAPH, ID, NIF, RDFS, XSD
from conftest import SAMPLE

MINI = Path(__file__).parent / "data" / "caexpo-mini.trig"
OUTPUT_FORMATS = ("turtle", "nt", "nquads", "trig", "json-ld", "xml")
EXTENSIONS = {"turtle": "ttl", "nt": "nt", "nquads": "nq", "trig": "trig"}
EXTENSIONS.update({"json-ld": "jsonld", "xml": "rdf"})


def rdflib_dataset(path: Path) -> Dataset:
    """The file as rdflib reads it (the reader before this one)."""
    dataset = Dataset()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(path, format="trig")
    return dataset


@pytest.fixture(scope="module")
def blank_sample() -> KnowledgeGraph:
    """The sample corpus built model-free (blank pipeline), no SHACL check: fast."""
    return build([SAMPLE], model="blank", validate=False)


# ------------------------------------------------------------------ reading a file
def test_a_quad_file_loads_into_a_store_with_its_named_graphs() -> None:
    kg = KnowledgeGraph.load(MINI)
    assert isinstance(kg.store, ox.Store)
    expected = rdflib_dataset(MINI)
    graphs = {str(g.identifier) for g in expected.graphs() if len(g)}
    assert {g.value for g in kg.store.named_graphs()} == graphs
    assert len(kg) == len(list(expected.quads((None, None, None, None))))


def test_a_triple_file_lands_in_the_entity_graph(tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    KnowledgeGraph.load(MINI).write(path)
    kg = KnowledgeGraph.load(path)
    assert {q.graph_name.value for q in kg.store} == {str(GRAPH.ENTITIES)}


@pytest.mark.parametrize("rdf_format", OUTPUT_FORMATS)
def test_every_format_reads_back_the_graph_it_wrote(tmp_path: Path, rdf_format: str) -> None:
    """JSON-LD and RDF/XML included: pyoxigraph reads every format the package writes."""
    original = KnowledgeGraph.load(MINI)
    path = tmp_path / f"graph.{EXTENSIONS[rdf_format]}"
    original.write(path)
    again = KnowledgeGraph.load(path)
    quads = rdf_format in ("nquads", "trig", "json-ld")
    assert again.serialize("nquads" if quads else "nt") == original.serialize(
        "nquads" if quads else "nt"
    )


def test_standard_input_is_read_as_turtle(tmp_path: Path) -> None:
    turtle = KnowledgeGraph.load(MINI).serialize("turtle")
    result = CliRunner().invoke(main, ["stats", "-", "--top", "1"], input=turtle)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("23 entities")


@pytest.mark.parametrize("extension", sorted(set(FORMATS) - {"turtle", "ntriples", "nquads"}))
def test_a_file_that_is_not_rdf_is_one_line_naming_it(tmp_path: Path, extension: str) -> None:
    path = tmp_path / f"broken.{extension}"
    path.write_text('this is <not "RDF { at all', encoding="utf-8")
    with pytest.raises(InputError, match=rf"broken\.{extension}: not valid"):
        load_store(path)
    result = CliRunner().invoke(main, ["query", str(path), "ASK {}"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "broken." in result.stderr
    assert "Traceback" not in result.output


# ------------------------------------------------------------------ writing the store
@pytest.mark.parametrize("rdf_format", OUTPUT_FORMATS)
def test_the_store_writes_the_bytes_the_rdflib_dataset_writes(
    blank_sample: KnowledgeGraph, rdf_format: str
) -> None:
    """kg.serialize reads the store; the dataset it was built from gives the same bytes."""
    assert blank_sample.serialize(rdf_format) == serialize(blank_sample.dataset, rdf_format)


@pytest.mark.model
@pytest.mark.parametrize("rdf_format", ["turtle", "trig", "nquads"])
def test_the_sample_graph_writes_the_same_bytes_from_its_store(
    sample_kg: KnowledgeGraph, rdf_format: str
) -> None:
    assert sample_kg.serialize(rdf_format) == serialize(sample_kg.dataset, rdf_format)


def test_offsets_are_integers_in_files_and_stores_alike(
    tmp_path: Path, blank_sample: KnowledgeGraph
) -> None:
    """Oxigraph keeps every integer type as xsd:integer, so offsets are written as
    xsd:integer (of at least 0, as the shapes ask): a file read through a store writes
    and validates as it was."""
    path = tmp_path / "sample.trig"
    blank_sample.write(path)
    assert b"nonNegativeInteger" not in path.read_bytes()
    kg = KnowledgeGraph.load(path)
    offsets = set(kg.graph("mentions").objects(None, NIF.beginIndex))
    assert offsets and {o.datatype for o in offsets} == {XSD.integer}
    assert kg.serialize("trig") == path.read_bytes()
    assert validate_dataset(kg.dataset).conforms


# ------------------------------------------------------------------ the rdflib copy
def test_a_graph_made_from_a_dataset_holds_its_quads() -> None:
    dataset = rdflib_dataset(MINI)
    kg = KnowledgeGraph.from_dataset(dataset)
    assert len(kg) == len(list(dataset.quads((None, None, None, None))))
    assert kg.dataset is dataset


def test_edits_through_the_dataset_copy_reach_the_store() -> None:
    kg = KnowledgeGraph.load(MINI)
    query = "SELECT ?o WHERE { ?o rdfs:label ?name }"
    assert kg.sparql(query, name="Xiaomi").values() == []
    entities = kg.graph("entities")
    huawei = ID["organisation/huawei"]
    entities.add((ID["organisation/xiaomi"], RDFS.label, Literal("Xiaomi")))
    assert kg.sparql(query, name="Xiaomi").values() == [(str(ID["organisation/xiaomi"]),)]
    # a triple swapped for another leaves every graph's size as it was: still seen
    entities.remove((huawei, RDFS.label, Literal("Huawei")))
    entities.add((huawei, RDFS.label, Literal("Huawei Technologies")))
    assert kg.sparql(query, name="Huawei").values() == []
    assert kg.find("Huawei Technologies").iri == huawei


def test_edits_to_the_store_itself_reach_the_views() -> None:
    kg = KnowledgeGraph.load(MINI)
    assert kg.path("Yu Xiangquan", "Huawei") == []
    kg.store.add(
        ox.Quad(
            ox.NamedNode(str(ID["person/yu-xiangquan"])),
            ox.NamedNode(str(CKG.affiliatedWith)),
            ox.NamedNode(str(ID["organisation/huawei"])),
            ox.NamedNode(str(GRAPH.ENTITIES)),
        )
    )
    assert str(kg.path("Yu Xiangquan", "Huawei")[0]) == "Yu Xiangquan -affiliatedWith-> Huawei"


def test_the_readers_never_copy_the_store_into_rdflib(monkeypatch: pytest.MonkeyPatch) -> None:
    kg = KnowledgeGraph.load(MINI)

    def refuse(store: object) -> Dataset:
        raise AssertionError("a reader copied the store into rdflib")

    monkeypatch.setattr("caexpo_kg.query.sparql.store_to_dataset", refuse)
    monkeypatch.setattr("caexpo_kg.rdf.store_to_dataset", refuse)
    assert kg.named_query("organisations-at-edition", edition="15th China-ASEAN Expo")
    assert kg.path("Huawei", "Nanning")
    assert kg.stats(top=3).entities == 23
    assert kg.explain("Huawei", "participatedIn", "15th CAEXPO")
    assert graph_data(kg)["nodes"]
    assert kg.serialize("turtle")


# ------------------------------------------------------------------ a store folder
def test_a_store_folder_is_read_in_place_with_its_evidence(tmp_path: Path) -> None:
    """The store keeps mentions and evidence in one graph per document: the readers
    find them there (before, viz of a store drew no source sentences)."""
    folder = tmp_path / "store"
    Builder(model="blank").build(read_documents([SAMPLE]), StoreSink(folder))
    kg = KnowledgeGraph.open_store(folder)
    from_file = build([SAMPLE], model="blank", validate=False)
    assert kg.entities() == from_file.entities()
    data, expected = graph_data(kg), graph_data(from_file)
    assert data["nodes"] == expected["nodes"]
    assert any(node["sources"] for node in data["nodes"])
    assert data["edges"] == expected["edges"]
    some = next(iter(kg.to_networkx().edges(keys=True)))
    subject, obj = (kg.to_networkx().nodes[n]["label"] for n in some[:2])
    assert kg.explain(subject, some[2], obj) == from_file.explain(subject, some[2], obj)
