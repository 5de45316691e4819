"""Relations: the ten core properties, read from the dependency parse.

A document is indexed once (:class:`DocumentIndex`: sentences, mentions, the
main edition, the dateline), then an ordered registry of small named rules
(:data:`RULES`, in :mod:`caexpo_kg.relate.rules` and :mod:`caexpo_kg.relate.years`)
reads it, each rule one reporting shape. What varies by domain, the verbs and
nouns of each frame, is data (``data/rules/relations.json``); domains and ranges
come from the ontology (:mod:`caexpo_kg.relate.ontology`). We walk the tree in
Python rather than write DependencyMatcher patterns because one frame ("X
exhibited at E", "X and Y exhibited at E", "E, which X attended", "At E, X
presented ...") would need a pattern per shape of sentence.

Every relation names the rule that made it and the sentence it was read from, so
``caexpo-kg explain`` can show why a triple is there.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from spacy.tokens import Doc

from ..model import Relation
from ..resolve.entities import ResolvedDocument
from . import rules as _rules  # noqa: F401  (registers the rules)
from .index import DocumentIndex, Findings
from .ontology import property_domains
from .registry import RULES, Rule, rule, run_rules
from .years import infer_edition_years

__all__ = [
    "RULES",
    "DocumentIndex",
    "Findings",
    "Rule",
    "deduplicate",
    "extract_relations",
    "infer_edition_years",
    "property_domains",
    "rule",
    "run_rules",
]


def extract_relations(
    doc: Doc,
    resolved: ResolvedDocument,
    published: date | None = None,
    *,
    infer: bool = True,
) -> list[Relation]:
    """All relations of one document: stated ones, then (``infer``) editions' years.

    The entity spans and rule data are those of the ``caexpo_entities`` component that
    read ``doc`` (its ``spans_key`` and ``rules_dir``)."""
    index = DocumentIndex(doc, resolved, published)
    relations = run_rules(index).relations
    if infer:
        relations = relations + infer_edition_years(resolved, relations, published)
    return deduplicate(relations)


def deduplicate(relations: Iterable[Relation]) -> list[Relation]:
    """One relation per triple: a stated one wins over an inferred one."""
    merged: dict[tuple[str, str, str], Relation] = {}
    for relation in relations:
        if relation.subject == relation.object:
            continue
        triple = (relation.subject, relation.predicate, relation.object)
        known = merged.get(triple)
        if known is None or (known.inferred and not relation.inferred):
            merged[triple] = relation
    return [merged[t] for t in sorted(merged)]
