"""A learned participation proposer: add a ``participatedIn`` the rules did not read.

The filters (:mod:`caexpo_kg.resolve.learned`, :mod:`caexpo_kg.relate.learned`) can only
remove; on new text the relation the rules miss most is who took part in an event. This
layer proposes one candidate per (person or organisation, event) pair of the resolved
entities named together in one sentence that no rule gave a ``participatedIn``, and a
logistic regression (:class:`~caexpo_kg.linear.LinearModel`, ``data/models/
participation.json``, fitted by ``scripts/train_participation.py`` on our own gold) adds
the ones it scores at or above its (high) threshold, under the rule name
``learned-participation`` with the sentence both are named in as evidence.

Features are words of the language, never a name: the relation filter's features of the
pair read as a ``participatedIn`` (classes and look of both ends, the dependency path
between the two mentions and the lemma it turns on, each mention's role, the sentence's
root verb, whether the event is the one the story is mostly about), plus the relations the
rules gave the subject and the pair, the verbs and modals of the sentence, whether another
event is named between the two, and how far apart they are. Candidates are found sentence
by sentence from the mentions in text order, so their number and cost grow with the
document's length (times the few names a sentence holds).

A second participation model reads the pairs no sentence names together
(:data:`ACROSS`, ``data/models/proposals/participatedIn-across.json``, rule
``learned-participation-across``), applied right after the first: a person or organisation
named in a sentence paired with (a) the story's main event (the one most named) and (b)
the event named last before that sentence ("Addressing the forum, ..." then "Minister X
said ..."), where no sentence names both; the evidence is
the entity's sentence. Its features are the relation filter's and the rules' counts as
above, with, in place of the order and distance within a sentence: whether the event is
the main one, the one named last or both, how many sentences and paragraphs back it was
named and where first, how many events the entity's sentence names, reported speech ("say",
"told", "according to") and whether the entity is the speaker, quotation marks, the
lower-case words the name carries or hangs on ("minister", "exhibitor", "delegation"), a
list, a verbless line (a byline), the sentence's tense, verbs, modals and time words ("next",
"upcoming"). A second model rather than a new kind of candidate of the first, so that the
sentence pairs' model, fitted and shipped, is unchanged and each is chosen by its own CV.

The same layer serves other properties (:data:`PROPOSALS`, applied in that order by
:func:`propose`, participation first): each one's candidates are the pairs of its domain
and range classes named in one sentence, its features the same with its own counts, its
model ``data/models/proposals/<property>.json`` (a property without one adds nothing).
Of the other properties only ``heldIn`` ships one. For the others cross-validation found
nothing to add: a person and an organisation, or an event and an organisation, named in
one sentence are seldom an affiliation or organiser the rules missed, and years, places
in places and launches named beside their subject are ones the rules already read
(``docs/learned-layer.md``); they stay in the table so that ``scripts/train_participation.py
--property`` can try them again.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from ..extract.arrays import doc_arrays, held_memo
from ..linear import LinearModel
from ..model import Entity, Evidence, Mention, Relation
from ..resolve.learned import _bucket, _Positions
from ..resources import resource_path
from .learned import relation_features

__all__ = [
    "ACROSS",
    "ACROSS_RULE",
    "PROPOSALS",
    "RULE",
    "Proposal",
    "candidates_for",
    "features_for",
    "load_participation_model",
    "load_proposal_model",
    "participation_candidates",
    "participation_features",
    "propose",
    "propose_participation",
]

#: The rule name of an added relation: what ``explain`` shows.
RULE = "learned-participation"
PREDICATE = "participatedIn"
_SUBJECTS = frozenset({"Person", "Organisation"})
#: The relation filter's features that count relations (the candidates would be counted
#: among them) or repeat the property: the proposer reads the rules' counts its own way
#: (``relation_features(..., counted=False)`` makes none of them).
_DROPPED = ("s-per-prop:", "o-per-prop:", "pair-props:", "rule:", "prop:", f"{PREDICATE}|")
_MODEL_FILE = "participation.json"


@dataclass(frozen=True)
class Proposal:
    """One property the proposer may add: the classes of its two ends, the rule name an
    added relation carries, and its model's file under ``data/models``."""

    predicate: str
    subjects: frozenset[str]
    objects: frozenset[str]
    rule: str
    model_file: str
    #: Candidates across sentences: an entity paired with the story's main event and the
    #: event named last before it, where the two are never named in one sentence.
    across: bool = False


