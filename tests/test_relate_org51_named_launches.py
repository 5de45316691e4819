"""A launched thing described in lower case and then named ("rolled out a booking
service for small shippers called PortPass"): the parser hangs the naming participle on
the last noun before it (whom the thing is for) or on the verb; the name is the
initiative launched, the description is neither an initiative nor what was launched.
Sentences of our own, with ones the rules must leave alone: a named thing no one
launches, and a paper named in the launch verb's own phrase, not the thing launched."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def _launches(nlp, text: str) -> set[tuple[str, str]]:
    found = stated(relations_of(nlp, text, published="2024-05-02"))
    return {(s, o) for s, p, o in found if p == "launched"}


def test_a_name_after_a_phrase_on_whom_the_thing_is_for(nlp):
    text = (
        "At the 2019 Beibu Gulf Shipping Forum in Qinzhou, the Qinzhou Port Authority "
        "rolled out a booking service for small shippers called BerthLink."
    )
    launches = _launches(nlp, text)
    assert ("Qinzhou Port Authority", "BerthLink") in launches
    assert not any(o == "booking service" for _, o in launches)


def test_a_name_after_two_phrases_on_the_thing(nlp):
    text = (
        "The Yunnan Education Department unveiled a scholarship for rural teachers from "
        "Laos dubbed Mekong Lantern."
    )
    assert ("Yunnan Education Department", "Mekong Lantern") in _launches(nlp, text)


def test_a_name_set_off_by_commas_after_the_verb(nlp):
    text = (
        "Kasikornbank rolled out a microcredit scheme for market vendors, called Warung "
        "Maju, at the 2022 China-ASEAN Financial Forum in Nanning."
    )
    launches = _launches(nlp, text)
    assert ("Kasikornbank", "Warung Maju") in launches
    assert not any(o == "microcredit scheme" for _, o in launches)


def test_a_named_thing_no_one_launches_is_no_launch(nlp):
    text = (
        "At the 2020 China-ASEAN Fruit Festival in Pingxiang, Mekong Fresh praised a "
        "cold-chain programme for border traders called ColdBridge."
    )
    assert not _launches(nlp, text)


def test_a_paper_named_in_the_verbs_own_phrase_is_not_launched(nlp):
    text = (
        "At the 2025 China-ASEAN Media Forum in Nanning, Guangxi Daily set up a joint "
        "newsroom with a Lao newspaper called Vientiane Mai."
    )
    assert not any(o == "Vientiane Mai" for _, o in _launches(nlp, text))
