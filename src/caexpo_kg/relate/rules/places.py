"""Containment of places said in the text: possessives and places set beside places."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span, Token

from ..index import DocumentIndex, Findings, lemma
from ..registry import rule
from .events import a_country, a_region, past_short_form, place_named, venue_named
from .people import is_country

_COMPASS = re.compile(r"(?:south|north|east|west|central)[a-z]*")

_SET_BESIDE = re.compile(
    r",\s+(?:the\s+)?(?:(?:south|north|east|west|central)[a-z]*\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+)?"
)


@rule(
    "possessive-place",
    makes=("locatedIn",),
    triggers=("containment_nouns",),
    example="Investors flocked to south China's Guangxi Zhuang Autonomous Region.",
    expect=("Guangxi Zhuang Autonomous Region", "locatedIn", "China"),
    counter="Investors from China flocked to Guangxi Zhuang Autonomous Region.",
)
def possessive_places(ix: DocumentIndex, found: Findings) -> None:
    """ "south China's Guangxi": the possessed place lies in the possessor; so do the
    places listed with it ("China's Guangxi, Guangdong and Hainan"), unless one has a
    possessor of its own or is a country (which lies in nothing)."""
    for span, key in ix.mentions_of("Place"):
        city = _city_before_its_kind(ix, span)
        if city is not None and city != key:
            found.add(key, "locatedIn", city, "possessive-the-city", ix.tokens[span.start - 2])
        for token in span:
            for child in token.children:
                if child.dep_ == "poss":
                    owner = ix.entity(child)
                    if owner != key and ix.core(owner) == "Place":
                        found.add(key, "locatedIn", owner, "possessive", token)
                        for listed in ix.group(token)[1:]:
                            other = ix.entity(listed)
                            if (
                                ix.core(other) == "Place"
                                and other not in (key, owner)
                                and not a_country(ix, other)
                                and not any(c.dep_ == "poss" for c in listed.children)
                            ):
                                found.add(other, "locatedIn", owner, "possessive-list", listed)


def _city_before_its_kind(ix: DocumentIndex, span: Span) -> str | None:
    """The city "the city's" (or "the town's", "the capital's") before a place stands for:
    the nearest place named before it, in its sentence or the one before, that is no
    venue, country, province or district ("held at the ... Center in Nanning, in the
    city's Qingxiu district"; "visited the port of Wenzhou and a cluster in the city's
    Lucheng district")."""
    at = span.start
    words = [t.lower_ for t in ix.tokens[max(at - 3, 0) : at]]
    if (
        len(words) < 3
        or words[0] != "the"
        or words[2] not in ("'s", "’s")
        or words[1] not in ix.lex["containment_nouns"]
        or words[1] in _LEVELS
    ):
        return None
    position = ix.sentence_position(ix.tokens[at])
    before = [
        (named, key)
        for sentence in ix.sentences[max(position - 1, 0) : position + 1]
        for named, key in ix.mentions_in(sentence)
        if named.end <= at - 3 and ix.core(key) == "Place"
    ]
    for named, key in reversed(before):
        if venue_named(ix, key) or is_country(ix, key) or a_region(ix, key):
            continue
        if _level(ix, key, named) is not None:
            continue
        return key
    return None


@rule(
    "place-beside-place",
    makes=("locatedIn",),
    example="A new industrial park opened in Chongzuo, Guangxi Zhuang Autonomous Region.",
    expect=("Chongzuo", "locatedIn", "Guangxi Zhuang Autonomous Region"),
    counter="Firms from Chongzuo and Guangxi Zhuang Autonomous Region signed deals.",
)
def places_set_beside(ix: DocumentIndex, found: Findings) -> None:
    """ "an industrial park in Nanning, south China's Guangxi": a place followed by a comma
    and another place (an optional direction word and possessor between) lies in it.
    The parser often loses this apposition, so it is read from the surface."""
    places = [(s, k) for s, k in ix.mention_spans if ix.core(k) == "Place"]
    text = ix.text
    starts = {s.start_char for s, _ in places}
    for index, (span, key) in enumerate(places):
        if found.has(key, "locatedIn") and not all(
            a_country(ix, c) for c in found.objects(key, "locatedIn")
        ):
            continue  # a dateline's country ("KOTA KINABALU, Malaysia") leaves room for a state
        if is_country(ix, key) and not _inside_by_gazetteer(ix, key, places[index + 1 : index + 2]):
            continue  # "Brunei, Indonesia" is a list; "Guangxi, China" is not
        for later, other in places[index + 1 : index + 3]:
            if text[later.end_char : later.end_char + 2] in ("'s", "’s"):
                continue  # "China's" is the possessor of the place that follows
            before = text[max(span.start_char - 6, 0) : span.start_char]
            # "Wuzhen, Zhejiang Province, China": the place before, which lies in this one,
            # opened an address, not a list
            address = index > 0 and places[index - 1][1] in found.subjects(key, "locatedIn")
            in_a_list = _listed_on(text, later.end_char, starts) or (
                before.endswith((", ", " and ", " or ")) and not address
            )
            if (
                in_a_list
                and (
                    _level(ix, other, later) not in (None, _level(ix, key, span))
                    or _inside_by_gazetteer(ix, other, places[index + 2 : index + 3])
                )
                and not before.endswith((" and ", " or "))
                and not text[later.end_char : later.end_char + 5].startswith((" and ", " or "))
            ):
                # "BSD City, Tangerang district, Banten province", "Wuzhen, Zhejiang Province,
                # China", "Nanning, Guangxi, China": each place named with its administrative
                # level, or known to lie in the next, lies in the next; a list names no levels
                in_a_list = False
            if (
                not in_a_list
                and _SET_BESIDE.fullmatch(text[span.end_char : later.start_char])
                and ix.head_mention_token(later).dep_ not in ("nsubj", "nsubjpass")
            ):
                # not the subject of the clause after a fronted phrase ("During his stay in
                # Vientiane, Wen will ...", the name taken for a place)
                found.add(key, "locatedIn", other, "apposition-surface", span.root)
            break


#: Administrative levels a place's name ends with ("Tangerang district", "Banten province").
_LEVELS = {"district", "province", "regency", "prefecture", "county", "state", "municipality"}


def _level(ix: DocumentIndex, key: str, span: Span | None = None) -> str | None:
    """The administrative level ``key`` is named with ("Tangerang district"), by its label
    or, where the label drops it, as ``span`` prints it ("Zhejiang Province"), if any."""
    entity = ix.resolved.entities.get(key)
    words = [entity.label.split()[-1].lower()] if entity is not None else []
    words += [span.text.split()[-1].lower()] if span is not None and span.text else []
    return next((w for w in words if w in _LEVELS), None)


def _inside_by_gazetteer(ix: DocumentIndex, key: str, following: list[tuple[Span, str]]) -> bool:
    """Is the place set right after ``key`` (``following``: its span and key, or none) the
    one the gazetteer puts ``key`` in ("Guangxi, China")? Then the comma sets an address,
    not a list."""
    if not following:
        return False
    entity = ix.resolved.entities.get(key)
    entry = ix.rules.by_name.get(entity.label.casefold()) if entity else None
    if entry is None or not entry.located_in:
        return False
    return place_named(ix, entry.located_in) == following[0][1]


def _listed_on(text: str, end: int, starts: set[int]) -> bool:
    """Does a list of places go on after the place ending at ``end``: "and" or "or", or a
    comma and another place ("Nanning, Guangxi, Hanoi and Jakarta")? A comma and anything
    else closes an apposition ("headquartered in Kulim, Kedah, the firm ...")."""
    after = text[end : end + 6]
    if after.startswith((" and ", " or ")):
        return True
    if not after.startswith(","):
        return False
    rest = text[end + 1 : end + 40]
    gap = len(rest) - len(rest.lstrip())
    position = end + 1 + gap
    for joint in ("and ", "or "):
        if text.startswith(joint, position):
            # ", and Hanoi" goes on with a place; "Yunnan province, and held its first
            # meeting" closes the apposition and goes on with the sentence
            position += len(joint)
            break
    return position in starts or (text.startswith("the ", position) and position + 4 in starts)


@rule(
    "place-in-place",
    makes=("locatedIn",),
    triggers=("containment_nouns",),
    example="Ships sail to Port Klang in Malaysia and Sihanoukville in Cambodia.",
    expect=("Sihanoukville", "locatedIn", "Cambodia"),
    counter="Ships sail from Port Klang to Sihanoukville.",
)
def place_in_place(ix: DocumentIndex, found: Findings) -> None:
    """ "Port Klang in Malaysia", "Jinghong in Yunnan", "Jinghong in China's Yunnan
    province", "the exhibition centre, in the city of Nanning", "the Philippine
    International Convention Center (PICC) in Pasay City", "the centre in the capital of
    Guangxi" (the capital named by the text): a place written "in"
    another lies in it (a country is never written as lying in anything)."""
    places: list[tuple[Span, str]] = []
    for span, key in ix.mention_spans:
        if ix.core(key) != "Place":
            continue
        if places and places[-1][1] == key and span.start == places[-1][0].end + 1:
            continue  # the short form in brackets after the name: "... Center (PICC)"
        if _bracketed_after(ix, places[-1][0] if places else None, span):
            continue  # "the National Exhibition and Convention Center (Shanghai) in ...": its city
        places.append((span, key))
    nouns = ix.lex["containment_nouns"]
    for index, ((span, key), (later, other)) in enumerate(pairwise(places)):
        end = past_short_form(ix, span.end)  # "the ... Convention Center (PICC) in Pasay City"
        written_in = later.start == end + 1 and ix.tokens[end].lower_ == "in"
        if (
            not written_in
            and later.start == end + 2
            and ix.tokens[end].lower_ == "in"
            and _COMPASS.fullmatch(ix.tokens[end + 1].lower_)
            and ix.text[later.end_char : later.end_char + 2] in ("'s", "’s")
        ):
            written_in = True  # "the port of Qinzhou in south China's Guangxi"
        # "capital of Yunnan province in southwest China": a province too lies in a compass
        # part of its country
        compass = not written_in and _in_a_compass_part(ix, end, later.start)
        written_in = written_in or compass
        if not written_in:
            # "the exhibition centre, in the city of Nanning": the kind of place between
            between = ix.lowers(end, later.start)
            if between[:2] in ([w, ","] for w in ("city", "town", "county", "district")):
                between = between[1:]  # "Mong Cai city, in ...": the name's own kind
            comma = between[:1] == [","]
            if comma:
                between = between[1:]
            # "Mong Cai city, in the northern border province of Quang Ninh": the kind of
            # place, with the words that describe it
            # ("Mandaue City, on the central Philippine island of Cebu": "on" an island)
            written_in = (
                4 <= len(between) <= 7
                and (between[0] == "in" or (between[0] == "on" and between[-2] == "island"))
                and between[1] == "the"
                and between[-2] in nouns
                and between[-1] == "of"
                and all(w.isalpha() for w in between[2:-2])
            )
            # "Sanya, in China's Hainan province", "Penang, in Malaysia": set off by a comma
            written_in = written_in or (comma and between == ["in"])
            # "the centre in the capital of Guangxi": "the capital" the text resolves to Nanning
            written_in = written_in or (between == ["in", "the"] and later.text.islower())
            # "the centre, in the city's Qingxiu district": in the district of a city
            # named before (which the possessive-place rule finds)
            written_in = written_in or (
                len(between) == 4
                and between[:2] == ["in", "the"]
                and between[2] in nouns
                and between[3] in ("'s", "’s")
            )
            # "the Jakarta International Expo in the Kemayoran district of Jakarta": a place
            # named with its kind in lower case after "the"
            written_in = written_in or (
                between == ["in", "the"] and ix.tokens[later.end - 1].lower_ in nouns
            )
            # "the Malaysia International Trade and Exhibition Centre, a convention complex
            # in Segambut": the venue described by its kind in apposition lies there
            written_in = written_in or _kind_in_apposition(ix, span.end, between)
            # "the Nanning International Convention and Exhibition Center, located in Qingxiu
            # district": a place's participle of lying
            written_in = written_in or between in (["located", "in"], ["situated", "in"])
        if not written_in or (is_country(ix, key) and not (compass and not a_country(ix, key))):
            continue
        if ix.text[later.end_char : later.end_char + 2] in ("'s", "’s"):
            # "Jinghong in China's Yunnan province": in Yunnan, which is China's
            owned = places[index + 2] if index + 2 < len(places) else None
            if owned is not None and owned[0].start == later.end + 1:
                other = owned[1]
            elif later.end + 1 < len(ix.tokens) and ix.tokens[later.end + 1].pos_ == "PROPN":
                continue  # "in Malaysia's Sarawak state", Sarawak unread: not said of Malaysia
        found.add(key, "locatedIn", other, "place-in-place", ix.tokens[end])


def _bracketed_after(ix: DocumentIndex, before: Span | None, span: Span) -> bool:
    """Is ``span`` a place in brackets right after the place ``before``, as a venue's city
    is printed in its name ("the National Exhibition and Convention Center (Shanghai)")?"""
    return (
        before is not None
        and span.start == before.end + 1
        and ix.tokens[before.end].text == "("
        and span.end < len(ix.tokens)
        and ix.tokens[span.end].text == ")"
    )


def _in_a_compass_part(ix: DocumentIndex, end: int, start: int) -> bool:
    """Are the words between a place ending at ``end`` and one starting at ``start`` "in" and
    a lower-case compass word, after a comma or not, after the place's level or not
    ("Yunnan province in southwest China", "Ho Chi Minh City, in southern Vietnam"): the
    part of the later place it lies in?"""
    words = [t.text for t in ix.tokens[end:start]]
    if words[:1] and words[0] in _LEVELS:
        words = words[1:]  # "Yunnan province": the name's own level, left out of the name
    if words[:1] == [","]:
        words = words[1:]
    return (
        len(words) == 2
        and words[0] == "in"
        and words[1].islower()
        and _COMPASS.fullmatch(words[1]) is not None
    )


def _kind_in_apposition(ix: DocumentIndex, end: int, between: list[str]) -> bool:
    """Is ``between`` (the words after a place's name, its comma dropped) "a convention
    complex in", "an exhibition hall in", "a port city in the south of": an unnamed kind
    of venue or place set in apposition, with the place it lies in after "in" (or after
    a compass part of it)?"""
    if ix.tokens[end].text != ",":
        return False
    if between[-1:] == ["the"]:
        between = between[:-1]  # "a city in the south of the Guangxi Zhuang Autonomous Region"
    elif between[-2:-1] == ["of"] and _COMPASS.fullmatch(between[-1]):
        between = between[:-1]  # "a city in the north of south China's Guangxi ..."
    between = between[: len(between) - _compass_tail(between)]
    if len(between) < 3 or len(between) > 5:
        return False
    kinds = ix.lex["venue_heads"] | ix.lex["containment_nouns"]
    return (
        between[0] in ("a", "an")
        and between[-1] == "in"
        and between[-2] in kinds
        and all(w.isalpha() and w.islower() for w in between[1:-1])
    )


def _compass_tail(between: list[str]) -> int:
    """How many words at the end of ``between`` name a compass part of the place after
    them ("a port city in the south of", "a border city in the far northeast of", "a
    town in southern"), 0 if none: the place described lies in that place all the same."""
    if between[-1:] != ["of"]:
        compass = len(between) > 1 and between[-2] == "in" and _COMPASS.fullmatch(between[-1])
        return 1 if compass else 0
    words = between[:-1]
    if words[-1:] and _COMPASS.fullmatch(words[-1]) and words[-1].isalpha():
        words = words[:-1]
        if words[-1:] == ["-"] and words[-2:-1] and _COMPASS.fullmatch(words[-2]):
            words = words[:-2]  # "in the south-west of": one compass word, hyphenated
        if words[-1:] == ["far"]:
            words = words[:-1]
        if words[-1:] == ["the"] and words[-2:-1] == ["in"]:
            return len(between) - len(words) + 1
    return 0


@rule(
    "place-lies-in",
    makes=("locatedIn",),
    triggers=("lying_verbs", "building_verbs"),
    example="Talks moved to Pingxiang, which lies on the border in Guangxi, on Monday.",
    expect=("Pingxiang", "locatedIn", "Guangxi Zhuang Autonomous Region"),
    counter="Talks moved to Pingxiang, which trades with Guangxi, on Monday.",
)
def place_lies_in(ix: DocumentIndex, found: Findings) -> None:
    """ "the Fira Gran Via, which lies in L'Hospitalet de Llobregat", "Dongxing, which lies
    just across the river in the Guangxi Zhuang Autonomous Region", "the port, which is
    located in Qinzhou", "The centre sits in Qingxiu district": a place a clause of lying
    describes, or is the subject of, lies in the place named "in" (on the verb, or on the
    river, coast or border it lies across or on); so does a place a passive clause of
    building puts "in" one ("a trade centre would be built in Dongguan")."""
    for span, key in ix.mentions_of("Place"):
        if is_country(ix, key):
            continue
        token = ix.head_mention_token(span)
        for verb in token.children:
            if verb.dep_ in ("relcl", "acl") and lemma(verb) in ix.lex["lying_verbs"]:
                _lies_in(ix, found, key, verb)
    for verb in ix.with_lemma(ix.lex["lying_verbs"]):
        if verb.dep_ in ("relcl", "acl") or verb.pos_ not in ("VERB", "AUX"):
            continue
        # "The centre sits in Qingxiu district of Nanning": the subject, named or a
        # definite description of a place named before
        for subject in ix.subjects(verb):
            key = ix.entity(subject) or the_venue(ix, subject)
            if ix.core(key) == "Place" and not is_country(ix, key):
                _lies_in(ix, found, key, verb)
    for verb in ix.with_lemma(ix.lex["building_verbs"]):
        # "A trade centre would be built in Dongguan": a named place built "in" a place,
        # in the passive, lies there (what a firm "built in Rayong" is its work, not a place)
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
            key = ix.entity(subject)
            if ix.core(key) == "Place" and not is_country(ix, key):
                _lies_in(ix, found, key, verb, only_in=True)


def _a_named_kind(noun: Token) -> bool:
    """ "which stands on Pazhou island in Guangzhou's Haizhu district": a kind of place
    with a name on it is the place the venue lies in (found or not), not a landmark it lies
    by, as "across the border" or "on the river" is; what lies past it is no nearer."""
    return lemma(noun) in _PLACE_KINDS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children
    )