#: The key of the participation proposer across sentences in :data:`PROPOSALS`.
ACROSS = "participatedIn-across"
#: Its rule name.
ACROSS_RULE = "learned-participation-across"


#: The properties a model may be shipped for, in the order they are proposed
#: (participation first: what it adds, the later ones read among the rules' relations).
PROPOSALS: dict[str, Proposal] = {
    (ACROSS if p.across else p.predicate): p
    for p in (
        Proposal(PREDICATE, _SUBJECTS, frozenset({"Event"}), RULE, _MODEL_FILE),
        Proposal(
            PREDICATE,
            _SUBJECTS,
            frozenset({"Event"}),
            ACROSS_RULE,
            "proposals/participatedIn-across.json",
            across=True,
        ),
        Proposal(
            "heldIn",
            frozenset({"Event"}),
            frozenset({"Place"}),
            "learned-held-in",
            "proposals/heldIn.json",
        ),
        Proposal(
            "affiliatedWith",
            frozenset({"Person"}),
            frozenset({"Organisation"}),
            "learned-affiliation",
            "proposals/affiliatedWith.json",
        ),
        Proposal(
            "organisedBy",
            frozenset({"Event"}),
            frozenset({"Organisation"}),
            "learned-organiser",
            "proposals/organisedBy.json",
        ),
        Proposal(
            "inYear",
            frozenset({"Event", "Initiative"}),
            frozenset({"Year"}),
            "learned-in-year",
            "proposals/inYear.json",
        ),
        Proposal(
            "locatedIn",
            frozenset({"Place", "Initiative"}),
            frozenset({"Place"}),
            "learned-located-in",
            "proposals/locatedIn.json",
        ),
        Proposal(
            "launched",
            frozenset({"Event", "Organisation"}),
            frozenset({"Initiative"}),
            "learned-launched",
            "proposals/launched.json",
        ),
    )
}


@lru_cache(maxsize=4)
def load_participation_model(path: str | None = None) -> LinearModel | None:
    """The shipped proposer (``data/models/participation.json``), the one at ``path``, or
    None where none is shipped (nothing is then proposed)."""
    found = Path(path) if path else resource_path("models", _MODEL_FILE)
    return LinearModel.load(found) if found.is_file() else None


@lru_cache(maxsize=8)
def _load(model_file: str) -> LinearModel | None:
    found = resource_path("models", model_file)
    return LinearModel.load(found) if found.is_file() else None


def load_proposal_model(predicate: str) -> LinearModel | None:
    """The shipped proposer of ``predicate``, or None where none is shipped."""
    if predicate == PREDICATE:
        return load_participation_model()
    return _load(PROPOSALS[predicate].model_file)


def _roots(
    doc: Doc, mentions: Iterable[Mention], positions: _Positions
) -> list[tuple[int, str, Token]]:
    """Each mention as (sentence, entity, root token), in text order. Made once per
    list of mentions while the doc's tokens are held (each proposer's candidates, scene
    and features read it, for the same mentions): the list is shared, do not change it."""
    memo = held_memo(doc, "proposer_roots") if isinstance(mentions, (list, tuple)) else None
    if memo is not None:
        known = memo.get(id(mentions))
        # the mentions are kept with their roots, so that their id is not reused meanwhile
        if known is not None and known[0] is mentions and known[1] == len(mentions):
            return known[2]
    found = _read_roots(doc, mentions, positions)
    if memo is not None:
        memo[id(mentions)] = (mentions, len(mentions), found)
    return found


def _read_roots(
    doc: Doc, mentions: Iterable[Mention], positions: _Positions
) -> list[tuple[int, str, Token]]:
    found = []
    for mention in mentions:
        root = positions.mention_root(doc, mention.start, mention.end)
        if root is not None:
            found.append((positions.sentence(root.i), mention.entity, root))
    found.sort(key=lambda item: (item[0], item[2].i))
    return found


