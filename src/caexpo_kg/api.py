"""The front door: :func:`build` and :class:`KnowledgeGraph`, shared by the CLI and notebooks.

Examples
--------
>>> from caexpo_kg import build
>>> kg = build(["data/sample"])  # doctest: +SKIP
>>> kg.write("sample.ttl")  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph, URIRef

from . import defaults
from .model import Document, Extraction
from .progress import Progress
from .rdf import format_for_path, load_store, serialize, write_dataset
from .read.corpus import read_documents, read_text
from .vocab import GRAPH

if TYPE_CHECKING:
    import networkx as nx

    from .builder import BuildReport
    from .query.explain import Explanation
    from .query.graph import EntityInfo, EntityViews, GraphStats, RelationPath
    from .query.sparql import QueryResult
    from .rdf.validate import HeldBack
    from .sink.store import GraphStore

__all__ = ["KnowledgeGraph", "build", "build_documents", "extract"]

log = logging.getLogger("caexpo_kg")


class KnowledgeGraph:
    """An RDF dataset of extracted entities, with the views researchers ask for.

    The graph is a pyoxigraph ``Store`` (:attr:`store`: in memory for files and builds,
    the folder's own for :meth:`open_store`) with named graphs (see
    :class:`caexpo_kg.vocab.GRAPH`): entities and stated relations, mentions and
    evidence, inferred triples. SPARQL, the networkx views, ``explain`` and the page of
    ``viz`` read the store in place; :attr:`dataset` is an rdflib copy for rdflib users.
    """

    def __init__(self, store: Any, extractions: list[Extraction] | None = None) -> None:
        """``store``: a pyoxigraph ``Store``; an rdflib ``Dataset`` is accepted too (its
        store copy is made on first use), as :meth:`from_dataset` takes it."""
        from .query.sparql import SparqlStore

        self._graph = SparqlStore(store) if isinstance(store, Graph) else SparqlStore(store=store)
        self._read_only = False  # a store folder opened read-only (open_store)
        self.extractions = extractions or []
        #: Editions the documents dated differently (each kept the corpus's majority year).
        self.year_conflicts = 0
        #: Triples the OWL-RL closure added (``reason=True``), else ``None``.
        self.entailed: int | None = None
        #: Places put in a country by world knowledge (``world_knowledge=True``), else ``None``.
        self.placed: int | None = None
        #: Documents kept out because their triples broke a SHACL shape (``validate``).
        self.held_back: list[HeldBack] = []

    @property
    def store(self) -> Any:
        """The graph: a pyoxigraph ``Store``, its default graph the union of the named ones
        in queries (``use_default_graph_as_union=True``)."""
        return self._graph.store()

    @property
    def dataset(self) -> Dataset:
        """An rdflib ``Dataset`` copy of :attr:`store`, made on first use and kept.

        For rdflib users (pyshacl, owlrl, notebooks); it costs about 1.2 KB a triple.
        Edits made through it (``kg.dataset``, :meth:`graph`) reach the store: the store
        is copied from it again the next time it is read.
        """
        return self._graph.dataset

    # ------------------------------------------------------------- making
    @classmethod
    def load(cls, path: str | os.PathLike[str], rdf_format: str | None = None) -> KnowledgeGraph:
        """Load a graph file of any supported format (Turtle, TriG, N-Quads, JSON-LD ...),
        parsed by pyoxigraph into an in-memory store."""
        return cls(load_store(path, rdf_format))

    @classmethod
    def from_build(cls, store: GraphStore, report: BuildReport) -> KnowledgeGraph:
        """The graph a :class:`~caexpo_kg.builder.Builder` built into ``store``."""
        kg = cls(store.oxigraph, store.extractions())
        kg.year_conflicts = report.year_conflicts
        kg.entailed, kg.placed = report.entailed, report.placed
        kg.held_back = report.held_back
        return kg

    @classmethod
    def from_dataset(
        cls, dataset: Dataset, extractions: list[Extraction] | None = None
    ) -> KnowledgeGraph:
        """The graph an rdflib ``Dataset`` holds (copied into a store on first use)."""
        return cls(dataset, extractions)

    @classmethod
    def open_store(cls, path: str | os.PathLike[str]) -> KnowledgeGraph:
        """Open an Oxigraph store folder written by ``build --store``, read-only.

        Every view reads the store on disk in place; nothing is copied unless
        :attr:`dataset` is asked for.
        """
        from .sink.store import GraphStore

        kg = cls(GraphStore(path, read_only=True).oxigraph)
        kg._read_only = True
        return kg

    @classmethod
    def from_texts(
        cls,
        texts: Iterable[str],
        *,
        published: str | date | None = None,
        model: str | None = None,
        infer: bool = defaults.INFER,
        validate: bool = defaults.VALIDATE,
        strict: bool = defaults.STRICT,
        reason: bool = defaults.REASON,
    ) -> KnowledgeGraph:
        """Build a graph from strings (ids ``text-1``, ``text-2`` ...), as :func:`build` does."""
        documents = [
            read_text(text, doc_id=f"text-{number}", published=published)
            for number, text in enumerate(texts, start=1)
        ]
        return build_documents(
            documents, model=model, infer=infer, validate=validate, strict=strict, reason=reason
        )

    # ------------------------------------------------------------- views
    def graph(self, which: str = "entities") -> Graph:
        """One named graph: ``entities``, ``mentions``, ``inferred``, ``reasoned`` or ``world``.

        The graph of :attr:`dataset` (rdflib): edits to it reach the store.
        """
        return self.dataset.graph(getattr(GRAPH, which.upper()))

    def union(self) -> Graph:
        """All named graphs as one rdflib graph (what a Turtle file holds), a copy."""
        from .rdf import bind_prefixes, triple_from_oxigraph

        union = bind_prefixes(Graph())
        union.addN((*triple_from_oxigraph(quad), union) for quad in self.store)
        return union

    def __len__(self) -> int:
        """Quads in the store (a triple in two named graphs counts twice)."""
        return len(self.store)

    # ------------------------------------------------------------- writing
    def serialize(self, rdf_format: str = "turtle") -> bytes:
        """The graph's bytes in ``rdf_format`` (deterministic)."""
        return serialize(self.store, format_for_path(None, rdf_format))

    def write(self, path: str | os.PathLike[str], rdf_format: str | None = None) -> None:
        """Write to ``path`` atomically; the format follows the extension unless given."""
        write_dataset(self.store, path, format_for_path(path, rdf_format))

    # ------------------------------------------------------------- asking (query.py, graph.py)
    def sparql(self, query: str, *, allow_service: bool = False, **bindings: Any) -> QueryResult:
        """Run SPARQL over the union of the named graphs; ``bindings`` are bound as values.

        A ``SERVICE`` clause (a request to another endpoint) is refused unless
        ``allow_service``.

        Names are never spliced into the query text: ``kg.sparql(q, edition="15th
        China-ASEAN Expo")`` binds ``?edition`` to that literal (it must be selected).

        >>> kg.sparql("SELECT ?o WHERE { ?o rdfs:label ?name }", name="Huawei")  # doctest: +SKIP
        """
        from .query.sparql import run_query

        return run_query(self._graph, query, bindings, allow_service=allow_service)

    def named_query(self, name: str, **bindings: Any) -> QueryResult:
        """Run one of the shipped ``queries/*.rq`` (``"organisations-at-edition"``)."""
        from .query.sparql import load_named_query

        return self.sparql(load_named_query(name), **bindings)

    def check_bound_names(self, bindings: Mapping[str, Any]) -> None:
        """Raise :class:`~caexpo_kg.errors.QueryError` if a bound string names no entity.

        A query that binds a label nobody has answers nothing, silently; the command line
        asks this when a query with bindings finds no rows, to say why and suggest the
        closest names (rapidfuzz, as :meth:`find` does).
        """
        from rdflib import Literal
        from rdflib.term import Identifier

        from .errors import QueryError
        from .query.graph import ENTITY_NAMES_QUERY, closest

        def is_name(value: Any) -> bool:  # a plain string or plain literal (IRIs are str too)
            if isinstance(value, Literal):
                return value.datatype is None and not value.language
            return isinstance(value, str) and not isinstance(value, Identifier)

        strings = {
            name.lstrip("?$"): str(value) for name, value in bindings.items() if is_name(value)
        }
        if not strings:
            return
        names = [str(row[0]) for row in self.sparql(ENTITY_NAMES_QUERY).rows if row[0] is not None]
        known = {name.casefold() for name in names}
        for variable, value in strings.items():
            if value.strip().casefold() not in known:
                message = f"?{variable} = {value!r} is no entity's label or alias"
                suggestions = closest(value, names)
                if suggestions:
                    message += "; did you mean: " + ", ".join(map(repr, suggestions)) + "?"
                raise QueryError(message)

    def _views(self) -> EntityViews:
        from .query.graph import EntityViews

        views = self.__dict__.get("_entity_views")
        if views is None:
            views = self.__dict__["_entity_views"] = EntityViews(
                lambda: self.store, read_only=self._read_only
            )
        return views

    def to_networkx(self) -> nx.MultiDiGraph:
        """Entities and their relations as a networkx ``MultiDiGraph`` (a fresh copy)."""
        return self._views().networkx().copy()

    def find(self, name: str) -> EntityInfo:
        """The entity with this label or alias (any case); else ``EntityNotFoundError``."""
        from .query.graph import find_entity

        return find_entity(self._views().table(), name)

    def explain(self, subject: str, predicate: str, obj: str) -> list[Explanation]:
        """The rule and sentence behind a triple; names are resolved like :meth:`find`.

        ``predicate`` is a relation's name (``participatedIn``, ``ckg:participatedIn``)
        or an IRI; an unknown name is a :class:`~caexpo_kg.errors.QueryError`.
        """
        from .query.explain import explain
        from .query.graph import relation_name
        from .vocab import CKG

        predicate_iri = URIRef(predicate) if "://" in predicate else CKG[relation_name(predicate)]
        return explain(self.store, self.find(subject).iri, predicate_iri, self.find(obj).iri)

    def path(self, a: str, b: str, k: int = 1) -> list[RelationPath]:
        """Up to ``k`` shortest relationship paths between two entities (names or IRIs)."""
        from .query.graph import shortest_paths

        return shortest_paths(self._views().networkx(), a, b, k)

    def neighbors(self, x: str, depth: int = 1, predicate: str | None = None) -> list[RelationPath]:
        """What lies within ``depth`` steps of ``x``, optionally over one relation only."""
        from .query.graph import neighbourhood

        return neighbourhood(self._views().networkx(), x, depth, predicate)

    def entities(self, type: str | None = None) -> list[EntityInfo]:
        """The entities, of one core class (``"Organisation"``) or all."""
        from .query.graph import entities_of

        return entities_of(self._views().table(), type)

    def stats(self, top: int = 10) -> GraphStats:
        """Counts per class and property; the most central entities."""
        from .query.graph import graph_stats

        return graph_stats(self._views().networkx(), top)


