"""One build path: documents → extraction → merging → RDF → a sink.

:class:`Builder` reads a corpus once, in a stream, and writes its graph into a
:class:`~caexpo_kg.sink.store.GraphStore`: a folder for ``build --store`` (incremental:
unchanged documents are not read again), or memory for a file, a remote endpoint
or a :class:`~caexpo_kg.api.KnowledgeGraph`. The sink decides only where the
finished graph goes (:class:`FileSink`, :class:`StoreSink`, :class:`RemoteSink`,
:class:`MemorySink`); every option — the engine (``--jobs``, Dask), ``--reason``,
``--world-knowledge``, validation — works the same on each.

One pass while spaCy reads: each document's quads are written as soon as it is
extracted, merged with what the corpus has shown so far (a background thread
writes while spaCy parses the next batch); its unmerged extraction waits in the
store's ledger (SQLite, on disk), not in memory. At the end the few documents whose
merge came out otherwise (an acronym defined later, an outvoted year) are patched,
and the entity and inferred graphs are replaced where they differ. Then, as asked:
the OWL-RL closure, world knowledge, and the SHACL check (the documents whose
triples break a shape are held back and the rest merged again without them).

Examples
--------
>>> from caexpo_kg.builder import Builder, FileSink
>>> report = Builder(model="en_core_web_sm").build(documents, FileSink("g.ttl"))  # doctest: +SKIP
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import TYPE_CHECKING, Any, Protocol

import pyoxigraph as ox

from . import defaults
from .errors import ValidationError
from .model import Document, Extraction
from .pipeline.codec import extraction_from_json, extraction_to_json
from .progress import Progress
from .rdf import (
    QUAD_FORMATS,
    Layout,
    StagedFile,
    document_quads,
    entity_triples,
    serialize_quads,
)
from .rdf.mapping import ENTITIES, INFERRED, Edge, relation_edges, relation_triple
from .rdf.terms import T, document_graph, document_node, to_oxigraph
from .resolve.entities import EntityTable, Keymap, remap
from .sink.store import BatchWriter, GraphStore, fingerprint
from .vocab import GRAPH, document_iri

if TYPE_CHECKING:
    from .rdf.validate import DocumentChecks

__all__ = [
    "BuildReport",
    "Builder",
    "FileSink",
    "MemorySink",
    "RemoteSink",
    "Sink",
    "StoreSink",
]

log = logging.getLogger("caexpo_kg")


@dataclass
class Stage:
    """Time spent in one stage of a build (seconds; CPU is this process's, and for
    ``extract`` its worker processes' too)."""

    wall: float = 0.0
    cpu: float = 0.0


@dataclass
class BuildReport:
    """What one build did."""

    documents: int = 0
    """Documents in the input."""
    extracted: int = 0
    """New or changed documents read with spaCy."""
    unchanged: int = 0
    """Documents skipped: same text, metadata, model and rules as last time."""
    removed: int = 0
    """Documents in the store that are no longer in the input: their graphs dropped."""
    rewritten: int = 0
    """Document graphs written (new, changed, or touched by a change in merging)."""
    year_conflicts: int = 0
    """Editions that documents place in different years (the corpus's vote kept one)."""
    entities: int = 0
    quads: int = 0
    entailed: int | None = None
    """Triples the OWL-RL closure added (``reason``), else ``None``."""
    placed: int | None = None
    """Places put in a country by world knowledge (``world_knowledge``), else ``None``."""
    held_back: list[Any] = field(default_factory=list)
    """Documents kept out because their triples broke a SHACL shape (``validate``)."""
    worker_cpu: float = 0.0
    """CPU seconds spent in worker processes (``--jobs``, or one parsing beside this
    one): counted in the ``extract`` stage, unseen by this process's ``getrusage``."""
    worker_peak_mib: float = 0.0
    """The largest worker process's peak resident memory (MiB; 0: parsed here)."""
    stages: dict[str, Stage] = field(default_factory=dict)
    """Wall and CPU seconds per stage: ``extract`` (spaCy and our components, waited
    for), ``merge`` (merging and mapping to RDF while the corpus streams), ``patch``,
    ``reason``, ``world``, ``validate``, ``write``."""

    def timings(self) -> dict[str, Any]:
        """The stages and counts as plain data (``build --timings FILE``)."""
        return {
            "stages": {
                name: {"wall": round(stage.wall, 3), "cpu": round(stage.cpu, 3)}
                for name, stage in self.stages.items()
            },
            "worker_cpu": round(self.worker_cpu, 3),
            "worker_peak_mib": round(self.worker_peak_mib, 1),
            "documents": self.documents,
            "entities": self.entities,
            "triples": self.quads,
        }


class Sink(Protocol):
    """Where a build's graph goes: a store to build into, and what to do at the end.

    ``prepare`` writes what can be written before the graph is known to conform (a
    temporary file, the bytes to send), in a thread beside validation; ``finish`` puts
    it in place (or does the whole write, when nothing was prepared); ``discard`` drops
    what was prepared when the graph does not conform.
    """

    store: GraphStore

    def prepare(self, cancelled: Callable[[], bool]) -> None: ...

    def discard(self) -> None: ...

    def finish(self, report: BuildReport) -> None: ...


class _NothingToPrepare:
    """A sink whose graph is the store itself: nothing is written at the end."""

    def prepare(self, cancelled: Callable[[], bool]) -> None:
        pass

    def discard(self) -> None:
        pass


class StoreSink(_NothingToPrepare):
    """An Oxigraph store folder, built incrementally (``build --store DIR``)."""

    def __init__(self, store: GraphStore | str | os.PathLike[str]) -> None:
        self.store = store if isinstance(store, GraphStore) else GraphStore(store)
        self.path = self.store.path

    def finish(self, report: BuildReport) -> None:
        self.store.flush()


class MemorySink(_NothingToPrepare):
    """An in-memory store, for the Python API (:func:`caexpo_kg.api.build`)."""

    def __init__(self) -> None:
        self.store = GraphStore(None)

    def finish(self, report: BuildReport) -> None:
        pass


class FileSink:
    """A file (or standard output for ``-``), written atomically once the graph is done."""

    def __init__(
        self, path: str | os.PathLike[str], rdf_format: str, store: GraphStore | None = None
    ) -> None:
        self.path, self.rdf_format = path, rdf_format
        self._own_store = store is None
        self.store = store if store is not None else GraphStore(None, in_memory=False)
        self._staged: StagedFile | bytes | None = None

    def journals(self) -> bool:
        """Start sorting what a build writes into the store as it comes, for this file
        (:meth:`GraphStore.journaled`): only into a store of its own, empty, that no other
        sink shares."""
        return self._own_store and self.store.journaled(self.rdf_format in QUAD_FORMATS)

    def prepare(self, cancelled: Callable[[], bool]) -> None:
        if str(self.path) == "-":
            self._staged = self.store.serialized(self.rdf_format, cancelled)
        else:
            self._staged = self.store.stage(self.path, self.rdf_format, cancelled)

    def discard(self) -> None:
        if isinstance(self._staged, StagedFile):
            self._staged.discard()
        self._staged = None

    def finish(self, report: BuildReport) -> None:
        if self._staged is None:
            self.prepare(lambda: False)
        staged, self._staged = self._staged, None
        if isinstance(staged, StagedFile):
            staged.commit()
        else:
            import sys

            sys.stdout.buffer.write(staged or b"")
            sys.stdout.flush()


class RemoteSink:
    """A SPARQL Graph Store Protocol endpoint: the graph is sent as N-Quads at the end."""

    def __init__(self, endpoint: str, store: GraphStore | None = None, **push_options: Any) -> None:
        self.endpoint, self.push_options = endpoint, push_options
        self.store = store if store is not None else GraphStore(None, in_memory=False)
        self.result: Any = None
        self._data: bytes | None = None

    def prepare(self, cancelled: Callable[[], bool]) -> None:
        self._data = serialize_quads(self.store.quads(), "nquads", cancelled)

    def discard(self) -> None:
        self._data = None

    def finish(self, report: BuildReport) -> None:
        from .sink.push import push_bytes

        if self._data is None:
            self.prepare(lambda: False)
        data, self._data = self._data, None
        self.result = push_bytes(
            data, "application/n-quads", True, self.endpoint, **self.push_options
        )


@contextmanager
def _timed(report: BuildReport, name: str) -> Iterator[None]:
    stage = report.stages.setdefault(name, Stage())
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        stage.wall += time.perf_counter() - wall
        stage.cpu += time.process_time() - cpu


class Builder:
    """Extraction (``model`` on ``engine``) and every build option; :meth:`build` writes
    the graph of a corpus into a sink. The CLI and :func:`caexpo_kg.api.build` both
    come here."""

    def __init__(
        self,
        *,
        model: str | None = None,
        engine: Any = None,
        infer: bool = defaults.INFER,
        validate: bool = defaults.VALIDATE,
        strict: bool = defaults.STRICT,
        reason: bool = defaults.REASON,
        world_knowledge: bool = defaults.WORLD_KNOWLEDGE,
        learned_entities: bool = defaults.LEARNED_ENTITIES,
        batch_size: int = 8,
        progress: Progress | None = None,
        on_extraction: Callable[[Extraction], None] | None = None,
    ) -> None:
        from .pipeline.engines import LocalEngine

        self.model, self.engine = model, engine or LocalEngine()
        self.infer, self.validate, self.strict = infer, validate, strict
        self.reason, self.world_knowledge = reason, world_knowledge
        self.learned_entities = learned_entities
        self.batch_size = batch_size
        self.progress = progress or Progress(enabled=False)
        self.on_extraction = on_extraction

    # ------------------------------------------------------------ the build
    def build(self, documents: Iterable[Document], sink: Sink) -> BuildReport:
        """Build the graph of ``documents`` into ``sink`` and finish it (write, push ...).

        With validation the documents whose triples break a SHACL shape are held back
        (``report.held_back``; a warning names each) and the rest is merged again without
        them; a violation no document stands behind raises
        :class:`~caexpo_kg.errors.ValidationError`, and so does any violation with
        ``strict``. Nothing reaches the sink's output then.
        """
        store = sink.store
        report = BuildReport()
        # A file's statements are sorted as they are written, beside spaCy, so that
        # writing the file at the end merges sorted runs (see ``SortedJournal``).
        journaled = isinstance(sink, FileSink) and sink.journals()
        try:
            checks = self._document_checks()
            try:
                with self.progress.extract() as advance:

                    def seen(document: Document, extracted: bool) -> None:
                        advance(document, not extracted)

                    self._stream(documents, store, report, seen, checks)
                if report.documents:
                    self._finish_graph(store, report)
                    if self.validate:
                        with self.progress.step("validate"), _timed(report, "validate"):
                            self._check(store, report, sink, checks)
            finally:
                if checks is not None:
                    checks.close()
            if report.documents:  # nothing read: nothing to write (the caller says so)
                with self.progress.step("write"), _timed(report, "write"):
                    sink.finish(report)
        except BaseException:
            sink.discard()  # an output prepared beside validation, not yet put in place
            raise
        finally:
            if journaled:
                store.end_journal()
        return report

    def _finish_graph(self, store: GraphStore, report: BuildReport) -> None:
        """What is computed over the whole graph: the closure, world knowledge."""
        if self.reason:
            with self.progress.step("reason"), _timed(report, "reason"):
                report.entailed = _reason(store)
        if self.world_knowledge:
            with self.progress.step("world knowledge"), _timed(report, "world"):
                report.placed = _world(store)
        if self.reason or self.world_knowledge:
            report.quads = len(store)  # what is written: their graphs included

    def _document_checks(self) -> DocumentChecks | None:
        """The document shapes checked while the corpus streams (see
        :class:`~caexpo_kg.rdf.validate.DocumentChecks`), where the split is sound: with
        validation, no closure and no world knowledge (their graphs describe documents'
        nodes too)."""
        if not self.validate or self.reason or self.world_knowledge:
            return None
        from .rdf.validate import DocumentChecks

        checks = DocumentChecks()
        if not checks.usable:
            checks.close()
            return None
        return checks

    def _check(
        self,
        store: GraphStore,
        report: BuildReport,
        sink: Sink,
        checks: DocumentChecks | None = None,
    ) -> None:
        """SHACL: raise (strict, or nobody to blame), or hold back the documents at fault;
        ``sink`` prepares its output meanwhile, dropped unless the graph conforms."""
        if checks is not None and not _split_holds(store, checks):
            checks = None
        found = _validated_while_writing(store, sink, checks)
        if found.conforms:
            return
        if self.strict:
            raise ValidationError(
                f"the graph violates {len(found.violations)} SHACL constraint(s)", found
            )
        self._hold_back(store, report, found)

    def _hold_back(self, store: GraphStore, report: BuildReport, found: Any) -> None:
        """Hold back the documents behind the violations ``found`` in ``store``: they are
        dropped from the store as documents gone from the input are (the rest merged again
        without them, from the ledger, not spaCy), and the store is validated again, until
        it conforms.

        Each round costs what a build that reads nothing again costs, on the store itself:
        memory stays a normal build's (rebuilding the whole graph in rdflib from every
        extraction to validate it again peaked at 2.6 GB where the build took 385 MiB).
        Which documents go is :func:`~caexpo_kg.rdf.validate.isolate`'s call:
        a document's own nodes hold it back, an entity's the documents it came from, one
        entity at a time (the one fewest documents stand behind first) for the first
        rounds, every remaining one at once after."""
        from .rdf.validate import ValidationReport, isolate, validate_store

        again = report

        def revalidate(kept: list[Document]) -> ValidationReport:
            # Every kept document is unchanged: this reads the ledger, not spaCy; the
            # held-back ones are dropped as gone from the input.
            nonlocal again
            again = BuildReport(stages=report.stages)
            self._stream(kept, store, again, None)
            self._finish_graph(store, again)
            return validate_store(store.oxigraph)

        found, kept, held = isolate(found, lambda: _ledger_documents(store), revalidate)
        if kept == []:
            broken = dict.fromkeys(v for one in held for v in one.violations)
            raise ValidationError(
                "every document broke the SHACL shapes", ValidationReport(False, tuple(broken))
            )
        if not found.conforms:
            raise ValidationError(
                f"the graph violates {len(found.violations)} SHACL constraint(s)"
                " that no document can be held back for",
                found,
            )
        for one in held:
            first, more = one.violations[0], len(one.violations) - 1
            log.warning(
                "%s: held back, its triples break %s: %s%s",
                one.document.source or one.document.id,
                first.shape,
                first,
                f" (and {more} more)" if more else "",
            )
        report.held_back = held
        report.entities, report.quads = again.entities, again.quads
        report.entailed, report.placed = again.entailed, again.placed

    # ------------------------------------------------------------ streaming
    def _stream(
        self,
        documents: Iterable[Document],
        store: GraphStore,
        report: BuildReport,
        on_document: Callable[[Document, bool], None] | None,
        checks: DocumentChecks | None = None,
    ) -> None:
        """Extract what changed, write each document's quads as it comes, then patch;
        ``checks`` validates each document's own quads as they are written."""
        from .pipeline.engines import LocalEngine

        stamp = _Stamps(self.model, self.engine, self.learned_entities)
        store.check_layout()
        ledger = store.ledger
        layout = store.layout
        # Where spaCy runs in other processes, this one's CPU is shared with them: write
        # with Oxigraph's bulk loader (less than half the CPU of transactions; its batches
        # are not atomic, but a document's ledger row follows its whole batch). A local
        # engine with one process says whether it parses in a worker once it has looked
        # at the input: before the first extraction, so before the first batch is written.
        engine = self.engine
        parallel = not isinstance(engine, LocalEngine) or engine.n_process > 1
        writer = BatchWriter(store.oxigraph, ledger, bulk=parallel, journal=store.journal)
        try:
            table = EntityTable()
            relations = _RelationCount()
            positions: dict[str, int] = {}
            written: set[str] = set()
            repeated = False
            unchanged: list[str] = []  # ids of documents read before: checked from the store

            def count(raw: Extraction, state: Keymap, position: int) -> None:
                """A document read before (its extraction and merge from the ledger)."""
                table.add(raw, position)
                relations.add(remap(raw, state))

            def changed_documents() -> Iterator[Document]:
                nonlocal repeated
                for position, document in enumerate(documents):
                    iri = str(document_iri(document.id))
                    if iri in positions:  # a repeated id: the later document wins
                        repeated = True
                        writer.flush()
                    positions[iri] = position
                    report.documents += 1
                    row = ledger.get(iri)
                    if row is not None and row.fingerprint == stamp(document):
                        report.unchanged += 1
                        if checks is not None:
                            unchanged.append(document.id)
                        count(extraction_from_json(row.extraction), json.loads(row.state), position)
                        if on_document is not None:
                            on_document(document, False)
                        continue
                    # A graph with no row: left by a build that stopped before its row was written.
                    if row is not None or _has_graph(store, document):
                        if writer.bulk:
                            writer.settle()  # no deletions while a bulk load runs
                        store.forget(iri, document.id, in_ledger=row is not None)
                    yield document

            stream = engine.extract(
                changed_documents(),
                model=self.model,
                infer=self.infer,
                batch_size=self.batch_size,
                learned_entities=self.learned_entities,
            )
            extract_stage = report.stages.setdefault("extract", Stage())
            elsewhere = getattr(engine, "worker_cpu", 0.0)  # CPU seconds of worker processes
            while True:
                wall, cpu = time.perf_counter(), time.process_time()
                raw = next(stream, None)
                extract_stage.wall += time.perf_counter() - wall
                extract_stage.cpu += time.process_time() - cpu
                if not parallel and getattr(engine, "parses_elsewhere", False):
                    parallel = writer.bulk = True
                if raw is None:
                    in_workers = getattr(engine, "worker_cpu", 0.0) - elsewhere
                    report.worker_cpu += in_workers
                    extract_stage.cpu += in_workers
                    peak = getattr(engine, "worker_peak_kib", 0)
                    report.worker_peak_mib = max(report.worker_peak_mib, peak / 1024)
                    break
                with _timed(report, "merge"):
                    document = raw.document
                    iri = str(document_iri(document.id))
                    if iri in written:  # a repeated id, read twice: the later one stays
                        writer.flush()
                        store.forget(iri, document.id)
                    written.add(iri)
                    table.add(raw, positions[iri])
                    keymap = table.keymap(raw, provisional=True)
                    merged = remap(raw, keymap)
                    relations.add(merged)
                    own: list[ox.Quad] = []
                    quads = document_quads(merged, layout, own=own)
                    if checks is not None:
                        checks.add(document_node(document.id).value, own, own=True)
                    # The ledger's row is written once the graph is: a fingerprint never
                    # stands for a graph that is not all there.
                    writer.add(
                        quads,
                        (
                            iri,
                            document.id,
                            stamp(document),
                            extraction_to_json(raw),
                            _state_text(keymap, len(set(quads))),
                        ),
                    )
                    report.extracted += 1
                    report.rewritten += 1
                if self.on_extraction is not None:
                    self.on_extraction(raw)
                if on_document is not None:
                    on_document(document, True)

            with _timed(report, "patch"):
                writer.flush()
                writer.bulk = False  # from here on, graphs are patched while quads are removed

                # Documents gone from the input: drop their graphs and bookkeeping.
                for iri, doc_id in ledger.documents():
                    if iri not in positions:
                        store.forget(iri, doc_id)
                        report.removed += 1
                ledger.set_positions(positions)
                if repeated:  # the table and counts saw an id twice: count again, once each
                    table, relations = EntityTable(), _RelationCount()
                    for iri, position in positions.items():
                        count(ledger.extraction(iri), ledger.state(iri), position)

                # Where the whole corpus merges otherwise than the stream had guessed: patch.
                for iri, state_text in ledger.states():
                    state = json.loads(state_text)
                    final = table.rekey(state)
                    if final["keys"] != state["keys"] or final["dropped"] != state["dropped"]:
                        raw = ledger.extraction(iri)
                        before, after = remap(raw, state), remap(raw, final)
                        patched = after  # all of it, for the checks: ``after`` may be cut below
                        relations.remove(before)
                        relations.add(after)
                        # Only what changed: a mention's entity, an evidence record (removing
                        # and rewriting the whole graph costs ten times more). With the same
                        # keys only outvoted years differ: their evidence is all that can change.
                        if final["keys"] == state["keys"]:
                            before, after = _year_claims(before), _year_claims(after)
                        old = set(document_quads(before, layout))
                        new = set(document_quads(after, layout))
                        store.remove(old - new)
                        size = state["quads"] - len(old - new) + len(new - old)
                        writer.add(list(new - old), state=(iri, _state_text(final, size)))
                        report.rewritten += 1
                        if checks is not None:  # its own quads changed: checked again
                            node = document_node(raw.document.id).value
                            checks.again(node, document_quads(patched, layout))
                writer.flush()
                if checks is not None:
                    # A document's checks cannot be told from its namesake's; documents
                    # read before are checked from their graphs, which only a store keeps.
                    if repeated or (unchanged and layout is not Layout.STORE):
                        checks.usable = False
                    else:
                        for doc_id in unchanged:
                            graph = document_graph(doc_id)
                            found = store.oxigraph.quads_for_pattern(None, None, None, graph)
                            checks.add(document_node(doc_id).value, found)

                merged_entities = {e.key: e for e in table.merged().values()}
                entity_graph = chain(
                    (t for e in merged_entities.values() for t in entity_triples(e)),
                    relations.triples(inferred=False),
                )
                # A file's entity graph also holds the documents' records: left as they are.
                besides = _is_record if layout is Layout.FILE else None
                store.replace_graph(ENTITIES, entity_graph, besides=besides)
                store.replace_graph(INFERRED, relations.triples(inferred=True))
                writer.close()
                report.entities = len(merged_entities)
                report.year_conflicts = table.year_conflicts()
                report.quads = len(store)
                store.flush()
                whole_store_checked = checks is None or not checks.usable
                if parallel and (store.persistent or whole_store_checked):
                    # The bulk loader leaves many small files: compacting them (0.5 s of CPU
                    # at 269,332 quads) made validating the store 9.2 -> 7.0 CPU seconds.
                    # A file's scratch store whose documents were checked as they came is
                    # asked only the shared shapes, then dropped: not worth compacting
                    # (0.83 -> 0.66 s of RocksDB's CPU at 141,801 quads, and 0.2 s more).
                    store.oxigraph.optimize()
        except BaseException:
            # A failed or interrupted build: no thread may write on after it (into a
            # scratch folder already removed, say), and no ledger row may name a graph
            # that was not written.
            writer.abandon()
            raise


class _Stamps:
    """The ledger's fingerprint of a document (:func:`~caexpo_kg.sink.store.fingerprint`):
    its content, the pipeline's name and version and the rules' version. What the
    pipeline is, is asked for when a fingerprint is first needed: of the engine, if a
    worker of its own loaded the pipeline, else of a copy loaded here (cached: the one
    that parses here, if that is where it parses). A first build into an empty store or
    a file needs none before the first extraction is back, so that a build parsing in
    workers never loads a pipeline of its own."""

    def __init__(self, model: str | None, engine: Any, learned_entities: bool) -> None:
        self._model, self._engine, self._learned = model, engine, learned_entities
        self._pipeline: tuple[str, str] | None = None

    def __call__(self, document: Document) -> str:
        if self._pipeline is None:
            self._pipeline = self._describe()
        return fingerprint(document, *self._pipeline)

    def _describe(self) -> tuple[str, str]:
        described = getattr(self._engine, "described", None)
        found = described(self._model) if described is not None else None
        if found is not None:
            run_model, rules_version = found[0], found[1]
        else:
            from .extract.nlp import load_pipeline, model_name
            from .pipeline.document import _rules_version

            nlp = load_pipeline(self._model)
            run_model, rules_version = model_name(nlp), _rules_version(nlp)
        if self._learned:  # another extraction: a cached one without it is stale
            from .resolve.learned import model_version

            rules_version = (
                f"{rules_version}+entities:{model_version()}"
                f"+classes:{model_version('entity_classes.json')}"
                f"+relations:{model_version('relations.json')}"
                f"+participation:{model_version('participation.json')}"
            )
        return run_model, rules_version


def _split_holds(store: GraphStore, checks: DocumentChecks) -> bool:
    """Whether the store holds only what the split of validation is sound for: every
    document written once in this build, no graph of the closure or of world knowledge
    (left by an earlier build), no ``rdfs:subClassOf`` in the data."""
    from rdflib.namespace import RDFS

    if not checks.usable:
        return False
    oxigraph = store.oxigraph
    for graph in (GRAPH.REASONED, GRAPH.WORLD):
        if next(oxigraph.quads_for_pattern(None, None, None, to_oxigraph(graph)), None):
            return False
    return next(oxigraph.quads_for_pattern(None, to_oxigraph(RDFS.subClassOf), None), None) is None


def _validated_while_writing(
    store: GraphStore, sink: Sink, checks: DocumentChecks | None = None
) -> Any:
    """The SHACL report of the store, while ``sink`` prepares its output in a thread;
    with ``checks``, the documents' shapes were checked as they were written and only
    the shared shapes are left to check on the store.

    Validation runs in Oxigraph, which lets go of the GIL while it evaluates a query,
    and writing is mostly Python (sorting, serialising): on two CPUs the two overlap.
    If the graph does not conform, or validation fails or is interrupted, the writer is
    told to stop, waited for, and what it wrote is dropped; a writer's own error (a full
    disk) is raised once the graph is known to conform.
    """
    from concurrent.futures import ThreadPoolExecutor, wait

    from .pipeline.interrupts import interrupts_deferred, shut_down
    from .rdf.validate import validate_store

    stop = threading.Event()
    pool = ThreadPoolExecutor(1, thread_name_prefix="caexpo-kg-write")
    writing = pool.submit(sink.prepare, stop.is_set)
    found = None
    try:
        found = validate_store(store.oxigraph) if checks is None else checks.report(store.oxigraph)
    finally:
        keep = found is not None and found.conforms
        try:
            if keep:
                wait([writing])  # the write goes on after a conforming graph
        except BaseException:
            # Interrupted in that wait: the write is given up as well, and what it staged
            # is dropped, not left beside the target.
            keep = False
            raise
        finally:
            if not keep:
                stop.set()  # the writer stops within milliseconds once told
            # Never a join cut short (see ``pipeline.interrupts``): the writer, marked
            # stopped while it ran, would stage on past the exit's clean-up.
            with interrupts_deferred():
                shut_down(pool)
                if not keep:
                    sink.discard()
    if keep:
        writing.result()
    return found


def _ledger_documents(store: GraphStore) -> list[tuple[Document, list[str]]]:
    """The documents of the store's ledger in input order, each with the keys of its
    merged entities (its extraction read from the ledger, one at a time)."""
    ledger = store.ledger
    documents: list[tuple[Document, list[str]]] = []
    for iri, state in ledger.states():
        extraction = remap(ledger.extraction(iri), json.loads(state))
        documents.append((extraction.document, [e.key for e in extraction.entities]))
    return documents


def _has_graph(store: GraphStore, document: Document) -> bool:
    return store.persistent and store.oxigraph.contains_named_graph(document_graph(document.id))


def _records(store: GraphStore) -> set[ox.Triple]:
    """The documents' records and their entities' provenance, wherever the layout keeps
    them (a file: the entity graph; a store: each document's graph)."""
    oxigraph = store.oxigraph
    records = set()
    for typed in oxigraph.quads_for_pattern(None, T.type, T.Document, None):
        records |= {q.triple for q in oxigraph.quads_for_pattern(typed.subject, None, None, None)}
    for quad in oxigraph.quads_for_pattern(None, T.wasDerivedFrom, None, None):
        if _is_record(quad.triple):  # an entity's, not an evidence record's
            records.add(quad.triple)
    return records


def _is_record(triple: ox.Triple) -> bool:
    """A document's record or an entity's provenance (what :func:`_records` collects)."""
    if triple.predicate == T.wasDerivedFrom:
        return "#" not in triple.subject.value
    return triple.subject.value.startswith(_DOCUMENTS) and "#" not in triple.subject.value


_DOCUMENTS = document_node("x").value[:-1]


def _year_claims(extraction: Extraction) -> Extraction:
    """Only the document record and the year claims of a merged extraction."""
    claims = tuple(r for r in extraction.relations if r.predicate == "inYear")
    return replace(extraction, entities=(), mentions=(), relations=claims)


def _state_text(keymap: Keymap, quads: int) -> str:
    return json.dumps({**keymap, "quads": quads}, sort_keys=True, separators=(",", ":"))


class _RelationCount:
    """How many documents give each (merged) relation, stated or inferred: a document
    rewritten at the end of a build takes its old relations back."""

    def __init__(self) -> None:
        self._counts: dict[bool, Counter[Edge]] = {False: Counter(), True: Counter()}

    def add(self, merged: Extraction, sign: int = 1) -> None:
        stated, inferred = relation_edges(merged)
        for flag, edges in ((False, stated), (True, inferred)):
            counts = self._counts[flag]
            for edge in edges:
                counts[edge] += sign
                if counts[edge] <= 0:
                    del counts[edge]

    def remove(self, merged: Extraction) -> None:
        self.add(merged, -1)

    def triples(self, *, inferred: bool) -> Iterator[ox.Triple]:
        return (relation_triple(edge) for edge in self._counts[inferred])


# ---------------------------------------------------------------- whole-graph steps
def _facts(store: GraphStore) -> Any:
    """What reasoning and world knowledge read: the entity and inferred graphs, with the
    documents' records (in a store's document graphs, they are added to the entities)."""
    dataset = store.to_rdflib([ENTITIES, INFERRED])
    if store.layout is Layout.STORE:
        from .rdf.terms import from_oxigraph

        entities = dataset.graph(GRAPH.ENTITIES)
        for t in _records(store):
            entities.add(
                (from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
            )
    return dataset


def _reason(store: GraphStore) -> int:
    """The OWL-RL closure of the entity and inferred graphs into the ``reasoned`` graph."""
    from .rdf.reason import reason

    return _computed(store, reason, GRAPH.REASONED)


def _world(store: GraphStore) -> int:
    """Places put in countries by world knowledge, into the ``world`` graph."""
    from .rdf.world import add_world_knowledge

    return _computed(store, add_world_knowledge, GRAPH.WORLD)


def _computed(store: GraphStore, compute: Callable[[Any], int], graph: Any) -> int:
    """Run ``compute`` (rdflib: owlrl, the gazetteers) over the facts; its named graph
    ``graph`` replaces the store's."""
    dataset = _facts(store)
    count = compute(dataset)
    triples = {
        ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
        for s, p, o in dataset.graph(graph)
    }
    store.replace_graph(to_oxigraph(graph), triples)
    return count
