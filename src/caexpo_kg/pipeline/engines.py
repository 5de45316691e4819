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

import functools
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
        yield from self._beside_a_parser(documents, model, infer, learned_entities)

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
        batches whole; this process merges and writes what they send back. (One worker
        beside the build sends its parses back instead: :meth:`_beside_a_parser`.)"""
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

    def _beside_a_parser(
        self,
        documents: Iterable[Document],
        model: str | None,
        infer: bool,
        learned_entities: bool,
    ) -> Iterator[Extraction]:
        """One worker runs spaCy alone and sends each parse back (``Doc.to_bytes``); this
        process reads them (resolve, relate, the learned layers) beside merging and writing.

        spaCy is the build's longest chain: what else the worker did after it was on that
        chain too. Measured on 150 news articles (CPU seconds): spaCy with our two
        components 7.7, the extraction after it 1.9-2.2 (since the learned layers, a
        third of spaCy's own components), a parse's bytes 0.4 to write and 0.4 to read;
        the extractions are the same (150 of 150). On 286 articles (60,210 words) the
        worker's CPU went 25.4 -> 19.7 s, this process's 8.7 -> 16.1 s. Tried on 2026-12-03
        before the learned layers and the checks beside spaCy, it gained nothing: this
        process was the busier then."""
        from ..extract.nlp import resolve_model
        from ..read.corpus import too_long
        from .document import _leave_out, extract_doc

        resolved = resolve_model(model)
        with self._pool(1) as submit:
            described = self._described[resolved] = submit(_describe, model).result()
            run_model, rules_version, max_length = described
            names = submit(_component_names, model)
            sent: deque[list[Document]] = deque()  # the batches in flight, in order

            def send(batch: list[Document]) -> Any:
                sent.append(batch)
                return submit(_parse_batch, batch, model)

            def read(parses: list[bytes | None]) -> Iterator[Extraction]:
                from spacy.tokens import Doc

                # loaded once the first batches are sent: the worker parses meanwhile
                vocab = _vocabulary(resolved, tuple(names.result()))
                for document, parse in zip(sent.popleft(), parses, strict=True):
                    if parse is None:  # spaCy failed on it in the worker, which said so
                        continue
                    doc = Doc(vocab).from_bytes(parse)
                    try:
                        yield extract_doc(
                            doc,
                            document,
                            model=run_model,
                            rules_version=rules_version,
                            infer=infer,
                            learned_entities=learned_entities,
                        )
                    except Exception as error:  # a CaexpoError (the user's to fix) is raised
                        _leave_out("extraction", None, [doc], error, document)

            kept = (d for d in documents if not too_long(d.text, d.source or d.id, max_length))
            for parses in _windowed(self, send, kept, self.chunk_size, 2):
                yield from read(parses)

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
) -> Iterator[Any]:
    """Submit batches, at most ``window`` in flight, and yield what each sends back (its
    extractions, or its parses), in input order, keeping the workers' CPU seconds and
    peak memory on ``engine``."""
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
        payload, cpu, peak = pending.popleft().result()
        engine.worker_cpu += cpu
        engine.worker_peak_kib = max(engine.worker_peak_kib, peak)
        yield from payload


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


def _component_names(model: str | None) -> list[str]:
    """Run in a worker process: the components of ``model``'s pipeline as it loads it."""
    from ..extract.nlp import load_pipeline

    return list(load_pipeline(model).component_names)


@functools.lru_cache(maxsize=2)
def _vocabulary(resolved: str, components: tuple[str, ...]) -> Any:
    """The vocabulary of pipeline ``resolved`` without its components (0.2 s, not the
    0.4 s and the memory of the whole pipeline): what reading a parse sent back needs,
    the lexemes' attributes and norms as the worker's pipeline has them."""
    import spacy

    if resolved == "blank":
        return spacy.blank("en").vocab
    return spacy.load(resolved, exclude=list(components)).vocab


def _parse_batch(
    documents: list[Document], model: str | None
) -> tuple[list[list[bytes | None]], float, int]:
    """Run in the worker beside a build: each document's parse as ``Doc.to_bytes``
    (without the tensor, which the extraction never reads; ``None`` for one spaCy
    failed on, said here), the CPU seconds and the worker's peak RSS (KiB). The pipeline,
    its frozen objects and the batch's size are as :func:`_extract_batch` has them."""
    from ..extract.nlp import load_pipeline
    from .document import _leave_out

    start = time.process_time()
    nlp = load_pipeline(model)
    if _freezes == 0:
        _freeze()
    # spaCy drops a doc its error handler (a warning naming the document) returns from;
    # the documents travel as the docs' contexts, so what is left stays in step.
    parses: dict[int, bytes] = {}
    previous = nlp.default_error_handler
    nlp.default_error_handler = _leave_out
    try:
        pairs = ((document.text, document) for document in documents)
        for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=len(documents) or 1):
            try:
                parses[id(document)] = doc.to_bytes(exclude=["tensor"])
            except Exception as error:  # something on the doc msgpack cannot write
                _leave_out("sending its parse", None, [doc], error, document)
    finally:
        nlp.default_error_handler = previous
    if _freezes == 1:
        _freeze(generation=1)
    sent_back = [parses.get(id(document)) for document in documents]
    return [sent_back], time.process_time() - start, _peak_kib()


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
