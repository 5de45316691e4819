"""The networkx view of a caexpo-kg dataset: entities and their relations, nothing else.

Why a second view: questions like "how is Huawei connected to the Nanning
International Convention and Exhibition Center?" or "which organisations are most
central?" are graph algorithms (paths, neighbourhoods, centrality), which networkx
answers directly. The view keeps only entities (nodes typed with one of the six core
classes) and the ten core relations (and their sub-properties, e.g.
``ckg:exhibitedAt``) between them; mentions, provenance and literals stay in RDF.
:func:`to_rdf` turns the view back into the triples it was made of.

Examples
--------
>>> from rdflib import Graph
>>> g = Graph().parse(data='''
...     @prefix ckg: <https://w3id.org/caexpo-kg/ontology#> .
...     @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
...     @prefix id: <https://w3id.org/caexpo-kg/id/> .
...     id:organisation\\/huawei a ckg:Organisation ; rdfs:label "Huawei" ;
...         ckg:participatedIn id:event\\/caexpo .
...     id:event\\/caexpo a ckg:Event ; rdfs:label "CAEXPO" .
... ''', format="turtle")
>>> view = to_networkx(g)
>>> [format_path(view, p) for p in shortest_paths(view, "Huawei", "CAEXPO")]
['Huawei -participatedIn-> CAEXPO']
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef

from ..errors import EntityNotFoundError, QueryError
from ..rdf import as_store, subject_objects, to_oxigraph
from ..resources import resource_path
from ..vocab import CKG, CORE_CLASSES, CORE_PROPERTIES, GRAPH, RDF, RDFS, SKOS

__all__ = [
    "EntityInfo",
    "EntityViews",
    "GraphStats",
    "RelationPath",
    "Step",
    "betweenness",
    "close_names",
    "entities_of",
    "entity_table",
    "entity_triples",
    "find_entity",
    "format_path",
    "graph_stats",
    "neighbourhood",
    "relation_name",
    "relation_properties",
    "shortest_paths",
    "to_networkx",
    "to_rdf",
]

#: Above this many nodes, betweenness is estimated from a sample of sources.
BETWEENNESS_EXACT_UP_TO = 1000
#: The number of sampled sources used above :data:`BETWEENNESS_EXACT_UP_TO`.
BETWEENNESS_SAMPLE = 200

_CLASS_IRIS = {CKG[name]: name for name in CORE_CLASSES}
_CLASS_ORDER = {name: number for number, name in enumerate(CORE_CLASSES)}


# ----------------------------------------------------------------- vocabulary
@lru_cache(maxsize=1)
def _hierarchy() -> tuple[dict[URIRef, str], dict[str, frozenset[str]]]:
    properties = {CKG[name]: name for name in CORE_PROPERTIES}
    parents: dict[str, set[str]] = defaultdict(set)
    try:
        ontology = Graph().parse(resource_path("ontology", "caexpo.ttl"), format="turtle")
    except Exception:  # a broken install still gets the core ten
        return properties, {}
    links = [
        (sub, sup)
        for sub, _, sup in ontology.triples((None, RDFS.subPropertyOf, None))
        if isinstance(sub, URIRef) and str(sub).startswith(str(CKG))
    ]
    changed = True
    while changed:
        changed = False
        for sub, sup in links:
            if sup in properties and sub not in properties:
                properties[sub] = str(sub).removeprefix(str(CKG))
                changed = True
    for sub, sup in links:
        if sub in properties and sup in properties:
            parents[properties[sub]].add(properties[sup])  # type: ignore[index]
    return properties, {child: frozenset(up) for child, up in parents.items()}


def relation_properties() -> dict[URIRef, str]:
    """Relation property IRI → local name: the ten core properties and their sub-properties.

    Sub-properties (``ckg:exhibitedAt``, ``ckg:spokeAt`` ...) are read from the shipped
    ontology, so a new one declared there is picked up without code changes.
    """
    return dict(_hierarchy()[0])


def relation_name(name: str) -> str:
    """The local name of relation ``name`` (``heldIn``, ``ckg:heldIn`` or its IRI); an
    unknown one is a :class:`QueryError` that lists the known ones."""
    wanted = name.strip().removeprefix(str(CKG)).removeprefix("ckg:")
    names = set(_hierarchy()[0].values())
    if wanted not in names:
        raise QueryError(f"unknown relation {name!r}; use one of {', '.join(sorted(names))}")
    return wanted


def _sub_properties(name: str) -> set[str]:
    """``name`` and the local names of its sub-properties (transitively)."""
    wanted = relation_name(name)
    parents = _hierarchy()[1]
    result = {wanted}
    changed = True
    while changed:
        changed = False
        for child, up in parents.items():
            if child not in result and up & result:
                result.add(child)
                changed = True
    return result


# ----------------------------------------------------------------- entities
@dataclass(frozen=True)
class EntityInfo:
    """One entity of the graph, as :func:`find_entity` and ``KnowledgeGraph.entities`` give it."""

    iri: URIRef
    """The entity's IRI (``https://w3id.org/caexpo-kg/id/organisation/huawei``)."""
    label: str
    """Its ``rdfs:label`` (else ``skos:prefLabel``, else the IRI's last segment)."""
    core_class: str
    """One of the six core classes (``Organisation``)."""
    aliases: tuple[str, ...] = ()
    """Its ``skos:altLabel`` values, sorted."""
    pref_labels: tuple[str, ...] = field(default=(), repr=False)
    """Its ``skos:prefLabel`` values, sorted (usually just :attr:`label`)."""


