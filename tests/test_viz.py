"""The browser view: the page's data, the self-contained HTML, and what headless Chromium shows.

The Chromium tests cut the network (a dead proxy, no background services) and read
the page after its script has run (``--dump-dom`` with a virtual time budget), as a
person would see it: the drawn nodes, the node a search selects, a screenshot that
is not blank. They are skipped only when no Chromium binary is installed.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from caexpo_kg.api import KnowledgeGraph
from caexpo_kg.cli import main
from caexpo_kg.model import Document, Entity, Evidence, Extraction, Mention, Relation
from caexpo_kg.query.viz import CLASS_COLOURS, graph_data, render_html, write_html
from caexpo_kg.rdf import to_dataset
from caexpo_kg.vocab import CKG, CORE_CLASSES, GRAPH, RDF

TEXT = (
    "Huawei exhibited at the 16th China-ASEAN Expo in Nanning. "
    "Mr. Chen Deming spoke at the fair, which opened in 2019. "
    "The expo is the sixteenth edition of the China-ASEAN Expo."
)


def _at(needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def _mention(needle: str, key: str, nth: int = 0) -> Mention:
    start, end = _at(needle, nth)
    return Mention(start=start, end=end, text=needle, entity=key, rule="test")


def _relation(s: str, p: str, o: str, sentence: str, inferred: bool = False) -> Relation:
    start, end = _at(sentence)
    return Relation(
        subject=s,
        predicate=p,
        object=o,
        rule="test",
        evidence=(Evidence(start=start, end=end, text=sentence),),
        inferred=inferred,
    )


def small_dataset() -> Dataset:
    """Seven entities of five classes, a sub-property edge, an inferred edge, a nasty alias."""
    first = "Huawei exhibited at the 16th China-ASEAN Expo in Nanning."
    second = "Mr. Chen Deming spoke at the fair, which opened in 2019."
    extraction = Extraction(
        document=Document(id="doc-1", text=TEXT, title="A test article"),
        entities=(
            Entity("Organisation/huawei", "Huawei", "Organisation", ("</script><b>HW</b>",)),
            Entity("Event/16th-china-asean-expo", "16th China-ASEAN Expo", "Event", ("the fair",)),
            Entity("Event/china-asean-expo", "China-ASEAN Expo", "Event"),
            Entity("Place/nanning", "Nanning", "Place"),
            Entity("Person/chen-deming", "Chen Deming", "Person"),
            Entity("Year/2019", "2019", "Year", year=2019),
            Entity("Place/jakarta", "Jakarta", "Place"),  # unconnected, never mentioned
        ),
        mentions=(
            _mention("Huawei", "Organisation/huawei"),
            _mention("16th China-ASEAN Expo", "Event/16th-china-asean-expo"),
            _mention("Nanning", "Place/nanning"),
            _mention("Chen Deming", "Person/chen-deming"),
            _mention("the fair", "Event/16th-china-asean-expo"),
            _mention("2019", "Year/2019"),
            _mention("China-ASEAN Expo", "Event/china-asean-expo", nth=1),
        ),
        relations=(
            _relation("Organisation/huawei", "exhibitedAt", "Event/16th-china-asean-expo", first),
            _relation("Event/16th-china-asean-expo", "heldIn", "Place/nanning", first),
            _relation("Person/chen-deming", "spokeAt", "Event/16th-china-asean-expo", second),
            _relation("Event/16th-china-asean-expo", "inYear", "Year/2019", second, inferred=True),
            _relation(
                "Event/16th-china-asean-expo",
                "editionOf",
                "Event/china-asean-expo",
                "The expo is the sixteenth edition of the China-ASEAN Expo.",
            ),
        ),
        model="test",
        rules_version="test",
    )
    return to_dataset([extraction])


def entity_count(dataset: Dataset) -> int:
    graph = dataset.graph(GRAPH.ENTITIES)
    core = {CKG[name] for name in CORE_CLASSES}
    return len({s for s, o in graph.subject_objects(RDF.type) if o in core})


# ------------------------------------------------------------------ the page's data
def test_graph_data_nodes_edges_and_sources():
    data = graph_data(small_dataset())
    labels = {n["label"]: n for n in data["nodes"]}
    assert len(data["nodes"]) == 7
    assert labels["Jakarta"]["sources"] == [] and labels["Jakarta"]["years"] == []
    assert labels["Huawei"]["class"] == "Organisation"
    assert labels["Huawei"]["aliases"] == ["</script><b>HW</b>"]
    predicates = {(data["nodes"][e["s"]]["label"], e["p"], e["inferred"]) for e in data["edges"]}
    assert ("Huawei", "exhibitedAt", False) in predicates  # a sub-property of participatedIn
    assert ("Chen Deming", "spokeAt", False) in predicates
    assert ("16th China-ASEAN Expo", "inYear", True) in predicates  # from the inferred graph
    held = next(e for e in data["edges"] if e["p"] == "heldIn")
    assert held["evidence"] == ["Huawei exhibited at the 16th China-ASEAN Expo in Nanning."]
    # years: the Year node's own, and the edition's through ckg:inYear
    assert labels["2019"]["years"] == [2019]
    assert labels["16th China-ASEAN Expo"]["years"] == [2019]
    assert data["years"] == [2019]
    # source sentences: "Mr." does not end a sentence; the mention's offsets are inside it
    (source,) = labels["Chen Deming"]["sources"]
    assert source["text"] == "Mr. Chen Deming spoke at the fair, which opened in 2019."
    assert source["text"][source["at"][0] : source["at"][1]] == "Chen Deming"
    assert source["doc"] == "A test article"
    assert len(labels["16th China-ASEAN Expo"]["sources"]) == 2  # two sentences, deduplicated
    counts = {c["name"]: c["count"] for c in data["classes"]}
    assert counts == {"Organisation": 1, "Event": 2, "Year": 1, "Place": 2, "Person": 1,
                      "Initiative": 0}  # fmt: skip


def test_html_is_self_contained_and_deterministic():
    page = render_html(small_dataset(), title="Test <graph>")
    assert page == render_html(small_dataset(), title="Test <graph>")
    assert "<title>Test &lt;graph&gt;</title>" in page
    # nothing to fetch: no external scripts, styles, images or fonts
    assert not re.search(r"<(link|img|iframe)\b", page)
    assert not re.search(r"\b(src|href)\s*=", page)
    assert "@import" not in page and "url(http" not in page
    assert "default-src 'none'" in page  # and the browser is told so
    # a label cannot close the data's <script> element
    assert page.count("</script>") == 2
    assert "\\u003c/script\\u003e" in page


def test_triple_file_works_too(tmp_path):
    """A Turtle file loads into one graph: mentions and entities together."""
    path = tmp_path / "g.ttl"
    KnowledgeGraph(small_dataset()).write(path)
    data = graph_data(KnowledgeGraph.load(path))
    assert len(data["nodes"]) == 7
    assert any(n["sources"] for n in data["nodes"])


# rdflib 7 warns (Dataset.contexts, default_context) while reading and writing quad formats.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_cli_viz(tmp_path):
    source = tmp_path / "g.trig"
    KnowledgeGraph(small_dataset()).write(source)
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(main, ["viz", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<title>caexpo-kg: g.trig</title>" in page
    again = CliRunner().invoke(main, ["viz", str(source), "--title", "T"])
    assert again.exit_code == 0 and again.output.startswith("<!DOCTYPE html>")


def test_cli_viz_missing_file(tmp_path):
    result = CliRunner().invoke(main, ["viz", str(tmp_path / "nope.trig")])
    assert result.exit_code == 1
    assert "cannot read" in result.output


# ------------------------------------------------------------------ headless Chromium
CHROMIUM = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome", "chrome")
        if (found := shutil.which(name))
    ),
    None,
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary found (Debian: apt-get install chromium)"
)


def chromium(page: Path, fragment: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """Open ``page#fragment`` in headless Chromium with the network cut off."""
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--proxy-server=127.0.0.1:9",
        f"--user-data-dir={profile}",
        "--window-size=1200,800",
        "--virtual-time-budget=10000",
        *args,
        page.resolve().as_uri() + fragment,
    ]
    return subprocess.run(command, capture_output=True, timeout=120, check=False, cwd=tmp_path)


