"""Fit the learned entity filter (``data/models/entities.json``) on our own gold.

Each training text is parsed once (the spaCy Docs are pickled under ``--cache``); the
rules' extraction of each is scored against its gold exactly as ``caexpo-kg evaluate``
scores it (:func:`caexpo_kg.evaluate.score_nodes`), which labels every entity: keep (it
matches a gold entity), drop (a false positive); one matching only an optional gold
entity is left out. Regularisation and threshold are chosen by leave-one-batch-out
cross-validation over the blind batches (the sample corpus always in training): the
setting with the best entity F1 of the filtered output whose relation F1 does not fall
below the rules' own (dropping a node drops its relations). Held-out batches 37 to 58
are never read: only the batches named by ``--batches``.

    python scripts/train_entities.py                   # fit, write data/models/entities.json
    python scripts/train_entities.py --batches 01 02 --gold-dir data/gold --out /tmp/m.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tarfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from caexpo_kg.evaluate import Score, load_gold, normalise, score_nodes
from caexpo_kg.extract.nlp import load_pipeline, model_name
from caexpo_kg.linear import LinearModel, fit_logistic
from caexpo_kg.model import Entity, Evidence, Extraction, Mention, Relation
from caexpo_kg.pipeline.document import _rules_version, extract_doc
from caexpo_kg.read.corpus import parse_date, read_file
from caexpo_kg.resolve.entities import EntityTable
from caexpo_kg.resolve.learned import entity_features

REPO = Path(__file__).resolve().parent.parent
#: For each blind batch, the last commit whose rules had not yet been tuned on it (its
#: first or held-out run in data/blind/LOG.md): the rules' output there is what they make
#: of text they never saw, the errors a filter must learn; today's rules have been fitted
#: to these batches and leave few.
UNSEEN_STATES = {
    "01": "9e3fcef",
    "02": "7a968ec",
    "03": "3b3816e",
    "04": "6deb176",
    "05": "827e63a",
    "06": "827e63a",
    "07": "c9b0f2a",
    "08": "4fda575",
    "09": "cef5bcf",
    "10": "0712b01",
    "11": "4041390",
    "12": "480b088",
    "13": "36ef656",
    "14": "0889a28",
    "15": "54dfb14",
    "16": "c4e7aec",
    "17": "1d7a486",
    "18": "231bfdc",
    "19": "29a3d16",
    "20": "6ffc2f0",
    "21": "8a87644",
    "22": "c74b338",
    "23": "1a80e52",
    "24": "dd9db12",
    "25": "9ba7ded",
    "26": "829d1f5",
    "27": "745e95a",
    "28": "2646c09",
    "29": "441e87c",
    "30": "94b5246",
    "31": "83cfcf6",
    "32": "6e3cd9b",
    "33": "f044fc8",
    "34": "99cecea",
    "35": "da8dee2",
    "36": "e6c33d4",
}
#: Run in a process with an old commit's package first on its path: each document's
#: extraction as plain JSON.
_OLD_RUNNER = """
import dataclasses, datetime, json, sys
import catalogue  # today's package registers its spaCy factories by entry point: not here
catalogue.Registry.get_entry_points = lambda self: {}
from caexpo_kg.api import extract
from caexpo_kg.model import Document
import inspect
# the rules alone: a commit that ships a learned filter is read without it
learned = "learned_entities" in inspect.signature(extract).parameters
options = {"learned_entities": False} if learned else {}
out = []
for item in json.load(open(sys.argv[1])):
    published = datetime.date.fromisoformat(item["published"]) if item["published"] else None
    document = Document(id=item["id"], text=item["text"], published=published)
    (x,) = extract([document], model=item["model"], **options)
    out.append({k: [dataclasses.asdict(v) for v in getattr(x, k)]
                for k in ("entities", "mentions", "relations")})
