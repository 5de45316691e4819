"""What SHACL validation costs beside spaCy: the old path and the new, side by side.

    python benchmarks/validation_cost.py                  # data/sample and ~50,000 words
    python benchmarks/validation_cost.py --words 20000    # a smaller second corpus
    python benchmarks/validation_cost.py --before 3304f5e # the commit of the old path

For each corpus, in one process, one after the other on the same graph:

* **spaCy**: bare ``nlp.pipe`` over the corpus's texts (our pipeline, batch 8, after a
  warm-up), once: the cost validation is measured against;
* **old**: ``validate_dataset`` as it was at ``--before`` (pyshacl for what it did not
  check in bulk, rdflib reads, a pyoxigraph copy for the SPARQL constraints), loaded
  from git into this process;
* **new, dataset**: today's ``validate_dataset``: the rdflib dataset copied into a
  pyoxigraph store, then every shape checked there;
* **new, store**: ``validate_store`` on a pyoxigraph store already holding the
  dataset's named graphs (what a build that writes a store pays).

Validation timings are the best of ``--repeat`` runs; every figure is reported in
wall and CPU seconds of this process. The two paths must give the same report on each
graph (the script says so, or stops). The first corpus is ``data/sample``; the second
recombines its paragraphs (``run.py``'s ``recombined_corpus``), so its entities do not grow
with its size. Keep the second corpus small on a shared machine.

Last run (commit 23ed9f9, old path 3304f5e, ``python benchmarks/validation_cost.py``,
2 vCPU Intel Xeon, 23.5 GiB, Python 3.11.7, spaCy 3.8.18, rdflib 7.6.0, pyoxigraph
0.5.13; the machine was shared, load average 6-8, so wall times are inflated and
the CPU ratios are the ones to read; reports identical on both graphs; dataset and
store are the new path from an rdflib dataset and from a store):

| CPU s | triples | spaCy | old | dataset | store | old/spaCy | dataset/spaCy | store/spaCy |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| data/sample | 7,061 | 0.64 | 0.14 | 0.11 | 0.06 | 0.224 | 0.171 | 0.088 |
| recombined 50,000 | 123,929 | 12.25 | 2.43 | 2.08 | 0.89 | 0.198 | 0.170 | 0.072 |
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from run import REPO, SAMPLE, machine, recombined_corpus


def _validation_before(commit: str) -> ModuleType:
    """``caexpo_kg.rdf.validate`` as it was at ``commit``, imported beside today's."""
    source = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{commit}:src/caexpo_kg/validate.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    name = "caexpo_kg._validate_before"
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "caexpo_kg"  # its relative imports reach today's package
    sys.modules[name] = module
    exec(compile(source, f"{commit}:validate.py", "exec"), module.__dict__)
    return module


def _timed(run: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Best wall and CPU seconds of ``repeat`` runs, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        result = run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), result


def _store_of(dataset: Any) -> Any:
    """A pyoxigraph store holding the dataset's quads in their named graphs."""
    import pyoxigraph as ox

    from caexpo_kg.rdf import to_oxigraph

    store = ox.Store()
    store.bulk_extend(
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), to_oxigraph(g))
        for s, p, o, g in dataset.quads((None, None, None, None))
    )
    return store


def measure(label: str, paths: list[Path], model: str | None, before: ModuleType, repeat: int):
    from caexpo_kg.api import build_documents
    from caexpo_kg.extract.nlp import load_pipeline
    from caexpo_kg.rdf.validate import validate_dataset, validate_store
    from caexpo_kg.read.corpus import read_documents

    documents = list(read_documents(paths))
    texts = [d.text for d in documents]
    nlp = load_pipeline(model)
    for _ in nlp.pipe(texts[:16], batch_size=8):  # warm-up
        pass
    spacy_wall, spacy_cpu, _ = _timed(lambda: list(nlp.pipe(texts, batch_size=8)), 1)
    dataset = build_documents(documents, model=model, validate=False).dataset
    triples = len(set(dataset.store.triples((None, None, None), context=None)))
    old = _timed(lambda: before.validate_dataset(dataset), repeat)
    new = _timed(lambda: validate_dataset(dataset), repeat)
    store = _store_of(dataset)
    on_store = _timed(lambda: validate_store(store), repeat)
    reports = {"old": old[2], "new, dataset": new[2], "new, store": on_store[2]}
    texts_of = {name: report.text() for name, report in reports.items()}
    if len(set(texts_of.values())) != 1:
        sys.exit(f"{label}: the reports differ: {texts_of}")
    return {
        "corpus": label,
        "documents": len(documents),
        "words": sum(len(t.split()) for t in texts),
        "triples": triples,
        "violations": len(old[2].violations),
        "spacy": (spacy_wall, spacy_cpu),
        "old": old[:2],
        "new, dataset": new[:2],
        "new, store": on_store[:2],
    }


def table(rows: list[dict]) -> str:
    lines = [
        "| corpus | words | triples | spaCy s | old s | new (dataset) s | new (store) s"
        " | old / spaCy | new (dataset) / spaCy | new (store) / spaCy | old / new (dataset) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        for clock, index in (("wall", 0), ("CPU", 1)):
            spacy, old = row["spacy"][index], row["old"][index]
            new, store = row["new, dataset"][index], row["new, store"][index]
            lines.append(
                f"| {row['corpus']} ({clock}) | {row['words']:,} | {row['triples']:,}"
                f" | {spacy:.2f} | {old:.2f} | {new:.2f} | {store:.2f}"
                f" | {old / spacy:.3f} | {new / spacy:.3f} | {store / spacy:.3f}"
                f" | {old / new:.1f}x |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--words", type=int, default=50_000, help="second corpus size")
    parser.add_argument("--before", default="3304f5e", help="commit of the old path")
    parser.add_argument("--repeat", type=int, default=3, help="validation runs (best kept)")
    parser.add_argument("--model", default=None, help="spaCy model (default: the project's)")
    args = parser.parse_args()
    before = _validation_before(args.before)
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    rows = [measure("data/sample", [SAMPLE], args.model, before, args.repeat)]
    with tempfile.TemporaryDirectory() as workdir:
        corpus = Path(workdir) / "corpus.jsonl"
        recombined_corpus(args.words, corpus)
        label = f"recombined {args.words:,}"
        rows.append(measure(label, [corpus], args.model, before, args.repeat))
    print(f"machine: {machine()}")
    state = " (with uncommitted changes)" if dirty else ""
    print(f"commit: {commit}{state}; old path: {args.before}")
    print(f"command: python benchmarks/validation_cost.py {' '.join(sys.argv[1:])}".rstrip())
    found = ", ".join(str(row["violations"]) for row in rows)
    print(f"reports identical on every graph ({found} violations)")
    print(table(rows))


if __name__ == "__main__":
    main()
