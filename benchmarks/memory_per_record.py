"""Peak memory per record: ``build -o`` against ``build --store`` on tiny JSON Lines records.

    python benchmarks/memory_per_record.py                     # 2,000 and 20,000 records
    python benchmarks/memory_per_record.py --records 500 5000 --model blank

Each build runs in a fresh process (its peak RSS is ``VmHWM``, see ``run.py``) on a
corpus of one-sentence records written in our own words. It prints, per sink, the
peak at each size, the memory each extra record costs, and the ratio of the peaks;
a flat build costs a few KB per record whatever the size.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import _peak_kib  # the one place that knows how to read a child's own peak

SENTENCES = (
    "Nanning hosted trade talk number {i} between China and ASEAN members.",
    "The {n}th China-ASEAN Expo opened in Nanning in 2015, officials from Vietnam said.",
    "Thailand and Malaysia signed agreement {i} at the China-ASEAN Business Summit.",
)


def write_records(count: int, path: Path) -> None:
    """``count`` one-sentence records, each with its own id and date."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = SENTENCES[i % len(SENTENCES)].format(i=i, n=i % 20 + 1)
            record = {"id": f"r{i}", "text": text, "published": "2015-09-18"}
            out.write(json.dumps(record) + "\n")


def measure(corpus: Path, sink: str, model: str | None, workdir: Path) -> dict:
    """Build ``corpus`` into ``sink`` (``-o`` or ``--store``) in a fresh process."""
    target = workdir / ("out.nq" if sink == "-o" else f"store-{corpus.stem}")
    args = ["build", str(corpus), sink, str(target), "-q"] + (["--model", model] if model else [])
    command = [sys.executable, __file__, "--_child", json.dumps(args)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def _child(args: list[str]) -> None:
    from caexpo_kg.cli import main

    start = time.perf_counter()
    try:
        main(args, standalone_mode=False)
    except SystemExit as err:  # exit 5 (documents held back) still wrote the graph
        if err.code not in (0, 5, None):
            raise
    seconds = time.perf_counter() - start
    print(json.dumps({"peak_mib": _peak_kib() / 1024, "seconds": seconds}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, nargs=2, default=[2_000, 20_000])
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the English one)")
    parser.add_argument("--sinks", nargs="+", default=["-o", "--store"])
    parser.add_argument("--_child", dest="child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        _child(json.loads(options.child))
        return
    small, large = options.records
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    print(f"# {platform.node()} {platform.processor() or platform.machine()}, commit {commit}")
    print(f"# python {' '.join(sys.argv)}")
    with tempfile.TemporaryDirectory(prefix="caexpo-memory-") as tmp:
        workdir = Path(tmp)
        corpora = {}
        for count in (small, large):
            corpora[count] = workdir / f"records-{count}.jsonl"
            write_records(count, corpora[count])
        print("| sink | records | peak MiB | seconds |")
        print("| --- | --- | --- | --- |")
        rows = {}
        for sink in options.sinks:  # side by side: each size of one sink, then the next
            for count in (small, large):
                result = measure(corpora[count], sink, options.model, workdir)
                rows[sink, count] = result
                print(
                    f"| {sink} | {count:,} | {result['peak_mib']:.0f} | {result['seconds']:.1f} |"
                )
        print()
        for sink in options.sinks:
            low, high = rows[sink, small], rows[sink, large]
            per_record = (high["peak_mib"] - low["peak_mib"]) * 1024 / (large - small)
            ratio = high["peak_mib"] / low["peak_mib"]
            sizes = f"{large:,}/{small:,}"
            print(f"{sink}: {per_record:.1f} KiB per extra record; peak {sizes} = {ratio:.2f}")


if __name__ == "__main__":
    main()