def participation_candidates(
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Iterable[Mention],
    relations: Sequence[Relation],
    emitted: Iterable[Relation] = (),
) -> list[Relation]:
    """One ``participatedIn`` per (person or organisation, event) pair named together in a
    sentence that no relation already joins so, with the first such sentence as evidence
    (rule :data:`RULE`), in text order. ``emitted``: what the rules gave before the relation
    filter; a participation it dropped is not proposed again."""
    return candidates_for(PREDICATE, doc, entities, mentions, relations, emitted)


def candidates_for(
    predicate: str,
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Iterable[Mention],
    relations: Sequence[Relation],
    emitted: Iterable[Relation] = (),
    scene: _Scene | None = None,
) -> list[Relation]:
    """One ``predicate`` per pair of its domain and range classes named together in a
    sentence that no relation (nor one the rules gave before the relation filter) joins
    so, with the first such sentence as evidence, in text order. ``scene``: the
    document's, where the caller has it (a proposal across sentences reads it)."""
    proposal = PROPOSALS[predicate]
    emitted = tuple(emitted)
    if proposal.across:
        found = _across_candidates(proposal, doc, entities, mentions, relations, emitted, scene)
    else:
        found = _sentence_candidates(proposal, doc, entities, mentions, relations, emitted)
    if proposal.predicate != PREDICATE:
        return found
    # an event's host is its organiser, not a participant (as the rules: ``Findings.add``)
    hosts = {(r.object, r.subject) for r in (*relations, *emitted) if r.predicate == "organisedBy"}
    return [c for c in found if (c.subject, c.object) not in hosts]


def _sentence_candidates(
    proposal: Proposal,
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Iterable[Mention],
    relations: Sequence[Relation],
    emitted: Iterable[Relation],
) -> list[Relation]:
    """The candidates of a proposal within one sentence (see :func:`candidates_for`)."""
    predicate = proposal.predicate
    positions = _Positions.of(doc)
    taken = {(r.subject, r.object) for r in (*relations, *emitted) if r.predicate == predicate}
    text = _doc_text(doc)
    # each mention as a subject and as an object of the property, or neither: its
    # entity's class looked up once per entity, not per sentence and end
    sides: dict[str, tuple[bool, bool]] = {}
    by_sentence: dict[int, list[tuple[str, bool, bool]]] = {}
    for sentence, key, _ in _roots(doc, mentions, positions):
        side = sides.get(key)
        if side is None:
            core = _core(entities, key)
            side = sides[key] = (core in proposal.subjects, core in proposal.objects)
        by_sentence.setdefault(sentence, []).append((key, *side))
    found: dict[tuple[str, str], Relation] = {}
    for sentence, named in sorted(by_sentence.items()):
        subjects = [k for k, subject, _ in named if subject]
        events = [k for k, _, event in named if event]
        if not subjects or not events:
            continue
        evidence = _sentence_evidence(doc, positions, sentence, text)
        for subject in dict.fromkeys(subjects):
            for event in dict.fromkeys(events):
                pair = (subject, event)
                if subject != event and pair not in taken and pair not in found:
                    found[pair] = Relation(subject, predicate, event, proposal.rule, (evidence,))
    return list(found.values())


def _sentence_end(positions: _Positions, sentence: int) -> int:
    """The token after sentence ``sentence``'s last."""
    starts = positions.sentence_starts
    return starts[sentence + 1] if sentence + 1 < len(starts) else len(positions.tokens)


def _doc_text(doc: Doc) -> str:
    """The text evidence is cut from: the reader's (``caexpo_text``) where it left one,
    else the doc's, from its arrays (``doc.text`` joins every token again; as a default of
    ``dict.get`` it was joined even where the reader's text was there)."""
    text = doc.user_data.get("caexpo_text")
    return doc_arrays(doc).text if text is None else text


def _sentence_evidence(doc: Doc, positions: _Positions, sentence: int, text: str) -> Evidence:
    """The sentence ``sentence`` (its index) as evidence."""
    starts = positions.sentence_starts
    end_token = starts[sentence + 1] if sentence + 1 < len(starts) else len(doc)
    arrays = doc_arrays(doc)
    start, end = arrays.starts[starts[sentence]], arrays.ends[end_token - 1]
    return Evidence(start, end, text[start:end].strip())


