"""Membership: said in the text ("ASEAN comprises ..."), or shipped world knowledge."""

from __future__ import annotations

from ...components.rules import load_rules
from ...resolve import entity_key
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
    for token in ix.tokens:
        token_lemma = lemma(token)
        if token_lemma in ("member", "members") and token.dep_ in SUBJECT_DEPS:
            owners = [ix.entity(c) for c in token.children if c.dep_ == "poss"]
            owners += [ix.entity(t) for p, t in ix.prepositions_of_noun(token) if p == "of"]
            for owner in filter(None, owners):
                for obj in ix.objects(token.head):
                    for member in ix.keys(ix.group(obj)):
                        found.add(member, "memberOf", owner, "members-are", token.head)
        if token_lemma in ix.lex["membership_verbs"] and token.pos_ == "VERB":
            for owner in ix.keys(ix.subjects(token)):
                if ix.core(owner) != "Organisation":
                    continue
                for obj in ix.objects(token):
                    for member in ix.keys(ix.group(obj)):
                        found.add(member, "memberOf", owner, token_lemma, token)


@rule(
    "world-knowledge",
    makes=("memberOf",),
    needs_parse=False,
    example="Thailand sent a delegation to the ASEAN meeting.",
    expect=("Thailand", "memberOf", "Association of Southeast Asian Nations"),
    counter="Thailand sent a delegation to the meeting.",
)
def world_knowledge(ix: DocumentIndex, found: Findings) -> None:
    """Stable facts the rules ship (ASEAN's members) about entities the text names.

    Only membership: containment (Guangxi in China) goes without saying in news text
    and annotators rarely state it. The evidence is the member's first mention.
    """
    rules = load_rules()
    first_mention = ix.first_mentions()
    for key, entity in ix.resolved.entities.items():
        entry = rules.by_name.get(entity.label.casefold())
        if entry is None or entry.label != entity.label or not entry.member_of:
            continue
        target_entry = rules.by_name[entry.member_of.casefold()]
        target_key = entity_key(target_entry.core_class, target_entry.label)
        if target_key in ix.resolved.entities and key in first_mention:
            found.add(key, "memberOf", target_key, "world-knowledge", first_mention[key].root)
