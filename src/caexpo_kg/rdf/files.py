"""Writing and reading RDF: deterministic bytes, atomic files.

rdflib's writers follow its stores' hash order, which changes with Python's hash
seed, and its Turtle writer is thirty times slower than pyoxigraph's (PERF.md). So
statements are sorted here and handed to pyoxigraph's serializer, which keeps the
order it is given: the same graph always gives the same bytes.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import Dataset, Graph

from .formats import QUAD_FORMATS, oxigraph_format
from .terms import OUTPUT_PREFIXES, PREFIXES, to_oxigraph

__all__ = [
    "dataset_to_quads",
    "load_dataset",
    "serialize",
    "serialize_quads",
    "write_bytes",
    "write_dataset",
    "write_quads",
]

_G = TypeVar("_G", bound=Graph)
_KIND = {ox.NamedNode: "0", ox.BlankNode: "1", ox.Literal: "2"}


def _sort_key(statement: ox.Quad | ox.Triple) -> str:
    """IRIs before blank nodes before literals, each by its N-Triples form, term after term.

    One string per statement, not a tuple of tuples: a sort holds every key at once
    (the tuples cost about 600 bytes a statement). The NUL after each term sorts a
    term before any longer one it is a prefix of (N-Triples text holds no NUL: the
    reader replaces it).
    """
    terms = [statement.subject, statement.predicate, statement.object]
    if isinstance(statement, ox.Quad) and not isinstance(statement.graph_name, ox.DefaultGraph):
        terms.insert(0, statement.graph_name)
    return "".join(f"{_KIND.get(type(term), '3')}{term}\0" for term in terms)


def serialize_quads(quads: Iterable[ox.Quad], rdf_format: str = "turtle") -> bytes:
    """``quads`` in ``rdf_format``, sorted; triple formats get the union of the graphs."""
    if rdf_format in QUAD_FORMATS:
        statements: list[ox.Quad] | list[ox.Triple] = sorted(set(quads), key=_sort_key)
    else:
        statements = sorted({quad.triple for quad in quads}, key=_sort_key)
    return ox.serialize(statements, format=oxigraph_format(rdf_format), prefixes=OUTPUT_PREFIXES)


def dataset_to_quads(dataset: Dataset) -> list[ox.Quad]:
    """The quads of an rdflib ``Dataset`` as pyoxigraph quads."""
    quads = []
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = g.identifier if isinstance(g, Graph) else g
        quads.append(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), to_oxigraph(graph)))
    return quads


def serialize(source: Dataset | ox.Store, rdf_format: str = "turtle") -> bytes:
    """An rdflib ``Dataset`` or a pyoxigraph ``Store`` in ``rdf_format``, deterministically
    (the same bytes from either, for the same quads)."""
    quads = dataset_to_quads(source) if isinstance(source, Graph) else source
    return serialize_quads(quads, rdf_format)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write atomically: a temporary file beside ``path``, renamed over it when complete."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); the output should be an ordinary file.
        os.chmod(temporary, _ordinary_file_mode(target))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_quads(quads: Iterable[ox.Quad], path: str | os.PathLike[str], rdf_format: str) -> None:
    """``quads`` written to ``path`` atomically, in ``rdf_format``."""
    write_bytes(path, serialize_quads(quads, rdf_format))


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
