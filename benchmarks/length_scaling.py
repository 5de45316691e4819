"""Does extraction grow linearly with document length? One long document, two sizes.

    python benchmarks/length_scaling.py                    # N = 2,000 and 4,000 lines
    python benchmarks/length_scaling.py --sizes 1000 8000  # other sizes
    python benchmarks/length_scaling.py --profile 4000     # cProfile of our part at N

Each size is one document of N one-sentence news-like lines, made from templates
filled with varied names, numbers and years (one sentence repeated would flatter
spaCy's tokenizer cache, see ``../shared/PERF.md``). For each size, in one run,
side by side:

* **bare spaCy**: the model's own pipeline (``spacy.load``), nothing of ours;
* **ours**: what ``caexpo_kg.pipeline.document`` adds on top — our components
  (``caexpo_paragraphs``, ``caexpo_entities``, timed one by one inside our full
  pipeline) and :func:`caexpo_kg.pipeline.document.extract_doc` (resolve, relate, years);
* **build**: our whole pipeline plus ``extract_doc``, what a build pays per document.

It prints each size's seconds, the ratio of the largest size to the smallest for
each column (2.0 is linear when the sizes double), and our extraction as a share
of bare spaCy's time. ``--output PATH`` also writes that table (the last run's is
``benchmarks/LENGTH_SCALING.md``), ``--json PATH`` the raw figures. Timings are the best of
``--repeat`` runs, in CPU seconds of this process by default (``--clock wall`` for
elapsed time): on a shared machine elapsed time also counts the other users' work,
which moved the spaCy column alone by 1.7-3.8x between two sizes in one run. Keep
sizes small on a shared machine.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pstats
import random
import sys
import time
from datetime import date
from pathlib import Path

from run import commit, machine  # the same descriptions as the main benchmark

OUR_COMPONENTS = ("caexpo_paragraphs", "caexpo_entities")
CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}

# ------------------------------------------------------------------ the document
# Parts to build names from: combined at random, they give thousands of distinct
# people, firms, forums and initiatives, so a long document keeps meeting new names.
# fmt: off
_SURNAMES = ["Lim", "Tan", "Nguyen", "Wang", "Chen", "Sok", "Pham", "Liu", "Santos", "Reyes",
             "Wong", "Zhou", "Ong", "Tran", "Huang", "Siregar", "Rahman", "Vong", "Le", "Zhang"]
_GIVEN = ["Wei", "Ming", "Hoa", "Arif", "Mai", "Jun", "Dara", "Ana", "Kiet", "Lan", "Bao",
          "Nadia", "Rui", "Somchai", "Hui", "Tuan", "Farah", "Jia", "Vuthy", "Lina"]
_TITLES = ["Deputy Minister", "Chief Executive", "chairman", "Vice-Governor", "director",
           "Secretary-General", "Ambassador", "president"]
_FIRM_WORDS = ["Golden", "Mekong", "Lotus", "Jade", "Orchid", "River", "Summit", "Harbor",
               "Pearl", "Bamboo", "Coral", "Delta", "Monsoon", "Silk", "Tiger", "Lantern"]
_FIRM_ROOTS = ["Agro", "Logistics", "Rubber", "Solar", "Textile", "Digital", "Coffee",
               "Machinery", "Pharma", "Cement", "Fisheries", "Motors", "Telecom", "Timber"]
_FIRM_ENDS = ["Holdings", "Group", "Company", "Corporation", "Co. Ltd", "Industries"]
_TOPICS = ["Digital Economy", "Green Energy", "Agricultural Trade", "Port Logistics",
           "Cross-border E-commerce", "Tourism", "Healthcare", "Vocational Education",
           "Smart City", "Fintech", "Halal Food", "Rail Connectivity", "Media", "Maritime"]
_EVENT_HEADS = ["Forum", "Summit", "Conference", "Fair", "Expo", "Roundtable"]
_INITIATIVE_HEADS = ["Initiative", "Cooperation Programme", "Partnership Plan",
                     "Action Plan", "Framework"]
_CITIES = ["Nanning", "Kunming", "Hanoi", "Bangkok", "Jakarta", "Kuala Lumpur", "Manila",
           "Phnom Penh", "Vientiane", "Yangon", "Guangzhou", "Liuzhou", "Beihai", "Da Nang",
           "Cebu", "Surabaya", "Penang", "Chiang Mai", "Siem Reap", "Luang Prabang"]
_COUNTRIES = ["China", "Vietnam", "Thailand", "Indonesia", "Malaysia", "the Philippines",
              "Cambodia", "Laos", "Myanmar", "Brunei", "Singapore"]
_MONTHS = ["January", "March", "April", "June", "July", "September", "October", "November"]
_PRODUCTS = ["durian", "rubber gloves", "coffee beans", "solar panels", "rice", "software",
             "electric scooters", "handicrafts", "seafood", "bird's nest"]
_ORDINALS = ["first", "second", "third", "fifth", "seventh", "ninth", "10th", "12th", "15th",
             "17th", "18th", "20th", "21st", "22nd"]

_TEMPLATES = [
    "{person}, {title} of {firm}, attended the {ordinal} China-ASEAN {topic} {event} in {city}"
    " in {year}.",
    "{firm} exhibited {product} at the expo, and {firm2} signed {n} contracts there.",
    "The {ordinal} China-ASEAN {topic} {event} was held in {city} from {month} {day} to"
    " {month} {day2}.",
    "At the China-ASEAN {topic} {event}, {person} signed a deal with {firm}.",
    "{firm} and {firm2} launched the China-ASEAN {topic} {initiative} during the {ordinal}"
    " China-ASEAN Expo.",
    "The forum was co-organised by {firm} and the Ministry of Commerce of {country}.",
    "Last year, {n} firms from {country} took part in the fair, {person} told reporters.",
    "{person} said the {topic} {initiative} would benefit farmers in {country} from {year}.",
    "The following year, the {topic} {event} moved to {city}, the organisers said.",
    "She said {firm} planned to open an office in {city} next {month}.",
    "{firm}, based in {city}, joined the ASEAN Business Advisory Council in {year}.",
    "The {topic} {event}, held on the sidelines of the expo, drew {n} visitors on {month} {day}.",
    "Addressing the opening ceremony, {title} {person} praised the {ordinal} China-ASEAN Expo.",
    "Exhibitors such as {firm} and {firm2} filled Hall {hall} with {product}.",
]
# fmt: on


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_GIVEN)}{rng.choice(_GIVEN).lower()}"


def _firm(rng: random.Random) -> str:
    return f"{rng.choice(_FIRM_WORDS)} {rng.choice(_FIRM_ROOTS)} {rng.choice(_FIRM_ENDS)}"


def make_document(lines: int, *, seed: int = 14) -> str:
    """A headline, a dateline and ``lines`` one-sentence lines from the templates."""
    rng = random.Random(seed)
    body = ["China-ASEAN Expo draws firms from across the region", ""]
    for index in range(lines):
        template = rng.choice(_TEMPLATES)
        sentence = template.format(
            person=_person(rng),
            title=rng.choice(_TITLES),
            firm=_firm(rng),
            firm2=_firm(rng),
            ordinal=rng.choice(_ORDINALS),
            topic=rng.choice(_TOPICS),
            event=rng.choice(_EVENT_HEADS),
            initiative=rng.choice(_INITIATIVE_HEADS),
            city=rng.choice(_CITIES),
            country=rng.choice(_COUNTRIES),
            year=rng.randint(2004, 2025),
            month=rng.choice(_MONTHS),
            day=rng.randint(1, 14),
            day2=rng.randint(15, 28),
            product=rng.choice(_PRODUCTS),
            n=f"{rng.randint(2, 2_000):,}",
            hall=rng.randint(1, 12),
        )
        if index == 0:
            sentence = f"NANNING, Sept. 16 -- {sentence}"
        body.append(sentence[0].upper() + sentence[1:])
    return "\n".join(body) + "\n"


# ------------------------------------------------------------------ measuring
def _pipelines(model: str | None):
    """Bare spaCy (the model alone) and ours (the model with our components)."""
    import spacy

    from caexpo_kg.extract.nlp import load_pipeline, resolve_model

    ours = load_pipeline(model)
    name = resolve_model(model)
    bare = spacy.blank("en") if name == "blank" else spacy.load(name)
    if name == "blank":
        bare.add_pipe("sentencizer")
    return bare, ours


def _ours_once(ours, text: str, clock=time.process_time) -> tuple[dict[str, float], int]:
    """Our full pipeline, component by component, then ``extract_doc``: seconds of each."""
    from caexpo_kg.extract.nlp import model_name
    from caexpo_kg.model import Document
    from caexpo_kg.pipeline.document import _rules_version, extract_doc

    seconds: dict[str, float] = {}
    began = clock()
    doc = ours.make_doc(text)
    seconds["tokenizer"] = clock() - began
    for name, component in ours.pipeline:
        began = clock()
        doc = component(doc)
        seconds[name] = clock() - began
    document = Document(id="length-scaling", text=text, published=date(2025, 9, 20))
    began = clock()
    extraction = extract_doc(
        doc, document, model=model_name(ours), rules_version=_rules_version(ours)
    )
    seconds["extract_doc"] = clock() - began
    return seconds, len(extraction.relations)


def _best(run, repeat: int):
    """The fastest of ``repeat`` calls of ``run`` (which returns (seconds, extra))."""
    best = None
    for _ in range(repeat):
        gc.collect()
        result = run()
        if best is None or result[0] < best[0]:
            best = result
    return best


def measure(sizes: list[int], model: str | None, repeat: int, clock=time.process_time) -> dict:
    """Bare spaCy, our extraction and the whole build, for each size, in this process."""
    bare, ours = _pipelines(model)
    warm = make_document(50, seed=1)
    bare(warm)
    _ours_once(ours, warm)
    rows = []
    for size in sizes:
        text = make_document(size)
        bare.max_length = ours.max_length = max(ours.max_length, len(text) + 1)

        def run_bare(text=text):
            began = clock()
            doc = bare(text)
            return clock() - began, len(doc)

        def run_ours(text=text):
            parts, relations = _ours_once(ours, text, clock)
            extraction = parts["extract_doc"] + sum(parts.get(c, 0.0) for c in OUR_COMPONENTS)
            return extraction, (parts, relations)

        bare_seconds, tokens = _best(run_bare, repeat)
        ours_seconds, (parts, relations) = _best(run_ours, repeat)
        rows.append(
            {
                "lines": size,
                "tokens": tokens,
                "characters": len(text),
                "relations": relations,
                "bare_spacy_seconds": bare_seconds,
                "extraction_seconds": ours_seconds,
                "build_seconds": sum(parts.values()),
                "parts_seconds": parts,
                "extraction_share_of_spacy": ours_seconds / bare_seconds,
            }
        )
        _say(json.dumps({k: v for k, v in rows[-1].items() if k != "parts_seconds"}))
    small, large = rows[0], rows[-1]
    ratios = {
        column: large[column] / small[column]
        for column in ("bare_spacy_seconds", "extraction_seconds", "build_seconds")
    }
    return {
        "sizes": sizes,
        "rows": rows,
        "ratios": ratios,
        "pipeline": " + ".join(ours.pipe_names),
    }


def profile(size: int, model: str | None, top: int, clock=time.process_time) -> str:
    """cProfile of our components and ``extract_doc`` on one document of ``size`` lines."""
    _, ours = _pipelines(model)
    text = make_document(size)
    ours.max_length = max(ours.max_length, len(text) + 1)
    ours_names = set(OUR_COMPONENTS)
    doc = ours.make_doc(text)
    profiler = cProfile.Profile(clock)
    for name, component in ours.pipeline:
        if name in ours_names:
            profiler.enable()
        doc = component(doc)
        profiler.disable()
    from caexpo_kg.extract.nlp import model_name
    from caexpo_kg.model import Document
    from caexpo_kg.pipeline.document import _rules_version, extract_doc

    document = Document(id="length-scaling", text=text, published=date(2025, 9, 20))
    profiler.enable()
    extract_doc(doc, document, model=model_name(ours), rules_version=_rules_version(ours))
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return stream.getvalue()


# ------------------------------------------------------------------ reporting
def render(results: dict) -> str:
    m = results["machine"]
    sizes = results["sizes"]
    lines = [
        f"Run {results['date']} on commit {results['commit']} with"
        f" `python benchmarks/length_scaling.py {results['args']}`",
        f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['ram']} RAM; Python {m['python']},"
        f" spaCy {m['spacy']}; model `{results['model']}`; pipeline {results['pipeline']};"
        f" best of {results['repeat']}; {results['clock']} seconds.",
        "",
        "| lines | tokens | bare spaCy s | our extraction s | build s | extraction / spaCy |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in results["rows"]:
        lines.append(
            f"| {row['lines']:,} | {row['tokens']:,} | {row['bare_spacy_seconds']:.2f}"
            f" | {row['extraction_seconds']:.2f} | {row['build_seconds']:.2f}"
            f" | {row['extraction_share_of_spacy']:.1%} |"
        )
    ratios = results["ratios"]
    lines += [
        "",
        f"Ratio {sizes[-1]:,} / {sizes[0]:,} lines: bare spaCy"
        f" {ratios['bare_spacy_seconds']:.2f}x, our extraction"
        f" {ratios['extraction_seconds']:.2f}x, build {ratios['build_seconds']:.2f}x"
        f" (linear: {sizes[-1] / sizes[0]:.2f}x).",
        "",
        "Our part, by step (seconds, largest size): "
        + ", ".join(
            f"{name} {seconds:.2f}"
            for name, seconds in results["rows"][-1]["parts_seconds"].items()
            if name in OUR_COMPONENTS or name == "extract_doc"
        ),
    ]
    return "\n".join(lines)


def _model_name(model: str | None) -> str:
    """The pipeline the run loads: the one named, else the package's default."""
    from caexpo_kg.extract.nlp import resolve_model

    return resolve_model(model)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[2_000, 4_000], help="lines per document"
    )
    parser.add_argument("--model", help="spaCy pipeline (default: the package's default)")
    parser.add_argument("--repeat", type=int, default=1, help="best of this many runs")
    parser.add_argument(
        "--clock", choices=sorted(CLOCKS), default="cpu", help="CPU time of this process, or wall"
    )
    parser.add_argument("--profile", type=int, metavar="LINES", help="profile our part instead")
    parser.add_argument("--top", type=int, default=25, help="functions a profile lists")
    parser.add_argument("--output", type=Path, help="also write the table here (Markdown)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if any(size < 1 for size in args.sizes) or args.repeat < 1:
        parser.error("sizes and --repeat must be positive")
    if args.profile:
        print(profile(args.profile, args.model, args.top, CLOCKS[args.clock]))
        return 0
    results = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": commit(),
        "args": " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": machine(),
        "model": _model_name(args.model),
        "repeat": args.repeat,
        "clock": args.clock,
        **measure(sorted(args.sizes), args.model, args.repeat, CLOCKS[args.clock]),
    }
    table = render(results)
    print(table)
    if args.output:
        args.output.write_text(f"# Length scaling\n\n{table}\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
