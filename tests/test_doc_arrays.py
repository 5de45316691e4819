"""The plain arrays the passes read instead of spaCy objects say what those objects say:
``doc_arrays`` what tokens and spans print, the index's heads, children and lemma
positions what the parse says, and the span attributes what ``span._`` says."""

from __future__ import annotations

import gc
import weakref
from datetime import date

import pytest
from spacy.tokens import Doc

from caexpo_kg.extract.arrays import (
    doc_arrays,
    doc_tokens,
    has_parse,
    held_ents,
    held_memo,
    held_tokens,
    holding_tokens,
)
from caexpo_kg.extract.components.entities import SPAN_ATTRIBUTES, SpanAttributes, entity_spans
from caexpo_kg.relate import DocumentIndex
from caexpo_kg.relate import index as index_module
from caexpo_kg.relate.index import lemma
from caexpo_kg.resolve.entities import resolve_document

TEXT = (
    "NANNING, Sept. 16 -- The 21st China–ASEAN Expo  opened here on Tuesday.\n\n"
    "Huawei and Petronas exhibited at the fair, which Vietnam's trade ministers attended."
)


def test_doc_arrays_read_as_the_tokens_and_spans(blank_nlp):
    doc = blank_nlp(TEXT)
    arrays = doc_arrays(doc)
    assert arrays is doc_arrays(doc)  # made once per doc
    assert arrays.text == doc.text
    assert arrays.words == [t.text for t in doc]
    assert arrays.lowers == [t.lower_ for t in doc]
    for start in range(len(doc)):
        for end in range(start, min(start + 6, len(doc)) + 1):
            assert arrays.span_text(start, end) == doc[start:end].text
    assert arrays.starts == [t.idx for t in doc]
    assert arrays.ends == [t.idx + len(t) for t in doc]
    other = blank_nlp("Another text")
    assert doc_arrays(other).words == ["Another", "text"]
    assert doc_arrays(doc) is arrays  # each doc keeps its own
    empty = doc_arrays(blank_nlp(""))
    assert (empty.text, empty.words, empty.lowers, empty.starts) == ("", [], [], [])


def test_has_parse_remembers_only_a_parsed_doc(blank_nlp):
    doc = blank_nlp("Huawei exhibited at the fair.")
    assert not has_parse(doc)  # a blank pipeline parses nothing
    heads = [0, 0, 1, 4, 2, 0]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "punct"]
    parsed = Doc(doc.vocab, words=[t.text for t in doc], heads=heads, deps=deps)
    assert has_parse(parsed) and has_parse(parsed)  # found, then remembered
    assert not has_parse(doc)  # another doc is asked again


def test_span_attributes_read_as_span_underscore(blank_nlp):
    doc = blank_nlp(TEXT)
    spans = list(entity_spans(doc))
    assert spans
    for span in spans:
        read = SpanAttributes(span)
        for name, _ in SPAN_ATTRIBUTES:
            assert getattr(read, name) == getattr(span._, name)


@pytest.mark.model
@pytest.mark.parametrize("arrays_from", [index_module._ARRAYS_FROM, 0])
def test_index_reads_the_parse_as_spacy_does(nlp, monkeypatch, arrays_from):
    # token by token (an article), and with numpy (a long document), alike
    monkeypatch.setattr(index_module, "_ARRAYS_FROM", arrays_from)
    doc = nlp(TEXT)
    day = date(2024, 9, 16)
    ix = DocumentIndex(doc, resolve_document(doc, day), day)
    for token in doc:
        assert ix.head(token) == token.head
        assert ix.children(token) == list(token.children)
    for sentence in doc.sents:  # the mentions starting inside each sentence, in order
        inside = [(s, k) for s, k in ix.mention_spans if sentence.start <= s.start < sentence.end]
        assert ix.mentions_in(sentence) == inside
    for key in {k for _, k in ix.mention_spans}:
        assert ix.spans_named(key) == [s for s, k in ix.mention_spans if k == key]
    assert ix.spans_named("Organisation/no-such-name") == []
    assert ix.with_lower({"the", "fair"}) == [t for t in doc if t.lower_ in ("the", "fair")]
    assert ix.with_lower(("no-such-word",)) == []
    # the positions of each lower form are read once: asked again, word by word, the same
    for word in {t.lower_ for t in doc}:
        assert ix.with_lower([word, word]) == [t for t in doc if t.lower_ == word]
    for start in range(len(doc) + 1):  # a gap's lower forms, sliced from the arrays
        for end in range(start, len(doc) + 1):
            assert ix.lowers(start, end) == [t.lower_ for t in ix.tokens[start:end]]
    wanted = {"exhibit", "attend", "fair"}
    assert ix.with_lemma(wanted) == [t for t in doc if lemma(t) in wanted]
    assert ix.with_lemma({"no-such-lemma"}) == []
    assert ix.verbs == [t for t in doc if t.pos_ in ("VERB", "AUX")]
    lemmas = [lemma(t) for t in doc]
    with ix.reading_lemmas():  # by position while the rules run: the same lemmas
        assert [lemma(t) for t in doc] == lemmas
        assert lemma(nlp("Staged")[0]) == "stage"  # another doc's token: read as ever
    assert [ix.with_lemma({lemma(t)}) for t in doc] == [
        [u for u in doc if lemma(u) == lemma(t)] for t in doc
    ]
    years = {i: k for i, k in ix.token_key.items() if ix.core(k) == "Year"}
    assert ix.token_keys_of("Year") == years
    assert ix.token_keys_of("Year") is ix.token_keys_of("Year")  # made once


