"""The document index: what every relation rule looks things up in, built once per document.

Sentences, mentions (token → entity), verbs, the dateline and the document's main
event are computed here once, so each rule is a short walk over the parse that asks
the index questions ("which entity does this token name?", "which event is this
clause set at?") instead of re-scanning the document. Lookups that look back
("the nearest person before this pronoun", "the edition the article is about so
far") use positions sorted once and ``bisect``, so a document's cost grows
linearly with its length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import pairwise

import numpy as np
from spacy import symbols as spacy_symbols
from spacy.attrs import HEAD, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

from ..extract.arrays import doc_arrays, doc_tokens, held_ents, held_sents
from ..extract.components.entities import (
    EXPO_FAMILY,
    _country_name,
    credited_agencies,
    described_by_name,
    entity_spans,
    opens_with_release_wire,
)
from ..extract.components.rules import Rules, load_rules, ordinal_value
from ..extract.nlp import CO_WORD_LEMMAS
from ..model import Entity, Evidence, Relation
from ..resolve.entities import ResolvedDocument, _doc_text
from .lexicon import lexicon
from .ontology import property_domains

__all__ = ["LEAD_SENTENCES", "DocumentIndex", "Findings", "lemma"]

#: How far into an article its lead runs, in sentences (the headline is one).
LEAD_SENTENCES = 4

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
SPEAKER_BODY_PRONOUNS = {"we", "our", "us"}
#: A length in days or weeks written as one hyphenated modifier: "four-day", "3-day".
_DAYS_LONG = re.compile(r"^(?:[a-z]+|\d+)-(?:day|week)$")
#: What a gathering's length is told in, before "-long" ("the week-long gathering").
_LENGTH_UNITS = {"day", "week", "month"}
_LENGTH_WORDS = {"daylong", "weeklong", "monthlong"}
#: Words before an unnamed event that make it another than the one in scope.
_OTHER_EVENT_WORDS = {
    "next", "previous", "first", "past", "earlier", "another", "every", "own", "similar"
}  # fmt: skip
#: Verbs whose subject is the subject of the clause they take ("is scheduled to take place").
RAISING_VERBS = {"be", "schedule", "slate", "set", "plan", "expect", "due"}
RELATIVE_WORDS = {"who", "which", "that", "whom", "both", "all", "each"}
_MODIFIER_DEPS = ("compound", "poss", "nmod", "amod")
#: What a noun's own place and time hang on it by ("a forum in Nanning last month").
_PLACE_AND_TIME_DEPS = frozenset({"prep", "npadvmod"})
#: Words set after a list that say what follows of each item ("A and B, both held in").
_DISTRIBUTIVE_WORDS = {"both", "all", "each"}
#: A place at a line's start, then a dateline's separator: "NANNING - ", "KUALA LUMPUR:",
#: "Jakarta (ANTARA) -".
_LINE_DATELINE = re.compile(
    r"(?:([A-Z][A-Z' .]*[A-Z])(?: \([A-Z][a-z]+(?: [A-Z][a-z]+)*\))?(?:,| -| –| —|:)"
    r"|([A-Z][\w' .-]*?) \([A-Z]{2,}\) ?[-–—])"
)
#: A country in brackets after a dateline's place, as Bernama writes it: "NANNING (China),
#: Oct 20 (Bernama) --".
_DATELINE_COUNTRY = re.compile(r" \([A-Z][a-z]+(?: [A-Z][a-z]+)*\),")
#: A byline that says where the reporter filed from: "By Katrin Vogel in Hanover".
_LINE_BYLINE = re.compile(r"[Bb][Yy] [^,|()]{2,60}? in ([A-Z][\w' .-]*?)\s*(?:\||$)")
#: The first preposition in an event's name ("Dialogue on ...", "Symposium of ...").
_NAME_PREPOSITION = re.compile(r" (?:on|of|for) ")
#: A byline opening a line: "By Zhou Lanxin in Chongqing".
_BYLINE_START = re.compile(r"[Bb][Yy] [A-Z]")
#: The most words a line of page furniture with no verb has ("The Star", "Sept 18, 2023").
_FURNITURE_WORDS = 6
#: Words for a meeting of leaders or ministers: "the closed-door meeting" of a Summit in
#: scope, "the summit" of a Foreign Ministers' Meeting.
_MEETING_FAMILY = {"meeting", "summit"}
#: Heads of events that are fairs by another name ("Coffee Fest", "Halal Showcase").
_FAIR_LIKE_HEADS = {"fest", "festival", "showcase"}

#: Nouns of "on the sidelines of E", "on the margins of E": E hosts what is on them.
_SIDELINE_NOUNS = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes"}
#: Words that open a clause of time: "when it opens in Nanning", "before it closes".
_TIME_MARKS = {"when", "as", "before", "after", "until", "once", "while"}

#: Subjects that may themselves be what a following "it" stands for ("It hosted a forum.
#: It also ...": the body, not the forum), so the verb's object is not taken for the "it".
_ENTITY_PRONOUNS = {"it", "this", "that"}
#: Words before "with" that carry a list on: "together with", "along with".
_LIST_GOING_ON = {"together", "along", "alongside"}


def _carries_list_on(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` part of a phrase that continues a list ("together with", "along
    with", "as well as") or opens its names ("such as", "including") rather than a
    preposition or verb that ends it?"""
    word = tokens[i].lower_
    before = tokens[i - 1].lower_ if i else ""
    after = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
    if word == "with":
        return before in _LIST_GOING_ON
    if word == "including" or (word == "as" and before == "such"):
        return True  # "leaders of ASEAN countries such as A, B", "guests, including A"
    if word == "among" and after in ("them", "whom"):
        return True  # "a large number of businessmen, among them A"
    return word == "as" and (after == "well" or before == "well")


_VERB, _AUX = int(spacy_symbols.VERB), int(spacy_symbols.AUX)
#: What :meth:`DocumentIndex._widen`'s walk back does at a token (``_walk_stop``).
_PASS, _STOP, _STOP_BUT_IN_TITLE = 0, 1, 2

#: (lower form, lemma) ids → the lower-case lemma: the rules ask it of every token many
#: times over, and the ids spare looking both strings up and lower-casing each time.
_LEMMAS: dict[tuple[int, int], str] = {}


def _page_furniture(sentence: Span) -> bool:
    """Is ``sentence`` a short line with no verb under a headline: a masthead ("The Star"),
    a date ("Sept 18, 2023") or a dateline's place ("NANNING:")? No sentence of the lead."""
    # the held Token objects: iterating the span makes each again
    tokens = doc_tokens(sentence.doc)[sentence.start : sentence.end]
    words = [t for t in tokens if not (t.is_space or t.is_punct)]
    return len(words) <= _FURNITURE_WORDS and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _a_singular_noun(token: Token) -> bool:
    """A singular common noun, or one the tagger took for an adjective where it stands as
    a noun: "The four-day fair, organised by ..." (a subject, object or object of a
    preposition, which no adjective is)."""
    return token.tag_ == "NN" or (
        token.tag_ == "JJ" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    )


def _told_as_past(verb: Token) -> bool:
    """Is the clause of ``verb`` told in the past ("drew 500 participants", "was held in
    Pakse", "had drawn")? Not one told ahead ("will be held", "is expected to draw"). A
    participle heading a sentence with an active subject and no auxiliary is a past verb
    the tagger misread ("The tenth opened on September 15": "opened" tagged VBN): no
    participle heads a finite clause alone."""
    if verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    ):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


_LABEL_YEAR = re.compile(r"^((?:19|20)\d\d) |\s((?:19|20)\d\d)$")


def _edition_rank(entity: Entity | None) -> tuple[str, int] | None:
    """Where an edition stands in its series: its number ("the 11th forum") or, for one
    named by its year ("the 2021 Women's Forum", "Forum 2024"), that year. Overviews name
    a series' editions either way, and a paragraph turns to a year-named one as it does to
    a numbered one; ranks compare only within one kind ("number" or "year")."""
    if entity is None:
        return None
    if entity.edition_number is not None:
        return ("number", entity.edition_number)
    match = _LABEL_YEAR.search(entity.label)
    return ("year", int(match.group(1) or match.group(2))) if match else None


#: Forms the lemmatizer gets wrong ("staged", "stages" → "stag"), as the verb lists spell them.
_LEMMA_FIXES = {
    "staged": "stage", "stages": "stage", "staging": "stage", "cohosted": "cohost",
    # past forms of verbs of drawing people to a place, left whole where the tagger took
    # the verb for an auxiliary ("Co-organised by A, the forum brought officials to X")
    "brought": "bring", "drew": "draw", "attracted": "attract", "welcomed": "welcome",
}  # fmt: skip


#: The document the rules read now and its tokens' lemmas by position (set by
#: :meth:`DocumentIndex.reading_lemmas` while the rules run): they ask :func:`lemma` of
#: every verb, object and preposition, hundreds of thousands of times in a long document.
_LEMMAS_READ: ContextVar[tuple[Doc, list[str], list[list[Token]]] | None] = ContextVar(
    "caexpo_lemmas_read", default=None
)


def children(token: Token) -> list[Token]:
    """``list(token.children)``: while the rules run (:meth:`DocumentIndex.reading_lemmas`),
    the index's list of them, made once (each ``token.children`` makes every child afresh;
    a rule asks it of every verb, and of each child again). The same tokens, in the same
    order, as the doc's held Token objects. Shared: do not change it."""
    read = _LEMMAS_READ.get()
    if read is not None and read[0] is token.doc:
        return read[2][token.i]
    return list(token.children)


def lemma(token: Token) -> str:
    """A token's lower-case lemma; "co-sponsored" → "sponsor" (the lemmatizer leaves it),
    "staged", "stages" → "stage" (the lemmatizer makes them "stag")."""
    read = _LEMMAS_READ.get()
    if read is not None and read[0] is token.doc:
        return read[1][token.i]
    key = (token.lower, token.lemma)
    found = _LEMMAS.get(key)
    if found is None:
        if len(_LEMMAS) > 200_000:
            _LEMMAS.clear()  # a bound for very long runs; the lemmas are made again
        found = _LEMMAS[key] = (
            CO_WORD_LEMMAS.get(token.lower_)
            or _LEMMA_FIXES.get(token.lower_)
            or token.lemma_.lower()
        )
    return found


#: From how many tokens the index reads the parse with numpy (:meth:`DocumentIndex.
#: _read_parse_by_array`): below it, numpy's cost per call outweighs a loop over tokens.
_ARRAYS_FROM = 2_000


@dataclass
class Findings:
    """The relations the rules found so far, each checked against the ontology's domain
    and range of its property before it is kept."""

    index: DocumentIndex
    relations: list[Relation] = field(default_factory=list)
    unplaced: list[tuple[str, Token]] = field(default_factory=list)
    """Participants seen acting with no event in their clause ("Top Glove exhibited
    gloves"), for the rule that places them at the article's edition."""

    made_by: dict[str, list[Relation]] = field(default_factory=dict)
    """Registered rule name → the relations it added (for tests and explanations)."""
    running: str = ""
    """The name of the rule running now."""
    _said: set[tuple[str, str]] = field(default_factory=set)
    # (subject, predicate) → objects and (object, predicate) → subjects of the relations
    # indexed so far: the rules that ask "where is E held?" per clause read these instead
    # of scanning every relation (quadratic in a long document's length)
    _objects: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    _subjects: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    _indexed: int = 0

    def add(
        self, subject: str | None, predicate: str, obj: str | None, rule: str, at: Token
    ) -> None:
        """Record a relation if both ends exist and fit the property's domain and range."""
        if subject is None or obj is None or subject == obj:
            return
        domain, range_ = property_domains()[predicate]
        if self.index.core(subject) not in domain or self.index.core(obj) not in range_:
            return
        editions = self.index.resolved.editions
        if predicate == "partOf" and (editions.get(subject) == obj or editions.get(obj) == subject):
            return  # an edition is no part of its series: "the expo, which held its 18th edition"
        series = editions.get(subject) if predicate == "partOf" else None
        if series is not None and series == editions.get(obj):
            return  # nor of another run of it: "the 16th expo ... the 2018 expo", two years
        if predicate == "locatedIn" and _country_name(self.index.resolved.entities[subject].label):
            return  # a country lies in nothing: "visitors from Germany, the US, ..." is a list
        if predicate == "participatedIn" and self._stand(obj):
            return  # "exhibited at Booth B-118", "toured the Malaysia Pavilion": a stand
        if predicate == "participatedIn" and subject in self.objects(obj, "organisedBy"):
            return  # "the summit, hosted by the ACC ... the centre's head said": its host
        if predicate == "organisedBy" and self._stand(subject):
            return  # "the Malaysian Pavilion, organised by MATRADE": kept, not held
        if predicate == "organisedBy" and subject in self.objects(obj, "participatedIn"):
            self._withdraw_host(obj, subject)
        if predicate == "inYear" and self.index.core(subject) == "Event" and self._stand(subject):
            return  # "the Malaysia Pavilion houses 40 firms this year": the fair's year, not its
        if predicate == "heldIn" and self._headed_by(obj, "water_nouns"):
            return  # "marked the declaration on the South China Sea": no event is held at sea
        if predicate == "locatedIn" and self._headed_by(subject, "open_water_nouns"):
            return  # "Port Klang on the Strait of Malacca": a sea or strait lies in no place
        if predicate == "locatedIn" and self._headed_by(subject, "unplaced_initiative_heads"):
            return  # "signed the Investment Agreement in Bangkok": a text lies in no place
        evidence = self.index.sentence_evidence(at)
        self.append(Relation(subject, predicate, obj, f"{predicate}:{rule}", (evidence,)))

    def _withdraw_host(self, host: str, event: str) -> None:
        """Take back ``host`` taking part in ``event``, now a rule reads it as the event's
        organiser: our gold lists an event's host or organiser as that, almost never also
        as a participant (2 pairs in 595 in the training articles), while its officials
        who speak there take part ("the seminar, co-hosted by the ACC ... ACC Secretary-
        General X addressed it")."""
        self.withdraw(
            lambda r: r.subject == host and r.predicate == "participatedIn" and r.object == event
        )

    def _stand(self, key: str) -> bool:
        """Is the event a stand by its name ("Booth 6B-18", "the Malaysia Pavilion")? One
        takes part in the fair a stand is at, not in the stand; and who runs a stand keeps
        it at the fair (a participant), not an event's organiser."""
        words = self.index.resolved.entities[key].label.lower().split()
        stands = self.index.lex["stand_nouns"]
        return bool(words) and (words[0] in stands or words[-1] in stands)

    def _headed_by(self, key: str, nouns: str) -> bool:
        """Is the head word of ``key``'s name (the last word before any "of") one of the
        list ``nouns`` of ``relations.json``: a body of water ("South China Sea", "Strait of
        Malacca", "Pearl River"), or a text that lies nowhere (an agreement, "Memorandum of
        Understanding")?"""
        words = self.index.resolved.entities[key].label.lower().split(" of ")[0].split()
        return bool(words) and words[-1] in self.index.lex[nouns]

    def append(self, relation: Relation) -> None:
        """Record a relation as it is (its evidence is not a sentence, or it has none)."""
        self.relations.append(relation)
        self.made_by.setdefault(self.running, []).append(relation)
        self._said.add((relation.subject, relation.predicate))

    def withdraw(self, drop: Callable[[Relation], bool]) -> None:
        """Take back the relations ``drop`` picks: for a rule that runs last and knows what
        the earlier ones could not (a region an event is held in, once a city is named)."""
        self.relations = [r for r in self.relations if not drop(r)]
        for name, made in self.made_by.items():
            self.made_by[name] = [r for r in made if not drop(r)]
        self._said = {(r.subject, r.predicate) for r in self.relations}
        self._objects.clear()
        self._subjects.clear()
        self._indexed = 0

    def has(self, subject: str, predicate: str) -> bool:
        """Has a rule already said something of ``subject`` with ``predicate``?"""
        return (subject, predicate) in self._said

    def objects(self, subject: str, predicate: str) -> set[str]:
        """What the rules have said so far ``subject`` ``predicate`` (e.g. where it is held)."""
        self._index_new()
        return self._objects.get((subject, predicate), set())

    def subjects(self, obj: str, predicate: str) -> set[str]:
        """What the rules have said so far ``predicate`` ``obj`` (e.g. what lies in it)."""
        self._index_new()
        return self._subjects.get((obj, predicate), set())

    def _index_new(self) -> None:
        """Index the relations recorded since the last lookup (``relations`` only grows)."""
        relations = self.relations
        for at in range(self._indexed, len(relations)):
            r = relations[at]
            self._objects.setdefault((r.subject, r.predicate), set()).add(r.object)
            self._subjects.setdefault((r.object, r.predicate), set()).add(r.subject)
        self._indexed = len(relations)


def _passive_infinitive(verb: Token) -> bool:
    """Is a participle a passive infinitive ("to be held")? Then a raising verb's subject
    ("the expo is scheduled to be held in Nanning") is the participle's own."""
    deps = {(c.dep_, c.lower_) for c in verb.children}
    return ("aux", "to") in deps and ("auxpass", "be") in deps


