"""Load a graph into any SPARQL 1.1 Graph Store Protocol server (Oxigraph, Fuseki, GraphDB ...).

With ``graph`` the triples go to that named graph (``?graph=IRI``); without it a
quad file (N-Quads, TriG) or a store folder goes to the whole dataset, keeping its
named graphs, and a triple file to the default graph (``?default``). ``replace``
uses HTTP ``PUT`` (the target's old content is dropped), otherwise ``POST``
(added to what is there).

Sent with httpx, because a write must not go wrong quietly:

- **authentication** (HTTP Basic) from ``user``/``password``, else the environment
  (``CAEXPO_KG_PUSH_USER``, ``CAEXPO_KG_PUSH_PASSWORD``), else ``~/.netrc`` (or the
  file ``NETRC`` names), else a ``user:password@`` in the URL; a password is never
  printed: every URL in a message or result has it replaced by ``***``;
- **redirects are errors**: a 301/302 would turn the POST into a GET that stores
  nothing, and a 307/308 would resend the graph (and credentials) elsewhere;
- **timeouts**: ``timeout`` bounds the whole exchange, not each read, so a server that
  drips its headers a byte at a time cannot hold the push past it (httpx's own read
  timeout is per read, hence the ``asyncio`` deadline around it);
- **the target is a query parameter** (httpx's ``params``), so a ``#fragment`` in the
  endpoint cannot swallow it;
- **retries only where idempotent**: a connection that never opened is retried for
  any method (nothing was sent); a ``PUT`` is also retried after 502/503/504, a
  ``POST`` never is (it could add the graph twice).

Examples
--------
>>> push_graph("sample.nq", "http://127.0.0.1:7878/store")  # doctest: +SKIP
>>> push_graph("a.ttl", "http://127.0.0.1:7878/store", graph="https://ex.org/g")  # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import os
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import CaexpoError, InputError

__all__ = ["PushResult", "push_bytes", "push_graph", "redact"]

_CONTENT_TYPES = {
    ".nq": ("application/n-quads", True),
    ".trig": ("application/trig", True),
    ".nt": ("application/n-triples", False),
    ".ttl": ("text/turtle", False),
}
#: Answers after which a PUT (idempotent) is sent again; a POST never is.
_RETRY_STATUSES = {502, 503, 504}
_PUT_ATTEMPTS = 3
_CONNECT_RETRIES = 2


@dataclass(frozen=True)
class PushResult:
    """What was sent, and the server's answer (``url`` with any password redacted)."""

    url: str
    method: str
    content_type: str
    bytes_sent: int
    status: int


def redact(url: str) -> str:
    """``url`` with the password of its ``user:password@`` (if any) replaced by ``***``."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    netloc = f"{parts.username}:***@{host}"
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def _payload(source: Path, graph: str | None) -> tuple[bytes, str, bool]:
    """The bytes to send, their media type, and whether they are quads."""
    if source.is_dir():  # a caexpo-kg store folder
        from ..rdf import serialize_quads
        from .store import GraphStore

        quads = GraphStore(source, read_only=True).quads()
        if graph is not None:
            return serialize_quads(quads, "nt"), "application/n-triples", False
        return serialize_quads(quads, "nquads"), "application/n-quads", True
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
    from ..rdf import load_dataset, serialize  # JSON-LD, RDF/XML: read, sent as TriG

    return serialize(load_dataset(source), "trig"), "application/trig", True


def push_graph(
    source: str | os.PathLike[str],
    endpoint: str,
    *,
    graph: str | None = None,
    replace: bool = False,
    timeout: float = 300.0,
    user: str | None = None,
    password: str | None = None,
) -> PushResult:
    """Send the graph file (or store folder) ``source`` to the Graph Store ``endpoint``.

    ``timeout`` (seconds) bounds the whole exchange; connecting gets at most 10 s of it.
    """
    _check_endpoint(endpoint)
    data, content_type, quads = _payload(Path(source), graph)
    return push_bytes(
        data,
        content_type,
        quads,
        endpoint,
        graph=graph,
        replace=replace,
        timeout=timeout,
        user=user,
        password=password,
    )


def _check_endpoint(endpoint: str) -> None:
    parsed = urllib.parse.urlsplit(endpoint)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise CaexpoError(f"--endpoint must be an http(s) URL, not {redact(endpoint)!r}")


def push_bytes(
    data: bytes,
    content_type: str,
    quads: bool,
    endpoint: str,
    *,
    graph: str | None = None,
    replace: bool = False,
    timeout: float = 300.0,
    user: str | None = None,
    password: str | None = None,
) -> PushResult:
    """Send serialised RDF (``quads``: a quad format) to the Graph Store ``endpoint``."""
    import httpx

    _check_endpoint(endpoint)
    parsed = urllib.parse.urlsplit(endpoint)
    shown = redact(urllib.parse.urlunsplit(parsed._replace(fragment="")))
    if graph is not None:
        params = {"graph": graph}
    elif quads:
        params = {}
    else:
        params = {"default": ""}
    method = "PUT" if replace else "POST"
    auth = _auth(user, password)
    try:
        status = _run(_send(endpoint, method, params, data, content_type, auth, timeout))
    except asyncio.TimeoutError:  # the whole exchange's deadline (3.10: not TimeoutError)
        raise CaexpoError(f"{shown}: no complete answer within {timeout:g} s; gave up") from None
    except httpx.TimeoutException:
        raise CaexpoError(f"{shown}: no answer within {timeout:g} s; gave up") from None
    except (httpx.TransportError, OSError) as err:
        reason = redact(str(err) or type(err).__name__)
        raise CaexpoError(f"{shown}: cannot reach the server ({reason})") from None
    except _Refused as err:
        raise CaexpoError(f"{shown}: {err}") from None
    return PushResult(shown, method, content_type, len(data), status)


class _Refused(Exception):
    """The server's answer was not a success (a redirect, 401, 500 ...)."""


