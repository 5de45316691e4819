"""The Oxigraph store: same triples as the file build, incremental = from scratch, servable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from _servers import oxigraph_server, sparql_select
from caexpo_kg.api import build_documents
from caexpo_kg.builder import Builder, BuildReport, StoreSink
from caexpo_kg.cli import main
from caexpo_kg.extract.nlp import _load_pipeline
from caexpo_kg.pipeline.codec import extraction_from_json, extraction_to_json
from caexpo_kg.pipeline.document import extract_documents
from caexpo_kg.pipeline.engines import LocalEngine
from caexpo_kg.rdf import to_oxigraph
from caexpo_kg.read.corpus import read_documents
from caexpo_kg.sink.store import LEDGER, GraphStore, document_graph
from caexpo_kg.vocab import BASE
from conftest import SAMPLE


def _build(store: GraphStore, documents, **options) -> BuildReport:
    options = {"model": "blank", "validate": False, **options}
    return Builder(**options).build(documents, StoreSink(store))


def _documents(folder: Path = SAMPLE):
    return list(read_documents([folder]))


def _knowledge_quads(store: GraphStore) -> set[ox.Quad]:
    return set(store.oxigraph)


def _ledger(store: GraphStore) -> list[tuple]:
    return store.ledger._db.execute("SELECT * FROM document ORDER BY iri").fetchall()


def _triples(quads) -> set[ox.Triple]:
    return {q.triple for q in quads}


def test_extraction_json_round_trip(blank_nlp):
    for extraction in extract_documents(blank_nlp, _documents()):
        assert extraction_from_json(extraction_to_json(extraction)) == extraction


def test_store_holds_the_same_triples_as_the_file_build(tmp_path):
    documents = _documents()
    store = GraphStore(tmp_path / "store")
    report = _build(store, documents)
    assert (report.documents, report.extracted, report.unchanged) == (10, 10, 0)
    expected = ox.Store()
    kg = build_documents(documents, model="blank")
    expected.extend(
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph())
        for s, p, o, _ in kg.dataset.quads((None, None, None, None))
    )
    assert _triples(_knowledge_quads(store)) == _triples(expected)
    graphs = set(store.oxigraph.named_graphs())
    assert document_graph(documents[0].id) in graphs
    assert ox.NamedNode("https://w3id.org/caexpo-kg/graph/entities") in graphs
    assert store.documents() == [d.id for d in documents]


def test_incremental_build_equals_a_build_from_scratch(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE, corpus)
    store = GraphStore(tmp_path / "incremental")
    _build(store, _documents(corpus))

    again = _build(store, _documents(corpus))
    assert (again.extracted, again.unchanged, again.rewritten) == (0, 10, 0)

    files = sorted(corpus.iterdir())
    files[0].unlink()  # deleted
    files[1].write_text(files[1].read_text() + "\nThe ASEAN-China Centre (ACC) took part.\n")
    shutil.copy(files[2], corpus / "11-a-copy.md")  # new
    changed = _build(store, _documents(corpus))
    assert (changed.documents, changed.extracted, changed.unchanged, changed.removed) == (
        10,
        2,
        8,
        1,
    )
    assert document_graph(files[0].stem) not in set(store.oxigraph.named_graphs())

    scratch = GraphStore(tmp_path / "scratch")
    _build(scratch, _documents(corpus))
    assert set(store.oxigraph) == set(scratch.oxigraph)
    assert _ledger(store) == _ledger(scratch)


def test_a_new_model_or_rules_version_reads_everything_again(tmp_path, monkeypatch):
    store = GraphStore(tmp_path / "store")
    _build(store, _documents())
    import caexpo_kg.builder as build_module

    original = build_module.fingerprint
    monkeypatch.setattr(build_module, "fingerprint", lambda d, m, r: original(d, m, r + "-changed"))
    assert _build(store, _documents()).extracted == 10


def test_cli_build_store_and_query_it_over_http(tmp_path):
    runner = CliRunner()
    folder = tmp_path / "kg.oxigraph"
    result = runner.invoke(
        main,
        [
            "build",
            str(SAMPLE),
            "--store",
            str(folder),
            "--model",
            "blank",
            "-o",
            str(tmp_path / "kg.nq"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kg.nq").stat().st_size > 0
    again = runner.invoke(main, ["build", str(SAMPLE), "--store", str(folder), "--model", "blank"])
    assert again.exit_code == 0 and "10 unchanged" in again.output
    with oxigraph_server("serve-read-only", "--location", str(folder)) as base:
        rows = sparql_select(
            base,
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?d a "
            "<https://w3id.org/caexpo-kg/ontology#Document> } }",
        )
    assert rows[0]["n"]["value"] == "10"


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_local_engine_with_two_processes_gives_the_same_store(tmp_path):
    one = GraphStore(tmp_path / "one")
    _build(one, _documents())
    two = GraphStore(tmp_path / "two")
    # fork: the workers run the code this process runs (the tree may change under a test run)
    _build(two, _documents(), engine=LocalEngine(n_process=2, start_method="fork"))
    assert set(one.oxigraph) == set(two.oxigraph)


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_one_process_parsing_beside_the_build_gives_the_same_store_and_reports_its_cost(
    tmp_path,
):
    here = GraphStore(tmp_path / "here")
    inline = _build(here, _documents())
    aside = GraphStore(tmp_path / "aside")
    engine = LocalEngine(worker_after=3, start_method="fork")  # 10 documents: a worker
    report = _build(aside, _documents(), engine=engine)
    assert set(here.oxigraph) == set(aside.oxigraph)
    assert _load_pipeline.cache_info().currsize == 0  # this process holds no pipeline
    assert inline.worker_cpu == 0.0 and inline.worker_peak_mib == 0.0
    assert report.worker_cpu > 0.0 and report.worker_peak_mib > 0.0
    assert report.timings()["worker_cpu"] == round(report.worker_cpu, 3)


def test_the_command_line_parses_aside_only_with_a_cpu_to_spare(monkeypatch):
    from caexpo_kg.pipeline import engines

    monkeypatch.setattr(engines.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert engines.make_engine("local").worker_after == engines.WORKER_AFTER
    monkeypatch.setattr(engines.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert engines.make_engine("local").worker_after is None
    two = engines.make_engine("local", n_process=2)
    assert two.n_process == 2 and two.worker_after is None


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_a_worker_beside_the_build_has_started_before_the_first_batch_is_sent(
    tmp_path, monkeypatch
):
    """The pool's first task is the worker's start (``_attached``), waited for with
    Ctrl-C held, so an interrupt never finds a worker half-started."""
    import concurrent.futures

    sent = []

    class Recording(concurrent.futures.ProcessPoolExecutor):
        def submit(self, function, *args, **kwargs):
            sent.append(function.__name__)
            return super().submit(function, *args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Recording)
    engine = LocalEngine(worker_after=0, start_method="forkserver")
    report = _build(GraphStore(tmp_path / "aside"), _documents(), engine=engine)
    assert report.extracted == 10
    assert sent[:3] == ["_attached", "_describe", "_component_names"]
    assert set(sent[3:]) == {"_parse_batch"}  # spaCy there, the extraction here


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_a_build_parsing_in_a_worker_loads_no_pipeline_of_its_own(tmp_path, monkeypatch):
    """The worker says what the pipeline is (its name, its rules' version, its
    max_length): the build's own process loads no copy to learn it, and the ledger's
    fingerprints are those a build parsing in its own process writes."""
    import os

    from caexpo_kg.extract import nlp

    parent, loaded_here = os.getpid(), []

    def loading(*args):
        if os.getpid() == parent:
            loaded_here.append(args)
        return _load_pipeline(*args)

    loading.cache_clear = _load_pipeline.cache_clear
    monkeypatch.setattr(nlp, "_load_pipeline", loading)
    aside = GraphStore(tmp_path / "aside")
    _build(aside, _documents(), engine=LocalEngine(worker_after=0, start_method="fork"))
    assert loaded_here == []
    monkeypatch.undo()
    here = GraphStore(tmp_path / "here")
    _build(here, _documents())
    assert _ledger(aside) == _ledger(here)
    again = _build(aside, _documents(), engine=LocalEngine(worker_after=0, start_method="fork"))
    assert again.unchanged == 10


def test_a_small_input_is_parsed_in_this_process(tmp_path):
    engine = LocalEngine(worker_after=64)
    report = _build(GraphStore(tmp_path / "small"), _documents(), engine=engine)
    assert report.extracted == 10 and engine.worker_cpu == 0.0


@pytest.mark.parametrize("read_only", [True])
def test_missing_store_is_a_user_error(tmp_path, read_only):
    from caexpo_kg.errors import InputError

    with pytest.raises(InputError):
        GraphStore(tmp_path / "nope", read_only=read_only)


def test_query_path_neighbors_stats_take_store(tmp_path):
    runner = CliRunner()
    folder, file = tmp_path / "kg.oxigraph", tmp_path / "kg.trig"
    for args in (["--store", str(folder)], ["-o", str(file)]):
        built = runner.invoke(main, ["build", str(SAMPLE), "--model", "blank", *args])
        assert built.exit_code == 0, built.output
    for verb in (
        ["query", "--name", "edition-timeline"],
        ["stats", "--top", "3"],
        ["neighbors", "Nanning"],
        ["path", "Nanning", "China"],
    ):
        on_store = runner.invoke(main, [verb[0], "--store", str(folder), *verb[1:]])
        on_file = runner.invoke(main, [verb[0], str(file), *verb[1:]])
        assert on_store.exit_code == 0, on_store.output
        assert on_store.output == on_file.output


def test_the_union_of_the_stores_graphs_is_the_knowledge_graph_without_bookkeeping(tmp_path):
    store = GraphStore(tmp_path / "store")
    _build(store, _documents())
    assert (tmp_path / "store" / LEDGER).is_file()
    predicates = {
        row[0].value
        for row in store.query("SELECT DISTINCT ?p WHERE { ?s ?p ?o }")  # the union graph
    }
    assert "http://www.w3.org/2000/01/rdf-schema#label" in predicates
    assert not any("build" in p or "fingerprint" in p for p in predicates)
    del store  # RocksDB: one writer, or readers, not both
    reopened = GraphStore(tmp_path / "store", read_only=True)
    assert reopened.documents() == [d.id for d in _documents()]


def test_a_store_that_caexpo_kg_did_not_build_is_left_alone(tmp_path):
    from caexpo_kg.errors import InputError

    foreign = ox.Store(str(tmp_path / "foreign"))
    node = ox.NamedNode("http://example.org/x")
    foreign.add(ox.Quad(node, node, ox.Literal("theirs")))
    foreign.flush()
    del foreign
    with pytest.raises(InputError, match="did not build"):
        _build(GraphStore(tmp_path / "foreign"), _documents()[:1])
    assert len(GraphStore(tmp_path / "foreign", read_only=True).oxigraph) == 1


@pytest.mark.model
def test_articles_that_date_an_edition_differently_give_the_store_the_file_builds_one_year(
    tmp_path, nlp
):
    from caexpo_kg.read.corpus import read_text

    texts = [
        "The 12th China-ASEAN Expo opened in Nanning in 2016.",  # outvoted, but first
        "The 12th China-ASEAN Expo opened in Nanning in 2015.",
        "The 12th China-ASEAN Expo was held in Nanning in 2015. Huawei took part.",
        "The ASEAN-China Centre (ACC) took part in the 12th China-ASEAN Expo.",
    ]
    documents = [read_text(t, doc_id=f"a{i}") for i, t in enumerate(texts)]
    documents.insert(0, read_text("ACC took part in the expo in 2015.", doc_id="early"))
    store = GraphStore(tmp_path / "store")
    report = _build(store, documents, model=None)
    assert report.year_conflicts == 1 and report.rewritten > report.extracted
    expected = ox.Store()
    kg = build_documents(documents)
    expected.extend(
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph())
        for s, p, o, _ in kg.dataset.quads((None, None, None, None))
    )
    assert _triples(_knowledge_quads(store)) == _triples(expected)
    in_year = ox.NamedNode("https://w3id.org/caexpo-kg/ontology#inYear")
    years = {
        q.object.value.rsplit("/", 1)[-1]
        for q in store.oxigraph.quads_for_pattern(None, in_year, None, None)
        if "12th" in q.subject.value
    }
    assert years == {"2015"}
    assert report.quads == len(store)


def test_a_build_stopped_between_a_graph_and_its_ledger_row_is_mended_by_the_next(
    tmp_path, monkeypatch
):
    import caexpo_kg.sink.store as store_module

    def stopped(self, rows, states):
        raise KeyboardInterrupt

    monkeypatch.setattr(store_module.Ledger, "write", stopped)
    store = GraphStore(tmp_path / "store")
    with pytest.raises(KeyboardInterrupt):
        _build(store, _documents())
    monkeypatch.undo()
    assert len(store.oxigraph) > 0 and _ledger(store) == []  # graphs without their rows

    again = _build(store, _documents())
    assert again.extracted == 10
    scratch = GraphStore(tmp_path / "scratch")
    _build(scratch, _documents())
    assert set(store.oxigraph) == set(scratch.oxigraph)
    assert _ledger(store) == _ledger(scratch)


def test_a_store_of_the_first_layout_is_built_afresh(tmp_path):
    old = ox.Store(str(tmp_path / "old"))
    node = ox.NamedNode("https://w3id.org/caexpo-kg/id/document/x")
    old.add(ox.Quad(node, node, ox.Literal("fingerprint"), ox.NamedNode(BASE + "graph/build")))
    old.add(ox.Quad(node, node, ox.Literal("stale"), document_graph("x")))
    old.flush()
    del old
    store = GraphStore(tmp_path / "old")
    _build(store, _documents())
    scratch = GraphStore(tmp_path / "scratch")
    _build(scratch, _documents())
    assert set(store.oxigraph) == set(scratch.oxigraph)


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_an_incremental_build_with_two_processes_bulk_loads_and_equals_a_scratch_build(
    tmp_path,
):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE, corpus)
    two = LocalEngine(n_process=2, start_method="fork")  # bulk loads: see Builder._stream
    store = GraphStore(tmp_path / "incremental")
    _build(store, _documents(corpus), engine=two)
    files = sorted(corpus.iterdir())
    files[0].unlink()
    files[1].write_text(files[1].read_text() + "\nThe ASEAN-China Centre (ACC) took part.\n")
    changed = _build(store, _documents(corpus), engine=two)
    assert (changed.extracted, changed.removed) == (1, 1)
    scratch = GraphStore(tmp_path / "scratch")
    _build(scratch, _documents(corpus))
    assert set(store.oxigraph) == set(scratch.oxigraph)
    assert _ledger(store) == _ledger(scratch)


@pytest.mark.model
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_a_worker_beside_the_build_extracts_what_this_process_would(nlp):
    documents = _documents()[:4]
    here = list(LocalEngine().extract(documents))
    aside = LocalEngine(worker_after=0, start_method="fork", chunk_size=2)
    assert list(aside.extract(documents)) == here


class _FailingAfter:
    """An engine (not spaCy's own, so the store is bulk-loaded as with workers) whose
    extraction breaks after ``count`` documents."""

    def __init__(self, count: int) -> None:
        self.count = count

    def extract(self, documents, **options):
        for position, extraction in enumerate(LocalEngine().extract(documents, **options)):
            if position == self.count:
                raise RuntimeError("the engine broke")
            yield extraction


def test_a_failed_build_stops_its_store_writer_and_leaves_no_scratch_folder(tmp_path, monkeypatch):
    import gc
    import tempfile

    import caexpo_kg.builder
    from caexpo_kg.builder import FileSink

    abandoned = []

    class Writer(caexpo_kg.builder.BatchWriter):
        def __init__(self, *args, **options) -> None:
            super().__init__(*args, size=1, **options)  # written while the build goes on

        def abandon(self) -> None:
            abandoned.append(self)
            super().abandon()

    monkeypatch.setattr(caexpo_kg.builder, "BatchWriter", Writer)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    builder = Builder(model="blank", validate=False, engine=_FailingAfter(6))
    with pytest.raises(RuntimeError, match="the engine broke"):
        builder.build(_documents(), FileSink(tmp_path / "graph.ttl", "turtle"))
    assert len(abandoned) == 1
    assert abandoned[0]._pool._shutdown
    gc.collect()
    assert not list(tmp_path.glob("caexpo-kg-build-*"))
    assert not (tmp_path / "graph.ttl").exists()


def test_an_abandoned_writer_keeps_the_batch_it_wrote_and_drops_what_waited(tmp_path):
    from caexpo_kg.sink.store import BatchWriter

    store = GraphStore(tmp_path / "store")
    writer = BatchWriter(store.oxigraph, store.ledger, size=2)
    node = ox.NamedNode("https://example.org/x")
    written = [ox.Quad(node, node, ox.Literal(str(i)), node) for i in range(2)]
    waiting = [ox.Quad(node, node, ox.Literal("waiting"), node)]
    writer.add(written)  # a full batch: handed to the writing thread
    writer.add(waiting)  # less than a batch: waits in memory
    writer.abandon()
    assert set(store.oxigraph) == set(written)
    assert writer._pool._shutdown


def test_a_bulk_writer_stores_the_very_quads_it_was_given(tmp_path):
    """Bulk batches go to Oxigraph as N-Quads bytes (``bulk_extend`` of objects held the
    GIL for the whole load): every term comes back as it was, odd literals included."""
    from caexpo_kg.sink.store import BatchWriter

    store = GraphStore(tmp_path / "store")
    writer = BatchWriter(store.oxigraph, store.ledger, size=10_000, bulk=True)
    node, graph = ox.NamedNode("https://example.org/x#char=0,4"), ox.NamedNode("urn:g")
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    objects = [
        ox.Literal('line\nbreak "quoted" \\ tab\t \u00e9 \u6f22 \U0001f600 \x7f'),
        ox.Literal("5", datatype=integer),
        ox.Literal("x", datatype=integer),
        ox.Literal("Nanning", language="en"),
        ox.NamedNode("https://example.org/a%20b"),
    ]
    quads = [ox.Quad(node, node, o, graph) for o in objects]
    quads += [ox.Quad(node, node, ox.Literal(str(i)), ox.DefaultGraph()) for i in range(20_000)]
    writer.add(quads)
    writer.close()
    assert set(store.oxigraph) == set(quads)
