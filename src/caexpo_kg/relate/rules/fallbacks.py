"""Rules that fill gaps the others left: they run last and add only where nothing else did."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from ...extract.components.entities import _world_places
from ...extract.components.rules import ordinal_value
from ...model import Relation
from ..index import DocumentIndex, Findings, lemma
from ..registry import rule
from ..years import counted_from_the_story, story_year
from .events import (
    EVENT_VENUE_HEADS,
    a_country,
    a_region,
    held_only_at_venues,
    named_by_venue_head,
    names_its_place,
    place_named,
    venue_chain,
    venue_named,
)
from .participation import trading_firm
from .people import is_country
from .places import the_venue

#: Verbs by which an event happens where the news is datelined.
_HAPPENING_VERBS = {"open", "close", "end", "wrap", "get", "begin", "kick", "run", "conclude",
                    "start", "take", "continue", "draw", "attract"}  # fmt: skip


@rule(
    "exhibitor-at-edition",
    makes=("participatedIn",),
    triggers=("exhibiting_verbs", "stand_nouns", "delegation_leading_words", "delegation_nouns"),
    example="The 15th China-ASEAN Expo opened.\nTop Glove exhibited rubber gloves.",
    expect=("Top Glove", "participatedIn", "15th China-ASEAN Expo"),
    counter="Top Glove exhibited rubber gloves.",
)
def exhibitors_at_current_edition(ix: DocumentIndex, found: Findings) -> None:
    """ "Top Glove exhibited rubber gloves": in an article about an edition, with no
    event in sight, an exhibitor exhibits at that edition (one the text names by then or
    just after: an edition first named in a closing paragraph of background is not the
    scene of what came long before it)."""
    placed = {
        (r.subject, r.evidence[0].start)
        for r in found.relations
        if r.predicate == "participatedIn" and r.evidence
    }
    # (event, body, sentence) of each organiser read: "The World Economic Forum will hold
    # its Annual Meeting" makes the holder no guest of its own event in that sentence (an
    # organiser named so elsewhere may still take part: "As the Philippine co-organizer of
    # the event, CITEM ..." and "CITEM is leading the delegation")
    hosting = {
        (r.subject, r.object, r.evidence[0].start)
        for r in found.relations
        if r.predicate == "organisedBy" and r.evidence
    }
    published = ix.published.year if ix.published else None
    trading = ix.lex["exhibiting_verbs"] | ix.lex["deal_recipient_verbs"]
    for participant, verb in found.unplaced:
        if (participant, ix.sentence(verb).start_char) in placed and not _leads_a_delegation(
            ix, verb
        ):
            continue
        # goods are shown and sold at a fair, not at the summit beside it
        current = ix.fair_in_scope(verb) if lemma(verb) in trading else ix.clause_scope(verb)
        if current is None or not ix.named_so_far(current, verb):
            continue
        earlier = _other_edition_in_sentence(ix, found, current, verb)
        if earlier is not None:
            # "Its 14th edition, held in Nanning in 2019, was co-hosted by A, and X attended
            # for Cambodia": the sentence is about another edition of the series; X went
            # to that one, not to the edition in scope
            found.add(participant, "participatedIn", earlier, f"{lemma(verb)}-named-edition", verb)
            continue
        years = {
            int(year)
            for key in found.objects(current, "inYear")
            if (year := key.rsplit("/", 1)[-1]).isdigit()
        }
        if (
            published is not None
            and years
            and max(years) < published
            and ix.told_edition(verb) != current
        ):
            # an edition of a year before the story's: background, no scene (unless the
            # paragraph has told it as past: "The 2020 forum was held online. X spoke")
            continue
        if on_a_trip(ix, verb):
            continue  # "after a state visit to Beijing, where he held talks with Xi"
        if at_an_event_of_its_own(ix, verb):
            continue  # "The institute held a seminar in Bangkok, where X spoke"
        if (current, participant, ix.sentence(verb).start_char) in hosting:
            continue  # "The forum will hold its Annual Meeting": who holds it is no guest
        if _at_a_part_before(found, participant, current, ix.sentence(verb).start_char):
            continue  # "Speakers at the forum included X. ... X said": at the side event
        first = ix.first_mentions().get(current)
        if first is not None and _named_long_after(ix, verb, first.start):
            continue  # "Earlier this month, the first expo was held": named at the end
        found.add(participant, "participatedIn", current, f"{lemma(verb)}-current-edition", verb)


def _other_edition_in_sentence(
    ix: DocumentIndex, found: Findings, current: str, verb: Token
) -> str | None:
    """The one other edition of ``current``'s series the verb's sentence names by its
    number or year ("Its 14th edition", "the 2019 forum"), when it does not name
    ``current`` itself; else none. ("The expo's online platform" is a reference the
    resolver places, not an edition the sentence is about.)"""
    series = found.objects(current, "editionOf")
    if not series:
        return None
    mentions = ix.mentions_in(ix.sentence(verb))
    if any(key == current for _, key in mentions):
        return None
    tokens = ix.tokens
    others = {
        key
        for span, key in mentions
        if key != current
        and found.objects(key, "editionOf") & series
        # (the year may be a mention of its own just before: "The 2023 edition")
        and any(
            t.text.isdigit() or ordinal_value(t.text) is not None
            for t in [*span, *tokens[max(span.start - 1, 0) : span.start]]
        )
    }
    return next(iter(others)) if len(others) == 1 else None


def _leads_a_delegation(ix: DocumentIndex, verb: Token) -> bool:
    """Does the clause lead a delegation that names no event ("X led the delegation and
    spoke at the opening of the summit")? The delegation came to the event in scope, so
    its leader did too, whatever else the sentence places them at."""
    return lemma(verb) in ix.lex["delegation_leading_words"] and any(
        lemma(o) in ix.lex["delegation_nouns"] and o.i not in ix.token_key for o in ix.objects(verb)
    )


def _at_a_part_before(found: Findings, participant: str, event: str, before: int) -> bool:
    """Was the participant placed, earlier in the text than ``before``, at a side event
    of ``event`` (a forum the rules read as part of it)? What they say next with no event
    in sight they say there, not at the parent ("Speakers at the forum included X. ...
    X said"); a side event named only later leaves them at the parent."""
    return any(
        r.evidence[0].start < before
        for r in found.relations
        if r.subject == participant
        and r.predicate == "participatedIn"
        and r.evidence
        and event in found.objects(r.object, "partOf")
    )


def _relative_word(verb: Token) -> Token | None:
    """The word that opens the relative clause a verb is in, if "where" or "during/in/on
    which" ("..., during which he is due to hold talks": through the clauses it is raised
    from)."""
    clause = verb
    for _ in range(4):
        for child in clause.children:
            if child.lower_ == "where" and child.dep_ == "advmod":
                return child
            if child.dep_ == "prep" and child.lower_ in ("during", "in", "on"):
                which = [g for g in child.children if g.lower_ == "which"]
                if which:
                    return child
        if clause.dep_ not in ("xcomp", "acomp", "conj", "ccomp") or clause.head == clause:
            return None
        clause = clause.head
    return None


def on_a_trip(ix: DocumentIndex, verb: Token) -> bool:
    """Is the clause set, by "where" or "during which", on a trip ("after a state visit to
    Beijing, where he held talks with Xi", "will pay an official visit to Laos after the
    meetings, during which he is due to hold talks")? The nearest occasion named before
    the relative word is a visit, not an event: what is done there is not done at the
    event in scope."""
    relative = _relative_word(verb)
    if relative is None:
        return False
    start = ix.sentence(verb).start
    for token in reversed(ix.tokens[start : relative.i]):
        if ix.core(ix.token_key.get(token.i)) == "Event" or ix.event(token) is not None:
            return False
        if lemma(token) in ix.lex["trip_nouns"] and token.pos_ == "NOUN":
            return True
    return False


def at_an_event_of_its_own(ix: DocumentIndex, verb: Token) -> bool:
    """Is the clause about an event the text only describes, held by the clause's own
    subject ("The consulate hosted a meeting to promote the zones", "Two institutes held a
    seminar in Bangkok, where X and Y spoke")? Those who hold it, and those who speak
    where it is held, are at that event, not at the edition in scope; "a seminar" is a
    new event, where "the seminar" would be the one in scope. ("held talks with X" is
    taking part: talks are no event of the side_event_nouns.)"""
    clause = verb
    for _ in range(3):
        if _holds_an_event_of_its_own(ix, clause):
            return True
        # "hosted a meeting to promote X": the purpose's verb hangs on the holding verb or
        # on the meeting it holds
        if clause.dep_ == "acl" and ix.head(clause).dep_ == "dobj":
            clause = ix.head(ix.head(clause))
        elif clause.dep_ in ("xcomp", "advcl"):
            clause = ix.head(clause)
        else:
            break
    relative = _relative_word(verb)
    if relative is None:
        return False
    start = ix.sentence(verb).start
    for token in reversed(ix.tokens[start : relative.i]):
        if ix.core(ix.token_key.get(token.i)) == "Event":
            return False  # "... at the 9th forum in Hue, where X spoke"
        if token.pos_ == "VERB":
            # the nearest verb before "where": "held a seminar in Bangkok, where ..."
            return _holds_an_event_of_its_own(ix, token)
    return False


def _holds_an_event_of_its_own(ix: DocumentIndex, verb: Token) -> bool:
    """Does active ``verb`` hold or host "a seminar", "a meeting" (one of the
    side_event_nouns with "a"/"an", naming no event of the text)? Not plural ones: "held
    cupping sessions twice a day" is what an exhibitor does at the fair."""
    # (an organising verb: "launched a programme of events" starts no meeting of its own)
    return (
        lemma(verb) in ix.lex["organising_verbs"]
        and ix.holds_unnamed_events(verb)
        and any(
            o.i not in ix.token_key
            and lemma(o) in ix.lex["side_event_nouns"]
            and o.tag_ != "NNS"
            and any(c.lower_ in ("a", "an") for c in o.lefts)
            for o in ix.objects(verb)
        )
    )


#: Affiliations by a verb of owning or running a business ("X, who runs Y").
_OWNING_RULES = {
    f"affiliatedWith:{verb}-org" for verb in ("run", "own", "co-own", "found", "co-found")
}


@rule(
    "exhibitor-staff",
    makes=("participatedIn",),
    triggers=("trading_firm_nouns", "legal_form_words"),
    example=(
        "The 16th China-ASEAN Expo opened in Nanning.\n"
        '"Buyers came early," said Lim Wei Ming, sales director of Penang Glove Sdn Bhd.'
    ),
    expect=("Penang Glove", "participatedIn", "16th China-ASEAN Expo"),
    counter=(
        "The 16th China-ASEAN Expo opened in Nanning.\n"
        '"Buyers came early," said Lim Wei Ming, a director of the Penang Chamber of Commerce.'
    ),
)
def exhibitor_staff(ix: DocumentIndex, found: Findings) -> None:
    """ "..., said X, export manager of Y Co", "said its sales manager, X" (of a firm named
    before): someone of a trading firm who takes part in a fair is there for the firm, which
    exhibits. Not a ministry or chamber (no firm that trades), nor the fair's organiser."""
    staff = [
        r
        for r in found.relations
        if r.predicate == "participatedIn" and ix.core(r.subject) == "Person" and r.evidence
    ]
    # "X, who runs Y", "X, who owns Y": one runs or owns a business, whatever its name
    owned = {
        (r.subject, r.object)
        for r in found.relations
        if r.predicate == "affiliatedWith" and r.rule in _OWNING_RULES
    }
    trading: dict[str, bool] = {}
    for taking_part in staff:
        event = taking_part.object
        if not (ix.is_a_fair(event) or ix.is_a_fair(ix.resolved.editions.get(event, event))):
            continue
        organisers = found.objects(event, "organisedBy")
        for firm in sorted(found.objects(taking_part.subject, "affiliatedWith")):
            if firm in organisers or event in found.objects(firm, "participatedIn"):
                continue
            if firm not in trading:
                trading[firm] = any(
                    trading_firm(ix, firm, ix.sentence(span[0])) for span in ix.spans_named(firm)
                )
            if not trading[firm] and (taking_part.subject, firm) not in owned:
                continue
            # One sentence of evidence, as every relation has (the evidence record holds
            # one text): the one placing the person at the fair; the affiliation has its own.
            found.append(
                Relation(
                    firm,
                    "participatedIn",
                    event,
                    "participatedIn:exhibitor-staff",
                    taking_part.evidence[:1],
                )
            )


@rule(
    "office-body-no-participant",
    makes=("participatedIn",),
    example=(
        "The 16th China-ASEAN Expo opens in Nanning next week.\n"
        "Speakers included Le Van Thanh, Director General of Hanoi's Department of Industry "
        "and Trade, and Lim Bee Hoon, the Malaysian Minister of Trade."
    ),
    expect=("Le Van Thanh", "participatedIn", "16th China-ASEAN Expo"),
    counter=(
        "The 16th China-ASEAN Expo opens in Nanning next week.\n"
        "Speakers included Le Van Thanh and Lim Bee Hoon."
    ),
)
def office_body_no_participant(ix: DocumentIndex, found: Findings) -> None:
    """ "Speakers included X, Director General of Dubai's Department of Economy", "IMF
    Managing Director X will also take part": a body named only in the office of a person
    listed as taking part tells who the person is; the person takes part, not the body
    (its sending people is said otherwise: "representatives of X", "officials from X"),
    unless the sentence places the body by another reading ("at the centre's booth"). The
    person's taking part is stated again under this rule's name, so an explanation shows
    why the body went."""
    # ("X of Malaysia's Department of Fisheries": the person of a body, read so)
    offices = {
        "affiliatedWith:apposition-office",
        "affiliatedWith:title-before-name",
        "affiliatedWith:person-of-org",
    }
    # who was placed where, by which rule, in which sentence
    said = {
        (r.subject, r.object, r.evidence[0].start, r.rule)
        for r in found.relations
        if r.evidence and r.predicate == "participatedIn"
    }
    titled = {
        (r.object, r.evidence[0].start): r.subject
        for r in found.relations
        if r.rule in offices and r.evidence
    }

    def in_an_office(r: Relation) -> bool:
        if r.predicate != "participatedIn" or not r.evidence or ix.core(r.subject) == "Person":
            return False
        at = r.evidence[0].start
        person = titled.get((r.subject, at))
        # placed by the same reading as the person ("X's booth" places the body itself)
        return person is not None and (person, r.object, at, r.rule) in said

    dropped = [r for r in found.relations if in_an_office(r)]
    if not dropped:
        return
    found.withdraw(in_an_office)
    for r in dropped:
        person = titled[(r.subject, r.evidence[0].start)]
        found.append(
            Relation(person, "participatedIn", r.object, "participatedIn:office-body", r.evidence)
        )


def _named_long_after(ix: DocumentIndex, verb, position: int) -> bool:
    """Is the token at ``position`` past the sentence after ``verb``'s? (A lede may name its
    event in the next sentence; background at the end names one long after.)"""
    end = ix.sentence(verb).end
    if position < end:
        return False
    starts = sum(1 for t in ix.tokens[end : position + 1] if t.is_sent_start)
    return starts > 1


@rule(
    "parent-of-organiser",
    makes=("organisedBy",),
    triggers=("parent_body_prepositions", "parent_body_nouns"),
    example=(
        "The 5th Lao Cai Trade Fair was organised by the Vietnam Trade Promotion Agency "
        "under the Ministry of Industry and Trade."
    ),
    expect=("5th Lao Cai Trade Fair", "organisedBy", "Vietnam Trade Promotion Agency"),
    counter=(
        "The 5th Lao Cai Trade Fair was organised by the Vietnam Trade Promotion Agency "
        "and the Ministry of Industry and Trade."
    ),
)
def parent_of_organiser(ix: DocumentIndex, found: Findings) -> None:
    """ "organised by the Trade Promotion Agency under the Ministry of Industry and Trade",
    "organised by SIAE, a subsidiary of the Aerospace Industries Association", "hosted by
    the School of International Studies of Yunnan University": the parent body names
    who the organiser is; it is no organiser of the event itself. Withdrawn
    where the same event's organiser is the body it is the parent of, read from that
    sentence, and the sentence names the parent no other way; the organiser is stated
    again under this rule's name, so an explanation shows why the parent went."""
    parents: dict[tuple[str, int], set[str]] = {}  # (parent, sentence start) -> children
    others: set[tuple[str, int]] = set()  # parents also named on their own there
    for span, key in ix.mentions_of("Organisation"):
        sentence = ix.sentence_evidence(span.root).start
        child = _child_body(ix, span)
        if child is not None and child != key:
            parents.setdefault((key, sentence), set()).add(child)
        elif not _own_acronym(ix, span, key):
            others.add((key, sentence))
    if not parents:
        return
    said = {
        (r.subject, r.object, r.evidence[0].start)
        for r in found.relations
        if r.predicate == "organisedBy" and r.evidence
    }

    def a_parent(r: Relation) -> bool:
        if r.predicate != "organisedBy" or not r.evidence:
            return False
        at = (r.object, r.evidence[0].start)
        return at not in others and any(
            (r.subject, child, at[1]) in said for child in parents.get(at, ())
        )

    dropped = [r for r in found.relations if a_parent(r)]
    if not dropped:
        return
    found.withdraw(a_parent)
    for r in dropped:
        for child in sorted(parents[(r.object, r.evidence[0].start)]):
            if (r.subject, child, r.evidence[0].start) in said:
                found.append(
                    Relation(
                        r.subject,
                        "organisedBy",
                        child,
                        "organisedBy:parent-of-organiser",
                        r.evidence,
                    )
                )


def _own_acronym(ix: DocumentIndex, span: Span, key: str) -> bool:
    """Is ``span`` the acronym in brackets right after a name of the same body
    ("the Aerospace Industries Association (GIFAS)")?"""
    at = span.start - 1
    return at >= 1 and ix.tokens[at].text == "(" and ix.token_key.get(at - 1) == key


def _child_body(ix: DocumentIndex, span: Span) -> str | None:
    """The organisation whose parent the mention ``span`` names, read from the surface:
    "BODY under (the) PARENT", "BODY (ACRONYM), a subsidiary of (the) PARENT", and a
    named body's own "of": "the School of International Studies of Yunnan University",
    "the Rice Research Institute of Vietnam's Ministry of Agriculture" (where the name
    ends before "of" or the possessive, another body's name ends: the school is part of
    the university, which is no organiser for being named after it)."""
    at = span.start - 1
    if at >= 0 and ix.tokens[at].lower_ == "the":
        at -= 1
    if at < 1:
        return None
    word = ix.tokens[at]
    if word.lower_ in ("'s", "’s") and ix.core(ix.token_key.get(at - 1)) == "Organisation":
        # "the Rice Research Institute of Vietnam's Ministry of ...": the name that owns the
        # parent swallowed the place it is "of"; a body's own "of" before the possessive
        owner = ix.token_key[at - 1]
        inner = [t.lower_ for t in ix.tokens[max(0, at - 8) : at - 1]]
        named = ix.token_key.get(at - 2) == owner and "of" in inner
        return owner if named and owner != ix.token_key.get(span.start) else None
    if word.lower_ == "of" and _names_either_side(ix, span, at):
        before = at - 1  # "the School of International Studies of Yunnan University"
    elif word.lower_ in ix.lex["parent_body_prepositions"]:
        before = at - 1
    elif word.lower_ == "of" and lemma(ix.tokens[at - 1]) in ix.lex["parent_body_nouns"]:
        before = at - 2
        if before >= 0 and ix.tokens[before].lower_ in ("a", "an", "the"):
            before -= 1
        if before < 0 or ix.tokens[before].text != ",":
            return None  # "the trade arm of X" heading the phrase: no body before it
        before -= 1
    else:
        return None
    if before >= 0 and ix.tokens[before].text == ")":
        # "the Vietnam Trade Promotion Agency (Vietrade) under ...": past the acronym
        while before >= 0 and ix.tokens[before].text != "(":
            before -= 1
        before -= 1
    key = ix.token_key.get(before) if before >= 0 else None
    return key if ix.core(key) == "Organisation" else None


def _names_either_side(ix: DocumentIndex, span: Span, of: int) -> bool:
    """Is the "of" at ``of`` set between two bodies' printed names ("the Institute of
    Marine Affairs (IMA) of the Academy of Sciences"), not inside a phrase the resolver
    shares among several bodies ("the ministries of science and technology of China and
    Laos", whose words stand for each ministry in turn)?"""
    left = ix.tokens[of - 1]
    named = left.text == ")" or (
        left.is_title and ix.core(ix.token_key.get(of - 1)) == "Organisation"
    )
    return named and span[0].is_title


@rule(
    "story-venue",
    makes=("heldIn",),
    example=(
        "The 19th China-ASEAN Expo closed on Monday.\nSome 1,650 companies took part in "
        "person at the Nanning International Convention and Exhibition Center."
    ),
    expect=(
        "19th China-ASEAN Expo",
        "heldIn",
        "Nanning International Convention and Exhibition Center",
    ),
    counter=(
        "The 19th China-ASEAN Expo closed on Monday.\nThe Nanning International "
        "Convention and Exhibition Center is being renovated."
    ),
)
def story_venue(ix: DocumentIndex, found: Findings) -> None:
    """ "Some 1,650 companies took part in person at the Nanning International Convention
    and Exhibition Center", "exhibitors fill Hall 2 of the centre": in an article about one
    event, the one convention centre or exhibition ground the story is set in ("at", "in",
    "of", "across" it, in a sentence that does not name the event nor refer to it: one that
    does is read by the rules of its clause) and no other event is held at is where its
    event is held, and so
    are the places the text puts the venue in if it names no city for the event (a
    district is finer than the gold reads). A hall or hotel may hold one meeting only,
    and two such venues leave it open; so does a meeting or summit, which may sit in one
    hall of a centre the story only passes through."""
    main = ix.main_event()
    if main is None or not ix.is_a_fair(main):
        return  # a meeting may sit in one hall of a centre the story passes through
    if any(_is_event_venue(ix, p) for p in found.objects(main, "heldIn")):
        return
    if _walks_editions(ix, main):
        return  # an overview's venue is that of the edition its paragraph tells of
    venues: dict[str, Token] = {}
    for span, key in ix.mentions_of("Place"):
        token = ix.head_mention_token(span)
        if not _is_event_venue(ix, key) or _other_events_at(ix, found, key, main):
            continue
        if token.dep_ != "pobj" or token.head.lower_ not in _SETTING_PREPOSITIONS:
            continue
        if _names_the_event(ix, ix.sentence(token), main):
            continue  # a sentence naming the event says itself how the venue relates to it
        venues.setdefault(key, token)
    if len(venues) != 1:
        return
    venue, token = next(iter(venues.items()))
    # The places around the venue only where the text has not said where the event is.
    chain = [] if found.has(main, "heldIn") else venue_chain(ix, token)
    for place in (venue, *chain):
        found.add(main, "heldIn", place, "story-venue", token)


def _walks_editions(ix: DocumentIndex, main: str) -> bool:
    """Does the text name two or more editions of ``main``'s series besides ``main`` ("The
    eighth expo in 2011 ... The tenth edition in 2013 ...")? Then it walks the series, and
    a venue named in one paragraph is no surer the main edition's than another's."""
    series = ix.resolved.editions.get(main)
    if series is None:
        return False
    others = {e for e, of in ix.resolved.editions.items() if of == series and e != main}
    return len(others & set(ix.first_mentions())) >= 2


def _other_events_at(ix: DocumentIndex, found: Findings, venue: str, main: str) -> set[str]:
    """The events other than ``main`` said to be held at ``venue``, but for the stands and
    sections of a fair ("the Indonesia Pavilion at the National Exhibition and Convention
    Center"), which are where the fair is, and what is said to be part of ``main``."""
    stands = ix.lex["stand_nouns"] | ix.lex["section_nouns"]
    return {
        other
        for other in found.subjects(venue, "heldIn") - {main}
        if ix.head_word(other) not in stands and main not in found.objects(other, "partOf")
    }


def _names_the_event(ix: DocumentIndex, sentence, event: str) -> bool:
    """Does ``sentence`` name ``event`` or refer to it unnamed ("the two-day meeting")?"""
    return any(k == event for _, k in ix.mentions_in(sentence)) or any(
        k == event and sentence.start <= t.i < sentence.end for t, k in ix.implicit_events()
    )


#: Prepositions by which a story is set at a venue ("at", "Hall 2 of", "spread across").
_SETTING_PREPOSITIONS = {"at", "in", "of", "across", "inside"}


def _is_event_venue(ix: DocumentIndex, key: str) -> bool:
    """Is ``key`` a place named as a venue that holds a whole event (a convention centre,
    a complex, exhibition grounds), a bracketed gloss after its head aside?"""
    entity = ix.resolved.entities.get(key)
    if entity is None or entity.core_class != "Place":
        return False
    return named_by_venue_head(ix, key, EVENT_VENUE_HEADS)


@rule(
    "dateline",
    makes=("heldIn",),
    triggers=(
        "venue_heads",
        "release_furniture_labels",
        "release_heading_words",
        "base_words",
    ),
    example="NANNING, Sept. 22 -- The 12th China-ASEAN Expo closed on Monday.",
    expect=("12th China-ASEAN Expo", "heldIn", "Nanning"),
    counter="The 12th China-ASEAN Expo closed on Monday, officials in Nanning said.",
)
def dateline(ix: DocumentIndex, found: Findings) -> None:
    """The article's own event happens at its dateline: the current edition, and an
    event that opens, closes or is under way in the lede ("The expo closed on Tuesday");
    not one the text places in a province or country the dateline's city is not in
    ("KUANTAN: ... the first conference in Guangxi"); nor any event of a press release
    issued from its issuer's city ("JAKARTA, Sept. 18, 2019 /PRNewswire/ -- PT X, a
    Jakarta-based firm, will exhibit at the 16th China-ASEAN Expo"), not the event's."""
    place = ix.dateline_place()
    if place is None or ix.issued_from_home:
        return
    place_span = next(s for s, k in ix.mention_spans if k == place)
    lede_end = ix.text.find("\n", place_span.end_char)
    lede_end = len(ix.text) if lede_end < 0 else lede_end
    events = []
    for span, key in ix.mention_spans:
        if ix.core(key) != "Event" or not (place_span.end_char <= span.start_char < lede_end):
            continue
        token = ix.head_mention_token(span)
        if any(
            role == "subject" and lemma(verb) in _HAPPENING_VERBS
            for verb, role in ix.verbs_of(token)
        ):
            events.append((key, token))
    current = ix.main_event()  # the edition the article is about, else its one-off event
    if current is not None and not _lede_held_elsewhere(ix, found, place, lede_end):
        first = ix.first_mentions()[current]
        events.append((current, first.root))
    for key, token in events:
        if _edition_held_elsewhere(ix, found, key, place):
            continue  # "KOTA KINABALU – ... when the 21st China-ASEAN Expo (CAEXPO) opens"
        if _a_later_edition_named(ix, key):
            continue  # "MANILA – ... the 6th CAEXPO" in 2009, then "the 20th CAEXPO"
        if _part_held_elsewhere(ix, found, key, place):
            continue  # "CHONGQING - ... a forum in Nanning, held as part of the 19th CAEXPO"
        if any(_in_another_country(ix, p, place) for p in found.objects(key, "heldIn")):
            continue  # "KUANTAN: ... the first conference in Guangxi": written far from it
        if not found.has(key, "heldIn") or held_only_at_venues(ix, found, key):
            found.add(key, "heldIn", place, "dateline", token)


def _part_held_elsewhere(ix: DocumentIndex, found: Findings, key: str, place: str) -> bool:
    """Is a part of ``key`` (a forum "held as part of" it, "on its sidelines") held in a city
    other than the dateline's ("CHONGQING - ... At a corridor forum in Nanning last month,
    held as part of the 19th China-ASEAN Expo")? Then the event is where its part is, and
    the story is written from afar."""
    for part in found.subjects(key, "partOf"):
        for where in found.objects(part, "heldIn"):
            if where != place and not a_region(ix, where) and not _is_event_venue(ix, where):
                return True
    return False


def _a_later_edition_named(ix: DocumentIndex, key: str) -> bool:
    """Does the text name an edition of ``key``'s series two or more numbers later
    ("MANILA – ... the 6th CAEXPO" in 2009, "... a day before the opening of the 20th
    CAEXPO")? Then ``key`` is one the story looks back on, and its dateline says where the
    news is written now, not where that edition was held (the next one, named in a
    preview of next year's, says nothing of it)."""
    entity = ix.resolved.entities.get(key)
    series = ix.resolved.editions.get(key)
    if entity is None or series is None or entity.edition_number is None:
        return False
    return any(
        other.edition_number is not None and other.edition_number >= entity.edition_number + 2
        for edition, of in ix.resolved.editions.items()
        if of == series and (other := ix.resolved.entities.get(edition)) is not None
    )


def _lede_held_elsewhere(ix: DocumentIndex, found: Findings, place: str, lede_end: int) -> bool:
    """Does the lede place its own event in a city other than the dateline's ("KUALA
    LUMPUR -- The prime minister leaves for Nanning tomorrow to attend the summit")? Then
    the story is written far from the events it reports, and the dateline places none."""
    place_span = next(s for s, k in ix.mention_spans if k == place)
    if place_span.start_char > 0 and ix.text[place_span.start_char - 1] != "\n":
        return False  # no dateline opening a line (a byline's "in Hanover"): no lede to read
    for span, key in ix.mention_spans:
        if not place_span.end_char <= span.start_char < lede_end or ix.core(key) != "Event":
            continue
        held = {
            p
            for p in found.objects(key, "heldIn")
            if not a_region(ix, p) and not _is_event_venue(ix, p)
        }
        if held and place not in held:
            return True
    return any(
        _in_another_country(ix, elsewhere, place)
        for verb in ix.verbs
        if place_span.end_char <= verb.idx < lede_end
        for elsewhere in _where_an_event_is_held(ix, verb)
    )


#: Verbs by which an event is said to be held somewhere ("a seminar ... held in Beijing").
_HOLDING_VERBS = {"hold", "convene", "stage"}


def _where_an_event_is_held(ix: DocumentIndex, verb: Token) -> list[str]:
    """The places "in" which ``verb`` holds an event, named or not: "a seminar on
    cooperation in agriculture held in Beijing" (the participle on a noun of the event's
    phrase, however the parser hung it), "the meeting was held in Beijing"."""
    if lemma(verb) not in _HOLDING_VERBS:
        return []
    if verb.dep_ == "acl":
        nouns = [verb.head, *verb.head.ancestors]
        nouns = nouns[: next((i for i, t in enumerate(nouns) if t.pos_ in ("VERB", "AUX")), None)]
    else:
        nouns = [s for s in ix.subjects(verb) if s.dep_ == "nsubjpass"]
    events = ix.lex["meeting_nouns"] | ix.lex["implicit_event_nouns"]
    if not any(lemma(n) in events or ix.core(ix.entity(n)) == "Event" for n in nouns):
        return []
    return [
        key
        for prep, target in ix.prepositions(verb)
        if prep == "in" and ix.core(key := ix.entity(target)) == "Place"
    ]


def _edition_held_elsewhere(ix: DocumentIndex, found: Findings, key: str, place: str) -> bool:
    """Is ``key`` a series whose edition the text places in a city other than the
    dateline's ("KOTA KINABALU – ... when the 21st China-ASEAN Expo (CAEXPO) opens in
    Nanning": the acronym names the series, and the news is written far from it)?"""
    editions = [e for e, series in ix.resolved.editions.items() if series == key]
    held = {
        p
        for e in editions
        for p in found.objects(e, "heldIn")
        if not a_region(ix, p) and not _is_event_venue(ix, p)
    }
    return bool(held) and place not in held


def _in_another_country(ix: DocumentIndex, key: str, dateline: str) -> bool:
    """Does the gazetteer (or GeoNames and ISO 3166-2, for a city or a province it does not
    list) put place ``key`` in a country other than the ``dateline``'s, and in none of the
    dateline's ("KUANTAN: ... the first conference in Guangxi", "KUALA LUMPUR -- ... at the
    education week in Guizhou, China")? Then an event held there is not held at the
    dateline, whose province or country it is not. A name either does not place is no
    sign either way."""
    here, there = _countries(ix, dateline), _countries(ix, key)
    return bool(here) and bool(there) and not here & there


def _countries(ix: DocumentIndex, key: str) -> frozenset[str]:
    """The codes of the countries place ``key`` lies in (or is), by the gazetteer's entry
    for it, else by its name in GeoNames' cities and ISO 3166-2 (none if unknown)."""
    entity = ix.resolved.entities.get(key)
    if entity is None or entity.core_class != "Place":
        return frozenset()
    entry = ix.rules.by_name.get(entity.label.casefold())
    name = entity.label
    if entry is not None:
        name = entry.located_in or entry.label  # a province by its country's name
    return _world_places().get(name.casefold(), frozenset())


@rule(
    "lede-place",
    makes=("heldIn",),
    example=(
        "Li gives keynote at expo\n"
        "Premier Li Keqiang took the stage in Nanning on Tuesday. He spoke at the opening "
        "of the 10th China-ASEAN Expo."
    ),
    expect=("10th China-ASEAN Expo", "heldIn", "Nanning"),
    counter=(
        "Li gives keynote at expo\n"
        "Premier Li Keqiang, who studied in Nanning, spoke on Tuesday. He spoke at the "
        "opening of the 10th China-ASEAN Expo."
    ),
)
def lede_place(ix: DocumentIndex, found: Findings) -> None:
    """ "Premier Li Keqiang took the stage in Nanning on Tuesday", "Officials agreed in
    Nanning on Monday to ...": an article with no dateline says in its lede's own clause
    where the news happened, as a dateline would; the article's event is held there
    unless the text has said where (a city, not a country or province, which says less)."""
    if ix.dateline_place() is not None:
        return
    main = ix.main_event()
    if main is None or (found.has(main, "heldIn") and not held_only_at_venues(ix, found, main)):
        return
    lede = next((s for s in ix.sentences if _ends_a_sentence(s)), None)
    if lede is None:
        return
    for span, key in ix.mentions_in(lede):
        token = ix.head_mention_token(span)
        prep = token.head
        if (
            token.dep_ == "pobj"
            and prep.lower_ == "of"
            and prep.head.dep_ == "pobj"
            and names_its_place(ix, prep.head)
        ):
            token = prep.head  # "in the riverside town of Jinghong": the town is Jinghong
            prep = token.head
        if (
            ix.core(key) == "Place"
            and token.dep_ == "pobj"
            and prep.lower_ == "in"
            and prep.head.pos_ in ("VERB", "AUX")
            and _the_ledes_clause(prep.head)
            and not _holds_another(ix, prep.head, main)
            and not is_country(ix, key)
            and not _is_event_venue(ix, key)
        ):
            found.add(main, "heldIn", key, "lede-place", prep)
            return


def _the_ledes_clause(verb: Token) -> bool:
    """Is ``verb`` the lede's main verb or a clause of time on it ("When ministers signed
    the pact in Kuala Lumpur, ...")? Not a clause set against it ("while ... in Qinzhou")."""
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in verb.children
    )


def _holds_another(ix: DocumentIndex, verb: Token, event: str) -> bool:
    """Is ``verb``'s clause about something else: a gathering of its own as object ("held
    a promotion conference for the expo in Tuguegarao"), another event as subject ("The
    Advanced Technology Exhibition of the expo will be held in Hall 5"), or an initiative
    it opens ("inaugurated the Information Centre in Qinzhou")? Then "in P" is that
    thing's place, not the event's."""
    nouns = ix.lex["implicit_event_nouns"] | ix.lex["gathering_nouns"]
    for obj in ix.objects(verb):
        if lemma(obj) in nouns and ix.event(obj) != event:
            return True
        if ix.core(ix.entity(obj)) in ("Event", "Initiative") and ix.entity(obj) != event:
            return True
    return any(
        ix.core(ix.entity(s)) == "Event" and ix.entity(s) != event for s in ix.subjects(verb)
    )


def _ends_a_sentence(sentence) -> bool:
    """Is ``sentence`` running text (it ends in a full stop), not a headline or byline?"""
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    return last is not None and last.text in (".", "!", "?")


#: The last words of a part of a town, not a town ("Guanshanhu district").
_TOWN_PARTS = {"district", "subdistrict", "county", "regency", "ward", "area"}

#: The last words of what is wider than a town ("Kachin State", "Hainan Island").
_WIDER_THAN_TOWNS = {"state", "province", "region", "prefecture", "island", "islands"}


@rule(
    "venue-town",
    makes=("heldIn",),
    triggers=("stand_nouns",),
    example=(
        "Buyers filled the Saigon Exhibition and Convention Center in Ho Chi Minh City on "
        "Wednesday as the Vietnam Expo returned for its 33rd outing."
    ),
    expect=("33rd Vietnam Expo", "heldIn", "Ho Chi Minh City"),
    counter=(
        "Buyers filled the Saigon Exhibition and Convention Center on Wednesday as the "
        "Vietnam Expo returned for its 33rd outing."
    ),
)
def venue_town(ix: DocumentIndex, found: Findings) -> None:
    """ "Buyers filled the Saigon Exhibition and Convention Center in Ho Chi Minh City as
    Vietnam Expo returned": an event held at a venue (a convention centre, a hall) that
    the same sentence places in a town is held in that town too, whatever rule found the
    venue; not in a country, a province or a district around the venue (that says where
    the venue lies), but past a district to its town ("which lies in Guanshanhu district
    of Guiyang"), or the next sentence, when it is about the venue ("The centre sits in
    Xiuying district of Haikou"). A town said elsewhere to hold the venue may be one the
    event left."""
    located = _by_subject(found, "locatedIn")
    stands = ix.lex["stand_nouns"]
    starts = [sentence.start_char for sentence in ix.sentences]
    for event, relations in _by_subject(found, "heldIn").items():
        label = ix.resolved.entities[event].label.split()
        if label and label[-1].lower() in stands:
            continue  # "the Indonesia Pavilion at the centre": a stand, at its venue only
        held = {r.object for r in relations}
        for relation in relations:
            if not _is_event_venue(ix, relation.object):
                continue
            for town in _towns_around(ix, located, relation.object, relation.evidence, starts):
                if town not in held:
                    held.add(town)
                    found.append(
                        Relation(event, "heldIn", town, "heldIn:venue-town", relation.evidence)
                    )


def _not_a_town(ix: DocumentIndex, place: str) -> bool:
    return a_country(ix, place) or a_region(ix, place) or is_country(ix, place)


def _towns_around(
    ix: DocumentIndex,
    located: dict[str, list[Relation]],
    venue: str,
    evidence: tuple,
    starts: list[int],
) -> list[str]:
    """The towns the sentence of ``evidence`` places ``venue`` in: what it lies in, past a
    part of a town ("in Guanshanhu district of Guiyang" → Guiyang); no country or province."""
    towns: list[str] = []
    if not evidence:
        return towns
    start, end = evidence[0].start, evidence[0].end
    # written as a name of its own in the sentence, not only inside the venue's name
    # ("the Kuala Lumpur Convention Centre" says no more than its name); where it is, a
    # venue named after it lies there ("A ran in Guiyang as B, which was held at the
    # Guiyang International Eco-Conference Center": B is held in Guiyang too)
    # "... opened at the Hainan International Convention and Exhibition Center. The centre
    # stands in Xiuying district of Haikou": the next sentence, opening on a definite
    # description of the venue, places it as the event's own sentence would
    said = [evidence]
    following = _sentence_on_the_venue(ix, venue, end, starts)
    if following is not None:
        said.append((ix.sentence_evidence(following[0]),))
        end = following.end_char
    written = {
        k
        for span, k in ix.mention_spans
        if start <= span.start_char < end and not _is_event_venue(ix, k)
    }
    stack = [
        (r.object, 0) for r in located.get(venue, ()) if r.evidence in said and r.object in written
    ]
    while stack:
        place, depth = stack.pop()
        entity = ix.resolved.entities.get(place)
        if (
            entity is None
            or _not_a_town(ix, place)
            or _is_event_venue(ix, place)
            or entity.label.split()[-1].lower() in _WIDER_THAN_TOWNS
        ):
            continue
        if entity.label.split()[-1].lower() in _TOWN_PARTS:
            # a part of a town ("Guanshanhu district"): the town it is in
            if depth == 0:
                stack += [
                    (r.object, 1)
                    for r in located.get(place, ())
                    if r.evidence in said and r.object in written
                ]
            continue
        towns.append(place)
    return towns


def _sentence_on_the_venue(
    ix: DocumentIndex, venue: str, end: int, starts: list[int]
) -> Span | None:
    """The sentence right after the one ending at character ``end``, if its subject is a
    definite description of ``venue`` ("The centre sits in Qingxiu district of Nanning",
    "The venue is located in ..."): a sentence about the venue, so where it puts the venue
    is where an event the sentence before held there took place. Not a sentence whose
    subject is anything else ("Nanning lies in ...", "The city is ...")."""
    index = bisect_left(starts, end)
    if index >= len(starts):
        return None
    at = ix.sentences[index]
    for token in at:
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.head.dep_ == "ROOT"
            and the_venue(ix, token) == venue
        ):
            return at
    return None


