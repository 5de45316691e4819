"""Where relations are lost on text the rules had not seen: each required gold relation
of the training batches' unseen readings (the rules before each batch was used,
``train_entities.UNSEEN_STATES``), missed there, sorted by what became of its two ends.

A relation is lost either because no rule read it though both its entities were found
("both found": a relation rule's miss) or because an end was not found at all
("subject missing", "object missing"), or found in another class ("... wrong class"),
or both ("both lost"). The split says which stage a fresh-text loss belongs to, entity
recognition or relation reading, without looking at held-out text: the unseen readings
are the nearest training data has to it. Batches 37 to 58 are refused.

    python scripts/unseen_losses.py --cache /tmp/train-cache [--short-cases]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_entities as te

from caexpo_kg.evaluate import GoldDocument, load_gold, normalise
from caexpo_kg.model import Extraction
from caexpo_kg.read.corpus import parse_date, read_file

FOUND, WRONG_CLASS, MISSING = "found", "wrong class", "missing"


def end_status(gold: GoldDocument, extraction: Extraction) -> dict[str, str]:
    """Each gold entity's fate in the extraction merged as a build merges it: found in
    its class, found only in another class, or missing (matched as ``evaluate`` matches:
    any label or alias, normalised)."""
    merged, _ = te.merged_nodes(extraction)
    classes_by_name: dict[str, set[str]] = defaultdict(set)
    for entity in merged.entities:
        for name in (entity.label, *entity.aliases):
            classes_by_name[normalise(name)].add(entity.core_class)
    status = {}
    for entity in gold.entities:
        classes = set().union(*(classes_by_name.get(n, set()) for n in entity.names))
        if entity.core_class in classes:
            status[entity.label] = FOUND
        else:
            status[entity.label] = WRONG_CLASS if classes else MISSING
    return status


def loss_kind(subject: str, obj: str) -> str:
    """One missed relation's kind, from the status of its subject and its object."""
    if subject == obj == FOUND:
        return "both found"
    if obj == FOUND:
        return f"subject {subject}"
    if subject == FOUND:
        return f"object {obj}"
    return "both lost"


def losses(gold: GoldDocument, extraction: Extraction) -> Counter:
    """(property, kind) of every required gold relation: "right" where the extraction
    has it, else the kind of loss."""
    scores, _ = te.score(extraction, gold.path)
    missed = {m for m in scores.missed if ": relation " in m}
    status = end_status(gold, extraction)
    counts: Counter = Counter()
    for relation in gold.relations:
        if relation.optional:
            continue
        key = f"{gold.id}: relation {relation.subject!r} {relation.predicate} {relation.object!r}"
        if key in missed:
            kind = loss_kind(status[relation.subject], status[relation.object])
        else:
            kind = "right"
        counts[relation.predicate, kind] += 1
    return counts


KINDS = (
    "right",
    "both found",
    "subject missing",
    "object missing",
    "subject wrong class",
    "object wrong class",
    "both lost",
)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    short_cases = "--short-cases" in argv
    if short_cases:
        argv.remove("--short-cases")
    args = te.arguments(argv, __doc__.split("\n\n")[0], Path("/dev/null"))
    files = te.gold_files(args.gold_dir, args.blind_dir, args.batches)
    documents = []  # the unseen readings need the texts, not a parse
    for group, path in files:
        if group == "sample" or path.name.startswith("s") != short_cases:
            continue
        gold = load_gold(path)
        published = parse_date(gold.published, where=str(path))
        for document in read_file(gold.text_file):
            document = replace(document, id=gold.id, published=published or document.published)
            documents.append((group, path, document, None))
    counts: Counter = Counter()
    for reading in te.unseen_readings(documents, args.cache, args.model):
        counts += losses(load_gold(reading.gold_path), reading.extraction)
    what = "short cases" if short_cases else "articles"
    print(
        f"required gold relations of the unseen readings ({what}, batches {args.batches[0]}-"
        f"{args.batches[-1]}), by what became of their ends:"
    )
    print(f"{'property':16s}" + "".join(f"{k:>21s}" for k in KINDS))
    for predicate in [*sorted({p for p, _ in counts}), "all"]:
        row = [
            sum(n for (p, k), n in counts.items() if k == kind and predicate in (p, "all"))
            for kind in KINDS
        ]
        print(f"{predicate:16s}" + "".join(f"{n:>21d}" for n in row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
