"""Fuzz the reader and the extractor with atheris (not part of pytest; see fuzz/run.sh).

Each input is split by its first byte into a file *kind* (``.txt``, ``.md``, ``.jsonl``,
``.html``, or a *hostile* ``.jsonl``) and raw bytes. The bytes are written to a file of
that kind and read with :func:`caexpo_kg.read.corpus.read_file`; every document read goes
through the model-free pipeline and into RDF, which must serialise and parse back in
pyoxigraph (and RDF/XML in a strict XML parser) with every mention's anchor equal to the
text at its offsets.

A hostile ``.jsonl`` is made line by line from the bytes: each chunk's first byte picks
a good record, a lone surrogate, JSON nested thousands deep, control characters and
terminal escapes, or raw bytes; every good record must be read, in order, whatever
lies between. The character limit is lowered to 2,000 so "huge documents" cost little.

Allowed outcomes: documents, a warning, or :class:`caexpo_kg.errors.CaexpoError`.
Anything else (an uncaught exception, a mismatch) is a finding.

    python fuzz/fuzz_extract.py -max_total_time=60 fuzz/corpus
"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
import xml.dom.minidom
from pathlib import Path

import atheris
import pyoxigraph

# Only our own code is instrumented (spaCy, rdflib and the rest would take minutes).
with atheris.instrument_imports(include=["caexpo_kg"]):
    from caexpo_kg.api import build_documents
    from caexpo_kg.errors import CaexpoError
    from caexpo_kg.read import corpus
    from caexpo_kg.read.corpus import read_file
    from caexpo_kg.vocab import NIF

logging.getLogger("caexpo_kg").setLevel(logging.CRITICAL)  # warnings are expected here
corpus.MAX_TEXT_CHARS = 2_000  # "huge" documents, cheaply

SUFFIXES = (".txt", ".md", ".jsonl", ".html", "hostile.jsonl")
WORKDIR = Path(tempfile.mkdtemp(prefix="caexpo-fuzz-"))


def hostile_jsonl(data: bytes) -> tuple[bytes, list[str]]:
    """JSON Lines made from ``data``, and the ids of the records that must be read."""
    lines, good = [], []
    for number, chunk in enumerate(data.split(b"\xff")):
        kind, body = (chunk[0] % 6, chunk[1:]) if chunk else (0, b"")
        text = body.decode("utf-8", "replace")[:1_500]
        if kind in (0, 3):  # a good record; 3: with control characters and escapes
            if kind == 3:
                text += "\x1b[31m\x1b]0;t\x07\x00\x0b\x9b\ufffe"
            lines.append(json.dumps({"id": f"good-{number}", "text": text}))
            if text.strip():
                good.append(f"good-{number}")
        elif kind == 1:  # a lone surrogate
            lines.append(json.dumps({"id": f"s{number}", "text": text + "\ud800"}))
        elif kind == 2:  # nested thousands deep
            depth = 1_000 + int.from_bytes(body[:2] or b"\0", "big") % 20_000
            lines.append("[" * depth + "]" * depth)
        elif kind == 4:  # raw bytes
            lines.append(body.replace(b"\n", b" ").decode("latin-1"))
        else:  # a huge document (over the lowered limit)
            huge = (text or "x") * (corpus.MAX_TEXT_CHARS // max(len(text), 1) + 2)
            lines.append(json.dumps({"id": f"huge{number}", "text": huge}))
    return "".join(line + "\n" for line in lines).encode("utf-8"), good


def check(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    path = WORKDIR / f"input{suffix}"
    good: list[str] | None = None
    if suffix == "hostile.jsonl":
        raw, good = hostile_jsonl(data[1:])
        path.write_bytes(raw)
    else:
        path.write_bytes(data[1:])
    try:
        documents = list(read_file(path))
    except CaexpoError:
        assert good is None, "a hostile line cost the whole file"
        return
    if good is not None:
        read = [d.id for d in documents]
        assert read == good, (read, good)
    if not documents:
        return
    # strict: a document held back for breaking a shape is a finding, not an outcome
    kg = build_documents(documents, model="blank", strict=True)
    xml.dom.minidom.parseString(kg.serialize("xml"))  # XML 1.0's characters, strictly
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
