"""Where an event is held, who organises it, what it is part of and what it launches."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Span, Token

from ...extract.arrays import doc_arrays
from ...extract.components.entities import coming_round_count, crowd_returns, returning_count
from ...extract.components.rules import ordinal_value
from ..index import DocumentIndex, Findings, lemma
from ..registry import rule
from ..years import EDITION_NOUNS, began, names_a_number, recurring

#: Organising verbs that also say where ("the summit will be hosted by Malaysia at the
#: KLCC", "the forum was organised in Nanning"); not "sponsored" or "backed".
_HOSTING_VERBS = {"host", "co-host", "cohost", "organise", "organize", "co-organise", "co-organize"}

#: Launch verbs whose subject is not the launcher ("ASEAN and China signed the protocol").
_NOT_AN_AGENTS_LAUNCH = {"sign", "propose", "build", "open"}


@rule(
    "event-noun",
    makes=("heldIn", "partOf", "locatedIn"),
    triggers=("part_of_prepositions", "section_nouns"),
    example="Leaders met at the 26th China-ASEAN Summit in Jakarta.",
    expect=("26th China-ASEAN Summit", "heldIn", "Jakarta"),
    counter="Leaders from Jakarta met at the 26th China-ASEAN Summit.",
)
def event_nouns(ix: DocumentIndex, found: Findings) -> None:
    """A place or larger event right on the event's noun ("the Summit in Jakarta", "the
    Advanced Technology Exhibition section at the CAEXPO", "the Advanced Technology
    Exhibition of the 16th CAEXPO")."""
    lex = ix.lex
    for span, key in list(ix.mentions_of("Event")):
        token = ix.head_mention_token(span)
        _held_on_the_noun(ix, found, token, key)
        for noun in _kinds_in_apposition(ix, token, key):
            # "the Malaysia-China Halal Expo, an annual fair in Kota Kinabalu": the kind of
            # event set beside the name carries the name's place
            _held_on_the_noun(ix, found, noun, key)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in lex["part_of_prepositions"]:
                for pobj in child.children:
                    for other in ix.keys(ix.group(pobj), event=True):
                        found.add(key, "partOf", other, f"noun-{child.lower_}", token)
            if child.dep_ == "prep" and child.lower_ == "of":
                # "the Advanced Technology Exhibition of the 16th CAEXPO" (not "the 16th
                # CAEXPO of the series": an edition is no part of its series)
                editions = ix.resolved.editions
                for pobj in child.children:
                    # "a roundtable of rice exporters and a session on seeds": where the
                    # object names nothing, its conjuncts are the roundtable's fellows
                    group = [pobj] if ix.entity(pobj) in (None, key) else ix.group(pobj)
                    for other in ix.keys(group):
                        if editions.get(key) != other and editions.get(other) != key:
                            found.add(key, "partOf", other, "noun-of", token)
        if token.dep_ == "compound" and lemma(token.head) in lex["section_nouns"]:
            for prep, target in ix.prepositions_of_noun(token.head):
                if prep in ("at", "of", "in", "during"):
                    found.add(key, "partOf", ix.event(target), "section", token)
    for token, key in ix.implicit_events():
        # "at the World Economic Forum's annual meeting in Tianjin": the event in scope, set
        # as the scene or the subject (not "praised the meeting at the centre", which may
        # say where the praising was)
        if token.dep_ in ("pobj", "nsubj", "nsubjpass"):
            _held_on_the_noun(ix, found, token, key)


@rule(
    "event-verb",
    makes=("heldIn", "partOf", "organisedBy", "participatedIn", "launched"),
    triggers=(
        "held_verbs",
        "objectless_held_verbs",
        "to_place_verbs",
        "receiving_verbs",
        "organising_verbs",
        "part_of_prepositions",
        "part_of_phrases",
        "dobj_participation_verbs",
        "launch_verbs",
        "part_nouns",
        "joint_words",
        "partnering_nouns",
        "teaming_verbs",
        "organising_phrasal_verbs",
        "course_nouns",
        "presiding_verbs",
        "former_run_adverbs",
        "return_adverbs",
        "support_nouns",
        "clause_opening_words",
    ),
    example="The China-ASEAN Cyberspace Forum was held in Nanning.",
    expect=("China-ASEAN Cyberspace Forum", "heldIn", "Nanning"),
    counter="The China-ASEAN Cyberspace Forum praised Nanning.",
)
def event_verbs(ix: DocumentIndex, found: Findings) -> None:
    """Verb frames with an event as subject or object: "E was held in P", "E was
    co-organised by A and B", "E is part of F", "E started the construction of I",
    "Nanning has hosted the expo every year"; the same with the event unnamed ("The
    fair, held on the exhibition grounds in Hanover, ...")."""
    lex = ix.lex
    for token, key in event_references(ix):
        key = edition_named_over(ix, token, key) or key
        named_before = ix.token_key.get(token.head.i)
        if token.dep_ == "appos" and ix.core(named_before) == "Event":
            # "the 22nd China-ASEAN Expo (CAEXPO), which ...": the name reads it; so for
            # "The 8th CABIS (CABIS) is co-sponsored by A": the bracketed short form of a
            # numbered edition is that edition, not an unnumbered reference to its series
            continue
        verbs = ix.verbs_of(token)
        if not any(role == "subject" for _, role in verbs):
            # "Co-hosted by A and B, the fair drew traders to Lincang": the parser hangs the
            # subject after a fronted phrase on the phrase (and may take the verb itself
            # for the participle's auxiliary: "Co-organised by A, the forum brought ...")
            root = ix.sentence(token).root
            for main in (root, *_verbs_taken_for_auxiliaries(root)):
                others = [s for s in _subjects_past_the_opener(ix, main) if s != token]
                if token in lost_subject(ix, main) and not others:
                    verbs.append((main, "subject"))
                    break
            clause_verb = _verb_after_clause_opener(ix, token, key)
            if clause_verb is not None:
                verbs.append((clause_verb, "subject"))
        for verb, role in verbs:
            verb_lemma = lemma(verb)
            # "The forum has met in Nanning since 2006", "the fair is held every year in
            # Nanning": an unnumbered reference in a clause of habit is to the series.
            held = _series_of_habit(ix, token, key, verb) or key
            held = _organising_participle_of(ix, token, key, verb) or held
            # "Metalex opened for its 37th run at BITEC": the edition the run numbers
            held = _edition_of_its_run(ix, verb, held) or held
            # "The expo is organised by A and B": organisers said in the present of an
            # unnumbered reference are the series' (the writers' convention: required on the
            # series, optional on this year's edition, which keeps its own fact)
            # Only when the subject is the series' own noun ("the expo", "the fair") in a
            # main clause: "It is hosted by", "The event is organised by" and "the summit,
            # which is organised by" tell of this year's occasion as often.
            organised_now = None
            if (
                role == "subject"
                and held == key
                and token.pos_ in ("NOUN", "PROPN")
                and lemma(token) not in _OCCASION_ONLY_NOUNS
                and verb.dep_ not in ("relcl", "acl")
                and _organising(ix, verb)
            ):
                organised_now = _series_of_habit(
                    ix, token, key, _fronted_organiser_clause(ix, verb), present=True
                )
            # "CAEXPO is co-sponsored by A, B and C": the series' own name in the present
            # tells the organisers of the edition the report is about as well
            edition_now = (
                _edition_organised_now(ix, token, key, verb) if role == "subject" else None
            )
            # "the expo held its Indonesia Exposition at the Jakarta Convention Center":
            # the place is the held event's, not its holder's
            holds_another = role == "subject" and (
                any(
                    ix.core(ix.event(obj)) == "Event" and ix.event(obj) != key
                    for obj in ix.objects(verb)
                )
                or ix.holds_unnamed_events(verb)
            )
            pointing = [
                c.lower_
                for c in verb.children
                if c.dep_ == "advmod" and c.lower_ in ("here", "there")
            ]
            if (
                role in ("subject", "object")
                and not holds_another
                and (verb_lemma in lex["held_verbs"] or verb.dep_ in ("acl", "relcl"))
                and verb_lemma != "be"
                and pointing
            ):
                # "NANNING -- ... a think tank forum held here on Tuesday": "here" is the
                # dateline's place; "For years the road has run through Nanning. The expo,
                # held there every autumn since 2004, ...": "there" is the city last named
                place = ix.dateline_place() if pointing[0] == "here" else _place_there(ix, verb)
                found.add(held, "heldIn", place, f"{verb_lemma}-{pointing[0]}", verb)
            for prep, target in _with_what_it_is_held_as(ix, verb):
                if (
                    role in ("subject", "object")
                    and not holds_another
                    and not _of_former_runs(ix, verb)
                    and prep in ("in", "at", "to", "on")
                    and (
                        verb_lemma in lex["held_verbs"] | _HOSTING_VERBS
                        or verb.dep_ in ("acl", "relcl")
                        or _held_without_object(ix, verb)
                    )
                    and (prep != "to" or verb_lemma in lex["to_place_verbs"])
                    and not _apposed_place(target)
                    and not (held not in ix.resolved.editions and _on_a_counted_run(ix, target))
                ):
                    named = ix.entity(target) or _same_place(ix, target)
                    for place in (named, *venue_chain(ix, target)):
                        found.add(held, "heldIn", place, f"{verb_lemma}-{prep}", verb)
                if role == "subject" and prep == "alongside" and verb_lemma in lex["held_verbs"]:
                    # "The summit is held alongside the expo in Nanning": the parser hangs
                    # the city on the expo, but what runs beside it is held there too
                    series = _series_of_habit(ix, token, key, verb, present=True)
                    for place in _places_of_host(ix, target):
                        for event in {held, key, series or key}:
                            found.add(event, "heldIn", place, f"{verb_lemma}-alongside-in", verb)
                if (
                    role == "subject"
                    and (
                        prep in lex["part_of_prepositions"]
                        or prep in lex["part_of_phrases"]
                        or (
                            prep in ("at", "in")
                            and verb_lemma in ("hold", "stage", "run", "open", "take")
                        )
                    )
                    # "X is one of the three major fairs, alongside Y": "be" compares peers
                    and (
                        prep != "alongside"
                        or (verb_lemma != "be" and _hosts_alongside(ix, key, target))
                    )
                ):
                    # "The summit is held alongside the expo": the series, each year
                    part = _series_of_habit(ix, token, key, verb, present=True) or key
                    host = ix.event(target)
                    if part != key or (
                        part not in ix.resolved.editions and _habit_or_beginning(verb)
                    ):
                        # "The X Forum, held as part of the expo ever since, ...": an
                        # unnumbered event in a clause of habit or beginning is part of
                        # the series, not of the edition "the expo" stands for today
                        host = _host_series(ix, target, host)
                    found.add(part, "partOf", host, f"{verb_lemma}-{prep}", verb)
                if role == "subject" and prep == "by" and _organising(ix, verb):
                    for org in _organisers_of_phrase(ix, target):
                        found.add(held, "organisedBy", org, f"{verb_lemma}-by", verb)
                        if organised_now:
                            found.add(organised_now, "organisedBy", org, "organised-now", verb)
                        if edition_now:
                            found.add(edition_now, "organisedBy", org, "series-now-by", verb)
                        if (
                            ix.core(org) == "Place"
                            and (
                                not a_region(ix, org)
                                or _hosted_by_one_country(ix, verb, target, org)
                            )
                            and not _where_a_host_is(ix, org, target)
                        ):
                            # "the expo was hosted by the city of Nanning": as "Nanning
                            # hosted the expo", a city hosts where it is held (so does one
                            # country hosting in person, "the summit, hosted by Indonesia,")
                            found.add(held, "heldIn", org, f"{verb_lemma}-by-place", verb)
                    for venue in _venue_after_the_hosts(ix, target):
                        for place in (ix.entity(venue), *venue_chain(ix, venue)):
                            found.add(held, "heldIn", place, f"{verb_lemma}-by-at", verb)
            if (
                role == "subject"
                and verb_lemma in lex["dobj_participation_verbs"]
                and verb.tag_ == "VBN"
            ):
                # "the summit was held, attended by Vice Premier Han Zheng"
                for prep, target in ix.prepositions(verb):
                    if prep == "by":
                        for guest in ix.phrase_keys(target):
                            found.add(guest, "participatedIn", key, f"{verb_lemma}-by", verb)
            if role == "subject" and _organising(ix, verb) and _passive_participle(verb):
                # ("was put on by A in partnership with B": a phrasal verb of organising too)
                # "It was initiated and organised by A, with B acting as host": who started
                # the series is its organiser; the host beside it, this edition's
                for org in _organisers_after(ix, verb, first_only=held != key):
                    found.add(held, "organisedBy", org, f"{verb_lemma}-by-list", verb)
                # "the 5th X Fair, co-hosted with the CCPIT,": who shares the role
                for partner in _hosts_together_with(ix, verb):
                    found.add(held, "organisedBy", partner, f"{verb_lemma}-together", verb)
                if organised_now:
                    for org in _organisers_after(ix, verb, first_only=True):
                        found.add(organised_now, "organisedBy", org, "organised-now", verb)
                if edition_now:
                    for org in _organisers_after(ix, verb, first_only=True):
                        found.add(edition_now, "organisedBy", org, "series-now-list", verb)
            if role == "subject":
                marks_a_start = verb_lemma in lex["marking_verbs"] and any(
                    lemma(o) in lex["launch_object_nouns"] for o in ix.objects(verb)
                )
                if verb_lemma in lex["launch_verbs"] or verb.lower_ in ("set",) or marks_a_start:
                    for obj in ix.objects(verb):
                        for initiative in ix.launch_targets(obj):
                            found.add(key, "launched", initiative, verb_lemma, verb)
                # "the Forum has developed into a routine activity of the CAEXPO"
                habit = key not in ix.resolved.editions and _habit_or_beginning(verb)
                for _prep, target in ix.prepositions(verb):
                    if lemma(target) in lex["part_nouns"]:
                        for inner_prep, inner in ix.prepositions_of_noun(target):
                            if inner_prep == "of":
                                host = ix.event(inner)
                                if habit:  # "held as part of the expo ever since"
                                    host = _host_series(ix, inner, host)
                                found.add(key, "partOf", host, "activity-of", verb)
                for obj in ix.objects(verb):
                    if lemma(obj) in lex["part_nouns"]:
                        for inner_prep, inner in ix.prepositions_of_noun(obj):
                            if inner_prep == "of":
                                found.add(key, "partOf", ix.event(inner), "part-of", verb)
            if role == "object" and (
                verb_lemma in lex["organising_verbs"] or _holds_its_own(ix, verb, token)
            ):
                # "the ministry and the province, which host the week with B": a relative
                # clause in the simple present tells who hosts the series every time (and
                # this year's edition, as the writers' convention has it)
                series = series_hosted_now(ix, token, key, verb)
                hosted = [held] if series in (None, held) else [held, series]
                subjects = ix.subjects(verb)
                if not any(ix.entity(subject) for subject in subjects):
                    # "With the support of A, B organised the fair": the parser sets B
                    # in apposition to A (and "support" as the subject)
                    subjects = lost_subject(ix, verb, _SCENE_PREPOSITIONS | {"with"})
                for subject in subjects:
                    host = ix.entity(subject)
                    for event in hosted:
                        found.add(event, "organisedBy", host, f"{verb_lemma}-active", verb)
                    # "Nanning has hosted the expo every year": a city hosts where it is held
                    # (a country hosting online hosts as the chair it is: "which Vietnam
                    # hosted online"; in person, where: "which Malaysia is hosting as chair")
                    # (two countries co-hosting: "which Laos and China will co-host")
                    if not (
                        ix.core(host) == "Place"
                        and a_region(ix, host)
                        and (_held_online(verb) or verb_lemma != "host" or len(subjects) > 1)
                    ):
                        found.add(held, "heldIn", host, f"{verb_lemma}-place", verb)
                for partner in _hosts_together_with(ix, verb):
                    for event in hosted:
                        found.add(event, "organisedBy", partner, f"{verb_lemma}-together", verb)
            if role == "object" and verb_lemma in lex["receiving_verbs"]:
                # "Pu'er has welcomed the expo every spring", "Hanoi welcomed the forum for
                # its fifth session": a city or venue that receives an event holds it (a
                # country or province welcoming a summit more often greets its outcome)
                for subject in ix.subjects(verb):
                    host = ix.entity(subject)
                    if ix.core(host) == "Place" and not a_region(ix, host):
                        found.add(held, "heldIn", host, f"{verb_lemma}-place", verb)
            # "the fair was opened at ...", "X chaired the meeting at the Convention Centre"
            if role == "object" and verb_lemma in (
                lex["held_verbs"] | lex["presiding_verbs"] | _HOSTING_VERBS
            ):
                for prep, target in ix.prepositions(verb):
                    if prep in ("in", "at"):
                        found.add(
                            key, "heldIn", ix.entity(target), f"{verb_lemma}-object-{prep}", verb
                        )
            if role == "object" and verb_lemma in lex["presiding_verbs"]:
                # "chaired the two-day meeting at the National Convention Centre": the
                # parser hangs the venue on the meeting, unnamed or not
                for prep, target in ix.prepositions_of_noun(token):
                    if prep in ("in", "at") and not _apposed_place(target):
                        for place in (ix.entity(target), *venue_chain(ix, target)):
                            found.add(key, "heldIn", place, f"{verb_lemma}-noun-{prep}", verb)


def _verbs_taken_for_auxiliaries(root: Token) -> list[Token]:
    """ "Co-organised by A and B, the 2021 X Forum brought officials to Nanning": after a
    fronted participle the parser may take the clause's own past-tense verb for the
    participle's auxiliary; such a verb has an object or a preposition of its own."""
    if root.tag_ not in ("VBN", "VBG"):
        return []
    return [
        c
        for c in root.children
        if c.dep_ in ("aux", "auxpass")
        and c.tag_ == "VBD"
        and c.i > root.i + 1
        and lemma(c) not in ("be", "have", "do", "get")
        and any(g.dep_ in ("dobj", "prep") for g in c.children)
    ]


def _subjects_past_the_opener(ix: DocumentIndex, verb: Token) -> list[Token]:
    """A verb's subjects, less a fronted participle the parser took for one ("Co-hosted by
    A and B, the seminar brought police officers to Kunming": "Co-hosted" as subject)."""
    opens = ix.sentence(verb).start
    return [s for s in ix.subjects(verb) if not (s.i == opens and s.tag_ in ("VBN", "VBG"))]


def _verb_after_clause_opener(ix: DocumentIndex, token: Token, key: str) -> Token | None:
    """ "Seated in front as the 2024 X Forum opened in Nanning were ...", "as the 136th
    Canton Fair got under way in Guangzhou": the parser takes the clause's conjunction
    ("as", "when", ...: ``clause_opening_words``) for a preposition and the event for its
    object; the finite verb right after the event's name, with no subject of its own, is
    the event's."""
    if token.dep_ != "pobj" or token.head.lower_ not in ix.lex["clause_opening_words"]:
        return None
    span = ix.span_of(key, token.i)
    if span is None or span.end >= len(ix.tokens):
        return None
    verb = ix.tokens[span.end]
    if (
        verb.pos_ != "VERB"
        or verb.tag_ not in ("VBD", "VBZ", "VBP")
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    ):
        return None
    return verb


def _edition_organised_now(ix: DocumentIndex, token: Token, key: str, verb: Token) -> str | None:
    """The edition a report is about when its series, by its own name, is the subject of an
    organising verb in the present ("CAEXPO is co-sponsored by A and hosted by B", a
    release's boilerplate): whoever organises the series organises the edition in scope
    too, and readers take the sentence for either. Not a relative clause, nor a clause
    with a date, nor one joined to a clause of habit ("CAEXPO has been held every year
    since 2004 and is co-organised by A": the series' story), nor a report on another
    series' edition."""
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        joined.append(verb.head)
    if any(_habit_or_beginning(clause) for clause in joined):
        return None
    if (
        token.pos_ != "PROPN"
        or verb.dep_ in ("relcl", "acl")
        or key not in set(ix.resolved.editions.values())
        or not _organising(ix, verb)
        or not _present_habit(_fronted_organiser_clause(ix, verb))
    ):
        return None
    scope = ix.event_in_scope(token)
    return scope if scope is not None and ix.resolved.editions.get(scope) == key else None


def _fronted_organiser_clause(ix: DocumentIndex, verb: Token) -> Token:
    """The clause whose tense an organising participle takes: "Co-sponsored by A and B,
    the expo is hosted by C" says A and B sponsor it now, as C hosts it (a participle set
    before the subject of an organising clause in the passive); else ``verb`` itself."""
    head = verb.head
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i < head.i
        and head.tag_ == "VBN"
        and _organising(ix, head)
    ):
        return head
    return verb


def _holds_its_own(ix: DocumentIndex, verb: Token, event: Token) -> bool:
    """ "The World Economic Forum will hold its Annual Meeting of the New Champions": a
    body that holds an event of its own ("its") organises it, as one that hosts it does;
    "China and ASEAN held the summit", "the expo held its opening" say no such thing."""
    return (
        lemma(verb) == "hold"
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in event.children)
        and any(ix.core(ix.entity(s)) == "Organisation" for s in ix.subjects(verb))
    )


def _where_a_host_is(ix: DocumentIndex, place: str, phrase: Token) -> bool:
    """Is ``place`` named only where a host of the "by" phrase is ("hosted by the
    ASEAN-China Centre in Beijing and the Guangxi Education Department"): the object of
    "in", "at" or "from" on another name, not the host itself ("by the city of Nanning")?"""
    for span in ix.spans_named(place):
        if span.start < phrase.left_edge.i or span.end > phrase.right_edge.i + 1:
            continue
        if not _seat_of_a_body(ix, ix.head_mention_token(span)):
            return False
    return True


def _venue_after_the_hosts(ix: DocumentIndex, phrase: Token) -> list[Token]:
    """ "was co-hosted by China Media Group and the People's Government of Guangxi at the
    Nanning International Convention and Exhibition Center": the parser hangs the venue on
    the last host, but a venue (a place named by a venue's head) after "at" tells where
    the hosting was, not where a host is."""
    return [
        venue
        for host in (phrase, *phrase.conjuncts)
        if ix.core(ix.entity(host)) == "Organisation"
        for prep, venue in ix.prepositions_of_noun(host)
        if prep == "at" and ix.core(key := ix.entity(venue)) == "Place" and venue_named(ix, key)
    ]


def _seat_of_a_body(ix: DocumentIndex, place: Token) -> bool:
    """Is the place the object of "in", "at" or "from" hung on a body's name ("the
    Indonesian Embassy in Beijing", "the ASEAN-China Centre in Beijing")? It says where the
    body is, not where anything it does is held."""
    prep = place.head
    return (
        place.dep_ == "pobj"
        and prep.lower_ in ("in", "at", "from")
        and ix.core(ix.entity(prep.head)) == "Organisation"
    )


def _hosted_by_one_country(ix: DocumentIndex, verb: Token, phrase: Token, place: str) -> bool:
    """ "The 43rd ASEAN Summit, hosted by Indonesia, ...": one country (``place``, a country
    of the gazetteer: "hosted by the government of Guangxi" names the host's province)
    "hosted" (not co-hosted, organised or sponsored) an event where its sentence says
    nothing of a meeting at a distance, as the active "Indonesia hosted the summit" reads;
    a city named for it later is the finer place (finer-place)."""
    return (
        a_country(ix, place)
        and lemma(verb) == "host"
        and not phrase.conjuncts
        and not any(t.lower_ in _AT_A_DISTANCE for t in ix.sentence(verb))
    )


