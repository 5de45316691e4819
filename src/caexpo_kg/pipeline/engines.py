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

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, Protocol

from ..errors import CaexpoError
from ..model import Document, Extraction

__all__ = ["DaskEngine", "Engine", "LocalEngine", "make_engine"]

ENGINES = ("local", "dask")


class Engine(Protocol):
    """Anything that extracts documents in order."""

    def extract(
        self,
        documents: Iterable[Document],
        *,
        model: str | None = None,
        infer: bool = True,
        batch_size: int = 8,
    ) -> Iterator[Extraction]: ...


class LocalEngine:
    """spaCy's ``nlp.pipe`` on this machine; ``n_process`` > 1 runs worker processes.

    With several processes each worker loads the pipeline once and returns small
    :class:`Extraction` records (not parsed ``Doc`` objects, which spaCy would have to
    serialise back, custom spans and all), batch by batch, in input order.
    """

    def __init__(
        self, n_process: int = 1, *, chunk_size: int = 16, start_method: str | None = None
    ) -> None:
        self.n_process = n_process
        self.chunk_size = chunk_size
        self.start_method = start_method
        """``multiprocessing`` start method; default ``forkserver`` where there is one."""

    def extract(
        self,
        documents: Iterable[Document],
        *,
        model: str | None = None,
        infer: bool = True,
        batch_size: int = 8,
    ) -> Iterator[Extraction]:
        from ..extract.nlp import load_pipeline
        from .document import extract_documents

        if self.n_process <= 1:
            nlp = load_pipeline(model)
            yield from extract_documents(nlp, documents, batch_size=batch_size, infer=infer)
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = self.start_method
        if method is None and "forkserver" in multiprocessing.get_all_start_methods():
            method = "forkserver"
        with ProcessPoolExecutor(
            self.n_process, mp_context=multiprocessing.get_context(method)
        ) as pool:
            yield from _windowed(
                lambda batch: pool.submit(_extract_batch, batch, model, infer),
                documents,
                self.chunk_size,
                2 * self.n_process,
            )


def _windowed(
    submit: Any, documents: Iterable[Document], chunk_size: int, window: int
) -> Iterator[Extraction]:
    """Submit batches, at most ``window`` in flight, and yield results in input order."""
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
        yield from pending.popleft().result()


def _extract_batch(documents: list[Document], model: str | None, infer: bool) -> list[Extraction]:
    """Run on a Dask worker: the pipeline is loaded on the first call, then cached."""
    from ..extract.nlp import load_pipeline
    from .document import extract_documents

    nlp = load_pipeline(model)
    return list(extract_documents(nlp, documents, batch_size=len(documents) or 1, infer=infer))


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
        workers = len(client.scheduler_info().get("workers", {})) or 1
        self.window = window or 2 * workers

    def extract(
        self,
        documents: Iterable[Document],
        *,
        model: str | None = None,
        infer: bool = True,
        batch_size: int = 8,
    ) -> Iterator[Extraction]:
        try:
            yield from _windowed(
                lambda batch: self.client.submit(_extract_batch, batch, model, infer, pure=False),
                documents,
                self.chunk_size,
                self.window,
            )
        finally:
            if self._owns_client:  # a client we opened for this build
                self.client.close()


def make_engine(
    name: str = "local", *, scheduler: str | None = None, n_process: int = 1
) -> LocalEngine | DaskEngine:
    """The engine called ``name`` (``local`` or ``dask``)."""
    if name == "local":
        return LocalEngine(n_process)
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
