"""The asking verbs: query, path, neighbors, entities, stats (click's CliRunner)."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from caexpo_kg.cli import main

MINI = str(Path(__file__).parent / "data" / "caexpo-mini.trig")
NICEC = "Nanning International Convention and Exhibition Center"


def run(*args: str) -> Result:
    # rdflib 7.6's Dataset.parse warns (DeprecationWarning) for TriG: not ours to fix here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return CliRunner().invoke(main, list(args))


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("caexpo-kg: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


# ------------------------------------------------------------ query
def organisations_at(edition: str) -> Result:
    return run("query", MINI, "--name", "organisations-at-edition", "--bind", f"edition={edition}")


def test_query_named_with_a_binding_as_a_table() -> None:
    result = organisations_at("15th China-ASEAN Expo")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "series",
        "editionNumber",
        "edition",
        "organisation",
        "organisationLabel",
    ]
    assert [line.split("  ")[-1].strip() for line in lines[2:5]] == [
        "Huawei",
        "JD.com",
        "Thailand-China Technology Transfer Center",
    ]
    assert lines[-1] == "(3 rows)"


def test_query_text_as_json() -> None:
    result = run(
        "query",
        MINI,
        "SELECT ?e WHERE { ?e rdfs:label ?name }",
        "--bind",
        "name=JD.com",
        "--results-format",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "head": {"vars": ["e"]},
        "results": {
            "bindings": [
                {"e": {"type": "uri", "value": "https://w3id.org/caexpo-kg/id/organisation/jd-com"}}
            ]
        },
    }


def test_query_from_a_file_as_csv_and_tsv(tmp_path: Path) -> None:
    query = tmp_path / "years.rq"
    query.write_text(
        "SELECT ?label WHERE { ?y a ckg:Year ; rdfs:label ?label } ORDER BY ?label",
        encoding="utf-8",
    )
    result = run("query", MINI, "-f", str(query), "--results-format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == b"label\r\n2014\r\n2015\r\n2018\r\n2020\r\n"  # RFC 4180
    result = run("query", MINI, "--file", str(query), "--results-format", "TSV")
    assert result.stdout == '?label\n"2014"\n"2015"\n"2018"\n"2020"\n'


def test_a_bound_name_with_quotes_braces_and_hash_is_a_value() -> None:
    result = run(
        "query",
        MINI,
        "SELECT ?e ?name WHERE { ?e rdfs:label ?name }",
        "--bind",
        'name=x" } UNION { ?e rdfs:label ?name } #',
        "--results-format",
        "csv",
    )
    # Spliced, the UNION would match every label; bound, the value matches nothing, and
    # a bound value that is no entity's name is said to be one (the query found no rows).
    assert_one_line_error(result, """?name = 'x" } UNION { ?e rdfs:label ?name } #' is no entity""")


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["SELECT ?x WHERE { ?x a ckg:Year "], ["malformed SPARQL", "error at 1:"]),
        (["ASK {}", "--bind", "oops"], ["NAME=VALUE"]),
        (["ASK { ?x ?y ?z }", "--bind", "nosuch=1"], ["cannot bind ?nosuch"]),
        (["-f", "/nonexistent/q.rq"], ["cannot read the query"]),
    ],
)
def test_query_errors_are_one_line_exit_1(args: list[str], fragments: list[str]) -> None:
    assert_one_line_error(run("query", MINI, *args), *fragments)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--name", "nope"], "'nope' is not one of 'edition-timeline', 'launches'"),
        (["ASK {}", "--results-format", "xml"], "'xml' is not one of 'table', 'csv'"),
    ],
)
def test_fixed_sets_of_values_are_choices_checked_by_click(args: list[str], fragment: str) -> None:
    result = run("query", MINI, *args)
    assert result.exit_code == 2
    assert fragment in result.stderr


def test_a_bound_label_nobody_has_is_an_error_with_the_closest_labels() -> None:
    assert_one_line_error(
        organisations_at("15th China-ASEAN Expoo"),
        "?edition = '15th China-ASEAN Expoo' is no entity's label or alias",
        "did you mean: '15th China-ASEAN Expo'",
    )


def test_a_bound_label_that_exists_but_answers_nothing_is_an_empty_answer() -> None:
    result = run("query", MINI, "--name", "launches", "--bind", "launcher=Huawei")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "(0 rows)"


def test_query_needs_exactly_one_query() -> None:
    assert run("query", MINI).exit_code == 2
    assert run("query", MINI, "ASK {}", "--name", "launches").exit_code == 2


def test_an_unreadable_graph_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run("query", "/nonexistent.ttl", "ASK {}"), "cannot read")
    (tmp_path / "graph.xyz").write_text("", encoding="utf-8")
    assert_one_line_error(
        run("stats", str(tmp_path / "graph.xyz")),
        "cannot tell the RDF format from the extension 'xyz'; use --from (",  # stats' option
    )


def test_a_graph_that_is_not_there_is_said_to_be_missing_whatever_its_name(tmp_path) -> None:
    for missing in (tmp_path / "graph", tmp_path / "sample.oxigraph"):
        for args in ([str(missing)], ["--store", str(missing)]):
            assert_one_line_error(
                run("stats", *args), f"{missing}: cannot read (No such file or directory)"
            )


def test_standard_input_that_does_not_parse_is_named_and_told_about_from() -> None:
    result = CliRunner().invoke(main, ["stats", "-"], input="<a> <b> { nonsense")
    assert_one_line_error(result, "error: standard input: not valid turtle (")
    assert result.stderr.strip().endswith("; --from names another format")


def test_a_malformed_query_file_is_named(tmp_path: Path) -> None:
    query = tmp_path / "broken.rq"
    query.write_text("SELECT ?x WHERE { ?x ?y }", encoding="utf-8")
    assert_one_line_error(run("query", MINI, "-f", str(query)), f"{query}: malformed SPARQL: ")


# ------------------------------------------------------------ path, neighbors, entities, stats
def test_path_prints_each_step_with_its_direction() -> None:
    result = run("path", MINI, "Huawei", NICEC.lower(), "-k", "3")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"Huawei -participatedIn-> 15th China-ASEAN Expo -editionOf-> China-ASEAN Expo "
        f"-heldIn-> {NICEC}",
        f"Huawei -participatedIn-> 17th China-ASEAN Expo -editionOf-> China-ASEAN Expo "
        f"-heldIn-> {NICEC}",
        f"Huawei -participatedIn-> 15th China-ASEAN Expo -heldIn-> Nanning <-locatedIn- {NICEC}",
    ]


def test_path_with_no_path_says_so_on_stderr() -> None:
    result = run("path", MINI, "Huawei", "ASEAN")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no path between 'Huawei' and 'ASEAN'" in result.stderr


def test_unknown_entity_suggests_names() -> None:
    assert_one_line_error(
        run("path", MINI, "Huawai", "ASEAN"), "no entity named 'Huawai'", "did you mean: 'Huawei'"
    )
    assert_one_line_error(run("neighbors", MINI, "CAEXPO 15"), "no entity named", "15th CAEXPO")


def test_neighbors_with_depth_and_predicate() -> None:
    result = run("neighbors", MINI, "12th CAEXPO", "--depth", "2", "--predicate", "editionOf")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "12th China-ASEAN Expo -editionOf-> China-ASEAN Expo",
        "12th China-ASEAN Expo -editionOf-> China-ASEAN Expo <-editionOf- 15th China-ASEAN Expo",
        "12th China-ASEAN Expo -editionOf-> China-ASEAN Expo <-editionOf- 17th China-ASEAN Expo",
    ]
    assert_one_line_error(
        run("neighbors", MINI, "Huawei", "--predicate", "visited"), "unknown relation 'visited'"
    )


def test_entities_of_a_type() -> None:
    result = run("entities", MINI, "--type", "person")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["class", "label", "aliases", "iri"]
    assert lines[2].split() == ["Person", "Wang", "Lei", "id:person/wang-lei"]
    assert lines[-1] == "(2 rows)"
    assert run("entities", MINI).stdout.splitlines()[-1] == "(23 rows)"
    unknown = run("entities", MINI, "--type", "Thing")
    assert unknown.exit_code == 2
    assert "'Thing' is not one of 'organisation', 'event'" in unknown.stderr


def test_stats() -> None:
    result = run("stats", MINI, "--top", "2")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("23 entities, 24 relations\n")
    assert "  Organisation          6" in text
    assert "  participatedIn        3" in text
    degree = text.split("most central by degree:\n")[1].split("\n\n")[0].splitlines()
    assert degree == ["       6  15th China-ASEAN Expo", "       5  China-ASEAN Expo"]
    assert "most central by betweenness:\n   0.405  China-ASEAN Expo" in text
