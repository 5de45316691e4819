"""The RDF formats caexpo-kg reads and writes: one table, by name and extension."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox

from ..errors import FormatError

__all__ = ["FORMATS", "QUAD_FORMATS", "format_for_path", "oxigraph_format"]

#: File extension or name → format name (rdflib's names, which users know from it).
FORMATS = {
    "ttl": "turtle",
    "turtle": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "nq": "nquads",
    "nquads": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
    "json-ld": "json-ld",
    "json": "json-ld",
    "rdf": "xml",
    "xml": "xml",
    "owl": "xml",
}
#: Formats that keep named graphs; the others hold the union of the graphs.
QUAD_FORMATS = {"nquads", "trig", "json-ld"}

_OXIGRAPH = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}


def format_for_path(
    path: str | os.PathLike[str] | None, explicit: str | None = None, *, option: str = "--format"
) -> str:
    """The format for ``explicit`` (a name or extension), else ``path``'s extension;
    ``option`` is the command-line option an error tells the user to give instead."""
    if explicit:
        name = explicit.lower().lstrip(".")
        if name in FORMATS:
            return FORMATS[name]
        if name in FORMATS.values():
            return name
        raise FormatError(
            f"unknown RDF format {explicit!r}; use one of {', '.join(sorted(FORMATS))}"
        )
    if path is None or str(path) == "-":
        return "turtle"
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise FormatError(
            f"{path}: cannot tell the RDF format from the extension {suffix or '(none)'!r}; "
            f"use {option} ({', '.join(sorted(FORMATS))})"
        )
    return FORMATS[suffix]


def oxigraph_format(name: str) -> ox.RdfFormat:
    """pyoxigraph's format for one of :data:`FORMATS`' names."""
    return _OXIGRAPH[name]
