"""Two events named in one phrase share the frame the phrase stands in."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span, Token

from ...model import Relation
from ..index import DocumentIndex, Findings, lemma
from ..registry import rule
from .events import (
    a_region,
    event_references,
    held_only_at_venues,
    past_short_form,
    venue_chain,
    venue_named,
)

#: What a frame says of both events of "the 20th E1 and E2" alike: where and when they
#: were held. (Who took part is read by the participation rules.)
_SHARED_PROPERTIES = ("heldIn", "inYear")

#: Dependencies by which the first event's name hangs inside the second's noun phrase.
_INSIDE_DEPS = ("nmod", "compound", "amod", "npadvmod")


#: "E1 and E2", "E1 (E1's short form) and E2", "a forum on X and a tea week".
_AND = re.compile(r" (?:\([^()]{1,20}\) )?and (?:the |an? )?")


@rule(
    "coordinated-events",
    makes=_SHARED_PROPERTIES,
    example=(
        "Premier Li Qiang opened the 20th China-ASEAN Expo and China-ASEAN Business and "
        "Investment Summit in Nanning on Sunday."
    ),
    expect=("20th China-ASEAN Expo", "heldIn", "Nanning"),
    counter=(
        "Premier Li Qiang opened the 20th China-ASEAN Business and Investment Summit in "
        "Nanning on Sunday after the 20th China-ASEAN Expo had closed."
    ),
)
def coordinated_events(ix: DocumentIndex, found: Findings) -> None:
    """ "The 21st China-ASEAN Expo and China-ASEAN Business and Investment Summit opened
    in Nanning": the parser makes the first name a modifier inside the second's phrase, so
    the frame rules read the second event only; what they read of it in that sentence
    (where, when) holds for the first as well; so too where the parser lists them as
    conjuncts ("the 14th CAEXPO (Caexpo) and 14th CABIS, held at the centre"), the first's
    short form in brackets between. Runs after the frame and year rules."""
    events = [(s, k) for s, k in ix.mention_spans if ix.core(k) == "Event"]
    said_of: dict[str, list[Relation]] = {}  # looked up per pair, not scanned: linear
    for relation in found.relations:
        if relation.predicate in _SHARED_PROPERTIES and relation.evidence:
            said_of.setdefault(relation.subject, []).append(relation)
    # "the 14th CAEXPO (Caexpo) and 14th CABIS": the short form after the first name
    # (its series' acronym) is no event of the list
    listed: list = []
    for span, key in events:
        if (
            listed
            and ix.text[listed[-1][0].end_char : span.start_char] == " ("
            and key == ix.resolved.editions.get(listed[-1][1], listed[-1][1])
        ):
            continue
        listed.append((span, key))
    events = listed
    for (first, first_key), (second, second_key) in pairwise(events):
        between = ix.text[first.end_char : second.start_char]
        if first_key == second_key or not _AND.fullmatch(between):
            continue
        head = ix.head_mention_token(first)
        inside = head.dep_ in _INSIDE_DEPS and second.start <= head.head.i < second.end
        # "the 14th CAEXPO (Caexpo) and 14th CABIS, held at ...": two conjuncts
        listed = ix.head_mention_token(second).dep_ == "conj" and (
            ix.head_mention_token(second).head.i in (head.i, head.head.i)
        )
        # "the 22nd ASEAN Plus Three and 14th East Asia summits": one plural head noun
        # for both names, whatever the parser made of the first
        shared = (
            ix.tokens[second.end - 1].tag_ in ("NNS", "NNPS")
            and ix.tokens[first.end - 1].tag_ not in ("NN", "NNS", "NNPS")
            and ix.sentence(head).start == ix.sentence(ix.tokens[second.start]).start
        ) or _under_one_plural_head(ix, first_key, second)
        # "the 6th ASEAN-China e-commerce and 3rd ASEAN-China cross-border logistics
        # forums on trade": the first's own words end in a noun, but both are forums
        # "the 10th CAEXPO (CAEXPO) and the 10th CABIS, held at the centre": a participle
        # after the list's last name, wherever the parser hung the list
        after = past_short_form(ix, second.end)
        participle = (
            after + 1 < len(ix.tokens)
            and ix.tokens[after].text == ","
            and ix.tokens[after + 1].tag_ == "VBN"
        )
        if not (inside or listed or shared or participle):
            continue
        sentence = ix.sentence(head)
        stated = [
            r
            for r in said_of.get(second_key, ())
            if sentence.start_char <= r.evidence[0].start < sentence.end_char
        ]
        for relation in stated:
            found.add(first_key, relation.predicate, relation.object, "coordinated-event", head)


def _under_one_plural_head(ix: DocumentIndex, first_key: str, second: Span) -> bool:
    """Does the second name's head, a plural in lower case, name the first's kind too
    (the first event's name ends with that noun in the singular, before any "on")?"""
    head = ix.head_mention_token(second)
    entity = ix.resolved.entities.get(first_key)
    if entity is None or not head.is_lower or head.tag_ != "NNS":
        return False
    kind = entity.label.split(" on ")[0].split()[-1].casefold()
    return f"{kind}s" == head.lower_


#: What sets an event beside another as one occasion: "together with", "alongside".
_JOINT_PHRASES = (("together", "with"), ("along", "with"), ("concurrently", "with"), ("alongside",))


@rule(
    "held-together",
    makes=_SHARED_PROPERTIES,
    example=(
        "The 10th China-ASEAN Expo opened in Nanning on Tuesday. The 10th China-ASEAN "
        "Business and Investment Summit opened together with the expo."
    ),
    expect=("10th China-ASEAN Business and Investment Summit", "heldIn", "Nanning"),
    published="2013-09-04",
    counter=(
        "The 10th China-ASEAN Expo opened in Nanning on Tuesday. The 10th China-ASEAN "
        "Business and Investment Summit opened a week after the expo."
    ),
)
def held_together(ix: DocumentIndex, found: Findings) -> None:
    """ "The 10th CABIS opened together with the expo", "the expo, which runs until
    September 6 together with the 10th CABIS": two editions written as happening together
    are held where and when each other is; what is known of one (from anywhere in the
    text) is given to the other where nothing was said of it. Read from the surface (the
    parser hangs "together with" on whatever date is nearest); the first edition is the
    nearest one named or referred to before the phrase in its sentence. Runs after the
    frame and year rules."""
    editions = ix.resolved.editions
    references = sorted(
        (span.start if (span := ix.span_of(key, token.i)) is not None else token.left_edge.i, key)
        for token, key in event_references(ix)
        if key in editions
    )
    pairs: list[tuple[str, str, int]] = []
    for index, (start, key) in enumerate(references):
        at = start
        while at > 0 and ix.tokens[at - 1].pos_ == "DET":
            at -= 1
        joint = any(
            [t.lower_ for t in ix.tokens[max(at - len(phrase), 0) : at]] == list(phrase)
            for phrase in _JOINT_PHRASES
        )
        if not joint:
            continue
        sentence_start = ix.sentence(ix.tokens[start]).start
        # the nearest other edition before the phrase, in its sentence (a look back, not
        # a scan: linear in the document)
        earlier = index - 1
        while earlier >= 0 and references[earlier][1] == key:
            earlier -= 1
        if earlier >= 0 and references[earlier][0] >= sentence_start:
            pairs.append((references[earlier][1], key, start))
    known: dict[tuple[str, str], list[str]] = {}
    located: set[tuple[str, str]] = set()
    for relation in found.relations:
        if relation.predicate in _SHARED_PROPERTIES:
            known.setdefault((relation.subject, relation.predicate), []).append(relation.object)
        elif relation.predicate == "locatedIn":
            located.add((relation.subject, relation.object))
    for key, places in known.items():
        # the summit's hall is not the expo's: share the place the others lie in
        known[key] = sorted(places, key=lambda p: any((p, o) in located for o in places))
    for first, second, start in pairs:
        for one, other in ((first, second), (second, first)):
            for predicate in _SHARED_PROPERTIES:
                if found.has(other, predicate):
                    continue
                for obj in known.get((one, predicate), ())[:1]:
                    if predicate == "heldIn" and a_region(ix, obj):
                        # "held alongside the 47th ASEAN Summit, which Malaysia hosted":
                        # the host country of one is no place said of the other
                        continue
                    found.add(other, predicate, obj, "held-together", ix.tokens[start])
            # "The expo is held together with the 21st Kunming Fair at the convention
            # centre": both at the venue, and the fair in the expo's city too
            cities = [p for p in known.get((one, "heldIn"), ()) if _a_city(ix, p)]
            if cities and not any(_a_city(ix, p) for p in found.objects(other, "heldIn")):
                found.add(other, "heldIn", cities[0], "held-together", ix.tokens[start])


def _a_city(ix: DocumentIndex, key: str) -> bool:
    """A place that is neither a venue ("... Convention Center") nor a country or
    province: the city an event is held in."""
    return ix.core(key) == "Place" and not a_region(ix, key) and not venue_named(ix, key)


#: Sections held inside the event they are of: where one is, the event is.
_INSIDE_SECTIONS = {"pavilion", "section", "area", "zone", "segment"}
#: Rooms a section alone fills ("Hall 5"): the event is in the venue around them.
_SECTION_ROOMS = {"hall", "booth", "stand", "room"}


@rule(
    "section-place",
    makes=("heldIn",),
    triggers=("section_nouns",),
    example=(
        "The ASEAN Commodities Pavilion of the 7th China-South Asia Expo was held in the "
        "city of Kunming."
    ),
    expect=("7th China-South Asia Expo", "heldIn", "Kunming"),
    counter=(
        "The ASEAN Commodities Forum of the 7th China-South Asia Expo was held in the "
        "city of Kunming."
    ),
)
def section_place(ix: DocumentIndex, found: Findings) -> None:
    """ "The ASEAN Commodities Pavilion of the 7th China-South Asia Expo was held at Hall 5
    of the centre in Kunming": a pavilion, section or zone of an event lies inside it, so
    the city (and the whole venue) it is held in is the event's (not the hall, which is
    the section's alone; a forum "of" an event may meet elsewhere, so only sections).
    Runs after the frame rules."""
    parts: dict[str, list[Relation]] = {}
    held: dict[str, list[Relation]] = {}
    for relation in found.relations:
        if relation.predicate == "partOf" and relation.evidence:
            parts.setdefault(relation.subject, []).append(relation)
        elif relation.predicate == "heldIn" and relation.evidence:
            held.setdefault(relation.subject, []).append(relation)
    for section, of in parts.items():
        entity = ix.resolved.entities.get(section)
        if entity is None or entity.label.split()[-1].lower() not in _INSIDE_SECTIONS:
            continue
        for place in held.get(section, ()):
            target = ix.resolved.entities.get(place.object)
            if target is None or any(w.lower() in _SECTION_ROOMS for w in target.label.split()):
                continue
            for relation in of:
                found.add(
                    relation.object, "heldIn", place.object, "section-place", _token(ix, place)
                )


def _token(ix: DocumentIndex, relation: Relation) -> Token:
    """The first token of a relation's evidence sentence."""
    start = relation.evidence[0].start
    span = ix.tokens[0].doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else ix.tokens[0]


#: The rules that read a place written on an event's own name ("the Expo in Nanning").
_NAMED_WITH_ITS_PLACE = {"heldIn:noun-in", "heldIn:event-in-place"}


@rule(
    "series-place",
    makes=("heldIn",),
    triggers=("venue_heads",),
    example=(
        "The China-ASEAN Expo in Nanning held its 18th edition in September with most leaders "
        "on screens."
    ),
    expect=("18th China-ASEAN Expo", "heldIn", "Nanning"),
    counter="The China-ASEAN Expo held its 18th edition in September with most leaders on screens.",
)
def series_place(ix: DocumentIndex, found: Findings) -> None:
    """ "The China-ASEAN Expo in Nanning, which held its 18th edition in September", "last
    week's China-ASEAN Expo in Nanning": a series named with its city on its name (one
    city, not a venue) is held there, and so is an edition the text names, unless the
    text places that edition itself in a city ("The expo, which runs until Sunday at the
    Kunming Dianchi ... Center" leaves it in the series' city too). (A habit, "the forum
    has met in Nanning since 2006", places the series only: a series may move.) Runs
    after the frame rules, before the dateline fills gaps."""
    places: dict[str, list[Relation]] = {}
    for relation in found.relations:
        if relation.rule in _NAMED_WITH_ITS_PLACE and relation.evidence:
            places.setdefault(relation.subject, []).append(relation)
    for edition, series in sorted(ix.resolved.editions.items()):
        if edition not in ix.first_mentions() or (
            found.has(edition, "heldIn") and not held_only_at_venues(ix, found, edition)
        ):
            continue  # (an edition held only at a venue is still in its series' city)
        said = places.get(series, [])
        if len({r.object for r in said}) != 1 or _a_venue(ix, said[0].object):
            continue
        found.add(edition, "heldIn", said[0].object, "series-place", _token(ix, said[0]))


def _a_venue(ix: DocumentIndex, key: str) -> bool:
    """A place named by a venue's head ("... Convention and Exhibition Center"): a series'
    usual venue is not surely every edition's (a city is)."""
    entity = ix.resolved.entities.get(key)
    return entity is not None and entity.label.split()[-1].lower() in ix.lex["venue_heads"]


@rule(
    "launch-year",
    makes=("inYear",),
    example=(
        "The first Lancang-Mekong Cooperation Foreign Ministers' Meeting was held in 2015. "
        "The meeting launched the Lancang-Mekong Cooperation framework."
    ),
    expect=("Lancang-Mekong Cooperation", "inYear", "2015"),
    counter=(
        "The first Lancang-Mekong Cooperation Foreign Ministers' Meeting was held in 2015. "
        "The meeting praised the Lancang-Mekong Cooperation framework."
    ),
)
def launch_year(ix: DocumentIndex, found: Findings) -> None:
    """ "At the first foreign ministers' meeting on Nov. 12 they launched the LMC
    framework": an initiative an event launched began in the year the event took place
    (when no clause dates the initiative itself). Runs after the year rules."""
    years: dict[str, list[Relation]] = {}
    launches: list[Relation] = []
    for relation in found.relations:
        if relation.predicate == "inYear" and relation.evidence:
            years.setdefault(relation.subject, []).append(relation)
        elif relation.predicate == "launched" and relation.evidence:
            launches.append(relation)
    series = set(ix.resolved.editions.values())
    for relation in launches:
        event, initiative = relation.subject, relation.object
        if ix.core(event) != "Event" or event in series or found.has(initiative, "inYear"):
            continue
        dated = {r.object for r in years.get(event, ())}
        if len(dated) == 1:
            found.add(initiative, "inYear", dated.pop(), "launch-year", _token(ix, relation))


@rule(
    "part-year",
    makes=("inYear",),
    example=(
        "The 16th China-ASEAN Expo opened in Nanning in 2019. The China-ASEAN Port Forum was "
        "held on the sidelines of the 16th China-ASEAN Expo."
    ),
    expect=("China-ASEAN Port Forum", "inYear", "2019"),
    counter=(
        "The 16th China-ASEAN Expo opened in Nanning in 2019. The China-ASEAN Port Forum was "
        "praised by guests of the 16th China-ASEAN Expo."
    ),
)
def part_year(ix: DocumentIndex, found: Findings) -> None:
    """ "The forum was held on the sidelines of the 16th CAEXPO": an event held as part of
    another happens while it does, so in its year (and the host in the part's), where the
    text dates only one of them. Not for a series, whose year is the year it began, nor
    for a side event only described in lower case ("a workshop on ..."). Runs after the
    year rules."""
    series = set(ix.resolved.editions.values())
    years: dict[str, set[str]] = {}
    for relation in found.relations:
        if relation.predicate == "inYear" and relation.evidence:
            years.setdefault(relation.subject, set()).add(relation.object)
    parts = [r for r in found.relations if r.predicate == "partOf" and r.evidence]
    # "a workshop on seed testing" held within the forum: a side event with no name, only
    # a description, is an occasion of its host and takes no year of its own from it
    described = (
        {key for span, key in ix.mention_spans if span._.caexpo_rule in _DESCRIBED}
        if parts
        else set()
    )
    for relation in parts:
        part, host = relation.subject, relation.object
        if any(k in series or _a_series(ix, k) for k in (part, host)):
            continue
        if part in described:
            continue
        for one, other in ((host, part), (part, host)):
            if len(years.get(one, ())) == 1 and not found.has(other, "inYear"):
                year = next(iter(years[one]))
                found.add(other, "inYear", year, "part-year", _token(ix, relation))


#: The entity rules of side events named by a lower-case description.
_DESCRIBED = frozenset({"lower-side-event"})

#: What stands between two side events described in one list: "A, a B", "A and a B",
#: "A, and a B" (the article left out of each description's label).
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)an?\s+")


