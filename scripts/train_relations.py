"""Fit a learned relation filter (``data/models/relations.json``) on our own gold.

The training documents, their parse cache and the readings of the rules before each
batch was used are ``train_entities.py``'s (same ``--cache``). Each reading first goes
through the entity filter as a build applies it (for a blind batch, an entity model
fitted without that batch, at the shipped setting, so that the relations the filter
learns from are those it will meet on new text); each relation then left is labelled
by scoring the extraction exactly as ``caexpo-kg evaluate`` does: keep (it matches a
required gold triple), drop (it matches none), left out (an optional gold triple, or a
property the filter never drops, ``relate.learned.KEPT``).

Regularisation and threshold are chosen by leave-one-batch-out cross-validation on the
unseen readings (the rules before each batch was used): the best relation F1 (to three
places, then the best precision) whose recall falls by less than one point. The table
printed gives P / R / F1 per state and per property, rules only (threshold 0) and
filtered. Held-out batches 37 to 58 are never read.

    python scripts/train_relations.py --out /tmp/relations.json
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_entities as entities_script

from caexpo_kg.errors import InputError
from caexpo_kg.evaluate import Score, Scores
from caexpo_kg.linear import LinearModel, fit_logistic
from caexpo_kg.model import Extraction
from caexpo_kg.relate.learned import KEPT, relation_features
from caexpo_kg.resolve.learned import load_entity_model

REPO = entities_script.REPO
REGULARISATIONS = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
#: The entity filter's setting when it is refitted without a held-out batch.
ENTITY_C = 0.3


@dataclass
class Item:
    """One reading after the entity filter: its relations' features and labels."""

    group: str
    gold_path: Path
    extraction: Extraction
    features: list[list[str]]
    labels: list[bool | None]
    unseen: bool


def entity_filtered(
    readings: list, batches: Sequence[str], min_documents: int
) -> list[tuple[object, Extraction, dict[str, float]]]:
    """Each reading's extraction less what the entity filter drops: a blind batch's by a
    model fitted without it, the sample's by the shipped model."""
    items = [entities_script._item(r) for r in readings]
    models = {"sample": load_entity_model()}
    for batch in batches:
        group = f"batch-{batch}"
        rest = [i for i in items if i.group != group]
        try:
            model = entities_script.fit(rest, ENTITY_C, min_documents)
        except InputError:  # too few files to fit one (a test's): the shipped model reads it
            continue
        models[group] = replace(model, threshold=load_entity_model().threshold)
    out = []
    for reading, item in zip(readings, items, strict=True):
        model = models.get(item.group, models["sample"])
        probabilities = {k: model.probability(f) for k, f in item.features.items()}
        kept = entities_script.filtered(item, probabilities, model.threshold)
        out.append((reading, kept, probabilities))
    return out


def relation_item(reading: object, extraction: Extraction, scores: dict[str, float]) -> Item:
    """The features and labels of a filtered reading's relations."""
    outcome: dict = {}
    entities_script.score(extraction, reading.gold_path, outcome)
    relations = list(extraction.relations)
    keyed = {e.key: e for e in extraction.entities}
    features = relation_features(reading.doc, keyed, extraction.mentions, relations, scores)
    labels = [
        None if r.predicate in KEPT or outcome.get(r) in (None, "optional") else outcome[r] == "tp"
        for r in relations
    ]
    return Item(reading.group, reading.gold_path, extraction, features, labels, reading.unseen)


def fit(
    items: list[Item], regularisation: float, min_documents: int, name: str = "relations"
) -> LinearModel:
    """A model fitted on the labelled relations of ``items`` (rare features left out);
    ``train_participation.py`` fits its candidates with it under its own ``name``."""
    documents: dict[str, set[Path]] = {}
    for item in items:
        for found in item.features:
            for feature in found:
                documents.setdefault(feature, set()).add(item.gold_path)
    common = {f for f, seen in documents.items() if len(seen) >= min_documents}
    examples, labels = [], []
    for item in items:
        for found, label in zip(item.features, item.labels, strict=True):
            if label is not None:
                examples.append([f for f in found if f in common])
                labels.append(label)
    return fit_logistic(examples, labels, regularisation=regularisation, name=name)


def relation_scores(extractions: Iterable[tuple[Extraction, Path]]) -> Scores:
    """Relation scores, in all and per property, of each extraction against its gold file,
    summed (as ``caexpo-kg evaluate`` scores them)."""
    total = Scores()
    for extraction, gold_path in extractions:
        scores, _ = entities_script.score(extraction, gold_path)
        total.relations.add(scores.relations)
        for name, score in scores.per_property.items():
            total.per_property[name].add(score)
    return total


