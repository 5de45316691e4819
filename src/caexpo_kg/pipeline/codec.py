"""Streaming a corpus's extractions: a JSON codec for caching and spilling them.

Merging across documents needs only a small table of entities
(:class:`caexpo_kg.resolve.entities.EntityTable`, re-exported here), so a build need not hold
a corpus: the store writes each document as it comes, merged as far as the table
knows, keeps its extraction as JSON, and at the end patches the few documents the
whole corpus merges otherwise (:meth:`EntityTable.keymap`,
:func:`caexpo_kg.resolve.entities.remap`).
"""

from __future__ import annotations

import json
from datetime import date

from ..model import Document, Entity, Evidence, Extraction, Mention, Relation
from ..resolve.entities import EntityTable

__all__ = ["EntityTable", "extraction_from_json", "extraction_to_json"]


# ------------------------------------------------------------------ JSON codec
def extraction_to_json(extraction: Extraction) -> str:
    """One extraction as compact JSON (dates as ISO strings), for a cache or a spill."""
    document = extraction.document
    record = {
        "document": {
            "id": document.id,
            "text": document.text,
            "published": document.published.isoformat() if document.published else None,
            "title": document.title,
            "url": document.url,
            "source": document.source,
        },
        "entities": [
            {**vars(e), "aliases": list(e.aliases)} for e in extraction.entities
        ],  # flat records: vars() is ten times cheaper than asdict()
        "mentions": [vars(m) for m in extraction.mentions],
        "relations": [
            {**vars(r), "evidence": [vars(v) for v in r.evidence]} for r in extraction.relations
        ],
        "model": extraction.model,
        "rules_version": extraction.rules_version,
        "warnings": list(extraction.warnings),
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def extraction_from_json(text: str) -> Extraction:
    """The inverse of :func:`extraction_to_json`."""
    record = json.loads(text)
    doc = record["document"]
    published = date.fromisoformat(doc["published"]) if doc["published"] else None
    return Extraction(
        document=Document(**{**doc, "published": published}),
        entities=tuple(Entity(**{**e, "aliases": tuple(e["aliases"])}) for e in record["entities"]),
        mentions=tuple(Mention(**m) for m in record["mentions"]),
        relations=tuple(
            Relation(**{**r, "evidence": tuple(Evidence(**v) for v in r["evidence"])})
            for r in record["relations"]
        ),
        model=record["model"],
        rules_version=record["rules_version"],
        warnings=tuple(record["warnings"]),
    )
