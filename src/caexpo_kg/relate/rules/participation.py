"""Who took part in what: participants of verb frames and of scenes."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Span, Token

from ..index import DocumentIndex, Findings, children, lemma
from ..registry import rule
from .events import lost_subject, series_hosted_now


@rule(
    "participant-verb",
    makes=("participatedIn", "organisedBy", "launched"),
    triggers=(
        "participation_verbs",
        "dobj_participation_verbs",
        "organising_verbs",
        "exhibiting_verbs",
        "stand_nouns",
        "partner_verbs",
        "deal_recipient_verbs",
        "delegation_nouns",
        "sent_people_nouns",
        "scene_nouns",
        "audience_nouns",
        "addressing_verbs",
        "presence_adjectives",
        "speech_nouns",
        "sending_nouns",
        "presence_verbs",
        "delegation_verbs",
        "presence_phrasal_verbs",
        "delivering_verbs",
        "declaring_verbs",
        "declared_states",
        "opening_verbs",
        "envoy_verbs",
        "representing_verbs",
        "declining_words",
        "advice_modals",
        "anaphoric_office_nouns",
        "arrival_verbs",
        "filling_verbs",
        "floor_space_nouns",
        "space_making_verbs",
        "stand_with_nouns",
        "tallying_verbs",
        "accord_verbs",
        "talks_nouns",
        "passive_signing_verbs",
    ),
    example="Huawei exhibited its 5G phones at the 15th China-ASEAN Expo.",
    expect=("Huawei", "participatedIn", "15th China-ASEAN Expo"),
    counter="Huawei sold phones in Nanning.",
)
def participant_verbs(ix: DocumentIndex, found: Findings) -> None:
    """ "X exhibited at E", "X attended E", "X took part in E", "X travelled to Nanning
    for E", "E was attended by X", "X was among the leaders at the opening of E"."""
    lex = ix.lex
    for verb in ix.verbs:
        verb_lemma = lemma(verb)
        passive = any(c.dep_ == "nsubjpass" for c in ix.children(verb))
        delegation = _delegation_led(ix, verb)
        # "Speaking by video from Singapore, Minister X told E": after a fronted
        # participle the parser may hang the (titled) subject on the phrase's place
        # (or make the participle itself the subject: "Speaking by video link from
        # Jakarta, ASEAN Deputy Secretary-General X addressed E")
        subjects = ix.subjects(verb)
        if all(s.dep_ == "csubj" and s.tag_ == "VBG" for s in subjects):
            subjects = lost_subject(ix, verb, frozenset(), titled=True) or subjects
        parties = None if passive else _clause_parties(ix, verb, verb_lemma, subjects)
        if parties is not None and delegation is None and not any(parties):
            # nobody the clause could place: the filters below need not be asked (most
            # verbs; every step here reads the parse only, so the order changes nothing)
            continue
        if _source_of_figures(verb) or _negated(verb, lex["declining_words"], lex["nobody_words"]):
            continue
        if _conditional(verb, lex["advice_modals"]) or _in_an_organisers_role(ix, verb):
            continue
        if delegation is not None:
            # "a delegation led by Deputy Prime Minister X": X came to the event
            sent_to = [ix.event(t) for p, t in ix.prepositions_of_noun(delegation) if p == "to"]
            if delegation.dep_ in ("nsubj", "nsubjpass"):
                # "A delegation led by X is attending E": where the delegation takes part
                # ("The delegation to E was led by X": the verb it is led by)
                goes = delegation.head
                sent_to += ix.events_at(
                    goes, participation=lemma(goes) in lex["participation_verbs"]
                )
                if lemma(goes) in lex["dobj_participation_verbs"]:
                    sent_to += [ix.event(o) for o in ix.objects(goes)]
            # "sent its delegation to Beijing, led by X": sent to a place, not an event
            # (the parser may call "to" a dative)
            heads = [delegation, delegation.head] if delegation.dep_ == "dobj" else [delegation]
            ways = [t for h in heads for c in h.children if c.lower_ == "to" for t in c.children]
            elsewhere = any(
                t.dep_ == "pobj" and ix.core(ix.entity(t)) == "Place" and not ix.event(t)
                for t in ways
            )
            # "Brunei's delegation to E, led by X": X goes where the delegation goes
            # a person or a body ("a group of firms, led by the trade agency")
            for leader in _agents(ix, verb):
                for event in dict.fromkeys(e for e in sent_to if e):
                    found.add(leader, "participatedIn", event, "lead-by", verb)
                if not elsewhere:
                    found.unplaced.append((leader, verb))
        if passive:
            events = [k for k in ix.keys(subjects, event=True) if ix.core(k) == "Event"]
            if verb_lemma in lex["representing_verbs"] and not events:
                _represented(ix, found, verb, subjects)
                continue
            if verb_lemma in lex["dobj_participation_verbs"]:
                agents = _attended_by(ix, verb)
                for event in events:
                    for agent in dict.fromkeys(agents):
                        found.add(agent, "participatedIn", event, f"{verb_lemma}-by", verb)
                if not events and _unnamed_session(ix, verb):
                    # "The session was moderated by X": at the event in scope
                    found.unplaced.extend((agent, verb) for agent in dict.fromkeys(agents))
            elif verb_lemma in lex["organising_verbs"] and verb_lemma not in ("open", "run"):
                # "The summit was hosted by Premier Wen": who holds a meeting takes part in
                # it (a body that organises it does not: the organisedBy rules read it)
                people = [
                    k
                    for p, t in ix.prepositions(verb)
                    if p == "by"
                    for k in ix.phrase_keys(t)
                    if ix.core(k) == "Person"
                ]
                for event in events:
                    for person in dict.fromkeys(people):
                        found.add(person, "participatedIn", event, f"{verb_lemma}-held-by", verb)
            elif verb_lemma in lex["delivering_verbs"]:
                # "The keynote at E was delivered by X": the speech's event, else in scope
                speeches = [s for s in subjects if lemma(s) in lex["speech_nouns"]]
                events = [
                    e
                    for s in speeches
                    for p, t in ix.prepositions_of_noun(s)
                    if p in ("at", "of", "during", "to") and (e := ix.event(t))
                ]
                agents = [k for k in _agents(ix, verb) if ix.core(k) == "Person"]
                for event in dict.fromkeys(events):
                    for agent in agents:
                        found.add(agent, "participatedIn", event, f"{verb_lemma}-by", verb)
                if speeches and not events and not ix.names_another_occasion(speeches[0]):
                    found.unplaced.extend((agent, verb) for agent in agents)
            elif verb_lemma in lex["passive_signing_verbs"] and not events:
                _signed_by(ix, found, verb)
            elif not any(c.dep_ == "prt" for c in children(verb)) and _at_the_scene(ix, verb):
                # "Seated on the rostrum were A, B and C", "A was seated at the head table":
                # placed in the room of the event the clause names, else of the one in scope
                # (not a phrasal verb, a thing done to the subject: "was set up in 2001")
                present = [
                    k
                    for k in ix.keys(ix.widen(subjects))
                    if ix.core(k) in ("Organisation", "Person")
                ]
                for event in events or ix.events_at(verb, participation=True):
                    for who in present:
                        found.add(who, "participatedIn", event, f"{verb_lemma}-scene", verb)
                if not events and not _at_another_time(verb):
                    found.unplaced.extend((who, verb) for who in present)
            continue
        assert parties is not None
        participants, asking, partners, companions, envoys = parties
        co_hosts: set[str] = set()
        if not participants and not companions and not asking and not partners and not envoys:
            continue
        if verb_lemma in lex["organising_verbs"] or verb_lemma in ("launch", "unveil", "initiate"):
            for obj in ix.objects(verb):
                events = ix.keys(ix.group(obj), event=True)
                # "A, which hosts the week with B": the series too, not this year's alone
                # in the order named (a set's order would change from run to run)
                series_too = list(
                    dict.fromkeys(
                        series
                        for event in events
                        if (series := series_hosted_now(ix, obj, event, verb)) is not None
                        and series not in events
                    )
                )
                for event in [*events, *series_too]:
                    if verb_lemma in lex["organising_verbs"] and verb_lemma != "open":
                        # "The leaders of A and B were due to hold their summit": people who
                        # hold a summit meet at it; they organise it for no body they serve
                        meeting = all(
                            s.pos_ == "NOUN"
                            and s.i not in ix.token_key
                            and lemma(s) in lex["participant_role_nouns"]
                            and lemma(s) not in lex["kind_role_nouns"]
                            for s in subjects
                        )
                        for participant in participants:
                            if meeting and ix.core(participant) != "Person":
                                continue
                            found.add(
                                event, "organisedBy", participant, f"{verb_lemma}-active", verb
                            )
                            # "Wen and his counterparts held a summit": people who hold
                            # a meeting take part in it; a body that runs a fair organises
                            # it ("the Secretariat, which runs the annual fair")
                            if ix.core(participant) == "Person" and event not in series_too:
                                found.add(
                                    participant,
                                    "participatedIn",
                                    event,
                                    f"{verb_lemma}-held",
                                    verb,
                                )
                for initiative in ix.launch_targets(obj):
                    for participant in participants:
                        found.add(participant, "launched", initiative, verb_lemma, verb)
            # (not "would hold similar briefings in other provinces": meetings of their own)
            holds_talks = any(
                lemma(o) in lex["meeting_nouns"] and not ix.names_another_occasion(o)
                for o in ix.objects(verb)
            ) or (
                # "X held a rice promotion event on the sidelines of the expo": whatever
                # one holds on an event's sidelines, one holds at it
                any(o.pos_ == "NOUN" and o.i not in ix.token_key for o in ix.objects(verb))
                and bool(_on_the_sidelines(ix, verb))
            )
            if verb_lemma in lex["organising_verbs"] and verb_lemma not in ("run", "open"):
                if not holds_talks:
                    continue
                if _stages_a_session(ix, verb):
                    # "We will hold a working session with the Guangxi Department of
                    # Commerce during E", "NAFED will co-host a promotion night with the
                    # embassy on the sidelines of E": a body one stages a session with
                    # co-hosts it and is no participant of E for that (the one who holds
                    # it takes part; people who hold it with one meet there)
                    co_hosts = {k for k in _partners(ix, verb) if ix.core(k) != "Person"}
                    participants = [p for p in participants if p not in co_hosts]
                    partners = [p for p in partners if p not in co_hosts]
                verb_lemma = "hold-talks"  # "Keppel held talks with port officials"
                # (not "will hold training sessions next year")
                if not _at_another_time(verb, ix.published.year if ix.published else None):
                    found.unplaced.extend((p, verb) for p in [*participants, *partners])
        events = ix.events_at(verb, participation=verb_lemma in lex["participation_verbs"])
        events += _event_where(ix, verb)
        sidelines = _on_the_sidelines(ix, verb)
        if sidelines:
            # "A put pen to paper with B on the sidelines of E": whatever one does on the
            # sidelines of an event, one does at it, and so do those one does it with
            events += [e for e in sidelines if e not in events]
            # (the clause of purpose the phrase hangs on shares its head's partners: "put
            # pen to paper with B to export bananas, on the sidelines of E")
            own = verb.dep_ in ("advcl", "xcomp") and not ix.has_subject(verb)
            for clause in [verb, verb.head] if own else [verb]:
                partners += [
                    k for k in _partners(ix, clause) if k not in partners and k not in co_hosts
                ]
        if events:
            events += [e for e in _joint_occasion(ix, verb) if e not in events]
        destinations = [t for p, t in ix.prepositions(verb) if p == "to"]
        if verb_lemma in lex["arrival_verbs"]:
            destinations += [t for p, t in ix.prepositions(verb) if p in ("in", "at")]
        for obj in ix.objects(verb):
            if _occupies_a_space(ix, verb_lemma, obj):
                # "makers such as A and B filled the energy hall of E", "lined the aisles of
                # E", "took over the east wing of E": who takes up a part of an event's
                # floor exhibits at it, whatever the verb says they do there
                events += [
                    k for p, t in ix.prepositions_of_noun(obj) if p == "of" and (k := ix.event(t))
                ]
                events += [k for c in obj.children if c.dep_ == "poss" and (k := ix.event(c))]
            if verb_lemma in lex["dobj_participation_verbs"]:
                events += [k for k in (ix.event(o) for o in ix.group(obj)) if k]
                events += _occasion_of_each(ix, obj)
                events += [k for k in [_relative_object_event(ix, verb, obj)] if k]
            if lemma(obj) in lex["delegation_nouns"]:
                # "led the Bruneian delegation to the 10th Forum", "sent a team to the expo"
                sent_to = [t for p, t in ix.prepositions_of_noun(obj) if p in ("to", "at", "for")]
                events += [k for k in (ix.event(t) for t in sent_to) if k]
                destinations += sent_to
        if not events:
            events = _both_events(ix, verb)
        if events and _at_another_time(verb):
            # "Last year, Petronas took part in the expo": not the edition in scope
            scope = ix.event_in_scope(verb)
            events = [e for e in events if e != scope or _named_in_clause(ix, e, verb)]
        # With no event named: present at the one in scope, unless the clause is set
        # elsewhere or at another time (each asked only when the one before says no).
        if (
            not events
            and not _set_away_from_scope(ix, found, verb, destinations)
            and not _markets(ix, verb)
            # "China and ASEAN signed an agreement": parties named beside a country act
            # as sides of a pact, not as guests at the event in scope
            and not any(ix.core(k) == "Place" for k in ix.keys(ix.widen(subjects)))
            and (
                verb_lemma in lex["presence_verbs"]
                # "X, who accompanied the President, said": where the one accompanied is
                or (companions and verb_lemma in lex["company_verbs"])
                or _at_the_scene(ix, verb)
                # "X, who travelled to Nanning with two staff": to where the event in scope
                # is held (not elsewhere, asked above)
                or (
                    verb_lemma in lex["gathering_verbs"]
                    and any(ix.core(ix.entity(t)) == "Place" for t in destinations)
                )
                # "A and B arrived in the city on Sunday", "X arrived here": where the
                # event in scope is held (not "arrived in Beijing", asked above)
                or _arrived_where_held(ix, verb, found)
                or _returning_again(ix, verb)
                or _agreed_to_act_with(ix, verb, partners)
            )
        ):
            found.unplaced.extend((p, verb) for p in [*participants, *partners])
        if (
            envoys
            and not events
            and not _elsewhere(ix, verb, destinations, _event_places(ix, found, verb, True))
            and not _at_another_time(verb, ix.published.year if ix.published else None)
        ):
            found.unplaced.extend((p, verb) for p in envoys)
        if events:
            participants = _without_sides(ix, participants, ix.keys(ix.widen(subjects)))
        for event in events:
            event = _this_edition(ix, event, verb)
            for participant in [*participants, *partners, *companions, *envoys]:
                found.add(participant, "participatedIn", event, f"{verb_lemma}-event", verb)


def _without_sides(ix: DocumentIndex, participants: list[str], named: Iterable[str]) -> list[str]:
    """``participants`` less any bloc of countries where a country is ``named`` beside it:
    "At E, China and ASEAN issued a joint statement" names the two sides of a pair's
    dealings, not guests at E."""
    if not any(ix.core(k) == "Place" for k in named):
        return participants
    return [k for k in participants if not _has_member_countries(ix, k)]


def _occupies_a_space(ix: DocumentIndex, verb_lemma: str, obj: Token) -> bool:
    """Does an active verb's object name a part of a floor (a hall, wing, aisle, zone,
    stand), so that its subject is placed there? Any verb but those of making, running or
    handing out the space: who "lines", "shares" or "dominates" the hall of a fair
    exhibits at it, a contractor who builds it or an organiser who assigns it does not."""
    lex = ix.lex
    word = lemma(obj)
    spaces = ("section_nouns", "stand_nouns", "floor_space_nouns")
    if not any(word in lex[kind] for kind in spaces):
        return False
    if verb_lemma in lex["filling_verbs"]:
        return True
    return verb_lemma not in lex["space_making_verbs"] and verb_lemma not in lex["organising_verbs"]


def _signed_by(ix: DocumentIndex, found: Findings, verb: Token) -> None:
    """ "The largest project, a paper mill, was signed by X": who signs a deal takes part
    where it is signed, the event the clause names, else the one in scope (as "X signed
    the largest project" reads), unless the clause is set at another time or place ("a
    pact signed by the two ministries in Hanoi last year")."""
    # (not the pieces of a name cut at its brackets: "by Jinhai Paper (China) Investment
    # Co., Ltd." read as "Jinhai Paper", "China" and "Investment")
    cut = {
        k
        for span, k in ix.mentions_in(ix.sentence(verb))
        if (span.start > 0 and ix.tokens[span.start - 1].text == ")")
        or (span.end < len(ix.tokens) and ix.tokens[span.end].text == "(")
    }
    signers = [
        k for k in _agents(ix, verb) if ix.core(k) in ("Organisation", "Person") and k not in cut
    ]
    if not signers:
        return
    events = ix.events_at(verb, participation=True) + _on_the_sidelines(ix, verb)
    for event in dict.fromkeys(events):
        for signer in signers:
            found.add(signer, "participatedIn", event, "signed-by", verb)
    destinations = [t for p, t in ix.prepositions(verb) if p in ("in", "at")]
    if not events and not _set_away_from_scope(ix, found, verb, destinations):
        found.unplaced.extend((signer, verb) for signer in signers)


def _set_away_from_scope(
    ix: DocumentIndex, found: Findings, verb: Token, destinations: list[Token]
) -> bool:
    """Is a clause that names no event set away from the event in scope: at a place that
    is not the event's, at another time, in another place the text moved to, or reported
    as done before? Its parties are then not placed at the event in scope, whichever rule
    read them (an active participation verb, or a passive "signed by")."""
    return (
        _elsewhere(ix, verb, destinations, _event_places(ix, found, verb, True))
        or _at_another_time(verb, ix.published.year if ix.published else None)
        or _in_another_place(ix, found, verb)
        or _reported_done_before(ix, verb)
    )


def _clause_parties(
    ix: DocumentIndex, verb: Token, verb_lemma: str, subjects: list[Token]
) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """Who an active clause could place at an event: its participants (the subjects,
    widened, their listed members and the bodies that sent them), the press or a body
    asking, partners, companions and envoys. Reads the parse only (no finding), so
    :func:`participant_verbs` asks it first and passes over a verb that places nobody."""
    lex = ix.lex
    # (not a person's office named beside them: "A of Brunei's Ministry of X, B and C")
    participants = [
        k
        for k in ix.keys(t for t in ix.widen(subjects) if not ix.office_of_a_person(t))
        if ix.core(k) in ("Organisation", "Person")
    ]
    asking = []
    if verb_lemma in ("speak", "talk"):
        # "Viet Nam News reporter X spoke with Y": the press asking, not a guest (the
        # one asked may be, "on the sidelines of the expo"); so is a body that speaks
        # to a person ("VnExpress spoke to X, head of ...")
        asking = [k for k in participants if _press(ix, k, verb) or _body_asking(ix, k, verb)]
        participants = [k for k in participants if k not in asking]
    participants += _sent_by(ix, subjects)
    # "Large retailers including Walmart and Carrefour sent teams": the listed bodies
    participants += [
        k
        for s in subjects
        if s.pos_ == "NOUN" and s.i not in ix.token_key
        for k in ix.list_members(s, ("Organisation", "Person"))
        if k not in participants
    ]
    # "He joined Premier Li and other leaders at the opening", "flanked X at E": those
    # one joins are at the event too
    companions = _companions(ix, verb) if verb_lemma in lex["company_verbs"] else []
    partners = _partners(ix, verb) if verb_lemma in lex["partner_verbs"] else []
    # (either list asked: their union was made again for every verb)
    if verb_lemma in lex["participation_verbs"] or verb_lemma in lex["dobj_participation_verbs"]:
        # "the heads of government also attended, together with X": X is there
        # whoever the subject is
        partners += _alongside(ix, verb)
    # "Singapore sent National Development Minister X", "was represented by Y": the
    # people a country or body sends take part, whoever sends them
    envoys = (
        [k for k in ix.keys(ix.widen(ix.objects(verb))) if ix.core(k) == "Person"]
        if verb_lemma in lex["envoy_verbs"]
        else []
    )
    return participants, asking, partners, companions, envoys


def _agreed_to_act_with(ix: DocumentIndex, verb: Token, partners: list[str]) -> bool:
    """ "The Institute agreed with the Botanical Garden to survey medicinal species": two
    bodies agreeing on a joint task (an infinitive after "with" a partner) make a deal, as
    one signed, at the event in scope; not "agreed with the view that ..." (no partner
    named, no task)."""
    if lemma(verb) not in ix.lex["accord_verbs"] or not partners:
        return False
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in children(verb))


