"""caexpo-kg benchmarks: build throughput against bare spaCy, memory, query latency.

    python benchmarks/run.py            # the full run (>= 1 million words; long on 2 cores)
    python benchmarks/run.py --quick    # a smoke run of the same steps (seconds)

One run reports:

1. throughput — bare spaCy ``nlp.pipe`` (the same pipeline, our components
   included) and ``caexpo-kg build --store`` (the same process, the same texts),
   words per second each and their ratio;
2. peak memory of a whole ``build --store`` at 1x and 4x a corpus (each in its
   own subprocess, ``ru_maxrss``);
3. latency of the named queries (``queries/*.rq``) on the Oxigraph store built in
   step 1, on disk, against rdflib in memory holding >= 1 million of its quads.

The corpus is made by recombining the paragraphs of ``data/sample`` into new
articles, shuffled (so the tokenizer cache cannot flatter us, see PERF.md), and
written as JSON Lines. Results go to ``benchmarks/RESULTS.md`` (``--output``).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "data" / "sample"
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


# ------------------------------------------------------------------ the corpus
def _paragraphs() -> list[tuple[str, str]]:
    """(published date, paragraph) of every sample article."""
    found = []
    for path in sorted(SAMPLE.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        published = ""
        match = FRONT_MATTER.match(text)
        if match:
            for line in match.group(1).splitlines():
                if line.startswith("published:"):
                    published = line.split(":", 1)[1].strip().strip("'\"")
            text = text[match.end() :]
        for paragraph in re.split(r"\n\s*\n", text):
            paragraph = paragraph.strip()
            if paragraph and not paragraph.startswith("#"):
                found.append((published, paragraph))
    return found


def make_corpus(words: int, path: Path, *, seed: int = 13) -> tuple[int, int]:
    """Write a JSON Lines corpus of at least ``words`` words; return (documents, words)."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    total = documents = 0
    with path.open("w", encoding="utf-8") as stream:
        while total < words:
            rng.shuffle(paragraphs)
            start = 0
            while start < len(paragraphs) and total < words:
                size = rng.randint(4, 9)
                chosen = paragraphs[start : start + size]
                start += size
                text = "\n\n".join(p for _, p in chosen)
                documents += 1
                total += len(text.split())
                record = {"id": f"bench-{documents:07d}", "text": text, "published": chosen[0][0]}
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return documents, total


# ------------------------------------------------------------------ measuring
def throughput(corpus: Path, store_dir: Path, model: str | None) -> dict:
    """Bare ``nlp.pipe`` and ``build --store`` over the same texts, in this process."""
    from caexpo_kg.builder import Builder, StoreSink
    from caexpo_kg.extract.nlp import load_pipeline
    from caexpo_kg.read.corpus import read_documents

    nlp = load_pipeline(model)
    texts = [d.text for d in read_documents([corpus])]
    words = sum(len(t.split()) for t in texts)
    for _ in nlp.pipe(texts[:16], batch_size=8):  # warm-up (lazy loading, caches)
        pass
    gc.collect()
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=8):
        pass
    bare = time.perf_counter() - start
    del texts
    gc.collect()
    start = time.perf_counter()
    report = Builder(model=model).build(read_documents([corpus]), StoreSink(store_dir))
    built = time.perf_counter() - start
    return {
        "words": words,
        "documents": report.documents,
        "quads": report.quads,
        "entities": report.entities,
        "bare_seconds": bare,
        "build_seconds": built,
        "bare_wps": words / bare,
        "build_wps": words / built,
        "ratio": bare / built,
        "pipeline": " + ".join(nlp.pipe_names),
    }


def peak_memory(words: int, model: str | None, workdir: Path) -> dict:
    """A whole ``build --store`` of a ``words``-word corpus in a fresh process: its peak RSS."""
    corpus = workdir / f"memory-{words}.jsonl"
    documents, actual = make_corpus(words, corpus, seed=words)
    command = [sys.executable, __file__, "--_memory-child", str(corpus), str(workdir / f"m{words}")]
    if model:
        command += ["--model", model]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result = json.loads(output.strip().splitlines()[-1])
    return {"words": actual, "documents": documents, **result}


def _memory_child(corpus: str, store_dir: str, model: str | None) -> None:
    from caexpo_kg.builder import Builder, StoreSink
    from caexpo_kg.read.corpus import read_documents

    start = time.perf_counter()
    report = Builder(model=model).build(read_documents([Path(corpus)]), StoreSink(store_dir))
    peak_kib = _peak_kib()
    seconds = time.perf_counter() - start
    print(json.dumps({"peak_mib": peak_kib / 1024, "seconds": seconds, "quads": report.quads}))


