"""Offices and containment said beside a name: appositions, titles, possessives, verbs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Span, Token

from ..index import DocumentIndex, Findings, lemma
from ..registry import rule


@rule(
    "apposition",
    makes=("affiliatedWith", "locatedIn", "heldIn"),
    triggers=(
        "office_nouns",
        "containment_nouns",
        "venue_nouns",
        "commentator_nouns",
        "counterpart_nouns",
        "past_office_modifiers",
    ),
    example="Wang Lei, secretary-general of the China-ASEAN Expo Secretariat, spoke.",
    expect=("Wang Lei", "affiliatedWith", "China-ASEAN Expo Secretariat"),
    counter="Wang Lei thanked the China-ASEAN Expo Secretariat.",
)
def appositions(ix: DocumentIndex, found: Findings) -> None:
    """ "Wang Lei, secretary-general of the CAEXPO Secretariat"; "Nanning, capital of
    Guangxi"; "ASEAN Secretary-General Lim Jock Hoi"; "the centre's Secretary General"."""
    lex = ix.lex
    for span, key in ix.mention_spans:
        token = ix.head_mention_token(span)
        core = ix.core(key)
        # the index's children (made once per doc), not token.children afresh per mention
        descriptions = [c for c in ix.children(token) if c.dep_ == "appos"]
        if token.dep_ == "appos":
            descriptions.append(token.head)
        if core == "Person":
            # "X, Speaker of A and chairman of B": each office joined to the first (not
            # "X, director of A, officials of B", "X, the Heads of State of B and the
            # Secretary-General of C": a plural role, and what is joined to it, is a new
            # item of a list)
            descriptions = [
                d
                for d in descriptions
                if not (
                    d.tag_ in ("NNS", "NNPS")
                    and (d.is_lower or {lemma(d), d.lower_[:-1]} & lex["office_nouns"])
                )
            ]
            descriptions += [
                c
                for d in descriptions
                for c in ix.children(d)
                if c.dep_ == "conj" and c.i not in ix.token_key and lemma(c) in lex["office_nouns"]
            ]
        for noun in descriptions:
            if core in ("Place", "Initiative") and noun.left_edge.i > span.end + 1 > token.i:
                # not right after the name: in "Hall 5 of the centre in Nanning, capital of
                # Guangxi" the parser may hang "capital" on the hall; it is Nanning's
                continue
            other = ix.token_key.get(noun.i)
            if other is not None:
                # "Nanning, south China's Guangxi": a place set beside a place contains it.
                if (
                    core == "Place"
                    and noun.dep_ == "appos"
                    and ix.core(other) == "Place"
                    and not is_country(ix, key)
                    # "Hall 5 of the ... Center in Nanning, capital of ...": the appositive
                    # restates the name just before its comma, whatever the parser hung it on
                    and not (noun.i >= 2 and ix.token_key.get(noun.i - 2) == other)
                ):
                    found.add(key, "locatedIn", other, "apposition-place", noun)
                continue
            if (
                core == "Person"
                and (
                    lemma(noun) in lex["office_nouns"]
                    or any(lemma(t) in lex["office_nouns"] for t in noun.lefts)
                )
                and not _across_items(ix, span, noun)
                and not _past_office(ix, ix.doc[noun.left_edge.i : noun.i])
            ):
                for org in _orgs_under(ix, noun) + _office_phrase_on_name(ix, noun, token):
                    if not _holder_named_after(ix, noun, org, key):
                        found.add(key, "affiliatedWith", org, "apposition-office", noun)
            elif (
                core == "Person"
                and (lemma(noun) in lex["commentator_nouns"] or _occupation(noun))
                and not _across_items(ix, span, noun)
            ):
                # "X, a Southeast Asia specialist at the Chinese Academy of Social
                # Sciences", "X, a senior pharmacist at Brunei's Ministry of Health": where
                # one works, "at" or "with" it (not "an expert on ASEAN")
                via = (
                    ("at", "with", "from")
                    if lemma(noun) in lex["commentator_nouns"]
                    else ("at", "with")
                )
                for prep, target in ix.prepositions_of_noun(noun):
                    org = ix.entity(target) if prep in via else None
                    if ix.core(org) == "Organisation":
                        found.add(key, "affiliatedWith", org, "apposition-commentator", noun)
            if core in ("Place", "Initiative") and lemma(noun) in lex["containment_nouns"]:
                # "capital of Guangxi in southwest China": the nearest container only.
                places = [
                    ix.entity(t)
                    for p, t in ix.prepositions_of_noun(noun)
                    if p in ("of", "in") and ix.core(ix.entity(t)) == "Place"
                ]
                if places:
                    found.add(key, "locatedIn", places[0], f"apposition-{lemma(noun)}", noun)
            if core == "Place" and lemma(noun) in lex["venue_nouns"]:
                for prep, target in ix.prepositions_of_noun(noun):
                    if prep == "of":
                        found.add(ix.event(target), "heldIn", key, "apposition-venue", noun)
        if core == "Organisation":
            # "Her family workshop in Mandalay, Shwe Pyi Jade, ...": the firm is hers
            firms = lex["trading_firm_nouns"] | lex["definite_org_nouns"]
            for noun in descriptions:
                owner = next(
                    (c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")),
                    None,
                )
                if owner is None or noun.i in ix.token_key or lemma(noun) not in firms:
                    continue
                person = ix.nearest_before(owner, "Person")
                if person is not None and _same_or_previous_sentence(ix, person, owner):
                    found.add(person, "affiliatedWith", key, "possessive-firm", noun)
        if core != "Person":
            continue
        # "ASEAN Secretary-General Lim Jock Hoi", "Huawei CEO Ren Zhengfei"
        window = _title_window(ix, span.start)
        offices = [t for t in window if lemma(t) in lex["office_nouns"]]
        for at, t in enumerate(window):
            org = ix.token_key.get(t.i)
            if ix.core(org) != "Organisation" or not offices or t.i >= offices[-1].i:
                continue
            # the title runs unbroken from the organisation to the name: no clause ("VNA
            # correspondents spoke to X"), and it is one person's ("ASEAN leaders and
            # Chinese Premier X", "A's President X and Philippine President Y": a group,
            # a second item; "SEMI president and chief executive X": two offices of one)
            if not any(
                (w.is_punct and w.text != "-")
                or w.pos_ in ("VERB", "AUX")
                or (w.tag_ in ("NNS", "NNPS") and lemma(w) in lex["office_nouns"])
                or (w.pos_ == "CCONJ" and lemma(w.nbor()) not in lex["office_nouns"])
                for w in window[at + 1 :]
            ):
                found.add(key, "affiliatedWith", org, "title-before-name", token)
        # "Secretary-General of the South Asian Association for Regional Cooperation
        # (SAARC) Mr Ahmed Saleem": an office "of" a body written before the name
        org = _office_of_body_before(ix, span.start)
        if org is not None:
            found.add(key, "affiliatedWith", org, "title-of-body-before-name", token)
        # "The centre's Secretary General Shi Zhongjun"
        for left in token.lefts:
            if left.dep_ == "poss" or any(c.dep_ == "poss" for c in left.children):
                owner = (
                    left
                    if left.dep_ == "poss"
                    else next(c for c in left.children if c.dep_ == "poss")
                )
                org = ix.entity(owner)
                if owner.lower_ == "its":  # "its deputy general manager Zhang Yanhong"
                    org = _its_body(ix, owner)
                if ix.core(org) == "Organisation":
                    found.add(key, "affiliatedWith", org, "possessive-office", token)


def _office_phrase_on_name(ix: DocumentIndex, noun: Token, name: Token) -> list[str]:
    """ "X – Chief Secretary to the Government of Malaysia –", "X, deputy secretary-general
    (trade) at the Ministry of ...": the phrase right after an office set beside a name
    (past a bracket) is the office's, wherever the parser hung it (on the name)."""
    at = noun.i + 1
    if at < len(ix.tokens) and ix.tokens[at].text == ")":
        at += 1  # "deputy secretary-general (trade) at the Ministry of ..."
    if at >= len(ix.tokens):
        return []
    prep = ix.tokens[at]
    if prep.dep_ != "prep" or ix.head(prep) != name or prep.lower_ not in ("of", "to", "at"):
        return []
    return [
        key
        for target in ix.children(prep)
        if target.dep_ == "pobj" and ix.core(key := ix.entity(target)) == "Organisation"
    ]


def _past_office(ix: DocumentIndex, words: Iterable[Token]) -> bool:
    """Do the words before an office put it in the past ("X, a former secretary-general
    of ASEAN", "Y, then Party chief of Guangxi", "Z, ex-minister of trade")? Its holder
    no longer works for the body, so the office ties them to none."""
    return any(t.lower_ in ix.lex["past_office_modifiers"] for t in words)


def _across_items(ix: DocumentIndex, span: Span, noun: Token) -> bool:
    """Does a semicolon stand between a name and the office the parser set beside it?
    "A of X; Asian Development Bank vice-president B": items of a list, each its own. So
    does another person named between the name and an office after it: "A of X and B,
    vice-chairman of Y" (the office is B's, whatever the parser hung it on)."""
    low, high = sorted((span.start, noun.i))
    if any(t.text == ";" for t in ix.tokens[low:high]):
        return True
    own = ix.token_key.get(span.start)
    return noun.i > span.end and any(
        (other := ix.token_key.get(t.i)) is not None and other != own and ix.core(other) == "Person"
        for t in ix.tokens[span.end : noun.left_edge.i]
    )


@lru_cache(maxsize=4)
def _honorific_words(honorifics: tuple[str, ...]) -> frozenset[str]:
    """The words of honorifics ("Tan Sri", "Dato Seri Paduka"), bar those of any phrase
    (read once per rule set: every name's title window asks)."""
    words = {w.rstrip(".") for h in honorifics for w in h.split()}
    return frozenset(words - {"the", "his", "her"})


def _title_window(ix: DocumentIndex, start: int, size: int = 5) -> list[Token]:
    """The ``size`` (five) tokens before a name where its title is written, past brackets and
    honorifics: "Malaysia Pioneer Entrepreneurs Association (MPEA) president Datuk Joseph
    Lim", "ASEAN Secretary-General H.E. Dr Kao Kim Hourn"."""
    honorifics = _honorific_words(ix.rules.honorifics)
    kept: list[Token] = []
    depth = 0
    for token in reversed(ix.tokens[max(start - 12, 0) : start]):
        if token.text == ")":
            depth += 1
        elif token.text == "(":
            depth = max(depth - 1, 0)
        elif not depth and token.lower_.rstrip(".") not in honorifics:
            kept.append(token)
    return kept[:size][::-1]


def _office_of_body_before(ix: DocumentIndex, start: int) -> str | None:
    """The body of a title "OFFICE of (the) BODY" written right before a name, past its
    acronym in brackets, the country it is "of" and honorifics: "Secretary-General of the
    South Asian Association for Regional Cooperation (SAARC) Mr Ahmed Saleem", "Premier of
    the State Council of the People's Republic of China Mr Li Keqiang" (not "Minister of
    Science and Technology X": a minister's "of" names a portfolio; its ministry is read
    elsewhere)."""
    honorifics = _honorific_words(ix.rules.honorifics)
    at = start - 1
    while at >= 0 and (
        ix.tokens[at].lower_.rstrip(".") in honorifics
        # "Dato' Ahmad Tarmizi": the apostrophe the honorific ends in
        or (ix.tokens[at].text in ("'", "’") and at >= 1 and ix.tokens[at - 1].lower_ in honorifics)
    ):
        at -= 1
    if at >= 2 and ix.tokens[at].text == ")":  # "(SAARC)"
        at -= 1
        while at >= 0 and ix.tokens[at].text != "(":
            at -= 1
        at -= 1
    # "... State Council of the People's Republic of China", "... of Yunnan Province of the
    # People's Republic of China": past the places the body is "of"
    while at >= 0 and ix.core(ix.token_key.get(at)) == "Place":
        of = _of_before_mention(ix, at)
        if of is None:
            return None
        at = of - 1
    org = ix.token_key.get(at) if at >= 0 else None
    if ix.core(org) != "Organisation":
        return None
    at = _of_before_mention(ix, at)
    if at is None:
        return None
    office = ix.tokens[at - 1]
    if not office.is_title or office.i in ix.token_key:
        return None
    words = office.lower_.split("-")
    if words[-1] == "minister" or (
        words[-1] in ("secretary", "undersecretary") and not _ends_in_body_head(ix, org)
    ):
        # "Minister of Science and Technology X": a portfolio, not a body; but "Secretary
        # of the CPC Yunnan Provincial Committee X" holds an office in the committee
        return None
    if lemma(office) in ix.lex["office_nouns"] or words[-1] in ix.lex["office_nouns"]:
        return org
    return None


def _holder_named_after(ix: DocumentIndex, noun: Token, org: str, key: str) -> bool:
    """ "Chairman of A U X, Director-General of the B U Y, ...": in a guest list of long
    titles the office after X's comma is Y's, whose name follows the body (honorifics
    between), not X's."""
    at = noun.i
    while at < len(ix.tokens) and ix.token_key.get(at) != org:
        at += 1
    while at < len(ix.tokens) and ix.token_key.get(at) == org:
        at += 1
    honorifics = _honorific_words(ix.rules.honorifics)
    while at < len(ix.tokens) and (
        ix.tokens[at].lower_.rstrip(".") in honorifics or ix.tokens[at].text in ("'", "’")
    ):
        at += 1
    holder = ix.token_key.get(at) if at < len(ix.tokens) else None
    return holder is not None and holder != key and ix.core(holder) == "Person"


def _ends_in_body_head(ix: DocumentIndex, key: str | None) -> bool:
    """Does the body's name end in a body's head noun ("... Provincial Committee")?"""
    return key is not None and ix.rules.heads.get(ix.head_word(key)) == "Organisation"


def _of_before_mention(ix: DocumentIndex, at: int) -> int | None:
    """The "of" written before the mention whose last token is ``at`` ("of (the) BODY"), past
    an article, if it has one and a word before it."""
    key = ix.token_key.get(at)
    while at >= 0 and ix.token_key.get(at) == key:
        at -= 1
    if at >= 0 and ix.tokens[at].lower_ == "the":
        at -= 1
    return at if at >= 1 and ix.tokens[at].lower_ == "of" else None


def is_country(ix: DocumentIndex, key: str) -> bool:
    """Countries and provinces of the gazetteer: "Brunei, Indonesia" is a list, not a
    containment, whatever the parser made of the comma."""
    entity = ix.resolved.entities.get(key)
    entry = ix.rules.by_name.get(entity.label.casefold()) if entity else None
    return entry is not None and entry.capital is not None


def _orgs_under(ix: DocumentIndex, noun: Token, depth: int = 0) -> list[str]:
    """Organisations an office noun points at: "director of X", "an executive with X",
    "ASEAN's secretary-general" (the parser may hang "of X" on "general")."""
    found = []
    for child in noun.children:
        if child.dep_ == "poss" and ix.core(ix.entity(child)) == "Organisation":
            found.append(ix.entity(child))
        # "Its marketing head, X, said": the body the sentence before spoke of
        if child.dep_ == "poss" and child.lower_ == "its" and depth == 0:
            org = _its_body(ix, child)
            if org is not None and _same_or_previous_sentence(ix, org, child):
                found.append(org)
        # "Leah Ocampo, DTI regional director": the body named before the office
        if (
            child.dep_ == "compound"
            and child.i < noun.i
            and ix.core(ix.entity(child)) == "Organisation"
        ):
            found.append(ix.entity(child))
        if child.dep_ in ("amod", "compound") and depth < 2:
            found += _orgs_under(ix, child, depth + 1)
    for prep, target in ix.prepositions_of_noun(noun):
        # "X, a long-time partner of Y": "of" names the other side of a tie, not a post
        # (a partner "at" or "with" a firm holds one)
        if prep == "of" and lemma(noun) in ix.lex["counterpart_nouns"]:
            continue
        # "a representative from the Vietnam News Agency": the body one comes from (a
        # place one comes from is no body)
        if prep in ("of", "at", "with", "in", "for", "to") or (prep == "from" and depth == 0):
            key = ix.entity(target)
            if ix.core(key) == "Organisation":
                found.append(key)
            elif depth < 2 and ix.core(key) != "Person":
                # not into a name: "A, Secretary of State for Agriculture B and ASEAN
                # Deputy Secretary-General C" (the parser hangs the next items on the
                # office): the bodies in their titles are theirs
                found += _orgs_under(ix, target, depth + 1)
    return found


def _occupation(noun: Token) -> bool:
    """Is an appositive a person's line of work introduced as one of many ("a senior
    pharmacist", "an engineer"): a singular common noun after "a" or "an"? Where such a
    one works is said "at" or "with" the body."""
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and noun.is_lower
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    )


