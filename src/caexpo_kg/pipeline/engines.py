"""Where extraction runs: this machine (``local``) or a Dask cluster (``dask``).

An engine turns a stream of :class:`~caexpo_kg.model.Document` into a stream of
:class:`~caexpo_kg.model.Extraction`, one per document, **in input order**, so
both engines give the same graph. Everything after extraction (merging, RDF,
the store) stays on the calling machine: it is cheap beside spaCy.

The Dask engine sends batches of documents to the workers of an existing
``distributed`` scheduler. Each worker process loads the spaCy pipeline once
(:func:`caexpo_kg.extract.nlp.load_pipeline` is cached per process) and keeps it for
every batch after; at most ``window`` batches are in flight, so memory on the
client stays flat however long the corpus.

Examples
--------
>>> engine = make_engine("dask", scheduler="tcp://10.0.0.5:8786")  # doctest: +SKIP
>>> for extraction in engine.extract(documents, model="en_core_web_sm"):  # doctest: +SKIP
...     ...
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from typing import Any, Protocol

from ..errors import CaexpoError
from ..model import Document, Extraction
from .interrupts import ignore_interrupts, interrupts_deferred, shut_down

__all__ = ["DaskEngine", "Engine", "LocalEngine", "make_engine"]

ENGINES = ("local", "dask")


class Engine(Protocol):
    """Anything that extracts documents in order."""

    worker_cpu: float
    """CPU seconds spent outside this process (0.0 where extraction runs here)."""
    worker_peak_kib: int
    """The largest worker process's peak resident memory, KiB (0: none)."""

    def extract(
        self,
        documents: Iterable[Document],
        *,
        model: str | None = None,
        infer: bool = True,
        batch_size: int = 8,
        learned_entities: bool = False,
    ) -> Iterator[Extraction]: ...