def dump_dom(page: Path, fragment: str, tmp_path: Path) -> str:
    result = chromium(page, fragment, tmp_path, "--dump-dom")
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    dom = result.stdout.decode("utf-8")
    assert 'data-ready="true"' in dom, "the page script did not finish"
    return dom


def app_attributes(dom: str) -> dict[str, str]:
    tag = re.search(r'<div id="app"([^>]*)>', dom)
    assert tag is not None
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag.group(1)))


def drawn_nodes(dom: str) -> list[str]:
    """The SVG node groups in the DOM, as their opening tags."""
    return re.findall(r'<g class="node[^"]*"[^>]*>', dom)


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and unfiltered rows of an 8-bit RGB/RGBA PNG (what Chromium writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert header is not None
    width, height, depth, colour_type, _, _, interlace = header
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, header
    channels = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line) if channels == 3 else bytes(
            b for j in range(0, stride, 4) for b in line[j : j + 3]
        ))  # fmt: skip
        previous = line
    return width, height, rows


@pytest.fixture(scope="module")
def small_page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("viz") / "graph.html"
    write_html(small_dataset(), path)
    return path


@needs_chromium
def test_browser_draws_every_entity(small_page, tmp_path):
    dom = dump_dom(small_page, "", tmp_path)
    app = app_attributes(dom)
    assert int(app["data-node-count"]) == entity_count(small_dataset()) == 7
    assert len(drawn_nodes(dom)) == 7
    assert int(app["data-edge-count"]) == 5
    assert int(app["data-visible-count"]) == 6  # Jakarta, unconnected, is hidden
    (hidden,) = [tag for tag in drawn_nodes(dom) if "hidden" in tag.split('"')[1]]
    assert 'data-iri="https://w3id.org/caexpo-kg/id/place/jakarta"' in hidden
    assert app["data-selected"] == ""


