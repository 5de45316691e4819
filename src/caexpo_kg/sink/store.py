"""An embedded, persistent, incremental graph store (Oxigraph, via pyoxigraph).

``caexpo-kg build CORPUS --store DIR`` writes into an Oxigraph store in ``DIR``:

- one named graph per document, ``…/graph/document/{slug}``: the document record,
  its mentions, its entities' provenance and the evidence of each relation it gives
  (what the document contributes, with merged entity IRIs);
- the merged entity graph ``…/graph/entities``: each entity's types, label,
  aliases, edition number and year, and the stated relations between entities,
  each once however many documents state it; and ``…/graph/inferred``, the
  triples computed rather than read, as in a file build;
- a bookkeeping graph ``…/graph/build``: per document its fingerprint (a hash of
  the text and metadata, the model and the rules version), its input position,
  its unmerged extraction (JSON) and how its graph was merged (its keys' merged
  keys, its outvoted year claims, its size), so that the next build skips what
  did not change.

The union of all graphs but ``…/graph/build`` holds the same triples as a Turtle
file of the same corpus from ``caexpo-kg build -o``.

A build writes each document's graph as soon as spaCy has read it, merged with
what the corpus has shown so far; at the end it rewrites the few whose merge came
out otherwise and replaces the entity and inferred graphs where they differ.
Building again into the same folder re-reads only new and changed documents
(spaCy is the cost) and drops the graphs of documents no longer in the input:
the store ends up equal to one built from scratch.

The folder is an ordinary Oxigraph database: ``oxigraph serve-read-only
--location DIR`` serves it over SPARQL HTTP.

Examples
--------
>>> store = GraphStore("corpus.oxigraph")  # doctest: +SKIP
>>> report = store.build(read_documents([Path("data/sample")]))  # doctest: +SKIP
>>> store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import weakref
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

import pyoxigraph as ox

from ..errors import CaexpoError, InputError
from ..model import Document, Extraction
from ..pipeline.codec import extraction_from_json
from ..pipeline.interrupts import shut_down
from ..rdf import Layout, StagedFile, document_quads, new_dataset, serialize_quads, stage_quads
from ..rdf.files import SortedJournal, stage_journal
from ..rdf.formats import QUAD_FORMATS
from ..rdf.terms import document_graph
from ..resolve.entities import Keymap, remap
from ..vocab import BASE

log = logging.getLogger("caexpo_kg")

__all__ = ["LEDGER", "GraphStore", "document_graph", "fingerprint"]

#: The build's bookkeeping: a SQLite file among Oxigraph's own files in the store folder
#: (RocksDB leaves files it did not make alone). Kept out of the RDF so that the union
#: of the store's graphs is the knowledge graph and nothing else.
LEDGER = "caexpo-kg-build.sqlite"
#: A file every Oxigraph (RocksDB) store folder has: a folder without it is not a store.
_ROCKSDB_MARK = "CURRENT"
#: Where stores of caexpo-kg 0.1's first layout kept it (a named graph): rebuilt.
_OLD_BUILD_GRAPH = ox.NamedNode(BASE + "graph/build")


def fingerprint(document: Document, model: str, rules_version: str) -> str:
    """What decides whether a document must be read again: its content, the model, the rules."""
    digest = hashlib.sha256()
    for part in (
        document.id,
        document.text,
        document.published.isoformat() if document.published else "",
        document.title or "",
        document.url or "",
        model,
        rules_version,
    ):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _remove_scratch(holder: list[ox.Store], folder: str) -> None:
    """Close a scratch store's database, then remove its folder.

    In this order: a database still open when its folder goes (a store alive at
    interpreter exit) writes its last files on closing, into a folder made anew, and
    that folder was then left behind in the temporary directory.
    """
    holder.clear()  # the last reference to the database: Oxigraph closes it here
    shutil.rmtree(folder, ignore_errors=True)


class GraphStore:
    """A caexpo-kg graph in an Oxigraph database: a folder, or scratch (``path=None``).

    A folder keeps one named graph per document (:attr:`Layout.STORE`) and its ledger
    beside it, for incremental builds. Scratch (what a file build writes into) holds a
    file's graphs (:attr:`Layout.FILE`) in memory or in a temporary folder, and the
    ledger in a temporary file, all removed with the store: the extractions wait on
    disk, not in memory, while the corpus streams in.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None,
        *,
        read_only: bool = False,
        in_memory: bool = True,
    ) -> None:
        self.path = None if path is None else Path(path)
        self.read_only = read_only
        self.layout = Layout.FILE if path is None else Layout.STORE
        self._ledger: Ledger | None = None
        self.journal: SortedJournal | None = None
        """While a file build writes into this (empty) store: the sort keys of what it
        writes, sorted as they come (:meth:`journaled`, :meth:`stage`)."""
        if self.path is None:
            self._scratch = tempfile.mkdtemp(prefix="caexpo-kg-build-")
            # A file build's scratch store can live on disk (``in_memory=False``): its
            # memory then stays flat however large the corpus, as a store build's does.
            store = ox.Store() if in_memory else ox.Store(str(Path(self._scratch, "quads")))
            self._holder = [store]
            weakref.finalize(self, _remove_scratch, self._holder, self._scratch)
            return
        if read_only and not self.path.is_dir():
            raise InputError(f"{self.path}: no such store")
        if self.path.is_dir() and not (self.path / _ROCKSDB_MARK).exists():
            if read_only:
                raise InputError(f"{self.path}: not a store (build --store makes one)")
            if any(self.path.iterdir()):
                raise InputError(
                    f"{self.path}: a folder of other files, not a store; "
                    "build into an empty or new folder"
                )
        try:
            if read_only:
                self._holder = [ox.Store.read_only(str(self.path))]
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._holder = [ox.Store(str(self.path))]
        except OSError as err:
            if read_only:
                raise InputError(f"{self.path}: cannot open the store ({err})") from None
            # a store that cannot be written is an output error (exit 4), as a file is
            reason = err.strerror or " ".join(str(err).split())
            raise OSError(err.errno, f"cannot open the store ({reason})", str(self.path)) from None

    @property
    def _store(self) -> ox.Store:
        return self._holder[0]

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store` (for SPARQL, dumps, bulk loads)."""
        return self._store

    @property
    def ledger(self) -> Ledger:
        if self._ledger is None:
            where = Path(self._scratch) if self.path is None else self.path
            self._ledger = Ledger(where / LEDGER, read_only=self.read_only)
        return self._ledger

    @property
    def persistent(self) -> bool:
        """Whether the store outlives the build (a folder) or is a file build's scratch."""
        return self.path is not None

    # ------------------------------------------------------------ reading
    def query(self, sparql: str, **options: Any) -> Any:
        """Run a SPARQL query; the default graph is the union of the store's graphs."""
        options.setdefault("use_default_graph_as_union", True)
        return self._store.query(sparql, **options)

    def documents(self) -> list[str]:
        """The ids of the documents in the store, in input order."""
        return self.ledger.document_ids()

    def extractions(self) -> list[Extraction]:
        """The (merged) extractions of the documents in the store, in input order."""
        ledger = self.ledger
        return [remap(ledger.extraction(iri), json.loads(state)) for iri, state in ledger.states()]

    def __len__(self) -> int:
        """Quads in the knowledge graph."""
        return len(self._store)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the knowledge graph."""
        return iter(self._store)

    def stage(
        self,
        path: str | os.PathLike[str],
        rdf_format: str,
        cancelled: Callable[[], bool] | None = None,
    ) -> StagedFile:
        """The knowledge graph in ``rdf_format`` (triple formats: the union of its graphs),
        sorted, in a temporary file beside ``path`` that
        :meth:`~caexpo_kg.rdf.StagedFile.commit` puts in place."""
        journal = self._journal_for(rdf_format)
        if journal is not None:
            return stage_journal(journal, self._store, path, rdf_format, cancelled)
        return stage_quads(self._store, path, rdf_format, cancelled)

    def serialized(self, rdf_format: str, cancelled: Callable[[], bool] | None = None) -> bytes:
        """The knowledge graph in ``rdf_format`` as bytes (sorted, as :meth:`stage`)."""
        import io

        journal = self._journal_for(rdf_format)
        if journal is not None:
            buffer = io.BytesIO()
            journal.serialize_into(buffer, self._store, rdf_format, cancelled)
            return buffer.getvalue()
        return serialize_quads(self._store, rdf_format, cancelled)

    def _journal_for(self, rdf_format: str) -> SortedJournal | None:
        """The journal, if it sorted what ``rdf_format`` writes (quads, or triples)."""
        journal = self.journal
        if journal is not None and journal.keep_graphs == (rdf_format in QUAD_FORMATS):
            return journal
        return None

    def journaled(self, keep_graphs: bool) -> bool:
        """Keep the sort keys of what is written from now on (:class:`SortedJournal`), if
        the store is empty (else the journal could not tell what it holds); until
        :meth:`end_journal`. Every write must then go through this class's methods or a
        :class:`BatchWriter` given the journal."""
        if self.journal is not None or next(iter(self._store), None) is not None:
            return False
        self.journal = SortedJournal(keep_graphs)
        return True

    def end_journal(self) -> None:
        journal, self.journal = self.journal, None
        if journal is not None:
            journal.close()

    def graph_triples(self, graph: ox.NamedNode) -> set[ox.Triple]:
        """The triples of one named graph."""
        return {q.triple for q in self._store.quads_for_pattern(None, None, None, graph)}

    def to_rdflib(self, graphs: Iterable[ox.NamedNode] | None = None) -> Any:
        """The store (or some of its named graphs) as an rdflib ``Dataset``.

        About 1.2 KB of memory per triple: for reasoning and validation over the
        entity graphs, and for the networkx views; SPARQL runs on the store itself.
        """
        from ..rdf import store_to_dataset

        if graphs is None:
            return store_to_dataset(self._store)
        dataset = new_dataset()
        for graph in graphs:
            store_to_dataset(self._store.quads_for_pattern(None, None, None, graph), dataset)
        return dataset

    # ------------------------------------------------------------ writing
    def check_layout(self) -> None:
        """Refuse an Oxigraph store we did not build; rebuild one of the old layout."""
        if self.path is None or (self.path / LEDGER).exists():
            return
        if self._store.contains_named_graph(_OLD_BUILD_GRAPH):
            log.info("%s: a store of an older caexpo-kg layout: building it afresh", self.path)
            self._store.clear()
            self.end_journal()  # nothing written through it is left
        elif next(iter(self._store), None) is not None:
            raise InputError(
                f"{self.path}: an Oxigraph store caexpo-kg did not build; "
                "build into an empty or new folder"
            )

    def replace_graph(
        self,
        graph: ox.NamedNode,
        triples: Iterable[ox.Triple],
        *,
        besides: Callable[[ox.Triple], bool] | None = None,
    ) -> None:
        """Make named graph ``graph`` hold exactly ``triples`` (untouched if it does),
        besides the triples ``besides`` says to leave as they are (a file's entity graph
        also holds the documents' records, which are written with each document).

        Into a graph that holds nothing else yet (a first build), ``triples`` stream in
        and are never held at once: the whole entity graph of a large corpus was a
        build's peak of memory."""
        current = {
            q.triple
            for q in self._store.quads_for_pattern(None, None, None, graph)
            if besides is None or not besides(q.triple)
        }
        if not current:
            self._extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
            return
        triples = set(triples)
        if current == triples:
            return
        if besides is None and len(current - triples) > len(triples):
            if self.journal is not None:
                self.journal.removed(
                    ox.Quad(t.subject, t.predicate, t.object, graph) for t in current
                )
            self._store.remove_graph(graph)  # cheaper than removing most of it quad by quad
            current = set()
        self.remove(ox.Quad(t.subject, t.predicate, t.object, graph) for t in current - triples)
        # Added as they come, unsorted: every output is sorted when it is written, and a
        # sorted copy of a large entity graph was the build's peak of memory.
        self._extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples - current)

    def _extend(self, quads: Iterable[ox.Quad]) -> None:
        if self.journal is None and self.path is not None:
            self._store.extend(quads)
            return
        # In slices: the journal notes each as it goes in, never the whole graph at once.
        quads = iter(quads)
        while batch := list(islice(quads, 50_000)):
            if self.journal is not None:
                self.journal.added(batch)
            if self.path is None:
                # A build's scratch store: nothing else reads it, and its writes need not
                # be atomic: Oxigraph's bulk loader, at about half the CPU of a transaction
                # (a file build's entity graph, written at its end). Given the quads, not
                # N-Quads text: a text's blank nodes (the closure's) would be renamed.
                self._store.bulk_extend(batch)
            else:
                self._store.extend(batch)

    def remove(self, quads: Iterable[ox.Quad]) -> None:
        if self.journal is not None:
            quads = list(quads)
            self.journal.removed(quads)
        for quad in quads:
            self._store.remove(quad)

    def forget(self, iri: str, doc_id: str, *, in_ledger: bool = True) -> None:
        """Drop a document's quads and bookkeeping."""
        if self.layout is Layout.STORE:
            graph = document_graph(doc_id)
            if self._store.contains_named_graph(graph):
                if self.journal is not None:
                    self.journal.removed(self._store.quads_for_pattern(None, None, None, graph))
                self._store.remove_graph(graph)
        elif in_ledger:  # a file's graphs are shared: remove what the document gave
            row = self.ledger.get(iri)
            if row is not None:
                merged = remap(extraction_from_json(row.extraction), json.loads(row.state))
                quads = document_quads(merged, self.layout)
                shared = {q for q in quads if q.subject.value.startswith(f"{BASE}id/run/")}
                self.remove(q for q in quads if q not in shared)
        if in_ledger:
            self.ledger.delete(iri)

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()


class _Row(NamedTuple):
    doc_id: str
    fingerprint: str | None
    extraction: str
    state: str


class Ledger:
    """Per document: its id, input position, fingerprint (a hash of the text and
    metadata, the model and the rules version), unmerged extraction (JSON) and how
    its graph was merged (its keys' merged keys, its outvoted year claims, its size).
    """

    def __init__(self, path: Path, *, read_only: bool) -> None:
        mode = "ro" if read_only else "rwc"
        try:
            self._db = sqlite3.connect(f"file:{path}?mode={mode}", uri=True)
            self._db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as err:
            if read_only:
                raise InputError(f"{path.parent}: not a store built by caexpo-kg") from None
            raise InputError(f"{path}: cannot open the build ledger ({err})") from None
        if not read_only:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS document (iri TEXT PRIMARY KEY, doc_id TEXT,"
                " position INTEGER, fingerprint TEXT, extraction TEXT, state TEXT)"
            )
            self._db.commit()

    def get(self, iri: str) -> _Row | None:
        row = self._db.execute(
            "SELECT doc_id, fingerprint, extraction, state FROM document WHERE iri = ?", (iri,)
        ).fetchone()
        return None if row is None else _Row(*row)

    def extraction(self, iri: str) -> Extraction:
        """The cached (unmerged) extraction of a document the ledger holds."""
        row = self.get(iri)
        if row is None:
            raise CaexpoError(f"the build ledger has no document {iri}")
        return extraction_from_json(row.extraction)

    def state(self, iri: str) -> Keymap:
        """How the document's graph was merged when last written."""
        row = self.get(iri)
        if row is None:
            raise CaexpoError(f"the build ledger has no document {iri}")
        return json.loads(row.state)

    def documents(self) -> list[tuple[str, str]]:
        return self._db.execute("SELECT iri, doc_id FROM document").fetchall()

    def document_ids(self) -> list[str]:
        query = "SELECT doc_id FROM document ORDER BY position"
        return [doc_id for (doc_id,) in self._db.execute(query)]

    def states(self, page: int = 1000) -> Iterator[tuple[str, str]]:
        """(iri, state) in input order, a page at a time (rows may be written meanwhile)."""
        after = -1
        while True:
            rows = self._db.execute(
                "SELECT iri, state, position FROM document WHERE position > ?"
                " ORDER BY position LIMIT ?",
                (after, page),
            ).fetchall()
            if not rows:
                return
            for iri, state, _ in rows:
                yield iri, state
            after = rows[-1][2]

    def write(self, rows: list[tuple[str, str, str, str, str]], states: list[tuple[str, str]]):
        """Rows of documents whose graphs are written, in one transaction."""
        with self._db:
            self._db.executemany(
                "INSERT INTO document (iri, doc_id, fingerprint, extraction, state)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (iri) DO UPDATE SET doc_id = excluded.doc_id,"
                " fingerprint = excluded.fingerprint, extraction = excluded.extraction,"
                " state = excluded.state",
                rows,
            )
            self._db.executemany(
                "UPDATE document SET state = ? WHERE iri = ?", [(s, i) for i, s in states]
            )

    def set_positions(self, positions: dict[str, int]) -> None:
        with self._db:
            self._db.executemany(
                "UPDATE document SET position = ? WHERE iri = ?",
                [(p, i) for i, p in positions.items()],
            )

    def delete(self, iri: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM document WHERE iri = ?", (iri,))


class BatchWriter:
    """Adds quads in large batches, written by a background thread; the ledger's rows
    for the documents of a batch are written once the batch is.

    One transaction per document would cost more than spaCy's parse; a batch of
    20,000 quads is written while spaCy reads the next documents (pyoxigraph lets go
    of the GIL while it writes). :meth:`flush` waits.
    """

    def __init__(
        self,
        store: ox.Store,
        ledger: Ledger,
        size: int = 20_000,
        *,
        bulk: bool = False,
        journal: SortedJournal | None = None,
    ) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._store: ox.Store | None = store
        self._journal = journal
        """Told every batch, in the writing thread (the keys are sorted beside spaCy)."""
        self._ledger, self._size = ledger, size
        self.bulk = bulk
        """Oxigraph's bulk loader: less CPU, no atomic batches, no deletions meanwhile."""
        self._quads: list[ox.Quad] = []
        self._rows: list[Any] = []
        self._states: list[tuple[str, str]] = []
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="caexpo-store")
        self._running: Any = None
        self._running_rows: tuple[list[Any], list[tuple[str, str]]] = ([], [])

    def add(
        self, quads: list[ox.Quad], row: Any = None, *, state: tuple[str, str] | None = None
    ) -> None:
        self._quads += quads
        if row is not None:
            self._rows.append(row)
        if state is not None:
            self._states.append(state)
        if len(self._quads) >= self._size:
            self._submit()

    def settle(self) -> None:
        """Wait until the batch being written is written."""
        self._wait()

    def _wait(self) -> None:
        if self._running is not None:
            self._running.result()
            self._running = None
            self._ledger.write(*self._running_rows)
            self._running_rows = ([], [])

    def _submit(self) -> None:
        self._wait()
        batch, self._quads = self._quads, []
        self._running_rows = (self._rows, self._states)
        self._rows, self._states = [], []
        self._running = self._pool.submit(self._write, batch, self.bulk)

    def _write(self, batch: list[ox.Quad], bulk: bool) -> None:
        store = self._store
        if store is None:  # abandoned
            return
        if self._journal is not None and batch:
            self._journal.added(batch)
        if bulk:
            if batch:
                # Straight to sorted files, flushed. Handed over as N-Quads bytes, not
                # objects: ``bulk_extend`` holds the GIL for the whole load (it reads the
                # Python quads as its loader threads go), so the merging beside it stopped
                # for as long (most of ``--jobs 2``'s merge time), while ``bulk_load`` of
                # bytes lets go of it; the same quads (no blank nodes are renamed).
                data = ox.serialize(batch, format=ox.RdfFormat.N_QUADS)
                store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            return
        if batch:
            store.extend(batch)
        store.flush()  # memtables to disk: memory stays flat as the store grows

    def flush(self) -> None:
        """Write what is pending and wait until it is written."""
        self._submit()
        self._wait()

    def close(self) -> None:
        self.flush()
        shut_down(self._pool)

    def abandon(self) -> None:
        """Stop once the batch being written is written (with its ledger rows); what
        waits in memory is dropped, rows and all, and the writing thread ends."""
        try:
            self._wait()
        finally:
            self._quads, self._rows, self._states = [], [], []
            shut_down(self._pool)  # the batch is written: a join only, never cut short
            # Nothing is written after this: let go of the database, so that a scratch
            # store's folder goes with its store (Oxigraph closes it on the last reference;
            # a writer still referenced, by a traceback or a caller, held it open while the
            # folder was removed, and the database's own files could then outlive it).
            self._store = None


# ---------------------------------------------------------------- for query.py / graph.py
