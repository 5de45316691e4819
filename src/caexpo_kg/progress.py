"""A one-line progress bar on stderr: documents, words per second, ETA.

Shown only when stderr is a terminal (and not ``--quiet``); it redraws at most
a few times a second, so it costs nothing beside spaCy.

Examples
--------
>>> bar = Progress(total=3, stream=io.StringIO())  # doctest: +SKIP
>>> bar.update(words=480)  # doctest: +SKIP
>>> bar.close()  # doctest: +SKIP
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Counts documents and words; draws ``[####----] 120/400 docs  2,950 words/s  ETA 1:35``."""

    def __init__(
        self, total: int | None = None, *, stream: TextIO | None = None, interval: float = 0.25
    ) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.documents = 0
        self.words = 0
        self.skipped = 0
        self._start = time.monotonic()
        self._drawn = 0.0

    def update(self, words: int = 0, *, skipped: bool = False) -> None:
        """One more document of ``words`` words (``skipped``: unchanged, not read)."""
        self.documents += 1
        if skipped:
            self.skipped += 1
        else:
            self.words += words
        now = time.monotonic()
        if now - self._drawn >= self.interval:
            self._drawn = now
            self._draw(now)

    def close(self) -> None:
        """Draw the final state and end the line."""
        self._draw(time.monotonic())
        self.stream.write("\n")
        self.stream.flush()

    def _draw(self, now: float) -> None:
        elapsed = max(now - self._start, 1e-9)
        rate = self.words / elapsed
        parts = []
        if self.total:
            done = min(self.documents / self.total, 1.0)
            filled = int(done * 24)
            parts.append(f"[{'#' * filled}{'-' * (24 - filled)}] {self.documents}/{self.total}")
        else:
            parts.append(f"{self.documents}")
        parts.append(f"docs  {rate:,.0f} words/s")
        if self.skipped:
            parts.append(f"{self.skipped} unchanged")
        if self.total and self.documents:
            per_document = elapsed / self.documents
            remaining = int(per_document * (self.total - self.documents))
            parts.append(f"ETA {remaining // 60}:{remaining % 60:02d}")
        self.stream.write("\r" + "  ".join(parts) + "\x1b[K")
        self.stream.flush()
