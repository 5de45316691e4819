"""The graph in a browser: one self-contained HTML file, no network needed.

:func:`graph_data` turns a dataset into plain data (entities, relations, the
sentences they came from); :func:`render_html` inlines that data, the stylesheet
``viz.css`` and the script ``viz.js`` (our own small force layout on inline SVG)
into one page. Nothing is fetched when the page opens, so it can be mailed,
archived, or opened on a train. The same graph always gives the same bytes: the
data is sorted and the layout is seeded.

The page draws one node per entity (typed with one of the six core classes),
coloured by class, and one edge per core property (or sub-property) between two
entities, from the entity and inferred graphs. A click on a node shows its label,
aliases, class, relations with their evidence, and the sentences that mention it.
Entities with no relation to draw are hidden until the "unconnected entities" box is
ticked (on the sample they are dozens of dots around the graph, each a place or
person named once). ``#search=NAME`` in the URL runs a search when the page opens,
``#year=2019`` filters by year, ``#unconnected=1`` shows the unconnected entities.

Examples
--------
>>> from caexpo_kg import build
>>> from caexpo_kg.query.viz import write_html
>>> kg = build(["data/sample"])  # doctest: +SKIP
>>> write_html(kg, "graph.html")  # doctest: +SKIP
"""

from __future__ import annotations

import bisect
import html
import json
import os
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

from ..rdf import as_store, from_oxigraph, subject_objects, to_oxigraph, write_bytes
from ..vocab import (
    CKG,
    CORE_CLASSES,
    CORE_PROPERTIES,
    DCTERMS,
    GRAPH,
    ITSRDF,
    NIF,
    RDF,
    RDFS,
    SKOS,
    TIME,
)

__all__ = [
    "CLASS_COLOURS",
    "NotebookView",
    "graph_data",
    "notebook_view",
    "render_html",
    "write_html",
]

#: Fill colour of each core class (Tableau 10, readable on white and in greyscale).
CLASS_COLOURS: dict[str, str] = {
    "Organisation": "#4e79a7",
    "Event": "#e15759",
    "Year": "#d4a419",
    "Place": "#59a14f",
    "Person": "#b07aa1",
    "Initiative": "#f28e2b",
}

#: At most this many source sentences per node (the panel says how many were left out).
MAX_SOURCES = 25
#: A sentence longer than this is cut to a window around the mention.
MAX_SENTENCE = 360

_ASSETS = Path(__file__).resolve().parent
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "gen", "lt", "col", "sen", "rep", "gov",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "co", "corp", "ltd", "vs", "etc", "jr", "sr", "mt",
}  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*")


def _as_store(kg: Any) -> Any:
    """The pyoxigraph store of a :class:`~caexpo_kg.api.KnowledgeGraph`, a Store, or an
    rdflib ``Dataset`` (copied into one)."""
    if isinstance(kg, Graph) or not hasattr(kg, "store"):
        return as_store(kg)
    return kg.store


def _local(term: URIRef) -> str:
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _edge_properties(declared: list[tuple[Any, Any]]) -> dict[URIRef, str]:
    """The core properties and their sub-properties (from the ontology and the data's own
    ``rdfs:subPropertyOf`` pairs, ``declared``)."""
    from ..resources import resource_path

    core = {CKG[name]: name for name in CORE_PROPERTIES}
    ontology = Graph()
    path = resource_path("ontology", "caexpo.ttl")
    if path.is_file():
        ontology.parse(path, format="turtle")
    properties = dict(core)
    changed = True
    while changed:  # transitive closure of rdfs:subPropertyOf, from both sources
        changed = False
        for sub, sup in [*ontology.subject_objects(RDFS.subPropertyOf), *declared]:
            if sup in properties and sub not in properties and isinstance(sub, URIRef):
                properties[sub] = _local(sub)
                changed = True
    return properties


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Cut ``text`` into sentences (good enough for showing where a mention came from)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start() + 1].rstrip(".!?\"'”’)]").split()
        word = before[-1].lower() if before else ""
        if match.group().strip() and (
            word in _ABBREVIATIONS or len(word) == 1 or ("." in word and len(word) <= 5)
        ):
            continue  # "Mr. Chen", "Oct. 22", "U.S." do not end a sentence
        end = match.start() + len(match.group().rstrip())
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _window(text: str, start: int, end: int, begin: int, finish: int) -> dict[str, Any]:
    """The sentence [start, end) of ``text`` holding the mention [begin, finish), trimmed."""
    if end - start > MAX_SENTENCE:
        half = (MAX_SENTENCE - (finish - begin)) // 2
        start, end = max(start, begin - half), min(end, finish + half)
    sentence = text[start:end]
    lead = len(sentence) - len(sentence.lstrip())
    sentence = sentence.strip()
    return {"text": sentence, "at": [begin - start - lead, finish - start - lead]}