def entity_table(source: Any) -> dict[URIRef, EntityInfo]:
    """Every entity of ``source`` (a pyoxigraph Store or an rdflib Dataset: the union of
    its graphs; or one rdflib Graph), by IRI.

    An entity is a node typed with one of the six core classes; if a node carries
    two (a resolution mistake), the first in :data:`~caexpo_kg.vocab.CORE_CLASSES`
    order wins.
    """
    import pyoxigraph as ox

    store = as_store(source)
    classes: dict[str, str] = {}
    for class_iri, name in _CLASS_IRIS.items():
        for quad in store.quads_for_pattern(
            None, to_oxigraph(RDF.type), to_oxigraph(class_iri), None
        ):
            node = quad.subject
            if isinstance(node, ox.NamedNode) and (
                node.value not in classes or _CLASS_ORDER[name] < _CLASS_ORDER[classes[node.value]]
            ):
                classes[node.value] = name
    labels, prefs, aliases = (
        subject_objects(store, predicate)
        for predicate in (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
    )
    table = {}
    for iri, core_class in classes.items():
        node = ox.NamedNode(iri)
        own_labels = sorted(term.value for term in labels.get(node, ()))
        own_prefs = sorted(term.value for term in prefs.get(node, ()))
        own_aliases = sorted({term.value for term in aliases.get(node, ())})
        label = (own_labels or own_prefs or [iri.rstrip("/").rsplit("/", 1)[-1]])[0]
        table[URIRef(iri)] = EntityInfo(
            URIRef(iri), label, core_class, tuple(own_aliases), tuple(own_prefs)
        )
    return table


def _names(info: EntityInfo) -> Iterator[tuple[int, str]]:
    yield 0, info.label
    for pref in info.pref_labels:
        yield 1, pref
    for alias in info.aliases:
        yield 2, alias


def find_entity(
    table: dict[URIRef, EntityInfo], name: str | URIRef, *, suggestions: int = 5
) -> EntityInfo:
    """The entity called ``name`` (its label, preferred label or an alias; any case).

    Several entities with the name: a label beats a preferred label beats an alias,
    then the core class order, then the IRI. An entity's IRI is accepted as well.

    Raises
    ------
    EntityNotFoundError
        Nothing has that name; carries up to ``suggestions`` close names (rapidfuzz).
    """
    if isinstance(name, URIRef) or str(name).startswith(("http://", "https://")):
        info = table.get(URIRef(str(name)))
        if info is not None:
            return info
    wanted = str(name).strip().casefold()
    best: tuple[int, int, str, EntityInfo] | None = None
    for info in table.values():
        for rank, candidate in _names(info):
            if candidate.casefold() == wanted:
                key = (rank, _CLASS_ORDER[info.core_class], str(info.iri), info)
                if best is None or key[:3] < best[:3]:
                    best = key
    if best is not None:
        return best[3]
    raise EntityNotFoundError(str(name), close_names(table, str(name), limit=suggestions))


#: Every entity's label, preferred label and aliases (over SPARQL, so stores answer it too).
ENTITY_NAMES_QUERY = (
    "SELECT DISTINCT ?name WHERE { ?entity a ?class ; rdfs:label|skos:prefLabel|skos:altLabel"
    " ?name . VALUES ?class { " + " ".join(f"ckg:{name}" for name in CORE_CLASSES) + " } }"
)


def close_names(table: dict[URIRef, EntityInfo], name: str, *, limit: int = 5) -> list[str]:
    """Up to ``limit`` entity names that look like ``name`` (see :func:`closest`)."""
    names = {candidate for info in table.values() for _, candidate in _names(info)}
    return closest(name, names, limit=limit)


def closest(name: str, choices: Iterable[str], *, limit: int = 5) -> list[str]:
    """Up to ``limit`` of ``choices`` that look like ``name``, best first (rapidfuzz WRatio ≥ 70).

    The one fuzzy matcher: unknown entity names and unknown bound labels both use it."""
    from rapidfuzz import fuzz, process, utils

    choices = sorted(set(choices))
    matches = process.extract(
        name,
        choices,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=limit,
        score_cutoff=70,
    )
    return [match[0] for match in matches]


def entities_of(table: dict[URIRef, EntityInfo], core_class: str | None = None) -> list[EntityInfo]:
    """The entities of ``core_class`` (any case, ``ckg:`` prefix or IRI; ``None``: all).

    Sorted by class (in :data:`~caexpo_kg.vocab.CORE_CLASSES` order), label, IRI.
    """
    wanted = None
    if core_class is not None:
        name = core_class.strip().removeprefix(str(CKG)).removeprefix("ckg:").casefold()
        wanted = next((c for c in CORE_CLASSES if c.casefold() == name), None)
        if wanted is None:
            raise QueryError(f"unknown class {core_class!r}; use one of {', '.join(CORE_CLASSES)}")
    chosen = [info for info in table.values() if wanted is None or info.core_class == wanted]
    return sorted(chosen, key=lambda i: (_CLASS_ORDER[i.core_class], i.label, str(i.iri)))


class EntityViews:
    """The entity table and networkx view of a store, rebuilt only when it changes.

    ``KnowledgeGraph`` keeps one, so that ``find``, ``path`` and ``neighbors`` in a
    notebook loop do not rebuild the view each time. ``source`` gives the store to read
    (a function: a graph edited through its rdflib copy hands over a new store);
    ``read_only``: it never changes (a store folder opened read-only).
    """

    def __init__(self, source: Callable[[], Any], *, read_only: bool = False) -> None:
        self.source = source
        self.read_only = read_only
        self._key: object = None
        self._table: dict[URIRef, EntityInfo] = {}
        self._view: nx.MultiDiGraph | None = None

    def _store(self) -> Any:
        store = self.source()
        # Counting the quads tells an edited store (a few ms in memory); a read-only one
        # cannot change, and counting it on disk costs 0.15 s per 190,000 quads.
        key = id(store) if self.read_only else (id(store), len(store))
        if key != self._key:
            self._key, self._table, self._view = key, entity_table(store), None
        return store

    def table(self) -> dict[URIRef, EntityInfo]:
        """IRI → :class:`EntityInfo` of every entity."""
        self._store()
        return self._table

    def networkx(self) -> nx.MultiDiGraph:
        """The :func:`to_networkx` view (shared: copy it before changing it)."""
        store = self._store()
        if self._view is None:
            self._view = to_networkx(store, self._table)
        return self._view


# ----------------------------------------------------------------- RDF → networkx → RDF
def _evidence(store: Any) -> dict[tuple[Any, Any, Any], tuple[list[str], list[str]]]:
    """(s, p, o) in pyoxigraph terms → the sorted texts and rules of its evidence records."""
    import pyoxigraph as ox

    records = {
        quad.subject
        for quad in store.quads_for_pattern(
            None, to_oxigraph(RDF.type), to_oxigraph(CKG.RelationEvidence), None
        )
    }
    subjects, predicates, objects, texts, rules = (
        subject_objects(store, predicate)
        for predicate in (RDF.subject, RDF.predicate, RDF.object, CKG.evidenceText, CKG.rule)
    )
    found: dict[tuple[Any, Any, Any], tuple[set[str], set[str]]] = defaultdict(
        lambda: (set(), set())
    )
    for record in records:
        if not isinstance(record, (ox.NamedNode, ox.BlankNode)):
            continue
        own_texts = {t.value for t in texts.get(record, ())}
        own_rules = {r.value for r in rules.get(record, ())}
        for key in itertools.product(
            subjects.get(record, ()), predicates.get(record, ()), objects.get(record, ())
        ):
            found[key][0].update(own_texts)
            found[key][1].update(own_rules)
    return {key: (sorted(texts), sorted(rules)) for key, (texts, rules) in found.items()}


def _inferred(store: Any) -> set[tuple[Any, Any, Any]]:
    return {
        (q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, to_oxigraph(GRAPH.INFERRED))
    }


def to_networkx(source: Any, table: dict[URIRef, EntityInfo] | None = None) -> nx.MultiDiGraph:
    """The entity graph of ``source`` as a :class:`networkx.MultiDiGraph`.

    Nodes are entity IRIs (plain ``str``) with attributes ``iri``, ``label``, ``class``
    and ``aliases``; edges are relation triples between entities, keyed by predicate,
    with ``predicate`` (local name, e.g. ``participatedIn``), ``evidence`` (the
    sentences it was read from), ``rules`` and ``inferred`` (from the inferred graph).
    A pyoxigraph Store or an rdflib Dataset is read as the union of its named graphs.
    """
    import pyoxigraph as ox

    store = as_store(source)
    table = entity_table(store) if table is None else table
    view = nx.MultiDiGraph()
    for iri in sorted(table):
        info = table[iri]
        view.add_node(
            str(iri),
            iri=str(iri),
            label=info.label,
            aliases=list(info.aliases),
            **{"class": info.core_class},
        )
    evidence = _evidence(store)
    inferred = _inferred(store)
    entities = {str(iri) for iri in table}
    edges = set()
    for predicate, name in relation_properties().items():
        for quad in store.quads_for_pattern(None, to_oxigraph(predicate), None, None):
            s, o = quad.subject, quad.object
            named = isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode)
            if named and s.value in entities and o.value in entities:
                edges.add((s.value, o.value, name, (s, quad.predicate, o)))
    for s, o, name, triple in sorted(edges, key=lambda e: e[:3]):
        texts, rules = evidence.get(triple, ([], []))
        view.add_edge(
            s,
            o,
            key=name,
            predicate=name,
            evidence=texts,
            rules=rules,
            inferred=triple in inferred,
        )
    return view