@rule(
    "finer-place",
    makes=("heldIn",),
    example="VIENTIANE, March 3 -- The 5th Mekong Ministers' Meeting was held in Laos on Monday.",
    expect=("5th Mekong Ministers' Meeting", "heldIn", "Vientiane"),
    counter="The 5th Mekong Ministers' Meeting was held in Laos on Monday.",
)
def finer_place(ix: DocumentIndex, found: Findings) -> None:
    """ "The meeting was held in Laos" and the dateline "VIENTIANE": an event held in a city (or
    a venue) is not also said to be held in the country or province around it, which the
    text names as its host or its region; with no finer place, the region stays ("the 2nd
    Leaders' Meeting would be held in Cambodia"). The finer places are stated again under
    this rule's name, so an explanation shows why the region went."""
    coarse: set[tuple[str, str]] = set()
    finer: list[Relation] = []
    for event, relations in _by_subject(found, "heldIn").items():
        # a district the event's city holds ("the Kemayoran district of Jakarta") is where
        # the venue lies, not what an event held at the venue is said to be held in
        places = {r.object for r in relations}
        regions = {
            p
            for p in places
            if a_region(ix, p)
            or _a_district_of(ix, found, p, places)
            or _a_level_around(ix, found, p, places)
        }
        # a venue alone leaves the region ("at the Boao centre ... in the south Chinese
        # province of Hainan"): only a town or city is finer where the text says no more
        towns = places - regions - {p for p in places if _is_event_venue(ix, p)}
        if regions and towns:
            coarse |= {(event, region) for region in regions}
            finer += [r for r in relations if r.object not in regions]
    _restate_finer(found, "heldIn", "finer-place", coarse, finer)


