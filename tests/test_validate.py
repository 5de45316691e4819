"""SHACL validation: the sample corpus's graph conforms; broken graphs are reported line by line."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from caexpo_kg.api import KnowledgeGraph, build_documents
from caexpo_kg.cli import main
from caexpo_kg.rdf.validate import validate_dataset
from caexpo_kg.read.corpus import read_text
from caexpo_kg.vocab import GRAPH, ID, NIF, RDFS
from conftest import misread_first_mention

TEXT = (
    "The 12th China-ASEAN Expo (CAEXPO) opened in Nanning on Friday.\n\n"
    "The 11th CAEXPO was held in 2014, organised by the ASEAN Secretariat.\n"
)


@pytest.fixture
def small_kg() -> KnowledgeGraph:
    documents = [read_text(TEXT, doc_id="news-1", published="2015-09-18")]
    return build_documents(documents, model="blank")


def _break_an_anchor(kg: KnowledgeGraph) -> URIRef:
    mentions = kg.dataset.graph(GRAPH.MENTIONS)
    phrase = sorted(mentions.subjects(NIF.anchorOf, None))[0]
    mentions.set((phrase, NIF.anchorOf, Literal("not the text")))
    return phrase


def test_a_built_graph_conforms(small_kg):
    report = validate_dataset(small_kg.dataset)
    assert report.conforms, report.text()
    assert report.violations == ()


@pytest.mark.model
def test_the_sample_corpus_conforms_quickly(sample_kg):
    started = time.perf_counter()
    report = validate_dataset(sample_kg.dataset)
    elapsed = time.perf_counter() - started
    assert report.conforms, report.text(limit=20)
    assert elapsed < 30, f"validation took {elapsed:.1f} s"


def test_a_wrong_anchor_is_one_line_naming_node_and_text(small_kg):
    phrase = _break_an_anchor(small_kg)
    report = validate_dataset(small_kg.dataset)
    assert not report.conforms
    (violation,) = report.violations
    assert violation.focus.endswith(str(phrase).rsplit("/", 1)[-1])
    assert "not the text" in violation.message
    assert len(report.text().splitlines()) == 1


def test_year_label_disagreeing_with_the_iri_and_two_labels(small_kg):
    entities = small_kg.dataset.graph(GRAPH.ENTITIES)
    year = ID["year/2014"]
    assert (year, None, None) in entities
    entities.add((year, RDFS.label, Literal("2013")))
    report = validate_dataset(small_kg.dataset)
    lines = report.text().splitlines()
    assert any(line.startswith("id:year/2014  rdfs:label  ") for line in lines)
    assert any("disagrees with the year" in line for line in lines)


def test_offsets_outside_the_text_and_wrong_datatypes(small_kg):
    mentions = small_kg.dataset.graph(GRAPH.MENTIONS)
    phrase = sorted(mentions.subjects(NIF.anchorOf, None))[0]
    mentions.set((phrase, NIF.endIndex, Literal(10_000)))
    mentions.set((phrase, NIF.beginIndex, Literal("0")))  # a string, not an xsd:integer
    report = validate_dataset(small_kg.dataset)
    text = report.text()
    assert "nif:beginIndex" in text
    assert "outside its context" in text


def test_report_text_can_be_capped(small_kg):
    entities = small_kg.dataset.graph(GRAPH.ENTITIES)
    for number in range(5):
        entities.add((ID[f"person/p{number}"], RDFS.label, Literal("x")))
        entities.add((ID[f"person/p{number}"], RDFS.label, Literal("y")))
        entities.add((ID[f"person/p{number}"], RDFS.label, Literal("z")))
        entities.add(
            (ID[f"person/p{number}"], URIRef(str(RDFS.label).replace("label", "x")), Literal(1))
        )
    from caexpo_kg.vocab import CKG, RDF

    for number in range(5):
        entities.add((ID[f"person/p{number}"], RDF.type, CKG.Person))
    report = validate_dataset(small_kg.dataset)
    assert len(report.violations) == 5
    assert report.text(limit=2).splitlines()[-1] == "... and 3 more"


# ------------------------------------------------------------------ the CLI
def test_cli_validate_exit_codes(tmp_path, small_kg):
    good = tmp_path / "good.ttl"
    small_kg.write(good)
    result = CliRunner().invoke(main, ["validate", str(good)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout

    _break_an_anchor(small_kg)
    bad = tmp_path / "bad.ttl"
    small_kg.write(bad)
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "not the text" in result.stdout
    assert result.stderr.startswith("caexpo-kg: error: ") and "1 SHACL violation" in result.stderr


def test_cli_validate_a_file_that_is_not_rdf(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def _misread_anchors(monkeypatch):
    """Every document's first mention misread (one violation each)."""
    misread_first_mention(monkeypatch, "not the text")