def to_rdf(view: nx.MultiDiGraph) -> Graph:
    """The triples a :func:`to_networkx` view stands for: types, labels, aliases, relations.

    The inverse of :func:`to_networkx` on :func:`entity_triples` (a test checks they are
    isomorphic).
    """
    graph = Graph()
    graph.bind("ckg", CKG)
    graph.bind("skos", SKOS)
    for node, data in view.nodes(data=True):
        iri = URIRef(data.get("iri", node))
        graph.add((iri, RDF.type, CKG[data["class"]]))
        graph.add((iri, RDFS.label, Literal(data["label"])))
        for alias in data.get("aliases", ()):
            graph.add((iri, SKOS.altLabel, Literal(alias)))
    for s, o, data in view.edges(data=True):
        graph.add((URIRef(s), CKG[data["predicate"]], URIRef(o)))
    return graph


def entity_triples(source: Any) -> Graph:
    """The part of ``source`` the networkx view holds, as RDF (see :func:`to_rdf`).

    Per entity: its core class, its label, its aliases; the relation triples between
    entities. Everything else (mentions, provenance, literals such as edition numbers,
    finer classes) is left out.
    """
    return to_rdf(to_networkx(source))


# ----------------------------------------------------------------- paths and neighbours
@dataclass(frozen=True)
class Step:
    """One step along a path: from :attr:`source` to :attr:`target` over :attr:`predicate`.

    ``forward`` is true when the triple reads ``source predicate target``, false when
    the path walks the edge backwards (``target predicate source``).
    """

    source: str
    predicate: str
    target: str
    forward: bool = True


