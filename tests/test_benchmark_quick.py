"""The benchmark scripts run end to end in quick mode (no timing is asserted), and the
growing corpus behaves as news: deterministic for a seed, new names with every size."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from caexpo_kg.read.corpus import read_documents
from conftest import REPO

NEWS_CORPUS = REPO / "benchmarks" / "news_corpus.py"


@pytest.fixture
def benchmarks(monkeypatch):
    """The benchmark scripts, importable as modules."""
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))


def test_benchmark_quick_mode_writes_every_section(tmp_path):
    output = tmp_path / "RESULTS.md"
    subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--quick", "--model", "blank",
         "--output", str(output)],
        check=True,  # exit 1 when any step failed
        capture_output=True,
        timeout=900,
    )  # fmt: skip
    text = output.read_text(encoding="utf-8")
    for heading in (
        "Machine:",
        "## Throughput: the growing corpus",
        "## Throughput: the recombined sample corpus (second case)",
        "(from `--timings`)",
        "## Peak memory",
        "## Named queries on the store",
        "## `caexpo-kg query FILE.ttl` end to end",
    ):
        assert heading in text
    results = json.loads((tmp_path / "results.json").read_text())
    growing = results["growing"]["rows"]
    assert set(growing) == {
        "bare", "bare_model", "bare2", "file", "file_no_validate", "store", "file_jobs2"
    }  # fmt: skip
    assert set(results["recombined"]["rows"]) == {"bare", "bare_model", "file", "store"}
    assert "caexpo_" in growing["bare"]["pipeline"]
    assert "caexpo_" not in growing["bare_model"]["pipeline"]
    for key, row in growing.items():
        assert row["wall"] > 0 and row["cpu"] > 0 and row["peak_mib"] > 0, key
        if key.startswith("bare"):
            assert row["words"] >= 3000
        else:
            assert row["entities"] > 0 and row.get("triples", row.get("quads")) > 0, key
            assert row["wall_ratio"] > 0 and row["cpu_ratio"] > 0
    memory = {(row["size"], row["sink"]): row for row in results["memory"]}
    assert set(memory) == {(size, sink) for size in ("1x", "4x", "200 records")
                           for sink in ("file", "store")}  # fmt: skip
    corpora = results["memory_corpora"]
    assert corpora["1x"]["words"] >= results["sizes"]["memory_words"]
    assert corpora["4x"]["words"] >= 4 * results["sizes"]["memory_words"]
    assert corpora["4x"]["distinct_names"] > 2 * corpora["1x"]["distinct_names"]
    assert memory["4x", "file"]["entities"] > memory["1x", "file"]["entities"]
    stores = [results["queries"], *results["queries_more"].values()]
    assert set(results["queries_more"]) == {"4x", "200 records"}
    for store in stores:  # the growing corpus's; the memory step's 4x and records stores
        queries = store["queries"]
        assert set(queries) == {path.stem for path in (REPO / "queries").glob("*.rq")}
        assert all(row["cli_wall"] > 0 for row in queries.values())
    assert results["queries_more"]["4x"]["quads"] == memory["4x", "store"]["quads"]
    assert results["file_query"]["rows"] > 0
    assert results["file_query"]["triples"] == memory["1x", "file"]["triples"]


def test_stage_figures_are_tabulated_when_the_build_writes_them(benchmarks):
    from run import _stages

    rows = {"file": {"timings": {"stages": {"extract": {"wall": 3.0, "cpu": 2.5},
                                            "write": {"wall": 1.0, "cpu": 0.9}}}}}  # fmt: skip
    lines = _stages(rows, timings_available=True)
    assert "| extract | 3.0 | 2.5 | 75% |" in lines
    assert "| write | 1.0 | 0.9 | 25% |" in lines
    assert _stages(rows, timings_available=False) == [
        "Per-stage figures: not available in this build (`build --timings` is absent)."
    ]


def _generate(tmp_path, name, *options, hash_seed="0"):
    path = tmp_path / name
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run(
        [sys.executable, str(NEWS_CORPUS), *options, "-o", str(path)],
        check=True, capture_output=True, env=environment, timeout=120,
    )  # fmt: skip
    return path.read_bytes()


def test_news_corpus_is_the_same_for_a_seed_and_differs_between_seeds(tmp_path):
    first = _generate(tmp_path, "a.jsonl", "--words", "3000", hash_seed="1")
    again = _generate(tmp_path, "b.jsonl", "--words", "3000", hash_seed="2")
    other = _generate(tmp_path, "c.jsonl", "--words", "3000", "--seed", "14")
    assert first == again
    assert first != other


def test_news_corpus_names_keep_growing_with_size(tmp_path, benchmarks):
    from news_corpus import write_corpus

    small = write_corpus(tmp_path / "small.jsonl", words=10_000)
    large = write_corpus(tmp_path / "large.jsonl", words=40_000)
    assert large["distinct_names"] > 3 * small["distinct_names"]
    for kind in ("person", "organisation", "place", "edition", "initiative"):
        assert large["names"][kind] > 2 * small["names"][kind], kind
    assert large["names"]["year"] <= 2025 - 2004 + 2  # years stay years; a next edition's too


def test_news_corpus_puts_20000_names_into_a_million_words(tmp_path, benchmarks):
    from news_corpus import write_corpus

    stats = write_corpus(tmp_path / "million.jsonl", words=1_000_000)
    assert stats["words"] >= 1_000_000
    assert stats["distinct_names"] - stats["names"]["year"] >= 20_000


def test_news_corpus_articles_and_records_are_what_the_reader_takes(tmp_path, benchmarks):
    from news_corpus import write_corpus

    write_corpus(tmp_path / "articles.jsonl", words=2_000)
    write_corpus(tmp_path / "records.jsonl", records_wanted=50, shape="records")
    articles = list(read_documents([tmp_path / "articles.jsonl"]))
    records = list(read_documents([tmp_path / "records.jsonl"]))
    assert len(records) == 50
    assert all("\n" not in r.text.strip() and r.published for r in records)
    assert all(a.title and a.text.startswith(a.title) and a.published for a in articles)
    assert sum(len(a.text.split()) for a in articles) >= 2_000
    assert len({a.id for a in articles}) == len(articles)


def test_news_corpus_refuses_a_size_below_one_in_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, str(NEWS_CORPUS), "--words", "0", "-o", str(tmp_path / "x.jsonl")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "--words must be at least 1" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.jsonl").exists()


def test_length_scaling_runs_side_by_side_and_reports_ratios(tmp_path):
    figures = tmp_path / "scaling.json"
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "length_scaling.py"),
            "--model",
            "blank",
            "--sizes",
            "40",
            "20",
            "--json",
            str(figures),
            "--output",
            str(tmp_path / "LENGTH_SCALING.md"),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Ratio 40 / 20 lines" in result.stdout
    assert "Ratio 40 / 20 lines" in (tmp_path / "LENGTH_SCALING.md").read_text()
    results = json.loads(figures.read_text())
    assert [row["lines"] for row in results["rows"]] == [20, 40]
    assert set(results["ratios"]) == {"bare_spacy_seconds", "extraction_seconds", "build_seconds"}
    assert all(row["extraction_seconds"] > 0 for row in results["rows"])


def test_length_scaling_lines_are_varied_not_one_sentence_repeated(benchmarks):
    from length_scaling import make_document

    lines = make_document(500).splitlines()[2:]
    assert len(lines) == 500
    assert len(set(lines)) > 490  # the tokenizer's cache would flatter repeated lines
    assert make_document(500) == make_document(500)  # the same document on every run


def test_benchmark_only_throughput_writes_that_section_alone(tmp_path):
    output = tmp_path / "RESULTS-throughput.md"
    subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--quick", "--model", "blank",
         "--only", "throughput", "--output", str(output)],
        check=True,
        capture_output=True,
        timeout=900,
    )  # fmt: skip
    text = output.read_text(encoding="utf-8")
    assert "## Throughput: the growing corpus" in text and "(from `--timings`)" in text
    assert "## Peak memory" not in text and "## Throughput: the recombined" not in text
    results = json.loads((tmp_path / "results-throughput.json").read_text())
    assert set(results["growing"]["rows"]) == {
        "bare", "bare_model", "bare2", "file", "file_no_validate", "store", "file_jobs2"
    }  # fmt: skip


@pytest.mark.parametrize(
    "script", sorted((REPO / "benchmarks").glob("*.py")), ids=lambda path: path.name
)
def test_every_benchmark_script_starts_and_says_how_to_use_it(script):
    """A script whose imports rotted (a helper renamed in run.py) fails here, not on the
    day someone wants its figures again."""
    done = subprocess.run(
        [sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout.strip()
