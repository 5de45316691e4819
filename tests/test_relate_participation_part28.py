"""Who took part (session of 2026-12-06, fourth): shapes of missed participations read
from the training articles, one case each on sentences of our own, with the sentence
the change must leave alone beside it."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

FORUM = "5th China-ASEAN Health Forum"
FAIR = "9th Mekong Trade Fair"

_CASES = {
    # "X will open E by video, as will A and B": the "as" clause of a bare auxiliary
    # repeats the main clause for its own subjects
    "as-will-list": (
        "Premier Zhang Wei will open the 9th Mekong Trade Fair in Vientiane by video, as "
        "will Lao Minister Somchai Keola, Thai Minister Anan Boonma and Mekong Council "
        "Secretary-General Lim Boon Keat.",
        {
            ("Zhang Wei", "participatedIn", FAIR),
            ("Somchai Keola", "participatedIn", FAIR),
            ("Anan Boonma", "participatedIn", FAIR),
            ("Lim Boon Keat", "participatedIn", FAIR),
        },
        set(),
    ),
    # ... "as" with its subject before its verb and a phrase of its own is a reason
    "as-reason": (
        "Premier Zhang Wei will open the 9th Mekong Trade Fair in Vientiane by video, as "
        "Minister Anan Boonma will be in Bangkok.",
        {("Zhang Wei", "participatedIn", FAIR)},
        {("Anan Boonma", "participatedIn", FAIR)},
    ),
    # "X spoke to reporters after taking part in E": the gerund's subject is the clause's
    "after-taking-part": (
        "Siti Rahmah, chief executive of Kuala Lumpur-based Medilink Sdn Bhd, spoke to "
        "reporters in Kuala Lumpur after taking part in the 5th China-ASEAN Health Forum.",
        {("Siti Rahmah", "participatedIn", FORUM)},
        set(),
    ),
    # ... not "without": a gerund that says the opposite
    "without-taking-part": (
        "Siti Rahmah, chief executive of Kuala Lumpur-based Medilink Sdn Bhd, spoke to "
        "reporters in Kuala Lumpur without taking part in the 5th China-ASEAN Health Forum.",
        set(),
        {("Siti Rahmah", "participatedIn", FORUM)},
    ),
    # "participants included students from A and B": the bodies that send people take part
    "students-from": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. Indonesian "
        "participants included students from Andalas University and Hasanuddin University.",
        {
            ("Andalas University", "participatedIn", FORUM),
            ("Hasanuddin University", "participatedIn", FORUM),
        },
        set(),
    ),
    # ... a study by its researchers cited at an event is no presence of the body
    "research-cited": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. A report by "
        "researchers from Andalas University was cited at the forum.",
        set(),
        {("Andalas University", "participatedIn", FORUM)},
    ),
    # "X was returning for the fifth time": back for a counted time at the event in scope
    "returning-counted": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. Medilink Sdn Bhd "
        "was returning for the fifth time.",
        {("Medilink", "participatedIn", FORUM)},
        set(),
    ),
    # ... not "returned to Kuala Lumpur": back somewhere else
    "returned-elsewhere": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. Medilink Sdn Bhd "
        "returned to Kuala Lumpur on Sunday with new orders.",
        set(),
        {("Medilink", "participatedIn", FORUM)},
    ),
    # "Among the newcomers is X": a first-time participant of the event in scope
    "among-the-newcomers": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. Among the newcomers "
        "is Kuching-based Medilink Sdn Bhd, which brought heart monitors.",
        {("Medilink", "participatedIn", FORUM)},
        set(),
    ),
    # ... not a newcomer to something else
    "newcomers-to-a-market": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. Among the newcomers "
        "to the Malaysian medical market is Medilink Sdn Bhd.",
        set(),
        {("Medilink", "participatedIn", FORUM)},
    ),
}


@pytest.mark.parametrize("case", sorted(_CASES))
def test_who_takes_part_shapes_part28(nlp, case):
    text, present, absent = _CASES[case]
    triples = stated(relations_of(nlp, text, published="2024-05-20"))
    assert present <= triples and not absent & triples, sorted(triples)
