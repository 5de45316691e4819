"""How long the graph verbs take on a graph file, end to end, this checkout against another.

``caexpo-kg query/stats/path GRAPH.ttl`` each read the whole file before answering; this
times each verb as a user runs it (a fresh ``python -m caexpo_kg`` process: start-up,
imports, reading the file, answering), alternating the two source trees run by run so
that both see the same machine load, and prints a Markdown table with the median of
each and their ratio.

Usage (from the repository root)::

    git archive 3304f5e | tar -x -C /tmp/before     # the tree to compare with
    python benchmarks/file_query.py --graph graph.ttl --before /tmp/before/src

Without ``--graph``, a graph is built first: ``--words`` words of the recombined sample
corpus (``run.recombined_corpus``; 78,000 words, 359 documents, give 192,547 triples) through
``caexpo-kg build -o --no-validate``. Without ``--before``, only this checkout is timed.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import commit as caexpo_kg_commit  # noqa: E402  (the main benchmark's descriptions)
from run import machine  # noqa: E402

#: How the measured graph was built: quiet, no SHACL check (what is timed is reading).
QUIETLY = ("-q", "--no-validate")
QUERY = "SELECT ?org ?label WHERE { ?org a ckg:Organisation ; rdfs:label ?label } LIMIT 20"


def verbs(graph: Path, a: str, b: str) -> dict[str, list[str]]:
    """The commands timed, by name (each a ``caexpo-kg`` argument list)."""
    return {
        "query": ["query", str(graph), QUERY],
        "stats": ["stats", str(graph), "--top", "5"],
        "path": ["path", str(graph), a, b, "-k", "2"],
    }


def run_once(args: list[str], source: Path | None) -> tuple[float, float]:
    """Wall and CPU seconds of one ``python -m caexpo_kg ARGS``; ``source`` goes first on
    the path. CPU time (user + system) is what a busy machine does not inflate."""
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source) + os.pathsep + env.get("PYTHONPATH", "")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-m", "caexpo_kg", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"caexpo-kg {' '.join(args)} failed: {done.stderr.strip()}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu


def parse_seconds(graph: Path, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of this checkout's reader alone (``rdf.load_store``):
    what a cached store beside the file could save at most."""
    from caexpo_kg.rdf import load_store

    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        load_store(graph)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def triples(graph: Path) -> int:
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(graph), format=ox.RdfFormat.TURTLE)
    return len(store)


def build_graph(words: int, folder: Path) -> Path:
    from run import recombined_corpus

    corpus, graph = folder / "corpus.jsonl", folder / "graph.ttl"
    made = recombined_corpus(words, corpus)
    print(
        f"building {made['documents']} documents ({made['words']} words) → {graph}", file=sys.stderr
    )
    subprocess.run(
        [sys.executable, "-m", "caexpo_kg", "build", str(corpus), "-o", str(graph), *QUIETLY],
        check=True,
    )
    return graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="a Turtle graph file (default: build one)")
    parser.add_argument("--words", type=int, default=78_000, help="corpus size if building")
    parser.add_argument("--before", type=Path, help="the src/ folder of the tree to compare")
    parser.add_argument("--runs", type=int, default=3, help="runs per verb and tree")
    parser.add_argument("--path-from", default="China-ASEAN Expo")
    parser.add_argument("--path-to", default="Nanning")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="caexpo-kg-file-query-") as folder:
        graph = options.graph or build_graph(options.words, Path(folder))
        trees: dict[str, Path | None] = {"after": None}
        if options.before is not None:
            trees = {"before": options.before.resolve(), "after": None}
        times: dict[tuple[str, str], list[tuple[float, float]]] = {}
        commands = verbs(graph, options.path_from, options.path_to)
        for name, args in commands.items():
            for _ in range(options.runs):  # alternate the trees: both see the same load
                for label, source in trees.items():
                    times.setdefault((name, label), []).append(run_once(args, source))

        # still inside: a graph built here lives in the temporary folder
        print(f"graph: {graph.name}, {triples(graph):,} triples, {graph.stat().st_size:,} bytes")
        print("machine: " + ", ".join(f"{key} {value}" for key, value in machine().items()))
        print(f"after: {caexpo_kg_commit()}")
        if options.before is not None:
            print(f"before: {options.before}")
        print(f"median of {options.runs} runs each, seconds, end to end (process start to exit)\n")
        columns = [f"{label} {kind}" for kind in ("wall", "CPU") for label in trees]
        if len(trees) > 1:
            columns += ["before / after (wall)", "before / after (CPU)"]
        print("| verb | " + " | ".join(columns) + " |")
        print("| --- |" + " --- |" * len(columns))
        for name in commands:
            wall = {label: statistics.median(w for w, _ in times[(name, label)]) for label in trees}
            cpu = {label: statistics.median(c for _, c in times[(name, label)]) for label in trees}
            cells = [f"{wall[label]:.2f}" for label in trees] + [
                f"{cpu[label]:.2f}" for label in trees
            ]
            if len(trees) > 1:
                cells += [f"{m['before'] / m['after']:.1f}×" for m in (wall, cpu)]
            print(f"| `{name}` | " + " | ".join(cells) + " |")
        wall, cpu = parse_seconds(graph, options.runs)
        print(f"\nafter, reading the file alone (rdf.load_store, in process): {wall:.2f} s wall,")
        print(f"{cpu:.2f} s CPU (median of {options.runs})")


if __name__ == "__main__":
    main()
