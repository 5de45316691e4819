"""A worker beside the build parses and sends the parses back; this process extracts.

One bad document costs that document only, wherever it fails: in spaCy (the worker) or
in the extraction after it (this process)."""

from __future__ import annotations

import pytest

from caexpo_kg.model import Document
from caexpo_kg.pipeline.engines import LocalEngine
from conftest import warning_messages

TEXTS = {
    "first": "The 13th China-ASEAN Expo opened in Nanning in 2016.\n",
    "broken": "A forum opened in Vientiane.\n",
    "last": "The 14th China-ASEAN Expo opened in Nanning in 2017.\n",
}

pytestmark = pytest.mark.filterwarnings(
    "ignore:This process .* is multi-threaded:DeprecationWarning"
)


def _documents() -> list[Document]:
    return [Document(id=i, text=t, source=f"news/{i}.txt") for i, t in TEXTS.items()]


def _aside(documents: list[Document]) -> list:
    engine = LocalEngine(worker_after=0, start_method="fork")  # the worker inherits patches
    extracted = list(engine.extract(documents, model="blank"))
    assert engine.parses_elsewhere and engine.worker_cpu > 0.0
    return extracted


def test_the_parses_sent_back_extract_as_a_parse_here_does():
    from caexpo_kg.extract.nlp import load_pipeline
    from caexpo_kg.pipeline.document import extract_documents

    here = list(extract_documents(load_pipeline("blank"), _documents()))
    assert _aside(_documents()) == here


def test_a_document_spacy_fails_on_in_the_worker_is_left_out(monkeypatch):
    from caexpo_kg.extract.components.entities import EntityRecognizer

    recognise = EntityRecognizer._recognise

    def failing_on_one_text(self, doc):
        if "Vientiane" in doc.text:
            raise IndexError("list index out of range")
        return recognise(self, doc)

    monkeypatch.setattr(EntityRecognizer, "_recognise", failing_on_one_text)
    assert [x.document.id for x in _aside(_documents())] == ["first", "last"]


def test_a_document_its_extraction_fails_on_here_is_left_out_and_named(monkeypatch, warnings_log):
    from caexpo_kg.pipeline import document

    extract_doc = document.extract_doc

    def failing_on_one(doc, one, **options):
        if one.id == "broken":
            raise KeyError("no such entity")
        return extract_doc(doc, one, **options)

    monkeypatch.setattr(document, "extract_doc", failing_on_one)
    assert [x.document.id for x in _aside(_documents())] == ["first", "last"]
    (message,) = warning_messages(warnings_log)
    assert "news/broken.txt: left out" in message and "KeyError" in message


def test_a_parse_the_worker_cannot_send_is_left_out(monkeypatch):
    from caexpo_kg.extract.components.entities import EntityRecognizer

    recognise = EntityRecognizer._recognise

    def unsendable_on_one_text(self, doc):
        if "Vientiane" in doc.text:
            doc.user_data["cache"] = object()  # msgpack cannot write it
        return recognise(self, doc)

    monkeypatch.setattr(EntityRecognizer, "_recognise", unsendable_on_one_text)
    assert [x.document.id for x in _aside(_documents())] == ["first", "last"]
