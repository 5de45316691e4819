"""``caexpo_paragraphs``: a line break ends a sentence.

News text puts its headline, dateline and photo credits on lines of their own,
with no full stop. Left alone, the parser runs them into the next sentence
("...Daily Online Digital economy has ..."), which spoils both the parse and the
entity rules. Placed before the parser, this component marks the token after a
line break as a sentence start; the parser keeps such preset boundaries.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_paragraphs"]


@Language.component("caexpo_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token after every line break."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc
