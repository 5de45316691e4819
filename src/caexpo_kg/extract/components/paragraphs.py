"""``caexpo_paragraphs``: a line break ends a sentence, and so does a dateline.

News text puts its headline and photo credits on lines of their own, with no full
stop, and opens its first paragraph with a dateline ("NANNING, Sept. 22 --").
Left alone, the parser runs them into the next sentence ("...Daily Online Digital
economy has ..."; "NANNING ... was set in motion"), which spoils both the parse
and the entity rules. Placed before the parser, this component marks the token
after a line break or a dateline dash as a sentence start; the parser keeps such
preset boundaries.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..arrays import doc_arrays

__all__ = ["mark_paragraphs"]


@Language.component("caexpo_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` after every line break and after a dateline's dash."""
    starts = []
    line_start = 0
    # The token texts and offsets read once (``doc_arrays``, kept for the later passes):
    # a token's text and the space after it run from its first character to the next's.
    arrays = doc_arrays(doc)
    text, words, first, after = arrays.text, arrays.words, arrays.starts, arrays.ends
    # Only two kinds of token can start a sentence here: one after a line break (the token
    # whose stretch of text, up to the next token's start, holds a "\n") and one after a
    # dash. They are found from the line breaks and the dashes, not by slicing the text
    # between every two tokens.
    size = len(words)
    breaks = {bisect_right(first, at) for at in _line_breaks(text)}
    dashed = {i + 1 for i, word in enumerate(words) if word in _DASHES}
    for i in sorted(i for i in breaks | dashed if 0 < i < size):
        previous = i - 1
        if i in breaks:
            starts.append(i)
            line_start = i
        elif (
            words[previous] in _DASHES
            and previous - line_start <= 8
            and doc[line_start].is_upper
            # a spaced dash: "China–ASEAN" glued to its words is one name, not a dateline
            and after[previous] < first[i]
            and previous > 0
            and after[previous - 1] < first[previous]
        ):
            starts.append(i)  # "NANNING, Sept. 22 -- The expo ..."
    if not starts:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError("caexpo_paragraphs must run before the parser: this doc is already parsed")
    # One write through the array: setting ``token.is_sent_start`` checks the whole doc
    # for a parse on every call, which made this component quadratic in document length.
    sent_starts = doc.to_array([SENT_START])
    sent_starts[starts] = 1
    doc.from_array([SENT_START], sent_starts)
    return doc


_DASHES = {"--", "—", "–", "-"}


def _line_breaks(text: str) -> Iterator[int]:
    """The offset of each "\n" in ``text``."""
    at = text.find("\n")
    while at >= 0:
        yield at
        at = text.find("\n", at + 1)