@rule(
    "listed-side-events",
    makes=("partOf",),
    example=(
        "A roundtable of Lao and Thai coffee roasters, a workshop on cold-chain logistics and a "
        "signing ceremony for 12 supply deals were held on Friday as part of the 4th "
        "Mekong Coffee Fair."
    ),
    expect=("workshop on cold-chain logistics", "partOf", "4th Mekong Coffee Fair"),
    counter=(
        "A workshop on cold-chain logistics ran in Vientiane in May. Its trainers later "
        "gave a seminar on coffee grading as part of the 4th Mekong Coffee Fair."
    ),
)
def listed_side_events(ix: DocumentIndex, found: Findings) -> None:
    """ "A roundtable of ..., a seminar on ... and a signing ceremony for ... were held as
    part of E": side events described in lower case and listed one after another (commas
    and "and" alone between them) are held within the same host; where the rules read
    one host for some of them, the others (which the parser hangs on a word inside the
    first description) are its parts too. Two hosts read for the list: none is given."""
    described = [(span, key) for span, key in ix.mention_spans if span._.caexpo_rule in _DESCRIBED]
    runs: list[list[tuple[Span, str]]] = []
    for span, key in described:
        if runs:
            last = runs[-1][-1][0]
            between = ix.text[last.end_char : span.start_char]
            if last.sent.start == span.sent.start and _LISTED.fullmatch(between):
                runs[-1].append((span, key))
                continue
        runs.append([(span, key)])
    for run in runs:
        if len(run) < 2:
            continue
        hosts = {host for _, key in run for host in found.objects(key, "partOf")}
        if len(hosts) != 1:
            continue
        host = hosts.pop()
        for span, key in run:
            if not found.has(key, "partOf"):
                found.add(key, "partOf", host, "listed-side-events", span.root)