def _both_events(ix: DocumentIndex, verb: Token) -> list[str]:
    """The events "both" (or "all") stands for when the clause names none (editions, not
    their series): "Vice Premier X opened both events" after a sentence naming the expo
    and the summit held beside it, the last two named before the verb; "The Expo and the
    Summit opened, with Li attending both", the sentence's."""
    objects = ix.objects(verb)
    series = set(ix.resolved.editions.values())
    if any(
        lemma(o) in ix.lex["implicit_event_nouns"]
        and o.tag_ == "NNS"
        and any(c.lower_ == "both" and c.dep_ in ("det", "predet") for c in o.children)
        for o in objects
    ):
        named: list[str] = []
        for span, key in ix.mention_spans:
            if span.start >= verb.i:
                break
            if ix.core(key) == "Event" and key not in series:
                named = [k for k in named if k != key] + [key]
        if len(named) >= 2:
            return named[-2:]
    if any(o.lower_ in ("both", "all") for o in objects):
        sentence = ix.mentions_in(ix.sentence(verb))
        events = [k for _, k in sentence if ix.core(k) == "Event" and k not in series]
        return list(dict.fromkeys(events))
    return []


def _relative_object_event(ix: DocumentIndex, verb: Token, obj: Token) -> str | None:
    """ "the sixth East Asia Summit on Saturday, which Obama and Lavrov will also join":
    the event a relative pronoun object stands for, past the date the parser hung the
    clause on."""
    if obj.lower_ not in ("which", "that") or verb.dep_ != "relcl":
        return None
    noun = ix.head(verb)
    while (
        ix.event(noun) is None
        and noun.dep_ == "pobj"
        and noun.ent_type_ in ("DATE", "TIME")
        and ix.head(noun).lower_ in ("on", "in", "at")
    ):
        prep = ix.head(noun)
        # the event named right before the date, wherever the parser hung the date
        before = ix.event(ix.tokens[prep.i - 1]) if prep.i > 0 else None
        if before is not None:
            return before
        noun = ix.head(prep)
    return ix.event(noun)


#: "on the sidelines of E" and its kin, as :meth:`DocumentIndex.prepositions` gives them.
_SIDELINE_PHRASES = {
    f"{prep} the {noun} of"
    for prep in ("on", "at")
    for noun in ("sidelines", "sideline", "margins", "margin", "fringes", "fringe")
}


def _attended_by(ix: DocumentIndex, verb: Token) -> list[str]:
    """The guests a passive of attending names after "by" ("was attended by A, B, C and
    D"), read from the parse and from the surface: long lists of titled names break the
    tree, and the list read from the surface knows the offices in the titles ("Vice
    Premier of the State Council Han Zheng"), which are no guests."""
    listed: list[str] = []
    offices: set[str] = set()
    for c in children(verb):
        if c.dep_ == "agent":
            items, titles = ix.list_and_offices(c.i + 1, ("Organisation", "Person"))
            listed += items
            offices |= titles
    return [
        *(
            k
            for p, t in ix.prepositions(verb)
            if p == "by"
            for k in ix.phrase_keys(t)
            if k not in offices
        ),
        *listed,
    ]


def _stages_a_session(ix: DocumentIndex, verb: Token) -> bool:
    """Does ``verb`` hold a session staged for others ("a business matching session", "a
    promotion night"), not talks its holders hold among themselves ("held talks with Y")?"""
    return not any(lemma(o) in ix.lex["talks_nouns"] for o in ix.objects(verb))


def _on_the_sidelines(ix: DocumentIndex, verb: Token) -> list[str]:
    """The events a clause is set on the sidelines of ("signed on the sidelines of E",
    "met on the margins of the summit"), whatever its verb."""
    found = [e for p, t in ix.prepositions(verb) if p in _SIDELINE_PHRASES and (e := ix.event(t))]
    # "held a tasting event on the sidelines of the expo": the phrase the parser hung on
    # the clause's object, a common noun
    for obj in ix.objects(verb):
        if obj.pos_ != "NOUN" or obj.i in ix.token_key:
            continue
        for prep, side in ix.prepositions_of_noun(obj):
            if f"{prep} the {side.lower_} of" not in _SIDELINE_PHRASES:
                continue
            found += [
                e for p, t in ix.prepositions_of_noun(side) if p == "of" and (e := ix.event(t))
            ]
    return list(dict.fromkeys(found))


def _represented(ix: DocumentIndex, found: Findings, verb: Token, subjects: list[Token]) -> None:
    """ "The Philippine News Agency was represented by its assistant general manager, X":
    the body represented takes part through the one who represents it, at the event the
    clause names or else the one in scope, and so does its envoy; a person represented by
    another is absent ("President X was represented by Foreign Secretary Y"), and a
    country's exhibitors are its firms ("Canada is represented by 260 exhibitors")."""
    represented = [k for k in ix.keys(subjects) if ix.core(k) == "Organisation"]
    agents = [
        k for p, t in ix.prepositions(verb) if p == "by" for k in ix.phrase_keys(t)
    ] + _agents(ix, verb)
    people = [k for k in dict.fromkeys(agents) if ix.core(k) == "Person"]
    if not represented and not people:
        return
    events = ix.events_at(verb, participation=True)
    for event in events:
        for who in [*represented, *people]:
            found.add(who, "participatedIn", event, "represent-by", verb)
    if events or _at_another_time(verb, ix.published.year if ix.published else None):
        return
    found.unplaced.extend((who, verb) for who in people)
    # the body is there by its own reading, not only named in its envoy's office
    scope = ix.event_in_scope(verb)
    if scope is not None and ix.named_so_far(scope, verb):
        for body in represented:
            found.add(body, "participatedIn", scope, "represented-current-edition", verb)


def _negated(verb: Token, declining: frozenset[str], nobody: frozenset[str] = frozenset()) -> bool:
    """Is the clause denied ("did not attend", "will no longer attend", "never visited",
    "decided not to attend", "declined to attend", "sent no one to the fair": see
    ``_object_denied``), or an idiom of "take" that is no taking part ("taking into
    consideration")? Absences are news too; the one absent takes no part (but "not only
    attended ... but also": both)."""
    if lemma(verb) == "take" and any(c.lower_ == "into" for c in children(verb)):
        return True
    if _object_denied(verb, nobody):
        return True
    heads = [verb]
    if verb.dep_ == "xcomp":
        heads.append(verb.head)  # "did not plan to attend", "refused to attend"
    for head in heads:
        if head is not verb and lemma(head) in declining:
            return True
        for child in children(head):  # read once per doc: asked of every verb
            nots = [child, *(c for c in children(child) if c.dep_ == "neg")]
            if any(
                t.dep_ == "neg" and t.nbor().lower_ != "only" for t in nots if t.i + 1 < len(t.doc)
            ):
                return True
    return False


def _object_denied(verb: Token, nobody: frozenset[str]) -> bool:
    """Is the verb's object denied, by "no" ("sent no one to the fair", "brought no
    products") or as one of the pronouns ``nobody`` ("sent nobody")? Whoever sends no one
    places no one at the event."""
    for obj in children(verb):
        if obj.dep_ != "dobj":
            continue
        if obj.lower_ in nobody or any(d.dep_ == "det" and d.lower_ == "no" for d in obj.children):
            return True
    return False


def _in_an_organisers_role(ix: DocumentIndex, verb: Token) -> bool:
    """ "X has joined the provincial government as a host of the fair", "joined as
    co-organiser": one who comes in as a host, organiser or sponsor takes the organiser's
    role (the organisedBy rules read it), not a guest's."""
    return lemma(verb) in ix.lex["company_verbs"] and ix.as_organiser(verb)


def _conditional(verb: Token, advising: frozenset[str]) -> bool:
    """Is the clause a condition ("If Hua Hin can deliver the plan, ...", "unless the
    minister attends", "whether X will take part") or advice ("The ministry should send a
    delegation", "Myanmar ought to attend": a modal of ``advising``)? Neither states a
    fact: whoever it names is not said to be there (not "even if", which grants the
    clause)."""
    heads = [verb]
    if verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        heads.append(verb.head)
    for head in heads:
        for child in children(head):
            if child.dep_ == "aux" and child.lower_ in advising:
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                if child.i > 0 and child.doc[child.i - 1].lower_ == "even":
                    continue
                return True
    return False


