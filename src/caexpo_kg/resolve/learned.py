"""A learned filter over one document's resolved entities: keep a node, or drop it.

The rules find entities well on the texts they were tuned to and keep too many on new
text: a name met once in passing, a fragment, a product taken for a firm. A logistic
regression (:class:`~caexpo_kg.linear.LinearModel`, fitted by
``scripts/train_entities.py`` on our own gold and shipped as ``data/models/entities.json``)
reads how each entity was found and used — its class, the rules and NER labels behind
its mentions, how often and where it is named, the dependency role of its mentions,
the shape of its name, whether the gazetteer or GeoNames knows it, the relations the
rules gave it — and drops the ones it judges no careful reader would list. A dropped
entity's mentions and relations go with it (:func:`filter_entities`), in one place.

Features are words of the language (lemmas, dependency labels, rule names, buckets of
counts and positions), never an entity's own name, so that what is learned carries
over to names the gold never saw. It is off unless asked for (``learned_entities``):
the rules stay the explainable default.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import pairwise
from operator import is_
from pathlib import Path

from spacy import symbols
from spacy.attrs import DEP, HEAD, POS
from spacy.tokens import Doc, Span, Token

from ..extract.arrays import (
    doc_arrays,
    doc_tokens,
    has_parse,
    held_ents,
    held_once,
    held_sents,
)
from ..extract.components.entities import _world_places
from ..extract.components.rules import load_rules
from ..linear import LinearModel
from ..model import Entity, Mention, Relation
from ..resources import resource_path

__all__ = ["entity_features", "filter_entities", "load_entity_model", "model_version"]

#: Dependency labels whose head's lemma says how a name is used ("pobj of at", "nsubj of
#: sign"); other labels are kept without their head.
_HEADED = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "poss", "compound", "conj"}
_VERBAL = frozenset((int(symbols.VERB), int(symbols.AUX)))  # part-of-speech ids
_CONJ = int(symbols.conj)  # the dependency label's id
_CLASSES_CONJOINED = ("rule", "ner", "mentions", "dep", "first", "rel", "known", "shape")


@lru_cache(maxsize=4)
def load_entity_model(path: str | None = None) -> LinearModel:
    """The shipped entity filter (``data/models/entities.json``), or the one at ``path``."""
    return LinearModel.load(Path(path) if path else resource_path("models", "entities.json"))


def model_version(name: str = "entities.json") -> str:
    """A short hash of a shipped model file (the entity filter's unless ``name`` says):
    what a cached extraction made with the learned layer was made with."""
    import hashlib

    path = resource_path("models", name)
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12] if path.is_file() else "none"


@lru_cache(maxsize=1024)  # a few small counts, asked for every entity
def _bucket(count: int, edges: tuple[int, ...]) -> str:
    """``count`` as the first edge it does not pass ("1", "2", "3-4", "5+" ...)."""
    for low, high in pairwise(edges):
        if count < high:
            return str(low) if high == low + 1 else f"{low}-{high - 1}"
    return f"{edges[-1]}+"


@lru_cache(maxsize=4096)  # a few hundred rules, asked for every mention
def _rule_parts(rule: str) -> tuple[str, ...]:
    """A mention's rule as the steps that made it: "edition+head:summit" → its family,
    each step, and a head noun (a word of the language, not a name)."""
    parts = []
    for step in rule.split("+"):
        family = step.split(":", 1)[0]
        parts.append(f"rule:{family}")
        if family in ("ner", "head"):
            parts.append(f"rule:{step}")
    return tuple(parts)


@lru_cache(maxsize=16384)  # a pure function of the name (and the shipped rules, read once)
def _shape(label: str, core_class: str) -> tuple[str, ...]:
    """The look of a name: length, capitals, digits, "of", a head noun's class."""
    words = label.split()
    rules = load_rules()
    found = [f"shape:words={_bucket(len(words), (1, 2, 3, 4, 6))}"]
    if label.isupper() and any(map(str.isalpha, label)):  # no generator per character
        found.append("shape:allcaps")
    if any(map(str.isdigit, label)):
        found.append("shape:digit")
    if " of " in f" {label.casefold()} ":
        found.append("shape:of")
    if "-" in label:
        found.append("shape:hyphen")
    if any(w[:1].islower() for w in words[1:] if w.casefold() not in ("of", "and", "for")):
        found.append("shape:lower-word")
    last = words[-1].casefold().strip(".,") if words else ""
    head_class = rules.heads.get(last)
    if head_class:
        agree = "agrees" if head_class == core_class else "differs"
        found += [f"shape:head={head_class}", f"shape:head-{agree}"]
    descriptor = rules.descriptors.get(last)
    if descriptor:
        found.append(f"shape:descriptor={descriptor}")
    return tuple(found)


def _known(entity: Entity) -> tuple[str, ...]:
    """Whether world knowledge names it: the gazetteer, GeoNames and ISO 3166-2."""
    return _known_names(entity.label, entity.aliases)


@lru_cache(maxsize=16384)  # a pure function of the names (and the shipped rules, read once)
def _known_names(label: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    names = {label.casefold(), *(a.casefold() for a in aliases)}
    found = []
    if any(name in load_rules().by_name for name in names):
        found.append("known:gazetteer")
    if any(name in _world_places() for name in names):
        found.append("known:world-place")
    return tuple(found) or ("known:none",)


class _Positions:
    """Sentences and NER spans of a doc, looked up by token: built once per document, so
    the features cost time linear in its length."""

    def __init__(self, doc: Doc) -> None:
        sentences = held_sents(doc)
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        #: Each token's sentence, by position: the features ask it of every mention root.
        self.sentence_of: list[int] = []
        for i, (start, end) in enumerate(pairwise([*self.sentence_starts, len(doc)])):
            self.sentence_of += [i] * (end - start)
        # Parts of speech as ids, read in one call: iterating each sentence made every
        # Token object again and looked each tag's string up.
        pos = doc.to_array(POS).tolist() if len(doc) else []
        self.verbless = {
            i for i, s in enumerate(sentences) if _VERBAL.isdisjoint(pos[s.start : s.end])
        }
        self.length = max(len(doc_arrays(doc).text), 1)  # doc.text joins every token again
        #: The tokens with a child joined by "conj" (in a list), read from the parse's
        #: columns once: asking ``token.children`` of each mention's root made every child.
        self.listing: frozenset[int] = frozenset()
        if len(doc) and has_parse(doc):
            heads = doc.to_array(HEAD).astype("int64").tolist()
            deps = doc.to_array(DEP).tolist()
            self.listing = frozenset(
                i + head
                for i, (head, dep) in enumerate(zip(heads, deps, strict=True))
                if dep == _CONJ and head
            )
        # Token objects made once (held by the caller, ``extract_doc``): each ``doc[i]``
        # makes one afresh, and the features read four around every mention.
        self.tokens = doc_tokens(doc)
        self.ent_at: list[Span | None] = [None] * len(doc)
        for ent in held_ents(doc):
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent

        self._spans: dict[tuple[int, int], Span | None] = {}
        self._roots: dict[tuple[int, int], Token | None] = {}
        self._sentence_roots: dict[int, Token] = {}
        #: :func:`_mention_features` of each mention's span, by its characters: the entity
        #: filter and the class corrector read the same mentions.
        self.mention_features: dict[tuple[int, int], list[str]] = {}
        #: Each entity's features and what they were made of (:func:`entity_features`).
        self.entity_features: dict[str, tuple] = {}

    @classmethod
    def of(cls, doc: Doc) -> _Positions:
        """The positions of ``doc``: made once while :func:`~caexpo_kg.extract.arrays.
        holding_tokens` holds it (both filters read them, and ``doc.sents`` and
        ``doc.ents`` make every span again), else made now."""
        return held_once(doc, "learned_positions", lambda: cls(doc))

    def mention_span(self, doc: Doc, start: int, end: int) -> Span | None:
        """``doc.char_span(start, end, alignment_mode="expand")``, made once per mention:
        both filters read each mention's span, and each call makes Token objects again."""
        key = (start, end)
        if key in self._spans:
            return self._spans[key]
        span = self._spans[key] = doc.char_span(start, end, alignment_mode="expand")
        return span

    def mention_root(self, doc: Doc, start: int, end: int) -> Token | None:
        """The root of :meth:`mention_span` (``None`` for no span or an empty one), found
        once per mention: ``Span.root`` walks every token's ancestors, and the relation
        filter and each proposer ask it of every mention."""
        key = (start, end)
        if key in self._roots:
            return self._roots[key]
        span = self.mention_span(doc, start, end)
        root = self._roots[key] = span.root if span is not None and len(span) else None
        return root

    def sentence(self, token: int) -> int:
        """The index of ``token``'s sentence (-1 before the first)."""
        if 0 <= token < len(self.sentence_of):
            return self.sentence_of[token]
        return bisect_right(self.sentence_starts, token) - 1

    def sentence_span(self, token: int) -> Span:
        """``doc[token].sent`` without walking out to its ends again: the held sentence."""
        return self.sentences[self.sentence(token)]

    def sentence_root(self, token: int) -> Token:
        """``doc[token].sent.root``, found once per sentence."""
        sentence = self.sentence(token)
        root = self._sentence_roots.get(sentence)
        if root is None:
            root = self._sentence_roots[sentence] = self.sentences[sentence].root
        return root

    def ents(self, span: Span) -> list[Span]:
        """The NER's spans that overlap ``span``, in order."""
        found: list[Span] = []
        for ent in self.ent_at[span.start : span.end]:
            if ent is not None and (not found or found[-1] is not ent):
                found.append(ent)
        return found


def _mention_features(span: Span, positions: _Positions, root: Token | None = None) -> list[str]:
    """How one mention is used: its dependency role and head, its neighbours, its NER
    label, whether it sits in a list, in a sentence with no verb or at the text's end.
    ``root``: ``span.root`` where the caller has it (:meth:`_Positions.mention_root`)."""
    if root is None:
        root = span.root
    found = [f"dep:{root.dep_}"]
    if root.dep_ in _HEADED:
        head = root.head
        lemma = "PROPN" if head.pos_ == "PROPN" else head.lemma_.casefold()
        found.append(f"dep:{root.dep_}<{lemma}")
    if root.dep_ == "conj" or root.i in positions.listing:
        found.append("dep:listed")
    tokens = positions.tokens
    if span.start > 0:
        before = tokens[span.start - 1]
        if before.is_alpha and before.is_lower:
            found.append(f"before:{before.lemma_.casefold()}")
        elif before.is_punct:
            found.append(f"before:punct={before.text}")
    if span.end < len(tokens):
        after = tokens[span.end]
        if after.is_alpha and after.is_lower:
            found.append(f"after:{after.lemma_.casefold()}")
        elif after.is_punct:
            found.append(f"after:punct={after.text}")
    found.append(f"pos:first={tokens[span.start].pos_}")
    found.append(f"pos:last={tokens[span.end - 1].pos_}")
    if span.end < len(tokens) and tokens[span.end].is_title:
        found.append("after:capitalised")  # a name cut short?
    if span.start > 0 and tokens[span.start - 1].is_title and not _sentence_start(span):
        found.append("before:capitalised")
    overlapping = positions.ents(span)
    found += [f"ner:{e.label_}" for e in overlapping] or ["ner:none"]
    for ent in overlapping:
        if (ent.start, ent.end) == (span.start, span.end):
            found.append("ner-span:same")
        elif ent.start <= span.start and span.end <= ent.end:
            found.append("ner-span:wider")
        elif span.start <= ent.start and ent.end <= span.end:
            found.append("ner-span:narrower")
        else:
            found.append("ner-span:crossing")
    if positions.sentence(span.start) in positions.verbless:
        found.append("where:verbless-sentence")
    if span.start_char / positions.length > 0.85:
        found.append("where:tail")
    return found


def _sentence_start(span: Span) -> bool:
    """Whether ``span`` opens its sentence (a capital before it is then no name's)."""
    return span.start == 0 or span.doc[span.start].is_sent_start is True


def _inside_longer(entities: Mapping[str, Entity]) -> set[str]:
    """Keys of entities whose name is whole words of another's ("Lancang" in
    "Lancang-Mekong Cooperation"): perhaps a fragment. Each name's runs of words are
    listed once, so this is linear in the number of entities."""
    words = {key: _words(e.label) for key, e in entities.items()}
    parts: set[tuple[str, ...]] = set().union(*(_inner_runs(name) for name in words.values()))
    return {key for key, name in words.items() if name in parts}


@lru_cache(maxsize=16384)  # the same names come back in every document
def _words(label: str) -> tuple[str, ...]:
    """A name's words, casefolded, a hyphen a space ("Lancang-Mekong")."""
    return tuple(label.casefold().replace("-", " ").split())


@lru_cache(maxsize=16384)
def _inner_runs(name: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Every run of whole words of ``name`` shorter than it."""
    return frozenset(
        name[start:end]
        for start in range(len(name))
        for end in range(start + 1, len(name) + 1)
        if end - start < len(name)
    )


def entity_features(
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Iterable[Mention],
    relations: Iterable[Relation],
) -> dict[str, list[str]]:
    """The features of each entity of ``entities`` that ``mentions`` name (the others —
    years reached by inference — have none and are never dropped)."""
    positions = _Positions.of(doc)
    by_entity: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_entity.setdefault(mention.entity, []).append(mention)
    related: dict[str, set[str]] = {}
    for relation in relations:
        related.setdefault(relation.subject, set()).add(f"rel:{relation.predicate}:subject")
        related.setdefault(relation.object, set()).add(f"rel:{relation.predicate}:object")
    fragments = _inside_longer(entities)
    features: dict[str, list[str]] = {}
    # The class corrector asks again, after the filter, of the entities it kept: an entity
    # whose record, mentions, relations and fragment mark are the same objects and values
    # as last asked (while the doc's tokens are held) has the same features.
    made = positions.entity_features
    mention_features = positions.mention_features
    for key, named in by_entity.items():
        entity = entities.get(key)
        if entity is None:
            continue
        fragment = key in fragments
        rels = related.get(key)
        last = made.get(key)
        if (
            last is not None
            and last[0] is entity
            and last[2] == fragment
            and last[3] == rels
            and len(last[1]) == len(named)
            and all(map(is_, last[1], named))
        ):
            features[key] = last[4]
            continue
        found: set[str] = {f"class:{entity.core_class}"}
        if entity.finer_class:
            found.add(f"finer:{entity.finer_class}")
        if entity.aliases:
            found.add("has-alias")
        if fragment:
            found.add("shape:inside-longer")
        if entity.label[:1].islower():
            found.add("shape:starts-lower")
        sentences = set()
        first = None
        for mention in named:
            found.update(_rule_parts(mention.rule or "none"))
            span = positions.mention_span(doc, mention.start, mention.end)
            if span is None or not len(span):
                continue
            sentences.add(positions.sentence(span.start))
            first = span.start if first is None else min(first, span.start)
            where = (mention.start, mention.end)
            used = mention_features.get(where)
            if used is None:
                root = positions.mention_root(doc, mention.start, mention.end)
                used = mention_features[where] = _mention_features(span, positions, root)
            found.update(used)
        found.add(f"mentions:{_bucket(len(named), (1, 2, 3, 5))}")
        found.add(f"sentences:{_bucket(len(sentences), (1, 2, 3, 5))}")
        if sentences == {0}:
            found.add("where:headline-only")
        if first is not None:
            found.add(f"first:{_bucket(positions.sentence(first), (0, 1, 2, 4, 8, 16))}")
        found.update(_shape(entity.label, entity.core_class))
        found.update(_known(entity))
        found.update(rels or ("rel:none",))
        conjoined = _conjoined(entity.core_class, found)
        features[key] = sorted(found | conjoined)
        made[key] = (entity, named, fragment, rels, features[key])
    return features


#: Each class's table of feature -> the feature conjoined with the class ("" for one that
#: is not): the same few hundred features come back for every entity of every document.
_JOINED: dict[str, dict[str, str]] = {}


def _conjoined(core_class: str, found: set[str]) -> set[str]:
    """``found``'s features of the conjoined families (:data:`_CLASSES_CONJOINED`), each
    as "Class|feature"."""
    table = _JOINED.get(core_class)
    if table is None or len(table) > 100_000:  # a bound on what is kept
        table = _JOINED[core_class] = {}
    out = set()
    for feature in found:
        joined = table.get(feature)
        if joined is None:
            joined = f"{core_class}|{feature}" if feature.startswith(_CLASSES_CONJOINED) else ""
            table[feature] = joined
        if joined:
            out.add(joined)
    return out


def _with_editions(
    dropped: set[str], entities: dict[str, Entity], relations: list[Relation]
) -> set[str]:
    """``dropped`` and the numbered editions that stand on it: the shapes ask a node with
    an edition number for exactly one series, so a series the filter rejects takes such an
    edition with it ("the 40th edition of the show" read onto a venue the filter rejects),
    even one the text describes by its number, which stands on that series. An edition
    named by its year ("Computex 2019") stands on its own."""
    series_of: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == "editionOf" and entities[r.subject].edition_number is not None:
            series_of.setdefault(r.subject, set()).add(r.object)
    return dropped | {edition for edition, series in series_of.items() if series <= dropped}


def filter_entities(
    doc: Doc,
    entities: dict[str, Entity],
    mentions: list[Mention],
    relations: list[Relation],
    model: LinearModel | None = None,
    scores: dict[str, float] | None = None,
) -> tuple[dict[str, Entity], list[Mention], list[Relation]]:
    """``entities`` less those ``model`` (default: the shipped one) rejects, with their
    mentions and the relations that touch them: the one place a dropped node's edges go.
    ``scores``, when given, receives the model's probability of each entity it read (the
    relation filter reads them)."""
    model = model or load_entity_model()
    features = entity_features(doc, entities, mentions, relations)
    # each list is sorted and distinct (``entity_features``)
    probabilities = {key: model.probability_of_distinct(found) for key, found in features.items()}
    if scores is not None:
        scores.update(probabilities)
    # "The expo, which held its 18th edition in September": an edition resolution numbered
    # from an event the text names stands on that event, not on how its words were found
    described = {m.entity for m in mentions if m.rule == "edition+generic"}
    standing = {key for key in described if entities[key].edition_number is not None}
    dropped = {
        key
        for key, probability in probabilities.items()
        if probability < model.threshold and key not in standing
    }
    dropped = _with_editions(dropped, entities, relations)
    if not dropped:
        return entities, mentions, relations
    return (
        {k: e for k, e in entities.items() if k not in dropped},
        [m for m in mentions if m.entity not in dropped],
        [r for r in relations if r.subject not in dropped and r.object not in dropped],
    )
