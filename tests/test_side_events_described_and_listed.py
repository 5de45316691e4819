"""Side events described in lower case and the hosts and organisers they take (org46):
a topic whose nouns two names share ("a roundtable of Lao and Thai millers"), a count in
the topic and a ceremony only when listed, "as part of", "During the expo, X organised a
mango promotion with Y", meetings held during "the 44th and 45th Summits", bodies "with
... as co-organisers". Each with a sentence of our own read right and one
it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_a_topic_two_names_share_and_a_ceremony_listed(nlp):
    """ "A roundtable of Lao and Thai rice millers, a workshop on ... and a signing
    ceremony for 12 supply deals were held ... as part of E": three side events, each part
    of E; a ceremony alone is no side event."""
    text = (
        "A roundtable of Lao and Thai rice millers, a workshop on seed storage and a signing "
        "ceremony for 12 supply deals were held on Friday as part of the 5th Mekong Rice Fair."
    )
    found = stated(relations_of(nlp, text))
    for side in (
        "roundtable of Lao and Thai rice millers",
        "workshop on seed storage",
        "signing ceremony for 12 supply deals",
    ):
        assert (side, "partOf", "5th Mekong Rice Fair") in found
    text = "A signing ceremony for 12 supply deals was held on Friday at the 5th Mekong Rice Fair."
    assert "signing ceremony for 12 supply deals" not in entities(nlp, text)


def test_roundtable_of_a_list_is_no_part_of_the_next_item(nlp):
    """ "E featured a roundtable of A and B exporters and a session on X": the session is
    E's, not the roundtable's (the parser hangs it on the exporters)."""
    text = (
        "The 2nd Lancang Coffee Forum featured a roundtable of Lao and Thai coffee exporters "
        "and a session on roasting."
    )
    found = stated(relations_of(nlp, text))
    assert ("session on roasting", "partOf", "2nd Lancang Coffee Forum") in found
    assert not any(s.startswith("roundtable") and o == "session on roasting" for s, p, o in found)


def test_a_promotion_organised_with_a_body_during_the_expo(nlp):
    """ "During the expo, A organised a mango promotion at its pavilion with B": the
    promotion is the expo's, organised by A and B; "with the support of B" names a
    sponsor, not an organiser."""
    text = (
        "Thai exporters went to the 18th China-ASEAN Expo. During the expo, the Thai Trade "
        "Office organised a mango promotion at the Thailand pavilion with the Ministry of "
        "Agriculture and Cooperatives."
    )
    found = stated(relations_of(nlp, text))
    assert ("mango promotion", "partOf", "18th China-ASEAN Expo") in found
    assert ("mango promotion", "organisedBy", "Ministry of Agriculture and Cooperatives") in found
    text = (
        "During the 18th China-ASEAN Expo, the Thai Trade Office organised a mango promotion "
        "with the support of the Ministry of Agriculture and Cooperatives."
    )
    found = stated(relations_of(nlp, text))
    assert ("mango promotion", "organisedBy", "Ministry of Agriculture and Cooperatives") not in (
        found
    )


def test_one_of_the_meetings_held_during_two_summits(nlp):
    """ "one of the meetings held during the 42nd and 43rd ASEAN Summits": part of both;
    "during the 43rd ASEAN Summit" alone, of that one."""
    text = (
        "The 26th ASEAN-Korea Summit took place in Jakarta. It was one of the meetings held "
        "during the 42nd and 43rd ASEAN Summits."
    )
    found = stated(relations_of(nlp, text))
    assert ("26th ASEAN-Korea Summit", "partOf", "42nd ASEAN Summit") in found
    assert ("26th ASEAN-Korea Summit", "partOf", "43rd ASEAN Summit") in found
    text = (
        "The 26th ASEAN-Korea Summit took place in Jakarta. It was one of the meetings held "
        "during the 43rd ASEAN Summit, after the 42nd ASEAN Summit in May."
    )
    found = stated(relations_of(nlp, text))
    assert ("26th ASEAN-Korea Summit", "partOf", "42nd ASEAN Summit") not in found


def test_bodies_with_a_role_after_with(nlp):
    """ "E will be held in Cebu next year, with A and B as co-organisers": both organise
    E; a body "with" names in another role ("as its guest") organises nothing."""
    text = (
        "The 3rd ASEAN-China Coral Forum will be held in Cebu City next year, with the "
        "Department of Tourism and the ASEAN-China Centre as co-organisers."
    )
    found = stated(relations_of(nlp, text))
    assert ("3rd ASEAN-China Coral Forum", "organisedBy", "Department of Tourism") in found
    assert ("3rd ASEAN-China Coral Forum", "organisedBy", "ASEAN-China Centre") in found
    text = (
        "The 3rd ASEAN-China Coral Forum will be held in Cebu City next year, with the "
        "ASEAN-China Centre as its guest of honour."
    )
    found = stated(relations_of(nlp, text))
    assert ("3rd ASEAN-China Coral Forum", "organisedBy", "ASEAN-China Centre") not in found


def test_a_listed_item_hosts_no_other(nlp):
    """ "Alongside E, the organisers held two side events: a chess contest and a signing
    ceremony": both are E's, neither is the other's part."""
    text = (
        "Alongside the 2021 Mekong Youth Forum in Vientiane, the organisers held two side "
        "events: a chess contest and a signing ceremony."
    )
    found = stated(relations_of(nlp, text))
    assert ("signing ceremony", "partOf", "2021 Mekong Youth Forum") in found
    assert ("signing ceremony", "partOf", "chess contest") not in found