def _a_district_of(ix: DocumentIndex, found: Findings, key: str, places: set[str]) -> bool:
    """Is ``key`` named as a district ("Kemayoran district") and said to lie in one of
    ``places``?"""
    entity = ix.resolved.entities.get(key)
    if entity is None or entity.label.split()[-1].lower() != "district":
        return False
    return bool(found.objects(key, "locatedIn") & places)


#: Levels above a town a place's name ends with ("Honghe Hani and Yi Autonomous Prefecture").
_LEVELS_ABOVE_A_TOWN = {"prefecture", "province", "regency", "state", "county"}


def _a_level_around(ix: DocumentIndex, found: Findings, key: str, places: set[str]) -> bool:
    """Is ``key`` named as a prefecture, province or state ("... Autonomous Prefecture")
    that another of ``places`` is said to lie in ("opened in Hekou, in Honghe Hani and Yi
    Autonomous Prefecture")? The gazetteer gives such a level no capital, but the text
    names it as the region around the town, not where the event is held."""
    entity = ix.resolved.entities.get(key)
    if entity is None or entity.label.split()[-1].lower() not in _LEVELS_ABOVE_A_TOWN:
        return False
    return any(key in found.objects(other, "locatedIn") for other in places - {key})


def _by_subject(found: Findings, predicate: str) -> dict[str, list[Relation]]:
    """The relations of ``predicate`` found so far, by subject."""
    said: dict[str, list[Relation]] = {}
    for relation in found.relations:
        if relation.predicate == predicate:
            said.setdefault(relation.subject, []).append(relation)
    return said


