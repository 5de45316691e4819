"""Who took part: shapes read from batch 18 and checked on batches 01-17 (session of
2026-12-06, second), one case each on sentences of our own, with what the rules must
leave alone."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

FORUM = "4th Mekong Media Forum"
_LEAD = (
    "Mekong media forum opens in Luang Prabang\n\n"
    "LUANG PRABANG, May 20 -- The 4th Mekong Media Forum opened in Luang Prabang on "
    "Tuesday, bringing together editors and officials from the six Mekong countries.\n\n"
)

_CASES = {
    # a forum is held for its speakers: a person quoted in a paragraph of their own in a
    # report on it spoke there, though the paragraph names no event
    "quoted-at-a-forum-of-the-lead": (
        _LEAD + "Somsak Phommachanh, director of the Lao News Agency, said regional newsrooms "
        "should share more video.\n\n"
        "Nguyen Thanh Binh, deputy editor of a Hanoi daily, said training mattered most.",
        "2019-05-20",
        {
            ("Somsak Phommachanh", "participatedIn", FORUM),
            ("Nguyen Thanh Binh", "participatedIn", FORUM),
        },
        set(),
    ),
    # the event's head before its topic: "Seminar on ..."
    "quoted-at-a-seminar-on-a-topic": (
        "Mekong editors meet in Luang Prabang\n\n"
        "LUANG PRABANG, May 20 -- The 4th Seminar on Mekong Media Cooperation opened in "
        "Luang Prabang on Tuesday.\n\n"
        "Somsak Phommachanh, director of the Lao News Agency, said regional newsrooms "
        "should share more video.",
        "2019-05-20",
        {("Somsak Phommachanh", "participatedIn", "4th Seminar on Mekong Media Cooperation")},
        set(),
    ),
    # "State" in an office's body ("the State Council") is no verb of saying before the
    # quote's own verb
    "state-council-office": (
        _LEAD + "Li Wenhua, an adviser to the State Council, said regional newsrooms should "
        "share more video.",
        "2019-05-20",
        {("Li Wenhua", "participatedIn", FORUM)},
        set(),
    ),
    # praise is a word said too
    "praised-at-a-forum": (
        _LEAD + "Li Wenhua, an adviser to the Ministry of Culture, praised the work of "
        "young reporters in the border provinces.",
        "2019-05-20",
        {("Li Wenhua", "participatedIn", FORUM)},
        set(),
    ),
    # ... but not one whose word is on the forum itself, as an onlooker's
    "judging-the-forum": (
        _LEAD + "Somsak Phommachanh, director of the Lao News Agency, said the forum had "
        "moved from talk to action.",
        "2019-05-20",
        set(),
        {("Somsak Phommachanh", "participatedIn", FORUM)},
    ),
    # ... nor a quote told of another time
    "quoted-of-another-year": (
        _LEAD + "Somsak Phommachanh, director of the Lao News Agency, said in 2015 that "
        "regional newsrooms should share more video.",
        "2019-05-20",
        set(),
        {("Somsak Phommachanh", "participatedIn", FORUM)},
    ),
    # a deal signed now is signed at the event in scope ...
    "signed-now": (
        _LEAD + "The Lao News Agency and the Vietnam News Agency signed a news exchange agreement.",
        "2019-05-20",
        {("Lao News Agency", "participatedIn", FORUM)},
        set(),
    ),
    # ... but one a speaker reports as signed before, in the past perfect, is not
    "reported-as-signed-before": (
        _LEAD + "Somsak Phommachanh, director of the Lao News Agency, noted that the Lao News "
        "Agency and the Vietnam News Agency had signed a news exchange agreement.",
        "2019-05-20",
        set(),
        {("Lao News Agency", "participatedIn", FORUM)},
    ),
    # an event that hears a speech hears its speaker there
    "forum-heard-an-address-from": (
        _LEAD + "The forum heard an opening address from Deputy Minister Somphet Vong.",
        "2019-05-20",
        {("Somphet Vong", "participatedIn", FORUM)},
        set(),
    ),
    # ... not what else it hears of someone
    "forum-heard-complaints": (
        _LEAD + "The forum heard complaints about a letter from Deputy Minister Somphet Vong.",
        "2019-05-20",
        set(),
        {("Somphet Vong", "participatedIn", FORUM)},
    ),
    # a speech given with no event named is given at the event in scope ...
    "gave-the-opening-address": (
        _LEAD + "Deputy Minister Somphet Vong gave the opening address.",
        "2019-05-20",
        {("Somphet Vong", "participatedIn", FORUM)},
        set(),
    ),
    # ... but an interview is a talk to the press
    "gave-an-interview": (
        _LEAD + "Deputy Minister Somphet Vong gave an interview to a Bangkok daily.",
        "2019-05-20",
        set(),
        {("Somphet Vong", "participatedIn", FORUM)},
    ),
    # an inverted list after a past participle of being there
    "seated-beside-the-host-were": (
        _LEAD + "Seated beside Deputy Minister Somphet Vong at the opening dinner of the "
        "forum were Lina Tran and Nguyen Thanh Binh.",
        "2019-05-20",
        {
            ("Lina Tran", "participatedIn", FORUM),
            ("Nguyen Thanh Binh", "participatedIn", FORUM),
            ("Somphet Vong", "participatedIn", FORUM),
        },
        set(),
    ),
    # ... not after one of being spoken of
    "criticised-at-the-forum-were": (
        _LEAD + "Criticised beside Deputy Minister Somphet Vong at the forum were Lina Tran "
        "and Nguyen Thanh Binh.",
        "2019-05-20",
        set(),
        {("Lina Tran", "participatedIn", FORUM), ("Somphet Vong", "participatedIn", FORUM)},
    ),
    # exporters listed at a fair's stands take part, as makers and suppliers do ...
    "exporters-like-at-the-stands": (
        "The 6th Mekong Food Fair opened in Vientiane on Monday.\n\n"
        "Among the stands at the 6th Mekong Food Fair were exporters like Lao Coffee "
        "Company and Mekong Rice Company.",
        "2019-05-20",
        {("Lao Coffee Company", "participatedIn", "6th Mekong Food Fair")},
        set(),
    ),
    # ... but not exporters doing business elsewhere
    "exporters-like-elsewhere": (
        "The 6th Mekong Food Fair opened in Vientiane on Monday.\n\n"
        "Exporters like Lao Coffee Company have built warehouses in Thailand.",
        "2019-05-20",
        set(),
        {("Lao Coffee Company", "participatedIn", "6th Mekong Food Fair")},
    ),
    # a session of the event told, with no event named, is a scene at it ...
    "told-the-session": (
        _LEAD + "Deputy Minister Somphet Vong told the session that video sharing would grow.",
        "2019-05-20",
        {("Somphet Vong", "participatedIn", FORUM)},
        set(),
    ),
    # ... a press briefing is a talk to the press, not a scene at it
    "told-a-press-briefing": (
        _LEAD + "Deputy Minister Somphet Vong told a press briefing that video sharing would grow.",
        "2019-05-20",
        set(),
        {("Somphet Vong", "participatedIn", FORUM)},
    ),
}


@pytest.mark.parametrize("case", sorted(_CASES))
def test_who_takes_part_shapes_of_batch_18(nlp, case):
    text, published, present, absent = _CASES[case]
    triples = stated(relations_of(nlp, text, published=published))
    assert present <= triples and not absent & triples, sorted(triples)


_AFFILIATIONS = {
    # "X, a delegate from BODY": the body one comes from and speaks for
    "delegate-from-a-body": (
        "Somsak Phommachanh, a delegate from the Lao News Agency, said training mattered.",
        {("Somsak Phommachanh", "affiliatedWith", "Lao News Agency")},
        set(),
    ),
    # ... and so for a researcher set beside the name, either way round
    "researcher-from-a-body": (
        "A researcher from the Mekong Policy Institute, Dr Lina Tran, warned of delays.",
        {("Lina Tran", "affiliatedWith", "Mekong Policy Institute")},
        set(),
    ),
    # ... but a country one comes from is no body one works for
    "delegate-from-a-country": (
        "Somsak Phommachanh, a delegate from Laos, said training mattered.",
        set(),
        {("Somsak Phommachanh", "affiliatedWith", "Laos")},
    ),
}


@pytest.mark.parametrize("case", sorted(_AFFILIATIONS))
def test_affiliation_shapes_of_batch_18(nlp, case):
    text, present, absent = _AFFILIATIONS[case]
    triples = stated(relations_of(nlp, text, published="2019-05-20"))
    assert present <= triples and not absent & triples, sorted(triples)
