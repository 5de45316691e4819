"""Nothing half-written: an interrupted or killed build leaves the previous output intact."""

from __future__ import annotations

import os
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


# Ctrl-C handled as at a terminal, then the build in the same process (``exec``). A suite
# run as a background job (``cmd &`` in a script, ``nohup``) has SIGINT ignored, as the
# shell sets it, and every child inherits that: a build started so rightly ignores
# Ctrl-C, and these tests would read that as a lost interrupt.
AS_FROM_A_TERMINAL = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
)


def _start_build(corpus: Path, out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", AS_FROM_A_TERMINAL]
    command += ["-m", "caexpo_kg.cli", "build", str(corpus), "-o", str(out)]
    command += ["--model", "blank", "--published", "2020-01-01"]
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("interrupt") / "corpus")


def _session_cpu(session: int) -> float | None:
    """CPU seconds of the processes of a session now running (Linux ``/proc``): a build
    started in a session of its own, its forkserver and the workers parsing for it, whose
    CPU, not the main process's, says how far the build has come (the main process
    merges and writes while a worker parses, and its CPU clock runs slowly then)."""
    if not Path(f"/proc/{session}/stat").exists():
        return None
    seconds = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        if int(fields[3]) == session:
            seconds += int(fields[11]) + int(fields[12])
    return seconds / os.sysconf("SC_CLK_TCK")


def _until_busy(process: subprocess.Popen[bytes], cpu: float) -> bool:
    """Wait until the build ``process`` (a session's leader) and its workers have used
    ``cpu`` seconds of CPU (without /proc, of the clock); whether it still runs then."""
    started = time.perf_counter()
    while process.poll() is None and time.perf_counter() - started < 120:
        used = _session_cpu(process.pid)
        if (used if used is not None else time.perf_counter() - started) >= cpu:
            break
        time.sleep(0.02)
    return process.poll() is None


def _build_cpu(corpus: Path, out: Path) -> float:
    """CPU seconds one build of ``corpus`` takes, its workers' included (the most seen
    while it ran)."""
    process = _start_build(corpus, out)
    most = 0.0
    while process.poll() is None:
        most = max(most, _session_cpu(process.pid) or 0.0)
        time.sleep(0.02)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr.decode()
    return most


@pytest.fixture(scope="module")
def whole_build(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> float:
    """CPU seconds the build of ``corpus`` takes: the tests signal at a share of it, so
    that the signal lands at the same stage of the build however loaded or fast the
    machine. The smaller of two builds: the first in a fresh clone also compiles the
    package's bytecode, and a share of that overshoots the builds that follow."""
    folder = tmp_path_factory.mktemp("whole")
    return min(_build_cpu(corpus, folder / f"graph-{run}.ttl") for run in range(2))


def _signalled_build(
    corpus: Path, out: Path, whole_build: float, share: float
) -> subprocess.Popen[bytes]:
    """A build of ``corpus`` still running once it has used ``share`` of ``whole_build``'s
    CPU. A build's CPU varies from run to run with the machine's load, and a share near
    the end can land after a quicker build has ended: such a run tests nothing, so it is
    started again at a tenth less of the build, up to three times, before the test fails."""
    for attempt in range(3):
        process = _start_build(corpus, out)
        if _until_busy(process, whole_build * share * (1 - attempt / 10)):
            return process
        process.communicate(timeout=60)  # its stderr pipe closed, not left to the next test
        out.write_text(PREVIOUS, encoding="utf-8")
    pytest.fail("the build ended before the signal, three times")


# Shares of the whole build: while spaCy reads, and at its end (patching, validating
# beside the file's write), where a Ctrl-C once left a thread writing on past the exit.
@pytest.mark.parametrize("share", [0.35, 0.85], ids=["reading", "later"])
def test_ctrl_c_exits_130_and_leaves_the_previous_output(tmp_path, corpus, whole_build, share):
    out = tmp_path / "graph.ttl"
    out.write_text(PREVIOUS, encoding="utf-8")
    process = _signalled_build(corpus, out, whole_build, share)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert b"Traceback" not in stderr
    assert stderr.decode().strip().endswith("interrupted; nothing was written")
    assert out.read_text(encoding="utf-8") == PREVIOUS
    assert _leftovers(tmp_path) == []


def test_ctrl_c_at_a_terminal_reaches_every_process(tmp_path, corpus, whole_build):
    """A terminal's Ctrl-C goes to the whole process group: the worker parsing leaves it
    to the main process, which stops the pool, rather than dying mid-batch with a
    traceback of its own."""
    out = tmp_path / "graph.ttl"
    out.write_text(PREVIOUS, encoding="utf-8")
    process = _signalled_build(corpus, out, whole_build, 0.5)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert b"Traceback" not in stderr, stderr.decode()
    assert stderr.decode().strip().endswith("interrupted; nothing was written")
    assert out.read_text(encoding="utf-8") == PREVIOUS
    assert _leftovers(tmp_path) == []


def test_a_kill_leaves_the_previous_output(tmp_path, corpus, whole_build):
    out = tmp_path / "graph.ttl"
    out.write_text(PREVIOUS, encoding="utf-8")
    process = _signalled_build(corpus, out, whole_build, 0.6)
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
