"""Load a graph into any SPARQL 1.1 Graph Store Protocol server (Oxigraph, Fuseki, GraphDB ...).

With ``graph`` the triples go to that named graph (``?graph=IRI``); without it a
quad file (N-Quads, TriG) or a store folder goes to the whole dataset, keeping its
named graphs, and a triple file to the default graph (``?default``). ``replace``
uses HTTP ``PUT`` (the target's old content is dropped), otherwise ``POST``
(added to what is there). Only the standard library (urllib) is used.

Examples
--------
>>> push_graph("sample.nq", "http://127.0.0.1:7878/store")  # doctest: +SKIP
>>> push_graph("a.ttl", "http://127.0.0.1:7878/store", graph="https://ex.org/g")  # doctest: +SKIP
"""

from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .errors import CaexpoError, InputError

__all__ = ["PushResult", "push_graph"]

_CONTENT_TYPES = {
    ".nq": ("application/n-quads", True),
    ".trig": ("application/trig", True),
    ".nt": ("application/n-triples", False),
    ".ttl": ("text/turtle", False),
}


@dataclass(frozen=True)
class PushResult:
    """What was sent, and the server's answer."""

    url: str
    method: str
    content_type: str
    bytes_sent: int
    status: int


def _payload(source: Path, graph: str | None) -> tuple[bytes, str, bool]:
    """The bytes to send, their media type, and whether they are quads."""
    if source.is_dir():  # a caexpo-kg store folder
        import pyoxigraph as ox

        from .store import GraphStore

        quads = list(GraphStore(source, read_only=True).oxigraph)
        if graph is not None:
            return (
                ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES),
                ("application/n-triples"),
                False,
            )
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS), "application/n-quads", True
    suffix = source.suffix.lower()
    if suffix in _CONTENT_TYPES:
        try:
            data = source.read_bytes()
        except OSError as err:
            raise InputError(f"{source}: cannot read ({err.strerror or err})") from None
        content_type, quads = _CONTENT_TYPES[suffix]
        if quads and graph is not None:  # a quad file into one graph: flatten it
            import pyoxigraph as ox

            fmt = ox.RdfFormat.N_QUADS if suffix == ".nq" else ox.RdfFormat.TRIG
            triples = [q.triple for q in ox.parse(data, format=fmt)]
            return (
                ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES),
                ("application/n-triples"),
                False,
            )
        return data, content_type, quads
    from .api import KnowledgeGraph  # JSON-LD, RDF/XML: through rdflib

    return KnowledgeGraph.load(source).serialize("trig"), "application/trig", True


def push_graph(
    source: str | os.PathLike[str],
    endpoint: str,
    *,
    graph: str | None = None,
    replace: bool = False,
    timeout: float = 300.0,
) -> PushResult:
    """Send the graph file (or store folder) ``source`` to the Graph Store ``endpoint``."""
    parsed = urllib.parse.urlsplit(endpoint)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise CaexpoError(f"--endpoint must be an http(s) URL, not {endpoint!r}")
    data, content_type, quads = _payload(Path(source), graph)
    if graph is not None:
        target = {"graph": graph}
    elif quads:
        target = {}
    else:
        target = {"default": ""}
    query = urllib.parse.urlencode(target).replace("default=", "default")
    separator = "&" if parsed.query else "?"
    url = endpoint + (separator + query if query else "")
    method = "PUT" if replace else "POST"
    request = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": content_type}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as err:
        detail = " ".join(err.read().decode("utf-8", "replace").split())[:200]
        raise CaexpoError(f"{url}: the server answered {err.code} {err.reason}: {detail}") from None
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise CaexpoError(f"{url}: cannot reach the server ({reason})") from None
    return PushResult(url, method, content_type, len(data), status)