class DocumentIndex:
    """One parsed, resolved document, indexed for the relation rules."""

    def __init__(
        self,
        doc: Doc,
        resolved: ResolvedDocument,
        published: date | None = None,
    ) -> None:
        self.doc = doc
        self.text = _doc_text(doc)  # Doc.text joins every token on each access
        # Token objects are made afresh on each access; the rules walk these lists instead.
        self.tokens = doc_tokens(doc)
        # Each token's part of speech, head, lower form and lemma, read in one call into
        # arrays (``token.head``, ``.pos_`` and ``.lemma_`` each make objects or look up
        # strings on every access), and worked on as arrays: a Python loop per token
        # cost more than the rest of the index on a long document.
        self._read_parse(doc)
        self.resolved = resolved
        self.published = published
        """The publication date: what "this year" and "on Tuesday" are read against."""
        # The rule data of the entity component that read the doc (its ``rules_dir``).
        rules_dir = doc._.caexpo_rules_dir
        self.rules: Rules = load_rules(rules_dir)
        self.lex = lexicon(str(rules_dir) if rules_dir is not None else None)
        self.parsed = doc.has_annotation("DEP")
        self.token_key: dict[int, str] = {}
        self.mention_spans: list[tuple[Span, str]] = []
        spans = sorted(entity_spans(doc), key=lambda s: -(s.end - s.start))
        for span in spans:  # longest first, so nested (shorter) spans win their tokens
            key = resolved.span_entity.get((span.start_char, span.end_char))
            if key is None:
                continue
            self.mention_spans.append((span, key))
            for i in range(span.start, span.end):  # positions, not Token objects
                self.token_key[i] = key
        self.mention_spans.sort(key=lambda item: item[0].start)
        self._span_at: dict[tuple[str, int], Span] = {}
        for span, key in self.mention_spans:
            for i in range(span.start, span.end):
                self._span_at.setdefault((key, i), span)
        # Span.root and Token.sent walk tokens on every access: look them up once.
        self._span_end_by_root: dict[int, int] = {}
        for span, _ in self.mention_spans:
            root = span.root.i
            self._span_end_by_root[root] = max(self._span_end_by_root.get(root, 0), span.end)
        self.sentences = (
            list(held_sents(doc)) if self.parsed or doc.has_annotation("SENT_START") else []
        )
        self._sentence_starts = [sentence.start for sentence in self.sentences]
        self._evidence: dict[int, Evidence] = {}
        self._events: dict[int, str | None] = {}
        self._scenes: list[str | None] | None = None
        self._recalled: list[str | None] | None = None
        self._side_scenes: list[str | None] | None = None
        self._side_within: dict[int, tuple[int, str]] = {}
        self._told_editions: list[str | None] | None = None
        self._main_event: tuple[str | None] | None = None
        self._dateline: tuple[str | None] | None = None
        self._agencies: set[str] | None = None
        self._lead_event: tuple[str | None] | None = None
        self._lead_end: int | None = None
        self._first_mentions: dict[str, Span] | None = None
        self._spans_by_key: dict[str, list[Span]] | None = None
        self._implicit: list[tuple[Token, str]] | None = None
        self._titles: dict[str, set[str]] | None = None
        self._short_names: dict[str, tuple[int, str | None]] | None = None
        self._implicit_at: dict[int, str] | None = None
        self._editions_by_series: dict[str, tuple[list[int], list[str]]] | None = None
        self._heads: dict[tuple[int, int], Token] = {}
        self._token_keys_of: dict[str, dict[int, str]] = {}
        # What the rules ask of the same token over and over, answered once per token:
        # each answer walks the parse and makes fresh Token objects.
        self._entities: dict[int, str | None] = {}
        self._groups: dict[int, list[Token]] = {}
        self._read_from_surface: set[int] = set()  # antecedents read past a bad parse
        self._subjects: dict[int, list[Token]] = {}
        self._objects: dict[int, list[Token]] = {}
        self._prepositions: dict[int, list[tuple[str, Token]]] = {}
        self._noun_prepositions: dict[int, list[tuple[str, Token]]] = {}
        self._verbs: dict[int, list[tuple[Token, str]]] = {}
        self._ents: tuple[Span, ...] | None = None
        self._widened: dict[tuple[int, ...], list[Token]] = {}
        self._lower_positions: dict[str, list[int]] | None = None  # with_lower
        self._members: dict[tuple[int, tuple[str, ...]], list[str]] = {}
        self._openers: list[int] | None = None
        self._stops: list[int] | None = None
        #: Answers a rule module reads once per doc (a function of the doc's parse and the
        #: shipped rules only), by a name of its own.
        self.rule_memo: dict[str, object] = {}
        self._mentions_by_class: dict[str | None, list[tuple[Span, str]]] | None = None
        self._cores: dict[str, str] = {k: e.core_class for k, e in resolved.entities.items()}
        self._starts = [span.start for span, _ in self.mention_spans]
        # Mentions by end position and class, for looking back in O(log n).
        self._ends = [span.end for span, _ in self.mention_spans]
        by_class: dict[str | None, list[tuple[int, str]]] = {}
        for span, key in sorted(self.mention_spans, key=lambda item: (item[0].end, item[0].start)):
            by_class.setdefault(self.core(key), []).append((span.end, key))
        self._by_class = {c: ([e for e, _ in items], items) for c, items in by_class.items()}
        # The edition the article is about as of each mention (most mentioned so far), but
        # the one the lead reports is not overtaken by an earlier one the body recalls.
        self._current: list[str | None] = []
        counts: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        best: str | None = None
        lead_end = self.lead_end() if self.sentences else 0
        for position, (span, key) in enumerate(self.mention_spans):
            if key in resolved.editions:
                # "two years after the first expo", "since its first edition": a mark in
                # time, not what the article is about (an overview naming each edition once
                # would otherwise stay at its first)
                counts[key] += (
                    0
                    if self._time_anchor(span) or self._describes_a_time_mark(span, key, counts)
                    else 1 + self._this_time(span)
                )
                first_seen.setdefault(key, position)
                if best is None or (
                    (counts[key], -first_seen[key]) > (counts[best], -first_seen[best])
                    and not (
                        self.mention_spans[first_seen[best]][0].start < lead_end
                        and self._recalls_earlier(key, best)
                    )
                ):
                    best = key
            # an edition named only as a mark in time is no setting for what follows
            self._current.append(best if best is None or counts[best] else None)
        #: Editions named only as marks in time ("since its first edition"): no setting.
        self.time_marks = frozenset(k for k in first_seen if not counts[k])
        self._last_expo: list[str | None] = []
        last: str | None = None
        for _, key in self.mention_spans:
            # (not an edition named only as a mark in time: "since the first fair in 2010")
            if (
                self.core(key) == "Event"
                and key not in self.time_marks
                and key.split("/", 1)[1].split("-")[-1] in EXPO_FAMILY
            ):
                last = key
            self._last_expo.append(last)

    def _time_anchor(self, span: Span) -> bool:
        """Is the edition ``span`` names only a mark in time: the object of "since" or
        "after" ("held alongside the expo since its first edition", "two years after the
        first expo"), or the subject of a clause "since" opens ("since the first fair was
        held in 2004")? ("just before the 28th summit" is where a ceremony was, and "after
        the forum agreed to ..." tells the news.)"""
        if not self.parsed:
            return False
        head = self.head_mention_token(span)
        above = self.head(head)
        words = self.lex["time_anchor_words"]
        if head.dep_ == "pobj":
            return above.lower_ in words
        if head.dep_ in SUBJECT_DEPS:
            return any(c.dep_ == "mark" and c.lower_ == "since" for c in self.children(above))
        return False

    def _describes_a_time_mark(self, span: Span, key: str, counts: Counter[str]) -> bool:
        """Is ``span`` a bare description ("the show", "the fair") of an edition named so far
        only as a mark in time ("since the first edition in 1998 ... plans to use the
        show")? The resolver hands a description the last edition named; one named only
        as a mark in time is not what the article is about, so the description is the
        series' current outing, not that first edition."""
        if key not in counts or counts[key]:
            return False
        return all(t.is_lower or not t.is_alpha for t in span) and not self._pointed_back(span)

    def _pointed_back(self, span: Span) -> bool:
        """Does a description name its edition by number or point back at it ("the first
        fair", "that edition", "the 2010 show")?"""
        head = self.head_mention_token(span)
        return any(t.like_num or ordinal_value(t.text) is not None for t in span) or any(
            c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those")
            for c in self.children(head)
        )

    def described_time_mark(self, token: Token, key: str) -> str | None:
        """The series of the edition ``key`` where ``token`` is a bare description of it
        and the edition is only ever named as a mark in time (:meth:`_describes_a_time_mark`),
        else None."""
        if key not in self.time_marks or not token.is_lower:
            return None
        span = self.span_of(key, token.i)
        if span is None or self._pointed_back(span):
            return None
        return self.resolved.editions.get(key)

    def _this_time(self, span: Span) -> bool:
        """Does the text call the edition ``span`` names this time's ("This week's 15th
        edition", "this year's fair")? Beside an earlier edition named as often (an
        overview's "When the first week opened in 2008"), it is the one the article is
        about."""
        if not self.parsed:
            return False
        head = self.head_mention_token(span)
        for child in self.children(head):
            if child.i >= head.i:
                break
            if child.dep_ == "det" and child.lower_ == "this":
                return True
            if child.dep_ == "poss" and any(
                c.dep_ == "det" and c.lower_ == "this" for c in self.children(child)
            ):
                return True
        return False

    def _read_parse(self, doc: Doc) -> None:
        """The verbs, each token's head and children, and where each lemma occurs."""
        columns = doc.to_array([POS, HEAD, LOWER, LEMMA]) if len(doc) else None
        if columns is None or len(doc) < _ARRAYS_FROM:
            self._read_parse_by_token(columns)
        else:
            self._read_parse_by_array(columns)

    def _read_parse_by_token(self, columns: np.ndarray | None) -> None:
        """:meth:`_read_parse` from the parse's columns (part of speech, head, lower form,
        lemma), token by token."""
        tokens = self.tokens
        if columns is None:
            pos: list[int] = []
            head_at: list[int] = []
            pairs: list[tuple[int, int]] = []
        else:
            # Column by column: rows would make a list per token, and HEAD, an offset
            # unsigned in the array, a large integer for each head before its dependent.
            # As a signed offset plus the position it is the head's position.
            pos = columns[:, 0].tolist()
            head_at = (columns[:, 1].astype(np.int64) + np.arange(len(tokens))).tolist()
            pairs = list(zip(columns[:, 2].tolist(), columns[:, 3].tolist(), strict=True))
        verb_pos = (_VERB, _AUX)
        self.verbs = [tokens[i] for i, tag in enumerate(pos) if tag in verb_pos]
        # Each token's head and children, read from the parse once (``token.head`` and
        # ``token.children`` make new Token objects on every access): what the index's own
        # walks over the parse read. (``map`` and bound methods: no Python frame per token.)
        self._head_of: list[Token] = list(map(tokens.__getitem__, head_at))
        children: list[list[Token]] = [[] for _ in tokens]
        for i, head in enumerate(head_at):
            if head != i:
                children[head].append(tokens[i])
        self._children = children
        # Where each lemma occurs: a rule that looks for a few trigger words reads their
        # positions (``with_lemma``) instead of asking every token of the document.
        known = list(map(_LEMMAS.get, pairs))  # most pairs were read before
        self._lemma_at: list[str] = [
            word if word is not None else lemma(tokens[position])
            for position, word in enumerate(known)
        ]
        positions: dict[str, list[int]] = {}
        for position, word in enumerate(self._lemma_at):
            if word in positions:
                positions[word].append(position)
            else:
                positions[word] = [position]
        self._lemma_positions = positions

    def _read_parse_by_array(self, columns: np.ndarray) -> None:
        """:meth:`_read_parse_by_token`'s lists, the same, read with numpy: on a long
        document each step is a few calls over the whole array, not a Python loop."""
        tokens = self.tokens
        size = len(tokens)
        at = tokens.__getitem__
        pos = columns[:, 0]
        self.verbs = list(map(at, np.flatnonzero((pos == _VERB) | (pos == _AUX)).tolist()))
        # position + offset wraps round (unsigned) to the head's position
        positions = np.arange(size, dtype=np.uint64)
        heads = (positions + columns[:, 1]).astype(np.int64)
        self._head_of = list(map(at, heads.tolist()))
        # children in document order: the dependents grouped by head (a stable sort keeps
        # each head's in order), cut where the head changes
        dependent = np.flatnonzero(heads != positions.astype(np.int64))
        parents = heads[dependent]
        ordered = list(map(at, dependent[np.argsort(parents, kind="stable")].tolist()))
        bounds = np.concatenate(([0], np.cumsum(np.bincount(parents, minlength=size)))).tolist()
        self._children = [ordered[a:b] for a, b in pairwise(bounds)]
        # a lemma is a function of the (lower form, lemma) pair: each pair read once
        lowers, lemmas = columns[:, 2], columns[:, 3]
        order = np.lexsort((lemmas, lowers))  # stable: each pair's positions stay in order
        lowers, lemmas = lowers[order], lemmas[order]
        cuts = np.flatnonzero((lowers[1:] != lowers[:-1]) | (lemmas[1:] != lemmas[:-1])) + 1
        starts = [0, *cuts.tolist()]
        by_pair = order.tolist()
        found: dict[str, list[int]] = {}
        merged: set[str] = set()
        lemma_at: list[str] = [""] * size
        for start, end, lower, lemma_id in zip(
            starts,
            [*starts[1:], size],
            lowers[starts].tolist(),
            lemmas[starts].tolist(),
            strict=True,
        ):
            word = _LEMMAS.get((lower, lemma_id))
            if word is None:
                word = lemma(tokens[by_pair[start]])
            at = by_pair[start:end]
            for position in at:
                lemma_at[position] = word
            if word in found:
                found[word] += at
                merged.add(word)  # two pairs of one lemma ("held", "holds"): in order again
            else:
                found[word] = at
        for word in merged:
            found[word].sort()
        self._lemma_positions = found
        self._lemma_at = lemma_at

    @contextmanager
    def reading_lemmas(self) -> Iterator[None]:
        """While the ``with`` block runs, :func:`lemma` reads this document's tokens'
        lemmas from the list made once, by position."""
        previous = _LEMMAS_READ.get()
        _LEMMAS_READ.set((self.doc, self._lemma_at, self._children))
        try:
            yield
        finally:
            _LEMMAS_READ.set(previous)

    def token_keys_of(self, core_class: str) -> dict[int, str]:
        """Token position → entity key, for the mentions of one class (made once per class:
        several rules ask it). Shared: do not change it."""
        found = self._token_keys_of.get(core_class)
        if found is None:
            found = {i: k for i, k in self.token_key.items() if self.core(k) == core_class}
            self._token_keys_of[core_class] = found
        return found

    def with_lemma(self, words: Iterable[str]) -> list[Token]:
        """The tokens whose lemma (:func:`lemma`) is one of ``words``, in document order."""
        positions = self._lemma_positions
        found = sorted(i for word in set(words) for i in positions.get(word, ()))
        return [self.tokens[i] for i in found]

    def with_lower(self, words: Iterable[str]) -> list[Token]:
        """The tokens whose lower form (``token.lower_``) is one of ``words``, in document
        order: read from the doc's arrays of lower forms, made once per doc (a rule that
        asks ``lower_`` of every token makes a string of each)."""
        positions = self._lower_positions
        if positions is None:
            # where each lower form occurs, read once per doc (rules ask a few words each,
            # and each scan read every token's form)
            positions = self._lower_positions = {}
            for position, word in enumerate(doc_arrays(self.doc).lowers):
                if word in positions:
                    positions[word].append(position)
                else:
                    positions[word] = [position]
        # a token has one lower form: no position comes twice
        found = sorted(i for word in set(words) for i in positions.get(word, ()))
        tokens = self.tokens
        return [tokens[i] for i in found]

    def lowers(self, start: int, end: int) -> list[str]:
        """``[t.lower_ for t in tokens[start:end]]``, sliced from the doc's arrays of lower
        forms (made once per doc): each ``lower_`` makes its string again, and a gap
        between two mentions may span paragraphs."""
        return doc_arrays(self.doc).lowers[start:end]

    def tokens_of(self, span: Span) -> list[Token]:
        """A sentence's (or any span's) tokens, from the list made once (iterating the span
        makes every Token object again)."""
        return self.tokens[span.start : span.end]

    def children(self, token: Token) -> list[Token]:
        """``token.children`` (in order), as the Token objects of ``tokens``: spaCy makes
        each child afresh on every access. The list is shared: do not change it."""
        return self._children[token.i]

    def head(self, token: Token) -> Token:
        """``token.head``, as the Token object of ``tokens``."""
        return self._head_of[token.i]

    def clause_verb(self, token: Token) -> Token:
        """``token``, or the nearest verb above it (the sentence's root where there is
        none): the clause a word stands in. Walked on the held Token objects, whose root
        is its own head as the same object (spaCy makes a new one for each ``.head``, so a
        walk asking ``token.head is token`` never stops at a root that is no verb)."""
        while token.pos_ not in ("VERB", "AUX"):
            head = self._head_of[token.i]
            if head is token:
                break
            token = head
        return token

    # ----------------------------------------------------------- entities
    @property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents``, made once: each access builds every span again."""
        if self._ents is None:
            self._ents = held_ents(self.doc)
        return self._ents

    def core(self, key: str | None) -> str | None:
        if key is None:
            return None
        found = self._cores.get(key)
        return found if found is not None else key.split("/", 1)[0]

    def head_word(self, key: str) -> str:
        """The kind an entity's name ends in: "summit", "forum", "meeting", "expo"."""
        return self.resolved.entities[key].label.split()[-1].strip("'’").lower()

    def is_a_fair(self, key: str) -> bool:
        """Is the event an expo, fair, show or exhibition (by its name's head word)?"""
        return self.head_word(key) in EXPO_FAMILY

    def span_of(self, key: str, token_i: int) -> Span | None:
        """The mention of ``key`` that covers token ``token_i``."""
        return self._span_at.get((key, token_i))

    def mentions_of(self, core_class: str) -> Iterator[tuple[Span, str]]:
        if self._mentions_by_class is None:  # sorted by class once, for every rule that asks
            self._mentions_by_class = {}
            for span, key in self.mention_spans:
                self._mentions_by_class.setdefault(self.core(key), []).append((span, key))
        return iter(self._mentions_by_class.get(core_class, ()))

    def spans_named(self, key: str) -> list[Span]:
        """The mentions of ``key``, in order (grouped once: a rule asking for each entity
        in turn would otherwise read every mention of the document each time)."""
        if self._spans_by_key is None:
            self._spans_by_key = {}
            for span, named in self.mention_spans:
                self._spans_by_key.setdefault(named, []).append(span)
        return self._spans_by_key.get(key, [])

    def first_mentions(self) -> dict[str, Span]:
        """Each entity's first mention (read once: the event in scope asks per token)."""
        if self._first_mentions is None:
            first: dict[str, Span] = {}
            for span, key in self.mention_spans:
                first.setdefault(key, span)
            self._first_mentions = first
        return self._first_mentions

    def nearest_before(
        self, token: Token, core_class: str, accept: Callable[[str], bool] = lambda k: True
    ) -> str | None:
        """The key of the nearest ``core_class`` mention ending before ``token``."""
        ends, items = self._by_class.get(core_class, ([], []))
        for position in range(bisect_right(ends, token.i) - 1, -1, -1):
            if accept(items[position][1]):
                return items[position][1]
        return None

    def entity(self, token: Token) -> str | None:
        """The entity a token names: its mention, a pronoun's or a definite description's."""
        key = self.token_key.get(token.i)
        if key is not None and not (self.core(key) == "Place" and token.pos_ == "PROPN"):
            return key
        if key is not None:
            # "Wen will also attend ...": a person's name cut to one word the NER took for
            # a place (GeoNames knows a "Wen"), after the person was named in full
            person = self._short_name_of(token)
            return person if person is not None else key
        if token.i not in self._entities:
            self._entities[token.i] = self._entity(token)
        return self._entities[token.i]

    def _short_name_of(self, token: Token) -> str | None:
        """The person named in full before whose first or last word a lone capitalised
        word is ("Wen" after "Premier Wen Jiabao", "Scholz" after "Olaf Scholz"), if only
        one such person was; not a word inside a longer name."""
        if not token.is_title or any(
            t.pos_ == "PROPN"
            for t in (self.tokens[token.i - 1 : token.i] + self.tokens[token.i + 1 : token.i + 2])
        ):
            return None
        span = self.span_of(self.token_key[token.i], token.i) if token.i in self.token_key else None
        if span is not None and len(span) > 1:
            return None
        if self._short_names is None:
            self._short_names = {}
            for mention, key in self.mention_spans:
                if self.core(key) != "Person":
                    continue
                words = self.resolved.entities[key].label.split()
                if len(words) < 2:
                    continue
                for word in {words[0], words[-1]}:
                    first = self._short_names.setdefault(word, (mention.start, key))
                    if first[1] != key:
                        self._short_names[word] = (min(first[0], mention.start), None)
        found = self._short_names.get(token.text)
        if found is None or found[1] is None or found[0] >= token.i:
            return None
        return found[1]

    def _entity(self, token: Token) -> str | None:
        lowered = token.lower_
        if token.pos_ == "PROPN":
            person = self._short_name_of(token)
            if person is not None:
                return person
        if lowered in PERSON_PRONOUNS:
            return self._office_subject_before(token) or self.nearest_before(token, "Person")
        if lowered in self.lex["anaphoric_office_nouns"]:
            return self._office_holder_before(token)
        has_the = any(
            c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in self.children(token)
        )
        if lowered in self.lex["definite_org_nouns"] and has_the:
            return self.described_body(token)
        if lowered in SPEAKER_BODY_PRONOUNS:
            return self.speaker_body(token)
        if lemma(token) in self.lex["look_through_nouns"]:
            # "in the city of Nanning", "at Hall 5 of the convention centre"
            for prep, target in self.prepositions_of_noun(token):
                key = self.token_key.get(target.i) if prep == "of" else None
                if key is not None and self.core(key) == "Place":
                    return key
            # "opened in Lang Son city", "in Hainan province": the name on the noun
            names = [
                key
                for c in self.children(token)
                if c.dep_ == "compound"
                and c.i < token.i
                and self.core(key := self.token_key.get(c.i)) == "Place"
            ]
            if len(set(names)) == 1:
                return names[0]
        return None

    def _office_subject_before(self, pronoun: Token) -> str | None:
        """ "... Christine Lagarde. In the afternoon, the State Counsellor took part in the
        roundtable, where she spoke": a pronoun after a definite office that is its
        sentence's subject stands for that office's holder, not the last person named."""
        sentence = self.sentence(pronoun)
        ends, _ = self._by_class.get("Person", ([], []))
        last = bisect_right(ends, pronoun.i) - 1
        named_at = ends[last] if last >= 0 else -1  # (no one named between them)
        for token in self.tokens[max(sentence.start, named_at) : pronoun.i]:
            if token.dep_ in SUBJECT_DEPS and token.lower_ in self.lex["anaphoric_office_nouns"]:
                holder = self._office_holder_before(token)
                if holder is not None:
                    return holder
        return None

    def _office_holder_before(self, token: Token) -> str | None:
        """ "The deputy minister attended the forum", "who accompanied the President": a
        definite office standing alone for the person last named with that title ("Deputy
        Minister for Commerce U Pwint San", "President Joko Widodo", "X, the trade
        minister,"); its other words must be in that title too. Not a description ("the
        minister of trade", "the bloc's president") nor an office no one named holds."""
        if token.pos_ not in ("NOUN", "PROPN") or token.i in self.token_key:
            return None
        words = {token.lower_}
        has_the = False
        # "the Vice-President": a hyphenated office the tokenizer split, whose parts the
        # parser may hang anywhere; its first part holds the article
        parts = [token]
        while (
            (at := parts[0].i) >= 2
            and self.tokens[at - 1].text == "-"
            and not self.tokens[at - 1].whitespace_
            and not self.tokens[at - 2].whitespace_
            and self.tokens[at - 2].is_alpha
        ):
            parts.insert(0, self.tokens[at - 2])
            words.add(parts[0].lower_)
        inside = {t.i for t in parts} | {t.i + 1 for t in parts[:-1]}
        for child in (c for part in parts for c in self.children(part) if c.i not in inside):
            if child.dep_ == "det" and child.lower_ == "the":
                has_the = True
            elif child.dep_ in ("amod", "compound") and child.i < token.i and child.is_alpha:
                words.add(child.lower_)
            elif child.dep_ != "punct":
                return None  # "the minister of trade", "the bloc's president", "a minister"
        if not has_the:
            return None
        if self._titles is None:
            self._titles = self._read_titles()
        ends, items = self._by_class.get("Person", ([], []))
        lesser = self.lex["lesser_rank_words"] - words
        for position in range(bisect_right(ends, token.i) - 1, -1, -1):
            key = items[position][1]
            title = self._titles.get(key, set())
            # "the President" is not the Vice-President, "the Prime Minister" not the
            # Deputy Prime Minister named after him
            if words <= title and not title & lesser:
                return key
        return None

    def title_words(self, key: str) -> set[str]:
        """A person's title words as printed before or beside a mention, lower case."""
        if self._titles is None:
            self._titles = self._read_titles()
        return self._titles.get(key, set())

    def _read_titles(self) -> dict[str, set[str]]:
        """Each person's title words, as printed before a mention ("Deputy Minister for
        Commerce U Pwint San", "Indonesia's President Joko Widodo") or in apposition after
        it ("Lim Jock Hoi, ASEAN's secretary-general,"), lower case."""
        titles: dict[str, set[str]] = {}
        for span, key in self.mention_spans:
            if self.core(key) != "Person":
                continue
            words = titles.setdefault(key, set())
            at = span.start - 1
            while at >= 0 and span.start - at <= 12:
                if at in self.token_key and self.core(self.token_key[at]) != "Place":
                    break  # a place inside a title: "President of ... Myanmar U Thein Sein"
                word = self.tokens[at]
                # "President of the Republic of the Union of Myanmar U Thein Sein"
                of_the = word.lower_ == "the" and at > 0 and self.tokens[at - 1].lower_ == "of"
                if not (word.is_title or word.lower_ in ("for", "of", "and", "-") or of_the):
                    break
                if word.lower_ == "and" and self._nationality_opens(at + 1):
                    break  # "the State Counsellor and Chinese Premier Li": two people
                words.update([*word.lower_.split("-"), word.lower_])
                at -= 1
            if span.end < len(self.tokens) and self.tokens[span.end].text == ",":
                for word in self.tokens[span.end + 1 : span.end + 9]:
                    if word.is_punct or word.pos_ in ("VERB", "AUX") or word.i in self.token_key:
                        break
                    words.update([*word.lower_.split("-"), word.lower_])
        return titles

    def _nationality_opens(self, at: int) -> bool:
        """Does a nationality open the title at ``at`` ("Chinese Premier Li", "Myanmar's
        Foreign Minister X")? After "and" it opens another person's title: "the State
        Counsellor and Chinese Premier Li Keqiang" are two people, where "State Councilor
        and Foreign Minister Wang Yi" is one."""
        if at >= len(self.tokens):
            return False
        word = self.tokens[at]
        if word.ent_type_ == "NORP":
            return True
        after = self.tokens[at + 1] if at + 1 < len(self.tokens) else None
        return (
            self.core(self.token_key.get(at)) == "Place"
            and after is not None
            and after.tag_ == "POS"
        )

    def described_body(self, noun: Token) -> str | None:
        """The body a definite description stands for: "Doi Chaang Hills showed its blends.
        The company also unveiled X", "Thailand's Ministry of Commerce led 60 firms to the
        expo. The ministry also launched Y". Looking back sentence by sentence through its
        paragraph and the one before, the first sentence naming a body the noun fits gives
        it, if it names only one ("A and B signed a deal. The company ..." is neither); a
        collective ("the group of exhibitors") is no description."""
        lowered = noun.lower_
        if any(
            pobj.tag_ in ("NNS", "NNPS")
            for prep, pobj in self.prepositions_of_noun(noun)
            if prep == "of"
        ):
            return None
        if lowered in self.lex["firm_description_nouns"]:
            possessive = any(c.dep_ == "case" for c in self.children(noun)) or (
                noun.i + 1 < len(self.tokens) and self.tokens[noun.i + 1].tag_ == "POS"
            )
            # "A signed a deal with B, the company's chairman said": the clause's subject
            subject = self._subject_firm_before(noun) if possessive else None
            if subject is not None:
                return subject
        # a firm's noun fits many bodies: only the paragraph and the one before; a body's
        # own word ("the centre" of the "ASEAN-China Centre") may look further back
        reach = 2 if lowered in self.lex["firm_description_nouns"] else len(self.sentences)
        at = self.sentence_position(noun)
        paragraphs = 0
        while at >= 0 and paragraphs < reach:
            sentence = self.sentences[at]
            fitting = [
                (span, key)
                for span, key in self.mentions_in(sentence)
                if span.end <= noun.i and self._fits_description(key, lowered)
            ]
            if fitting:
                return self._one_body_of(fitting)
            paragraphs += self.opens_paragraph(sentence)
            at -= 1
        return None

    def _one_body_of(self, fitting: list[tuple[Span, str]]) -> str | None:
        """The one body of a sentence a description can stand for: the only one it names,
        or the subject of its last clause ("A reported orders, and B signed a contract. The
        company ..." is B); none where that subject is one of two ("A and B signed")."""
        if len({key for _, key in fitting}) == 1:
            return fitting[0][1]
        subjects = [
            (head, key)
            for span, key in fitting
            if (head := self.head_mention_token(span)).dep_ in ("nsubj", "nsubjpass")
        ]
        if not subjects:
            return None
        head, key = max(subjects, key=lambda item: self.head(item[0]).i)
        mentioned = {self.head_mention_token(span).i for span, _ in fitting}
        if any(c.dep_ == "conj" and c.i in mentioned for c in self.children(head)):
            return None
        return key

    def _fits_description(self, key: str, noun: str) -> bool:
        """Can "the ``noun``" stand for the body ``key``? "The ministry" only for a body
        whose name has the word; "the company" (`firm_description_nouns`) for any body
        but one named as an institution ("Ministry of Commerce", "ASEAN-China Centre")."""
        if self.core(key) != "Organisation":
            return False
        words = set(self.resolved.entities[key].label.lower().replace("-", " ").split())
        if noun not in self.lex["firm_description_nouns"]:
            return noun in words
        return not words & self._institution_nouns

    @cached_property
    def _institution_nouns(self) -> frozenset[str]:
        """The description nouns that name an institution, not a firm ("ministry",
        "centre"), made once per document rather than per candidate body; a firm's name
        may end in some of them too (``firm_named_institution_nouns``: "bank")."""
        lex = self.lex
        return (
            lex["definite_org_nouns"]
            - lex["firm_description_nouns"]
            - lex["firm_named_institution_nouns"]
        )

    def speaker_body(self, pronoun: Token) -> str | None:
        """ ""We also launched X last year," said Tan, chief executive of Kuantan Port
        Holdings": "we" or "our" inside a quote stands for the body its speaker is
        described as working for, where one is."""
        quote = self._quote_around(pronoun)
        if quote is None:
            return None
        speaker = self._quoted_speaker(*quote)
        return self._body_of_person(speaker, pronoun.i) if speaker is not None else None

    def _quote_around(self, token: Token) -> tuple[int, int] | None:
        """The token positions of the quotation marks around ``token`` in its paragraph."""
        at = self.sentence_position(token)
        while at > 0 and not self.opens_paragraph(self.sentences[at]):
            at -= 1
        opening: int | None = None
        for word in self.tokens[self.sentences[at].start : token.i]:
            if word.text in ("\u201c", '"') and opening is None:
                opening = word.i
            elif word.text in ("\u201d", '"'):
                opening = None
        if opening is None:
            return None
        for word in self.tokens[token.i + 1 :]:
            if word.text in ("\u201d", '"'):
                return opening, word.i
            if "\n" in word.text:
                break
        return None

    def _quoted_speaker(self, opening: int, closing: int) -> str | None:
        """Who says a quote: the subject of the quoting verb just after it (", said X",
        ", X said") or just before it ("X said: ...")."""
        after = self.tokens[closing + 1 : closing + 5]
        before = self.tokens[max(opening - 4, 0) : opening]
        for word in [*after, *reversed(before)]:
            if word.pos_ == "VERB" and lemma(word) in self.lex["quote_verbs"]:
                for subject in self.subjects(word):
                    key = self.token_key.get(subject.i)
                    if self.core(key) == "Person":
                        return key
                return None
        return None

    def _body_of_person(self, person: str, before: int) -> str | None:
        """The body a person is described as working for in apposition to a mention before
        ``before`` ("Lim Wei Ming, chief executive of Straits Digital Port, said"), the
        nearest such mention first; only one body named there."""
        for span in reversed(self.spans_named(person)):
            if span.start >= before or span.end >= len(self.tokens):
                continue
            if self.tokens[span.end].text != ",":
                continue
            bodies = set()
            for word in self.tokens[span.end + 1 : span.end + 14]:
                if word.text in (",", ":", ";", '"', "\u201c", "\u201d") or word.pos_ in (
                    "VERB",
                    "AUX",
                ):
                    break
                key = self.token_key.get(word.i)
                if self.core(key) == "Organisation":
                    bodies.add(key)
            if len(bodies) == 1:
                return bodies.pop()
        return None

    def _subject_firm_before(self, token: Token) -> str | None:
        """ "A signed a deal with B at the expo, the company's chairman said": "the company"
        is the body the clause before has as its subject (in this sentence, else the one
        before), not the nearest one named."""
        at = self.sentence_position(token)
        before = self.doc[self.sentences[max(at - 1, 0)].start : token.i]
        for span, key in reversed(self.mentions_in(before)):
            if span.end > token.i or self.core(key) != "Organisation":
                continue
            head = self.head_mention_token(span)
            if head.dep_ in ("nsubj", "nsubjpass") and self.head(head).pos_ in ("VERB", "AUX"):
                return key
        return None

    def event(self, token: Token) -> str | None:
        """The event a token refers to, looking through "the opening of", "the sidelines of"."""
        if token.i not in self._events:
            self._events[token.i] = self._event(token)
        return self._events[token.i]

    def _event(self, token: Token) -> str | None:
        key = self.entity(token)
        if key is not None and self.core(key) == "Event":
            series = self.described_time_mark(token, key)
            if series is not None:
                return series  # "since the first edition in 1998 ... use the show"
            if (
                token.is_lower
                and lemma(token) in self.lex["implicit_event_nouns"]
                and self.names_another_occasion(token)
                and key == self.event_in_scope(token)
            ):
                return None  # "at last year's expo", "the 2010 expo": not this edition
            return key
        if lemma(token) == "day" and any(
            c.dep_ in ("amod", "det", "nummod") and c.lower_ != "the" for c in self.children(token)
        ):
            # "On the first day of the 15th CAEXPO", "on the final day of the fair", "on day
            # two of the expo": a day of the event (the parser may hang "of" on "two")
            numbers = [c for c in self.children(token) if c.dep_ == "nummod" and c.i > token.i]
            for noun in [token, *numbers]:
                for prep, target in self.prepositions_of_noun(noun):
                    found = self.event(target) if prep == "of" else None
                    if found:
                        return found
        if lemma(token) in self.lex["occasion_nouns"] or token.lower_ in ("opening", "ceremony"):
            # "took part in the EAS session", "at the CAEXPO opening ceremony": the event
            # named before the occasion's noun
            for child in self.children(token):
                if child.dep_ in ("compound", "nmod") and child.i < token.i:
                    named = self.entity(child)
                    if self.core(named) == "Event" and not child.is_lower:
                        return named
            for child in self.children(token):
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in self.children(child):
                        if pobj.dep_ == "pobj":
                            found = self.event(pobj)
                            if found:
                                return found
                # "At the ceremony opening the 2019 Cultural Week", "a ceremony marking
                # the 20th CAEXPO": the event the occasion's participle acts on
                if child.dep_ == "acl" and lemma(child) in self.lex["occasion_verbs"]:
                    for obj in self.children(child):
                        found = self.event(obj) if obj.dep_ == "dobj" else None
                        if found:
                            return found
            if token.lower_ in ("opening", "ceremony", "closing") or any(
                c.lower_ in ("opening", "closing") for c in token.lefts
            ):  # "the closing session": of the event the article is about
                recalled = self.recalled_edition(token) or self.side_event(token)
                if recalled is not None:
                    # "The first fair, in 2017, ... cut the ribbon at the opening", "The X
                    # Roundtable met in Nanning ... Y addressed the opening"
                    return recalled
                current = self.current_event(token)
                if current is None or current in self.resolved.editions:
                    return current
                # a series named so far is not an occasion: "Speaking at the opening" of
                # the Indonesia Exposition that "CAEXPO held" in the lead
                return self.event_in_scope(token) or current
        # "attended the meeting", "at the fair": an unnamed reference to the event in scope
        if self._implicit_at is None:
            self._implicit_at = {t.i: key for t, key in self.implicit_events()}
        return self._implicit_at.get(token.i)

    def _numbered_as(self, noun: Token, key: str) -> bool:
        """Does an ordinal before ``noun`` give the number of the edition ``key``? "At the
        6th forum" opening a sentence, taken for the 6th forum, sets the scene there."""
        entity = self.resolved.entities.get(key)
        number = entity.edition_number if entity is not None else None
        return number is not None and any(
            ordinal_value(t.text) == number for t in self.tokens[noun.left_edge.i : noun.i]
        )

    def current_event(self, token: Token) -> str | None:
        """The edition (or expo) the article is about, as of ``token``."""
        position = bisect_right(self._ends, token.i) - 1
        if position < 0:
            return None
        return self._current[position] or self._last_expo[position]

    def main_edition(self) -> str | None:
        """The edition the whole article is about (most mentioned, earliest on a tie; one the
        lead names is not overtaken by an earlier edition of its series the body recalls)."""
        return self._current[-1] if self._current else None

    def main_event(self) -> str | None:
        """The event the article is about: its main edition, else the first one-off event
        (not a series) its lead names ("The Pan-Beibu Gulf Forum opened on Monday")."""
        if self._main_event is None:
            main = self.main_edition()
            if main is None:
                main = self.lead_one_off()
            if main is None:
                main = self._series_of_time_marks()
            self._main_event = (main,)
        return self._main_event[0]

    def _series_of_time_marks(self) -> str | None:
        """The one series the lead names whose editions the text names only as marks in time
        ("Cambodia will take 18 firms to the China International Travel Mart ... the ninth
        time Kunming has hosted it since the first edition in 1998"): this year's outing of
        that series, which the text never numbers, is what the article is about."""
        series = {self.resolved.editions.get(k) for k in self.time_marks} - {None}
        if len(series) != 1 or not self.sentences:
            return None
        (named,) = series
        lead_end = self.lead_end()
        if any(k == named and s.start < lead_end for s, k in self.mention_spans):
            return named
        return None

    def lead_end(self) -> int:
        """Where the lead ends: after its first :data:`LEAD_SENTENCES` sentences (the
        headline is one), a byline or a line of page furniture ("By X in Chongqing |
        China Daily | Updated: ...") not counted."""
        if self._lead_end is None:
            end, counted = 0, 0
            for sentence in self.sentences:
                end = sentence.end
                text = self.text[sentence.start_char : sentence.end_char].strip()
                if "|" in text or (_BYLINE_START.match(text) and len(sentence) <= 20):
                    continue
                if counted and _page_furniture(sentence):
                    continue  # "The Star", "Sept 18, 2023", "NANNING:" under the headline
                counted += 1
                if counted == LEAD_SENTENCES:
                    break
            self._lead_end = end
        return self._lead_end

    def lead_one_off(self) -> str | None:
        """The first event the lead names that is no series (a one-off or an edition)."""
        if not self.sentences:
            return None
        lead_end = self.lead_end()
        series = set(self.resolved.editions.values())
        return next(
            (
                k
                for s, k in self.mention_spans
                if s.start < lead_end
                and self.core(k) == "Event"
                and k not in series
                and k not in self.time_marks
                and getattr(self.resolved.entities.get(k), "finer_class", None) != "EventSeries"
            ),
            None,
        )

    def lead_event(self) -> str | None:
        """The event the lead reports as happening: the first named in the headline or lead
        that is the subject of an opening verb ("The China-ASEAN Expo Indonesia 2019 kicked
        off in Jakarta on Thursday"), not a series."""
        if self._lead_event is None:
            lead_end = self.lead_end()
            series = set(self.resolved.editions.values())
            found = None
            for span, key in self.mention_spans:
                if span.start >= lead_end:
                    break
                if self.core(key) != "Event" or key in series:
                    continue
                if getattr(self.resolved.entities.get(key), "finer_class", None) == "EventSeries":
                    continue
                verbs = self.verbs_of(self.head_mention_token(span))
                # "The X kicked off in Jakarta", or "CAEXPO held its Indonesia Exposition
                # at the Jakarta Convention Center": held by a body, it happens too, and so
                # does one a guest opens ("Premier Wen opened the eighth expo")
                if any(
                    (role == "subject" and lemma(v) in self.lex["opening_verbs"])
                    # "More than 100 officials met here Friday at the X Roundtable, one of
                    # the activities of the 12th expo": where the lead's people meet
                    or (
                        role == "at"
                        and v.pos_ == "VERB"
                        and lemma(v) in self.lex["lead_meeting_verbs"]
                        and v.dep_ not in ("relcl", "acl", "advcl")
                        and any(c.dep_ in SUBJECT_DEPS for c in self.children(v))
                    )
                    or (
                        role == "object"
                        and v.dep_ != "relcl"  # "the summit, which Vietnam hosted": background
                        and (
                            lemma(v) in self.lex["organising_verbs"]
                            or lemma(v) in self.lex["opening_verbs"]
                        )
                        and any(c.dep_ in SUBJECT_DEPS for c in self.children(v))
                    )
                    for v, role in verbs
                ):
                    if found is None:
                        found = key
                        if key in self.resolved.editions:
                            break
                    elif key in self.resolved.editions and any(
                        k == found for _, k in self.mentions_in(self.sentence(span[0]))
                    ):
                        # "Canton Fair closes ...\nThe 133rd China Import and Export Fair,
                        # better known as the Canton Fair, ended": the headline's name is
                        # the edition's nickname; the edition is the one happening
                        found = key
                        break
            self._lead_event = (found,)
        return self._lead_event[0]

    def event_in_scope(self, token: Token) -> str | None:
        """The event a sentence with none of its own is set at: the event the lead reports
        as happening, else the edition the article is about so far, else the article's main
        event; in a paragraph that turned to another edition, that edition
        (:meth:`recalled_edition`), or to an event of its own (:meth:`side_event`)."""
        recalled = self.recalled_edition(token)
        if recalled is not None:
            return recalled
        return self.side_event(token) or self.scope_past_side(token)

    def scope_past_side(self, token: Token) -> str | None:
        """The event in scope, as if ``token``'s paragraph had not turned to a side event:
        "the expo" in a paragraph about a roundtable held at it is still the expo."""
        lead = self.lead_event()
        if lead is not None:
            return lead
        current = self.current_event(token)
        if current is not None and current in self.resolved.editions:
            return current
        main = self.main_event()
        if current is None and main is not None and not self.named_so_far(main, token):
            # "Leaders met here for a commemorative summit ... The China-ASEAN
            # Commemorative Summit is ...", an edition named only at the end ("The third
            # expo will open on Tuesday"): the event the lead names, not the one ahead
            lead = self.lead_one_off()
            if lead is not None and lead != main and self.named_so_far(lead, token):
                return lead
        return main

    def fair_in_scope(self, token: Token) -> str | None:
        """Where goods are shown or sold in a sentence that names no event: the event in
        scope if it is a fair, else the one fair edition the lead names beside it ("The 19th
        China-ASEAN Business and Investment Summit opened alongside the 19th China-ASEAN
        Expo. ... Bolaven Highland Beans sold out its first shipment": at the expo, not at
        the summit)."""
        scope = self.event_in_scope(token)
        # (a fair by its name's head, past a year or a place: "Trade Fair 2019")
        if scope is None or self._of_its_kind("fair", scope) or self.recalled_edition(token):
            return scope
        lead_end = self.lead_end()
        fairs = {
            key
            for span, key in self.mention_spans
            if span.start < lead_end
            and key in self.resolved.editions
            and self._of_its_kind("fair", key)
        }
        return fairs.pop() if len(fairs) == 1 else scope

    def named_so_far(self, event: str, token: Token) -> bool:
        """Is ``event`` named in the lead or by the end of ``token``'s sentence? An edition
        named only later ("Earlier this month, the first expo was held ..." closing a
        summit report) is no setting for a sentence that names no event."""
        first = self.first_mentions().get(event)
        if first is None or first.start < self.sentence(token).end:
            return True
        lead_end = self.lead_end()
        return first.start < lead_end

    def implicit_events(self) -> list[tuple[Token, str]]:
        """Unnamed references to the event in scope, with its key: "the expo", "this
        year's fair", "the forum" (for a Forum), "the event".

        The noun must be singular and definite, not another edition ("next year's expo",
        "the previous fair", "the fifth meeting", "last year's"), and of the in-scope
        event's kind: an expo, fair, show or exhibition for an expo, the event's own head
        word otherwise ("the forum" is not the Expo)."""
        if self._implicit is None:
            self._implicit = []
            nouns = self.lex["implicit_event_nouns"]
            own_kind = self.lex["own_kind_nouns"] - nouns
            gathering = self.lex["gathering_nouns"] - nouns
            for token in self.with_lemma(nouns | own_kind | gathering):
                word = lemma(token)
                if token.i in self.token_key or not _a_singular_noun(token):
                    continue
                if word in own_kind and not any(t.lower_ == "the" for t in token.lefts):
                    continue  # "this week" is the calendar's, not the Education Week
                if word in gathering and not self._counted_gathering(token):
                    continue
                described = self.described_event(token)
                if described is not None:
                    self._implicit.append((token, described))
                    continue
                if self.names_another_occasion(token):
                    continue
                if not any(t.lower_ in ("the", "this") or t.dep_ == "poss" for t in token.lefts):
                    continue
                event = self.event_in_scope(token)
                if event is not None and not self._of_its_kind(word, event, token):
                    # "the expo" in a paragraph turned to a roundtable held at it
                    event = self.scope_past_side(token) if self.side_event(token) else event
                if event is not None and not self.named_so_far(event, token):
                    event = None
                told = self._told_just_before(word, token, event)
                if told is not None:
                    self._implicit.append((token, told))
                elif event is not None and self._of_its_kind(word, event, token):
                    self._implicit.append((token, event))
                elif (
                    word in _MEETING_FAMILY
                    or word in self.lex["talk_event_heads"]
                    or word in own_kind
                ):
                    # "Wen Jiabao will host the meeting" in a preview of a summit held
                    # beside an expo: the last meeting or summit named before it; so for
                    # "joined the symposium" after "the 2nd Symposium on X took place", and
                    # "The session was hosted by A" after "joined the X Session, a side
                    # event of the expo" (an event of its own kind, not the expo in scope)
                    other = self._last_of_kind(word, token)
                    if other is not None:
                        self._implicit.append((token, other))
            self._implicit += self._event_pronouns()
        return self._implicit

    def _counted_gathering(self, token: Token) -> bool:
        """Is "gathering" at ``token`` the event in scope told by its length or its year
        ("the four-day gathering", "this year's gathering")? A bare "the gathering" may be
        a reception or a crowd inside the event, and "the largest gathering" ranks it."""
        if any(t.tag_ in ("JJS", "RBS") for t in token.lefts):
            return False
        for child in token.lefts:
            if child.dep_ == "poss" and any(t.lower_ == "year" for t in child.subtree):
                return True  # "this year's gathering"
            if child.dep_ in ("amod", "compound", "nmod") and (
                _DAYS_LONG.match(child.lower_)
                or (
                    child.lower_ in ("day", "week")
                    and any(c.dep_ == "nummod" for c in child.children)
                )
            ):
                return True  # "the four-day gathering" (parsed "four - day" or whole)
            if child.dep_ == "amod" and (
                child.lower_ in _LENGTH_WORDS
                or (child.lower_ == "long" and any(c.lower_ in _LENGTH_UNITS for c in child.lefts))
            ):
                return True  # "the week-long gathering" (parsed "week - long"), "weeklong"
        return False

    def _of_its_kind(self, word: str, event: str, token: Token | None = None) -> bool:
        """Is ``word`` ("expo", "the summit") a noun for ``event``'s kind: the head word of its
        name, past a year ("Trade Fair 2019") and a place after it ("China-ASEAN Expo
        Indonesia 2019"), or "event"? "The meeting" (at ``token``) is also a forum's or a
        conference's, unless an unnamed meeting was told of just before ("hosted the first
        meeting of ministers. X chaired the meeting")."""
        nouns = self.lex["implicit_event_nouns"]
        label = self.resolved.entities[event].label
        words = [w.lower() for w in label.split() if w.isalpha()]
        heads = [w for w in words if w in nouns or w in EXPO_FAMILY]
        if not heads:
            # "Dialogue on Joint Building of the ... Corridor", "Symposium of X": the head
            # is the noun before the name's first preposition
            words = [w.lower() for w in _NAME_PREPOSITION.split(label, 1)[0].split() if w.isalpha()]
        head = heads[-1] if heads else (words[-1] if words else "")
        return (
            word in (head, "event")
            or word in self.lex["gathering_nouns"]
            or (word in EXPO_FAMILY and head in EXPO_FAMILY)
            # "the Thailand Coffee Fest ... the fair", "the Halal Showcase ... the show": a
            # festival or showcase of goods is talked of as a fair
            or (word in EXPO_FAMILY and head in _FAIR_LIKE_HEADS)
            or (word in _MEETING_FAMILY and head in _MEETING_FAMILY)
            # "the meeting" for a forum, a conference, a seminar ... (an event held for its
            # speakers, ``talk_event_heads``): the generic noun for a gathering
            or (
                word == "meeting"
                and head in self.lex["talk_event_heads"]
                and token is not None
                and not self._unnamed_meeting_before(token)
            )
        )

    def _told_just_before(self, word: str, token: Token, scope: str | None) -> str | None:
        """ "... were joined by Wen Jiabao for the 11th ASEAN Plus Three Summit. The meeting
        adopted ...": "the meeting" or "the summit" opening a sentence, as its subject, is
        the one meeting of its kind the sentence just before named (an edition or a one-off,
        not a series), when that sentence does not name the event in scope."""
        if word not in _MEETING_FAMILY or token.dep_ not in SUBJECT_DEPS:
            return None
        at = self.sentence_position(token)
        sentence = self.sentences[at]
        if at == 0 or any(not t.is_punct for t in self.tokens[sentence.start : token.i - 1]):
            return None
        series = set(self.resolved.editions.values())
        named = {
            key
            for _, key in self.mentions_in(self.sentences[at - 1])
            if self.core(key) == "Event"
            and key not in series
            and getattr(self.resolved.entities.get(key), "finer_class", None) != "EventSeries"
        }
        if scope in named:
            return None
        kind = [key for key in named if self._of_its_kind(word, key)]
        return kind[0] if len(kind) == 1 and kind[0] != scope else None

    def _unnamed_meeting_before(self, token: Token) -> bool:
        """Is a meeting no name covers told of in the sentence of ``token`` or the two
        before it, ahead of ``token``?"""
        at = self.sentence_position(token)
        start = self.sentences[max(at - 2, 0)].start
        return any(
            lemma(t) == "meeting" and t.i not in self.token_key
            for t in self.tokens[start : token.i]
        )

    def _last_of_kind(self, word: str, token: Token) -> str | None:
        """The last event of ``word``'s kind named before ``token`` (a one-off or an edition,
        not a series), in the lead or the few sentences before it (a summit named in a list
        paragraphs back is no antecedent)."""
        series = set(self.resolved.editions.values())
        lead_end = self.lead_end()
        at = self.sentence_position(token)
        near = self.sentences[max(at - 3, 0)].start
        # mentions by start, back from the token; the stretch between the lead and the
        # sentences just before is skipped in one step (a long text has many "meeting"s)
        before_lead = bisect_left(self._starts, lead_end)
        position = bisect_left(self._starts, token.i) - 1
        while position >= 0:
            span, key = self.mention_spans[position]
            if lead_end <= span.start < near:
                position = before_lead - 1
                continue
            position -= 1
            if self.core(key) != "Event" or key in series:
                continue
            if getattr(self.resolved.entities.get(key), "finer_class", None) == "EventSeries":
                continue
            if self._of_its_kind(word, key):
                return key
        return None

    def described_event(self, noun: Token) -> str | None:
        """ "at Penang Airshow 2024, the biennial aerospace exhibition taking place at
        ...", "the 16th Mekong Trade Fair, a four-day fair organised by ...", "the Forum in
        Kuala Lumpur — a one-day event organised by ...", "joined the X Session in Nanning
        on Sunday, a side event of E", "at the X Forum on Sunday, one of the side events
        held during E": an event noun (or "one" of them) set in apposition (after a comma
        or a dash) right after an event's name, or after the place and the day phrases on
        it, describes that event, whatever its head word (read from the surface: the
        parser often hangs such a phrase on the verb as an object or adverbial); not a
        subject after a fronted phrase."""
        if noun.dep_ in SUBJECT_DEPS:
            return None  # "At the 12th CAEXPO, the summit opened": a clause of its own
        left = noun.left_edge.i
        if left < 2 or self.tokens[left - 1].text not in (",", "—", "–", "--"):
            return None
        determined = any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.lefts)
        if not determined and noun.lower_ != "one":
            return None
        end = self._before_day_phrase(left - 1)
        for _ in range(2):  # the name, or the name and "in PLACE" after it
            ending = []
            position = bisect_left(self._ends, end)
            while position < len(self._ends) and self._ends[position] == end:
                ending.append(self.mention_spans[position])
                position += 1
            event = next((k for _, k in ending if self.core(k) == "Event"), None)
            if event is not None:
                return event
            place = next((s.start for s, k in ending if self.core(k) == "Place"), 0)
            if place == 0 or self.tokens[place - 1].lower_ not in ("in", "at"):
                return None
            end = place - 1
        return None

    def _before_day_phrase(self, end: int) -> int:
        """Where a phrase of the day ending at ``end`` begins ("on Sunday", "on September
        17"): the words the parser tags as a date after "on"; ``end`` itself without one."""
        start = end
        while start > 0 and self.tokens[start - 1].ent_type_ in ("DATE", "TIME"):
            start -= 1
        if start < end and start > 0 and self.tokens[start - 1].lower_ == "on":
            return start - 1
        return end

    def _opening_subject(self, sentence: Span) -> Token:
        """The sentence's first word, or its main clause's subject when only a phrase of
        time or place comes before it ("Since the first expo in 2004 it has been held every
        year in Nanning", "In 2010, it moved to Kunming")."""
        first = self.tokens[sentence.start]  # the held Token, not sentence[0] afresh
        if first.pos_ not in ("ADP", "ADV", "SCONJ"):
            return first
        root = self.tokens[sentence.root.i]
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i <= first.i:
            return first
        fronted = [c for c in root.children if c.i < subject.i]
        if not all(c.dep_ in ("prep", "advmod", "npadvmod", "advcl", "punct") for c in fronted):
            return first
        return subject

    def _event_pronouns(self) -> list[tuple[Token, str]]:
        """ "The forum is one of the events held under the expo. It was co-organised by A
        and B": "it" opening a sentence as its subject stands for the event the sentence
        before has as its subject, named or unnamed."""
        subject_event: dict[int, str] = {}  # the root of a sentence -> its subject's event
        for token, key in self._implicit:
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
                subject_event.setdefault(token.head.i, key)
        # the event named (or referred to) by a sentence's opening noun phrase, by the start
        # of the sentence: "The week, ..." -> the Education Week
        opening: dict[int, str] = {}
        for token, key in self._implicit:
            lead = self.sentence(token).start
            if all(t.pos_ in ("DET", "ADJ") for t in self.tokens[lead : token.i]):
                opening.setdefault(lead, key)
        for span, key in self.mention_spans:
            lead = self.sentence(self.tokens[span.start]).start  # span[0] makes a Token
            if self.core(key) == "Event" and all(
                t.pos_ in ("DET", "ADJ", "NUM") for t in self.tokens[lead : span.start]
            ):
                opening.setdefault(lead, key)
        found = []
        # "How useful is the expo? It is the most practical fair. It is organised by A": an
        # "it" read as an event passes that event on to the "it" of the next sentence
        said_it: dict[int, str] = {}
        implicit_at = {token.i: key for token, key in self._implicit}
        for sentence in self.sentences:
            first = self._opening_subject(sentence)
            if first.lower_ != "it" or first.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if first.head.dep_ != "ROOT" or sentence.start == 0:
                continue
            before = self.tokens[sentence.start - 1].sent
            subject = next(
                (t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None
            )
            key = None
            if subject is not None:
                key = (
                    self.token_key.get(subject.i)
                    or subject_event.get(before.root.i)
                    or said_it.get(subject.i)
                )
            if key is None:
                # "The week, themed "...", kicked off on Monday. It is co-hosted by ...": the
                # parser lost the subject in the quote; the event that opens the sentence
                key = opening.get(before.start)
            if key is None and (subject is None or subject.lower_ not in _ENTITY_PRONOUNS):
                # "Brunei's visit included a matchmaking session. It was co-organised by
                # A and B": a subject that names nothing leaves the event its verb takes
                key = self._object_event(before.root, implicit_at)
            if key is not None and self.core(key) == "Event":
                found.append((first, key))
                said_it[first.i] = key
        # "40 firms will go to the 21st CAEXPO when it opens in Nanning": "it" as the subject
        # of a clause of time on an opening or holding verb stands for the event named last
        # before it in its sentence
        verbs = self.lex["held_verbs"] | self.lex["opening_verbs"]
        for token in self.with_lemma(("it",)):
            clause = token.head
            if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
                continue
            if lemma(clause) not in verbs or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in clause.children
            ):
                continue
            key = self.nearest_before(token, "Event")
            if any(
                k == key and s.start < token.i for s, k in self.mentions_in(self.sentence(token))
            ):
                found.append((token, key))
        return found

    def _object_event(self, root: Token, implicit_at: dict[int, str]) -> str | None:
        """The event a sentence's main verb takes as its direct object, named or unnamed
        (the one a following "it" stands for when the subject names nothing)."""
        for child in root.children:
            if child.dep_ == "dobj":
                key = self.token_key.get(child.i) or implicit_at.get(child.i)
                return key if key is not None and self.core(key) == "Event" else None
        return None

    def last_edition_of(self, series: str, token: Token) -> str | None:
        """The edition of ``series`` named last before ``token`` (positions indexed once, so
        each look-up is a ``bisect``); not one named only as a mark in time ("since the
        first edition in 1998": no edition the story takes part in)."""
        if self._editions_by_series is None:
            self._editions_by_series = {}
            for span, key in self.mention_spans:
                of = self.resolved.editions.get(key)
                if of is not None and key not in self.time_marks:
                    ends, keys = self._editions_by_series.setdefault(of, ([], []))
                    ends.append(span.end)
                    keys.append(key)
        ends, keys = self._editions_by_series.get(series, ([], []))
        position = bisect_right(ends, token.i) - 1
        return keys[position] if position >= 0 else None

    def names_another_occasion(self, noun: Token) -> bool:
        """Do the words before an unnamed event make it another than the one in scope?
        "the previous fair", "the last summit", "next year's expo", "the fifth meeting", "the
        2003 meeting", "similar briefings" (but "this year's" and "last week's" name the one
        in scope)."""
        left = self.tokens[noun.left_edge.i : noun.i]
        if any(
            t.lower_ in _OTHER_EVENT_WORDS or t.ent_type_ == "ORDINAL" or t.shape_ == "dddd"
            for t in left
        ):
            return True
        if any(t.lower_ in ("last", "preceding") and t.head.i == noun.i for t in left):
            return True  # "the last summit was held in Brussels": the one before this one
        return any(t.lower_ == "year" for t in left) and any(t.lower_ == "last" for t in left)

    def keys(self, tokens: Iterable[Token], *, event: bool = False) -> list[str]:
        found = []
        for token in tokens:
            key = self.event(token) if event else self.entity(token)
            if key is not None and key not in found:
                found.append(key)
        return found

    # ----------------------------------------------------------- sentences
    def sentence_position(self, token: Token) -> int:
        """The position in :attr:`sentences` of the sentence of ``token``."""
        return bisect_right(self._sentence_starts, token.i) - 1

    def sentence(self, token: Token) -> Span:
        """``token.sent``, without walking the tokens again."""
        return self.sentences[bisect_right(self._sentence_starts, token.i) - 1]

    def sentence_evidence(self, token: Token) -> Evidence:
        index = bisect_right(self._sentence_starts, token.i) - 1
        evidence = self._evidence.get(index)
        if evidence is None:
            sentence = self.sentences[index]
            start, end = sentence.start_char, sentence.end_char
            # the text's own characters: what ``sentence.text`` joins again from its tokens
            evidence = Evidence(start, end, self.text[start:end].strip())
            self._evidence[index] = evidence
        return evidence

    def mentions_in(self, sentence: Span) -> list[tuple[Span, str]]:
        """The mentions that start inside ``sentence``."""
        # both ends by bisection: slicing from the first to the end of the document's
        # mentions copied the rest of the list on every call (quadratic in its length)
        low = bisect_left(self._starts, sentence.start)
        return self.mention_spans[low : bisect_left(self._starts, sentence.end, low)]

    def scene(self, token: Token) -> str | None:
        """The event a sentence is set at by the paragraph so far: "At the 15th CAEXPO, ..."
        ("During ...", "On the sidelines of ...") opens a scene that lasts to the paragraph's
        end; "There, ..." sets it at the event of the sentence before."""
        if self._scenes is None:
            self._scenes = self._read_scenes()
        if not self.sentences:
            return None
        return self._scenes[bisect_right(self._sentence_starts, token.i) - 1]

    def opens_paragraph(self, sentence: Span) -> bool:
        """Does ``sentence`` start a paragraph (a line break just before it)?"""
        return "\n" in self.text[sentence.start_char - 1 : sentence.start_char] or (
            sentence.start > 0 and "\n" in self.tokens[sentence.start - 1].text
        )

    def recalled_edition(self, token: Token) -> str | None:
        """The other edition ``token``'s paragraph has turned to, if any: "The 7th Mekong
        Trade Fair opened on Monday. ...\nThe first fair, in 2017, drew only 90 exhibitors.
        Lao Brewery was among them, and its chairman cut the ribbon at the opening": a
        sentence whose subject is an edition of the same series as the one the article is
        about, with a lower number, sets what follows it in the paragraph at that edition
        (its own clause says what the edition did, no one's presence at it). So does a
        later edition told as past ("Seven years ago X spoke at the 6th forum. ...\nThe
        10th forum drew 500 participants. China sent Ma Biao"): the story has moved on to
        it; one told ahead ("The 11th forum will be held in Bangkok") sets nothing."""
        if not self.sentences:
            return None
        if self._recalled is None:
            self._recalled = self._read_recalled()
        return self._recalled[bisect_right(self._sentence_starts, token.i) - 1]

    def _read_recalled(self) -> list[str | None]:
        main = self.main_edition()
        entities = self.resolved.entities
        number = _edition_rank(entities.get(main)) if main else None

        def turned_to(sentence: Span) -> str | None:
            if number is None:
                return None
            found = None
            for subject in [*self.children(sentence.root), *self._opening_edition(sentence)]:
                key = (
                    self.token_key.get(subject.i)
                    if subject.dep_ in SUBJECT_DEPS or subject.dep_ == "pobj"
                    else None
                )
                other = _edition_rank(entities.get(key)) if key else None
                if (
                    other is not None
                    and other != number
                    # (a year-named and a numbered label may name one edition: "the 2024 X
                    # Conference ... The conference, the third of its kind")
                    and other[0] == number[0]
                    and (other < number or _told_as_past(sentence.root))
                    and self.resolved.editions.get(key) == self.resolved.editions.get(main)
                ):
                    found = key
            return found

        return self._paragraph_turns(turned_to)

    def told_edition(self, token: Token) -> str | None:
        """The edition ``token``'s paragraph has told as past so far: "The 2020 X Forum was
        held online. Y spoke by video", "The 2022 X Forum drew 180 guests. Y spoke": a
        sentence whose subject is an edition, its main verb told as past, sets the clauses
        after it in its paragraph at that edition, even one of a year before the story's
        (an overview telling its series edition by edition, not background), as
        :meth:`recalled_edition` does for an earlier edition than the article's. One told
        ahead ("will be held") sets nothing."""
        if not self.sentences:
            return None
        if self._told_editions is None:
            editions = self.resolved.editions

            def turned_to(sentence: Span) -> str | None:
                root = sentence.root
                if not _told_as_past(root):
                    return None
                return next(
                    (
                        key
                        for c in self.children(root)
                        if c.dep_ in SUBJECT_DEPS
                        and (key := self.token_key.get(c.i)) is not None
                        and key in editions
                    ),
                    None,
                )

            self._told_editions = self._paragraph_turns(turned_to)
        return self._told_editions[bisect_right(self._sentence_starts, token.i) - 1]

    def _paragraph_turns(self, turned_to: Callable[[Span], str | None]) -> list[str | None]:
        """Per sentence, the event its paragraph had turned to before it: a sentence turns
        it where ``turned_to`` names an event, and a new paragraph starts with none (the one
        walk of :meth:`recalled_edition` and :meth:`side_event`)."""
        scenes: list[str | None] = []
        scene: str | None = None
        for sentence in self.sentences:
            if self.opens_paragraph(sentence):
                scene = None
            scenes.append(scene)
            scene = turned_to(sentence) or scene
        return scenes

    def clause_scope(self, verb: Token) -> str | None:
        """The event in scope for ``verb``'s clause, which names no event of its own; in a
        paragraph turned to a side event, not that event where the clause's object is an
        unnamed event of another kind ("The X Symposium took place in Vientiane. The
        institute joined the seminar", "... had hosted the first meeting of ministers. Y
        chaired the meeting")."""
        scope = self.event_in_scope(verb)
        if scope is None or scope != self.side_event(verb):
            return scope
        nouns = self.lex["implicit_event_nouns"] | self.lex["talk_event_heads"]
        # (a verb joined by "and" shares its clause: "joined the seminar and presented")
        clause = [verb, self.head(verb)] if verb.dep_ == "conj" else [verb]
        if any(
            o.i not in self.token_key
            and lemma(o) in nouns
            and not self._of_its_kind(lemma(o), scope, o)
            for v in clause
            for o in self.objects(v)
        ):
            return self.scope_past_side(verb)
        return scope

    def side_event(self, token: Token) -> str | None:
        """The named event ``token``'s paragraph has turned to, other than the article's own
        and its series: "The X Roundtable met in Nanning on September 18, 2015, as one of
        the activities of the 12th expo. ... Y addressed the opening, and Z was among about
        100 participants": a sentence whose subject is such an event, told as past with one
        of the ``turning_verbs`` ("was held", "met", "took place"), sets what follows it in
        the paragraph, where no event is named, at that event. So does one a past clause
        says someone staged (``staging_verbs``: "On Saturday, the ministry co-hosted the
        7th X Forum. Y led the opening ceremony"), one that opened in a clause joined by
        "and" or a "when" clause, and one whose own relative clause says it took place
        ("The second X Forum, which ended on Thursday, adopted ..."): overviews tell each
        past event so, and the clauses after it are set there, not at the article's
        edition. A series ("The expo opened in 2004"), one told ahead ("will be held") or
        a pavilion or hall sets nothing."""
        if not self.sentences:
            return None
        if self._side_scenes is None:
            self._side_scenes = self._read_side_scenes()
        number = bisect_right(self._sentence_starts, token.i) - 1
        turn = self._side_within.get(number)
        if turn is not None and token.i >= turn[0]:
            return turn[1]
        return self._side_scenes[number]

    def _read_side_scenes(self) -> list[str | None]:
        main = self.main_event()
        editions = self.resolved.editions
        series = set(editions.values())
        turning = self.lex["turning_verbs"]
        staging = self.lex["staging_verbs"]
        ended = turning | self.lex["opening_verbs"]

        def a_side_event(token: Token) -> str | None:
            key = self.token_key.get(token.i)
            if (
                key is not None
                and self.core(key) == "Event"
                and key != main
                and key not in series
                # (another edition of the article's own series: recalled_edition's)
                and (editions.get(key) is None or editions.get(key) != editions.get(main or ""))
                # (a pavilion or a hall is a part of the fair, not a scene of its own)
                and lemma(token) not in self.lex["section_nouns"]
            ):
                return key
            return None

        def clauses(root: Token) -> list[Token]:
            """The sentence's own clauses: its root, verbs joined to it by "and" ("The
            ministers agreed ..., and the 23rd Consultations opened in Vientiane"), and a
            "when" clause ("The year began on Jan. 13, when X co-hosted the Seminar")."""
            found = [root]
            for child in self.children(root):
                if child.pos_ not in ("VERB", "AUX"):
                    continue
                if child.dep_ == "conj" or (
                    child.dep_ == "advcl" and any(c.lower_ == "when" for c in self.children(child))
                ):
                    found.append(child)
            return found

        def turned_by(verb: Token) -> str | None:
            """The side event one past clause says took place or was staged, if any."""
            if not _told_as_past(verb):
                return None
            word = lemma(verb)
            subjects = [c for c in self.children(verb) if c.dep_ in SUBJECT_DEPS]
            if word in turning and not (
                word == "take" and not any(c.lower_ == "place" for c in self.children(verb))
            ):
                return next((k for s in subjects if (k := a_side_event(s))), None)
            if word in staging and any(s.dep_ == "nsubj" for s in subjects):
                # "Vietrade co-hosted the X Conference with ...": the event staged
                return next(
                    (k for o in self.children(verb) if o.dep_ == "dobj" and (k := a_side_event(o))),
                    None,
                )
            # "The second X Forum, which ended on Thursday, adopted ...": an event whose
            # own clause says it took place
            return next(
                (
                    k
                    for s in subjects
                    if any(
                        c.dep_ == "relcl" and lemma(c) in ended and _told_as_past(c)
                        for c in self.children(s)
                    )
                    and (k := a_side_event(s))
                ),
                None,
            )

        def turned_to(sentence: Span) -> str | None:
            root = sentence.root
            if not _told_as_past(root):
                return None
            found = None
            for verb in clauses(root):
                found = turned_by(verb) or found
            return found

        within: dict[int, tuple[int, str]] = {}
        for number, sentence in enumerate(self.sentences):
            # "The X Seminar ran on the sidelines of the forum, and Y spoke there": a clause
            # joined by "and" after the main clause that says the side event took place is
            # set at it already, as the sentences after it are
            root = sentence.root
            key = turned_by(root) if _told_as_past(root) else None
            joined = (
                [c for c in self.children(root) if c.dep_ == "conj" and c.i > root.i] if key else []
            )
            if key and joined:
                clause = joined[0]
                within[number] = (min(t.i for t in clause.subtree), key)
        self._side_within = within
        return self._paragraph_turns(turned_to)

    def _opening_edition(self, sentence: Span) -> list[Token]:
        """The object of a sentence's opening "By"/"At" that sets the sentence at an edition
        as a subject would: "By the 17th, held online in 2020, much of the business ...", "By
        the time of the tenth, in 2013, the show had grown"."""
        first = sentence[0]
        if first.lower_ not in ("by", "at") or first.pos_ != "ADP":
            return []
        objects = [c for c in self.children(first) if c.dep_ == "pobj"]
        for obj in list(objects):
            if obj.lower_ == "time":  # "By the time of the tenth"
                objects += [
                    p for c in self.children(obj) if c.lower_ == "of" for p in self.children(c)
                ]
        return [o for o in objects if o.dep_ == "pobj"]

    def _recalls_earlier(self, key: str, reported: str | None) -> bool:
        """Is ``key`` an earlier edition of the series of ``reported``? A story that leads on
        the 22nd expo and looks back at the 18th three times is still about the 22nd."""
        entities = self.resolved.entities
        number = _edition_rank(entities.get(reported))
        other = _edition_rank(entities.get(key))
        return (
            number is not None
            and other is not None
            and other[0] == number[0]
            and other < number
            and self.resolved.editions.get(key) == self.resolved.editions.get(reported)
        )

    def _read_scenes(self) -> list[str | None]:
        scenes: list[str | None] = []
        scene: str | None = None
        previous: Span | None = None
        recalled: str | None = None
        for sentence in self.sentences:
            if self.opens_paragraph(sentence):
                scene = None
            turned, recalled = recalled, self.recalled_edition(sentence[0])
            if (
                recalled is not None
                and recalled != turned
                and self._recalls_earlier(recalled, self.main_edition())
            ):
                # the paragraph turns to an earlier edition here (a later one told as past
                # sets only the event in scope: "Sabah sent its minister" names no guest)
                scene = recalled
            first = next((t for t in sentence if not (t.is_space or t.is_punct)), None)
            opening = [first] if first is not None else []
            # "At the expo, ...", "During the forum, ...", "On the sidelines of E, ...", an
            # overview's "By the 17th, held online, ...", "By the time of the tenth, ..."
            if (
                opening
                and opening[0].dep_ == "prep"
                and opening[0].lower_ in ("at", "during", "on")
            ):
                pobj = next((c for c in opening[0].children if c.dep_ == "pobj"), None)
                event = self.event(pobj) if pobj is not None else None
                if event is None and pobj is not None:
                    # "At the 6th forum, ...": the edition its own ordinal numbers, not
                    # "at last year's expo" misread as the one in scope (which
                    # :meth:`event` drops)
                    key = self.token_key.get(pobj.i)
                    if key in self.resolved.editions and self._numbered_as(pobj, key):
                        event = key
                if event:
                    scene = event
            elif opening and opening[0].lower_ == "by" and opening[0].dep_ == "prep":
                for pobj in self._opening_edition(sentence):
                    key = self.token_key.get(pobj.i)
                    if key is not None and key in self.resolved.editions:
                        scene = key
            elif (
                opening
                and opening[0].lower_ == "there"
                and opening[0].dep_ == "advmod"
                and previous is not None
            ):
                # "... the Information Harbor Forum, held in Nanning. There, Lu Wei pledged"
                events = [k for _, k in self.mentions_in(previous) if self.core(k) == "Event"]
                if events:
                    scene = events[0]
            elif scene is not None and (moved := self._edition_subject(sentence, scene)):
                # "At the 11th conference, A signed ... The 12th conference turned to
                # trafficking; B gave a keynote there": another edition of the scene's
                # series as the sentence's subject moves the story on to it; one told
                # ahead ("The 21st expo will add a hall, and Proton has booked space")
                # only for its own sentence: what follows is set at neither for sure
                previous = sentence
                scenes.append(moved[0])
                scene = None if moved[1] else moved[0]
                continue
            previous = sentence
            scenes.append(scene)
        return scenes

    def _edition_subject(self, sentence: Span, scene: str) -> tuple[str, bool] | None:
        """Another edition of ``scene``'s series that is the subject of ``sentence``'s main
        verb, of a verb joined to it, or of a clause ended by a semicolon before it ("The
        7th forum moved online; B spoke there", which the parser hangs on "spoke"), if any
        (not of a clause reported: "A said the 7th forum would ..."), and whether its verb
        tells it ahead ("will add")."""
        editions = self.resolved.editions
        series = editions.get(scene)
        if series is None:
            return None
        root = sentence.root
        verbs = [root]
        for clause in self.children(root):
            if clause.dep_ == "conj" or (
                clause.dep_ in ("ccomp", "parataxis")
                and clause.i < root.i
                and any(t.text == ";" for t in self.tokens[clause.i : root.i])
            ):
                verbs.append(clause)
        for verb in verbs:
            for subject in self.children(verb):
                key = self.token_key.get(subject.i) if subject.dep_ in SUBJECT_DEPS else None
                if key is not None and key != scene and editions.get(key) == series:
                    ahead = any(
                        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll")
                        for c in self.children(verb)
                    )
                    return key, ahead
        return None

    def credited_agencies(self) -> set[str]:
        """The bodies named as the agency the dateline credits ("KUALA LUMPUR, March 24
        (Bernama) --"): the press that wrote the story, wherever the text names it."""
        if self._agencies is None:
            names = credited_agencies(self.text)
            self._agencies = (
                {k for span, k in self.mention_spans if span.text.casefold() in names}
                if names
                else set()
            )
        return self._agencies

    @cached_property
    def issued_from_home(self) -> bool:
        """Is the text a press release issued from its issuer's home city: a release (a
        newswire in its dateline, "JAKARTA, Sept. 18, 2019 /PRNewswire/ --", or a release's
        furniture on a line of its own, "Media contact:", "About PT X") whose dateline
        place it names as where a body is based ("a Jakarta-based company", "headquartered
        in Jakarta")? Its dateline is then where the issuer sits, not where the event it
        announces is held (a release issued at a fair, "MUNICH ... /PRNewswire/ -- Delft-based
        Aquavera launched X at IFAT Munich 2024", is datelined where the fair is)."""
        place = self.dateline_place()
        if place is None or not self._a_release():
            return False
        base_words = self.lex["base_words"]
        tokens = self.tokens
        for span, key in self.mention_spans:
            if key != place:
                continue
            after = [t.lower_ for t in tokens[span.end : span.end + 2]]
            before = [t.lower_ for t in tokens[max(span.start - 2, 0) : span.start]]
            if (after[:1] == ["-"] and after[1:] and after[1] in base_words) or (
                before[1:] == ["in"] and before[0] in base_words
            ):
                return True
        return False

    def _a_release(self) -> bool:
        """Does the text carry a newswire in its dateline or a release's furniture line?"""
        if opens_with_release_wire(self.text):
            return True
        labels = self.lex["release_furniture_labels"]
        headings = self.lex["release_heading_words"]
        for line in self.text.split("\n"):
            line = line.strip().rstrip(":").strip()
            first, _, rest = line.partition(" ")
            if line.casefold() in labels or (
                first.casefold() in headings
                and rest[:1].isupper()
                and len(rest.split()) <= 8
                and not line.endswith((".", "?", "!"))
            ):
                return True
        return False

    def dateline_place(self) -> str | None:
        """The place of a dateline ("NANNING, Sept. 19 -- ...", "NANNING - ...", "NANNING:
        ...", "Jakarta (ANTARA) - ..."), where the news happened."""
        if self._dateline is None:
            self._dateline = (self._read_dateline(),)
        return self._dateline[0]

    def _read_dateline(self) -> str | None:
        for span, key in self.mention_spans[:12]:
            line_start = self.text.rfind("\n", 0, span.start_char) + 1
            after = self.text[span.end_char : span.end_char + 2]
            if _DATELINE_COUNTRY.match(self.text, span.end_char):
                after = ","  # "NANNING (China), Oct 20 (Bernama) --"
            # a place only: "ASEAN, China editors pledge ..." is a headline opening with an
            # acronym, not a dateline, and one may still follow ("KUNMING, China – ...")
            if (
                span.start_char == line_start
                and after.startswith(",")
                and span.text.isupper()
                and self.core(key) == "Place"
            ):
                return key
        return self._unmarked_dateline_place()

    def _unmarked_dateline_place(self) -> str | None:
        """ "NANNING - ...", "Jakarta (ANTARA) - ...": a dateline the entity component left
        untagged, read in the lines up to the lede and matched to a place the article names
        elsewhere (by its label, case aside)."""
        places = {
            name.casefold(): key
            for key, entity in self.resolved.entities.items()
            if entity.core_class == "Place"
            for name in (*entity.aliases, entity.label)  # "Nay Pyi Taw (VNA) -": an alias
        }
        bylined = None
        for line in self.text[:2000].split("\n")[:12]:
            match = _LINE_DATELINE.match(line)
            name = (match.group(1) or match.group(2)).casefold() if match else None
            if name in places:
                return places[name]
            # "By Shi Jing in Shanghai": where the reporter filed from, if no dateline says
            byline = _LINE_BYLINE.match(line.strip())
            if bylined is None and byline and byline.group(1).casefold() in places:
                bylined = places[byline.group(1).casefold()]
            if len(line) > 120:
                break  # the lede: a dateline opens it or there is none
        return bylined

    # ----------------------------------------------------------- the parse
    def group(self, token: Token) -> list[Token]:
        """A token and its coordinated conjuncts ("Huawei and JD.com")."""
        found = self._groups.get(token.i)
        if found is None:
            found = self._groups[token.i] = [token, *token.conjuncts]
        return list(found)  # a copy: callers add to what they get

    def subjects(self, verb: Token) -> list[Token]:
        """The subjects of a verb, inherited through coordination and clauses."""
        found = self._subjects.get(verb.i)
        if found is None:
            found = self._subjects[verb.i] = self._subjects_of(verb)
        return list(found)

    def _subjects_of(self, verb: Token) -> list[Token]:
        own = [c for c in self.children(verb) if c.dep_ in SUBJECT_DEPS]
        if own:
            return self._summed_up(self._own_subjects(verb, own))
        return self._inherited_subjects(verb)

    def _summed_up(self, subjects: list[Token]) -> list[Token]:
        """ "He met President X, and the two governments signed ...": a noun counting the
        sides ("the two governments", "both sides") after ", and" opens a clause of its own
        and is its whole subject; the name before the comma, which the parser also hangs
        on the verb, is the object of the clause before."""
        for at, subject in enumerate(subjects):
            if at and subject.pos_ == "NOUN" and subject.i not in self.token_key:
                edge = subject.left_edge.i
                counted = any(c.dep_ == "nummod" or c.lower_ == "both" for c in subject.lefts)
                if (
                    counted
                    and edge >= 2
                    and self.tokens[edge - 1].lower_ == "and"
                    and self.tokens[edge - 2].text == ","
                ):
                    return [t for t in subjects[at:] if t.i >= edge]
        return subjects

    def _own_subjects(self, verb: Token, own: list[Token]) -> list[Token]:
        result = []
        for subject in own:
            if subject.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
                antecedent = self._antecedent(verb, subject)
                if antecedent.i in self._read_from_surface:
                    result.append(antecedent)
                else:
                    result += self.group(antecedent)
            else:
                subject = self._apposed_after_fronted_participle(subject)
                result += self.group(self._name_after_portfolio(subject))
        return result

    def _apposed_after_fronted_participle(self, subject: Token) -> Token:
        """'Themed "Open Cities", the dialogue is hosted by A': the parser may make the
        participle that opens the sentence the subject and hang the real subject, set off
        by commas, as an apposition inside its object; that noun is the subject."""
        if subject.tag_ not in ("VBN", "VBD") or subject.i != self.sentence(subject).start:
            return subject
        for token in subject.subtree:
            if (
                token.dep_ == "appos"
                and token.pos_ in ("NOUN", "PROPN")
                and token.left_edge.i > subject.i + 1
                and self.tokens[token.left_edge.i - 1].text == ","
            ):
                return token
        return subject

    def _name_after_portfolio(self, office: Token) -> Token:
        """ "Deputy Minister for Foreign Affairs U Thant Kyaw accompanied ...": the parser
        may make the office the subject and hang the name inside its portfolio; the name
        that ends the run of capitalised words after "for" is the subject."""
        if office.i in self.token_key or lemma(office) not in self.lex["office_nouns"]:
            return office
        for prep in self.children(office):
            if prep.dep_ != "prep" or not self._portfolio_of_title(prep):
                continue
            for token in self.tokens[prep.i + 1 : prep.i + 12]:
                key = self.token_key.get(token.i)
                if key is not None:
                    return token if self.core(key) == "Person" else office
                if not (token.is_title or token.lower_ in ("and", "&", "of", "the")):
                    return office
        return office

    def _inherited_subjects(self, verb: Token) -> list[Token]:
        if verb.dep_ == "xcomp" and self.head(verb) != verb:
            # "X urged firms to sign up", "invited A to attend": the object does it
            controllers = [
                c for c in self.children(self.head(verb)) if c.dep_ == "dobj" and c.i < verb.i
            ]
            if controllers and lemma(self.head(verb)) in self.lex["object_control_verbs"]:
                return [t for c in controllers for t in self.group(c)]
        # "X, who is due to lead the delegation": "lead" hangs on the adjective, whose
        # subject is the copula's
        if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and self.head(verb) != verb:
            return self.subjects(self.head(verb))
        # "X spoke to reporters after taking part in E": a gerund after a preposition of
        # time has no subject of its own; it is the main clause's (not "by": "should
        # answer by signing more deals" is a means, no presence)
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
            preposition = self.head(verb)
            main = self.head(preposition)
            if (
                preposition.lower_ in self.lex["gerund_adjunct_prepositions"]
                and preposition.dep_ == "prep"
                and main.pos_ in ("VERB", "AUX")
                and main != preposition
            ):
                return self.subjects(main)
        if verb.dep_ in ("relcl", "acl"):
            # "the A Forum, organised by X and Y, and the B Festival": the clause set
            # between two items of a list is said of the item before it alone
            return [t for t in self.group(self.head(verb)) if not _set_before(verb, t)]
        return []

    def _antecedent(self, verb: Token, relative: Token) -> Token:
        """What a relative clause's pronoun stands for: the noun it hangs on, but for
        "who" hung on a body inside a person's title, the person ("X, director of the Y
        Department, who led the delegation", "X, an adviser with the Y Association, who
        attended": the parser hangs the clause on "Department", "Association")."""
        noun = self.head(verb)
        if relative.lower_ == "which" and noun.i not in self.token_key:
            named = self._named_before_comma(relative)
            if named is not None:
                return named
        if relative.lower_ != "who" or self.core(self.entity(noun)) == "Person":
            return noun
        if noun.dep_ == "appos" and noun.left_edge.i >= 2:
            # "A of the Thai Chamber and B, a furniture exporter from Jepara who runs C":
            # the appositive describes the person named right before its comma, wherever
            # the parser hung it
            comma = self.tokens[noun.left_edge.i - 1]
            named = self.tokens[comma.i - 1]
            if comma.text == "," and self.core(self.token_key.get(named.i)) == "Person":
                self._read_from_surface.add(named.i)  # (the parser's conjuncts are not its)
                return named
        # "X, an adviser with the Y Association, who attended": "of", "at", "with", "from"
        while noun.dep_ == "pobj" and self.head(noun).lower_ in ("of", "at", "with", "from"):
            noun = self.head(self.head(noun))
        if noun.dep_ == "appos" and self.core(self.entity(self.head(noun))) == "Person":
            return self.head(noun)
        return self.head(verb)

    def _named_before_comma(self, relative: Token) -> Token | None:
        """ "..., according to the Center for International Trade Expositions and Missions
        (CITEM), which organizes the event": a name and its short form in brackets just
        before the comma of "which" are what it stands for, wherever the parser hung the
        clause (it may hang it on a noun before the name)."""
        at = relative.i - 1
        if at < 3 or self.tokens[at].text != "," or self.tokens[at - 1].text != ")":
            return None
        opening = at - 2
        while opening > 0 and self.tokens[opening].text != "(" and at - opening < 8:
            opening -= 1
        if self.tokens[opening].text != "(":
            return None
        key = self.token_key.get(opening - 1)
        if key is None or self.core(key) not in ("Organisation", "Event"):
            return None
        span = self.span_of(key, opening - 1)
        return self.head_mention_token(span) if span is not None else None

    def objects(self, verb: Token) -> list[Token]:
        found = self._objects.get(verb.i)
        if found is None:
            found = self._objects[verb.i] = self._objects_of(verb)
        return list(found)

    def holds_unnamed_events(self, verb: Token) -> bool:
        """Does active ``verb`` hold, stage or host events its object only describes ("The
        CAEXPO has held overseas exhibitions since 2015, in Brunei, ...", "the fair stages
        a buyers' forum in Hanoi")? Its subject is their holder: the places and years of
        the clause are theirs, not the subject's. Such an object is a common event noun,
        plural or with "a"/"an", that names no event of the text."""
        lex = self.lex
        if lemma(verb) not in lex["held_verbs"] | lex["organising_verbs"] or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.children
        ):
            return False
        nouns = lex["implicit_event_nouns"] | lex["side_event_nouns"] | lex["meeting_nouns"]
        for obj in self.objects(verb):
            if obj.i in self.token_key or obj.pos_ != "NOUN" or lemma(obj) not in nouns:
                continue
            if obj.tag_ == "NNS" or any(c.lower_ in ("a", "an") for c in obj.lefts):
                return True
        return False

    def _objects_of(self, verb: Token) -> list[Token]:
        result = []
        for child in self.children(verb):
            if child.dep_ in ("dobj", "attr", "oprd"):
                result += self.group(child)
        return result

    def prepositions(self, verb: Token) -> Iterator[tuple[str, Token]]:
        """``(preposition phrase, object)`` pairs of a verb, "by" agents included."""
        found = self._prepositions.get(verb.i)
        if found is None:
            found = self._prepositions[verb.i] = list(self._prepositions_of(verb))
        return iter(found)

    def _prepositions_of(self, verb: Token) -> Iterator[tuple[str, Token]]:
        for child in self.children(verb):
            if child.dep_ in ("prep", "agent") or (
                child.dep_ == "advmod" and child.lower_ == "together"
            ):
                preps = [child]
                if child.dep_ == "advmod":
                    preps = [c for c in self.children(child) if c.dep_ == "prep"]
                # "took part in A and in B": the same preposition again, joined
                preps += [
                    c
                    for p in list(preps)
                    for c in self.children(p)
                    if c.dep_ == "conj" and c.lower_ == p.lower_
                ]
                before = self.tokens[child.i - 1] if child.i else None
                for prep in preps:
                    for pobj in self.children(prep):
                        if pobj.dep_ == "pobj":
                            for target in self.group(pobj):
                                yield prep.lower_, target
                                if (
                                    prep is child
                                    and before is not None
                                    and before.dep_ == "advmod"
                                    and before.head.i == verb.i
                                ):
                                    # "ran concurrently with X" → ("concurrently with", X)
                                    yield f"{before.lower_} {prep.lower_}", target
                            yield from self._phrase(prep.lower_, pobj)

    def _phrase(self, prep: str, pobj: Token) -> Iterator[tuple[str, Token]]:
        """ "on the sidelines of X" → ``("on the sidelines of", X)``; "in conjunction with
        X" → ``("in conjunction with", X)``."""
        bare = not any(c.dep_ in ("det", "poss", "amod", "compound") for c in pobj.children)
        for child in self.children(pobj):
            if bare and child.dep_ == "prep" and child.lower_ == "with":
                for inner in self.children(child):
                    if inner.dep_ == "pobj":
                        for target in self.group(inner):
                            yield f"{prep} {pobj.lower_} with", target
            if child.dep_ == "prep" and child.lower_ == "of":
                for inner in self.children(child):
                    if inner.dep_ == "pobj":
                        phrase = f"{prep} the {pobj.lower_} of"
                        for target in self.group(inner):
                            yield phrase, target
                        if pobj.lower_ == "part":
                            for target in self.group(inner):
                                yield f"{prep} part of", target

    def prepositions_of_noun(self, noun: Token) -> Iterator[tuple[str, Token]]:
        found = self._noun_prepositions.get(noun.i)
        if found is None:
            found = self._noun_prepositions[noun.i] = list(self._noun_prepositions_of(noun))
        return iter(found)

    def _noun_prepositions_of(self, noun: Token) -> Iterator[tuple[str, Token]]:
        for child in self.children(noun):
            if child.dep_ != "prep":
                continue
            # "panellists from the ADB and from Grab": the same preposition again, joined
            preps = [child]
            preps += [
                c for c in self.children(child) if c.dep_ == "conj" and c.lower_ == child.lower_
            ]
            for prep in preps:
                for pobj in self.children(prep):
                    if pobj.dep_ == "pobj":
                        for target in self.group(pobj):
                            yield child.lower_, target

    def verbs_of(self, token: Token) -> list[tuple[Token, str]]:
        """Verbs an entity token takes part in, with its role: subject, object, at."""
        found = self._verbs.get(token.i)
        if found is None:
            found = self._verbs[token.i] = self._verbs_of(token)
        return list(found)  # a copy: callers add to what they get

    def as_organiser(self, verb: Token) -> bool:
        """Does the clause put its subject in an organiser's role ("joined the provincial
        government as a host of the fair", "joined as co-organiser")? Read by the
        participation and membership rules, which leave such a role to organisedBy."""
        return any(
            p == "as" and lemma(t) in self.lex["organiser_role_nouns"]
            for p, t in self.prepositions(verb)
        )

    def _another_event_its_subject(self, clause: Token, token: Token) -> bool:
        """ "On the sidelines of the Summit, the Business Forum was held at the hotel": the
        parser may hang the clause on the event before the comma, but a clause with another
        event as its own subject is about that event, not the one it hangs on."""
        own = self.token_key.get(token.i)
        return any(
            c.dep_ in SUBJECT_DEPS
            and (other := self.token_key.get(c.i)) is not None
            and other != own
            and self.core(other) == "Event"
            for c in self.children(clause)
        )

    def _unnamed_events_listed_after(self, token: Token) -> list[Token]:
        """The unnamed plural event nouns ("related summits", "other meetings") listed
        after the named event ``token``: the parser hangs a relative clause that closes the
        list on them, but it tells of every event listed."""
        return [
            conjunct
            for conjunct in token.conjuncts
            if conjunct.i > token.i
            and conjunct.tag_ == "NNS"
            and lemma(conjunct) in self.lex["implicit_event_nouns"]
            and conjunct.i not in self.token_key
        ]

    def _distributed_participles(self, verb: Token) -> list[tuple[Token, str]]:
        """ "took part in the A and B summits, both held at the centre": the parser hangs
        "both held" on the clause's verb; a holding participle whose subject is "both",
        "all" or "each" after a comma is said of what the verb takes."""
        return [
            (c, "subject")
            for c in self.children(verb)
            if c.dep_ == "advcl"
            and c.tag_ in ("VBN", "VBD")  # "both held" is often tagged a past tense
            and lemma(c) in self.lex["held_verbs"]
            and any(
                s.dep_ in SUBJECT_DEPS
                and s.lower_ in _DISTRIBUTIVE_WORDS
                and s.i > 0
                and self.tokens[s.i - 1].text == ","
                for s in self.children(c)
            )
        ]

    def _participle_after_comma(self, token: Token) -> list[tuple[Token, str]]:
        """ "will launch it at the 16th CAEXPO (CAEXPO), opening in Nanning on Saturday",
        "sent 120 firms to the expo, held in Nanning this week": a participle of happening
        set off by a comma right after the noun's phrase, which the parser hangs on the
        clause's verb or on a noun before, tells of that noun when it has no subject and no
        object of its own ("toured the expo, opening the Thai pavilion" is the visitor's).
        The comma may also close the noun's own place and time: "At a corridor forum in
        Nanning last month, held as part of E, officials said", where the parser hangs the
        participle on the verb after it."""
        end = self._end_of_name(token)
        after_phrase = False
        if end < len(self.tokens) and self.tokens[end].text != ",":
            # the phrase the noun heads, or the one its preposition heads ("At a forum in
            # Nanning last month": the parser may hang "last month" on "At")
            edge = self._phrase_top(token).right_edge.i + 1
            after_phrase = edge > end and all(
                self.tokens[t].dep_ in _PLACE_AND_TIME_DEPS
                for t in self._heads_between(token, edge)
            )
            end = edge if after_phrase else end
        if end + 1 >= len(self.tokens) or self.tokens[end].text != ",":
            return []
        participle = self.tokens[end + 1]
        lex = self.lex
        # an event opens, closes, runs or is held; a visitor "returning to Bangkok" may not be
        happening = lex["opening_verbs"] | (lex["held_verbs"] & lex["organising_verbs"])
        if (
            participle.dep_ not in ("advcl", "acl")
            or participle.tag_ not in ("VBG", "VBN")
            # hung on the noun itself: its own clause; past the noun's place and time the
            # parser hangs it on the verb after ("..., officials said")
            or (participle.head.i >= token.i and not (after_phrase and participle.head.i > end))
            or lemma(participle) not in happening
            or self.has_subject(participle)
            or self.objects(participle)
        ):
            return []
        return [(participle, "subject")]

    def _phrase_top(self, token: Token) -> Token:
        """The preposition whose object ``token`` is, else ``token``: the top of its phrase."""
        return self.head(token) if token.dep_ == "pobj" else token

    def _heads_between(self, token: Token, edge: int) -> list[int]:
        """The words of ``token``'s phrase after its name, up to ``edge``, that the parser
        hangs straight on it or on its preposition ("in" and "month" of "At a forum in
        Nanning last month")."""
        start = self._end_of_name(token)
        tops = {token.i, self._phrase_top(token).i}
        return [c.i for top in tops for c in self.children(self.tokens[top]) if start <= c.i < edge]

    def _end_of_name(self, token: Token) -> int:
        """Where the name ``token`` heads stops: past the rest of its mention and a short form
        in brackets ("the 16th China-ASEAN Expo (CAEXPO)"), never into a phrase the parser
        hangs on it ("the forum, a workshop on images")."""
        key = self.token_key.get(token.i)
        end = token.i + 1
        while end < len(self.tokens) and key is not None and self.token_key.get(end) == key:
            end += 1
        if end < len(self.tokens) and self.tokens[end].text == "(":
            close = next(
                (
                    i
                    for i in range(end + 1, min(end + 8, len(self.tokens)))
                    if self.tokens[i].text == ")"
                ),
                None,
            )
            end = close + 1 if close is not None else end
        return end

    def _distributed_over_noun(self, token: Token, noun: Token) -> list[tuple[Token, str]]:
        """ "attended the opening of the A and the B, both held at the centre": a list of
        names "of" a noun the clause's verb takes; "both held" hangs on that verb and is
        said of the names listed (not of "the opening"). Only a list: "both" counts two (the
        parser may set the first name as a modifier of the last: "the 20th China-ASEAN Expo
        and China-ASEAN Business and Investment Summit")."""
        if noun.pos_ != "NOUN":
            return []
        if not token.conjuncts:
            named = {self.token_key.get(t.i) for t in token.subtree}
            if len({k for k in named if k is not None and self.core(k) == "Event"}) < 2:
                return []
        if noun.dep_ == "dobj":
            clause = self.head(noun)
        elif noun.dep_ == "pobj" and self.head(noun).dep_ == "prep":
            clause = self.head(self.head(noun))
        else:
            return []
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        return self._distributed_participles(clause)

    def _clauses_on_name_tail(self, token: Token) -> list[Token]:
        """ "the 3rd Forum on Forestry Cooperation, which opened in Kunming": the parser
        hangs a relative clause or participle after a name that ends in a phrase of its own
        ("on ...", "for ...") on the phrase's last noun, inside the name, not on the noun
        ``token`` that heads it; the clause still tells of the whole name. Only a clause
        right after the name (a comma between at most) counts: one after other words ("the
        Meeting on X and the Ministry of Y, which was founded") is told of those."""
        own = self.token_key.get(token.i)
        if own is None or self._number_borrowed(token, own):
            return []
        inside, end = self._name_tail(token, own)
        return [
            c
            for word in inside
            for c in self.children(word)
            if c.dep_ in ("acl", "relcl")
            and c.pos_ in ("VERB", "AUX")
            and c.left_edge.i >= end
            and all(
                # (or the edition's year the name ends with: "Conference on X 2021, which")
                t.text == "," or (t.like_num and token.i <= t.head.i < end)
                for t in self.tokens[end : c.left_edge.i]
            )
        ]

    def _number_borrowed(self, token: Token, key: str) -> bool:
        """ "the 7th Logistics Forum and Guangxi Promotion Conference for ...": an edition
        whose number no word of its own mention gives took it from a name listed before
        it, a reading too unsure to hang a clause found inside the name on."""
        entity = self.resolved.entities.get(key)
        if entity is None or entity.edition_number is None:
            return False
        start = token.i
        while start > 0 and self.token_key.get(start - 1) == key:
            start -= 1
        return not any(
            t.like_num
            or t.ent_type_ == "ORDINAL"
            or t.lower_ == "inaugural"
            or ordinal_value(t.text) is not None
            for t in self.tokens[start : self._end_of_name(token)]
        )

    def _names_listed_on_name_tail(self, token: Token) -> list[Token]:
        """ "the 4th Meeting on Quality Inspection and the 2nd Forum on Food Safety, which
        were held at ...": the parser may join the second name to the first name's last
        noun rather than to its head; those names are listed with ``token`` all the same."""
        own = self.token_key.get(token.i)
        if own is None:
            return []
        inside, end = self._name_tail(token, own)
        return [
            c
            for word in inside
            for c in word.conjuncts
            if c.i >= end and self.core(self.token_key.get(c.i)) == "Event"
        ]

    def _name_tail(self, token: Token, own: str) -> tuple[list[Token], int]:
        """The words of the name ``token`` heads that come after it ("on Forestry
        Cooperation" of "Forum on Forestry Cooperation"), and where the name ends: what the
        parser may hang a clause or a second name on instead of the head."""
        end = self._end_of_name(token)
        inside = [self.tokens[i] for i in range(token.i + 1, end) if self.token_key.get(i) == own]
        return inside, end

    def _verbs_of(self, token: Token) -> list[tuple[Token, str]]:
        found = []
        if token.dep_ in SUBJECT_DEPS:
            found.append((self.head(token), "subject"))
            found += [(c, "subject") for c in self.head(token).conjuncts if not self.has_subject(c)]
        elif token.dep_ in ("dobj", "attr"):
            found.append((self.head(token), "object"))
            found += self._distributed_participles(self.head(token))
            found += self._participle_after_comma(token)
        elif token.dep_ == "pobj" and self.head(token).dep_ in ("prep", "agent"):
            found.append((self.head(self.head(token)), self.head(token).lower_))
            found += self._distributed_participles(self.head(self.head(token)))
            found += self._participle_after_comma(token)
            found += self._distributed_over_noun(token, self.head(self.head(token)))
        elif token.dep_ == "conj":
            # "the 14th CAEXPO and 14th CABIS, held at the centre": a participle on the
            # last name listed is that name's too (coordination spreads it to the others)
            own = [
                (c, "subject")
                for c in [*self.children(token), *self._clauses_on_name_tail(token)]
                if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
            ]
            # "the A Forum, organised by X and Y, and the B Festival": a clause set inside
            # the list, between the head and this item, is the head's own
            inherited = [
                (verb, role)
                for verb, role in self.verbs_of(self.head(token))
                if not _set_before(verb, token)
            ]
            return inherited + own
        elif token.dep_ == "appos":
            return self.verbs_of(self.head(token))
        appositions = [c for c in self.children(token) if c.dep_ == "appos"]
        # "the 44th and 45th ASEAN Summits and related summits, which Laos is hosting": a
        # relative clause on an unnamed plural event noun closing a list of named events
        # is said of the whole list
        appositions += self._unnamed_events_listed_after(token)
        # "the 7th Guangzhou-ASEAN Spice and Herb Fair, which opened at ...": the parser
        # splits a name at its own "and" and hangs the clause on the name's last word
        own = self.token_key.get(token.i)
        appositions += [
            c for c in token.conjuncts if c.i > token.i and own and self.token_key.get(c.i) == own
        ]
        # "the A Forum and the B Forum, both held in Nanning": the parser hangs "both" (and
        # its participle) on the last name; what it says is said of each name listed.
        appositions += [
            c
            for conjunct in token.conjuncts
            for c in self.children(conjunct)
            if c.dep_ == "appos" and c.lower_ in _DISTRIBUTIVE_WORDS
        ]
        for child in [
            *self.children(token),
            *(g for a in appositions for g in self.children(a)),
            *self._clauses_on_name_tail(token),
        ]:
            # "the expo, the region's flagship fair, which takes place in Nanning"
            if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX"):
                # "the fair, which Kunming first hosted in 2010": the relative pronoun is
                # the clause's object, and so is what it stands for
                relative_object = (
                    child.dep_ == "relcl"
                    and any(
                        c.dep_ == "dobj" and c.lower_ in ("which", "that")
                        for c in self.children(child)
                    )
                    and any(c.dep_ in SUBJECT_DEPS for c in self.children(child))
                )
                if self._another_event_its_subject(child, token):
                    continue
                found.append((child, "object" if relative_object else "subject"))
                if not relative_object:
                    # "the expo, which opened on Tuesday and runs until Sunday at the
                    # centre": a verb joined to the relative clause's, with no subject of
                    # its own, shares the relative pronoun as its subject
                    found += [(c, "subject") for c in child.conjuncts if not self.has_subject(c)]
        if token.dep_ != "conj" and not (token.i > 0 and self.tokens[token.i - 1].text == "("):
            # (not a short form in brackets: "the 14th CAEXPO (Caexpo) and 14th CABIS, held")
            # "will attend the 27th China-ASEAN Summit, the 27th APT Summit and the 19th
            # EAS to be held in Vientiane": a holding participle on a later item of a list
            # of events is said of each (the parser hangs it on one of the later items)
            found += [
                (c, "subject")
                for conjunct in [*token.conjuncts, *self._names_listed_on_name_tail(token)]
                for c in [*self.children(conjunct), *self._clauses_on_name_tail(conjunct)]
                if c.dep_ in ("acl", "relcl")
                and c.tag_ == "VBN"
                and lemma(c) in self.lex["held_verbs"]
                and (c, "subject") not in found
            ]
        for verb, role in list(found):
            # "First staged in 2004, the China-ASEAN Expo has become ...": a participle
            # clause with no subject of its own is about the main clause's subject.
            if role == "subject":
                found += [
                    (c, "subject")
                    for c in self.children(verb)
                    if c.dep_ == "advcl"
                    and c.tag_ in ("VBN", "VBG", "VBD")
                    and not self.has_subject(c)
                ]
        # "The exposition is co-sponsored by ...": the participle is the verb that counts;
        # "the expo is scheduled to take place in Nanning", "was to be held": the verb
        # of the clause the subject is raised from.
        for verb, role in list(found):
            if role == "subject" and verb.lemma_ == "be":
                found += [
                    (c, "subject")
                    for c in self.children(verb)
                    if c.dep_ in ("acomp", "xcomp") and c.tag_ == "VBN"
                ]
            if role == "subject" and verb.lemma_ in RAISING_VERBS:
                # ("is scheduled to be held in Nanning": a passive infinitive counts too)
                found += [
                    (c, "subject")
                    for c in self.children(verb)
                    if c.dep_ == "xcomp"
                    and c.pos_ in ("VERB", "AUX")
                    and (c.tag_ != "VBN" or _passive_infinitive(c))
                ]
        # "the Forum, also held in Nanning, ...": a participle right after the name.
        span_end = self._span_end_by_root.get(token.i, token.i + 1)
        following = [
            t
            for t in self.doc[span_end : span_end + 3]
            if t.lower_ not in (",", "also", "which", "was")
        ]
        # But a name inside a prepositional phrase owns a reduced relative ("at the Forum,
        # also held in Nanning"), not a finite verb: in "the Forum, held as part of the
        # ninth Expo, was co-organised by ...", "was co-organised" is the Forum's.
        finite = any(t.lower_ == "was" for t in self.tokens[span_end : span_end + 3])
        # Nor does the host of "a forum on the sidelines of the expo, organised by X": the
        # participle describes what was on the sidelines
        host = (
            token.dep_ == "pobj"
            and self.head(token).lower_ == "of"
            and lemma(self.head(self.head(token))) in _SIDELINE_NOUNS
        )
        if (
            following
            and following[0].tag_ == "VBN"
            and not (token.dep_ == "pobj" and finite)
            and not host
            and (following[0], "subject") not in found
        ):
            found.append((following[0], "subject"))
        return found

    def has_subject(self, verb: Token) -> bool:
        """Does the verb have a subject of its own? ("First staged in 2004": the parser may
        call "First" a subject; an adverb or ordinal is none.)"""
        return any(
            c.dep_ in SUBJECT_DEPS and c.pos_ not in ("ADV", "ADJ") and c.lower_ != "first"
            for c in self.children(verb)
        )

    def head_mention_token(self, span: Span) -> Token:
        """The token of a mention the parser hangs the rest of the sentence on.

        Usually ``span.root``; but for "The 13th CAEXPO is scheduled" the parser may hang
        both "13th" and "CAEXPO" on the verb, and the noun is the one that counts.
        (Looked up once per mention: several rules ask.)
        """
        cached = self._heads.get((span.start, span.end))
        if cached is not None:
            return cached
        tokens = self.tokens[span.start : span.end]
        outside = [
            t for t in tokens if not (span.start <= self.head(t).i < span.end) or self.head(t) == t
        ]
        head = next(
            (
                t
                for t in outside
                if t.dep_ not in ("npadvmod", "amod", "nummod", "compound", "det", "punct")
                and t.pos_ not in ("ADJ", "NUM", "DET", "PUNCT")  # "22nd" taken for a pobj
                # "the 22nd ASEAN Plus Three and 14th East Asia summits": "14th" taken for a
                # conjunct, the noun it numbers is the head
                and not (t.i < span.end - 1 and ordinal_value(t.text) is not None)
            ),
            outside[-1] if outside else span.root,
        )
        last = tokens[-1]
        if head.dep_ == "conj" and head is not last and last in outside and last.pos_ == "NOUN":
            # "the 6th ASEAN-China e-commerce and 3rd ASEAN-China cross-border logistics
            # forums, which ...": the parser makes a word of the second name a conjunct of
            # the first's, and the shared head noun, ending the span, is the one that counts
            head = last
        self._heads[(span.start, span.end)] = head
        return head

    # ----------------------------------------------------------- phrases
    def widen(self, tokens: list[Token]) -> list[Token]:
        """Add the names listed beside each token ("A, B, C and D were ..."), which the
        parser often leaves out of the coordination, or hangs on the first one's title
        ("A, Guangxi's party secretary, and B, a vice-mayor, were ...")."""
        key = tuple(token.i for token in tokens)  # several rules widen the same subjects
        found = self._widened.get(key)
        if found is None:
            found = self._widened[key] = self._widen(tokens)
        return list(found)

    def _widen(self, tokens: list[Token]) -> list[Token]:
        result = list(tokens)
        for token in tokens:
            key = self.token_key.get(token.i)
            if key is None and token.pos_ in ("PROPN", "NOUN"):
                # "Dato Seri Paduka Dr Haji Amin Liew, ...": the parser may head a name
                # with its honorific and set the name beside it; "its general manager,
                # X, who joined a panel": a title with the name beside it
                named = [
                    c for c in self.children(token) if c.dep_ == "appos" and c.i in self.token_key
                ]
                result += [t for t in self.widen(named) if t not in result]
            core = self.core(key)
            for title in (c for c in self.children(token) if c.dep_ == "appos"):
                if self._ticker(title):
                    continue  # "AMD (NASDAQ: AMD)": the exchange lists the firm, no more
                result += [c for c in title.conjuncts if c.i in self.token_key and c not in result]
                # "Minister A, Minister B and Minister C were ...": the parser may hang the
                # later names on the first as appositions; a person is no title of a person
                other = self.token_key.get(title.i)
                if key is not None and other != key and self.core(other) == core:
                    result += [t for t in self.group(title) if t.i in self.token_key]
            if key is None:
                continue
            i = token.i - 1
            while i >= 0:  # not token.sent.start: the parser splits long lists of titles
                stop = self._walk_stop(i)
                if stop == _STOP:
                    break
                candidate = self.tokens[i]
                if stop == _STOP_BUT_IN_TITLE and not self._inside_title(candidate):
                    break
                other = self.token_key.get(i)
                if (
                    other is not None
                    and self.core(other) == core
                    and candidate not in result
                    # "for ASEAN traders, and China Mobile ...": a modifier is no name listed
                    and (not self.is_modifier_mention(other, i) or self._list_item(other, i))
                ):
                    result.append(candidate)
                i -= 1
        for token in tokens:
            key = self.token_key.get(token.i)
            # (a subject the NER left unnamed too: "Brig-Gen Aung Tun and ... Mr B opened")
            named = self.core(key) == "Person" or (key is None and token.pos_ == "PROPN")
            if named and token.dep_ in SUBJECT_DEPS:
                result += [t for t in self._titled_names_after(token, key) if t not in result]
        return result

    def _titled_names_after(self, token: Token, key: str | None) -> list[Token]:
        """ "Deputy Minister A and Deputy Director-General of the Department of X of Y Mr B
        formally opened ...": people joined by "and" after a subject, up to its verb, whose
        long titles the parser took for phrases of the first (read from the surface)."""
        verb = self.head(token)
        span = self.span_of(key, token.i) if key is not None else None
        start = span.end if span is not None else token.i + 1
        found: list[Token] = []
        joined = False
        for candidate in self.tokens[start : verb.i]:
            if candidate.text in (".", "!", "?", ";", ":") or "\n" in candidate.text:
                break
            if candidate.pos_ in ("VERB", "AUX") or candidate.lower_ in ("who", "which", "whose"):
                break
            if candidate.pos_ == "SCONJ" or (
                candidate.pos_ == "ADP" and not self._inside_title(candidate)
            ):
                break
            joined = joined or candidate.lower_ == "and"
            other = self.token_key.get(candidate.i)
            if (
                joined
                and other is not None
                and other != key
                and self.core(other) == "Person"
                and not self.is_modifier_mention(other, candidate.i)
                and all(self.token_key.get(t.i) != other for t in found)
            ):
                found.append(candidate)
        return found

    def _ticker(self, token: Token) -> bool:
        """Is ``token`` the exchange of a stock code in brackets, "(NASDAQ: AMD)"?"""
        before, after = token.i - 1, token.i + 1
        return (
            before >= 0
            and after < len(self.tokens)
            and self.tokens[before].text == "("
            and self.tokens[after].text == ":"
        )

    def _walk_stop(self, i: int) -> int:
        """What :meth:`_widen`'s walk back from a name does at the token at ``i``: ``_STOP``
        at a sentence's or a clause's mark, ``_STOP_BUT_IN_TITLE`` at a preposition
        (unless inside a title), else ``_PASS``. Read once per token and doc (the walks
        back from the names of a list cross the same tokens again)."""
        stops = self._stops
        if stops is None:
            stops = self._stops = [-1] * len(self.tokens)
        found = stops[i]
        if found >= 0:
            return found
        candidate = self.tokens[i]
        text, tag, dep = candidate.text, candidate.pos_, candidate.dep_
        if (
            text in (".", "!", "?", ";", ":")
            or "\n" in text
            # "A and Singapore-based B demonstrated ...": a participle before a noun
            # describes it, no clause opens there
            or (tag in ("VERB", "AUX") and not (dep == "amod" and self._head_of[i].i > i))
            or candidate.lower_ in ("who", "which")
            # "... names from ASEAN, while Huawei showed ...": a clause opens there
            or (tag == "SCONJ" and dep == "mark")
            # "X rolled out a Data Observatory, and Y kicked off ...": the object of a verb
            # before is no name listed with the subject after it (a verb, not a word of a
            # name the parser took for one: "Syed Hamid")
            or (dep == "dobj" and (head := self._head_of[i].i) < i and head not in self.token_key)
        ):
            found = _STOP
        elif tag == "ADP":
            found = _STOP_BUT_IN_TITLE
        else:
            found = _PASS
        stops[i] = found
        return found

    def _inside_title(self, token: Token) -> bool:
        """Is this preposition "of", or inside a capitalised title ("Union Minister for
        International Cooperation Kyaw Tin")?"""
        if token.lower_ == "of":
            return True
        before = self.tokens[token.i - 1] if token.i else None
        after = self.tokens[token.i + 1] if token.i + 1 < len(self.tokens) else None
        return (
            token.lower_ == "for"
            and before is not None
            and after is not None
            and before.is_title
            and after.is_title
        )

    def listed_after(self, start: int, classes: tuple[str, ...]) -> list[str]:
        """Entities of ``classes`` named in the list that begins at token ``start``
        ("included Prime Minister A of Cambodia, Vice-President B and C", "such as X and
        Y filled ..."), read from the surface: long lists of titled names are where the
        parser's trees (and sentence ends) go wrong most. The list ends at a clause's
        end, a verb, a preposition other than "of", or a relative pronoun."""
        return self.list_and_offices(start, classes)[0]

    def list_and_offices(self, start: int, classes: tuple[str, ...]) -> tuple[list[str], set[str]]:
        """:meth:`listed_after`'s list, and the organisations it leaves out as the
        offices of the people listed ("Vice Premier of the State Council Han Zheng": the
        State Council describes him, it is no guest); a phrase read from the parse may
        still hold them."""
        found: list[str] = []
        described: set[str] = set()
        bracket = 0
        by_semicolons = False
        tokens = self.tokens
        resume = start
        for position in range(start, len(tokens)):  # no copy of the rest of the doc per call
            if position < resume:
                continue
            token = tokens[position]
            key = self.token_key.get(token.i)
            if token.text in ("(", ")"):
                bracket += 1 if token.text == "(" else -1
                if bracket < 0:
                    break  # the list sat inside a bracket that closes here
                continue
            if bracket:
                continue  # "vice chairman of the CPPCC (CPPCC)": a gloss, not the list
            if key is None:
                if token.text == ";" and self._name_follows(token.i + 1):
                    by_semicolons = True
                    continue  # "A, vice chairman of X; B, Party secretary of Y; ..."
                if token.text in (".", "!", "?", ";", ":") or "\n" in token.text:
                    break
                if _carries_list_on(self.tokens, token.i):
                    continue  # "A and B, together with C", "as well as C", "such as C"
                if token.lower_ in ("who", "which", "whose") and found:
                    # "A, whose country is this year's guest of honour, B and C": a clause
                    # set off by commas describes one item; the list goes on after it
                    resume = self._past_described_item(token.i, classes)
                    if resume > position:
                        continue
                    break
                if token.lower_ in ("while", "whereas", "although", "because"):
                    break  # "..., while the People's Government acts as host": a new clause
                if token.lower_ in ("who", "which", "whose") or (
                    # "dried mango maker Profood": a participle that describes is no verb
                    token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound")
                ):
                    break
                if token.pos_ == "ADP" and token.lower_ != "of" and not by_semicolons:
                    if self._portfolio_of_title(token):
                        continue  # "Deputy Minister for Commerce U Pwint San"
                    if token.lower_ == "from" and (
                        self._senders_before(token) or self._place_follows(token)
                    ):
                        # "officials from the Ministry of A, executives of B", "X from
                        # Bali, Y and Z": an item's people or its origin, not the list's end
                        continue
                    if (
                        token.lower_ == "in"
                        and not found
                        and self.head(token).pos_ == "NOUN"
                        and self.head(token).i not in self.token_key
                        and self.head(token).i >= start
                    ):
                        # "together with its counterparts in the ten ASEAN countries and
                        # the ASEAN Secretariat": where an unnamed item is, not the end
                        continue
                    break  # items set off by semicolons are titled: "secretary at X; B"
                continue
            wanted = self.core(key) in classes and key not in found
            if wanted and found and self._opens_a_clause(key, token.i):
                break  # "co-hosted E with A, and B provided media support": B's own clause
            if wanted and self._titled_as_a_person(key, token.i):
                continue  # "Vice President Ma'ruf Amin": a person the NER took for a body
            span = self.span_of(key, token.i)
            if (
                wanted
                and self.core(key) == "Organisation"
                and span is not None
                and self._shares_a_noun(span.end)
            ):
                break  # "by ASEAN and Chinese leaders": the leaders of both, not the bloc
            if wanted and (
                not self.is_modifier_mention(key, token.i)
                or self._list_item(key, token.i)
                or self._last_item(key, token.i, found)
                or self._person_of_a_body(key, token.i)
            ):
                span = self.span_of(key, token.i)
                after = (
                    self.tokens[span.end]
                    if span is not None and span.end < len(self.tokens)
                    else None
                )
                opens = span.start if span is not None else token.i
                while opens > 0 and self.tokens[opens - 1].pos_ == "DET":
                    opens -= 1
                if (
                    found
                    and after is not None
                    and after.pos_ == "VERB"
                    and lemma(after) in self.lex["quote_verbs"]
                    and opens > 0
                    and self.tokens[opens - 1].text == ","
                ):
                    break  # "..., furniture firm Mehitabel, the DTI said": who speaks
                at = span.start - 1 if span is not None else -1
                while at >= 0 and self.tokens[at].pos_ == "DET":
                    at -= 1  # "chairman of the Guangxi regional government"
                before = self.tokens[at].lower_ if at >= 0 else ""
                # "secretary at X's Ministry of A and Ministry of B": both describe
                after_described = bool(found) and found[-1] in described
                if (
                    (
                        before in ("of", "at", "for", "with", "from")
                        and at >= start  # the word that opens the list is none of its items
                        and not self._senders_before(self.tokens[at])
                    )
                    or (
                        # (a person after "and" is an item: "Professor A of X and B, ...")
                        before == "and"
                        and after_described
                        and self.core(key) == "Organisation"
                        and self.token_key.get(at - 1) == found[-1]
                    )
                    or (
                        self.core(key) == "Organisation"
                        and span is not None
                        and self._office_before_person(span.end)
                    )
                ):
                    described.add(key)
                found.append(key)
        if any(self.core(k) == "Person" for k in found):
            # "A, vice chairman of the CPPCC; B, secretary of Guangxi": in a list of people,
            # an organisation after "of" describes one of them; it is not listed itself.
            return [k for k in found if k not in described], described
        return found, set()

    def _person_of_a_body(self, key: str, at: int) -> bool:
        """Is the mention of ``key`` at ``at`` a person's name followed by "of" ("Professor
        A of Yunnan University and B")? The parser may make the name a modifier of the
        body's head; a person named before their body is an item of the list all the same."""
        if self.core(key) != "Person":
            return False
        span = self.span_of(key, at)
        return (
            span is not None
            and span.end < len(self.tokens)
            and self.tokens[span.end].lower_ == "of"
        )

    def office_of_a_person(self, token: Token) -> bool:
        """Is the body named at ``token`` a listed person's office: after "of" right behind
        the person's name, a place's possessive between ("Dr X of Malaysia's Department of
        Fisheries"), or before an office noun and the name ("Halal Product Assurance
        Agency (BPJPH) head Muhammad Aqil Irham")? It describes the person; it is no guest."""
        key = self.token_key.get(token.i)
        span = self.span_of(key, token.i) if key is not None else None
        if span is None or self.core(key) != "Organisation":
            return False
        if self._office_before_person(span.end):
            return True
        at = span.start - 1
        while at >= 0 and self.tokens[at].pos_ == "DET":
            at -= 1
        at = self._past_place_possessive(at)
        if at < 1 or self.tokens[at].lower_ != "of":
            return False
        return self.core(self.token_key.get(at - 1)) == "Person"

    def _past_place_possessive(self, at: int) -> int:
        """The position before a place's possessive ending at ``at`` ("of Malaysia's
        Department of Fisheries": the "of" before "Malaysia's"), determiners skipped; ``at``
        itself when no place's possessive ends there. The country a body belongs to
        stands between a person and their office, not between two items of a list."""
        tokens = self.tokens
        if at < 1 or tokens[at].lower_ not in ("'s", "’s"):
            return at
        key = self.token_key.get(at - 1)
        if self.core(key) != "Place":
            return at
        span = self.span_of(key, at - 1)
        if span is None:
            return at
        at = span.start - 1
        while at >= 0 and tokens[at].pos_ == "DET":
            at -= 1
        return at

    def _office_before_person(self, end: int) -> bool:
        """Does a lower-case office noun follow the body that ends at ``end`` (past a
        bracketed short form), with a person's name right after it ("Halal Product
        Assurance Agency (BPJPH) head Muhammad Aqil Irham")? The body is that person's
        office, not an item of the list."""
        tokens = self.tokens
        at = end
        if at < len(tokens) and tokens[at].text == "(":
            while at < len(tokens) and tokens[at].text != ")" and at - end < 6:
                at += 1
            at += 1
        if at + 1 >= len(tokens) or not tokens[at].is_lower:
            return False
        if tokens[at].lower_ not in self.lex["office_nouns"]:
            return False
        return self.core(self.token_key.get(at + 1)) == "Person"

    def _opens_a_clause(self, key: str, at: int) -> bool:
        """Is the mention of ``key`` at token ``at`` the only subject of a verb after it, a
        clause of its own ("A hosted the forum with B, and C provided media support": C is
        no item of the list after "with")? Not when the verb has a subject of its own too:
        "Exhibitors such as A and B filled the hall", where the parser hangs B on "filled"."""
        span = self.span_of(key, at)
        root = span.root if span is not None else self.tokens[at]
        head = root.head
        return (
            root.dep_ in SUBJECT_DEPS
            and head.i > root.i
            and head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in SUBJECT_DEPS and c.i != root.i for c in head.children)
        )

    def _past_described_item(self, relative: int, classes: tuple[str, ...]) -> int:
        """Where a list goes on after a relative clause set off by commas that describes
        its last item ("A, whose country is this year's Country of Honour, B"): the
        position after the clause's closing comma, if a name follows it and the clause
        names no one of ``classes`` itself ("A, who met B, C": not a list); else 0."""
        if relative == 0 or self.tokens[relative - 1].text != ",":
            return 0
        for position in range(relative + 1, min(relative + 25, len(self.tokens))):
            token = self.tokens[position]
            key = self.token_key.get(position)
            if key is not None and self.core(key) in classes:
                return 0
            if token.text in (".", "!", "?", ";", ":") or "\n" in token.text:
                return 0
            if token.text == ",":
                return position + 1 if self._name_follows(position + 1) else 0
        return 0

    def _senders_before(self, prep: Token) -> bool:
        """Is ``prep`` ("of", "from") after a plural role in lower case ("officials from X",
        "executives of Y", "representatives of Z"): the body named after it sends them, it
        is no office of a person listed?"""
        if prep.i == 0 or prep.lower_ not in ("of", "from"):
            return False
        noun = self.tokens[prep.i - 1]
        return (
            noun.tag_ == "NNS"
            and noun.is_lower
            and lemma(noun) in self.lex["participant_role_nouns"] | self.lex["sending_nouns"]
        )

    def _place_follows(self, prep: Token) -> bool:
        """Is a place named right after ``prep`` (past a determiner), and a list item or the
        list's end after it ("PT X from Bali, CV Y and Z")?"""
        at = prep.i + 1
        while at < len(self.tokens) and self.tokens[at].pos_ == "DET":
            at += 1
        key = self.token_key.get(at)
        if key is None or self.core(key) != "Place":
            return False
        span = self.span_of(key, at)
        end = span.end if span is not None else at + 1
        return end >= len(self.tokens) or self.tokens[end].text in (",", ";", ".", "and")

    def _portfolio_of_title(self, token: Token) -> bool:
        """Is ``token`` the "for" of an office's portfolio in a title written before a
        name ("Minister for Foreign Affairs Vivian Balakrishnan", "Deputy Minister for
        Commerce U Pwint San"): a capitalised office noun before it, a capitalised word
        after it?"""
        if token.lower_ != "for" or token.i == 0 or token.i + 1 >= len(self.tokens):
            return False
        before, after = self.tokens[token.i - 1], self.tokens[token.i + 1]
        return (
            before.is_title
            and lemma(before) in self.lex["office_nouns"]
            and after.is_title
            and after.i not in self.token_key
        )

    def _list_item(self, key: str, token_i: int) -> bool:
        """Is a mention the parser made a modifier an item of a list all the same? "dried
        mango maker Profood International and furniture firm Mehitabel", "the 18th CAEXPO
        and CABIS": a comma or "and" right after it, not the noun it would modify."""
        span = self.span_of(key, token_i)
        if span is None or span.end >= len(self.tokens):
            return False
        return self.tokens[span.end].lower_ in (",", "and", ";")

    def _shares_a_noun(self, after: int) -> bool:
        """Does "and", an adjective of a people and a plural common noun follow a modifier
        ("ASEAN and Chinese leaders"): both modify the noun, the leaders act, not the bloc?"""
        tokens = self.tokens[after : after + 3]
        return (
            len(tokens) == 3
            and tokens[0].lower_ == "and"
            and tokens[1].pos_ == "ADJ"
            and tokens[1].text[:1].isupper()
            and tokens[1].i not in self.token_key
            and tokens[2].tag_ == "NNS"
            and tokens[2].is_lower
        )

    def _last_item(self, key: str, token_i: int, found: list[str]) -> bool:
        """Is a mention the parser made a modifier the last item of a list all the same?
        "such as A Co and B JSC plan to ...": "and" right after an item already listed."""
        span = self.span_of(key, token_i)
        if not found or span is None or span.start < 2:
            return False
        before = self.tokens[span.start - 1]
        if before.lower_ != "and" or self.token_key.get(span.start - 2) != found[-1]:
            return False
        return not self._titles_a_name(span.end)

    def _titled_as_a_person(self, key: str, token_i: int) -> bool:
        """Is a body's mention right after a capitalised office ("Vice President Ma'ruf
        Amin")? An office before a name makes the name a person's, whatever the NER made
        of it."""
        span = self.span_of(key, token_i)
        if self.core(key) != "Organisation" or span is None or span.start == 0:
            return False
        # "Vice President Ma'ruf Amin": the office may stand a given name away
        for before in self.tokens[max(span.start - 3, 0) : span.start][::-1]:
            if not before.text[:1].isupper() or before.i in self.token_key:
                return False
            if before.lower_ in self.lex["office_nouns"]:
                return True
        return False

    def _titles_a_name(self, after: int) -> bool:
        """Does a person's name follow a modifier after only the words of a title ("and
        ASEAN Secretary-General Kao Kim Hourn": the body is part of the last item's title,
        not an item)?"""
        for token in self.tokens[after : after + 4]:
            key = self.token_key.get(token.i)
            if key is not None:
                return self.core(key) == "Person"
            if token.pos_ not in ("PROPN", "NOUN") and token.text != "-":
                return False
        return False

    def _name_follows(self, start: int) -> bool:
        """Does a name (perhaps after "and", a title or a possessor) begin within three
        tokens? ("; and Dr Tan Wu Meng, ...": the last item of a list)"""
        for token in self.tokens[start : start + 5]:
            if token.i in self.token_key:
                return True
            if token.i == start and token.lower_ == "and":
                continue
            if token.pos_ not in ("PROPN", "PART", "ADJ", "NOUN") and token.text not in (
                "'s",
                "’s",
            ):
                return False
        return False

    # ----------------------------------------------------------- events of clauses and lists
    def events_at(self, verb: Token, *, participation: bool) -> list[str]:
        """Events a verb's clause places its subject at.

        "at"/"during" E anywhere in the clause's phrases (the parser often hangs "at E"
        on the object), and "to" E after a speech ("in an address to E"); "in"/"to"/"for"
        E only right on a participation verb.
        """
        found: list[str] = []
        for prep, target in self.prepositions(verb):
            if prep in ("in", "to", "for") and participation:
                event = self.event(target)
                if event and event not in found:
                    found.append(event)
        stack = [c for c in self.children(verb) if c.dep_ in ("prep", "dobj", "attr", "npadvmod")]
        while stack:
            token = stack.pop()
            if token.dep_ in ("relcl", "acl", "ccomp", "advcl", "conj") and token.pos_ == "VERB":
                continue
            # "exhibited at the 2023 summit and at the 20th CAEXPO": a preposition repeated
            # in coordination is one more phrase of the verb
            prep_like = token.dep_ == "prep" or (
                token.dep_ == "conj" and token.pos_ == "ADP" and self.head(token).dep_ == "prep"
            )
            if prep_like and (
                token.lower_ in ("at", "during")
                or (token.lower_ == "on" and participation)
                # "sealed on day two of E", "on the opening day of E": whatever the verb
                or (token.lower_ == "on" and self._on_a_day_of_event(token))
                # "In a video address to E, X said": a speech given to an event
                or (token.lower_ == "to" and lemma(token.head) in self.lex["speech_nouns"])
            ):
                for pobj in self.children(token):
                    if pobj.dep_ == "pobj":
                        for target in self.group(pobj):
                            event = self.event(target)
                            if event and event not in found:
                                found.append(event)
            children = self.children(token)
            if token.dep_ == "prep":  # (first on the stack: read after the first phrase)
                stack += [c for c in children if c.dep_ == "conj" and c.pos_ == "ADP"]
            stack += [c for c in children if c.dep_ in ("prep", "pobj", "dobj", "attr")]
            if participation and token.dep_ == "prep":
                # "speaking to reporters after opening the pavilion at E": the gerund
                # after a preposition has the clause's subject
                stack += [c for c in self.children(token) if c.dep_ == "pcomp" and c.tag_ == "VBG"]
        return found

    def _on_a_day_of_event(self, prep: Token) -> bool:
        """Is ``prep`` "on" a day of an event ("on the second day of the expo")?"""
        return any(
            c.dep_ == "pobj" and lemma(c) == "day" and self.event(c) is not None
            for c in self.children(prep)
        )

    def _list_openers(self) -> list[int]:
        """The positions of "including" and of "among" before "them"/"whom" (the words
        that open a list of examples after a plural noun), in order, read once per doc
        from its lower forms."""
        if self._openers is None:
            lowers = doc_arrays(self.doc).lowers
            last = len(lowers) - 1
            self._openers = [
                i
                for i, word in enumerate(lowers)
                if word == "including"
                or (word == "among" and i < last and lowers[i + 1] in ("them", "whom"))
            ]
        return self._openers

    def list_members(self, noun: Token, classes: tuple[str, ...]) -> list[str]:
        """The entities a plural noun lists: "Guests ... included A, B and C", "Among the
        guests were A and B", "exhibitors such as X and Y", "40 firms, including P and Q",
        "X was one of 47 exhibitors". Read once per noun and classes (a noun is the subject
        of several verbs, and several rules ask of it; the answer reads only the parse)."""
        key = (noun.i, classes)
        found = self._members.get(key)
        if found is None:
            found = self._members[key] = self._list_members(noun, classes)
        return list(found)

    def _list_members(self, noun: Token, classes: tuple[str, ...]) -> list[str]:
        verb = self.head(noun)
        if noun.dep_ in ("nsubj", "nsubjpass") and lemma(verb) in self.lex["list_verbs"]:
            if self._included_after_list(noun, verb):
                # "Thirty-two Thai firms, A and B included, went to ...": the parser makes
                # the closing participle the noun's verb; the list stands before it
                return self.listed_after(noun.i + 2, classes)
            return self.listed_after(verb.i + 1, classes)
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.tag_ == "NNS":
            listing = self._list_verb_after_participle(noun, verb)
            if listing is not None:
                # "Exhibitors already confirmed include A and B": the parser makes the
                # participle the noun's verb and leaves the list verb on its own
                return self.listed_after(listing.i + 1, classes)
            colon = self._colon_after_taking_part(verb)
            if colon is not None:
                # "Leaders attended the opening of E: A, B and C": the names after the
                # colon spell out the plural subject
                return self.listed_after(colon.i + 1, classes)
        among = self.head(noun)
        if (
            noun.dep_ == "pobj"
            and among.lower_ == "among"
            and self.head(among).pos_ in ("AUX", "VERB")
        ):
            # "Among the guests were A, B and C": the names follow the verb (or precede it)
            after = self.listed_after(self.head(among).i + 1, classes)
            listed = self.keys(self.widen(self.subjects(self.head(among))))
            return after or [k for k in listed if self.core(k) in classes]
        # "Her company was one of 47 exhibitors that took part": the copula's subject
        one = self.head(among) if noun.dep_ == "pobj" and among.lower_ == "of" else None
        if (
            one is not None
            and one.lower_ == "one"
            and one.dep_ == "attr"
            and lemma(self.head(one)) == "be"
        ):
            listed = self.keys(self.widen(self.subjects(self.head(one))))
            return [k for k in listed if self.core(k) in classes]
        # the noun's own marker first ("Exhibitors such as A and B put ..., while makers
        # including C show ...": the later "including" is another noun's)
        for child in self.children(noun):
            if child.dep_ == "amod" and child.lower_ == "such":
                marker = next((c for c in self.children(child) if c.lower_ == "as"), None)
                if marker is not None:  # "exhibitors such as X": spaCy hangs "as X" on "such"
                    return self.listed_after(marker.i + 1, classes)
            if child.dep_ == "amod" and any(
                c.dep_ == "advmod" and c.lower_ == "as" for c in self.children(child)
            ):
                # "Brands as varied as A, B and C took stands": a comparison of the kind
                # that names its examples
                marker = next(
                    (c for c in self.children(child) if c.dep_ == "prep" and c.lower_ == "as"),
                    None,
                )
                if marker is not None:
                    return self.listed_after(marker.i + 1, classes)
            if child.dep_ == "prep" and (
                child.lower_ in self.lex["list_markers"]
                or (child.lower_ == "as" and any(c.lower_ == "such" for c in child.lefts))
            ):
                return self.listed_after(child.i + 1, classes)
        at = noun.i + 2
        if (
            at + 1 < len(self.tokens)
            and self.tokens[noun.i + 1].text == ","
            and self.tokens[at].lower_ == "among"
            and self.tokens[at + 1].lower_ == "them"
        ):
            # "... with 400 exhibitors, among them snack maker X": the list right after
            # the noun, however the parser hung it
            listed = self.listed_after(at + 2, classes)
            if listed:
                return listed
        if at < len(self.tokens) and self.tokens[noun.i + 1].text == ",":
            # "18 companies, Lao Brewery and Phongsavanh Bank among them, flew to ...": the
            # list set off after the noun and closed by "among them"
            for token in self.tokens[at : min(at + 16, len(self.tokens) - 1)]:
                if token.is_punct and token.text != ",":
                    break
                if token.lower_ == "among" and self.tokens[token.i + 1].lower_ == "them":
                    listed = self.listed_after(at, classes)
                    if listed:
                        return listed
                    break
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.i < verb.i and verb.pos_ in ("VERB", "AUX"):
            # "Food groups from the region, among them A and B, are showing ...": the list
            # set off between the subject and its verb (however the parser hung it)
            for token in self.tokens[noun.i + 1 : verb.i - 1]:
                among_them = token.lower_ == "among" and self.tokens[token.i + 1].lower_ == "them"
                if not (among_them or token.lower_ == "including"):
                    continue
                if self.tokens[token.i - 1].lower_ not in (",", "(", "--", "—"):
                    continue
                plural = next(
                    (
                        t
                        for t in reversed(self.tokens[noun.i + 1 : token.i])
                        if t.pos_ == "NOUN" and t.tag_ == "NNS"
                    ),
                    noun,
                )
                if plural == noun or (
                    plural.dep_ == "pobj" and plural.head.lower_ in ("from", "of", "in")
                ):
                    listed = self.listed_after(token.i + (2 if among_them else 1), classes)
                    if listed:
                        return listed
                break
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX"):
            # "More than 2,800 companies took part, among them Huawei, ZTE and Alibaba";
            # "The expo attracted exhibitors from 40 countries, including X and Y"
            end = self.sentence(verb).end
            # (only the words that can open such a list, read once per doc: the rest of
            # the sentence asks nothing)
            openers = self._list_openers()
            first = bisect_left(openers, max(verb.i, noun.i) + 1)
            last = bisect_left(openers, end - 1)
            for token in (self.tokens[i] for i in openers[first:last]):
                among_them = token.lower_ == "among"  # an opener: "them" or "whom" follows
                # not "the company is focusing on models already on sale, including the
                # Dolphin", "the hosts organised a forum, where a dozen of our firms, among
                # them X, met buyers": a list after another plural noun is that noun's
                if token.lower_ == "including" or among_them:
                    # (a count of stands lists no names: "companies took 150 booths at
                    # E, among them X": the companies)
                    plural = next(
                        (
                            t
                            for t in reversed(self.tokens[noun.i + 1 : token.i])
                            if t.pos_ == "NOUN"
                            and t.tag_ == "NNS"
                            and lemma(t) not in self.lex["stand_nouns"]
                        ),
                        noun,
                    )
                    # ("exhibitors from 40 countries, including X": where the role's
                    # holders come from, however the parser hung it)
                    origin = (
                        not among_them  # "a dozen of our firms, among them X": the firms
                        and plural.dep_ == "pobj"
                        and plural.head.lower_ in ("from", "of", "in")
                    )
                    if not (noun.left_edge.i <= plural.i <= noun.right_edge.i or origin):
                        continue
                if token.lower_ == "including" or among_them:
                    start = token.i + (1 if token.lower_ == "including" else 2)
                    return self.listed_after(start, classes)
        # "exhibitors from Kaspersky Lab to Intel", "exhibitors ranging from A to B": the
        # two ends of a range of examples (of
        # roles held only at an event: "firms from A to B" may be any firms anywhere)
        marks = {c.lower_: c for c in self.children(noun) if c.dep_ == "prep"}
        # "exhibitors ranging from A to B": the range told by a participle of the noun
        for ranging in (c for c in self.children(noun) if c.dep_ == "acl"):
            if lemma(ranging) == "range":
                marks.update((c.lower_, c) for c in self.children(ranging) if c.dep_ == "prep")
        start, end = marks.get("from"), marks.get("to")
        if lemma(noun) in self.lex["event_role_nouns"] and start and end and start.i < end.i:
            return [k for mark in (start, end) for k in self.listed_after(mark.i + 1, classes)]
        return []

    def _included_after_list(self, noun: Token, verb: Token) -> bool:
        """Is ``verb`` the "included" that closes a list set off after ``noun`` ("firms, A
        and B included,"), with names before it and a comma or dash after it?"""
        return (
            verb.lower_ == "included"
            and verb.i > noun.i + 2
            and self.tokens[noun.i + 1].text == ","
            and verb.i + 1 < len(self.tokens)
            and self.tokens[verb.i + 1].text in (",", ")", "--", "\u2014")
            and self.token_key.get(verb.i - 1) is not None
        )

    def _list_verb_after_participle(self, noun: Token, verb: Token) -> Token | None:
        """The list verb a reduced relative's participle stands before ("exhibitors
        confirmed so far include", "speakers already announced include"): a participle
        right after the noun, then only adverbs ("so far", "already", "to date") before a
        list verb with no subject of its own."""
        if verb.i != noun.i + 1 and not (
            verb.i == noun.i + 2 and self.tokens[noun.i + 1].pos_ == "ADV"
        ):
            return None
        if verb.tag_ not in ("VBN", "VBD") or lemma(verb) in self.lex["list_verbs"]:
            return None
        end = self.sentence(verb).end
        for token in self.tokens[verb.i + 1 : min(verb.i + 4, end)]:
            if lemma(token) in self.lex["list_verbs"] and token.pos_ == "VERB":
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                    return None
                return token
            if token.pos_ != "ADV" and token.lower_ not in ("to", "date"):
                return None
        return None

    def _colon_after_taking_part(self, verb: Token) -> Token | None:
        """The colon closing a clause of taking part whose plural subject the names after
        it spell out ("Leaders attended the opening of E: A, B and C"); none before a quote
        or where the colon opens a clause of its own."""
        if verb.pos_ != "VERB" or lemma(verb) not in self.lex["participation_verbs"]:
            return None
        colon = next(
            (t for t in self.tokens[verb.i + 1 : self.sentence(verb).end + 1] if t.text == ":"),
            None,
        )
        if colon is None or colon.i + 1 >= len(self.tokens):
            return None
        after = self.tokens[colon.i + 1]
        if after.is_quote or after.text in ("\u201c", "\u2018", '"', "'"):
            return None
        # the list runs to the sentence's stop, however the parser cut it at the colon
        end = next(
            (
                t.i
                for t in self.tokens[colon.i + 1 :]
                if t.text in (".", "!", "?", ";") or "\n" in t.text
            ),
            len(self.tokens),
        )
        # a new clause after the colon ("... attended: the talks went on") lists nobody
        if any(
            t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
            for t in self.tokens[colon.i + 1 : end]
            if self.token_key.get(t.i) is None
        ):
            return None
        return colon

    def event_of_role(self, noun: Token) -> str | None:
        """The event a role noun belongs to: its own phrase ("guests at the opening of E"),
        its clause ("sent 40 firms to E"), the one event of its sentence, or the edition
        the article is about."""
        for prep, target in self.prepositions_of_noun(noun):
            if prep in ("at", "of", "to", "for", "during", "in"):
                event = self.event(target)
                if event:
                    return event
        head = noun
        while head.dep_ in ("pobj", "prep", "appos", "conj", "dobj", "nsubj", "nsubjpass", "attr"):
            if self.head(head) == head:
                break
            head = self.head(head)
            if head.pos_ in ("VERB", "AUX"):
                events = self.events_at(head, participation=True)
                if events:
                    return events[0]
                break
        sentence = self.sentence(noun)
        series = set(self.resolved.editions.values())
        events = {
            k
            for span, k in self.mentions_in(sentence)
            if self.core(k) == "Event" and k not in series and not self._in_other_clause(span, noun)
        }
        if len(events) == 1:
            return events.pop()
        return self._held_just_before(sentence) or self.event_in_scope(noun)

    def _held_just_before(self, sentence: Span) -> str | None:
        """ "On the sidelines of the show, the inaugural X Summit was held at ... Speakers
        included A and B": the one event (not a series) the sentence just before, in the
        same paragraph, says was held or opened, as its subject."""
        at = self.sentence_position(sentence[0])
        if at == 0:
            return None
        before = self.sentences[at - 1]
        if "\n" in self.text[before.start_char : sentence.start_char]:
            return None  # a paragraph before
        series = set(self.resolved.editions.values())
        held = set()
        for span, key in self.mentions_in(before):
            if self.core(key) != "Event" or key in series:
                continue
            token = self.head_mention_token(span)
            verb = self.head(token)
            if token.dep_ in SUBJECT_DEPS and lemma(verb) in self.lex["held_verbs"]:
                held.add(key)
        return held.pop() if len(held) == 1 else None

    def _in_other_clause(self, span: Span, noun: Token) -> bool:
        """Is the mention inside a clause of its own that ``noun`` is not in? ("stands of
        SAP ..., where firms present services for the 2014 World Cup": not the stands')"""
        if noun in span.root.ancestors:
            return False  # in the noun's own phrase: "guests at the fair staged during E"
        own = {a.i for a in noun.ancestors} | {noun.i}
        for ancestor in span.root.ancestors:
            if ancestor.i in own:
                return False
            if ancestor.dep_ == "relcl" and ancestor.pos_ in ("VERB", "AUX"):
                return True
        return False

    def phrase_keys(self, token: Token) -> list[str]:
        """Entities named in a phrase ("by A, B and C, together with D"), bar modifiers."""
        found = []
        subtree = list(token.subtree)
        inside = {t.i for t in subtree}
        for inner in subtree:
            key = self.token_key.get(inner.i)
            if key is None or key in found:
                continue
            span = self.span_of(key, inner.i)
            if span is not None and span.root.dep_ in (*_MODIFIER_DEPS, "nummod"):
                continue
            if any(a.dep_ in ("relcl", "acl") for a in inner.ancestors if a.i in inside):
                continue
            found.append(key)
        return found

    def launch_targets(self, obj: Token) -> list[str]:
        """Initiatives a launch verb's object names: directly, as "the construction of X", as
        the name of a described thing ("a leasing programme, X", "a platform called X")
        or of a kind ("the Lancang-Mekong Cooperation framework")."""
        found = [k for k in self.keys(self.group(obj)) if self.core(k) == "Initiative"]
        for noun in self.group(obj):
            if self.token_key.get(noun.i) is not None:
                continue
            # ("its RuralPower 2.0 programme": a name before a version the parser makes nmod)
            named = [c for c in self.children(noun) if c.dep_ in ("appos", "compound", "nmod")]
            for prep in self.children(noun):
                # "a training programme for crane operators, Port Skills Bridge": the
                # parser hangs the programme's name on the plural ending its phrase
                for inner in self.children(prep) if prep.dep_ == "prep" else ():
                    if inner.dep_ == "pobj" and inner.tag_ == "NNS" and inner.is_lower:
                        named += [c for c in self.children(inner) if c.dep_ == "appos"]
            # "a platform called X", "a service for shippers called X", "rolled out a scheme
            # for traders, called X" (the parser hangs the participle on "shippers" or on
            # the verb)
            for called in noun.sent[noun.i - noun.sent.start :]:
                described = described_by_name(called)
                if described is not None and described.i == noun.i:
                    named += [
                        c for c in self.children(called) if c.dep_ in ("oprd", "attr", "dobj")
                    ]
            found += [k for k in self.keys(named) if self.core(k) == "Initiative"]
        if lemma(obj) in self.lex["launch_object_nouns"]:
            for prep, target in self.prepositions_of_noun(obj):
                if prep == "of":
                    found += [k for k in self.keys([target]) if self.core(k) == "Initiative"]
                    # "the launch of negotiations on version 3.0 of the free trade area"
                    found += self._through_targets(target)
        # "launched negotiations on the Regional Comprehensive Economic Partnership"
        return found + self._through_targets(obj)

    def _through_targets(self, noun: Token) -> list[str]:
        """Initiatives a process noun ("negotiations", "talks", "a study") is on."""
        if lemma(noun) not in self.lex["launch_through_nouns"]:
            return []
        return [
            k
            for prep, inner in self.prepositions_of_noun(noun)
            if prep in ("on", "for", "of", "towards", "toward")
            for k in self.keys([inner])
            if self.core(k) == "Initiative"
        ]

    def is_modifier_mention(self, key: str, token_i: int) -> bool:
        """Is the mention at ``token_i`` a modifier of another noun ("the ASEAN side")?"""
        span = self.span_of(key, token_i)
        return span is not None and span.root.dep_ in _MODIFIER_DEPS


def _set_before(clause: Token, item: Token) -> bool:
    """Is ``clause`` a participle or relative clause on an earlier item of the list
    ``item`` is in, set between them ("the A Forum, organised by X and Y, and the B
    Festival": "organised" is the forum's, not the festival's)? A clause after the last
    item ("the A and B forums, held in Nanning") is every item's."""
    return (
        clause.dep_ in ("acl", "relcl")
        and clause.head.i < clause.left_edge.i
        and clause.right_edge.i < item.i
    )