def the_venue(ix: DocumentIndex, noun: Token) -> str | None:
    """ "... filled the main hall of the Nanning International Convention and Exhibition
    Center. The centre sits in Qingxiu district": a venue's bare head after "the" is the
    venue named last before."""
    if (
        noun.i in ix.token_key
        or lemma(noun) not in ix.lex["venue_heads"]
        or [c.lower_ for c in noun.children] != ["the"]
    ):
        return None
    return ix.nearest_before(noun, "Place", lambda k: venue_named(ix, k))


def _lies_in(
    ix: DocumentIndex, found: Findings, key: str, verb: Token, *, only_in: bool = False
) -> None:
    """The places a clause of lying puts ``key`` in: the object of its "in", or of an "in"
    on the river, coast or border it lies across or on (not with ``only_in``: a place
    "built on the river" was not built in what lies past it)."""
    targets: list[Token] = []
    for prep, target in ix.prepositions(verb):
        if prep == "in":
            targets.append(target)
        elif only_in:
            continue
        elif prep in ("across", "on", "along", "by", "near", "at") and not _a_named_kind(target):
            targets += [t for p, t in ix.prepositions_of_noun(target) if p == "in"]
    for target in targets:
        other = ix.entity(target)
        if other is not None and other != key and ix.core(other) == "Place":
            found.add(key, "locatedIn", other, "lies-in", verb)


