"""A learned filter over one document's relations: keep a triple the rules emitted, or drop it.

The rules read relations well on the texts they were tuned to and emit some wrong ones
on new text: a participant of another event, a place two sentences away. A logistic
regression (:class:`~caexpo_kg.linear.LinearModel`, fitted by
``scripts/train_relations.py`` on our own gold) reads how each relation was found — its
property, the rule behind it, the classes of its ends, how far apart they are named, the
dependency path between them in the sentence it was read from and the word that path
turns on, how many relations of the property each end has, whether the object is the
event the story is mostly about — and scores it.

Features are words of the language (lemmas, dependency labels, rule names, buckets of
counts and positions), never an entity's own name. A rule name the model never saw is
just a feature without a weight, so a renamed rule costs nothing but what was learned
of it. Every feature costs a constant per relation or a bisection, so the features are
linear in the document's length.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from ..extract.arrays import held_memo
from ..linear import LinearModel
from ..model import Entity, Mention, Relation
from ..resolve.learned import _bucket, _known, _Positions, _shape
from ..resources import resource_path

__all__ = ["KEPT", "filter_relations", "load_relation_model", "relation_features"]

#: How far up the tree from either end the path to their common head is looked for.
_MAX_CLIMB = 8
#: Properties the filter never drops: an edition's series is what makes the node an
#: edition (the shapes require exactly one), not a claim to weigh.
KEPT = frozenset({"editionOf"})


@lru_cache(maxsize=4)
def load_relation_model(path: str | None = None) -> LinearModel:
    """The shipped relation filter (``data/models/relations.json``), or the one at ``path``."""
    return LinearModel.load(Path(path) if path else resource_path("models", "relations.json"))


def _ancestors(token: Token) -> list[Token]:
    """``token`` and its heads up to the sentence's root (at most :data:`_MAX_CLIMB`)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) <= _MAX_CLIMB:
        chain.append(chain[-1].head)
    return chain


def _path(subject: Token, obj: Token, chains: dict[int, list[Token]] | None = None) -> list[str]:
    """The dependency path between two mentions' roots: its labels up from the subject
    and down to the object, and the lemma of the word it turns on. ``chains``: each
    root's ancestors by its position, where the caller keeps them (read once per root)."""
    if chains is None:
        up, down = _ancestors(subject), _ancestors(obj)
    else:
        up = chains.get(subject.i)
        if up is None:
            up = chains[subject.i] = _ancestors(subject)
        down = chains.get(obj.i)
        if down is None:
            down = chains[obj.i] = _ancestors(obj)
    position = {t.i: n for n, t in enumerate(down)}
    for n, token in enumerate(up):
        if token.i in position:
            m = position[token.i]
            rising = "^".join(t.dep_ for t in up[:n])
            falling = ">".join(t.dep_ for t in reversed(down[:m]))
            lemma = token.lemma_.casefold() if token.pos_ != "PROPN" else "PROPN"
            length = _bucket(n + m, (0, 1, 2, 3, 4, 6))
            return [
                f"path:{rising}|{falling}",
                f"path:up={rising}",
                f"path:down={falling}",
                f"turn:{lemma}",
                f"turn-pos:{token.pos_}",
                f"path-length:{length}",
            ]
    return ["path:none"]


class _Read:
    """What the features read of one list of mentions, kept for the next relation or call
    that asks the same (the filter and each proposer read the same list, and candidates
    share sentences and ends): each by what it depends on."""

    __slots__ = ("chains", "ends", "named", "paths", "sentences", "texts")

    def __init__(self) -> None:
        self.texts: dict[str, tuple[str, ...]] = {}  # evidence text -> its features
        self.named: dict[tuple[str, str, int, int], tuple[Token | None, list[str]]] = {}
        self.sentences: dict[int, tuple[str, str]] = {}  # a root's position -> its sentence's
        self.paths: dict[tuple[int, int], list[str]] = {}  # two roots' positions -> path
        self.chains: dict[int, list[Token]] = {}  # a root's position -> its ancestors
        self.ends: dict[str, tuple] = {}  # an end's key -> record, score, its looks


