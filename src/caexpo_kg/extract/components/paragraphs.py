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

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_paragraphs"]


@Language.component("caexpo_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` after every line break and after a dateline's dash."""
    starts = []
    line_start = 0
    previous = None
    for token in doc:
        if previous is not None:
            if "\n" in previous.text or "\n" in previous.whitespace_:
                starts.append(token.i)
                line_start = token.i
            elif (
                previous.text in _DASHES
                and previous.i - line_start <= 8
                and doc[line_start].is_upper
                # a spaced dash: "China–ASEAN" glued to its words is one name, not a dateline
                and previous.whitespace_
                and previous.i > 0
                and doc[previous.i - 1].whitespace_
            ):
                starts.append(token.i)  # "NANNING, Sept. 22 -- The expo ..."
        previous = token
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


_DASHES = {"--", "—", "–"}