json.dump(out, open(sys.argv[2], "w"))
"""
REGULARISATIONS = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass
class Item:
    """One training document: its group (batch), extraction, features and labels."""

    group: str
    gold_path: Path
    extraction: Extraction
    features: dict[str, list[str]]
    labels: dict[str, bool | None]
    """Entity key → keep (True), drop (False), or left out (None: optional gold)."""
    unseen: bool = False
    """Made by the rules of a commit that had not yet seen the batch (see UNSEEN_STATES)."""


def gold_files(gold_dir: Path, blind_dir: Path, batches: Sequence[str]) -> list[tuple[str, Path]]:
    """(group, gold file) of the sample corpus and of each named blind batch."""
    found = [("sample", p) for p in sorted(gold_dir.glob("*.gold.json"))]
    for batch in batches:
        found += [
            (f"batch-{batch}", p)
            for p in sorted((blind_dir / f"batch-{batch}").glob("*.gold.json"))
        ]
    return found


def parse(files: list[tuple[str, Path]], cache: Path, model: str | None) -> list[tuple]:
    """(group, gold path, Document, Doc) per file; Docs read from ``cache`` when its key
    (texts, model, rule data) matches, else parsed once and pickled there."""
    nlp = load_pipeline(model)
    documents = []
    for group, path in files:
        gold = load_gold(path)
        published = parse_date(gold.published, where=str(path))
        for document in read_file(gold.text_file):
            documents.append(
                (
                    group,
                    path,
                    replace(document, id=gold.id, published=published or document.published),
                )
            )
    digest = hashlib.sha256(f"{model_name(nlp)} {_rules_version(nlp)}".encode())
    for _, path, document in documents:
        digest.update(f"{path}\0{document.text}\0{document.published}".encode())
    cached = cache / f"docs-{digest.hexdigest()[:16]}.pkl"
    if cached.is_file():
        with cached.open("rb") as handle:
            docs = pickle.load(handle)
    else:
        docs = list(nlp.pipe((d.text for _, _, d in documents), batch_size=8))
        cache.mkdir(parents=True, exist_ok=True)
        with cached.open("wb") as handle:
            pickle.dump(docs, handle)
    return [(g, p, d, doc) for (g, p, d), doc in zip(documents, docs, strict=True)]


def merged_nodes(extraction: Extraction) -> tuple[Extraction, dict[str, str]]:
    """The extraction as a one-document build merges it, and each key's merged key."""
    table = EntityTable()
    table.add(extraction)
    merged = table.merged()
    return table.apply(extraction), {key: entity.key for key, entity in merged.items()}


def score(
    extraction: Extraction,
    gold_path: Path,
    relation_outcome: dict[Relation, str] | None = None,
) -> tuple[object, dict[str, str]]:
    """Scores and per-key outcomes of ``extraction`` as ``caexpo-kg evaluate`` scores it;
    ``relation_outcome``, when given, receives each relation's ("tp", "fp", "optional";
    one whose merged triple was not scored, none)."""
    merged, keys = merged_nodes(extraction)
    nodes = {
        e.key: (e.core_class, {normalise(n) for n in (e.label, *e.aliases)}, e.label)
        for e in merged.entities
    }
    triples = sorted({(r.subject, r.predicate, r.object) for r in merged.relations})
    triple_outcome: dict[tuple[str, str, str], str] = {}
    scores, outcome = score_nodes(nodes, triples, load_gold(gold_path), triple_outcome)
    if relation_outcome is not None:
        for r in extraction.relations:
            merged_triple = (
                keys.get(r.subject, r.subject),
                r.predicate,
                keys.get(r.object, r.object),
            )
            if merged_triple in triple_outcome:
                relation_outcome[r] = triple_outcome[merged_triple]
    return scores, {key: outcome.get(merged_key, "fp") for key, merged_key in keys.items()}


@dataclass(frozen=True)
class Reading:
    """One training document as one state of the rules read it: what a learned layer is
    fitted on (this script's entity filter, ``train_relations.py``'s relation filter)."""

    group: str
    gold_path: Path
    extraction: Extraction
    doc: object
    """Today's parse of the text (spaCy ``Doc``), which features are read from."""
    unseen: bool = False
    """Made by the rules of a commit that had not yet seen the batch (see UNSEEN_STATES)."""


