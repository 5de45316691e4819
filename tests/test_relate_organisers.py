"""Organisers and parts told by a participle the parser hangs on a place: "the X Fair,
which opened at the Y centre, organised by Z", "attended the forum at the hotel in C,
held as part of E". No place is organised or held as part of an event; the participle
tells of the event named before the place. Our own sentences."""

from __future__ import annotations

import pytest

from conftest import relation_facts

pytestmark = pytest.mark.model

RULE = "participle-past-the-place"


def _made(nlp, text: str, published: str = "2024-03-01") -> set[tuple[str, str, str]]:
    return relation_facts(nlp, text, published, rule=RULE)


def test_organiser_after_the_venue_organises_the_event(nlp):
    text = (
        "VIENTIANE – Some 90 exhibitors from Laos and Vietnam are taking part in the second "
        "Lao Coffee Fair, which opened yesterday at the Lao-ITECC exhibition centre, "
        "organised by the Lao Coffee Association."
    )
    assert ("2nd Lao Coffee Fair", "organisedBy", "Lao Coffee Association") in _made(nlp, text)


def test_a_participle_that_does_not_organise_is_the_venue_s(nlp):
    text = (
        "VIENTIANE – Some 90 exhibitors from Laos and Vietnam are taking part in the second "
        "Lao Coffee Fair, which opened yesterday at the Lao-ITECC exhibition centre, "
        "renovated by the Lao Coffee Association."
    )
    assert _made(nlp, text) == set()


def test_held_as_part_of_after_the_venue_is_the_event_s_part(nlp):
    text = (
        "The 2nd Mekong Water Forum opened on Monday. Ministers attended the forum at the "
        "Sokha Hotel in Siem Reap, held as part of the 3rd Mekong-Lancang Cooperation Week."
    )
    made = _made(nlp, text)
    assert ("2nd Mekong Water Forum", "partOf", "3rd Mekong-Lancang Cooperation Week") in made


def test_built_as_part_of_is_no_part(nlp):
    text = (
        "The 2nd Mekong Water Forum opened on Monday. Ministers attended the forum at the "
        "Sokha Hotel in Siem Reap, built as part of the 3rd Mekong-Lancang Cooperation Week."
    )
    assert _made(nlp, text) == set()


def test_host_after_the_event_s_city_hosts_the_event(nlp):
    text = (
        "Some 300 firms took part in the 3rd China-ASEAN Tea Expo in Nanning, hosted by the "
        "China Tea Association."
    )
    assert ("3rd China-ASEAN Tea Expo", "organisedBy", "China Tea Association") in _made(nlp, text)


def test_a_city_after_a_non_event_object_gives_no_organiser(nlp):
    text = (
        "Some 300 firms sent samples to a laboratory in Nanning, hosted by the China Tea "
        "Association."
    )
    assert _made(nlp, text) == set()


def _event_verb(nlp, text: str, published: str = "2024-03-01") -> set[tuple[str, str, str]]:
    return relation_facts(nlp, text, published, rule="event-verb")


def _organised(nlp, text: str) -> set[tuple[str, str]]:
    """(event, organiser) pairs the event-verb rule reads in ``text``."""
    return {(s, o) for s, p, o in _event_verb(nlp, text) if p == "organisedBy"}


def _organised_by_any_rule(nlp, text: str) -> set[tuple[str, str, str]]:
    """The organisedBy facts every rule reads in ``text`` (a stand's filter sits in
    :class:`Findings`, below all of them)."""
    return relation_facts(nlp, text, "2024-03-01", ("organisedBy",))


def test_organisers_said_in_the_present_are_the_series_s(nlp):
    text = (
        "The 5th Mekong Tea Fair opened in Kunming on Monday. "
        "The fair is organised by the Yunnan Tea Association and the ASEAN Secretariat."
    )
    made = _event_verb(nlp, text)
    assert ("Mekong Tea Fair", "organisedBy", "Yunnan Tea Association") in made


def test_organisers_said_in_the_past_stay_with_the_edition(nlp):
    text = (
        "The 5th Mekong Tea Fair opened in Kunming on Monday. "
        "The fair was organised by the Yunnan Tea Association and the ASEAN Secretariat."
    )
    made = _event_verb(nlp, text)
    assert not any(s == "Mekong Tea Fair" and p == "organisedBy" for s, p, _ in made)