def _peak_kib() -> int:
    """This process's peak RSS. ``VmHWM`` belongs to the process's own memory map:
    ``ru_maxrss`` would report the forking parent's peak, inherited across exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


class _Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Timeout


def query_latency(store_dir: Path, limit: float, repeats: int, target: int = 1_000_000) -> dict:
    """Each named query on the Oxigraph store of step 1, on disk, as ``caexpo-kg query
    --store`` runs it (its default graph the union of the store's graphs), and on rdflib
    in memory holding at least ``target`` of the store's quads: the entity and inferred
    graphs (all a named query reads) and whole document graphs."""
    import pyoxigraph as ox
    from rdflib import BNode, Dataset, Literal, URIRef

    from caexpo_kg.query.sparql import PREFIXES, named_queries
    from caexpo_kg.sink.store import GraphStore

    store = GraphStore(store_dir, read_only=True)
    queries = {name: path.read_text(encoding="utf-8") for name, path in named_queries().items()}
    if not queries:  # fall back to representative queries of our own
        queries = FALLBACK_QUERIES
    graphs = sorted(
        store.oxigraph.named_graphs(),
        key=lambda g: ("/graph/document/" in g.value, g.value),  # entities, inferred first
    )
    named: dict = {}

    def term(t):
        if isinstance(t, ox.NamedNode):
            node = named.get(t.value)
            if node is None:
                node = named[t.value] = URIRef(t.value)
            return node
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, lang=t.language)
            return Literal(t.value, datatype=term(t.datatype))
        return BNode(t.value)

    # Oxigraph first, before rdflib's million Python objects exist. Both engines are timed
    # as timeit times: the garbage collector off during each run (collected before the
    # runs, not right before each: that leaves caches cold and added ~0.5 ms to every
    # Oxigraph query, measured).
    oxigraph: dict[str, tuple[int, float]] = {}
    for name, text in queries.items():
        timings, answers = [], 0
        gc.collect()
        for _ in range(repeats):
            gc.disable()
            try:
                start = time.perf_counter()
                answers = sum(1 for _ in store.query(text, prefixes=PREFIXES))
                timings.append(time.perf_counter() - start)
            finally:
                gc.enable()
        oxigraph[name] = (answers, min(timings))

    start = time.perf_counter()
    dataset = Dataset(default_union=True)
    loaded = 0
    for graph in graphs:
        if loaded >= target:
            break
        context = dataset.graph(URIRef(graph.value))
        quads = store.oxigraph.quads_for_pattern(None, None, None, graph)
        before = len(context)
        context.addN((term(q.subject), term(q.predicate), term(q.object), context) for q in quads)
        loaded += len(context) - before
    rdflib_load = time.perf_counter() - start
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)

    rows = {}
    for name, text in queries.items():
        answers, oxigraph_seconds = oxigraph[name]
        rdflib_timings, rdflib_answers, timed_out = [], None, False
        signal.signal(signal.SIGALRM, _alarm)
        gc.collect()
        for _ in range(repeats):
            gc.disable()
            signal.setitimer(signal.ITIMER_REAL, limit)
            start = time.perf_counter()
            try:
                rdflib_answers = sum(1 for _ in dataset.query(text))
                rdflib_timings.append(time.perf_counter() - start)
            except _Timeout:
                timed_out = True
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                gc.enable()
        rdflib_seconds = limit if timed_out else min(rdflib_timings)
        rows[name] = {
            "rows": answers,
            "rdflib_rows": rdflib_answers,
            "oxigraph_seconds": oxigraph_seconds,
            "rdflib_seconds": rdflib_seconds,
            "rdflib_timed_out": timed_out,
            "speedup": rdflib_seconds / max(oxigraph_seconds, 1e-6),
        }
    return {
        "quads": loaded,
        "store_quads": len(store.oxigraph),
        "rdflib_load_seconds": rdflib_load,
        "queries": rows,
    }


FALLBACK_QUERIES = {
    "count-by-predicate": "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
    "editions-and-years": (
        "SELECT ?e ?y WHERE { ?e ckg:editionOf ?s ; ckg:inYear ?yn . ?yn rdfs:label ?y }"
    ),
    "label-regex": 'SELECT ?s WHERE { ?s rdfs:label ?l FILTER(REGEX(?l, "expo", "i")) }',
}


# ------------------------------------------------------------------ reporting
def machine() -> dict:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    import pyoxigraph
    import rdflib
    import spacy

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram": ram,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "rdflib": rdflib.__version__,
        "pyoxigraph": pyoxigraph.__version__,
    }


def render(results: dict) -> str:
    m, t, q = results["machine"], results["throughput"], results["queries"]
    one, four = results["memory"]
    lines = [
        "# Benchmark results",
        "",
        f"Run {results['date']} with `python benchmarks/run.py {results['args']}`"
        f" ({results['seconds'] / 60:.1f} min in all).",
        "",
        f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['ram']} RAM; Python {m['python']},"
        f" spaCy {m['spacy']}, rdflib {m['rdflib']}, pyoxigraph {m['pyoxigraph']};"
        f" model `{results['model']}`; pipeline {t['pipeline']}.",
        "",
        "## Throughput (one process, the same texts, side by side)",
        "",
        f"Corpus: {t['documents']:,} articles, {t['words']:,} words, recombined from the"
        " paragraphs of `data/sample` (shuffled).",
        "",
        "| | seconds | words/s |",
        "| --- | ---: | ---: |",
        f"| bare spaCy `nlp.pipe` (batch 8) | {t['bare_seconds']:.1f} | {t['bare_wps']:,.0f} |",
        f"| `caexpo-kg build --store` | {t['build_seconds']:.1f} | {t['build_wps']:,.0f} |",
        "",
        f"**Ratio build / bare spaCy: {t['ratio']:.2f}** (target >= 0.80). The build"
        f" wrote {t['quads']:,} quads ({t['entities']:,} entities) into the store.",
        "",
        "## Peak memory of a whole build (fresh process each, peak RSS `VmHWM`)",
        "",
        "| corpus | articles | words | peak RSS | seconds |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| 1x | {one['documents']:,} | {one['words']:,} | {one['peak_mib']:.0f} MiB"
        f" | {one['seconds']:.0f} |",
        f"| 4x | {four['documents']:,} | {four['words']:,} | {four['peak_mib']:.0f} MiB"
        f" | {four['seconds']:.0f} |",
        "",
        f"**4x / 1x: {four['peak_mib'] / one['peak_mib']:.2f}** (target <= 1.2).",
        "",
        f"## Named queries: the store on disk against rdflib in memory at {q['quads']:,} quads",
        "",
        f"Oxigraph: the store built above ({q['store_quads']:,} quads), on disk, queried as"
        " `caexpo-kg query --store` does (the default graph is the union of its graphs)."
        " rdflib: a `Dataset` in memory (union default graph)"
        f" holding {q['quads']:,} of the store's quads — the entity and inferred graphs, all"
        " a named query reads, and whole document graphs (loaded in"
        f" {q['rdflib_load_seconds']:.0f} s). Each: best of {results['repeats']} runs, timed"
        " as `timeit` times (the garbage collector off during a run); rdflib"
        f" stopped after {results['limit']:.0f} s (a stopped query's speed-up is a lower"
        " bound). "
        + (
            "Both gave the same number of rows for every query."
            if all(
                r["rows"] == r["rdflib_rows"]
                for r in q["queries"].values()
                if not r["rdflib_timed_out"]
            )
            else "**The two gave different numbers of rows** (see results.json)."
        ),
        "",
        "| query | rows | Oxigraph s | rdflib s | speed-up |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, row in q["queries"].items():
        rdflib_cell = (
            f"> {row['rdflib_seconds']:.0f}"
            if row["rdflib_timed_out"]
            else f"{row['rdflib_seconds']:.2f}"
        )
        speedup = ("> " if row["rdflib_timed_out"] else "") + f"{row['speedup']:,.0f}x"
        seconds = f"{row['oxigraph_seconds']:.3f}"
        lines.append(f"| {name} | {row['rows']:,} | {seconds} | {rdflib_cell} | {speedup} |")
    lines += ["", "Raw figures: `benchmarks/results.json`.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small smoke run")
    parser.add_argument("--words", type=int, help="throughput corpus size (default 1,000,000)")
    parser.add_argument("--memory-words", type=int, help="the 1x memory corpus (default 100,000)")
    parser.add_argument("--model", help="spaCy pipeline (default: the package's default)")
    parser.add_argument("--limit", type=float, help="rdflib time limit per query, seconds")
    parser.add_argument("--output", type=Path, default=REPO / "benchmarks" / "RESULTS.md")
    parser.add_argument("--_memory-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._memory_child:
        _memory_child(*args._memory_child, args.model)
        return 0
    words = args.words or (3_000 if args.quick else 1_000_000)
    memory_words = args.memory_words or (1_500 if args.quick else 100_000)
    limit = args.limit or (10.0 if args.quick else 120.0)
    repeats = 1 if args.quick else 20
    began = time.perf_counter()
    results: dict = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "args": " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": machine(),
        "model": args.model or "default",
        "limit": limit,
        "repeats": repeats,
    }
    with tempfile.TemporaryDirectory(prefix="caexpo-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        make_corpus(words, corpus)
        _say(f"throughput on {words:,} words ...")
        results["throughput"] = throughput(corpus, work / "store", args.model)
        _say(json.dumps(results["throughput"]))
        results["memory"] = []
        for size in (memory_words, 4 * memory_words):
            _say(f"peak memory at {size:,} words ...")
            results["memory"].append(peak_memory(size, args.model, work))
            _say(json.dumps(results["memory"][-1]))
        _say("named queries ...")
        results["queries"] = query_latency(work / "store", limit, repeats)
    results["seconds"] = time.perf_counter() - began
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(results), encoding="utf-8")
    args.output.with_name("results.json").write_text(json.dumps(results, indent=2) + "\n")
    _say(f"wrote {args.output}")
    return 0


def _say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
