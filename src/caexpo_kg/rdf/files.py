"""Writing and reading RDF: deterministic bytes, atomic files.

rdflib's writers follow its stores' hash order, which changes with Python's hash
seed, and its Turtle writer is thirty times slower than pyoxigraph's. So
statements are sorted here and handed to pyoxigraph's serializer, which keeps the
order it is given: the same graph always gives the same bytes.
"""

from __future__ import annotations

import atexit
import errno
import io
import os
import tempfile
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import IO, Any, TypeVar

import pyoxigraph as ox
from rdflib import ConjunctiveGraph, Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..vocab import GRAPH
from .formats import QUAD_FORMATS, oxigraph_format
from .terms import OUTPUT_PREFIXES, PREFIXES, to_oxigraph

__all__ = [
    "Cancelled",
    "SortedJournal",
    "StagedFile",
    "check_writable",
    "dataset_to_quads",
    "load_dataset",
    "serialize",
    "serialize_quads",
    "stage_journal",
    "stage_quads",
    "write_bytes",
    "write_dataset",
    "write_quads",
]

_G = TypeVar("_G", bound=Graph)
_T = TypeVar("_T")
#: The kind of term opening each term of a key: control characters, which N-Triples text
#: never holds (literals escape them, IRIs and blank node labels cannot hold them), so
#: that a key's line is one translation of its bytes (:func:`_triple_lines`).
_KIND = {ox.NamedNode: "\x01", ox.BlankNode: "\x02", ox.Literal: "\x03"}
_OTHER = "\x04"  # a quoted triple, the default graph
#: A key's bytes to its N-Triples line: each term's kind dropped, each NUL a space.
_LINE_TABLE = bytes.maketrans(b"\0", b" ")
_KIND_BYTES = "".join([*_KIND.values(), _OTHER]).encode()


def _sort_key(statement: ox.Quad | ox.Triple) -> str:
    """IRIs before blank nodes before literals, each by its N-Triples form, term after term.

    One string per statement, not a tuple of tuples: a sort holds every key at once
    (the tuples cost about 600 bytes a statement). The NUL after each term sorts a
    term before any longer one it is a prefix of (N-Triples text holds no NUL: the
    reader replaces it). One f-string, not a join over the terms: this runs once per
    statement written, and the generator cost as much as the rest of the key.
    """
    kind = _KIND.get
    subject, predicate, obj = statement.subject, statement.predicate, statement.object
    key = (
        f"{kind(type(subject), _OTHER)}{subject}\0{kind(type(predicate), _OTHER)}{predicate}\0"
        f"{kind(type(obj), _OTHER)}{obj}\0"
    )
    if isinstance(statement, ox.Quad):
        graph = statement.graph_name
        if not isinstance(graph, ox.DefaultGraph):
            return f"{kind(type(graph), _OTHER)}{graph}\0{key}"
    return key


class Cancelled(Exception):
    """A write given up on its caller's request (see ``cancelled`` below)."""


