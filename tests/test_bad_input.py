"""Bad input never breaks a build: each bad file is one warning line, the others are read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from caexpo_kg.cli import main
from caexpo_kg.errors import InputError
from caexpo_kg.read import corpus
from caexpo_kg.read.corpus import read_documents, read_file
from conftest import warning_messages

GOOD = "The 12th China-ASEAN Expo opened in Nanning in 2015.\n"

HTML_PAGE = """<html><head><title>12th CAEXPO opens</title>
<meta property="article:published_time" content="2015-09-18"></head>
<body><nav>Home | News | Sports</nav>
<article><h1>12th CAEXPO opens in Nanning</h1>
<p>The 12th China-ASEAN Expo opened in Nanning on Friday, with leaders from the ten
ASEAN member states in attendance.</p>
<p>The expo is organised by the Ministry of Commerce of China and the ASEAN Secretariat.</p>
</article><footer>Copyright 2015 Example News</footer></body></html>
"""


def test_invalid_utf8_is_replaced_and_named_with_its_byte_offset(tmp_path, warnings_log):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf" + b"\xe9 in Nanning.\n")
    (document,) = read_file(path)
    assert document.text == "Caf\ufffd in Nanning.\n"
    (message,) = warning_messages(warnings_log)
    assert str(path) in message
    assert "at byte 3" in message


def test_utf16_with_a_bom_is_decoded(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(GOOD.encode("utf-16"))
    (document,) = read_file(path)
    assert document.text == GOOD


@pytest.mark.parametrize(
    "raw",
    [b"\x00\x01\x02binary\x00" * 50, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", bytes(range(1, 32)) * 40],
    ids=["nul-bytes", "pdf", "control-characters"],
)
def test_binary_files_are_skipped_with_a_warning(tmp_path, warnings_log, raw):
    path = tmp_path / "data.txt"
    path.write_bytes(raw)
    assert list(read_file(path)) == []
    (message,) = warning_messages(warnings_log)
    assert str(path) in message and "binary" in message


@pytest.mark.parametrize("content", [b"", b"  \n\n\t", b"---\ntitle: x\n---\n\n"])
def test_empty_files_are_skipped(tmp_path, warnings_log, content):
    path = tmp_path / "empty.md"
    path.write_bytes(content)
    assert list(read_file(path)) == []
    assert any("empty" in m and str(path) in m for m in warning_messages(warnings_log))


def test_files_over_the_limit_are_refused(tmp_path, warnings_log, monkeypatch):
    monkeypatch.setattr(corpus, "MAX_TEXT_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text("The expo opened. " * 200, encoding="utf-8")
    assert list(read_file(path)) == []
    (message,) = warning_messages(warnings_log)
    assert str(path) in message and "limit" in message and "CAEXPO_KG_MAX_BYTES" in message


def test_the_limit_is_overridable_from_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("The expo opened. " * 400, encoding="utf-8")
    monkeypatch.setenv("CAEXPO_KG_MAX_BYTES", "100")
    assert list(read_file(path)) == []
    monkeypatch.setenv("CAEXPO_KG_MAX_BYTES", "100000")
    assert len(list(read_file(path))) == 1
    monkeypatch.setenv("CAEXPO_KG_MAX_BYTES", "lots")
    with pytest.raises(InputError, match="CAEXPO_KG_MAX_BYTES"):
        list(read_documents([path]))


def test_a_large_jsonl_record_is_refused_but_not_its_neighbours(
    tmp_path, warnings_log, monkeypatch
):
    monkeypatch.setattr(corpus, "MAX_TEXT_BYTES", 500)
    path = tmp_path / "corpus.jsonl"
    records = [
        {"id": "a", "text": GOOD},
        {"id": "b", "text": "x " * 400},
        {"id": "c", "text": GOOD},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    assert [d.id for d in read_file(path)] == ["a", "c"]
    assert any(f"{path}:2" in m for m in warning_messages(warnings_log))


def test_html_pages_give_main_text_title_and_date(tmp_path):
    pytest.importorskip("trafilatura")
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    (document,) = read_file(path)
    assert "12th China-ASEAN Expo opened in Nanning" in document.text
    assert "Copyright" not in document.text and "Sports" not in document.text
    assert document.published is not None and document.published.isoformat() == "2015-09-18"
    assert document.title is not None and document.title.startswith("12th CAEXPO opens")


def test_html_without_main_text_is_skipped(tmp_path, warnings_log):
    pytest.importorskip("trafilatura")
    path = tmp_path / "empty.htm"
    path.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    assert list(read_file(path)) == []
    assert any(str(path) in m for m in warning_messages(warnings_log))


def test_html_without_trafilatura_says_what_to_install(tmp_path, warnings_log, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    assert list(read_file(path)) == []
    (message,) = warning_messages(warnings_log)
    assert "caexpo-kg[html]" in message


def test_malformed_jsonl_lines_are_named_by_file_and_line(tmp_path, warnings_log):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        '{"id": "a", "text": "ASEAN met."}\n'
        "{not json\n"
        '{"id": "b"}\n'
        '["a", "list"]\n'
        '{"id": "c", "text": "x", "published": "2015-13-45"}\n'
        "\n"
        '{"id": "d", "text": "China met."}\n',
        encoding="utf-8",
    )
    assert [d.id for d in read_file(path)] == ["a", "d"]
    messages = warning_messages(warnings_log)
    for line in (2, 3, 4, 5):
        assert any(m.startswith(f"{path}:{line}:") for m in messages), line


def test_an_unreadable_file_is_skipped_and_the_others_read(tmp_path, warnings_log, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    real_open = os.open

    def open_file(path, flags, *args, **kwargs):  # chmod 000 does not stop root: deny here
        if Path(path).name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_file)
    assert [d.id for d in read_documents([tmp_path])] == ["b"]
    (message,) = warning_messages(warnings_log)
    assert "a.txt" in message and "Permission denied" in message


def test_a_missing_path_is_an_error_before_anything_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(InputError, match="no such file"):
        next(read_documents([tmp_path, tmp_path / "missing"]))


def test_a_bad_front_matter_date_keeps_the_document(tmp_path, warnings_log):
    path = tmp_path / "a.md"
    path.write_text("---\npublished: soon\n---\nASEAN met.\n", encoding="utf-8")
    (document,) = read_documents([path], published="2015-01-01")
    assert document.published is not None and document.published.year == 2015
    assert any("soon" in m for m in warning_messages(warnings_log))


def test_a_duplicate_id_skips_the_second_document(tmp_path, warnings_log):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    assert len(list(read_documents([tmp_path]))) == 1
    assert any("already used" in m for m in warning_messages(warnings_log))


# ------------------------------------------------------------------ the CLI
def _bad_corpus(folder: Path) -> None:
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good2.md").write_text("---\npublished: 2013-09-03\n---\nASEAN met.\n")
    (folder / "latin.txt").write_bytes(b"ASEAN met in Hu\xe9.\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "corpus.jsonl").write_text('{"id": "j", "text": "ASEAN met."}\n{oops\n')


def test_cli_builds_the_good_documents_and_names_each_bad_one(tmp_path):
    folder = tmp_path / "in"
    _bad_corpus(folder)
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(
        main,
        ["build", str(folder), "-o", str(out), "--model", "blank", "--published", "2015-01-01"],
    )
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    warnings = [line for line in result.stderr.splitlines() if ": warning: " in line]
    for name in ("latin.txt", "binary.txt", "empty.txt", "corpus.jsonl:2"):
        assert sum(name in line for line in warnings) == 1, name
    text = out.read_text(encoding="utf-8")
    for doc_id in ("good", "good2", "latin", "j"):
        assert f'dcterms:identifier "{doc_id}"' in text


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--published", "2015-02-30"], "--published"),
        (["--published", "last year"], "--published"),
    ],
)
def test_cli_a_bad_published_date_is_one_line_and_exit_1(tmp_path, args, needle):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--model", "blank", *args])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and needle in result.stderr
    assert "Traceback" not in result.output


def test_cli_a_missing_input_is_one_line_and_exit_1(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope.txt"), "--model", "blank"])
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("nope.txt: no such file or directory")


def test_cli_nothing_readable_is_exit_1_and_no_output(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(out), "--model", "blank"])
    assert result.exit_code == 1
    assert not out.exists()


@pytest.mark.model
def test_a_document_a_rule_fails_on_is_left_out_and_named_the_others_extracted(
    nlp, warnings_log, monkeypatch
):
    from caexpo_kg.extract.components.entities import EntityRecognizer
    from caexpo_kg.model import Document
    from caexpo_kg.pipeline.document import extract_documents

    recognise = EntityRecognizer._recognise

    def failing_on_one_text(self, doc):
        if "Vientiane" in doc.text:
            raise IndexError("list index out of range")
        return recognise(self, doc)

    # a bug a rule meets on one text (an empty span, say) costs that document only
    monkeypatch.setattr(EntityRecognizer, "_recognise", failing_on_one_text)
    documents = [
        Document(id="first", text=GOOD),
        Document(id="broken", text="A forum opened in Vientiane.", source="news/broken.txt"),
        Document(id="last", text="The 13th China-ASEAN Expo opened in Nanning in 2016.\n"),
    ]
    extracted = list(extract_documents(nlp, documents))
    assert [x.document.id for x in extracted] == ["first", "last"]
    assert "13th China-ASEAN Expo" in {e.label for e in extracted[1].entities}
    (message,) = warning_messages(warnings_log)
    assert "news/broken.txt: left out" in message and "IndexError" in message
    # a user's CAEXPO_KG_DEBUG asks for the traceback instead
    monkeypatch.setenv("CAEXPO_KG_DEBUG", "1")
    with pytest.raises(IndexError):
        list(extract_documents(nlp, documents))
    # the pipeline's own handler is back once the build is done
    monkeypatch.setattr(EntityRecognizer, "_recognise", recognise)
    assert nlp.default_error_handler.__name__ == "raise_error"
