"""Membership said in the text ("ASEAN comprises ...", "ASEAN's ten members are ...")."""

from __future__ import annotations

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
    """ "ASEAN's ten members are Brunei, ...", "ASEAN comprises ..."."""
    for token in ix.with_lemma({"member", "members", *ix.lex["membership_verbs"]}):
        token_lemma = lemma(token)
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
            for owner in ix.keys(ix.subjects(token)):
                if ix.core(owner) != "Organisation":
                    continue
                for obj in ix.objects(token):
                    for member in ix.keys(ix.group(obj)):
                        found.add(member, "memberOf", owner, token_lemma, token)