@dataclass(frozen=True)
class RelationPath:
    """A path through the entity graph, and its text (``str(path)``)."""

    start: str
    """The IRI the path starts from."""
    steps: tuple[Step, ...]
    """The steps, in order; empty for a path from a node to itself."""
    text: str
    """``Huawei -participatedIn-> 15th China-ASEAN Expo -editionOf-> China-ASEAN Expo``."""

    @property
    def end(self) -> str:
        """The IRI the path ends at."""
        return self.steps[-1].target if self.steps else self.start

    def __len__(self) -> int:
        return len(self.steps)

    def __str__(self) -> str:
        return self.text


def _path(view: nx.MultiDiGraph, start: str, steps: list[Step]) -> RelationPath:
    return RelationPath(start, tuple(steps), format_path(view, steps, start))


def _undirected(view: nx.MultiDiGraph, allowed: set[str] | None = None) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(sorted(view.nodes))
    for s, o, name in sorted(view.edges(keys=True)):
        if allowed is None or name in allowed:
            simple.add_edge(s, o)
    return simple


def _step(view: nx.MultiDiGraph, u: str, v: str, allowed: set[str] | None = None) -> Step:
    forward = sorted(
        k for k in view.get_edge_data(u, v, default={}) if allowed is None or k in allowed
    )
    if forward:
        return Step(u, forward[0], v, True)
    backward = sorted(
        k for k in view.get_edge_data(v, u, default={}) if allowed is None or k in allowed
    )
    return Step(u, backward[0], v, False)


