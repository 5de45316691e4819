"""Who took part: shapes read from batches 14-17 (session of 2026-12-06), one case
each on sentences of our own, with what the rules must leave alone."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

FORUM = "3rd Mekong Trade Forum"
_OPENING = (
    "Prime Minister Thongsing Thammavong attended the opening of the third Mekong Trade "
    "Forum in Luang Prabang.\n"
)

_CASES = {
    # "the Prime Minister and Chinese Premier X": a nationality after "and" opens another
    # person's title, so "the Prime Minister" later is not X
    "office-and-nationality-two-people": (
        _OPENING + "Later, in the presence of the Prime Minister and Chinese Premier Wen "
        "Jiabao, officials signed two loan agreements.\n"
        "The Prime Minister was accompanied by Minister of Finance Phouphet Khamphounvong.",
        "2010-05-20",
        {("Phouphet Khamphounvong", "participatedIn", FORUM)},
        set(),
    ),
    # ... where two offices joined by "and" before one name stay that person's title
    "two-offices-one-person": (
        "State Councilor and Foreign Minister Wang Yi attended the third Mekong Trade Forum "
        "in Luang Prabang.\n"
        "The State Councilor was accompanied by Vice-Minister Sun Weidong.",
        "2010-05-20",
        {("Sun Weidong", "participatedIn", FORUM)},
        set(),
    ),
    # "the Prime Minister took part in X, where she spoke": the pronoun is the office's
    # holder, the subject of its sentence, not the last person named
    "pronoun-after-office-subject": (
        "Prime Minister Yingluck Shinawatra attended the third Mekong Trade Forum in Luang "
        "Prabang. Pascal Lamy also spoke.\n"
        "In the afternoon, the Prime Minister took part in the Leaders' Dialogue, where she "
        "spoke on river transport.",
        "2010-05-20",
        {("Yingluck Shinawatra", "participatedIn", "Leaders' Dialogue")},
        {("Pascal Lamy", "participatedIn", "Leaders' Dialogue")},
    ),
    # ... but a person named between the office and the pronoun may be meant
    "pronoun-after-a-person-named-later": (
        "Prime Minister Yingluck Shinawatra attended the third Mekong Trade Forum in Luang "
        "Prabang.\n"
        "The Prime Minister met Pascal Lamy, and he later spoke at the Leaders' Dialogue.",
        "2010-05-20",
        set(),
        {("Yingluck Shinawatra", "participatedIn", "Leaders' Dialogue")},
    ),
    # "A accompanied the Vice-President": the split hyphenated office is the one named so
    "accompanied-the-vice-president": (
        "Vice-President Tin Aung Myint Oo led Myanmar's delegation to the third Mekong "
        "Trade Forum in Luang Prabang.\n"
        "Deputy Minister U Myo Myint accompanied the Vice-President.",
        "2010-05-20",
        {("Myo Myint", "participatedIn", FORUM)},
        set(),
    ),
    # ... and "the Vice-President" is no president named before
    "the-vice-president-is-no-president": (
        "President Thein Sein led Myanmar's delegation to the third Mekong Trade Forum in "
        "Luang Prabang.\n"
        "Deputy Minister U Myo Myint accompanied the Vice-President.",
        "2010-05-20",
        set(),
        {("Myo Myint", "participatedIn", FORUM)},
    ),
    # "Deputy Minister for Foreign Affairs U X accompanied ...": the name hung inside the
    # portfolio is the subject
    "name-after-a-portfolio": (
        "Vice-President Tin Aung Myint Oo led Myanmar's delegation to the third Mekong "
        "Trade Forum in Luang Prabang.\n"
        "Deputy Minister for Foreign Affairs U Myo Myint accompanied the Vice-President.",
        "2010-05-20",
        {("Myo Myint", "participatedIn", FORUM)},
        set(),
    ),
    # "The Daily Star spoke to X, head of ...": a body speaking to a person is the press
    # asking; it takes no part in the event in scope
    "a-body-speaking-to-a-person-is-the-press": (
        "Ahead of the third Mekong Trade Forum, which opens in Luang Prabang on Monday, the "
        "Mekong Daily Herald spoke to Somphone Keola, head of the trade office at the Lao "
        "Embassy in Hanoi, about what Lao firms hope to gain.",
        "2010-05-20",
        set(),
        {("Mekong Daily Herald", "participatedIn", FORUM)},
    ),
    # ... where a person who speaks to the guests is there
    "a-person-speaking-to-guests-takes-part": (
        "The third Mekong Trade Forum opened in Luang Prabang on Monday.\n"
        "Trade Minister Nam Viyaketh spoke to the delegates in the main hall.",
        "2010-05-20",
        {("Nam Viyaketh", "participatedIn", FORUM)},
        set(),
    ),
    # "would hold similar briefings in three provinces": meetings of their own, not held
    # at the event in scope
    "similar-briefings-are-other-meetings": (
        "The third Mekong Trade Forum opened in Luang Prabang on Monday.\n"
        "Officials said the Lao National Tourism Administration would hold similar "
        "briefings in Pakse and Savannakhet before the end of the year.",
        "2010-05-20",
        set(),
        {("Lao National Tourism Administration", "participatedIn", FORUM)},
    ),
    # "X Summit Dubai": an event's noun before a place is its head, so "the summit" after
    # it in its paragraph is that summit, not another summit named paragraphs before
    "the-summit-before-a-place-in-its-name": (
        "The Vientiane Trade Week opened on Monday. Running beside it are a Coffee Summit "
        "and a start-up fair.\n\n"
        "On the second day, the first Mekong Logistics Summit Vientiane was held at the "
        "Lao-ITECC centre. Trade Minister Nam Viyaketh also addressed the summit.",
        "2010-05-20",
        {("Nam Viyaketh", "participatedIn", "1st Mekong Logistics Summit Vientiane")},
        {("Nam Viyaketh", "participatedIn", "Coffee Summit")},
    ),
    # "A and B arrived in the city on Sunday": where the event in scope is held
    "arrived-in-the-city": (
        "LUANG PRABANG, May 20 -- The third Mekong Trade Forum opened here on Monday.\n"
        "Cambodian Commerce Minister Cham Prasidh and Thai Commerce Minister Porntiva "
        "Nakasai arrived in the city on Sunday.",
        "2010-05-20",
        {
            ("Cham Prasidh", "participatedIn", FORUM),
            ("Porntiva Nakasai", "participatedIn", FORUM),
        },
        set(),
    ),
    # ... not an arrival somewhere else
    "arrived-elsewhere": (
        "LUANG PRABANG, May 20 -- The third Mekong Trade Forum opened here on Monday.\n"
        "Cambodian Commerce Minister Cham Prasidh arrived in Bangkok on Sunday.",
        "2010-05-20",
        set(),
        {("Cham Prasidh", "participatedIn", FORUM)},
    ),
    # "with A and B on the list": members of the group the sentence sends to the event
    "with-them-on-the-list": (
        "Deputy Minister Sok Chenda brought 30 Cambodian firms to the third Mekong Trade "
        "Forum this week, with Smart Axiata and Cellcard on the list, the ministry said.",
        "2010-05-20",
        {
            ("Smart Axiata", "participatedIn", FORUM),
            ("Cellcard", "participatedIn", FORUM),
        },
        set(),
    ),
    # ... not a list of something else ("on the list of ...")
    "on-a-list-of-something-else": (
        "The third Mekong Trade Forum opened in Luang Prabang on Monday.\n"
        "Smart Axiata and Cellcard were on the list of firms fined by the regulator.",
        "2010-05-20",
        set(),
        {("Smart Axiata", "participatedIn", FORUM)},
    ),
    # a list is of one kind: a firm's name the NER took for a person's is still on it
    "on-the-roster-firms-only": (
        "Deputy Minister Sok Chenda headed a 30-company mission to the third Mekong Trade "
        "Forum; Smart Axiata and Cellcard were on the roster, the ministry said.",
        "2010-05-20",
        {("Smart Axiata", "participatedIn", FORUM)},
        {("Sok Chenda", "participatedIn", "Smart Axiata")},
    ),
    # "The guest list for E ran from A to B": the people named after it are its guests
    "guest-list-ran-from": (
        "The guest list for Monday's opening of the third Mekong Trade Forum ran from Thai "
        "Prime Minister Abhisit Vejjajiva to WTO Director-General Pascal Lamy.",
        "2010-05-20",
        {
            ("Abhisit Vejjajiva", "participatedIn", FORUM),
            ("Pascal Lamy", "participatedIn", FORUM),
        },
        set(),
    ),
    # "welcomed a senior line-up to E: A, B and C"
    "line-up-after-a-colon": (
        "Prime Minister Bouasone Bouphavanh welcomed a senior line-up to the third Mekong "
        "Trade Forum on Monday: Thai Prime Minister Abhisit Vejjajiva and Cambodian Prime "
        "Minister Hun Sen took seats in the front row.",
        "2010-05-20",
        {
            ("Abhisit Vejjajiva", "participatedIn", FORUM),
            ("Hun Sen", "participatedIn", FORUM),
        },
        set(),
    ),
    # ... not next year's line-up
    "next-years-line-up": (
        "The third Mekong Trade Forum closed in Luang Prabang on Monday.\n"
        "Organisers said next year's line-up would include WTO Director-General Pascal Lamy.",
        "2010-05-20",
        set(),
        {("Pascal Lamy", "participatedIn", FORUM)},
    ),
    # a stand is no event one takes part in: "at Booth 6C-20", "toured the X Pavilion"
    "a-booth-is-no-event": (
        "Siam Herbs Co., Ltd. will exhibit at the third Mekong Trade Forum in Luang Prabang. "
        "The company will present its teas at Booth 6C-20 in the Thailand pavilion.",
        "2010-05-20",
        {("Siam Herbs", "participatedIn", FORUM)},
        {("Siam Herbs", "participatedIn", "Booth 6C-20")},
    ),
    "a-pavilion-is-no-event": (
        "Deputy Minister Sok Chenda toured the Cambodia Pavilion at the third Mekong Trade Forum.",
        "2010-05-20",
        {("Sok Chenda", "participatedIn", FORUM)},
        {("Sok Chenda", "participatedIn", "Cambodia Pavilion")},
    ),
    # an edition of a year before the story's is background, no scene for what is done
    # with no event named ("Speaking at a briefing ...")
    "a-past-edition-is-no-scene": (
        "The goods agreement, signed at the 10th ASEAN-China Summit in Vientiane in 2004, "
        "took effect on Wednesday.\n"
        "Speaking at a briefing for exporters, Trade Director Khamla Phommavong said tariffs "
        "would fall.",
        "2005-07-22",
        set(),
        {("Khamla Phommavong", "participatedIn", "10th ASEAN-China Summit")},
    ),
    # ... while one of the story's year still is
    "this-years-edition-is-the-scene": (
        "The 10th ASEAN-China Summit opened in Vientiane on Monday.\n"
        "Speaking at the opening, Trade Director Khamla Phommavong said tariffs would fall.",
        "2004-11-29",
        {("Khamla Phommavong", "participatedIn", "10th ASEAN-China Summit")},
        set(),
    ),
    # "X – Prime Minister of the Y – and Z": an office between dashes after a name
    "office-between-dashes": (
        "Samdech Hun Sen – Prime Minister of the Royal Government of Cambodia – toured the "
        "halls of the third Mekong Trade Forum.",
        "2010-05-20",
        {("Hun Sen", "affiliatedWith", "Royal Government of Cambodia")},
        set(),
    ),
    "no-office-between-dashes": (
        "Samdech Hun Sen – a guest of the Royal Government of Cambodia – toured the halls "
        "of the third Mekong Trade Forum.",
        "2010-05-20",
        set(),
        {("Hun Sen", "affiliatedWith", "Royal Government of Cambodia")},
    ),
    # a head of government quoted in a report on a summit speaks at it
    "leader-quoted-at-the-summit": (
        "Prime Minister Thongsing Thammavong chaired the 15th ASEAN-China Summit in "
        "Vientiane on Monday.\n\n"
        "Thai Prime Minister Yingluck Shinawatra called for closer cooperation on rice "
        "trade.",
        "2012-11-19",
        {("Yingluck Shinawatra", "participatedIn", "15th ASEAN-China Summit")},
        set(),
    ),
    # ... not one whose deed another recalls, years before
    "leader-recalled-in-a-quote": (
        "Prime Minister Thongsing Thammavong chaired the 15th ASEAN-China Summit in "
        "Vientiane on Monday.\n\n"
        "Wen recalled that it was in Bali in 2003 that President Megawati Sukarnoputri "
        "first proposed the partnership.",
        "2012-11-19",
        set(),
        {("Megawati Sukarnoputri", "participatedIn", "15th ASEAN-China Summit")},
    ),
    # ... nor an analyst quoted beside it
    "analyst-quoted-beside-the-summit": (
        "Prime Minister Thongsing Thammavong chaired the 15th ASEAN-China Summit in "
        "Vientiane on Monday.\n\n"
        "Trade analyst Somsak Chaiyaporn said rice prices would rise.",
        "2012-11-19",
        set(),
        {("Somsak Chaiyaporn", "participatedIn", "15th ASEAN-China Summit")},
    ),
    # "X Summit was held at ... Speakers included A and B": the speakers are the summit's
    "speakers-of-the-event-just-held": (
        "The Vientiane Trade Week opened on Monday.\n\n"
        "On the sidelines of the week, the first Mekong Logistics Summit was held at the "
        "Lao-ITECC centre. Speakers included Trade Minister Nam Viyaketh and Thai Deputy "
        "Minister Sirilak Surasinee.",
        "2010-05-20",
        {("Nam Viyaketh", "participatedIn", "1st Mekong Logistics Summit")},
        set(),
    ),
    # "X urged ..., in a speech at the opening plenary of E": the speaker, not the ones
    # urged
    "in-a-speech-at-the-event": (
        "Prime Minister Abhisit Vejjajiva urged Mekong countries to share river data, in a "
        "speech at the opening plenary of the third Mekong Trade Forum in Luang Prabang.",
        "2010-05-20",
        {("Abhisit Vejjajiva", "participatedIn", FORUM)},
        set(),
    ),
    "a-speech-about-the-event": (
        "Prime Minister Abhisit Vejjajiva urged Mekong countries to share river data, "
        "recalling a speech about the third Mekong Trade Forum in Luang Prabang.",
        "2010-05-20",
        set(),
        {("Abhisit Vejjajiva", "participatedIn", FORUM)},
    ),
}


@pytest.mark.parametrize("case", sorted(_CASES))
def test_who_takes_part_shapes_of_batches_14_to_17(nlp, case):
    text, published, present, absent = _CASES[case]
    triples = stated(relations_of(nlp, text, published=published))
    assert present <= triples and not absent & triples, sorted(triples)
