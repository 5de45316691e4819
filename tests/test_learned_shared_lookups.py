"""The per-doc lookups the learned filters and proposers share: each must give
what spaCy's own accessors give, so that the graph stays byte-identical."""

from __future__ import annotations

import pytest

from caexpo_kg.extract.arrays import holding_tokens
from caexpo_kg.relate.proposer import _doc_text
from caexpo_kg.resolve.learned import _Positions

TEXT = (
    "The trade ministers of Laos and Vietnam opened the fair in Kunming on Monday.\n\n"
    "A delegation from Penang later toured the halls, officials said."
)


@pytest.mark.model
def test_mention_and_sentence_roots_match_spacy(nlp) -> None:
    doc = nlp(TEXT)
    with holding_tokens(doc):
        positions = _Positions.of(doc)
        for token in doc:
            assert positions.sentence_span(token.i) == token.sent
            assert positions.sentence_root(token.i) == token.sent.root
        for start, end in ((23, 27), (58, 65), (90, 96), (0, 3)):
            span = doc.char_span(start, end, alignment_mode="expand")
            assert positions.mention_root(doc, start, end) == span.root
            # asked again: the same token, found once
            assert positions.mention_root(doc, start, end) is positions.mention_root(
                doc, start, end
            )


def test_no_span_has_no_root(blank_nlp) -> None:
    doc = blank_nlp("Kunming hosts it.")
    positions = _Positions(doc)
    assert positions.mention_root(doc, 7, 7) is None  # an empty span: no root


def test_evidence_text_prefers_the_readers(blank_nlp) -> None:
    """The reader's text where it left one (not doc.text joined as a default), else the
    doc's own."""
    doc = blank_nlp("Nanning  hosts the fair.")
    assert _doc_text(doc) == doc.text
    doc.user_data["caexpo_text"] = "kept as read"
    assert _doc_text(doc) == "kept as read"
