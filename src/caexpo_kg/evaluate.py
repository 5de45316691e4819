"""Scoring a graph against gold annotations, exactly as ``shared/eval/FORMAT.md`` says.

A predicted entity is a node typed with a core class; it matches a gold entity when
one of its labels (``rdfs:label``, ``skos:prefLabel``, ``skos:altLabel``), normalised,
equals the gold label or an alias, and the class is the same. Each gold entity is
matched once (a second node for it is a false positive). A predicted relation is a
core-property triple (or a sub-property's) between predicted entities. Predictions
matching an optional gold item count neither way. Scores are micro-averaged.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .errors import InputError
from .resources import resource_path
from .vocab import CKG, CORE_CLASSES, CORE_PROPERTIES

__all__ = [
    "GoldDocument",
    "Score",
    "Scores",
    "load_gold",
    "normalise",
    "score_graph",
    "score_nodes",
]

Node = TypeVar("Node", bound=Hashable)

_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D-]")
_TRAILING_PUNCT = re.compile(r"[\s.,;:!?]+$")


def normalise(name: str) -> str:
    """FORMAT.md's name normalisation: NFKC, casefold, dashes, quotes, "the ", spaces."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _DASHES.sub("-", text)
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"')
    text = re.sub(r"\s+", " ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return _TRAILING_PUNCT.sub("", text)


@dataclass(frozen=True)
class GoldEntity:
    label: str
    core_class: str
    names: frozenset[str]
    optional: bool


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    predicate: str
    object: str
    optional: bool


@dataclass(frozen=True)
class GoldDocument:
    """One gold file: the text to build and what a careful reader takes from it."""

    id: str
    path: Path
    text_file: Path
    published: str | None
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]


def load_gold(path: str | Path) -> GoldDocument:
    """Read and check one gold file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        document = data["document"]
        entities = []
        for item in data["entities"]:
            names = frozenset(normalise(n) for n in (item["label"], *item.get("aliases", ())))
            if item["type"] not in CORE_CLASSES:
                raise ValueError(f"unknown type {item['type']!r}")
            entities.append(
                GoldEntity(item["label"], item["type"], names, bool(item.get("optional")))
            )
        relations = []
        for item in data["relations"]:
            if isinstance(item, list):
                subject, predicate, obj = item
                optional = False
            else:
                subject, predicate, obj = item["s"], item["p"], item["o"]
                optional = bool(item.get("optional"))
            if predicate not in CORE_PROPERTIES:
                raise ValueError(f"unknown property {predicate!r}")
            relations.append(GoldRelation(subject, predicate, obj, optional))
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    except KeyError as err:  # which key is missing, not a bare "'document'"
        raise InputError(f"{path}: not a gold file (no {err} key)") from None
    except (ValueError, TypeError) as err:
        raise InputError(f"{path}: not a gold file ({err})") from None
    return GoldDocument(
        id=str(document.get("id", path.stem)),
        path=path,
        text_file=(path.parent / document["text_file"]).resolve(),
        published=document.get("published"),
        entities=tuple(entities),
        relations=tuple(relations),
    )


@dataclass
class Score:
    """True positives, false positives and misses of one kind of thing."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Scores:
    """Entity and relation scores, overall and per class / property, with the errors."""

    entities: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    per_class: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    per_property: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        self.entities.add(other.entities)
        self.relations.add(other.relations)
        for name, score in other.per_class.items():
            self.per_class[name].add(score)
        for name, score in other.per_property.items():
            self.per_property[name].add(score)
        self.missed += other.missed
        self.false_positives += other.false_positives

    def as_dict(self) -> dict:
        return {
            "entities": self.entities.as_dict(),
            "relations": self.relations.as_dict(),
            "per_class": {k: v.as_dict() for k, v in sorted(self.per_class.items())},
            "per_property": {k: v.as_dict() for k, v in sorted(self.per_property.items())},
            "missed": self.missed,
            "false_positives": self.false_positives,
        }


