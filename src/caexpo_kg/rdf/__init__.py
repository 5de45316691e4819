"""RDF: the one mapping from extractions to quads, its terms, formats and files.

- :mod:`.terms` — namespaces' prefixes, the terms we write (pyoxigraph, made once),
  IRIs of entities, documents and runs, and the conversion to and from rdflib;
- :mod:`.mapping` — extraction → quads (record, mentions, entities, relations) and
  the two layouts of named graphs (a file's, a store's);
- :mod:`.formats` — the format table (names, extensions, pyoxigraph's formats);
- :mod:`.files` — deterministic serialisation and atomic writes, and loading.

Every sink (a file, a store, a remote endpoint) and every reader goes through here.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Dataset

from ..model import Extraction
from .files import (
    Cancelled,
    StagedFile,
    bind_prefixes,
    check_writable,
    load_dataset,
    new_dataset,
    serialize,
    serialize_quads,
    stage_quads,
    write_bytes,
    write_dataset,
    write_quads,
)
from .formats import FORMATS, QUAD_FORMATS, format_for_path, oxigraph_format
from .mapping import Layout, dataset_quads, document_quads, entity_triples
from .stores import DatasetEdits, as_store, dataset_to_store, load_store, subject_objects
from .terms import PREFIXES, entity_uri, from_oxigraph, named_node, to_oxigraph

__all__ = [
    "FORMATS",
    "PREFIXES",
    "QUAD_FORMATS",
    "Cancelled",
    "DatasetEdits",
    "Layout",
    "StagedFile",
    "as_store",
    "bind_prefixes",
    "check_writable",
    "dataset_to_store",
    "document_quads",
    "entity_triples",
    "entity_uri",
    "format_for_path",
    "from_oxigraph",
    "load_dataset",
    "load_store",
    "named_node",
    "new_dataset",
    "oxigraph_format",
    "serialize",
    "serialize_quads",
    "stage_quads",
    "store_to_dataset",
    "subject_objects",
    "to_dataset",
    "to_oxigraph",
    "triple_from_oxigraph",
    "write_bytes",
    "write_dataset",
    "write_quads",
]


def triple_from_oxigraph(quad: ox.Quad | ox.Triple) -> tuple:
    """The rdflib triple of a pyoxigraph quad or triple."""
    return from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object)


def store_to_dataset(quads: Iterable[ox.Quad], dataset: Dataset | None = None) -> Dataset:
    """A pyoxigraph ``Store`` (or any quads) copied into an rdflib ``Dataset`` (a new
    one, prefixes bound, unless given): about 1.2 KB a triple."""
    dataset = new_dataset() if dataset is None else dataset
    graphs = {}
    for quad in quads:
        name = quad.graph_name
        graph = graphs.get(name)
        if graph is None:
            default = isinstance(name, ox.DefaultGraph)
            graph = graphs[name] = (
                dataset.default_graph if default else dataset.graph(from_oxigraph(name))
            )
        graph.add(triple_from_oxigraph(quad))
    return dataset


def to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """The rdflib ``Dataset`` of (merged) extractions, in the file layout."""
    return store_to_dataset(dataset_quads(extractions))
