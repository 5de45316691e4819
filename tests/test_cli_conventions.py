"""The command line speaks the ecosystem's conventions, the same way on every verb.

A graph is a file, ``-`` (stdin) or ``--store DIR`` wherever one is read; a short flag
means one thing across verbs; fixed sets are ``click.Choice``; every verb's help ends
with examples; ``python -m caexpo_kg`` and ``--version`` work; the build's defaults are
the API's. Model-free: the graphs here are built with ``--model blank``.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import warnings
from importlib.metadata import version
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from caexpo_kg import defaults
from caexpo_kg.api import build_documents
from caexpo_kg.cli import main
from caexpo_kg.errors import CaexpoError
from caexpo_kg.vocab import BASE
from conftest import REPO, SAMPLE

ARTICLES = [
    str(SAMPLE / "07-sixteenth-caexpo-2019.md"),
    str(SAMPLE / "10-twenty-first-caexpo-2024.md"),
]
EDITION = "16th China-ASEAN Expo"


def run(*args: str, stdin: bytes | None = None) -> Result:
    with warnings.catch_warnings():  # rdflib 7.6 warns parsing TriG: not ours
        warnings.simplefilter("ignore", DeprecationWarning)
        return CliRunner().invoke(main, list(args), input=stdin)


@pytest.fixture(scope="module")
def graphs(tmp_path_factory) -> Path:
    """Two sample articles as a TriG file and as a store (rules only)."""
    folder = tmp_path_factory.mktemp("conventions")
    for output in (["-o", str(folder / "kg.trig")], ["--store", str(folder / "kg.oxigraph")]):
        result = run("build", *ARTICLES, "--model", "blank", *output)
        assert result.exit_code == 0, result.output
    return folder


#: Each verb that reads a graph, with arguments that make it answer on the two articles.
GRAPH_VERBS = {
    "export": ["--format", "nt"],
    "viz": [],
    "query": ["ASK { ?s ckg:editionOf ?o }"],
    "path": [EDITION, "China-ASEAN Expo"],
    "neighbors": ["China-ASEAN Expo"],
    "entities": ["--type", "Event"],
    "stats": [],
    "explain": [EDITION, "editionOf", "China-ASEAN Expo"],
    "validate": [],
}


def test_every_verb_that_reads_a_graph_is_listed_here() -> None:
    readers = {
        name
        for name, command in main.commands.items()
        if any(p.name == "kg_file" for p in command.params)
    }
    assert readers == set(GRAPH_VERBS) | {"push"}


@pytest.mark.parametrize("verb", sorted(GRAPH_VERBS))
def test_a_graph_is_a_file_stdin_or_a_store(verb: str, graphs: Path) -> None:
    trig = graphs / "kg.trig"
    answers = {}
    for name, args, stdin in [
        ("file", [str(trig)], None),
        ("stdin", ["-", "--from", "trig"], trig.read_bytes()),
        ("store", ["--store", str(graphs / "kg.oxigraph")], None),
    ]:
        result = run(verb, *args, *GRAPH_VERBS[verb], stdin=stdin)
        answers[name] = result
        assert result.exit_code == 0, f"{verb} {name}: {result.output}"
        assert result.stdout.strip(), f"{verb} {name} printed nothing"
    if verb not in ("viz", "validate"):  # the page's title and the report name their source
        assert answers["stdin"].stdout == answers["file"].stdout


def test_store_and_a_graph_file_together_is_not_a_silent_choice(graphs: Path) -> None:
    result = run("stats", str(graphs / "kg.trig"), "--store", str(graphs / "kg.oxigraph"))
    assert result.exit_code == 2
    assert "unexpected extra argument" in result.stderr


def test_a_short_flag_means_one_thing_on_every_verb() -> None:
    meanings: dict[str, set[str]] = {}
    commands = [main, *main.commands.values()]
    for command in commands:
        for param in command.params:  # (get_params would cache a help option without -h)
            for flag in param.opts + param.secondary_opts:
                if flag.startswith("-") and not flag.startswith("--"):
                    meanings.setdefault(flag, set()).add(param.name or "")
    assert {flag: names for flag, names in meanings.items() if len(names) > 1} == {}
    assert meanings["-o"] == {"output"} and meanings["-f"] == {"query_file"}


@pytest.mark.parametrize("verb", sorted(main.commands))
def test_every_verb_has_examples_in_its_help(verb: str) -> None:
    result = run(verb, "-h")
    assert result.exit_code == 0
    examples = result.stdout.split("Examples:", 1)[1].strip().splitlines()
    assert examples and all(line.strip().startswith("caexpo-kg " + verb) for line in examples)


def test_fixed_sets_are_choices() -> None:
    def choice(verb: str, name: str) -> list[str]:
        (param,) = [p for p in main.commands[verb].params if p.name == name]
        assert isinstance(param.type, click.Choice), f"{verb} {name}"
        return list(param.type.choices)

    assert "trig" in choice("build", "rdf_format") and "nq" in choice("export", "rdf_format")
    assert "jsonld" in choice("stats", "source_format")
    assert choice("query", "results_format") == ["table", "csv", "tsv", "json"]
    assert "organisations-at-edition" in choice("query", "query_name")
    assert choice("entities", "core_class")[0] == "Organisation"
    assert choice("build", "engine_name") == ["local", "dask"]
    refused = run("build", ARTICLES[0], "--format", "turtle2")
    assert refused.exit_code == 2 and "'turtle2' is not one of" in refused.stderr


def test_version_is_the_installed_distribution_s() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"caexpo-kg, version {version('caexpo-kg')}\n"


def test_python_dash_m_is_the_same_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "caexpo_kg", "-V"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"caexpo-kg, version {version('caexpo-kg')}\n"


def test_scheduler_implies_dask_and_contradicting_it_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contradiction = run("build", ARTICLES[0], "--engine", "local", "--scheduler", "tcp://x:1")
    assert contradiction.exit_code == 2
    assert "--scheduler is the address of a Dask cluster" in contradiction.stderr

    def make_engine(name: str, *, scheduler: str | None, n_process: int) -> None:
        raise CaexpoError(f"engine {name} at {scheduler}")

    monkeypatch.setattr("caexpo_kg.pipeline.engines.make_engine", make_engine)
    implied = run("build", ARTICLES[0], "--scheduler", "tcp://10.0.0.5:8786")
    assert implied.exit_code == 1
    assert "engine dask at tcp://10.0.0.5:8786" in implied.stderr  # not this machine


def test_reason_and_world_knowledge_work_on_a_store_build_as_on_a_file(tmp_path: Path) -> None:
    options = ["--reason", "--world-knowledge", "--model", "blank"]
    stored = run("build", ARTICLES[0], "--store", str(tmp_path / "s"), *options)
    assert stored.exit_code == 0, stored.output
    filed = run("build", ARTICLES[0], "-o", str(tmp_path / "g.nq"), *options)
    assert filed.exit_code == 0, filed.output
    counts = {}
    for graph in ("reasoned", "world"):
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{BASE}graph/{graph}> {{ ?s ?p ?o }} }}"
        from_store = run("query", "--store", str(tmp_path / "s"), query, "--results-format", "csv")
        from_file = run("query", str(tmp_path / "g.nq"), query, "--results-format", "csv")
        assert from_store.stdout == from_file.stdout
        counts[graph] = int(from_store.stdout.split()[-1])
    assert counts["reasoned"] > 0


def test_the_quads_a_build_reports_are_the_quads_it_wrote_closure_included(
    tmp_path: Path,
) -> None:
    out = tmp_path / "g.nq"
    result = run("build", ARTICLES[0], "--reason", "--model", "blank", "-o", str(out))
    assert result.exit_code == 0, result.output
    written = len(out.read_text(encoding="utf-8").splitlines())
    assert f" entities, {written} quads → " in result.stderr


def test_build_defaults_are_the_api_defaults() -> None:
    options = {p.name: p.default for p in main.commands["build"].params}
    signature = inspect.signature(build_documents).parameters
    for name in ("infer", "validate", "reason"):
        assert options[name] == signature[name].default == getattr(defaults, name.upper())


def test_the_conventions_of_a_python_package() -> None:
    assert "Apache License" in (REPO / "LICENSE").read_text()
    assert (REPO / "src" / "caexpo_kg" / "py.typed").is_file()
    citation = (REPO / "CITATION.cff").read_text()
    assert f'version: "{version("caexpo-kg")}"' in citation  # kept with pyproject's
    from importlib.metadata import metadata

    meta = metadata("caexpo-kg")
    assert meta.get_all("Project-URL")
    assert {"model", "html", "dask", "notebooks", "test"} <= set(meta.get_all("Provides-Extra"))


def test_the_model_is_a_default_that_the_environment_or_model_replaces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from caexpo_kg.extract.nlp import DEFAULT_MODELS, resolve_model

    monkeypatch.setenv(defaults.MODEL_ENV, "blank")
    assert resolve_model(None) == "blank"
    assert resolve_model("en_core_web_md") == "en_core_web_md"  # --model wins
    monkeypatch.delenv(defaults.MODEL_ENV)
    assert resolve_model(None) in DEFAULT_MODELS
    missing = run("build", ARTICLES[0], "--model", "no_such_pipeline")
    assert missing.exit_code == 1
    assert "'no_such_pipeline' is not installed" in missing.stderr
    # installed without [model]
    monkeypatch.setattr("caexpo_kg.extract.nlp._installed", lambda name: False)
    none = run("build", ARTICLES[0])
    assert none.exit_code == 1
    assert 'install one with: pip install "caexpo-kg[model]"' in none.stderr


def test_the_build_counts_in_words_that_agree_with_the_number(tmp_path: Path) -> None:
    result = run("build", ARTICLES[0], "--model", "blank", "-o", str(tmp_path / "one.ttl"))
    assert result.exit_code == 0, result.output
    assert "caexpo-kg: info: 1 document (1 read, 0 unchanged, 0 removed), " in result.stderr


@pytest.mark.model
def test_a_file_build_says_when_articles_date_an_edition_differently(tmp_path: Path, nlp) -> None:
    for name, year in (("a", 2015), ("b", 2016), ("c", 2016)):
        (tmp_path / f"{name}.txt").write_text(
            f"The 12th China-ASEAN Expo opened in Nanning in {year}.\n", encoding="utf-8"
        )
    result = run("build", str(tmp_path), "-o", str(tmp_path / "out.ttl"))
    assert result.exit_code == 0, result.output
    assert (
        "caexpo-kg: info: 1 edition is dated differently by different documents; each keeps"
        " the year most documents give"
    ) in result.stderr
    assert "caexpo-kg: info: 3 documents (3 read, 0 unchanged, 0 removed)" in result.stderr
    from caexpo_kg import KnowledgeGraph

    years = KnowledgeGraph.load(tmp_path / "out.ttl").sparql(
        "SELECT ?label WHERE { ?e ckg:editionNumber 12 ; ckg:inYear/rdfs:label ?label }"
    )
    assert years.values() == [("2016",)]  # the majority's year, and only it