def _property_map(graph: Graph) -> dict[URIRef, str]:
    """Every predicate that counts as a core property: the ten and their sub-properties."""
    schema = Graph()
    ontology = resource_path("ontology", "caexpo.ttl")
    if ontology.exists():
        schema.parse(ontology, format="turtle")
    mapping = {CKG[name]: name for name in CORE_PROPERTIES}
    edges = [(s, o) for g in (schema, graph) for s, o in g.subject_objects(RDFS.subPropertyOf)]
    changed = True
    while changed:
        changed = False
        for sub, sup in edges:
            if sup in mapping and sub not in mapping and isinstance(sub, URIRef):
                mapping[sub] = mapping[sup]
                changed = True
    return mapping


def score_graph(graph: Graph, gold: GoldDocument) -> Scores:
    """Score one document's graph against its gold annotations."""
    core = {CKG[name]: name for name in CORE_CLASSES}
    nodes: dict[URIRef, tuple[str, set[str], str]] = {}
    for node, cls in graph.subject_objects(RDF.type):
        if cls in core and node not in nodes:
            labels = {
                str(o)
                for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
                for o in graph.objects(node, p)
            }
            main = str(graph.value(node, RDFS.label) or next(iter(sorted(labels)), str(node)))
            nodes[node] = (core[cls], {normalise(n) for n in labels}, main)
    properties = _property_map(graph)
    triples = [
        (s, properties[p], o)
        for s, p, o in sorted(graph.triples((None, None, None)))
        if p in properties
    ]
    return score_nodes(nodes, triples, gold)[0]


def score_nodes(
    nodes: Mapping[Node, tuple[str, set[str], str]],
    triples: Iterable[tuple[Node, str, Node]],
    gold: GoldDocument,
    triple_outcome: dict[tuple[Node, str, Node], str] | None = None,
) -> tuple[Scores, dict[Node, str]]:
    """Score typed, labelled nodes and core-property triples between them: how
    :func:`score_graph` matches a graph, also what training a filter over nodes needs.

    ``nodes`` maps a node to its core class, its normalised labels and its main label;
    returns the scores and each node's outcome: ``"tp"``, ``"fp"`` or ``"optional"``.
    ``triple_outcome``, when given, receives each scored triple's outcome the same way
    (what training a filter over relations needs)."""
    scores = Scores()
    matched: dict[Node, GoldEntity] = {}
    outcome: dict[Node, str] = {}
    used: set[GoldEntity] = set()

    def exactness(item: tuple[Node, tuple[str, set[str], str]]) -> tuple[int, str]:
        node, (cls, _, main) = item
        exact = any(normalise(main) in g.names and g.core_class == cls for g in gold.entities)
        return (0 if exact else 1, str(node))

    for node, (cls, names, main) in sorted(nodes.items(), key=exactness):
        candidates = [g for g in gold.entities if g.core_class == cls and g.names & names]
        required = [g for g in candidates if not g.optional and g not in used]
        if required:
            # Prefer the gold entity whose own label the node carries.
            best = sorted(required, key=lambda g: (normalise(g.label) not in names, g.label))[0]
            used.add(best)
            matched[node] = best
            outcome[node] = "tp"
            scores.entities.tp += 1
            scores.per_class[cls].tp += 1
        elif any(g.optional for g in candidates):
            matched[node] = next(g for g in candidates if g.optional)
            outcome[node] = "optional"
        else:
            outcome[node] = "fp"
            scores.entities.fp += 1
            scores.per_class[cls].fp += 1
            duplicate = " (second node for a gold entity)" if candidates else ""
            scores.false_positives.append(f"{gold.id}: entity {cls} {main!r}{duplicate}")
    for entity in gold.entities:
        if not entity.optional and entity not in used:
            scores.entities.fn += 1
            scores.per_class[entity.core_class].fn += 1
            scores.missed.append(f"{gold.id}: entity {entity.core_class} {entity.label!r}")

    gold_relations = {(r.subject, r.predicate, r.object): r for r in gold.relations}
    found: set[tuple[str, str, str]] = set()
    for s, name, o in triples:
        if s not in nodes or o not in nodes:
            continue
        gs, go = matched.get(s), matched.get(o)
        triple = (gs.label, name, go.label) if gs and go else None
        relation = gold_relations.get(triple) if triple else None
        if relation is not None and relation.optional:
            if triple_outcome is not None:
                triple_outcome[(s, name, o)] = "optional"
            continue
        right = relation is not None and triple not in found
        if triple_outcome is not None:
            triple_outcome[(s, name, o)] = "tp" if right else "fp"
        if right:
            found.add(triple)
            scores.relations.tp += 1
            scores.per_property[name].tp += 1
        else:
            scores.relations.fp += 1
            scores.per_property[name].fp += 1
            scores.false_positives.append(
                f"{gold.id}: relation {nodes[s][2]!r} {name} {nodes[o][2]!r}"
            )
    for triple, relation in gold_relations.items():
        if not relation.optional and triple not in found:
            scores.relations.fn += 1
            scores.per_property[relation.predicate].fn += 1
            scores.missed.append(f"{gold.id}: relation {triple[0]!r} {triple[1]} {triple[2]!r}")
    return scores, outcome


