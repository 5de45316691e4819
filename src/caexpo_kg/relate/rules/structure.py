"""Rules that need no parse: editions, capitals, bylines and shipped world knowledge."""

from __future__ import annotations

from ...model import Evidence, Relation
from ...resolve.entities import entity_key
from ..index import DocumentIndex, Findings
from ..registry import rule


@rule(
    "capital-of",
    makes=("locatedIn",),
    needs_parse=False,
    example="Talks were held in the Guangxi capital on Monday.",
    expect=("Nanning", "locatedIn", "Guangxi Zhuang Autonomous Region"),
    counter="Talks were held in the capital on Monday.",
)
def capitals(ix: DocumentIndex, found: Findings) -> None:
    """ "the Guangxi capital" names Nanning, which lies in Guangxi."""
    rules = ix.rules
    for span, key in ix.mention_spans:
        container = span._.caexpo_container
        entry = rules.by_name.get(container.casefold()) if container else None
        if entry is not None:
            target = entity_key(entry.core_class, entry.label)
            if target in ix.resolved.entities:
                found.add(key, "locatedIn", target, "capital-of", span.root)


@rule(
    "ordinal",
    makes=("editionOf",),
    needs_parse=False,
    example="The 12th China-ASEAN Expo opened.",
    expect=("12th China-ASEAN Expo", "editionOf", "China-ASEAN Expo"),
    counter="The China-ASEAN Expo opened.",
)
def editions(ix: DocumentIndex, found: Findings) -> None:
    """A numbered edition is an edition of its series."""
    first = ix.first_mentions()
    for edition, series in sorted(ix.resolved.editions.items()):
        span = first.get(edition)
        if span is not None:
            found.add(edition, "editionOf", series, "ordinal", span.root)
        else:
            found.append(Relation(edition, "editionOf", series, "editionOf:ordinal"))


@rule(
    "byline",
    makes=("affiliatedWith",),
    needs_parse=False,
    example="Expo draws crowds\nPhoto by Zhang Ailin/Xinhua\nThe fair opened in Nanning.",
    expect=("Zhang Ailin", "affiliatedWith", "Xinhua"),
    counter="Zhang Ailin met Xinhua editors in Nanning.",
)
def bylines(ix: DocumentIndex, found: Findings) -> None:
    """ "Photo by NAME/AGENCY": the photographer works for the agency."""
    for person, org in ix.doc._.caexpo_bylines or ():
        subject = ix.resolved.span_entity.get(tuple(person))
        obj = ix.resolved.span_entity.get(tuple(org))
        if subject and obj:
            start = ix.text.rfind("\n", 0, person[0]) + 1  # the byline's line
            evidence = Evidence(start, org[1], ix.text[start : org[1]])
            found.append(
                Relation(subject, "affiliatedWith", obj, "affiliatedWith:byline", (evidence,))
            )