def _documents(documents: Iterable[Document]) -> Iterator[Document]:
    """``documents``, each checked to be a :class:`Document` as it is read: a string
    fails at once, and anything else when it is reached, with a message that says what to
    pass, not deep inside spaCy's pipe."""
    if isinstance(documents, str | bytes):
        raise TypeError(
            "documents must be Document records, not a string: "
            "pass [Document(id='a', text=...)] (caexpo_kg.model.Document)"
        )
    return map(_checked_document, documents)


def _checked_document(document: object) -> Document:
    if not isinstance(document, Document):
        raise TypeError(
            f"documents must be Document records, not {type(document).__name__}: "
            "pass Document(id=..., text=...) (caexpo_kg.model.Document)"
        )
    return document


def extract(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    infer: bool = defaults.INFER,
    learned_entities: bool = defaults.LEARNED_ENTITIES,
    n_process: int = 1,
    batch_size: int = 8,
    on_extraction: Callable[[Extraction], None] | None = None,
    engine: Any = None,
) -> list[Extraction]:
    """Run extraction over ``documents`` and merge entities across them (no RDF).

    ``engine`` is a :mod:`caexpo_kg.pipeline.engines` engine (e.g. Dask); default: local, with
    ``n_process`` processes.
    """
    # Imported here, not at the top: they import spaCy (0.5 s and more), which the verbs
    # that only read a graph (query, path, stats ...) must not pay for.
    from .pipeline.engines import LocalEngine
    from .resolve.entities import EntityTable

    engine = engine or LocalEngine(n_process)
    extractions = []
    table = EntityTable()
    stream = engine.extract(
        _documents(documents),
        model=model,
        infer=infer,
        batch_size=batch_size,
        learned_entities=learned_entities,
    )
    for extraction in stream:
        if on_extraction is not None:
            on_extraction(extraction)
        extractions.append(extraction)
        table.add(extraction)
    return [table.apply(extraction) for extraction in extractions]