def test_the_clause_of_a_word_is_the_verb_above_it_or_a_verbless_line_s_root(nlp):
    # "head of the Thai delegation" under a name with no verb: the walk stops at the root
    text = "The fair opened on Monday. Minister Jurin Laksanawisit, head of the Thai delegation."
    doc = nlp(text)
    day = date(2024, 9, 16)
    ix = DocumentIndex(doc, resolve_document(doc, day), day)
    fair, delegation = doc[1], doc[-2]
    assert ix.clause_verb(fair).text == "opened"
    assert ix.clause_verb(delegation) == delegation.sent.root
    assert ix.clause_verb(delegation).pos_ not in ("VERB", "AUX")


def test_held_tokens_are_the_docs_and_let_go(blank_nlp):
    doc = blank_nlp(TEXT)
    other = blank_nlp("Another text")
    with holding_tokens(doc) as tokens:
        assert doc_tokens(doc) is tokens  # one list while the block runs
        assert [t.i for t in tokens] == list(range(len(doc)))
        assert [t.text for t in doc_tokens(other)] == ["Another", "text"]  # not held: made
    assert doc_tokens(doc) is not tokens
    assert doc_tokens(doc) == tokens
    # nothing kept after the block: the doc is freed with its last reference
    del tokens
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None


def test_held_tokens_only_while_held(blank_nlp):
    """``held_tokens`` hands the held list, and makes none outside the block."""
    doc = blank_nlp(TEXT)
    other = blank_nlp("Another text")
    assert held_tokens(doc) is None
    with holding_tokens(doc) as tokens:
        assert held_tokens(doc) is tokens
        assert held_tokens(other) is None
    assert held_tokens(doc) is None


def test_held_memo_lives_while_the_tokens_are_held(blank_nlp):
    doc = blank_nlp(TEXT)
    other = blank_nlp("Another text")
    assert held_memo(doc, "pass") is None  # nothing held: nothing remembered
    with holding_tokens(doc):
        memo = held_memo(doc, "pass")
        memo["asked"] = 1
        assert held_memo(doc, "pass") is memo  # one per name while the block runs
        assert held_memo(doc, "another pass") == {}
        assert held_memo(other, "pass") is None  # only for the doc held
    assert held_memo(doc, "pass") is None
    with holding_tokens(doc):
        assert held_memo(doc, "pass") == {}  # made afresh each time the tokens are held


def test_held_ents_made_once_while_held(blank_nlp):
    """The entity component and the passes after it read the NER's spans through
    ``held_ents``: ``doc.ents`` made once while the tokens are held, each access after it
    made again."""
    doc = blank_nlp(TEXT)
    doc.ents = [doc.char_span(TEXT.index("Huawei"), TEXT.index("Huawei") + 6, label="ORG")]
    outside = held_ents(doc)
    assert outside == doc.ents and outside is not held_ents(doc)  # made on each call
    with holding_tokens(doc):
        held = held_ents(doc)
        assert held is held_ents(doc)  # once while held
        assert [(e.start, e.end, e.label_) for e in held] == [
            (e.start, e.end, e.label_) for e in doc.ents
        ]
    assert held_ents(doc) is not held
