"""The front door: :func:`build` and :class:`KnowledgeGraph`, shared by the CLI and notebooks.

Examples
--------
>>> from caexpo_kg import build
>>> kg = build(["data/sample"])  # doctest: +SKIP
>>> kg.write("sample.ttl")  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from rdflib import Dataset, Graph

from .corpus import read_documents, read_text
from .extract import extract_documents
from .model import Document, Extraction
from .nlp import load_pipeline
from .rdf import format_for_path, load_dataset, serialize, to_dataset, write_dataset
from .resolve import merge_extractions
from .vocab import GRAPH

__all__ = ["KnowledgeGraph", "build", "build_documents", "extract"]


class KnowledgeGraph:
    """An RDF dataset of extracted entities, with the views researchers ask for.

    The dataset has named graphs (see :class:`caexpo_kg.vocab.GRAPH`): entities and
    stated relations, mentions and evidence, inferred triples.
    """

    def __init__(self, dataset: Dataset, extractions: list[Extraction] | None = None) -> None:
        self.dataset = dataset
        self.extractions = extractions or []

    # ------------------------------------------------------------- making
    @classmethod
    def load(cls, path: str | os.PathLike[str], rdf_format: str | None = None) -> KnowledgeGraph:
        """Load a graph file of any supported format (Turtle, TriG, N-Quads, JSON-LD ...)."""
        return cls(load_dataset(path, rdf_format))

    @classmethod
    def from_texts(
        cls,
        texts: Iterable[str],
        *,
        published: str | date | None = None,
        model: str | None = None,
        infer: bool = True,
    ) -> KnowledgeGraph:
        """Build a graph from strings (ids ``text-1``, ``text-2`` ...)."""
        documents = [
            read_text(text, doc_id=f"text-{number}", published=published)
            for number, text in enumerate(texts, start=1)
        ]
        return build_documents(documents, model=model, infer=infer)

    # ------------------------------------------------------------- views
    def graph(self, which: str = "entities") -> Graph:
        """One named graph: ``entities``, ``mentions``, ``inferred`` or ``reasoned``."""
        return self.dataset.graph(getattr(GRAPH, which.upper()))

    def union(self) -> Graph:
        """All named graphs as one graph (what a Turtle file holds)."""
        union = Graph()
        for prefix, namespace in self.dataset.namespaces():
            union.bind(prefix, namespace, override=True)
        for s, p, o, _ in self.dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        return union

    def __len__(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))

    # ------------------------------------------------------------- writing
    def serialize(self, rdf_format: str = "turtle") -> bytes:
        """The graph's bytes in ``rdf_format`` (deterministic)."""
        return serialize(self.dataset, format_for_path(None, rdf_format))

    def write(self, path: str | os.PathLike[str], rdf_format: str | None = None) -> None:
        """Write to ``path`` atomically; the format follows the extension unless given."""
        write_dataset(self.dataset, path, format_for_path(path, rdf_format))


def extract(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    infer: bool = True,
    n_process: int = 1,
    batch_size: int = 8,
    on_extraction: Callable[[Extraction], None] | None = None,
) -> list[Extraction]:
    """Run extraction over ``documents`` and merge entities across them."""
    nlp = load_pipeline(model)
    extractions = []
    for extraction in extract_documents(
        nlp, documents, batch_size=batch_size, n_process=n_process, infer=infer
    ):
        if on_extraction is not None:
            on_extraction(extraction)
        extractions.append(extraction)
    return merge_extractions(extractions)


def build_documents(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    infer: bool = True,
    n_process: int = 1,
) -> KnowledgeGraph:
    """Build a :class:`KnowledgeGraph` from :class:`Document` records."""
    extractions = extract(documents, model=model, infer=infer, n_process=n_process)
    return KnowledgeGraph(to_dataset(extractions), extractions)


def build(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    published: str | date | None = None,
    model: str | None = None,
    infer: bool = True,
    n_process: int = 1,
) -> KnowledgeGraph:
    """Build a :class:`KnowledgeGraph` from files and folders (``.txt``, ``.md``, ``.jsonl``).

    ``published`` is the date of texts that carry none (plain ``.txt`` files).
    """
    documents = read_documents([Path(p) for p in inputs], published=published)
    return build_documents(documents, model=model, infer=infer, n_process=n_process)