class LocalEngine:
    """spaCy's ``nlp.pipe`` on this machine; ``n_process`` > 1 runs worker processes.

    With several processes each worker loads the pipeline once and returns small
    :class:`Extraction` records (not parsed ``Doc`` objects, which spaCy would have to
    serialise back, custom spans and all), batch by batch, in input order.
    """

    def __init__(
        self,
        n_process: int = 1,
        *,
        chunk_size: int = 16,
        start_method: str | None = None,
        worker_after: int | None = None,
    ) -> None:
        self.n_process = n_process
        self.chunk_size = chunk_size
        self.worker_cpu = 0.0
        """CPU seconds spent in worker processes so far (none when parsing here)."""
        self.worker_peak_kib = 0
        """The largest worker's peak resident memory (KiB)."""
        self.start_method = start_method
        """``multiprocessing`` start method; default ``forkserver`` where there is one."""
        self.worker_after = worker_after
        """With one process: parse in a worker process, not this one, once the input has
        more than this many documents, so that the caller's merging and writing run on
        another core beside spaCy (``None``: always here, the default). The command
        line sets it (:func:`make_engine`, :data:`WORKER_AFTER`); the Python API does not:
        a worker re-imports the caller's ``__main__``, which a script without an
        ``if __name__ == "__main__"`` guard does not survive."""
        self.parses_elsewhere = n_process > 1
        """Whether the documents are parsed in worker processes, not this one: with one
        process, known once :meth:`extract` has seen whether the input is over
        :attr:`worker_after` (before it hands back the first extraction)."""
        self._described: dict[str, tuple[str, str, int]] = {}

    def extract(
        self,
        documents: Iterable[Document],
        *,
        model: str | None = None,
        infer: bool = True,
        batch_size: int = 8,
        learned_entities: bool = False,
    ) -> Iterator[Extraction]:
        from ..extract.nlp import load_pipeline
        from .document import extract_documents

        if self.n_process > 1:
            yield from self._in_workers(documents, model, infer, batch_size, learned_entities)
            return
        documents = iter(documents)
        head = list(islice(documents, (self.worker_after or 0) + 1))
        documents = chain(head, documents)
        self.parses_elsewhere = self.worker_after is not None and len(head) > self.worker_after
        if not self.parses_elsewhere:
            # A small input: a worker's start (a second or two) would cost more.
            nlp = load_pipeline(model)
            yield from extract_documents(
                nlp,
                documents,
                batch_size=batch_size,
                infer=infer,
                learned_entities=learned_entities,
            )
            return
        yield from self._in_workers(
            documents, model, infer, batch_size, learned_entities, workers=1
        )

    def described(self, model: str | None) -> tuple[str, str, int] | None:
        """``model``'s name and version, its rules' version and its ``max_length``, as a
        worker of this engine loaded it (``None`` if none has: then load it here)."""
        from ..extract.nlp import resolve_model

        return self._described.get(resolve_model(model))

    def _in_workers(
        self,
        documents: Iterable[Document],
        model: str | None,
        infer: bool,
        batch_size: int,
        learned_entities: bool = False,
        workers: int | None = None,
    ) -> Iterator[Extraction]:
        """Worker processes (``n_process``, or ``workers``), each parsing and reading its
        batches whole; this process merges and writes what they send back.

        One worker sending its parses back (``Doc.to_bytes``) for this process to read was
        tried: the same wall time on 440,069 words (156.4 s against 157.4 s), so the
        simpler division stays."""
        from ..extract.nlp import resolve_model
        from ..read.corpus import too_long

        workers = workers or self.n_process
        with self._pool(workers) as submit:
            # Each worker loads the pipeline first thing, and the first to have it says
            # what it is: this process need not load a copy of its own to know its name,
            # its rules' version (the ledger's fingerprints) and its max_length.
            loading = [submit(_describe, model) for _ in range(workers)]
            described = self._described[resolve_model(model)] = loading[0].result()
            # Said here, where the command's log goes, not in a worker: a text over the
            # pipeline's max_length is skipped.
            max_length = described[2]
            kept = (d for d in documents if not too_long(d.text, d.source or d.id, max_length))
            yield from _windowed(
                self,
                lambda batch: submit(_extract_batch, batch, model, infer, learned_entities, True),
                kept,
                self.chunk_size,
                2 * workers,
            )

    @contextmanager
    def _pool(self, workers: int) -> Iterator[Callable[..., Any]]:
        """``submit`` to a pool of ``workers`` processes (forkserver where there is one)."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from ..extract.nlp import release_pipelines

        release_pipelines()  # parsed in workers: this process's copy is memory for nothing
        method = self.start_method
        if method is None and "forkserver" in multiprocessing.get_all_start_methods():
            method = "forkserver"
        context = multiprocessing.get_context(method)
        forked = context.get_start_method() == "fork"
        # Ctrl-C at a terminal reaches the workers too: they leave it to this process,
        # which stops the pool itself (``ignore_interrupts``).
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=ignore_interrupts)
        if not forked:
            # The first worker started and attached to the pool's queues before anything
            # else: a Ctrl-C while a worker was still starting left it unable to attach,
            # printing a traceback. Ctrl-C waits for that (a second or so), then stops
            # the build as anywhere else.
            with interrupts_deferred():
                try:
                    pool.submit(_attached).result()
                except BaseException:
                    shut_down(pool, cancel_futures=True)
                    raise

        def submit(function: Callable[..., Any], *args: Any) -> Any:
            # A submit may start a worker. A Ctrl-C between its start and the pool noting
            # it would leave a worker the pool never stops, which then fails to attach to
            # this process's queues and prints a traceback: Ctrl-C waits for the submit.
            with interrupts_deferred():
                return pool.submit(function, *args)

        try:
            yield submit
        finally:
            # Stopped early (Ctrl-C, an error downstream): batches not yet started are
            # dropped, not parsed first; the ones running are waited for.
            shut_down(pool, cancel_futures=True)


def _windowed(
    engine: Any,
    submit: Callable[[list[Document]], Any],
    documents: Iterable[Document],
    chunk_size: int,
    window: int,
) -> Iterator[Extraction]:
    """Submit batches, at most ``window`` in flight, and yield their extractions in input
    order (keeping the workers' CPU seconds and peak memory on ``engine``)."""
    iterator = iter(documents)
    pending: deque[Any] = deque()
    while True:
        while len(pending) < window:
            batch = list(islice(iterator, chunk_size))
            if not batch:
                break
            pending.append(submit(batch))
        if not pending:
            return
        extractions, cpu, peak = pending.popleft().result()
        engine.worker_cpu += cpu
        engine.worker_peak_kib = max(engine.worker_peak_kib, peak)
        yield from extractions


def _attached() -> None:
    """A worker's first task: nothing (it has started and reads the pool's queues)."""


def _describe(model: str | None) -> tuple[str, str, int]:
    """Run in a worker process: load the pipeline (cached for the batches after) and say
    what it is: its name and version, its rules' version and its ``max_length``."""
    from ..extract.nlp import load_pipeline, model_name
    from .document import _rules_version

    nlp = load_pipeline(model)
    return model_name(nlp), _rules_version(nlp), nlp.max_length


def _extract_batch(
    documents: list[Document],
    model: str | None,
    infer: bool,
    learned_entities: bool = False,
    freeze: bool = False,
) -> tuple[list[Extraction], float, int]:
    """Run in a worker process: the batch's extractions, the CPU seconds they took and
    the worker's peak RSS so far (KiB; a parent's ``getrusage`` never sees a worker
    started by a forkserver). The pipeline is loaded on the first call, then cached;
    with ``freeze`` (a worker of our own pool, which holds nothing else) the objects
    alive then are frozen out of the cyclic garbage collector's sweeps: the loaded
    pipeline is most of them and lives as long as the worker (its full sweeps were 1.6%
    of a worker's CPU on news; Dask's workers hold more than ours, and are left alone).
    They are frozen again after the first batch: the world-knowledge tables (GeoNames'
    places, ISO 3166-2) are loaded by the first documents that ask, and live as long (a
    full sweep walked them in 0.095 s, 0.003 s frozen: about 2% of what extraction adds to
    spaCy on the news articles between two such sweeps)."""
    from ..extract.nlp import load_pipeline
    from .document import extract_documents

    start = time.process_time()
    nlp = load_pipeline(model)
    if freeze and _freezes == 0:
        _freeze()
    extractions = list(
        extract_documents(
            nlp,
            documents,
            batch_size=len(documents) or 1,
            infer=infer,
            learned_entities=learned_entities,
        )
    )
    if freeze and _freezes == 1:
        # the tables the first batch loaded on first use; the young generations swept
        # first (the batch's garbage is there), not the whole heap again
        _freeze(generation=1)
    return extractions, time.process_time() - start, _peak_kib()


#: How many times this worker has frozen what it holds (:func:`_extract_batch`).
_freezes = 0


def _freeze(generation: int = 2) -> None:
    """Sweep up to ``generation``, then freeze what is alive out of later sweeps."""
    global _freezes
    import gc

    gc.collect(generation)
    gc.freeze()
    _freezes += 1


def _peak_kib() -> int:
    """This process's peak resident memory in KiB (0 where ``resource`` is missing)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class DaskEngine:
    """Batches of documents on a Dask ``distributed`` cluster (``client`` or ``scheduler``)."""

    def __init__(
        self,
        scheduler: str | None = None,
        *,
        client: Any = None,
        chunk_size: int = 16,
        window: int | None = None,
    ) -> None:
        distributed = _import_distributed()
        self._owns_client = client is None
        if client is None:
            if not scheduler:
                raise CaexpoError("--engine dask needs --scheduler ADDRESS (tcp://host:8786)")
            try:
                client = distributed.Client(scheduler, timeout="10s")
            except (OSError, TimeoutError) as err:
                raise CaexpoError(f"cannot reach the Dask scheduler {scheduler}: {err}") from None
        self.client = client
        self.chunk_size = chunk_size
        self.worker_cpu = 0.0
        """CPU seconds the workers spent on this engine's batches so far."""
        self.worker_peak_kib = 0
        """The largest worker's peak resident memory (KiB)."""
        workers = len(client.scheduler_info().get("workers", {})) or 1
        self.window = window or 2 * workers

    def extract(
        self,
        documents: Iterable[Document],
        *,
        model: str | None = None,
        infer: bool = True,
        batch_size: int = 8,
        learned_entities: bool = False,
    ) -> Iterator[Extraction]:
        try:
            yield from _windowed(
                self,
                lambda batch: self.client.submit(
                    _extract_batch, batch, model, infer, learned_entities, pure=False
                ),
                documents,
                self.chunk_size,
                self.window,
            )
        finally:
            if self._owns_client:  # a client we opened for this build
                self.client.close()


#: With one process, the command line parses a corpus of more documents than this in one
#: worker process, where the machine has a second CPU: this process merges, writes, sorts
#: and checks what the worker sends back beside it. Below it, the worker's start and its
#: second copy of the pipeline (a few seconds) cost more than the work it frees.
WORKER_AFTER = 256


def make_engine(
    name: str = "local", *, scheduler: str | None = None, n_process: int = 1
) -> LocalEngine | DaskEngine:
    """The engine called ``name`` (``local`` or ``dask``), as the command line builds with:
    one local process parses beside this one (:data:`WORKER_AFTER`) where there is a CPU
    to spare."""
    if name == "local":
        spare_cpu = (
            len(os.sched_getaffinity(0)) > 1
            if hasattr(os, "sched_getaffinity")
            else ((os.cpu_count() or 1) > 1)
        )
        after = WORKER_AFTER if n_process == 1 and spare_cpu else None
        return LocalEngine(n_process, worker_after=after)
    if name == "dask":
        return DaskEngine(scheduler)
    raise CaexpoError(f"unknown engine {name!r}; use one of {', '.join(ENGINES)}")


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise CaexpoError(
            'the Dask engine needs dask.distributed; install it with: pip install "caexpo-kg[dask]"'
        ) from None
    return distributed
