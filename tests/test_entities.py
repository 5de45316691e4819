"""The entity component: what the rules make of the domain's language."""

from __future__ import annotations

import pytest

from caexpo_kg.extract.components.entities import _BYLINE_BY, _may_match
from caexpo_kg.pipeline.document import extract_doc
from caexpo_kg.read.corpus import read_text
from caexpo_kg.resolve.entities import resolve_document


def entities_of(nlp, text: str, published: str | None = "2020-11-27") -> dict[str, str]:
    """label → core class of every entity found in ``text``."""
    doc = nlp(text)
    resolved = resolve_document(doc, read_text(text, doc_id="t", published=published).published)
    return {e.label: e.core_class for e in resolved.entities.values()}


def test_factory_is_found_by_add_pipe_in_a_users_own_pipeline():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("caexpo_entities")
    doc = nlp("The China-ASEAN Information Harbor Forum was held in 2015.")
    assert {s.label_ for s in doc.spans["caexpo"]} == {"Event", "Year"}


def test_forum_summit_and_exhibition_heads_make_events(blank_nlp):
    found = entities_of(
        blank_nlp,
        "Visitors came to the Advanced Technology Exhibition and the China-ASEAN "
        "Business and Investment Summit, then to the Information Harbor Forum.",
    )
    assert found["Advanced Technology Exhibition"] == "Event"
    assert found["China-ASEAN Business and Investment Summit"] == "Event"
    assert found["Information Harbor Forum"] == "Event"


def test_free_trade_areas_harbours_and_theme_years_are_initiatives(blank_nlp):
    found = entities_of(
        blank_nlp,
        "Trade grew under the China-ASEAN Free Trade Area. Work began on the "
        "China-ASEAN Information Harbor. "
        "It marks the ASEAN-China Year of Digital Economy Cooperation.",
    )
    assert found["China-ASEAN Free Trade Area"] == "Initiative"
    assert found["China-ASEAN Information Harbor"] == "Initiative"
    assert found["ASEAN-China Year of Digital Economy Cooperation"] == "Initiative"


@pytest.mark.parametrize(
    ("text", "label", "number"),
    [
        ("Crowds filled the 12th CAEXPO in Nanning.", "12th China-ASEAN Expo", 12),
        ("Crowds filled the third China-ASEAN Expo.", "3rd China-ASEAN Expo", 3),
        ("Crowds filled the Twenty-first China-ASEAN Expo.", "21st China-ASEAN Expo", 21),
    ],
)
def test_numbered_editions_are_events_of_their_series(blank_nlp, text, label, number):
    doc = blank_nlp(text)
    resolved = resolve_document(doc, None)
    edition = next(e for e in resolved.entities.values() if e.label == label)
    assert edition.core_class == "Event"
    assert edition.edition_number == number
    assert resolved.entities[resolved.editions[edition.key]].label == "China-ASEAN Expo"


def test_defined_acronym_is_an_alias_not_a_second_entity(blank_nlp):
    text = (
        "The Malaysia External Trade Development Corporation (MATRADE) led the group. "
        "MATRADE said more firms would come."
    )
    doc = blank_nlp(text)
    resolved = resolve_document(doc, None)
    matrade = [e for e in resolved.entities.values() if "MATRADE" in (e.label, *e.aliases)]
    assert len(matrade) == 1
    assert matrade[0].label == "Malaysia External Trade Development Corporation"
    assert "MATRADE" in matrade[0].aliases


def test_years_are_years_but_dates_are_not(blank_nlp):
    found = entities_of(blank_nlp, "Photo taken on Nov. 22, after the fair held in 2015.")
    assert found.get("2015") == "Year"
    assert not any("Nov" in label for label in found)


def test_the_end_of_a_span_of_years_is_no_year(blank_nlp):
    """ "a work plan for 2021 to 2025", "(2018-2022)": the year that closes a term dates
    nothing the story tells, so no Year node; its start, and two years joined by "and"
    (often two editions'), stay years."""
    found = entities_of(
        blank_nlp, "They adopted a work plan from 2021 to 2025 and one from 2026-2030."
    )
    assert found.get("2021") == "Year" and found.get("2026") == "Year"
    assert "2025" not in found and "2030" not in found
    found = entities_of(blank_nlp, "The fair was held online in 2020 and 2021.")
    assert found.get("2020") == "Year" and found.get("2021") == "Year"


def test_relative_years_resolve_against_the_published_date(blank_nlp):
    found = entities_of(blank_nlp, "Trade rose last year and will rise next year.", "2015-09-22")
    assert found.get("2014") == "Year"
    assert found.get("2016") == "Year"


def test_canonical_labels_drop_the_leading_the_and_possessives(blank_nlp):
    found = entities_of(blank_nlp, "Officials of the ASEAN-China Centre's board met.")
    assert "ASEAN-China Centre" in found
    assert not any(label.lower().startswith("the ") or label.endswith("'s") for label in found)


def test_byline_splits_photographer_and_agency(blank_nlp):
    text = "Photo by Yu Xiangquan/People's Daily Online\n\nThe expo opened."
    doc = blank_nlp(text)
    document = read_text(text, doc_id="byline")
    extraction = extract_doc(doc, document, model="blank", rules_version="test")
    labels = {e.label: e.core_class for e in extraction.entities}
    assert labels["Yu Xiangquan"] == "Person"
    assert labels["People's Daily Online"] == "Organisation"
    assert any(r.predicate == "affiliatedWith" for r in extraction.relations)


@pytest.mark.parametrize(
    "credit",
    [
        "Photo by Yu Xiangquan/People's Daily Online",
        "photos by Yu Xiangquan / People's Daily Online",
        "Photo taken by Yu Xiangquan/People's Daily Online",
        "Picture by Yu Xiangquan/People's Daily Online",
        "Video by Yu Xiangquan/People's Daily Online",
        "Graphic by Yu Xiangquan/People's Daily Online",
        "Illustration by Yu Xiangquan/People's Daily Online",
        "Text by Yu Xiangquan/People's Daily Online",
    ],
)
def test_byline_words_gate_the_byline_pattern(credit):
    """The byline pattern is tried only where one of its words is: every credit it reads
    holds one, a text without any is not searched."""
    assert _BYLINE_BY.search(credit) and _may_match(_BYLINE_BY, credit)
    assert not _may_match(_BYLINE_BY, "Yu Xiangquan photographed by the river/Xinhua")


def test_possessive_ministry_names_the_ministry_and_its_country(blank_nlp):
    found = entities_of(blank_nlp, "Mao Thora works at Cambodia's Ministry of Commerce.")
    assert found["Ministry of Commerce of Cambodia"] == "Organisation"
    assert found["Cambodia"] == "Place"


def test_the_entry_point_registers_the_factories_without_importing_us():
    """A user's own pipeline finds our components through ``spacy_factories``."""
    import subprocess
    import sys

    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('caexpo_paragraphs')\n"
        "nlp.add_pipe('caexpo_entities')\n"
        "doc = nlp('The 12th CAEXPO was held in 2015.')\n"
        "print(sorted(s.label_ for s in doc.spans['caexpo']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "['Event', 'Year']"