def relation_features(
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Iterable[Mention],
    relations: Sequence[Relation],
    entity_scores: Mapping[str, float] | None = None,
    *,
    crossed: bool = True,
    counted: bool = True,
) -> list[list[str]]:
    """The features of each of ``relations``, in their order, each list sorted;
    ``entity_scores``, the entity filter's probability of each entity where it ran.
    ``crossed=False`` (the proposers, which drop them and sort their own sets): without
    the features crossed with the property, each list in no set order. ``counted=False``
    (the proposers, which count the rules' relations their own way): also without the
    counts of ``relations``, their rules and property ("s-per-prop:", "o-per-prop:",
    "pair-props:", "rule:", "prop:"), each a set (not crossed)."""
    positions = _Positions.of(doc)
    spans, sentences, read = _mention_spans(doc, mentions, positions)
    events = Counter({k: len(v) for k, v in spans.items() if _core(entities, k) == "Event"})
    main = events.most_common(1)[0][0] if events else None
    if counted:
        per_subject = Counter((r.subject, r.predicate) for r in relations)
        per_object = Counter((r.predicate, r.object) for r in relations)
        rules_of = Counter((r.subject, r.object) for r in relations)
    else:
        crossed = False
    scores = entity_scores or {}
    ends = {}
    for r in relations:
        for key in (r.subject, r.object):
            if key not in ends:
                ends[key] = _prefixed_ends(read, key, entities.get(key), scores.get(key))
    features = []
    for relation in relations:
        s, o, prop = relation.subject, relation.object, relation.predicate
        found = {
            f"s:{_core(entities, s)}",
            f"o:{_core(entities, o)}",
            f"s-mentions:{_bucket(len(spans.get(s, ())), (0, 1, 2, 3, 5))}",
            f"o-mentions:{_bucket(len(spans.get(o, ())), (0, 1, 2, 3, 5))}",
        }
        if counted:
            found.add(f"s-per-prop:{_bucket(per_subject[(s, prop)], (1, 2, 3, 5))}")
            found.add(f"o-per-prop:{_bucket(per_object[(prop, o)], (1, 2, 3, 5, 10))}")
            found.add(f"pair-props:{_bucket(rules_of[(s, o)], (1, 2, 3))}")
            for step in relation.rule.split("+"):
                found.add(f"rule:{step}")
                found.add(f"rule:{step.split(':', 1)[0]}")
        if relation.inferred:
            found.add("inferred")
        if relation.source:
            found.add("world-knowledge")
        if main is not None:
            found.add(f"o-main-event:{o == main}")
            if s == main:
                found.add("s-main-event")
        if sentences.get(s):
            found.add(f"s-first:{_bucket(sentences[s][0], (0, 1, 2, 4, 8))}")
        found.add(f"apart:{_apart(sentences.get(s, []), sentences.get(o, []))}")
        found.update(ends[s][0])
        found.update(ends[o][1])
        if relation.evidence:
            found.update(_evidence_features(relation, spans, positions, read))
        else:
            found.add("evidence:none")
        if not counted:
            features.append(found)
            continue
        if crossed:
            found |= {f"{prop}|{f}" for f in found}
        found.add(f"prop:{prop}")
        features.append(sorted(found) if crossed else list(found))
    return features