def _held_online(verb: Token) -> bool:
    """Does the clause say the event was held at a distance ("hosted online", "virtually",
    "by video link")?"""
    return any(t.lower_ in _AT_A_DISTANCE for t in verb.subtree)


#: Words of a meeting held at a distance: its host is no place it was held in.
_AT_A_DISTANCE = {"online", "virtually", "virtual", "video", "videoconference", "remotely"}


def _kinds_in_apposition(ix: DocumentIndex, token: Token, key: str) -> list[Token]:
    """The unnamed kinds of event set in apposition to an event's name ("E, an annual fair
    in Kota Kinabalu", "E, the yearly trade show in Hanoi"), not one ranked among others
    ("the largest fair in Asia", "the first forum in Laos", "the main show in the region"
    compare it with the rest of a place's events; they do not say it is held there)."""
    return [
        noun
        for noun in apposed_to(ix, token, key)
        if noun.i not in ix.token_key
        and lemma(noun) in ix.lex["implicit_event_nouns"]
        and not any(
            c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or c.lower_ in _RANKING_WORDS
            for c in noun.children
        )
    ]


#: Words that rank an event among a place's others ("the main fair in the region").
_RANKING_WORDS = {"only", "main", "leading", "premier", "top", "major", "flagship", "key", "one"}


def _held_on_the_noun(ix: DocumentIndex, found: Findings, token: Token, key: str) -> None:
    """ "the Summit in Jakarta", "the Summit at the PICC in Pasay City": the places (the
    venue and the city) on an event's own noun; not a place written after "from" a place
    ("attended the summit from the Great Hall of the People in Beijing": where one joins a
    virtual meeting from, wherever the parser hung "in Beijing")."""
    joined_from = [
        child.i
        for child in token.children
        if child.dep_ == "prep"
        and child.lower_ == "from"
        and any(ix.core(ix.entity(g)) == "Place" for g in child.children)
    ]
    for child in token.children:
        if any(at < child.i for at in joined_from):
            continue
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for pobj in child.children:
                if _a_capital_of(ix, pobj):
                    continue  # "the fair in the capital of Guangxi" is not in Guangxi
                if pobj.dep_ == "pobj":
                    for place in (*ix.keys(ix.group(pobj)), *venue_chain(ix, pobj)):
                        found.add(key, "heldIn", place, "noun-in", token)
                    for venue in _hosted_at_in_clause_of_place(ix, pobj):
                        for place in (ix.entity(venue), *venue_chain(ix, venue)):
                            found.add(key, "heldIn", place, "noun-in-hosted-at", token)
                        city = ix.entity(pobj)
                        if ix.core(ix.entity(venue)) == "Place" and not a_region(ix, city):
                            # the venue the event in the city was hosted at lies in the city
                            found.add(ix.entity(venue), "locatedIn", city, "hosted-at-in", token)


def _of_former_runs(ix: DocumentIndex, verb: Token) -> bool:
    """Does an adverb on the verb put its clause in the event's earlier runs ("It has been
    held in Guilin three times before", "was previously staged in Kunming")? The place
    is theirs, not the event in scope's (a "before" with an object of its own, "before
    the expo", is a date, not a run)."""
    return any(
        child.dep_ == "advmod"
        and child.lower_ in ix.lex["former_run_adverbs"]
        and not any(c.dep_ == "pobj" for c in child.children)
        for child in verb.children
    )


def _hosted_at_in_clause_of_place(ix: DocumentIndex, place: Token) -> list[Token]:
    """ "the summits in Hanoi, which Vietnam hosted at the National Convention Center": a
    relative clause of hosting hung on the event's city is the event's (no city is hosted
    or held), and where it says the event was hosted "at" is the event's venue."""
    if ix.core(ix.entity(place)) != "Place":
        return []
    venues = []
    for clause in place.children:
        if clause.dep_ != "relcl" or lemma(clause) not in ix.lex["held_verbs"] | _HOSTING_VERBS:
            continue
        if not any(
            c.lower_ in ("which", "that") and c.dep_ in ("dobj", "nsubjpass")
            for c in clause.children
        ):
            continue
        venues += [t for p, t in ix.prepositions(clause) if p == "at"]
    return venues


def _organising_participle_of(ix: DocumentIndex, token: Token, key: str, verb: Token) -> str | None:
    """What an organising participle hung on an event reference (``token``, of ``key``)
    tells of, where that is not the reference's own event: "the X Forum, a side event of
    the expo co-organised by A and B" (the part set in apposition to the part's noun, not
    the larger event the parser hangs it on); "The expo, co-sponsored by A and B, has been
    held every year in Nanning since 2004" (the series its clause of habit is about).
    None otherwise."""
    if not (verb.dep_ == "acl" and verb.head.i == token.i and _organising(ix, verb)):
        return None
    if token.dep_ in ("nsubj", "nsubjpass"):
        return _series_of_habit(ix, token, key, token.head)
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    part = token.head.head
    if part.dep_ != "appos" or lemma(part) not in ix.lex["part_nouns"]:
        return None
    described = ix.event(part.head)
    return described if described is not None and ix.core(described) == "Event" else None


def _passive_participle(verb: Token) -> bool:
    """Is ``verb`` a participle of the passive: tagged so, or tagged a past tense with
    its "by" agent ("The Film Week, staged by A with B, is showing": the tagger reads
    "staged" as a past tense, the parser still hangs "by" on it as the agent)?"""
    return verb.tag_ == "VBN" or (
        verb.tag_ == "VBD" and any(c.dep_ == "agent" for c in verb.children)
    )


def _organising(ix: DocumentIndex, verb: Token) -> bool:
    """Is ``verb`` an organising verb, one word ("hosted") or with its particle ("the show
    was put on by the ministry"; "the summit was put together by A and B", where the parser
    takes the particle for an adverb)?"""
    if lemma(verb) in ix.lex["organising_verbs"]:
        return True
    particles = (c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod"))
    return any(f"{lemma(verb)} {p}" in ix.lex["organising_phrasal_verbs"] for p in particles)


def _held_without_object(ix: DocumentIndex, verb: Token) -> bool:
    """ "The 2019 China Cup was played at the Guangxi Sports Center": a verb that holds an
    event only when it has no object of its own ("the cup played a big part in the growth
    of Kunming" says nothing of where it was played)."""
    return lemma(verb) in ix.lex["objectless_held_verbs"] and not any(
        c.dep_ in ("dobj", "attr", "oprd") for c in verb.children
    )


def _with_what_it_is_held_as(ix: DocumentIndex, verb: Token) -> list[tuple[str, Token]]:
    """A verb's prepositional phrases, with those of what it is held "as": "The show,
    held as a stand-alone event in Hanover since 1986" is held in Hanover."""
    phrases = list(ix.prepositions(verb))
    if lemma(verb) in ix.lex["held_verbs"]:
        # "The show is back at the Yangon Convention Centre": the parser hangs the place
        # on the adverb of returning, not on the verb
        phrases += [
            (p, t)
            for adverb in ix.children(verb)
            if adverb.dep_ == "advmod" and adverb.lower_ in ix.lex["return_adverbs"]
            for p, t in ix.prepositions(adverb)
            if p in ("in", "at", "to")  # "came back to Liuzhou": "to" as its verb allows
        ]
    for prep, target in list(phrases):
        if prep == "as" and lemma(verb) in ix.lex["held_verbs"] and target.pos_ == "NOUN":
            phrases += [(p, t) for p, t in ix.prepositions_of_noun(target) if p in ("in", "at")]
    for prep, target in list(phrases):
        if (
            prep in ("from", "to", "until", "till", "through", "on", "for")
            and target.ent_type_ == "DATE"
        ):
            # "will be held from October 15 to November 4 in Guangzhou", "is scheduled for
            # September 16-19, 2022, in Nanning": the parser hangs the place on the date,
            # which no place is in
            dates = [target]
            if prep == "from":
                # "runs from December 30, 2023 to January 2, 2024 in Vientiane": the end
                # date, hung on "from", holds the place
                dates += [
                    end
                    for to in target.head.children
                    if to.dep_ == "prep" and to.lower_ in ("to", "until", "till", "through")
                    for end in to.children
                    if end.dep_ == "pobj" and end.ent_type_ == "DATE"
                ]
            for date in dates:
                phrases += [(p, t) for p, t in ix.prepositions_of_noun(date) if p in ("in", "at")]
            if prep == "from":
                # "which runs from Sept. 3 to 6 in Nanning": the parser may hang the place
                # on "from" itself, beside the range's "to"
                phrases += [
                    (inner.lower_, pobj)
                    for inner in target.head.children
                    if inner.dep_ == "prep" and inner.lower_ in ("in", "at")
                    for pobj in inner.children
                    if pobj.dep_ == "pobj"
                ]
    if lemma(verb) in ix.lex["to_place_verbs"]:
        # "drew officials from 27 cities to Nanning": the parser hangs "to" on "from"
        phrases += [
            ("to", pobj)
            for prep, target in list(phrases)
            if prep == "from" and target.dep_ == "pobj"
            for to in target.head.children
            if to.dep_ == "prep" and to.lower_ == "to"
            for pobj in to.children
            if pobj.dep_ == "pobj"
        ]
    if lemma(verb) in ix.lex["held_verbs"]:
        # "The fair ended its three-week run in Guangzhou": where its own run went on
        for obj in ix.objects(verb):
            if lemma(obj) in ix.lex["course_nouns"] and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children
            ):
                phrases += [(p, t) for p, t in ix.prepositions_of_noun(obj) if p in ("in", "at")]
        # "Metalex opened for its 37th run at BITEC Bangna", "the fair opened for the
        # fourth time at the convention centre": the place hung on the count of its runs
        # (its own run, or any run, time or year counted by an ordinal)
        for prep, target in list(phrases):
            if prep == "for" and _a_count_of_runs(ix, target):
                phrases += [(p, t) for p, t in ix.prepositions_of_noun(target) if p in ("in", "at")]
    return phrases


def _on_a_counted_run(ix: DocumentIndex, target: Token) -> bool:
    """Is ``target`` the place of a run counted by an ordinal alone ("met for the 12th
    time in Beihai")? That place is the numbered edition's; where no such edition was
    found, it is no place of the series either."""
    count = target.head.head if target.head.dep_ == "prep" else None
    return (
        count is not None
        and count.dep_ == "pobj"
        and count.head.lower_ == "for"
        and _a_count_of_runs(ix, count)
        and not any(c.dep_ == "poss" for c in count.children)
    )


def _a_count_of_runs(ix: DocumentIndex, noun: Token) -> bool:
    """Does ``noun`` count the event's own runs ("its 37th run", "its third outing", "the
    fourth time", "a second year"): a noun of running or repeating, owned by the event or
    numbered by an ordinal? The parser hangs the place of the verb on such a noun."""
    word = lemma(noun)
    if word not in ix.lex["course_nouns"] and word not in ix.lex["repeat_nouns"]:
        return False
    return any(
        (c.dep_ == "poss" and c.lower_ in ("its", "their") and word in ix.lex["course_nouns"])
        or (c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or ordinal_value(c.text) is not None))
        for c in noun.children
    )


def _edition_of_its_run(ix: DocumentIndex, verb: Token, key: str) -> str | None:
    """ "The show returned to the Queen Sirikit centre for its 69th outing", "Metalex
    opened for its 37th run": the verb's own "for its Nth run" names the edition of the
    event (or of its series) with that number."""
    for prep, target in ix.prepositions(verb):
        if prep != "for" or lemma(target) not in ix.lex["course_nouns"]:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in target.children):
            continue
        numbers = [ordinal_value(c.text) for c in target.children if c.dep_ in ("amod", "nummod")]
        number = next((n for n in numbers if n is not None), None)
        edition = None if number is None else _edition_numbered(ix, key, number)
        if edition is not None:
            return edition
    # "The contest came back to Liuzhou for its third round", "opened for a sixth time":
    # the count the extractor numbered the edition by
    number = coming_round_count(verb)
    return None if number is None else _edition_numbered(ix, key, number)


def _edition_numbered(ix: DocumentIndex, key: str, number: int) -> str | None:
    """The edition numbered ``number`` of the event ``key`` (or of its series)."""
    editions = ix.resolved.editions
    series = editions.get(key, key)
    for edition, of in editions.items():
        entity = ix.resolved.entities.get(edition)
        if of == series and entity is not None and entity.edition_number == number:
            return edition
    return None


def _hosts_together_with(ix: DocumentIndex, verb: Token) -> list[str]:
    """ "A, which hosts this year's event together with B": the organisations listed after
    "together with" / "along with" / "jointly with" in the organising verb's own clause
    (after a bare "with" where the verb shares the role: "A co-hosts the forum with B"),
    or after the "with" of the verb of teaming up it is done for ("A teamed up with B to
    host the forum")."""
    found: list[str] = []
    carrier = verb.head
    if verb.dep_ in ("advcl", "xcomp") and lemma(carrier) in ix.lex["teaming_verbs"]:
        # "A teamed up with B to hold the forum", "A joined hands with B to host it"
        for prep, target in ix.prepositions(carrier):
            if prep == "with":
                found += [k for k in ix.phrase_keys(target) if ix.core(k) == "Organisation"]
    shared = verb.lower_.startswith(("co-", "co"))  # "co-hosts the forum with B"
    objects = {o.i for o in ix.objects(verb)}
    for token in verb.subtree:
        if token.i <= verb.i or token.lower_ != "with" or token.i == 0:
            continue
        joint = ix.tokens[token.i - 1]
        if joint.lower_ in ix.lex["joint_words"] and ix.tokens[joint.i - 1].text != ",":
            found += ix.listed_after(token.i + 1, ("Organisation",))
        elif _in_partnership(ix, token):
            # "A organised the forum in partnership with B"
            found += ix.listed_after(token.i + 1, ("Organisation",))
        elif shared and token.dep_ == "prep" and (token.head == verb or token.head.i in objects):
            # a verb of sharing the role names the partner after a bare "with"
            found += ix.listed_after(token.i + 1, ("Organisation",))
        elif _organised_with(ix, verb, token):
            # "The symposium was organised with the X Department": with no agent, the body
            # after a bare "with" shares the organising
            found += ix.listed_after(token.i + 1, ("Organisation",))
        elif _active_with_a_body(ix, verb, token, objects):
            # "DITP organised a mango promotion at its pavilion with the Ministry of
            # Agriculture": the body after a bare "with" on the verb shares the organising
            found += ix.listed_after(token.i + 1, ("Organisation",))
    # "A, together with B, organised the forum": the partner set off between the subject
    # and its verb, hung on the subject
    for subject in ix.subjects(verb):
        for child in subject.children:
            if (
                child.dep_ == "prep"
                and child.lower_ == "with"
                and subject.i < child.i < verb.i
                and ix.tokens[child.i - 1].lower_ in ix.lex["joint_words"]
                and ix.tokens[child.i - 2].text == ","
            ):
                found += ix.listed_after(child.i + 1, ("Organisation",))
            # "A, in collaboration with B, is organising the fair"
            if (
                child.dep_ == "prep"
                and child.lower_ == "in"
                and subject.i < child.i < verb.i
                and ix.tokens[child.i - 1].text == ","
                and child.i + 2 < verb.i
                and _in_partnership(ix, ix.tokens[child.i + 2])
            ):
                found += ix.listed_after(child.i + 3, ("Organisation",))
    return found


def _active_with_a_body(ix: DocumentIndex, verb: Token, with_: Token, objects: set[int]) -> bool:
    """Is ``with_`` a bare "with" on an active verb of organising (or on its object, or on
    the place after that object's "at" or "in") whose own object is a body ("A organised
    a durian promotion with the Ministry of X")? Not "with the support of B" (a noun
    first: the sponsor's trap), nor "with 300 buyers"."""
    if verb.tag_ == "VBN" or lemma(verb) not in _HOSTING_VERBS or with_.dep_ != "prep":
        return False
    on = with_.head
    if on.dep_ == "pobj" and on.head.lower_ in ("at", "in") and on.head.head.i in objects:
        on = on.head.head  # "a promotion at the Thailand pavilion with the ministry"
    if on != verb and on.i not in objects:
        return False
    target = next((c for c in with_.children if c.dep_ == "pobj"), None)
    # "hosted the fair with the association in the audience": a "with" phrase that says
    # where or as what the body is (a preposition after its name) names no partner
    if target is None or ix.core(key := ix.entity(target)) != "Organisation":
        return False
    end = next(
        (span.end for span in ix.spans_named(key) if span.start <= target.i < span.end),
        target.i + 1,
    )
    return not any(c.dep_ == "prep" and c.i >= end for c in target.children)


def _organised_with(ix: DocumentIndex, verb: Token, with_: Token) -> bool:
    """Is ``with_`` a bare "with" on a passive verb of organising that names no agent,
    its object a body ("was organised with the Guangxi Department of Commerce")? Not a
    holding verb ("held with Thailand as guest") nor a noun after it ("with the support
    of B": the sponsor's trap)."""
    if verb.tag_ != "VBN" or lemma(verb) not in _HOSTING_VERBS or with_.head != verb:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    target = next((c for c in with_.children if c.dep_ == "pobj"), None)
    if target is None or ix.core(ix.entity(target)) != "Organisation":
        return False
    # "hosted with the millers in mind": whom it is for, not who shares it
    after = ix.tokens[with_.right_edge.i + 1 : with_.right_edge.i + 3]
    in_mind = [t.lower_ for t in after] == ["in", "mind"]
    return not in_mind and not any(t.lower_ == "mind" for t in with_.subtree)


def _in_partnership(ix: DocumentIndex, with_: Token) -> bool:
    """Is ``with_`` the "with" of "in collaboration with", "in partnership with" (a
    partner sharing the organising, unlike "with the support of", a sponsor's trap)?"""
    return (
        with_.lower_ == "with"
        and with_.i >= 2
        and ix.tokens[with_.i - 1].lower_ in ix.lex["partnering_nouns"]
        and ix.tokens[with_.i - 2].lower_ == "in"
    )


#: Nouns that name the occasion reported, not the series it belongs to ("The event is
#: hosted by A" tells of this year's event as often as of every year's).
_OCCASION_ONLY_NOUNS = {"event", "edition", "session"}


def _series_of_habit(
    ix: DocumentIndex, token: Token, key: str, verb: Token, *, present: bool = False
) -> str | None:
    """The series an edition's unnumbered reference ("the forum", "the China-ASEAN Expo")
    stands for in a clause of habit or beginning ("every year", "annually", "since 2006",
    "first held"), or when the reference itself is described by its beginning ("The expo,
    first held in 2004, is co-hosted by ..."); None when it is to the edition itself."""
    series = ix.resolved.editions.get(key)
    if series is None:
        return None
    span = ix.span_of(key, token.i)
    if span is not None and names_a_number(span):
        # "the 6th Lao Coffee Festival, which the association organises every year": a
        # relative clause of habit on a numbered edition tells of the series it belongs to
        return series if verb.dep_ == "relcl" and verb.head == token and recurring(verb) else None
    described = (v for v, role in ix.verbs_of(token) if role == "subject" and v.dep_ == "acl")
    habit = recurring(verb) or began(verb) or any(began(v) for v in described)
    habit = habit or _in_rotation(verb) or _fronted_habit(ix, token, verb)
    return series if habit or (present and _present_habit(verb)) else None


def _habit_or_beginning(verb: Token) -> bool:
    """Does the clause tell a habit or a beginning ("every year", "first held", "since
    2014", "ever since")? ``began`` reads "since" only with its year."""
    return (
        recurring(verb)
        or began(verb)
        or any(c.dep_ == "advmod" and c.lower_ == "since" for c in verb.children)
    )


def _host_series(ix: DocumentIndex, target: Token, host: str | None) -> str | None:
    """ "The summit is held alongside the expo each year": what a series runs beside in a
    clause of habit is the other series, not the edition "the expo" stands for in the
    report (a numbered one, "alongside the 4th expo", stays)."""
    series = ix.resolved.editions.get(host) if host is not None else None
    span = ix.span_of(host, target.i) if series is not None else None
    if series is None or (span is not None and names_a_number(span)):
        return host
    return series


def _fronted_habit(ix: DocumentIndex, token: Token, verb: Token) -> bool:
    """ "Launched in 1957 and held every spring and autumn, the fair is co-hosted by A",
    "First held in 2006, the annual forum is sponsored by B": a participle set before the
    subject that tells a habit or a beginning describes the subject as the series."""
    fronted = [
        c
        for c in ix.children(verb)
        if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < token.i < verb.i
    ]
    fronted += [c for v in fronted for c in ix.children(v) if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(recurring(v) or began(v) for v in fronted)


#: What a clause of rotation says a series is held in: "in turn", "by rotation".
_ROTATION_NOUNS = {"turn", "rotation"}


def _in_rotation(verb: Token) -> bool:
    """Is ``verb`` said to happen by turns ("the fair is held in turn by A and B", "hosted
    by rotation", "held alternately in A and B", "held every year, alternating between A
    and B")? Turns are taken by a series, not by one edition."""
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "by")
            and any(lemma(t) in _ROTATION_NOUNS and t.dep_ == "pobj" for t in child.children)
        ):
            return True
        if child.dep_ == "advmod" and child.lower_ in ("alternately", "rotationally"):
            return True
        if child.dep_ in ("advcl", "xcomp") and lemma(child) in ("alternate", "rotate"):
            return True
    return False


def _relative_present(verb: Token, event: Token) -> bool:
    """Is ``verb`` an active simple present in a relative clause with no date in it ("A,
    which hosts the week with B")? Said of a body, such a clause tells what it does each
    time, not what it did for one edition ("which is hosting this year's week" or "which
    hosted the week in 2019" do not count). The event's own article and noun are no date,
    though the tagger calls "the week" one; "this year's event" is one."""
    own = {event.i} | {t.i for t in event.children if t.dep_ == "det"}
    return (
        verb.dep_ == "relcl"
        and verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)
        and not any(t.ent_type_ in ("DATE", "TIME") and t.i not in own for t in verb.subtree)
    )


def series_hosted_now(ix: DocumentIndex, token: Token, key: str, verb: Token) -> str | None:
    """The series an unnumbered reference to edition ``key`` ("the week") stands for as
    the object of an organising verb in a relative clause of the present ("A and B,
    which host the week with C"); None otherwise."""
    if not _relative_present(verb, token):
        return None
    span = ix.span_of(key, token.i)
    if span is not None and names_a_number(span):
        return None
    return ix.resolved.editions.get(key)


def _present_habit(verb: Token) -> bool:
    """ "The summit is held alongside the expo in Nanning": a present passive with no date
    in its clause tells what the series does, not what one edition did (read for partOf
    only: "the forum is co-sponsored by A" is said of this year's forum as often). A
    participle joined to another without an auxiliary of its own shares the other's: "The
    expo is organised by A and hosted by B"."""
    if verb.tag_ != "VBN":
        return False
    carrier = verb
    while (
        carrier.dep_ == "conj"
        and carrier.head.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in carrier.children)
    ):
        carrier = carrier.head
    if not any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in carrier.children):
        return False
    # "The expo is hosted by A and has been held every year since 2004": a date in a
    # clause joined with an auxiliary of its own dates that clause, not this one
    own_clauses = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ in ("aux", "auxpass") for a in c.children)
    ]
    dated_apart = {t.i for clause in own_clauses for t in clause.subtree}
    return not any(t.ent_type_ in ("DATE", "TIME") and t.i not in dated_apart for t in verb.subtree)


