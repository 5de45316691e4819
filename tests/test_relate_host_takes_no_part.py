"""An event's host or organiser is not also one of its participants: our gold lists a
body that hosts an event as its organiser (organisedBy), almost never also as taking part
in it, while the host's officials who speak there do take part. Sentences of our own."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_the_host_of_a_camp_takes_no_part_in_it(nlp):
    text = (
        "The 2022 ASEAN-China Youth Camp, hosted by the ASEAN-China Centre, opened in Guilin "
        "on Monday. Its secretary-general Chen Dehai told the camp that the centre would keep "
        "working to bring young people of the two sides closer."
    )
    found = stated(relations_of(nlp, text, published="2022-07-20"))
    event = "2022 ASEAN-China Youth Camp"
    assert (event, "organisedBy", "ASEAN-China Centre") in found
    assert ("ASEAN-China Centre", "participatedIn", event) not in found
    assert ("Chen Dehai", "participatedIn", event) in found


def test_a_body_no_one_calls_the_host_still_takes_part(nlp):
    text = (
        "The 2022 ASEAN-China Craft Fair, a one-day showcase held in Beijing on Wednesday, "
        "drew buyers from Yunnan. Secretary-General Chen Dehai said the ASEAN-China Centre "
        "would keep working to bring the peoples of the two sides closer."
    )
    found = stated(relations_of(nlp, text, published="2022-07-20"))
    assert ("ASEAN-China Centre", "participatedIn", "2022 ASEAN-China Craft Fair") in found
