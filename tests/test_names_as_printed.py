"""Names as reporters print them: glosses in brackets, dashes for hyphens, honorifics.

Each shape has a sentence it must read right and one it must leave as it was.
"""

from __future__ import annotations

import pytest

from caexpo_kg.model import Document
from caexpo_kg.pipeline.document import extract_doc
from caexpo_kg.resolve.entities import resolve_document

pytestmark = pytest.mark.model


def entities(nlp, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """label → (core class, aliases) of every entity resolved from ``text``."""
    resolved = resolve_document(nlp(text), None)
    return {e.label: (e.core_class, e.aliases) for e in resolved.entities.values()}


def classes(nlp, text: str) -> dict[str, str]:
    return {label: found[0] for label, found in entities(nlp, text).items()}


# ------------------------------------------------------------------ brackets
def test_a_gloss_in_brackets_inside_a_name_leaves_one_edition(nlp):
    text = (
        "The eighth China-ASEAN (Association of Southeast Asian Nations) Expo opened in "
        "Nanning on Oct. 28."
    )
    doc = nlp(text)
    resolved = resolve_document(doc, None)
    events = {e.label for e in resolved.entities.values() if e.core_class == "Event"}
    assert events == {"8th China-ASEAN Expo", "China-ASEAN Expo"}
    edition = next(k for k, e in resolved.entities.items() if e.label == "8th China-ASEAN Expo")
    assert resolved.entities[resolved.editions[edition]].label == "China-ASEAN Expo"
    # the edition's mention keeps the offsets of the text as printed, bracket and all
    mention = next(m for m in resolved.mentions if m.entity == edition)
    assert text[mention.start : mention.end] == (
        "eighth China-ASEAN (Association of Southeast Asian Nations) Expo"
    )


def test_a_meetings_format_in_brackets_inside_a_name_leaves_one_edition(nlp):
    found = classes(nlp, "The fifth Mekong-Japan (5+1) Summit was held in Tokyo on Monday.")
    assert found.get("5th Mekong-Japan Summit") == "Event"
    assert found.get("Mekong-Japan Summit") == "Event"
    assert not any("(" in label or label in ("Mekong-Japan", "Summit") for label in found)


def test_a_bracket_that_defines_an_acronym_after_a_name_is_not_a_gloss(nlp):
    found = entities(nlp, "The China-ASEAN Expo (CAEXPO) opened. CAEXPO drew crowds.")
    assert found["China-ASEAN Expo"][0] == "Event"
    assert "CAEXPO" in found["China-ASEAN Expo"][1]
    assert not any("(" in label for label in found)


# -------------------------------------------------------------------- dashes
@pytest.mark.parametrize("dash", ["–", "—"])
def test_en_and_em_dashes_in_a_name_read_as_the_hyphen(nlp, dash):
    text = f"The China{dash}ASEAN Expo welcomed 2,000 exhibitors."
    resolved = resolve_document(nlp(text), None)
    assert {(e.label, e.core_class) for e in resolved.entities.values()} == {
        ("China-ASEAN Expo", "Event")
    }
    mention = resolved.mentions[0]
    assert text[mention.start : mention.end] == f"China{dash}ASEAN Expo"


def test_a_spaced_dash_between_sentences_parts_joins_nothing(nlp):
    found = classes(nlp, "Trade with China — and with ASEAN — grew fast.")
    assert found.get("China") == "Place"
    assert not any("—" in label or "-" in label for label in found)


# ---------------------------------------------------------------- honorifics
@pytest.mark.parametrize(
    ("text", "name", "printed"),
    [
        (
            "Malaysia's Datuk Seri Mustapa Mohamed visited the booth.",
            "Mustapa Mohamed",
            "Datuk Seri Mustapa Mohamed",
        ),
        ("Tan Sri Muhyiddin Yassin opened the pavilion.", "Muhyiddin Yassin", None),
        ("H.E. Dr. Sok Chenda Sophea addressed the forum.", "Sok Chenda Sophea", None),
        (
            "Cambodia's Samdech Akka Moha Sena Padei Techo Hun Sen arrived.",
            "Hun Sen",
            "Samdech Akka Moha Sena Padei Techo Hun Sen",
        ),
        ("The minister met Bapak Joko Widodo in Jakarta.", "Joko Widodo", None),
        (
            '"Buyers want to know," said Datin Sri Wong Mei Ling, founder of the firm.',
            "Wong Mei Ling",
            "Datin Sri Wong Mei Ling",
        ),
    ],
)
def test_honorifics_come_off_the_name_and_stay_in_an_alias(nlp, text, name, printed):
    found = entities(nlp, text)
    assert found[name][0] == "Person"
    assert not any(
        label.split()[0] in ("Datuk", "Tan", "Samdech", "H.E.", "Dr.", "Bapak") for label in found
    )
    if printed:
        assert printed in found[name][1]


def test_a_brunei_title_chain_is_no_organisation_and_haji_stays_in_the_name(nlp):
    found = classes(
        nlp,
        "Brunei's Pehin Datu Lailaraja Major General Dato Paduka Seri Awang Haji Halbi "
        "attended the expo.",
    )
    assert found == {"Haji Halbi": "Person", "Brunei": "Place"}
    assert "Halbi" in entities(nlp, "Awang Haji Halbi came.").get("Haji Halbi", ("", ()))[1]


def test_a_name_that_starts_like_an_honorific_is_left_whole(nlp):
    # "Sri" alone is a given name (Tan Sri and Datuk Seri are the honorifics), and "Tan"
    # alone a surname.
    found = classes(nlp, "Delegates from Sri Lanka met Tan Kim Hong in Jakarta.")
    assert found.get("Sri Lanka") == "Place"
    assert found.get("Tan Kim Hong") == "Person"


def test_an_honorific_inside_a_name_is_part_of_the_name(nlp):
    found = classes(
        nlp, "Guests included Malaysian Prime Minister Datuk Seri Najib Tun Razak on Monday."
    )
    assert found.get("Najib Tun Razak") == "Person"
    assert "Razak" not in found


def test_an_honorific_before_a_name_still_comes_off(nlp):
    found = classes(nlp, "Tun Daim Zainuddin led the delegation to Nanning.")
    assert found.get("Daim Zainuddin") == "Person"


def test_a_head_of_government_title_comes_off_the_name(nlp):
    found = classes(
        nlp, "German Chancellor Gerhard Schroeder and Crown Prince Al-Muhtadee Billah met."
    )
    assert found.get("Gerhard Schroeder") == "Person"
    assert found.get("Al-Muhtadee Billah") == "Person"
    assert not any(label.startswith(("Chancellor", "Crown", "Prince")) for label in found)


def test_a_title_word_that_starts_a_body_stays_in_the_body(nlp):
    found = classes(nlp, "Patients flew to Prince Court Medical Centre in Kuala Lumpur.")
    assert found.get("Prince Court Medical Centre") == "Organisation"


def test_a_titled_name_keeps_the_words_the_ner_gives_the_person(nlp):
    found = classes(nlp, "Guests included Cambodian Deputy Prime Minister Men Sam An.")
    assert found.get("Men Sam An") == "Person"
    assert "Men Sam" not in found


def test_the_name_of_a_pehin_title_is_no_part_of_the_persons_name(nlp):
    found = classes(
        nlp,
        "Brunei's Second Minister of Foreign Affairs, Pehin Orang Kaya Pekerma Laila Diraja "
        "Dato Seri Setia Lim Jock Seng, spoke.",
    )
    assert found.get("Lim Jock Seng") == "Person"
    assert not any(label.startswith("Pehin") for label in found)


def test_a_shorter_form_of_a_persons_name_is_the_same_person(nlp):
    found = entities(
        nlp,
        'MATRADE board member Datuk Mohammad Medan Abdullah led the mission. "Demand is '
        'strong," said Datuk Mohammad Medan.',
    )
    assert "Mohammad Medan" not in found
    assert "Mohammad Medan" in found["Mohammad Medan Abdullah"][1]


def test_a_name_that_is_the_start_of_a_longer_word_is_another_person(nlp):
    found = classes(nlp, "Li Wei met Li Weiming at the fair.")
    assert found.get("Li Wei") == "Person" and found.get("Li Weiming") == "Person"


def test_a_long_malay_name_after_a_chain_of_honours_is_one_person(nlp):
    found = classes(
        nlp,
        "The Second Minister of Finance, Yang Berhormat Dato Seri Paduka Dr Haji Mohd Amin "
        "Liew bin Abdullah, led the Bruneian delegation.",
    )
    assert found == {"Haji Mohd Amin Liew bin Abdullah": "Person"}


def test_a_title_that_stands_for_a_person_is_no_entity(nlp):
    found = classes(nlp, "His Royal Highness was delivering a speech at the opening.")
    assert found == {}


def test_a_name_that_ends_like_an_honorific_is_left_whole(nlp):
    found = classes(nlp, "The pavilion was opened by Vice-President Nyan Tun, who toured it.")
    assert found.get("Nyan Tun") == "Person"


def test_a_chain_of_malay_honours_leaves_the_name(nlp):
    found = entities(
        nlp,
        "He was accompanied by Investment, Trade and Industry Minister Tengku Datuk Seri "
        "Utama Zafrul Tengku Abdul Aziz and Minister of Foreign Affairs Datuk Seri Dr. "
        "Zambry Abd Kadir.",
    )
    assert found["Tengku Zafrul Tengku Abdul Aziz"][0] == "Person"
    assert found["Zambry Abd Kadir"][0] == "Person"
    assert "Datuk Seri Dr. Zambry Abd Kadir" in found["Zambry Abd Kadir"][1]


# ------------------------------------------------------- house styles
def test_the_malaysian_press_spelling_of_asean_and_its_acronyms(nlp):
    text = (
        "Leaders attended the 20th China-Asean Expo (Caexpo) and China-Asean Business and "
        "Investment Summit (Cabis). Asean leaders met Matrade deputy CEO Susila Devi."
    )
    resolved = resolve_document(nlp(text), None)
    found = {e.label: e for e in resolved.entities.values()}
    assert found["20th China-ASEAN Expo"].edition_number == 20
    assert found["20th China-ASEAN Business and Investment Summit"].edition_number == 20
    assert "Cabis" in found["China-ASEAN Business and Investment Summit"].aliases
    assert "Asean" in found["Association of Southeast Asian Nations"].aliases
    assert found["Matrade"].core_class == "Organisation"
    assert found["Susila Devi"].core_class == "Person"


def test_a_capitalised_title_after_a_body_is_still_no_organisation(nlp):
    found = classes(nlp, "Commerce Minister Chen Deming opened the fair.")
    assert found.get("Chen Deming") == "Person"
    assert "Commerce" not in found


# --------------------------------------------------------------- initiatives
def test_a_numbered_version_is_an_initiative_of_its_own(nlp):
    found = entities(
        nlp,
        "The China-ASEAN Free Trade Area began in 2010. Leaders welcomed version 3.0 of the "
        "free trade area. CAFTA 3.0 talks ended. The China-ASEAN Free Trade Area 3.0 was "
        "signed.",
    )
    assert found["China-ASEAN Free Trade Area"][0] == "Initiative"
    version = found["China-ASEAN Free Trade Area 3.0"]
    assert version[0] == "Initiative"
    assert version[1] == ("CAFTA 3.0",)
    assert "CAFTA 3.0" not in found["China-ASEAN Free Trade Area"][1]


def test_a_version_of_a_named_initiative_keeps_the_initiative_as_well(nlp):
    # "version 2.0 of X", "the 2.0 version of X": the version, and X named inside it
    for text in (
        "Talks on version 2.0 of the Mekong-Lancang Free Trade Area ended on Friday.",
        "Talks on the 2.0 version of the Mekong-Lancang Free Trade Area ended on Friday.",
    ):
        found = entities(nlp, text)
        assert found["Mekong-Lancang Free Trade Area 2.0"][0] == "Initiative"
        assert found["Mekong-Lancang Free Trade Area"][0] == "Initiative"
    # a version known by its acronym is no other name of the initiative it upgrades
    found = entities(
        nlp,
        "Trade ministers signed the protocol to upgrade the ASEAN-Korea Free Trade Area, "
        "known as AKFTA 2.0, in Hanoi on Monday.",
    )
    assert found["AKFTA 2.0"][0] == "Initiative"
    assert "AKFTA 2.0" not in found["ASEAN-Korea Free Trade Area"][1]


def test_the_version_an_initiative_is_upgraded_to_is_an_initiative_of_its_own(nlp):
    found = entities(
        nlp, "The protocol upgrades the Mekong-Lancang Free Trade Area to version 2.0."
    )
    assert found["Mekong-Lancang Free Trade Area 2.0"] == ("Initiative", ("version 2.0",))
    assert found["Mekong-Lancang Free Trade Area"][0] == "Initiative"
    found = entities(nlp, "The upgrade of the Mekong-Lancang Free Trade Area to 2.0 will help.")
    assert found["Mekong-Lancang Free Trade Area 2.0"][0] == "Initiative"


def test_a_lower_case_agreement_given_an_acronym_is_an_initiative(nlp):
    text = "Ministers discussed the digital economy framework agreement (DEFA). DEFA talks go on."
    resolved = resolve_document(nlp(text), None)
    (defa,) = [e for e in resolved.entities.values() if e.core_class == "Initiative"]
    assert defa.label == "digital economy framework agreement"
    assert defa.aliases == ("DEFA",)
    assert not any(e.label == "DEFA" for e in resolved.entities.values())


def test_a_lower_case_description_joins_the_named_initiative(nlp):
    found = entities(
        nlp,
        "The China-ASEAN Free Trade Area was launched in 2010. Trade under the free trade "
        "area grew.",
    )
    assert [label for label, (core, _) in found.items() if core == "Initiative"] == [
        "China-ASEAN Free Trade Area"
    ]
    assert found["China-ASEAN Free Trade Area"][1] == ()


def test_a_generic_lower_case_agreement_is_no_initiative(nlp):
    found = classes(nlp, "The new trade agreement helped exporters, and the free trade area grew.")
    assert "Initiative" not in found.values()


def test_the_vietnamese_press_spacing_of_dashes_and_versions_after_an_acronym(nlp):
    found = entities(
        nlp,
        "Chinh spoke at the opening of the 22nd China – ASEAN Expo (CAEXPO). They will sign "
        "the Protocol to Upgrade the China–ASEAN Free Trade Area (ACFTA) 3.0 this year. ACFTA "
        "was launched in 2010. Deputy PM Mai Van Chinh toured the Việt Nam pavilion.",
    )
    assert found["22nd China-ASEAN Expo"][0] == "Event"
    # the name as printed, its bracket inside, is kept as a name of it too
    assert found["China-ASEAN Free Trade Area 3.0"][0] == "Initiative"
    assert set(found["China-ASEAN Free Trade Area 3.0"][1]) == {
        "ACFTA 3.0",
        "China–ASEAN Free Trade Area (ACFTA) 3.0",
    }
    assert found["China-ASEAN Free Trade Area"] == ("Initiative", ("ACFTA",))
    assert found["Mai Van Chinh"][0] == "Person"
    assert found["Vietnam"][0] == "Place"


def test_offices_and_their_abbreviations_are_no_part_of_a_name(nlp):
    found = entities(
        nlp,
        "Trade Undersecretary Ponciano Manalo said so. Amb. Francis Chua met the press. "
        "Consul General Marie Charlotte Tang attended.",
    )
    assert found["Ponciano Manalo"][0] == "Person"
    assert found["Francis Chua"] == ("Person", ("Amb. Francis Chua",))
    assert found["Marie Charlotte Tang"][0] == "Person"
    assert not any(label.startswith(("Consul", "Amb", "Undersecretary")) for label in found)


def test_a_place_in_brackets_stays_in_a_chinese_official_name(nlp):
    found = entities(
        nlp,
        "The China-Singapore (Chongqing) Demonstration Initiative on Strategic Connectivity "
        "was launched in 2015. H.E. Secretary General Shi Zhongjun visited the China-ASEAN "
        "Business & Investment Summit.",
    )
    label = "China-Singapore (Chongqing) Demonstration Initiative on Strategic Connectivity"
    assert found[label][0] == "Initiative"
    assert found["Chongqing"][0] == "Place"
    assert "Demonstration Initiative on Strategic Connectivity" not in found
    assert found["Shi Zhongjun"][0] == "Person"
    assert found["China-ASEAN Business and Investment Summit"][0] == "Event"


def test_a_title_before_a_name_the_ner_typed_org_makes_a_person_with_haji_kept(nlp):
    found = entities(nlp, "Sultan Haji Hassanal Bolkiah of Brunei attended the expo.")
    assert found["Haji Hassanal Bolkiah"] == ("Person", ("Hassanal Bolkiah",))


def test_a_title_before_a_body_leaves_the_body(nlp):
    found = classes(nlp, "President University sent students to the expo.")
    assert found.get("President University") == "Organisation"


def test_a_place_named_after_a_titled_person_is_no_person(nlp):
    found = classes(nlp, "Investors toured the Tun Razak Exchange in Kuala Lumpur.")
    assert "Razak Exchange" not in found
    assert not any(core == "Person" for core in found.values())


def test_an_acronym_in_brackets_inside_a_name_is_read_through(nlp):
    from caexpo_kg.resolve.entities import resolve_document

    text = "They met at the sixth Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting."
    labels = {e.label for e in resolve_document(nlp(text), None).entities.values()}
    assert "6th Lancang-Mekong Cooperation Foreign Ministers' Meeting" in labels
    assert "Foreign Ministers' Meeting" not in labels


# ------------------------------------------------------------------ ordinals
def editions(nlp, text: str) -> dict[str, tuple[int | None, tuple[str, ...]]]:
    """label → (edition number, aliases) of every numbered edition extracted from ``text``."""
    extraction = extract_doc(nlp(text), Document("t", text), model="test", rules_version="test")
    return {e.label: (e.edition_number, e.aliases) for e in extraction.entities if e.edition_number}


def test_an_edition_is_named_with_its_ordinal_in_digits_and_in_words(nlp):
    # printed in digits: the words too; printed in words: the digits are its label
    text = "The 3rd GMS Summit opened in Vientiane. The second GMS Summit was held in Kunming."
    assert editions(nlp, text) == {
        "3rd GMS Summit": (3, ("third GMS Summit",)),
        "2nd GMS Summit": (2, ("second GMS Summit",)),
    }


def test_an_edition_past_the_spelt_out_ordinals_keeps_its_digits_alone(nlp):
    text = "The 135th Canton Fair opened in Guangzhou on Monday."
    assert editions(nlp, text) == {"135th Canton Fair": (135, ())}


def test_two_editions_with_different_numbers_stay_apart_under_both_forms(nlp):
    # each edition's word form is its own number's: no name is shared, so none is merged
    text = (
        "The 11th China-ASEAN Expo drew 2,000 firms. The twelfth China-ASEAN Expo opened in "
        "Nanning a year later."
    )
    assert editions(nlp, text) == {
        "11th China-ASEAN Expo": (11, ("eleventh China-ASEAN Expo",)),
        "12th China-ASEAN Expo": (12, ("twelfth China-ASEAN Expo",)),
    }