def edition_named_over(ix: DocumentIndex, token: Token, key: str) -> str | None:
    """ "At the 125th session of the fair, which opened at the Canton Fair Complex", "the
    20th edition of the expo, held in Nanning": the series named "of" an edition's own
    noun stands, with the clause on it, for that edition (the parser hangs the clause on
    the nearer noun)."""
    glossed = _edition_glossed(ix, token, key)
    if glossed is not None:
        return glossed
    this_time = _edition_this_time(ix, token, key)
    if this_time is not None:
        return this_time
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head == token.head:
        return None
    noun = token.head.head
    edition = ix.token_key.get(noun.i)
    if edition is not None:
        return edition if edition != key and ix.resolved.editions.get(edition) == key else None
    return numbered_edition(ix, noun, key)


def _edition_this_time(ix: DocumentIndex, token: Token, key: str) -> str | None:
    """ "Myanmar's largest farm show is back ... for a fourth year. Agritech Myanmar, put on
    by A with B, has 180 booths this week": a series' bare name as the subject of a clause
    set "this week" ("this year", "this time") stands for the edition the article is
    about, and what is said on the name (its organisers) is that edition's."""
    if token.dep_ not in ("nsubj", "nsubjpass") or key not in ix.resolved.editions.values():
        return None
    main = ix.main_edition()
    if main is None or ix.resolved.editions.get(main) != key:
        return None
    clause = token.head
    for word in ix.sentence(token):
        if lemma(word) not in ix.lex["this_time_nouns"] or word.dep_ != "npadvmod":
            continue
        if not any(d.lower_ == "this" for d in ix.children(word)):
            continue
        up = ix.head(word)  # "has 180 booths this week": the parser may hang it on the object
        while up != clause and up.pos_ not in ("VERB", "AUX") and ix.head(up) != up:
            up = ix.head(up)
        if up == clause:
            return main
    return None


def numbered_edition(ix: DocumentIndex, noun: Token, series: str | None) -> str | None:
    """The edition of ``series`` an ordinal on an edition's noun numbers ("the 125th
    session" of the fair), if the text names it."""
    if series is None or lemma(noun) not in EDITION_NOUNS:
        return None
    numbers = {ordinal_value(c.text) for c in noun.children if c.dep_ in ("amod", "compound")}
    for edition, of in ix.resolved.editions.items():
        entity = ix.resolved.entities.get(edition)
        if of == series and entity is not None and entity.edition_number in numbers:
            return edition
    return None


#: What sets a short form or a nickname after a name: "(CAEXPO)", ", better known as".
_GLOSSES = (
    ("(",),
    (",", "better", "known", "as"),
    (",", "also", "known", "as"),
    (",", "commonly", "known", "as"),
    (",", "popularly", "known", "as"),
    (",", "known", "as"),
    (",", "also", "called"),
    (",", "dubbed"),
)


def _edition_glossed(ix: DocumentIndex, token: Token, key: str) -> str | None:
    """ "the 12th China-Asean Expo (Caexpo), which opened in Nanning", "the 14th Annual
    Meeting of the New Champions, better known as Summer Davos, which runs ... at the
    Tianjin Meijiang Convention Center": a series' short form or nickname set right after
    an edition's name glosses the edition, and a clause on it is the edition's (the
    parser hangs the clause on the gloss, the nearer name)."""
    if key not in ix.resolved.editions.values():
        return None
    span = ix.span_of(key, token.i)
    if span is None:
        return None
    start = span.start
    if start > 0 and ix.tokens[start - 1].lower_ == "the":
        start -= 1  # ", better known as the Canton Fair"
    words = tuple(t.lower_ for t in ix.tokens[max(start - 4, 0) : start])
    gloss = next((g for g in _GLOSSES if words[-len(g) :] == g), None)
    if gloss is None:
        return None
    end = start - len(gloss)
    for other_span, other in ix.mentions_in(ix.sentence(token)):
        if other_span.end != end or ix.core(other) != "Event":
            continue
        if ix.resolved.editions.get(other) == key:
            return other
        if other == key:
            # "The 107th session of the China Import and Export Fair, better known as the
            # Canton Fair, opened": the series named over the edition's own noun
            return edition_named_over(ix, ix.head_mention_token(other_span), other)
    return None


def event_references(ix: DocumentIndex) -> list[tuple[Token, str]]:
    """Every event named (by its name's head token) or referred to unnamed ("the fair")."""
    named = [(ix.head_mention_token(span), key) for span, key in ix.mentions_of("Event")]
    return named + ix.implicit_events()


def apposed_to(ix: DocumentIndex, token: Token, key: str) -> list[Token]:
    """The nouns set in apposition to an event's reference: on its head word, or on a word
    of its name, where the parser hangs the apposition on the nearer noun of a name that
    ends in a phrase of its own ("the China-ASEAN Forum on Digital Trade, a side event of
    the expo": on "Trade")."""
    # the index's held tokens and children, not made afresh for every reference
    nouns = [c for c in ix.children(token) if c.dep_ == "appos"]
    span = ix.span_of(key, token.i)
    if span is not None:
        nouns += [
            c
            for word in ix.tokens_of(span)
            if word.i != token.i
            for c in ix.children(word)
            if c.dep_ == "appos" and c.i >= span.end
        ]
    return nouns


def _apposed_place(token: Token) -> bool:
    """ "in Nanning, Guangxi Zhuang Autonomous Region": the parser makes the region a second
    conjunct of the city, with no "and" or "or" in the coordination; it says where the city
    lies (place-beside-place reads that), not a second place the event is held in."""
    return token.dep_ == "conj" and not any(
        c.dep_ == "cc" for c in (*token.head.children, *token.children)
    )


def _places_of_host(ix: DocumentIndex, target: Token) -> list[str]:
    """The places named "in" an event's own phrase ("the expo in Nanning"): none unless
    the phrase names an event."""
    if ix.event(target) is None:
        return []
    return [
        place
        for prep, inner in ix.prepositions_of_noun(target)
        if prep == "in"
        and not _apposed_place(inner)
        and (place := ix.entity(inner)) is not None
        and ix.core(place) == "Place"
    ]


def _hosts_alongside(ix: DocumentIndex, key: str, target: Token) -> bool:
    """Is an event held "alongside" another part of it ("the forum, held alongside the
    expo", "a dinner held alongside the ministers' meeting")? Not a fair beside anything
    ("the Expo opened alongside the Summit"), nor an event beside one of its own kind ("the
    commemorative summit, held alongside the 14th ASEAN-China Summit"): those are peers."""
    host = ix.event(target)
    if host is None or ix.is_a_fair(key):
        return False
    return ix.head_word(key) != ix.head_word(host)


#: Containment nouns that, before "of" and a name, are that place itself ("the city of
#: Kunming", "the south Chinese province of Hainan"), unlike "the capital of Guangxi" or
#: "the heart of Nanning".
_NAMING_NOUNS = {
    "city", "town", "municipality", "county", "district", "village", "port", "province",
    "state", "region", "prefecture", "island", "regency",
}  # fmt: skip


def names_its_place(ix: DocumentIndex, noun: Token) -> bool:
    """ "the city of Kunming": a naming noun whose "of" names a place."""
    return lemma(noun) in _NAMING_NOUNS and any(
        prep == "of" and ix.core(ix.token_key.get(target.i)) == "Place"
        for prep, target in ix.prepositions_of_noun(noun)
    )


def _a_capital_of(ix: DocumentIndex, noun: Token) -> bool:
    """ "the capital of Guangxi": a containment noun no name stands on, whose place is a
    part of what it is "of" ("the city of Kunming" is Kunming itself)."""
    return (
        noun.i not in ix.token_key
        and lemma(noun) in ix.lex["containment_nouns"]
        and not names_its_place(ix, noun)
    )


def venue_chain(ix: DocumentIndex, venue) -> list[str]:
    """The places a venue is written inside: "at Hall 5 of the Nanning International
    Convention and Exhibition Center in Nanning" → the centre and Nanning; "on the
    exhibition grounds in Hanover" → Hanover. An event held at a venue is held in each
    (not in a country or province around them: that says where the venue lies).
    "Of" is not followed from a containment noun: "the capital of Guangxi" is Nanning,
    and an event held there is held in Nanning (the place chain says the rest); "the city
    of Kunming" is Kunming."""
    places: list[str] = []
    stack = [venue]
    while stack:
        noun = stack.pop()
        # ("the Segambut area of Kuala Lumpur": a part a name stands on lies in its "of")
        contains = (
            lemma(noun) in ix.lex["containment_nouns"]
            and not names_its_place(ix, noun)
            and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
        )
        # "at Hall B3 of the Jakarta International Expo": the parser may hang "of" on "B3",
        # set in apposition inside the hall's name
        own = ix.token_key.get(noun.i)
        inside = [c for c in noun.children if c.dep_ == "appos" and own is not None]
        inside = [c for c in inside if ix.token_key.get(c.i) == own]
        # "at the MITEC, a convention complex in Kuala Lumpur": its kind, in apposition
        inside += [
            c
            for c in noun.children
            if c.dep_ == "appos"
            and own is not None
            and c.i not in ix.token_key
            and lemma(c) in ix.lex["venue_heads"]
        ]
        phrases = [p for n in (noun, *inside) for p in ix.prepositions_of_noun(n)]
        for prep, target in phrases:
            if prep != "in" and (prep != "of" or contains):
                continue
            key = ix.entity(target)
            if (
                key is not None
                and ix.core(key) == "Place"
                and key not in places
                and not a_region(ix, key)
                and not _named_as_a_province(ix, key)
            ):
                places.append(key)
            stack.append(target)
    return places


#: The last words of the names of provinces and states ("Shan State", "Badung Regency").
_PROVINCE_WORDS = {"state", "province", "region", "prefecture", "regency"}


def _named_as_a_province(ix: DocumentIndex, key: str) -> bool:
    """Is ``key`` named as a province or state ("northern Shan State")? A venue "in" it
    lies there; an event held at the venue is not said to be held in it."""
    entity = ix.resolved.entities.get(key)
    return entity is not None and entity.label.split()[-1].lower() in _PROVINCE_WORDS


def _same_place(ix: DocumentIndex, noun: Token) -> str | None:
    """ "which opened in the same city", "which opens in the city on Nov. 27": the city
    named last before, not a country or province (a bare "the city": the one its sentence
    named, else the dateline's); "at the same venue": the venue named last before (a
    place named by a venue's head), not the city or airport named since; "at the
    Lao-ITECC exhibition centre": the place named before the venue's common head."""
    venue = lemma(noun) in ix.lex["venue_heads"] | ix.lex["venue_nouns"]
    if not venue and lemma(noun) not in ix.lex["containment_nouns"]:
        return None
    children = list(noun.children)
    if venue and noun.i not in ix.token_key:
        # "opened at the Lao-ITECC exhibition centre": a venue's name set before a common
        # head is the venue; a country's ("the Thailand hall") names a section in it
        named = [ix.entity(c) for c in children if c.dep_ == "compound"]
        places = [
            k for k in named if k is not None and ix.core(k) == "Place" and not a_region(ix, k)
        ]
        if len(places) == 1:
            return places[0]
    # "the expo, which opens in the city on Nov. 27": a bare "the city" is the city named
    # last before, as "the same city" is
    bare_city = (
        lemma(noun) in ("city", "town", "capital")
        and [c.lower_ for c in children] == ["the"]
        and noun.i not in ix.token_key
    )
    if not bare_city and not any(c.lower_ == "same" for c in children):
        return None
    if bare_city:
        # the city its sentence named before, else the dateline's ("NANNING -- ... at the
        # third expo, which opens in the city on Oct. 31", ports listed paragraphs before)
        named = ix.nearest_before(
            noun, "Place", lambda k: not a_region(ix, k) and not venue_named(ix, k)
        )
        spans = ix.spans_named(named) if named is not None else []
        start = ix.sentence(noun).start
        if any(start <= s.start < noun.i for s in spans):
            return named
        return ix.dateline_place()
    if venue:
        # the venue something was held at, else any venue ("landed at the Bunga Raya
        # Complex" after "will be held at the KLCC" does not make the complex the venue)
        return ix.nearest_before(
            noun, "Place", lambda k: venue_named(ix, k) and _held_at(ix, k)
        ) or ix.nearest_before(noun, "Place", lambda k: venue_named(ix, k))
    # ("a researcher from Singapore's ISEAS ... The forum came days after the expo closed
    # in the same city": a city named only as a body's owner is where nothing happened)
    return ix.nearest_before(
        noun,
        "Place",
        lambda k: not a_region(ix, k) and not venue_named(ix, k) and not _only_owner(ix, k),
    )


def _place_there(ix: DocumentIndex, verb: Token) -> str | None:
    """The place "there" stands for: the city (or venue) named last before, in the verb's
    sentence or the one before it; not a country or province, nor a place named only as
    an owner ("Singapore's ISEAS")."""
    named = ix.nearest_before(
        verb, "Place", lambda k: not a_region(ix, k) and not _only_owner(ix, k)
    )
    if named is None:
        return None
    position = ix.sentence_position(verb)
    start = ix.sentences[max(position - 1, 0)].start
    return named if any(start <= s.start < verb.i for s in ix.spans_named(named)) else None


def _only_owner(ix: DocumentIndex, key: str) -> bool:
    """Is a place named only as an owner ("Singapore's ISEAS-Yusof Ishak Institute")?"""
    tokens = [ix.head_mention_token(span) for span in ix.spans_named(key)]
    return bool(tokens) and all(t.dep_ == "poss" for t in tokens)


def _held_at(ix: DocumentIndex, key: str) -> bool:
    """Is a place named somewhere as where something is held ("will be held at the KLCC")?"""
    for span in ix.spans_named(key):
        token = ix.head_mention_token(span)
        prep = token.head
        if (
            token.dep_ == "pobj"
            and prep.lower_ in ("at", "in")
            and lemma(prep.head) in ix.lex["held_verbs"]
            and prep.head.pos_ in ("VERB", "AUX")
        ):
            return True
    return False


def venue_named(ix: DocumentIndex, key: str) -> bool:
    """A place named by a venue's head ("... Convention Centre", "... Complex"), or set
    before one the text writes in lower case ("the Lao-ITECC exhibition centre")."""
    return named_by_venue_head(ix, key, ix.lex["venue_heads"])


def named_by_venue_head(ix: DocumentIndex, key: str, heads: Collection[str]) -> bool:
    """Is ``key`` named by a venue's head of ``heads``: the last word of its name, a
    bracketed gloss aside ("... Convention Centre (NICEC)"), or a lower-case head the text
    writes it before ("the Lao-ITECC exhibition centre")?"""
    entity = ix.resolved.entities.get(key)
    words = entity.label.split("(")[0].split() if entity is not None else []
    return (bool(words) and words[-1].lower() in heads) or _set_before_venue_head(ix, key, heads)


def _set_before_venue_head(ix: DocumentIndex, key: str, heads: Collection[str]) -> bool:
    """Is place ``key`` written before a lower-case venue head of ``heads`` ("the Lao-ITECC
    exhibition centre", "the Messe Berlin exhibition grounds")? Then it names a venue."""
    return any(
        (token := ix.head_mention_token(span)).dep_ == "compound"
        and token.head.i not in ix.token_key
        and lemma(token.head) in heads
        for span in ix.spans_named(key)
    )


def held_only_at_venues(ix: DocumentIndex, found: Findings, key: str) -> bool:
    """Is ``key`` held only at venues so far ("at the Nanning International Convention and
    Exhibition Centre"), or only in a country or province ("Laos hosted the meeting")?
    Then a fallback (the dateline, the series' city) still names the city inside them."""
    places = [
        r.object
        for r in found.relations
        if r.subject == key and r.predicate == "heldIn" and r.object in ix.resolved.entities
    ]
    return bool(places) and all(venue_named(ix, p) or a_region(ix, p) for p in places)


def a_region(ix: DocumentIndex, key: str) -> bool:
    """A country or province (one with a capital of its own, unlike Singapore): "at the
    centre in Guangxi" places the centre, not an event held there, in the province."""
    entity = ix.resolved.entities.get(key)
    entry = ix.rules.by_name.get(entity.label.casefold()) if entity else None
    return entry is not None and entry.capital not in (None, entry.label)


def a_country(ix: DocumentIndex, key: str) -> bool:
    """A country of the gazetteer: it has a capital and lies in nothing (a province lies
    in its country)."""
    entity = ix.resolved.entities.get(key)
    entry = ix.rules.by_name.get(entity.label.casefold()) if entity else None
    return entry is not None and entry.capital is not None and entry.located_in is None


def _organisers_after(ix: DocumentIndex, verb, *, first_only: bool = False) -> list[str]:
    """Organisations listed after "co-organized by", "and hosted by", to the clause's end.

    Long lists of organisers ("by A, the ministries of the ten member states and B,
    and hosted by C") are where the parser's coordination goes wrong most often, so
    the list is read from the surface: every organisation named after the first "by",
    past further organising participles, up to the next other verb or its subject's
    first word (``first_only``: up to a "with" too). A clause joined after the list
    (", and X, a director at the ministry B, spoke") is about someone else: its
    subject's bodies are no organisers.
    """
    found: list[str] = []
    started = False
    supporters_end = -1
    next_clause = _next_clause_start(ix, verb)
    for token in ix.tokens[verb.i + 1 : ix.sentence(verb).end]:
        if token.i >= next_clause:
            break
        if token.lower_ == "by":
            started = True
            continue
        if started and token.lower_ == "with" and _lends_support(ix, token):
            # "organised by A, with the support of B": B a supporter, no organiser
            supporters_end = token.right_edge.i
            continue
        if token.i <= supporters_end:
            continue
        post_end = _a_persons_post_end(ix, token) if started else -1
        if post_end > token.i:
            supporters_end = post_end  # (the bodies of a person's post)
            continue
        if first_only and started and token.lower_ == "with":
            if token.i > 0 and ix.tokens[token.i - 1].lower_ in ("together", "along", "jointly"):
                continue  # ("by A, together with B": B organises beside A)
            break  # (a series': not the partner "with" whom one edition was held)
        if token.pos_ in ("VERB", "AUX") and lemma(token) not in ix.lex["organising_verbs"]:
            break
        if token.text in (";", ".") or token.lower_ in ("which", "who", "while"):
            break
        key = ix.token_key.get(token.i)
        if (
            started
            and key
            and ix.core(key) == "Organisation"
            and key not in found
            and not ix.is_modifier_mention(key, token.i)
        ):
            found.append(key)
    return found


def _next_clause_start(ix: DocumentIndex, verb: Token) -> int:
    """Where the first clause after ``verb`` with another verb begins: the first word of
    that verb's subject (", and Phol Norith, an official at B, attended": the clause
    opens at "Phol", before its verb), else the sentence's end. Organising verbs
    ("... and co-organised by C") continue the list."""
    end = ix.sentence(verb).end
    for token in ix.tokens[verb.i + 1 : end]:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        head = token.head
        if (
            head.i > token.i
            and head.pos_ in ("VERB", "AUX")
            and lemma(head) not in ix.lex["organising_verbs"]
        ):
            return token.left_edge.i
    return end


def _organisers_of_phrase(ix: DocumentIndex, target: Token) -> list[str]:
    """The entities of an organising "by" phrase, bar the bodies named only in the post
    of a person the parser hangs on the list ("by A and B, and Maria Reyes, deputy head
    of C, welcomed ...": C is where she works)."""
    posts: set[int] = set()
    for token in target.subtree:
        end = _a_persons_post_end(ix, token)
        posts.update(range(token.i + 1, end + 1))
    outside = {ix.token_key.get(t.i) for t in target.subtree if t.i not in posts}
    return [k for k in ix.phrase_keys(target) if k in outside]


def _a_persons_post_end(ix: DocumentIndex, token: Token) -> int:
    """Where the post set beside a person ends ("Maria Reyes, deputy head of the ports
    authority", "Reyes of the ports authority"), else -1. The body there is where the
    person works, not one more organiser of the list, even when the parser hangs the
    person on the list."""
    key = ix.token_key.get(token.i)
    if not key or ix.core(key) != "Person":
        return -1
    posts = [c for c in ix.children(token) if c.dep_ in ("appos", "prep") and c.i > token.i]
    return max((c.right_edge.i for c in posts), default=-1)


def _lends_support(ix: DocumentIndex, with_: Token) -> bool:
    """Does the "with" open "with the support (backing, help) of B", what a supporter
    lends, or "with the participation of B" (a ``presence_nouns`` noun: B takes part),
    not a partner's share of the organising?"""
    noun = next((c for c in ix.children(with_) if c.dep_ == "pobj"), None)
    return (
        noun is not None
        and lemma(noun) in ix.lex["support_nouns"] | ix.lex["presence_nouns"]
        and any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in ix.children(noun))
    )


#: A version number ("3.0"): the head of a version of an initiative, which lies nowhere.
_VERSION_NUMBER = re.compile(r"^\d{1,2}\.\d$")