def graph_data(kg: Any) -> dict[str, Any]:
    """The page's data: nodes, edges, classes, years, predicates (all sorted).

    Parameters
    ----------
    kg
        A :class:`~caexpo_kg.api.KnowledgeGraph` (its store is read in place), a
        pyoxigraph ``Store``, or an rdflib ``Dataset``, with the
        caexpo-kg named graphs (a triple file loaded with ``KnowledgeGraph.load``
        has everything in the entity graph, which works too).

    Returns
    -------
    dict
        ``nodes`` (``iri``, ``label``, ``class``, ``aliases``, ``years``, ``sources``,
        ``more``), ``edges`` (``s``, ``o`` node indices, ``p`` predicate, ``inferred``,
        ``evidence``), ``classes`` (name, colour, count), ``years``, ``predicates``.
    """
    import pyoxigraph as ox

    store = _as_store(kg)
    entity_graph, inferred_graph = GRAPH.ENTITIES, GRAPH.INFERRED

    def first(values: dict[Any, set[Any]], node: Any) -> Any:
        """One value of ``node`` (the least, so the page does not depend on store order)."""
        found = values.get(node)
        return min(found, key=lambda term: term.value) if found else None

    # Classes, labels and years come from the entity graph; documents, mentions, evidence
    # and texts from any graph (a triple file holds them in the entity graph, a store
    # folder in one graph per document).
    classes = {to_oxigraph(CKG[name]): name for name in CORE_CLASSES}
    node_class: dict[Any, str] = {}
    for node, types in subject_objects(store, RDF.type, entity_graph).items():
        if not isinstance(node, ox.NamedNode):
            continue
        names = [classes[cls] for cls in types if cls in classes]
        if names:
            node_class[node] = min(names, key=CORE_CLASSES.index)
    order = sorted(node_class, key=lambda node: node.value)
    index = {node: number for number, node in enumerate(order)}

    # ---- edges, with their evidence sentences
    declared = [
        (from_oxigraph(q.subject), from_oxigraph(q.object))
        for graph in (entity_graph, inferred_graph)
        for q in store.quads_for_pattern(
            None, to_oxigraph(RDFS.subPropertyOf), None, to_oxigraph(graph)
        )
    ]
    properties = _edge_properties(declared)
    subjects, predicates, objects, texts = (
        subject_objects(store, prop)
        for prop in (RDF.subject, RDF.predicate, RDF.object, CKG.evidenceText)
    )
    evidence: dict[tuple[Any, Any, Any], set[str]] = defaultdict(set)
    records = store.quads_for_pattern(
        None, to_oxigraph(RDF.type), to_oxigraph(CKG.RelationEvidence), None
    )
    for record in {q.subject for q in records}:
        triple = (first(subjects, record), first(predicates, record), first(objects, record))
        for text in texts.get(record, ()):
            evidence[triple].add(text.value)
    edges = {}
    for graph, is_inferred in ((entity_graph, False), (inferred_graph, True)):
        for prop, name in sorted(properties.items()):
            for q in store.quads_for_pattern(None, to_oxigraph(prop), None, to_oxigraph(graph)):
                s, p, o = q.subject, q.predicate, q.object
                if s in index and o in index and (s, p, o) not in edges:
                    edges[(s, p, o)] = {
                        "s": index[s],
                        "o": index[o],
                        "p": name,
                        "inferred": is_inferred,
                        "evidence": sorted(evidence.get((s, p, o), ()))[:5],
                    }
    edge_list = sorted(edges.values(), key=lambda e: (e["s"], e["p"], e["o"]))

    # ---- years: Year nodes carry their own; other nodes theirs through ckg:inYear
    descriptions = subject_objects(store, TIME.hasDateTimeDescription, entity_graph)
    year_values = subject_objects(store, TIME.year, entity_graph)
    labels = subject_objects(store, RDFS.label, entity_graph)

    def year_of(node: Any) -> int | None:
        for description in sorted(descriptions.get(node, ()), key=lambda term: term.value):
            for value in sorted(year_values.get(description, ()), key=lambda term: term.value):
                if value.value[:4].isdigit():
                    return int(value.value[:4])
        label = first(labels, node)
        return int(label.value) if label is not None and label.value.isdigit() else None

    years: dict[Any, set[int]] = defaultdict(set)
    for node in order:
        if node_class[node] == "Year" or node in descriptions:
            year = year_of(node)
            if year is not None:
                years[node].add(year)
    for graph in (entity_graph, inferred_graph):
        for s, found in subject_objects(store, CKG.inYear, graph).items():
            for o in found:
                if s in index and o in index:
                    year = year_of(o)
                    if year is not None:
                        years[s].add(year)

    # ---- source sentences from the mentions
    strings = subject_objects(store, NIF.isString)
    source_urls = subject_objects(store, NIF.sourceUrl)
    titles = subject_objects(store, DCTERMS.title)
    identifiers = subject_objects(store, DCTERMS.identifier)
    sentence_cache: dict[Any, tuple[str, list[tuple[int, int]], list[int], str]] = {}

    def context_of(context: Any) -> tuple[str, list[tuple[int, int]], list[int], str]:
        if context not in sentence_cache:
            string = first(strings, context)
            text = string.value if string is not None else ""
            spans = _sentence_spans(text)
            doc = first(source_urls, context)
            title = ""
            if doc is not None:
                named = first(titles, doc) or first(identifiers, doc)
                title = named.value if named is not None else _local(from_oxigraph(doc))
            sentence_cache[context] = (text, spans, [s for s, _ in spans], title)
        return sentence_cache[context]

    contexts = subject_objects(store, NIF.referenceContext)
    begins = subject_objects(store, NIF.beginIndex)
    ends = subject_objects(store, NIF.endIndex)
    sources: dict[Any, list[tuple[str, int, dict[str, Any]]]] = defaultdict(list)
    for phrase, nodes in subject_objects(store, ITSRDF.taIdentRef).items():
        context, begin, finish = first(contexts, phrase), first(begins, phrase), first(ends, phrase)
        if not isinstance(begin, ox.Literal) or not isinstance(finish, ox.Literal):
            continue
        if context is None:
            continue
        for node in nodes:
            if node not in index:
                continue
            text, spans, starts, title = context_of(context)
            b, f = int(begin.value), int(finish.value)
            if not text or f > len(text):
                continue
            at = max(bisect.bisect_right(starts, b) - 1, 0)
            start, end = spans[at] if spans else (0, len(text))
            entry = _window(text, start, max(end, f), b, f)
            entry["doc"] = title
            sources[node].append((title, b, entry))

    prefs = subject_objects(store, SKOS.prefLabel, entity_graph)
    alt_labels = subject_objects(store, SKOS.altLabel, entity_graph)
    nodes = []
    for node in order:
        named = first(labels, node) or first(prefs, node)
        label = named.value if named is not None else ""
        aliases = sorted({a.value for a in alt_labels.get(node, ())} - {label})
        seen, chosen = set(), []
        for title, _begin, entry in sorted(sources[node], key=lambda t: (t[0], t[1])):
            key = (title, entry["text"])
            if key not in seen:
                seen.add(key)
                chosen.append(entry)
        nodes.append(
            {
                "iri": node.value,
                "label": label or _local(from_oxigraph(node)),
                "class": node_class[node],
                "aliases": aliases,
                "years": sorted(years[node]),
                "sources": chosen[:MAX_SOURCES],
                "more": max(len(chosen) - MAX_SOURCES, 0),
            }
        )
    counts = {name: 0 for name in CORE_CLASSES}
    for node in nodes:
        counts[node["class"]] += 1
    return {
        "nodes": nodes,
        "edges": edge_list,
        "classes": [
            {"name": name, "colour": CLASS_COLOURS[name], "count": counts[name]}
            for name in CORE_CLASSES
        ],
        "years": sorted({y for node in nodes for y in node["years"]}),
        "predicates": sorted({e["p"] for e in edge_list}),
    }


