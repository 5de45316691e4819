"""Our spaCy components as spaCy components: boundaries, config, saving and loading."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture
def paragraphs_only():
    nlp = spacy.blank("en")
    nlp.add_pipe("caexpo_paragraphs")
    return nlp


def test_a_line_break_and_a_dateline_dash_start_sentences(paragraphs_only):
    doc = paragraphs_only("Expo opens in Nanning\nNANNING, Sept. 22 -- The expo opened today.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Expo", "NANNING", "The"]


def test_a_dash_far_into_a_line_or_after_a_lower_case_start_is_no_dateline(paragraphs_only):
    doc = paragraphs_only("Firms came -- many of them -- from Laos.\nit rained -- and then")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Firms", "it"]


def test_a_parsed_doc_is_refused_with_a_clear_error(paragraphs_only):
    doc = paragraphs_only.make_doc("A line\nanother line")
    doc[0].dep_ = "ROOT"
    with pytest.raises(ValueError, match="before the parser"):
        paragraphs_only.get_pipe("caexpo_paragraphs")(doc)