@rule(
    "initiative-frames",
    makes=("launched", "locatedIn"),
    triggers=("launch_verbs", "launch_object_nouns"),
    example="The China-ASEAN Information Harbor was launched at the 12th China-ASEAN Expo.",
    expect=("12th China-ASEAN Expo", "launched", "China-ASEAN Information Harbor"),
    counter="The China-ASEAN Information Harbor was praised at the 12th China-ASEAN Expo.",
)
def initiative_frames(ix: DocumentIndex, found: Findings) -> None:
    """ "Construction of X was set in motion at the 12th CAEXPO", "X, launched by the
    department, went online"; "a park in Nanning"."""
    for span, key in list(ix.mentions_of("Initiative")):
        token = ix.head_mention_token(span)
        carrier = token
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and lemma(token.head.head) in ix.lex["launch_object_nouns"]
        ):
            carrier = token.head.head
        if token.dep_ in ("compound", "amod", "nmod") and token.head.i not in ix.token_key:
            # "The Lancang-Mekong Cooperation framework was set up at", "The LMC framework"
            # (an acronym the parser takes for an adjective)
            carrier = token.head
        if carrier.dep_ == "appos":
            carrier = carrier.head  # "A companion scheme, the X Hub, was unveiled by B"
        while carrier.dep_ == "conj" and carrier.head != carrier:
            carrier = carrier.head  # "X and Y were endorsed at ...": Y is launched too
        verbs = [carrier.head] if carrier.dep_ == "nsubjpass" else []
        # "The China-ASEAN Digital Trade Platform, launched by the Guangxi commerce
        # department, went online": the participle set after the initiative's name
        verbs += [c for c in carrier.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        for verb in (v for v in verbs if lemma(v) in ix.lex["launch_verbs"]):
            if lemma(verb) == "propose":
                continue  # "X was first proposed by China at the summit": not yet launched
            for prep, target in ix.prepositions(verb):
                # "X was inaugurated on the opening day of E": a day of the event is the event
                on_a_day = prep == "on" and lemma(target) == "day"
                if prep in ("at", "during", "by", "on the sidelines of") or on_a_day:
                    agent = ix.event(target) or (None if on_a_day else ix.entity(target))
                    found.add(agent, "launched", key, f"{lemma(verb)}-passive", verb)
        if token.lower_ == "version" or _VERSION_NUMBER.match(token.text):
            continue  # "upgrades X to version 3.0 in Kuala Lumpur": where it was signed
        for child in token.children:
            if span.start <= child.i < span.end:
                continue  # "the Code of Conduct in the South China Sea": what its name is about
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.add(key, "locatedIn", ix.entity(pobj), "initiative-in", token)


@rule(
    "sidelines-clause",
    makes=("partOf",),
    triggers=(
        "part_of_phrases",
        "part_of_prepositions",
        "organising_verbs",
        "held_verbs",
        "participation_verbs",
        "dobj_participation_verbs",
    ),
    example=(
        "On the sidelines of the 16th China-ASEAN Expo, ministers met at the "
        "China-ASEAN Mayors Forum."
    ),
    expect=("China-ASEAN Mayors Forum", "partOf", "16th China-ASEAN Expo"),
    counter="Before the 16th China-ASEAN Expo, ministers met at the China-ASEAN Mayors Forum.",
)
def sidelines(ix: DocumentIndex, found: Findings) -> None:
    """Two events in one clause: "On the sidelines of E1, people met at E2", "On the
    sidelines of the summit, the ADB hosted the E2" (or put it on), "X addressed E2 on
    the sidelines of E1" (E2 partOf E1)."""
    containing = ix.lex["part_of_phrases"] | ix.lex["part_of_prepositions"]
    staging = ix.lex["organising_verbs"] | ix.lex["held_verbs"]
    for verb in ix.verbs:
        frames = [(p, ix.event(t)) for p, t in ix.prepositions(verb)]
        hosts = [e for p, e in frames if e and p in containing]
        guests = [e for p, e in frames if e and p in ("at", "in")]
        # "X addressed a trade forum on the sidelines of the expo": an event one attends or
        # addresses "on the sidelines of" another is part of it (one praised there is not)
        attending = ix.lex["participation_verbs"] | ix.lex["dobj_participation_verbs"]
        beside = lemma(verb) in attending and any(
            e and p in ix.lex["part_of_phrases"] for p, e in frames
        )
        # "On the sidelines of E, organisers put on a workshop on X and a forum on Y"
        if hosts and (lemma(verb) in staging or beside or _organising(ix, verb)):
            guests += [e for o in ix.objects(verb) if (e := ix.event(o))]
        for host in hosts:
            for guest in guests:
                found.add(guest, "partOf", host, "sidelines-clause", verb)


@rule(
    "fronted-part-of",
    makes=("partOf", "heldIn"),
    triggers=("part_of_phrases", "held_verbs"),
    example=(
        "As part of the 16th China-ASEAN Expo, the China-ASEAN Health Forum opened in "
        "Nanning on Sunday."
    ),
    expect=("China-ASEAN Health Forum", "partOf", "16th China-ASEAN Expo"),
    counter=(
        "After the 16th China-ASEAN Expo, the China-ASEAN Health Forum opened in Nanning on Sunday."
    ),
)
def fronted_part_of(ix: DocumentIndex, found: Findings) -> None:
    """ "As part of E, F opened", "Within the framework of E, F and G took place", "On the
    fringes of E, F was held": a sentence that opens with a part-of phrase and an event,
    then a comma, and whose clause has events as subject of a holding verb: they are part
    of E. Read from the surface, because the parser often takes the phrase for the root
    ("As" as the sentence's verb) or the events for E's apposition."""
    phrases = [p.split() for p in ix.lex["part_of_phrases"]]
    spans = ix.mention_spans
    # the longest mention at a start ("the 2022 X Forum", not its year "2022"): spans come
    # longest first at each start
    starts: dict[int, tuple[int, str]] = {}
    for n, (span, key) in enumerate(spans):
        starts.setdefault(span.start, (n, key))
    lowers = doc_arrays(ix.doc).lowers
    for sentence in ix.sentences:  # the parse's sentences, read once by the index
        words = lowers[sentence.start : min(sentence.start + 6, sentence.end)]
        lead = next((len(p) for p in phrases if words[: len(p)] == p), 0)
        beside = False
        if not lead:
            # "Running alongside the 13th CAEXPO, A and B took place ...", "Held within the
            # expo, ...": a holding participle (or none) and a preposition of being part
            first = sentence[0]
            held = first.tag_ in ("VBG", "VBN") and lemma(first) in ix.lex["held_verbs"]
            at = 1 if held else 0
            if held:
                # "Running as part of Gitex Global are A and B", "Taking place as part of",
                # "Held within the framework of E, F opened": a whole phrase before a bare
                # preposition, whose object would be "the framework"
                start = 2 if words[1:2] == ["place"] else 1
                lead = next(
                    (start + len(p) for p in phrases if words[start : start + len(p)] == p), 0
                )
            if (
                not lead
                and (
                    words[at : at + 1] in (["alongside"], ["within"])
                    # "Held under the 16th X Expo were a ..., a ... and a ...": "under" an
                    # event (not "under the auspices of", no event there) as "during" one
                    or (held and words[1:2] in (["during"], ["under"]))
                )
            ):
                lead, beside = at + 1, words[at] == "alongside"
        if not lead:
            continue
        at = sentence.start + lead
        if ix.tokens[at].lower_ == "the":
            at += 1
        if at not in starts and at - 1 in starts:
            at -= 1
        if at not in starts:
            continue
        index, host = starts[at]
        if ix.core(host) != "Event":
            continue
        end = spans[index][0].end
        inverted = _inverted_guests(ix, index, sentence)
        if inverted:
            # "Running as part of Gitex Global are ...", in a report on Gitex Global 2023:
            # the series' name stands for the edition in scope
            scope = ix.event_in_scope(ix.tokens[spans[index][0].start])
            if scope is not None and ix.resolved.editions.get(scope) == host:
                host = scope
            # "Held within the 2017 AEM Meeting in Pasay City were the A dialogue and B"
            for guest in inverted:
                if guest != host and not (beside and ix.is_a_fair(guest)):
                    found.add(guest, "partOf", host, "fronted-part-of-inverted", ix.tokens[end])
            continue
        if end >= sentence.end or ix.tokens[end].text != ",":
            continue
        guests: list[str] = []
        position = end + 1
        for span, key in spans[index + 1 :]:
            if span.start < position:
                continue  # a mention inside the host ("2022" of "the 2022 X Forum")
            gap = ix.lowers(position, span.start)
            if any(w not in ("the", "a", "an", "and", ",") for w in gap):
                break
            if ix.core(key) != "Event":
                break
            guests.append(key)
            position = span.end
        while position < sentence.end and ix.tokens[position].lower_ in ("both", "also", "all"):
            position += 1  # "A and B both took place in Nanning"
        if not guests or position >= sentence.end:
            continue
        if beside:
            # what runs alongside a fair is part of it; events of one kind side by side
            # ("the summit, alongside the other summit") are peers
            guests = [
                g for g in guests if not ix.is_a_fair(g) and ix.head_word(g) != ix.head_word(host)
            ]
        verb = ix.tokens[position]
        while verb.dep_ in ("aux", "auxpass") and verb.i + 1 < sentence.end:
            verb = ix.tokens[verb.i + 1]
        if lemma(verb) not in ix.lex["held_verbs"] or verb.pos_ not in ("VERB", "AUX"):
            continue
        places = [
            key
            for prep, target in ix.prepositions(verb)
            if prep in ("in", "at") and ix.core(key := ix.entity(target)) == "Place"
        ]
        for guest in guests:
            if guest != host:
                found.add(guest, "partOf", host, "fronted-part-of", verb)
                # the parser, taking the events for E's apposition, leaves the verb no
                # subject: where they are held is read here too
                for place in places:
                    found.add(guest, "heldIn", place, "fronted-part-of", verb)


def _inverted_guests(ix: DocumentIndex, index: int, sentence) -> list[str]:
    """The events after "is/are/was/were" that follow the host event of a fronted part-of
    phrase (and its place, "in Pasay City"): "Running as part of Gitex Global are A, B and
    C", the events named before the first verb after it."""
    spans = ix.mention_spans
    position = spans[index][0].end
    # (not the mentions inside the host: "2022" of "the 2022 X Forum")
    following = [(span, key) for span, key in spans[index + 1 :] if span.start >= position]
    if (
        position < sentence.end
        and ix.tokens[position].lower_ in ("in", "at")
        and following
        and following[0][0].start in (position + 1, position + 2)
        and ix.core(following[0][1]) == "Place"
    ):
        position = following[0][0].end
        following = following[1:]
    if position >= sentence.end or lemma(ix.tokens[position]) != "be":
        return []
    # the list runs to the first verb ("..., a start-up showcase staged at Dubai Harbour"),
    # not a word the tagger took for one inside a mention ("a think tank forum")
    named = {i for span, _ in following for i in range(span.start, span.end)}
    end = next(
        (
            t.i
            for t in ix.tokens[position + 1 : sentence.end]
            if t.i not in named
            and (
                t.pos_ in ("VERB", "AUX") or t.lower_ in ("which", "who", "where", "that", "while")
            )
        ),
        sentence.end,
    )
    return [key for span, key in following if span.end <= end and ix.core(key) == "Event"]


@rule(
    "sidelines-place",
    makes=("heldIn",),
    triggers=("part_of_phrases",),
    example=(
        "China and ASEAN signed the protocol in Kuala Lumpur on Sunday, on the sidelines of "
        "the 27th ASEAN Summit."
    ),
    expect=("27th ASEAN Summit", "heldIn", "Kuala Lumpur"),
    counter=(
        "China and ASEAN signed the protocol in Kuala Lumpur on Sunday, a week after the "
        "27th ASEAN Summit."
    ),
)
def sidelines_place(ix: DocumentIndex, found: Findings) -> None:
    """ "signed the protocol in Kuala Lumpur on Sunday, on the sidelines of the 27th ASEAN
    Summit", "met in Vientiane on the margins of the summit": what happens in a city on the
    sidelines of an event happens where the event is held (a city, not a country or
    province, which says less)."""
    phrases = {p for p in ix.lex["part_of_phrases"] if p.startswith("on the ")}
    for verb in ix.verbs:
        frames = list(ix.prepositions(verb))
        # "took place at the centre on the second day of the 28th and 29th ASEAN Summits":
        # a day of an event is as much its time and place as its sidelines
        hosts = [
            e
            for p, t in frames
            if (p in phrases or (p == "on" and lemma(t) == "day"))
            for e in ix.keys(ix.group(t), event=True) or [ix.event(t)]
            if e is not None
        ]
        if not hosts:
            continue
        # "On the sidelines of the summit, the Business Forum will be held at the Palace
        # Hotel": the venue is the forum's, the clause's own event, not the summit's (the
        # city the venue is in is both's)
        another = any(e not in hosts for e in ix.keys(ix.subjects(verb), event=True))
        # "signed the protocol upgrading their pact, ..., in Kuala Lumpur": the parser may
        # hang the place on a verb the signing governs
        governed = [
            c for c in ix.children(verb) if c.pos_ == "VERB" and c.dep_ in ("dobj", "xcomp")
        ]
        frames += [f for clause in governed for f in ix.prepositions(clause)]
        places = [
            k
            for p, t in frames
            if p == "in"
            and ix.core(k := ix.entity(t)) == "Place"
            and not a_region(ix, k)
            and not _apposed_place(t)
        ]
        # "took place at the Kuala Lumpur Convention Centre on the margins of the summit":
        # a venue, and the city it is written in
        for p, t in frames:
            venue = ix.entity(t) if p == "at" else None
            if ix.core(venue) == "Place" and venue_named(ix, venue) and not _apposed_place(t):
                places += [*([] if another else [venue]), *venue_chain(ix, t)]
        for host in hosts:
            for place in dict.fromkeys(places):
                found.add(host, "heldIn", place, "sidelines-place", verb)
    _set_before_the_event(ix, found)


def _set_before_the_event(ix: DocumentIndex, found: Findings) -> None:
    """ "witnessed the signing of the protocol ... in Kuala Lumpur on Tuesday, during the
    28th ASEAN-China Summit": a city and a date, then a comma and "during" (or "on the
    sidelines of") an event, set the clause in the city the event is held in; read from the
    surface, since the parser hangs "in Kuala Lumpur" on whatever noun is nearest."""
    for span, key in ix.mentions_of("Event"):
        lead = span.start
        while lead > 0 and ix.tokens[lead - 1].pos_ in ("DET", "ADJ", "NUM"):
            lead -= 1
        words = [t.lower_ for t in ix.tokens[max(lead - 4, 0) : lead]]
        if words[-1:] == ["during"]:
            comma = lead - 2
        elif words == ["on", "the", "sidelines", "of"] or words == ["on", "the", "margins", "of"]:
            comma = lead - 5
        else:
            continue
        if comma < 1 or ix.tokens[comma].text != ",":
            continue
        at = comma - 1
        while at > 0 and (
            ix.tokens[at].ent_type_ in ("DATE", "TIME") or ix.tokens[at].lower_ == "on"
        ):
            at -= 1  # "on Tuesday"
        place = ix.token_key.get(at)
        place_span = ix.span_of(place, at) if place is not None else None
        if place_span is None or ix.core(place) != "Place" or a_region(ix, place):
            continue
        if place_span.start < 1 or ix.tokens[place_span.start - 1].lower_ != "in":
            continue
        # "co-host a promotion night with the Indonesian Embassy in Beijing on Oct. 29, on
        # the sidelines of the expo": the embassy's city, not the night's
        if not _seat_of_a_body(ix, ix.head_mention_token(place_span)):
            found.add(key, "heldIn", place, "sidelines-place", ix.tokens[lead - 1])


@rule(
    "behind-the-event",
    makes=("organisedBy",),
    triggers=("organiser_prepositions",),
    example=(
        "The Penang Port Commission and Xiamen University are behind the third Straits "
        "Maritime Forum."
    ),
    expect=("3rd Straits Maritime Forum", "organisedBy", "Xiamen University"),
    counter="The Penang Port Commission sat behind the stage of the third Straits Maritime Forum.",
)
def behind_the_event(ix: DocumentIndex, found: Findings) -> None:
    """ "A and B are behind the seventh fair": the organisations a copula puts "behind" an
    event organise it. Only "be" (not "sat behind", "lag behind") and only organisations
    (a place or person "behind" an event is not read)."""
    for prep in ix.with_lower(ix.lex["organiser_prepositions"]):
        if prep.dep_ != "prep":
            continue
        verb = prep.head
        if lemma(verb) != "be":
            continue
        # the parser may take the event's ordinal for the object and its name for the
        # copula's attribute ("behind the third Straits Forum"): either names it
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        objects += [c for c in verb.children if c.dep_ == "attr" and c.i > prep.i]
        key = next((k for k in map(ix.event, objects) if k is not None), None)
        if key is None or ix.core(key) != "Event":
            continue
        for subject in ix.subjects(verb):
            for named in (subject, *subject.conjuncts):
                org = ix.entity(named)
                if org is not None and ix.core(org) == "Organisation":
                    found.add(key, "organisedBy", org, "behind-the-event", verb)


#: What a side event is "of", "at", "during" or "under": the event it is part of.
_SIDE_OF = ("of", "at", "during", "under")
#: Nouns of an event's side ("on the sidelines of E", "on the fringes of E").
_SIDE_NOUNS = ("sidelines", "sideline", "fringes", "fringe", "margins", "margin")


@rule(
    "one-of-the-events",
    makes=("partOf",),
    triggers=("part_nouns", "side_event_nouns", "held_verbs", "organising_verbs"),
    example=(
        "The China-ASEAN Information Harbor Forum is one of the events held under the 12th "
        "China-ASEAN Expo."
    ),
    expect=("China-ASEAN Information Harbor Forum", "partOf", "12th China-ASEAN Expo"),
    counter=(
        "The China-ASEAN Information Harbor Forum is one of the events praised by the 12th "
        "China-ASEAN Expo's visitors."
    ),
)
def one_of_the_events(ix: DocumentIndex, found: Findings) -> None:
    """ "The forum is one of the events held under the expo", "The roundtable was a side
    event staged during the summit": an event said to be (one of) the events another holds
    or that are held at, during or under another is part of it."""
    nouns = ix.lex["part_nouns"] | ix.lex["side_event_nouns"]
    staging = ix.lex["organising_verbs"] | ix.lex["held_verbs"]
    for token, key in event_references(ix):
        for noun in apposed_to(ix, token, key):
            # "The think tank forum, one of the side events of the third expo, opened":
            # an apposed "(one of the) side events of E" says what it is part of
            if lemma(noun) == "one":
                noun = _one_of(ix, noun, nouns)
            if lemma(noun) not in nouns or ix.entity(noun) is not None:
                continue
            for target in _side_event_owners(ix, noun):
                host = ix.event(target)
                if host is not None and host != key and ix.core(host) == "Event":
                    found.add(key, "partOf", host, "apposed-side-event", noun)
        verb = token.head
        if token.dep_ != "nsubj" or lemma(verb) != "be":
            continue
        attributes = [c for c in verb.children if c.dep_ == "attr"]
        # "X was among the events held at E"
        attributes += [t for p, t in ix.prepositions(verb) if p == "among"]
        for noun in attributes:
            if lemma(noun) == "one":  # "one of the events"
                noun = _one_of(ix, noun, nouns)
            if lemma(noun) not in nouns:
                continue
            if ix.entity(noun) is None:
                # "It is one of 80 events on the sidelines of the expo": as in apposition
                for target in _side_event_owners(ix, noun):
                    host = ix.event(target)
                    if host is not None and host != key and ix.core(host) == "Event":
                        found.add(key, "partOf", host, "one-of-the-events", noun)
            for described in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
                if lemma(described) not in staging:
                    continue
                for prep, target in ix.prepositions(described):
                    if (
                        prep in ("at", "during", "under", "within")
                        or prep in ix.lex["part_of_phrases"]
                    ):
                        for host in _editions_under_a_plural_head(ix, target):
                            if host != key:
                                found.add(key, "partOf", host, "one-of-the-events", described)

    _side_noun_after_the_clause(ix, found, nouns, staging)
    _as_one_of_the_events(ix, found, nouns)


def _editions_under_a_plural_head(ix: DocumentIndex, target: Token) -> list[str]:
    """The event ``target`` names and, where it is a plural head ("during the 44th and
    45th ASEAN Summits"), the other editions named under it, joined by "and": each one
    holds what is said to be held during them."""
    host = ix.event(target)
    if host is None:
        return []
    hosts = [host]
    if target.tag_ not in ("NNS", "NNPS") and not target.lower_.endswith("s"):
        return hosts  # (the tagger calls a capitalised plural, "Summits", a singular name)
    editions = ix.resolved.editions
    for span, key in ix.mention_spans:
        if (
            key not in hosts
            and key in editions
            and target.left_edge.i <= span.start
            and span.end <= target.i
            and any(t.lower_ == "and" for t in ix.tokens[span.start : target.i])
        ):
            hosts.append(key)
    return hosts


def _as_one_of_the_events(ix: DocumentIndex, found: Findings, nouns: frozenset[str]) -> None:
    """ "The X Roundtable opened in Beihai as one of the main forums of E", "A and B opened
    as side events of the 20th CAEXPO": what an event's own clause says it is, after "as",
    tells what it is part of, as in apposition (not "as one of the largest forums in
    Asia", whose "in" names no event). The host must be named: a lower-case "the expo's"
    leans on the edition the story is taken to be about, which an explainer recalling
    earlier editions often gets wrong (b26-05: the 10th expo, of 2013, for this year's)."""
    for verb in ix.verbs:
        for prep, noun in ix.prepositions(verb):
            if prep != "as":
                continue
            if lemma(noun) == "one":
                noun = _one_of(ix, noun, nouns)
            if lemma(noun) not in nouns or ix.entity(noun) is not None:
                continue
            hosts = [
                ix.event(target) for target in _side_event_owners(ix, noun) if not target.is_lower
            ]
            for subject in ix.subjects(verb):
                key = ix.event(subject)
                if key is None or ix.core(key) != "Event":
                    continue
                for host in hosts:
                    if host is not None and host != key and ix.core(host) == "Event":
                        found.add(key, "partOf", host, "as-one-of-the-events", noun)


def _side_noun_after_the_clause(
    ix: DocumentIndex, found: Findings, nouns: frozenset[str], staging: frozenset[str]
) -> None:
    """ "joined the X Session in Nanning on Sunday, a side event of the 20th CAEXPO", "joined
    200 scholars at the X Forum on Sunday, one of the side events held during E": the
    parser hangs the phrase after the comma on the verb or on a noun before the event, not
    on the event it describes (the one the clause names last before the comma, past its
    place and day)."""
    for one in ix.with_lemma(nouns | {"one"}):
        if one.dep_ not in ("npadvmod", "appos", "dobj"):
            continue  # on the verb, or in apposition to a noun before the event's name
        noun = _one_of(ix, one, nouns) if lemma(one) == "one" else one
        if lemma(noun) not in nouns or ix.entity(noun) is not None:
            continue
        key = ix.described_event(one) or _subject_event_of_the_clause(ix, one)
        if key is None or ix.core(key) != "Event":
            continue
        hosts = list(_side_event_owners(ix, noun))
        for described in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
            if lemma(described) in staging:
                hosts += [t for p, t in ix.prepositions(described) if p in _SIDE_OF]
        for target in hosts:
            host = ix.event(target)
            if host is not None and host != key and ix.core(host) == "Event":
                found.add(key, "partOf", host, "side-event-after-the-clause", noun)


def _subject_event_of_the_clause(ix: DocumentIndex, one: Token) -> str | None:
    """ "The X Forum opened here on Sunday, one of 80 events on the sidelines of E", "The X
    Dialogue was held in Nanning on Tuesday, a side event of E": a phrase the parser hangs
    on a verb with no object, after a comma that closes the clause, describes the event
    the clause is about, its subject (not "Huawei exhibited there, one of 80 firms")."""
    verb = ix.head(one)
    if one.dep_ != "npadvmod" or verb.pos_ not in ("VERB", "AUX") or one.i < verb.i:
        return None
    if ix.tokens[one.left_edge.i - 1].text != "," or ix.objects(verb):
        return None
    events = [ix.event(s) for s in ix.subjects(verb)]
    return events[0] if len(events) == 1 else None


#: What a distributive "both"/"all" deals out: "both under E", "all held during E".
_WITHIN_OF = ("under", "during", "within", "at")


@rule(
    "both-under-the-event",
    makes=("partOf",),
    triggers=("distributive_words",),
    example=(
        "The China-ASEAN Digital Economy Forum and the China-ASEAN Smart City Summit opened "
        "in Nanning on Saturday, both under the 19th China-ASEAN Expo."
    ),
    expect=("China-ASEAN Smart City Summit", "partOf", "19th China-ASEAN Expo"),
    counter=(
        "The China-ASEAN Digital Economy Forum and the China-ASEAN Smart City Summit opened "
        "in Nanning on Saturday, both praised by visitors to the 19th China-ASEAN Expo."
    ),
)
def both_under_the_event(ix: DocumentIndex, found: Findings) -> None:
    """ "The A Forum and the B Summit opened in Nanning, both under the 19th CAEXPO", "...
    opened in Nanning, both held under E", "The A Forum and the B Summit, both under E,
    opened": "both" (or "all") deals the phrase out to each event the clause names as its
    subjects; each is part of the event "under" ("during", "within", "at") names. Only
    when two or more events are so dealt out, and never an event of itself."""
    staging = ix.lex["organising_verbs"] | ix.lex["held_verbs"]
    for word in ix.with_lower(ix.lex["distributive_words"]):
        head = word.head
        if head.lower_ in _WITHIN_OF and word.dep_ in ("preconj", "advmod", "det"):
            hosts = [c for c in ix.children(head) if c.dep_ == "pobj"]
            holder = head.head
        elif word.dep_ in ("nsubj", "nsubjpass") and lemma(head) in staging:
            # "..., both held under E": the participle is made a second verb of the clause
            hosts = [t for p, t in ix.prepositions(head) if p in _WITHIN_OF]
            holder = head.head if head.dep_ == "conj" else head
        else:
            continue
        if holder.pos_ in ("VERB", "AUX"):
            dealt = [s for s in ix.subjects(holder) if s.i != word.i]
        else:  # "The A Forum and the B Summit, both under E, opened": on the last conjunct
            dealt = [holder.head if holder.dep_ == "conj" else holder]
        events = {
            key
            for noun in dealt
            for named in (noun, *noun.conjuncts)
            if (key := ix.event(named)) is not None and ix.core(key) == "Event"
        }
        if len(events) < 2:
            continue
        for target in hosts:
            host = ix.event(target)
            if host is None or ix.core(host) != "Event":
                continue
            for key in events - {host}:
                found.add(key, "partOf", host, "both-under-the-event", word)


def _side_event_owners(ix: DocumentIndex, noun: Token) -> list[Token]:
    """The words a noun of side events says whose they are: "(one of the) side events of
    (at, during, under, alongside) E", "one of 60 events on the sidelines of E", "one of
    the expo's side events"."""
    owners = [t for p, t in ix.prepositions_of_noun(noun) if p in _SIDE_OF or p == "alongside"]
    owners += [
        t
        for p, side in ix.prepositions_of_noun(noun)
        if p in ("on", "at") and side.lower_ in _SIDE_NOUNS
        for q, t in ix.prepositions_of_noun(side)
        if q == "of"
    ]
    return owners + [c for c in noun.children if c.dep_ == "poss"]


def _one_of(ix: DocumentIndex, one: Token, nouns: set[str] | frozenset[str]) -> Token:
    """The noun "one of" counts among ("one of the side events"). "Sub-forums" is split
    at its hyphen, and the parser may make each piece an object of "of" ("one of eight
    sub - forums of E"): the last piece that is an event's noun, else the first object."""
    objects = [t for p, t in ix.prepositions_of_noun(one) if p == "of"]
    # "one of the series of activities of E": a run of occasions counts their noun
    if objects and lemma(objects[0]) in ix.lex["run_nouns"]:
        objects += [t for p, t in ix.prepositions_of_noun(objects[0]) if p == "of"]
    return next((t for t in reversed(objects) if lemma(t) in nouns), objects[0] if objects else one)


@rule(
    "event-in-place",
    makes=("heldIn",),
    triggers=("held_verbs",),
    example="Laos sent 40 firms to the 13th China-ASEAN Expo in Nanning last week.",
    expect=("13th China-ASEAN Expo", "heldIn", "Nanning"),
    counter="Laos sent 40 firms from Nanning to the 13th China-ASEAN Expo last week.",
)
def event_in_place(ix: DocumentIndex, found: Findings) -> None:
    """ "the 13th CAEXPO in Nanning", "the summit in the city of Nanning", "the seventh
    CIIE, to be held in Shanghai in November": a place written right after an event's
    name, after a comma and a holding participle, or after its own holding verb ("the
    16th VietnamExpo opened at the SECC", however the parser read the clause), is where
    it is held ("in the
    capital of Guangxi": held in Guangxi's capital, where the text names it). Read from
    the surface, because the parser hangs "in Nanning" (and the participle) on the verb
    or another noun as often as on the event; not after an event something is "for" ("a
    promotion conference for the expo in Tuguegarao")."""
    spans = ix.mention_spans
    for index, (span, key) in enumerate(spans):
        if ix.core(key) != "Event":
            continue
        end = span.end
        end = past_short_form(ix, end)  # "the 21st China-ASEAN Expo (CAEXPO) in Nanning"
        participle = _held_participle(ix, span, end)
        end += participle
        end += _dates_between(ix, end)
        after = ix.tokens[end : end + 6]
        if not after or after[0].lower_ not in ("in", "at"):
            continue
        if _for_the_event(ix, span):
            continue  # "held a promotion conference for the expo in Tuguegarao"
        start = end + 1
        words = [t.lower_ for t in after[1:5]]
        capital = False
        named = _kind_named_of(ix, start)
        if named:
            start += named  # "in the south Chinese province of Hainan": Hainan
        for lead in (["the", "city", "of"], ["the", "capital", "of"], ["the", "city"], ["the"]):
            if not named and words[: len(lead)] == lead:
                start += len(lead)
                capital = "capital" in lead
                break
        for later, other in spans[index + 1 : index + 4]:
            if later.start == start and ix.core(other) == "Place":
                # "the fair in the capital of Guangxi" is held in Nanning, if the text names it
                other = _capital_named(ix, other) if capital else other
                # "staged at the Saigon Exhibition and Convention Center in Ho Chi Minh
                # City": the venue and the places it is written in
                chain = [] if capital else venue_chain(ix, ix.head_mention_token(later))
                paired = _editions_paired_before(ix, spans, index) if participle else []
                for event in (key, *paired):
                    for place in (other, *chain):
                        found.add(event, "heldIn", place, "event-in-place", after[0])
                break


def _kind_named_of(ix: DocumentIndex, start: int) -> int:
    """How many tokens from ``start`` make "the south Chinese province of", "the coastal
    city of": a naming noun of a kind of place, with the words that describe it, before
    the "of" that names the place (0 if none)."""
    tokens = ix.tokens
    if start >= len(tokens) or tokens[start].lower_ != "the":
        return 0
    at = start + 1
    while at < min(start + 5, len(tokens)) and tokens[at].pos_ == "ADJ":
        at += 1  # "south", "Chinese", "coastal"
    if at + 1 >= len(tokens) or lemma(tokens[at]) not in _NAMING_NOUNS:
        return 0
    return at + 2 - start if tokens[at + 1].lower_ == "of" else 0


def past_short_form(ix: DocumentIndex, end: int) -> int:
    """Where the text goes on after a short form in brackets at token ``end`` ("the
    Philippine International Convention Center (PICC) in Pasay City", "(Lao-ITECC) in
    Vientiane": one word, hyphens and all); ``end`` itself if there is none."""
    tokens = ix.tokens
    if end >= len(tokens) or tokens[end].text != "(":
        return end
    for at in range(end + 2, min(end + 6, len(tokens))):
        if tokens[at].text == ")":
            inside = ix.text[tokens[end].idx : tokens[at].idx]
            return at + 1 if not any(c.isspace() for c in inside) else end
    return end


def _editions_paired_before(ix: DocumentIndex, spans, index: int) -> list[str]:
    """ "the 19th China-ASEAN Expo and the 19th China-ASEAN Business and Investment
    Summit, to be held in Nanning": the edition joined by "and" to the one a holding
    participle follows is held there too (two editions named as one occasion)."""
    span, key = spans[index]
    if index == 0 or key not in ix.resolved.editions:
        return []
    before, other = spans[index - 1]
    gap = ix.lowers(before.end, span.start)
    if gap not in (["and"], ["and", "the"]) or other == key:
        return []
    return [other] if other in ix.resolved.editions and ix.core(other) == "Event" else []


def _held_participle(ix: DocumentIndex, span, end: int) -> int:
    """How many tokens from ``end`` make ", held", ", to be held", ", being held", ",
    taking place" or ", staged" after an event's name, or its own holding verb, "opened",
    "was held" (0 if none): "the seventh CIIE, to be held in Shanghai", "Between a dump
    truck and a stand of scarves, the 16th VietnamExpo opened at the SECC" (the parser took
    the name for the scarves' apposition); not after a name in a prepositional phrase
    ("Exhibitors at the expo met at a hotel": the exhibitors met there)."""
    words = ix.tokens[end : end + 5]
    if not words:
        return 0
    extra = 0
    if words[0].text == ",":
        lowers = [t.lower_ for t in words[1:3]]
        if lowers[:1] == ["also"] and lowers[1:] in (["in"], ["at"]):
            return 2  # "the 20th ASEAN Plus Three Summit, also at the PICC": as the one before
        at = 3 if lowers == ["to", "be"] else 2 if lowers[:1] == ["being"] else 1
        tags = ("VBN",)
        if lowers == ["taking", "place"] or lowers[:1] == ["running"]:
            # "the Wuzhen Summit, taking place from November 19 to 22 in Wuzhen", "the
            # fair, running until Friday at the centre": a press release's present participle
            tags, extra = ("VBG",), int(lowers[0] == "taking")
    else:
        if ix.head_mention_token(span).dep_ == "pobj":
            return 0
        at = 0
        while at < len(words) - 1 and words[at].dep_ in ("aux", "auxpass"):
            at += 1  # "was held", "will be staged"
        tags = ("VBN", "VBD", "VBZ", "VBP")
    if at >= len(words):
        return 0
    verb = words[at]
    # "at Smart China Expo 2021, staged in Chongqing": the tagger takes the participle
    # after a comma for a past tense as often as not; with no subject of its own it is one
    participle = (
        verb.tag_ == "VBD"
        and "VBN" in tags
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )
    held = (
        (verb.tag_ in tags or participle)
        and lemma(verb) in ix.lex["held_verbs"]
        and lemma(verb) != "be"
    )
    head = ix.head_mention_token(span)
    if (head.head.i == verb.i and head.dep_ in ("nsubj", "nsubjpass")) or verb.head.i == head.i:
        return 0  # the parser read the clause: event-verb places it, a series in a habit
    if recurring(verb) or began(verb):
        return 0  # "the forum, held in Nanning every year": the series, not this edition
    return at + 1 + extra if held else 0


#: Words that join the dates of an event's run ("from Sept. 24 to 28", "for Nov. 5-10").
_DATE_JOINERS = {"from", "for", "on", "to", "until", "till", "through", "between", "and", "-", "–"}


def _dates_between(ix: DocumentIndex, end: int) -> int:
    """How many tokens from ``end`` make a date phrase before "in"/"at" (0 if none): "the
    21st CAEXPO, set for Sept. 24 to 28 in Nanning", "the fair, to be held from May 10 to 12
    at the centre" (previews write the dates between the event and its place)."""
    at, dated = end, False
    while at < min(end + 10, len(ix.tokens)):
        token = ix.tokens[at]
        if token.ent_type_ in ("DATE", "TIME"):
            dated = True
        elif token.lower_ not in _DATE_JOINERS:
            break
        at += 1
    if not dated or at >= len(ix.tokens) or ix.tokens[at].lower_ not in ("in", "at"):
        return 0
    return at - end


def _for_the_event(ix: DocumentIndex, span) -> bool:
    """Is the event named as what a noun is "for" ("a promotion conference for the expo",
    "a roadshow for the fair")? A place after it is most often that noun's."""
    token = ix.head_mention_token(span)
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.pos_ == "NOUN"
        and prep.head.i not in ix.token_key
    )


