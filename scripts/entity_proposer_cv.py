"""Measure a learned entity *proposer* (the recall side of the learned entity layer): what
it could win, and what a logistic regression over spaCy's own NER spans wins.

Nothing is written to ``data/models``: this script only measures (it was run on batches
01-18 on 2026-12-06 and the proposer did not pay; ``docs/learned-layer.md``). Two parts:

1. **The bound.** On the unseen readings (the rules before each batch was used,
   ``train_entities.UNSEEN_STATES``), every required gold entity the rules missed is put
   in one bucket: a spaCy NER span with its name overlapping no mention the rules kept
   (what a proposer over NER spans can win, by NER label and gold class, and whether the
   gold has it in a relation), a proper-noun run the NER left (no NER span), its name in
   the text but in neither, its name only where the rules kept a mention of another class
   or another cut (a re-typing or re-cutting problem, not a proposer's), not in the text
   as printed, or a year.
2. **Leave-one-batch-out CV.** Candidates: each NER span of a mapped label (``--labels``)
   that overlaps no resolved entity's mention (``--chunks``: also proper-noun runs whose
   last word is a head noun of ``data/rules/heads.json``), one entity per class and name
   in a document, its class from the label; features from language only (the entity
   filter's mention features: dependency role and head lemma, the words beside it, NER
   label, capitals; the look of the name, whether the gazetteer or GeoNames knows it, how
   often it is named, its sentence, whether it is listed with a kept entity of the same
   class). Each fold fits the entity filter (C 0.3, threshold 0.5) and the proposer on
   the other batches, filters the held-out unseen reading and adds the candidates at or
   above each threshold; entities and relations are scored as ``caexpo-kg evaluate``
   scores them. A candidate the build would merge into an entity it already has is a
   no-op (neither right nor wrong; not trained on). A third run also takes NER spans
   over kept mentions of another class or cut (their overlap a feature), each threshold
   scored twice: added beside the mentions they cover, and replacing them (an entity
   left unnamed goes, with its relations). Batches 37 to 58 are refused.

    python scripts/entity_proposer_cv.py --cache /tmp/entclf
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_entities as te

from caexpo_kg.evaluate import Score, load_gold, normalise
from caexpo_kg.extract.arrays import holding_tokens
from caexpo_kg.extract.components.entities import NER_CLASSES
from caexpo_kg.extract.components.rules import load_rules
from caexpo_kg.linear import fit_logistic
from caexpo_kg.model import Entity, Mention
from caexpo_kg.resolve.entities import entity_key
from caexpo_kg.resolve.learned import (
    _bucket,
    _known_names,
    _mention_features,
    _Positions,
    _shape,
)

#: NER labels → the class a candidate gets: the entity component's map, and a work of
#: art as an initiative (NORP is a nationality: no candidate).
LABELS = {**NER_CLASSES, "WORK_OF_ART": "Initiative"}
RULE = "learned-entity"
_JOINERS = {"of", "and", "for", "-", "&"}
_CONJOINED = ("ner", "dep", "shape", "known", "before", "after", "list", "pos", "overlap")


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def _trimmed(span):
    """``span`` without a leading "the" and a trailing possessive; None if nothing is left."""
    tokens = list(span)
    while tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    while tokens and tokens[-1].text in ("'s", "\u2019s", "'", "\u2019"):
        tokens = tokens[:-1]
    return span.doc[tokens[0].i : tokens[-1].i + 1] if tokens else None


def _proper_runs(doc):
    """Runs of proper nouns (joined by "of", "and", "-" ...), the NER's or not."""
    runs, i, n = [], 0, len(doc)
    while i < n:
        if doc[i].pos_ != "PROPN":
            i += 1
            continue
        j = i + 1
        while j < n and (
            doc[j].pos_ == "PROPN"
            or (doc[j].lower_ in _JOINERS and j + 1 < n and doc[j + 1].pos_ == "PROPN")
        ):
            j += 1
        runs.append(doc[i:j])
        i = j
    return runs