def _its_body(ix: DocumentIndex, its: Token) -> str | None:
    """The body "its" stands for: the subject of its sentence when that is a body named
    before it ("A brought 35 firms, among them B and C, on a mission headed by its deputy
    director" is A's), else the nearest body named before it. A place that is the subject
    of the clause "its" is in owns it ("China sent A, vice chairman of B; Brunei sent its
    Second Minister of Finance, C": Brunei's minister, not B's): no body then."""
    subject = _clause_subject(ix, its)
    if subject is not None and ix.core(ix.entity(subject)) == "Place":
        return None
    for child in its.sent.root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < its.i:
            key = ix.entity(child)
            if ix.core(key) == "Organisation":
                return key
    at = ix.sentence_position(its)
    if at > 0 and not any(
        span.start < its.i and ix.core(k) == "Organisation" for span, k in ix.mentions_in(its.sent)
    ):
        # "Medbot Vietnam, a start-up ..., received the ASEAN Award. Its founder, X, said",
        # "Champasak Bean Co poured cups of Bolaven Plateau arabica. '...,' said its sales
        # manager, X": "its" with no body named before it in its sentence goes on about
        # the body the sentence before was about (its subject), not the one named last;
        # of clauses joined there, the last one's ("A showed scarves, and the cashew
        # processor B handed out samples. Its director, X, said" is B's)
        root = ix.sentences[at - 1].root
        clauses = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for verb in reversed(clauses):
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    key = ix.entity(child)
                    if ix.core(key) == "Organisation":
                        return key
    return ix.nearest_before(its, "Organisation")


