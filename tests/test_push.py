"""push: a graph into a real Graph Store Protocol server (oxigraph serve, on 127.0.0.1)."""

from __future__ import annotations

import base64
import os
import time
from http.server import BaseHTTPRequestHandler
from typing import ClassVar

import pytest
from click.testing import CliRunner

from _servers import http_server, oxigraph_server, sparql_select
from caexpo_kg.cli import main
from caexpo_kg.errors import CaexpoError
from caexpo_kg.sink.push import push_graph
from conftest import SAMPLE

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("push")
    runner = CliRunner()
    for name in ("sample.nq", "sample.ttl"):
        result = runner.invoke(
            main, ["build", str(SAMPLE), "--model", "blank", "-o", str(folder / name)]
        )
        assert result.exit_code == 0, result.output
    return folder


def test_push_quads_and_read_them_back(sample_files, tmp_path):
    with oxigraph_server("serve", "--location", str(tmp_path / "db")) as base:
        result = CliRunner().invoke(
            main, ["push", str(sample_files / "sample.nq"), "--endpoint", f"{base}/store"]
        )
        assert result.exit_code == 0, result.output
        graphs = sparql_select(base, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        names = {row["g"]["value"] for row in graphs}
        assert "https://w3id.org/caexpo-kg/graph/entities" in names
        assert "https://w3id.org/caexpo-kg/graph/mentions" in names
        lines = (sample_files / "sample.nq").read_bytes().count(b" .\n")
        assert int(sparql_select(base, COUNT)[0]["n"]["value"]) == lines


def test_push_turtle_into_one_graph_and_replace_it(sample_files, tmp_path):
    graph = "https://example.org/caexpo-sample"
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    with oxigraph_server("serve", "--location", str(tmp_path / "db")) as base:
        first = push_graph(sample_files / "sample.ttl", f"{base}/store", graph=graph)
        assert first.method == "POST" and first.status in (200, 201, 204)
        count = int(sparql_select(base, query)[0]["n"]["value"])
        assert count > 1000
        push_graph(sample_files / "sample.ttl", f"{base}/store", graph=graph, replace=True)
        assert int(sparql_select(base, query)[0]["n"]["value"]) == count


def test_push_to_nowhere_is_one_line_error(sample_files):
    from _servers import free_port

    with pytest.raises(CaexpoError, match="cannot reach"):
        push_graph(sample_files / "sample.nq", f"http://127.0.0.1:{free_port()}/store")
    with pytest.raises(CaexpoError, match="http"):
        push_graph(sample_files / "sample.nq", "ftp://127.0.0.1/store")


def test_push_reads_standard_input_with_its_format(sample_files, tmp_path):
    quads = (sample_files / "sample.nq").read_bytes()
    with oxigraph_server("serve", "--location", str(tmp_path / "db")) as base:
        result = CliRunner().invoke(
            main, ["push", "-", "--from", "nq", "--endpoint", f"{base}/store"], input=quads
        )
        assert result.exit_code == 0, result.output
        assert int(sparql_select(base, COUNT)[0]["n"]["value"]) == quads.count(b" .\n")


# ------------------------------------------------------------------ hostile servers
# Local servers on 127.0.0.1 that redirect, drip, demand a password or fail once; each
# records what reached it, so a test can tell "refused" from "sent and lost".
PASSWORD = "s3cret-Pa55"


class _Recording(BaseHTTPRequestHandler):
    """Records (method, path with query) of each request and reads its body."""

    seen: ClassVar[list[tuple[str, str]]]

    def log_message(self, *args) -> None:
        pass

    def _read(self) -> None:
        type(self).seen.append((self.command, self.path))
        self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _reply(self, status: int, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self) -> None:
        self._read()
        self._answer()

    do_PUT = do_POST

    def do_GET(self) -> None:
        self._read()
        self._reply(200)

    def _answer(self) -> None:
        self._reply(204)


def _server(answer, **attributes):
    """A _Recording handler class whose POST/PUT answer is ``answer(handler)``."""
    return type("Handler", (_Recording,), {"seen": [], "_answer": answer, **attributes})


def test_push_refuses_a_redirect_for_a_write(sample_files):
    handler = _server(lambda self: self._reply(302, {"Location": "/elsewhere"}))
    redirect = r"redirects \(HTTP 302\) to /elsewhere"
    with http_server(handler) as base, pytest.raises(CaexpoError, match=redirect):
        push_graph(sample_files / "sample.nq", f"{base}/store")
    assert handler.seen == [("POST", "/store")]  # never followed, never turned into a GET


def test_push_gives_up_on_a_server_that_drips_its_headers(sample_files):
    def drip(self) -> None:
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(300):  # 30 s of one byte every 0.1 s: each read is quick
                self.wfile.write(b"X")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass  # the client hung up, as it should

    handler = _server(drip)
    with http_server(handler) as base:
        started = time.monotonic()
        with pytest.raises(CaexpoError, match=r"within 1\.5 s"):
            push_graph(sample_files / "sample.nq", f"{base}/store", timeout=1.5)
        assert time.monotonic() - started < 6


def _basic_auth(self) -> None:
    expected = "Basic " + base64.b64encode(f"alice:{PASSWORD}".encode()).decode()
    if self.headers.get("Authorization") == expected:
        self._reply(204)
    else:
        self._reply(401, {"WWW-Authenticate": 'Basic realm="graphs"'})


def _push_cli(*args: str, env: dict[str, str] | None = None):
    return CliRunner(env=env).invoke(main, ["push", *args])


def test_push_without_credentials_to_a_server_that_demands_them(sample_files):
    with http_server(_server(_basic_auth)) as base:
        result = _push_cli(str(sample_files / "sample.nq"), "--endpoint", f"{base}/store")
    assert result.exit_code == 1
    assert "401" in result.stderr and "--user" in result.stderr


def test_push_authenticates_from_user_and_environment_and_never_prints_the_password(
    sample_files,
):
    nq = str(sample_files / "sample.nq")
    with http_server(_server(_basic_auth)) as base:
        store = f"{base}/store"
        runs = [
            _push_cli(nq, "--endpoint", store, "--user", f"alice:{PASSWORD}"),
            _push_cli(
                nq,
                "--endpoint",
                store,
                "--user",
                "alice",
                env={"CAEXPO_KG_PUSH_PASSWORD": PASSWORD},
            ),
            _push_cli(
                nq,
                "--endpoint",
                store,
                env={"CAEXPO_KG_PUSH_USER": "alice", "CAEXPO_KG_PUSH_PASSWORD": PASSWORD},
            ),
            _push_cli(nq, "--endpoint", store.replace("://", f"://alice:{PASSWORD}@")),
        ]
        wrong = _push_cli(nq, "--endpoint", store.replace("://", "://alice:wrong-one@"))
    for result in runs:
        assert result.exit_code == 0, result.output
        assert PASSWORD not in result.output
    assert "alice:***@" in runs[-1].stderr
    assert wrong.exit_code == 1 and "wrong-one" not in wrong.output and "***" in wrong.stderr


def test_push_reads_credentials_from_netrc(sample_files, tmp_path, monkeypatch):
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login alice password {PASSWORD}\n")
    os.chmod(netrc, 0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    with http_server(_server(_basic_auth)) as base:
        result = push_graph(sample_files / "sample.nq", f"{base}/store")
    assert result.status == 204


def test_push_sends_the_graph_parameter_even_after_a_fragment(sample_files):
    handler = _server(lambda self: self._reply(204))
    graph = "https://example.org/g?x=1#part"
    with http_server(handler) as base:
        result = push_graph(sample_files / "sample.ttl", f"{base}/store#frag", graph=graph)
    assert result.url == f"{base}/store"
    ((method, path),) = handler.seen
    assert method == "POST"
    assert path == "/store?graph=https%3A%2F%2Fexample.org%2Fg%3Fx%3D1%23part"


@pytest.mark.parametrize(("replace", "requests"), [(True, 2), (False, 1)])
def test_push_retries_only_an_idempotent_put(sample_files, replace, requests):
    def fail_once(self) -> None:
        self._reply(503 if len(type(self).seen) == 1 else 204)

    handler = _server(fail_once)
    with http_server(handler) as base:
        if replace:
            assert (
                push_graph(sample_files / "sample.nq", f"{base}/store", replace=True).status == 204
            )
        else:
            with pytest.raises(CaexpoError, match="503"):
                push_graph(sample_files / "sample.nq", f"{base}/store")
    assert len(handler.seen) == requests
