"""Shared fixtures: the real model loads once per session, only for tests marked ``model``."""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "data" / "sample"
GOLD = REPO / "data" / "gold"


@pytest.fixture(scope="session")
def nlp():
    """The full English pipeline with our components (loaded once)."""
    from caexpo_kg.extract.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def blank_nlp():
    """A model-free pipeline: spaCy's blank English plus our components."""
    from caexpo_kg.extract.nlp import load_pipeline

    return load_pipeline("blank")


@pytest.fixture(scope="session")
def sample_kg(nlp):
    """The knowledge graph of the bundled sample corpus (built once)."""
    from caexpo_kg import build

    return build([SAMPLE])


@pytest.fixture
def warnings_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Our warnings, captured (the CLI turns the logger's propagation off; this turns it on)."""
    caplog.set_level(logging.WARNING, logger="caexpo_kg")
    logging.getLogger("caexpo_kg").propagate = True
    return caplog


def warning_messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The text of each warning (or worse) captured."""
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def misread_first_mention(monkeypatch: pytest.MonkeyPatch, text: str, doc_id: str | None = None):
    """Make extraction misread the first mention of ``doc_id`` (of every document if
    ``None``): its anchor is ``text``, no longer the text at its offsets. Patched where
    extractions leave the engine, so every build path sees the same misreading."""
    from dataclasses import replace

    from caexpo_kg.pipeline.engines import LocalEngine

    real_extract = LocalEngine.extract

    def extract(self, documents, **options):
        for extraction in real_extract(self, documents, **options):
            if extraction.mentions and doc_id in (None, extraction.document.id):
                first = replace(extraction.mentions[0], text=text)
                extraction = replace(extraction, mentions=(first, *extraction.mentions[1:]))
            yield extraction

    monkeypatch.setattr(LocalEngine, "extract", extract)


#: Three short news items: an edition, its acronym, an organiser, a participant.
NEWS_TEXTS = {
    "news-1": "The 12th China-ASEAN Expo (CAEXPO) opened in Nanning on Friday.\n\n"
    "The 11th CAEXPO was held in 2014, organised by the ASEAN Secretariat.\n",
    "news-2": "The 13th China-ASEAN Expo was held in Nanning in 2016.\n",
    "news-3": "Malaysia took part in the 13th China-ASEAN Expo.\n",
}


def news_documents():
    """:data:`NEWS_TEXTS` as documents published on 18 September 2016."""
    from caexpo_kg.read.corpus import read_text

    return [
        read_text(text, doc_id=doc_id, published="2016-09-18")
        for doc_id, text in NEWS_TEXTS.items()
    ]


def entities(nlp, text: str) -> dict[str, str]:
    """label → core class of every entity resolved from ``text`` (the entity shape tests)."""
    from caexpo_kg.resolve.entities import resolve_document

    resolved = resolve_document(nlp(text), None)
    return {e.label: e.core_class for e in resolved.entities.values()}


def relation_facts(
    nlp, text: str, published: str, properties: tuple[str, ...] = (), *, rule: str | None = None
) -> set[tuple[str, str, str]]:
    """(subject, property, object) labels of the facts the relation rules make of ``text``
    (rules only): those with one of ``properties``, or every fact of the one ``rule``
    named. An object no entity names (a literal) shows the tail of its key."""
    from datetime import date
    from itertools import chain

    from caexpo_kg.relate import DocumentIndex, run_rules
    from caexpo_kg.resolve.entities import resolve_document

    doc = nlp(text)
    day = date.fromisoformat(published)
    resolved = resolve_document(doc, day)
    findings = run_rules(DocumentIndex(doc, resolved, day))
    made = findings.made_by.get(rule, []) if rule else list(chain(*findings.made_by.values()))
    label = {key: entity.label for key, entity in resolved.entities.items()}
    return {
        (label.get(r.subject, r.subject), r.predicate, label.get(r.object, r.object.split("/")[-1]))
        for r in made
        if rule or r.predicate in properties
    }


def with_ner(nlp, text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    """The entities of ``text`` where the NER found exactly ``spans`` ((text, label)): a
    rule pinned down whatever the statistical model says of the sentence today."""
    from caexpo_kg.resolve.entities import resolve_document

    with nlp.select_pipes(disable=["caexpo_entities"]):
        doc = nlp(text)
    ents = []
    for words, label in spans:
        start = text.index(words)
        ents.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = ents
    resolved = resolve_document(nlp.get_pipe("caexpo_entities")(doc), None)
    return {e.label: e.core_class for e in resolved.entities.values()}


def with_ner_place(nlp, text: str, name: str, label: str = "GPE") -> dict[str, str]:
    """The entities of ``text`` where the NER took ``name`` for a ``label`` (and nothing
    overlapping it for anything else)."""
    from spacy.tokens import Span

    from caexpo_kg.resolve.entities import resolve_document

    with nlp.select_pipes(disable=["caexpo_entities"]):
        doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    end = start + len(name.split())
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [
        Span(doc, start, end, label=label)
    ]
    resolved = resolve_document(nlp.get_pipe("caexpo_entities")(doc), None)
    return {e.label: e.core_class for e in resolved.entities.values()}


def resolve_hand_spans(text: str, spans: list[tuple[str, str, str]]):
    """Resolve ``text`` on a blank pipeline with the given ``(surface, class, rule)`` spans
    (each the first occurrence of its surface after the previous one): resolution
    tested apart from the statistical model."""
    import spacy

    from caexpo_kg.extract.components.entities import SPANS_KEY, register_extensions
    from caexpo_kg.resolve.entities import resolve_document

    register_extensions()
    doc = spacy.blank("en")(text)
    made, position = [], 0
    for surface, core_class, rule in spans:
        start = text.index(surface, position)
        position = start + len(surface)
        span = doc.char_span(start, position, label=core_class)
        span._.caexpo_label = surface
        span._.caexpo_rule = rule
        made.append(span)
    doc.spans[SPANS_KEY] = made
    return resolve_document(doc, None)


def load_scripts(monkeypatch: pytest.MonkeyPatch, *names: str) -> ModuleType:
    """Import ``scripts/<name>.py`` for each name, in order (later scripts import earlier
    ones; their dataclasses need them in ``sys.modules``), undone after the test; returns
    the last."""
    folder = REPO / "scripts"
    monkeypatch.syspath_prepend(str(folder))
    for name in names:
        spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        monkeypatch.setitem(sys.modules, name, module)
        spec.loader.exec_module(module)
    return sys.modules[names[-1]]
