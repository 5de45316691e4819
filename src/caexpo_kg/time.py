"""Years: an event's year from the dates around it, and editions' years from each other.

Stated years ("held in 2015", "last year") come from the text; an edition's year
computed from another edition of the same annual series (12th in 2015, so the
15th in 2018) is *inferred*: marked so, kept in its own named graph, and switched
off with ``infer=False`` (``--no-infer``).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from .model import Evidence, Relation
from .resolve import ResolvedDocument

__all__ = ["infer_edition_years", "year_relations"]


def year_relations(doc: Doc, resolved: ResolvedDocument, published: date | None) -> list[Relation]:
    """Relations to Year nodes that do not come from one verb frame (see relate.py).

    Currently: nothing beyond relate's rules; kept as the place for date arithmetic.
    """
    del doc, resolved, published
    return []


def infer_edition_years(resolved: ResolvedDocument, relations: list[Relation]) -> list[Relation]:
    """Infer the year of every edition of a series from one edition whose year is stated.

    Annual series only: the ordinal difference is the year difference. The first
    stated edition (lowest number) anchors the others.
    """
    stated: dict[str, int] = {}
    for relation in relations:
        if relation.predicate == "inYear" and relation.subject in resolved.editions:
            entity = resolved.entities.get(relation.object)
            if entity is not None and entity.year is not None:
                stated.setdefault(relation.subject, entity.year)
    anchors: dict[str, tuple[int, int, str]] = {}
    for edition_key, year in stated.items():
        series = resolved.editions[edition_key]
        number = resolved.entities[edition_key].edition_number
        if number is None:
            continue
        if series not in anchors or number < anchors[series][0]:
            anchors[series] = (number, year, edition_key)
    inferred = []
    for edition_key, series in sorted(resolved.editions.items()):
        if edition_key in stated or series not in anchors:
            continue
        number = resolved.entities[edition_key].edition_number
        if number is None:
            continue
        anchor_number, anchor_year, anchor_key = anchors[series]
        year = anchor_year + (number - anchor_number)
        inferred.append(
            Relation(
                subject=edition_key,
                predicate="inYear",
                object=f"Year/{year}",
                rule=f"inferred:annual-series-from:{anchor_key}",
                evidence=(),
                inferred=True,
            )
        )
    return inferred


def _evidence(doc: Doc, start: int, end: int) -> Evidence:
    return Evidence(start, end, doc.text[start:end])