def serialize_quads(
    quads: Iterable[ox.Quad],
    rdf_format: str = "turtle",
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """``quads`` in ``rdf_format``, sorted; triple formats get the union of the graphs.

    ``cancelled`` is asked now and then; once it says yes, :class:`Cancelled` is raised.
    """
    buffer = io.BytesIO()
    _serialize_into(buffer, quads, rdf_format, cancelled)
    return buffer.getvalue()


def _serialize_into(
    stream: IO[bytes],
    quads: Iterable[ox.Quad],
    rdf_format: str,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    keep_graphs = rdf_format in QUAD_FORMATS
    if cancelled is not None:
        quads = _checking(quads, cancelled)
    _serialize_keys(stream, _sorted_key_blocks(quads, keep_graphs), rdf_format, cancelled)


def _serialize_keys(
    stream: IO[bytes],
    blocks: Iterable[list[str]],
    rdf_format: str,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """The statements of sorted :func:`_sort_key` keys, given in ``blocks`` (lists, in
    order), written in ``rdf_format``."""
    statements = _statements(blocks, rdf_format in QUAD_FORMATS, cancelled)
    ox.serialize(statements, stream, oxigraph_format(rdf_format), prefixes=OUTPUT_PREFIXES)


def _checking(
    items: Iterable[_T], cancelled: Callable[[], bool], every: int = 4096
) -> Iterator[_T]:
    """``items``, asking ``cancelled`` every ``every`` items (a thread writing beside
    validation stops within milliseconds of being told to)."""
    for position, item in enumerate(items):
        if position % every == 0 and cancelled():
            raise Cancelled("the write was cancelled")
        yield item


#: Keys sorted in memory at a time before a run is spilled to disk (about 50 MB of text).
SORT_RUN = 200_000


#: Keys a :class:`SortedJournal` holds before it sorts and spills them: smaller than
#: :data:`SORT_RUN`, as they are held while spaCy parses (about 12 MB of text).
JOURNAL_RUN = 50_000


def _sorted_keys(quads: Iterable[ox.Quad], keep_graphs: bool) -> Iterator[str]:
    """The statements' :func:`_sort_key` keys, sorted, each once (see
    :func:`_sorted_key_blocks`)."""
    return chain.from_iterable(_sorted_key_blocks(quads, keep_graphs))


def _sorted_key_blocks(quads: Iterable[ox.Quad], keep_graphs: bool) -> Iterator[list[str]]:
    """The statements' :func:`_sort_key` keys, sorted, each once, in blocks (lists).

    Sorted as strings, not term objects, in runs of :data:`SORT_RUN` keys spilled to
    temporary files and merged (:func:`_merged_blocks`): a build of millions of
    statements holds one run at a time, not the whole graph twice over. A key holds its
    terms' N-Triples text, which has no line break, so a run is a file of lines.
    """
    with tempfile.TemporaryDirectory(prefix="caexpo-kg-sort-") as spill:
        runs: list[Path] = []
        batch: list[str] = []
        for quad in quads:
            batch.append(_sort_key(quad if keep_graphs else quad.triple))
            if len(batch) >= SORT_RUN:
                runs.append(_spill(sorted(batch), Path(spill, f"{len(runs)}.keys")))
                batch = []
        batch.sort()
        yield from _merged_blocks(runs, batch)


#: Bytes read from each sorted run at a time when runs are merged (some 4,000 keys).
_RUN_READ = 1 << 20


def _merged_blocks(runs: list[Path], batch: list[str]) -> Iterator[list[str]]:
    """The keys of sorted run files and of the sorted list ``batch`` merged, each once,
    in blocks (sorted lists, in order).

    A block at a time, not a key at a time (``heapq.merge`` in Python cost a file build's
    end more than pyoxigraph's serialiser): each run is read some thousands of keys at a
    time; every key not above the smallest of the runs' last keys read is final (what is
    still unread in a run sorts after what was read of it), so those are cut off each
    run's block with ``bisect`` and sorted together in one call (C's timsort merges the
    sorted pieces), repeats dropped as ``dict.fromkeys`` keeps first ones."""
    files = [path.open(encoding="utf-8", newline="\n") for path in runs]
    try:
        sources: list[Iterator[list[str]]] = [_run_blocks(file) for file in files]
        if batch:
            sources.append(iter([batch]))
        heads: list[tuple[list[str], Iterator[list[str]]]] = []
        for source in sources:
            block = next(source, None)
            if block:
                heads.append((block, source))
        previous = None
        while heads:
            bound = min(block[-1] for block, _ in heads)
            pieces: list[str] = []
            left: list[tuple[list[str], Iterator[list[str]]]] = []
            for block, source in heads:
                cut = bisect_right(block, bound)
                pieces += block[:cut]
                rest = block[cut:] or next(source, None)
                if rest:
                    left.append((rest, source))
            heads = left
            pieces.sort()  # already sorted pieces, merged (linear where only one was cut)
            keys = list(dict.fromkeys(pieces))
            if keys and keys[0] == previous:
                del keys[0]
            if keys:
                previous = keys[-1]
                yield keys
    finally:
        for file in files:
            file.close()


def _run_blocks(file: IO[str]) -> Iterator[list[str]]:
    """The keys of a run file (one a line), some thousands at a time."""
    while lines := file.readlines(_RUN_READ):
        yield [line[:-1] for line in lines]


class SortedJournal:
    """The sort keys of what a build writes into an empty store, sorted while it writes,
    so that its file is only a merge of sorted runs at the end.

    A build writes every document's quads into its store as the corpus streams in;
    writing the file once the last document is merged then meant computing, sorting and
    merging every statement's :func:`_sort_key` after spaCy had finished (most of a file
    build's last seconds). Here the keys of every statement :meth:`added` are sorted in
    runs of :data:`SORT_RUN` and spilled as they come (by the store's writing thread,
    beside spaCy); every statement :meth:`removed` is noted. The file is the runs merged,
    each key once, less the removed statements the store no longer holds: the same
    statements, in the same order, as :func:`stage_quads` of the store gives, however
    adds and removals interleaved, provided every write into the store since it was
    empty went through the journal (the builder journals only a file build's own store,
    for the length of that build).
    """

    def __init__(self, keep_graphs: bool, run: int | None = None) -> None:
        import threading

        self.keep_graphs = keep_graphs
        self._run = run or JOURNAL_RUN
        self._spill = tempfile.TemporaryDirectory(prefix="caexpo-kg-sort-")
        self._runs: list[Path] = []
        self._batch: list[str] = []
        self._removed: dict[str, ox.Quad] = {}
        self._lock = threading.Lock()

    def added(self, quads: Iterable[ox.Quad]) -> None:
        keys = [_sort_key(q if self.keep_graphs else q.triple) for q in quads]
        with self._lock:
            self._batch += keys
            if len(self._batch) >= self._run:
                batch, self._batch = self._batch, []
                path = Path(self._spill.name, f"{len(self._runs)}.keys")
                self._runs.append(_spill(sorted(set(batch)), path))

    def removed(self, quads: Iterable[ox.Quad]) -> None:
        keep_graphs = self.keep_graphs
        with self._lock:
            for quad in quads:
                self._removed[_sort_key(quad if keep_graphs else quad.triple)] = quad

    def keys(self, store: ox.Store) -> Iterator[str]:
        """The sorted keys of the statements ``store`` holds (all written through here)."""
        return chain.from_iterable(self.key_blocks(store))

    def key_blocks(self, store: ox.Store) -> Iterator[list[str]]:
        """:meth:`keys` in blocks (sorted lists, in order)."""
        if self.keep_graphs:
            gone = {key for key, quad in self._removed.items() if quad not in store}
        else:  # a triple stays while any graph holds it
            gone = {
                key
                for key, q in self._removed.items()
                if next(store.quads_for_pattern(q.subject, q.predicate, q.object), None) is None
            }
        for block in _merged_blocks(self._runs, sorted(self._batch)):
            if gone:
                block = [key for key in block if key not in gone]
            if block:
                yield block

    def serialize_into(
        self,
        stream: IO[bytes],
        store: ox.Store,
        rdf_format: str,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        """What :func:`_serialize_into` writes of ``store``, from the sorted runs."""
        _serialize_keys(stream, self.key_blocks(store), rdf_format, cancelled)

    def close(self) -> None:
        self._spill.cleanup()


def _spill(keys: list[str], path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.writelines(key + "\n" for key in keys)
    return path


def _statements(
    blocks: Iterable[list[str]],
    keep_graphs: bool,
    cancelled: Callable[[], bool] | None = None,
    slice_size: int = 10_000,
) -> Iterator[Any]:
    """The statements of sorted :func:`_sort_key` keys, given in blocks, in their order
    (each key holds its terms' N-Triples text; N-Quads puts the graph last, the key
    first), a slice of at most ``slice_size`` keys at a time; ``cancelled`` asked before
    each slice."""
    slices = _slices(blocks, slice_size, cancelled or (lambda: False))
    if not keep_graphs:
        # Pyoxigraph reads the N-Triples text of the keys, turned into lines by one
        # translation of a whole slice's bytes (no Python per statement).
        return ox.parse(_TripleLines(slices), ox.RdfFormat.N_TRIPLES)
    return _quad_statements(slices)


def _slices(
    blocks: Iterable[list[str]], size: int, cancelled: Callable[[], bool]
) -> Iterator[list[str]]:
    """``blocks`` cut into lists of at most ``size`` keys, ``cancelled`` asked before each."""
    for block in blocks:
        for start in range(0, len(block), size):
            if cancelled():
                raise Cancelled("the write was cancelled")
            yield block[start : start + size] if start or len(block) > size else block


def _triple_lines(keys: list[str]) -> bytes:
    """N-Triples lines of triple keys, UTF-8: each term's kind dropped, each NUL a space
    and the last one " .". A key's terms hold no NUL, no line break and no kind (N-Triples
    escapes control characters), and UTF-8 writes none of them inside another character,
    so one translation of the bytes does it."""
    data = ("\n".join(keys) + "\n").encode("utf-8").replace(b"\0\n", b" .\n")
    return data.translate(_LINE_TABLE, _KIND_BYTES)


class _TripleLines(io.RawIOBase):
    """The N-Triples text of slices of sorted triple keys, as a stream pyoxigraph parses."""

    def __init__(self, slices: Iterator[list[str]]) -> None:
        self._slices = slices
        self._buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            keys = next(self._slices, None)
            if keys is None:
                return 0
            self._buffer = memoryview(_triple_lines(keys))
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


def _quad_statements(slices: Iterable[list[str]]) -> Iterator[Any]:
    """The quads of slices of sorted quad keys (the graph first in a key, last in an
    N-Quads line)."""
    for keys in slices:
        lines: list[str] = []
        for key in keys:
            terms = [term[1:] for term in key.split("\0")[:-1]]
            if len(terms) == 4:
                terms = [*terms[1:], terms[0]]
            lines.append(" ".join(terms) + " .\n")
        yield from ox.parse("".join(lines).encode("utf-8"), ox.RdfFormat.N_QUADS)


def dataset_to_quads(source: Graph) -> list[ox.Quad]:
    """The quads of an rdflib Dataset (its default graph stays the default graph), or of
    a plain Graph, whose triples land in the entity graph as a triple file's do."""
    if not isinstance(source, ConjunctiveGraph):
        entities = ox.NamedNode(str(GRAPH.ENTITIES))
        return [
            ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), entities)
            for s, p, o in source.triples((None, None, None))
        ]
    names: dict[Any, Any] = {}
    quads = []
    for s, p, o, g in source.quads((None, None, None, None)):
        graph = g.identifier if isinstance(g, Graph) else g
        name = names.get(graph)
        if name is None:
            default = graph is None or graph == DATASET_DEFAULT_GRAPH_ID
            name = names[graph] = ox.DefaultGraph() if default else to_oxigraph(graph)
        quads.append(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), name))
    return quads


def serialize(source: Dataset | ox.Store, rdf_format: str = "turtle") -> bytes:
    """An rdflib ``Dataset`` or a pyoxigraph ``Store`` in ``rdf_format``, deterministically
    (the same bytes from either, for the same quads)."""
    quads = dataset_to_quads(source) if isinstance(source, Graph) else source
    return serialize_quads(quads, rdf_format)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write atomically: a temporary file beside ``path``, renamed over it when complete."""
    with _atomic(path) as stream:
        stream.write(data)


#: Temporary files beside their targets, neither put in place nor removed yet. A Ctrl-C
#: can land where no handler sees the file (between two statements of the code that
#: holds it, or while a writing thread is still staging it); at exit, after Python has
#: joined its threads, whatever is left here is removed, so an interrupted build never
#: leaves a half-written ``.out.ttl.*.tmp`` beside its target.
_UNSETTLED: set[Path] = set()


@atexit.register
def _remove_unsettled() -> None:
    for temporary in list(_UNSETTLED):
        temporary.unlink(missing_ok=True)
        _UNSETTLED.discard(temporary)


class StagedFile:
    """A complete output in a temporary file beside its target: :meth:`commit` puts it in
    place (one rename), :meth:`discard` removes it. Until then the target is untouched."""

    def __init__(self, temporary: Path, target: Path) -> None:
        self.temporary, self.target = temporary, target

    def commit(self) -> None:
        try:
            # mkstemp makes the file private (0600); the output should be an ordinary file.
            os.chmod(self.temporary, _ordinary_file_mode(self.target))
            os.replace(self.temporary, self.target)
        except BaseException:
            self.discard()
            raise
        _UNSETTLED.discard(self.temporary)

    def discard(self) -> None:
        self.temporary.unlink(missing_ok=True)
        _UNSETTLED.discard(self.temporary)


def check_writable(path: str | os.PathLike[str]) -> None:
    """Raise the ``OSError`` writing ``path`` would meet (a folder there, a read-only or
    full file system, no permission), before a long build rather than after it. A
    missing folder on the way is left to be made when the output is written."""
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        with tempfile.TemporaryFile(prefix=f".{target.name}.", dir=folder):
            pass
    except OSError as err:
        raise _of_target(err, target) from None


def _of_target(err: OSError, target: Path) -> OSError:
    """``err`` said of ``target`` (the output asked for), not of a temporary file beside it:
    ``out.ttl: Permission denied``. (OSError picks the subclass from the errno.)"""
    if err.errno is None:
        return err
    return OSError(err.errno, err.strerror, str(target))


@contextmanager
def _staging(path: str | os.PathLike[str]) -> Iterator[tuple[IO[bytes], StagedFile]]:
    """A stream to a temporary file beside ``path``, written to disk when the block ends
    without an error (and removed if it does not)."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as err:  # said of the output asked for, not of our temporary file
        raise _of_target(err, target) from None
    staged = StagedFile(Path(temporary), target)
    _UNSETTLED.add(staged.temporary)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream, staged
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as err:
        staged.discard()
        if err.filename in (None, temporary):  # a full disk while writing: the output's
            raise _of_target(err, target) from None
        raise
    except BaseException:
        staged.discard()
        raise


@contextmanager
def _atomic(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A stream to a temporary file beside ``path``, renamed over it when the block ends
    without an error (and removed if it does not)."""
    with _staging(path) as (stream, staged):
        yield stream
    staged.commit()


def stage_quads(
    quads: Iterable[ox.Quad],
    path: str | os.PathLike[str],
    rdf_format: str,
    cancelled: Callable[[], bool] | None = None,
) -> StagedFile:
    """``quads`` written, as :func:`write_quads` does, to a temporary file beside ``path``
    that :meth:`StagedFile.commit` puts in place (a build writes while it validates, and
    keeps the file only if the graph conforms); ``cancelled`` as for :func:`serialize_quads`."""
    with _staging(path) as (stream, staged):
        _serialize_into(stream, quads, rdf_format, cancelled)
    return staged


def stage_journal(
    journal: SortedJournal,
    store: ox.Store,
    path: str | os.PathLike[str],
    rdf_format: str,
    cancelled: Callable[[], bool] | None = None,
) -> StagedFile:
    """:func:`stage_quads` of ``store``, from the keys ``journal`` sorted as it was written."""
    with _staging(path) as (stream, staged):
        journal.serialize_into(stream, store, rdf_format, cancelled)
    return staged


def write_quads(quads: Iterable[ox.Quad], path: str | os.PathLike[str], rdf_format: str) -> None:
    """``quads`` written to ``path`` atomically, in ``rdf_format``, streamed (sorted in
    spilled runs, never whole in memory)."""
    stage_quads(quads, path, rdf_format).commit()


def write_dataset(
    source: Dataset | ox.Store, path: str | os.PathLike[str], rdf_format: str
) -> None:
    """A ``Dataset`` or ``Store`` written to ``path`` atomically, in ``rdf_format``."""
    write_bytes(path, serialize(source, rdf_format))


def _ordinary_file_mode(target: Path) -> int:
    """The mode of the file replaced, else what a new file gets under the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def bind_prefixes(graph: _G) -> _G:
    """``graph`` (an rdflib Graph or Dataset) with our prefixes bound."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def new_dataset() -> Dataset:
    """An empty rdflib ``Dataset`` with our prefixes bound."""
    return bind_prefixes(Dataset())


def load_dataset(path: str | os.PathLike[str], rdf_format: str | None = None) -> Dataset:
    """Read an RDF file into an rdflib :class:`Dataset` (parsed by pyoxigraph,
    :func:`~caexpo_kg.rdf.stores.load_store`, then copied)."""
    from . import store_to_dataset
    from .stores import load_store

    return store_to_dataset(load_store(path, rdf_format))
