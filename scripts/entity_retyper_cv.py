"""Measure (and, with ``--write``, fit) the learned entity class corrector
(:mod:`caexpo_kg.relate.retype`): what re-typing a kept entity could win, and what the
logistic regression wins, on the unseen readings.

1. **The bound.** On the unseen readings (the rules before each batch was used,
   ``train_entities.UNSEEN_STATES``), each fold's entity filter (fitted on the other
   batches at the shipped filter's setting; C 0.3, threshold 0.4 on 2026-12-06) is
   applied, then every kept entity that matches no gold entity but whose name is a
   required gold entity's of another class is counted per (rules class -> gold class),
   with the gold relations that gold entity holds. An oracle re-types exactly those
   (:func:`~caexpo_kg.relate.retype.retyped`: relations whose new classes no longer fit
   their property's domain and range dropped) and the output is scored as ``caexpo-kg
   evaluate`` scores it: the most a corrector applied after relate can win.
2. **Leave-one-batch-out CV.** One logistic regression over (entity, other class) pairs
   (:func:`~caexpo_kg.relate.retype.target_features`), fitted on the other batches'
   readings (today's and unseen; a year, a numbered edition and either end of an
   ``editionOf`` are never re-typed): positive where the gold has the entity's name in
   that class and not in its own. Each held-out unseen reading, filtered, is re-typed
   where the best other class reaches the threshold. The setting kept: the best entity F1
   whose entity precision and relation F1 fall not below the filter's alone.

Batches 37 to 58 are refused. ``--write`` fits on all the batches and the sample at
the chosen setting and writes ``data/models/entity_classes.json`` (``--out``) with its CV
table, only if the chosen setting changes anything.

    python scripts/entity_retyper_cv.py --cache /tmp/entclf [--write]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_entities as te

from caexpo_kg.evaluate import Score, load_gold, normalise
from caexpo_kg.extract.arrays import holding_tokens
from caexpo_kg.linear import fit_logistic
from caexpo_kg.relate.retype import CLASSES, class_features, retyped, target_features

#: The entity filter each fold fits and applies: the shipped filter's setting.
_FILTER = te.json.loads((te.REPO / "data" / "models" / "entities.json").read_text("utf-8"))
FILTER_C, FILTER_T = _FILTER["about"]["regularisation_C"], _FILTER["threshold"]
REGULARISATIONS = (0.3, 1.0, 3.0)
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)


def gold_class(entity, gold) -> str | None:
    """The class of the required gold entity named as ``entity`` is, if not its own and
    the gold has no entity of its own class by that name."""
    names = {normalise(n) for n in (entity.label, *entity.aliases)}
    if any(g.names & names and g.core_class == entity.core_class for g in gold.entities):
        return None
    other = [g for g in gold.entities if g.names & names and not g.optional]
    other = [g for g in other if g.core_class in CLASSES]
    if not other:
        return None
    other.sort(key=lambda g: (normalise(g.label) not in names, g.label))
    return other[0].core_class


def apply(extraction, changes: dict[str, str]):
    """``extraction`` with ``changes`` (key -> class) made as the build makes them."""
    if not changes:
        return extraction
    entities, mentions, relations, _ = retyped(
        {e.key: e for e in extraction.entities},
        extraction.mentions,
        extraction.relations,
        changes,
    )
    return replace(
        extraction,
        entities=tuple(entities.values()),
        mentions=tuple(mentions),
        relations=tuple(relations),
    )


def features_of(reading, extraction) -> dict[str, list[str]]:
    with holding_tokens(reading.doc):
        return class_features(
            reading.doc,
            {e.key: e for e in extraction.entities},
            extraction.mentions,
            extraction.relations,
        )


def fit(rows, regularisation, min_documents=te.MIN_DOCUMENTS):
    """One model over (features, target, label, document) rows."""
    documents = defaultdict(set)
    for found, _, _, document in rows:
        for f in found:
            documents[f].add(document)
    common = {f for f, seen in documents.items() if len(seen) >= min_documents}
    return fit_logistic(
        [target_features([f for f in found if f in common], t) for found, t, _, _ in rows],
        [label for _, _, label, _ in rows],
        regularisation=regularisation,
        name="entity_classes",
    )


def fmt(s: Score) -> str:
    return f"P {s.precision:.4f} R {s.recall:.4f} F1 {s.f1:.4f} (tp {s.tp} fp {s.fp} fn {s.fn})"


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    flags = {a for a in argv if a in ("--bound-only", "--write")}
    argv = [a for a in argv if a not in flags]
    out = te.REPO / "data" / "models" / "entity_classes.json"
    args = te.arguments(argv, __doc__.split("\n\n")[0], out)
    files = te.gold_files(args.gold_dir, args.blind_dir, args.batches)
    parsed = te.parse(files, args.cache, args.model)
    readings = te.readings(parsed, args.cache, args.model, False)
    items = [te._item(r) for r in readings]
    batches = [b for b in args.batches if any(i.group == f"batch-{b}" for i in items)]
    golds = {i.gold_path: load_gold(i.gold_path) for i in items}

    # training rows: (features, target class, label, document) of each labelled entity
    rows_of: list[list[tuple]] = []
    targets: list[dict[str, str | None]] = []
    for reading, item in zip(readings, items, strict=True):
        gold = golds[item.gold_path]
        entities = {e.key: e for e in item.extraction.entities}
        features = features_of(reading, item.extraction)
        wanted = {
            k: gold_class(entities[k], gold) if item.labels.get(k) is False else None
            for k in features
        }
        targets.append(wanted)
        rows_of.append(
            [
                (features[k], t, wanted[k] == t, item.gold_path)
                for k in features
                if item.labels.get(k) is not None
                for t in CLASSES
                if t != entities[k].core_class
            ]
        )

    # each fold's filter over its unseen reading, and the features of what it kept
    filtered, kept_features = {}, {}
    for batch in batches:
        group = f"batch-{batch}"
        model = te.fit([i for i in items if i.group != group], FILTER_C)
        for index, item in enumerate(items):
            if item.unseen and item.group == group:
                probabilities = te._entity_probabilities(model, item)
                filtered[index] = te.filtered(item, probabilities, FILTER_T)
                kept_features[index] = features_of(readings[index], filtered[index])

    def scored(changes):
        ent, rel, props = Score(), Score(), defaultdict(Score)
        for index, x in filtered.items():
            s, _ = te.score(apply(x, changes.get(index, {})), items[index].gold_path)
            ent.add(s.entities)
            rel.add(s.relations)
            for p, v in s.per_property.items():
                props[p].add(v)
        return ent, rel, props

    def moved(base, props):
        return ", ".join(
            f"{p} tp {base[p].tp}->{props[p].tp} fp {base[p].fp}->{props[p].fp}"
            for p in sorted(props)
            if (base[p].tp, base[p].fp) != (props[p].tp, props[p].fp)
        )

    # 1. the bound
    pairs, held = Counter(), Counter()
    required = sum(
        1 for i in filtered for g in golds[items[i].gold_path].entities if not g.optional
    )
    oracle = {}
    for index, x in filtered.items():
        gold = golds[items[index].gold_path]
        changes = {}
        for e in x.entities:
            target = targets[index].get(e.key)
            if target and e.key in kept_features[index]:
                changes[e.key] = target
                pairs[(e.core_class, target)] += 1
                names = {normalise(n) for n in (e.label, *e.aliases)}
                g = [g for g in gold.entities if g.names & names and g.core_class == target]
                held[(e.core_class, target)] += sum(
                    1
                    for r in gold.relations
                    if not r.optional and g[0].label in (r.subject, r.object)
                )
        oracle[index] = changes
    n = sum(pairs.values())
    print(f"unseen readings after the filter: {len(filtered)} documents, {required} required gold")
    print(f"kept entities of another class than the gold's: {n} ({n / required:.2%})")
    for pair, count in pairs.most_common():
        print(f"  {pair[0]} -> {pair[1]}: {count} entities, gold relations they hold {held[pair]}")
    base = scored({})
    print(f"filter alone: entities {fmt(base[0])} | relations {fmt(base[1])}")
    ent, rel, props = scored(oracle)
    print(f"oracle re-typing: entities {fmt(ent)} | relations {fmt(rel)} | {moved(base[2], props)}")
    if "--bound-only" in flags:
        return 0

    # 2. leave-one-batch-out CV
    table = {}
    for regularisation in REGULARISATIONS:
        best: dict[tuple[int, str], tuple[str, float]] = {}
        for batch in batches:
            group = f"batch-{batch}"
            rows = [r for i, item in enumerate(items) if item.group != group for r in rows_of[i]]
            model = fit(rows, regularisation, args.min_documents)
            for index, x in filtered.items():
                if items[index].group != group:
                    continue
                entities = {e.key: e for e in x.entities}
                for key, found in kept_features[index].items():
                    own = entities[key].core_class
                    scores = [
                        (t, model.probability(target_features(found, t)))
                        for t in CLASSES
                        if t != own
                    ]
                    best[(index, key)] = max(scores, key=lambda item: (item[1], item[0]))
        for threshold in THRESHOLDS:
            changes: dict[int, dict[str, str]] = defaultdict(dict)
            changed = Counter()
            for (index, key), (target, p) in best.items():
                if p >= threshold:
                    changes[index][key] = target
                    right = targets[index].get(key) == target
                    changed[(key.split("/", 1)[0], target, "right" if right else "wrong")] += 1
            ent, rel, props = scored(changes)
            table[(regularisation, threshold)] = (ent, rel, sum(changed.values()))
            print(
                f"C={regularisation} t={threshold}: entities {fmt(ent)} | relations {fmt(rel)}"
                f" | changed {sorted(changed.items())} | {moved(base[2], props)}"
            )
    allowed = [
        (key, ent.f1)
        for key, (ent, rel, n) in table.items()
        if n
        and ent.precision >= base[0].precision - 1e-9
        and rel.f1 >= base[1].f1 - 1e-9
        and ent.f1 > base[0].f1 + 1e-9
    ]
    if not allowed:
        print("no setting raises entity F1 without lowering precision or relation F1")
        return 0
    setting = max(allowed, key=lambda item: (round(item[1], 6), item[0][1], -item[0][0]))[0]
    print(f"chosen: C={setting[0]} t={setting[1]}")
    if "--write" not in flags:
        return 0
    if args.setting:
        setting = tuple(args.setting)
    cv = [
        f"C={c} t={t} | unseen, filtered then re-typed: ent P {e.precision:.4f} R {e.recall:.4f}"
        f" F1 {e.f1:.4f}, rel P {r.precision:.4f} R {r.recall:.4f} F1 {r.f1:.4f}, changed {k}"
        for (c, t), (e, r, k) in sorted(table.items())
    ]
    cv.insert(
        0,
        f"filter alone (C {FILTER_C}, t {FILTER_T}) | unseen: ent P {base[0].precision:.4f}"
        f" R {base[0].recall:.4f} F1 {base[0].f1:.4f}, rel P {base[1].precision:.4f}"
        f" R {base[1].recall:.4f} F1 {base[1].f1:.4f}",
    )
    te.save_model(
        fit([r for rows in rows_of for r in rows], setting[0], args.min_documents),
        args,
        setting,
        what="re-type a kept entity to its most probable other class where the probability"
        " of (entity, class) reaches the threshold; see src/caexpo_kg/relate/retype.py",
        trained_on="",
        about={
            "unseen_states": te.UNSEEN_STATES,
            "entities": sum(
                1
                for i, rows in enumerate(rows_of)
                for k in targets[i]
                if items[i].labels.get(k) is not None
            ),
            "retyped_examples": sum(1 for rows in rows_of for r in rows if r[2]),
        },
        chosen_by="leave-one-batch-out CV on the unseen readings with the entity filter"
        " applied: the best entity F1 whose entity precision and relation F1 fall not below"
        " the filter's alone",
        rows=cv,
        script=Path(__file__).name,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