def _node(view: nx.MultiDiGraph, name: str) -> str:
    if name in view:
        return name
    table = {
        URIRef(node): EntityInfo(
            URIRef(node), data["label"], data["class"], tuple(data.get("aliases", ()))
        )
        for node, data in view.nodes(data=True)
    }
    return str(find_entity(table, name).iri)


def shortest_paths(view: nx.MultiDiGraph, a: str, b: str, k: int = 1) -> list[RelationPath]:
    """Up to ``k`` shortest relationship paths between ``a`` and ``b``, edges either way.

    ``a`` and ``b`` are node IRIs or names (:func:`find_entity`). Paths are simple
    (no node twice) and come shortest first (networkx ``shortest_simple_paths`` on the
    undirected view); each step keeps the direction of its triple. No path: ``[]``.
    """
    if k < 1:
        raise QueryError(f"k must be at least 1, not {k}")
    source, target = _node(view, a), _node(view, b)
    if source == target:
        return [_path(view, source, [])]
    simple = _undirected(view)
    try:
        node_paths = list(itertools.islice(nx.shortest_simple_paths(simple, source, target), k))
    except nx.NetworkXNoPath:
        return []
    return [
        _path(view, source, [_step(view, u, v) for u, v in itertools.pairwise(path)])
        for path in node_paths
    ]


def neighbourhood(
    view: nx.MultiDiGraph, x: str, depth: int = 1, predicate: str | None = None
) -> list[RelationPath]:
    """Everything within ``depth`` steps of ``x``, each with one shortest path to it.

    ``predicate`` (``participatedIn``, ``ckg:participatedIn``) keeps only edges of that
    property or its sub-properties. Paths come nearest first, then by label.
    """
    if depth < 1:
        raise QueryError(f"depth must be at least 1, not {depth}")
    allowed = _sub_properties(predicate) if predicate else None
    start = _node(view, x)
    simple = _undirected(view, allowed)
    paths: dict[str, list[Step]] = {start: []}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if len(paths[node]) >= depth:
            continue
        for neighbour in sorted(simple.neighbors(node)):
            if neighbour not in paths:
                paths[neighbour] = [*paths[node], _step(view, node, neighbour, allowed)]
                queue.append(neighbour)
    del paths[start]
    labels = nx.get_node_attributes(view, "label")
    ordered = sorted(
        paths.values(), key=lambda p: (len(p), labels.get(p[-1].target, ""), p[-1].target)
    )
    return [_path(view, start, steps) for steps in ordered]