@dataclass
class _Scene:
    """Where a document's events are named, for pairs across sentences: each mention as
    (sentence, entity, root) in text order, the paragraph of each sentence, the event most
    named (ties: the first named), each sentence's events, the event named last in an
    earlier sentence, and the pairs ever named in one sentence."""

    roots: list[tuple[int, str, Token]]
    paragraph: list[int]
    main: str | None
    events_in: dict[int, list[str]]
    previous: dict[int, tuple[str, int]]
    event_sentences: dict[str, list[int]]
    together: set[tuple[str, str]]
    #: Each entity's mention roots, in the order of ``roots``: a candidate's root is looked
    #: up among its own entity's, not among every mention's.
    roots_of: dict[str, list[Token]]


def _scene(
    doc: Doc, entities: Mapping[str, Entity], mentions: Iterable[Mention], positions: _Positions
) -> _Scene:
    roots = _roots(doc, mentions, positions)
    arrays = doc_arrays(doc)  # doc.text and doc[i] make the text and a Token again
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(arrays.text)]
    paragraph = [bisect_left(breaks, arrays.starts[start]) for start in positions.sentence_starts]
    events_in: dict[int, list[str]] = {}
    named_in: dict[int, set[str]] = {}
    counts: Counter[str] = Counter()
    event_sentences: dict[str, list[int]] = {}
    for sentence, key, _ in roots:
        named_in.setdefault(sentence, set()).add(key)
        if _core(entities, key) == "Event":
            counts[key] += 1
            here = events_in.setdefault(sentence, [])
            if key not in here:
                here.append(key)
            found = event_sentences.setdefault(key, [])
            if not found or found[-1] != sentence:
                found.append(sentence)
    main = None
    if counts:
        top = max(counts.values())
        main = next(k for k in counts if counts[k] == top)  # Counter keeps text order
    previous: dict[int, tuple[str, int]] = {}
    last: tuple[str, int] | None = None
    for sentence in range(len(positions.sentence_starts)):
        if last is not None:
            previous[sentence] = last
        if sentence in events_in:
            last = (events_in[sentence][-1], sentence)
    together = {(a, b) for named in named_in.values() for a in named for b in named if a != b}
    roots_of: dict[str, list[Token]] = {}
    for _, key, root in roots:
        roots_of.setdefault(key, []).append(root)
    return _Scene(roots, paragraph, main, events_in, previous, event_sentences, together, roots_of)


def _across_candidates(
    proposal: Proposal,
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Iterable[Mention],
    relations: Sequence[Relation],
    emitted: Iterable[Relation],
    scene: _Scene | None = None,
) -> list[Relation]:
    """One participation per person or organisation and (a) the story's main event, (b)
    the event named last before its sentence (however far back: the features say how
    far, in sentences and paragraphs; a limit to its paragraph or the one before added
    six fewer right in cross-validation and no fewer wrong), where no
    sentence names both and no relation joins them so; the entity's first such sentence as
    evidence, in text order."""
    predicate = proposal.predicate
    positions = _Positions.of(doc)
    scene = scene or _scene(doc, entities, mentions, positions)
    taken = {(r.subject, r.object) for r in (*relations, *emitted) if r.predicate == predicate}
    text = _doc_text(doc)
    found: dict[tuple[str, str], Relation] = {}
    for sentence, key, _ in scene.roots:
        if _core(entities, key) not in proposal.subjects:
            continue
        targets = [scene.main]
        before = scene.previous.get(sentence)
        if before is not None:
            targets.append(before[0])
        for event in targets:
            pair = (key, event)
            if (
                event is None
                or event == key
                or pair in taken
                or pair in found
                or pair in scene.together
            ):
                continue
            evidence = _sentence_evidence(doc, positions, sentence, text)
            found[pair] = Relation(key, predicate, event, proposal.rule, (evidence,))
    return list(found.values())


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: Verbs (and one preposition) of reported speech.
_SAY = frozenset(
    {
        "say",
        "tell",
        "add",
        "note",
        "stress",
        "state",
        "announce",
        "according",
        "express",
        "urge",
        "call",
        "describe",
        "believe",
        "explain",
        "point",
        "emphasise",
        "emphasize",
    }
)
#: A lemma's hash (``token.lemma``) -> its casefolded form if a verb of saying (in
#: :data:`_SAY`), else "": a hash names one string, so the answer holds for every doc.
_SAID: dict[int, str] = {}
_TEMPORAL = frozenset({"next", "upcoming", "coming", "last", "previous", "future", "later"})


