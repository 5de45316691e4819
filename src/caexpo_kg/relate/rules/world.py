"""World knowledge in extraction: ASEAN's members, from the project's gazetteer.

Each such relation is marked inferred, carries no sentence as evidence, and names its
source (:attr:`caexpo_kg.model.Relation.source`), so the RDF says where it came from
and keeps it out of the graph of stated facts; it is added only where a sentence of the
document names the member beside the body's members ("ASEAN member states such as
Thailand"): the gazetteer confirms which of the names listed there are members. Which
country a city or province lies in is added on request, over a whole graph
(:mod:`caexpo_kg.rdf.world`, ``build --world-knowledge``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...model import Relation
from ...resolve.entities import entity_key
from ..index import DocumentIndex, Findings, lemma
from ..registry import rule

GAZETTEER = "caexpo-kg gazetteer"


def _world(findings: Findings, subject: str, predicate: str, obj: str, source: str) -> None:
    rule_name = f"{predicate}:world-knowledge"
    findings.append(Relation(subject, predicate, obj, rule_name, (), inferred=True, source=source))


@rule(
    "world-membership",
    makes=("memberOf",),
    triggers=("member_nouns",),
    example="Ministers from ASEAN member states such as Thailand and Laos attended.",
    expect=("Thailand", "memberOf", "Association of Southeast Asian Nations"),
    counter="Ministers from Thailand and Laos attended the ASEAN meeting.",
)
def world_membership(ix: DocumentIndex, found: Findings) -> None:
    """ASEAN's members (the gazetteer's ``member_of``), where a sentence names the member
    beside the body's members ("ASEAN member states such as Thailand", "the four newer
    members of ASEAN - Cambodia, Laos ..."). A country merely named in a text about ASEAN
    ("Thailand sent a delegation to the ASEAN meeting") is not said to be a member, and
    annotators leave such a membership out: the gazetteer only confirms what the
    sentence implies (and keeps "ASEAN partners such as China" out)."""
    rules = ix.rules
    bodies: dict[str, set[int]] = {}
    for key, entity in ix.resolved.entities.items():
        entry = rules.by_name.get(entity.label.casefold())
        if entry is None or entry.label != entity.label or not entry.member_of:
            continue
        target_entry = rules.by_name[entry.member_of.casefold()]
        target_key = entity_key(target_entry.core_class, target_entry.label)
        if target_key not in ix.resolved.entities:
            continue
        if target_key not in bodies:
            bodies[target_key] = _membership_sentences(ix, target_key)
        said = bodies[target_key]
        if any(
            ix.sentence_position(span.root) in said or _apposed_members(ix, span)
            for span in ix.spans_named(key)
        ):
            _world(found, key, "memberOf", target_key, GAZETTEER)


def _membership_sentences(ix: DocumentIndex, body: str) -> set[int]:
    """Positions of the sentences that speak of ``body``'s members: the body names a
    member noun ("ASEAN member states", "ASEAN's members", "the ten ASEAN countries") or
    is its "of" ("the member countries of the Association of Southeast Asian Nations")."""
    return {
        ix.sentence_position(token)
        for token in map(ix.head_mention_token, ix.spans_named(body))
        if _names_members(ix, token)
    }


def _names_members(ix: DocumentIndex, token: Token) -> bool:
    """Does ``token`` modify a member noun, or name what one is "of", within a few steps
    up the noun phrase (the parser hangs "members of ASEAN - Cambodia, Laos" on the first
    country: "ASEAN" its compound, "Cambodia" the "of" object)?"""
    for _ in range(4):
        if token.dep_ not in ("compound", "poss", "nmod", "amod", "pobj") and not (
            token.dep_ == "prep" and token.lower_ == "of"
        ):
            return False
        token = ix.head(token)
        if _member_noun(ix, token) or any(
            _member_noun(ix, child) for child in ix.children(token) if child.dep_ == "compound"
        ):
            return True
    return False


def _apposed_members(ix: DocumentIndex, span: Span) -> bool:
    """Is the country (or the list it opens) apposed to a bare member noun: "Cambodia,
    Laos, Myanmar and Vietnam, the four newer members, have until 2015" (not "Vietnam, a
    member of the WTO": a noun with its own body is read by the membership rules)."""
    token = ix.head_mention_token(span)
    while token.dep_ == "conj" and ix.head(token) != token:
        token = ix.head(token)
    return any(
        child.dep_ == "appos"
        and lemma(child) == "member"
        and not any(c.dep_ in ("poss", "prep") for c in ix.children(child))
        for child in ix.children(token)
    )


def _member_noun(ix: DocumentIndex, token: Token) -> bool:
    """ "member", "states", "countries", "nations" (``member_nouns``)."""
    return token.pos_ in ("NOUN", "PROPN") and lemma(token) in ix.lex["member_nouns"]