def _capital_named(ix: DocumentIndex, region: str) -> str | None:
    """The entity of the text that is ``region``'s capital by the gazetteer, if any."""
    entity = ix.resolved.entities.get(region)
    entry = ix.rules.by_name.get(entity.label.casefold()) if entity else None
    if entry is None or not entry.capital:
        return None
    return place_named(ix, entry.capital)


def place_named(ix: DocumentIndex, label: str) -> str | None:
    """The place of the text the gazetteer's ``label`` names (by its label, or by any
    spelling of the same gazetteer entry), if the text names it."""
    wanted = ix.rules.by_name.get(label.casefold())
    for key, other in ix.resolved.entities.items():
        if other.core_class == "Place" and (
            other.label.casefold() == label.casefold()
            or (wanted is not None and ix.rules.by_name.get(other.label.casefold()) is wanted)
        ):
            return key
    return None


@rule(
    "side-event-list",
    makes=("partOf",),
    triggers=("side_event_nouns", "list_verbs", "list_markers"),
    example=(
        "Side events at the ninth China-ASEAN Expo included the China-ASEAN Mining "
        "Cooperation Forum and the China-ASEAN Financial Cooperation Forum."
    ),
    expect=("China-ASEAN Mining Cooperation Forum", "partOf", "9th China-ASEAN Expo"),
    counter=(
        "Critics of the ninth China-ASEAN Expo included the China-ASEAN Mining Cooperation Forum."
    ),
)
def side_event_lists(ix: DocumentIndex, found: Findings) -> None:
    """ "Side events at E included A and B", "E's activities, such as the A Forum": events
    listed under the events of another are part of it."""
    for noun in ix.with_lemma(ix.lex["side_event_nouns"]):
        if noun.pos_ not in ("NOUN", "PROPN") or lemma(noun) not in ix.lex["side_event_nouns"]:
            continue
        # "events" and "meetings" are side events only when the phrase says whose
        plain = lemma(noun) not in ("event", "activity", "session", "meeting") or any(
            c.lower_ in ("side", "parallel", "fringe", "supporting", "concurrent")
            or c.dep_ == "poss"
            or (c.dep_ == "prep" and not _in_a_region(ix, c))
            for c in noun.children
        )
        if ix.token_key.get(noun.i) is not None:
            continue  # a named event ("the Forum") lists nothing
        members, host = _listed_after_held_within(ix, noun)
        if not members:
            members, host = _listed_among_an_events_own(ix, noun)
        if not members and not plain:
            # "Three activities made up the 2022 X Week: a ..., a ... and a ...": a plain
            # "activities" lists what a colon closing its clause names, where that clause
            # takes the event they make up as its object
            # (not "Two other events took place alongside the exhibition: ...": peers)
            members, host = _listed_after_its_clause(ix, noun)
            if host is None or host not in ix.keys(ix.objects(noun.head), event=True):
                continue
        if not members:
            members = ix.list_members(noun, ("Event",)) or _listed_after_colon(ix, noun)
        if not members:
            # "Two side events rounded off the fair on Friday: A and B"
            members, host = _listed_after_its_clause(ix, noun)
        if not members:
            continue
        # "one of the biggest events of the year", "the events before the expo": a noun
        # whose own phrase says whose (or when) they are, and names no event, lists none of
        # the event in scope
        owned_elsewhere = False
        for prep, target in ix.prepositions_of_noun(noun) if host is None else ():
            if prep in ("at", "of", "during", "on", "alongside"):
                host = ix.event(target)
                if host:
                    break
            # ("two side events of its own": the owner is the one in scope)
            owned_elsewhere = owned_elsewhere or (
                prep in ("of", "before", "after") and target.lower_ != "own"
            )
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if host is None and poss is not None:
            host = ix.event(poss)
        if host is None and not owned_elsewhere:
            host = ix.event_in_scope(noun)
        if host in members:
            # "Alongside E, the organisers held two side events: a contest and a ceremony":
            # no item hosts the list; the event its verb is set beside or at does
            host = next(
                (
                    event
                    for prep, target in ix.prepositions(noun.head)
                    if prep in ("alongside", "at", "during", "within", "on")
                    and (event := ix.event(target)) is not None
                    and event not in members
                ),
                None,
            )
        if host is None:
            continue
        for event in members:
            if _of_another_member(ix, event, members, ix.sentence(noun)):
                continue
            found.add(event, "partOf", host, "side-event-list", noun)


def _listed_after_held_within(ix: DocumentIndex, noun: Token) -> tuple[list[str], str | None]:
    """ "Several forums were held on its sidelines, including A and B", "More than 80 events
    were held during the expo, among them A": the events a plural of side events lists
    after the clause that holds them within another event, and that event; nothing when
    the clause holds them nowhere ("80 events were held in Nanning, including A")."""
    verb = ix.head(noun)
    if (
        noun.dep_ not in ("nsubj", "nsubjpass")
        or noun.tag_ != "NNS"
        or lemma(verb) not in ix.lex["held_verbs"]
    ):
        return [], None
    host = _host_of_held_clause(ix, verb)
    if host is None:
        return [], None
    markers = ix.lex["list_markers"]
    for token in ix.tokens[verb.i + 1 : verb.right_edge.i + 1]:
        after = ix.tokens[token.i + 1] if token.i + 1 < len(ix.tokens) else None
        pair = f"{token.lower_} {after.lower_}" if after is not None else ""
        if pair in markers:
            return ix.listed_after(token.i + 2, ("Event",)), host
        if token.lower_ in markers:
            return ix.listed_after(token.i + 1, ("Event",)), host
    return [], None


def _listed_among_an_events_own(ix: DocumentIndex, noun: Token) -> tuple[list[str], str | None]:
    """ "The third X Forum featured eight themed sessions. Among them were A and B", "... came
    with nine sessions of its own, among them A and B": the events listed after "among them"
    (later in the sentence, or opening the next one) under a plural of side events that an
    event has (the object of a verb whose subject is that event), and that event."""
    verb = ix.head(noun)
    if noun.tag_ != "NNS" or noun.dep_ not in ("dobj", "pobj"):
        return [], None
    if noun.dep_ == "pobj":
        verb = ix.head(verb)  # "came with nine sessions"
    if verb.pos_ not in ("VERB", "AUX"):
        return [], None
    hosts = [ix.event(subject) for subject in ix.subjects(verb)]
    host = next((h for h in hosts if h is not None and ix.core(h) == "Event"), None)
    if host is None:
        return [], None
    sentence = ix.sentence(noun)
    starts = [
        t.i + 2
        for t in ix.tokens[noun.i + 1 : sentence.end - 1]
        if t.lower_ == "among" and ix.tokens[t.i + 1].lower_ == "them"
    ]
    if not starts and sentence.end + 2 < len(ix.tokens):
        opening = ix.tokens[sentence.end : sentence.end + 3]
        if [t.lower_ for t in opening[:2]] == ["among", "them"]:
            starts = [sentence.end + 2 + (opening[2].lemma_ == "be")]
    members = [m for start in starts for m in ix.listed_after(start, ("Event",)) if m != host]
    if not members:
        return [], None
    return list(dict.fromkeys(members)), host


def _host_of_held_clause(ix: DocumentIndex, verb: Token) -> str | None:
    """The event a clause holds something within: "held during (alongside, within) E",
    "held on the sidelines of E", "held on its sidelines" (the event in scope)."""
    for prep, target in ix.prepositions(verb):
        if prep in ix.lex["part_of_prepositions"]:
            host = ix.event(target)
        elif prep in ("on", "at") and target.lower_ in _SIDE_NOUNS:
            of = [t for p, t in ix.prepositions_of_noun(target) if p == "of"]
            host = ix.event(of[0]) if of else ix.event_in_scope(verb)
        else:
            continue
        if host is not None and ix.core(host) == "Event":
            return host
    return None


def _in_a_region(ix: DocumentIndex, prep: Token) -> bool:
    """ "major events in the region and beyond, including the Olympic Games": events "in"
    somewhere that is no event are the world's events, not another event's side events,
    and the list's own "including" says nothing of whose events they are."""
    if prep.lower_ in ix.lex["list_markers"]:
        return True
    if prep.lower_ != "in":
        return False
    return not any(c.dep_ == "pobj" and ix.event(c) for c in ix.children(prep))


def _of_another_member(ix: DocumentIndex, event: str, members: list[str], sentence) -> bool:
    """Is the event named in the list only as what another item is "of" ("the Advanced
    Technology Exhibition of the 17th China-ASEAN Expo"): the item's owner, not an item?"""
    spans = [s for s in ix.spans_named(event) if sentence.start <= s.start < sentence.end]
    if not spans:
        return False
    for span in spans:
        root = ix.head_mention_token(span)
        prep = root.head
        if not (root.dep_ == "pobj" and prep.lower_ == "of"):
            return False
        owner = ix.event(prep.head)
        if owner is None or owner == event or owner not in members:
            return False
    return True


def _listed_after_colon(ix: DocumentIndex, noun) -> list[str]:
    """ "three parallel meetings: A, B and C", "parallel sessions: A, on ports; B, on
    finance; and C": the events listed after a colon that closes the noun's phrase (items
    set off by semicolons read one by one, since each may carry its own description)."""
    colon = noun.i + 1
    # "two side events of its own: A and B", "side events at the fair: A and B": past a
    # prepositional phrase on the noun
    for child in noun.children:
        if child.dep_ == "prep" and child.i == colon:
            colon = child.right_edge.i + 1
    if colon >= len(ix.tokens) or ix.tokens[colon].text != ":":
        return []
    end = ix.sentence(noun).end
    starts = [colon + 1] + [t.i + 1 for t in ix.tokens[colon + 1 : end] if t.text == ";"]
    return list(dict.fromkeys(k for start in starts for k in ix.listed_after(start, ("Event",))))


