"""Events fresh text describes in lower case, or names with a trade show's head closing
another's (event35), each shape with a sentence of our own read right (the exact
entities) and one it must leave alone:

- a lower-case side event the text gives an occasion of its own while it names another
  event: a participle of holding or organising after it ("a round-table on port safety held
  on the second day", "..., organised by X"), "on the sidelines of" after it, "were held"
  with it as the subject, or a verb of holding whose object it is ("X will hold a webinar on
  ...", or any such object where the verb's clause sets it at a named event: "On the
  sidelines of E, X hosted a pepper business matching session", "... a fruit promotion night
  during E"); a participle past its own place and time ("a logistics forum in Chongqing last
  week, held as part of E"); as the subject of an event's verb ("a seminar on rubber prices
  opens on Thursday") or of a clause run beside an event ("Running alongside the show was a
  business matching session on ...", event37); five written words before its noun, a
  dash-joined name one word ("a China-Laos logistics forum"); a nationality and a second
  "for"/"among" phrase stay in its topic; never a press conference, one described by whom it
  is for ("a roadshow for Thai manufacturers"), one only hosted with no subject ("host a
  business matching session"), one beside another only as an exhibitor is ("showed rice
  alongside a tea workshop"), nor such a phrase where no other event is named;
- "the X Forum and Exhibition": one event, not a forum and a lone head, and "X Forum"
  elsewhere in the text (a headline) that same event;
- a lower-case side event listed beside another event under a plural of an event's head
  ("Two parallel meetings follow on Friday: a X Dialogue and a rice milling cooperation
  session", event39); not under a plural of anything else ("Two parallel buses ...")."""

from __future__ import annotations

import pytest

from conftest import entities

pytestmark = pytest.mark.model

#: (sentence, every entity it holds, label → class)
READ = [
    (
        "Thai officials attended the 12th China-ASEAN Port Forum in Qinzhou. They also "
        "joined a round-table on port safety and green shipping held on the second day.",
        {
            "China-ASEAN Port Forum": "Event",
            "12th China-ASEAN Port Forum": "Event",
            "Qinzhou": "Place",
            "round-table on port safety and green shipping": "Event",
        },
    ),
    (
        "The 18th China-ASEAN Expo opened on Friday. On its sidelines, the Vietnam Trade "
        "Promotion Agency will hold a webinar on Vietnamese pepper exports on Saturday.",
        {
            "China-ASEAN Expo": "Event",
            "18th China-ASEAN Expo": "Event",
            "Vietnam Trade Promotion Agency": "Organisation",
            "webinar on Vietnamese pepper exports": "Event",
        },
    ),
    (
        "The 20th China-ASEAN Expo opened in Nanning. Students met for a youth innovation "
        "camp on the sidelines of the expo.",
        {
            "China-ASEAN Expo": "Event",
            "20th China-ASEAN Expo": "Event",
            "Nanning": "Place",
            "youth innovation camp": "Event",
        },
    ),
    (
        "The 20th China-ASEAN Expo opened in Nanning. Students met for a youth innovation "
        "camp on the expo's sidelines, organised by Guangxi Normal University.",
        {
            "China-ASEAN Expo": "Event",
            "20th China-ASEAN Expo": "Event",
            "Nanning": "Place",
            "youth innovation camp": "Event",
            "Guangxi Normal University": "Organisation",
        },
    ),
    (
        "Side events of the 20th China-ASEAN Expo include the China-ASEAN Tea Forum and a "
        "workshop on halal labelling for rice exporters.",
        {
            "China-ASEAN Expo": "Event",
            "20th China-ASEAN Expo": "Event",
            "China-ASEAN Tea Forum": "Event",
            "workshop on halal labelling for rice exporters": "Event",
        },
    ),
    (
        "Side events of the 19th China-ASEAN Expo include the China-ASEAN Tea Forum and a "
        "workshop on food safety rules for the Chinese market.",
        {
            "China-ASEAN Expo": "Event",
            "19th China-ASEAN Expo": "Event",
            "China-ASEAN Tea Forum": "Event",
            "workshop on food safety rules for the Chinese market": "Event",
        },
    ),
    (
        "The 9th China-South Asia Expo opened in Kunming. A seminar on rubber prices opens "
        "at the same hall on Thursday.",
        {
            "China-South Asia Expo": "Event",
            "9th China-South Asia Expo": "Event",
            "Kunming": "Place",
            "seminar on rubber prices": "Event",
        },
    ),
    (
        "The 9th China-South Asia Expo opened in Kunming. Running alongside the show was a "
        "business matching session on furniture exports.",
        {
            "China-South Asia Expo": "Event",
            "9th China-South Asia Expo": "Event",
            "Kunming": "Place",
            "business matching session on furniture exports": "Event",
        },
    ),
    (
        "Held alongside the 9th China-South Asia Expo are the 30th Kunming Trade Fair and "
        "a China-Laos cold chain logistics forum.",
        {
            "China-South Asia Expo": "Event",
            "9th China-South Asia Expo": "Event",
            "Kunming Trade Fair": "Event",
            "30th Kunming Trade Fair": "Event",
            "China-Laos cold chain logistics forum": "Event",
        },
    ),
    (
        "The 12th China-ASEAN Mining Cooperation Forum and Exhibition opened in Nanning on "
        "Thursday.",
        {
            "China-ASEAN Mining Cooperation Forum and Exhibition": "Event",
            "12th China-ASEAN Mining Cooperation Forum and Exhibition": "Event",
            "Nanning": "Place",
        },
    ),
    (
        "The 5th Mekong Rice Forum opened in Vientiane. Two parallel meetings follow on "
        "Friday: a Lancang-Mekong Seed Trade Dialogue and a rice milling cooperation session.",
        {
            "Mekong Rice Forum": "Event",
            "5th Mekong Rice Forum": "Event",
            "Vientiane": "Place",
            "Lancang-Mekong Seed Trade Dialogue": "Event",
            "rice milling cooperation session": "Event",
        },
    ),
]