def _across_features(
    candidate: Relation,
    scene: _Scene,
    positions: _Positions,
    words: dict[int, list[str]],
) -> list[str]:
    """Where the event was named last before the entity's sentence (sentences and
    paragraphs back), whether it is the story's main event and the event named last
    before, how many events the sentence names, reported speech, the words a name hangs
    on or carries ("minister", "exhibitor"), a list, a verbless line, tense and time words.
    ``words`` keeps what a sentence alone decides, for its other pairs: its verbs and modals
    under its index, its speech, time words and quotes under ``~index``."""
    evidence = candidate.evidence[0]
    s_key, o_key = candidate.subject, candidate.object
    root = next(
        (t for t in scene.roots_of.get(s_key, ()) if evidence.start <= t.idx < evidence.end),
        None,
    )
    if root is None:
        return []
    sentence = positions.sentence(root.i)
    found = []
    before = scene.previous.get(sentence)
    is_previous = before is not None and before[0] == o_key
    is_main = o_key == scene.main
    found.append(
        f"x-target:{'both' if is_main and is_previous else 'main' if is_main else 'previous'}"
    )
    named = scene.event_sentences.get(o_key, [])
    at = bisect_left(named, sentence)
    if at:
        back = sentence - named[at - 1]
        found.append(f"x-back:{_bucket(back, (1, 2, 3, 5, 10))}")
        paragraphs = scene.paragraph[sentence] - scene.paragraph[named[at - 1]]
        found.append(f"x-paragraphs-back:{_bucket(paragraphs, (0, 1, 2))}")
    else:
        found.append("x-back:none")
    if named:
        found.append(f"x-o-first:{_bucket(named[0], (0, 1, 2, 4, 8))}")
    found.append(f"x-events-here:{_bucket(len(scene.events_in.get(sentence, ())), (0, 1, 2))}")
    found.append(f"x-paragraph:{_bucket(scene.paragraph[sentence], (0, 1, 2, 3, 5, 8))}")
    if sentence in positions.verbless:
        found.append("x-verbless")
    sent = positions.sentence_span(root.i)  # root.sent walks out to its ends again
    sent_tokens = positions.tokens[sent.start : sent.end]  # iterating sent makes each again
    # reported speech, time words and quotes: the sentence's, read once for all its pairs
    scanned = words.get(~sentence)
    if scanned is None:
        lowers = doc_arrays(root.doc).lowers[sent.start : sent.end]
        scanned = words[~sentence] = _speech_and_time(sent_tokens, lowers)
    found.extend(scanned)
    head = root.head
    if head.lemma_.casefold() in _SAY and root.dep_ in ("nsubj", "nsubjpass"):
        found.append("x-speaker")
    found.append(f"x-root-tag:{positions.sentence_root(root.i).tag_}")
    near = [c for c in root.children if c.dep_ in ("appos", "compound", "amod", "nmod")]
    if root.dep_ in ("appos", "compound", "poss", "pobj", "dobj") and head is not root:
        near.append(head)
    for token in near:
        if token.is_alpha and token.is_lower:
            found.append(f"x-near:{token.lemma_}")
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        found.append("x-list")
    if sentence not in words:
        words[sentence] = [
            f"verb:{t.lemma_.casefold()}" if t.pos_ == "VERB" else f"modal:{t.lemma_.casefold()}"
            for t in sent_tokens
            if t.pos_ == "VERB" or t.tag_ == "MD"
        ]
    found.extend(words[sentence])
    return found