def _clause_subject(ix: DocumentIndex, token: Token) -> Token | None:
    """The subject written before ``token`` of the nearest verb above it ("Brunei" for
    "its" in "...; Brunei sent its minister, X; ..."), if it has one."""
    verb = ix.clause_verb(ix.head(token))
    return next(
        (c for c in ix.children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i),
        None,
    )


def _same_or_previous_sentence(ix: DocumentIndex, key: str, token: Token) -> bool:
    """Is ``key`` named in ``token``'s sentence or the one before? "its" reaches no further
    back than that for the body it stands for."""
    at = ix.sentence_position(token)
    return any(
        k == key for s in ix.sentences[max(at - 1, 0) : at + 1] for _, k in ix.mentions_in(s)
    )


@rule(
    "affiliation-verb",
    makes=("affiliatedWith",),
    triggers=("affiliation_verbs",),
    example="Wang Lei, who heads the China-ASEAN Expo Secretariat, spoke on Monday.",
    expect=("Wang Lei", "affiliatedWith", "China-ASEAN Expo Secretariat"),
    counter="Wang Lei, who visited the China-ASEAN Expo Secretariat, spoke on Monday.",
)
def leaders(ix: DocumentIndex, found: Findings) -> None:
    """ "Wang Lei, who heads the CAEXPO Secretariat", "X, who manages sales for Y": a
    person who leads or works for an organisation is affiliated with it."""
    for verb in ix.verbs:
        if lemma(verb) not in ix.lex["affiliation_verbs"]:
            continue
        subjects = ix.keys(ix.subjects(verb))
        people = [k for k in subjects if ix.core(k) == "Person"]
        # "Newcomers Zeekr and XPeng join BYD and Neta": firms joined to the subject make it
        # firms joining their peers, whatever the NER called one of them
        if not people or any(ix.core(k) == "Organisation" for k in subjects):
            continue
        targets = [t for o in ix.objects(verb) for t in ix.group(o)]
        # not "led the opening together with X" (a companion, not an employer)
        targets += [
            t
            for p, t in ix.prepositions(verb)
            if p in ("for", "at")
            or (p == "with" and ix.tokens[t.head.i - 1].lower_ not in ("together", "along"))
        ]
        # "who heads the Malaysia External Trade Development Corporation's office in
        # Guangzhou": the body whose branch or unit one runs
        targets += [
            c
            for o in ix.objects(verb)
            if o.i not in ix.token_key
            for c in ix.children(o)
            if c.dep_ == "poss"
        ]
        # "who manages sales for X", "heads exports at X": a line of work done for a body
        targets += [
            t
            for o in ix.objects(verb)
            if o.i not in ix.token_key
            for p, t in ix.prepositions_of_noun(o)
            if p in ("for", "at")
        ]
        for target in targets:
            org = ix.entity(target)
            if ix.core(org) == "Organisation":
                for person in people:
                    found.add(person, "affiliatedWith", org, f"{lemma(verb)}-org", verb)