def test_cli_build_validates_by_default_and_writes_nothing_on_a_violation(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.ttl"
    out.write_text("previous", encoding="utf-8")
    _misread_anchors(monkeypatch)
    args = ["build", str(tmp_path / "a.txt"), "-o", str(out), "--model", "blank"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "not the text" in result.stderr and "nothing was written" in result.stderr
    assert out.read_text(encoding="utf-8") == "previous"
    assert not list(tmp_path.glob("*.tmp")), "the file written beside validation is dropped"

    result = CliRunner().invoke(main, [*args, "--no-validate"])
    assert result.exit_code == 0
    assert "not the text" in out.read_text(encoding="utf-8")


def test_the_python_build_validates_and_reasons_as_the_cli_does(tmp_path, monkeypatch):
    """Same defaults as `caexpo-kg build`: validated (a broken document held back, and
    when none is left, or with strict=True, an error with the report), no closure unless
    asked."""
    from caexpo_kg import build
    from caexpo_kg.errors import ValidationError

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    plain = build([tmp_path / "a.txt"], model="blank")
    assert len(plain.graph("reasoned")) == 0 and plain.entailed is None
    reasoned = build([tmp_path / "a.txt"], model="blank", reason=True)
    assert len(reasoned.graph("reasoned")) == reasoned.entailed > 0

    _misread_anchors(monkeypatch)
    with pytest.raises(ValidationError, match="every document broke") as raised:
        build([tmp_path / "a.txt"], model="blank")
    assert "not the text" in raised.value.report.text()
    with pytest.raises(ValidationError, match="violates 1 SHACL constraint") as raised:
        build([tmp_path / "a.txt"], model="blank", strict=True)
    assert not raised.value.report.conforms
    assert "not the text" in raised.value.report.text()
    assert len(build([tmp_path / "a.txt"], model="blank", validate=False)) > 0
    with pytest.raises(ValidationError):
        KnowledgeGraph.from_texts([TEXT], model="blank")


class _Sink:
    """A sink whose prepared output is a list, to watch what the builder does with it."""

    def __init__(self, store, fail: Exception | None = None) -> None:
        self.store, self.fail, self.prepared, self.discarded = store, fail, None, False

    def prepare(self, cancelled) -> None:
        if self.fail is not None:
            raise self.fail
        self.prepared = [q for q in self.store.quads() if not cancelled()]

    def discard(self) -> None:
        self.discarded = True


def _built_store(tmp_path):
    from caexpo_kg.builder import Builder, MemorySink
    from caexpo_kg.read.corpus import read_documents

    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    sink = MemorySink()
    Builder(model="blank", validate=False).build(read_documents([tmp_path / "a.txt"]), sink)
    return sink.store


def test_the_output_is_prepared_beside_validation_and_kept_only_if_the_graph_conforms(
    tmp_path, monkeypatch
):
    from caexpo_kg.builder import _validated_while_writing

    store = _built_store(tmp_path)
    sink = _Sink(store)
    assert _validated_while_writing(store, sink).conforms
    assert len(sink.prepared) == len(store) and not sink.discarded

    with pytest.raises(OSError, match="disk full"):  # the writer's own error, once valid
        _validated_while_writing(store, _Sink(store, OSError("disk full")))

    _misread_anchors(monkeypatch)
    broken = _built_store(tmp_path / "b")
    sink = _Sink(broken, OSError("never raised: the graph does not conform"))
    assert not _validated_while_writing(broken, sink).conforms
    assert sink.discarded


def test_a_cancelled_write_raises_and_leaves_no_file(tmp_path):
    from caexpo_kg.rdf import Cancelled, stage_quads

    store = _built_store(tmp_path)
    target = tmp_path / "out.ttl"
    with pytest.raises(Cancelled):
        stage_quads(store.quads(), target, "turtle", cancelled=lambda: True)
    assert not target.exists() and not list(tmp_path.glob("*.tmp"))

    staged = stage_quads(store.quads(), target, "turtle", cancelled=lambda: False)
    assert not target.exists()  # not in place until committed
    staged.commit()
    assert target.read_bytes() and not list(tmp_path.glob("*.tmp"))
