"""Side events found from context (helper ent26, 2026-12-06): a host named with its year
("Held within the 2021 X Forum were ...") holds the events listed after it, and a side
event only described in lower case takes no year from its host. Each on sentences of our
own, with one the rules must leave alone."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

HELD_WITHIN = (
    "Held within the 2021 China-ASEAN Seed Forum in Nanning were a sub-forum on rice "
    "breeding and a workshop on seed testing."
)


def test_a_host_named_with_its_year_holds_the_events_after_it(nlp):
    """The host's mention starts where its year does: the longer one is the host."""
    found = stated(relations_of(nlp, HELD_WITHIN, published="2021-09-10"))
    host = "2021 China-ASEAN Seed Forum"
    assert ("sub-forum on rice breeding", "partOf", host) in found
    assert ("workshop on seed testing", "partOf", host) in found


def test_an_event_before_the_host_is_no_part_of_it(nlp):
    text = (
        "Before the 2021 China-ASEAN Seed Forum in Nanning came a sub-forum on rice "
        "breeding and a workshop on seed testing."
    )
    found = stated(relations_of(nlp, text, published="2021-09-10"))
    assert not any(p == "partOf" for _, p, _ in found)


def test_a_described_side_event_takes_no_year_from_its_host(nlp):
    """The host's year stays its own; a named side event still takes it."""
    found = stated(relations_of(nlp, HELD_WITHIN, published="2021-09-10"))
    assert ("2021 China-ASEAN Seed Forum", "inYear", "2021") in found
    assert ("workshop on seed testing", "inYear", "2021") not in found
    text = (
        "Held within the 2021 China-ASEAN Seed Forum in Nanning were the ASEAN Rice Breeding "
        "Dialogue and the Seed Testing Workshop."
    )
    found = stated(relations_of(nlp, text, published="2021-09-10"))
    assert ("Seed Testing Workshop", "partOf", "2021 China-ASEAN Seed Forum") in found
    assert ("Seed Testing Workshop", "inYear", "2021") in found