@needs_chromium
def test_browser_shows_unconnected_entities_when_asked(small_page, tmp_path):
    dom = dump_dom(small_page, "#unconnected=1", tmp_path)
    assert int(app_attributes(dom)["data-visible-count"]) == 7
    assert not [tag for tag in drawn_nodes(dom) if "hidden" in tag.split('"')[1]]
    # the toggle says how many there are
    assert '<span id="unconnected-count" class="count">1</span>' in dom


@needs_chromium
def test_browser_search_selects_the_node(small_page, tmp_path):
    dom = dump_dom(small_page, "#search=Huawei", tmp_path)
    iri = "https://w3id.org/caexpo-kg/id/organisation/huawei"
    assert app_attributes(dom)["data-selected"] == iri
    (selected,) = [tag for tag in drawn_nodes(dom) if "selected" in tag.split('"')[1]]
    assert f'data-iri="{iri}"' in selected
    # the panel shows its label, class and the sentence it came from
    panel = dom[dom.index('id="panel"') :]
    assert "Huawei" in panel and "Organisation" in panel
    assert "exhibited at the 16th China-ASEAN Expo in Nanning." in panel
    # an alias finds its node too, accents and case aside
    dom = dump_dom(small_page, "#search=the%20FAIR", tmp_path)
    assert app_attributes(dom)["data-selected"].endswith("/event/16th-china-asean-expo")


@needs_chromium
def test_browser_year_filter(small_page, tmp_path):
    """2019: the edition held in it, the Year node, and what links to the edition; not Jakarta."""
    dom = dump_dom(small_page, "#year=2019", tmp_path)
    app = app_attributes(dom)
    assert int(app["data-node-count"]) == 7
    assert int(app["data-visible-count"]) == 6
    (hidden,) = [tag for tag in drawn_nodes(dom) if "hidden" in tag.split('"')[1]]
    assert 'data-iri="https://w3id.org/caexpo-kg/id/place/jakarta"' in hidden


def _assert_not_blank(png: Path, colours: list[str]) -> None:
    width, height, rows = read_png(png)
    assert (width, height) == (1200, 800)
    graph_pixels = [row[330 * 3 :] for row in rows[::2]]  # right of the side panel
    seen = {bytes(row[i : i + 3]) for row in graph_pixels for i in range(0, len(row), 6)}
    assert len(seen) > 20, "the drawing area is (nearly) one colour"
    non_white = sum(
        1
        for row in graph_pixels
        for i in range(0, len(row), 3)
        if row[i : i + 3] != b"\xff\xff\xff"
    )
    assert non_white > 200, "almost nothing is drawn"
    for colour in colours:  # every class with nodes shows in its colour
        want = bytes.fromhex(colour[1:])
        assert any(
            all(abs(row[i + c] - want[c]) <= 24 for c in range(3))
            for row in graph_pixels
            for i in range(0, len(row), 3)
        ), f"no node drawn in {colour}"


@needs_chromium
def test_browser_screenshot_is_not_blank(small_page, tmp_path):
    png = tmp_path / "shot.png"
    result = chromium(small_page, "", tmp_path, f"--screenshot={png}")
    assert result.returncode == 0 and png.is_file(), result.stderr.decode(errors="replace")[-2000:]
    _assert_not_blank(png, [CLASS_COLOURS[c] for c in ("Organisation", "Event", "Place", "Person")])


@pytest.mark.model
@needs_chromium
def test_browser_sample_corpus(sample_kg, tmp_path):
    """The bundled sample: every entity drawn, a search finds its node, the picture is not blank."""
    page = tmp_path / "sample.html"
    write_html(sample_kg, page)
    dom = dump_dom(page, "#search=Huawei", tmp_path)
    app = app_attributes(dom)
    assert int(app["data-node-count"]) == entity_count(sample_kg.dataset) == len(drawn_nodes(dom))
    assert app["data-selected"] == "https://w3id.org/caexpo-kg/id/organisation/huawei"
    data = graph_data(sample_kg)
    linked = {e["s"] for e in data["edges"]} | {e["o"] for e in data["edges"]}
    unconnected = len(data["nodes"]) - len(linked)
    assert unconnected > 10  # the dots the overview no longer shows
    assert int(app["data-visible-count"]) == len(data["nodes"]) - unconnected
    png = tmp_path / "sample.png"
    result = chromium(page, "", tmp_path, f"--screenshot={png}")
    assert result.returncode == 0 and png.is_file()
    _assert_not_blank(png, [CLASS_COLOURS[c] for c in CORE_CLASSES])