def _a_series(ix: DocumentIndex, key: str) -> bool:
    """Is ``key`` a recurring event as such (the resolver's EventSeries)?"""
    entity = ix.resolved.entities.get(key)
    return entity is not None and entity.finer_class == "EventSeries"


#: Words that count a plural event noun as the pair just named: "the two events", "both
#: summits".
_PAIR_WORDS = ("two", "both")


@rule(
    "the-two-events",
    makes=("heldIn",),
    example=(
        "Growers came to the 7th Borneo Pepper Fair and the 7th Borneo Spice Forum. The two "
        "events ran in Kuching from Monday to Wednesday."
    ),
    expect=("7th Borneo Spice Forum", "heldIn", "Kuching"),
    counter=(
        "Growers came to the 7th Borneo Pepper Fair and the 7th Borneo Spice Forum. The two "
        "growers ran in Kuching from Monday to Wednesday."
    ),
)
def the_two_events(ix: DocumentIndex, found: Findings) -> None:
    """ "X led a mission to the 18th E1 and the 18th E2. The two events ran in Nanning":
    a plural event noun counted as two ("the two events", "both summits"), the subject of
    a verb of holding with a place after "in" or "at", is the pair of editions named
    together, by "and", just before it (in its sentence or the one before); each is held
    there. Only a pair, and only editions: a series is not held in one place."""
    editions = ix.resolved.editions
    named = [(s, k) for s, k in ix.mention_spans if k in editions]
    for token in ix.tokens:
        if (
            token.tag_ != "NNS"
            or lemma(token) not in ix.lex["implicit_event_nouns"]
            or token.dep_ not in ("nsubj", "nsubjpass")
            or not any(c.lower_ in _PAIR_WORDS for c in token.children if c.i < token.i)
            or lemma(token.head) not in ix.lex["held_verbs"]
        ):
            continue
        verb = token.head
        before = [(s, k) for s, k in named if s.end <= token.i]
        if len(before) < 2:
            continue
        (first, first_key), (second, second_key) = before[-2:]
        sentence = ix.sentence(token)
        earlier = ix.sentence(ix.tokens[sentence.start - 1]) if sentence.start else sentence
        if (
            first_key == second_key
            or first.start < earlier.start
            or not _AND.fullmatch(ix.text[first.end_char : second.start_char])
        ):
            continue
        for prep, target in ix.prepositions(verb):
            place = ix.entity(target)
            if prep not in ("in", "at") or ix.core(place) != "Place":
                continue
            for key in (first_key, second_key):
                for where in (place, *venue_chain(ix, target)):
                    found.add(key, "heldIn", where, "the-two-events", verb)
