"""``caexpo-kg build`` and ``export``: formats, determinism, provenance, one-line errors."""

from __future__ import annotations

import contextlib
import warnings
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from caexpo_kg.cli import main
from caexpo_kg.vocab import CKG, GRAPH, ITSRDF, NIF, PROV

ARTICLE = """Huawei shines at 16th CAEXPO

NANNING, Sept. 21 -- The 16th China-ASEAN Expo (CAEXPO) opened on Saturday in Nanning.
At the 16th CAEXPO, Huawei and Alibaba exhibited cloud services.
Photo by Li Ming/Xinhua
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_two_builds_of_the_same_input_are_byte_identical(article, tmp_path):
    for name in ("a.ttl", "b.ttl"):
        result = run("build", str(article), "--model", "blank", "--published", "2019-09-21",
                     "-o", str(tmp_path / name))  # fmt: skip
        assert result.exit_code == 0, result.output
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


@pytest.mark.parametrize("suffix", ["ttl", "nt", "nq", "trig", "jsonld", "rdf"])
def test_every_output_format_parses(article, tmp_path, suffix):
    out = tmp_path / f"graph.{suffix}"
    result = run("build", str(article), "--model", "blank", "-o", str(out))
    assert result.exit_code == 0, result.output
    rdflib_format = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig",
                     "jsonld": "json-ld", "rdf": "xml"}[suffix]  # fmt: skip
    from rdflib import Dataset

    dataset = Dataset()
    with _no_check():
        dataset.parse(out, format=rdflib_format)
    assert len(dataset) or sum(1 for _ in dataset.quads((None, None, None, None)))


@contextlib.contextmanager
def _no_check():
    """rdflib 7.6 warns about its own Dataset.parse defaults; not our concern here."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


def test_turtle_parses_in_pyoxigraph_too(article, tmp_path):
    out = tmp_path / "graph.ttl"
    assert run("build", str(article), "--model", "blank", "-o", str(out)).exit_code == 0
    quads = list(pyoxigraph.parse(out.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE))
    assert quads


def test_stdout_gets_turtle_when_there_is_no_output_file(article):
    result = run("-q", "build", str(article), "--model", "blank")
    assert result.exit_code == 0
    Graph().parse(data=result.stdout, format="turtle")


@pytest.mark.model
def test_entities_carry_one_label_a_core_class_and_their_provenance(article, tmp_path):
    out = tmp_path / "graph.trig"
    assert run("build", str(article), "--published", "2019-09-21", "-o", str(out)).exit_code == 0
    with _no_check():
        from rdflib import Dataset

        dataset = Dataset()
        dataset.parse(out, format="trig")
    entities = dataset.graph(GRAPH.ENTITIES)
    mentions = dataset.graph(GRAPH.MENTIONS)
    core = {CKG[c] for c in ("Organisation", "Event", "Year", "Place", "Person", "Initiative")}
    typed = {s for s, o in entities.subject_objects(RDF.type) if o in core}
    assert typed
    for node in typed:
        assert len(list(entities.objects(node, RDFS.label))) == 1
        assert len([o for o in entities.objects(node, RDF.type) if o in core]) == 1
        assert list(entities.objects(node, PROV.wasDerivedFrom))
        # A node is traceable to text: a mention of it, or (for a year reached by date
        # arithmetic, "opened on Saturday") the evidence of the relation that reached it.
        assert list(mentions.subjects(ITSRDF.taIdentRef, node)) or list(
            mentions.subjects(RDF.object, node)
        ), node
    for phrase in mentions.subjects(RDF.type, NIF.Phrase):
        begin = int(mentions.value(phrase, NIF.beginIndex))
        end = int(mentions.value(phrase, NIF.endIndex))
        context = mentions.value(phrase, NIF.referenceContext)
        text = str(mentions.value(context, NIF.isString))
        assert text[begin:end] == str(mentions.value(phrase, NIF.anchorOf))


def test_export_converts_between_formats(article, tmp_path):
    trig = tmp_path / "graph.trig"
    nt = tmp_path / "graph.nt"
    assert run("build", str(article), "--model", "blank", "-o", str(trig)).exit_code == 0
    assert run("export", str(trig), "-o", str(nt)).exit_code == 0
    assert Graph().parse(nt, format="nt")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "no/such/file.txt", "--model", "blank"], "no such file"),
        (["build", "{article}", "--model", "blank", "--published", "22/11/2020"], "YYYY-MM-DD"),
        (["build", "{article}", "--model", "no_such_pipeline_xx"], "pip install"),
        (["build", "{article}", "--model", "blank", "-o", "{tmp}/out.xyz"], "--format"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(article, tmp_path, args, message):
    args = [a.format(article=article, tmp=tmp_path) for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("caexpo-kg: error:")
    assert message in lines[0]


def test_the_public_names_are_pinned_and_load_lazily():
    import subprocess
    import sys

    import caexpo_kg

    assert sorted(caexpo_kg.__all__) == [
        "CaexpoError", "EntityInfo", "EntityNotFoundError", "KnowledgeGraph", "QueryError",
        "QueryResult", "RelationPath", "__version__", "build", "build_documents", "extract",
    ]  # fmt: skip
    for name in caexpo_kg.__all__:
        assert getattr(caexpo_kg, name) is not None
    code = "import sys, caexpo_kg.cli; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"  # Ctrl-C before spaCy loads is still a clean exit


def test_the_output_is_an_ordinary_readable_file(article, tmp_path):
    import os

    out = tmp_path / "graph.ttl"
    previous = os.umask(0o022)
    try:
        assert run("build", str(article), "--model", "blank", "-o", str(out)).exit_code == 0
    finally:
        os.umask(previous)
    assert out.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0600


def test_quiet_build_prints_nothing_but_errors(article, tmp_path):
    result = run("build", str(article), "--model", "blank", "-q", "-o", str(tmp_path / "g.ttl"))
    assert result.exit_code == 0
    assert result.stderr == ""


@pytest.mark.parametrize("suffix", ["ttl", "trig", "jsonld", "rdf", "nq"])
def test_output_bytes_do_not_depend_on_the_hash_seed(article, tmp_path, suffix):
    """rdflib's own writers follow hash order; ours must not."""
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.{suffix}"
        code = (
            "from caexpo_kg.cli import run; import sys; "
            f"sys.argv = ['caexpo-kg', 'build', {str(article)!r}, '--model', 'blank', "
            f"'-q', '-o', {str(out)!r}]; run()"
        )
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
