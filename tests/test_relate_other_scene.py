"""Facts the rules must not give on shapes where the sentence's scene is another event, an
earlier edition or a clause of its own: one table, each shape with a sentence of our own it
still reads and one it must leave alone."""

from __future__ import annotations

import pytest

# one reading of a text into triples for every table of shapes
from test_relations_taking_part import _stated

pytestmark = pytest.mark.model


_FORUM = "The 12th Mekong Trade Forum opened on Monday.\n"
_MEKONG = "The 5th Mekong Summit opened in Hanoi on Monday.\n"
_LANNA = "On the sidelines of the 9th Lanna Economic Summit, "
_FAIR = "The 9th Mekong Trade Fair opened in Pakse on Monday.\n"

#: (what it shows, text it reads, the triple it gives, text it leaves alone, the triple
#: that text must not give)
_SHAPES = [
    (
        "'the last summit' is the edition before the one in scope",
        _FORUM + "The forum is held in Pakse this year.",
        ("12th Mekong Trade Forum", "heldIn", "Pakse"),
        _FORUM + "The last forum was held in Hue in 2022.",
        ("12th Mekong Trade Forum", "heldIn", "Hue"),
    ),
    (
        "a venue on an event's sidelines is the clause's own event's, when it names one",
        _LANNA + "the leaders signed the pact at the Riverside Palace Hotel in Chiang Mai.",
        ("9th Lanna Economic Summit", "heldIn", "Riverside Palace Hotel"),
        _LANNA + "the Lanna Business Forum was held at the Riverside Palace Hotel.",
        ("9th Lanna Economic Summit", "heldIn", "Riverside Palace Hotel"),
    ),
    (
        "'the two governments' after ', and' is its clause's whole subject",
        _MEKONG + "Premier Tran Van Long and President Somsak Vongsa signed five agreements.",
        ("Somsak Vongsa", "participatedIn", "5th Mekong Summit"),
        _MEKONG + "Premier Tran Van Long met President Somsak Vongsa, and the two governments "
        "signed five agreements.",
        ("Somsak Vongsa", "participatedIn", "5th Mekong Summit"),
    ),
    (
        "a clause set by 'where' or 'during which' on a visit is no scene of the event",
        _MEKONG + "Premier Tran Van Long went to the opening ceremony of the summit, where he "
        "held talks with President Somsak Vongsa.",
        ("Somsak Vongsa", "participatedIn", "5th Mekong Summit"),
        _MEKONG + "Premier Tran Van Long arrived on Sunday after a state visit to Vientiane, "
        "where he held talks with President Somsak Vongsa.",
        ("Somsak Vongsa", "participatedIn", "5th Mekong Summit"),
    ),
    (
        "a place after 'from' a place on an event's noun is where one joins it from",
        "Premier Tran Van Long attended the 4th Lanna Summit in Chiang Mai on Sunday.",
        ("4th Lanna Summit", "heldIn", "Chiang Mai"),
        "The 4th Lanna Summit was held by video link on Sunday.\nPremier Tran Van Long "
        "attended the summit from the Presidential Palace in Hanoi.",
        ("4th Lanna Summit", "heldIn", "Hanoi"),
    ),
    (
        "a clause of condition ('If X can deliver ...') places no one",
        _MEKONG + "Vinacafe will deliver a keynote on coffee exports.",
        ("Vinacafe", "participatedIn", "5th Mekong Summit"),
        _MEKONG + "If Vinacafe can deliver the coffee on time, the deal will go ahead.",
        ("Vinacafe", "participatedIn", "5th Mekong Summit"),
    ),
    (
        "advice ('X should send a delegation') places no one",
        _FORUM + "The Ministry of Commerce of Laos sent a delegation of 40 traders.",
        ("Ministry of Commerce of Laos", "participatedIn", "12th Mekong Trade Forum"),
        _FORUM + "The Ministry of Commerce of Laos should send a delegation of 40 traders.",
        ("Ministry of Commerce of Laos", "participatedIn", "12th Mekong Trade Forum"),
    ),
    (
        "a person a body's possessive owns speaking to a person is the press asking",
        _FORUM + "Lao Brewery chief executive Somchai Vong spoke to Premier Tran Van Long.",
        ("Somchai Vong", "participatedIn", "12th Mekong Trade Forum"),
        _FORUM + "The Vientiane Times' Somchai Vong spoke to Tran Van Long, director of the "
        "Lao Trade Department, about the forum.",
        ("Somchai Vong", "participatedIn", "12th Mekong Trade Forum"),
    ),
    (
        "one who joins another 'as a host' of an event takes the organiser's role",
        _FORUM + "The Ministry of Commerce of Laos joined the Champasak provincial government "
        "at the forum.",
        ("Ministry of Commerce of Laos", "participatedIn", "12th Mekong Trade Forum"),
        _FORUM + "The Ministry of Commerce of Laos joined the Champasak provincial government "
        "as a host of the forum this year.",
        ("Ministry of Commerce of Laos", "participatedIn", "12th Mekong Trade Forum"),
    ),
    (
        "'for the second meeting', 'at the previous fair': another occasion than the one in scope",
        "The Lanna Convention Centre hosted the 9th Lanna Summit on Monday, with Premier Tran "
        "Van Long joining Gulf leaders for the meeting.",
        ("Tran Van Long", "participatedIn", "9th Lanna Summit"),
        "The Lanna Convention Centre hosted the 9th Lanna Summit and the inaugural Lanna-Gulf "
        "Summit on Monday and Tuesday, with Premier Tran Van Long joining Gulf leaders for the "
        "second meeting.",
        ("Tran Van Long", "participatedIn", "9th Lanna Summit"),
    ),
    (
        "a clause joined after 'Last year, ...' is set last year too",
        _FORUM + "Lao Brewery took part for the first time, and its chief executive, Somchai "
        "Vong, signed a supply deal.",
        ("Somchai Vong", "participatedIn", "12th Mekong Trade Forum"),
        _FORUM + "Last year, Lao Brewery took part for the first time, and its chief "
        "executive, Somchai Vong, signed a supply deal.",
        ("Somchai Vong", "participatedIn", "12th Mekong Trade Forum"),
    ),
    (
        "who holds 'a meeting' of its own holds that event, not the edition in scope",
        _FAIR + "The Vientiane Chamber of Commerce hosted the meeting and said investment "
        "was rising.",
        ("Vientiane Chamber of Commerce", "participatedIn", "9th Mekong Trade Fair"),
        _FAIR + "The Vientiane Chamber of Commerce hosted a meeting to promote investment in "
        "Savannakhet.",
        ("Vientiane Chamber of Commerce", "participatedIn", "9th Mekong Trade Fair"),
    ),
    (
        "who speaks 'where' a seminar of its own was held speaks at that seminar",
        _FAIR + "The Vientiane Chamber of Commerce set up a stand in Hall 2, where Nguyen Van "
        "An spoke.",
        ("Nguyen Van An", "participatedIn", "9th Mekong Trade Fair"),
        _FAIR + "Two universities held a seminar in Hue on river trade, where Nguyen Van An "
        "and Somchai Wong spoke.",
        ("Nguyen Van An", "participatedIn", "9th Mekong Trade Fair"),
    ),
    (
        "'the show' after an edition named only as a mark in time is the series' outing",
        "The first Mekong Coffee Fair opened in Pakse on Monday. Bolaven Beans sold its "
        "coffee at the show.",
        ("Bolaven Beans", "participatedIn", "1st Mekong Coffee Fair"),
        "Lao roasters head to the Mekong Coffee Fair in Pakse this week. It has grown every "
        "year since the first edition in 2010. Bolaven Beans will sell its coffee at the show.",
        ("Bolaven Beans", "participatedIn", "1st Mekong Coffee Fair"),
    ),
]


