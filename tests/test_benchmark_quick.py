"""The benchmark scripts run end to end in quick mode (no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO


def test_benchmark_quick_mode_writes_results(tmp_path):
    output = tmp_path / "RESULTS.md"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "run.py"),
            "--quick",
            "--model",
            "blank",
            "--output",
            str(output),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    text = output.read_text(encoding="utf-8")
    for heading in ("## Throughput", "## Peak memory", "## Named queries", "Machine:"):
        assert heading in text
    results = json.loads((tmp_path / "results.json").read_text())
    assert results["throughput"]["words"] >= 3000
    assert results["throughput"]["quads"] > 0
    assert len(results["memory"]) == 2
    assert results["memory"][1]["words"] >= 4 * results["memory"][0]["words"] * 0.9
    assert results["queries"]["queries"]


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


def test_length_scaling_lines_are_varied_not_one_sentence_repeated(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    from length_scaling import make_document

    lines = make_document(500).splitlines()[2:]
    assert len(lines) == 500
    assert len(set(lines)) > 490  # the tokenizer's cache would flatter repeated lines
    assert make_document(500) == make_document(500)  # the same document on every run