def _listed_after_its_clause(ix: DocumentIndex, noun) -> tuple[list[str], str | None]:
    """ "Two side events rounded off the 2019 Kunming Fair on Friday: A and B": the events
    listed after a colon that closes the clause the noun is the subject of, and the event
    that clause names as its object (or after "at", "during", "alongside"), if any."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return [], None
    verb = noun.head
    end = ix.sentence(noun).end
    colon = next((t.i for t in ix.tokens[verb.i + 1 : end] if t.text == ":"), None)
    if colon is None or any(
        t.pos_ in ("VERB", "AUX") or t.text == ";" for t in ix.tokens[verb.i + 1 : colon]
    ):
        return [], None  # the colon closes another clause
    starts = [colon + 1] + [t.i + 1 for t in ix.tokens[colon + 1 : end] if t.text == ";"]
    members = list(dict.fromkeys(k for start in starts for k in ix.listed_after(start, ("Event",))))
    hosts = [ix.event(o) for o in ix.objects(verb)]
    hosts += [
        ix.event(t)
        for p, t in ix.prepositions(verb)
        if p in ("at", "of", "during", "on", "alongside", "within")
    ]
    host = next((h for h in hosts if h is not None and h not in members), None)
    return members, host


_QUOTES = {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"}


@rule(
    "owned-section",
    makes=("partOf",),
    triggers=("side_event_nouns", "implicit_event_nouns"),
    example=(
        "The ASEAN Business and Investment Summit 2017 opened on Sunday. On Monday, the "
        "summit's first forum, the ASEAN Infrastructure Dialogue, drew 300 guests."
    ),
    expect=(
        "ASEAN Infrastructure Dialogue",
        "partOf",
        "ASEAN Business and Investment Summit 2017",
    ),
    counter=(
        "The ASEAN Business and Investment Summit 2017 opened on Sunday. On Monday, the "
        "city's first forum, the ASEAN Infrastructure Dialogue, drew 300 guests."
    ),
)
def owned_sections(ix: DocumentIndex, found: Findings) -> None:
    """ "the summit's first forum, "ASEAN Build, Build, Build: Building for the Future",
    brought together ...", "the Digital Dialogue, the expo's main forum,": an event named
    in apposition to an event noun another event owns is part of it. Read from the
    surface (a quoted title is where the parser's apposition goes wrong most)."""
    starts = {span.start: key for span, key in ix.mention_spans}
    ends = {span.end: key for span, key in ix.mention_spans}
    nouns = ix.lex["side_event_nouns"] | ix.lex["implicit_event_nouns"]
    for noun in ix.with_lemma(nouns):
        if noun.pos_ != "NOUN" or noun.i in ix.token_key or lemma(noun) not in nouns:
            continue
        owner = next((ix.event(c) for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        after = noun.i + 1
        if after < len(ix.tokens) and ix.tokens[after].text == ",":
            after += 1
            while after < len(ix.tokens) and ix.tokens[after].text in _QUOTES:
                after += 1
            key = starts.get(after)
            if key is None and after + 1 < len(ix.tokens) and ix.tokens[after].lower_ == "the":
                key = starts.get(after + 1)
            if key is not None and ix.core(key) == "Event":
                found.add(key, "partOf", owner, "owned-section", noun)
        before = noun.left_edge.i - 1
        if before > 0 and ix.tokens[before].text == ",":
            key = ends.get(before)
            if key is not None and ix.core(key) == "Event":
                found.add(key, "partOf", owner, "owned-section", noun)


@rule(
    "event-hosts-event",
    makes=("partOf",),
    triggers=("organising_verbs",),
    example=(
        "The 11th China-ASEAN Expo hosted the first China-ASEAN Think Tank Strategic "
        "Dialogue Forum."
    ),
    expect=(
        "1st China-ASEAN Think Tank Strategic Dialogue Forum",
        "partOf",
        "11th China-ASEAN Expo",
    ),
    counter="Nanning hosted the first China-ASEAN Think Tank Strategic Dialogue Forum.",
)
def event_hosts_event(ix: DocumentIndex, found: Findings) -> None:
    """ "The expo hosted the first X Roundtable", "the fair will feature a Y Forum": an
    event that hosts or features another contains it."""
    for verb in ix.verbs:
        if lemma(verb) not in ix.lex["organising_verbs"] | {"feature", "include", "see"}:
            continue
        hosts = [k for k in ix.keys(ix.subjects(verb), event=True) if ix.core(k) == "Event"]
        if not hosts:
            continue
        guests = ix.keys([*ix.objects(verb), *_objects_hung_on_the_verb(verb)], event=True)
        if guests and lemma(verb) in ("feature", "include"):
            guests = _listed_with_the_first(ix, verb, guests)
        for host in hosts:
            for guest in guests:
                found.add(guest, "partOf", host, f"event-{lemma(verb)}-event", verb)


def _objects_hung_on_the_verb(verb: Token) -> list[Token]:
    """ "The expo hosted the X Forum, sponsored by A, and the Y Forum": after a participle
    set off by commas the parser hangs the second object on the verb as a conjunct (a
    noun, no clause of its own); it is an object all the same."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and c.pos_ in ("NOUN", "PROPN")
        and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)
    ]


def _listed_with_the_first(ix: DocumentIndex, verb: Token, guests: list[str]) -> list[str]:
    """ "E featured a seminar on rice trade between Guangxi and Vietnam and a durian
    tasting session": the parser may hang the second event on a name inside the first's
    topic; the events listed from the first object on are all featured."""
    first = min(
        (span.start for span, key in ix.mention_spans if key in guests and span.start > verb.i),
        default=None,
    )
    if first is None:
        return guests
    listed = ix.listed_after(first, ("Event",))
    return list(dict.fromkeys([*guests, *listed]))


@rule(
    "launched-at-event",
    makes=("launched",),
    triggers=("launch_verbs", "launch_object_nouns", "launch_through_nouns", "marking_verbs"),
    example=(
        "At the 12th China-ASEAN Expo, organisers inaugurated the China-ASEAN Information Harbor."
    ),
    expect=("12th China-ASEAN Expo", "launched", "China-ASEAN Information Harbor"),
    counter=(
        "Before the 12th China-ASEAN Expo, organisers inaugurated the China-ASEAN "
        "Information Harbor."
    ),
)
def launched_at_event(ix: DocumentIndex, found: Findings) -> None:
    """ "At the expo, organisers inaugurated X, kicked off Y and rolled out Z", "Leaders at
    the summit announced the launch of negotiations on X", "leaders at the summit witnessed
    the signing of the protocol that marked the start of X": when those who launch are not
    named ("organisers", "officials", "leaders", "the protocol"), or are countries meeting
    there ("China and ASEAN announced X at the summit"), the event the clause (or its
    subject's phrase, or a clause it hangs in) is set at is what launched it."""
    lex = ix.lex
    for verb in ix.verbs:
        marks_a_start = lemma(verb) in lex["marking_verbs"] and any(
            lemma(o) in lex["launch_object_nouns"] for o in ix.objects(verb)
        )
        if lemma(verb) not in lex["launch_verbs"] and not marks_a_start:
            continue
        if lemma(verb) in ("build", "propose"):
            continue  # "would work with its neighbours to build X": no launch at the event
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            continue  # the passive is read by initiative-frames
        subjects = ix.keys(ix.subjects(verb))
        named = [k for k in subjects if ix.core(k) in ("Organisation", "Person", "Event")]
        # "China and ASEAN announced X at the summit": countries (and the bloc beside them)
        # act as parties to the event they meet at, which launches what they announce there
        parties = any(ix.core(k) == "Place" for k in subjects) and all(
            ix.core(k) == "Organisation" for k in named
        )
        if named and not parties:
            continue
        if any(_pronoun_for_launcher(ix, s) for s in ix.subjects(verb)):
            continue  # "EduBridge ... announced that it launched X at the Week": its own
        initiatives = [i for obj in ix.objects(verb) for i in ix.launch_targets(obj)]
        if not initiatives:
            continue
        events = _event_of_clause(ix, verb)
        if named and not events:
            continue  # the parties' own launch, at no event the clause names
        for event in (events or [ix.scene(verb)])[:1]:
            for initiative in initiatives:
                found.add(event, "launched", initiative, f"{lemma(verb)}-at-event", verb)


def _pronoun_for_launcher(ix: DocumentIndex, subject: Token) -> bool:
    """Is the subject "it", "he" or "she" standing for the body or person named last before
    it in its sentence ("EduBridge, a provider of ..., announced that it launched X at the
    Week")? The launch is theirs, not the event's; "the 12th turned the expo toward
    connectivity when it launched X" (an event named last) stays the event's."""
    if subject.lower_ not in ("it", "he", "she"):
        return False
    before = [k for span, k in ix.mentions_in(subject.sent) if span.end <= subject.i]
    return bool(before) and ix.core(before[-1]) in ("Organisation", "Person")


def _event_of_clause(ix: DocumentIndex, verb: Token) -> list[str]:
    """The events a clause is set at: at its own phrases ("at E"), at its subject's ("Leaders
    at E announced ..."), else at those of the clause it hangs in ("Leaders at E witnessed
    the signing of the protocol that marked the start of X")."""
    for clause in (verb, *(a for a in verb.ancestors if a.pos_ in ("VERB", "AUX"))):
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        events = (
            ix.events_at(clause, participation=False)
            or [
                event
                for subject in subjects
                for prep, target in ix.prepositions_of_noun(subject)
                if prep in ("at", "during") and (event := ix.event(target))
            ]
            # "The opening ceremony of the 18th CAEXPO marked the start of X": an occasion
            # of the event as the subject is the event
            or [
                event
                for subject in subjects
                if subject.i not in ix.token_key and (event := ix.event(subject))
            ]
        )
        if events:
            return events
    return []


@rule(
    "concurrent-event",
    makes=("partOf",),
    triggers=("concurrent_words",),
    example=(
        "The 16th China-ASEAN Expo opened on Saturday. The China-ASEAN Business and "
        "Investment Summit, a concurrent event, runs until Tuesday."
    ),
    expect=("China-ASEAN Business and Investment Summit", "partOf", "16th China-ASEAN Expo"),
    counter=(
        "The 16th China-ASEAN Expo opened on Saturday. The China-ASEAN Business and "
        "Investment Summit, an annual event, runs until Tuesday."
    ),
)
def concurrent_events(ix: DocumentIndex, found: Findings) -> None:
    """ "the concurrent China-ASEAN Business and Investment Summit", "the Summit, a parallel
    event", "the Green Agriculture Chain side forum": an event said to run alongside is
    part of the event in scope."""
    words = ix.lex["concurrent_words"]
    for span, key in list(ix.mentions_of("Event")):
        token = ix.head_mention_token(span)
        described = apposed_to(ix, token, key)
        modifiers = [t for t in ix.tokens[max(span.start - 2, 0) : span.start]]
        modifiers += [
            c for noun in described for c in noun.children if c.dep_ in ("amod", "compound")
        ]
        # "the Green Agriculture Chain side forum": a lower-case word of the name's own,
        # set on its head noun, says so too
        modifiers += [
            c
            for c in ix.children(token)
            if span.start <= c.i < span.end
            and c.dep_ in ("amod", "compound")
            and c.text == c.lower_
        ]
        if not any(t.lower_ in words for t in modifiers):
            continue
        host = ix.event_in_scope(token)
        if host is not None and host != key and host != ix.resolved.editions.get(key):
            found.add(key, "partOf", host, "concurrent", token)


@rule(
    "organiser-list",
    makes=("organisedBy",),
    triggers=("organiser_role_nouns", "list_verbs", "list_markers"),
    example=(
        "The sixth Pan-Beibu Gulf Economic Cooperation Forum opens in August. Sponsors of the "
        "forum include the Ministry of Commerce of China and the China Development Bank."
    ),
    expect=(
        "6th Pan-Beibu Gulf Economic Cooperation Forum",
        "organisedBy",
        "China Development Bank",
    ),
    counter=(
        "The sixth Pan-Beibu Gulf Economic Cooperation Forum opens in August. Critics of the "
        "forum include the Ministry of Commerce of China and the China Development Bank."
    ),
)
def organiser_lists(ix: DocumentIndex, found: Findings) -> None:
    """ "Sponsors of the event include A, B and C", "organisers such as X": organisations
    listed under an organiser's role organise that role's event."""
    for noun in ix.with_lemma(ix.lex["organiser_role_nouns"]):
        if noun.pos_ not in ("NOUN", "PROPN") or lemma(noun) not in ix.lex["organiser_role_nouns"]:
            continue
        members = ix.list_members(noun, ("Organisation",))
        if members:
            event = ix.event_of_role(noun)
            for org in members:
                found.add(event, "organisedBy", org, "organiser-list", noun)


@rule(
    "organised-by-agent",
    makes=("organisedBy",),
    triggers=("organising_verbs", "occasion_nouns"),
    example=(
        "The 3rd China-ASEAN Business and Investment Summit opened. Leaders attended the "
        "opening, which was organised by the Ministry of Commerce of China together with "
        "the China Council for the Promotion of International Trade."
    ),
    expect=(
        "3rd China-ASEAN Business and Investment Summit",
        "organisedBy",
        "China Council for the Promotion of International Trade",
    ),
    counter=(
        "The 3rd China-ASEAN Business and Investment Summit opened. Leaders attended the "
        "dinner, which was paid for by the Ministry of Commerce of China."
    ),
)
def organised_by_agents(ix: DocumentIndex, found: Findings) -> None:
    """ "the opening, which was organised by A together with B": the organisers of an
    occasion of an event ("the opening", "the ceremony") organise the event; the list is
    read from the surface, "together with" and "along with" included."""
    for verb in ix.verbs:
        if lemma(verb) not in ix.lex["organising_verbs"] or verb.tag_ != "VBN":
            continue
        events = [
            _organising_participle_of(ix, subject, key, verb)
            or _series_of_habit(ix, subject, key, verb)
            or key
            for subject in ix.subjects(verb)
            if ix.core(key := ix.event(subject)) == "Event"
        ] or _closing_a_clause_on_an_event(ix, verb)
        if not events:
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None:
            continue
        organisers = _bodies_listed_after(ix, agent.i + 1)
        for token in ix.tokens[agent.i + 1 : ix.sentence(verb).end - 1]:
            if token.lower_ in ("together", "along") and ix.tokens[token.i + 1].lower_ == "with":
                organisers += _bodies_listed_after(ix, token.i + 2)
        for event in events:
            for org in dict.fromkeys(organisers):
                found.add(event, "organisedBy", org, f"{lemma(verb)}-by-agent", verb)


def _bodies_listed_after(ix: DocumentIndex, start: int) -> list[str]:
    """The organisations of the list that begins at ``start``, read with its people so
    that a person's post is known for one ("by A and B, and Maria Reyes, deputy head of
    C, welcomed ...": C is where she works, no organiser)."""
    listed, _ = ix.list_and_offices(start, ("Organisation", "Person"))
    return [key for key in listed if ix.core(key) == "Organisation"]


def _closing_a_clause_on_an_event(ix: DocumentIndex, verb: Token) -> list[str]:
    """ "... at the Cambodia-China Trade Fair 2023, which opened at the centre yesterday,
    organised by the Ministry of Commerce": a participle set after the comma that closes a
    relative clause on an event describes that event, wherever the parser hung it."""
    if verb.i < 2 or ix.tokens[verb.i - 1].text != "," or ix.event(ix.head(verb)) is not None:
        return []
    events = []
    for span, key in ix.mentions_in(ix.sentence(verb)):
        if span.end > verb.i or ix.core(key) != "Event":
            continue
        head = ix.head_mention_token(span)
        if any(c.dep_ == "relcl" and c.right_edge.i == verb.i - 2 for c in head.children):
            events.append(key)
    return events


@rule(
    "participle-past-the-place",
    makes=("organisedBy", "partOf"),
    triggers=("organising_verbs", "held_verbs", "part_of_phrases", "part_of_prepositions"),
    example=(
        "VIENTIANE – Some 90 exhibitors from Laos and Vietnam are taking part in the second "
        "Lao Coffee Fair, which opened yesterday at the Lao-ITECC exhibition centre, "
        "organised by the Lao Coffee Association."
    ),
    expect=("2nd Lao Coffee Fair", "organisedBy", "Lao Coffee Association"),
    counter=(
        "VIENTIANE – Some 90 exhibitors from Laos and Vietnam are taking part in the second "
        "Lao Coffee Fair, which opened yesterday at the Lao-ITECC exhibition centre, "
        "renovated by the Lao Coffee Association."
    ),
)
def participles_past_the_place(ix: DocumentIndex, found: Findings) -> None:
    """ "the first X Fair, which opened yesterday at the Y exhibition centre, organised by
    Z", "attended the meeting at the centre in Berakas, held as part of the 23rd Summit":
    the parser hangs a participle set off by a comma on the place just before it, but no
    place is organised, or held as part of an event: the participle tells of the event
    whose phrase holds that place (the nearest above it in the parse). So past a date of
    a clause that stages the event ("staged the X Week last December, co-hosted by A")."""
    lex = ix.lex
    references: dict[int, str] | None = None  # event references by token, made when first asked
    for verb in ix.verbs:
        if verb.tag_ != "VBN" or verb.i < 2 or ix.tokens[verb.i - 1].text != ",":
            continue
        if verb.dep_ == "acl" and _closes_the_phrase_of(ix, verb.head, verb):
            anchor = verb.head
        elif verb.dep_ == "advcl" and verb.head.i < verb.i:
            # "attended the meeting at the centre in Berakas, held as part of E", "took part
            # in E in Nanning, hosted by X": the parser hangs the participle on the
            # clause's verb; it tells of the event whose phrase the place ends
            anchor = ix.tokens[verb.i - 2]
        else:
            continue
        if _place_of_token(ix, anchor) is None and not _date_of_the_clause(ix, anchor, verb):
            continue
        if references is None:
            references = {token.i: key for token, key in event_references(ix)}
        event = _event_above(ix, anchor, references)
        if event is None:
            continue
        verb_lemma = lemma(verb)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None and verb_lemma in lex["organising_verbs"]:
            for org in dict.fromkeys(ix.listed_after(agent.i + 1, ("Organisation",))):
                found.add(event, "organisedBy", org, f"{verb_lemma}-by-past-place", verb)
        if verb_lemma in lex["held_verbs"]:
            for prep, target in ix.prepositions(verb):
                host = ix.event(target)
                if (
                    (prep in lex["part_of_phrases"] or prep in lex["part_of_prepositions"])
                    and ix.core(host) == "Event"
                    and host != event
                ):
                    found.add(event, "partOf", host, f"{verb_lemma}-{prep}-past-place", verb)


def _date_of_the_clause(ix: DocumentIndex, anchor: Token, verb: Token) -> bool:
    """Does ``anchor`` end a date of the clause ``verb`` hangs on, where that clause holds
    or hosts ("The city staged the X Week last December, co-hosted by A and B")? The
    parser hangs the participle on the clause's verb; as past a place, it tells of the
    event the verb holds (its object), for no date or holder is co-hosted."""
    clause = verb.head
    if verb.dep_ != "advcl" or lemma(clause) not in ix.lex["held_verbs"] | _HOSTING_VERBS:
        return False
    if anchor.ent_type_ != "DATE" and ix.core(ix.entity(anchor)) != "Year":
        return False
    # the date hangs on the clause's verb, bare ("last December") or after a preposition
    return anchor.head.i == clause.i or (
        anchor.head.dep_ == "prep" and anchor.head.head.i == clause.i
    )


def _event_above(ix: DocumentIndex, place: Token, references: dict[int, str]) -> str | None:
    """The event whose phrase holds ``place``: the nearest event reference above it in
    the parse ("the 3rd X Expo in Nanning", "the X Fair, which opened at the centre"), or,
    where the place hangs on a clause's verb, that verb's object ("attended the forum at
    the hotel"). ``references``: the doc's event references by token position."""
    for above in place.ancestors:
        key = references.get(above.i)
        if key is not None and ix.core(key) == "Event":
            return key
        if above.pos_ in ("VERB", "AUX"):
            objects = [
                references[c.i]
                for c in above.children
                if c.dep_ == "dobj" and c.i < place.i and c.i in references
            ]
            if objects:
                return objects[0] if ix.core(objects[0]) == "Event" else None
            if above.dep_ not in ("relcl", "acl"):
                return None  # "the Fair, which opened at the centre": the noun it describes
    return None


def _closes_the_phrase_of(ix: DocumentIndex, head: Token, verb: Token) -> bool:
    """Does the comma before ``verb`` close the phrase of ``head`` ("at the Sokha Hotel in
    Siem Reap, held ...": all between the hotel and the comma hangs on the hotel)?"""
    return head.i < verb.i - 1 and all(
        head in ix.tokens[j].ancestors for j in range(head.i + 1, verb.i - 1)
    )


def _place_of_token(ix: DocumentIndex, token: Token) -> str | None:
    """The place ``token`` names or heads ("the Lao-ITECC exhibition centre": the venue's
    noun after the place's name), if any."""
    for word in (token, *(c for c in token.children if c.dep_ == "compound")):
        key = ix.entity(word)
        if key is not None and ix.core(key) == "Place":
            return key
    return None


@rule(
    "fronted-organiser",
    makes=("organisedBy",),
    triggers=("organising_verbs", "gathering_nouns"),
    example=(
        "The 3rd China-ASEAN Port Forum opened in Nanning. Hosted by the Nanning Municipal "
        "People's Government, the gathering took place before the expo."
    ),
    expect=("3rd China-ASEAN Port Forum", "organisedBy", "Nanning Municipal People's Government"),
    counter=(
        "The 3rd China-ASEAN Port Forum opened in Nanning. Praised by the Nanning Municipal "
        "People's Government, the gathering took place before the expo."
    ),
)
def fronted_organisers(ix: DocumentIndex, found: Findings) -> None:
    """ "Hosted by A, the gathering took place ...", "Co-organised by A and B, the 3rd X
    Forum drew ...", "Staged jointly by A and B, the fair opened": a sentence that opens
    with an organising participle and its "by" phrase tells who organised the event that is
    the subject after the comma (read from the surface: the parser often hangs the subject
    on the last organiser instead)."""
    organising = ix.lex["organising_verbs"]
    for sentence in ix.sentences:
        start = sentence.start
        while start < sentence.end and ix.tokens[start].pos_ in ("ADV", "PUNCT"):
            start += 1  # "Jointly hosted by", a quotation mark
        if start + 2 >= sentence.end:
            continue
        verb, by = ix.tokens[start], ix.tokens[start + 1]
        if by.pos_ == "ADV" and start + 3 < sentence.end:
            by = ix.tokens[start + 2]  # "Staged jointly by A and B, the fair opened"
        if verb.tag_ != "VBN" or lemma(verb) not in organising or by.lower_ != "by":
            continue
        organisers: list[str] = []
        comma = None
        for token in ix.tokens[by.i + 1 : sentence.end]:
            key = ix.token_key.get(token.i)
            if key is None and token.text == ",":
                comma = token.i
                break
            if key is None and token.pos_ in ("VERB", "AUX") and lemma(token) not in organising:
                break
            if key and ix.core(key) == "Organisation" and not ix.is_modifier_mention(key, token.i):
                organisers.append(key)
        if comma is None or not organisers:
            continue
        event = _subject_after(ix, comma, sentence.end)
        for org in dict.fromkeys(organisers):
            found.add(event, "organisedBy", org, f"fronted-{lemma(verb)}-by", verb)


def _subject_after(ix: DocumentIndex, comma: int, end: int) -> str | None:
    """The event a clause names first after a fronted phrase's comma, if nothing but
    determiners and modifiers come before it: a name ("the 3rd X Forum"), an unnamed
    reference ("the forum"), or a gathering noun for the event in scope ("the gathering")."""
    for token in ix.tokens[comma + 1 : min(comma + 12, end)]:
        key = ix.token_key.get(token.i)
        if (
            key is not None
            and ix.core(key) != "Event"
            and token.dep_ in ("nummod", "compound")
            and ix.core(ix.token_key.get(token.head.i)) == "Event"
        ):
            continue  # "the 2023 Vietnam-China International Trade Fair": its year first
        if key is not None:
            return key if ix.core(key) == "Event" else None
        if token.pos_ in ("NOUN", "PROPN"):
            event = ix.event(token)
            if (
                event is None
                and lemma(token) in ix.lex["gathering_nouns"]
                and any(c.lower_ in ("the", "this") for c in token.lefts)
            ):
                event = ix.event_in_scope(token)
            if event is not None or token.dep_ not in ("compound", "amod"):
                return event
        elif token.pos_ not in ("DET", "ADJ", "NUM", "PUNCT", "PART"):
            return None
    return None


@rule(
    "organisation-launches",
    makes=("launched",),
    triggers=("launch_verbs", "launch_nouns", "acting_for_nouns"),
    example="Tencent Cloud rolled out a platform called the China-ASEAN Digital Trade Hub.",
    expect=("Tencent Cloud", "launched", "China-ASEAN Digital Trade Hub"),
    counter="Tencent Cloud praised a platform called the China-ASEAN Digital Trade Hub.",
)
def organisation_launches(ix: DocumentIndex, found: Findings) -> None:
    """ "The ministry announced X", "the company rolled out Y and inaugurated Z", "X, which
    the bank launched", "the bank's newly launched X", "the launch of X by the bank": an
    organisation that launches, unveils or sets up an initiative launched it. (A named
    event as subject is read by event-verb; signing and proposing are no launch by
    whoever signs or proposes.)"""
    for verb in ix.verbs:
        verb_lemma = lemma(verb)
        described_only = verb_lemma == "open"  # "opened a programme called X", not a venue
        if _gets_under_way(verb):
            verb_lemma = "get-under-way"
        elif verb_lemma == "mark" and any(
            lemma(o) in _START_NOUNS and any(p == "of" for p, _ in ix.prepositions_of_noun(o))
            for o in ix.objects(verb)
        ):
            pass  # "the secretariat marked the start of the Year of Health Cooperation"
        elif verb_lemma not in ix.lex["launch_verbs"] or (
            verb_lemma in _NOT_AN_AGENTS_LAUNCH and not described_only
        ):
            continue
        subjects = ix.subjects(verb) or lost_subject(ix, verb)
        if verb_lemma == "mark":
            subjects += _makers(ix, subjects)
        agents = [k for k in _acting_for(ix, subjects) if ix.core(k) == "Organisation"]
        for obj in ix.objects(verb) if agents else ():
            if described_only and (obj.i in ix.token_key or not obj.is_lower):
                continue
            for initiative in ix.launch_targets(obj):
                for agent in agents:
                    found.add(agent, "launched", initiative, f"{verb_lemma}-by-organisation", verb)
    for span, key in list(ix.mentions_of("Initiative")):
        token = ix.head_mention_token(span)
        for child in token.children:
            child_lemma = lemma(child)
            if child_lemma not in ix.lex["launch_verbs"] or child_lemma in _NOT_AN_AGENTS_LAUNCH:
                continue
            agents: list[Token] = []
            if child.dep_ == "relcl" and not any(
                c.dep_ in ("dobj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                for c in child.children
            ):
                # "the platform, which Huawei launched on Monday": its subject
                agents = ix.subjects(child)
            elif child.dep_ == "amod" and child.tag_ == "VBN":
                # "Huawei's newly launched platform": the possessor
                agents = [c for c in token.children if c.dep_ == "poss"]
            for agent in _acting_for(ix, agents):
                if ix.core(agent) == "Organisation":
                    found.add(agent, "launched", key, f"{child_lemma}-by-organisation", child)
    for noun in ix.with_lemma(ix.lex["launch_nouns"]):
        # "the launch of the platform by Huawei"
        phrases = list(ix.prepositions_of_noun(noun))
        agents = [k for p, t in phrases if p == "by" for k in ix.phrase_keys(t)]
        agents = [k for k in agents if ix.core(k) == "Organisation"]
        for prep, target in phrases if agents else ():
            for initiative in ix.launch_targets(target) if prep == "of" else ():
                for agent in agents:
                    found.add(agent, "launched", initiative, "launch-of-by", noun)


def _makers(ix: DocumentIndex, things: list[Token]) -> list[Token]:
    """ "A and B signed an agreement that marked the start of X": what a thing no name
    stands for begins, those who made it (the subjects of the verb it is the object of)
    begin; "The signing of 12 deals marked ...", a thing no one is said to make, has none."""
    return [
        maker
        for thing in things
        if thing.i not in ix.token_key and thing.dep_ == "dobj"
        for maker in ix.subjects(thing.head)
    ]


#: What "marked the ... of X" says was begun ("marked the start of the Year of X").
_START_NOUNS = {"start", "launch", "beginning", "kick-off", "kickoff", "opening"}

#: Prepositions a fronted phrase of scene opens with ("At the forum in Bangkok, ...").
_SCENE_PREPOSITIONS = {"at", "during", "on", "in", "ahead"}


def lost_subject(
    ix: DocumentIndex,
    verb: Token,
    openers: set[str] | frozenset[str] = _SCENE_PREPOSITIONS,
    *,
    titled: bool = False,
) -> list[Token]:
    """ "At the 2023 Digital Ministers' Meeting in Bangkok, Thailand's Digital Economy
    Promotion Agency unveiled X": after a fronted phrase of scene the parser often hangs the
    subject on the phrase's last place (as a conjunct or an apposition) and leaves the verb
    with none; the name right before the verb, right after the phrase's comma (its
    possessor with it), is the verb's subject."""
    sentence = ix.sentence(verb)
    opener = sentence[0]
    if opener.tag_ == "RB" and len(sentence) > 1 and sentence[1].tag_ in ("VBN", "VBG"):
        opener = sentence[1]  # "Jointly organized by A and B, the forum brought ..."
    # (the clause's verb the parser took for the fronted participle's auxiliary counts as
    # the root: "Co-organised by A, the forum brought ...", _verbs_taken_for_auxiliaries)
    taken_for_auxiliary = verb.dep_ in ("aux", "auxpass") and verb.head == opener
    if (verb.dep_ != "ROOT" and not taken_for_auxiliary) or (
        opener.lower_ not in openers and opener.tag_ not in ("VBN", "VBG")
    ):
        return []  # (a fronted participle too: "Co-hosted by A and B, the fair drew ...")
    key = ix.token_key.get(verb.i - 1)
    span = ix.span_of(key, verb.i - 1) if key is not None else None
    if span is None:
        return []
    start = span.start
    if start >= 2 and ix.tokens[start - 1].lower_ in ("'s", "’s"):
        owner = ix.token_key.get(start - 2)
        owned = ix.span_of(owner, start - 2) if owner is not None else None
        start = owned.start if owned is not None else start
    if start - 1 > sentence.start and ix.tokens[start - 1].lower_ in ("the", "a", "an"):
        start -= 1
    if titled and ix.core(key) == "Person":
        start = _past_title(ix, start, sentence.start)
    if start <= sentence.start or ix.tokens[start - 1].text != ",":
        return []
    head = ix.head_mention_token(span)
    return [head] if head.dep_ in ("conj", "appos", "pobj", "npadvmod") else []


#: The words a person's title before the name is made of ("Minister for Trade and
#: Industry", "Indonesian port official", "ASEAN Deputy Secretary-General").
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "ADP", "CCONJ", "DET", "PART"})


def _past_title(ix: DocumentIndex, start: int, opens: int, longest: int = 12) -> int:
    """Where a person's title before the name at ``start`` begins, when a comma closes
    what comes before it ("..., Minister for Trade and Industry Gan Kim Yong"); ``start``
    itself when none does within ``longest`` words or another person is named there."""
    at = start - 1
    while at > opens and start - at <= longest:
        token = ix.tokens[at]
        if token.text == ",":
            return at + 1
        titled = token.pos_ in _TITLE_POS or token.tag_ == "HYPH"  # "Secretary-General"
        if not titled or ix.core(ix.token_key.get(at)) == "Person":
            return start
        at -= 1
    return start


def _gets_under_way(verb: Token) -> bool:
    """ "A and B got a joint programme called X under way": "get" with "under way" (or
    "underway") after it, wherever the parser hung it, is a launch of its object."""
    if verb.lemma_.lower() != "get" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    for token in verb.subtree:  # the parser may hang it on the object's "called"
        if token.lower_ == "underway" and token.head.i >= verb.i:
            return True
        if token.lower_ == "under" and any(c.lower_ == "way" for c in token.children):
            return token.i > verb.i
    return False


def _acting_for(ix: DocumentIndex, subjects: list[Token]) -> list[str]:
    """The entities subjects name, and for a plural of those who act for a body ("leaders
    of ASEAN", "ASEAN economic ministers"), the bodies they act for."""
    found = ix.keys(subjects)
    for subject in subjects:
        if subject.i in ix.token_key or subject.tag_ != "NNS":
            continue
        if lemma(subject) not in ix.lex["acting_for_nouns"]:
            continue
        bodies = [c for c in subject.children if c.dep_ == "compound"]
        bodies += [t for prep, t in ix.prepositions_of_noun(subject) if prep == "of"]
        found += [k for k in ix.keys(bodies) if k not in found]
    return found


@rule(
    "under-the-auspices",
    makes=("organisedBy",),
    triggers=("auspices_nouns",),
    example=(
        "The third China-ASEAN Media Forum, held under the auspices of Xinhua News Agency, "
        "opened in Nanning on Monday."
    ),
    expect=("3rd China-ASEAN Media Forum", "organisedBy", "Xinhua News Agency"),
    counter=(
        "The third China-ASEAN Media Forum, held under the theme of Xinhua News Agency's "
        "report, opened in Nanning on Monday."
    ),
)
def under_the_auspices(ix: DocumentIndex, found: Findings) -> None:
    """ "The forum, held under the auspices of the ministry", "the fair was staged under
    the aegis of X": an event put on under an organisation's auspices, aegis or patronage
    is sponsored by it (organisedBy covers sponsors)."""
    for noun in ix.with_lower(ix.lex["auspices_nouns"]):
        if noun.dep_ != "pobj":
            continue
        if noun.head.lower_ != "under":
            continue
        orgs = [
            k
            for prep, target in ix.prepositions_of_noun(noun)
            if prep == "of"
            for k in ix.phrase_keys(target)
            if ix.core(k) == "Organisation"
        ]
        carrier = noun.head.head
        if carrier.pos_ in ("VERB", "AUX"):
            held = [carrier.head] if carrier.dep_ in ("acl", "relcl") else ix.subjects(carrier)
            if lemma(carrier) in ix.lex["organising_verbs"] | ix.lex["held_verbs"]:
                # "The association staged the summit under the auspices of the ministry":
                # what is staged is under them, as much as who stages it
                held += ix.objects(carrier)
        else:
            held = [carrier]
        events = [e for t in held if (e := ix.event(t)) is not None and ix.core(e) == "Event"]
        if not events and not held and _opens_its_sentence(ix, noun.head):
            # "Under the joint auspices of A and B, the 14th X Forum opened": the parser
            # may take the event after the comma for one more name of the phrase, and
            # leave the verb no subject
            fronted = _fronted_subject(ix, noun)
            events = [fronted] if fronted is not None else []
        for event in events:
            for org in orgs:
                found.add(event, "organisedBy", org, "under-the-auspices", noun)


def _opens_its_sentence(ix: DocumentIndex, token: Token) -> bool:
    """Is ``token`` the first word of its sentence (punctuation aside)?"""
    start = ix.sentence(token).start
    return all(t.pos_ == "PUNCT" for t in ix.tokens[start : token.i])


def _fronted_subject(ix: DocumentIndex, noun: Token) -> str | None:
    """The event a sentence names right after the comma that closes a fronted phrase
    ("Under the auspices of A, B and C, the forum opened"): the first comma not followed
    by one more organisation of the phrase's list."""
    end = ix.sentence(noun).end
    for comma in (t.i for t in ix.tokens[noun.i + 1 : end] if t.text == ","):
        at = comma + 1
        while at < end and ix.tokens[at].lower_ in ("and", "the"):
            at += 1
        if ix.core(ix.token_key.get(at)) == "Organisation":
            continue  # "of A, B, and the C": the list goes on
        return _subject_after(ix, comma, end)
    return None


@rule(
    "event-of-organisation",
    makes=("organisedBy",),
    triggers=("owned_event_nouns",),
    example=(
        "The 12th Thai Products Fair, an annual event of the Department of International "
        "Trade Promotion, opened in Kunming on Friday."
    ),
    expect=(
        "12th Thai Products Fair",
        "organisedBy",
        "Department of International Trade Promotion",
    ),
    counter=(
        "The 12th Thai Products Fair, an annual event for the Department of International "
        "Trade Promotion, opened in Kunming on Friday."
    ),
)
def event_of_organisation(ix: DocumentIndex, found: Findings) -> None:
    """ "Expo Pakistan, an event of the Ministry of Commerce", "the fair, a flagship event
    of MATRADE": an event described in apposition as an organisation's own event is put
    on by it (an event "of" another event is part of it: one-of-the-events reads that)."""
    for token, key in event_references(ix):
        for noun in apposed_to(ix, token, key):
            if lemma(noun) not in ix.lex["owned_event_nouns"] or noun.i in ix.token_key:
                continue
            for prep, target in ix.prepositions_of_noun(noun):
                if prep != "of":
                    continue
                for org in ix.phrase_keys(target):
                    if ix.core(org) == "Organisation":
                        found.add(key, "organisedBy", org, "event-of-organisation", noun)


@rule(
    "organiser-named",
    makes=("organisedBy",),
    triggers=("organiser_role_nouns", "implicit_event_nouns", "organising_verbs"),
    example=(
        "The 12th China-ASEAN Expo opened on Friday. The expo's organiser, the China-ASEAN "
        "Expo Secretariat, said 2,300 firms took part."
    ),
    expect=("12th China-ASEAN Expo", "organisedBy", "China-ASEAN Expo Secretariat"),
    counter=(
        "The 12th China-ASEAN Expo opened on Friday. The expo's critic, the China-ASEAN "
        "Expo Secretariat, said 2,300 firms took part."
    ),
)
def organisers_named(ix: DocumentIndex, found: Findings) -> None:
    """An organisation called by an organiser's role: "Organiser Deutsche Messe AG said",
    "the expo's organiser, the China-ASEAN Expo Secretariat,", "with Thailand's Ministry of
    Commerce also among the co-organisers", "As the co-organiser of the event, X has ...",
    "while X acts as host". It organises the role's event (the one its
    phrase or sentence names, else the one in scope)."""
    for noun in ix.with_lemma(ix.lex["organiser_role_nouns"]):
        key = ix.token_key.get(noun.i)
        if key is not None:
            # the title read as part of the name ("Organiser Deutsche Messe AG")
            span = ix.span_of(key, noun.i)
            if span is not None and span.start == noun.i and ix.core(key) == "Organisation":
                found.add(ix.event_of_role(noun), "organisedBy", key, "organiser-named", noun)
            continue
        after = ix.token_key.get(noun.i + 1)
        if after is not None and _role_opens_the_sentence(ix, noun, after):
            # "Host Liuzhou City Vocational College said ...": the role's title before the
            # name, the sentence's first word
            found.add(ix.event_of_role(noun), "organisedBy", after, "organiser-named", noun)
            continue
        # "Its organisers, the A and the B,": the bodies in apposition, and those joined to them
        named = [t for c in noun.children if c.dep_ == "appos" for t in ix.group(c)]
        if noun.tag_ == "NNS":
            # "Its organisers, the A and the B, expect ...": the parser lists the bodies
            # set off by the comma as conjuncts of the role's noun
            first = next((c for c in noun.children if c.dep_ == "conj"), None)
            listed = [] if first is None else [t for t in ix.group(first) if t.i > noun.i]
            if (
                listed
                and ix.tokens[noun.i + 1].text == ","
                and first.left_edge.i == noun.i + 2
                and all(ix.core(ix.entity(t)) == "Organisation" for t in listed)
            ):
                named += listed
        if noun.dep_ in ("nsubj", "nsubjpass") and ix.tokens[noun.i + 1].text == ",":
            # "The forum's hosts, the A and the B, said": the parser makes the bodies set
            # off by the comma a second subject of the verb
            named += [
                t
                for c in noun.head.children
                if c.dep_ == noun.dep_ and c.left_edge.i == noun.i + 2
                for t in ix.group(c)
            ]
        if noun.dep_ in ("compound", "appos"):
            named.append(noun.head)  # "Organiser X", "X, the organiser"
            if noun.dep_ == "compound" and noun.tag_ == "NNS":
                # "Organisers A and B said": the plural title heads the whole list
                named += [t for t in ix.group(noun.head) if t.i > noun.i]
        among = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "among" else None
        if among is not None:  # "X (is) among the co-organisers"
            named += ix.subjects(among.head) if among.head.pos_ in ("VERB", "AUX") else [among.head]
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "as"
            and noun.head.head.pos_ in ("VERB", "AUX")
        ):
            # "X acts as host", "As the co-organiser of the event, X has ...": who is in the role
            named += ix.subjects(noun.head.head)
            if lemma(noun.head.head) == "join":
                # "the ministry has joined the provincial government as a host": the one
                # joined holds the role already
                named += ix.objects(noun.head.head)
        holder = _with_as_role(noun)
        if holder is not None and all(
            ix.event(target) for _prep, target in ix.prepositions_of_noun(noun)
        ):
            # "... will be held in Cebu next year, with A and B as co-organisers": the
            # bodies "with" names hold the role (not "as sponsors of the gala dinner")
            named += ix.group(holder)
        if noun.dep_ == "attr" and lemma(noun.head) in ("be", "remain"):
            # "The ministry and the provincial committee are the organisers": the subjects
            named += ix.subjects(noun.head)
        organisers = [k for k in ix.keys(named) if ix.core(k) == "Organisation"]
        if not organisers or _role_of_another_occasion(ix, noun):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        event = (ix.event(owner) if owner is not None else None) or ix.event_of_role(noun)
        for org in organisers:
            found.add(event, "organisedBy", org, "organiser-named", noun)
    for verb in ix.verbs:
        with_ = _with_organising(ix, verb)
        if with_ is None:
            continue
        # "... will be held in Kunming next year, with A and B again co-hosting": who does
        # the organising "with" tells of organises the sentence's event
        holders = ix.subjects(verb)
        holders += [t for c in with_.children if c.dep_ == "pobj" for t in ix.group(c)]
        event = ix.event_of_role(verb)
        for org in ix.keys(holders):
            if ix.core(org) == "Organisation":
                found.add(event, "organisedBy", org, "organiser-named-with", verb)


def _with_organising(ix: DocumentIndex, verb: Token) -> Token | None:
    """The "with" that sets off a gerund of organising with no object of its own ("with
    A and B co-hosting"; the parser hangs "with" over the gerund or under it), or None.
    Not a gerund with an object ("with A hosting a dinner")."""
    if verb.tag_ != "VBG" or lemma(verb) not in ix.lex["organising_verbs"] or ix.objects(verb):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return verb.head
    return next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i),
        None,
    )