def test_a_second_participle_in_the_present_names_the_series_organiser_too(nlp):
    text = (
        "The 5th Mekong Tea Fair opened in Kunming on Monday. "
        "The fair is organised by the Yunnan Tea Association and hosted by the Kunming "
        "Municipal Government."
    )
    made = _event_verb(nlp, text)
    assert {(s, o) for s, p, o in made if p == "organisedBy" and s == "Mekong Tea Fair"} == {
        ("Mekong Tea Fair", "Yunnan Tea Association"),
        ("Mekong Tea Fair", "Kunming Municipal Government"),
    }


def test_a_second_participle_in_the_past_stays_with_the_edition(nlp):
    text = (
        "The 5th Mekong Tea Fair opened in Kunming on Monday. "
        "The fair was organised by the Yunnan Tea Association and hosted by the Kunming "
        "Municipal Government."
    )
    made = _event_verb(nlp, text)
    assert ("5th Mekong Tea Fair", "organisedBy", "Kunming Municipal Government") in made
    assert not any(s == "Mekong Tea Fair" and p == "organisedBy" for s, p, _ in made)


def test_the_event_s_organisers_in_the_present_stay_with_the_edition(nlp):
    text = (
        "The 5th Mekong Tea Fair opened in Kunming on Monday. "
        "The event is organised by the Yunnan Tea Association."
    )
    made = _event_verb(nlp, text)
    assert not any(s == "Mekong Tea Fair" and p == "organisedBy" for s, p, _ in made)


_TEA_FAIR = "The 5th Mekong Tea Fair opened in Kunming on Monday. "
_EDITION, _SERIES = "5th Mekong Tea Fair", "Mekong Tea Fair"
_YUNNAN, _KUNMING = "Yunnan Tea Association", "Kunming Municipal Government"


@pytest.mark.parametrize(
    ("text", "organisers"),
    [
        pytest.param(
            _TEA_FAIR + "The Mekong Tea Fair is co-organised by the Yunnan Tea Association.",
            {(_SERIES, _YUNNAN), (_EDITION, _YUNNAN)},
            id="the series' own name in the present: the edition's organisers too",
        ),
        pytest.param(
            _TEA_FAIR + "The Mekong Tea Fair was first organised by the Yunnan Tea Association "
            "in 2015.",
            {(_SERIES, _YUNNAN)},
            id="the series' own name in the past: the series' alone",
        ),
        pytest.param(
            _TEA_FAIR + "The Mekong Tea Fair has been held every year since 2019 and is "
            "co-organised by the Yunnan Tea Association.",
            {(_SERIES, _YUNNAN)},
            id="the series' own name beside a clause of habit: the series' alone",
        ),
        pytest.param(
            _TEA_FAIR + "The Mekong Coffee Fair is organised by the Yunnan Coffee Association.",
            {("Mekong Coffee Fair", "Yunnan Coffee Association")},
            id="another series in the present: not the edition's",
        ),
        pytest.param(
            "The 5th Mekong Tea Fair (MTF) is co-organised by the Yunnan Tea Association and "
            "hosted by the Kunming Municipal Government.",
            {(_EDITION, _YUNNAN), (_EDITION, _KUNMING)},
            id="a numbered edition's bracketed short form is no series",
        ),
        pytest.param(
            _TEA_FAIR + "The fair is organised by the Yunnan Tea Association and has been held "
            "every year since 2019.",
            {(_SERIES, _YUNNAN), (_EDITION, _YUNNAN)},
            id="a date in a joined clause of its own leaves the present to the series",
        ),
        pytest.param(
            _TEA_FAIR + "The fair is organised by the Yunnan Tea Association on 3 May.",
            {(_EDITION, _YUNNAN)},
            id="a date in the organising clause keeps it the edition's",
        ),
        pytest.param(
            _TEA_FAIR + "Co-organised by the Yunnan Tea Association, the fair is hosted by the "
            "Kunming Municipal Government.",
            {(_SERIES, _YUNNAN), (_SERIES, _KUNMING), (_EDITION, _YUNNAN), (_EDITION, _KUNMING)},
            id="a fronted participle before a present organiser: the series' too",
        ),
        pytest.param(
            _TEA_FAIR + "Co-organised by the Yunnan Tea Association, the fair was hosted by the "
            "Kunming Municipal Government.",
            {(_EDITION, _YUNNAN), (_EDITION, _KUNMING)},
            id="a fronted participle before a past organiser: the edition's alone",
        ),
    ],
)
def test_organisers_said_in_the_present_of_a_series(nlp, text, organisers):
    assert _organised(nlp, text) == organisers