def scored(items: list[Item], probabilities: list[list[float]], threshold: float) -> Scores:
    """Relation scores of ``items`` with the relations below ``threshold`` dropped."""
    return relation_scores(
        (
            replace(
                item.extraction,
                relations=tuple(
                    r
                    for r, p in zip(item.extraction.relations, probs, strict=True)
                    if r.predicate in KEPT or p >= threshold
                ),
            ),
            item.gold_path,
        )
        for item, probs in zip(items, probabilities, strict=True)
    )


Table = dict[tuple[float, float], dict[str, Scores]]


def cross_validate(items: list[Item], batches: Sequence[str], min_documents: int) -> Table:
    """Leave-one-batch-out (``train_entities.cross_validate``): (C, threshold) → relation
    scores summed over the held-out batches, per state ("today", "unseen")."""
    return entities_script.cross_validate(
        items,
        batches,
        min_documents,
        fit=fit,
        probabilities=lambda model, item: [model.probability(f) for f in item.features],
        evaluate=scored,
        regularisations=REGULARISATIONS,
        thresholds=THRESHOLDS,
    )


def choose(table: Table) -> tuple[float, float]:
    """The best relation F1 on the unseen readings (to three places, then the best
    precision) whose recall there falls by less than one point from the rules' own
    (threshold 0)."""
    states = next(iter(table.values())).keys()
    target = "unseen" if "unseen" in states else "today"
    base = next(row[target].relations for (_, t), row in table.items() if t == 0.0)
    allowed = [
        (key, row[target].relations)
        for key, row in table.items()
        if row[target].relations.recall > base.recall - 0.01
    ]
    best = max(allowed, key=lambda item: (round(item[1].f1, 3), item[1].precision, -item[0][1]))
    return best[0]


def _cell(score: Score) -> str:
    return f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"


def report(table: Table, chosen: tuple[float, float]) -> list[str]:
    """The CV grid, then per property rules only against the chosen setting."""
    rows = [
        f"C={c} t={t} | " + " | ".join(f"{state}: {_cell(s.relations)}" for state, s in row.items())
        for (c, t), row in sorted(table.items())
    ]
    base, best = table[(chosen[0], 0.0)], table[chosen]
    for state in best:
        rows.append(f"{state}, rules only -> filtered (C={chosen[0]} t={chosen[1]}):")
        names = sorted(set(base[state].per_property) | set(best[state].per_property))
        for name in ["all", *names]:
            before = base[state].relations if name == "all" else base[state].per_property[name]
            after = best[state].relations if name == "all" else best[state].per_property[name]
            rows.append(f"  {name:16} {_cell(before)} -> {_cell(after)}")
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    args = entities_script.arguments(
        argv, __doc__.split("\n\n")[0], REPO / "data" / "models" / "relations.json"
    )
    files = entities_script.gold_files(args.gold_dir, args.blind_dir, args.batches)
    parsed = entities_script.parse(files, args.cache, args.model)
    readings = entities_script.readings(parsed, args.cache, args.model, args.today_only)
    batches = [b for b in args.batches if any(r.group == f"batch-{b}" for r in readings)]
    filtered = entity_filtered(readings, batches, args.min_documents)
    items = [relation_item(*found) for found in filtered]
    table = cross_validate(items, batches, args.min_documents) if len(batches) > 1 else {}
    regularisation, threshold = choose(table) if table else (REGULARISATIONS[-1], 0.5)
    if args.setting:
        regularisation, threshold = args.setting
    rows = report(table, (regularisation, threshold)) if table else []
    for row in rows:
        print(row, file=sys.stderr)
    entities_script.save_model(
        fit(items, regularisation, args.min_documents),
        args,
        (regularisation, threshold),
        what="keep (1) or drop (0) a relation; see src/caexpo_kg/relate/learned.py",
        trained_on=", after the entity filter",
        about={
            "examples": sum(1 for i in items for v in i.labels if v is not None),
            "dropped_examples": sum(1 for i in items for v in i.labels if v is False),
        },
        chosen_by="leave-one-batch-out CV: the best relation F1 on unseen text (three"
        " places, then precision) whose recall falls by less than one point",
        rows=rows,
        script=Path(__file__).name,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