def _restate_finer(
    found: Findings, predicate: str, name: str, wider: set[tuple[str, str]], finer: list
) -> None:
    """Withdraw the ``wider`` (subject, object) pairs of ``predicate`` and state the
    ``finer`` relations again under rule ``name``, so an explanation shows why the wider
    ones went."""
    if not wider:
        return
    found.withdraw(lambda r: r.predicate == predicate and (r.subject, r.object) in wider)
    for subject, obj, evidence in dict.fromkeys((r.subject, r.object, r.evidence) for r in finer):
        if (subject, obj) not in wider:
            found.append(Relation(subject, predicate, obj, f"{predicate}:{name}", evidence))


@rule(
    "venue-in-the-events-city",
    makes=("locatedIn",),
    example=(
        "Ministers gathered in Phnom Penh for the 2030 Mekong Water Forum, which Cambodia "
        "hosted at the Koh Pich Convention Centre."
    ),
    expect=("Koh Pich Convention Centre", "locatedIn", "Phnom Penh"),
    counter=(
        "Ministers gathered in Phnom Penh and Siem Reap for the 2030 Mekong Water Forum, "
        "which Cambodia hosted at the Koh Pich Convention Centre."
    ),
)
def venue_in_the_events_city(ix: DocumentIndex, found: Findings) -> None:
    """ "gathered in Ha Long for the forum, which Vietnam hosted at the exhibition centre",
    "the summits in Hanoi, which Vietnam hosted at the National Convention Center": one
    sentence that holds an event at a venue and in one city (neither a country nor a
    province) says the venue lies in that city, where nothing else places the venue."""
    for relations in _by_subject(found, "heldIn").values():
        by_sentence: dict[int, set[str]] = {}
        for relation in relations:
            if relation.evidence:
                by_sentence.setdefault(relation.evidence[0].start, set()).add(relation.object)
        for start, places in by_sentence.items():
            venues = {k for k in places if venue_named(ix, k)}
            towns = {
                k
                for k in places - venues
                if not a_region(ix, k) and not a_country(ix, k) and not is_country(ix, k)
            }
            if len(venues) != 1 or len(towns) != 1:
                continue
            venue, town = next(iter(venues)), next(iter(towns))
            if found.objects(venue, "locatedIn") or found.objects(town, "locatedIn") & {venue}:
                continue
            at = next(t for t in ix.tokens if t.idx >= start)
            found.add(venue, "locatedIn", town, "venue-in-the-events-city", at)