def format_path(view: nx.MultiDiGraph, steps: Sequence[Step], start: str | None = None) -> str:
    """A path as text: ``Huawei -participatedIn-> 15th China-ASEAN Expo <-launched- …``."""
    labels = nx.get_node_attributes(view, "label")
    if not steps:
        return labels.get(start, start or "") if start else ""
    parts = [labels.get(steps[0].source, steps[0].source)]
    for step in steps:
        arrow = f"-{step.predicate}->" if step.forward else f"<-{step.predicate}-"
        parts += [arrow, labels.get(step.target, step.target)]
    return " ".join(parts)


# ----------------------------------------------------------------- centrality and counts
def betweenness(view: nx.MultiDiGraph, k: int | None = None, seed: int = 0) -> dict[str, float]:
    """Betweenness centrality on the undirected view; sampled above 1,000 nodes.

    Exact betweenness is cubic-ish; above :data:`BETWEENNESS_EXACT_UP_TO` nodes it is
    estimated from ``k`` (default :data:`BETWEENNESS_SAMPLE`) sources with a fixed
    ``seed``, so the same graph gives the same numbers.
    """
    simple = _undirected(view)
    if k is None and simple.number_of_nodes() > BETWEENNESS_EXACT_UP_TO:
        k = BETWEENNESS_SAMPLE
    if k is not None and k >= simple.number_of_nodes():
        k = None
    return nx.betweenness_centrality(simple, k=k, seed=seed if k else None)


@dataclass(frozen=True)
class GraphStats:
    """Counts and the most central entities of a graph (``caexpo-kg stats``)."""

    entities: int
    relations: int
    classes: dict[str, int]
    """Entities per core class."""
    properties: dict[str, int]
    """Relation edges per property (local name)."""
    by_degree: list[tuple[str, int]]
    """(label, number of relation edges), most connected first."""
    by_betweenness: list[tuple[str, float]]
    """(label, betweenness centrality), most central first."""

    def format(self) -> str:
        """A readable report."""
        lines = [f"{self.entities} entities, {self.relations} relations", "", "entities per class:"]
        lines += [f"  {name:<16} {count:>6}" for name, count in self.classes.items()]
        lines += ["", "relations per property:"]
        lines += [f"  {name:<16} {count:>6}" for name, count in self.properties.items()]
        lines += ["", "most central by degree:"]
        lines += [f"  {count:>6}  {label}" for label, count in self.by_degree]
        lines += ["", "most central by betweenness:"]
        lines += [f"  {value:>6.3f}  {label}" for label, value in self.by_betweenness]
        return "\n".join(lines) + "\n"


def graph_stats(view: nx.MultiDiGraph, top: int = 10) -> GraphStats:
    """Counts per class and property, and the ``top`` entities by degree and betweenness."""
    classes = Counter(data["class"] for _, data in view.nodes(data=True))
    properties = Counter(name for _, _, name in view.edges(keys=True))
    labels = nx.get_node_attributes(view, "label")

    def ranked(scores: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
        ordered = sorted(scores, key=lambda item: (-item[1], labels[item[0]], item[0]))
        return [(labels[node], value) for node, value in ordered[:top] if value]

    return GraphStats(
        entities=view.number_of_nodes(),
        relations=view.number_of_edges(),
        classes={name: classes[name] for name in CORE_CLASSES if classes[name]},
        properties=dict(sorted(properties.items(), key=lambda item: (-item[1], item[0]))),
        by_degree=ranked(view.degree()),
        by_betweenness=ranked(betweenness(view).items()),
    )