@rule(
    "places-of-a-place",
    makes=("locatedIn",),
    example="It links the Guangxi ports of Qinzhou, Beihai and Fangchenggang.",
    expect=("Beihai", "locatedIn", "Guangxi Zhuang Autonomous Region"),
    counter="It links Guangxi with the ports of Qinzhou, Beihai and Fangchenggang.",
)
def places_of_a_place(ix: DocumentIndex, found: Findings) -> None:
    """ "the Guangxi ports of Qinzhou, Beihai and Fangchenggang", "the Malaysian state of
    Sabah"... a place named as a kind of place under another lies in it."""
    for span, key in ix.mentions_of("Place"):
        noun = span.root.head
        if span.root.dep_ not in ("compound", "nmod", "amod") or noun.pos_ != "NOUN":
            continue
        for prep, target in ix.prepositions_of_noun(noun):
            inner = ix.token_key.get(target.i) if prep == "of" else None
            if inner is not None and inner != key and ix.core(inner) == "Place":
                found.add(inner, "locatedIn", key, "places-of-a-place", noun)


#: Kinds of place a nationality may stand before ("the Lao city of Luang Prabang").
_PLACE_KINDS = {
    "city", "town", "village", "port", "province", "state", "island", "region", "district",
    "county", "prefecture", "municipality", "resort", "capital",
}  # fmt: skip