@rule(
    "nearest-container",
    makes=("locatedIn",),
    example=(
        "NANNING, China, Sept. 3 -- The expo opened in Nanning, capital of the Guangxi Zhuang "
        "Autonomous Region, on Tuesday."
    ),
    expect=("Nanning", "locatedIn", "Guangxi Zhuang Autonomous Region"),
    counter="NANNING, China, Sept. 3 -- The expo opened in Nanning on Tuesday.",
)
def nearest_container(ix: DocumentIndex, found: Findings) -> None:
    """ "NANNING, China" and "Nanning, capital of the Guangxi Zhuang Autonomous Region": a
    place said to lie in a province (or any place) is not also said to lie in what that
    place lies in, by the text or the gazetteer ("the Guangxi Zhuang Autonomous Region"
    is China's); the nearest container is what is stated of it. The nearer containments
    are stated again under this rule's name, so an explanation shows why the wider one
    went."""
    wider: set[tuple[str, str]] = set()
    nearer: list[Relation] = []
    for place, relations in _by_subject(found, "locatedIn").items():
        containers = {r.object for r in relations}
        for relation in relations:
            around = _containers_of(ix, found, relation.object) & containers
            if not around and not a_country(ix, relation.object):
                # "KOTA KINABALU, Malaysia" and "based in Kota Kinabalu, Sabah": a state or
                # province the text names is nearer than the country around it
                around = {
                    c
                    for c in containers
                    if c != relation.object
                    and a_country(ix, c)
                    and relation.object not in _containers_of(ix, found, c)
                }
            if around:
                wider |= {(place, c) for c in around}
                nearer.append(relation)
    _restate_finer(found, "locatedIn", "nearest-container", wider, nearer)