def _speech_and_time(sent_tokens: Sequence[Token], lowers: Sequence[str]) -> list[str]:
    """A sentence's verbs of reported speech, time words and quotation marks, in order;
    ``lowers``, its tokens' lower forms (the doc's arrays: ``token.lower_`` looks each up
    again). Each lemma is asked once per process whether it is one of saying (by its hash,
    ``token.lemma``: ``lemma_.casefold()`` of every token of every sentence cost a third
    of this)."""
    found = []
    said_of = _SAID
    if len(said_of) > 100_000:
        said_of.clear()  # a bound for very long runs; the answers are made again
    for token, lower in zip(sent_tokens, lowers, strict=True):
        said = said_of.get(token.lemma)
        if said is None:
            folded = token.lemma_.casefold()
            said = said_of[token.lemma] = folded if folded in _SAY else ""
        if said and token.pos_ in ("VERB", "ADP"):
            found.append(f"x-say:{said}")
        if lower in _TEMPORAL:
            found.append(f"x-time:{lower}")
        if lower in ('"', "\u201c", "\u201d"):
            found.append("x-quote")
    return found


def _core(entities: Mapping[str, Entity], key: str) -> str:
    entity = entities.get(key)
    return entity.core_class if entity is not None else key.split("/", 1)[0]


def participation_features(
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Sequence[Mention],
    relations: Sequence[Relation],
    candidates: Sequence[Relation],
    entity_scores: Mapping[str, float] | None = None,
) -> list[list[str]]:
    """The features of each of ``candidates`` (in their order), beside the rules'
    ``relations``."""
    return features_for(PREDICATE, doc, entities, mentions, relations, candidates, entity_scores)


def features_for(
    predicate: str,
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Sequence[Mention],
    relations: Sequence[Relation],
    candidates: Sequence[Relation],
    entity_scores: Mapping[str, float] | None = None,
    scene: _Scene | None = None,
) -> list[list[str]]:
    """The features of each of ``predicate``'s ``candidates`` (in their order), beside the
    rules' ``relations``: those of a participation, with the property's own counts and
    "another of the range class named between" in place of the event's (``scene``: the
    document's, where the caller has it)."""
    proposal = PROPOSALS[predicate]
    predicate = proposal.predicate
    if not candidates:
        return []
    positions = _Positions.of(doc)
    scene = (scene or _scene(doc, entities, mentions, positions)) if proposal.across else None
    # the features it drops (the property's crossed ones, the counts, rules and property)
    # are not made at all: each of ``base`` is a set of its own
    base = relation_features(
        doc, entities, mentions, list(candidates), entity_scores, crossed=False, counted=False
    )
    roots: dict[str, list[tuple[int, Token]]] = {}
    for _, key, root in _roots(doc, mentions, positions):
        roots.setdefault(key, []).append((root.i, root))
    event_tokens = sorted(
        i
        for key, found in roots.items()
        if _core(entities, key) in proposal.objects
        for i, _ in found
    )
    has = Counter((r.subject, r.predicate) for r in relations)
    has_of: dict[str, list[tuple[str, int]]] = {}
    for (subject, given), count in has.items():
        has_of.setdefault(subject, []).append((given, count))
    into = Counter(r.object for r in relations if r.predicate == predicate)
    pair = {}
    for r in relations:
        pair.setdefault((r.subject, r.object), set()).add(r.predicate)
        pair.setdefault((r.object, r.subject), set()).add(f"~{r.predicate}")
    shared = Counter((c.subject, c.evidence[0].start) for c in candidates)
    # a sentence's verbs and modals (key: the sentence) and, across sentences, its reported
    # speech, time words and quotes (key: ~sentence), read once for all its pairs
    words: dict[int, list[str]] = {}
    features = []
    for candidate, found in zip(candidates, base, strict=True):
        s, o = candidate.subject, candidate.object
        out = found
        out.update(f"s-has:{p}:{_bucket(n, (1, 2, 3))}" for p, n in has_of.get(s, ()))
        out.add(f"s-parts:{_bucket(has[(s, predicate)], (0, 1, 2, 3, 5))}")
        out.add(f"o-parts:{_bucket(into[o], (0, 1, 2, 3, 5, 10))}")
        out.update(f"pair:{p}" for p in sorted(pair.get((s, o), ())))
        out.add(f"events-here:{_bucket(shared[(s, candidate.evidence[0].start)], (1, 2, 3))}")
        if scene is not None:
            out.update(_across_features(candidate, scene, positions, words))
        else:
            out.update(_sentence_features(candidate, roots, positions, event_tokens, words))
        features.append(sorted(out))
    return features


