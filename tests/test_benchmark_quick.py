"""The benchmark script runs end to end in quick mode (no timing is asserted)."""

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
