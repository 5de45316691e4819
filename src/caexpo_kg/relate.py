"""Relations: the ten core properties, read from the dependency parse.

Rules walk spaCy's dependency tree: a verb's subjects (through coordination,
relative clauses and participles), its objects and its prepositional objects,
appositions and possessives. What varies by domain, the verbs and nouns of each
frame, is data (``data/rules/relations.json``). We walk the tree in Python rather
than write DependencyMatcher patterns because one frame ("X exhibited at E",
"X and Y exhibited at E", "E, which X attended", "At E, X presented ...") would
need a pattern per shape of sentence; the walk handles them in one place.

Every relation names the rule that made it and the sentence it was read from, so
``caexpo-kg explain`` can show why a triple is there.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .components.entities import EXPO_FAMILY, SPANS_KEY
from .components.rules import load_rules
from .model import Evidence, Relation
from .nlp import CO_WORD_LEMMAS
from .resolve import ResolvedDocument, _doc_text, current_edition, entity_key
from .resources import resource_dir

__all__ = ["DOMAINS", "Reader", "deduplicate", "extract_relations", "lexicon"]

#: Domain and range of each core property, as FORMAT.md gives them.
DOMAINS: dict[str, tuple[set[str], set[str]]] = {
    "editionOf": ({"Event"}, {"Event"}),
    "inYear": ({"Event", "Initiative"}, {"Year"}),
    "heldIn": ({"Event"}, {"Place"}),
    "locatedIn": ({"Place", "Initiative"}, {"Place"}),
    "participatedIn": ({"Organisation", "Person"}, {"Event"}),
    "organisedBy": ({"Event"}, {"Organisation"}),
    "partOf": ({"Event"}, {"Event"}),
    "launched": ({"Event", "Organisation"}, {"Initiative"}),
    "memberOf": ({"Place", "Organisation"}, {"Organisation"}),
    "affiliatedWith": ({"Person"}, {"Organisation"}),
}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
#: Verbs whose "to X" names where an event happens ("drew 2,300 firms to Nanning").
_TO_PLACE_VERBS = {"draw", "attract", "bring", "welcome", "return", "move", "come"}
_SET_BESIDE = re.compile(
    r",\s+(?:the\s+)?(?:(?:south|north|east|west|central)[a-z]*\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+)?"
)
#: Verbs by which an event happens where the news is datelined.
_HAPPENING_VERBS = {"open", "close", "end", "wrap", "get", "begin", "kick", "run", "conclude",
                    "start", "take", "continue", "draw", "attract"}  # fmt: skip
#: "since its inception in 2004": nouns of an event's beginning.
_BEGINNINGS = {"inception", "launch", "founding", "establishment", "debut", "start", "birth"}
_RELATIVE_WORDS = {"who", "which", "that", "whom", "both", "all", "each"}


def _lemma(token: Token) -> str:
    """A token's lower-case lemma; "co-sponsored" → "sponsor" (the lemmatizer leaves it)."""
    return CO_WORD_LEMMAS.get(token.lower_) or token.lemma_.lower()


@lru_cache(maxsize=4)
def lexicon(rules_dir: str | None = None) -> dict[str, frozenset[str]]:
    """The verb and noun lists of ``data/rules/relations.json``."""
    folder = resource_dir("rules") if rules_dir is None else rules_dir
    with open(f"{folder}/relations.json", encoding="utf-8") as handle:
        data = json.load(handle)
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


def extract_relations(doc: Doc, resolved: ResolvedDocument) -> list[Relation]:
    """All stated relations of one document (years are added by :mod:`caexpo_kg.time`)."""
    return Reader(doc, resolved).relations()


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


