"""Fuzz the reader and the extractor with atheris (not part of pytest; see fuzz/run.sh).

Each input is split by its first byte into a file *kind* (``.txt``, ``.md``, ``.jsonl``,
``.html``) and raw bytes. The bytes are written to a file of that kind and read with
:func:`caexpo_kg.corpus.read_file`; every document read goes through the model-free
pipeline and into RDF, which must serialise and parse back in pyoxigraph with every
mention's anchor equal to the text at its offsets.

Allowed outcomes: documents, a warning, or :class:`caexpo_kg.errors.CaexpoError`.
Anything else (an uncaught exception, a mismatch) is a finding.

    python fuzz/fuzz_extract.py -max_total_time=60 fuzz/corpus
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

import atheris
import pyoxigraph

# Only our own code is instrumented (spaCy, rdflib and the rest would take minutes).
with atheris.instrument_imports(include=["caexpo_kg"]):
    from caexpo_kg.api import build_documents
    from caexpo_kg.corpus import read_file
    from caexpo_kg.errors import CaexpoError
    from caexpo_kg.vocab import NIF

logging.getLogger("caexpo_kg").setLevel(logging.CRITICAL)  # warnings are expected here

SUFFIXES = (".txt", ".md", ".jsonl", ".html")
WORKDIR = Path(tempfile.mkdtemp(prefix="caexpo-fuzz-"))


def check(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    path = WORKDIR / f"input{suffix}"
    path.write_bytes(data[1:])
    try:
        documents = list(read_file(path))
    except CaexpoError:
        return
    if not documents:
        return
    kg = build_documents(documents, model="blank")
    nquads = kg.serialize("nquads")
    quads = list(pyoxigraph.parse(nquads, pyoxigraph.RdfFormat.N_QUADS))
    texts = {d.id: d.text for d in documents}
    anchors = {}
    offsets: dict[str, list[int]] = {}
    contexts = {}
    for quad in quads:
        subject, predicate = quad.subject.value, quad.predicate.value
        if predicate == str(NIF.anchorOf):
            anchors[subject] = quad.object.value
        elif predicate in (str(NIF.beginIndex), str(NIF.endIndex)) and "#char=" in subject:
            offsets.setdefault(subject, []).append(int(quad.object.value))
        elif predicate == str(NIF.isString):
            contexts[subject.split("#", 1)[0]] = quad.object.value
    assert set(contexts.values()) <= set(texts.values()), "a context text changed on the way"
    for phrase, anchor in anchors.items():
        begin, end = (int(x) for x in phrase.rsplit("#char=", 1)[1].split(","))
        text = contexts[phrase.split("#", 1)[0]]
        assert text[begin:end] == anchor, (phrase, anchor, text[begin:end])
        assert sorted(offsets[phrase]) == [begin, end]


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