def format_report(scores: Scores) -> str:
    """A readable report: totals, per class and property, misses and false positives."""
    lines = ["", f"{'':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]

    def row(name: str, score: Score) -> str:
        return (
            f"{name:24} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
            f"{score.tp:5d} {score.fp:5d} {score.fn:5d}"
        )

    lines.append("per class")
    lines += [row("  " + k, v) for k, v in sorted(scores.per_class.items())]
    lines.append("per property")
    lines += [row("  " + k, v) for k, v in sorted(scores.per_property.items())]
    if scores.missed:
        lines += ["", f"missed ({len(scores.missed)}):"] + [f"  {m}" for m in scores.missed]
    if scores.false_positives:
        lines += ["", f"false positives ({len(scores.false_positives)}):"]
        lines += [f"  {m}" for m in scores.false_positives]
    lines += ["", row("entities", scores.entities), row("relations", scores.relations)]
    return "\n".join(lines)


def log_entry(label: str, scores: Scores, per_file: list[Scores], command: str) -> str:
    """One dated record of an evaluation run, for a log that is only ever appended to.

    It names the commit the builder ran at (``git describe``, or the installed
    version outside a checkout), so a score can be traced to the code that made it.
    """
    from datetime import datetime, timezone

    fully_right = sum(1 for s in per_file if not s.missed and not s.false_positives)
    e, r = scores.entities, scores.relations
    lines = [
        f"## {label}",
        "",
        f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; commit: {_code_version()}",
        f"- command: `{command}`",
        f"- documents: {len(per_file)}, fully right (no miss, no false positive): {fully_right}",
        f"- entities: P {e.precision:.3f} R {e.recall:.3f} F1 {e.f1:.3f} "
        f"(tp {e.tp}, fp {e.fp}, fn {e.fn})",
        f"- relations: P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f} "
        f"(tp {r.tp}, fp {r.fp}, fn {r.fn})",
        "- relations per property (P / R / F1, tp+fn = gold):",
    ]
    for name, score in sorted(scores.per_property.items()):
        lines.append(
            f"  - {name}: {score.precision:.2f} / {score.recall:.2f} / {score.f1:.2f} "
            f"({score.tp + score.fn})"
        )
    return "\n".join(lines) + "\n\n"


def _code_version() -> str:
    import subprocess
    from importlib.metadata import PackageNotFoundError, version

    here = Path(__file__).resolve().parent

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=here, capture_output=True, text=True, timeout=10, check=True
        ).stdout.strip()

    try:
        commit = git("rev-parse", "--short", "HEAD")
        # Only the code and rule data decide a score; a log or gold file being edited does not.
        changed = git("status", "--porcelain", "--", ":/src", ":/data/rules", ":/ontology")
        return f"{commit} (with uncommitted changes to the code)" if changed else commit
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return f"caexpo-kg {version('caexpo-kg')}"
    except PackageNotFoundError:
        return "unknown"
