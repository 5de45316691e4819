"""Graphs held in pyoxigraph stores: reading files into one, copying rdflib into one,
and what the readers (graph views, viz, explain) need to read one.

The graph verbs read files through pyoxigraph: its parser is about 30 times faster
than rdflib's (`query` end to end 17x: benchmarks/FILE_QUERY.md), and queries then
run on the store itself. rdflib Datasets stay for the rdflib users (pyshacl's
reference checks, owlrl, notebooks), as copies.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from ..vocab import GRAPH
from .files import dataset_to_quads
from .formats import QUAD_FORMATS, format_for_path, oxigraph_format
from .terms import to_oxigraph

__all__ = ["DatasetEdits", "as_store", "dataset_to_store", "load_store", "subject_objects"]


def load_store(path: str | os.PathLike[str], rdf_format: str | None = None) -> Any:
    """Read an RDF file of any supported format into an in-memory pyoxigraph ``Store``.

    ``-`` reads standard input (Turtle unless ``rdf_format`` says otherwise). Triples of
    a triple format land in the entity graph; quad formats keep their named graphs.
    """
    from ..errors import InputError

    stdin = str(path) == "-"
    if not stdin and not Path(path).exists():  # said before a format it cannot have
        raise InputError(f"{path}: cannot read ({os.strerror(errno.ENOENT)})")
    fmt = format_for_path(path, rdf_format, option="--from")
    try:
        data = sys.stdin.buffer.read() if stdin else Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    store = ox.Store()
    target = None if fmt in QUAD_FORMATS else ox.NamedNode(str(GRAPH.ENTITIES))
    base = None if stdin else Path(path).resolve().as_uri()
    try:
        store.load(data, oxigraph_format(fmt), base_iri=base, to_graph=target)
    except (SyntaxError, ValueError) as err:  # ValueError: undecodable bytes, bad IRIs
        message = " ".join(str(err).split())[:300]
        name = "standard input" if stdin else path
        hint = "; --from names another format" if stdin and rdf_format is None else ""
        raise InputError(f"{name}: not valid {fmt} ({message}){hint}") from None
    return store


def dataset_to_store(source: Graph) -> Any:
    """An in-memory pyoxigraph ``Store`` holding what an rdflib Dataset (or Graph) holds
    (see :func:`~caexpo_kg.rdf.files.dataset_to_quads`)."""
    store = ox.Store()
    store.extend(dataset_to_quads(source))
    return store


def as_store(source: Any) -> Any:
    """The pyoxigraph ``Store`` a reader reads: a Store as it is, an rdflib Dataset or
    Graph copied into one (:func:`dataset_to_store`), for callers that hold rdflib."""
    return dataset_to_store(source) if isinstance(source, Graph) else source


def subject_objects(
    store: Any, predicate: URIRef, graph: URIRef | None = None
) -> dict[Any, set[Any]]:
    """Subject → the objects of ``predicate`` (pyoxigraph terms), in every graph or one.

    One scan of the store's predicate index, linear in the triples that use it: how
    the readers (graph views, viz) join in Python instead of asking per node.
    """
    found: dict[Any, set[Any]] = {}
    name = None if graph is None else to_oxigraph(graph)
    for quad in store.quads_for_pattern(None, to_oxigraph(predicate), None, name):
        found.setdefault(quad.subject, set()).add(quad.object)
    return found


class DatasetEdits:
    """Whether an rdflib Dataset was edited since :meth:`settle`: what tells a store copy
    of it to be made again. rdflib has no change counter, so: its add events (a triple
    swapped for another keeps the sizes) and the sizes of its graphs (its in-memory
    store sends no event on removal).
    """

    def __init__(self, dataset: Dataset) -> None:
        from rdflib.events import Event
        from rdflib.store import TripleAddedEvent, TripleRemovedEvent

        self.dataset = dataset
        self._added = True

        def edited(event: Event) -> None:
            self._added = True

        for event_type in (TripleAddedEvent, TripleRemovedEvent):
            dataset.store.dispatcher.subscribe(event_type, edited)
        self._sizes = self._measure()

    def _measure(self) -> tuple[tuple[str, int], ...]:
        return tuple(sorted((str(g.identifier), len(g)) for g in self.dataset.graphs()))

    def changed(self) -> bool:
        """Edited since the last :meth:`settle` (or never settled)."""
        return self._added or self._measure() != self._sizes

    def settle(self) -> None:
        """Take the dataset as it is now as the unedited state."""
        self._added = False
        self._sizes = self._measure()