@pytest.mark.parametrize(
    ("shape", "text", "expected", "counter", "unexpected"), _SHAPES, ids=[s[0] for s in _SHAPES]
)
def test_shape(nlp, shape, text, expected, counter, unexpected):
    assert expected in _stated(nlp, text), shape
    assert unexpected not in _stated(nlp, counter), shape


def test_joining_as_a_host_is_no_membership(nlp):
    found = _stated(
        nlp,
        _FORUM + "The Ministry of Commerce of Laos joined the Champasak provincial government "
        "as a host of the forum this year.",
    )
    assert not {t for t in found if t[1] == "memberOf"}


def test_a_related_news_line_is_another_story(nlp):
    # a link to another story, under its label on the same line, is page furniture
    head = "The Lanna Motor Show 2024 opened in Chiang Mai on Friday.\n\n"
    read = _stated(nlp, head + "Siam Motors showed its Breeze EV at the show.")
    assert ("Siam Motors", "participatedIn", "Lanna Motor Show 2024") in read
    linked = _stated(nlp, head + "Related news: Siam Motors exhibits Breeze EV at the show")
    assert not {t for t in linked if t[1] == "participatedIn"}


#: A side forum's report: masthead, date and dateline lines under the headline, the expo
#: it was held before named only in the last paragraph.
_FURNISHED = (
    "Coffee on the table at Mekong forum in Hanoi\n\nThe Star\nSept 18, 2023\n\n"
    "HANOI: Traders from five countries met at the Mekong Coffee Forum that ended on "
    "Saturday.\n\nThe forum was hosted by the Vietnam Coffee Association.\n\n"
    "Dr Lan Pham told the session that exports had doubled.\n\n"
    "The forum was staged on the eve of the 5th Mekong Expo, which opened on Sunday."
)