def _source_of_figures(verb: Token) -> bool:
    """Does the clause say where a report's figures come from, "according to figures the
    Secretariat released", "according to data published by X"? Its subject is a source,
    not someone at the event the report is about."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.dep_ != "pobj":
        return False
    to = noun.head
    return to.lower_ == "to" and to.head.lower_ == "according"


def _press(ix: DocumentIndex, key: str, verb: Token) -> bool:
    """Is the person named, in the verb's sentence, with a title of the press just before
    the name ("reporter X", "correspondent X")? Or is it the agency the dateline credits,
    "KUALA LUMPUR, March 24 (Bernama) -- Bernama spoke to X": the press that asks?"""
    if ix.core(key) == "Organisation" and key in ix.credited_agencies():
        return True
    for span, k in ix.mentions_in(ix.sentence(verb)):
        if k == key and any(
            t.lower_ in ix.lex["interview_words"] and t.pos_ == "NOUN"
            for t in ix.tokens[max(span.start - 2, 0) : span.start]
        ):
            return True
    return False


def _body_asking(ix: DocumentIndex, key: str, verb: Token) -> bool:
    """Does a body, or a person a body's possessive owns, "speak to"/"talk with" a person
    ("VnExpress spoke to X about ...", "Khmer Times' Y spoke to X, director of ...")? A
    body speaks to a named person only as the press asking, by itself or by its reporter;
    it takes no part by it."""
    if not any(
        p in ("to", "with") and ix.core(ix.entity(t)) == "Person" for p, t in ix.prepositions(verb)
    ):
        return False
    if ix.core(key) == "Organisation":
        return True
    return ix.core(key) == "Person" and any(
        k == key
        and any(
            c.dep_ == "poss" and ix.core(ix.entity(c)) == "Organisation"
            for c in ix.head_mention_token(span).children
        )
        for span, k in ix.mentions_in(ix.sentence(verb))
    )


def _at_another_time(verb: Token, published: int | None = None) -> bool:
    """Is the clause set at another time than now ("Last year, X took part", "two years
    ago", "at the previous edition", "will hold training sessions next year", a deadline
    "by 2015")? A clause joined to another with no time of its own is set at that one's
    ("Last year, X took part, and its chief signed a deal": the deal was last year's)."""
    clause = verb
    while True:
        timed = [c for c in children(clause) if c.dep_ in ("npadvmod", "advmod", "prep", "advcl")]
        if _another_time_among(timed, published):
            return True
        if clause.dep_ != "conj" or any(c.dep_ == "npadvmod" for c in timed):
            return False  # "... and this year it returned": a time of its own
        clause = clause.head


def _another_time_among(timed: list[Token], published: int | None) -> bool:
    """Does one of a clause's modifiers set it at another time than now?"""
    for child in timed:
        words = {t.lower_ for t in _own_phrase(child)}
        if (words & {"last", "next"} and "year" in words) or words & {"ago", "previous"}:
            return True
        # "racing to launch the community by the end of 2015": a deadline, a plan
        if child.lower_ == "by" and any(_a_year(t) for t in child.subtree):
            return True
        # "would take its first students in 2016", in a report of 2015: another year
        if (
            published is not None
            and child.lower_ == "in"
            and any(_a_year(t) and int(t.text) != published for t in children(child))
        ):
            return True
    return False


def _reported_done_before(ix: DocumentIndex, verb: Token) -> bool:
    """Is the clause one a speaker reports as done before, in the past perfect ("He noted
    that A and B had signed a news exchange agreement")? Not a scene at the event in scope."""
    clause = verb.head if verb.dep_ == "conj" else verb
    return (
        clause.dep_ == "ccomp"
        and lemma(clause.head) in ix.lex["quote_verbs"]
        and any(c.lower_ == "had" and c.dep_ == "aux" for c in ix.children(verb))
    )


def _a_year(token: Token) -> bool:
    """Is the token a year written in digits ("2015")?"""
    return token.shape_ == "dddd" and 1900 <= int(token.text) <= 2100


def _own_phrase(token: Token) -> list[Token]:
    """``token``'s subtree without the clauses hanging inside it: in "at a joint ceremony
    with the second forum, an event launched last year", the launch's time is not the
    ceremony's."""
    kept, stack = [], [token]
    while stack:
        current = stack.pop()
        kept.append(current)
        stack += [
            c for c in children(current) if not (c.dep_ in ("acl", "relcl") and c.pos_ == "VERB")
        ]
    return kept


def _named_in_clause(ix: DocumentIndex, event: str, verb: Token) -> bool:
    """Is ``event`` named by its proper name (not "the expo") in ``verb``'s clause?"""
    return any(ix.token_key.get(t.i) == event and not t.is_lower for t in verb.subtree)


#: Nouns of a delegation that as often name a firm or a side ("the group", "the team").
_FIRM_LIKE = {"group", "team"}


def _delegation_led(ix: DocumentIndex, verb: Token) -> Token | None:
    """The delegation a participle "led by"/"headed by" describes: "a delegation led by
    X", "a group of 35 Pakistani firms, led by X", or "a delegation of 200 firms led by
    X" (the parser hangs it on the firms). A common noun only: not "CP Group"."""
    if lemma(verb) not in ("lead", "head"):
        return None
    nouns = ix.lex["delegation_nouns"]

    def delegation(noun: Token) -> bool:
        return noun.pos_ == "NOUN" and noun.i not in ix.token_key and lemma(noun) in nouns

    # "The Bruneian delegation was headed by X": the passive's subject (not "the group"
    # or "the team", which is as often a firm's or a side's: "The group is led by its
    # founder")
    subject = next((c for c in children(verb) if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return subject if delegation(subject) and lemma(subject) not in _FIRM_LIKE else None
    if verb.dep_ not in ("acl", "advcl"):
        return None

    if verb.dep_ == "advcl":
        # "Myanmar sent its largest delegation yet, led by X": hung on the verb
        return next((o for o in ix.objects(verb.head) if delegation(o)), None)
    noun = verb.head
    if delegation(noun):
        return noun
    of = noun.head if noun.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and delegation(of.head):
        return of.head
    return None


def _unnamed_session(ix: DocumentIndex, verb: Token) -> bool:
    """Is a passive verb's subject an unnamed part of the event in scope ("The session
    was moderated by X", "the panel was chaired by Y"), not another occasion ("the
    2003 meeting")?"""
    lex = ix.lex
    parts = lex["meeting_nouns"] | lex["occasion_nouns"] | lex["scene_nouns"]
    return any(
        c.dep_ == "nsubjpass"
        and c.i not in ix.token_key
        and lemma(c) in parts
        and any(d.lower_ in ("the", "this") for d in c.lefts)
        and not ix.names_another_occasion(c)
        for c in children(verb)
    )


_WHERE_VERB_LISTS = ("participation_verbs", "presence_verbs", "dobj_participation_verbs")


def _event_where(ix: DocumentIndex, verb: Token) -> list[str]:
    """ "... at the 2025 Boao Forum, where X joined a panel": a clause of taking part that
    "where" hangs on an event happens at that event (not at the one in scope)."""
    lex = ix.lex
    verb_lemma = lemma(verb)  # each list asked: their union was made again for every verb
    if not any(verb_lemma in lex[n] for n in _WHERE_VERB_LISTS):
        return []
    event = _where_event(ix, verb)
    return [event] if event else []


def _where_event(ix: DocumentIndex, verb: Token) -> str | None:
    """The event a "where" clause is set at: the event it hangs on, or the one whose place
    it hangs on ("the 31st ASEAN Summit at the PICC in Pasay City, where ...", "the 21st
    CAEXPO, set for Sept. 24 to 28 in Nanning, where CITEM will organize the pavilion")."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in children(verb)):
        return None
    event = ix.event(verb.head)
    noun = verb.head
    # "the 31st ASEAN Summit at the PICC in Pasay City, where X was in attendance": the
    # clause hangs on the last place; the event is the one that place is the venue of
    while event is None and _is_venue(ix, noun) and noun.dep_ == "pobj":
        prep = noun.head
        if prep.lower_ not in ("at", "in") or prep.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = prep.head
        event = ix.event(noun)
    if event is None and ix.core(ix.entity(verb.head)) == "Place":
        # the parser hung the place on a participle ("set for ... in Nanning"): the
        # edition or one-off event named last before the place in the sentence
        series = set(ix.resolved.editions.values())
        sentence = ix.sentence(verb)
        named = [
            k
            for s, k in ix.mentions_in(sentence)
            if s.end <= verb.head.i and ix.core(k) == "Event" and k not in series
        ]
        event = named[-1] if named else None
    return event


def _joint_occasion(ix: DocumentIndex, verb: Token) -> list[str]:
    """ "declared the fair open at a joint opening ceremony with the second Pearl River
    Forum": a joint occasion "with" another event is that event's occasion too; so is an
    occasion "of E1 and E2" ("gave the keynote at the joint opening of the 10th Expo and
    the 10th Summit"), read from the surface, as the parser hangs E2 on the verb."""
    found = []
    for prep, target in ix.prepositions(verb):
        if prep not in ("at", "during") or lemma(target) not in ix.lex["occasion_nouns"]:
            continue
        for p, first in ix.prepositions_of_noun(target):
            if p == "of" and ix.event(first):
                found += ix.listed_after(first.left_edge.i, ("Event",))[1:]
        if not any(c.lower_ == "joint" for c in target.children):
            continue
        for p, other in ix.prepositions_of_noun(target):
            if p == "with":
                found += [k for k in (ix.event(t) for t in ix.group(other)) if k]
    return found


def _is_venue(ix: DocumentIndex, noun: Token) -> bool:
    """Is ``noun`` a place or a venue ("City", "Center", "the hall"), where an event is?"""
    return ix.core(ix.entity(noun)) == "Place" or lemma(noun) in ix.lex["venue_heads"]


def _occasion_of_each(ix: DocumentIndex, noun: Token) -> list[str]:
    """ "addressed the opening of the 13th CAEXPO and CABIS": an occasion of two events
    joined by "and" is an occasion of each (the parser hangs the second on the first)."""
    if lemma(noun) not in ix.lex["occasion_nouns"] or ix.event(noun) is None:
        return []
    # read from the surface: the parser often makes the second event an apposition
    marks = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return [k for m in marks for k in ix.listed_after(m.i + 1, ("Event",))]


def _elsewhere(
    ix: DocumentIndex, verb: Token, destinations: list[Token], near: set[str] | None = None
) -> bool:
    """Does the clause happen away from the event in scope? "led a trade delegation to
    Beijing" (a place it goes to, not one of ``near``, where the event is held: "will
    lead his country's delegation to Nanning" in a preview of the expo there); "spoke to us", "said
    in an interview" (to the press); "attended the 2003 meeting" (another occasion)."""
    places = [k for k in (ix.entity(t) for t in destinations) if ix.core(k) == "Place"]
    if places and not set(places) <= (near or set()):
        return True
    if lemma(verb) in ix.lex["dobj_participation_verbs"] and any(
        ix.core(ix.entity(o)) == "Place" for o in ix.objects(verb)
    ):
        return True  # "a delegation visited Manila", "toured Jakarta": a place, not the event
    occasions = ix.lex["meeting_nouns"] | ix.lex["occasion_nouns"] | ix.lex["implicit_event_nouns"]
    if any(lemma(o) in occasions and ix.names_another_occasion(o) for o in ix.objects(verb)):
        return True  # "attended the 2003 meeting", "visited the previous fair"
    if any(
        p in ("for", "at", "to")
        and lemma(t) in occasions
        and t.i not in ix.token_key
        and ix.names_another_occasion(t)
        for p, t in ix.prepositions(verb)
    ):
        return True  # "joining Gulf and Southeast Asian leaders for the second meeting"
    # "delivered the keynote at the conference" in a report on a fair: an event of
    # another kind, not the one in scope
    if any(
        p in ("at", "during") and lemma(t) in ix.lex["implicit_event_nouns"] and ix.event(t) is None
        for p, t in ix.prepositions(verb)
    ):
        return True
    if any(
        p in ("to", "with", "in") and t.lower_ in ix.lex["interview_words"]
        for p, t in ix.prepositions(verb)
    ):
        return True
    return _from_afar(ix, verb, near or set())


def _from_afar(ix: DocumentIndex, verb: Token, near: set[str]) -> bool:
    """Does the clause speak from away: "speaking by phone", "said by e-mail", "speaking
    from Singapore" (a place the event in scope is not held in, ``near``)? A voice from
    away is no guest on the scene. Not a verb of coming ("flew in from Jakarta": there
    now), nor one with an object, where "from" tells where the thing comes from ("brought
    coffee from Dalat")."""
    phrases = list(ix.prepositions(verb))
    if any(p == "by" and t.lower_ in ix.lex["off_scene_words"] for p, t in phrases):
        return True
    verb_lemma = lemma(verb)
    if (
        verb_lemma in ix.lex["arrival_verbs"]
        or verb_lemma in ix.lex["gathering_verbs"]
        or ix.objects(verb)
    ):
        return False
    return any(
        p == "from" and ix.core(k := ix.entity(t)) == "Place" and k not in near for p, t in phrases
    )


def _arrived_where_held(ix: DocumentIndex, verb: Token, found: Findings) -> bool:
    """Did the subject arrive where the event in scope is held: "arrived here" (the
    dateline's place), "arrived in the city", "arrived in Nanning" (a place the event is
    held in)? An arrival somewhere else is asked about before (``_elsewhere``)."""
    if lemma(verb) not in ix.lex["arrival_verbs"]:
        return False
    if any(c.lower_ == "here" and c.dep_ == "advmod" for c in ix.children(verb)):
        return True
    near = _event_places(ix, found, verb, True)
    for prep, target in ix.prepositions(verb):
        if prep != "in":
            continue
        if ix.entity(target) in near:
            return True
        if (
            lemma(target) in ("city", "capital")
            and any(c.lower_ == "the" for c in ix.children(target))
            and not any(c.dep_ == "prep" for c in ix.children(target))
        ):
            return True  # "the city": the one the story is set in
    return False


def _returning_again(ix: DocumentIndex, verb: Token) -> bool:
    """ "X was returning for the fifth time", "X, returning for a third year, said": coming
    back for a counted time (an ordinal before a noun of repetition), with no destination
    named, is coming back to the event in scope. Not "returned to Kuala Lumpur", "returned
    home", "returned for talks"."""
    if lemma(verb) not in ix.lex["returning_verbs"]:
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "home" for c in ix.children(verb)):
        return False
    phrases = list(ix.prepositions(verb))
    if any(p == "to" for p, _ in phrases):
        return False
    return any(
        p == "for"
        and lemma(target) in ix.lex["repeat_nouns"]
        and any(c.ent_type_ == "ORDINAL" or c.lower_ == "consecutive" for c in target.lefts)
        for p, target in phrases
    )


def _markets(ix: DocumentIndex, verb: Token) -> bool:
    """Is the clause about where the subject trades, not where it is: "sells them in
    Vietnam, North America and Europe", "markets its coffee in Japan", "sells mainly to
    Europe"? A list of places after "in", or selling in or to a place, is a market (a
    stand is in one hall of one city; "sold cashews to visitors" stays at the stand)."""
    for prep, target in ix.prepositions(verb):
        selling = lemma(verb) in ("sell", "market", "export")
        if prep == "to" and selling and target.pos_ == "PROPN" and not ix.event(target):
            return True
        if prep != "in":
            continue
        places = {k for k in ix.keys(ix.group(target)) if ix.core(k) == "Place"}
        if len(places) > 1 or (places and lemma(verb) in ("sell", "market")):
            return True
    return False


def _in_another_place(ix: DocumentIndex, found: Findings, verb: Token) -> bool:
    """Is the clause set "in" or "at" a place the event in scope is not held in? "who met
    a visiting Guangxi delegation in Manila in August", in an article on an expo in
    Nanning: a meeting there, not at the expo; "exhibits only at the Seafood Expo Global"
    (a name the parse took for a place): elsewhere. Only a place the event is known to
    be away from: not its city, nor a place within it or containing it, nor a venue."""
    near = _event_places(ix, found, verb)
    if not near:
        return False
    # the parser may hang "in Manila" on the object ("met a delegation in Manila")
    phrases = [*ix.prepositions(verb)]
    phrases += [pt for o in ix.objects(verb) for pt in ix.prepositions_of_noun(o)]
    for prep, target in phrases:
        key = ix.entity(target)
        if prep not in ("in", "at") or ix.core(key) != "Place" or key in near:
            continue
        label = ix.resolved.entities[key].label
        if label.split()[-1].lower() in ix.lex["venue_heads"]:
            continue
        return True
    return False


def _event_places(
    ix: DocumentIndex, found: Findings, verb: Token, dateline_too: bool = False
) -> set[str]:
    """Where the event in scope is held (for the article's own event, its dateline, if
    nowhere else or ``dateline_too``), with the places within those and containing them."""
    event = ix.event_in_scope(verb)
    held = set(found.objects(event, "heldIn")) if event is not None else set()
    dateline = ix.dateline_place()  # where the event is placed last, if nowhere else
    if (not held or dateline_too) and dateline is not None and event == ix.main_event():
        held.add(dateline)
    near = set(held)
    for place in held:
        near |= found.objects(place, "locatedIn") | found.subjects(place, "locatedIn")
    return near


def _at_the_scene(ix: DocumentIndex, verb: Token) -> bool:
    """Is the clause's subject somewhere at the event in scope, though no event is named?
    "runs a booth", "was in the hall", "on the stage", "was also present", "told the
    hall", "Closing the session, X said", "In his keynote, X recalled"."""
    lex, verb_lemma = ix.lex, lemma(verb)
    # "led the delegation to the opening ceremony, where Premier Li gave the keynote": a
    # clause set by "where" at an unnamed occasion of the event in scope
    occasion = verb.head
    if (
        verb.dep_ == "relcl"
        and any(c.lower_ == "where" for c in children(verb))
        and lemma(occasion) in lex["occasion_nouns"]
        and occasion.i not in ix.token_key
        and any(c.lower_ in ("the", "this") for c in occasion.lefts)
        and not ix.names_another_occasion(occasion)
    ):
        return True
    for obj in ix.objects(verb):
        noun = lemma(obj)
        # "set up shop in the country pavilion": the parser hangs the stand on the object
        if any(
            p in ("at", "in") and lemma(t) in lex["stand_nouns"]
            for p, t in ix.prepositions_of_noun(obj)
        ):
            return True
        # "brought a group of 200 business people", "sent purchasing teams", "sent
        # delegates", "have confirmed delegations"
        if (
            noun in lex["delegation_nouns"] or noun in lex["sent_people_nouns"]
        ) and verb_lemma in lex["delegation_verbs"]:
            return True
        # a stand, not "called it a stand for multilateralism", "repeated its stand on the
        # dispute" (a position)
        # (not "the organisers counted 4,600 booths": who tallies the stands keeps none)
        if (
            noun in lex["stand_nouns"]
            and not _a_position(obj)
            and verb_lemma not in lex["tallying_verbs"]
        ):
            return True
        # "gave the opening address", "made a short speech": a speech given there (not
        # "gave an interview", a talk to the press)
        # (not "recalled the 2003 ceremony, where X gave a speech": set where "where" says)
        if (
            noun in lex["speech_nouns"]
            and verb_lemma in lex["delivering_verbs"]
            and not any(c.lower_ == "where" for c in children(verb))
        ):
            return True
        if (
            noun in lex["audience_nouns"]
            and verb_lemma in lex["addressing_verbs"]
            # not "told the same gathering" (a meeting named before, perhaps elsewhere)
            and not any(c.lower_ in ("same", "that", "those") for c in children(obj))
        ):
            return True
        if (
            verb_lemma in lex["dobj_participation_verbs"]
            and (noun in lex["meeting_nouns"] or noun in lex["occasion_nouns"])
            and not ix.names_another_occasion(obj)  # "attended the 2003 meeting"
            # "told a press briefing", "attended a news conference": a talk to the press,
            # wherever it was held, is no scene of the event
            and not any(
                c.dep_ in ("compound", "amod") and c.lower_ in lex["interview_words"] | {"news"}
                for c in children(obj)
            )
        ):
            return True
        # "joined a panel on cross-border reporting", "took the stage": a place in the room
        # (not "joined the platform", an online one)
        if (
            verb_lemma in lex["dobj_participation_verbs"]
            and noun in lex["scene_nouns"]
            and noun != "platform"
            and obj.i not in ix.token_key
        ):
            return True
    if any(c.dep_ == "acomp" and c.lower_ in lex["presence_adjectives"] for c in children(verb)):
        return True
    # "X declared the week open" (of a Week in scope), "declared the fair closed"
    if verb_lemma in lex["declaring_verbs"] and any(
        c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.lower_ in lex["declared_states"]
        for c in children(verb)
    ):
        scope = ix.event_in_scope(verb)
        label = ix.resolved.entities[scope].label.lower().split() if scope else []
        nouns = lex["implicit_event_nouns"] | lex["occasion_nouns"] | set(label[-1:])
        opened = [
            t
            for c in children(verb)
            if c.dep_ not in ("nsubj", "nsubjpass")
            for t in c.subtree
            if t.is_alpha
        ]
        if scope and any(
            (ix.event(t) == scope or lemma(t) in nouns) and not ix.names_another_occasion(t)
            for t in opened
        ):
            return True
    # "put its hybrids at the front of its stand", "drew a crowd with a prototype on its
    # stand": one's own stand anywhere in the clause (not "its stand on the dispute")
    if _own_stand_in_phrase(ix, verb):
        return True
    # "A and B set up near the entrance", "Li and Anwar looked on": being there
    particles = [c.lower_ for c in children(verb) if c.dep_ == "prt"]
    # "sat in as an observer, a reminder that ...": a noun after a comma is no object
    objects = [o for o in ix.objects(verb) if ix.tokens[o.left_edge.i - 1].text != ","]
    if not objects and any(f"{verb_lemma} {p}" in lex["presence_phrasal_verbs"] for p in particles):
        return True
    for prep, target in ix.prepositions(verb):
        if target.lower_ == "one":
            # "is on one of the finance panels": the noun after "one of"
            target = next((t for p, t in ix.prepositions_of_noun(target) if p == "of"), target)
        noun = lemma(target)
        if prep in ("at", "in") and noun in lex["stand_nouns"]:
            return True
        # "returned with a larger stand", "came back with two booths": one comes with a
        # stand of one's own to the fair in scope (not "a stand on the dispute")
        if prep == "with" and noun in lex["stand_with_nouns"] and not _a_position(target):
            return True
        if prep == "among" and any(  # "was among those on stage"
            p in ("at", "in", "on") and lemma(t) in lex["scene_nouns"]
            for p, t in ix.prepositions_of_noun(target)
        ):
            return True
        if prep in ("at", "in", "on", "around") and noun in lex["scene_nouns"]:
            return True
        own_speech = any(c.dep_ == "poss" for c in target.children)
        if prep in ("in", "during") and noun in lex["speech_nouns"] and own_speech:
            return True
        # "opened the conference programme with a keynote": giving a speech there
        if prep == "with" and noun in lex["speech_nouns"] and verb_lemma in lex["opening_verbs"]:
            return True
    return False


def _own_stand_in_phrase(ix: DocumentIndex, verb: Token) -> bool:
    """``any(_own_stand(ix, t) for t in _own_phrase(verb))``, without the walk down the
    clause (asked of every clause): the doc's own stands are found once, and each is in
    the clause's own phrase when the way up from it reaches the verb before a clause
    hanging inside (an "acl"/"relcl" verb, which :func:`_own_phrase` leaves out)."""
    stands = ix.rule_memo.get("own_stands")
    if stands is None:
        stands = ix.rule_memo["own_stands"] = [
            t for t in ix.with_lemma(ix.lex["stand_nouns"]) if _own_stand(ix, t)
        ]
    for stand in stands:
        token = stand
        while token.i != verb.i:
            if token.dep_ in ("acl", "relcl") and token.pos_ == "VERB":
                break
            head = ix.head(token)
            if head.i == token.i:
                break
            token = head
        else:
            return True
    return False


def _own_stand(ix: DocumentIndex, noun: Token) -> bool:
    """Is ``noun`` a stand the clause's subject keeps ("its stand", "their booths"), not a
    position held ("its stand on the dispute", "their stand against tariffs")?"""
    if noun.pos_ != "NOUN" or lemma(noun) not in ix.lex["stand_nouns"]:
        return False
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return False
    return not _a_position(noun)


def _a_position(noun: Token) -> bool:
    """Is the stand a position held ("a stand for multilateralism", "its stand on the
    dispute", "a stand against tariffs"; "its booth on the ground floor" is a place)?"""
    taken = ("on", "over", "against", "towards", "toward") if lemma(noun) == "stand" else ()
    return any(c.dep_ == "prep" and c.lower_ in ("for", *taken) for c in noun.children)


def _this_edition(ix: DocumentIndex, event: str, verb: Token) -> str:
    """ "has set up his stand at the China-ASEAN Expo" in an article about its 18th
    edition: taking part in the series, said of no other time, is taking part in the
    edition in scope, or else the last edition of that series named before ("The 10th
    CABIS opened. In his keynote at the summit, Li ..."). A year or "since" in the
    clause's sentence keeps the series."""
    edition = ix.event_in_scope(verb)
    if edition is None or ix.resolved.editions.get(edition) != event:
        edition = ix.last_edition_of(event, verb)
    if edition is None:
        return event
    sentence = ix.sentence(verb)
    mentions = ix.mentions_in(sentence)
    # the series named with this year, as its editions are printed ("the opening ceremony
    # of MIHAS 2024" in a report on the 20th MIHAS): the year names the edition in scope
    year_now = f"Year/{ix.published.year}" if ix.published else None
    this_year = {
        s.start
        for s, k in mentions
        if k == year_now and any(key == event and span.end == s.start for span, key in mentions)
    }
    # a year of the taking part, not a target ("trade of US$1 trillion by 2020")
    if any(
        ix.core(k) == "Year"
        and (s.start == 0 or ix.tokens[s.start - 1].lower_ != "by")
        and s.start not in this_year
        for s, k in mentions
    ):
        return event
    if any(t.lower_ in ("since", "every", "each", "annually") for t in sentence):
        return event
    return edition


def _partners(ix: DocumentIndex, verb: Token) -> list[str]:
    """Those a verb's subject acts with: "signed a deal with Y", "co-chaired the meeting
    with Y", "held talks with Y" (the parser hangs "with Y" on the verb or on its object)."""
    targets = [t for p, t in ix.prepositions(verb) if p == "with"]
    # "toured the pavilion with Minister of Industry and Commerce X": a titled name breaks
    # the tree (the title is the phrase's noun); read it from the surface
    listed = [
        k
        for c in children(verb)
        if c.dep_ == "prep" and c.lower_ == "with"
        for k in ix.listed_after(c.i + 1, ("Organisation", "Person"))
    ]
    for obj in ix.objects(verb):
        # "a meeting of trade ministers with Y": anywhere in the object's noun phrase
        for prep in obj.subtree:
            if prep.dep_ == "prep" and prep.lower_ == "with" and _in_phrase(prep, obj):
                targets += [t for c in prep.children if c.dep_ == "pobj" for t in ix.group(c)]
    # "signed a deal to sell coconut water to Y", "to supply Y with beans": the one the
    # deal's infinitive delivers to (on the object or, as parsed, on the verb)
    for clause in [*ix.objects(verb), verb]:
        for inner in clause.children:
            if inner.dep_ not in ("acl", "advcl", "xcomp") or inner.tag_ != "VB":
                continue
            if lemma(inner) not in ix.lex["deal_recipient_verbs"]:
                continue
            targets += [t for p, t in ix.prepositions(inner) if p == "to"]
            # "to supply Y with beans": the object, when what is delivered comes after "with"
            if any(p == "with" for p, _ in ix.prepositions(inner)):
                targets += ix.objects(inner)
    keys = [k for k in ix.keys(targets) if ix.core(k) in ("Organisation", "Person")]
    return keys + [k for k in listed if k not in keys]


def _sent_by(ix: DocumentIndex, subjects: list[Token]) -> list[str]:
    """Organisations whose people are the subject: "Executives from PetroVietnam and
    Vietjet toured the halls", "delegates of the ASEAN Secretariat attended", "Members of
    the Cambodia Rice Federation will exhibit at E", "A Philippine Ports Authority team
    attended"."""
    found = []
    roles, sending = ix.lex["participant_role_nouns"], ix.lex["sending_nouns"]
    parties = ix.lex["delegation_nouns"]
    for noun in subjects:
        # (the lists asked apart: their union was made again for every subject)
        if noun.i in ix.token_key:
            continue
        word = lemma(noun)
        if word not in roles and word not in sending and word not in parties:
            continue
        owner = _body_named_before(ix, noun)
        if owner is not None and owner not in found:
            found.append(owner)
        for prep, target in ix.prepositions_of_noun(noun):
            if prep not in ("from", "of"):
                continue
            if (
                target.i not in ix.token_key
                and lemma(target) in ix.lex["member_nouns"]
                and lemma(target) not in ix.lex["sending_nouns"]
            ):
                continue  # "exhibitors from the member states of ASEAN": its countries
            # "Representatives of A, B and C": every body of the list sent people
            keys = ix.keys(ix.widen(ix.group(target)))
            if prep == "from" and any(ix.core(k) == "Place" for k in keys):
                # "ministers from ASEAN and China", "officials from China and ASEAN":
                # where the people come from, a bloc beside a country; no body sent them
                continue
            if not keys and target.pos_ == "NOUN":
                # "Representatives of technology groups Tencent and Alibaba", "Executives
                # from several operators, including Lao Telecom": the bodies it lists
                keys = ix.list_members(target, ("Organisation",))
                keys = keys or ix.listed_after(target.i + 1, ("Organisation",))
            for key in keys:
                if ix.core(key) == "Organisation" and key not in found:
                    found.append(key)
    return found


def _body_named_before(ix: DocumentIndex, noun: Token) -> str | None:
    """The body named right before a noun of its people, owning them or naming them as
    "from" does: "A Philippine Ports Authority (PPA) team attended", "Smart Axiata's team
    joined the forum", "a Vinalines business delegation"; a country's ("a Thai
    delegation") is a place and a bloc's ("ASEAN leaders") its members', no body's."""
    i = noun.i - 1
    words = 0
    # "a Vinalines business delegation": up to two lower-case words of the noun's phrase
    while i >= 0 and words < 2 and ix.tokens[i].is_lower and ix.head(ix.tokens[i]) == noun:
        if ix.tokens[i].dep_ not in ("compound", "amod"):
            return None
        i, words = i - 1, words + 1
    if i >= 0 and ix.tokens[i].tag_ == "POS":
        i -= 1  # "Smart Axiata's team"
    elif i >= 0 and ix.tokens[i].text == ")":
        # "A Vietnam National Shipping Lines (Vinalines) delegation": the short form
        opening = next(
            (j for j in range(i - 1, max(i - 6, -1), -1) if ix.tokens[j].text == "("), None
        )
        if opening is None:
            return None
        i = opening - 1
    if i < 0 or i < noun.sent.start:
        return None
    key = ix.token_key.get(i)
    if ix.core(key) != "Organisation" or _has_member_countries(ix, key):
        return None
    return key


def _has_member_countries(ix: DocumentIndex, key: str) -> bool:
    """Is ``key`` a bloc of countries, as a nationality is a people's: "ASEAN leaders",
    "ASEAN exhibitors" are its members' people, sent by no body (world knowledge: the
    gazetteer's ``member_of``)."""
    label = ix.resolved.entities[key].label
    return any(entry.member_of == label for entry in ix.rules.gazetteer)


def _alongside(ix: DocumentIndex, verb: Token) -> list[str]:
    """Those who take part beside the subject: "attended the opening together with Li
    Qiang and other leaders", "spoke alongside Premier Li" (the parser may hang the phrase
    on the verb or on its object)."""
    targets: list[Token] = []
    listed: list[str] = []
    for head in [verb, *ix.objects(verb)]:
        for child in ix.children(head):  # the index's lists, made once per doc
            preps = [child] if child.dep_ == "prep" and child.lower_ == "alongside" else []
            if child.dep_ in ("advmod", "prep") and child.lower_ in ("together", "along"):
                preps = [c for c in ix.children(child) if c.dep_ == "prep" and c.lower_ == "with"]
            # "together" hung on "with" itself
            if (
                child.dep_ == "prep"
                and child.lower_ == "with"
                and any(c.lower_ in ("together", "along") for c in ix.children(child))
            ):
                preps = [child]
            for prep in preps:
                targets += [t for c in ix.children(prep) if c.dep_ == "pobj" for t in ix.group(c)]
                # long lists of titled names break the tree: read them from the surface
                listed += ix.listed_after(prep.i + 1, ("Organisation", "Person"))
    keys = ix.keys(ix.widen(targets))
    keys += [k for k in listed if k not in keys]
    # "along with senior officials of the ADB and the World Bank": the bodies they are from
    keys += [k for k in _sent_by(ix, targets) if k not in keys]
    return [k for k in keys if ix.core(k) in ("Organisation", "Person")]


def _they(ix: DocumentIndex, verb: Token) -> bool:
    """Is the passive clause's subject "they", opening its sentence ("They were joined by
    X")?"""
    return any(
        c.dep_ == "nsubjpass" and c.lower_ == "they" and c.i == ix.sentence(verb).start
        for c in ix.children(verb)
    )


def _companions(ix: DocumentIndex, verb: Token) -> list[str]:
    """The people and organisations a verb's subject joins: its objects, and the names
    listed right after it ("joined A, B and C at ...", where long titles break the tree)."""
    objects = ix.keys(ix.widen(ix.objects(verb)))
    listed = ix.listed_after(verb.i + 1, ("Organisation", "Person"))
    return [
        k for k in dict.fromkeys([*objects, *listed]) if ix.core(k) in ("Organisation", "Person")
    ]


def _in_phrase(token: Token, noun: Token) -> bool:
    """Is ``token`` inside ``noun``'s phrase proper, not in a clause hanging on it?"""
    while token != noun:
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token != noun:
            return False
    return True


def _placed_before(
    placed: dict[tuple[str, int], set[str]], people: list[str], start: int
) -> list[str]:
    """The events the last sentence before ``start`` that placed one of ``people`` at an
    event placed them at."""
    earlier = [(at, who) for who, at in placed if who in people and at < start]
    if not earlier:
        return []
    last = max(at for at, _ in earlier)
    return sorted({e for at, who in earlier if at == last for e in placed[(who, at)]})


@rule(
    "stand-owner",
    makes=("participatedIn",),
    triggers=("stand_nouns",),
    example="The 8th China-ASEAN Expo opened.\nVisitors crowded around Huawei's booth.",
    expect=("Huawei", "participatedIn", "8th China-ASEAN Expo"),
    counter="Visitors crowded around Huawei's booth.",
)
def stand_owners(ix: DocumentIndex, found: Findings) -> None:
    """ "Huawei's booth", "the Petronas stand", "the booths of ZTE and Lenovo", "the Thai
    pavilion featured A and B": whoever has a stand at the event in scope (or the event
    its phrase names) exhibits there."""
    for noun in ix.with_lemma(ix.lex["stand_nouns"]):
        if noun.pos_ != "NOUN" or lemma(noun) not in ix.lex["stand_nouns"]:
            continue
        # "the Huawei booth", but not "several ASEAN pavilions" (a kind of stand) nor "the
        # ASEAN pavilion" (a pavilion is named for the countries or region it shows)
        owners = [
            c
            for c in noun.children
            if c.dep_ == "poss"
            or (c.dep_ == "compound" and noun.tag_ == "NN" and lemma(noun) != "pavilion")
        ]
        owners += [t for p, t in ix.prepositions_of_noun(noun) if p == "of"]
        keys = [k for k in ix.keys(owners) if ix.core(k) == "Organisation"]
        if noun.dep_ == "nsubj" and lemma(ix.head(noun)) in ix.lex["list_verbs"]:
            # "The Thai pavilion at E featured A and B": the firms a stand holds
            listed = ix.listed_after(ix.head(noun).i + 1, ("Organisation",))
            keys += [k for k in listed if k not in keys]
        if not keys:
            continue
        event = ix.event_of_role(noun)
        # "the company's stand": a firm taken up by a common noun is an exhibitor, not the
        # body that organises the event (named last in "GSMA Director General X opened")
        anaphoric = all(o.pos_ == "NOUN" and o.i not in ix.token_key for o in owners)
        organisers = found.objects(event, "organisedBy") if event and anaphoric else set()
        for key in keys:
            if key not in organisers:
                found.add(key, "participatedIn", event, "stand-owner", noun)


@rule(
    "scene",
    makes=("participatedIn",),
    triggers=("occasion_verbs",),
    example="At the 15th China-ASEAN Expo, Huawei presented new phones.",
    expect=("Huawei", "participatedIn", "15th China-ASEAN Expo"),
    counter="After the 15th China-ASEAN Expo, Huawei presented new phones.",
)
def scenes(ix: DocumentIndex, found: Findings) -> None:
    """ "At the 15th CAEXPO, Huawei presented ..." sets the scene for what follows in the
    paragraph: whoever acts there takes part in the event."""
    for sentence in ix.sentences:
        scene = ix.scene(sentence[0])
        if scene is None:
            continue
        for verb in sentence:
            if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
                continue
            participants = ix.keys(ix.subjects(verb))
            comma = next((t for t in sentence if t.text == "," and t.i < verb.i), None)
            if verb.dep_ == "ROOT" and comma is not None:
                # "On the sidelines of E, A and B signed ...": the parser may take the
                # subjects into the opening phrase; they are the names after its comma.
                # (a country among them is read too, for the sides below)
                participants += ix.listed_after(comma.i + 1, ("Organisation", "Person", "Place"))
            participants = _without_sides(ix, participants, participants)
            for participant in dict.fromkeys(participants):
                if ix.core(participant) in ("Organisation", "Person"):
                    found.add(participant, "participatedIn", scene, f"scene-{lemma(verb)}", verb)


@rule(
    "role-list",
    makes=("participatedIn",),
    triggers=("participant_role_nouns", "list_verbs", "list_markers"),
    example=(
        "Guests at the opening of the 12th China-ASEAN Expo included Vice-Premier "
        "Zhang Gaoli and Deputy Prime Minister Tanasak Patimapragorn."
    ),
    expect=("Tanasak Patimapragorn", "participatedIn", "12th China-ASEAN Expo"),
    counter="Critics of the 12th China-ASEAN Expo included Zhang Gaoli.",
)
def role_lists(ix: DocumentIndex, found: Findings) -> None:
    """People and organisations listed under a participant's role (guests, exhibitors,
    delegates, firms) take part in that role's event."""
    for noun in ix.with_lemma(ix.lex["participant_role_nouns"]):
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if lemma(noun) not in ix.lex["participant_role_nouns"]:
            continue
        if lemma(noun) in ix.lex["kind_role_nouns"] and _doing_elsewhere(ix, noun):
            continue  # "Companies such as Alibaba have built warehouses in Malaysia"
        if lemma(noun) in ix.lex["debut_role_nouns"] and _new_to_another_thing(ix, noun):
            continue  # "newcomers to the Malaysian medical market"
        if _denied_a_place_among(ix, noun):
            continue  # "Lao Airlines was not among the exhibitors"
        members = ix.list_members(noun, ("Organisation", "Person"))
        # "Panellists from the ADB and from Grab agreed ...": a role held only at an event
        # ("exhibitors", "panellists") of a body's people, whatever they do there
        if (
            lemma(noun) in ix.lex["event_role_nouns"]
            and noun.i not in ix.token_key
            and not any(c.lower_ in _OTHER_TIMES for c in noun.lefts)
        ):
            members += [k for k in _sent_by(ix, [noun]) if k not in members]
        if not members:
            continue
        event = ix.event_of_role(noun)
        if event is not None and _named_as_a_stand(ix, event):
            # "one of 150 exhibitors in the Malaysia Pavilion": a stand at the event in
            # scope, whatever the NER made of its name
            event = ix.event_in_scope(noun)
        for key in members:
            found.add(key, "participatedIn", event, "role-list", noun)


@rule(
    "with-among-list",
    makes=("participatedIn",),
    triggers=("party_member_nouns", "delegation_nouns"),
    example=(
        "Tan Sri Ahmad led a delegation to the 12th China-ASEAN Expo, with Sime Darby and "
        "Petronas among its members."
    ),
    expect=("Petronas", "participatedIn", "12th China-ASEAN Expo"),
    counter=(
        "The council, with Sime Darby and Petronas among its members, praised the 12th "
        "China-ASEAN Expo."
    ),
)
def with_among_lists(ix: DocumentIndex, found: Findings) -> None:
    """ "X led a delegation to E, with A and B among its members": an absolute phrase that
    names who went in a party to an event. Read from the surface: the parser hangs "among"
    on the clause's verb or on the last name, and the names on "with"."""
    lex = ix.lex
    for among in ix.tokens:
        if among.lower_ != "among":
            continue
        noun, owned = _among_noun(ix, among)
        if noun is None:
            continue
        if lemma(noun) not in lex["party_member_nouns"] or not owned:
            # "with A and B among its supporters"; "among the guests" is left alone: its
            # event is read from the clause, which an anaphoric edition misleads (b32-01)
            continue
        party = _delegation_before(ix, among)
        if party is None:
            continue  # "an association with A and B among its members": no party to E
        opener = _with_before(ix, among)
        if opener is None:
            continue
        # the list ends at "among" (a preposition), so it holds only the phrase's names
        members = ix.listed_after(opener.i + 1, ("Organisation", "Person"))
        if not members:
            continue
        event = ix.event_of_role(party)
        for key in members:
            found.add(key, "participatedIn", event, "with-among-list", among)


def _among_noun(ix: DocumentIndex, among: Token) -> tuple[Token | None, bool]:
    """The noun right after "among" ("among its members", "among the Thai exhibitors"),
    and whether a possessive pronoun owns it; none when the phrase is no plain list."""
    owned = False
    for token in ix.tokens[among.i + 1 : min(among.i + 5, len(ix.tokens))]:
        if token.lower_ in ("its", "their"):
            owned = True
            continue
        if token.pos_ in ("DET", "ADJ", "NUM") or token.dep_ == "compound":
            continue
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.i not in ix.token_key:
            return token, owned
        break
    return None, False


def _with_before(ix: DocumentIndex, among: Token) -> Token | None:
    """The "with" that opens the absolute phrase closed by ``among``: the nearest one
    before it, with no verb, clause break or second "among" in between."""
    for token in reversed(ix.tokens[max(among.i - 40, 0) : among.i]):
        if token.lower_ == "with":
            return token if token.i + 1 < among.i else None
        if token.text in (";", ":", "!", "?") or token.lower_ in ("among", "while", "which", "who"):
            return None
        if token.i not in ix.token_key and (
            (token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"))
            or token.text == "."
        ):
            return None
    return None


def _delegation_before(ix: DocumentIndex, among: Token) -> Token | None:
    """The party noun ("delegation", "mission", "team") the members of ``among`` belong
    to: the one named before it in the same sentence, not itself a name."""
    sentence = ix.sentence(among)
    parties = [
        t
        for t in ix.tokens[sentence.start : among.i]
        if lemma(t) in ix.lex["delegation_nouns"] and t.i not in ix.token_key
    ]
    return parties[-1] if parties else None


def _denied_a_place_among(ix: DocumentIndex, noun: Token) -> bool:
    """Is the role the object of "among" in a denied clause ("X was not among the
    exhibitors", "never among the guests")? Its subject is not one of them."""
    among = noun.head
    if noun.dep_ != "pobj" or among.lower_ != "among":
        return False
    return any(c.dep_ == "neg" for c in ix.children(among.head))


def _new_to_another_thing(ix: DocumentIndex, noun: Token) -> bool:
    """Does "to"/"in" right after a newcomer name what it is new to, other than an event
    ("Among the newcomers to the Malaysian medical market is X"; the parser may hang the
    phrase on "Among")?"""
    after = noun.i + 1
    if after >= len(ix.tokens) or ix.tokens[after].lower_ not in ("to", "in"):
        return False
    objects = [c for c in ix.children(ix.tokens[after]) if c.dep_ == "pobj"]
    return not any(ix.event(o) for o in objects)


def _doing_elsewhere(ix: DocumentIndex, noun: Token) -> bool:
    """Is a noun of a kind of body ("companies", "brands", "makers"), not of a role held
    at an event ("exhibitors", "guests"), the subject or object of a verb that does not
    place it at one, with nothing of its own that does? "Chinese brands such as BYD now
    hold 11 percent of the market", "companies such as Alibaba have built warehouses in
    Malaysia": examples of a market, not a list of participants ("firms such as X took
    part", "attracted companies such as X", "companies at the fair, including X" are)."""
    lex = ix.lex
    placing = (
        lex["participation_verbs"]
        | lex["dobj_participation_verbs"]
        | lex["presence_verbs"]
        | lex["exhibiting_verbs"]
        | lex["list_verbs"]
        | lex["gathering_verbs"]
    )
    for child in ix.children(noun):
        if child.dep_ == "prep" and any(
            ix.event(t) or lemma(t) in lex["stand_nouns"] | lex["scene_nouns"]
            for t in ix.children(child)
            if t.dep_ == "pobj"
        ):
            return False  # "companies at the expo", "firms in the Malaysia pavilion"
        if child.dep_ in ("acl", "relcl", "amod") and lemma(child) in placing:
            return False  # "companies taking part", "participating firms"
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = ix.head(noun)
    if verb.pos_ != "VERB" or lemma(verb) in placing:
        return False
    # "the Indonesian pavilion hosted 100 firms, among them X", "the fair drew companies"
    if any(
        ix.event(t) or lemma(t) in lex["stand_nouns"] | lex["scene_nouns"]
        for t in ix.subjects(verb)
    ):
        return False
    return not ix.events_at(verb, participation=True)


def _named_as_a_stand(ix: DocumentIndex, key: str) -> bool:
    """Does the name end in a stand's noun ("Malaysia Pavilion")?"""
    words = ix.resolved.entities[key].label.split()
    return bool(words) and words[-1].lower() in ix.lex["stand_nouns"]


@rule(
    "joined-by-list",
    makes=("participatedIn",),
    triggers=("presence_verbs",),
    example=(
        "The 12th China-ASEAN Expo opened on Friday. Joining him at the ribbon-cutting were "
        "Liu Zhengdong and Bong Yik Jui."
    ),
    expect=("Bong Yik Jui", "participatedIn", "12th China-ASEAN Expo"),
    counter=(
        "The 12th China-ASEAN Expo opened on Friday. Critics of the ribbon-cutting were "
        "Liu Zhengdong and Bong Yik Jui."
    ),
)
def joined_by_lists(ix: DocumentIndex, found: Findings) -> None:
    """ "Joining him at the ribbon-cutting were A, B and C", "Also speaking were A and B",
    "Present at the ceremony were A and B" ("Other officials present at ..."), "Also at
    the ceremony were A and B", "Among them were A; B; C" (after a sentence saying who
    took part): an inverted list of those present. Read from the surface: the parser
    often takes the gerund for the main verb."""
    people = ("Organisation", "Person")
    for index, sentence in enumerate(ix.sentences):
        words = [t for t in ix.tokens_of(sentence) if not (t.is_punct or t.is_space)]
        while words and words[0].lower_ in ("also", "too", "likewise", "other"):
            words = words[1:]  # "Also speaking at the opening were ..."
        if (
            len(words) > 1
            and lemma(words[0]) in ix.lex["participant_role_nouns"]
            and words[1].lower_ == "present"
        ):
            words = words[1:]  # "Other officials present at the ceremony were ..."
        if len(words) < 3:
            continue
        first = words[0]
        copula = next((t for t in words[1:] if t.lower_ in ("were", "was", "are", "is")), None)
        if copula is None:
            continue
        event = None
        if (first.tag_ == "VBG" and lemma(first) in ix.lex["presence_verbs"]) or (
            # "Seated beside the host at the opening dinner of E were A, B and C"
            first.tag_ == "VBN" and lemma(first) in ix.lex["presence_participles"]
        ):
            events = ix.events_at(first, participation=True)
            event = events[0] if events else ix.event_in_scope(first)
        elif first.lower_ == "present":  # "Present at the ceremony were A and B"
            events = [k for p, t in ix.prepositions_of_noun(first) if (k := ix.event(t))]
            event = events[0] if events else ix.event_in_scope(first)
        elif (place := _inverted_scene(ix, first, copula)) is not None:
            # "Also at the ceremony were A and B", "On the stage was X": the occasion's
            # event ("at the opening of E"), else the one in scope
            events = [ix.event(place)] + [
                ix.event(t) for p, t in ix.prepositions_of_noun(place) if p == "of"
            ]
            event = next((e for e in events if e), None) or ix.event_in_scope(first)
        elif first.lower_ == "among" and words[1].lower_ in ("them", "those", "these"):
            before = ix.sentences[index - 1] if index else None
            events = [k for _, k in ix.mentions_in(before)] if before is not None else []
            events = [k for k in events if ix.core(k) == "Event"]
            event = events[0] if events else ix.event_in_scope(first)
        else:
            continue
        members = ix.listed_after(copula.i + 1, people)
        if members and first.tag_ == "VBN":
            # "Seated beside host President X at ... were A and B": X sits there too
            members += [
                k
                for t in ix.tokens[first.i + 1 : copula.i]
                if t.lower_ in ("beside", "alongside")
                for k in ix.listed_after(t.i + 1, ("Person",))[:1]
            ]
        for member in members:
            found.add(member, "participatedIn", event, "joined-by-list", copula)


def _inverted_scene(ix: DocumentIndex, first: Token, copula: Token) -> Token | None:
    """The occasion or place in the room that opens an inverted sentence right before its
    copula ("At the ceremony were ...", "On the stage was ..."), if that is what opens it
    (not "At the ceremony, X said the firms were ...")."""
    if first.lower_ not in ("at", "on", "in") or first.dep_ != "prep":
        return None
    place = next((c for c in ix.children(first) if c.dep_ == "pobj"), None)
    if place is None or place.right_edge.i + 1 != copula.i:
        return None
    nouns = ix.lex["occasion_nouns"] | ix.lex["scene_nouns"]
    return place if ix.event(place) or lemma(place) in nouns else None


@rule(
    "turn-order",
    makes=("participatedIn",),
    triggers=("turn_order_words", "presence_verbs"),
    example=(
        "At the 12th China-ASEAN Expo, Lim Hng Kiang was the first to sign, followed by Bong "
        "Yik Jui and Liu Zhengdong."
    ),
    expect=("Bong Yik Jui", "participatedIn", "12th China-ASEAN Expo"),
    counter=(
        "At the 12th China-ASEAN Expo, Lim Hng Kiang was the first minister to sign such a "
        "pact, followed by Bong Yik Jui and Liu Zhengdong."
    ),
)
def turn_orders(ix: DocumentIndex, found: Findings) -> None:
    """ "X was the first to sign, followed by A, B and C", "X spoke first, followed by A":
    a line of people doing, one after the other, an act done at an event (a presence verb)
    are all at it: at the event the clause names, else the one in scope. Only the shape
    that puts the first in order ("the first to", "first"), not "the first firm to sign
    such a deal" (a record, not a turn), nor a turn taken at another time."""
    people = ("Organisation", "Person")
    for followed in ix.with_lemma(("follow",)):
        if followed.tag_ != "VBN" or followed.dep_ not in ("advcl", "acl"):
            continue
        agent = next((c for c in ix.children(followed) if c.dep_ == "agent"), None)
        act = _act_in_turn(ix, followed.head)
        if agent is None or act is None or _at_another_time(act):
            continue
        clause = act.head.head if act.dep_ == "relcl" else act
        first = [k for k in ix.keys(ix.widen(ix.subjects(clause))) if ix.core(k) in people]
        line = [*first, *ix.listed_after(agent.i + 1, people)]
        # "At E, X was the first to sign": the phrase hangs on the copula
        events = list(
            dict.fromkeys(
                ix.events_at(act, participation=True) + ix.events_at(clause, participation=True)
            )
        )
        for who in dict.fromkeys(line):
            for event in events:
                found.add(who, "participatedIn", event, "turn-order", act)
            if not events:
                found.unplaced.append((who, act))


def _act_in_turn(ix: DocumentIndex, head: Token) -> Token | None:
    """The act a "followed by" clause hangs on, if it is a presence verb put in order:
    "was the first to sign" (the parser hangs the clause on "was" or "sign"), "spoke
    first"."""
    order = ix.lex["turn_order_words"]
    places = [head] if head.lower_ in order and head.dep_ == "attr" else []
    if lemma(head) == "be":
        places = [a for a in ix.children(head) if a.dep_ == "attr" and a.lower_ in order]
    head = next(
        (
            v
            for a in places
            for v in ix.children(a)
            if v.dep_ in ("relcl", "acl", "xcomp") and lemma(v) != "follow"
        ),
        head,
    )
    if lemma(head) not in ix.lex["presence_verbs"]:
        return None
    if head.dep_ == "relcl":
        # "the first to sign": the verb's head is the order word itself, after "was"
        ordered = head.head.lower_ in order and head.head.dep_ == "attr"
    else:
        ordered = any(c.dep_ == "advmod" and c.lower_ in order for c in ix.children(head))
    return head if ordered else None


@rule(
    "opening-participle",
    makes=("participatedIn",),
    triggers=("participation_verbs", "presence_verbs", "speech_nouns"),
    example=(
        "Addressing the opening ceremony of the 15th China-ASEAN Expo, Vice-Premier Han Zheng "
        "said trade had grown."
    ),
    expect=("Han Zheng", "participatedIn", "15th China-ASEAN Expo"),
    counter=(
        "Recalling the opening ceremony of the 15th China-ASEAN Expo, Vice-Premier Han Zheng "
        "said trade had grown."
    ),
)
def opening_participles(ix: DocumentIndex, found: Findings) -> None:
    """ "Addressing the opening of E, X said ...", "Speaking at the forum, X and Y ...",
    "Delivering a keynote at E, X ...": a sentence that opens with a participle of
    taking part, up to its comma, is about the names right after the comma. Read from
    the surface: the parser often takes the participle for a subject and the name for
    an apposition of the event."""
    lex = ix.lex
    verbs = lex["participation_verbs"] | lex["presence_verbs"]
    for sentence in ix.sentences:
        words = [t for t in ix.tokens_of(sentence) if not t.is_space]
        if not words or words[0].tag_ != "VBG" or lemma(words[0]) not in verbs:
            continue
        comma = next((t for t in words if t.text == ","), None)
        if comma is None:
            continue
        phrase = ix.tokens[words[0].i + 1 : comma.i]
        event = _event_of_phrase(ix, phrase)
        if event is None:
            continue
        participants = ix.listed_after(comma.i + 1, ("Organisation", "Person"))
        if participants:
            # "Speaking at a news conference with his counterpart X on the sidelines of
            # E, Y said": who is with the speaker there is there too
            participants += [
                k
                for t in phrase
                if t.lower_ == "with" and t.pos_ == "ADP"
                for k in ix.listed_after(t.i + 1, ("Organisation", "Person"))
            ]
        for participant in dict.fromkeys(participants):
            found.add(participant, "participatedIn", event, f"{lemma(words[0])}-opening", words[0])


def _event_of_phrase(ix: DocumentIndex, phrase: list[Token]) -> str | None:
    """The event a participle phrase names ("at the 15th CAEXPO", "the opening ceremony of
    E"), or the one in scope for an occasion, a speech or an unnamed event of its kind
    ("the opening ceremony", "a keynote at the summit"). A named event comes first:
    "Addressing the opening ceremony of the 17th expo" is at the 17th, not at the edition
    in scope that "the opening" alone would mean."""
    for token in phrase:
        named = ix.token_key.get(token.i)
        printed = any(ch.isupper() or ch.isdigit() for ch in token.text)  # not "the expo"
        if named is not None and printed and ix.core(named) == "Event":
            return named
    for token in phrase:
        event = ix.event(token)
        if event is not None:
            return event
    for token in phrase:
        if lemma(token) in ix.lex["occasion_nouns"] or lemma(token) in ix.lex["speech_nouns"]:
            return ix.event_in_scope(token)
    return None


@rule(
    "event-brings-together",
    makes=("participatedIn",),
    triggers=("convening_verbs",),
    example=(
        "The 3rd GMS Summit brought together Chinese Premier Wen Jiabao, Cambodian Prime "
        "Minister Hun Sen and Thai Prime Minister Samak Sundaravej."
    ),
    expect=("Hun Sen", "participatedIn", "3rd GMS Summit"),
    counter=(
        "The 3rd GMS Summit was praised by Chinese Premier Wen Jiabao, Cambodian Prime "
        "Minister Hun Sen and Thai Prime Minister Samak Sundaravej."
    ),
)
def events_bringing_together(ix: DocumentIndex, found: Findings) -> None:
    """ "The summit brought together A, B and C", "The fair drew X and Y", "The forum
    gathered ...", "drew 1,000 leaders alongside A and B": an event whose subject draws
    people in has them as participants."""
    for verb in ix.verbs:
        if lemma(verb) not in ix.lex["convening_verbs"]:
            continue
        if any(c.dep_ == "nsubjpass" for c in ix.children(verb)):
            continue  # "X was drawn to the expo": another frame
        subjects = ix.subjects(verb)
        # named, or an unnamed reference to the event in scope ("The fair drew ...")
        events = [k for k in ix.keys(subjects, event=True) if ix.core(k) == "Event"]
        if not events:
            continue
        objects = ix.objects(verb)
        guests = ix.keys(ix.widen(objects))
        # the names right after the verb, unless it draws a thing ("drew praise of X")
        things = [o for o in objects if o.pos_ == "NOUN" and o.i not in ix.token_key]
        guests += [k for o in things for k in _listed_beside_a_group(ix, o)]
        if not things:
            after = next((c for c in verb.children if c.dep_ == "prt"), verb)
            guests += ix.listed_after(after.i + 1, ("Organisation", "Person"))
        # "drew about 1,000 business leaders alongside A and B"
        guests += _alongside(ix, verb)
        for guest in dict.fromkeys(guests):
            if ix.core(guest) in ("Organisation", "Person"):
                found.add(guest, "participatedIn", events[0], f"{lemma(verb)}-guests", verb)


def _listed_beside_a_group(ix: DocumentIndex, noun: Token) -> list[str]:
    """ "brought together the leaders of ASEAN member states and Premier X", "drew some 300
    scholars from China as well as Deputy Minister Y": the parser hangs a person listed
    after a group of people on what the group is "of" or "from"; the person is listed
    beside the group. Only a group of people (a participant's role noun, or a counted
    plural), and only people (a body there is what the group comes from). The "from" may
    hang on the verb, right after the group."""
    counted = noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in noun.children)
    if lemma(noun) not in ix.lex["participant_role_nouns"] and not counted:
        return []
    after = [c for c in noun.head.children if c.i == noun.right_edge.i + 1]
    return [
        key
        for prep in [*noun.children, *after]
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
        for obj in prep.children
        if obj.dep_ == "pobj" and ix.core(ix.token_key.get(obj.i)) != "Person"
        for conj in obj.conjuncts
        if (key := ix.token_key.get(conj.i)) is not None and ix.core(key) == "Person"
    ]


@rule(
    "quoted-at-event",
    makes=("participatedIn",),
    triggers=(
        "quote_verbs",
        "off_scene_words",
        "commentator_nouns",
        "trading_firm_nouns",
        "legal_form_words",
        "trade_object_nouns",
        "talk_event_heads",
    ),
    example=(
        "The 5th China-ASEAN Business and Investment Summit opened in Nanning on Wednesday. "
        "Vietnamese Deputy Prime Minister Hoang Trung Hai said trade had reached US$15 billion."
    ),
    expect=("Hoang Trung Hai", "participatedIn", "5th China-ASEAN Business and Investment Summit"),
    counter=(
        "The 5th China-ASEAN Business and Investment Summit opened in Nanning on Wednesday. "
        "Vietnamese Deputy Prime Minister Hoang Trung Hai said in an interview that trade had "
        "reached US$15 billion."
    ),
)
def quoted_at_event(ix: DocumentIndex, found: Findings) -> None:
    """ "..., said X, vice-minister of ...": in a report on an event, a person quoted with
    no other event, place or channel in sight speaks there. Not a quote given elsewhere
    ("in an interview", "in a written statement", "In Manila, X said"), said before
    ("had said then"), or a commentator's ("X, a researcher at ..."). Where the paragraph
    names no event, a forum, seminar or meeting the lead names still holds a person named
    as the subject ("Du Zhanyuan, president of CIPG, said ..."): such events are held for
    their speakers; not one whose word is on the event itself ("said the meeting had
    shifted the focus")."""
    lex = ix.lex
    for verb in ix.verbs:
        if lemma(verb) not in lex["quote_verbs"] or any(c.lower_ == "had" for c in verb.lefts):
            continue
        sentence = ix.sentence(verb)
        subjects = ix.subjects(verb)
        # "X, a Malaysian maker of hoses, said it had ...": a trading firm speaks as one
        # ("a Thai orchid exporter, X, said": the name in apposition to the subject; so is
        # "Siam Rubber Home's marketing manager, X, said")
        named = [*subjects, *(c for s in subjects for c in s.children if c.dep_ == "appos")]
        people = [k for k in ix.keys(named) if ix.core(k) == "Person"]
        # "X reported orders from Vietnamese dealers": what it sold or was asked for
        trades = lemma(verb) == "report" and any(
            lemma(o) in lex["trade_object_nouns"] for o in ix.objects(verb)
        )
        firms = [
            k
            for k in ix.keys(ix.widen(named))
            if ix.core(k) == "Organisation"
            # "X said it had signed ...", "X reported orders from ..."; not "the company
            # would add flights"
            and lemma(verb) in ("say", "report")
            and (trades or trading_firm(ix, k, sentence))
        ]
        if not people and not firms:
            continue
        if any(t.lower_ in lex["off_scene_words"] for t in ix.tokens_of(sentence)):
            continue
        events = {k for _, k in ix.mentions_in(sentence) if ix.core(k) == "Event"}
        at_place = [t for p, t in ix.prepositions(verb) if p in ("in", "at")]
        event = ix.event_in_scope(verb)
        if event is None or _elsewhere(ix, verb, at_place):
            continue
        # "X described the meeting as cordial": the event the quote is about, unnamed
        events |= {
            e
            for o in ix.objects(verb)
            if o.i not in ix.token_key and (e := ix.event(o)) is not None
        }
        if events:
            # "X said it had signed a deal at the expo": a firm's word on the event in scope
            if events != {event}:
                continue
            people = []
        told = _told_in_the_paragraph(ix, sentence, event)
        if told is not None:
            # "A day after the expo closed, the 2nd Symposium on X took place in Nanning.
            # Y, vice chairman of ..., said ...": a speaker quoted where the paragraph has
            # just told another event happening speaks at it if it is held for its
            # speakers (a forum, a symposium), else at neither
            people = [p for p in people if any(ix.token_key.get(t.i) == p for t in subjects)]
            # (the head may come before a topic: "Symposium on ...")
            words = {w.strip("'’").lower() for w in ix.resolved.entities[told].label.split()}
            if words & lex["talk_event_heads"] and _quoted_now(ix, verb, sentence):
                for person in people:
                    if not found.has(person, "participatedIn") and not _commentator(
                        ix, person, sentence
                    ):
                        found.add(person, "participatedIn", told, f"{lemma(verb)}-quoted", verb)
            continue
        if not _paragraph_names(ix, sentence, event, verb):
            # a trading firm's word in a report on a fair is an exhibitor's, wherever
            # in the article it stands, and so is its people's ("said X, export manager
            # of Y JSC")
            series = ix.resolved.editions.get(event, event)
            if ix.head_word(series) in ("summit", "summits") and not firms:
                # a head of government's word in a report on a summit is said at it
                # ("Malaysian Prime Minister X called for ..."): in a clause of its own
                # (not "Li recalled that Xi proposed ..."), now (not "in 2013")
                people = [p for p in people if _head_of_government(ix, p)]
                if not people or not _quoted_now(ix, verb, sentence):
                    continue
            elif _a_talk_of_the_lead(ix, event, series):
                # "Du Zhanyuan, president of CIPG, said ...": a forum or seminar is held
                # for its speakers; a firm's word there is not an exhibitor's
                firms = []
                # named, not "he said" after a quote of his own
                people = [p for p in people if any(ix.token_key.get(t.i) == p for t in subjects)]
                if (
                    not people
                    or not _quoted_now(ix, verb, sentence)
                    or _judges_the_event(ix, verb, event)
                    or _told_the_press(ix, verb)
                ):
                    continue
            elif not (ix.is_a_fair(event) or ix.is_a_fair(series)):
                continue
            else:
                people = [p for p in people if _of_a_trading_firm(ix, p, sentence)]
        settings = [t for p, t in ix.prepositions(verb) if p in ("at", "during")]
        if any(
            ix.event(t) not in (None, event) or lemma(t) in lex["implicit_event_nouns"]
            for t in settings
            if ix.event(t) != event
        ):
            continue  # "said at a forum": set at an event of its own ("at the launch" is not)
        for person in people:
            if found.has(person, "participatedIn") or _commentator(ix, person, sentence):
                continue
            if _in_office_then(ix, person, sentence):
                continue  # "X, who was mayor of Qinzhou at the time, called it ...": then
            if _press(ix, person, verb):
                continue  # "reporter X talked to her": the press asking
            if _briefed_elsewhere(ix, found, person, sentence, event):
                continue
            found.add(person, "participatedIn", event, f"{lemma(verb)}-quoted", verb)
        organisers = found.objects(event, "organisedBy")
        for firm in firms:
            if firm not in organisers and not found.has(firm, "participatedIn"):
                found.add(firm, "participatedIn", event, f"{lemma(verb)}-quoted-firm", verb)


def _told_in_the_paragraph(ix: DocumentIndex, sentence: Span, event: str) -> str | None:
    """The event the paragraph of ``sentence`` last names before it, in the sentence just
    before, when that is another event than ``event`` (no series) told as happening: the
    subject of a verb of holding or opening ("the 2nd Symposium on X took place in Nanning
    on September 16"). A quote that follows is set there, not at the event in scope."""
    at = ix.sentence_position(sentence[0])
    if at == 0:
        return None
    before = ix.sentences[at - 1]
    start = ix.text.rfind("\n", 0, sentence.start_char) + 1
    if before.start_char < start:
        return None  # the paragraph opens with the quote
    mentions = [(s, k) for s, k in ix.mentions_in(before) if ix.core(k) == "Event"]
    if not mentions:
        return None
    span, key = mentions[-1]
    series = set(ix.resolved.editions.values())
    if key == event or key in series or ix.resolved.editions.get(event) == key:
        return None
    if getattr(ix.resolved.entities.get(key), "finer_class", None) == "EventSeries":
        return None
    head = ix.head_mention_token(span)
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    held = ix.lex["held_verbs"] | ix.lex["opening_verbs"]
    return key if lemma(verb) in held and lemma(verb) != "be" else None


def _in_office_then(ix: DocumentIndex, person: str, sentence: Span) -> bool:
    """Is the person described, in this sentence, as holding an office at another time
    ("X, who was mayor of Qinzhou at the time, ...", "X, then party chief, ...",
    "X, a former minister, ...")? Then the quote is the past's, not the event's."""
    for span, key in ix.mentions_in(sentence):
        if key != person:
            continue
        token = ix.head_mention_token(span)
        for clause in token.children:
            if clause.dep_ not in ("relcl", "appos"):
                continue
            words = [t.lower_ for t in clause.subtree]
            past = {"then", "former", "formerly"} & set(words)
            if clause.dep_ == "appos" and past:
                return True
            # (a relative clause of being in office: not "who then toured the stand")
            at_the_time = any(
                words[i : i + 3] == ["at", "the", "time"] for i in range(len(words) - 2)
            )
            in_office = clause.dep_ == "relcl" and lemma(clause) in ("be", "serve")
            if in_office and (past or at_the_time):
                return True
    return False


def _quoted_now(ix: DocumentIndex, verb: Token, sentence: Span) -> bool:
    """Is the quote told in a clause of its own (not "Li recalled that Xi proposed ..."),
    now (not "in 2013")?"""
    own_clause = (
        verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    ) and not any(
        # a verb, not "State" in "the State Council"
        lemma(t) in ix.lex["quote_verbs"] and t.pos_ == "VERB"
        for t in ix.tokens[sentence.start : verb.i]
    )
    year = ix.published.year if ix.published else None
    return own_clause and not _at_another_time(verb, year)


def _a_talk_of_the_lead(ix: DocumentIndex, event: str, series: str) -> bool:
    """Is the event a forum, seminar, dialogue or meeting (held for its speakers) that the
    headline or lead names: the occasion the report is about?"""
    heads = ix.lex["talk_event_heads"]
    # the head may come before a topic: "Seminar on Mass Media Cooperation"
    words = {
        w.strip("'’").lower()
        for key in (event, series)
        for w in ix.resolved.entities[key].label.split()
    }
    if not words & heads:
        return False
    first = ix.first_mentions().get(event)
    return first is not None and first.start < ix.lead_end()


def _told_the_press(ix: DocumentIndex, verb: Token) -> bool:
    """Is the quote told to the press ("told reporters", "told a press briefing", "said
    in a media interview")? Then it may have been said anywhere."""
    press = ix.lex["interview_words"] | {"news"}
    heard = [*ix.objects(verb), *(t for p, t in ix.prepositions(verb) if p in ("to", "in"))]
    return any(
        t.lower_ in press
        or any(c.dep_ in ("compound", "amod") and c.lower_ in press for c in t.children)
        for t in heard
    )


def _judges_the_event(ix: DocumentIndex, verb: Token, event: str) -> bool:
    """Does what the speaker said name the event itself ("X said the meeting had shifted
    the focus from dialogue to delivery")? Then it is a word on the event, as an onlooker
    gives one, not a scene at it."""
    own = ix.lex["implicit_event_nouns"] | ix.lex["own_kind_nouns"]
    said = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree]
    return any(
        ix.token_key.get(t.i) == event
        or (lemma(t) in own and any(c.lower_ in ("the", "this") for c in t.children))
        for t in said
    )


def _head_of_government(ix: DocumentIndex, person: str) -> bool:
    """Is the person titled a head of state or government ("Prime Minister", "President",
    not "Deputy Prime Minister" or "Vice-President")?"""
    words = ix.title_words(person)
    if words & ix.lex["lesser_rank_words"]:
        return False
    return (
        bool(words & {"president", "premier", "sultan", "king"}) or {"prime", "minister"} <= words
    )


def _of_a_trading_firm(ix: DocumentIndex, person: str, sentence: Span) -> bool:
    """Does the person's own phrase in this sentence name a trading firm: "X, export manager
    of Y JSC", "X, who owns CV Y" (not a firm named elsewhere in the sentence)?"""
    for span, key in ix.mentions_in(sentence):
        if key != person:
            continue
        head = ix.head_mention_token(span)
        own = list(head.subtree)
        office = []
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            # "Siam Rubber Home's marketing manager, X,": the office the name restates
            office = [t for t in head.head.subtree if t.i < head.i]
        firms = {
            k for t in [*own, *office] if ix.core(k := ix.token_key.get(t.i)) == "Organisation"
        }
        # "Its founder, X, said": the firm the sentence before spoke of
        firms |= {
            k
            for t in office
            if t.lower_ == "its" and t.dep_ == "poss"
            for k in [ix.nearest_before(t, "Organisation")]
            if k is not None and _named_just_before(ix, k, t)
        }
        # the firm told as one that trades here or wherever the story names it ("Siam
        # Rubber Home, a Songkhla-based maker of pillows ... Its marketing manager, X, said")
        if any(
            trading_firm(ix, k, s)
            for k in firms
            for s in [sentence, *(ix.sentence(m[0]) for m in ix.spans_named(k))]
        ):
            return True
    return False


def _named_just_before(ix: DocumentIndex, key: str, token: Token) -> bool:
    """Is ``key`` named in ``token``'s sentence or the one before it?"""
    at = ix.sentence_position(token)
    return any(
        k == key for s in ix.sentences[max(at - 1, 0) : at + 1] for _, k in ix.mentions_in(s)
    )


def trading_firm(ix: DocumentIndex, key: str, sentence: Span) -> bool:
    """Is the organisation told, in this sentence, as a firm that trades: a legal form ends
    its name ("X Tea Export Co", "PT X"), or a trade's noun describes it, in apposition
    ("X, a Malaysian maker of hoses,", "a Thai orchid exporter, X,") or before it ("Thai
    ceramics maker X")?"""
    lex = ix.lex
    for span, k in ix.mentions_in(sentence):
        if k != key:
            continue
        words = [t.lower_ for t in span]
        if words[-1] in lex["legal_form_words"] or words[0] in lex["legal_form_words"]:
            return True
        token = ix.head_mention_token(span)
        around = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            around.append(token.head)
        around += ix.tokens[max(span.start - 2, sentence.start) : span.start]
        if any(lemma(t) in lex["trading_firm_nouns"] and t.pos_ == "NOUN" for t in around):
            return True
        if _trade_office_beside(ix, span, sentence):
            return True
    return False


def _trade_office_beside(ix: DocumentIndex, span: Span, sentence: Span) -> bool:
    """Is an office of trade written beside the name: "sales director of X", "export
    manager of Hanoi-based X", "X's marketing manager"? Only a firm that sells has one."""
    lex = ix.lex
    offices = lex["firm_office_nouns"]

    def trade_office(first: Token, second: Token) -> bool:
        return first.lower_ in lex["trade_office_words"] and lemma(second) in offices

    # "sales director of (the) (Hanoi-based) X": the office, "of", then the name, past
    # the words that describe it
    at = span.start - 1
    while at > sentence.start and ix.tokens[at].lower_ != "of" and span.start - at <= 4:
        if ix.tokens[at].pos_ == "VERB" and ix.tokens[at].dep_ != "amod":
            return False
        at -= 1
    if (
        at - 2 >= sentence.start
        and ix.tokens[at].lower_ == "of"
        and trade_office(ix.tokens[at - 2], ix.tokens[at - 1])
    ):
        return True
    # "X's export manager"
    after = ix.tokens[span.end : min(span.end + 3, sentence.end)]
    return len(after) == 3 and after[0].lower_ == "'s" and trade_office(after[1], after[2])


def _briefed_elsewhere(
    ix: DocumentIndex, found: Findings, person: str, sentence: Span, event: str
) -> bool:
    """Was the person, in this sentence or the few before it, speaking to the press at a
    place the event is not held in ("according to Wang Yi, who briefed reporters in Beijing
    on Tuesday. Wang said ...")? Then the quotes are from that briefing, not the event."""
    held = found.objects(event, "heldIn")
    at = ix.sentence_position(sentence[0])
    press = ix.lex["interview_words"]
    addressing = ix.lex["addressing_verbs"] | {"speak"}  # made once, not per word
    for earlier in ix.sentences[max(at - 5, 0) : at + 1]:
        for verb in ix.tokens[earlier.start : earlier.end]:  # the held tokens, not new ones
            if verb.pos_ != "VERB" or lemma(verb) not in addressing:
                continue
            subjects = [verb.head] if verb.dep_ == "relcl" else ix.subjects(verb)
            if person not in ix.keys(subjects):
                continue
            heard = [*ix.objects(verb), *(t for p, t in ix.prepositions(verb) if p == "to")]
            if not any(t.lower_ in press for t in heard):
                continue
            places = [ix.entity(t) for p, t in ix.prepositions(verb) if p == "in"]
            if any(ix.core(k) == "Place" and k not in held for k in places):
                return True
    return False


def _commentator(ix: DocumentIndex, person: str, sentence: Span) -> bool:
    """Is the person described, in this sentence, as one who comments from outside
    ("X, a researcher at ...", "analyst X")?"""
    for span, key in ix.mentions_in(sentence):
        if key != person:
            continue
        token = ix.head_mention_token(span)
        around = [c for c in token.children if c.dep_ == "appos"]
        around += ix.tokens[max(span.start - 3, 0) : span.start]
        if any(lemma(t) in ix.lex["commentator_nouns"] for t in around):
            return True
    return False


def _paragraph_names(ix: DocumentIndex, sentence: Span, event: str, verb: Token) -> bool:
    """Does the paragraph of ``sentence``, up to it, name ``event``, or the sentence refer
    to it ("the summit" of a Summit in scope, "the opening ceremony"; not "the forum" in
    an article about an expo)? Not in what the quote says ("X said the meeting had shifted
    its focus": a word on the event, not a scene at it), nor an occasion no article makes
    one ("will hold training sessions")."""
    start = ix.text.rfind("\n", 0, sentence.start_char) + 1
    at = ix.sentence_position(sentence[0])
    # back through the paragraph's sentences (a bounded look-back keeps this linear)
    for earlier in ix.sentences[max(at - 20, 0) : at + 1]:
        if earlier.start_char >= start and any(k == event for _, k in ix.mentions_in(earlier)):
            return True
    # an occasion of the event ("at the launch", "the opening"), but not another event of
    # its own kind ("the forum" in an article about an expo)
    occasions = ix.lex["occasion_nouns"] - ix.lex["implicit_event_nouns"]
    said = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    return any(
        ix.event(t) == event
        or (lemma(t) in occasions and any(c.lower_ in ("the", "this") for c in t.children))
        for t in ix.tokens[sentence.start : sentence.end]
        if t.i not in said
    )


@rule(
    "stand-keeper",
    makes=("participatedIn",),
    triggers=("stand_nouns", "kept_section_nouns", "keeping_verbs"),
    example=(
        "The 21st China-ASEAN Expo opened. About 150 firms exhibit in the national pavilion, "
        "which is coordinated by the Malaysia External Trade Development Corporation."
    ),
    expect=(
        "Malaysia External Trade Development Corporation",
        "participatedIn",
        "21st China-ASEAN Expo",
    ),
    counter=(
        "The 21st China-ASEAN Expo opened. About 150 firms exhibit in the national pavilion, "
        "which was praised by the Malaysia External Trade Development Corporation."
    ),
)
def stand_keepers(ix: DocumentIndex, found: Findings) -> None:
    """Those who keep a stand at an event take part in it: "the pavilion, which is
    coordinated by X", "the national stands were arranged by X and Y", "a block of
    booths under X", "the Malaysia Pavilion, where the company's chairman, X, will host a
    tasting"."""
    people = ("Organisation", "Person")
    for noun in ix.with_lemma(ix.lex["stand_nouns"] | ix.lex["kept_section_nouns"]):
        # a passive's subject is a noun whatever the tagger said ("The Cambodian stands
        # were arranged by X": "stands" tagged a verb)
        if noun.pos_ not in ("NOUN", "PROPN") and noun.dep_ != "nsubjpass":
            continue
        keepers: list[str] = []
        clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
        if noun.dep_ == "nsubj":
            # "The pavilion houses 34 firms, coordinated by X": the parser hangs the
            # participle on the verb of which the stand is the subject
            clauses += [c for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBN"]
        if noun.dep_ == "nsubjpass":
            clauses.append(noun.head)  # "The Cambodian stands were arranged by A and B"
        for clause in clauses:
            if _describes_the_event(ix, noun, clause):
                continue
            if lemma(clause) in ix.lex["keeping_verbs"]:
                agents = [t for p, t in ix.prepositions(clause) if p == "by"]
                keepers += [k for t in agents for k in ix.keys(ix.group(t))]
                if agents:  # "organised by A together with B": B keeps it beside A
                    keepers += _kept_together_with(ix, clause)
                    # "organised by A with the Ministry of Trade": a body after a bare
                    # "with" (on the verb or on A) too, not a person ("with its chief")
                    withs = [t for p, t in ix.prepositions(clause) if p == "with"]
                    withs += [w for t in agents for w in _withs_of(ix, t)]
                    keepers += [
                        k for t in withs for k in ix.keys([t]) if ix.core(k) == "Organisation"
                    ]
            if any(c.lower_ == "where" for c in clause.children):
                subjects = ix.subjects(clause)
                subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
                keepers += ix.keys(subjects)
        holder = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        verb = holder.head.head if holder is not None and holder.head.dep_ == "dobj" else None
        if verb is not None:  # "has taken a block of booths under X"
            keepers += [k for p, t in ix.prepositions(verb) if p == "under" for k in ix.keys([t])]
        keepers = [k for k in dict.fromkeys(keepers) if ix.core(k) in people]
        if not keepers:
            continue
        own = ix.token_key.get(noun.i)
        named = [ix.event(t) for p, t in ix.prepositions_of_noun(noun) if p in ("at", "of")]
        event = next((e for e in named if e and e != own), None) or ix.event_in_scope(noun)
        if event == own:
            continue
        for keeper in keepers:
            found.add(keeper, "participatedIn", event, "stand-keeper", noun)


def _kept_together_with(ix: DocumentIndex, clause: Token) -> list[str]:
    """The partners a keeping verb names after its agent with "together with" or "along
    with" ("a pavilion organised by the Ministry of Commerce together with the Cambodia
    Rice Federation"), however the parser hung the phrase."""
    found = []
    for child in ix.children(clause):
        for prep in _withs_of_together(ix, child):
            objects = [c for c in ix.children(prep) if c.dep_ == "pobj"]
            found += [k for o in objects for k in ix.keys(ix.group(o)) if k not in found]
    return found


def _withs_of_together(ix: DocumentIndex, child: Token) -> list[Token]:
    """The "with" of a "together with" or "along with" on a verb's ``child``: the parser
    hangs the "with" on "together" (``child`` is "together") or on the verb itself
    (``child`` is the "with", "together" the word before it)."""
    joint = ("together", "along")
    if child.lower_ in joint:
        withs = [c for c in ix.children(child) if c.lower_ == "with" and c.dep_ == "prep"]
        if withs:
            return withs
    if child.lower_ == "with" and child.dep_ == "prep" and ix.tokens[child.i - 1].lower_ in joint:
        return [child]
    return []


def _describes_the_event(ix: DocumentIndex, noun: Token, clause: Token) -> bool:
    """ "have taken stands at the Trade Fair 2023, which opened ... yesterday, organised by
    the Ministry of Commerce": a participle of organising after an event named since the
    stand describes the event (its organiser), however the parser hung it."""
    if lemma(clause) not in ix.lex["organising_verbs"] or clause.i < noun.i:
        return False
    between = ix.doc[noun.i + 1 : clause.left_edge.i]
    return any(ix.core(k) == "Event" for _, k in ix.mentions_in(between))


@rule(
    "participation-led-by",
    makes=("participatedIn",),
    triggers=("participation_nouns", "keeping_verbs", "organising_verbs"),
    example=(
        "The 10th China-ASEAN Expo opened in Nanning. The Center for International Trade "
        "Expositions and Missions organized the Philippine participation."
    ),
    expect=(
        "Center for International Trade Expositions and Missions",
        "participatedIn",
        "10th China-ASEAN Expo",
    ),
    counter=(
        "The 10th China-ASEAN Expo opened in Nanning. The Center for International Trade "
        "Expositions and Missions praised the Philippine participation."
    ),
)
def participation_leaders(ix: DocumentIndex, found: Findings) -> None:
    """ "X organized the Philippine participation", "Malaysia's 21st participation in
    CAEXPO, led by Matrade": who organises or leads a country's taking part takes part."""
    lex = ix.lex
    leading = lex["keeping_verbs"] | lex["organising_verbs"] | {"lead", "head"}
    stands = lex["stand_nouns"]
    for noun in ix.with_lemma(lex["participation_nouns"] | stands):
        word = lemma(noun)
        if noun.pos_ != "NOUN":
            continue
        leaders: list[str] = []
        if noun.dep_ == "dobj" and lemma(noun.head) in leading:
            leaders += ix.keys(ix.widen(ix.subjects(noun.head)))
            # "X organised the pavilion together with Y": Y keeps it too; so does a body
            # after a bare "with" ("organised our pavilion at E with the Ministry of
            # Industry and Trade"), not a person ("with its director")
            withs = [(t, True) for p, t in ix.prepositions(noun.head) if p == "with"]
            # (the parser may hang that "with" on the event: "at E with the Ministry")
            withs += [
                (w, False)
                for p, t in ix.prepositions(noun.head)
                if p in ("at", "in") and ix.event(t)
                for w in _withs_of(ix, t)
            ]
            leaders += [
                k
                for t, on_verb in withs
                for k in ix.keys([t])
                if (on_verb and any(c.lower_ in ix.lex["joint_words"] for c in t.head.lefts))
                or (word in stands and ix.core(k) == "Organisation")
            ]
        if word in stands:
            # "Vietrade organised the national pavilion": a stand of the country or the
            # body itself, not of another one it names ("the Huawei booth")
            owners = ix.keys(c for c in noun.children if c.dep_ in ("poss", "compound"))
            if noun.i in ix.token_key or any(ix.core(k) != "Place" for k in owners):
                continue
        for clause in (c for c in noun.children if c.dep_ == "acl" and lemma(c) in leading):
            if _describes_the_event(ix, noun, clause):
                continue
            leaders += [k for p, t in ix.prepositions(clause) if p == "by" for k in ix.keys([t])]
        leaders = [k for k in leaders if ix.core(k) in ("Organisation", "Person")]
        if not leaders:
            continue
        named = [ix.event(t) for p, t in ix.prepositions_of_noun(noun) if p in ("in", "at")]
        if noun.dep_ == "dobj":
            named.append(_where_event(ix, noun.head))  # "..., where X will organize the pavilion"
        event = next((e for e in named if e), None) or ix.event_in_scope(noun)
        if event is not None:
            event = _this_edition(ix, event, noun)
        for leader in dict.fromkeys(leaders):
            if word in stands and found.has(leader, "participatedIn"):
                continue  # "has set up his stand at E": the verb's frame placed them
            found.add(leader, "participatedIn", event, "participation-led-by", noun)


def _withs_of(ix: DocumentIndex, noun: Token) -> list[Token]:
    """The objects of the "with" phrases the parser hung on ``noun``."""
    return [
        pobj
        for prep in ix.children(noun)
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for pobj in ix.children(prep)
        if pobj.dep_ == "pobj"
    ]


@rule(
    "chairmanship",
    makes=("participatedIn",),
    triggers=("chairing_nouns",),
    example=(
        "The 29th ASEAN Summit was held in Vientiane under the chairmanship of Prime "
        "Minister Thongloun Sisoulith on Tuesday."
    ),
    expect=("Thongloun Sisoulith", "participatedIn", "29th ASEAN Summit"),
    counter=(
        "The 29th ASEAN Summit was held in Vientiane, and the chairmanship passed to Prime "
        "Minister Thongloun Sisoulith on Tuesday."
    ),
)
def chairmanships(ix: DocumentIndex, found: Findings) -> None:
    """ "The summit, held under the chairmanship of X", "A meeting of ministers was held
    under the chairmanship of Y": who chairs an event takes part in it. The event is the
    subject of the verb "under" hangs on, or the noun its participle describes."""
    for noun in ix.with_lemma(ix.lex["chairing_nouns"]):
        under = noun.head
        if noun.dep_ != "pobj" or under.lower_ != "under":
            continue
        verb = under.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        chairs = [
            k
            for p, t in ix.prepositions_of_noun(noun)
            if p == "of"
            for k in ix.keys(ix.group(t))
            if ix.core(k) == "Person"
        ]
        if not chairs:
            continue
        if verb.dep_ == "acl":  # "the 21st ASEAN Summit, held ... under the chairmanship"
            events = [ix.event(verb.head)]
        else:
            events = [ix.event(s) for s in ix.subjects(verb)]
        for event in dict.fromkeys(e for e in events if e):
            for person in chairs:
                found.add(person, "participatedIn", event, "chairmanship", noun)


@rule(
    "trip-to-event",
    makes=("participatedIn",),
    triggers=("trip_nouns", "dobj_participation_verbs"),
    example=(
        "Prime Minister Pham Minh Chinh's visit to attend the 20th China-ASEAN Expo was "
        "successful, officials said."
    ),
    expect=("Pham Minh Chinh", "participatedIn", "20th China-ASEAN Expo"),
    counter=(
        "Prime Minister Pham Minh Chinh's criticism of the 20th China-ASEAN Expo was "
        "unexpected, officials said."
    ),
)
def trips_to_events(ix: DocumentIndex, found: Findings) -> None:
    """ "X's visit to attend E", "X's trip to E", "her two-day trip to China for E": who
    travels to an event takes part in it."""
    lex = ix.lex
    for noun in ix.with_lemma(lex["trip_nouns"]):
        if noun.pos_ != "NOUN":
            continue
        travellers = [c for c in noun.children if c.dep_ == "poss"]
        keys = [k for k in ix.keys(travellers) if ix.core(k) in ("Organisation", "Person")]
        if not keys:
            continue
        events = [ix.event(t) for p, t in ix.prepositions_of_noun(noun) if p in ("to", "for")]
        for clause in noun.children:  # "visit to attend E"
            if clause.dep_ in ("acl", "relcl") and lemma(clause) in lex["dobj_participation_verbs"]:
                events += [ix.event(o) for o in ix.objects(clause)]
                events += ix.events_at(clause, participation=True)
        for event in dict.fromkeys(e for e in events if e):
            for key in keys:
                found.add(key, "participatedIn", event, "trip-to-event", noun)


@rule(
    "agent-at-event",
    makes=("participatedIn",),
    triggers=("organising_verbs",),
    example=(
        "The forum grew out of a proposal made in July 2006 by Liu Qibao at the 1st "
        "Pan-Beibu Gulf Economic Cooperation Forum in Nanning."
    ),
    expect=("Liu Qibao", "participatedIn", "1st Pan-Beibu Gulf Economic Cooperation Forum"),
    counter=(
        "The forum grew out of a proposal made in July 2006 by Liu Qibao before the 1st "
        "Pan-Beibu Gulf Economic Cooperation Forum in Nanning."
    ),
)
def agents_at_events(ix: DocumentIndex, found: Findings) -> None:
    """ "a proposal made by X at E", "a speech delivered by X at the forum", "the deals
    signed by A and B at E": who does what a participle says, at an event, takes part in
    it. Not an organising verb ("a fair organised by X at the centre": organising)."""
    for verb in ix.verbs:
        if verb.tag_ != "VBN" or verb.dep_ != "acl" or lemma(verb) in ix.lex["organising_verbs"]:
            continue
        if _source_of_figures(verb):
            continue  # "according to figures released by X at the closing ceremony"
        agents = _agents(ix, verb)
        if not agents:
            continue
        settings = [
            t
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("at", "during")
            for t in c.children
            if t.dep_ == "pobj"
        ]
        # "by X, then Party chief of Y, at E": the parser may hang "at E" anywhere; read
        # the surface after the agent, up to the next verb or the sentence's end
        agent = _agent_phrases(ix, verb)[0]
        for token in ix.tokens[agent.i + 1 : ix.sentence(verb).end]:
            if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"):
                break
            if token.lower_ in ("at", "during") and token.pos_ == "ADP":
                settings += [t for t in token.children if t.dep_ == "pobj"]
                break
        for event in dict.fromkeys(e for t in settings if (e := ix.event(t))):
            for agent in agents:
                found.add(agent, "participatedIn", event, "agent-at-event", verb)


def _agents(ix: DocumentIndex, verb: Token) -> list[str]:
    """The bodies and people a participle's "by" names ("accompanied by A and B"), and the
    person an office after "by" is set beside ("led by its secretary of state, X")."""
    agents = []
    for phrase in _agent_phrases(ix, verb):
        agents += ix.listed_after(phrase.i + 1, ("Organisation", "Person"))
        offices = [c for c in ix.children(phrase) if c.dep_ == "pobj" and c.i not in ix.token_key]
        beside = [a for o in offices for a in ix.children(o) if a.dep_ == "appos"]
        agents += [k for k in ix.keys(beside) if ix.core(k) == "Person"]
    return list(dict.fromkeys(agents))


def _agent_phrases(ix: DocumentIndex, verb: Token) -> list[Token]:
    """A participle's "by": its agent, else a "by" the parser hung on the noun of a phrase
    of the verb's before it ("was joined on the stage of the hall by A, B and C")."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if agents or verb.tag_ != "VBN":
        return agents
    stack = [c for c in ix.children(verb) if c.dep_ == "prep" and c.i > verb.i]
    while stack:
        prep = stack.pop()
        for pobj in ix.children(prep):
            if pobj.dep_ != "pobj":
                continue
            for child in ix.children(pobj):
                if child.dep_ == "prep" and child.lower_ == "by":
                    agents.append(child)
                elif child.dep_ == "prep":
                    stack.append(child)
    return agents


@rule(
    "delegation-led-by",
    makes=("participatedIn",),
    triggers=("delegation_nouns",),
    example=(
        "A delegation of 40 Lao firms is exhibiting at the 13th China-ASEAN Expo. The "
        "delegation is led by Khemmani Pholsena, Minister of Industry and Commerce."
    ),
    expect=("Khemmani Pholsena", "participatedIn", "13th China-ASEAN Expo"),
    counter=(
        "The 13th China-ASEAN Expo opened in Nanning. The Lao Brewery Company is led by "
        "Khemmani Pholsena."
    ),
)
def delegations_led_by(ix: DocumentIndex, found: Findings) -> None:
    """ "The delegation is led by X", "The group is headed by X", "the delegation to E,
    headed by X,": the leader of a delegation goes where it goes, the
    event its own phrase names ("a delegation to E is led by X") or the one the delegation
    just named before was sent to ("A delegation of 40 firms is exhibiting at E. The group
    is led by X"); and so does the person it travels under ("sent 18 companies to E under
    Secretary of State X")."""
    nouns = ix.lex["delegation_nouns"]
    for verb in ix.verbs:
        if lemma(verb) not in ("lead", "head"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        trailing = False
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
            subject = ix.head(verb)  # "The delegation to E, headed by X, counts ..."
            if subject.dep_ == "pobj" and ix.head(subject).dep_ == "prep":
                subject = ix.head(ix.head(subject))  # (the parser hung it on E)
            if subject.pos_ == "VERB" and ix.tokens[verb.i - 1].text == ",":
                # "A delegation of 25 firms flew to Kunming for E, led by X": the
                # participle trails the clause whose subject travelled
                subject = next((c for c in subject.children if c.dep_ == "nsubj"), subject)
                trailing = True
        if subject is None or subject.pos_ != "NOUN" or lemma(subject) not in nouns:
            continue
        if subject.i in ix.token_key:
            continue  # a name ("Charoen Pokphand Group"), no delegation
        leaders = _agents(ix, verb)
        if not leaders:
            continue
        delegation = subject
        if not trailing and not any(
            p in ("to", "at", "for") for p, _ in ix.prepositions_of_noun(subject)
        ):
            # "The group": the delegation named last, in this sentence or the one before
            delegation = _delegation_before(ix, subject)
            if delegation is None:
                continue
        event = ix.event_of_role(delegation)
        for leader in leaders:
            found.add(leader, "participatedIn", event, "delegation-led-by", verb)
    for under in ix.with_lower(("under",)):
        # "sent 18 companies to E under Secretary of State X": the person a delegation
        # travels under leads it
        leader = next((k for k in ix.keys(ix.children(under)) if ix.core(k) == "Person"), None)
        clause = ix.clause_verb(under)
        groups = [
            c
            for c in ix.children(clause)
            if c.dep_ in ("dobj", "nsubj")
            and c.i not in ix.token_key
            and (lemma(c) in nouns or _counted_firms(ix, c))
        ]
        if leader is not None and groups:
            found.add(
                leader, "participatedIn", ix.event_of_role(groups[0]), "delegation-led-by", under
            )


@rule(
    "delegation-members",
    makes=("participatedIn",),
    triggers=("delegation_nouns", "sending_nouns", "list_verbs"),
    example=(
        "A Lao trade mission is in Nanning for the 13th China-ASEAN Expo. Its members "
        "include Lao Brewery Company and Phongsavanh Bank."
    ),
    expect=("Phongsavanh Bank", "participatedIn", "13th China-ASEAN Expo"),
    counter=(
        "The 13th China-ASEAN Expo opened in Nanning. Its members include Lao Brewery "
        "Company and Phongsavanh Bank."
    ),
)
def delegation_members(ix: DocumentIndex, found: Findings) -> None:
    """ "a business mission whose members include A and B arrived ... for E", "A
    delegation is in Kunming for E. Its members include A and B", "at the head of a
    delegation that included A and B": the members a delegation lists go where it goes
    (the event of the delegation's own clause or phrase)."""
    nouns = ix.lex["delegation_nouns"]
    for verb in ix.verbs:
        if lemma(verb) not in ix.lex["list_verbs"]:
            continue
        if _relative_listing(verb):
            delegation = ix.head(verb)  # "a delegation that included A and B"
            if (
                delegation.pos_ == "NOUN"
                and lemma(delegation) in nouns
                and not _delegation_away(ix, found, delegation)
            ):
                _add_members(ix, found, verb, delegation)
            continue
        members = next(
            (
                c
                for c in ix.children(verb)
                if c.dep_ == "nsubj" and lemma(c) in ix.lex["sending_nouns"]
            ),
            None,
        )
        if members is None:
            continue
        owner = next((c for c in ix.children(members) if c.dep_ == "poss"), None)
        if owner is None:
            owner = _definite_delegation_of(ix, members)
        if owner is None:
            continue
        delegation = None
        if owner.lower_ == "whose" and verb.dep_ == "relcl":
            delegation = ix.head(verb)  # "a mission whose members include"
        elif owner.lower_ in ("its", "their") and verb.dep_ == "ROOT":
            delegation = _delegation_before(ix, owner)  # "A delegation ... Its members"
        elif owner.pos_ == "NOUN" and verb.dep_ == "ROOT":
            # "Members of the delegation included A and B": the delegation named before,
            # else the one of this phrase ("Members of the Lao delegation to E")
            before = _delegation_before(ix, owner)
            delegation = before if before is not None and not _of_its_own(ix, owner) else owner
        if (
            delegation is None
            or delegation.pos_ != "NOUN"
            or delegation.i in ix.token_key
            or (lemma(delegation) not in nouns and not _counted_firms(ix, delegation))
        ):
            continue
        _add_members(ix, found, verb, delegation)


def _delegation_away(ix: DocumentIndex, found: Findings, delegation: Token) -> bool:
    """Is the clause a delegation's noun stands in set away from the event in scope, at
    another time ("a delegation that included X visited Beijing last year") or in another
    place ("went to Hanoi with a delegation that included X")?"""
    clause = ix.clause_verb(delegation)
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    published = ix.published.year if ix.published else None
    destinations = [t for p, t in ix.prepositions(clause) if p == "to"]
    return (
        _at_another_time(clause, published)
        or _elsewhere(ix, clause, destinations, _event_places(ix, found, clause, True))
        or _in_another_place(ix, found, clause)
    )


def _relative_listing(verb: Token) -> bool:
    """Is the verb a relative clause whose subject is the relative pronoun ("a delegation
    that included", "which comprises"): a list of what the noun it hangs on holds?"""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children
    )


def _add_members(ix: DocumentIndex, found: Findings, verb: Token, delegation: Token) -> None:
    """Place the bodies and people the list after ``verb`` names where ``delegation`` goes
    (the event of its own phrase or clause, else the one in scope)."""
    event = ix.event_of_role(delegation)
    for member in ix.listed_after(verb.i + 1, ("Organisation", "Person")):
        found.add(member, "participatedIn", event, "delegation-members", verb)


def _definite_delegation_of(ix: DocumentIndex, members: Token) -> Token | None:
    """The delegation of "members of the delegation": a definite delegation's noun after
    "of" (not "members of Lao Brewery Group", a name)."""
    return next(
        (
            t
            for p, t in ix.prepositions_of_noun(members)
            if p == "of"
            and t.pos_ == "NOUN"
            and t.i not in ix.token_key
            and lemma(t) in ix.lex["delegation_nouns"]
            and any(c.lower_ == "the" for c in t.children if c.dep_ == "det")
        ),
        None,
    )


def _of_its_own(ix: DocumentIndex, delegation: Token) -> bool:
    """Does a delegation's own phrase say where it goes ("the delegation to E")?"""
    return any(p in ("to", "at", "for") for p, _ in ix.prepositions_of_noun(delegation))


def _delegation_before(ix: DocumentIndex, noun: Token) -> Token | None:
    """The delegation a definite "the delegation"/"the group" takes up: a common noun
    of a delegation ("a delegation of 40 firms", not "Charoen Pokphand Group") or a
    counted plural of firms ("45 Cambodian firms") in its sentence before it or in the
    sentence before."""
    at = ix.sentence_position(noun)
    start = ix.sentences[max(at - 1, 0)].start
    for token in reversed(ix.tokens[start : noun.i]):
        nouns = ix.lex["delegation_nouns"]
        if token.pos_ == "NOUN" and token.i not in ix.token_key and lemma(token) in nouns:
            return token
        if _counted_firms(ix, token):
            # "Some 45 Cambodian firms travelled to E ... the group", or the delegation
            # they make up ("A delegation of 25 companies took part in E")
            of = ix.head(token)
            if token.dep_ == "pobj" and of.lower_ == "of" and lemma(ix.head(of)) in nouns:
                return ix.head(of)
            return token
    return None


def _counted_firms(ix: DocumentIndex, token: Token) -> bool:
    """Is this a counted plural of firms ("45 Cambodian firms", "18 companies"), a group
    that "the group" or "the delegation" can take up?"""
    return (
        token.tag_ == "NNS"
        and token.i not in ix.token_key
        and lemma(token) in ix.lex["kind_role_nouns"]
        and any(c.dep_ == "nummod" for c in ix.children(token))
    )


@rule(
    "coordinated-participants",
    makes=("participatedIn",),
    example=(
        "Premier Li Qiang opened the 20th China-ASEAN Expo and China-ASEAN Business and "
        "Investment Summit in Nanning on Sunday."
    ),
    expect=("Li Qiang", "participatedIn", "20th China-ASEAN Expo"),
    counter=(
        "Premier Li Qiang opened the 20th China-ASEAN Business and Investment Summit in "
        "Nanning on Sunday, a day after the 20th China-ASEAN Expo."
    ),
)
def coordinated_participants(ix: DocumentIndex, found: Findings) -> None:
    """ "Li opened the 20th E1 and E2", "attended the opening of the 18th E1 and E2": the
    parser makes the first name a modifier inside the second's phrase, so the frame
    rules read the second only; who takes part in the second there takes part in the
    first too; so too where one plural head ends both names ("the 22nd ASEAN Plus Three
    and 14th East Asia summits"). Runs after the other participation rules."""
    events = [(s, k) for s, k in ix.mention_spans if ix.core(k) == "Event"]
    taking_part: dict[tuple[str, int], list[str]] = {}  # looked up per pair: linear
    for relation in found.relations:
        if relation.predicate == "participatedIn" and relation.evidence:
            where = (relation.object, relation.evidence[0].start)
            taking_part.setdefault(where, []).append(relation.subject)
    for (first, first_key), (second, second_key) in pairwise(events):
        if first_key == second_key or ix.text[first.end_char : second.start_char] != " and ":
            continue
        head = ix.head_mention_token(first)
        inside = head.dep_ in ("nmod", "compound", "amod") and (
            second.start <= head.head.i < second.end
        )
        # "attended the 22nd ASEAN Plus Three and 14th East Asia summits": one plural
        # head noun ends both names, whatever the parser made of the first
        shared = (
            ix.tokens[second.end - 1].tag_ in ("NNS", "NNPS")
            and ix.tokens[first.end - 1].tag_ not in ("NN", "NNS", "NNPS")
            and ix.sentence(head).start == ix.sentence(ix.tokens[second.start]).start
        )
        if not (inside or shared):
            continue
        start = ix.sentence(head).start_char
        for who in dict.fromkeys(taking_part.get((second_key, start), ())):
            found.add(who, "participatedIn", first_key, "coordinated-participant", head)


@rule(
    "award-at-event",
    makes=("participatedIn",),
    triggers=("award_nouns", "award_verbs"),
    example=(
        "The 17th China-ASEAN Expo closed in Nanning. Sinag Analytics, a Manila start-up, "
        "received the CAEXPO Innovation Award."
    ),
    expect=("Sinag Analytics", "participatedIn", "17th China-ASEAN Expo"),
    counter=(
        "The 17th China-ASEAN Expo closed in Nanning. Sinag Analytics, a Manila start-up, "
        "received the Asian Innovation Award."
    ),
)
def award_winners(ix: DocumentIndex, found: Findings) -> None:
    """ "X received the CAEXPO Innovation Award", "won the fair's gold prize": who wins an
    event's own award (its name or a reference to it in the award's phrase) took part in
    it, the edition in scope for a series' award. An award named for no event ("the Asian
    Innovation Award") says nothing of the event."""
    lex = ix.lex
    for verb in ix.verbs:
        if lemma(verb) not in lex["award_verbs"]:
            continue
        winners = ix.keys(ix.widen(ix.subjects(verb)))
        winners = [k for k in winners if ix.core(k) in ("Organisation", "Person")]
        if not winners:
            continue
        for award in ix.objects(verb):
            if lemma(award) not in lex["award_nouns"]:
                continue
            # "at the Singapore Airshow, where X collected the Rising Star Award": an award
            # won in a "where" clause set at an event is won there, whoever gives it
            event = _awarding_event(ix, award) or _where_event(ix, verb)
            if event is None:
                continue
            event = _this_edition(ix, event, verb)
            for winner in winners:
                found.add(winner, "participatedIn", event, f"{lemma(verb)}-award", verb)


def _awarding_event(ix: DocumentIndex, award: Token) -> str | None:
    """The event whose award ``award`` is: one named or referred to before the noun ("the
    fair's prize", "the CAEXPO Innovation Award": a name written inside the award's, which
    is no mention of its own)."""
    words = ix.tokens[award.left_edge.i : award.i]
    for token in words:
        event = ix.event(token)
        if event is not None:
            return event
    scope = ix.event_in_scope(award)
    if scope is None:
        return None
    keys = [scope, ix.resolved.editions.get(scope, scope)]
    names = {
        name.lower()
        for key in keys
        for name in (ix.resolved.entities[key].label, *ix.resolved.entities[key].aliases)
    }
    text = " ".join(t.lower_ for t in words)
    if any(f" {name} " in f" {text} " for name in names):
        return scope
    return None


@rule(
    "one-of-participants",
    makes=("participatedIn",),
    triggers=("participant_role_nouns",),
    example=(
        "Borneo Swiftlet, one of about 40 Malaysian firms exhibiting at the 1st China "
        "International Import Expo, sold out on Monday."
    ),
    expect=("Borneo Swiftlet", "participatedIn", "1st China International Import Expo"),
    counter=(
        "The 1st China International Import Expo opened. Borneo Swiftlet, one of the "
        "biggest firms in Sarawak, sold out on Monday."
    ),
)
def one_of_participants(ix: DocumentIndex, found: Findings) -> None:
    """ "X, one of about 40 Malaysian firms exhibiting at E", "X, one of the exhibitors
    at E": a body (or person) set beside a role at an event is one of its participants.
    The event must be in the role's own phrase or clause: "one of the biggest firms in
    Sarawak" says nothing of the event in scope; but a role held only at an event ("one of
    40 exhibitors from Malaysia") is held at the sentence's event, or the one in scope."""
    lex = ix.lex
    for one in ix.with_lower(("one",)):
        if one.dep_ != "appos" or one.head.i not in ix.token_key:
            continue
        key = ix.token_key[one.head.i]
        if ix.core(key) not in ("Organisation", "Person"):
            continue
        for prep, role in ix.prepositions_of_noun(one):
            if prep != "of" or lemma(role) not in lex["participant_role_nouns"]:
                continue
            events = [
                e
                for p, t in ix.prepositions_of_noun(role)
                if p in ("at", "in", "to", "for")
                if (e := ix.event(t))
            ]
            for clause in (c for c in role.children if c.dep_ in ("acl", "relcl")):
                events += ix.events_at(
                    clause, participation=lemma(clause) in lex["participation_verbs"]
                )
            if (
                not events
                and lemma(role) in lex["event_role_nouns"]
                and not any(c.lower_ in _OTHER_TIMES for c in role.lefts)
            ):
                # "X, one of 40 exhibitors from Malaysia, sold ... at E": a role held only
                # at an event is held at the event of the clause, or the one in scope
                events = [e for e in [ix.event_of_role(role)] if e]
            for event in dict.fromkeys(events):
                found.add(key, "participatedIn", event, "one-of-participants", one)


@rule(
    "in-the-presence-of",
    makes=("participatedIn",),
    triggers=("presence_nouns",),
    example=(
        "The pact was signed at the 8th ASEAN-China Summit in Vientiane, in the presence of "
        "Chinese Premier Wen Jiabao."
    ),
    expect=("Wen Jiabao", "participatedIn", "8th ASEAN-China Summit"),
    counter=(
        "The pact was signed at the 8th ASEAN-China Summit in Vientiane, in the absence of "
        "Chinese Premier Wen Jiabao."
    ),
)
def in_the_presence_of(ix: DocumentIndex, found: Findings) -> None:
    """ "The pact was signed at E in the presence of A and B", "The summit was chaired by
    X with the participation of A and B": those in whose presence a thing is done are
    where it is done, the event of its clause (or the event it is said of), else the one
    in scope."""
    for noun in ix.with_lemma(ix.lex["presence_nouns"]):
        if noun.dep_ != "pobj":
            continue
        marker = noun.head
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        wanted = ("in", "with") if lemma(noun) == "presence" else ("with",)
        if marker.lower_ not in wanted or of is None:
            continue
        present = ix.listed_after(of.i + 1, ("Organisation", "Person"))
        _present_at_the_clause(ix, found, marker, present, "in-the-presence-of", noun)


def _present_at_the_clause(
    ix: DocumentIndex, found: Findings, marker: Token, present: list[str], name: str, at: Token
) -> None:
    """Place ``present`` at the event of the clause ``marker`` hangs on: its phrases, or
    the event that is its subject ("The summit was held ..., with ..."), else the event in
    scope."""
    verb = ix.clause_verb(ix.head(marker))
    clause = verb.pos_ in ("VERB", "AUX")
    events = ix.events_at(verb, participation=False) if clause else []
    if not events and clause:
        events = [k for k in ix.keys(ix.subjects(verb), event=True) if ix.core(k) == "Event"]
    for event in dict.fromkeys(events):
        for who in present:
            found.add(who, "participatedIn", event, name, at)
    if not events and not _elsewhere(ix, verb, []):
        found.unplaced.extend((who, at) for who in present)


def _gives_a_speech(ix: DocumentIndex, verb: Token) -> bool:
    """Does ``verb`` deliver or give a speech ("delivering a keynote speech", "giving the
    main address")? Only a speech's noun as its object: "giving away samples" is no talk."""
    return lemma(verb) in ix.lex["absolute_speech_verbs"] and any(
        c.dep_ == "dobj" and lemma(c) in ix.lex["speech_nouns"] for c in ix.children(verb)
    )


@rule(
    "with-taking-part",
    makes=("participatedIn",),
    triggers=("absolute_presence_verbs", "absolute_speech_verbs"),
    example=(
        "The 9th ASEAN-China Summit was held in Kuala Lumpur on Monday, with Premier Wen "
        "Jiabao and Prime Minister Abdullah Ahmad Badawi taking part."
    ),
    expect=("Abdullah Ahmad Badawi", "participatedIn", "9th ASEAN-China Summit"),
    counter=(
        "The 9th ASEAN-China Summit was held in Kuala Lumpur on Monday, with Premier Wen "
        "Jiabao and Prime Minister Abdullah Ahmad Badawi staying away."
    ),
)
def with_taking_part(ix: DocumentIndex, found: Findings) -> None:
    """ "The summit was held ..., with Premier Wen and ASEAN leaders taking part", "with X
    attending": the names between "with" and a participle of taking part (the next verb of
    the sentence) take part in the event of the clause "with" hangs on. Read from the
    surface: the parser hangs the participle on the last name."""
    verbs = ix.lex["absolute_presence_verbs"]
    for marker in ix.with_lemma(("with",)):
        if marker.pos_ != "ADP":
            continue
        end = ix.sentence(marker).end
        participle = next(
            (t for t in ix.tokens[marker.i + 1 : end] if t.pos_ in ("VERB", "AUX")), None
        )
        if participle is None or participle.tag_ != "VBG":
            continue
        if lemma(participle) not in verbs and not _gives_a_speech(ix, participle):
            continue
        if lemma(participle) == "take" and not any(c.lower_ == "part" for c in participle.children):
            continue
        present = ix.listed_after(marker.i + 1, ("Organisation", "Person"))
        if present:
            _present_at_the_clause(ix, found, marker, present, "with-taking-part", participle)


#: Words by which a role was or is held at other editions, not the one in scope.
_OTHER_TIMES = {"former", "past", "previous", "regular", "frequent", "repeat", "veteran"}


@rule(
    "event-role-apposition",
    makes=("participatedIn",),
    triggers=("event_role_nouns",),
    example=(
        "The 16th China-ASEAN Expo opened in Nanning.\n"
        "Huawei, one of the largest exhibitors, rolled out a line of servers."
    ),
    expect=("Huawei", "participatedIn", "16th China-ASEAN Expo"),
    counter=(
        "The 16th China-ASEAN Expo opened in Nanning.\n"
        "Huawei, one of the largest investors, rolled out a line of servers."
    ),
)
def event_role_apposition(ix: DocumentIndex, found: Findings) -> None:
    """ "Huawei, one of the largest exhibitors, rolled out ...", "Lazada, the biggest
    exhibitor, ...": a role that exists only at an event (exhibitor, attendee), set beside
    a name with no event of its own, is a role at the event in scope (one named so far,
    as for an unplaced exhibitor). A role with a phrase of its own ("exhibitor
    at the 2010 expo") is left to one-of-participants."""
    roles = ix.lex["event_role_nouns"]
    for noun in ix.tokens:
        if noun.dep_ != "appos" or noun.head.i not in ix.token_key:
            continue
        key = ix.token_key[noun.head.i]
        if ix.core(key) not in ("Organisation", "Person"):
            continue
        role = noun
        if noun.lower_ == "one":
            role = next((t for p, t in ix.prepositions_of_noun(noun) if p == "of"), noun)
        if lemma(role) not in roles or role.i in ix.token_key:
            continue
        # "exhibitor at the 2010 expo", "exhibitors from Thailand", "a past exhibitor"
        has_phrase = next(ix.prepositions_of_noun(role), None) is not None
        if has_phrase or any(c.dep_ in ("acl", "relcl") for c in role.children):
            continue
        if any(c.lower_ in _OTHER_TIMES for c in role.lefts):
            continue
        current = ix.event_in_scope(noun)
        if current is not None and ix.named_so_far(current, noun):
            found.add(key, "participatedIn", current, "event-role-apposition", noun)


@rule(
    "own-delegation-to-event",
    makes=("participatedIn",),
    triggers=("delegation_nouns",),
    example=(
        "The Department of Trade and Industry will go ahead with its trade mission to the "
        "10th China-ASEAN Expo next week."
    ),
    expect=("Department of Trade and Industry", "participatedIn", "10th China-ASEAN Expo"),
    counter=(
        "The Department of Trade and Industry will go ahead with its trade mission to "
        "Beijing next week."
    ),
)
def own_delegations(ix: DocumentIndex, found: Findings) -> None:
    """ "DTI will go ahead with its mission to the 10th CAEXPO", "Matrade's delegation to
    the expo": a body whose own delegation goes to an event takes part in it, whatever
    verb the sentence hangs the delegation on. Not "last year's mission to the expo"."""
    for noun in ix.with_lemma(ix.lex["delegation_nouns"]):
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or ix.names_another_occasion(noun) or _at_another_time(noun.head):
            continue
        if owner.lower_ == "its":  # "DTI ... its mission": the body named just before
            key = ix.nearest_before(owner, "Organisation")
        else:
            key = ix.entity(owner)
        if key is None or ix.core(key) != "Organisation":
            continue
        events = [
            e
            for p, t in ix.prepositions_of_noun(noun)
            if p in ("to", "at", "for")
            if (e := ix.event(t))
        ]
        for event in dict.fromkeys(events):
            found.add(key, "participatedIn", event, "own-delegation-to-event", noun)


@rule(
    "signed-between",
    makes=("participatedIn",),
    triggers=("partner_verbs",),
    example=(
        "A supply agreement was signed between Borneo Pepper Co and Guangxi Tianlu Foods "
        "during the 16th China-ASEAN Expo."
    ),
    expect=("Guangxi Tianlu Foods", "participatedIn", "16th China-ASEAN Expo"),
    counter=(
        "A supply agreement was signed between Borneo Pepper Co and Guangxi Tianlu Foods "
        "in Kuching, a month after the 16th China-ASEAN Expo."
    ),
)
def signed_between(ix: DocumentIndex, found: Findings) -> None:
    """ "A memorandum was signed between A and B during E", "a deal was inked between A
    and B at E", "The pact was signed at E by A and B": the parties of a pact signed at
    an event are there."""
    for verb in ix.verbs:
        if lemma(verb) not in ix.lex["partner_verbs"]:
            continue
        if not any(c.dep_ == "nsubjpass" for c in verb.children):
            continue
        if _negated(verb, ix.lex["declining_words"]):
            continue
        # read from the surface: long lists of titled names break the tree
        parties = [
            k
            for c in verb.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("between", "by")
            for k in ix.listed_after(c.i + 1, ("Organisation", "Person"))
        ]
        if not parties:
            continue
        for event in ix.events_at(verb, participation=False):
            for party in dict.fromkeys(parties):
                found.add(party, "participatedIn", event, "signed-between", verb)


@rule(
    "speech-given-to",
    makes=("participatedIn",),
    triggers=("delivering_verbs", "speech_nouns"),
    example="Deputy Prime Minister Lin Baihe gave a keynote speech to the 9th Mekong Forum.",
    expect=("Lin Baihe", "participatedIn", "9th Mekong Forum"),
    counter="Deputy Prime Minister Lin Baihe gave a keynote speech to students in Hanoi.",
)
def speeches_given_to(ix: DocumentIndex, found: Findings) -> None:
    """ "X gave a keynote speech to E", "delivered an address to E": who gives a speech
    to an event (the verb's own "to", or the speech noun's) takes part in it."""
    for verb in ix.verbs:
        if lemma(verb) not in ix.lex["delivering_verbs"]:
            continue
        if any(c.dep_ == "nsubjpass" for c in ix.children(verb)):
            continue  # "The keynote was delivered by X": the participant rule reads it
        speeches = [o for o in ix.objects(verb) if lemma(o) in ix.lex["speech_nouns"]]
        if not speeches or _negated(verb, ix.lex["declining_words"]):
            continue
        # the parser may call the verb's "to" a dative
        phrases = [
            *ix.prepositions(verb),
            *(
                ("to", t)
                for c in verb.children
                if c.dep_ == "dative" and c.lower_ == "to"
                for t in c.children
                if t.dep_ == "pobj"
            ),
            *(pt for n in speeches for pt in ix.prepositions_of_noun(n)),
        ]
        events = list(dict.fromkeys(e for p, t in phrases if p == "to" and (e := ix.event(t))))
        speakers = [
            k
            for k in ix.keys(ix.widen(ix.subjects(verb)))
            if ix.core(k) in ("Organisation", "Person")
        ]
        for event in events:
            for speaker in speakers:
                found.add(speaker, "participatedIn", event, "speech-given-to", verb)


@rule(
    "role-copula",
    makes=("participatedIn",),
    triggers=("participant_role_nouns",),
    example="The keynote speaker at the 9th Mekong Forum was Deputy Prime Minister Lin Baihe.",
    expect=("Lin Baihe", "participatedIn", "9th Mekong Forum"),
    counter="The keynote speaker at the 9th Mekong Forum was critical of Lin Baihe.",
)
def role_copulas(ix: DocumentIndex, found: Findings) -> None:
    """ "The keynote speaker at E was X", "Guests of honour at the opening of E were A
    and B": a role at a named event, then the copula and who held it."""
    for noun in ix.with_lemma(ix.lex["participant_role_nouns"]):
        verb = ix.head(noun)
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj":
            continue
        if lemma(verb) != "be" or verb.i < noun.i or _negated(verb, ix.lex["declining_words"]):
            continue
        events = [
            e
            for p, t in ix.prepositions_of_noun(noun)
            if p in ("at", "of", "during") and (e := ix.event(t))
        ]
        if not events:
            continue
        for key in ix.listed_after(verb.i + 1, ("Organisation", "Person")):
            found.add(key, "participatedIn", events[0], "role-copula", noun)


@rule(
    "accompanied-by",
    makes=("participatedIn",),
    triggers=("company_verbs",),
    example=(
        "Wen Jiabao, accompanied by Guo Shengkun, Party secretary of Guangxi, toured the "
        "8th China-ASEAN Expo."
    ),
    expect=("Guo Shengkun", "participatedIn", "8th China-ASEAN Expo"),
    counter="Wen Jiabao, praised by Guo Shengkun, toured the 8th China-ASEAN Expo.",
)
def accompanied_by(ix: DocumentIndex, found: Findings) -> None:
    """ "X, accompanied by A and B, toured the expo", "Joined by A, X opened the pavilion":
    those who come along take part wherever the one they accompany did, in that sentence."""
    # (who, sentence start) -> events, and who was seen at an unnamed event: built once,
    # on the first "accompanied by", so a long document is read in linear time.
    placed: dict[tuple[str, int], set[str]] | None = None
    unplaced: set[tuple[str, int]] = set()
    for verb in ix.verbs:
        if lemma(verb) not in ix.lex["company_verbs"]:
            continue
        if verb.tag_ == "VBN":
            agents = _agents(ix, verb)
            accompanied = ix.keys(ix.group(verb.head) if verb.dep_ == "acl" else ix.subjects(verb))
        elif lemma(verb) != "join":
            # "A and B accompanied the Prime Minister at the meetings": the subjects come
            # along (an active "join" is taking part in what is joined, read elsewhere)
            agents = [k for k in ix.keys(ix.widen(ix.subjects(verb))) if ix.core(k) == "Person"]
            accompanied = [k for k in ix.keys(ix.objects(verb)) if ix.core(k) == "Person"]
            if not accompanied:
                continue
        else:
            continue
        if not agents:
            continue
        if placed is None:
            placed = {}
            for r in found.relations:
                if r.predicate == "participatedIn" and r.evidence:
                    placed.setdefault((r.subject, r.evidence[0].start), set()).add(r.object)
            unplaced = {(who, ix.sentence(at).start_char) for who, at in found.unplaced}
        start = ix.sentence(verb).start_char
        events = sorted({e for who in accompanied for e in placed.get((who, start), ())})
        if not accompanied and verb.tag_ == "VBN" and _they(ix, verb):
            # "A and B toured the pavilion at E. They were joined by C": "they" are the
            # people the sentence before placed, and C goes where they went
            at = ix.sentence_position(verb)
            before = ix.sentences[at - 1].start_char if at > 0 else None
            events = sorted(
                {
                    e
                    for (who, where), placed_at in placed.items()
                    if where == before and ix.core(who) == "Person"
                    for e in placed_at
                }
            )
        # "The leaders were joined by A and B for the summit": the event the clause names
        events = ix.events_at(verb, participation=True) or events
        # "He was joined on stage by A": both are at the event in scope
        on_the_scene = _at_the_scene(ix, verb)
        if not events and not on_the_scene and verb.dep_ == "ROOT":
            # "X leaves to attend E. ... X will be accompanied by A and B": a clause of its
            # own goes with X to where X was last placed before it
            events = _placed_before(placed, accompanied, start)
            # ... unless they were placed at the article's main event before: a clause
            # naming no event goes with them there ("are accompanying the Prime Minister
            # at the meetings")
            main = ix.main_event()
            if main is not None and any(
                main in placed[(who, at)] for who, at in placed if who in accompanied and at < start
            ):
                events = [main]
        if on_the_scene:
            found.unplaced.extend((who, verb) for who in accompanied if ix.core(who) == "Person")
        for agent in agents:
            for event in events:
                found.add(agent, "participatedIn", event, f"{lemma(verb)}-by", verb)
            if on_the_scene or any((who, start) in unplaced for who in accompanied):
                found.unplaced.append((agent, verb))


@rule(
    "on-the-roster",
    makes=("participatedIn",),
    triggers=("roster_nouns",),
    example=(
        "Commerce Minister Pan Sorasak led a mission to the 16th China-ASEAN Expo; Smart "
        "Axiata and Cellcard were on the roster."
    ),
    expect=("Smart Axiata", "participatedIn", "16th China-ASEAN Expo"),
    counter="Smart Axiata and Cellcard were on the roster of the stock exchange.",
)
def on_the_roster(ix: DocumentIndex, found: Findings) -> None:
    """ "X brought 25 firms to E, with A and B on the list", "X headed a mission to E; A
    and B were on the roster": those on the list of a group the sentence sends to an event
    go where the sentence placed it (an event a rule before placed someone at there, else
    the one event the sentence names)."""
    for noun in ix.with_lemma(ix.lex["roster_nouns"]):
        on = noun.head
        if noun.dep_ != "pobj" or on.lower_ != "on" or on.dep_ != "prep":
            continue
        if not any(c.dep_ in ("det", "poss") for c in ix.children(noun)):
            continue  # "on a list of sanctioned firms"
        if any(c.dep_ == "prep" for c in ix.children(noun)):
            continue  # "on the list of exhibitors of 2019", "on the roster of the exchange"
        holder = on.head
        if holder.pos_ == "AUX" or lemma(holder) == "be":
            members = ix.widen(ix.subjects(holder))
        elif holder.dep_ == "pobj" and lemma(holder.head) == "with":
            members = ix.group(holder)  # "with A and B on the list"
        else:
            continue
        listed = [k for k in ix.keys(members) if ix.core(k) in ("Organisation", "Person")]
        if any(ix.core(k) == "Organisation" for k in listed):
            # a list is of one kind: "Jollibee Foods and Universal Robina were on the
            # roster" lists firms, whatever the NER made of one of them
            listed = [k for k in listed if ix.core(k) == "Organisation"]
        event = _sentence_event(ix, found, ix.sentence(noun), listed)
        if event is None:
            continue
        for key in listed:
            found.add(key, "participatedIn", event, "on-the-roster", noun)


def _sentence_event(
    ix: DocumentIndex, found: Findings, sentence: Span, listed: tuple[str, ...] | list[str] = ()
) -> str | None:
    """The one event a sentence places someone at (not one of ``listed``), else the one
    event (not a series) it names ("X headed a mission to E; A and B were on the roster":
    where its leader is placed later); none if there are more."""
    events = {
        r.object
        for r in found.relations
        if r.predicate == "participatedIn"
        and r.evidence
        and r.evidence[0].start == sentence.start_char
        and r.subject not in listed
    }
    if not events:
        series = set(ix.resolved.editions.values())
        events = {
            k
            for _, k in ix.mentions_in(sentence)
            if ix.core(k) == "Event"
            and k not in series
            and getattr(ix.resolved.entities.get(k), "finer_class", None) != "EventSeries"
        }
    return next(iter(events)) if len(events) == 1 else None


@rule(
    "guest-list",
    makes=("participatedIn",),
    triggers=("guest_list_phrases",),
    example=(
        "The guest list for the opening of the 16th China-ASEAN Expo ran from Premier Li "
        "Keqiang to Prime Minister Hun Sen."
    ),
    expect=("Li Keqiang", "participatedIn", "16th China-ASEAN Expo"),
    counter="The guest list ran from Premier Li Keqiang to Prime Minister Hun Sen.",
)
def guest_lists(ix: DocumentIndex, found: Findings) -> None:
    """ "The guest list for the opening of E ran from A and B to C", "X welcomed a senior
    line-up to E: A, B and C ...", "... read like an ASEAN roll call: A, B, with C as guest
    of honour": the people a sentence names after a guest list, line-up or roll call of
    the one event it names (or places someone at) are that event's guests. Not a list for
    another time ("next year's line-up")."""
    phrases = ix.lex["guest_list_phrases"]
    for sentence in ix.sentences:
        text = ix.text[sentence.start_char : sentence.end_char].lower()
        at = min((i for i in (text.find(p) for p in phrases) if i >= 0), default=-1)
        if at < 0 or any(t.lower_ == "next" for t in sentence):
            continue
        start = sentence.start_char + at
        event = _sentence_event(ix, found, sentence)
        if event is None:
            continue
        for span, key in ix.mentions_in(sentence):
            if span.start_char > start and ix.core(key) == "Person":
                found.add(key, "participatedIn", event, "guest-list", span.root)


@rule(
    "speech-at-event",
    makes=("participatedIn",),
    triggers=("speech_nouns",),
    example=(
        "President Joko Widodo urged Asian countries to settle their disputes peacefully, in "
        "a speech at the 16th China-ASEAN Expo."
    ),
    expect=("Joko Widodo", "participatedIn", "16th China-ASEAN Expo"),
    counter=(
        "President Joko Widodo urged Asian countries to settle their disputes peacefully, "
        "recalling a speech about the 16th China-ASEAN Expo."
    ),
)
def speeches_at_events(ix: DocumentIndex, found: Findings) -> None:
    """ "X urged countries to settle disputes, in a speech at the opening plenary of E",
    "X said in his speech at E": who speaks "in/during/with a speech at (to) E" is there,
    the subject of the clause the phrase hangs on (past a clause of purpose: the speaker,
    not the countries urged)."""
    for noun in ix.with_lemma(ix.lex["speech_nouns"]):
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during", "with"):
            continue
        events = []
        for prep, target in ix.prepositions_of_noun(noun):
            if prep not in ("at", "to"):
                continue
            # "at the opening plenary of E": a sitting of the event
            of = [t for p, t in ix.prepositions_of_noun(target) if p == "of"]
            events += [e for t in [target, *of] if (e := ix.event(t))][:1]
        if not events:
            continue
        clause = ix.head(noun.head)
        for _ in range(4):
            if any(c.dep_ == "nsubj" for c in ix.children(clause)) or ix.head(clause) == clause:
                break
            clause = ix.head(clause)
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in ix.children(clause) if c.dep_ == "nsubj"]
        for key in ix.keys(subjects):
            if ix.core(key) == "Person":
                found.add(key, "participatedIn", events[0], "speech-at", noun)


@rule(
    "events-hearing-speakers",
    makes=("participatedIn",),
    triggers=("hearing_verbs", "speech_nouns"),
    example=(
        "The 5th Mekong Trade Forum in Vientiane heard its keynote address from Vice Premier "
        "Zhang Wei."
    ),
    expect=("Zhang Wei", "participatedIn", "5th Mekong Trade Forum"),
    counter=(
        "The 5th Mekong Trade Forum in Vientiane heard complaints about a letter from Vice "
        "Premier Zhang Wei."
    ),
)
def events_hearing_speakers(ix: DocumentIndex, found: Findings) -> None:
    """ "E heard its main address from X", "the forum heard from X": an event that hears a
    speech (or hears from someone, with nothing else heard) hears its speaker there. Not
    "heard complaints about a letter from X": only a speech's noun, or none, is heard."""
    lex = ix.lex
    for verb in ix.verbs:
        if lemma(verb) not in lex["hearing_verbs"]:
            continue
        events = [e for s in ix.subjects(verb) if (e := ix.event(s))]
        if not events:
            continue
        objects = ix.objects(verb)
        if any(lemma(o) not in lex["speech_nouns"] for o in objects):
            continue
        sources = [t for p, t in ix.prepositions(verb) if p == "from"]
        sources += [t for o in objects for p, t in ix.prepositions_of_noun(o) if p == "from"]
        for source in sources:
            for key in ix.phrase_keys(source):
                if ix.core(key) in ("Person", "Organisation"):
                    found.add(key, "participatedIn", events[0], "heard-from", verb)


#: What an "as will X" clause of its own may hold besides its subjects: nothing that
#: makes it say more than "X too".
_ECHO_CHILD_DEPS = frozenset({"mark", "nsubj", "nsubjpass", "punct", "advmod", "cc"})


@rule(
    "as-did-too",
    makes=("participatedIn",),
    triggers=("echo_auxiliaries",),
    example=(
        "Premier Zhang Wei will open the 9th Mekong Trade Fair by video, as will Lao "
        "Minister Somchai Keola and Thai Minister Anan Boonma."
    ),
    expect=("Anan Boonma", "participatedIn", "9th Mekong Trade Fair"),
    counter=(
        "Premier Zhang Wei will open the 9th Mekong Trade Fair by video, as Minister Anan "
        "Boonma will be in Bangkok."
    ),
)
def as_did_too(ix: DocumentIndex, found: Findings) -> None:
    """ "X will address the expo by video, as will A, B and C", "X arrived in the city on
    Sunday, as did Y": an "as" clause of a bare auxiliary with its subjects after it says
    its subjects did what the main clause's subject did; each takes part in the events
    the main clause's subject takes part in by that sentence. Not "as Y will be in
    Bangkok": the subject before its verb and a phrase of its own make a clause of reason."""
    lex = ix.lex
    by_sentence: dict[int, list] = {}
    for relation in found.relations:
        if relation.predicate == "participatedIn" and relation.evidence:
            by_sentence.setdefault(relation.evidence[0].start, []).append(relation)
    for mark in ix.with_lower(("as",)):
        echo = ix.head(mark)
        if (
            mark.dep_ != "mark"
            or echo.dep_ != "advcl"
            or lemma(echo) not in lex["echo_auxiliaries"]
            or echo.i != mark.i + 1
        ):
            continue
        own = ix.children(echo)
        if any(c.dep_ not in _ECHO_CHILD_DEPS for c in own):
            continue
        subjects = [s for s in ix.subjects(echo) if s.i > echo.i]
        if not subjects:
            continue
        sentence = ix.sentence(echo)
        main_subjects = set(ix.keys(ix.subjects(ix.head(echo))))
        events = [
            r.object for r in by_sentence.get(sentence.start_char, ()) if r.subject in main_subjects
        ]
        if not events:
            continue
        # the list read from the surface: long lists of titled names are where the
        # parser's trees go wrong ("Thai Prime Minister Prayut Chan-o-cha, ...")
        for key in ix.listed_after(echo.i + 1, ("Person", "Organisation")):
            if key not in main_subjects:
                for event in dict.fromkeys(events):
                    found.add(key, "participatedIn", event, "as-did-too", echo)