def candidates(
    extraction, doc, labels: dict[str, str], chunks: bool, overlapping: bool = False, kept=None
) -> dict:
    """key → (Entity, mentions, features) of the spans no resolved entity's mention
    overlaps (see the module's docstring); ``overlapping``: also NER spans that overlap a
    mention of another class or cut (``kept``: the keys the entity filter kept)."""
    by_place = [(m.start, m.end, m.entity) for m in extraction.mentions]
    positions = _Positions.of(doc)
    kept_class: dict[int, str] = {}
    for m in extraction.mentions:
        span = positions.mention_span(doc, m.start, m.end)
        for token in span or ():
            kept_class[token.i] = m.entity.split("/", 1)[0]
    keys = {e.key for e in extraction.entities}
    found: dict[tuple[str, str, str], list] = defaultdict(list)
    spans = [(ent, ent.label_, labels.get(ent.label_)) for ent in doc.ents]
    if chunks:
        heads = load_rules().heads
        ner_taken = [(e.start_char, e.end_char) for e in doc.ents]
        for run in _proper_runs(doc):
            if not _overlaps(run.start_char, run.end_char, ner_taken):
                spans.append((run, "CHUNK", heads.get(run[-1].lower_)))
    for span, label, cls in spans:
        if cls is None:
            continue
        over = [(s, e, k) for s, e, k in by_place if s < span.end_char and span.start_char < e]
        if over and not overlapping:
            continue
        span = _trimmed(span)
        if span is None or not any(c.isalpha() for c in span.text):
            continue
        name = " ".join(span.text.split())
        key = entity_key(cls, name)
        if key not in keys:
            found[(key, cls, name)].append((span, label, over))
    out = {}
    for (key, cls, name), named in found.items():
        features = {f"class:{cls}", f"mentions:{_bucket(len(named), (1, 2, 3, 5))}"}
        for span, label, over in named:
            features.add(f"nerlabel:{label}")
            for s, e, k in over:
                other = k.split("/", 1)[0]
                if (s, e) == (span.start_char, span.end_char):
                    how = "same"
                elif s >= span.start_char and e <= span.end_char:
                    how = "wider"
                elif s <= span.start_char and e >= span.end_char:
                    how = "narrower"
                else:
                    how = "crossing"
                features.add(f"overlap:{how}")
                features.add(f"overlap:{how}:{'agrees' if other == cls else 'differs'}")
                features.add(f"overlap-class:{other}")
                if kept is not None:
                    features.add(f"overlap:{'kept' if k in kept else 'dropped'}")
            if not over:
                features.add("overlap:none")
            features.update(_mention_features(span, positions))
            root = span.root
            partners = [c for c in root.children if c.dep_ == "conj"]
            if root.dep_ == "conj":
                partners.append(root.head)
            for partner in partners:
                if partner.i in kept_class:
                    same = "same" if kept_class[partner.i] == cls else "other"
                    features.add(f"list:kept-{same}")
            features.add(f"first:{_bucket(positions.sentence(span.start), (0, 1, 2, 4, 8, 16))}")
        features.update(_shape(name, cls))
        features.update(_known_names(name, ()))
        features |= {f"{cls}|{f}" for f in features if f.startswith(_CONJOINED)}
        mentions = [
            Mention(start=s.start_char, end=s.end_char, text=s.text, entity=key, rule=RULE)
            for s, _, _ in named
        ]
        out[key] = (Entity(key=key, label=name, core_class=cls), mentions, sorted(features))
    return out


def bound(readings) -> None:
    """Print where the missed required gold entities of the unseen readings are."""
    buckets, free, related, total = Counter(), Counter(), Counter(), 0
    for reading in readings:
        gold = load_gold(reading.gold_path)
        scores, _ = te.score(reading.extraction, reading.gold_path)
        required = [g for g in gold.entities if not g.optional]
        total += len(required)
        in_relation = {x for r in gold.relations if not r.optional for x in (r.subject, r.object)}
        taken = [(m.start, m.end) for m in reading.extraction.mentions]
        doc, low = reading.doc, reading.doc.text.casefold()
        runs = _proper_runs(doc)
        for missed in scores.missed:
            if ": entity " not in missed:
                continue
            cls, label = missed.split(": entity ", 1)[1].split(" ", 1)
            g = next(g for g in required if repr(g.label) == label and g.core_class == cls)
            if cls == "Year":
                buckets["a year"] += 1
                continue
            ner = [
                e
                for e in doc.ents
                if normalise(e.text.removesuffix("'s").removesuffix("\u2019s")) in g.names
                and not _overlaps(e.start_char, e.end_char, taken)
            ]
            run = [
                r
                for r in runs
                if normalise(r.text.removesuffix("'s")) in g.names
                and not _overlaps(r.start_char, r.end_char, taken)
            ]
            places = [(m.start(), m.end()) for n in g.names for m in re.finditer(re.escape(n), low)]
            if ner:
                buckets["an NER span over it, no kept mention there"] += 1
                free[(ner[0].label_, cls)] += 1
                related["in a gold relation" if g.label in in_relation else "in none"] += 1
            elif run:
                buckets["a proper-noun run, no NER span"] += 1
            elif any(not _overlaps(s, e, taken) for s, e in places):
                buckets["in the text, neither NER span nor proper-noun run"] += 1
            elif places:
                buckets["only where a kept mention of another class or cut is"] += 1
            else:
                buckets["not in the text as printed"] += 1
    missed = sum(buckets.values())
    print(f"required gold entities {total}, missed {missed} ({missed / total:.1%})")
    for name, n in buckets.most_common():
        print(f"  {name}: {n} ({n / total:.2%} of gold)")
    print("  NER spans by (NER label, gold class):", free.most_common())
    print("  ", dict(related))


