"""Own-words overviews that walk through a series' editions: a bare ordinal that opens a
paragraph ("The ninth opened on ...") sets the sentences after it at that edition, a
participle phrase that names an edition beats the edition in scope, and "with X
speaking by video" puts X at the clause's event. Each on sentences of our own, with one
the rules must leave alone."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

_FIRST = (
    "The Mekong Seed Forum first met in Vientiane in 2012, when the 1st Mekong Seed Forum "
    "drew 80 breeders.\n"
    "The forum soon outgrew the capital.\n"
)

_DECADE = (
    "The Mekong Seed Centre was set up in Vientiane in 2012, the same year the first Mekong "
    "Seed Forum met in the city. At that first forum, Minister Vilay Phomma proposed a seed "
    "bank.\n\nThe forum became the centre's shop window. Its eighth edition opened on May "
    "2, 2018 in Luang Prabang.\n\nThe ninth forum, held in June 2019, launched the Mekong "
    "Seed Bank.\n\n"
)


def test_a_later_edition_opening_a_paragraph_sets_the_people_after_it(nlp):
    # "opened" after a bare ordinal is tagged a participle: still a past clause
    text = (
        _DECADE + "The tenth opened on March 3 this year in Pakse. Minister Somsak Keola "
        "gave his keynote by video."
    )
    found = stated(relations_of(nlp, text, published="2020-06-01"))
    assert ("Somsak Keola", "participatedIn", "10th Mekong Seed Forum") in found


def test_a_later_edition_told_ahead_sets_nothing(nlp):
    text = (
        _DECADE + "The tenth will open on March 3 next year in Pakse. Minister Somsak Keola "
        "gave his keynote by video."
    )
    found = stated(relations_of(nlp, text, published="2020-06-01"))
    assert ("Somsak Keola", "participatedIn", "10th Mekong Seed Forum") not in found


def test_the_edition_a_participle_phrase_names_beats_the_one_in_scope(nlp):
    text = (
        _FIRST + "Addressing the opening ceremony of the 6th Mekong Seed Forum by video in "
        "2017, Premier Bounlay Sitha praised the breeders."
    )
    found = stated(relations_of(nlp, text, published="2020-06-01"))
    people = {(s, o) for s, p, o in found if p == "participatedIn"}
    assert ("Bounlay Sitha", "6th Mekong Seed Forum") in people
    assert ("Bounlay Sitha", "1st Mekong Seed Forum") not in people


def test_with_a_speaker_speaking_by_video_takes_part(nlp):
    text = (
        "The 3rd Mekong Seed Forum was held in Pakse in 2019, with Khamphao Vongsa, head "
        "of the Lao Seed Board, speaking by video."
    )
    found = stated(relations_of(nlp, text, published="2020-06-01"))
    assert ("Khamphao Vongsa", "participatedIn", "3rd Mekong Seed Forum") in found


def test_with_a_speaker_delivering_a_keynote_takes_part(nlp):
    text = (
        "The 3rd Mekong Seed Forum was held in Pakse in 2019, with Khamphao Vongsa "
        "delivering a keynote speech."
    )
    found = stated(relations_of(nlp, text, published="2020-06-01"))
    assert ("Khamphao Vongsa", "participatedIn", "3rd Mekong Seed Forum") in found


def test_with_someone_giving_away_goods_is_no_speaker(nlp):
    text = (
        "The 3rd Mekong Seed Forum was held in Pakse in 2019, with Khamphao Vongsa "
        "giving away free seed packets in Vientiane."
    )
    found = stated(relations_of(nlp, text, published="2020-06-01"))
    assert ("Khamphao Vongsa", "participatedIn", "3rd Mekong Seed Forum") not in found


def test_bare_ordinals_set_off_after_a_series_count_on_it(nlp):
    text = (
        "Laos has hosted the Mekong Seed Forum every year since 2010. The fourth, in 2013, "
        "and the fifth, a year later, were both held in Pakse."
    )
    found = stated(relations_of(nlp, text, published="2015-06-01"))
    assert ("4th Mekong Seed Forum", "inYear", "2013") in found
    assert ("5th Mekong Seed Forum", "editionOf", "Mekong Seed Forum") in found
    assert ("5th Mekong Seed Forum", "heldIn", "Pakse") in found


def test_a_bare_ordinal_after_a_series_with_no_date_or_place_is_no_edition(nlp):
    text = (
        "Laos has hosted the Mekong Seed Forum every year since 2010. The fourth and the "
        "fifth were both held in Pakse."
    )
    found = stated(relations_of(nlp, text, published="2015-06-01"))
    assert not {s for s, p, o in found if s.startswith("4th")}


def test_by_the_time_of_a_bare_ordinal_sets_its_sentence(nlp):
    text = (
        "The 1st Mekong Seed Forum opened in Vientiane in 2010. By the time of the tenth, in "
        "2019, the forum had 900 members, and Premier Bounlay Sitha opened it."
    )
    found = stated(relations_of(nlp, text, published="2020-06-01"))
    assert ("10th Mekong Seed Forum", "inYear", "2019") in found
    assert ("Bounlay Sitha", "participatedIn", "10th Mekong Seed Forum") in found
    assert ("Bounlay Sitha", "participatedIn", "1st Mekong Seed Forum") not in found


def test_by_a_year_opening_a_sentence_sets_no_edition(nlp):
    text = (
        "The 1st Mekong Seed Forum opened in Vientiane in 2010. By 2019, the forum had 900 members."
    )
    found = stated(relations_of(nlp, text, published="2020-06-01"))
    assert not {s for s, p, o in found if s.startswith(("10th", "2nd"))}