@rule(
    "nationality-place",
    makes=("locatedIn",),
    example=(
        "The ministers met in the ancient Lao city of Luang Prabang on Monday. Laos chairs "
        "the grouping this year."
    ),
    expect=("Luang Prabang", "locatedIn", "Laos"),
    counter=(
        "Lao ministers met in the ancient city of Luang Prabang on Monday. Laos chairs the "
        "grouping this year."
    ),
)
def nationality_place(ix: DocumentIndex, found: Findings) -> None:
    """ "the ancient Lao city of Luang Prabang", "the central Vietnamese city of Da Nang":
    a kind of place under a nationality, "of" a named place, says the place lies in that
    country (where the text names the country)."""
    for noun in ix.with_lemma(_PLACE_KINDS):
        if noun.pos_ != "NOUN" or noun.i in ix.token_key:
            continue
        countries = {
            ix.rules.demonyms[c.text]
            for c in noun.children
            if c.dep_ in ("amod", "compound") and c.text in ix.rules.demonyms
        }
        if len(countries) != 1:
            continue
        country = place_named(ix, countries.pop())
        for prep, target in ix.prepositions_of_noun(noun):
            place = ix.token_key.get(target.i) if prep == "of" else None
            if place is not None and ix.core(place) == "Place" and place != country:
                found.add(place, "locatedIn", country, "nationality-place", noun)