def today_readings(parsed: list[tuple]) -> list[Reading]:
    """Each document as today's rules alone extract it."""
    return [
        Reading(group, path, extract_doc(doc, document, model="", rules_version=""), doc)
        for group, path, document, doc in parsed
    ]


def readings(
    parsed: list[tuple], cache: Path, model: str | None, today_only: bool
) -> list[Reading]:
    """Today's readings of every document, then (unless ``today_only``) the readings of the
    rules before each batch was used."""
    found = today_readings(parsed)
    return found if today_only else found + unseen_readings(parsed, cache, model)


def _plain(cls: type, data: dict) -> object:
    """A record of today's ``cls`` from an old commit's fields (unknown ones left out)."""
    fields = cls.__dataclass_fields__
    data = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in fields}
    if "evidence" in data:
        data["evidence"] = tuple(Evidence(**e) for e in data["evidence"])
    return cls(**data)


def unseen_readings(parsed: list[tuple], cache: Path, model: str | None) -> list[Reading]:
    """Each batch's documents as extracted by the rules before they were tuned on it
    (:data:`UNSEEN_STATES`, run from ``git archive`` once and cached)."""
    items = []
    for batch, commit in sorted(UNSEEN_STATES.items()):
        group = f"batch-{batch}"
        mine = [entry for entry in parsed if entry[0] == group]
        if not mine:
            continue
        source = cache / f"code-{commit}"
        if not (source / "src").is_dir():
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", commit, "src", "data/rules", "ontology"],
                check=True,
                capture_output=True,
            ).stdout
            source.mkdir(parents=True, exist_ok=True)
            archive_path = source / "code.tar"
            archive_path.write_bytes(archive)
            with tarfile.open(archive_path) as tar:
                tar.extractall(source, filter="data")
        digest = hashlib.sha256(commit.encode())
        for _, path, document, _ in mine:
            digest.update(f"{path}\0{document.text}\0{document.published}".encode())
        output = cache / f"unseen-{batch}-{digest.hexdigest()[:16]}.json"
        if not output.is_file():
            request = cache / f"unseen-{batch}-request.json"
            request.write_text(
                json.dumps(
                    [
                        {
                            "id": d.id,
                            "text": d.text,
                            "published": d.published.isoformat() if d.published else None,
                            "model": model,
                        }
                        for _, _, d, _ in mine
                    ]
                ),
                encoding="utf-8",
            )
            environment = {**os.environ, "PYTHONPATH": str(source / "src")}
            subprocess.run(
                [sys.executable, "-c", _OLD_RUNNER, str(request), str(output)],
                check=True,
                env=environment,
                cwd=source,
            )
        old = json.loads(output.read_text(encoding="utf-8"))
        for (_, path, document, doc), found in zip(mine, old, strict=True):
            extraction = Extraction(
                document=document,
                entities=tuple(_plain(Entity, e) for e in found["entities"]),
                mentions=tuple(_plain(Mention, m) for m in found["mentions"]),
                relations=tuple(_plain(Relation, r) for r in found["relations"]),
            )
            items.append(Reading(group, path, extraction, doc, unseen=True))
    return items


def _item(reading: Reading) -> Item:
    """A reading's entity features and labels (optional gold matches left out)."""
    extraction = reading.extraction
    entities = {e.key: e for e in extraction.entities}
    features = entity_features(reading.doc, entities, extraction.mentions, extraction.relations)
    _, outcome = score(extraction, reading.gold_path)
    labels = {
        key: None if outcome.get(key) == "optional" else outcome.get(key) == "tp"
        for key in features
    }
    return Item(reading.group, reading.gold_path, extraction, features, labels, reading.unseen)


#: A feature must occur in this many training documents to be learned: a word seen in
#: one or two files (a neighbour's lemma, a rare head noun) would identify them.
MIN_DOCUMENTS = 3


