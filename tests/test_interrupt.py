"""Nothing half-written: an interrupted or killed build leaves the previous output intact."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset

from caexpo_kg.rdf import write_dataset
from caexpo_kg.vocab import GRAPH, ID, RDFS

PREVIOUS = "# the previous build's output\n"


def _corpus(folder: Path, documents: int = 400) -> Path:
    folder.mkdir()
    for number in range(documents):
        edition = 5 + number % 20
        (folder / f"doc-{number:04d}.txt").write_text(
            f"The {edition}th China-ASEAN Expo opened in Nanning in {2000 + edition}. "
            "The ASEAN Secretariat and the Ministry of Commerce organised it. "
            * 5
            + "\n\nLeaders from Vietnam, Thailand and Malaysia attended the expo.\n",
            encoding="utf-8",
        )
    return folder


def _start_build(corpus: Path, out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "caexpo_kg.cli", "build", str(corpus), "-o", str(out)]
    command += ["--model", "blank", "--published", "2020-01-01"]
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("interrupt") / "corpus")


@pytest.fixture(scope="module")
def start_up() -> float:
    """CPU seconds this machine takes to import the CLI (spaCy and all): we signal after
    the build has used that much and more. CPU, not wall, time: on a loaded machine the
    imports take longer by the clock, and a Ctrl-C during the imports themselves is
    Python's, before our handler exists.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", "import caexpo_kg.cli"], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def _cpu_seconds(pid: int) -> float | None:
    """A running process's CPU seconds (Linux ``/proc``), or None where there is none."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_until_busy(process: subprocess.Popen[bytes], cpu: float) -> None:
    """Until ``process`` has used ``cpu`` seconds of CPU (or, without /proc, of the clock)."""
    started = time.perf_counter()
    while process.poll() is None and time.perf_counter() - started < 120:
        used = _cpu_seconds(process.pid)
        if (used if used is not None else time.perf_counter() - started) >= cpu:
            return
        time.sleep(0.02)


@pytest.mark.parametrize("extra", [1.0, 3.0], ids=["reading", "later"])
def test_ctrl_c_exits_130_and_leaves_the_previous_output(tmp_path, corpus, start_up, extra):
    out = tmp_path / "graph.ttl"
    out.write_text(PREVIOUS, encoding="utf-8")
    process = _start_build(corpus, out)
    _wait_until_busy(process, start_up * 1.5 + extra)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert b"Traceback" not in stderr
    assert stderr.decode().strip().endswith("interrupted; nothing was written")
    assert out.read_text(encoding="utf-8") == PREVIOUS
    assert _leftovers(tmp_path) == []


def test_a_kill_leaves_the_previous_output(tmp_path, corpus, start_up):
    out = tmp_path / "graph.ttl"
    out.write_text(PREVIOUS, encoding="utf-8")
    process = _start_build(corpus, out)
    _wait_until_busy(process, start_up * 1.5 + 2.0)
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    # A kill cannot clean up, but the output is either the old file or a whole new one.
    assert out.read_text(encoding="utf-8") == PREVIOUS


def _dataset() -> Dataset:
    dataset = Dataset()
    dataset.graph(GRAPH.ENTITIES).add((ID["place/nanning"], RDFS.label, RDFS.Literal))
    return dataset


def test_an_interrupt_during_the_write_removes_the_temporary_file(tmp_path, monkeypatch):
    out = tmp_path / "graph.nt"
    out.write_text(PREVIOUS, encoding="utf-8")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_dataset(_dataset(), out, "nt")
    assert out.read_text(encoding="utf-8") == PREVIOUS
    assert _leftovers(tmp_path) == []


def test_a_completed_write_replaces_the_file_whole(tmp_path):
    out = tmp_path / "graph.nt"
    out.write_text(PREVIOUS, encoding="utf-8")
    write_dataset(_dataset(), out, "nt")
    assert "nanning" in out.read_text(encoding="utf-8")
    assert _leftovers(tmp_path) == []
