"""Who took part and who launched, on shapes read on batch 29's misses (session 29, helper
part44): a guest's office named beside them is no guest; a titled speaker after a
fronted "Speaking by video from X" phrase is placed at the event told; a person who
attended an earlier edition the sentence names went to that one; a certificate or a
fellowship named by a launch is an initiative. Sentences of our own, each with one it
must read and one it must not."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

FORUM = "5th Mekong Trade Forum"


def test_a_guests_office_after_of_and_a_place_is_no_guest(nlp):
    found = stated(
        relations_of(
            nlp,
            "Guests at the opening of the fifth Mekong Trade Forum in Vientiane included "
            "Dr Somsak Preecha of Thailand's Ministry of Commerce and Le Van Thanh.",
        )
    )
    assert ("Somsak Preecha", "participatedIn", FORUM) in found
    assert not any(
        s.startswith("Ministry of Commerce") and p == "participatedIn" for s, p, _ in found
    )


def test_a_body_listed_as_a_guest_still_takes_part(nlp):
    found = stated(
        relations_of(
            nlp,
            "Guests at the opening of the fifth Mekong Trade Forum in Vientiane included "
            "the Mekong River Commission and Le Van Thanh.",
        )
    )
    assert ("Mekong River Commission", "participatedIn", FORUM) in found


def test_a_body_before_an_office_noun_and_a_name_is_no_guest(nlp):
    found = stated(
        relations_of(
            nlp,
            "Among the guests at the fifth Mekong Trade Forum in Vientiane were Le Van "
            "Thanh, Mekong River Commission (MRC) chief Anoulak Kittikhoun and Pham Van Long.",
        )
    )
    assert ("Anoulak Kittikhoun", "participatedIn", FORUM) in found
    assert ("Mekong River Commission", "participatedIn", FORUM) not in found


def test_a_titled_speaker_after_a_fronted_video_phrase_is_at_the_event_told(nlp):
    found = stated(
        relations_of(
            nlp,
            "Speaking by video from Hanoi, Deputy Minister of Industry and Trade Nguyen "
            "Sinh Hung told the fifth Mekong Trade Forum in Vientiane on Monday that "
            "exports had grown.",
        )
    )
    assert ("Nguyen Sinh Hung", "participatedIn", FORUM) in found


def test_a_person_a_spokesman_speaks_for_after_a_fronted_video_phrase_is_not_placed(nlp):
    found = stated(
        relations_of(
            nlp,
            "Speaking by video from Hanoi, a spokesman for Deputy Minister of Industry and "
            "Trade Nguyen Sinh Hung told the fifth Mekong Trade Forum in Vientiane on Monday "
            "that exports had grown.",
        )
    )
    assert ("Nguyen Sinh Hung", "participatedIn", FORUM) not in found


def test_who_attended_an_earlier_edition_the_sentence_names_went_to_that_one(nlp):
    found = stated(
        relations_of(
            nlp,
            "The fifth Mekong Trade Forum opened in Vientiane on Monday.\n\n"
            "The forum has grown since it began. Its third edition, held in Luang Prabang "
            "in 2017, was co-hosted by the Lao government, and Minister Somchai Keola "
            "attended for Thailand.",
        )
    )
    assert ("Somchai Keola", "participatedIn", FORUM) not in found
    assert ("Somchai Keola", "participatedIn", "3rd Mekong Trade Forum") in found


def test_who_attended_with_no_other_edition_named_is_at_the_one_in_scope(nlp):
    found = stated(
        relations_of(
            nlp,
            "The fifth Mekong Trade Forum opened in Vientiane on Monday.\n\n"
            "The forum has grown since it began, and Minister Somchai Keola attended for "
            "Thailand.",
        )
    )
    assert ("Somchai Keola", "participatedIn", FORUM) in found


def test_a_certificate_a_college_introduces_is_an_initiative_it_launched(nlp):
    found = stated(
        relations_of(
            nlp,
            "At the fifth Mekong Trade Forum in Vientiane, Thailand's Korat Polytechnic "
            "College introduced a welding certificate named SteelPath Certificate.",
        )
    )
    assert ("Korat Polytechnic College", "launched", "SteelPath Certificate") in found


def test_a_certificate_a_college_only_praises_is_not_launched(nlp):
    found = stated(
        relations_of(
            nlp,
            "At the fifth Mekong Trade Forum in Vientiane, Thailand's Korat Polytechnic "
            "College praised a welding certificate named SteelPath Certificate.",
        )
    )
    assert not any(p == "launched" for _, p, _ in found)