@rule(
    "dateline-country",
    makes=("locatedIn",),
    needs_parse=False,
    example="BALI, Indonesia, Nov. 18 -- Leaders met at the ASEAN-China Summit on Friday.",
    expect=("Bali", "locatedIn", "Indonesia"),
    counter="BALI, Nov. 18 -- Leaders from Indonesia met at the ASEAN-China Summit on Friday.",
)
def dateline_country(ix: DocumentIndex, found: Findings) -> None:
    """ "BALI, Indonesia, Nov. 18 --", "HANOVER, Germany, March 31 --": a dateline
    writes the place's country (or state) after it."""
    place = ix.dateline_place()
    if place is None:
        return
    spans = ix.mention_spans
    index = next(i for i, (_, key) in enumerate(spans) if key == place)
    if index + 1 < len(spans):
        span, (later, other) = spans[index][0], spans[index + 1]
        between = ix.text[span.end_char : later.start_char]
        after = ix.text[later.end_char : later.end_char + 1]
        if between == ", " and after == "," and ix.core(other) == "Place":
            found.add(place, "locatedIn", other, "dateline-country", span.root)


#: Kinds of place "this" names the dateline's by ("this coastal city", "this border town").
_DATELINE_KINDS = {"city", "town", "municipality", "capital", "port"}


