"""What extraction costs on top of spaCy, on a news-like corpus, in one process (issue 14).

    python benchmarks/news_corpus.py --words 60000 --seed 13 -o /tmp/news60.jsonl
    python benchmarks/extraction_cost.py /tmp/news60.jsonl             # first 150 documents
    python benchmarks/extraction_cost.py /tmp/news60.jsonl --profile   # cProfile of our part
    PYTHONPATH=other/src python benchmarks/extraction_cost.py ...      # another checkout

``length_scaling.py`` asks the same of one long document; this asks it of many news-sized
ones, as a build meets them. Every document is parsed afresh (spaCy's and our
components, one component at a time over the whole list, batched as ``nlp.pipe`` batches),
then each goes through :func:`caexpo_kg.pipeline.document.extract_doc` (resolve, relate,
years and, as the build does by default, the two learned filters). It prints the CPU
seconds of this process for spaCy's own components (tokenizer included), for ours
(``caexpo_paragraphs``, ``caexpo_entities``) and for ``extract_doc``, and the last two as
shares of spaCy's. ``--profile`` profiles our part (our components and ``extract_doc``)
instead and prints the top functions by own time and by cumulative time, then the own
time summed by module and the cumulative time of each relation rule (what ``run_rules``
calls) and of each pass of the entity component (what ``_recognise`` calls): the profile
is flat, and a cost spread over many small functions shows only when grouped.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import commit, machine  # the same descriptions as the main benchmark

OUR_COMPONENTS = ("caexpo_paragraphs", "caexpo_entities")


def _documents(path: Path, limit: int):
    from caexpo_kg.read.corpus import read_documents

    documents = []
    for document in read_documents([path]):
        documents.append(document)
        if len(documents) == limit:
            break
    return documents


def measure(documents, model: str | None, batch_size: int, profiler=None) -> dict:
    """Parse ``documents`` afresh component by component, then ``extract_doc`` each."""
    from caexpo_kg import defaults
    from caexpo_kg.extract.nlp import load_pipeline, model_name
    from caexpo_kg.pipeline.document import _rules_version, extract_doc

    nlp = load_pipeline(model)
    name, version = model_name(nlp), _rules_version(nlp)
    # Warm up: the first call of each component loads tables and compiles patterns.
    warm = documents[0]
    extract_doc(nlp(warm.text), warm, model=name, rules_version=version)
    gc.collect()

    ours = set(OUR_COMPONENTS)
    seconds: dict[str, float] = {}
    clock = time.process_time
    began = clock()
    docs = [nlp.make_doc(document.text) for document in documents]
    seconds["tokenizer"] = clock() - began
    for component_name, component in nlp.pipeline:
        watched = profiler is not None and component_name in ours
        if watched:
            profiler.enable()
        began = clock()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(doc) for doc in docs]
        seconds[component_name] = clock() - began
        if watched:
            profiler.disable()
    relations = 0
    if profiler is not None:
        profiler.enable()
    began = clock()
    for doc, document in zip(docs, documents, strict=True):
        extraction = extract_doc(
            doc,
            document,
            model=name,
            rules_version=version,
            learned_entities=defaults.LEARNED_ENTITIES,
        )
        relations += len(extraction.relations)
    seconds["extract_doc"] = clock() - began
    if profiler is not None:
        profiler.disable()
    spacy_seconds = sum(s for n, s in seconds.items() if n not in ours and n != "extract_doc")
    ours_seconds = sum(seconds.get(n, 0.0) for n in OUR_COMPONENTS)
    return {
        "documents": len(documents),
        "tokens": sum(len(doc) for doc in docs),
        "relations": relations,
        "pipeline": " + ".join(nlp.pipe_names),
        "seconds": seconds,
        "spacy_seconds": spacy_seconds,
        "components_seconds": ours_seconds,
        "extract_doc_seconds": seconds["extract_doc"],
        "components_share": ours_seconds / spacy_seconds,
        "extract_doc_share": seconds["extract_doc"] / spacy_seconds,
        "extraction_share": (ours_seconds + seconds["extract_doc"]) / spacy_seconds,
    }


def _place(filename: str) -> str:
    """A profiled function's module: its path inside ``caexpo_kg``, else its package."""
    if "caexpo_kg/" in filename:
        return filename.rsplit("caexpo_kg/", 1)[1]
    if filename == "~":
        return "(built-in)"
    parts = filename.replace("\\", "/").split("/")
    return next((part for part in parts if part in ("spacy", "thinc", "numpy")), parts[-1])


def grouped(stats: pstats.Stats, top: int) -> str:
    """Own time by module, and the cumulative time of what each of two drivers calls
    (the relation rules under ``run_rules``, the entity passes under ``_recognise``), as
    lines of text: the profile's totals, grouped so that a family of small calls shows."""
    raw = stats.stats  # type: ignore[attr-defined]  # {(file, line, name): (cc, nc, tt, ct, callers)}
    total = sum(entry[2] for entry in raw.values()) or 1.0
    by_module: dict[str, float] = {}
    for (filename, _, _), entry in raw.items():
        module = _place(filename)
        by_module[module] = by_module.get(module, 0.0) + entry[2]
    lines = [f"own time by module (of {total:.2f} s profiled):"]
    for module, seconds in sorted(by_module.items(), key=lambda item: -item[1])[:top]:
        lines.append(f"  {seconds:8.3f} {seconds / total:6.1%}  {module}")
    for driver in ("run_rules", "_recognise"):
        callers = [key for key in raw if key[2] == driver and "caexpo_kg" in key[0]]
        if not callers:
            continue
        called = sorted(
            (
                (entry[4][caller][3], f"{_place(key[0])}:{key[1]}({key[2]})")
                for key, entry in raw.items()
                for caller in callers
                if caller in entry[4]
            ),
            reverse=True,
        )
        inside = sum(raw[caller][3] for caller in callers) or 1.0
        lines.append(f"cumulative time of what {driver} calls (of {inside:.2f} s in it):")
        for seconds, name in called[:top]:
            lines.append(f"  {seconds:8.3f} {seconds / inside:6.1%}  {name}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="a JSON Lines corpus (news_corpus.py)")
    parser.add_argument("--documents", type=int, default=150, help="first N documents")
    parser.add_argument("--model", help="spaCy pipeline (default: the package's default)")
    parser.add_argument("--batch-size", type=int, default=8, help="as the build's nlp.pipe")
    parser.add_argument("--profile", action="store_true", help="cProfile our part")
    parser.add_argument("--top", type=int, default=30, help="functions a profile lists")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)

    documents = _documents(args.corpus, args.documents)
    if not documents:
        parser.error(f"no documents in {args.corpus}")
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    result = measure(documents, args.model, args.batch_size, profiler)
    m = machine()
    result.update(commit=commit(), machine=m, corpus=str(args.corpus))
    print(
        f"commit {result['commit']}; {m['nproc']} CPUs ({m['cpu']}); {result['pipeline']};"
        f" {result['documents']} documents, {result['tokens']:,} tokens,"
        f" {result['relations']:,} relations; CPU seconds"
    )
    print("  " + ", ".join(f"{name} {secs:.2f}" for name, secs in result["seconds"].items()))
    print(
        f"  spaCy {result['spacy_seconds']:.2f} | our components"
        f" {result['components_seconds']:.2f} ({result['components_share']:.1%})"
        f" | extract_doc {result['extract_doc_seconds']:.2f}"
        f" ({result['extract_doc_share']:.1%}) | extraction / spaCy"
        f" {result['extraction_share']:.1%}"
    )
    if profiler is not None:
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)
        print(stream.getvalue())
        print(grouped(stats, args.top))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
