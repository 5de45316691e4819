"""Who took part (participatedIn) and who did not: one table of shapes, each a case on
sentences of our own with the facts it must give and those it must not (who is quoted,
told, sent, listed, seated or returning at the event in scope; the press, onlookers,
other times and other places left out), then the affiliations read beside them and the
exhibitors and delegations listed "among them" or "headed by". Shapes read on
training misses."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

TRADE_FORUM = "3rd Mekong Trade Forum"

_OPENING = (
    "Prime Minister Thongsing Thammavong attended the opening of the third Mekong Trade "
    "Forum in Luang Prabang.\n"
)

MEDIA_FORUM = "4th Mekong Media Forum"

_MEDIA_LEAD = (
    "Mekong media forum opens in Luang Prabang\n\n"
    "LUANG PRABANG, May 20 -- The 4th Mekong Media Forum opened in Luang Prabang on "
    "Tuesday, bringing together editors and officials from the six Mekong countries.\n\n"
)

DAIRY_FORUM = "4th Mekong Dairy Forum"

_DAIRY_LEAD = (
    "Mekong dairy forum opens in Vientiane\n\n"
    "VIENTIANE, May 20 -- The 4th Mekong Dairy Forum opened in Vientiane on Tuesday, "
    "bringing together farmers and officials from the six Mekong countries.\n\n"
)

SEMINAR = "Seminar of Mekong Cooperation on Fisheries"

_SEMINAR_LEAD = (
    "Mekong fisheries seminar held in Beijing\n\n"
    "BEIJING, 16 Jan -- The Seminar of Mekong Cooperation on Fisheries opened in Beijing "
    "on 13 January. Leaders had called for it at the 9th Mekong Leaders Summit in Bangkok "
    "last November.\n\n"
)

FOOD_FAIR = "6th Mekong Food Fair"

_FOOD_FAIR_LEAD = (
    "Mekong food fair closes in Vientiane\n\n"
    "VIENTIANE, May 24 -- The 6th Mekong Food Fair closed in Vientiane on Thursday after "
    "four days of trading.\n\n"
)

HEALTH_FORUM = "5th China-ASEAN Health Forum"

TRADE_FAIR = "9th Mekong Trade Fair"

_CASES = {
    # "the Prime Minister and Chinese Premier X": a nationality after "and" opens another
    # person's title, so "the Prime Minister" later is not X
    "office-and-nationality-two-people": (
        _OPENING + "Later, in the presence of the Prime Minister and Chinese Premier Wen "
        "Jiabao, officials signed two loan agreements.\n"
        "The Prime Minister was accompanied by Minister of Finance Phouphet Khamphounvong.",
        "2010-05-20",
        {("Phouphet Khamphounvong", "participatedIn", TRADE_FORUM)},
        set(),
    ),
    # ... where two offices joined by "and" before one name stay that person's title
    "two-offices-one-person": (
        "State Councilor and Foreign Minister Wang Yi attended the third Mekong Trade Forum "
        "in Luang Prabang.\n"
        "The State Councilor was accompanied by Vice-Minister Sun Weidong.",
        "2010-05-20",
        {("Sun Weidong", "participatedIn", TRADE_FORUM)},
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
        {("Myo Myint", "participatedIn", TRADE_FORUM)},
        set(),
    ),
    # ... and "the Vice-President" is no president named before
    "the-vice-president-is-no-president": (
        "President Thein Sein led Myanmar's delegation to the third Mekong Trade Forum in "
        "Luang Prabang.\n"
        "Deputy Minister U Myo Myint accompanied the Vice-President.",
        "2010-05-20",
        set(),
        {("Myo Myint", "participatedIn", TRADE_FORUM)},
    ),
    # "Deputy Minister for Foreign Affairs U X accompanied ...": the name hung inside the
    # portfolio is the subject
    "name-after-a-portfolio": (
        "Vice-President Tin Aung Myint Oo led Myanmar's delegation to the third Mekong "
        "Trade Forum in Luang Prabang.\n"
        "Deputy Minister for Foreign Affairs U Myo Myint accompanied the Vice-President.",
        "2010-05-20",
        {("Myo Myint", "participatedIn", TRADE_FORUM)},
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
        {("Mekong Daily Herald", "participatedIn", TRADE_FORUM)},
    ),
    # ... where a person who speaks to the guests is there
    "a-person-speaking-to-guests-takes-part": (
        "The third Mekong Trade Forum opened in Luang Prabang on Monday.\n"
        "Trade Minister Nam Viyaketh spoke to the delegates in the main hall.",
        "2010-05-20",
        {("Nam Viyaketh", "participatedIn", TRADE_FORUM)},
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
        {("Lao National Tourism Administration", "participatedIn", TRADE_FORUM)},
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
            ("Cham Prasidh", "participatedIn", TRADE_FORUM),
            ("Porntiva Nakasai", "participatedIn", TRADE_FORUM),
        },
        set(),
    ),
    # ... not an arrival somewhere else
    "arrived-elsewhere": (
        "LUANG PRABANG, May 20 -- The third Mekong Trade Forum opened here on Monday.\n"
        "Cambodian Commerce Minister Cham Prasidh arrived in Bangkok on Sunday.",
        "2010-05-20",
        set(),
        {("Cham Prasidh", "participatedIn", TRADE_FORUM)},
    ),
    # "with A and B on the list": members of the group the sentence sends to the event
    "with-them-on-the-list": (
        "Deputy Minister Sok Chenda brought 30 Cambodian firms to the third Mekong Trade "
        "Forum this week, with Smart Axiata and Cellcard on the list, the ministry said.",
        "2010-05-20",
        {
            ("Smart Axiata", "participatedIn", TRADE_FORUM),
            ("Cellcard", "participatedIn", TRADE_FORUM),
        },
        set(),
    ),
    # ... not a list of something else ("on the list of ...")
    "on-a-list-of-something-else": (
        "The third Mekong Trade Forum opened in Luang Prabang on Monday.\n"
        "Smart Axiata and Cellcard were on the list of firms fined by the regulator.",
        "2010-05-20",
        set(),
        {("Smart Axiata", "participatedIn", TRADE_FORUM)},
    ),
    # a list is of one kind: a firm's name the NER took for a person's is still on it
    "on-the-roster-firms-only": (
        "Deputy Minister Sok Chenda headed a 30-company mission to the third Mekong Trade "
        "Forum; Smart Axiata and Cellcard were on the roster, the ministry said.",
        "2010-05-20",
        {("Smart Axiata", "participatedIn", TRADE_FORUM)},
        {("Sok Chenda", "participatedIn", "Smart Axiata")},
    ),
    # "The guest list for E ran from A to B": the people named after it are its guests
    "guest-list-ran-from": (
        "The guest list for Monday's opening of the third Mekong Trade Forum ran from Thai "
        "Prime Minister Abhisit Vejjajiva to WTO Director-General Pascal Lamy.",
        "2010-05-20",
        {
            ("Abhisit Vejjajiva", "participatedIn", TRADE_FORUM),
            ("Pascal Lamy", "participatedIn", TRADE_FORUM),
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
            ("Abhisit Vejjajiva", "participatedIn", TRADE_FORUM),
            ("Hun Sen", "participatedIn", TRADE_FORUM),
        },
        set(),
    ),
    # ... not next year's line-up
    "next-years-line-up": (
        "The third Mekong Trade Forum closed in Luang Prabang on Monday.\n"
        "Organisers said next year's line-up would include WTO Director-General Pascal Lamy.",
        "2010-05-20",
        set(),
        {("Pascal Lamy", "participatedIn", TRADE_FORUM)},
    ),
    # a stand is no event one takes part in: "at Booth 6C-20", "toured the X Pavilion"
    "a-booth-is-no-event": (
        "Siam Herbs Co., Ltd. will exhibit at the third Mekong Trade Forum in Luang Prabang. "
        "The company will present its teas at Booth 6C-20 in the Thailand pavilion.",
        "2010-05-20",
        {("Siam Herbs", "participatedIn", TRADE_FORUM)},
        {("Siam Herbs", "participatedIn", "Booth 6C-20")},
    ),
    "a-pavilion-is-no-event": (
        "Deputy Minister Sok Chenda toured the Cambodia Pavilion at the third Mekong Trade Forum.",
        "2010-05-20",
        {("Sok Chenda", "participatedIn", TRADE_FORUM)},
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
        {("Abhisit Vejjajiva", "participatedIn", TRADE_FORUM)},
        set(),
    ),
    "a-speech-about-the-event": (
        "Prime Minister Abhisit Vejjajiva urged Mekong countries to share river data, "
        "recalling a speech about the third Mekong Trade Forum in Luang Prabang.",
        "2010-05-20",
        set(),
        {("Abhisit Vejjajiva", "participatedIn", TRADE_FORUM)},
    ),
    # a forum is held for its speakers: a person quoted in a paragraph of their own in a
    # report on it spoke there, though the paragraph names no event
    "quoted-at-a-forum-of-the-lead": (
        _MEDIA_LEAD
        + "Somsak Phommachanh, director of the Lao News Agency, said regional newsrooms "
        "should share more video.\n\n"
        "Nguyen Thanh Binh, deputy editor of a Hanoi daily, said training mattered most.",
        "2019-05-20",
        {
            ("Somsak Phommachanh", "participatedIn", MEDIA_FORUM),
            ("Nguyen Thanh Binh", "participatedIn", MEDIA_FORUM),
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
        _MEDIA_LEAD + "Li Wenhua, an adviser to the State Council, said regional newsrooms should "
        "share more video.",
        "2019-05-20",
        {("Li Wenhua", "participatedIn", MEDIA_FORUM)},
        set(),
    ),
    # praise is a word said too
    "praised-at-a-forum": (
        _MEDIA_LEAD + "Li Wenhua, an adviser to the Ministry of Culture, praised the work of "
        "young reporters in the border provinces.",
        "2019-05-20",
        {("Li Wenhua", "participatedIn", MEDIA_FORUM)},
        set(),
    ),
    # ... but not one whose word is on the forum itself, as an onlooker's
    "judging-the-forum": (
        _MEDIA_LEAD + "Somsak Phommachanh, director of the Lao News Agency, said the forum had "
        "moved from talk to action.",
        "2019-05-20",
        set(),
        {("Somsak Phommachanh", "participatedIn", MEDIA_FORUM)},
    ),
    # ... nor a quote told of another time
    "quoted-of-another-year": (
        _MEDIA_LEAD + "Somsak Phommachanh, director of the Lao News Agency, said in 2015 that "
        "regional newsrooms should share more video.",
        "2019-05-20",
        set(),
        {("Somsak Phommachanh", "participatedIn", MEDIA_FORUM)},
    ),
    # a deal signed now is signed at the event in scope ...
    "signed-now": (
        _MEDIA_LEAD
        + "The Lao News Agency and the Vietnam News Agency signed a news exchange agreement.",
        "2019-05-20",
        {("Lao News Agency", "participatedIn", MEDIA_FORUM)},
        set(),
    ),
    # ... but one a speaker reports as signed before, in the past perfect, is not
    "reported-as-signed-before": (
        _MEDIA_LEAD
        + "Somsak Phommachanh, director of the Lao News Agency, noted that the Lao News "
        "Agency and the Vietnam News Agency had signed a news exchange agreement.",
        "2019-05-20",
        set(),
        {("Lao News Agency", "participatedIn", MEDIA_FORUM)},
    ),
    # an event that hears a speech hears its speaker there
    "forum-heard-an-address-from": (
        _MEDIA_LEAD + "The forum heard an opening address from Deputy Minister Somphet Vong.",
        "2019-05-20",
        {("Somphet Vong", "participatedIn", MEDIA_FORUM)},
        set(),
    ),
    # ... not what else it hears of someone
    "forum-heard-complaints": (
        _MEDIA_LEAD
        + "The forum heard complaints about a letter from Deputy Minister Somphet Vong.",
        "2019-05-20",
        set(),
        {("Somphet Vong", "participatedIn", MEDIA_FORUM)},
    ),
    # a speech given with no event named is given at the event in scope ...
    "gave-the-opening-address": (
        _MEDIA_LEAD + "Deputy Minister Somphet Vong gave the opening address.",
        "2019-05-20",
        {("Somphet Vong", "participatedIn", MEDIA_FORUM)},
        set(),
    ),
    # ... but an interview is a talk to the press
    "gave-an-interview": (
        _MEDIA_LEAD + "Deputy Minister Somphet Vong gave an interview to a Bangkok daily.",
        "2019-05-20",
        set(),
        {("Somphet Vong", "participatedIn", MEDIA_FORUM)},
    ),
    # an inverted list after a past participle of being there
    "seated-beside-the-host-were": (
        _MEDIA_LEAD + "Seated beside Deputy Minister Somphet Vong at the opening dinner of the "
        "forum were Lina Tran and Nguyen Thanh Binh.",
        "2019-05-20",
        {
            ("Lina Tran", "participatedIn", MEDIA_FORUM),
            ("Nguyen Thanh Binh", "participatedIn", MEDIA_FORUM),
            ("Somphet Vong", "participatedIn", MEDIA_FORUM),
        },
        set(),
    ),
    # ... not after one of being spoken of
    "criticised-at-the-forum-were": (
        _MEDIA_LEAD + "Criticised beside Deputy Minister Somphet Vong at the forum were Lina Tran "
        "and Nguyen Thanh Binh.",
        "2019-05-20",
        set(),
        {
            ("Lina Tran", "participatedIn", MEDIA_FORUM),
            ("Somphet Vong", "participatedIn", MEDIA_FORUM),
        },
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
        _MEDIA_LEAD
        + "Deputy Minister Somphet Vong told the session that video sharing would grow.",
        "2019-05-20",
        {("Somphet Vong", "participatedIn", MEDIA_FORUM)},
        set(),
    ),
    # ... a press briefing is a talk to the press, not a scene at it
    "told-a-press-briefing": (
        _MEDIA_LEAD
        + "Deputy Minister Somphet Vong told a press briefing that video sharing would grow.",
        "2019-05-20",
        set(),
        {("Somphet Vong", "participatedIn", MEDIA_FORUM)},
    ),
    # delegates (the lemma of "delegates") told or reminded, with no event named, are
    # the audience of the event in scope
    "told-delegates": (
        _DAIRY_LEAD + "Somphet Vong, vice governor of Vientiane, told delegates that the city "
        "hoped to use the forum to draw investors.",
        "2019-05-20",
        {("Somphet Vong", "participatedIn", DAIRY_FORUM)},
        set(),
    ),
    "reminded-participants": (
        _DAIRY_LEAD + "Nguyen Thi Lan, director of the Mekong Dairy Institute, reminded "
        "participants that milk prices had doubled.",
        "2019-05-20",
        {("Nguyen Thi Lan", "participatedIn", DAIRY_FORUM)},
        set(),
    ),
    # ... reporters told are the press, not the audience
    "told-reporters": (
        _DAIRY_LEAD + "Somphet Vong, vice governor of Vientiane, told reporters in Hanoi last "
        "year that the city hoped to draw investors.",
        "2019-05-20",
        set(),
        {("Somphet Vong", "participatedIn", DAIRY_FORUM)},
    ),
    # bodies that send delegates, or confirm delegations, with no event named, send them
    # to the event in scope
    "sent-delegates": (
        _DAIRY_LEAD + "The Asian Development Bank and several farm cooperatives sent delegates.",
        "2019-05-20",
        {("Asian Development Bank", "participatedIn", DAIRY_FORUM)},
        set(),
    ),
    "confirmed-delegations": (
        "The 4th Mekong Dairy Forum will open in Vientiane next week. The Thai Ministry of "
        "Agriculture and the Lao Ministry of Industry have confirmed delegations.",
        "2019-05-20",
        {
            ("Ministry of Agriculture of Thailand", "participatedIn", DAIRY_FORUM),
            ("Ministry of Industry of Laos", "participatedIn", DAIRY_FORUM),
        },
        set(),
    ),
    # ... but not a delegation confirmed for another trip at another time
    "sent-delegates-elsewhere": (
        _DAIRY_LEAD
        + "Last year the Asian Development Bank sent delegates to a trade fair in Hanoi.",
        "2019-05-20",
        set(),
        {("Asian Development Bank", "participatedIn", DAIRY_FORUM)},
    ),
    # "the meeting" in a report on a seminar is the seminar (a meeting held for its
    # speakers), not the summit named in passing before it
    "the-meeting-of-a-seminar": (
        _SEMINAR_LEAD + "Dr. Somsak Vongsa, Director General of the Department of "
        "Planning, travelled to Beijing for the meeting.",
        "2019-05-20",
        {("Somsak Vongsa", "participatedIn", SEMINAR)},
        {("Somsak Vongsa", "participatedIn", "9th Mekong Leaders Summit")},
    ),
    # a speaker quoted just after the paragraph tells another event happening speaks
    # there when it is held for its speakers, not at the fair in scope
    "quoted-after-a-symposium-told": (
        _FOOD_FAIR_LEAD + "A day after the fair closed, the 3rd Symposium on Mekong Rice Science "
        "took place in Vientiane on May 24. Khamla Vong, vice governor of Vientiane, said "
        "rice research was a key area of cooperation.",
        "2019-05-20",
        {("Khamla Vong", "participatedIn", "3rd Symposium on Mekong Rice Science")},
        {("Khamla Vong", "participatedIn", FOOD_FAIR)},
    ),
    # ... but a quote in a paragraph of its own stays at the fair in scope
    "quoted-at-the-fair": (
        _FOOD_FAIR_LEAD + "A day after the fair closed, the 3rd Symposium on Mekong Rice Science "
        "took place in Vientiane on May 24.\n\nKhamla Vong, sales manager of Vientiane "
        "Rice Co, said buyers had asked for organic rice.",
        "2019-05-20",
        {("Khamla Vong", "participatedIn", FOOD_FAIR)},
        set(),
    ),
    # a person in office at another time speaks from then, not at the event
    "in-office-at-the-time": (
        _DAIRY_LEAD + "Somphet Vong, who was governor of Vientiane at the time, called the "
        "dairy plan a model for the region.",
        "2019-05-20",
        set(),
        {("Somphet Vong", "participatedIn", DAIRY_FORUM)},
    ),
    # ("then" telling what came next is no other time)
    "then-toured": (
        _DAIRY_LEAD + "Somphet Vong, who then toured the dairy stands, called the plan a model "
        "for the region.",
        "2019-05-20",
        {("Somphet Vong", "participatedIn", DAIRY_FORUM)},
        set(),
    ),
    "in-office-now": (
        _DAIRY_LEAD + "Somphet Vong, who is governor of Vientiane, called the dairy plan a model "
        "for the region.",
        "2019-05-20",
        {("Somphet Vong", "participatedIn", DAIRY_FORUM)},
        set(),
    ),
    # "the symposium" in a report on a fair is the symposium the paragraph just told of
    "joined-the-symposium": (
        _FOOD_FAIR_LEAD + "A day after the fair closed, the 3rd Symposium on Mekong Rice Science "
        "took place in Vientiane on May 24. The Lao Rice Institute joined the symposium and "
        "presented work on new varieties.",
        "2019-05-20",
        {("Lao Rice Institute", "participatedIn", "3rd Symposium on Mekong Rice Science")},
        set(),
    ),
    # ... a seminar is of another kind: not that symposium
    "joined-the-seminar": (
        _FOOD_FAIR_LEAD + "A day after the fair closed, the 3rd Symposium on Mekong Rice Science "
        "took place in Vientiane on May 24. The Lao Rice Institute joined the seminar and "
        "presented work on new varieties.",
        "2019-05-20",
        set(),
        {("Lao Rice Institute", "participatedIn", "3rd Symposium on Mekong Rice Science")},
    ),
    # "officials from a country and a bloc": where the people come from, not a body
    # sending them; the bloc takes no part of its own
    "from-bloc-and-country": (
        "Health officials from Thailand and ASEAN signed a memorandum at the 5th "
        "China-ASEAN Health Forum in Nanning.",
        "2024-05-20",
        set(),
        {("Association of Southeast Asian Nations", "participatedIn", HEALTH_FORUM)},
    ),
    # ... the people of named bodies are still sent by them
    "from-bodies": (
        "Executives from PetroVietnam and Vietjet signed a memorandum at the 5th "
        "China-ASEAN Health Forum in Nanning.",
        "2024-05-20",
        {
            ("PetroVietnam", "participatedIn", HEALTH_FORUM),
            ("Vietjet", "participatedIn", HEALTH_FORUM),
        },
        set(),
    ),
    "from-secretariat": (
        "Officials from the ASEAN Secretariat signed a memorandum at the 5th China-ASEAN "
        "Health Forum in Nanning.",
        "2024-05-20",
        {("ASEAN Secretariat", "participatedIn", HEALTH_FORUM)},
        set(),
    ),
    # "signed by A and Chinese leaders": A modifies the leaders as "Chinese" does; the
    # leaders signed, not the bloc
    "by-bloc-and-adjective-leaders": (
        "The accord, signed by ASEAN and Japanese leaders at the 5th China-ASEAN Health "
        "Forum in Nanning, took effect in May.",
        "2024-05-20",
        set(),
        {("Association of Southeast Asian Nations", "participatedIn", HEALTH_FORUM)},
    ),
    # ... a bloc that signs as one is still the agent
    "by-bloc-and-country": (
        "The accord, signed by ASEAN and Japan at the 5th China-ASEAN Health Forum in "
        "Nanning, took effect in May.",
        "2024-05-20",
        {("Association of Southeast Asian Nations", "participatedIn", HEALTH_FORUM)},
        set(),
    ),
    # "X will open E by video, as will A and B": the "as" clause of a bare auxiliary
    # repeats the main clause for its own subjects
    "as-will-list": (
        "Premier Zhang Wei will open the 9th Mekong Trade Fair in Vientiane by video, as "
        "will Lao Minister Somchai Keola, Thai Minister Anan Boonma and Mekong Council "
        "Secretary-General Lim Boon Keat.",
        "2024-05-20",
        {
            ("Zhang Wei", "participatedIn", TRADE_FAIR),
            ("Somchai Keola", "participatedIn", TRADE_FAIR),
            ("Anan Boonma", "participatedIn", TRADE_FAIR),
            ("Lim Boon Keat", "participatedIn", TRADE_FAIR),
        },
        set(),
    ),
    # ... "as" with its subject before its verb and a phrase of its own is a reason
    "as-reason": (
        "Premier Zhang Wei will open the 9th Mekong Trade Fair in Vientiane by video, as "
        "Minister Anan Boonma will be in Bangkok.",
        "2024-05-20",
        {("Zhang Wei", "participatedIn", TRADE_FAIR)},
        {("Anan Boonma", "participatedIn", TRADE_FAIR)},
    ),
    # "X spoke to reporters after taking part in E": the gerund's subject is the clause's
    "after-taking-part": (
        "Siti Rahmah, chief executive of Kuala Lumpur-based Medilink Sdn Bhd, spoke to "
        "reporters in Kuala Lumpur after taking part in the 5th China-ASEAN Health Forum.",
        "2024-05-20",
        {("Siti Rahmah", "participatedIn", HEALTH_FORUM)},
        set(),
    ),
    # ... not "without": a gerund that says the opposite
    "without-taking-part": (
        "Siti Rahmah, chief executive of Kuala Lumpur-based Medilink Sdn Bhd, spoke to "
        "reporters in Kuala Lumpur without taking part in the 5th China-ASEAN Health Forum.",
        "2024-05-20",
        set(),
        {("Siti Rahmah", "participatedIn", HEALTH_FORUM)},
    ),
    # "participants included students from A and B": the bodies that send people take part
    "students-from": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. Indonesian "
        "participants included students from Andalas University and Hasanuddin University.",
        "2024-05-20",
        {
            ("Andalas University", "participatedIn", HEALTH_FORUM),
            ("Hasanuddin University", "participatedIn", HEALTH_FORUM),
        },
        set(),
    ),
    # ... a study by its researchers cited at an event is no presence of the body
    "research-cited": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. A report by "
        "researchers from Andalas University was cited at the forum.",
        "2024-05-20",
        set(),
        {("Andalas University", "participatedIn", HEALTH_FORUM)},
    ),
    # "X was returning for the fifth time": back for a counted time at the event in scope
    "returning-counted": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. Medilink Sdn Bhd "
        "was returning for the fifth time.",
        "2024-05-20",
        {("Medilink", "participatedIn", HEALTH_FORUM)},
        set(),
    ),
    # ... not "returned to Kuala Lumpur": back somewhere else
    "returned-elsewhere": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. Medilink Sdn Bhd "
        "returned to Kuala Lumpur on Sunday with new orders.",
        "2024-05-20",
        set(),
        {("Medilink", "participatedIn", HEALTH_FORUM)},
    ),
    # "Among the newcomers is X": a first-time participant of the event in scope
    "among-the-newcomers": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. Among the newcomers "
        "is Kuching-based Medilink Sdn Bhd, which brought heart monitors.",
        "2024-05-20",
        {("Medilink", "participatedIn", HEALTH_FORUM)},
        set(),
    ),
    # ... not a newcomer to something else
    "newcomers-to-a-market": (
        "The 5th China-ASEAN Health Forum opened in Nanning on Monday. Among the newcomers "
        "to the Malaysian medical market is Medilink Sdn Bhd.",
        "2024-05-20",
        set(),
        {("Medilink", "participatedIn", HEALTH_FORUM)},
    ),
    # "Exhibitors confirmed so far include A and B": the participle of a reduced relative
    # (which the parser makes the noun's verb) stands between the role and its list
    "role-noun-participle-then-include": (
        _FOOD_FAIR_LEAD + "Exhibitors confirmed so far include the dried-mango maker Cebu Sun "
        "Foods and the furniture brand Narra Home.",
        "2024-05-24",
        {
            ("Cebu Sun Foods", "participatedIn", FOOD_FAIR),
            ("Narra Home", "participatedIn", FOOD_FAIR),
        },
        set(),
    ),
    # ... but a plural that is no participant's role lists nobody there
    "other-noun-participle-then-include": (
        _FOOD_FAIR_LEAD + "Economists polled last month include Dewi Lestari and Tan Boon Hock.",
        "2024-05-24",
        set(),
        {
            ("Dewi Lestari", "participatedIn", FOOD_FAIR),
            ("Tan Boon Hock", "participatedIn", FOOD_FAIR),
        },
    ),
    # "Leaders attended the opening of E: A, B and C": the names after the colon spell
    # out the plural subject of a clause of taking part
    "colon-after-taking-part": (
        "Leaders from across the region attended the opening of the 6th Mekong Food Fair in "
        "Vientiane on Sunday: Lao Vice-President Bounthong Chitmany, Cambodian Prime Minister "
        "Hun Manet and Thai Deputy Prime Minister Phumtham Wechayachai.",
        "2024-05-20",
        {
            ("Bounthong Chitmany", "participatedIn", FOOD_FAIR),
            ("Hun Manet", "participatedIn", FOOD_FAIR),
            ("Phumtham Wechayachai", "participatedIn", FOOD_FAIR),
        },
        set(),
    ),
    # "Brands as varied as A, B and C took stands at E": a comparison of the kind that
    # names its examples lists them
    "role-noun-as-varied-as": (
        "Brands as varied as Lanna Rice, Mekong Tea and Vientiane Coffee took stands at the "
        "6th Mekong Food Fair, which opened in Vientiane on Tuesday.",
        "2024-05-24",
        {
            ("Lanna Rice", "participatedIn", FOOD_FAIR),
            ("Mekong Tea", "participatedIn", FOOD_FAIR),
            ("Vientiane Coffee", "participatedIn", FOOD_FAIR),
        },
        set(),
    ),
    # ... but not examples of a kind that takes no part
    "other-noun-as-varied-as": (
        _FOOD_FAIR_LEAD + "Economists as varied as Dewi Lestari and Tan Boon Hock doubt "
        "the fair matters.",
        "2024-05-24",
        set(),
        {("Dewi Lestari", "participatedIn", FOOD_FAIR)},
    ),
    # "Thirty-two Thai firms, A and B included, went to E": a list set off after the
    # role noun and closed by "included"
    "role-noun-list-closed-by-included": (
        "Thirty-two Thai firms, Siam Cold Chain and Korat Foods included, went to Vientiane "
        "for the 6th Mekong Food Fair.",
        "2024-05-24",
        {
            ("Siam Cold Chain", "participatedIn", FOOD_FAIR),
            ("Korat Foods", "participatedIn", FOOD_FAIR),
        },
        set(),
    ),
    # ... but not a list under a noun that is no participant's role
    "other-noun-list-closed-by-included": (
        _FOOD_FAIR_LEAD + "Critics, Dewi Lestari and Tan Boon Hock included, doubt the fair "
        "matters.",
        "2024-05-24",
        set(),
        {("Dewi Lestari", "participatedIn", FOOD_FAIR)},
    ),
    # ... not where a clause of its own follows the colon
    "colon-opening-a-clause": (
        "Ministers attended the opening of the 6th Mekong Food Fair in Vientiane on Sunday: "
        "Vice-President Bounthong Chitmany said trade had doubled since 2019.",
        "2024-05-20",
        set(),
        {("Bounthong Chitmany", "participatedIn", FOOD_FAIR)},
    ),
    # "attended by Vice Chairman of the Standing Committee of X Mr A, ...": a body in a
    # guest's title is the guest's office, no guest itself
    "office-in-a-guests-title": (
        "The opening ceremony of the 3rd Mekong Trade Forum in Luang Prabang was attended "
        "by Vice President of the National Assembly Mr Somphanh Phengkhammy, Deputy Prime "
        "Minister of the Kingdom of Thailand Mr Jurin Laksanawisit and Minister of Commerce "
        "of Cambodia Pan Sorasak.",
        "2010-05-20",
        {
            ("Somphanh Phengkhammy", "participatedIn", TRADE_FORUM),
            ("Jurin Laksanawisit", "participatedIn", TRADE_FORUM),
            ("Pan Sorasak", "participatedIn", TRADE_FORUM),
        },
        {("National Assembly", "participatedIn", TRADE_FORUM)},
    ),
    # ... but a body listed among the guests is one
    "body-listed-among-guests": (
        "The 3rd Mekong Trade Forum in Luang Prabang was attended by Mr Somphanh "
        "Phengkhammy and the Mekong River Commission.",
        "2010-05-20",
        {
            ("Somphanh Phengkhammy", "participatedIn", TRADE_FORUM),
            ("Mekong River Commission", "participatedIn", TRADE_FORUM),
        },
        set(),
    ),
    # "A will co-host a promotion night with B on the sidelines of E": the night is a
    # side event of E that A organises (since session 31 a described side event is an
    # event of its own); neither host is thereby a participant of E (the training gold
    # gives an organiser of a side event a part in its host in 48 cases of 215)
    "co-host-of-a-side-session": (
        _OPENING + "The Lao Coffee Association will co-host a tasting night with the Lao "
        "Embassy in Hanoi on the sidelines of the forum.",
        "2010-05-20",
        {
            ("tasting night", "partOf", TRADE_FORUM),
            ("tasting night", "organisedBy", "Lao Coffee Association"),
        },
        {("Lao Embassy in Hanoi", "participatedIn", TRADE_FORUM)},
    ),
    # ... but those one holds talks with on an event's sidelines meet there
    "talks-on-the-sidelines": (
        _OPENING + "The Lao Coffee Association held talks with the Mekong River Commission "
        "on the sidelines of the forum.",
        "2010-05-20",
        {
            ("Lao Coffee Association", "participatedIn", TRADE_FORUM),
            ("Mekong River Commission", "participatedIn", TRADE_FORUM),
        },
        set(),
    ),
}


@pytest.mark.parametrize("case", sorted(_CASES))
def test_who_takes_part(nlp, case):
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
def test_affiliation_shapes(nlp, case):
    text, present, absent = _AFFILIATIONS[case]
    triples = stated(relations_of(nlp, text, published="2019-05-20"))
    assert present <= triples and not absent & triples, sorted(triples)


def test_exhibitors_among_them(nlp):
    text = (
        "The 20th Borneo Food Expo opened in Kuching on Thursday with about 400 exhibitors, "
        "among them snack maker Sarawak Crisps."
    )
    found = stated(relations_of(nlp, text))
    assert ("Sarawak Crisps", "participatedIn", "20th Borneo Food Expo") in found


def test_critics_among_them_take_no_part(nlp):
    text = (
        "The 20th Borneo Food Expo opened in Kuching on Thursday amid complaints from "
        "critics, among them snack maker Sarawak Crisps."
    )
    found = stated(relations_of(nlp, text))
    assert ("Sarawak Crisps", "participatedIn", "20th Borneo Food Expo") not in found


EXPO = "18th Borneo Food Expo"


def test_delegation_to_event_headed_by(nlp):
    text = (
        "The Bruneian delegation to the 18th Borneo Food Expo, headed by Deputy Minister "
        "Rosli Ahmad, counts Ghanim Foods among its members."
    )
    found = stated(relations_of(nlp, text))
    assert ("Rosli Ahmad", "participatedIn", EXPO) in found


def test_critics_of_event_headed_by_take_no_part(nlp):
    text = (
        "The critics of the 18th Borneo Food Expo, headed by Deputy Minister Rosli Ahmad, "
        "complained about the halls."
    )
    found = stated(relations_of(nlp, text))
    assert ("Rosli Ahmad", "participatedIn", EXPO) not in found


def test_list_closed_by_among_them(nlp):
    text = (
        "A trade mission of 18 companies, Ghanim Foods and Seria Energy among them, flew to "
        "Kuching on Tuesday for the 18th Borneo Food Expo."
    )
    found = stated(relations_of(nlp, text))
    assert ("Ghanim Foods", "participatedIn", EXPO) in found
    assert ("Seria Energy", "participatedIn", EXPO) in found


def test_firms_filling_a_hall_of_an_event_exhibit_at_it(nlp):
    text = (
        "Pump makers such as Kirloskar Brothers and Shimge Pump filled the water hall of "
        "the 2022 Mekong Water Technology Expo in Vientiane."
    )
    found = stated(relations_of(nlp, text, published="2022-10-02"))
    expo = "2022 Mekong Water Technology Expo"
    assert ("Kirloskar Brothers", "participatedIn", expo) in found
    assert ("Shimge Pump", "participatedIn", expo) in found


@pytest.mark.parametrize(
    "clause",
    [
        "lined the main aisle of",
        "shared the outdoor area of",
        "dominated the pump zone of",
    ],
)
def test_firms_taking_up_a_part_of_an_events_floor_exhibit_at_it(nlp, clause):
    # any verb: the object (a part of the event's floor) places its subject there
    text = (
        f"Pump makers such as Kirloskar Brothers and Shimge Pump {clause} the 2022 Mekong "
        "Water Technology Expo in Vientiane."
    )
    found = stated(relations_of(nlp, text, published="2022-10-02"))
    expo = "2022 Mekong Water Technology Expo"
    assert ("Kirloskar Brothers", "participatedIn", expo) in found
    assert ("Shimge Pump", "participatedIn", expo) in found


def test_building_the_halls_of_an_event_is_no_part_in_it(nlp):
    text = (
        "Contractors such as Sino Hydro and Kirloskar Brothers built the two new halls of "
        "the 2022 Mekong Water Technology Expo in Vientiane."
    )
    found = stated(relations_of(nlp, text, published="2022-10-02"))
    assert not any(p == "participatedIn" for s, p, o in found)


def test_a_bloc_beside_a_country_in_a_scene_is_a_side_not_a_guest(nlp):
    text = (
        "At the 12th CAEXPO, China and the Association of Southeast Asian Nations (ASEAN) "
        "issued a joint statement on port cooperation."
    )
    found = stated(relations_of(nlp, text))
    assert not any(
        s == "Association of Southeast Asian Nations" and p == "participatedIn" for s, p, o in found
    )
    # a body of the bloc's own, beside a country, still takes part
    text = (
        "At the 12th CAEXPO, Malaysia and the ASEAN Secretariat issued a joint statement on "
        "port training."
    )
    found = stated(relations_of(nlp, text))
    assert ("ASEAN Secretariat", "participatedIn", "12th China-ASEAN Expo") in found


def test_filling_the_order_book_of_a_plant_is_no_part_in_an_event(nlp):
    text = (
        "The 2022 Mekong Water Technology Expo opened in Vientiane. Shimge Pump filled the "
        "order book of its Wenling plant."
    )
    found = stated(relations_of(nlp, text, published="2022-10-02"))
    assert not any(s == "Shimge Pump" and p == "participatedIn" for s, p, o in found)


_TEA = (
    "The 5th Mekong Tea Fair closed in Pu'er on Sunday. The 3rd Mekong Tea Forum was held "
    "alongside the fair. "
)


def test_opening_both_events_is_taking_part_in_the_two_named_before(nlp):
    text = _TEA + "Yunnan governor Wang Yubo opened both events and praised the growers."
    found = stated(relations_of(nlp, text, published="2024-05-20"))
    assert ("Wang Yubo", "participatedIn", "5th Mekong Tea Fair") in found
    assert ("Wang Yubo", "participatedIn", "3rd Mekong Tea Forum") in found


def test_opening_both_warehouses_is_taking_part_in_neither(nlp):
    text = _TEA + "Yunnan governor Wang Yubo later opened both warehouses of a tea cooperative."
    found = stated(relations_of(nlp, text, published="2024-05-20"))
    assert not any(s == "Wang Yubo" and p == "participatedIn" for s, p, o in found)


_HERBS = "The 7th Mekong Herbal Forum opened in Fangchenggang on Friday. "


def test_two_bodies_agreeing_on_a_joint_task_take_part_in_the_event_in_scope(nlp):
    text = _HERBS + (
        "The Lao Institute of Herbal Medicine agreed with Kunming Phytotech Co to survey "
        "medicinal species along the border."
    )
    found = stated(relations_of(nlp, text, published="2022-09-17"))
    forum = "7th Mekong Herbal Forum"
    assert ("Lao Institute of Herbal Medicine", "participatedIn", forum) in found
    assert ("Kunming Phytotech", "participatedIn", forum) in found


def test_agreeing_with_someone_on_a_view_is_no_part_in_the_event(nlp):
    text = _HERBS + (
        "The Lao Institute of Herbal Medicine agreed with Kunming Phytotech Co that herbs "
        "need more study."
    )
    found = stated(relations_of(nlp, text, published="2022-09-17"))
    assert not any(p == "participatedIn" for s, p, o in found)


_SIDE_FORUM = (
    "The Borneo Halal Forum, a side event of the 18th Borneo Food Expo, was held in "
    "Kuching on Sunday. Speakers at the forum included Rosli Ahmad and Mei Ling Tan.\n"
)

#: Who a delegation's leader and members are when the event is not in their clause, and
#: where a side event's speaker speaks: (text, facts it must give, facts it must not)
_BEYOND_THE_CLAUSE = {
    # "flew to Kuching for E, led by X": the participle trails the trip's clause
    "led-by-after-the-trip": (
        "A trade mission of 18 companies flew to Kuching on Tuesday for the 18th Borneo "
        "Food Expo, led by Deputy Minister Rosli Ahmad.",
        {("Rosli Ahmad", "participatedIn", EXPO)},
        set(),
    ),
    # ... but not after critics, who are no delegation
    "critics-led-by-after-the-trip": (
        "Critics of the plan flew to Kuching on Tuesday for the 18th Borneo Food Expo, led "
        "by Deputy Minister Rosli Ahmad.",
        set(),
        {("Rosli Ahmad", "participatedIn", EXPO)},
    ),
    # "Members of the delegation included A and B": the delegation named before
    "members-of-the-delegation": (
        "A Bruneian delegation of 20 companies took part in the 18th Borneo Food Expo in "
        "Kuching. Members of the delegation included Ghanim Foods and Seria Energy.",
        {("Ghanim Foods", "participatedIn", EXPO), ("Seria Energy", "participatedIn", EXPO)},
        set(),
    ),
    # ... but the members of a named group are no delegation's
    "members-of-a-named-group": (
        "The 18th Borneo Food Expo opened in Kuching. Members of the Seria Group included "
        "Ghanim Foods and Brunei Energy.",
        set(),
        {("Ghanim Foods", "participatedIn", EXPO)},
    ),
    # "the group was led by its deputy minister, X": the office's holder beside it, and
    # "the group" the counted firms named before
    "group-led-by-an-office-beside-its-holder": (
        "Some 30 Bruneian firms, Ghanim Foods among them, travelled to Kuching for the 18th "
        "Borneo Food Expo. The ministry said the group was led by its deputy minister, "
        "Rosli Ahmad.",
        {("Rosli Ahmad", "participatedIn", EXPO)},
        set(),
    ),
    # ... but an office's holder who leads no group takes no part
    "reform-led-by-an-office-beside-its-holder": (
        "The 18th Borneo Food Expo opened in Kuching. The ministry said the reform was led "
        "by its deputy minister, Rosli Ahmad.",
        set(),
        {("Rosli Ahmad", "participatedIn", EXPO)},
    ),
    # "sent 18 firms to E under Deputy Minister X": the person a delegation travels under
    "sent-under-a-person": (
        "The ministry sent 18 firms to the 18th Borneo Food Expo under Deputy Minister "
        "Rosli Ahmad.",
        {("Rosli Ahmad", "participatedIn", EXPO)},
        set(),
    ),
    # ... but not one under whom rules are drafted
    "drafted-under-a-person": (
        "The ministry drafted 18 rules for the 18th Borneo Food Expo under Deputy Minister "
        "Rosli Ahmad.",
        set(),
        {("Rosli Ahmad", "participatedIn", EXPO)},
    ),
    # "The Thai pavilion at E featured A and B": the firms a stand holds exhibit
    "pavilion-featured-firms": (
        "The Bruneian pavilion at the 18th Borneo Food Expo featured Ghanim Foods and Seria "
        "Energy.",
        {("Ghanim Foods", "participatedIn", EXPO), ("Seria Energy", "participatedIn", EXPO)},
        set(),
    ),
    # ... but not the firms a pavilion was designed by
    "pavilion-designed-by-a-firm": (
        "The Bruneian pavilion at the 18th Borneo Food Expo was designed by Seria Studio.",
        set(),
        {("Seria Studio", "participatedIn", EXPO)},
    ),
    # "X, one of 40 exhibitors from Brunei, ...": a role held only at an event, at the
    # event in scope
    "one-of-n-exhibitors-from-a-country": (
        "The 18th Borneo Food Expo opened in Kuching on Monday. Seria Foods, one of 40 "
        "exhibitors from Brunei, expects higher sales next year.",
        {("Seria Foods", "participatedIn", EXPO)},
        set(),
    ),
    # ... but not one of its former exhibitors
    "one-of-its-former-exhibitors": (
        "The 18th Borneo Food Expo opened in Kuching on Monday. Seria Foods, one of its "
        "former exhibitors, expects higher sales next year.",
        set(),
        {("Seria Foods", "participatedIn", EXPO)},
    ),
    # a side event's speaker quoted after it speaks there, not at the parent
    "side-event-speaker-quoted-later": (
        _SIDE_FORUM + '"Certification is the bottleneck," Rosli said in his keynote.',
        {("Rosli Ahmad", "participatedIn", "Borneo Halal Forum")},
        {("Rosli Ahmad", "participatedIn", EXPO)},
    ),
    # ... while one quoted after the lead is at the parent
    "quoted-after-the-lead": (
        "The 18th Borneo Food Expo opened in Kuching on Sunday.\n"
        '"Certification is the bottleneck," Rosli Ahmad said in his keynote.',
        {("Rosli Ahmad", "participatedIn", EXPO)},
        set(),
    ),
    # ... and so is one at a side event named only after the quote
    "side-event-named-after-the-quote": (
        "The 18th Borneo Food Expo opened in Kuching on Sunday.\n"
        '"Certification is the bottleneck," Rosli Ahmad said in his keynote.\n'
        "On Monday, Rosli Ahmad attended the Borneo Halal Forum, held on the sidelines of "
        "the expo.",
        {("Rosli Ahmad", "participatedIn", EXPO)},
        set(),
    ),
}


@pytest.mark.parametrize("case", sorted(_BEYOND_THE_CLAUSE))
def test_taking_part_beyond_the_clause(nlp, case):
    text, present, absent = _BEYOND_THE_CLAUSE[case]
    triples = stated(relations_of(nlp, text))
    assert present <= triples and not absent & triples, sorted(triples)


_SESSION_28 = {
    # a deal signed in the passive: its signer takes part in the event in scope ...
    "signed-by-in-the-passive": (
        "The 9th Mekong Trade Fair opened in Vientiane on Monday. The biggest contract, "
        "a cement plant worth 2 billion kip, was signed by Phonsavan Cement Co., Ltd.",
        {("Phonsavan Cement", "participatedIn", TRADE_FAIR)},
        set(),
    ),
    # ... not one signed by a body at another time and place
    "signed-by-elsewhere-long-ago": (
        "The 9th Mekong Trade Fair opened in Vientiane on Monday. The border pact, which "
        "was signed by Phonsavan Cement Co., Ltd. in Hanoi in 2009, still governs trucks.",
        set(),
        {("Phonsavan Cement", "participatedIn", TRADE_FAIR)},
    ),
    # who leads the delegation comes to the event in scope, whatever else the sentence
    # places them at
    "led-the-delegation-and-spoke-at-a-side-event": (
        "The 9th Mekong Trade Fair opened in Vientiane on Monday. Deputy Minister Somsack "
        "Inthavong led the delegation and spoke at the opening of the Mekong Business "
        "Summit.",
        {("Somsack Inthavong", "participatedIn", TRADE_FAIR)},
        set(),
    ),
    # ... not one who leads a delegation somewhere else
    "led-the-delegation-elsewhere": (
        "The 9th Mekong Trade Fair opened in Vientiane on Monday. Somsack Inthavong led "
        "the delegation to Hanoi and spoke at the opening of the Mekong Business Summit.",
        set(),
        {("Somsack Inthavong", "participatedIn", TRADE_FAIR)},
    ),
    # a body the pavilion is organised "with" keeps it too (the parser hangs the "with"
    # on the event)
    "pavilion-organised-with-a-body": (
        "The Lao Trade Promotion Office organised our pavilion at the 9th Mekong Trade "
        "Fair with the Ministry of Industry and Commerce.",
        {("Ministry of Industry and Commerce", "participatedIn", TRADE_FAIR)},
        set(),
    ),
    # ... not a person it is organised with
    "pavilion-organised-with-a-person": (
        "The Lao Trade Promotion Office organised our pavilion at the 9th Mekong Trade "
        "Fair with its director, Somsack Inthavong, in charge of the budget.",
        set(),
        {("Somsack Inthavong", "participatedIn", TRADE_FAIR)},
    ),
    # ... and in the passive, a body after the agent's bare "with"
    "pavilion-organised-by-a-body-with-another": (
        "The Lao pavilion at the 9th Mekong Trade Fair was organised by the Lao Trade "
        "Promotion Office with the Ministry of Industry and Commerce.",
        {("Ministry of Industry and Commerce", "participatedIn", TRADE_FAIR)},
        set(),
    ),
    # ... not a person after it
    "pavilion-organised-by-a-body-with-a-person": (
        "The Lao pavilion at the 9th Mekong Trade Fair was organised by the Lao Trade "
        "Promotion Office with Somsack Inthavong as its manager.",
        set(),
        {("Somsack Inthavong", "participatedIn", TRADE_FAIR)},
    ),
}


@pytest.mark.parametrize("case", sorted(_SESSION_28))
def test_signers_leaders_and_pavilion_partners(nlp, case):
    text, present, absent = _SESSION_28[case]
    triples = stated(relations_of(nlp, text))
    assert present <= triples and not absent & triples, sorted(triples)


RICE_ROUNDTABLE = "Mekong Rice Export Roundtable"

_FAIR_LEAD = (
    "Mekong trade fair looks back\n\n"
    "PAKSE, June 3 -- The 9th Mekong Trade Fair opened in Pakse on Monday with 400 "
    "exhibitors from six countries.\n\n"
)

# Session 32: a paragraph that turns to a side event named as its subject ("The X
# Roundtable met in ... as one of the activities of the fair") sets the clauses after it
# that name no event ("addressed the opening", "among the participants") at that event.
_SESSION_32 = {
    "side-event-paragraph-sets-the-opening": (
        _FAIR_LEAD + "The Mekong Rice Export Roundtable met in Pakse on Sunday as one of "
        "the side events of the fair. Somphone Keomany, a director of the Lao Rice "
        "Association, addressed the opening, and Dara Chhun of the Cambodia Rice "
        "Federation was among about 60 participants.\n",
        {
            ("Somphone Keomany", "participatedIn", RICE_ROUNDTABLE),
            ("Dara Chhun", "participatedIn", RICE_ROUNDTABLE),
        },
        {
            ("Somphone Keomany", "participatedIn", TRADE_FAIR),
            ("Dara Chhun", "participatedIn", TRADE_FAIR),
        },
    ),
    # ... not one told ahead: the opening is still the fair's
    "side-event-told-ahead-sets-nothing": (
        _FAIR_LEAD + "The Mekong Rice Export Roundtable will be held in Pakse next year. "
        "Somphone Keomany, a director of the Lao Rice Association, addressed the opening.\n",
        {("Somphone Keomany", "participatedIn", TRADE_FAIR)},
        {("Somphone Keomany", "participatedIn", RICE_ROUNDTABLE)},
    ),
    # ... nor the next paragraph
    "side-event-ends-with-its-paragraph": (
        _FAIR_LEAD + "The Mekong Rice Export Roundtable met in Pakse on Sunday as one of "
        "the side events of the fair.\n\nSomphone Keomany, a director of the Lao Rice "
        "Association, addressed the opening.\n",
        {("Somphone Keomany", "participatedIn", TRADE_FAIR)},
        {("Somphone Keomany", "participatedIn", RICE_ROUNDTABLE)},
    ),
    # a lead's people meeting at a side event of an edition: the article is about it
    "lead-met-at-a-side-event": (
        "Rice exporters discuss Mekong routes\n\nPAKSE, June 2 -- About 60 traders and "
        "officials met here Sunday at the Mekong Rice Export Roundtable, one of the side "
        "events of the 9th Mekong Trade Fair.\n\nOther speakers included Dara Chhun, "
        "president of the Cambodia Rice Federation.\n",
        {("Dara Chhun", "participatedIn", RICE_ROUNDTABLE)},
        {("Dara Chhun", "participatedIn", TRADE_FAIR)},
    ),
    # ... not people who met at it long before, in a clause of their own
    "lead-met-at-in-a-relative-clause": (
        "Mekong trade fair opens\n\nPAKSE, June 2 -- The 9th Mekong Trade Fair opened "
        "here on Monday, a year after traders who met at the Mekong Rice Export "
        "Roundtable asked for it.\n\nOther speakers included Dara Chhun, president of "
        "the Cambodia Rice Federation.\n",
        {("Dara Chhun", "participatedIn", TRADE_FAIR)},
        {("Dara Chhun", "participatedIn", RICE_ROUNDTABLE)},
    ),
}


@pytest.mark.parametrize("case", sorted(_SESSION_32))
def test_a_side_event_a_paragraph_or_the_lead_turns_to(nlp, case):
    text, present, absent = _SESSION_32[case]
    triples = stated(relations_of(nlp, text))
    assert present <= triples and not absent & triples, sorted(triples)


# Session 33 (partwhich48): a paragraph also turns to a side event a sentence says was
# staged, told as past, with the event as object ("X co-hosted the Y Roundtable"), in a
# clause joined by "and" or a "when" clause, or as subject with a relative clause that
# says it took place ("The Y Roundtable, which ended on Sunday, adopted ...").
_SESSION_33 = {
    "staged-side-event-sets-its-paragraph": (
        _FAIR_LEAD + "On Sunday the Lao Rice Association co-hosted the Mekong Rice Export "
        "Roundtable with the provincial trade office. Dara Chhun of the Cambodia Rice "
        "Federation addressed the opening.\n",
        {("Dara Chhun", "participatedIn", RICE_ROUNDTABLE)},
        {("Dara Chhun", "participatedIn", TRADE_FAIR)},
    ),
    # ... not one staged ahead: the opening is still the fair's
    "side-event-staged-ahead-sets-nothing": (
        _FAIR_LEAD + "The Lao Rice Association will co-host the Mekong Rice Export "
        "Roundtable on Friday. Dara Chhun of the Cambodia Rice Federation addressed the "
        "opening.\n",
        {("Dara Chhun", "participatedIn", TRADE_FAIR)},
        {("Dara Chhun", "participatedIn", RICE_ROUNDTABLE)},
    ),
    "side-event-in-a-joined-clause": (
        _FAIR_LEAD + "Traders had asked for talks on freight, and the Mekong Rice Export "
        "Roundtable opened in Pakse on Sunday. Dara Chhun of the Cambodia Rice Federation "
        "addressed the opening.\n",
        {("Dara Chhun", "participatedIn", RICE_ROUNDTABLE)},
        {("Dara Chhun", "participatedIn", TRADE_FAIR)},
    ),
    "side-event-that-ended-in-a-relative-clause": (
        _FAIR_LEAD + "The Mekong Rice Export Roundtable, which ended on Sunday, adopted a "
        "plan for shared warehouses. Dara Chhun of the Cambodia Rice Federation addressed "
        "the opening.\n",
        {("Dara Chhun", "participatedIn", RICE_ROUNDTABLE)},
        {("Dara Chhun", "participatedIn", TRADE_FAIR)},
    ),
    # ... not one whose relative clause looks ahead
    "side-event-that-will-open-sets-nothing": (
        _FAIR_LEAD + "The Mekong Rice Export Roundtable, which opens on Friday, has drawn "
        "60 traders. Dara Chhun of the Cambodia Rice Federation addressed the opening.\n",
        {("Dara Chhun", "participatedIn", TRADE_FAIR)},
        {("Dara Chhun", "participatedIn", RICE_ROUNDTABLE)},
    ),
}


@pytest.mark.parametrize("case", sorted(_SESSION_33))
def test_a_side_event_staged_or_ended_turns_its_paragraph(nlp, case):
    text, present, absent = _SESSION_33[case]
    triples = stated(relations_of(nlp, text))
    assert present <= triples and not absent & triples, sorted(triples)


# Session 33 (partwho48): an absolute "with A and B among its members" phrase names who is
# in a delegation to the event; not the members of a body that goes nowhere, nor backers
# ("among its supporters").
_WITH_AMONG = {
    "with-among-its-members-of-a-delegation": (
        "Deputy Minister Somsak Inthavong led a Lao delegation to the 9th Mekong Trade "
        "Fair in Pakse on Monday, with Lao Brewery Company and Phongsavanh Bank among its "
        "members.\n",
        {
            ("Lao Brewery Company", "participatedIn", TRADE_FAIR),
            ("Phongsavanh Bank", "participatedIn", TRADE_FAIR),
        },
        set(),
    ),
    "with-among-its-members-of-a-body-is-no-party": (
        "The Lao Chamber of Commerce, with Lao Brewery Company and Phongsavanh Bank among "
        "its members, praised the 9th Mekong Trade Fair in Pakse on Monday.\n",
        set(),
        {
            ("Lao Brewery Company", "participatedIn", TRADE_FAIR),
            ("Phongsavanh Bank", "participatedIn", TRADE_FAIR),
        },
    ),
    "with-among-its-supporters-is-no-role": (
        "The 4th Mekong Media Forum opened in Luang Prabang on Tuesday, with the Asian "
        "Development Bank and the Mekong River Commission among its supporters.\n",
        set(),
        {
            ("Asian Development Bank", "participatedIn", MEDIA_FORUM),
            ("Mekong River Commission", "participatedIn", MEDIA_FORUM),
        },
    ),
}


@pytest.mark.parametrize("case", sorted(_WITH_AMONG))
def test_with_among_names_a_party_or_a_role(nlp, case):
    text, present, absent = _WITH_AMONG[case]
    triples = stated(relations_of(nlp, text))
    assert present <= triples and not absent & triples, sorted(triples)


# Session 35 (partwhich50): overviews name a series' editions by their year as often as by
# their number. A paragraph turns to a year-named edition told as past as it does to a
# numbered one ("The 2016 X Expo filled a single hall. Firm Y took a booth"), and a
# paragraph that has told an edition of a year before the story's as past sets its
# clauses there, not as background ("The 2020 X Forum was held online. Y spoke by video").
_SESSION_35 = {
    "year-named-earlier-edition-sets-its-paragraph": (
        "Herbal fair opens\n\nYULIN, Nov 20 -- The 2024 Lancang Herbal Fair opened in Yulin "
        "on Wednesday.\n\nThe fair began small. The 2016 Lancang Herbal Fair filled a single "
        "hall. Vietnamese drugmaker Hoa Sen Pharma took a booth.\n",
        {("Hoa Sen Pharma", "participatedIn", "2016 Lancang Herbal Fair")},
        {("Hoa Sen Pharma", "participatedIn", "2024 Lancang Herbal Fair")},
    ),
    # ... not a later year told ahead: the booth is still at this year's fair
    "year-named-later-edition-told-ahead-sets-nothing": (
        "Herbal fair opens\n\nYULIN, Nov 20 -- The 2024 Lancang Herbal Fair opened in Yulin "
        "on Wednesday.\n\nThe 2025 Lancang Herbal Fair will be held in Wuzhou. Vietnamese "
        "drugmaker Hoa Sen Pharma took a booth.\n",
        {("Hoa Sen Pharma", "participatedIn", "2024 Lancang Herbal Fair")},
        {("Hoa Sen Pharma", "participatedIn", "2025 Lancang Herbal Fair")},
    ),
    # ... not a numbered label of the article's own year-named edition
    "numbered-label-of-the-year-named-edition-sets-nothing": (
        "Seed conference opens\n\nSANYA, Nov 20 -- The 2024 Hainan Rice Seed Conference "
        "opened in Sanya on Wednesday.\n\nThe conference, the third of its kind, was "
        "organised by the provincial agriculture department. Participating organisations "
        "included the Lao Rice Research Centre.\n",
        {("Lao Rice Research Centre", "participatedIn", "2024 Hainan Rice Seed Conference")},
        {("Lao Rice Research Centre", "participatedIn", "3rd Hainan Rice Seed Conference")},
    ),
    "past-year-edition-told-in-its-paragraph-is-no-background": (
        "The Mekong Seed Forum started in 2015.\n\nThe 2020 Mekong Seed Forum was held "
        "online. Thai seed official Pranee Suksawat spoke by video.\n",
        {("Pranee Suksawat", "participatedIn", "2020 Mekong Seed Forum")},
        set(),
    ),
    # ... and so does one whose paragraph told it by what it drew
    "past-year-edition-that-drew-guests-sets-its-paragraph": (
        "The Mekong Seed Forum started in 2015.\n\nThe 2021 Mekong Seed Forum, held in "
        "Vientiane, drew 300 guests. Thai seed official Pranee Suksawat spoke on the first "
        "day.\n",
        {("Pranee Suksawat", "participatedIn", "2021 Mekong Seed Forum")},
        set(),
    ),
    # a sentence on another edition named "The 2022 edition" (its year a mention of its
    # own) sets its own clauses there, not at the edition its paragraph told
    "year-before-edition-word-in-the-sentence": (
        "The Mekong Seed Forum started in 2015.\n\nThe 2021 Mekong Seed Forum was held in "
        "Vientiane. The 2022 edition, held in Hanoi, drew 300 guests; Thai seed official "
        "Pranee Suksawat spoke by video.\n",
        {("Pranee Suksawat", "participatedIn", "2022 Mekong Seed Forum")},
        {("Pranee Suksawat", "participatedIn", "2021 Mekong Seed Forum")},
    ),
    # ... not a clause of a sentence that names no other edition
    "no-other-edition-in-the-sentence": (
        "The Mekong Seed Forum started in 2015.\n\nThe 2021 Mekong Seed Forum was held in "
        "Vientiane. In 2022, 300 guests came to Hanoi; Thai seed official Pranee Suksawat "
        "spoke by video.\n",
        set(),
        {("Pranee Suksawat", "participatedIn", "2022 Mekong Seed Forum")},
    ),
    # ... but one the paragraph names only as a mark in time stays background
    "past-year-edition-not-told-stays-background": (
        "The Mekong Seed Forum started in 2015.\n\nSince the 2020 Mekong Seed Forum, "
        "breeders have shared data online. Thai seed official Pranee Suksawat spoke by "
        "video.\n",
        set(),
        {("Pranee Suksawat", "participatedIn", "2020 Mekong Seed Forum")},
    ),
}


@pytest.mark.parametrize("case", sorted(_SESSION_35))
def test_an_edition_a_paragraph_tells_by_its_year(nlp, case):
    text, present, absent = _SESSION_35[case]
    triples = stated(relations_of(nlp, text, published="2024-11-21"))
    assert present <= triples and not absent & triples, sorted(triples)
