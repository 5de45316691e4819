"""Resolution of names within a document, on hand-made spans (model-free)."""

from __future__ import annotations

import spacy

from caexpo_kg.extract.components.entities import SPANS_KEY, register_extensions
from caexpo_kg.resolve.entities import resolve_document


def resolved_labels(text: str, spans: list[tuple[str, str, str]]) -> dict[str, str]:
    """Resolve ``text`` with the given ``(surface, class, rule)`` spans (first occurrence
    of each surface after the previous one) → label of the entity each surface joined."""
    register_extensions()
    doc = spacy.blank("en")(text)
    made, position = [], 0
    for surface, core_class, rule in spans:
        start = text.index(surface, position)
        position = start + len(surface)
        span = doc.char_span(start, position, label=core_class)
        span._.caexpo_label = surface
        span._.caexpo_rule = rule
        made.append(span)
    doc.spans[SPANS_KEY] = made
    resolved = resolve_document(doc, None)
    return {
        text[m.start : m.end] + f"@{m.start}": resolved.entities[m.entity].label
        for m in resolved.mentions
    }


def test_a_surname_the_ner_typed_as_an_organisation_joins_the_person():
    text = "Lu Wei spoke. Lu urged cooperation."
    joined = resolved_labels(
        text, [("Lu Wei", "Person", "ner:PERSON"), ("Lu", "Organisation", "ner:ORG")]
    )
    assert joined == {"Lu Wei@0": "Lu Wei", "Lu@14": "Lu Wei"}


def test_an_organisation_a_rule_found_keeps_its_name_beside_a_person_of_that_name():
    text = "Wang Lei spoke. Wang said so."  # "Wang" as the gazetteer's or a head's name stays
    joined = resolved_labels(
        text, [("Wang Lei", "Person", "ner:PERSON"), ("Wang", "Organisation", "head:wang")]
    )
    assert joined["Wang@16"] == "Wang"
