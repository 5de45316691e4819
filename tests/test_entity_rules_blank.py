"""The rules of ``caexpo_entities`` without the statistical model (fast, model-free)."""

from __future__ import annotations

from caexpo_kg.resolve.entities import resolve_document


def entities(blank_nlp, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    resolved = resolve_document(blank_nlp(text), None)
    return {e.label: (e.core_class, e.aliases) for e in resolved.entities.values()}


def test_dashes_read_as_hyphens_in_gazetteer_names(blank_nlp):
    found = entities(
        blank_nlp, "Crowds filled the 12th China–ASEAN Expo and the China — ASEAN Expo."
    )
    assert set(found) == {"12th China-ASEAN Expo", "China-ASEAN Expo"}


def test_honorifics_come_off_a_name_without_the_model(blank_nlp):
    found = entities(blank_nlp, "The pavilion was opened by Datuk Seri Mustapa Mohamed on Monday.")
    assert found["Mustapa Mohamed"] == ("Person", ("Datuk Seri Mustapa Mohamed",))


def test_page_furniture_claims_its_line(blank_nlp):
    found = entities(blank_nlp, "Source: China-ASEAN Expo Secretariat\n\nThe fair opened in 2015.")
    assert found == {"2015": ("Year", ())}


def test_a_version_number_makes_an_initiative_of_its_own(blank_nlp):
    found = entities(blank_nlp, "Leaders welcomed CAFTA 3.0, ten years after CAFTA began.")
    assert found["China-ASEAN Free Trade Area 3.0"] == ("Initiative", ("CAFTA 3.0",))
    assert found["China-ASEAN Free Trade Area"] == ("Initiative", ("CAFTA",))


def test_a_lone_head_noun_is_no_name(blank_nlp):
    found = entities(
        blank_nlp, "Buyers filled Hall 3 of the Nanning International Convention Center."
    )
    assert "Hall" not in found


def test_release_time_and_file_photo_lines_are_page_furniture(blank_nlp):
    text = (
        "Release Time:9:35, 30-09-2024\nFile photo: Nanning Convention Center\n\nThe fair opened."
    )
    assert entities(blank_nlp, text) == {}


def test_a_contact_label_alone_on_its_line_claims_the_block_below(blank_nlp):
    text = (
        "The 21st China-ASEAN Expo opened in Guangxi.\n\n"
        "Media contact:\nCorporate Communications Unit\nKuala Lumpur, Malaysia"
    )
    assert set(entities(blank_nlp, text)) == {
        "21st China-ASEAN Expo", "China-ASEAN Expo", "Guangxi Zhuang Autonomous Region",
    }  # fmt: skip


def test_a_contact_block_ends_at_a_blank_line(blank_nlp):
    text = "Media contact:\nCorporate Communications Unit\n\nThe fair opened in Laos."
    assert set(entities(blank_nlp, text)) == {"Laos"}


def test_a_title_case_acronym_in_brackets_is_an_alias(blank_nlp):
    found = entities(
        blank_nlp,
        "The Malaysia External Trade Development Corporation (Matrade) led the mission. "
        "Matrade said sales grew.",
    )
    assert found == {
        "Malaysia External Trade Development Corporation": ("Organisation", ("Matrade",)),
    }


def test_a_capitalised_word_in_brackets_that_spells_no_initials_is_no_alias(blank_nlp):
    found = entities(blank_nlp, "The China-ASEAN Business Council (Guangxi) met in Laos.")
    assert "Guangxi" not in found.get("China-ASEAN Business Council", ("", ()))[1]


def test_credits_and_sign_offs_are_read_where_they_can_stand():
    """The agencies a dateline credits and a sign-off names, found once per text: a
    sign-off only on the last line with words on it, then white space to the end."""
    from caexpo_kg.extract.components.entities import (
        _AGENCY_CREDIT,
        _SIGN_OFF,
        _credits,
        credited_agencies,
    )

    text = "HANOI, May 3 (Xinhua) -- Trade rose.\nIt said - not much.\n\nIt grew. — VNS \n\n"
    assert credited_agencies(text) == {"xinhua", "vns"}
    everywhere = [m.span("agency") for m in _AGENCY_CREDIT.finditer(text)]
    everywhere += [m.span("agency") for m in _SIGN_OFF.finditer(text)]
    assert list(_credits(text)) == everywhere
    assert credited_agencies("The fair - Nanning's biggest - opened.\nMore followed.") == set()


def test_a_name_word_reads_the_same_from_the_words_array(blank_nlp):
    """``_is_name_token`` given the doc's words array answers as from each token's text:
    the name runs pass the array's word to save decoding it again. Not a month, a number,
    an article however capitalised ("THE") or a word that opens a sentence untagged."""
    from caexpo_kg.extract.arrays import doc_arrays

    doc = blank_nlp(
        "The Forum opened. March 3: Building the Belt and Road, THE 12th China-ASEAN Expo"
        " and Nanning Xinhua reported that These ministers met in Nanning."
    )
    recogniser = blank_nlp.get_pipe("caexpo_entities")
    words = doc_arrays(doc).words
    asked = [recogniser._is_name_token(token, word) for token, word in zip(doc, words, strict=True)]
    assert asked == [recogniser._is_name_token(token) for token in doc]
    assert [w for w, name in zip(words, asked, strict=True) if name] == [
        "Forum",
        "Building",
        "Belt",
        "Road",
        "China",
        "ASEAN",
        "Expo",
        "Nanning",
        "Xinhua",
        "Nanning",
    ]
