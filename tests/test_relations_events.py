"""Where events are held, who organises them, what they are part of and what they
launch: reporting shapes beyond each rule's own example, on sentences of our own."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_an_event_held_at_a_hall_is_held_in_the_centre_and_city_around_it(nlp):
    text = (
        "The China-ASEAN Technology Transfer and Innovation Cooperation Conference was held "
        "at Hall 5 of the Nanning International Convention and Exhibition Center in Nanning, "
        "capital of south China's Guangxi Zhuang Autonomous Region, on Tuesday."
    )
    held_in = {o for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert held_in == {"Nanning International Convention and Exhibition Center", "Nanning"}


def test_an_event_opened_in_the_capital_of_a_region_is_not_held_in_the_region(nlp):
    text = (
        "The 10th Pan-Beibu Gulf Economic Cooperation Forum opened in the capital of the "
        "Guangxi Zhuang Autonomous Region on Thursday."
    )
    held_in = {o for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}
    assert "Guangxi Zhuang Autonomous Region" not in held_in