def fit(
    items: list[Item], regularisation: float, min_documents: int = MIN_DOCUMENTS
) -> LinearModel:
    """A model fitted on the labelled entities of ``items`` (features of fewer than
    :data:`MIN_DOCUMENTS` documents left out)."""
    documents: dict[str, set[Path]] = {}
    for item in items:
        for found in item.features.values():
            for feature in found:
                documents.setdefault(feature, set()).add(item.gold_path)
    common = {f for f, seen in documents.items() if len(seen) >= min_documents}
    examples, labels = [], []
    for item in items:
        for key, label in item.labels.items():
            if label is not None:
                examples.append([f for f in item.features[key] if f in common])
                labels.append(label)
    return fit_logistic(examples, labels, regularisation=regularisation, name="entities")


def filtered(item: Item, probabilities: dict[str, float], threshold: float) -> Extraction:
    """``item``'s extraction less the entities below ``threshold``, as the build drops them."""
    dropped = {key for key, p in probabilities.items() if p < threshold}
    x = item.extraction
    return replace(
        x,
        entities=tuple(e for e in x.entities if e.key not in dropped),
        mentions=tuple(m for m in x.mentions if m.entity not in dropped),
        relations=tuple(
            r for r in x.relations if r.subject not in dropped and r.object not in dropped
        ),
    )


def evaluate(
    items: list[Item], probabilities: list[dict[str, float]], threshold: float
) -> tuple[Score, Score]:
    """Entity and relation scores of ``items`` filtered at ``threshold``."""
    entities, relations = Score(), Score()
    for item, probs in zip(items, probabilities, strict=True):
        scores, _ = score(filtered(item, probs, threshold), item.gold_path)
        entities.add(scores.entities)
        relations.add(scores.relations)
    return entities, relations


Table = dict[tuple[float, float], dict[str, tuple[Score, Score]]]


def _entity_probabilities(model: LinearModel, item: Item) -> dict[str, float]:
    return {k: model.probability(f) for k, f in item.features.items()}


def cross_validate(
    items: list,
    batches: Sequence[str],
    min_documents: int,
    *,
    fit: Callable = fit,
    probabilities: Callable = _entity_probabilities,
    evaluate: Callable = evaluate,
    regularisations: Sequence[float] = REGULARISATIONS,
    thresholds: Sequence[float] = THRESHOLDS,
) -> dict:
    """Leave-one-batch-out: (C, threshold) → the scores (``evaluate``'s) summed over the
    held-out batches, each scored by a model fitted on the rest (the sample always in),
    as today's rules read them ("today") and as rules that had not seen them did
    ("unseen": the case of new text). The defaults are the entity filter's; the relation
    filter's script passes its own ``fit``, ``probabilities`` and ``evaluate``."""
    table = {}
    for regularisation in regularisations:
        held: dict[str, tuple[list, list]] = {"today": ([], []), "unseen": ([], [])}
        for batch in batches:
            group = f"batch-{batch}"
            model = fit([i for i in items if i.group != group], regularisation, min_documents)
            for item in items:
                if item.group == group:
                    kept, found = held["unseen" if item.unseen else "today"]
                    kept.append(item)
                    found.append(probabilities(model, item))
        for threshold in thresholds:
            table[(regularisation, threshold)] = {
                state: evaluate(kept, found, threshold)
                for state, (kept, found) in held.items()
                if kept
            }
    return table


def choose(table: Table) -> tuple[float, float]:
    """The best entity F1 on unseen text (today's, without unseen states) whose relation
    F1 falls neither there nor on today's rules' output below the rules' own (threshold 0)."""
    states = next(iter(table.values())).keys()
    target = "unseen" if "unseen" in states else "today"
    baseline = {s: max(row[s][1].f1 for (_, t), row in table.items() if t == 0.0) for s in states}
    allowed = [
        (key, row[target][0].f1)
        for key, row in table.items()
        if all(row[s][1].f1 >= baseline[s] - 1e-9 for s in states)
    ]
    return max(allowed, key=lambda item: (round(item[1], 6), -item[0][1], -item[0][0]))[0]


