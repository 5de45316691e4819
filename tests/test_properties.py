"""Property-based tests: any Unicode text gives RDF that parses, valid IRIs, the same bytes
every time, and mention offsets that match the text.

The model-free pipeline (``blank``) keeps them fast; ``max_examples`` stays modest.
"""

from __future__ import annotations

import warnings

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef

from caexpo_kg.api import KnowledgeGraph, build_documents
from caexpo_kg.corpus import read_text
from caexpo_kg.vocab import GRAPH, NIF

# Pieces that have broken RDF writers before, and text our rules react to.
TRICKY = [
    '"',
    "'",
    '"""',
    "\\",
    "\\u0041",
    "\\n",
    "\n",
    "\r\n",
    "\t",
    "<",
    ">",
    "{",
    "}",
    "#",
    "%",
    "&",
    " ",
    "\u00a0",
    "\u200b",
    "\u202e",  # right-to-left override
    "مرحبا بالعالم",  # Arabic
    "שלום",  # Hebrew
    "😀",
    "👩🏽‍🔬",  # emoji with a skin tone and a zero-width joiner
    "🇻🇳",
    "e\u0301",  # decomposed é: NFC changes the length
    "\ufb01",  # ﬁ ligature
    "Hà Nội",
    "南宁",
    "\ufffd",
    "the 12th China-ASEAN Expo",
    "CAEXPO",
    "ASEAN",
    "in 2015",
    "Nanning",
    "Ministry of Commerce",
    ". ",
]

texts = st.lists(
    st.one_of(
        st.sampled_from(TRICKY),
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            max_size=20,
        ),
    ),
    min_size=1,
    max_size=25,
).map("".join)

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _build(text: str, title: str | None = None) -> KnowledgeGraph:
    document = read_text(text, doc_id="doc", published="2015-09-18", title=title)
    return build_documents([document], model="blank")


def _iris(dataset: Dataset) -> set[str]:
    found = set()
    for quad in dataset.quads((None, None, None, None)):
        for term in quad[:3]:
            if isinstance(term, URIRef):
                found.add(str(term))
        graph = quad[3]
        identifier = graph.identifier if isinstance(graph, Graph) else graph
        if isinstance(identifier, URIRef):
            found.add(str(identifier))
        for term in quad[:3]:
            if isinstance(term, Literal) and term.datatype is not None:
                found.add(str(term.datatype))
    return found


@SETTINGS
@given(text=texts, title=st.one_of(st.none(), texts))
def test_output_parses_in_rdflib_and_pyoxigraph(text, title):
    kg = _build(text, title)
    for rdflib_format, oxigraph_format in (
        ("nquads", pyoxigraph.RdfFormat.N_QUADS),
        ("turtle", pyoxigraph.RdfFormat.TURTLE),
        ("trig", pyoxigraph.RdfFormat.TRIG),
    ):
        data = kg.serialize(rdflib_format)
        parsed = Dataset()
        with warnings.catch_warnings():  # rdflib's Dataset.parse warns about its own API
            warnings.simplefilter("ignore", DeprecationWarning)
            parsed.parse(data=data, format=rdflib_format)
        assert len(parsed) + sum(len(g) for g in parsed.graphs()) > 0
        quads = list(pyoxigraph.parse(data, oxigraph_format))
        assert quads
    # The document's text survives the round trip exactly.
    ntriples = kg.serialize("nt").decode("utf-8")
    strings = {
        q.object.value
        for q in pyoxigraph.parse(ntriples.encode(), pyoxigraph.RdfFormat.N_TRIPLES)
        if q.predicate.value == str(NIF.isString)
    }
    assert strings == {read_text(text, doc_id="doc").text}


@SETTINGS
@given(text=texts)
def test_every_iri_is_valid(text):
    kg = _build(text)
    for iri in _iris(kg.dataset):
        pyoxigraph.NamedNode(iri)  # raises ValueError on an invalid IRI


@SETTINGS
@given(text=texts)
def test_output_is_deterministic(text):
    first, second = _build(text), _build(text)
    for rdf_format in ("turtle", "nquads"):
        assert first.serialize(rdf_format) == second.serialize(rdf_format)


@SETTINGS
@given(text=texts)
def test_mention_offsets_match_the_text(text):
    kg = _build(text)
    normalised = read_text(text, doc_id="doc").text
    mentions = kg.dataset.graph(GRAPH.MENTIONS)
    for phrase in mentions.subjects(NIF.anchorOf, None):
        begin = int(mentions.value(phrase, NIF.beginIndex))
        end = int(mentions.value(phrase, NIF.endIndex))
        anchor = str(mentions.value(phrase, NIF.anchorOf))
        assert 0 <= begin < end <= len(normalised)
        assert normalised[begin:end] == anchor
        assert str(phrase).endswith(f"#char={begin},{end}")


@pytest.mark.parametrize("text", ["The 12th CAEXPO opened in Nanning in 2015. 😀 \u202eASEAN"])
def test_a_known_tricky_text_has_mentions(text):
    kg = _build(text)
    assert len(kg.graph("mentions")) > 0