@rule(
    "here-in-place",
    makes=("locatedIn",),
    example=(
        "NANNING, Sept. 18 -- He opened the Malaysian pavilion at the expo here in the "
        "Guangxi Zhuang Autonomous Region on Thursday."
    ),
    expect=("Nanning", "locatedIn", "Guangxi Zhuang Autonomous Region"),
    counter=(
        "NANNING, Sept. 18 -- He opened the Malaysian pavilion at the expo here, then flew "
        "to the Guangxi Zhuang Autonomous Region on Thursday."
    ),
)
def here_in_place(ix: DocumentIndex, found: Findings) -> None:
    """ "at the expo here in the Guangxi Zhuang Autonomous Region": "here" is the dateline's
    place (the house style of The Star and Bernama), and "here in P" says it lies in P."""
    place = ix.dateline_place()
    if place is None:
        return
    for token in ix.tokens[:-2]:
        at = token.i + 1
        if token.lower_ == "this":
            # "gathered in this coastal city in Zhejiang Province": Xinhua's way of
            # repeating the dateline
            while at < len(ix.tokens) and ix.tokens[at].pos_ == "ADJ":
                at += 1
            if at >= len(ix.tokens) - 1 or ix.tokens[at].lower_ not in _DATELINE_KINDS:
                continue
            at += 1
        elif token.lower_ != "here":
            continue
        if ix.tokens[at].lower_ != "in":
            continue
        at += 1
        while at < len(ix.tokens) and ix.tokens[at].pos_ == "DET":
            at += 1
        other = ix.token_key.get(at)
        if other is not None and ix.core(other) == "Place" and other != place:
            found.add(place, "locatedIn", other, "here-in-place", token)


