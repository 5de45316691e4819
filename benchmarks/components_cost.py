"""Does a spaCy component earn its time? Scores with it disabled, beside scores with it.

    python benchmarks/components_cost.py lemmatizer      # scores without the lemmatizer
    python benchmarks/components_cost.py                 # scores with the full pipeline

Runs ``caexpo-kg evaluate`` in this process on the pipeline the build loads (cached per
process), with the named components disabled, over our sample gold, our blind batches
and (where the folder is there) the development gold in ``../shared/eval``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent


def main(disabled: list[str]) -> None:
    if any(name.startswith("-") for name in disabled):
        print(__doc__.strip())
        raise SystemExit(0 if disabled in (["-h"], ["--help"]) else 2)
    from caexpo_kg.cli import main as cli
    from caexpo_kg.extract.nlp import load_pipeline

    nlp = load_pipeline(None)
    unknown = [name for name in disabled if name not in nlp.component_names]
    if unknown:
        raise SystemExit(
            f"components_cost.py: no component {', '.join(unknown)} in the pipeline"
            f" (it has: {', '.join(nlp.component_names)})"
        )
    for name in disabled:
        nlp.disable_pipe(name)
    print("pipeline:", " + ".join(nlp.pipe_names), "| disabled:", ", ".join(disabled) or "-")
    shared = REPO.parent / "shared" / "eval"
    sets = {
        "seed + dev": [shared / "seed.gold.json", *sorted((shared / "dev").glob("*.gold.json"))],
        "sample": sorted((REPO / "data" / "gold").glob("*.gold.json")),
        # the released batches only: the held-out ones are never scored for tuning
        "blind 01-36": sorted(
            f
            for pattern in (
                "batch-0*/*.gold.json",
                "batch-1[0-9]/*.gold.json",
                "batch-2[0-9]/*.gold.json",
                "batch-3[0-6]/*.gold.json",
            )
            for f in (REPO / "data" / "blind").glob(pattern)
        ),
    }
    for label, files in sets.items():
        files = [f for f in files if f.exists()]
        if not files:
            continue
        output = CliRunner().invoke(cli, ["evaluate", *map(str, files)]).output
        entities, relations = output.strip().splitlines()[-2:]
        print(f"{label}: {' '.join(entities.split())} | {' '.join(relations.split())}")


if __name__ == "__main__":
    main(sys.argv[1:])
