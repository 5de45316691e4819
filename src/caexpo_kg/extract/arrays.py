"""Plain Python arrays of what every pass reads of each token, made once per doc.

Each ``doc[i]``, iteration of a span and ``span.text`` builds fresh spaCy Token
objects (a span's text joins every token's text again), and our passes ask the same
questions of the same tokens thousands of times per document. :func:`doc_arrays`
reads the surface of every token once (its text, lower form and character offsets)
into lists, kept per doc for as long as the doc lives, so a pass can read a word or
a span's text by position. Only what tokenization fixed is here: tags, parses and
entities change as the pipeline runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary, ref

from spacy.tokens import Doc

__all__ = ["DocArrays", "doc_arrays"]


@dataclass(frozen=True, eq=False)
class DocArrays:
    """One doc's tokens as lists, by token position."""

    text: str
    """The doc's text (what ``doc.text`` joins on each access)."""
    words: list[str]
    """Each token's text."""
    lowers: list[str]
    """Each token's lower-case form (``token.lower_``)."""
    starts: list[int]
    """Each token's first character (``token.idx``)."""
    ends: list[int]
    """The character after each token's last (``token.idx + len(token)``)."""

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without making the span or its tokens."""
        if start >= end:
            return ""
        return self.text[self.starts[start] : self.ends[end - 1]]


_ARRAYS: WeakKeyDictionary[Doc, DocArrays] = WeakKeyDictionary()
#: The doc asked about last and its arrays: passes ask thousands of times in a row about
#: one doc, and a weak dictionary's lookup makes a weak reference each time.
_last: tuple[ref[Doc], DocArrays] | None = None


def doc_arrays(doc: Doc) -> DocArrays:
    """The arrays of ``doc``, read on first use and kept while the doc lives."""
    global _last
    last = _last  # read once: another thread may set it meanwhile
    if last is not None and last[0]() is doc and len(last[1].words) == len(doc):
        return last[1]
    found = _ARRAYS.get(doc)
    if found is None or len(found.words) != len(doc):
        tokens = list(doc)
        words = [t.text for t in tokens]
        starts = [t.idx for t in tokens]
        found = DocArrays(
            text="".join([t.text_with_ws for t in tokens]),
            words=words,
            lowers=[t.lower_ for t in tokens],
            starts=starts,
            ends=[s + len(w) for s, w in zip(starts, words, strict=True)],
        )
        _ARRAYS[doc] = found
    _last = (ref(doc), found)
    return found