def _with_as_role(noun: Token) -> Token | None:
    """The noun "with" governs when the role's noun is the object of an "as" right after
    it ("with the ministry as host", "with A and B as co-organisers"; the parser hangs
    "as" on the noun or on the verb), else None. Not "as" a verb's subjects are in
    ("acts as host") nor "as" after a name no "with" names ("the ministry, as host,")."""
    role_as = noun.head
    if noun.dep_ != "pobj" or role_as.lower_ != "as":
        return None
    holder = role_as.head
    if holder.pos_ in ("PROPN", "NOUN") and holder.dep_ == "pobj" and holder.head.lower_ == "with":
        return holder
    with_ = next(
        (c for c in holder.children if c.lower_ == "with" and c.right_edge.i == role_as.i - 1),
        None,
    )
    if holder.pos_ in ("VERB", "AUX") and with_ is not None:
        return next((c for c in with_.children if c.dep_ == "pobj"), None)
    return None


def _role_opens_the_sentence(ix: DocumentIndex, noun: Token, key: str) -> bool:
    """Is the singular role's noun the capitalised first word of its sentence, with the
    name of a body ``key`` opening right after it ("Host X said ...")?"""
    span = ix.span_of(key, noun.i + 1)
    return (
        span is not None
        and span.start == noun.i + 1
        and ix.core(key) == "Organisation"
        and noun.is_title
        and noun.tag_ in ("NN", "NNP")
        and noun.i == ix.sentence(noun).start
    )


def _role_of_another_occasion(ix: DocumentIndex, noun: Token) -> bool:
    """ "Huawei, a sponsor of last year's forum": the role is of an event noun that stands
    for no event of the story (another edition, another kind), so its holder organises
    none of them (not the event in scope either)."""
    return any(
        prep == "of" and lemma(target) in ix.lex["implicit_event_nouns"] and not ix.event(target)
        for prep, target in ix.prepositions_of_noun(noun)
    )


@rule(
    "place-hosted",
    makes=("heldIn",),
    triggers=(),
    example="Thai firms signed deals at the Kunming-hosted 9th China-South Asia Expo.",
    expect=("9th China-South Asia Expo", "heldIn", "Kunming"),
    counter="Thai firms signed deals at the Kunming-based 9th China-South Asia Expo office.",
)
def place_hosted(ix: DocumentIndex, found: Findings) -> None:
    """ "the Nanning-hosted expo", "the Jakarta-held 5th Indonesia Coffee Week": a place
    glued by a hyphen to "hosted", "held" or "staged" says where the event the participle
    describes is held (the entities read the place apart from the name after it)."""
    for span, key in list(ix.mentions_of("Place")):
        participle = _glued_participle(ix, span)
        if participle is None or participle.lower_ not in ("hosted", "held", "staged"):
            continue
        event = ix.event(participle.head) if participle.dep_ == "amod" else None
        if event is not None and ix.core(event) == "Event":
            found.add(event, "heldIn", key, f"{participle.lower_}-glued", participle)


def _glued_participle(ix: DocumentIndex, span: Span) -> Token | None:
    """The word a hyphen glues to the end of a name ("Kunming-hosted", "Matrade-organised"),
    the hyphen printed without spaces; None when there is none."""
    end = span.end
    if end + 1 >= len(ix.tokens) or ix.tokens[end - 1].whitespace_:
        return None
    dash, participle = ix.tokens[end], ix.tokens[end + 1]
    if dash.text not in ("-", "\u2010", "\u2011") or dash.whitespace_:
        return None
    return participle


@rule(
    "organiser-glued",
    makes=("organisedBy",),
    triggers=("organising_verbs",),
    example="Some 400 buyers attended the Matrade-organised 2nd Malaysia-China Halal Forum.",
    expect=("2nd Malaysia-China Halal Forum", "organisedBy", "Matrade"),
    counter="Some 400 buyers attended the Matrade-funded 2nd Malaysia-China Halal Forum.",
)
def organiser_glued(ix: DocumentIndex, found: Findings) -> None:
    """ "the Matrade-organised forum", "the Xinhua-sponsored seminar": a body glued by a
    hyphen to an organising participle that describes an event organises it (a place so
    glued says where: place-hosted reads it)."""
    for span, key in list(ix.mentions_of("Organisation")):
        participle = _glued_participle(ix, span)
        if participle is None or participle.dep_ != "amod":
            continue
        if lemma(participle) not in ix.lex["organising_verbs"]:
            continue
        event = ix.event(participle.head)
        if event is not None and ix.core(event) == "Event":
            found.add(event, "organisedBy", key, "organiser-glued", participle)


@rule(
    "sidelines-in-scope",
    makes=("partOf",),
    triggers=("part_of_phrases", "organising_verbs", "held_verbs"),
    example=(
        "The 10th Pan-Beibu Gulf Economic Cooperation Forum opened on Thursday. On the "
        "sidelines, the China-ASEAN Port Cities Cooperation Network Work Conference was held."
    ),
    expect=(
        "China-ASEAN Port Cities Cooperation Network Work Conference",
        "partOf",
        "10th Pan-Beibu Gulf Economic Cooperation Forum",
    ),
    counter=(
        "The 10th Pan-Beibu Gulf Economic Cooperation Forum opened on Thursday. A week "
        "later, the China-ASEAN Port Cities Cooperation Network Work Conference was held."
    ),
)
def sidelines_in_scope(ix: DocumentIndex, found: Findings) -> None:
    """ "On the sidelines, E was held", "E met on the margins", "On the sidelines, the
    leaders held a dialogue, and E brought together ...", "the hosts organised E on the
    sidelines": with no "of", the sidelines are those of the event in scope, and an
    event held (or staged by someone) there is part of it."""
    phrases = ix.lex["part_of_phrases"]
    staging = ix.lex["organising_verbs"] | ix.lex["held_verbs"]
    for span, key in list(ix.mentions_of("Event")):
        token = ix.head_mention_token(span)
        for verb, role in ix.verbs_of(token):
            if role != "subject" and (role != "object" or lemma(verb) not in staging):
                continue
            adjuncts = list(verb.children)
            if role == "object":
                # "organised a GMS Forum and a business forum on the sidelines": the parser
                # hangs the phrase on the last object of the list
                adjuncts += [c for t in ix.group(token) for c in t.children if c.dep_ == "prep"]
            if verb.dep_ == "conj" and verb.head.i < verb.i:
                # "On the sidelines, the leaders held a dialogue, and a GMS Business Forum
                # brought together ...": a fronted phrase sets the scene for both clauses
                adjuncts += [c for c in verb.head.children if c.i < verb.head.i]
            for child in adjuncts:
                sideline = next((c for c in child.children if c.dep_ == "pobj"), None)
                if child.dep_ != "prep" or sideline is None:
                    continue
                if f"{child.lower_} the {sideline.lower_} of" not in phrases:
                    continue
                if any(c.dep_ == "prep" and c.lower_ == "of" for c in sideline.children):
                    continue  # "on the sidelines of E" is read by event-verb
                host = ix.event_in_scope(verb)
                if host is not None and host != key and ix.resolved.editions.get(key) != host:
                    found.add(key, "partOf", host, "sidelines-in-scope", verb)