#: The body a portfolio title belongs to: a minister to a ministry, a (cabinet) secretary
#: to a department ("Trade and Industry Secretary X" of the Department of Trade and Industry).
_BODY_OF_TITLE = {
    "minister": "ministry",
    "secretary": "department",
    "undersecretary": "department",
    "under-secretary": "department",
}
_TITLE_OF = re.compile(
    r"\b(minister|secretary) (?:of|for) (?:the )?([a-z][a-z ,&'-]*[a-z])", re.IGNORECASE
)
_TOPIC_TITLE = re.compile(
    r"\b([a-z]+(?: and [a-z]+)?) (minister|secretary|undersecretary|under-secretary)\b",
    re.IGNORECASE,
)
_BODY = re.compile(r"^(ministry|department) (?:of|for) (?:the )?(.+?)(?: of [a-z ]+)?$")


@rule(
    "minister-of-ministry",
    makes=("affiliatedWith",),
    triggers=("delegation_nouns", "delegation_leading_words"),
    example=(
        "Sem Phommachan, the Lao minister of posts and telecommunications, spoke. The Lao "
        "Ministry of Posts and Telecommunications signed a memorandum."
    ),
    expect=("Sem Phommachan", "affiliatedWith", "Ministry of Posts and Telecommunications of Laos"),
    counter=(
        "Sem Phommachan, the Lao minister of education, spoke. The Lao Ministry of Posts "
        "and Telecommunications signed a memorandum."
    ),
)
def ministers(ix: DocumentIndex, found: Findings) -> None:
    """ "the Lao minister of posts and telecommunications", "Thai Commerce Minister X",
    "Trade and Industry Secretary X": the holder of a portfolio works for the ministry
    (or department) of that portfolio the text names."""
    bodies: dict[tuple[str, str], list[str]] = {}
    for key, entity in ix.resolved.entities.items():
        match = _BODY.match(entity.label.casefold())
        if entity.core_class == "Organisation" and match:
            bodies.setdefault((match.group(1), match.group(2)), []).append(key)
    if not bodies:
        return
    countries = {c.casefold() for c in ix.rules.demonyms.values()}
    for span, key in ix.mentions_of("Person"):
        token = ix.head_mention_token(span)
        offices = [" ".join(t.text for t in c.subtree) for c in token.children if c.dep_ == "appos"]
        # the title starts in the name's sentence: not "China's Ministry of Commerce.
        # Commerce Minister X"
        window = [t for t in _title_window(ix, span.start, size=8) if t.sent == token.sent]
        # the title ends at the name before it or a comma: "X, and Foreign Secretary Y"
        cut = [
            i
            for i, t in enumerate(window)
            if (t.text in (",", ";") and not _inside_portfolio(window, i)) or t.i in ix.token_key
        ]
        cut = [i for i in cut if ix.core(ix.token_key.get(window[i].i)) in (None, "Person")]
        offices.append(" ".join(t.text for t in window[cut[-1] + 1 if cut else 0 :]))
        # "Cambodian Minister of Commerce X", "Vietnam's Minister of Public Security X": not
        # China's Ministry of Commerce (or of Public Security)
        title = window[cut[-1] + 1 if cut else 0 :]
        nations = {
            ix.rules.demonyms[t.text].casefold() for t in title if t.text in ix.rules.demonyms
        }
        nations |= {
            t.lower_ for t in title if t.lower_ in countries and t.nbor().text in ("'s", "’s")
        }
        nations = nations or _nations_of_led_delegation(ix, token)
        for office in offices:
            titles = [(m.group(1), m.group(2)) for m in _TITLE_OF.finditer(office)]
            titles += [(m.group(2), m.group(1)) for m in _TOPIC_TITLE.finditer(office)]
            for title, topic in titles:
                body = _BODY_OF_TITLE[title.casefold()]
                topic = topic.casefold().replace(" ,", ",").strip(" ,")
                # "Vice Minister of Emergency Management of China": the country's ministry
                portfolio, _, country = topic.rpartition(" of ")
                of_nations = nations
                if portfolio and country in countries:
                    topic, of_nations = portfolio, {country}
                candidates = bodies.get((body, topic), [])
                if not candidates:
                    # "Trade Secretary X" of the one "Department of Trade and Industry"
                    # "Investment, Trade and Industry Minister X" (the window stops at the
                    # comma): the one ministry whose list of portfolios ends with these
                    candidates = [
                        k
                        for (kind, words), keys in bodies.items()
                        if kind == body
                        and (words.startswith(topic + " and ") or words.endswith(", " + topic))
                        for k in keys
                    ]
                if of_nations:
                    candidates = [k for k in candidates if _of_nation(ix, k, of_nations)]
                if len(candidates) == 1:
                    found.add(key, "affiliatedWith", candidates[0], "minister-of-ministry", token)