def test_a_name_less_its_closing_head_is_the_same_event(nlp) -> None:
    text = (
        "Lao team attends 12th China-ASEAN Mining Cooperation Forum\n"
        "A Lao team attended the 12th China-ASEAN Mining Cooperation Forum and Exhibition "
        "in Nanning on Thursday."
    )
    assert entities(nlp, text) == {
        "China-ASEAN Mining Cooperation Forum and Exhibition": "Event",
        "12th China-ASEAN Mining Cooperation Forum and Exhibition": "Event",
        "Nanning": "Place",
    }


#: A verb of holding set at a named event by its own clause ("On the sidelines of E, X
#: hosted ...", "... during E"), and a participle of holding past the description's own
#: place and time ("a forum in X last week, held as part of E"), session 27 (side42)
READ_SET_AT_EVENT = [
    (
        "On the sidelines of the 18th China-ASEAN Expo, the Vietnam Trade Promotion Agency "
        "hosted a pepper business matching session.",
        {
            "China-ASEAN Expo": "Event",
            "18th China-ASEAN Expo": "Event",
            "Vietnam Trade Promotion Agency": "Organisation",
            "pepper business matching session": "Event",
        },
    ),
    (
        "The Vietnam Trade Promotion Agency will co-host a Vietnamese fruit promotion night "
        "during the 18th China-ASEAN Expo.",
        {
            "Vietnam Trade Promotion Agency": "Organisation",
            "Vietnamese fruit promotion night": "Event",
            "China-ASEAN Expo": "Event",
            "18th China-ASEAN Expo": "Event",
        },
    ),
    (
        "At a logistics forum in Chongqing last week, held as part of the 2023 Western China "
        "International Fair, port operators said shipments had doubled.",
        {
            "logistics forum": "Event",
            "Chongqing": "Place",
            "2023": "Year",
            "Western China International Fair": "Event",
            "2023 Western China International Fair": "Event",
        },
    ),
]