def arguments(argv: Sequence[str] | None, description: str, out: Path) -> argparse.Namespace:
    """The options every learned layer's script takes (``out``: where its model goes); a
    held-out batch named is refused."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--gold-dir", type=Path, default=REPO / "data" / "gold")
    parser.add_argument("--blind-dir", type=Path, default=REPO / "data" / "blind")
    parser.add_argument("--batches", nargs="+", default=[f"{b:02d}" for b in range(1, 37)])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/entclf"))
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the build's)")
    parser.add_argument(
        "--today-only",
        action="store_true",
        help="train on today's rules' output alone, not also on the rules before each batch",
    )
    parser.add_argument(
        "--min-documents",
        type=int,
        default=MIN_DOCUMENTS,
        help="training documents a feature must occur in to be learned",
    )
    parser.add_argument(
        "--setting",
        nargs=2,
        type=float,
        metavar=("C", "THRESHOLD"),
        help="fit at this regularisation and threshold instead of the one CV chooses"
        " (the CV table is still printed and kept)",
    )
    parser.add_argument("--out", type=Path, default=out)
    args = parser.parse_args(argv)
    if {f"{b:02d}" for b in range(37, 59)} & set(args.batches):
        parser.error("batches 37 to 58 are held out: never trained on")
    return args


def save_model(
    model: LinearModel,
    args: argparse.Namespace,
    setting: tuple[float, float],
    *,
    what: str,
    trained_on: str,
    about: dict,
    chosen_by: str,
    rows: list[str],
    script: str,
) -> None:
    """Write ``model`` to ``args.out`` at ``setting`` (C, threshold), with what it was
    fitted on (``trained_on``: the end of how the readings were read; ``about``: the
    counts), how its setting was chosen, the CV table and the ``script`` that fitted it."""
    regularisation, threshold = setting
    files = gold_files(args.gold_dir, args.blind_dir, args.batches)
    about = {
        "what": what,
        "trained_on": f"sample gold and blind batches {', '.join(args.batches)}"
        f" ({len(files)} gold files), read by today's rules"
        + ("" if args.today_only else " and by the rules before each batch was used")
        + trained_on,
        **about,
        "regularisation_C": regularisation,
        "min_documents_per_feature": args.min_documents,
        "chosen_by": (
            f"given (--setting {regularisation} {threshold})" if args.setting else chosen_by
        ),
        "cv": rows,
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "script": f"scripts/{script}",
    }
    model = replace(model, threshold=threshold, about=about)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"C={regularisation} threshold={threshold} -> {args.out}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = arguments(argv, __doc__.split("\n\n")[0], REPO / "data" / "models" / "entities.json")
    files = gold_files(args.gold_dir, args.blind_dir, args.batches)
    parsed = parse(files, args.cache, args.model)
    items = [_item(r) for r in readings(parsed, args.cache, args.model, args.today_only)]
    batches = [b for b in args.batches if any(i.group == f"batch-{b}" for i in items)]
    table = cross_validate(items, batches, args.min_documents) if len(batches) > 1 else {}
    regularisation, threshold = choose(table) if table else (REGULARISATIONS[-1], 0.5)
    if args.setting:
        regularisation, threshold = args.setting
    rows = []
    for (c, t), row in sorted(table.items()):
        cells = [
            f"{state}: ent P {ent.precision:.3f} R {ent.recall:.3f} F1 {ent.f1:.3f}, "
            f"rel P {rel.precision:.3f} R {rel.recall:.3f} F1 {rel.f1:.3f}"
            for state, (ent, rel) in row.items()
        ]
        rows.append(f"C={c} t={t} | " + " | ".join(cells))
        print(rows[-1], file=sys.stderr)
    save_model(
        fit(items, regularisation, args.min_documents),
        args,
        (regularisation, threshold),
        what="keep (1) or drop (0) a resolved entity; see src/caexpo_kg/resolve/learned.py",
        trained_on="",
        about={
            "unseen_states": {} if args.today_only else UNSEEN_STATES,
            "examples": sum(1 for i in items for v in i.labels.values() if v is not None),
            "dropped_examples": sum(1 for i in items for v in i.labels.values() if v is False),
        },
        chosen_by="leave-one-batch-out CV: the best entity F1 on unseen text whose"
        " relation F1 falls below the rules' own neither there nor on today's output",
        rows=rows,
        script=Path(__file__).name,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
