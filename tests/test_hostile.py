"""Hostile input: one bad document, line or file never costs the rest of the corpus.

Each test pins one failure a review found (issue 13); all are model-free.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from caexpo_kg.api import build_documents
from caexpo_kg.cli import main
from caexpo_kg.errors import InputError
from caexpo_kg.read import corpus
from caexpo_kg.read.corpus import read_documents, read_file, read_text
from conftest import misread_first_mention, warning_messages

GOOD = "The 12th China-ASEAN Expo opened in Nanning in 2015.\n"
HUGE_CHARACTERS = 1_200_000


def _write_jsonl(path: Path, lines: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _hostile_corpus(folder: Path) -> None:
    """Good articles and lines beside a huge document, bad JSON Lines and a FIFO."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good2.md").write_text("---\npublished: 2013-09-03\n---\nASEAN met in Nanning.\n")
    paragraph = "The expo opened in Nanning. " * 40 + "\n\n"
    (folder / "huge.txt").write_text(
        paragraph * (HUGE_CHARACTERS // len(paragraph) + 1), encoding="utf-8"
    )
    _write_jsonl(
        folder / "corpus.jsonl",
        [
            json.dumps({"id": "j1", "text": GOOD}),
            '{"id": "surrogate", "text": "Nanning \\ud800 expo"}',
            '{"id": "deep", "text": ' + "[" * 5000 + "]" * 5000 + "}",
            json.dumps({"id": "j2", "text": "ASEAN met in Hanoi."}),
        ],
    )
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")


BAD_NAMES = ("huge.txt", "corpus.jsonl:2", "corpus.jsonl:3", "pipe.txt")
GOOD_IDS = ("good", "good2", "j1", "j2")


# ------------------------------------------------------------------ item 1: isolation
def test_a_text_over_spacys_max_length_is_skipped_with_one_warning(tmp_path, warnings_log):
    path = tmp_path / "huge.txt"
    path.write_text("Nanning. " * (HUGE_CHARACTERS // 9), encoding="utf-8")
    assert list(read_file(path)) == []
    (message,) = warning_messages(warnings_log)
    assert str(path) in message and "max_length" in message


def test_extraction_skips_a_document_longer_than_the_pipeline_takes(warnings_log, blank_nlp):
    documents = [
        read_text(GOOD, doc_id="a"),
        read_text("Nanning. " * (blank_nlp.max_length // 9 + 1), doc_id="long"),
        read_text(GOOD, doc_id="b"),
    ]
    kg = build_documents(documents, model="blank")
    assert [e.document.id for e in kg.extractions] == ["a", "b"]
    assert any("long" in m and "max_length" in m for m in warning_messages(warnings_log))


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_parsing_beside_the_build_skips_a_document_longer_than_the_pipeline_takes(
    warnings_log, blank_nlp
):
    from caexpo_kg.pipeline.engines import LocalEngine

    documents = [
        read_text(GOOD, doc_id="a"),
        read_text("Nanning. " * (blank_nlp.max_length // 9 + 1), doc_id="long"),
        read_text(GOOD, doc_id="b"),
    ]
    engine = LocalEngine(worker_after=0, start_method="fork")  # a worker parses
    extracted = list(engine.extract(documents, model="blank"))
    assert [e.document.id for e in extracted] == ["a", "b"] and engine.worker_cpu > 0
    assert any("long" in m and "max_length" in m for m in warning_messages(warnings_log))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "s", "text": "Nanning \\ud800 expo"}', "surrogate"),
        ('{"id": "s", "text": "ok", "title": "\\udfff"}', "surrogate"),
        ('{"id": "d", "text": ' + "[" * 5000 + "]" * 5000 + "}", "nested too deep"),
        ("[" * 100_000 + "]" * 100_000, "nested too deep"),
        ('{"id": "t", "text": "ok", "title": ["a", "list"]}', "'title'"),
        ('{"id": {"a": 1}, "text": "ok"}', "'id'"),
    ],
    ids=["surrogate-text", "surrogate-title", "deep-record", "deep-array", "title", "id"],
)
def test_a_bad_jsonl_line_is_skipped_with_file_and_line(tmp_path, warnings_log, line, reason):
    path = tmp_path / "corpus.jsonl"
    _write_jsonl(
        path, [json.dumps({"id": "a", "text": GOOD}), line, json.dumps({"id": "b", "text": GOOD})]
    )
    assert [d.id for d in read_file(path)] == ["a", "b"]
    (message,) = warning_messages(warnings_log)
    assert message.startswith(f"{path}:2:") and reason in message


def test_a_jsonl_line_over_the_limit_is_never_held_whole(tmp_path, warnings_log, monkeypatch):
    monkeypatch.setattr(corpus, "MAX_TEXT_BYTES", 1000)
    path = tmp_path / "corpus.jsonl"
    long_line = json.dumps({"id": "long", "text": "x" * 50_000})  # no newline inside it
    _write_jsonl(path, [long_line, json.dumps({"id": "b", "text": GOOD})])
    assert [d.id for d in read_file(path)] == ["b"]
    (message,) = warning_messages(warnings_log)
    assert message.startswith(f"{path}:1:") and "limit" in message


@pytest.mark.parametrize(
    "extra_args",
    [["-o", "{out}/graph.ttl"], ["--store", "{out}/store"], ["-j", "2", "-o", "{out}/graph.nq"]],
)
def test_cli_builds_every_good_document_beside_hostile_ones(tmp_path, extra_args):
    folder = tmp_path / "in"
    _hostile_corpus(folder)
    out = tmp_path / "out"
    args = [a.format(out=out) for a in extra_args]
    result = CliRunner().invoke(main, ["build", str(folder), "--model", "blank", *args])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    warnings = [line for line in result.stderr.splitlines() if ": warning: " in line]
    for name in BAD_NAMES if hasattr(os, "mkfifo") else BAD_NAMES[:-1]:
        assert sum(name in line for line in warnings) == 1, (name, warnings)
    if "--store" in args:
        from caexpo_kg.sink.store import GraphStore

        ids = GraphStore(out / "store", read_only=True).documents()
    else:
        ids = [d for d in GOOD_IDS if f'"{d}"' in next(out.iterdir()).read_text(encoding="utf-8")]
    assert sorted(ids) == sorted(GOOD_IDS)


def test_dask_builds_every_good_document_beside_hostile_ones(tmp_path):
    distributed = pytest.importorskip("distributed")
    from caexpo_kg.pipeline.engines import DaskEngine

    folder = tmp_path / "in"
    _hostile_corpus(folder)
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        engine = DaskEngine(client=client, chunk_size=2)
        extractions = list(engine.extract(read_documents([folder]), model="blank"))
    assert sorted(e.document.id for e in extractions) == sorted(GOOD_IDS)


# ------------------------------------------------------------------ item 2: regular files only
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)  # no writer: a plain open() would block forever
    with pytest.raises(InputError, match="FIFO"):
        list(read_file(fifo))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_and_never_read(warnings_log):
    assert list(read_documents(["/dev/zero"])) == []
    (message,) = warning_messages(warnings_log)
    assert "/dev/zero" in message and "character device" in message


def test_the_size_limit_counts_bytes_read_not_what_stat_says(tmp_path, monkeypatch, warnings_log):
    monkeypatch.setattr(corpus, "MAX_TEXT_BYTES", 1000)
    path = tmp_path / "growing.txt"
    path.write_text("Nanning. " * 1000, encoding="utf-8")
    real_stat, real_fstat = os.stat, os.fstat

    class SmallStat:  # a file that claims to be tiny (as /proc files and growing logs do)
        def __init__(self, real: os.stat_result) -> None:
            self.st_mode, self.st_size = real.st_mode, 10

    monkeypatch.setattr(os, "stat", lambda p, **kw: SmallStat(real_stat(p, **kw)))
    monkeypatch.setattr(os, "fstat", lambda fd: SmallStat(real_fstat(fd)))
    assert list(read_file(path)) == []
    assert any("limit" in m for m in warning_messages(warnings_log))


def test_an_unreadable_subfolder_is_warned_about(tmp_path, warnings_log, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # chmod 000 does not stop root, who runs some CI: deny it here
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert [d.id for d in read_documents([tmp_path])] == ["open/a"]
    (message,) = warning_messages(warnings_log)
    assert "locked" in message and "Permission denied" in message


# ------------------------------------------------------------------ item 4: unique IRIs
def test_ids_that_slug_alike_get_distinct_stable_iris(tmp_path, warnings_log):
    from caexpo_kg.vocab import document_iri

    (tmp_path / "a b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a-b.txt").write_text("ASEAN met in Hanoi.\n", encoding="utf-8")
    first = list(read_documents([tmp_path]))
    again = list(read_documents([tmp_path]))
    assert [d.id for d in first] == [d.id for d in again]
    assert len({document_iri(d.id) for d in first}) == 2
    assert first[0].id == "a b" and first[1].id.startswith("a-b-")
    (message,) = warning_messages(warnings_log)[:1]
    assert "a-b.txt" in message and first[1].id in message


# ------------------------------------------------------------------ item 3: validation isolates
def _blank_extractions(texts: dict[str, str]) -> list:
    from caexpo_kg.api import extract

    return extract([read_text(t, doc_id=i) for i, t in texts.items()], model="blank")


def _misread_series(extraction, wrong: str, right: str):
    """``extraction`` as if a mis-cut name had made ``wrong``'s editions ``right``'s."""
    from dataclasses import replace

    relations = tuple(
        replace(r, object=right) if r.predicate == "editionOf" and r.object == wrong else r
        for r in extraction.relations
    )
    return replace(extraction, relations=relations)


def test_an_edition_clash_holds_back_the_one_document_behind_it():
    from caexpo_kg.rdf import to_dataset
    from caexpo_kg.rdf.validate import validate_isolating

    extractions = _blank_extractions(
        {
            "a": "The 1st China-ASEAN Expo opened in Nanning in 2004.",
            "b": "The 1st China-ASEAN Expo was held in 2004 in Nanning.",
            "c": "Huawei said the 1st Huawei China-ASEAN Expo Summit opened in 2004.",
        }
    )
    extractions[2] = _misread_series(
        extractions[2], "Event/huawei-china-asean-expo-summit", "Event/china-asean-expo"
    )
    isolation = validate_isolating(extractions, make_dataset=to_dataset)
    assert isolation.report.conforms
    assert [held.document.id for held in isolation.held_back] == ["c"]
    assert {v.shape for v in isolation.held_back[0].violations} == {"ckgsh:EditionShape"}
    assert [e.document.id for e in isolation.extractions] == ["a", "b"]


def _corrupt_one_mention(monkeypatch, doc_id):
    """Make extraction misread one mention of ``doc_id`` (its anchor no longer its text)."""
    misread_first_mention(monkeypatch, "misread", doc_id)


def test_cli_writes_the_valid_documents_and_names_the_one_held_back(tmp_path, monkeypatch):
    for name in ("a", "b", "bad"):
        (tmp_path / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    _corrupt_one_mention(monkeypatch, "bad")
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--model", "blank", "-o", str(out)])
    assert result.exit_code == 5, result.output
    (held,) = [line for line in result.stderr.splitlines() if "held back" in line and "bad" in line]
    assert "bad.txt" in held and "ckgsh:" in held
    text = out.read_text(encoding="utf-8")
    assert 'dcterms:identifier "a"' in text and 'dcterms:identifier "b"' in text
    assert 'dcterms:identifier "bad"' not in text and "misread" not in text


def test_python_build_holds_back_as_the_cli_does(monkeypatch):
    _corrupt_one_mention(monkeypatch, "bad")
    documents = [read_text(GOOD, doc_id=name) for name in ("a", "bad")]
    kg = build_documents(documents, model="blank")
    assert [held.document.id for held in kg.held_back] == ["bad"]
    assert {v.shape for v in kg.held_back[0].violations} == {"ckgsh:PhraseShape"}
    assert [e.document.id for e in kg.extractions] == ["a"]


def test_python_build_strict_raises_with_the_report(monkeypatch):
    from caexpo_kg.errors import ValidationError

    _corrupt_one_mention(monkeypatch, "bad")
    documents = [read_text(GOOD, doc_id=name) for name in ("a", "bad")]
    with pytest.raises(ValidationError) as raised:
        build_documents(documents, model="blank", strict=True)
    assert raised.value.report is not None
    assert any("misread" in str(v) for v in raised.value.report.violations)


def test_cli_strict_keeps_all_or_nothing(tmp_path, monkeypatch):
    for name in ("a", "bad"):
        (tmp_path / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    _corrupt_one_mention(monkeypatch, "bad")
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(
        main, ["build", str(tmp_path), "--model", "blank", "--strict", "-o", str(out)]
    )
    assert result.exit_code == 1
    assert not out.exists()


# ------------------------------------------------------------------ item 9: exit codes
def test_cli_permission_denied_on_the_output_is_the_io_exit_code(tmp_path, monkeypatch):
    import tempfile

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out" / "graph.ttl"

    def denied(*args, dir=None, **kwargs):  # chmod does not stop root: deny here
        raise PermissionError(13, "Permission denied", str(dir))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    result = CliRunner().invoke(
        main, ["build", str(tmp_path / "a.txt"), "--model", "blank", "-o", str(out)]
    )
    assert result.exit_code == 4, result.output
    assert result.stderr.count("\n") == 1 and "Permission denied" in result.stderr
    assert not out.exists()


def test_cli_an_output_that_cannot_be_written_is_named_before_the_corpus_is_read(
    tmp_path, monkeypatch
):
    import tempfile

    (tmp_path / "a.txt").write_bytes(b"ASEAN met in Hu\xe9.\n")  # read, it would warn
    out = tmp_path / "out" / "graph.ttl"

    def denied(*args, dir=None, **kwargs):  # a read-only folder (chmod does not stop root)
        raise PermissionError(13, "Permission denied", str(Path(dir) / ".graph.ttl.x1y2.tmp"))

    monkeypatch.setattr(tempfile, "TemporaryFile", denied)
    monkeypatch.setattr(tempfile, "mkstemp", denied)
    result = CliRunner().invoke(
        main, ["build", str(tmp_path / "a.txt"), "--model", "blank", "-o", str(out)]
    )
    assert result.exit_code == 4, result.output
    assert result.stderr == f"caexpo-kg: error: {out}: Permission denied\n"  # no warning
    assert not out.parent.exists()


def test_cli_an_output_that_is_a_folder_is_refused_before_the_corpus_is_read(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"ASEAN met in Hu\xe9.\n")
    (tmp_path / "out.ttl").mkdir()
    result = CliRunner().invoke(
        main,
        ["build", str(tmp_path / "a.txt"), "--model", "blank", "-o", str(tmp_path / "out.ttl")],
    )
    assert result.exit_code == 4, result.output
    assert result.stderr == f"caexpo-kg: error: {tmp_path / 'out.ttl'}: Is a directory\n"


def test_cli_timings_that_cannot_be_written_stop_the_build_before_it_writes(tmp_path, monkeypatch):
    import tempfile

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out, timings = tmp_path / "graph.ttl", tmp_path / "ro" / "t.json"
    real = tempfile.TemporaryFile

    def denied_in_ro(*args, dir=None, **kwargs):
        if Path(dir).name == "ro":
            raise PermissionError(13, "Permission denied", str(dir))
        return real(*args, dir=dir, **kwargs)

    (tmp_path / "ro").mkdir()
    monkeypatch.setattr(tempfile, "TemporaryFile", denied_in_ro)
    args = ["build", str(tmp_path / "a.txt"), "--model", "blank", "-o", str(out)]
    result = CliRunner().invoke(main, [*args, "--timings", str(timings)])
    assert result.exit_code == 4, result.output
    assert str(timings) in result.stderr and not out.exists()


def test_cli_a_store_that_cannot_be_written_is_the_io_exit_code(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    store = tmp_path / "ro" / "store"
    mkdir = Path.mkdir

    def denied(self, *args, **kwargs):  # a read-only folder (chmod does not stop root)
        if self == store:
            raise PermissionError(13, "Permission denied", str(self))
        return mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", denied)
    args = ["build", str(tmp_path / "a.txt"), "--model", "blank", "--store", str(store)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 4, result.output
    assert result.stderr == (
        f"caexpo-kg: error: {store}: cannot open the store (Permission denied)\n"
    )


def test_cli_a_folder_of_other_files_is_not_made_a_store(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["build", str(corpus), "--model", "blank", "--store", str(corpus)]
    )
    assert result.exit_code == 1, result.output
    assert "a folder of other files, not a store" in result.stderr
    assert [p.name for p in corpus.iterdir()] == ["a.txt"]  # no database among the articles
    read = CliRunner().invoke(main, ["stats", "--store", str(corpus)])
    assert read.exit_code == 1
    assert read.stderr == f"caexpo-kg: error: {corpus}: not a store (build --store makes one)\n"


def test_cli_disk_full_is_the_io_exit_code_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    import errno

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()

    def full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = CliRunner().invoke(
        main, ["build", str(tmp_path / "a.txt"), "--model", "blank", "-o", str(out / "g.ttl")]
    )
    assert result.exit_code == 4, result.output
    assert "No space left on device" in result.stderr and "internal error" not in result.stderr
    assert list(out.iterdir()) == []


def test_cli_a_bug_is_one_line_and_exit_3(tmp_path, monkeypatch):
    import caexpo_kg.builder as builder

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("a bug\x1b[2J")

    monkeypatch.setattr(builder, "document_quads", broken)
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--model", "blank"])
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1 and "internal error: RuntimeError" in result.stderr
    assert "\x1b" not in result.stderr


def test_cli_a_usage_error_is_exit_2(tmp_path):
    result = CliRunner().invoke(main, ["build", "--no-such-option", str(tmp_path)])
    assert result.exit_code == 2


# ------------------------------------------------------------------ item 4: strict parsers
CONTROL_TEXT = "The 12th China-ASEAN Expo\x01 opened in \x1b[31mNanning\x0b in 2015.\x7f\n"


@pytest.mark.parametrize("suffix", ["rdf", "ttl", "nt", "nq", "trig", "jsonld"])
def test_every_output_format_parses_strictly_when_text_holds_control_characters(tmp_path, suffix):
    import xml.dom.minidom

    import pyoxigraph

    (tmp_path / "a.txt").write_text(CONTROL_TEXT, encoding="utf-8")
    path = tmp_path / f"graph.{suffix}"
    result = CliRunner().invoke(
        main, ["build", str(tmp_path / "a.txt"), "--model", "blank", "-o", str(path)]
    )
    assert result.exit_code == 0, result.output
    assert "control characters replaced" in result.stderr
    data = path.read_bytes()
    if suffix == "rdf":
        xml.dom.minidom.parseString(data)  # expat: XML 1.0's character rules, strictly
    formats = {"rdf": "RDF_XML", "ttl": "TURTLE", "nt": "N_TRIPLES", "nq": "N_QUADS"}
    formats.update(trig="TRIG", jsonld="JSON_LD")
    quads = list(pyoxigraph.parse(data, getattr(pyoxigraph.RdfFormat, formats[suffix])))
    texts = [q.object.value for q in quads if q.predicate.value.endswith("#isString")]
    assert texts == [
        CONTROL_TEXT.replace("\x01", "\ufffd").replace("\x1b", "\ufffd").replace("\x0b", "\ufffd")
    ]


# ------------------------------------------------------------------ item 7: terminal escapes
ESCAPES = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202e"


def test_warnings_show_escape_sequences_from_file_names_visibly(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / f"evil{ESCAPES}.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--model", "blank", "-o", "-"])
    assert result.exit_code == 0, result.output
    (warning,) = [line for line in result.stderr.splitlines() if "evil" in line]
    assert "\x1b" not in warning and "\x07" not in warning and "\x9b" not in warning
    assert "\\x1b]0;owned\\x07" in warning and "\\u202e" in warning


def test_labels_from_a_crafted_graph_are_escaped_on_the_terminal(tmp_path):
    graph = tmp_path / "crafted.ttl"
    label = ESCAPES.encode("unicode_escape").decode("ascii").replace("\\x", "\\u00")
    graph.write_text(
        "@prefix ckg: <https://w3id.org/caexpo-kg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<https://w3id.org/caexpo-kg/id/organisation/x> a ckg:Organisation ;\n"
        f'    rdfs:label "X{label}" .\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    for args in (["entities", str(graph)], ["query", str(graph), "SELECT ?l { ?s rdfs:label ?l }"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        assert "X\\x1b]0;owned\\x07" in result.stdout, args
        assert not any(ch in result.stdout for ch in "\x1b\x07\x9b\u202e"), args


# ------------------------------------------------------------------ item 8: SERVICE
def _sparql_endpoint():
    from http.server import BaseHTTPRequestHandler

    class Endpoint(BaseHTTPRequestHandler):
        requests: ClassVar[list[str]] = []

        def _answer(self) -> None:
            Endpoint.requests.append(self.command)
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            row = {"x": {"type": "literal", "value": "remote"}}
            body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [row]}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *args) -> None:
            pass

    return Endpoint


@pytest.mark.parametrize("keyword", ["SERVICE", "service", "\\u0053ERVICE"])
def test_query_refuses_service_unless_allowed(tmp_path, keyword):
    from _servers import http_server

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    graph = tmp_path / "g.ttl"
    runner = CliRunner()
    assert (
        runner.invoke(
            main, ["build", str(tmp_path / "a.txt"), "--model", "blank", "-o", str(graph)]
        ).exit_code
        == 0
    )
    endpoint = _sparql_endpoint()
    with http_server(endpoint) as base:
        query = f"SELECT ?x WHERE {{ {keyword} <{base}/sparql> {{ ?s ?p ?x }} }}"
        refused = runner.invoke(main, ["query", str(graph), query])
        assert refused.exit_code == 1 and "SERVICE" in refused.stderr
        assert endpoint.requests == []
        if keyword == "SERVICE":
            allowed = runner.invoke(
                main, ["query", str(graph), query, "--allow-service", "--results-format", "csv"]
            )
            assert allowed.exit_code == 0, allowed.output
            assert "remote" in allowed.stdout and endpoint.requests


# ------------------------------------------------------------------ item 5: memory per record
def test_validation_reads_the_dataset_in_place_and_leaves_it_as_it_was():
    from caexpo_kg.rdf import to_dataset
    from caexpo_kg.rdf.validate import validate_dataset

    dataset = to_dataset(_blank_extractions({"a": GOOD}))
    before = sorted(dataset.quads((None, None, None, None)))
    graphs = {g.identifier for g in dataset.graphs()}
    assert validate_dataset(dataset).conforms
    assert sorted(dataset.quads((None, None, None, None))) == before
    assert {g.identifier for g in dataset.graphs()} == graphs


def test_statements_sort_iris_then_blank_nodes_then_literals_shorter_first():
    import pyoxigraph as ox

    from caexpo_kg.rdf.files import _sort_key

    a, ab, p = ox.NamedNode("urn:a"), ox.NamedNode("urn:ab"), ox.NamedNode("urn:p")
    rows = [
        ox.Triple(a, p, ox.Literal("ab")),
        ox.Triple(a, p, ox.Literal("a")),
        ox.Triple(a, p, ox.BlankNode("b")),
        ox.Triple(ab, p, ox.NamedNode("urn:o")),
        ox.Triple(a, p, ox.NamedNode("urn:z")),
    ]
    assert sorted(rows, key=_sort_key) == [rows[4], rows[2], rows[1], rows[0], rows[3]]


def test_control_characters_in_a_literal_survive_the_sorted_writer():
    """A key marks each term's kind with a control character, dropped from the line by one
    translation of its bytes: a literal's own control characters (escaped in N-Triples
    text) are left alone."""
    import pyoxigraph as ox

    from caexpo_kg.rdf.files import serialize_quads

    value = "a\x00\x01\x02\x03\x04\n\u00e9 0 3"
    a, p = ox.NamedNode("urn:a"), ox.NamedNode("urn:p")
    quads = [ox.Quad(a, p, o, ox.DefaultGraph()) for o in (ox.Literal(value), ox.BlankNode("b1"))]
    for rdf_format, parse_as in (("turtle", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES)):
        back = list(ox.parse(serialize_quads(quads, rdf_format), parse_as))
        assert [t.object for t in back][1] == ox.Literal(value)


def test_quotes_typed_as_two_apostrophes_build_without_a_parser():
    """spaCy's tokenizer leaves an unparsed doc's tree edges stale after "''" glued to a
    word, and walking that tree (``Token.children``) crashed the process with
    ``--model blank``. Run in a child process, so that a crash fails this test alone."""
    import subprocess
    import sys

    script = (
        "from caexpo_kg.api import build_documents\n"
        "from caexpo_kg.read.corpus import read_text\n"
        "text = (\"''Huawei, a telecoms firm, exhibited at the 12th China-ASEAN Expo,'' \"\n"
        "        \"said ''Tan Sri Lim. ''China and ASEAN signed an agreement on trade in \"\n"
        "        \"goods'' and ''unveiled a data hub'' at its 18th edition.\")\n"
        "build_documents([read_text(text, doc_id='quotes')], model='blank', validate=False)\n"
        "print('built')\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "built"


def test_a_doc_without_a_parse_is_not_walked(blank_nlp):
    from caexpo_kg.extract.arrays import has_parse

    assert not has_parse(blank_nlp.make_doc("''Huawei exhibited."))