def _inside_portfolio(window: list[Token], at: int) -> bool:
    """Is the comma at ``at`` inside a portfolio spelled after "Minister of" ("Deputy
    Minister of Investment, Trade and Industry X")? Title-case words only, from the
    office's "of" to the name: a list of portfolios, not the end of the title."""
    if window[at].text != ",":
        return False
    for back in range(at - 1, 0, -1):
        word = window[back]
        if word.lower_ in ("of", "for") and window[back - 1].lower_ in _BODY_OF_TITLE:
            return all(t.is_title or t.text == "," or t.lower_ == "and" for t in window[back + 1 :])
        if not (word.is_title or word.text == "," or word.lower_ == "and"):
            return False
    return False


def _nations_of_led_delegation(ix: DocumentIndex, holder: Token) -> set[str]:
    """The countries of a delegation the holder leads ("Commerce Minister X, who led the
    Thai delegation, said", "X flies to Shanghai at the head of a Thai delegation"): a
    title naming no country is that country's, not the one of a ministry named elsewhere."""
    nations: set[str] = set()
    for noun in holder.sent:
        if lemma(noun) not in ix.lex["delegation_nouns"]:
            continue
        governor = noun.head.head if noun.head.lower_ == "of" else noun.head
        if lemma(governor) not in ix.lex["delegation_leading_words"]:
            continue
        verb = ix.clause_verb(governor)
        led_by_holder = (holder.dep_ in ("nsubj", "nsubjpass") and verb == holder.head) or (
            verb.dep_ == "relcl" and verb.head == holder
        )
        if led_by_holder:
            nations |= {
                ix.rules.demonyms[t.text].casefold()
                for t in ix.doc[noun.left_edge.i : noun.i]
                if t.text in ix.rules.demonyms
            }
    return nations


def _of_nation(ix: DocumentIndex, key: str, nations: set[str]) -> bool:
    """Is the body one of these countries', or of no country its name says ("Ministry
    of Commerce", not "Ministry of Commerce of China" for a Cambodian minister)?"""
    label = ix.resolved.entities[key].label.casefold()
    demonymed = {c.casefold() for c in ix.rules.demonyms.values()}
    country = next((c for c in demonymed if label.endswith(" of " + c)), None)
    return country is None or country in nations


@rule(
    "office-after-name",
    makes=("affiliatedWith",),
    triggers=("office_nouns", "counterpart_nouns", "past_office_modifiers"),
    example=(
        "Among them were Guo Chuanwei, director of the trade division of the ASEAN-China "
        "Centre (ACC); and Chen Wu, governor of Guangxi."
    ),
    expect=("Guo Chuanwei", "affiliatedWith", "ASEAN-China Centre"),
    counter=(
        "Among them were Guo Chuanwei, who praised the ASEAN-China Centre (ACC); and "
        "Chen Wu, governor of Guangxi."
    ),
)
def offices_after_names(ix: DocumentIndex, found: Findings) -> None:
    """ "A, vice chairman of the CPPCC (CPPCC); B, ...": an office written after a name's
    comma, up to the next semicolon, full stop or name, read from the surface, because
    long lists of titled names are where the parser's appositions break."""
    offices = ix.lex["office_nouns"]
    for span, key in ix.mentions_of("Person"):
        if span.end >= len(ix.tokens) or ix.tokens[span.end].text != ",":
            continue
        office_seen = False
        before_office: str | None = None  # "A, DTI regional director": the body first
        for token in ix.tokens[span.end + 1 : span.end + 16]:
            other = ix.token_key.get(token.i)
            if other is not None and ix.core(other) == "Person":
                break
            if token.text in (";", ".", "!", "?", ")") or "\n" in token.text:
                break
            if token.lower_ in ("who", "which", "said") or (
                # "A, managing director of B": a participle in the title is no verb
                token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound")
            ):
                break
            if not office_seen and _past_office(ix, [token]):
                break  # "A, a former director of B": an office no longer held
            if lemma(token) in offices and other is None:
                if token.tag_ == "NNS" and token.is_lower:
                    break  # "A, director of B; officials of C": a new item of a list, no office
                after = [t.lower_ for t in ix.tokens[token.i + 1 : token.i + 2]]
                if lemma(token) in ix.lex["counterpart_nouns"] and after == ["of"]:
                    break  # "A, a long-time partner of B": a tie, no office
                if before_office is not None and not office_seen:
                    if not _title_of_name_after(ix, token):
                        found.add(key, "affiliatedWith", before_office, "office-after-name", token)
                    break
                office_seen = True
                continue
            if other is not None and ix.core(other) == "Organisation" and not office_seen:
                opening = all(t.pos_ == "DET" for t in ix.tokens[span.end + 1 : token.i])
                if opening or before_office == other:
                    before_office = other  # the body opens the description
                    continue
            elif before_office is not None and not (
                token.pos_ in ("ADJ", "NOUN") or token.text in ("'s", "’s")
            ):
                before_office = None
            if (
                office_seen
                and other is not None
                and ix.core(other) == "Organisation"
                and not ix.is_modifier_mention(other, token.i)
            ):
                if _holder_named_after(ix, token, other, key):
                    break  # "A U X, Director-General of the B U Y": Y's office
                found.add(key, "affiliatedWith", other, "office-after-name", token)
                more = _bodies_beside(ix, other, token.i)
                for body in more:
                    found.add(key, "affiliatedWith", body, "office-after-name", token)
                # "President of A and head of B": a second office, with its own body
                office_seen = False
                last = more[-1] if more else other
                at = token.i
                while at + 1 < len(ix.tokens) and ix.token_key.get(at + 1) in (last, other):
                    at += 1
                if ix.tokens[at + 1 : at + 2] and ix.tokens[at + 1].lower_ != "and":
                    break


#: Words that may stand between an office's organisation and another that holds or
#: shares it: "the Department of X at the Lao Ministry of Y", "Ministry of A and Ministry of B".
_BETWEEN_BODIES = {"at", "of", "and", "the", "'s", "’s"}


def _title_of_name_after(ix: DocumentIndex, office: Token) -> bool:
    """Does the office run on into a name, through title words and honorifics ("A, Sido
    Muncul president director B")? Then body and office are B's title, the next item
    of a list, not A's description ("A, DTI regional director, said")."""
    honorifics = _honorific_words(ix.rules.honorifics)
    for token in ix.tokens[office.i + 1 : office.i + 8]:
        key = ix.token_key.get(token.i)
        if key is not None:
            return ix.core(key) == "Person"
        if not (
            lemma(token) in ix.lex["office_nouns"]
            or token.text == "-"
            or token.lower_.rstrip(".") in honorifics
        ):
            return False
    return False