def _json_for_script(data: Any) -> str:
    """JSON safe inside ``<script>``: no ``</script>``, no ``<!--``, no U+2028 surprises."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(kg: Any, *, title: str = "caexpo-kg graph") -> str:
    """One self-contained HTML page drawing ``kg`` (scripts and styles inlined)."""
    data = graph_data(kg)
    css = (_ASSETS / "viz.css").read_text(encoding="utf-8")
    script = (_ASSETS / "viz.js").read_text(encoding="utf-8")
    if "</script" in script.lower() or "</style" in css.lower():  # pragma: no cover
        raise RuntimeError("viz assets must not close their own element")
    legend_title = html.escape(title)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{legend_title}</title>
<style>
{css}</style>
</head>
<body>
<div id="app" data-node-count="0" data-edge-count="0" data-visible-count="0" data-selected="">
<aside id="side">
<h1>{legend_title}</h1>
<div id="stats"></div>
<form id="search-form" role="search" autocomplete="off">
<input id="search" type="search" placeholder="Search a name or alias" aria-label="Search">
</form>
<ul id="results"></ul>
<h2>Classes</h2>
<ul id="legend"></ul>
<h2>Year</h2>
<select id="year" aria-label="Filter by year"><option value="">all years</option></select>
<p class="hint">A year shows what happened in it and what links to that.</p>
<label class="check"><input id="edge-labels" type="checkbox" checked> edge labels</label>
<label class="check"><input id="unconnected" type="checkbox"> unconnected entities \
<span id="unconnected-count" class="count"></span></label>
<div id="panel" hidden></div>
</aside>
<main id="stage">
<svg id="graph" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="knowledge graph">
<g id="viewport"><g id="edges"></g><g id="edge-labels-layer"></g><g id="nodes"></g></g>
</svg>
</main>
</div>
<script type="application/json" id="graph-data">{_json_for_script(data)}</script>
<script>
{script}</script>
</body>
</html>
"""


def write_html(kg: Any, path: str | os.PathLike[str], *, title: str = "caexpo-kg graph") -> None:
    """Write :func:`render_html` of ``kg`` to ``path`` atomically (as every output is)."""
    write_bytes(path, render_html(kg, title=title).encode("utf-8"))


class NotebookView:
    """What :func:`notebook_view` returns: Jupyter shows it through ``_repr_html_``."""

    def __init__(self, page: str, height: int) -> None:
        self.page = page
        """The whole self-contained page (write it to a file to share it)."""
        self.height = height

    def _repr_html_(self) -> str:
        srcdoc = html.escape(self.page, quote=True)
        return (
            f'<iframe srcdoc="{srcdoc}" style="width:100%;height:{int(self.height)}px;'
            'border:1px solid #ddd" sandbox="allow-scripts"></iframe>'
        )


def notebook_view(kg: Any, *, height: int = 600, title: str = "caexpo-kg graph") -> NotebookView:
    """The page in a notebook cell, in an ``<iframe srcdoc>`` (nothing is written to disk).

    Examples
    --------
    >>> notebook_view(kg, height=500)  # doctest: +SKIP
    """
    return NotebookView(render_html(kg, title=title), height)
