"""Organisers and side events (org47): a subject set off after a fronted "Themed ..."
participle, "one of the series of activities of E", lower-case side events with a
dash-glued word ("a youth start-up roundtable"), a name before the topic's nouns ("for
ASEAN food brands") or a salon, a body named for friendship "with Foreign Countries", and
no edition part of another edition of its series. Each with a sentence of our own read
right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_hosts_after_a_fronted_themed_participle(nlp):
    """'Themed "X", the dialogue is hosted by A together with B': the parser makes
    "Themed" the subject and hangs "the dialogue" inside its object."""
    text = (
        "Port officials met in Qinzhou on Monday as the Beibu Gulf Harbour Dialogue opened. "
        'Themed "Green Ports", the dialogue is hosted by the Qinzhou Port Authority together '
        "with the Guangxi Ocean Bureau."
    )
    found = stated(relations_of(nlp, text))
    assert ("Beibu Gulf Harbour Dialogue", "organisedBy", "Qinzhou Port Authority") in found
    assert ("Beibu Gulf Harbour Dialogue", "organisedBy", "Guangxi Ocean Bureau") in found
    text = (
        "Port officials met in Qinzhou on Monday as the Beibu Gulf Harbour Dialogue opened. "
        'Themed "Green Ports", the dialogue was praised by the Qinzhou Port Authority.'
    )
    found = stated(relations_of(nlp, text))
    assert not any(p == "organisedBy" for s, p, o in found)


def test_one_of_a_series_of_activities(nlp):
    """ "as one of the series of activities of E": a run of occasions counts the side
    events' noun; a series of talks that praised E is none of its parts."""
    text = (
        "The Mekong Ferry Roundtable met in Nanning on Friday as one of the series of "
        "activities of the 14th China-ASEAN Expo."
    )
    found = stated(relations_of(nlp, text))
    assert ("Mekong Ferry Roundtable", "partOf", "14th China-ASEAN Expo") in found
    text = (
        "The Mekong Ferry Roundtable was one of a series of talks that praised the 14th "
        "China-ASEAN Expo."
    )
    found = stated(relations_of(nlp, text))
    assert ("Mekong Ferry Roundtable", "partOf", "14th China-ASEAN Expo") not in found


def test_lower_case_side_events_glued_and_named_topics(nlp):
    """A salon, "a youth start-up roundtable" (the dash glues "up" to "start") and "a
    seminar on label design for ASEAN coffee brands" are side events where listed on the
    sidelines of E; a salon alone in a shop is none."""
    text = (
        "Held on the sidelines of the 16th China-ASEAN Expo were a salon for tea growers, "
        "a youth start-up roundtable and a seminar on label design for ASEAN coffee brands."
    )
    found = stated(relations_of(nlp, text))
    for side in (
        "salon for tea growers",
        "youth start-up roundtable",
        "seminar on label design for ASEAN coffee brands",
    ):
        assert (side, "partOf", "16th China-ASEAN Expo") in found, found
    found = entities(nlp, "The barber opened a salon for tea growers in Nanning on Monday.")
    assert "salon for tea growers" not in found, found


def test_body_named_for_friendship_with_countries(nlp):
    """ "the X Association for Friendship with Foreign Countries" is one name; "the X
    Council for Trade with ASEAN firms" ends before "with"."""
    found = entities(
        nlp,
        "The fair is organised by the Hainan People's Association for Friendship with "
        "Foreign Countries.",
    )
    assert "Hainan People's Association for Friendship with Foreign Countries" in found, found
    found = entities(nlp, "The forum was held by the Hainan Council for Trade with ASEAN firms.")
    assert not any(label.endswith("ASEAN firms") for label in found), found


def test_no_run_of_a_series_is_part_of_another_run(nlp):
    """Two editions of one series are never parts of each other, whatever a clause seems
    to say; another event held under an edition still is."""
    text = "The 9th China-ASEAN Expo is one of the events held under the 2011 China-ASEAN Expo."
    found = stated(relations_of(nlp, text))
    assert not any(p == "partOf" for s, p, o in found), found
    text = "The China-ASEAN Port Forum is one of the events held under the 2011 China-ASEAN Expo."
    found = stated(relations_of(nlp, text))
    assert ("China-ASEAN Port Forum", "partOf", "2011 China-ASEAN Expo") in found


def test_side_events_put_on_at_the_fringes(nlp):
    """ "On the fringes of E, X put on A and B": a phrasal verb of organising
    (``organising_phrasal_verbs``) stages side events as "held" does; "put off" none."""
    text = (
        "On the fringes of the 5th Mekong Rice Fair, the millers' council put on a tasting "
        "session for rice buyers and a workshop on seed storage."
    )
    found = stated(relations_of(nlp, text))
    assert ("tasting session for rice buyers", "partOf", "5th Mekong Rice Fair") in found
    assert ("workshop on seed storage", "partOf", "5th Mekong Rice Fair") in found
    text = text.replace("put on", "put off")
    found = stated(relations_of(nlp, text))
    assert not any(p == "partOf" for s, p, o in found), found