def _bodies_beside(ix: DocumentIndex, org: str, at: int) -> list[str]:
    """Organisations right after the mention of ``org`` at token ``at`` that the same office
    belongs to: its parent ("Department of A at the Ministry of B") or a second body
    ("Secretary at X's Ministry of A and Ministry of B")."""
    found: list[str] = []
    last = org
    for token in ix.tokens[at + 1 : at + 20]:
        key = ix.token_key.get(token.i)
        if key == last or (key is not None and ix.core(key) == "Place"):
            continue  # still inside the mention, or a country's possessive ("Singapore's")
        if key is not None and ix.core(key) == "Organisation":
            found.append(key)
            last = key
            continue
        if token.lower_ not in _BETWEEN_BODIES:
            break
    return found


@rule(
    "person-of-org",
    makes=("affiliatedWith",),
    example="Zhao Zhigang of the Guangxi Big Data Development Bureau said data would flow.",
    expect=("Zhao Zhigang", "affiliatedWith", "Guangxi Big Data Development Bureau"),
    counter="Zhao Zhigang spoke of the Guangxi Big Data Development Bureau and its plans.",
)
def people_of_organisations(ix: DocumentIndex, found: Findings) -> None:
    """ "Zhao Zhigang of the Guangxi Big Data Development Bureau said", "Wang Wentao of
    China's Ministry of Commerce", "Zhang Wei, from the Guangxi Department of Commerce,",
    "Liu Ming (CCPIT)": "of", "from" or a bracket right after a person's name names where
    they work ("of the Phnom Penh-based X": past where it is based). Read from the surface
    ("of" may hang on the verb in the parse); a place there ("Hun Sen of Cambodia", "Zhang
    Wei, from Malaysia,") is no employer."""
    for span, key in ix.mentions_of("Person"):
        after = [t.lower_ for t in ix.tokens[span.end : span.end + 2]]
        if after[:1] in (["of"], ["("]):
            at = span.end + 1
        elif after == [",", "from"]:
            at = span.end + 2
        else:
            continue
        while at < len(ix.tokens) and ix.tokens[at].pos_ == "DET":
            at += 1
        owner = ix.token_key.get(at)
        if ix.core(owner) == "Place":  # "China's Ministry of Commerce": past the possessor
            end = at
            while end < len(ix.tokens) and ix.token_key.get(end) == owner:
                end += 1
            if end < len(ix.tokens) and ix.tokens[end].text in ("'s", "’s"):
                at = end + 1
            # "Dr X of the Phnom Penh-based Y Centre": past where the body is based
            elif [t.lower_ for t in ix.tokens[end : end + 2]] == ["-", "based"]:
                at = end + 2
        org = ix.token_key.get(at)
        if ix.core(org) == "Organisation":
            found.add(key, "affiliatedWith", org, "person-of-org", ix.tokens[at])


#: Office verbs whose active subject gives the office to someone else.
_APPOINTING = {"appoint", "name", "elect", "make"}


@rule(
    "office-predicate",
    makes=("affiliatedWith",),
    triggers=("office_verbs", "office_nouns", "counterpart_nouns"),
    example="Ma Mingqiang, who was appointed secretary-general of the ASEAN-China Centre, spoke.",
    expect=("Ma Mingqiang", "affiliatedWith", "ASEAN-China Centre"),
    counter="Ma Mingqiang, who praised the secretary-general of the ASEAN-China Centre, spoke.",
)
def office_predicates(ix: DocumentIndex, found: Findings) -> None:
    """ "X is the chairman of Y", "X was appointed the centre's first secretary-general",
    "X serves as director of Y": an office said of a person by a verb."""
    lex = ix.lex
    for verb in ix.verbs:
        if lemma(verb) not in lex["office_verbs"]:
            continue
        if lemma(verb) in _APPOINTING and any(c.dep_ == "nsubj" for c in verb.children):
            continue  # "X appointed Y director": the office is not the subject's
        # "Ma, a diplomat who has been appointed ...": the description stands for the name
        subjects = [t.head if t.dep_ == "appos" else t for t in ix.subjects(verb)]
        people = [k for k in ix.keys(subjects) if ix.core(k) == "Person"]
        if not people:
            continue
        offices = [c for c in verb.children if c.dep_ in ("attr", "oprd", "dobj")]
        offices += [t for p, t in ix.prepositions(verb) if p == "as"]
        for office in offices:
            if office.i in ix.token_key or lemma(office) not in lex["office_nouns"]:
                continue
            for org in _orgs_under(ix, office):
                for person in people:
                    found.add(person, "affiliatedWith", org, f"{lemma(verb)}-office", verb)


@rule(
    "office-before-name",
    makes=("affiliatedWith",),
    triggers=("office_nouns",),
    example="Huawei's vice-president for Southeast Asia, Simon Lin, told the audience so.",
    expect=("Simon Lin", "affiliatedWith", "Huawei"),
    counter="Huawei's rival in Southeast Asia, Simon Lin, told the audience so.",
)
def offices_before_names(ix: DocumentIndex, found: Findings) -> None:
    """ "Huawei's vice-president for Southeast Asia, Simon Lin, said": an organisation's
    office written before a name and set off by a comma, read from the surface (the
    parser often makes the office a clause of its own); so is one owned by "whose" after
    the organisation, comma or not ("Rever Automotive, whose chief executive X attended",
    "the Ministry of ..., whose minister, X, co-chaired")."""
    offices = ix.lex["office_nouns"]
    honorifics = _honorific_words(ix.rules.honorifics)
    for span, key in ix.mentions_of("Person"):
        # "Y, whose director, U Kyaw Min, said": the title ends before the honorifics
        start = span.start
        while start > 0 and ix.tokens[start - 1].lower_.rstrip(".") in honorifics:
            start -= 1
        if start < 2:
            continue
        comma = ix.tokens[start - 1].text == ","
        office_seen = False
        for token in reversed(ix.tokens[max(start - 12, 0) : start - int(comma)]):
            if token.lower_ == "whose":
                org = _body_before_whose(ix, token.i)
                if office_seen and org is not None:
                    found.add(key, "affiliatedWith", org, "whose-office-before-name", token)
                break
            if not comma:
                # the title's words only, up to "whose" ("Huawei's vice-president Simon
                # Lin", with no "whose", is the apposition rule's)
                if token.pos_ not in ("NOUN", "ADJ", "PROPN") and token.text != "-":
                    break
                office_seen = office_seen or lemma(token) in offices
                continue
            if token.text in (",", ";", ".", ":") or token.is_sent_end or "\n" in token.text:
                break
            if token.pos_ == "VERB" or (
                token.i in ix.token_key and ix.core(ix.token_key[token.i]) == "Person"
            ):
                break
            if lemma(token) in offices:
                office_seen = True
            if office_seen and token.lower_ == "its":
                # "Suan Sabai ... sent its founder, Pim Chaiyaporn": the body "its" stands for
                org = _its_body(ix, token)
                if org is not None and _same_or_previous_sentence(ix, org, token):
                    found.add(key, "affiliatedWith", org, "its-office-before-name", token)
                break
            following = ix.tokens[token.i + 1].text if token.i + 1 < len(ix.tokens) else ""
            org = ix.token_key.get(token.i)
            if office_seen and ix.core(org) == "Organisation" and following in ("'s", "’s"):
                found.add(key, "affiliatedWith", org, "office-before-name", token)
                break


