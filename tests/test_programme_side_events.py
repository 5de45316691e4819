"""A named event's programme listed in lower case (org44): after a verb of listing or a
colon ("The programme of E included a gamelan and guzheng workshop and a young
composers' competition", "... made up E: a ..., a ... and a ..."), a topic that runs on
through "between" two names, a sentence-initial "Host" before the organiser's name, and a
body "with the participation of" an event that does not organise it. Each with a
sentence of our own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities
from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def test_events_listed_after_included_are_the_programme(nlp):
    """Two kinds joined before the noun and a plural possessive stay in the label; both
    are part of the event whose programme includes them."""
    text = (
        "The programme of the 2021 Mekong Youth Music Week in Vientiane included a khene "
        "and erhu workshop and a young drummers' contest."
    )
    found = entities(nlp, text)
    assert found.get("khene and erhu workshop") == "Event"
    assert found.get("young drummers' contest") == "Event"
    facts = stated(relations_of(nlp, text, published="2021-05-02"))
    assert ("khene and erhu workshop", "partOf", "2021 Mekong Youth Music Week") in facts
    text = "The ministry will run a khene and erhu workshop and a young drummers' contest."
    found = entities(nlp, text)
    assert "khene and erhu workshop" not in found
    assert "young drummers' contest" not in found


def test_events_listed_after_a_colon_with_a_topic_between_two_places(nlp):
    """ "Three activities made up E: a ..., a ... and a forum on X between A and B": each
    listed one is part of E, the topic read to the second place, the places kept."""
    text = (
        "Three activities made up the 2020 Red River Culture Week in Lao Cai: a border "
        "cuisine fair, a lantern making workshop and a forum on tourism cooperation "
        "between Lao Cai and Yunnan."
    )
    found = entities(nlp, text)
    forum = "forum on tourism cooperation between Lao Cai and Yunnan"
    assert found.get(forum) == "Event"
    assert found.get("Yunnan") == "Place"
    facts = stated(relations_of(nlp, text, published="2020-03-10"))
    assert ("lantern making workshop", "partOf", "2020 Red River Culture Week") in facts
    assert (forum, "partOf", "2020 Red River Culture Week") in facts
    text = "Three farmers from Lao Cai sold tea: a border cuisine fair, a market and a shop."
    assert "border cuisine fair" not in entities(nlp, text)


def test_a_host_opening_the_sentence_is_the_organiser(nlp):
    """ "Host X said ...": the role's title is no part of the body's name, and the body
    organises the event; a body opening the sentence with no such title does not."""
    text = (
        "The 4th Mekong Youth Chess Cup opened in Vientiane on Monday. Host Souphanouvong "
        "Teachers College said 90 players had entered."
    )
    facts = stated(relations_of(nlp, text, published="2024-07-02"))
    assert ("4th Mekong Youth Chess Cup", "organisedBy", "Souphanouvong Teachers College") in facts
    text = (
        "The 4th Mekong Youth Chess Cup opened in Vientiane on Monday. Souphanouvong "
        "Teachers College said 90 of its students had entered."
    )
    facts = stated(relations_of(nlp, text, published="2024-07-02"))
    assert not any(p == "organisedBy" for _, p, _ in facts)


def test_a_body_with_the_participation_of_does_not_organise(nlp):
    text = (
        "The 2022 Dong Dang Border Fair opened on Friday. The fair is organised by the "
        "Lang Son Trade Promotion Centre, with the participation of the Chongzuo Commerce "
        "Bureau."
    )
    facts = stated(relations_of(nlp, text, published="2022-05-06"))
    organisers = {o for _, p, o in facts if p == "organisedBy"}
    assert "Lang Son Trade Promotion Centre" in organisers
    assert "Chongzuo Commerce Bureau" not in organisers


def test_events_featured_after_a_topic_between_two_places(nlp):
    """ "E featured a seminar on X between A and B and a tasting session": the second is
    featured too, however the parser hangs it on the second place."""
    text = (
        "The 2019 Beibu Gulf Seafood Fair in Qinzhou featured a seminar on shrimp trade "
        "between Guangxi and Vietnam and a oyster tasting session."
    )
    facts = stated(relations_of(nlp, text, published="2019-11-20"))
    assert ("oyster tasting session", "partOf", "2019 Beibu Gulf Seafood Fair") in facts
    text = (
        "The 2019 Beibu Gulf Seafood Fair in Qinzhou drew traders from Guangxi and Vietnam "
        "and a oyster tasting session was held in Beihai."
    )
    facts = stated(relations_of(nlp, text, published="2019-11-20"))
    assert ("oyster tasting session", "partOf", "2019 Beibu Gulf Seafood Fair") not in facts


def test_events_held_under_an_event_and_topics_with_names(nlp):
    """ "Held under E were a ..., a ... and a ...": listed events, their topics holding a
    name glued to a lower-case word ("Chinese-language") or before a plural ("ASEAN
    films"), are part of E; the same list after a plain "Held in" a city is not."""
    text = (
        "Held under the 2023 Mekong Education Week in Kunming were a fair for "
        "Chinese-language textbooks and a workshop on ASEAN films."
    )
    found = entities(nlp, text)
    assert found.get("fair for Chinese-language textbooks") == "Event"
    facts = stated(relations_of(nlp, text, published="2023-08-01"))
    assert ("workshop on ASEAN films", "partOf", "2023 Mekong Education Week") in facts
    text = (
        "Held in Kunming last year were a fair for Chinese-language textbooks and a "
        "workshop on ASEAN films."
    )
    found = entities(nlp, text)
    assert "workshop on ASEAN films" not in found


def test_a_lower_case_forum_after_a_named_one_and_its_place(nlp):
    text = (
        "The 2nd Mekong Media Forum held sessions of its own, among them a Mekong Radio "
        "Forum in Vientiane and a podcast production forum in Luang Prabang."
    )
    assert entities(nlp, text).get("podcast production forum") == "Event"
    text = "Reporters went to Vientiane and a podcast production forum in Luang Prabang."
    assert "podcast production forum" not in entities(nlp, text)
