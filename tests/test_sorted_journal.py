"""A file build sorts its statements as it writes them (``SortedJournal``): the file it
writes is the one the store it built gives, byte for byte."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from caexpo_kg.builder import Builder, FileSink
from caexpo_kg.rdf.files import SortedJournal, _sorted_keys
from conftest import misread_first_mention, news_documents

_documents = news_documents


@pytest.mark.parametrize("keep_graphs", [True, False])
def test_the_journal_gives_the_keys_of_what_the_store_holds(keep_graphs):
    """Adds and removals in any order, a triple in two graphs, a quad added again after
    its removal, runs spilled: the journal's keys are the store's."""
    rng = random.Random(13)
    graphs = [ox.NamedNode(f"http://example.org/g{i}") for i in range(3)]
    pool = [
        ox.Quad(
            ox.NamedNode(f"http://example.org/s{rng.randrange(20)}"),
            ox.NamedNode(f"http://example.org/p{rng.randrange(4)}"),
            ox.Literal(str(rng.randrange(10))) if rng.random() < 0.5 else ox.BlankNode("b1"),
            rng.choice(graphs),
        )
        for _ in range(400)
    ]
    store, journal = ox.Store(), SortedJournal(keep_graphs, run=37)
    try:
        for _ in range(60):
            batch = rng.sample(pool, rng.randrange(1, 30))
            if rng.random() < 0.6:
                journal.added(batch)
                store.extend(batch)
            else:
                journal.removed(batch)
                for quad in batch:
                    store.remove(quad)
        assert len(store)
        assert list(journal.keys(store)) == list(_sorted_keys(store, keep_graphs))
    finally:
        journal.close()


@pytest.mark.parametrize("suffix", ["ttl", "nq"])
@pytest.mark.parametrize(
    "options", [{}, {"validate": False}, {"reason": True}, {"world_knowledge": True}]
)
def test_a_file_build_writes_the_same_bytes_from_the_journal(
    tmp_path, monkeypatch, suffix, options
):
    import caexpo_kg.sink.store as store_module

    fmt = {"ttl": "turtle", "nq": "nquads"}[suffix]
    first, second = tmp_path / f"journal.{suffix}", tmp_path / f"store.{suffix}"
    staged = []
    real = store_module.stage_journal
    monkeypatch.setattr(
        store_module, "stage_journal", lambda *a, **k: staged.append(1) or real(*a, **k)
    )
    Builder(model="blank", **options).build(_documents(), FileSink(first, fmt))
    assert staged  # written from the journal
    monkeypatch.setattr(FileSink, "journals", lambda self: False)
    Builder(model="blank", **options).build(_documents(), FileSink(second, fmt))
    assert first.read_bytes() == second.read_bytes()


def test_a_held_back_documents_statements_leave_the_journal_too(tmp_path, monkeypatch):
    misread_first_mention(monkeypatch, "not the text", "news-3")
    first, second = tmp_path / "journal.ttl", tmp_path / "store.ttl"
    report = Builder(model="blank").build(_documents(), FileSink(first, "turtle"))
    assert [h.document.id for h in report.held_back] == ["news-3"]
    monkeypatch.setattr(FileSink, "journals", lambda self: False)
    Builder(model="blank").build(_documents(), FileSink(second, "turtle"))
    assert first.read_bytes() == second.read_bytes()
    assert "not the text" not in first.read_text(encoding="utf-8")


def test_only_a_file_sinks_own_empty_store_is_journaled(tmp_path):
    sink = FileSink(tmp_path / "a.ttl", "turtle")
    assert sink.journals() and sink.store.journal is not None
    assert not sink.journals()  # one journal at a time
    sink.store.end_journal()
    shared = FileSink(tmp_path / "b.ttl", "turtle", sink.store)
    assert not shared.journals()


def test_the_command_lines_file_build_is_journaled(tmp_path, monkeypatch):
    """``caexpo-kg build -o FILE`` hands its one file sink to the builder as itself (a
    tee of sinks cannot be journaled), so its file is sorted while spaCy reads."""
    from click.testing import CliRunner

    import caexpo_kg.sink.store as store_module
    from caexpo_kg.cli import main

    staged = []
    real = store_module.stage_journal
    monkeypatch.setattr(
        store_module, "stage_journal", lambda *a, **k: staged.append(1) or real(*a, **k)
    )
    source = tmp_path / "news.md"
    source.write_text(_documents()[0].text, encoding="utf-8")
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "--model", "blank"])
    assert result.exit_code == 0, result.output
    assert staged and out.read_bytes()