@rule(
    "side-event-noun-sidelines",
    makes=("partOf",),
    triggers=("part_of_phrases",),
    example=(
        "The council will bring Thai exporters to a Thailand-Yunnan logistics seminar on the "
        "sidelines of the 12th China-ASEAN Expo."
    ),
    expect=("Thailand-Yunnan logistics seminar", "partOf", "12th China-ASEAN Expo"),
    counter=(
        "The council will bring Thai exporters to a Thailand-Yunnan logistics seminar on the "
        "eve of the 12th China-ASEAN Expo."
    ),
)
def side_event_noun_sidelines(ix: DocumentIndex, found: Findings) -> None:
    """ "bring manufacturers to an investment seminar on the sidelines of the fair": the
    parser hangs "on the sidelines of E" on the event noun itself, not on a verb, so no
    clause rule reads it; an event "on the sidelines (fringes, margins) of" another is
    part of it."""
    phrases = ix.lex["part_of_phrases"]
    for token, key in event_references(ix):
        for prep, side in ix.prepositions_of_noun(token):
            if side.lower_ not in _SIDE_NOUNS or f"{prep} the {side.lower_} of" not in phrases:
                continue
            for of, target in ix.prepositions_of_noun(side):
                host = ix.event(target) if of == "of" else None
                if host is None or host == key or ix.core(host) != "Event":
                    continue
                if ix.resolved.editions.get(key) == host:
                    continue  # an edition is its series' own, not a side of it
                found.add(key, "partOf", host, "side-event-noun-sidelines", side)


@rule(
    "here-at-event",
    makes=("heldIn",),
    example=(
        "NANNING, Sept. 12 -- The China-ASEAN Information Harbor was launched here on Friday "
        "at the 12th China-ASEAN Expo."
    ),
    expect=("12th China-ASEAN Expo", "heldIn", "Nanning"),
    counter=(
        "NANNING, Sept. 12 -- The China-ASEAN Information Harbor was launched on Friday at "
        "the 12th China-ASEAN Expo."
    ),
)
def here_at_event(ix: DocumentIndex, found: Findings) -> None:
    """ "BALI, Indonesia, Nov. 18 -- The centre was launched here on Friday at the
    Commemorative Summit", "told reporters here at the summit": "here" is the dateline's
    place (the house style of Bernama, The Star and Xinhua), and an event the same clause is
    set at ("at", "during") is held there."""
    place = ix.dateline_place()
    if place is None:
        return
    for verb in ix.verbs:
        if not any(c.dep_ == "advmod" and c.lower_ == "here" for c in verb.children):
            continue
        for prep, target in ix.prepositions(verb):
            event = ix.event(target) if prep in ("at", "during") else None
            if event is not None and ix.core(event) == "Event":
                found.add(event, "heldIn", place, "here-at-event", verb)


@rule(
    "where-it-happens",
    makes=("heldIn",),
    triggers=("held_verbs",),
    example=(
        "Leaders met at the Nanning International Convention and Exhibition Center, where "
        "the 10th China-ASEAN Expo runs until Friday."
    ),
    expect=(
        "10th China-ASEAN Expo",
        "heldIn",
        "Nanning International Convention and Exhibition Center",
    ),
    counter=(
        "Leaders met at the Nanning International Convention and Exhibition Center, while "
        "the 10th China-ASEAN Expo runs until Friday."
    ),
)
def where_it_happens(ix: DocumentIndex, found: Findings) -> None:
    """ "the opening ceremony in the convention centre, where the four-day fair runs until
    Friday", "Nanning, where the expo has been held since 2004": a place whose "where"
    clause has an event happening in it is where the event is held."""
    for token, key in event_references(ix):
        key = edition_named_over(ix, token, key) or key
        for verb, role in ix.verbs_of(token):
            if role != "subject" or verb.dep_ not in ("relcl", "advcl") or verb.head == verb:
                continue
            if lemma(verb) not in ix.lex["held_verbs"] or not any(
                c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children
            ):
                continue
            for place in (ix.entity(verb.head), *venue_chain(ix, verb.head)):
                found.add(key, "heldIn", place, f"where-{lemma(verb)}", verb)


#: Venue heads that hold a whole event ("Convention Center", "exhibition grounds"); a hall,
#: a hotel or a building may host one meeting of it ("talks at the Great Hall during ...").
EVENT_VENUE_HEADS = {"center", "centre", "complex", "ground", "grounds", "arena", "stadium"}


@rule(
    "venue-during-event",
    makes=("heldIn",),
    triggers=("venue_heads",),
    example=(
        "The cars are on display at the company's booth in the West Hall of the Las Vegas "
        "Convention Center during CES 2024."
    ),
    expect=("CES 2024", "heldIn", "Las Vegas Convention Center"),
    counter=(
        "The cars were on display at the company's booth in the West Hall of the Las Vegas "
        "Convention Center before CES 2024."
    ),
)
def venue_during_event(ix: DocumentIndex, found: Findings) -> None:
    """ "on display at the booth in the West Hall of the Las Vegas Convention Center during
    CES 2024", "Exhibitors filled Hall 3 of the Nanning International Convention and
    Exhibition Center as the 19th CAEXPO opened": a convention centre or exhibition grounds
    where something happens "during" an event, or as it opens, is where the event is held
    (not a hall or hotel, which may hold one meeting of it, nor a city, where one may be
    "during" an event held elsewhere)."""
    for verb in ix.verbs:
        events = [e for p, t in ix.prepositions(verb) if p == "during" and (e := ix.event(t))]
        events += _opening_meanwhile(ix, verb)
        if not events:
            continue
        for token in verb.subtree:
            key = ix.token_key.get(token.i)
            span = ix.span_of(key, token.i) if key is not None else None
            if span is None or ix.core(key) != "Place" or ix.head_mention_token(span) != token:
                continue
            label = ix.resolved.entities[key].label
            if label.split()[-1].lower() not in EVENT_VENUE_HEADS:
                continue
            if _placed_under(token, verb):
                for event in events:
                    found.add(event, "heldIn", key, "venue-during-event", verb)


def _opening_meanwhile(ix: DocumentIndex, verb: Token) -> list[str]:
    """ "Exhibitors filled Hall 3 of the centre as the 19th CAEXPO opened on Friday": the
    events that open, run or are held in a clause of time ("as", "when", "while") on the
    verb."""
    found = []
    for clause in ix.children(verb):
        if clause.dep_ != "advcl" or lemma(clause) not in ix.lex["held_verbs"]:
            continue
        if not any(
            c.dep_ == "mark" and c.lower_ in ("as", "when", "while") for c in clause.children
        ):
            continue
        # "as the expo opened its 18th edition": the edition it opened, not the series
        opened = [e for o in ix.objects(clause) if ix.core(e := ix.event(o)) == "Event"]
        found += opened or [e for s in ix.subjects(clause) if ix.core(e := ix.event(s)) == "Event"]
    return found


def _placed_under(token: Token, verb: Token) -> bool:
    """Does ``token`` hang on ``verb`` through place prepositions and their nouns only
    ("at the booth in the West Hall of the centre", "filled Hall 3 of the centre"), not
    through another clause?"""
    node = token
    while node.i != verb.i:
        if node.dep_ == "prep" and node.lower_ not in ("at", "in", "of", "on", "inside"):
            return False
        if node.dep_ == "dobj" and node.head.i != verb.i:
            return False
        if node.dep_ not in ("pobj", "prep", "compound", "conj", "nummod", "dobj"):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return True


@rule(
    "travelled-for-event",
    makes=("heldIn",),
    triggers=("gathering_verbs", "dobj_participation_verbs", "conveying_verbs", "delegation_nouns"),
    example="Business leaders gathered in Nanning for the 16th China-ASEAN Expo.",
    expect=("16th China-ASEAN Expo", "heldIn", "Nanning"),
    counter="Business leaders from Nanning praised the 16th China-ASEAN Expo.",
)
def travelled_for_event(ix: DocumentIndex, found: Findings) -> None:
    """ "40 Lao firms travelled to Nanning for the seventh expo", "leaders gathered in
    Nanning for the summit", "the prime minister leaves for Manila tomorrow to attend the
    ASEAN Summit", "the minister brought 25 firms to Hangzhou for the expo", "flies to
    Shanghai at the head of a delegation to the import expo": where people go, gather or
    are brought for an event (to attend it, or with a delegation to it) is where it is."""
    attending = ix.lex["dobj_participation_verbs"]
    for verb in ix.verbs:
        conveying = lemma(verb) in ix.lex["conveying_verbs"] and bool(ix.objects(verb))
        if lemma(verb) not in ix.lex["gathering_verbs"] and not conveying:
            continue
        frames = list(ix.prepositions(verb))
        if conveying:
            # "brought 25 firms to Hangzhou for the expo": only where they are brought "to"
            frames = [(p, t) for p, t in frames if p in ("to", "for")]
        # "travelled to Nanning for the expo"; "flies to Shanghai today to the import expo"
        events = [e for p, t in frames if p in ("for", "to") and (e := ix.event(t))]
        # "Ten days ago in Nanning, 300 officials met for the forum": the parser hangs the
        # place on the adverb of time
        frames += [
            f
            for c in ix.children(verb)
            if not conveying and c.dep_ == "advmod" and c.lower_ in _TIME_ADVERBS
            for f in ix.prepositions(c)
        ]
        # "leaves for Manila to attend the summit": the purpose clause names the event
        for clause in ix.children(verb):
            if clause.dep_ in ("xcomp", "advcl") and lemma(clause) in attending:
                events += [e for o in ix.objects(clause) if (e := ix.event(o))]
        events += _delegation_sent_to(ix, verb)
        places = [_place(ix, t) for p, t in frames if p in ("to", "in", "at", "into")]
        # "leaves for Manila", "departed for Indonesia": "for" a place is where one goes
        places += [k for p, t in frames if p == "for" and ix.core(k := ix.entity(t)) == "Place"]
        for event in events:
            for place in places:
                found.add(event, "heldIn", place, f"{lemma(verb)}-for-event", verb)
        if conveying:
            continue
        # "officials met in Chongqing at the Cultural Ministerial Meeting": those who meet
        # "in" a place "at" an event are at it there (only "in": one who "went to Kunming at
        # the close of ..." may be on the way)
        for event in (e for p, t in frames if p == "at" and (e := ix.event(t))):
            for place in (_place(ix, t) for p, t in frames if p == "in"):
                found.add(event, "heldIn", place, f"{lemma(verb)}-in-at-event", verb)


@rule(
    "scene-as-it-opened",
    makes=("heldIn",),
    triggers=("held_verbs",),
    example=(
        "Crowds queued outside cinemas in Nanning on Friday as the 3rd Lotus Film Festival opened."
    ),
    expect=("3rd Lotus Film Festival", "heldIn", "Nanning"),
    counter=(
        "Crowds queued outside cinemas in Nanning on Friday as the 3rd Lotus Film Festival "
        "opened in Guilin."
    ),
)
def scene_as_it_opened(ix: DocumentIndex, found: Findings) -> None:
    """ "Film lovers queued outside cinemas in Nanning on Friday evening as the festival
    opened its seventh edition": a clause of "as"/"when" that only says an event opened,
    began or closed happens where the clause it is hung on is set ("in" a place on that
    clause's verb), unless it names a place of its own."""
    opening = {"open", "begin", "start", "kick", "close", "end", "get", "commence"}
    for verb in ix.verbs:
        if verb.dep_ != "advcl" or lemma(verb) not in opening & ix.lex["held_verbs"]:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in ("as", "when") for c in verb.children):
            continue
        if any(p in ("in", "at", "to") for p, _ in ix.prepositions(verb)):
            continue  # "as the expo opened in Guilin": its own place
        events = [e for s in ix.subjects(verb) if (e := ix.event(s)) is not None]
        # "as the festival opened its seventh edition": the edition it opened
        events = [e for o in ix.objects(verb) if (e := ix.event(o)) is not None] or events
        own = {t.i for t in verb.subtree}
        places = sorted(
            {
                k
                for t in verb.head.subtree
                if t.i not in own
                and t.dep_ == "pobj"
                and (t.head.lower_ == "in" or _a_stretch_of(ix, t.head))
                and ix.core(k := ix.entity(t)) == "Place"
            }
        )
        if len(places) != 1:
            continue
        for event in events:
            if ix.core(event) == "Event":
                found.add(event, "heldIn", places[0], "scene-as-it-opened", verb)


def _delegation_sent_to(ix: DocumentIndex, verb: Token) -> list[str]:
    """The events a delegation going with ``verb`` is sent to: "flies to Shanghai at the
    head of a delegation to the import expo", "leaves for Nanning to lead a delegation to
    the expo" (a delegation's noun on the verb's phrase, one "of" down, or the object of
    its purpose clause; "to" the event on the noun or on that clause's verb)."""
    nouns: list[tuple[Token, Token | None]] = []
    for _, target in ix.prepositions(verb):
        nouns.append((target, None))
        nouns += [(t, None) for p, t in ix.prepositions_of_noun(target) if p == "of"]
    for clause in ix.children(verb):
        if clause.dep_ in ("xcomp", "advcl"):
            nouns += [(o, clause) for o in ix.objects(clause)]
    events = []
    for noun, clause in nouns:
        if lemma(noun) not in ix.lex["delegation_nouns"]:
            continue
        phrases = list(ix.prepositions_of_noun(noun))
        if clause is not None:
            phrases += list(ix.prepositions(clause))
        events += [e for p, t in phrases if p == "to" and (e := ix.event(t))]
    return events


#: Prepositions that set a scene on a stretch of ground: "on the coast road of Ha Long".
_STRETCH_PREPOSITIONS = {"in", "on", "at", "along", "across", "outside"}


def _a_stretch_of(ix: DocumentIndex, of: Token) -> bool:
    """Is ``of`` the "of" of a stretch of a place where a scene is set: "packed the riverside
    lawns of Kuching", "lined up on the coast road of Ha Long City"? The noun it hangs on
    names no entity (not "the Ministry of ...") and is the object of the scene's verb or
    of a preposition of place."""
    if of.lower_ != "of" or of.dep_ != "prep":
        return False
    noun = of.head
    if noun.pos_ != "NOUN" or noun.i in ix.token_key:
        return False
    if noun.dep_ == "dobj":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _STRETCH_PREPOSITIONS


#: Adverbs of time the parser hangs a fronted place on ("Ten days ago in Nanning, ...").
_TIME_ADVERBS = {"ago", "earlier", "later"}


def _place(ix: DocumentIndex, token) -> str | None:
    """The place a token names; "this southwestern Chinese municipality", "this coastal
    city" (Xinhua's way of repeating the dateline) name the dateline's place."""
    if lemma(token) in ix.lex["containment_nouns"] and any(c.lower_ == "this" for c in token.lefts):
        return ix.dateline_place() or ix.entity(token)
    return ix.entity(token)


@rule(
    "home-of-event",
    makes=("heldIn",),
    triggers=("venue_nouns",),
    example="Nanning is also the permanent home of the China-ASEAN Expo.",
    expect=("China-ASEAN Expo", "heldIn", "Nanning"),
    counter="Nanning is also the largest customer of the China-ASEAN Expo.",
)
def home_of_event(ix: DocumentIndex, found: Findings) -> None:
    """ "Nanning is the permanent home of the expo", "Nanning, the host city of the 16th
    CAEXPO,", "Nanning played host to the expo", "Chicago serving as the host of the
    summit", "The venue for the forum was Hall 3": a place said to be an event's home, venue
    or host city, or to play or serve as its host, is where it is held.
    (A bare venue noun in apposition, "Nanning, venue of the expo", is read by the
    apposition rule.)"""
    venue_nouns = ix.lex["venue_nouns"]
    for span, key in ix.mentions_of("Place"):
        token = ix.head_mention_token(span)
        descriptions = []
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in ("be", "remain"):
            descriptions += [c for c in token.head.children if c.dep_ == "attr"]
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in ("serve", "act"):
            # "Chicago serving as the host of the summit"
            descriptions += [t for p, t in ix.prepositions(token.head) if p == "as"]
        if token.dep_ == "nsubj" and token.head.lemma_ == "play":
            # "Nanning played host to the expo": the parser hangs "to" on the verb
            hosts = [c for c in token.head.children if c.dep_ == "dobj" and lemma(c) == "host"]
            for prep, target in ix.prepositions(token.head) if hosts else ():
                if prep == "to":
                    found.add(ix.event(target), "heldIn", key, "home-of-event", hosts[0])
        if token.dep_ == "attr" and token.head.lemma_ in ("be", "remain"):
            # "The venue of the forum was Hall 3 of the convention center": the subject
            for noun in ix.subjects(token.head):
                if lemma(noun) in venue_nouns and lemma(noun) != "host":
                    for prep, target in ix.prepositions_of_noun(noun):
                        if prep in ("of", "for"):
                            for place in (key, *venue_chain(ix, token)):
                                found.add(ix.event(target), "heldIn", place, "home-of-event", noun)
        descriptions += [
            c for c in token.children if c.dep_ == "appos" and lemma(c) not in venue_nouns
        ]
        for noun in descriptions:
            if lemma(noun) in venue_nouns or any(
                c.dep_ in ("compound", "amod") and lemma(c) in venue_nouns for c in noun.children
            ):
                for prep, target in ix.prepositions_of_noun(noun):
                    if prep == "of" or (prep == "to" and lemma(noun) == "host"):
                        found.add(ix.event(target), "heldIn", key, "home-of-event", noun)


@rule(
    "occasion-place",
    makes=("heldIn",),
    triggers=("occasion_nouns", "held_verbs"),
    example=(
        "The 8th China-ASEAN Expo opened on Friday. The opening ceremony began at 9 a.m. in "
        "the Chinese Hibiscus Hall of the Nanning International Convention and Exhibition "
        "Center."
    ),
    expect=(
        "8th China-ASEAN Expo",
        "heldIn",
        "Nanning International Convention and Exhibition Center",
    ),
    counter=(
        "The 8th China-ASEAN Expo opened on Friday. The opening ceremony was praised by "
        "guests from the Nanning International Convention and Exhibition Center."
    ),
)
def occasion_place(ix: DocumentIndex, found: Findings) -> None:
    """ "The opening ceremony began at 9 a.m. in the Chinese Hibiscus Hall of the
    convention centre", "the closing session was held at the Guangxi People's Hall": where
    an occasion of an event happens, the event is held (the venue and what it lies in). So
    for a place hung on the occasion's own noun ("spoke at the opening of the 3rd X Open in
    the border city of Hekou": the parser sets "in" on "opening", not on the event)."""
    occasions = ix.lex["occasion_nouns"]
    for noun in ix.tokens:
        if (
            noun.dep_ != "pobj"
            or lemma(noun) not in occasions
            or noun.i in ix.token_key
            or not noun.is_lower
        ):
            continue
        event = ix.event(noun)
        if event is None or ix.core(event) != "Event" or not _names_its_event(ix, noun, event):
            continue  # a bare "the opening ceremony in the Hibiscus Hall": whose is a guess
        for prep, target in ix.prepositions_of_noun(noun):
            named = ix.entity(target)
            if prep in ("in", "at") and not _apposed_place(target) and ix.core(named) == "Place":
                for place in (named, *venue_chain(ix, target)):
                    found.add(event, "heldIn", place, "occasion-noun-place", noun)
    for verb in ix.verbs:
        if lemma(verb) not in ix.lex["held_verbs"]:
            continue
        for subject in ix.subjects(verb):
            if lemma(subject) not in occasions or subject.i in ix.token_key:
                continue
            event = ix.event(subject)
            # "The 107th session of the China Import and Export Fair opened in Guangzhou"
            event = numbered_edition(ix, subject, event) or event
            for prep, target in ix.prepositions(verb):
                if prep in ("in", "at") and not _apposed_place(target):
                    for place in (ix.entity(target), *venue_chain(ix, target)):
                        found.add(event, "heldIn", place, "occasion-place", verb)


def _names_its_event(ix: DocumentIndex, noun: Token, event: str) -> bool:
    """Does the occasion's own phrase name its event ("the opening of the 3rd X Open",
    "the 2019 Routes Asia forum"), rather than leave it to the story in scope?"""
    return any(
        c.dep_ in ("compound", "nmod") and c.i < noun.i and ix.entity(c) == event
        for c in noun.children
    ) or any(p == "of" and ix.event(t) == event for p, t in ix.prepositions_of_noun(noun))


@rule(
    "back-for-its-year",
    makes=("heldIn",),
    triggers=("return_adverbs",),
    example=(
        "Spice traders are back at the Lotus Convention Hall for a fourth year. The "
        "Mekong Spice Fair, hosted by the Lotus Traders Association, opens on Monday."
    ),
    expect=("4th Mekong Spice Fair", "heldIn", "Lotus Convention Hall"),
    counter=(
        "Spice traders met at the Lotus Convention Hall last year. The Mekong Spice Fair, "
        "hosted by the Lotus Traders Association, opens on Monday."
    ),
)
def back_for_its_year(ix: DocumentIndex, found: Findings) -> None:
    """ "The film crowds are back at the Nanning Grand Theatre for a fifth year. The
    China-ASEAN Film Week, staged by ..., is showing 24 films": a lead whose people (or
    description) come back to a place "for a Nth year" sets the scene of the event the
    next sentence opens with, the Nth edition the lead counts (the resolver numbers it so):
    the place it comes back "at"/"on"/"in"/"to" is where that edition is held. Only the
    sentence right after, only when its subject opens it, and only at the number the lead
    gives."""
    for span, key in ix.mentions_of("Event"):
        entity = ix.resolved.entities.get(key)
        if entity is None or entity.edition_number is None or key not in ix.resolved.editions:
            continue
        token = ix.head_mention_token(span)
        sentence = ix.sentence(token)
        opening = sentence.start + (ix.tokens[sentence.start].lower_ == "the")
        if token.dep_ not in ("nsubj", "nsubjpass") or span.start != opening:
            continue
        if sentence.start == 0:
            continue
        lead = ix.sentence(ix.tokens[sentence.start - 1])
        verb = lead.root
        if any(ix.core(k) == "Event" for _s, k in ix.mentions_in(lead)):
            continue  # the lead names an event of its own
        if _lead_count(verb) != entity.edition_number:
            continue
        places = [t for p, t in ix.prepositions(verb) if p in ("at", "on", "in", "to")]
        places += [
            t
            for adverb in ix.children(verb)
            if adverb.dep_ == "advmod" and adverb.lower_ in ix.lex["return_adverbs"]
            for p, t in ix.prepositions(adverb)
            if p in ("at", "on", "in", "to")
        ]
        for target in places:
            place = ix.entity(target)
            if place is None or ix.core(place) != "Place":
                continue
            for held in (place, *venue_chain(ix, target)):
                found.add(key, "heldIn", held, "back-for-its-year", verb)


def _lead_count(verb: Token) -> int | None:
    """The ordinal a lead's coming back gives: "are back ... for a fifth year",
    "returned ... for a ninth outing" (never a streak: "for a third year in a row"); the
    coming back is the one the extractor numbered the edition by (``crowd_returns``)."""
    return returning_count(verb) if crowd_returns(verb) else None