def _sentence_features(
    candidate: Relation,
    roots: Mapping[str, list[tuple[int, Token]]],
    positions: _Positions,
    event_tokens: list[int],
    words: dict[int, list[str]],
) -> list[str]:
    """Order, distance, an event named between, the sentence's verbs and modals (kept in
    ``words`` by sentence: a sentence naming many pairs is read once)."""
    evidence = candidate.evidence[0]
    ends = []
    for key in (candidate.subject, candidate.object):
        here = [t for _, t in roots.get(key, ()) if evidence.start <= t.idx < evidence.end]
        if not here:
            return []
        ends.append(here[0])
    s, o = ends
    found = [f"order:{'s-first' if s.i < o.i else 'o-first'}"]
    found.append(f"tokens-apart:{_bucket(abs(s.i - o.i), (1, 2, 4, 8, 15, 25))}")
    low, high = sorted((s.i, o.i))
    at = bisect_left(event_tokens, low + 1)
    between = at < len(event_tokens) and event_tokens[at] < high
    found.append(f"event-between:{between}")
    sentence = positions.sentence(s.i)
    if sentence not in words:
        words[sentence] = [
            f"verb:{t.lemma_.casefold()}" if t.pos_ == "VERB" else f"modal:{t.lemma_.casefold()}"
            for t in positions.tokens[
                positions.sentence_starts[sentence] : _sentence_end(positions, sentence)
            ]
            if t.pos_ == "VERB" or t.tag_ == "MD"
        ]
    found.extend(words[sentence])
    return found


def propose_participation(
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Sequence[Mention],
    relations: list[Relation],
    model: LinearModel | None = None,
    entity_scores: Mapping[str, float] | None = None,
    emitted: Iterable[Relation] = (),
) -> list[Relation]:
    """``relations`` and the candidates ``model`` (default: the shipped one, if any)
    accepts, after them; ``emitted``, the rules' relations before the relation filter
    (a participation it dropped is no candidate)."""
    return _propose(PREDICATE, doc, entities, mentions, relations, model, entity_scores, emitted)


def _propose(
    predicate: str,
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Sequence[Mention],
    relations: list[Relation],
    model: LinearModel | None,
    entity_scores: Mapping[str, float] | None,
    emitted: Iterable[Relation],
) -> list[Relation]:
    model = model or load_proposal_model(predicate)
    if model is None:
        return relations
    emitted = tuple(emitted)
    # a proposal across sentences reads the document's scene: made once for both steps
    scene = (
        _scene(doc, entities, mentions, _Positions.of(doc)) if PROPOSALS[predicate].across else None
    )
    candidates = candidates_for(predicate, doc, entities, mentions, relations, emitted, scene)
    features = features_for(
        predicate, doc, entities, mentions, relations, candidates, entity_scores, scene
    )
    # each list is sorted and distinct (``features_for``): no dictionary of it made again
    added = [
        c
        for c, f in zip(candidates, features, strict=True)
        if model.probability_of_distinct(f) >= model.threshold
    ]
    return [*relations, *added] if added else relations


def propose(
    doc: Doc,
    entities: Mapping[str, Entity],
    mentions: Sequence[Mention],
    relations: list[Relation],
    entity_scores: Mapping[str, float] | None = None,
    emitted: Iterable[Relation] = (),
    models: Mapping[str, LinearModel | None] | None = None,
) -> list[Relation]:
    """``relations`` and what each shipped proposer accepts, in :data:`PROPOSALS`' order
    (each reads what the ones before it added); ``models``: a model per property in place
    of the shipped ones (a property not named: none)."""
    emitted = tuple(emitted)
    for predicate in PROPOSALS:
        if models is not None:
            model = models.get(predicate)
            if model is None:
                continue
        else:
            model = None
        relations = _propose(
            predicate, doc, entities, mentions, relations, model, entity_scores, emitted
        )
    return relations