@rule(
    "untitled-office-of-the-firm",
    makes=("affiliatedWith",),
    triggers=("firm_office_nouns",),
    example=(
        'CV Rotan Cirebon Jaya is exhibiting for the first time. "People want lighter '
        'chairs," said owner Siti Maesaroh.'
    ),
    expect=("Siti Maesaroh", "affiliatedWith", "CV Rotan Cirebon Jaya"),
    counter=(
        'CV Rotan Cirebon Jaya is exhibiting for the first time. "People want lighter '
        'chairs," said shopper Siti Maesaroh.'
    ),
)
def untitled_offices(ix: DocumentIndex, found: Findings) -> None:
    """ "..., said marketing director X", "Owner Ms X said": an office in lower case before
    a name, with no body of its own, in a paragraph about one firm, is an office of the
    firm its paragraph named last (in this sentence or the two before it). Read from the
    surface: a feature names the firm, then quotes its people by office alone."""
    offices = ix.lex["firm_office_nouns"]
    honorifics = _honorific_words(ix.rules.honorifics)
    for span, key in ix.mentions_of("Person"):
        if found.has(key, "affiliatedWith"):
            continue
        words = []
        for token in reversed(ix.tokens[max(span.start - 5, 0) : span.start]):
            if token.lower_.rstrip(".") in honorifics and not words:
                continue  # "Owner Ms X said": past the honorific
            # a word, hyphenated or not ("said co-founder X")
            if not token.text.replace("-", "").isalpha() or token.i in ix.token_key:
                break
            # "said owner X": the title starts after the verb (the tagger may call an
            # office such as "co-founder" a verb)
            if token.pos_ not in ("NOUN", "PROPN", "ADJ") and token.lower_ not in offices:
                break
            words.append(token)
        # "marketing director", "owner Ms": lower case, or the sentence's first word
        titled = [
            t
            for t in words
            if lemma(t) in offices
            and ((t.is_lower and (t.pos_ == "NOUN" or t.lower_ in offices)) or t.is_sent_start)
        ]
        # all in lower case (not "Chinese foreign minister X"), and quoted: "said owner
        # X", "Owner X said" (not "refused to seat junta chief X")
        if not titled or any(not (t.is_lower or t.is_sent_start) for t in words):
            continue
        before = ix.tokens[words[-1].i - 1] if words[-1].i > 0 else None
        head = ix.head_mention_token(span)
        quoted = (before is not None and lemma(before) in ix.lex["quote_verbs"]) or (
            head.dep_ == "nsubj" and lemma(head.head) in ix.lex["quote_verbs"]
        )
        if not quoted:
            continue
        firm = _firm_named_before(ix, span)
        if firm is not None:
            found.add(key, "affiliatedWith", firm, "untitled-office-of-firm", ix.tokens[span.start])


def _body_before_whose(ix: DocumentIndex, at: int) -> str | None:
    """The organisation a "whose" at token ``at`` goes back to: the one named right before
    its comma ("Rever Automotive, whose ...")."""
    if at < 2 or ix.tokens[at - 1].text != ",":
        return None
    org = ix.token_key.get(at - 2)
    return org if ix.core(org) == "Organisation" else None


def _firm_named_before(ix: DocumentIndex, span: Span) -> str | None:
    """The organisation named last before ``span`` in its paragraph, in its sentence or
    the two before; none if two bodies are named there (whose office would be unclear)."""
    at = ix.sentence_position(ix.tokens[span.start])
    paragraph = ix.text.rfind("\n", 0, ix.tokens[span.start].idx) + 1
    bodies: list[str] = []
    for sentence in ix.sentences[max(at - 2, 0) : at + 1]:
        if sentence.start_char < paragraph:
            continue
        for named, key in ix.mentions_in(sentence):
            if named.start < span.start and ix.core(key) == "Organisation" and key not in bodies:
                bodies.append(key)
    return bodies[0] if len(bodies) == 1 else None


#: Dashes that open and close an aside ("X – Prime Minister of Y – and ..."); a hyphen
#: only with a space before it (not the one inside "Secretary-General").
_ASIDE_DASHES = {"–", "—", "--", "―"}


def _aside_dash(ix: DocumentIndex, at: int) -> bool:
    if at >= len(ix.tokens):
        return False
    token = ix.tokens[at]
    spaced_hyphen = token.text == "-" and at > 0 and ix.tokens[at - 1].whitespace_ != ""
    return token.text in _ASIDE_DASHES or spaced_hyphen


@rule(
    "dash-aside-office",
    makes=("affiliatedWith",),
    triggers=("office_nouns",),
    example=(
        "Pehin Lim Jock Seng – Deputy Minister of the Ministry of Foreign Affairs – toured "
        "the halls."
    ),
    expect=("Lim Jock Seng", "affiliatedWith", "Ministry of Foreign Affairs"),
    counter=(
        "Pehin Lim Jock Seng – a guest of the Ministry of Foreign Affairs – toured the halls."
    ),
)
def dash_asides(ix: DocumentIndex, found: Findings) -> None:
    """ "X – Prime Minister of the Royal Government of Cambodia – and Y", "X—ASEAN's
    secretary-general—joined": an office set between dashes right after a name is that
    person's, at the body it is "of" or that owns it. Read from the surface: the parser
    seldom makes such an aside an apposition."""
    offices = ix.lex["office_nouns"]
    for span, key in ix.mentions_of("Person"):
        if not _aside_dash(ix, span.end):
            continue
        aside = []
        for at in range(span.end + 1, min(span.end + 20, len(ix.tokens))):
            if _aside_dash(ix, at):
                break
            token = ix.tokens[at]
            if token.text in (".", ";", ":", "(", ")") or "\n" in token.text:
                aside = []
                break
            aside.append(token)
        else:
            continue  # no closing dash: not an aside
        office = next((t for t in aside if lemma(t) in offices), None)
        if office is None or not _title_words(aside[: aside.index(office)]):
            continue
        for token in aside:
            org = ix.token_key.get(token.i)
            if ix.core(org) != "Organisation":
                continue
            after = ix.tokens[token.i + 1].text if token.i + 1 < len(ix.tokens) else ""
            of_it = any(t.lower_ == "of" for t in aside if office.i < t.i < token.i)
            owns_it = token.i < office.i and after in ("'s", "’s")
            if of_it or owns_it:
                found.add(key, "affiliatedWith", org, "dash-aside-office", office)
                break