def _containers_of(ix: DocumentIndex, found: Findings, place: str) -> set[str]:
    """What ``place`` lies in: by the text so far, and by the gazetteer (a province's
    country) where the text names that container."""
    containers = set(found.objects(place, "locatedIn"))
    entity = ix.resolved.entities.get(place)
    entry = ix.rules.by_name.get(entity.label.casefold()) if entity else None
    if entry is not None and entry.located_in:
        container = place_named(ix, entry.located_in)
        if container is not None:
            containers.add(container)
    return containers - {place}


@rule(
    "undated-edition",
    makes=("inYear",),
    published="2017-11-13",
    example=(
        "Business leaders met in Manila on Monday at the 2017 ASEAN Business and Investment "
        "Summit. They asked for lower tariffs. Trade ministers agreed. ABIS is held every "
        "year alongside the ASEAN Summit. This year's meeting coincides with the 31st ASEAN "
        "Summit."
    ),
    expect=("31st ASEAN Summit", "inYear", "2017"),
    counter="The 31st ASEAN Summit, held in Manila in 2015, set the agenda.",
)
def undated_editions(ix: DocumentIndex, found: Findings) -> None:
    """ "This year's meeting coincides with the 31st ASEAN Summit", "a few hours before the
    28th China-ASEAN Summit opened": a numbered edition a report names with no year, no
    other year in the sentences naming it and no dated edition of its series to count
    from is one of the report's own days, in the year it was published."""
    if ix.published is None:
        return
    editions = ix.resolved.editions
    dated = {
        editions[r.subject]
        for r in found.relations
        if r.predicate == "inYear" and r.subject in editions
    }
    report = f"Year/{ix.published.year}"
    for key, series in sorted(editions.items()):
        entity = ix.resolved.entities.get(key)
        if entity is None or entity.edition_number in (None, 1):
            continue  # a first edition named undated is one recalled ("the first expo")
        if found.has(key, "inYear") or series in dated:
            continue
        spans = [span for span, k in ix.mention_spans if k == key]
        if any(
            t.lower_ == "since"
            for span in spans
            for t in ix.tokens[max(span.start - 2, 0) : span.start]
        ) or any(_recalled(span.root) for span in spans):
            continue  # "since the 10th China-ASEAN Expo", "which they had attended": past
        if not spans or any(
            ix.core(k) == "Year" and k != report
            for span in spans
            for _, k in ix.mentions_in(ix.sentence(span.root))
        ):
            continue
        if any(counted_from_the_story(ix.sentence(span.root)) for span in spans):
            continue  # "which opened in Nanning four days later": the story's days
        told = story_year(ix, ix.sentence(spans[0].root))
        if told is not None and told != report:
            # "By 2022 the expo was carrying the green message. The 19th CAEXPO hosted
            # ...": told in the past of a paragraph set in another year, it is that year's
            if _told_in_the_past(spans[0].root):
                found.add(key, "inYear", told, "undated-edition-story-year", spans[0].root)
            continue
        found.add(key, "inYear", report, "undated-edition", spans[0].root)


def _told_in_the_past(token: Token) -> bool:
    """Is the clause ``token`` hangs in told in the simple past ("The 19th CAEXPO hosted
    the forum")? Not a preview ("will host") nor the present."""
    verb = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ == "VBD"


def _recalled(token: Token) -> bool:
    """Is the clause ``token`` hangs in told in the past perfect ("many had met at the 26th
    summit"), or does a clause of the past perfect describe it ("the ninth expo, which
    they had attended")? A time before the report's."""
    for child in token.children:
        if child.dep_ in ("relcl", "acl") and _past_perfect(child):
            return True
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and _past_perfect(verb)


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
