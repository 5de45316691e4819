"""Writing and reading RDF: deterministic bytes, atomic files.

rdflib's writers follow its stores' hash order, which changes with Python's hash
seed, and its Turtle writer is thirty times slower than pyoxigraph's (PERF.md). So
statements are sorted here and handed to pyoxigraph's serializer, which keeps the
order it is given: the same graph always gives the same bytes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import warnings
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from ..vocab import GRAPH
from .formats import QUAD_FORMATS, format_for_path, oxigraph_format
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


def serialize(dataset: Dataset, rdf_format: str = "turtle") -> bytes:
    """An rdflib ``Dataset`` in ``rdf_format``, deterministically."""
    return serialize_quads(dataset_to_quads(dataset), rdf_format)


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


def write_dataset(dataset: Dataset, path: str | os.PathLike[str], rdf_format: str) -> None:
    """An rdflib ``Dataset`` written to ``path`` atomically, in ``rdf_format``."""
    write_bytes(path, serialize(dataset, rdf_format))


def _ordinary_file_mode(target: Path) -> int:
    """The mode of the file replaced, else what a new file gets under the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def new_dataset() -> Dataset:
    """An empty rdflib ``Dataset`` with our prefixes bound."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset


def load_dataset(path: str | os.PathLike[str], rdf_format: str | None = None) -> Dataset:
    """Read an RDF file of any supported format into a :class:`Dataset`.

    ``-`` reads standard input (Turtle unless ``rdf_format`` says otherwise). Triples
    of a triple format land in the entity graph.
    """
    from ..errors import InputError

    fmt = format_for_path(path, rdf_format)
    dataset = Dataset()
    try:
        data = sys.stdin.buffer.read() if str(path) == "-" else Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    try:
        if fmt in QUAD_FORMATS:
            with warnings.catch_warnings():
                # rdflib 7.6 warns about its own Dataset.parse defaults.
                warnings.simplefilter("ignore", DeprecationWarning)
                dataset.parse(data=data, format=fmt)
        else:
            dataset.graph(GRAPH.ENTITIES).parse(data=data, format=fmt)
    except Exception as err:  # rdflib raises many parser-specific types
        message = " ".join(str(err).split())[:300]
        raise InputError(f"{path}: not valid {fmt} ({message})") from None
    return dataset
