"""Progress: one named tqdm bar per phase on a terminal; nothing otherwise, or with -q."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from caexpo_kg.model import Document
from caexpo_kg.progress import Progress
from conftest import SAMPLE

DOCUMENTS = [
    Document(id="a", text="one two three"),
    Document(id="b", text="four five"),
    Document(id="c", text="six"),
]


def _final_state(output: str) -> list[str]:
    """What a terminal shows at the end: each bar's last redraw (``\\r`` rewinds a line)."""
    lines = (line.rstrip("\r").rsplit("\r", 1)[-1].strip() for line in output.split("\n"))
    return [line for line in lines if line]


def test_each_phase_has_its_own_named_bar_with_what_it_counted() -> None:
    stream = io.StringIO()
    progress = Progress(enabled=True, file=stream)
    assert progress.count(DOCUMENTS) == (3, 6)
    with progress.extract() as advance:
        for document in DOCUMENTS:
            advance(document, document.id == "c")
    with progress.step("validate"):
        pass
    with progress.step("write"):
        pass
    read, extract, validate, write = _final_state(stream.getvalue())
    assert read.startswith("read: ") and "3 docs" in read
    assert extract.startswith("extract: 100%") and "6.00/6.00" in extract  # words
    assert "3/3 docs, 1 unchanged" in extract
    assert re.fullmatch(r"validate: 1/1 \[00:0\d\]", validate)
    assert re.fullmatch(r"write: 1/1 \[00:0\d\]", write)


def test_a_step_shows_its_name_while_it_runs() -> None:
    stream = io.StringIO()
    with Progress(enabled=True, file=stream).step("validate"):
        assert stream.getvalue().strip().startswith("validate: 0/1")


def test_nothing_is_drawn_on_a_stream_that_is_not_a_terminal_or_when_quiet() -> None:
    for progress in (Progress(file=io.StringIO()), Progress(enabled=False, file=io.StringIO())):
        assert not progress.enabled
        progress.count(DOCUMENTS)
        with progress.extract() as advance:
            advance(DOCUMENTS[0], False)
        with progress.step("write"):
            pass
        assert progress.file.getvalue() == ""


def _build_on_a_terminal(tmp_path: Path, *args: str) -> str:
    """``caexpo-kg build`` with stderr on a pseudo-terminal; what the terminal received."""
    import fcntl
    import select
    import struct
    import termios

    primary, secondary = os.openpty()
    # A terminal 100 columns wide (a fresh pseudo-terminal has none, and tqdm draws
    # nothing in zero columns).
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "caexpo_kg", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=secondary,
        cwd=tmp_path,
    )
    os.close(secondary)
    received = b""
    try:
        while True:
            ready, _, _ = select.select([primary], [], [], 120)
            if not ready:
                break
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the other end closed (Linux raises EIO)
                break
            if not chunk:
                break
            received += chunk
    finally:
        os.close(primary)
        assert process.wait(timeout=120) == 0, received.decode(errors="replace")
    return received.decode("utf-8", errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_build_on_a_terminal_shows_every_phase_by_name_and_none_with_quiet(
    tmp_path: Path,
) -> None:
    article = str(SAMPLE / "07-sixteenth-caexpo-2019.md")
    shown = _build_on_a_terminal(tmp_path, "build", article, "--model", "blank", "-o", "a.ttl")
    names = [line.split(":", 1)[0] for line in _final_state(shown) if ": " in line]
    assert [n for n in names if n in ("read", "extract", "validate", "write")] == [
        "read",
        "extract",
        "validate",
        "write",
    ]
    assert "1/1 docs" in shown
    quiet = _build_on_a_terminal(
        tmp_path, "build", article, "--model", "blank", "-q", "-o", "b.ttl"
    )
    assert quiet == ""