@rule(
    "place-of-place",
    makes=("locatedIn",),
    example=(
        "The ceremony began in the Chinese Hibiscus Hall of the Nanning International "
        "Convention and Exhibition Center."
    ),
    expect=(
        "Chinese Hibiscus Hall",
        "locatedIn",
        "Nanning International Convention and Exhibition Center",
    ),
    counter=(
        "The ceremony moved from the Chinese Hibiscus Hall to the Nanning International "
        "Convention and Exhibition Center."
    ),
)
def place_of_place(ix: DocumentIndex, found: Findings) -> None:
    """ "the Chinese Hibiscus Hall of the convention centre", "Hall 5 of the Nanning
    International Convention and Exhibition Center": a place named "of" another lies in it."""
    for span, key in ix.mentions_of("Place"):
        if is_country(ix, key):
            continue
        # "Hall B3 of the Jakarta International Expo": the parser may hang "of" on "B3"
        phrases = [p for token in span for p in ix.prepositions_of_noun(token)]
        for prep, target in phrases:
            other = ix.token_key.get(target.i) if prep == "of" else None
            if other is not None and other != key and ix.core(other) == "Place":
                found.add(key, "locatedIn", other, "place-of-place", span.root)


@rule(
    "venue-of-its-city",
    makes=("locatedIn",),
    triggers=("venue_heads",),
    example="The talks in Kuala Lumpur ended at the Kuala Lumpur Convention Centre.",
    expect=("Kuala Lumpur Convention Centre", "locatedIn", "Kuala Lumpur"),
    counter="The talks in Kuala Lumpur ended at the National Convention Centre.",
)
def venue_of_its_city(ix: DocumentIndex, found: Findings) -> None:
    """ "the Kuala Lumpur Convention Centre", "the Tianjin Meijiang Convention Center": a
    venue (a place named by a venue's head) whose name opens with a city the text names lies
    in that city (not a country or province: "Singapore EXPO", "Guangxi Exhibition Hall"
    say less), unless the text places it in another town."""
    cities: dict[str, str] = {}
    for _span, key in ix.mentions_of("Place"):
        entity = ix.resolved.entities[key]
        if a_country(ix, key) or a_region(ix, key) or venue_named(ix, key):
            continue
        for name in (entity.label, *entity.aliases):
            cities.setdefault(name.casefold() + " ", key)
    if not cities:
        return
    for span, key in ix.mentions_of("Place"):
        if not venue_named(ix, key) or any(
            not a_region(ix, other) for other in found.objects(key, "locatedIn")
        ):
            continue  # "the Cebu International Convention Center in Mandaue City"
        label = ix.resolved.entities[key].label.casefold()
        for name, city in cities.items():
            if label.startswith(name) and city != key:
                found.add(key, "locatedIn", city, "venue-of-its-city", span.root)