#: The same descriptions where the clause names no event ("During the week") or no
#: participle of holding follows the phrase
LEFT_SET_AT_EVENT = [
    (
        "During the week, the Vietnam Trade Promotion Agency hosted a pepper business matching "
        "session. The 18th China-ASEAN Expo opened in Nanning.",
        {
            "Vietnam Trade Promotion Agency": "Organisation",
            "China-ASEAN Expo": "Event",
            "18th China-ASEAN Expo": "Event",
            "Nanning": "Place",
        },
    ),
    (
        "At a logistics forum in Chongqing last week, delegates from the 2023 Western China "
        "International Fair said shipments had doubled.",
        {
            "Chongqing": "Place",
            "2023": "Year",
            "Western China International Fair": "Event",
            "2023 Western China International Fair": "Event",
        },
    ),
]


#: (sentence, every entity it holds): no described side event, no event joined to a second
LEFT = [
    (
        "The 20th China-ASEAN Expo opened in Nanning. A press conference held on Friday "
        "drew 40 reporters.",
        {"China-ASEAN Expo": "Event", "20th China-ASEAN Expo": "Event", "Nanning": "Place"},
    ),
    (
        "The ministry in Hanoi will hold a webinar on Vietnamese pepper exports on Saturday.",
        {"Hanoi": "Place"},
    ),
    (
        "The 20th China-ASEAN Expo opened in Nanning. The consulate will host a business "
        "matching session, and a roadshow for Thai manufacturers was held on its sidelines.",
        {"China-ASEAN Expo": "Event", "20th China-ASEAN Expo": "Event", "Nanning": "Place"},
    ),
    (
        "The 9th China-South Asia Expo opened in Kunming. A Lao rice exporter showed its "
        "grain alongside a tea tasting session for buyers.",
        {
            "China-South Asia Expo": "Event",
            "9th China-South Asia Expo": "Event",
            "Kunming": "Place",
        },
    ),
    (
        "Delegates came to the 20th China-ASEAN Expo and China-ASEAN Business and "
        "Investment Summit in Nanning.",
        {
            "China-ASEAN Expo": "Event",
            "20th China-ASEAN Expo": "Event",
            "China-ASEAN Business and Investment Summit": "Event",
            "20th China-ASEAN Business and Investment Summit": "Event",
            "Nanning": "Place",
        },
    ),
    (
        "The 5th Mekong Rice Forum opened in Vientiane. Two parallel buses go on Friday: to "
        "a Lancang-Mekong Seed Trade Dialogue and a rice milling cooperation session.",
        {
            "Mekong Rice Forum": "Event",
            "5th Mekong Rice Forum": "Event",
            "Vientiane": "Place",
            "Lancang-Mekong Seed Trade Dialogue": "Event",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ + READ_SET_AT_EVENT)
def test_read(nlp, text: str, expected: dict[str, str]) -> None:
    assert entities(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), LEFT + LEFT_SET_AT_EVENT)
def test_left_alone(nlp, text: str, expected: dict[str, str]) -> None:
    assert entities(nlp, text) == expected


def test_the_forum_of_a_forum_and_exhibition_is_that_event(nlp) -> None:
    from test_relations import relations_of, stated

    text = (
        "A Lao team attended the 12th China-ASEAN Mining Cooperation Forum and Exhibition "
        "in Nanning. At the forum, the Lao Mining Association signed a memorandum."
    )
    found = stated(relations_of(nlp, text))
    edition = "12th China-ASEAN Mining Cooperation Forum and Exhibition"
    assert ("Lao Mining Association", "participatedIn", edition) in found, found


def test_a_night_hosted_during_an_edition_is_its_side_event(nlp) -> None:
    """Its hosts organise it and it is part of the edition the clause names; the hosts
    are no organisers of the edition."""
    from test_relations import relations_of, stated

    text = (
        "The Vietnam Trade Promotion Agency will co-host a Vietnamese fruit promotion night "
        "during the 18th China-ASEAN Expo."
    )
    found = stated(relations_of(nlp, text))
    assert {r for r in found if r[1] in ("partOf", "organisedBy")} == {
        ("Vietnamese fruit promotion night", "organisedBy", "Vietnam Trade Promotion Agency"),
        ("Vietnamese fruit promotion night", "partOf", "18th China-ASEAN Expo"),
    }