class Reader:
    """Reads the relations of one parsed, resolved document."""

    def __init__(self, doc: Doc, resolved: ResolvedDocument) -> None:
        self.doc = doc
        self.text = _doc_text(doc)  # Doc.text joins every token on each access
        # Token objects are made afresh on each access; the rules walk these lists instead.
        self.tokens = list(doc)
        self.verbs = [t for t in self.tokens if t.pos_ in ("VERB", "AUX")]
        self.resolved = resolved
        self.lex = lexicon()
        self.found: list[Relation] = []
        self._events: dict[int, str | None] = {}
        self.exhibitors: list[tuple[str, Token]] = []
        """Exhibitors with no event in their sentence, placed at the end (see below)."""
        self.token_key: dict[int, str] = {}
        self.mention_spans: list[tuple[Span, str]] = []
        spans = sorted(doc.spans[SPANS_KEY], key=lambda s: -(s.end - s.start))
        for span in spans:  # longest first, so nested (shorter) spans win their tokens
            key = resolved.span_entity.get((span.start_char, span.end_char))
            if key is None:
                continue
            self.mention_spans.append((span, key))
            for token in span:
                self.token_key[token.i] = key
        self.mention_spans.sort(key=lambda item: item[0].start)
        # Span.root and Token.sent walk tokens on every access: look them up once.
        self._span_end_by_root: dict[int, int] = {}
        for span, _ in self.mention_spans:
            root = span.root.i
            self._span_end_by_root[root] = max(self._span_end_by_root.get(root, 0), span.end)
        self._sentences = list(doc.sents)
        self._sentence_starts = [sentence.start for sentence in self._sentences]
        self._evidence: dict[int, Evidence] = {}

    # ----------------------------------------------------------- utilities
    def core(self, key: str | None) -> str | None:
        if key is None:
            return None
        entity = self.resolved.entities.get(key)
        return entity.core_class if entity else key.split("/", 1)[0]

    def add(
        self, subject: str | None, predicate: str, obj: str | None, rule: str, at: Token
    ) -> None:
        """Record a relation if both ends exist and fit the property's domain and range."""
        if subject is None or obj is None or subject == obj:
            return
        domain, range_ = DOMAINS[predicate]
        if self.core(subject) not in domain or self.core(obj) not in range_:
            return
        evidence = self.sentence_evidence(at)
        self.found.append(Relation(subject, predicate, obj, f"{predicate}:{rule}", (evidence,)))

    def sentence(self, token: Token) -> Span:
        """``token.sent``, without walking the tokens again."""
        return self._sentences[bisect_right(self._sentence_starts, token.i) - 1]

    def sentence_evidence(self, token: Token) -> Evidence:
        index = bisect_right(self._sentence_starts, token.i) - 1
        evidence = self._evidence.get(index)
        if evidence is None:
            sentence = self._sentences[index]
            evidence = Evidence(sentence.start_char, sentence.end_char, sentence.text.strip())
            self._evidence[index] = evidence
        return evidence

    def nearest_before(self, token: Token, predicate) -> str | None:
        """The key of the nearest mention before ``token`` whose key satisfies ``predicate``."""
        for span, key in reversed(self.mention_spans):
            if span.end <= token.i and predicate(key):
                return key
        return None

    def entity(self, token: Token) -> str | None:
        """The entity a token names: its mention, a pronoun's or a definite description's."""
        key = self.token_key.get(token.i)
        if key is not None:
            return key
        lowered = token.lower_
        if lowered in _PERSON_PRONOUNS:
            return self.nearest_before(token, lambda k: self.core(k) == "Person")
        has_the = any(
            c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in token.children
        )
        if lowered in self.lex["definite_org_nouns"] and has_the:
            return self.nearest_before(
                token,
                lambda k: (
                    self.core(k) == "Organisation"
                    and (lowered in ("company", "firm", "group") or lowered in k)
                ),
            )
        return None

    def event(self, token: Token) -> str | None:
        """The event a token refers to, looking through "the opening of", "the sidelines of"."""
        if token.i not in self._events:
            self._events[token.i] = self._event(token)
        return self._events[token.i]

    def _event(self, token: Token) -> str | None:
        key = self.entity(token)
        if key is not None and self.core(key) == "Event":
            return key
        if _lemma(token) in self.lex["occasion_nouns"] or token.lower_ in (
            "opening",
            "ceremony",
        ):
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = self.event(pobj)
                            if found:
                                return found
            if token.lower_ in ("opening", "ceremony", "closing"):
                return self.current_event(token)
        return None

    def current_event(self, token: Token) -> str | None:
        """The edition (or expo) the article is about, as of ``token``."""
        editions = self.resolved.editions
        before = [k for span, k in self.mention_spans if span.end <= token.i]
        key = current_edition(before, editions)
        if key is None:
            key = self.nearest_before(
                token,
                lambda k: (
                    self.core(k) == "Event" and k.split("/", 1)[1].split("-")[-1] in EXPO_FAMILY
                ),
            )
        return key

    @staticmethod
    def group(token: Token) -> list[Token]:
        """A token and its coordinated conjuncts ("Huawei and JD.com")."""
        return [token, *token.conjuncts]

    def keys(self, tokens: Iterable[Token], *, event: bool = False) -> list[str]:
        found = []
        for token in tokens:
            key = self.event(token) if event else self.entity(token)
            if key is not None and key not in found:
                found.append(key)
        return found

    def subjects(self, verb: Token) -> list[Token]:
        """The subjects of a verb, inherited through coordination and clauses."""
        own = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if own:
            result = []
            for subject in own:
                if subject.lower_ in _RELATIVE_WORDS and verb.dep_ == "relcl":
                    result += self.group(verb.head)
                else:
                    result += self.group(subject)
            return result
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head != verb:
            return self.subjects(verb.head)
        if verb.dep_ in ("relcl", "acl"):
            return self.group(verb.head)
        return []

    def objects(self, verb: Token) -> list[Token]:
        result = []
        for child in verb.children:
            if child.dep_ in ("dobj", "attr", "oprd"):
                result += self.group(child)
        return result

    def prepositions(self, verb: Token) -> Iterator[tuple[str, Token]]:
        """``(preposition phrase, object)`` pairs of a verb, "by" agents included."""
        for child in verb.children:
            if child.dep_ in ("prep", "agent") or (
                child.dep_ == "advmod" and child.lower_ == "together"
            ):
                preps = [child]
                if child.dep_ == "advmod":
                    preps = [c for c in child.children if c.dep_ == "prep"]
                for prep in preps:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            for target in self.group(pobj):
                                yield prep.lower_, target
                            yield from self._phrase(prep.lower_, pobj)

    def _phrase(self, prep: str, pobj: Token) -> Iterator[tuple[str, Token]]:
        """ "on the sidelines of X" → ``("on the sidelines of", X)``."""
        for child in pobj.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for inner in child.children:
                    if inner.dep_ == "pobj":
                        phrase = f"{prep} the {pobj.lower_} of"
                        for target in self.group(inner):
                            yield phrase, target
                        if pobj.lower_ == "part":
                            for target in self.group(inner):
                                yield f"{prep} part of", target

    def mentions_of(self, core_class: str) -> Iterator[tuple[Span, str]]:
        for span, key in self.mention_spans:
            if self.core(key) == core_class:
                yield span, key

    def verbs_of(self, token: Token) -> list[tuple[Token, str]]:
        """Verbs an entity token takes part in, with its role: subject, object, at."""
        found = []
        if token.dep_ in _SUBJECT_DEPS:
            found.append((token.head, "subject"))
            found += [(c, "subject") for c in token.head.conjuncts if not self._has_subject(c)]
        elif token.dep_ in ("dobj", "attr"):
            found.append((token.head, "object"))
        elif token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
            found.append((token.head.head, token.head.lower_))
        elif token.dep_ == "conj" or token.dep_ == "appos":
            return self.verbs_of(token.head)
        appositions = [c for c in token.children if c.dep_ == "appos"]
        for child in [*token.children, *(g for a in appositions for g in a.children)]:
            # "the expo, the region's flagship fair, which takes place in Nanning"
            if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX"):
                found.append((child, "subject"))
        for verb, role in list(found):
            # "First staged in 2004, the China-ASEAN Expo has become ...": a participle
            # clause with no subject of its own is about the main clause's subject.
            if role == "subject":
                found += [
                    (c, "subject")
                    for c in verb.children
                    if c.dep_ == "advcl"
                    and c.tag_ in ("VBN", "VBG", "VBD")
                    and not self._has_subject(c)
                ]
        # "The exposition is co-sponsored by ...": the participle is the verb that counts.
        for verb, role in list(found):
            if role == "subject" and verb.lemma_ == "be":
                found += [
                    (c, "subject")
                    for c in verb.children
                    if c.dep_ in ("acomp", "xcomp") and c.tag_ == "VBN"
                ]
        # "the Forum, also held in Nanning, ...": a participle right after the name.
        span_end = self._span_end_by_root.get(token.i, token.i + 1)
        following = [
            t
            for t in self.doc[span_end : span_end + 3]
            if t.lower_ not in (",", "also", "which", "was")
        ]
        if following and following[0].tag_ == "VBN" and (following[0], "subject") not in found:
            found.append((following[0], "subject"))
        return found

    @staticmethod
    def _has_subject(verb: Token) -> bool:
        """Does the verb have a subject of its own? ("First staged in 2004": the parser may
        call "First" a subject; an adverb or ordinal is none.)"""
        return any(
            c.dep_ in _SUBJECT_DEPS and c.pos_ not in ("ADV", "ADJ") and c.lower_ != "first"
            for c in verb.children
        )

    @staticmethod
    def head_mention_token(span: Span) -> Token:
        """The token of a mention the parser hangs the rest of the sentence on.

        Usually ``span.root``; but for "The 13th CAEXPO is scheduled" the parser may hang
        both "13th" and "CAEXPO" on the verb, and the noun is the one that counts.
        """
        outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
        for token in outside:
            if token.dep_ not in ("npadvmod", "amod", "nummod", "compound", "det", "punct"):
                return token
        return outside[-1] if outside else span.root

    # ----------------------------------------------------------- the rules
    def relations(self) -> list[Relation]:
        self._capitals()
        self._editions()
        self._bylines()
        self._world_knowledge()
        if not self.doc.has_annotation("DEP"):
            return self.found  # no parser in this pipeline: the frames below need one
        self._event_frames()
        self._participant_frames()
        self._scenes()
        self._appositions()
        self._possessive_places()
        self._places_set_beside()
        self._leaders()
        self._memberships()
        self._year_of_mark()
        self._occasions()
        self._exhibitors_at_current_edition()
        self._dateline()  # last: it only fills in where no other rule placed the event
        return self.found

    def _capitals(self) -> None:
        """ "the Guangxi capital" names Nanning, which lies in Guangxi."""
        rules = load_rules()
        for span, key in self.mention_spans:
            container = span._.caexpo_container
            entry = rules.by_name.get(container.casefold()) if container else None
            if entry is not None:
                target = entity_key(entry.core_class, entry.label)
                if target in self.resolved.entities:
                    self.add(key, "locatedIn", target, "capital-of", span.root)

    def dateline_place(self) -> str | None:
        """The place of a dateline ("NANNING, Sept. 19 -- ..."), where the news happened."""
        for span, key in self.mention_spans[:12]:
            line_start = self.text.rfind("\n", 0, span.start_char) + 1
            after = self.text[span.end_char : span.end_char + 2]
            if span.start_char == line_start and after.startswith(",") and span.text.isupper():
                return key if self.core(key) == "Place" else None
        return None

    def _dateline(self) -> None:
        """The article's own event happens at its dateline: the current edition, and an
        event that opens, closes or is under way in the lede ("The expo closed on Tuesday")."""
        place = self.dateline_place()
        if place is None:
            return
        place_span = next(s for s, k in self.mention_spans if k == place)
        lede_end = self.text.find("\n", place_span.end_char)
        lede_end = len(self.text) if lede_end < 0 else lede_end
        events = []
        for span, key in self.mention_spans:
            if self.core(key) != "Event" or not (place_span.end_char <= span.start_char < lede_end):
                continue
            token = self.head_mention_token(span)
            if any(
                role == "subject" and _lemma(verb) in _HAPPENING_VERBS
                for verb, role in self.verbs_of(token)
            ):
                events.append((key, token))
        current = current_edition([k for _, k in self.mention_spans], self.resolved.editions)
        if current is not None:
            first = next(s for s, k in self.mention_spans if k == current)
            events.append((current, first.root))
        for key, token in events:
            if not any(r.subject == key and r.predicate == "heldIn" for r in self.found):
                self.add(key, "heldIn", place, "dateline", token)

    def _editions(self) -> None:
        first: dict[str, Span] = {}
        for span, key in self.mention_spans:
            if key in self.resolved.editions and key not in first:
                first[key] = span
        for edition, series in sorted(self.resolved.editions.items()):
            span = first.get(edition)
            if span is not None:
                self.add(edition, "editionOf", series, "ordinal", span.root)
            else:
                self.found.append(Relation(edition, "editionOf", series, "editionOf:ordinal"))

    def _bylines(self) -> None:
        for person, org in self.doc._.caexpo_bylines or ():
            subject = self.resolved.span_entity.get(tuple(person))
            obj = self.resolved.span_entity.get(tuple(org))
            if subject and obj:
                start = self.text.rfind("\n", 0, person[0]) + 1  # the byline's line
                evidence = Evidence(start, org[1], self.text[start : org[1]])
                self.found.append(
                    Relation(subject, "affiliatedWith", obj, "affiliatedWith:byline", (evidence,))
                )

    def _world_knowledge(self) -> None:
        """Stable facts the rules ship (ASEAN's members) about entities the text names.

        Only membership: containment (Guangxi in China) goes without saying in news text
        and annotators rarely state it. The evidence is the member's first mention.
        """
        rules = load_rules()
        first_mention = {}
        for span, key in self.mention_spans:
            first_mention.setdefault(key, span)
        for key, entity in self.resolved.entities.items():
            entry = rules.by_name.get(entity.label.casefold())
            if entry is None or entry.label != entity.label or not entry.member_of:
                continue
            target_entry = rules.by_name[entry.member_of.casefold()]
            target_key = entity_key(target_entry.core_class, target_entry.label)
            if target_key in self.resolved.entities and key in first_mention:
                self.add(key, "memberOf", target_key, "world-knowledge", first_mention[key].root)

    def _event_frames(self) -> None:
        """Where an event is held, who organises it, what it is part of and launches."""
        lex = self.lex
        for span, key in list(self.mentions_of("Event")):
            token = self.head_mention_token(span)
            # "the 26th China-ASEAN Summit in Jakarta": a place right on the event's noun.
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            for place in self.keys(self.group(pobj)):
                                self.add(key, "heldIn", place, "noun-in", token)
                if child.dep_ == "prep" and child.lower_ in lex["part_of_prepositions"]:
                    for pobj in child.children:
                        for other in self.keys(self.group(pobj), event=True):
                            self.add(key, "partOf", other, f"noun-{child.lower_}", token)
            # "the Advanced Technology Exhibition section at the CAEXPO"
            if token.dep_ == "compound" and _lemma(token.head) in lex["section_nouns"]:
                for prep, target in self.prepositions_of_noun(token.head):
                    if prep in ("at", "of", "in", "during"):
                        self.add(key, "partOf", self.event(target), "section", token)
            for verb, role in self.verbs_of(token):
                lemma = _lemma(verb)
                for prep, target in self.prepositions(verb):
                    if (
                        role in ("subject", "object")
                        and prep in ("in", "at", "to")
                        and (lemma in lex["held_verbs"] or verb.dep_ in ("acl", "relcl"))
                        and (prep != "to" or lemma in _TO_PLACE_VERBS)
                    ):
                        self.add(key, "heldIn", self.entity(target), f"{lemma}-{prep}", verb)
                    if role == "subject" and (
                        prep in lex["part_of_prepositions"]
                        or prep in lex["part_of_phrases"]
                        or (
                            prep in ("at", "in")
                            and lemma in ("hold", "stage", "run", "open", "take")
                        )
                    ):
                        self.add(key, "partOf", self.event(target), f"{lemma}-{prep}", verb)
                    if role == "subject" and prep == "by" and lemma in lex["organising_verbs"]:
                        for org in self.phrase_keys(target):
                            self.add(key, "organisedBy", org, f"{lemma}-by", verb)
                if (
                    role == "subject"
                    and lemma in lex["dobj_participation_verbs"]
                    and verb.tag_ == "VBN"
                ):
                    # "the summit was held, attended by Vice Premier Han Zheng"
                    for prep, target in self.prepositions(verb):
                        if prep == "by":
                            for guest in self.phrase_keys(target):
                                self.add(guest, "participatedIn", key, f"{lemma}-by", verb)
                if role == "subject" and lemma in lex["organising_verbs"] and verb.tag_ == "VBN":
                    for org in self.organisers_after(verb):
                        self.add(key, "organisedBy", org, f"{lemma}-by-list", verb)
                if role == "subject":
                    # "The 12th CAEXPO started the construction of the Information Harbor"
                    if lemma in lex["launch_verbs"] or verb.lower_ in ("set",):
                        for obj in self.objects(verb):
                            for initiative in self.launch_targets(obj):
                                self.add(key, "launched", initiative, f"{lemma}", verb)
                    # "the Forum has developed into a routine activity of the CAEXPO"
                    for _prep, target in self.prepositions(verb):
                        if _lemma(target) in lex["part_nouns"]:
                            for inner_prep, inner in self.prepositions_of_noun(target):
                                if inner_prep == "of":
                                    self.add(key, "partOf", self.event(inner), "activity-of", verb)
                    for obj in self.objects(verb):
                        if _lemma(obj) in lex["part_nouns"]:
                            for inner_prep, inner in self.prepositions_of_noun(obj):
                                if inner_prep == "of":
                                    self.add(key, "partOf", self.event(inner), "part-of", verb)
                if role == "object" and lemma in lex["organising_verbs"]:
                    for subject in self.subjects(verb):
                        host = self.entity(subject)
                        self.add(key, "organisedBy", host, f"{lemma}-active", verb)
                        # "Nanning has hosted the expo every year": a city hosts where it is held
                        self.add(key, "heldIn", host, f"{lemma}-place", verb)
                if role == "object" and lemma in lex["held_verbs"] | {"stage", "hold"}:
                    for prep, target in self.prepositions(verb):
                        if prep in ("in", "at"):
                            self.add(
                                key, "heldIn", self.entity(target), f"{lemma}-object-{prep}", verb
                            )
            # "Construction of X was set in motion at the 12th CAEXPO"
        for span, key in list(self.mentions_of("Initiative")):
            token = self.head_mention_token(span)
            carrier = token
            if (
                token.dep_ == "pobj"
                and token.head.lower_ == "of"
                and _lemma(token.head.head) in self.lex["launch_object_nouns"]
            ):
                carrier = token.head.head
            if carrier.dep_ == "nsubjpass" and _lemma(carrier.head) in self.lex["launch_verbs"]:
                verb = carrier.head
                for prep, target in self.prepositions(verb):
                    if prep in ("at", "during", "by", "on the sidelines of"):
                        agent = self.event(target) or self.entity(target)
                        self.add(agent, "launched", key, f"{_lemma(verb)}-passive", verb)
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "in":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            self.add(key, "locatedIn", self.entity(pobj), "initiative-in", token)

    def _occasions(self) -> None:
        """Two events in one clause: "On the sidelines of E1, people met at E2" (E2 partOf
        E1), and "since its inception in 2004" (the event began then)."""
        lex = self.lex
        containing = lex["part_of_phrases"] | lex["part_of_prepositions"]
        for verb in self.verbs:
            frames = [(p, self.event(t), t) for p, t in self.prepositions(verb)]
            hosts = [e for p, e, _ in frames if e and p in containing]
            guests = [e for p, e, _ in frames if e and p in ("at", "in")]
            for host in hosts:
                for guest in guests:
                    self.add(guest, "partOf", host, "sidelines-clause", verb)
            for _prep, _, target in frames:
                if _lemma(target) not in _BEGINNINGS:
                    continue
                owner = next((c for c in target.children if c.dep_ == "poss"), None)
                if owner is None or owner.lower_ not in ("its", "their"):
                    continue
                events = [e for p, e, _ in frames if e]
                for inner_prep, year_token in self.prepositions_of_noun(target):
                    year = self.entity(year_token)
                    if inner_prep == "in" and self.core(year) == "Year" and events:
                        event = self.resolved.editions.get(events[0], events[0])
                        self.add(event, "inYear", year, "inception", verb)

    def organisers_after(self, verb: Token) -> list[str]:
        """Organisations listed after "co-organized by", "and hosted by", to the clause's end.

        Long lists of organisers ("by A, the ministries of the ten member states and B,
        and hosted by C") are where the parser's coordination goes wrong most often, so
        the list is read from the surface: every organisation named after the first "by",
        past further organising participles, up to the next other verb.
        """
        found: list[str] = []
        started = False
        for token in self.doc[verb.i + 1 : self.sentence(verb).end]:
            if token.lower_ == "by":
                started = True
                continue
            if token.pos_ in ("VERB", "AUX") and _lemma(token) not in self.lex["organising_verbs"]:
                break
            if token.text in (";", ".") or token.lower_ in ("which", "who", "while"):
                break
            key = self.token_key.get(token.i)
            if started and key and self.core(key) == "Organisation" and key not in found:
                span = next(
                    s for s, k in self.mention_spans if k == key and s.start <= token.i < s.end
                )
                if span.root.dep_ not in ("compound", "poss", "nmod", "amod"):
                    found.append(key)
        return found

    def prepositions_of_noun(self, noun: Token) -> Iterator[tuple[str, Token]]:
        for child in noun.children:
            if child.dep_ == "prep":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        for target in self.group(pobj):
                            yield child.lower_, target

    def launch_targets(self, obj: Token) -> list[str]:
        """Initiatives a launch verb's object names, directly or as "the construction of X"."""
        found = [k for k in self.keys(self.group(obj)) if self.core(k) == "Initiative"]
        if _lemma(obj) in self.lex["launch_object_nouns"]:
            for prep, target in self.prepositions_of_noun(obj):
                if prep == "of":
                    found += [k for k in self.keys([target]) if self.core(k) == "Initiative"]
        return found

    def _participant_frames(self) -> None:
        """Who took part in what: subjects of verbs with an event at hand.

        "X exhibited at E", "X attended E", "X took part in E", "X travelled to Nanning
        for E", "E was attended by X", "X was among the leaders at the opening of E".
        """
        lex = self.lex
        for verb in self.verbs:
            lemma = _lemma(verb)
            if lemma in ("lead", "head") and verb.head.lemma_.lower() == "delegation":
                # "a delegation led by Deputy Prime Minister X": X came to the event
                for prep, target in self.prepositions(verb):
                    if prep == "by" and self.core(self.entity(target)) == "Person":
                        self.exhibitors.append((self.entity(target), verb))
            subjects = self.subjects(verb)
            passive = any(c.dep_ == "nsubjpass" for c in verb.children)
            if passive:
                events = [k for k in self.keys(subjects, event=True) if self.core(k) == "Event"]
                if lemma in lex["dobj_participation_verbs"]:
                    for prep, target in self.prepositions(verb):
                        if prep == "by":
                            for event in events:
                                for agent in self.phrase_keys(target):
                                    self.add(agent, "participatedIn", event, f"{lemma}-by", verb)
                continue
            participants = [
                k
                for k in self.keys(self.widen(subjects))
                if self.core(k) in ("Organisation", "Person")
            ]
            if not participants:
                continue
            if lemma in lex["organising_verbs"] or lemma in ("launch", "unveil", "initiate"):
                for obj in self.objects(verb):
                    for event in self.keys(self.group(obj), event=True):
                        if lemma in lex["organising_verbs"] and lemma != "open":
                            for participant in participants:
                                self.add(event, "organisedBy", participant, f"{lemma}-active", verb)
                                # "Wen and his counterparts held a summit": people who hold
                                # a meeting take part in it
                                self.add(
                                    participant, "participatedIn", event, f"{lemma}-held", verb
                                )
                    for initiative in self.launch_targets(obj):
                        for participant in participants:
                            self.add(participant, "launched", initiative, lemma, verb)
                if lemma in lex["organising_verbs"] and lemma not in ("run", "open"):
                    continue
            events = self.events_at(verb, participation=lemma in lex["participation_verbs"])

            if lemma in lex["dobj_participation_verbs"]:
                for obj in self.objects(verb):
                    events += [k for k in (self.event(o) for o in self.group(obj)) if k]
            runs_a_stand = any(_lemma(o) in lex["stand_nouns"] for o in self.objects(verb))
            if not events and (lemma in lex["exhibiting_verbs"] or runs_a_stand):
                self.exhibitors.extend((participant, verb) for participant in participants)
            for event in events:
                for participant in participants:
                    self.add(participant, "participatedIn", event, f"{lemma}-event", verb)

    def _exhibitors_at_current_edition(self) -> None:
        """ "Top Glove exhibited rubber gloves": in an article about an edition, with no
        event in sight, an exhibitor exhibits at that edition."""
        placed = {
            (r.subject, r.evidence[0].start)
            for r in self.found
            if r.predicate == "participatedIn" and r.evidence
        }
        for participant, verb in self.exhibitors:
            if (participant, self.sentence(verb).start_char) in placed:
                continue
            current = self.current_event(verb)
            if current is not None and current in self.resolved.editions:
                rule = f"{_lemma(verb)}-current-edition"
                self.add(participant, "participatedIn", current, rule, verb)

    def events_at(self, verb: Token, *, participation: bool) -> list[str]:
        """Events a verb's clause places its subject at.

        "at"/"during" E anywhere in the clause's phrases (the parser often hangs "at E"
        on the object); "in"/"to"/"for" E only right on a participation verb.
        """
        found: list[str] = []
        for prep, target in self.prepositions(verb):
            if prep in ("in", "to", "for") and participation:
                event = self.event(target)
                if event and event not in found:
                    found.append(event)
        stack = [c for c in verb.children if c.dep_ in ("prep", "dobj", "attr", "npadvmod")]
        while stack:
            token = stack.pop()
            if token.dep_ in ("relcl", "acl", "ccomp", "advcl", "conj") and token.pos_ == "VERB":
                continue
            if token.dep_ == "prep" and (
                token.lower_ in ("at", "during") or (token.lower_ == "on" and participation)
            ):
                for pobj in token.children:
                    if pobj.dep_ == "pobj":
                        for target in self.group(pobj):
                            event = self.event(target)
                            if event and event not in found:
                                found.append(event)
            stack += [c for c in token.children if c.dep_ in ("prep", "pobj", "dobj", "attr")]
        return found

    def widen(self, tokens: list[Token]) -> list[Token]:
        """Add the names listed beside each token ("A, B, C and D were ..."), which the
        parser often leaves out of the coordination."""
        result = list(tokens)
        for token in tokens:
            key = self.token_key.get(token.i)
            if key is None:
                continue
            core = self.core(key)
            i = token.i - 1
            while i >= 0:  # not token.sent.start: the parser splits long lists of titles
                candidate = self.doc[i]
                if candidate.text in (".", "!", "?", ";", ":") or "\n" in candidate.text:
                    break
                if candidate.pos_ in ("VERB", "AUX") or candidate.lower_ in ("who", "which"):
                    break
                if candidate.pos_ == "ADP" and candidate.lower_ != "of":
                    break
                other = self.token_key.get(i)
                if other is not None and self.core(other) == core and candidate not in result:
                    result.append(candidate)
                i -= 1
        return result

    def phrase_keys(self, token: Token) -> list[str]:
        """Entities named in a phrase ("by A, B and C, together with D"), bar modifiers."""
        found = []
        for inner in token.subtree:
            key = self.token_key.get(inner.i)
            if key is None or key in found:
                continue
            span = next(
                (s for s, k in self.mention_spans if k == key and s.start <= inner.i < s.end), None
            )
            if span is not None and span.root.dep_ in (
                "compound",
                "poss",
                "nmod",
                "amod",
                "nummod",
            ):
                continue
            if any(a.dep_ in ("relcl", "acl") for a in inner.ancestors if a in token.subtree):
                continue
            found.append(key)
        return found

    def _scenes(self) -> None:
        """ "At the 15th CAEXPO, Huawei presented ..." sets the scene for what follows."""
        scene: str | None = None
        previous: Span | None = None
        for sentence in self.doc.sents:
            if "\n" in self.text[sentence.start_char - 1 : sentence.start_char] or (
                sentence.start > 0 and "\n" in self.doc[sentence.start - 1].text
            ):
                scene = None
            opening = [t for t in sentence if not (t.is_space or t.is_punct)][:1]
            if opening and opening[0].dep_ == "prep" and opening[0].lower_ in ("at", "during"):
                pobj = next((c for c in opening[0].children if c.dep_ == "pobj"), None)
                found = self.event(pobj) if pobj is not None else None
                if found:
                    scene = found
            elif opening and opening[0].lower_ == "there" and opening[0].dep_ == "advmod":
                # "... the Information Harbor Forum, held in Nanning. There, Lu Wei pledged"
                previous_events = [
                    k
                    for span, k in self.mention_spans
                    if self.core(k) == "Event"
                    and previous is not None
                    and previous.start <= span.start < previous.end
                ]
                if previous_events:
                    scene = previous_events[0]
            previous = sentence
            if scene is None:
                continue
            for verb in sentence:
                # In a scene, whoever acts is there: "At the forum, X pledged / said / showed".
                if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
                    continue
                for participant in self.keys(self.subjects(verb)):
                    if self.core(participant) in ("Organisation", "Person"):
                        self.add(
                            participant,
                            "participatedIn",
                            scene,
                            f"scene-{_lemma(verb)}",
                            verb,
                        )

    def _appositions(self) -> None:
        """Offices and containment in appositions.

        "Wang Lei, secretary-general of the CAEXPO Secretariat"; "Nanning, capital of Guangxi".
        """
        lex = self.lex
        for span, key in self.mention_spans:
            token = self.head_mention_token(span)
            core = self.core(key)
            descriptions = [c for c in token.children if c.dep_ in ("appos",)]
            if token.dep_ == "appos":
                descriptions.append(token.head)
            for noun in descriptions:
                other = self.token_key.get(noun.i)
                if other is not None:
                    # "Nanning, south China's Guangxi": a place set beside a place contains it.
                    if (
                        core == "Place"
                        and noun.dep_ == "appos"
                        and self.core(other) == "Place"
                        and not self._is_country(key)
                    ):
                        self.add(key, "locatedIn", other, "apposition-place", noun)
                    continue
                if core == "Person" and (
                    _lemma(noun) in lex["office_nouns"]
                    or any(_lemma(t) in lex["office_nouns"] for t in noun.lefts)
                ):
                    for org in self._orgs_under(noun):
                        self.add(key, "affiliatedWith", org, "apposition-office", noun)
                if core in ("Place", "Initiative") and _lemma(noun) in lex["containment_nouns"]:
                    # "capital of Guangxi in southwest China": the nearest container only.
                    places = [
                        self.entity(t)
                        for p, t in self.prepositions_of_noun(noun)
                        if p in ("of", "in") and self.core(self.entity(t)) == "Place"
                    ]
                    if places:
                        rule = f"apposition-{_lemma(noun)}"
                        self.add(key, "locatedIn", places[0], rule, noun)
                if core == "Place" and _lemma(noun) in lex["venue_nouns"]:
                    for prep, target in self.prepositions_of_noun(noun):
                        if prep == "of":
                            self.add(self.event(target), "heldIn", key, "apposition-venue", noun)
            # "ASEAN Secretary-General Lim Jock Hoi", "Huawei CEO Ren Zhengfei"
            if core == "Person":
                window = self.doc[max(span.start - 5, 0) : span.start]
                offices = [t for t in window if _lemma(t) in lex["office_nouns"]]
                if offices and not any(t.is_punct and t.text != "-" for t in window[-4:]):
                    for t in window:
                        org = self.token_key.get(t.i)
                        if self.core(org) == "Organisation" and t.i < offices[-1].i:
                            self.add(key, "affiliatedWith", org, "title-before-name", token)
            # "The centre's Secretary General Shi Zhongjun"
            if core == "Person":
                for left in token.lefts:
                    if left.dep_ == "poss" or any(c.dep_ == "poss" for c in left.children):
                        owner = (
                            left
                            if left.dep_ == "poss"
                            else next(c for c in left.children if c.dep_ == "poss")
                        )
                        org = self.entity(owner)
                        if self.core(org) == "Organisation":
                            self.add(key, "affiliatedWith", org, "possessive-office", token)

    def _is_country(self, key: str) -> bool:
        """Countries and provinces of the gazetteer: "Brunei, Indonesia" is a list, not a
        containment, whatever the parser made of the comma."""
        entity = self.resolved.entities.get(key)
        entry = load_rules().by_name.get(entity.label.casefold()) if entity else None
        return entry is not None and entry.capital is not None

    def _orgs_under(self, noun: Token, depth: int = 0) -> list[str]:
        """Organisations an office noun points at: "director of X", "an executive with X",
        "ASEAN's secretary-general" (the parser may hang "of X" on "general")."""
        found = []
        for child in noun.children:
            if child.dep_ == "poss" and self.core(self.entity(child)) == "Organisation":
                found.append(self.entity(child))
            if child.dep_ in ("amod", "compound") and depth < 2:
                found += self._orgs_under(child, depth + 1)
        for prep, target in self.prepositions_of_noun(noun):
            if prep in ("of", "at", "with", "in", "for", "to"):
                key = self.entity(target)
                if self.core(key) == "Organisation":
                    found.append(key)
                elif depth < 2:
                    found += self._orgs_under(target, depth + 1)
        return found

    def _leaders(self) -> None:
        """ "Wang Lei, who heads the CAEXPO Secretariat": a person who leads or works for an
        organisation is affiliated with it."""
        for verb in self.verbs:
            if _lemma(verb) not in self.lex["affiliation_verbs"]:
                continue
            people = [k for k in self.keys(self.subjects(verb)) if self.core(k) == "Person"]
            if not people:
                continue
            targets = [t for o in self.objects(verb) for t in self.group(o)]
            targets += [t for p, t in self.prepositions(verb) if p in ("for", "at", "with")]
            for target in targets:
                org = self.entity(target)
                if self.core(org) == "Organisation":
                    for person in people:
                        self.add(person, "affiliatedWith", org, f"{_lemma(verb)}-org", verb)

    def _places_set_beside(self) -> None:
        """ "an industrial park in Nanning, south China's Guangxi": a place followed by a comma
        and another place (an optional direction word and possessor between) lies in it.
        The parser often loses this apposition, so it is read from the surface."""
        places = [(s, k) for s, k in self.mention_spans if self.core(k) == "Place"]
        text = self.text
        for index, (span, key) in enumerate(places):
            if self._is_country(key) or any(
                r.subject == key and r.predicate == "locatedIn" for r in self.found
            ):
                continue
            for later, other in places[index + 1 : index + 3]:
                if text[later.end_char : later.end_char + 2] in ("'s", "’s"):
                    continue  # "China's" is the possessor of the place that follows
                after = text[later.end_char : later.end_char + 6]
                before = text[max(span.start_char - 6, 0) : span.start_char]
                in_a_list = after.startswith((",", " and ", " or ")) or before.endswith(
                    (", ", " and ", " or ")
                )
                if not in_a_list and _SET_BESIDE.fullmatch(text[span.end_char : later.start_char]):
                    self.add(key, "locatedIn", other, "apposition-surface", span.root)
                break

    def _possessive_places(self) -> None:
        """ "south China's Guangxi": the possessed place lies in the possessor."""
        for span, key in self.mentions_of("Place"):
            for token in span:
                for child in token.children:
                    if child.dep_ == "poss":
                        owner = self.entity(child)
                        if owner != key and self.core(owner) == "Place":
                            self.add(key, "locatedIn", owner, "possessive", token)

    def _memberships(self) -> None:
        """ "ASEAN's ten members are Brunei, ...", "ASEAN comprises ..."."""
        lex = self.lex
        for token in self.tokens:
            lemma = _lemma(token)
            if lemma in ("member", "members") and token.dep_ in _SUBJECT_DEPS:
                owners = [self.entity(c) for c in token.children if c.dep_ == "poss"]
                owners += [self.entity(t) for p, t in self.prepositions_of_noun(token) if p == "of"]
                for owner in filter(None, owners):
                    for obj in self.objects(token.head):
                        for member in self.keys(self.group(obj)):
                            self.add(member, "memberOf", owner, "members-are", token.head)
            if lemma in lex["membership_verbs"] and token.pos_ == "VERB":
                for owner in self.keys(self.subjects(token)):
                    if self.core(owner) != "Organisation":
                        continue
                    for obj in self.objects(token):
                        for member in self.keys(self.group(obj)):
                            self.add(member, "memberOf", owner, lemma, token)

    def _year_of_mark(self) -> None:
        """ "This year marks the ASEAN-China Year of Digital Economy Cooperation"."""
        for verb in self.verbs:
            if _lemma(verb) not in ("mark", "be", "see", "witness"):
                continue
            years = [k for k in self.keys(self.subjects(verb)) if self.core(k) == "Year"]
            for obj in self.objects(verb):
                for thing in self.keys(self.group(obj)):
                    for year in years:
                        self.add(thing, "inYear", year, f"year-{_lemma(verb)}", verb)