def test_a_relative_clause_of_habit_on_an_edition_tells_of_the_series(nlp):
    text = (
        "More than 150 exhibitors have signed up for the 6th Mekong Tea Fair, which the "
        "Yunnan Tea Association organises every year in Kunming."
    )
    made = _event_verb(nlp, text)
    assert ("Mekong Tea Fair", "organisedBy", "Yunnan Tea Association") in made
    assert ("Mekong Tea Fair", "heldIn", "Kunming") in made
    assert not any(s == "6th Mekong Tea Fair" and p == "organisedBy" for s, p, _ in made)


def test_a_relative_clause_without_habit_stays_with_the_edition(nlp):
    text = (
        "More than 150 exhibitors have signed up for the 6th Mekong Tea Fair, which the "
        "Yunnan Tea Association organised in Kunming."
    )
    made = _event_verb(nlp, text)
    assert ("6th Mekong Tea Fair", "organisedBy", "Yunnan Tea Association") in made
    assert not any(s == "Mekong Tea Fair" and p == "organisedBy" for s, p, _ in made)


def test_who_organises_a_stand_organises_no_event(nlp):
    text = (
        "Tebrau Foods will exhibit in the Malaysia Pavilion at the 21st China-ASEAN Expo. "
        "The Malaysia Pavilion is organised by the Malaysia External Trade Development "
        "Corporation."
    )
    assert not any(s == "Malaysia Pavilion" for s, _, _ in _organised_by_any_rule(nlp, text))


def test_who_organises_a_fair_beside_the_stand_is_its_organiser(nlp):
    text = (
        "Tebrau Foods will exhibit at the 3rd Malaysia Halal Fair. The 3rd Malaysia Halal "
        "Fair is organised by the Malaysia External Trade Development Corporation."
    )
    assert (
        "3rd Malaysia Halal Fair",
        "organisedBy",
        "Malaysia External Trade Development Corporation",
    ) in _organised_by_any_rule(nlp, text)


def test_host_after_a_date_of_the_staging_clause_hosts_the_staged_event(nlp):
    text = (
        "Vientiane staged the 2023 Mekong Rice Festival in November, co-hosted by the Lao "
        "Rice Millers Association and the Mekong River Commission."
    )
    made = _made(nlp, text)
    assert ("2023 Mekong Rice Festival", "organisedBy", "Lao Rice Millers Association") in made
    assert ("2023 Mekong Rice Festival", "organisedBy", "Mekong River Commission") in made


def test_a_date_of_a_clause_that_holds_nothing_gives_no_organiser(nlp):
    text = (
        "Vientiane praised the 2023 Mekong Rice Festival in November, co-hosted by the Lao "
        "Rice Millers Association and the Mekong River Commission."
    )
    assert _made(nlp, text) == set()


def test_it_after_a_sentence_whose_object_is_the_event_is_that_event(nlp):
    text = (
        "The trip included the 4th Borneo Pepper Buyers Meeting in Kuching. It was "
        "co-organised by the Sarawak Pepper Board and the Kuching Chamber of Commerce."
    )
    made = _organised(nlp, text)
    assert ("4th Borneo Pepper Buyers Meeting", "Sarawak Pepper Board") in made
    assert ("4th Borneo Pepper Buyers Meeting", "Kuching Chamber of Commerce") in made


def test_it_after_a_sentence_whose_object_is_no_event_organises_nothing(nlp):
    text = (
        "The trip to the 4th Borneo Pepper Buyers Meeting included 30 growers from Kuching. "
        "It was co-organised by the Sarawak Pepper Board."
    )
    assert not any(org == "Sarawak Pepper Board" for _, org in _organised(nlp, text))


def test_a_body_after_a_bare_with_on_an_agentless_passive_organises(nlp):
    text = (
        "The 3rd Johor Durian Fair opened on Monday. It was organised with the Johor Durian "
        "Growers Association."
    )
    assert ("3rd Johor Durian Fair", "Johor Durian Growers Association") in _organised(nlp, text)


def test_with_the_support_of_a_body_is_no_organiser(nlp):
    text = (
        "The 3rd Johor Durian Fair opened on Monday. It was organised with the support of the "
        "Johor Durian Growers Association."
    )
    assert ("3rd Johor Durian Fair", "Johor Durian Growers Association") not in _organised(
        nlp, text
    )
