"""Validation in two parts (``DocumentChecks``): each document's own quads as they are
written, the shapes of shared nodes once at the end, give the report of the whole store."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from caexpo_kg.builder import Builder, FileSink, MemorySink, StoreSink
from caexpo_kg.rdf.terms import T, document_node
from caexpo_kg.rdf.validate import DocumentChecks, is_document_quad, validate_store
from conftest import misread_first_mention, news_documents

_documents = news_documents


def _store(sink=None):
    sink = sink or MemorySink()
    Builder(model="blank", validate=False).build(_documents(), sink)
    return sink.store.oxigraph


def _in_two_parts(store: ox.Store):
    checks = DocumentChecks(batch=5)  # several batches, even for three documents
    try:
        for record in store.quads_for_pattern(None, T.type, T.Document, None):
            document = record.subject.value
            checks.add(document, store)
        return checks.report(store)
    finally:
        checks.close()


def test_the_shapes_split_into_documents_own_and_shared():
    checks = DocumentChecks()
    checks.close()
    assert checks.usable
    names = {str(s).rsplit("#", 1)[-1] for s in checks.document_shapes}
    assert names == {"ContextShape", "DocumentShape", "OffsetIriShape", "PhraseShape"} | {
        "RelationEvidenceShape"
    }
    shared = {str(s).rsplit("#", 1)[-1] for s in checks.shared_shapes}
    assert shared == {"CoreEntityShape", "EditionShape", "ExtractionRunShape", "YearShape"}


def test_a_documents_own_quads_are_its_iri_and_its_fragments_only():
    doc = document_node("a")
    other = document_node("ab")
    quad = ox.Quad(ox.NamedNode(f"{doc.value}#char=0,4"), T.type, T.Phrase)
    assert is_document_quad(quad, doc.value)
    assert is_document_quad(ox.Quad(doc, T.type, T.Document), doc.value)
    assert not is_document_quad(ox.Quad(other, T.type, T.Document), doc.value)


@pytest.mark.parametrize("layout", ["memory", "store"])
def test_two_parts_give_the_whole_stores_report(tmp_path, monkeypatch, layout):
    sink = StoreSink(tmp_path / "kg") if layout == "store" else MemorySink()
    store = _store(sink)
    assert validate_store(store).conforms
    assert _in_two_parts(store) == validate_store(store)

    # Broken: one document's anchor (its own node), and an edition numbered twice (shared).
    misread_first_mention(monkeypatch, "not the text", "news-2")
    store = _store(StoreSink(tmp_path / "broken") if layout == "store" else None)
    expo = next(iter(store.quads_for_pattern(None, T.editionNumber, None, None))).subject
    store.add(ox.Quad(expo, T.editionNumber, ox.Literal("0", datatype=T.xsd_integer)))
    whole = validate_store(store)
    assert not whole.conforms and len({v.shape for v in whole.violations}) >= 2
    assert _in_two_parts(store) == whole


def test_a_patched_documents_quads_replace_what_was_found_on_them():
    store = _store()
    doc = document_node("news-1").value
    own = [q for q in store if is_document_quad(q, doc)]
    phrase = next(q.subject for q in own if q.predicate == T.anchorOf)
    wrong = [
        ox.Quad(q.subject, q.predicate, ox.Literal("not the text"), q.graph_name)
        if q.subject == phrase and q.predicate == T.anchorOf
        else q
        for q in own
    ]
    checks = DocumentChecks()
    try:
        checks.add(doc, wrong)
        checks.again(doc, own)
        assert checks.report(store).conforms
    finally:
        checks.close()


@pytest.mark.parametrize("split", [True, False])
def test_a_build_holds_back_the_same_documents_either_way(tmp_path, monkeypatch, split):
    if not split:
        monkeypatch.setattr(Builder, "_document_checks", lambda self: None)
    misread_first_mention(monkeypatch, "not the text", "news-3")
    sink = FileSink(tmp_path / "out.nq", "nquads")
    report = Builder(model="blank").build(_documents(), sink)
    assert [h.document.id for h in report.held_back] == ["news-3"]
    (held,) = report.held_back
    assert "not the text" in str(held.violations[0])
    text = (tmp_path / "out.nq").read_text(encoding="utf-8")
    assert "news-3" not in text and "news-2" in text


def test_a_build_writes_the_same_bytes_with_the_split_as_without(tmp_path, monkeypatch):
    first = FileSink(tmp_path / "split.ttl", "turtle")
    Builder(model="blank").build(_documents(), first)
    monkeypatch.setattr(Builder, "_document_checks", lambda self: None)
    second = FileSink(tmp_path / "whole.ttl", "turtle")
    Builder(model="blank").build(_documents(), second)
    assert (tmp_path / "split.ttl").read_bytes() == (tmp_path / "whole.ttl").read_bytes()


@pytest.mark.parametrize("layout", ["FILE", "STORE"])
def test_the_mapping_tells_a_documents_own_quads_as_the_subjects_say(layout):
    from caexpo_kg.rdf.mapping import Layout, document_quads

    seen = []
    Builder(model="blank", validate=False, on_extraction=seen.append).build(
        _documents(), MemorySink()
    )
    for extraction in seen:
        own: list[ox.Quad] = []
        quads = document_quads(extraction, Layout[layout], own=own)
        doc = document_node(extraction.document.id).value
        assert own == [q for q in quads if is_document_quad(q, doc)]
        assert len(own) < len(quads)  # the run and the entities' provenance are not its own


@pytest.mark.parametrize("split", [True, False])
def test_a_held_back_document_costs_only_itself(tmp_path, monkeypatch, split):
    """Holding a document back drops its quads from the store and validates the store
    again: no rdflib copy of the whole graph, no second spaCy pass, and the file is the
    one the other documents alone give."""
    import caexpo_kg.rdf as rdf
    import caexpo_kg.rdf.validate as validate

    kept = [d for d in _documents() if d.id != "news-3"]
    alone = FileSink(tmp_path / "alone.nq", "nquads")
    Builder(model="blank").build(kept, alone)

    if not split:
        monkeypatch.setattr(Builder, "_document_checks", lambda self: None)
    misread_first_mention(monkeypatch, "not the text", "news-3")

    def whole_graph_copy(*args, **kwargs):
        raise AssertionError("the held-back path copied the whole graph")

    monkeypatch.setattr(rdf, "to_dataset", whole_graph_copy)
    monkeypatch.setattr(validate, "validate_dataset", whole_graph_copy)
    read: list[str] = []
    sink = FileSink(tmp_path / "out.nq", "nquads")
    builder = Builder(model="blank", on_extraction=lambda e: read.append(e.document.id))
    report = builder.build(_documents(), sink)
    assert [h.document.id for h in report.held_back] == ["news-3"]
    assert read == ["news-1", "news-2", "news-3"]  # spaCy read each document once
    assert (tmp_path / "out.nq").read_bytes() == (tmp_path / "alone.nq").read_bytes()
    assert report.quads == len(sink.store)


def test_a_store_build_holds_back_in_its_own_folder(tmp_path, monkeypatch):
    """Held back from a store folder: its graph and ledger row are gone, the rest is
    the store the other documents alone give; the next build reads it again."""
    kept = [d for d in _documents() if d.id != "news-3"]
    alone = StoreSink(tmp_path / "alone")
    Builder(model="blank").build(kept, alone)
    misread_first_mention(monkeypatch, "not the text", "news-3")
    sink = StoreSink(tmp_path / "kg")
    report = Builder(model="blank").build(_documents(), sink)
    assert [h.document.id for h in report.held_back] == ["news-3"]
    assert sink.store.documents() == ["news-1", "news-2"]
    assert set(sink.store.oxigraph) == set(alone.store.oxigraph)
    again = Builder(model="blank").build(_documents(), sink)
    assert again.extracted == 1 and [h.document.id for h in again.held_back] == ["news-3"]
