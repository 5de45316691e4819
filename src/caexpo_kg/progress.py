"""Progress on stderr: one tqdm bar per phase of a build, each with its name.

The phases are ``read`` (counting the corpus's documents and words), ``extract``
(spaCy and our rules: words per second, documents done, ETA), and the steps after
it (``reason``, ``validate``, ``write``), which have no countable parts but still
show their name while they run and how long they took, so no step is silent.

Bars are drawn only when the stream is a terminal (tqdm's own test) and the user did
not ask for ``--quiet``; otherwise every method is a cheap no-op.

Examples
--------
>>> progress = Progress(enabled=False)
>>> with progress.step("validate"):
...     pass
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from tqdm import tqdm

if TYPE_CHECKING:
    from .model import Document

__all__ = ["Progress"]

#: ``advance(document, skipped)``: one more document done (``skipped``: unchanged, not read).
Advance = Callable[["Document", bool], None]


class Progress:
    """The bars of one build, written to ``file`` (default: stderr).

    ``enabled``: ``None`` draws when ``file`` is a terminal, ``False`` never (``--quiet``),
    ``True`` always (tests, or a log that wants them).
    """

    def __init__(self, *, enabled: bool | None = None, file: TextIO | None = None) -> None:
        self.file = file if file is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.file, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        #: What :meth:`count` found, the ``extract`` bar's totals (0: unknown).
        self.documents = self.words = 0

    def _bar(self, name: str, **options: object) -> tqdm:
        return tqdm(desc=name, file=self.file, disable=not self.enabled, leave=True, **options)

    def count(self, documents: Iterable[Document]) -> tuple[int, int]:
        """Read ``documents`` once under a ``read`` bar: how many, and how many words."""
        self.documents = self.words = 0
        with self._bar("read", unit=" docs") as bar:
            for document in documents:
                self.documents += 1
                self.words += len(document.text.split())
                bar.update(1)
        return self.documents, self.words

    @contextmanager
    def extract(self) -> Iterator[Advance]:
        """An ``extract`` bar in words (its rate is spaCy's speed), documents as a postfix.

        Its totals are what :meth:`count` found, if it ran.
        """
        documents, done, skipped = self.documents, 0, 0
        with self._bar(
            "extract", total=self.words or None, unit=" words", unit_scale=True, smoothing=0.1
        ) as bar:

            def advance(document: Document, was_skipped: bool = False) -> None:
                nonlocal done, skipped
                done += 1
                skipped += was_skipped
                note = f"{done}/{documents} docs" if documents else f"{done} docs"
                if skipped:
                    note += f", {skipped} unchanged"
                bar.set_postfix_str(note, refresh=False)
                bar.update(len(document.text.split()))

            yield advance

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """A phase of one step (``validate``, ``write``): its name while it runs, then its time."""
        with self._bar(name, total=1, bar_format="{desc}: {n_fmt}/{total_fmt} [{elapsed}]") as bar:
            bar.refresh()
            yield
            bar.update(1)
