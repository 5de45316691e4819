"""push: a graph into a real Graph Store Protocol server (oxigraph serve, on 127.0.0.1)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from _servers import oxigraph_server, sparql_select
from caexpo_kg.cli import main
from caexpo_kg.errors import CaexpoError
from caexpo_kg.push import push_graph
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