def build_documents(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    infer: bool = defaults.INFER,
    validate: bool = defaults.VALIDATE,
    strict: bool = defaults.STRICT,
    reason: bool = defaults.REASON,
    world_knowledge: bool = defaults.WORLD_KNOWLEDGE,
    learned_entities: bool = defaults.LEARNED_ENTITIES,
    n_process: int = 1,
    on_extraction: Callable[[Extraction], None] | None = None,
    engine: Any = None,
    progress: Progress | None = None,
) -> KnowledgeGraph:
    """Build a :class:`KnowledgeGraph` from :class:`Document` records, as :func:`build` does.

    The build is :class:`caexpo_kg.builder.Builder`'s, into memory: the one the command
    line writes to a file or a store. With ``validate``, the documents whose triples
    break a SHACL shape are held back (``kg.held_back`` lists each with its violations;
    a warning names it) and the rest is merged again; a violation no document stands
    behind raises :class:`~caexpo_kg.errors.ValidationError`. With ``strict`` too, any
    violation raises. ``learned_entities`` drops the entities the learned filter rejects,
    then the relations the relation filter rejects (the command line's ``--learned``;
    ``docs/learned-layer.md``).
    """
    from .builder import Builder, MemorySink
    from .pipeline.engines import LocalEngine

    builder = Builder(
        model=model,
        engine=engine or LocalEngine(n_process),
        infer=infer,
        validate=validate,
        strict=strict,
        reason=reason,
        world_knowledge=world_knowledge,
        learned_entities=learned_entities,
        progress=progress,
        on_extraction=on_extraction,
    )
    sink = MemorySink()
    report = builder.build(_documents(documents), sink)
    return KnowledgeGraph.from_build(sink.store, report)


def build(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    published: str | date | None = None,
    **options: Any,
) -> KnowledgeGraph:
    """Build a :class:`KnowledgeGraph` from files and folders (``.txt``, ``.md``, ``.jsonl``).

    ``published`` is the date of texts that carry none (plain ``.txt`` files);
    ``options`` are :func:`build_documents`' (``model``, ``infer``, ``validate``,
    ``reason``, ``learned_entities``, ``n_process``, ``engine``, ``progress`` ...). Its
    defaults are the command line's (:mod:`caexpo_kg.defaults`): editions' years inferred, the graph
    checked against the SHACL shapes with the documents that break them held back
    (``kg.held_back``; ``strict=True`` makes any violation raise
    :class:`~caexpo_kg.errors.ValidationError`, its ``report`` listing each), no
    OWL-RL closure unless ``reason=True``.
    """
    documents = read_documents([Path(p) for p in inputs], published=published)
    return build_documents(documents, **options)