def main(argv=None) -> int:
    args = te.arguments(argv, __doc__.split("\n\n")[0], Path("/dev/null"))
    labels = dict(LABELS)
    files = te.gold_files(args.gold_dir, args.blind_dir, args.batches)
    parsed = te.parse(files, args.cache, args.model)
    readings = te.readings(parsed, args.cache, args.model, False)
    bound([r for r in readings if r.unseen])
    items = [te._item(r) for r in readings]
    batches = [b for b in args.batches if any(i.group == f"batch-{b}" for i in items)]
    for chunks, overlapping in ((False, False), (True, False), (False, True)):
        print(
            f"\n--- candidates: NER spans {sorted(labels)}"
            + (" and head-noun runs" * chunks)
            + (", also over kept mentions of another class or cut" * overlapping)
        )
        cross_validate(items, readings, batches, labels, chunks, overlapping)
    return 0


def cross_validate(items, readings, batches, labels, chunks, overlapping=False) -> None:
    filtered, found, outcome = {}, {}, {}
    for batch in batches:
        group = f"batch-{batch}"
        model = te.fit([i for i in items if i.group != group], 0.3)
        for index, item in enumerate(items):
            if item.unseen and item.group == group:
                probabilities = te._entity_probabilities(model, item)
                filtered[index] = te.filtered(item, probabilities, 0.5)
    for index, x in filtered.items():
        doc = readings[index].doc
        with holding_tokens(doc):
            found[index] = candidates(
                items[index].extraction,
                doc,
                labels,
                chunks,
                overlapping,
                kept={e.key for e in x.entities},
            )
        added = replace(
            x,
            entities=x.entities + tuple(e for e, _, _ in found[index].values()),
            mentions=x.mentions + tuple(m for _, ms, _ in found[index].values() for m in ms),
        )
        _, outcomes = te.score(added, items[index].gold_path)
        _, merged = te.merged_nodes(added)
        kept = {merged[e.key] for e in x.entities}
        outcome[index] = {
            k: "merged" if merged.get(k, k) in kept else outcomes.get(k, "fp") for k in found[index]
        }
    counts = Counter((found[i][k][0].core_class, outcome[i][k]) for i in found for k in found[i])
    print("candidates (class, outcome):", sorted(counts.items()))

    def fmt(s):
        return f"P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.4f} (tp {s.tp} fp {s.fp})"

    def scored(probabilities, threshold, replacing=False):
        ent, rel, added = Score(), Score(), Counter()
        for index, x in filtered.items():
            add = [k for k in found[index] if probabilities.get((index, k), 0) >= threshold]
            for k in add:
                added[(found[index][k][0].core_class, outcome[index][k])] += 1
            new = [m for k in add for m in found[index][k][1]]
            if replacing:  # the mentions a candidate covers go, and entities left unnamed
                spans = [(m.start, m.end) for m in new]
                left = [m for m in x.mentions if not _overlaps(m.start, m.end, spans)]
                named = {m.entity for m in left}
                gone = {m.entity for m in x.mentions} - named
                x = replace(
                    x,
                    entities=tuple(e for e in x.entities if e.key not in gone),
                    mentions=tuple(left),
                    relations=tuple(
                        r for r in x.relations if r.subject not in gone and r.object not in gone
                    ),
                )
            more = replace(
                x,
                entities=x.entities + tuple(found[index][k][0] for k in add),
                mentions=x.mentions + tuple(new),
            )
            s, _ = te.score(more, items[index].gold_path)
            ent.add(s.entities)
            rel.add(s.relations)
        return ent, rel, added

    ent, rel, _ = scored({}, 2.0)
    print(f"unseen, rules + filter: entities {fmt(ent)} | relations {fmt(rel)}")
    for regularisation in (0.1, 0.3, 1.0):
        probabilities = {}
        for batch in batches:
            group = f"batch-{batch}"
            train = [
                (i, k)
                for i in found
                if items[i].group != group
                for k in found[i]
                if outcome[i][k] in ("tp", "fp")
            ]
            documents = defaultdict(set)
            for i, k in train:
                for f in found[i][k][2]:
                    documents[f].add(items[i].gold_path)
            common = {f for f, seen in documents.items() if len(seen) >= te.MIN_DOCUMENTS}
            model = fit_logistic(
                [[f for f in found[i][k][2] if f in common] for i, k in train],
                [outcome[i][k] == "tp" for i, k in train],
                regularisation=regularisation,
            )
            for i in found:
                if items[i].group == group:
                    for k in found[i]:
                        probabilities[(i, k)] = model.probability(found[i][k][2])
        for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
            for replacing in (False, True) if overlapping else (False,):
                ent, rel, added = scored(probabilities, threshold, replacing)
                print(
                    f"C={regularisation} t={threshold}{' replacing' * replacing}: entities"
                    f" {fmt(ent)} | relations {fmt(rel)} | added {sorted(added.items())}"
                )


if __name__ == "__main__":
    raise SystemExit(main())
