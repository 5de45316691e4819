"""Ctrl-C and the threads and processes of a build: waits it must not cut short.

Python 3.11's ``Thread.join``, cut short by a KeyboardInterrupt while the thread still
runs, marks the thread stopped (it releases the lock the running thread holds: the
fix of bpo-45274; CPython issue 90882). No later join waits for it then: not the
executor's ``shutdown``, not the interpreter's own wait for its threads at exit. The
thread runs on into the interpreter's finalisation, and when it asks for the GIL back
Python ends it with ``pthread_exit``, whose unwinding through pyoxigraph's frames
aborts the process (SIGABRT after "interrupted; nothing was written"); a file it was
staging could be made after the exit's clean-up had run. So every join of a build's
threads (an executor's ``shutdown(wait=True)``) runs with Ctrl-C deferred: the wait
is first made on the thread's work (a future, which a Ctrl-C may cut short safely),
the thread is told to stop where it can be, and the join itself (milliseconds) is
never interrupted.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["ignore_interrupts", "interrupts_deferred", "shut_down"]


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """A Ctrl-C (SIGINT) received inside the block is handled when it ends, not inside it.

    Python's handler is swapped for one that notes the signal, whichever thread the
    operating system hands it to (blocking it with ``pthread_sigmask`` holds it only
    from the thread that blocks it: spaCy's, OpenBLAS's and RocksDB's threads still
    take it, and Python then raises in the main thread all the same). Where there is
    no Python handler to defer (SIG_IGN, SIG_DFL), or off the main thread, where a
    handler cannot be set, the block runs as it is.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if not callable(previous):
        yield
        return
    received: list[Any] = []
    signal.signal(signal.SIGINT, lambda number, frame: received.append(frame))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received:
            previous(signal.SIGINT, received[0])  # Python's own raises KeyboardInterrupt


def shut_down(executor: Any, *, cancel_futures: bool = False) -> None:
    """``executor.shutdown(wait=True)``, its joins never cut short by Ctrl-C (see above):
    a Ctrl-C meanwhile is raised once every thread of the executor has ended."""
    with interrupts_deferred():
        executor.shutdown(wait=True, cancel_futures=cancel_futures)


def ignore_interrupts() -> None:
    """A worker process's initializer: Ctrl-C at a terminal reaches every process of the
    build; a worker leaves it to the main process, which stops the pool (the batch
    running is finished, the rest dropped), instead of dying mid-batch with a traceback
    and a broken pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
