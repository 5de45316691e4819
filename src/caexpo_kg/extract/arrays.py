"""Plain Python arrays of what every pass reads of each token, made once per doc.

Each ``doc[i]``, iteration of a span and ``span.text`` builds fresh spaCy Token
objects (a span's text joins every token's text again), and our passes ask the same
questions of the same tokens thousands of times per document. :func:`doc_arrays`
reads the surface of every token once (its text, lower form and character offsets)
into lists, kept per doc for as long as the doc lives, so a pass can read a word or
a span's text by position. Only what tokenization fixed is here: tags, parses and
entities change as the pipeline runs.

Token objects themselves (:func:`doc_tokens`) are kept only while a pass runs
(:func:`holding_tokens`): each holds its doc, so keeping them longer would keep the doc.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar
from weakref import WeakKeyDictionary, ref

from spacy.attrs import IDX, LOWER, ORTH, SPACY
from spacy.tokens import Doc, Span, Token

T = TypeVar("T")

__all__ = [
    "DocArrays",
    "doc_arrays",
    "doc_tokens",
    "has_parse",
    "held_ents",
    "held_memo",
    "held_once",
    "held_sents",
    "held_tokens",
    "holding_tokens",
]


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
#: The doc asked about last, its arrays and its length: passes ask thousands of times in a
#: row about one doc, and a weak dictionary's lookup makes a weak reference each time.
_last: tuple[ref[Doc], DocArrays, int] | None = None


def doc_arrays(doc: Doc) -> DocArrays:
    """The arrays of ``doc``, read on first use and kept while the doc lives."""
    global _last
    last = _last  # read once: another thread may set it meanwhile
    if last is not None and last[0]() is doc and last[2] == len(doc):
        return last[1]
    found = _ARRAYS.get(doc)
    if found is None or len(found.words) != len(doc):
        found = _read_arrays(doc)
        _ARRAYS[doc] = found
    _last = (ref(doc), found, len(found.words))
    return found


def _read_arrays(doc: Doc) -> DocArrays:
    """A doc's arrays, read in one call (``Doc.to_array``) and each form looked up by its
    id: the same as each token's ``text``, ``idx``, ``lower_`` and ``text_with_ws``, with no
    Token object made."""
    if not len(doc):
        return DocArrays(text="", words=[], lowers=[], starts=[], ends=[])
    # the columns as rows of the transposed array: one conversion to lists, not four
    orths, lowers, starts, spaces = doc.to_array([ORTH, LOWER, IDX, SPACY]).T.tolist()
    strings = doc.vocab.strings
    words = [strings[orth] for orth in orths]
    return DocArrays(
        text="".join([w + " " if spaced else w for w, spaced in zip(words, spaces, strict=True)]),
        words=words,
        lowers=[strings[lower] for lower in lowers],
        starts=starts,
        ends=[s + len(w) for s, w in zip(starts, words, strict=True)],
    )


#: The doc a pass runs on now, its Token objects, its memos and its length, per thread (see
#: :func:`holding_tokens`): a context variable, as each thread has its own context, and
#: reading one costs a third of reading a ``threading.local`` (the passes ask per token).
_held: ContextVar[tuple[Doc, list[Token], dict[str, dict], int] | None] = ContextVar(
    "caexpo_held_tokens", default=None
)


@contextmanager
def holding_tokens(doc: Doc) -> Iterator[list[Token]]:
    """Make ``doc``'s Token objects once and hand them to :func:`doc_tokens` while the
    ``with`` block runs: ``doc[i]``, ``list(doc[a:b])`` and iterating the doc make new
    ones on every access. Let go after it, as each Token keeps its doc alive.

    Python's cyclic garbage collector is paused meanwhile (as it was, after): the passes
    make no reference cycles, yet each collection walked every Token object held and
    the tens of thousands of small objects they make, about a seventh of their CPU on a
    long document, for nothing found."""
    tokens = list(doc)
    previous = _held.get()
    _held.set((doc, tokens, {}, len(tokens)))
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield tokens
    finally:
        _held.set(previous)
        if collecting:
            gc.enable()


def _held_for(doc: Doc) -> tuple[Doc, list[Token], dict[str, dict], int] | None:
    """What :func:`holding_tokens` holds, if it holds ``doc`` (and the doc is unchanged):
    the doc, its tokens, the memos and the number of tokens."""
    pair = _held.get()
    if pair is not None and pair[0] is doc and pair[3] == len(doc):
        return pair
    return None


def doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)``: the held list inside :func:`holding_tokens` for ``doc``, else made now.
    The list is shared: do not change it."""
    # :func:`_held_for` written out: the passes ask this per name, a hundred thousand
    # times in a news corpus, and a call more costs a fifth of the answer
    pair = _held.get()
    if pair is not None and pair[0] is doc and pair[3] == len(doc):
        return pair[1]
    return list(doc)


def held_tokens(doc: Doc) -> list[Token] | None:
    """The list :func:`holding_tokens` holds for ``doc``, or ``None`` outside it: for a
    call site that reads a few tokens, where making the whole list would cost more."""
    held = _held_for(doc)
    return held[1] if held is not None else None


def held_memo(doc: Doc, name: str) -> dict | None:
    """A dictionary named ``name`` that lives while :func:`holding_tokens` holds ``doc``
    (``None`` outside it): for a pass that asks the same question of the same tokens
    again, so that what it remembers goes with the doc's Token objects. Only for answers
    that depend on nothing but the doc's tokens and the shipped rules."""
    held = _held_for(doc)
    return held[2].setdefault(name, {}) if held is not None else None


def held_once(doc: Doc, name: str, make: Callable[[], T]) -> T:
    """``make()``, made once under ``name`` while :func:`holding_tokens` holds ``doc``
    (every call outside it makes it again): for a value several passes read."""
    memo = held_memo(doc, name)
    if memo is None:
        return make()
    if None not in memo:
        memo[None] = make()
    return memo[None]


def held_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once while :func:`holding_tokens` holds ``doc`` (each access
    builds every span again; the entity component's passes, resolve, relate and both
    learned filters read them). For passes that never set ``doc.ents`` (``caexpo_entities``
    and everything after the pipeline): a pass that sets them reads ``doc.ents`` itself."""
    return held_once(doc, "ents", lambda: doc.ents)


def held_sents(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``, made once while :func:`holding_tokens` holds ``doc`` (each iteration
    walks every token and builds every sentence's span again; resolve, the relation index
    and the learned filters each read them). For the passes after the pipeline, which
    never set sentence starts."""
    return held_once(doc, "sents", lambda: tuple(doc.sents))


def has_parse(doc: Doc) -> bool:
    """Has ``doc`` a dependency parse, so that its tree may be walked (``Token.children``,
    ``lefts``, ``rights``, ``subtree``, edges)? Without one, spaCy 3.8's tokenizer can
    leave the tree edges stale: a special case that changes the token count ("''" made one
    token) shifts the tokens after it but not their edges, and walking them reads past the
    doc (a segmentation fault, seen with ``--model blank`` on odd text). The parser
    rebuilds them. Cheap on a parsed doc: its first token already has a label, and the doc
    last found parsed is remembered (the passes ask per name; a parse, once there, stays)."""
    global _parsed
    parsed = _parsed  # read once: another thread may set it meanwhile
    if parsed is not None and parsed() is doc:
        return True
    if doc.has_annotation("DEP"):
        _parsed = ref(doc)
        return True
    return False


#: The doc :func:`has_parse` last found parsed (weakly: it keeps no doc alive).
_parsed: ref[Doc] | None = None
