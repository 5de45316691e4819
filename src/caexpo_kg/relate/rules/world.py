"""World knowledge in extraction: ASEAN's members, from the project's gazetteer.

Each such relation is marked inferred, carries no sentence as evidence, and names its
source (:attr:`caexpo_kg.model.Relation.source`), so the RDF says where it came from
and keeps it out of the graph of stated facts; it is added only between two entities
the document itself names. Which country a city or province lies in is added on
request, over a whole graph (:mod:`caexpo_kg.rdf.world`, ``build --world-knowledge``).
"""

from __future__ import annotations

from ...model import Relation
from ...resolve.entities import entity_key
from ..index import DocumentIndex, Findings
from ..registry import rule

GAZETTEER = "caexpo-kg gazetteer"


def _world(findings: Findings, subject: str, predicate: str, obj: str, source: str) -> None:
    rule_name = f"{predicate}:world-knowledge"
    findings.append(Relation(subject, predicate, obj, rule_name, (), inferred=True, source=source))


@rule(
    "world-membership",
    makes=("memberOf",),
    needs_parse=False,
    example="Thailand sent a delegation to the ASEAN meeting.",
    expect=("Thailand", "memberOf", "Association of Southeast Asian Nations"),
    counter="Thailand sent a delegation to the meeting.",
)
def world_membership(ix: DocumentIndex, found: Findings) -> None:
    """ASEAN's members (the gazetteer's ``member_of``), where the text names both."""
    rules = ix.rules
    named = set(ix.first_mentions())
    for key, entity in ix.resolved.entities.items():
        entry = rules.by_name.get(entity.label.casefold())
        if entry is None or entry.label != entity.label or not entry.member_of:
            continue
        target_entry = rules.by_name[entry.member_of.casefold()]
        target_key = entity_key(target_entry.core_class, target_entry.label)
        if key in named and target_key in ix.resolved.entities:
            _world(found, key, "memberOf", target_key, GAZETTEER)
