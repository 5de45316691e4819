"""Membership said in the text ("ASEAN comprises ...", "ASEAN's ten members are ...")."""

from __future__ import annotations

from spacy.tokens import Token

from ..index import SUBJECT_DEPS, DocumentIndex, Findings, lemma
from ..registry import rule


@rule(
    "members-verb",
    makes=("memberOf",),
    triggers=("membership_verbs",),
    example="The Mekong River Commission comprises Cambodia, Laos, Thailand and Vietnam.",
    expect=("Laos", "memberOf", "Mekong River Commission"),
    counter="The Mekong River Commission praised Cambodia, Laos, Thailand and Vietnam.",
)
def memberships(ix: DocumentIndex, found: Findings) -> None:
    """ "ASEAN's ten members are Brunei, ...", "ASEAN comprises ...", "The company is a
    member of the Thai Fruit Exporters Association"."""
    for token in ix.with_lemma({"member", "members", *ix.lex["membership_verbs"]}):
        token_lemma = lemma(token)
        if token_lemma in ("member", "members") and token.dep_ in ("attr", "appos"):
            _said_a_member(ix, found, token)
        if token_lemma in ("member", "members") and token.dep_ in SUBJECT_DEPS:
            owners = [ix.entity(c) for c in token.children if c.dep_ == "poss"]
            owners += [ix.entity(t) for p, t in ix.prepositions_of_noun(token) if p == "of"]
            for owner in filter(None, owners):
                for obj in ix.objects(token.head):
                    for member in ix.keys(ix.group(obj)):
                        found.add(member, "memberOf", owner, "members-are", token.head)
        if token_lemma in ix.lex["membership_verbs"] and token.pos_ == "VERB":
            if ix.as_organiser(token):
                continue  # "A has joined B as a host of the fair": a role, not membership
            if token_lemma == "join":
                _joined(ix, found, token)
                continue
            for owner in ix.keys(ix.subjects(token)):
                if ix.core(owner) != "Organisation":
                    continue
                for obj in ix.objects(token):
                    for member in ix.keys(ix.group(obj)):
                        found.add(member, "memberOf", owner, token_lemma, token)


def _said_a_member(ix: DocumentIndex, found: Findings, member: Token) -> None:
    """What a copula or an apposition calls a member of a body: "It is a member of the
    Malaysian Palm Oil Association", "Minh Phat Foods, a member of the Vietnam Food
    Association". A person "a member of" a body's board or delegation holds a seat
    (affiliatedWith, read with offices), and only bodies and places are members."""
    owners = ix.keys(t for p, t in ix.prepositions_of_noun(member) if p == "of")
    holders = ix.subjects(member.head) if member.dep_ == "attr" else [ix.head(member)]
    for holder in ix.keys(holders):
        for owner in owners:  # the ontology's domain and range keep the person out
            found.add(holder, "memberOf", owner, "member-of", member)


def _joined(ix: DocumentIndex, found: Findings, verb: Token) -> None:
    """ "Cambodia joined ASEAN in 1999": who joins is the member of the body joined (the
    other way round from "ASEAN comprises ..."); not one who joins another "in" doing
    something ("the ministry joined the regional government in hosting the fair")."""
    for prep in ix.children(verb):
        doing = any(g.dep_ == "pcomp" or g.pos_ == "VERB" for g in ix.children(prep))
        if prep.dep_ == "prep" and prep.lower_ == "in" and doing:
            return
    for obj in ix.objects(verb):
        for owner in ix.keys(ix.group(obj)):
            for member in ix.keys(ix.subjects(verb)):
                found.add(member, "memberOf", owner, "join", verb)