def _auth(user: str | None, password: str | None) -> Any:
    """Basic auth from the arguments, the environment or a netrc file (None: the URL's)."""
    import httpx

    user = user or os.environ.get("CAEXPO_KG_PUSH_USER")
    if user:
        if password is None and ":" in user:
            user, password = user.split(":", 1)
        if password is None:
            password = os.environ.get("CAEXPO_KG_PUSH_PASSWORD", "")
        return httpx.BasicAuth(user, password)
    netrc_file = Path(os.environ.get("NETRC") or Path.home() / ".netrc")
    if netrc_file.is_file():
        import netrc

        try:
            return httpx.NetRCAuth(str(netrc_file))
        except (netrc.NetrcParseError, OSError) as err:
            raise InputError(f"{netrc_file}: cannot read it ({err})") from None
    return None  # httpx sends a user:password@ of the URL itself


async def _send(
    endpoint: str,
    method: str,
    params: dict[str, str],
    data: bytes,
    content_type: str,
    auth: Any,
    timeout: float,
) -> int:
    """One request (a PUT again after a 502/503/504), all within ``timeout`` seconds."""
    import httpx

    transport = httpx.AsyncHTTPTransport(retries=_CONNECT_RETRIES)  # connections only
    limits = httpx.Timeout(timeout, connect=min(timeout, 10.0))
    # An explicit transport (for its connection retries) means no proxy from the environment.
    async with httpx.AsyncClient(
        transport=transport, timeout=limits, follow_redirects=False
    ) as client:

        async def exchange() -> int:
            attempt = 1
            while True:
                response = await client.request(
                    method,
                    endpoint,
                    params=params,
                    content=data,
                    headers={"Content-Type": content_type},
                    auth=auth if auth is not None else httpx.USE_CLIENT_DEFAULT,
                )
                retry = method == "PUT" and response.status_code in _RETRY_STATUSES
                if retry and attempt < _PUT_ATTEMPTS:
                    attempt += 1
                    await asyncio.sleep(0.5 * attempt)
                    continue
                _check(response)
                return response.status_code

        return await asyncio.wait_for(exchange(), timeout)


def _check(response: Any) -> None:
    """Raise _Refused for anything but a 2xx answer."""
    status = response.status_code
    if 200 <= status < 300:
        return
    if 300 <= status < 400:
        location = redact(response.headers.get("Location", "(no Location)"))
        raise _Refused(
            f"the server redirects (HTTP {status}) to {location}; a write is not sent on"
            " to another address: push to that URL if it is the right one"
        )
    detail = " ".join(response.text.split())[:200]
    hint = " (give --user, CAEXPO_KG_PUSH_USER or a ~/.netrc entry)" if status == 401 else ""
    raise _Refused(f"the server answered {status} {response.reason_phrase}{hint}: {detail}")


def _run(coroutine: Any) -> Any:
    """Run ``coroutine`` to its end, also from inside a running event loop (a notebook)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
