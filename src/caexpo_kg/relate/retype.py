"""A learned class corrector over one document's kept entities: re-type a node the rules
gave the wrong class ("the Lancang-Mekong Cooperation" read as a person, a ministry's
city-named office read as a place), or leave it.

The learned filter (:mod:`caexpo_kg.resolve.learned`) can only drop. Of the entities it
keeps on new text (the unseen readings of ``scripts/train_entities.py``), some 1.8% of the
gold's are there under another class than the gold's: matched by name, wrong by class, a
false positive and a miss at once, and the relations they hold checked against the wrong
domain and range. A logistic regression (``data/models/entity_classes.json``, fitted by
``scripts/entity_retyper_cv.py --write``) scores each (entity, other class) pair over the
entity filter's features of the entity — its class, the rules and NER labels behind its
mentions, their dependency roles and head lemmas, the words beside them, the look of the
name, the gazetteer and GeoNames, the relations the rules gave it — plus the classes of
the kept entities it is listed with, each conjoined with the class proposed; never the
name. An entity is re-typed to its most probable other class where that reaches the
model's threshold (chosen by leave-one-batch-out CV, high: it changes few).

A re-typed entity takes the key of its new class (merged into an entity of that class and
name if the document has one); its mentions follow, and the relations whose ends no longer
fit their property's domain and range go (:func:`retype_entities`). Off unless the learned
layer is asked for, as the filter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ..linear import LinearModel
from ..model import Entity, Mention, Relation
from ..resolve.entities import entity_key
from ..resolve.learned import _Positions, entity_features
from ..resources import resource_path
from .ontology import property_domains

__all__ = [
    "CLASSES",
    "class_features",
    "load_class_model",
    "proposed_classes",
    "retype_entities",
    "retyped",
    "target_features",
]

#: The classes an entity may be re-typed from and to (a year is never re-typed).
CLASSES = ("Organisation", "Event", "Place", "Person", "Initiative")


@lru_cache(maxsize=4)
def load_class_model(path: str | None = None) -> LinearModel | None:
    """The shipped class corrector (``data/models/entity_classes.json``), or the one at
    ``path``; ``None`` if none is shipped (the corrector then changes nothing)."""
    model_path = Path(path) if path else resource_path("models", "entity_classes.json")
    return LinearModel.load(model_path) if model_path.is_file() else None


def class_features(
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Iterable[Mention],
    relations: Iterable[Relation],
) -> dict[str, list[str]]:
    """The entity filter's features of each entity of a re-typable class (a numbered
    edition is not, nor either end of an ``editionOf``), with the classes of the other
    entities its mentions are listed with ("list:Place")."""
    mentions = list(mentions)
    relations = list(relations)
    # an edition's series (and an edition) stays an event: re-typed, the edition would
    # lose its ``editionOf`` and break the edition shape
    series = {k for r in relations if r.predicate == "editionOf" for k in (r.subject, r.object)}
    features = entity_features(doc, entities, mentions, relations)
    positions = _Positions.of(doc)
    at: dict[int, str] = {}
    roots = []
    for mention in mentions:
        span = positions.mention_span(doc, mention.start, mention.end)
        if span is None or not len(span):
            continue
        for i in range(span.start, span.end):
            at[i] = mention.entity
        roots.append((mention.entity, positions.mention_root(doc, mention.start, mention.end)))
    listed: dict[str, set[str]] = {}
    for key, root in roots:
        if root is None:
            continue
        partners = [c.i for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            partners.append(root.head.i)
        for partner in partners:
            other = at.get(partner)
            if other and other != key and other in entities:
                listed.setdefault(key, set()).add(f"list:{entities[other].core_class}")
    # each list is sorted and distinct (``entity_features``): one with no list partners
    # is passed on as it is (shared with the filter's, read only)
    return {
        key: sorted(set(found) | listed[key]) if key in listed else found
        for key, found in features.items()
        if entities[key].core_class in CLASSES
        and entities[key].edition_number is None
        and key not in series
    }


def target_features(features: Iterable[str], target: str) -> list[str]:
    """An entity's features conjoined with the class proposed for it (and that class
    alone, its bias): one model scores every (entity, class) pair."""
    return [f"to:{target}", *(f"to:{target}|{f}" for f in features)]


def proposed_classes(
    features: Mapping[str, list[str]], entities: Mapping[str, Entity], model: LinearModel
) -> dict[str, tuple[str, float]]:
    """Each entity's most probable other class and its probability (each entity's
    features are distinct, as :func:`class_features` gives them: scored under each class
    as :func:`target_features` conjoins them, without making the conjoined strings)."""
    best: dict[str, tuple[str, float]] = {}
    for key, found in features.items():
        targets, prefixes = _OTHER_CLASSES[entities[key].core_class]
        scored = zip(targets, model.probabilities_conjoined(prefixes, found), strict=True)
        best[key] = max(scored, key=lambda item: (item[1], item[0]))
    return best


#: The classes other than each class, and their prefixes as :func:`target_features` gives.
_OTHER_CLASSES = {
    own: (others, tuple(f"to:{t}" for t in others))
    for own in CLASSES
    for others in [tuple(t for t in CLASSES if t != own)]
}


def retyped(
    entities: Mapping[str, Entity],
    mentions: Iterable[Mention],
    relations: Iterable[Relation],
    changes: Mapping[str, str],
) -> tuple[dict[str, Entity], list[Mention], list[Relation], dict[str, str]]:
    """``entities`` with each key of ``changes`` re-typed to its class (merged into an
    entity of that class and name if there is one), mentions following, relations whose
    ends no longer fit their property's domain and range dropped; and old key → new key."""
    out = dict(entities)
    moved: dict[str, str] = {}
    for key, target in sorted(changes.items()):
        old = out.pop(key)
        new_key = entity_key(target, old.label)
        moved[key] = new_key
        if new_key not in out:
            out[new_key] = replace(old, key=new_key, core_class=target, finer_class=None)
    mentions = [replace(m, entity=moved.get(m.entity, m.entity)) for m in mentions]
    domains = property_domains()
    kept: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for relation in relations:
        if relation.subject in moved or relation.object in moved:
            relation = replace(
                relation,
                subject=moved.get(relation.subject, relation.subject),
                object=moved.get(relation.object, relation.object),
            )
            subject, obj = out.get(relation.subject), out.get(relation.object)
            domain, range_ = domains[relation.predicate]
            if relation.subject == relation.object or (
                subject is not None
                and obj is not None
                and (subject.core_class not in domain or obj.core_class not in range_)
            ):
                continue
        triple = (relation.subject, relation.predicate, relation.object)
        if triple in seen:
            continue
        seen.add(triple)
        kept.append(relation)
    return out, mentions, kept, moved


def retype_entities(
    doc: Doc,
    entities: dict[str, Entity],
    mentions: list[Mention],
    relations: list[Relation],
    model: LinearModel | None = None,
    scores: dict[str, float] | None = None,
) -> tuple[dict[str, Entity], list[Mention], list[Relation]]:
    """``entities`` with those ``model`` (default: the shipped one) is confident carry the
    wrong class re-typed (:func:`retyped`); ``scores`` (the entity filter's, by key) gets
    each re-typed entity's score under its new key."""
    model = model or load_class_model()
    if model is None:
        return entities, mentions, relations
    features = class_features(doc, entities, mentions, relations)
    changes = {
        key: target
        for key, (target, probability) in proposed_classes(features, entities, model).items()
        if probability >= model.threshold
    }
    if not changes:
        return entities, mentions, relations
    entities, mentions, relations, moved = retyped(entities, mentions, relations, changes)
    if scores is not None:
        for old, new in moved.items():
            if old in scores:
                scores.setdefault(new, scores[old])
    return entities, mentions, relations
