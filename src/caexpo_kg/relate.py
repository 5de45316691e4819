"""Relations: the ten core properties, read from the dependency parse.

Each rule names itself in :attr:`Relation.rule` and records the sentence it read,
so ``caexpo-kg explain`` can show why a triple is there.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from .components.rules import load_rules
from .model import Evidence, Relation
from .resolve import ResolvedDocument, entity_key

__all__ = ["deduplicate", "extract_relations"]


def extract_relations(doc: Doc, resolved: ResolvedDocument) -> list[Relation]:
    """All relations of one document, before year inference."""
    relations: list[Relation] = []
    relations += _editions(doc, resolved)
    relations += _bylines(doc, resolved)
    relations += _world_knowledge(resolved)
    return relations


def deduplicate(relations: Iterable[Relation]) -> list[Relation]:
    """One relation per triple: a stated one wins over an inferred one; evidence is pooled."""
    merged: dict[tuple[str, str, str], Relation] = {}
    for relation in relations:
        if relation.subject == relation.object:
            continue
        triple = (relation.subject, relation.predicate, relation.object)
        known = merged.get(triple)
        if known is None or (known.inferred and not relation.inferred):
            merged[triple] = relation
    return [merged[t] for t in sorted(merged)]


def _sentence_evidence(span: Span) -> Evidence:
    sentence = span.sent
    return Evidence(sentence.start_char, sentence.end_char, sentence.text.strip())


def _key_at(resolved: ResolvedDocument, span: Span) -> str | None:
    return resolved.span_entity.get((span.start_char, span.end_char))


def _editions(doc: Doc, resolved: ResolvedDocument) -> list[Relation]:
    relations = []
    first_mention: dict[str, Span] = {}
    for span in doc.spans["caexpo"]:
        key = _key_at(resolved, span)
        if key in resolved.editions and key not in first_mention:
            first_mention[key] = span
    for edition, series in sorted(resolved.editions.items()):
        span = first_mention.get(edition)
        evidence = (_sentence_evidence(span),) if span is not None else ()
        relations.append(Relation(edition, "editionOf", series, "editionOf:ordinal", evidence))
    return relations


def _bylines(doc: Doc, resolved: ResolvedDocument) -> list[Relation]:
    relations = []
    for person, org in doc._.caexpo_bylines or ():
        subject, obj = _key_at(resolved, person), _key_at(resolved, org)
        if subject and obj:
            line = doc.text[person.sent.start_char : org.end_char]
            evidence = Evidence(person.sent.start_char, org.end_char, line)
            relations.append(
                Relation(subject, "affiliatedWith", obj, "affiliatedWith:byline", (evidence,))
            )
    return relations


def _world_knowledge(resolved: ResolvedDocument) -> list[Relation]:
    """Stable facts the rules ship (ASEAN's members, China's provinces) about entities named."""
    rules = load_rules()
    relations = []
    for key, entity in resolved.entities.items():
        entry = rules.by_name.get(entity.label.casefold())
        if entry is None or entry.label != entity.label:
            continue
        for predicate, target_label in (
            ("memberOf", entry.member_of),
            ("locatedIn", entry.located_in),
        ):
            if not target_label:
                continue
            target = rules.by_name[target_label.casefold()]
            target_key = entity_key(target.core_class, target.label)
            if target_key in resolved.entities:
                relations.append(
                    Relation(key, predicate, target_key, f"{predicate}:world-knowledge")
                )
    return relations
