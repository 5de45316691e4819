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


SENTENCE = "The 12th China-ASEAN Expo (CAEXPO) opened in Nanning, south China's Guangxi, in 2015."


def _spans(doc, key: str = "caexpo") -> list[tuple]:
    return [
        (s.start, s.end, s.label_, s._.caexpo_label, s._.caexpo_rule, s._.caexpo_edition)
        for s in doc.spans[key]
    ]


def _rules_pipeline(rules_dir: str | None = None, spans_key: str = "caexpo"):
    nlp = spacy.blank("en")
    nlp.add_pipe("caexpo_paragraphs")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("caexpo_entities", config={"rules_dir": rules_dir, "spans_key": spans_key})
    return nlp


def test_a_custom_spans_key_holds_the_spans_and_resolution_reads_it():
    from caexpo_kg.extract.components.entities import entity_spans
    from caexpo_kg.resolve.entities import resolve_document

    doc = _rules_pipeline(spans_key="mine")(SENTENCE)
    assert "caexpo" not in doc.spans
    assert _spans(doc, "mine") == _spans(_rules_pipeline()(SENTENCE))
    assert list(entity_spans(doc)) == list(doc.spans["mine"])
    labels = {e.label for e in resolve_document(doc, None).entities.values()}
    assert {"12th China-ASEAN Expo", "Guangxi Zhuang Autonomous Region", "2015"} <= labels


def test_a_custom_spans_key_builds_end_to_end():
    from caexpo_kg.pipeline.document import extract_documents
    from caexpo_kg.read.corpus import read_text

    nlp = _rules_pipeline(spans_key="mine")
    document = read_text(SENTENCE, doc_id="custom-key")
    (extraction,) = extract_documents(nlp, [document])
    assert any(r.predicate == "editionOf" for r in extraction.relations)


def test_the_spans_of_a_doc_without_the_component_are_asked_for_by_name():
    from caexpo_kg.extract.components.entities import entity_spans

    with pytest.raises(ValueError, match="caexpo_entities"):
        entity_spans(spacy.blank("en")("No entities were looked for here."))


def _copy_rules(folder):
    import shutil

    from caexpo_kg.resources import resource_dir

    shutil.copytree(resource_dir("rules"), folder)
    return folder


def test_the_component_reads_the_rules_folder_it_is_given(tmp_path):
    import json

    rules = _copy_rules(tmp_path / "rules")
    with (rules / "gazetteer.jsonl").open("a", encoding="utf-8") as stream:
        stream.write(json.dumps({"label": "Zorbania", "type": "Place"}) + "\n")
    text = "Firms from Zorbania came."
    assert not _spans(_rules_pipeline()(text))
    (span,) = _spans(_rules_pipeline(str(rules))(text))
    assert span[2:5] == ("Place", "Zorbania", "gazetteer")


def test_a_missing_rules_folder_is_named_when_the_component_is_used(tmp_path):
    from caexpo_kg.errors import InputError

    nlp = _rules_pipeline(str(tmp_path / "nowhere"))
    with pytest.raises(InputError, match="nowhere"):
        nlp("Firms came.")


def test_a_saved_pipeline_loads_without_the_rules_folder_it_was_built_with(tmp_path):
    import shutil

    from caexpo_kg.pipeline.document import _rules_version

    rules = _copy_rules(tmp_path / "rules")
    nlp = _rules_pipeline(str(rules), spans_key="mine")
    nlp.to_disk(tmp_path / "pipeline")
    shutil.rmtree(rules)  # a user's machine: no source tree, no rules folder
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert _spans(loaded(SENTENCE), "mine") == _spans(nlp(SENTENCE), "mine")
    assert _rules_version(loaded) == _rules_version(nlp)


def test_a_glued_dash_in_a_datelined_line_is_no_sentence_break():
    nlp = spacy.blank("en")
    nlp.add_pipe("caexpo_paragraphs")
    doc = nlp("NANNING -- The 16th China–ASEAN Expo will open in Nanning.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["NANNING", "The"]  # the spaced dateline dash ends one; "–ASEAN" not


def test_a_pipeline_that_sets_no_sentences_gets_a_sentencizer(tmp_path):
    """A named pipeline with no parser, senter or sentencizer (an NER alone) would leave
    the rules without sentences: punctuation gives them, as in the blank pipeline."""
    from caexpo_kg.api import build_documents
    from caexpo_kg.extract.nlp import load_pipeline
    from caexpo_kg.read.corpus import read_text

    spacy.blank("en").to_disk(tmp_path / "bare")
    nlp = load_pipeline(str(tmp_path / "bare"))
    assert nlp.pipe_names[:2] == ["caexpo_paragraphs", "sentencizer"]
    text = "The 12th China-ASEAN Expo opened in Nanning. ''Huawei exhibited there.''"
    kg = build_documents(
        [read_text(text, doc_id="bare")], model=str(tmp_path / "bare"), validate=False
    )
    assert any(e.label == "Nanning" for e in kg.entities())
