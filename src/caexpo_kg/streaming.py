"""Cross-document merging without holding the corpus: a small entity table.

:func:`caexpo_kg.resolve.merge_extractions` needs every :class:`Extraction` at
once (texts, mentions, evidence). Its decision, though, only reads the
entities: which keys exist, their labels (counted) and aliases, and the first
entity seen under each key. :class:`EntityTable` collects exactly that, one
extraction at a time, and :meth:`EntityTable.apply` rewrites one extraction
afterwards, so a build can spill extractions (to a store, to disk) and stream
them twice: once to fill the table, once to write. The result is the same as
``merge_extractions`` on the whole list (a test checks it), in linear time.

Examples
--------
>>> table = EntityTable()
>>> for extraction in extractions:  # doctest: +SKIP
...     table.add(extraction)
>>> merged = [table.apply(e) for e in extractions]  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date

from .model import Document, Entity, Evidence, Extraction, Mention, Relation
from .resolve import _dedupe, _is_short, entity_key

__all__ = ["EntityTable", "extraction_from_json", "extraction_to_json"]


class EntityTable:
    """Labels, aliases and a sample entity per key: what merging needs, nothing more."""

    def __init__(self) -> None:
        self._labels: dict[str, Counter[str]] = defaultdict(Counter)
        self._aliases: dict[str, set[str]] = defaultdict(set)
        self._sample: dict[str, Entity] = {}
        self._merged: dict[str, Entity] | None = None

    def __len__(self) -> int:
        return len(self._sample)

    def add(self, extraction: Extraction) -> None:
        """Count one (unmerged) extraction's entities; call in document order."""
        self._merged = None
        for entity in extraction.entities:
            self._labels[entity.key][entity.label] += 1
            self._aliases[entity.key].update(entity.aliases)
            self._sample.setdefault(entity.key, entity)

    def merged(self) -> dict[str, Entity]:
        """Each key's merged entity (its key may be another's: the one it joined)."""
        if self._merged is None:
            self._merged = self._merge()
        return self._merged

    def apply(self, extraction: Extraction) -> Extraction:
        """``extraction`` rewritten to the merged keys, labels and aliases."""
        merged = self.merged()
        entities = {merged[e.key].key: merged[e.key] for e in extraction.entities}
        return replace(
            extraction,
            entities=tuple(entities[k] for k in sorted(entities)),
            mentions=tuple(replace(m, entity=merged[m.entity].key) for m in extraction.mentions),
            relations=tuple(
                _dedupe(
                    replace(r, subject=merged[r.subject].key, object=merged[r.object].key)
                    for r in extraction.relations
                )
            ),
        )

    def _merge(self) -> dict[str, Entity]:
        # The same union-find as resolve.merge_extractions; members are grouped once
        # (there: a scan of all keys per key, quadratic on a large corpus).
        sample, labels, aliases = self._sample, self._labels, self._aliases
        parent = {key: key for key in sample}

        def find(key: str) -> str:
            while parent[key] != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        for key, entity in sorted(sample.items()):
            for alias in sorted(aliases[key]):
                other = entity_key(entity.core_class, alias)
                if other in parent and other != key and not sample[other].edition_number:
                    root_key, root_other = find(key), find(other)
                    if root_key != root_other:
                        keep, drop = sorted(
                            (root_key, root_other),
                            key=lambda k: (_is_short(labels[k].most_common(1)[0][0]), k),
                        )
                        parent[drop] = keep

        members: dict[str, list[str]] = defaultdict(list)
        for key in sorted(sample):
            members[find(key)].append(key)
        by_root: dict[str, Entity] = {}
        for root, keys in members.items():
            all_labels: Counter[str] = Counter()
            all_aliases: set[str] = set()
            for member in keys:
                all_labels.update(labels[member])
                all_aliases |= aliases[member] | set(labels[member])
            label = max(
                all_labels.items(), key=lambda i: (not _is_short(i[0]), i[1], len(i[0]), i[0])
            )[0]
            by_root[root] = replace(
                sample[root],
                key=root,
                label=label,
                aliases=tuple(sorted(a for a in all_aliases if a.casefold() != label.casefold())),
            )
        return {key: by_root[find(key)] for key in sample}


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