def test_a_masthead_and_date_line_are_no_sentences_of_the_lead(nlp):
    # the lead is the headline and the first sentences under it, not "The Star" and the
    # date: its forum is the scene of a speaker quoted before the expo is named
    found = _stated(nlp, _FURNISHED)
    assert ("Lan Pham", "participatedIn", "Mekong Coffee Forum") in found
    assert ("Lan Pham", "participatedIn", "5th Mekong Expo") not in found


_SEVENTH_FAIR = "The 7th Mekong Trade Fair opened in Pakse on Monday with 400 stands.\n"
_FAIR_BESIDE_SUMMIT = (
    "The 19th Mekong Business Summit opened in Vientiane on Friday alongside the 19th Mekong "
    "Trade Fair.\n"
)

#: (what it shows, text, the triples it gives, the triples it must not give): which of two
#: events a sentence naming none is set at, each read and each left alone
_WHICH_EVENT = [
    (
        "a paragraph turned to an earlier edition by its subject is set there to its end",
        _SEVENTH_FAIR + "The first fair, in 2017, drew only 90 exhibitors. Lao Brewery was "
        "among them, and its chairman, Somsak Vong, cut the ribbon at the opening.",
        [
            ("Lao Brewery", "participatedIn", "1st Mekong Trade Fair"),
            ("Somsak Vong", "participatedIn", "1st Mekong Trade Fair"),
        ],
        [("Somsak Vong", "participatedIn", "7th Mekong Trade Fair")],
    ),
    (
        "a paragraph turned to a later edition told as past is set there to its end",
        "Four years ago, Lao Deputy Minister Khamla Vong opened the 3rd Mekong Trade Fair in "
        "Pakse.\nThe 7th Mekong Trade Fair drew 400 exhibitors. Cambodia sent Commerce "
        "Minister Sok Chenda.",
        [("Sok Chenda", "participatedIn", "7th Mekong Trade Fair")],
        [("Sok Chenda", "participatedIn", "3rd Mekong Trade Fair")],
    ),
    (
        "a later edition told ahead sets nothing",
        "Lao Deputy Minister Khamla Vong opened the 3rd Mekong Trade Fair in Pakse on "
        "Monday.\nThe 4th Mekong Trade Fair will be held in Hue. Cambodia sent Commerce "
        "Minister Sok Chenda.",
        [("Sok Chenda", "participatedIn", "3rd Mekong Trade Fair")],
        [("Sok Chenda", "participatedIn", "4th Mekong Trade Fair")],
    ),
    (
        "a new paragraph after one on an earlier edition is back at the edition in scope",
        _SEVENTH_FAIR + "The first fair, in 2017, drew only 90 exhibitors.\nLao Brewery "
        "chairman Somsak Vong cut the ribbon at the opening.",
        [("Somsak Vong", "participatedIn", "7th Mekong Trade Fair")],
        [("Somsak Vong", "participatedIn", "1st Mekong Trade Fair")],
    ),
    (
        "the edition the lead reports is not overtaken by an earlier one the body names more",
        "The 8th Mekong Trade Fair opened in Pakse on Monday.\nThe 5th Mekong Trade Fair, in "
        "2019, drew only 90 exhibitors, and the 5th Mekong Trade Fair lost money.\nGuests at "
        "the opening included Lao Deputy Minister Khamphone Vongsa.",
        [("Khamphone Vongsa", "participatedIn", "8th Mekong Trade Fair")],
        [("Khamphone Vongsa", "participatedIn", "5th Mekong Trade Fair")],
    ),
    (
        "a later edition the body names more than the lead's earlier one is the story's",
        "Four years ago, Lao Deputy Minister Khamla Vong opened the 3rd Mekong Trade Fair in "
        "Pakse.\nThe 7th Mekong Trade Fair drew 400 exhibitors, and the 7th Mekong Trade Fair "
        "sold out.\nGuests at the opening included Cambodian Commerce Minister Sok Chenda.",
        [("Sok Chenda", "participatedIn", "7th Mekong Trade Fair")],
        [("Sok Chenda", "participatedIn", "3rd Mekong Trade Fair")],
    ),
    (
        "goods are sold at the fair the lead names beside the summit in scope",
        _FAIR_BESIDE_SUMMIT + "Lao coffee roaster Bolaven Beans sold out its first shipment "
        "on the opening day.",
        [("Bolaven Beans", "participatedIn", "19th Mekong Trade Fair")],
        [("Bolaven Beans", "participatedIn", "19th Mekong Business Summit")],
    ),
    (
        "a guest present, not trading, stays at the summit in scope",
        _FAIR_BESIDE_SUMMIT + "Lao Deputy Minister Khamphone Vongsa was also present on the "
        "opening day.",
        [("Khamphone Vongsa", "participatedIn", "19th Mekong Business Summit")],
        [("Khamphone Vongsa", "participatedIn", "19th Mekong Trade Fair")],
    ),
    (
        "'At the 4th forum' sets the scene at that edition, its number its own",
        "The Mekong Rice Forum has met in Can Tho every spring since 2016.\n\nAt the 4th "
        "forum, Lao farm official Bounsong Keo presented a study of seed prices.",
        [("Bounsong Keo", "participatedIn", "4th Mekong Rice Forum")],
        [],
    ),
    (
        "another edition of the series as subject moves the paragraph's scene on to it",
        "At the 4th Mekong Rice Forum, Lao farm official Bounsong Keo presented a study. The "
        "5th forum moved to Pakse; Thai miller Prasit Chaiyo spoke there.",
        [("Prasit Chaiyo", "participatedIn", "5th Mekong Rice Forum")],
        [("Prasit Chaiyo", "participatedIn", "4th Mekong Rice Forum")],
    ),
    (
        "an edition told ahead as subject sets only its own sentence",
        "At the 4th Mekong Rice Forum, Lao farm official Bounsong Keo presented a study. The "
        "5th forum will move to Pakse, and Thai miller Prasit Chaiyo has booked a stand. Lao "
        "trader Noy Sisavath said prices would rise.",
        [("Prasit Chaiyo", "participatedIn", "5th Mekong Rice Forum")],
        [
            ("Noy Sisavath", "participatedIn", "5th Mekong Rice Forum"),
            ("Prasit Chaiyo", "participatedIn", "4th Mekong Rice Forum"),
        ],
    ),
    (
        "an edition a speaker only reports on moves no scene",
        "At the 4th Mekong Rice Forum, Lao farm official Bounsong Keo said the 5th forum "
        "would move to Pakse. Thai miller Prasit Chaiyo presented a study of seed prices.",
        [("Prasit Chaiyo", "participatedIn", "4th Mekong Rice Forum")],
        [("Prasit Chaiyo", "participatedIn", "5th Mekong Rice Forum")],
    ),
]


@pytest.mark.parametrize(
    ("shape", "text", "given", "not_given"), _WHICH_EVENT, ids=[s[0] for s in _WHICH_EVENT]
)
def test_which_event_a_sentence_naming_none_is_set_at(nlp, shape, text, given, not_given):
    found = _stated(nlp, text, published="2023-11-14")
    assert set(given) <= found, shape
    assert not set(not_given) & found, shape