def _prefixed_ends(
    read: _Read, key: str, entity: Entity | None, score: float | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """:func:`_end_features` of an end as a subject's ("s-") and an object's ("o-"),
    made once per entity record and score in ``read`` (the filter and each proposer ask
    of the same ends)."""
    known = read.ends.get(key)
    if known is not None and known[0] is entity and known[1] == score:
        return known[2]
    found = _end_features(entity, score)
    prefixed = (tuple(f"s-{f}" for f in found), tuple(f"o-{f}" for f in found))
    read.ends[key] = (entity, score, prefixed)
    return prefixed


def _mention_spans(
    doc: Doc, mentions: Iterable[Mention], positions: _Positions
) -> tuple[dict[str, list[tuple[int, Token]]], dict[str, list[int]], _Read]:
    """Each entity's mentions as (start character, root token), in text order, the
    sentences they are in, in order, and what the features read of them (:class:`_Read`).
    Made once per list of mentions while the doc's tokens are held (the relation filter
    and each proposer read the same list): shared, do not change them."""
    memo = held_memo(doc, "relation_spans") if isinstance(mentions, (list, tuple)) else None
    if memo is not None:
        known = memo.get(id(mentions))
        # the mentions are kept with what was read of them, so that their id is not reused
        if known is not None and known[0] is mentions and known[1] == len(mentions):
            return known[2]
    spans: dict[str, list[tuple[int, Token]]] = {}
    for mention in mentions:
        root = positions.mention_root(doc, mention.start, mention.end)
        if root is not None:
            spans.setdefault(mention.entity, []).append((mention.start, root))
    for found in spans.values():
        found.sort(key=lambda item: item[0])
    sentences = {
        key: sorted({positions.sentence(root.i) for _, root in found})
        for key, found in spans.items()
    }
    found = (spans, sentences, _Read())
    if memo is not None:
        memo[id(mentions)] = (mentions, len(mentions), found)
    return found


def _core(entities: Mapping[str, Entity], key: str) -> str:
    entity = entities.get(key)
    if entity is not None:
        return entity.core_class
    return key.split("/", 1)[0]  # a year reached by inference: "Year/2019"


def _end_features(entity: Entity | None, score: float | None) -> list[str]:
    """What one end looks like: the shape of its name, whether world knowledge names it,
    and the entity filter's score."""
    if entity is None:
        return ["unlisted"]
    found = [*_shape(entity.label, entity.core_class), *_known(entity)]
    if entity.finer_class:
        found.append(f"finer:{entity.finer_class}")
    if score is not None:
        found.append(f"entity-score:{_bucket(int(score * 10), (0, 5, 7, 9))}")
    return found


def _role(token: Token, end: str) -> list[str]:
    """How a mention's root hangs in its sentence: "s-dep:nsubj<open"."""
    found = [f"{end}-dep:{token.dep_}"]
    head = token.head
    lemma = "PROPN" if head.pos_ == "PROPN" else head.lemma_.casefold()
    found.append(f"{end}-dep:{token.dep_}<{lemma}")
    return found


def _apart(first: list[int], second: list[int]) -> str:
    """The fewest sentences between a mention of one and of the other, bucketed: the
    shorter list walked, the longer bisected."""
    if not first or not second:
        return "unnamed"
    if len(first) > len(second):
        first, second = second, first
    best = None
    for sentence in first:
        at = bisect_left(second, sentence)
        for near in second[max(at - 1, 0) : at + 1]:
            gap = abs(near - sentence)
            best = gap if best is None else min(best, gap)
    return _bucket(best or 0, (0, 1, 2, 3, 5))


def _evidence_features(
    relation: Relation,
    spans: Mapping[str, list[tuple[int, Token]]],
    positions: _Positions,
    read: _Read | None = None,
) -> list[str]:
    """Where the sentence it was read from is, which ends it names, the path between them.
    ``read``: what was read for other relations of the same ``spans`` (an end in a
    sentence, a sentence's text, a root's sentence, a pair of roots, a root's ancestors),
    read once: the proposers' candidates share their sentences and ends."""
    if read is None:
        read = _Read()
    evidence = relation.evidence[0]
    text = read.texts.get(evidence.text)
    if text is None:
        text = read.texts[evidence.text] = _text_features(evidence.text)
    found = list(text)
    roots = []
    for key, end in ((relation.subject, "s"), (relation.object, "o")):
        where = (key, end, evidence.start, evidence.end)
        named = read.named.get(where)
        if named is None:
            named = _named_in(spans.get(key, []), evidence.start, evidence.end, end)
            read.named[where] = named
        roots.append(named[0])
        found += named[1]
    first = roots[0] if roots[0] is not None else roots[1]
    if first is not None:
        sentence = read.sentences.get(first.i)
        if sentence is None:
            verb = positions.sentence_root(first.i)
            lemma = verb.lemma_.casefold() if verb.pos_ != "PROPN" else "PROPN"
            sentence = read.sentences[first.i] = (
                f"evidence-sentence:{_bucket(positions.sentence(first.i), (0, 1, 2, 4, 8))}",
                f"sentence-verb:{lemma}",
            )
        found += sentence
    if roots[0] is not None and roots[1] is not None:
        pair = (roots[0].i, roots[1].i)
        path = read.paths.get(pair)
        if path is None:
            path = read.paths[pair] = _path(roots[0], roots[1], read.chains)
        found += path
    return found


def _text_features(text: str) -> tuple[str, ...]:
    """The evidence sentence's length in words, and whether it quotes."""
    found = [f"evidence-words:{_bucket(len(text.split()), (1, 8, 16, 30, 50))}"]
    if '"' in text or "\u201c" in text:
        found.append("evidence:quote")
    return tuple(found)


def _named_in(
    named: list[tuple[int, Token]], start: int, end: int, label: str
) -> tuple[Token | None, list[str]]:
    """The first mention of ``named`` (an end's, in text order) inside the evidence's
    characters, its root and its role; no root and no features if none is."""
    at = bisect_left(named, start, key=lambda item: item[0])
    if at < len(named) and named[at][0] < end:
        return named[at][1], [f"evidence:names-{label}", *_role(named[at][1], label)]
    return None, []


def filter_relations(
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Iterable[Mention],
    relations: list[Relation],
    model: LinearModel | None = None,
    entity_scores: Mapping[str, float] | None = None,
) -> list[Relation]:
    """``relations`` less those ``model`` (default: the shipped one) rejects (never one of
    :data:`KEPT`)."""
    model = model or load_relation_model()
    features = relation_features(doc, entities, mentions, relations, entity_scores)
    return [
        r
        for r, found in zip(relations, features, strict=True)
        # each list is sorted and distinct (``relation_features``)
        if r.predicate in KEPT or model.probability_of_distinct(found) >= model.threshold
    ]