def _title_words(words: list[Token]) -> bool:
    """Are the words before an aside's office part of its title ("Second", "Deputy",
    "ASEAN 's", "the")? No verb, no relative word: "a guest of" is no title."""
    return all(
        t.pos_ not in ("VERB", "AUX") and t.lower_ not in ("who", "which", "a", "an") for t in words
    )


# words of a title that name no portfolio ("Secretary of State", "assistant general manager")
_RANK_WORDS = frozenset(
    {"of", "state", "general", "senior", "executive", "managing", "permanent", "first", "-"}
)


@rule(
    "leader-of-body-delegation",
    makes=("affiliatedWith",),
    triggers=(
        "leader_prepositions",
        "delegation_leading_words",
        "delegation_verbs",
        "delegation_nouns",
        "representing_verbs",
        "office_nouns",
    ),
    example=(
        "The Fisheries Department sent a 15-member team to the forum in Beihai under "
        "Deputy Director Ana Cruz."
    ),
    expect=("Ana Cruz", "affiliatedWith", "Fisheries Department"),
    counter=(
        "The Fisheries Department sent a 15-member team to the forum in Beihai with "
        "Deputy Director Ana Cruz."
    ),
)
def leaders_of_body_delegations(ix: DocumentIndex, found: Findings) -> None:
    """ "The ministry sent a delegation under Secretary of State X", "a Ports Authority team
    led by assistant general manager X", "The contractor was represented by general manager
    X": a titled person heading (or standing for) a body's delegation works for that body.
    Read from the surface before the name, because the parser hangs "under" anywhere."""
    offices = ix.lex["office_nouns"] | ix.lex["lesser_rank_words"]
    honorifics = _honorific_words(ix.rules.honorifics)
    for span, key in ix.mentions_of("Person"):
        after = ix.tokens[span.end].text if span.end < len(ix.tokens) else ""
        if after in ("of", "(", "’s", "'s"):
            continue  # "led by Director X of the Fisheries Bureau": a body of their own
        title: list[Token] = []
        at = span.start - 1
        while at >= 0 and len(title) < 7 and ix.tokens[at].sent == ix.tokens[span.start].sent:
            token = ix.tokens[at]
            if token.lower_ in ix.lex["leader_prepositions"] or at in ix.token_key:
                break
            if not (token.is_title or token.is_upper or lemma(token) in offices) and (
                token.lower_ not in _RANK_WORDS
            ):
                break
            title.append(token)
            at -= 1
        prep = ix.tokens[at] if at >= 0 else None
        words = [t for t in title if t.lower_.rstrip(".") not in honorifics]
        if prep is None or prep.lower_ not in ix.lex["leader_prepositions"] or at in ix.token_key:
            continue
        if not any(lemma(t) in ix.lex["office_nouns"] for t in words):
            continue  # "led by Ana Cruz": no office, no telling whose
        body = _body_of_led_group(ix, prep)
        if body is None:
            continue
        # "Deputy Trade Minister X" heads a chamber's group: the portfolio is not the body's
        label = ix.resolved.entities[body].label.casefold()
        portfolio = [
            t.lower_
            for t in words
            if lemma(t) not in offices and t.lower_ not in _RANK_WORDS and t.lower_ not in label
        ]
        if not portfolio:
            found.add(key, "affiliatedWith", body, "leader-of-body-delegation", prep)


def _body_of_led_group(ix: DocumentIndex, prep: Token) -> str | None:
    """The one body whose group a "by" or "under" leads: "BODY team led by", "a delegation
    from BODY led by", "BODY sent a delegation (...) under", "BODY was represented by"."""
    # the verb "by" is the agent of, past a phrase between them ("represented at the
    # expo by"), else the word right before it
    before = prep.head if prep.dep_ == "agent" else ix.tokens[prep.i - 1] if prep.i else prep
    bodies: list[str] = []
    leading = ix.lex["delegation_leading_words"] | ix.lex["representing_verbs"]
    if prep.lower_ == "by" and before.dep_ == "acl" and lemma(before) in leading:
        # "the Chamber, headed by vice president X", "BODY — represented by X —"
        bodies = _bodies_in(ix, [before.head])
        if bodies:
            return bodies[0]
    if prep.lower_ == "by" and lemma(before) in ix.lex["representing_verbs"]:
        subjects = [c for c in before.children if c.dep_ == "nsubjpass"]
        bodies = [k for s in subjects for k in _bodies_in(ix, list(s.subtree))]
    elif prep.lower_ == "by" and lemma(before) in ix.lex["delegation_leading_words"]:
        group = before.head
        if before.dep_ != "acl" or lemma(group) not in ix.lex["delegation_nouns"]:
            return None
        bodies = _bodies_in(ix, list(ix.tokens[group.left_edge.i : group.i]))
        # "a delegation from (or of) BODY": the body named right there, not one inside
        # a list of members after it ("a delegation of firms including BODY")
        bodies += [
            k
            for p in group.children
            if p.dep_ == "prep" and p.lower_ in ("from", "of")
            for o in p.children
            if o.dep_ == "pobj"
            for k in _bodies_in(ix, [o])
        ]
        if not bodies and group.dep_ == "dobj":
            bodies = _sender_bodies(ix, group.head)
    elif prep.lower_ == "under":
        # past "including" (a preposition the tagger calls a verb) in a list of members
        verbs = [
            t
            for t in ix.tokens[prep.sent.start : prep.i]
            if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"
        ]
        if verbs and lemma(verbs[-1]) in ix.lex["delegation_verbs"]:
            bodies = _sender_bodies(ix, verbs[-1])
    bodies = list(dict.fromkeys(bodies))
    return bodies[0] if len(bodies) == 1 else None


def _sender_bodies(ix: DocumentIndex, verb: Token) -> list[str]:
    """The bodies that are the subject of a verb of sending ("BODY sent ...")."""
    if lemma(verb) not in ix.lex["delegation_verbs"]:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subjects):
        subjects = [verb.head]  # "BODY, which sent a team under X": the body it stands for
    return [k for s in subjects for k in _bodies_in(ix, list(s.subtree))]


def _bodies_in(ix: DocumentIndex, tokens: list[Token]) -> list[str]:
    """The organisations (not countries) named among ``tokens``."""
    keys = [ix.token_key.get(t.i) for t in tokens]
    return [
        k
        for k in dict.fromkeys(keys)
        if k is not None and ix.core(k) == "Organisation" and not is_country(ix, k)
    ]
