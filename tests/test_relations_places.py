"""Where places lie and where events are held, from shapes beyond each rule's own
example: one sentence a change reads and one it must leave alone."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def located(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "locatedIn"}


def test_places_listed_after_a_possessor_lie_in_it(nlp):
    text = "The grouping brings together China's Guangxi, Guangdong and Hainan with Vietnam."
    found = located(nlp, text)
    assert {("Guangdong", "China"), ("Hainan", "China")} <= found
    assert ("Vietnam", "China") not in found


def test_a_country_listed_after_a_possessed_place_is_not_in_the_possessor(nlp):
    text = "Officials from China's Guangxi and Vietnam signed the deal."
    assert ("Vietnam", "China") not in located(nlp, text)


def test_a_venue_with_its_short_form_in_brackets_lies_in_the_place_after_it(nlp):
    text = (
        "Leaders met at the Philippine International Convention Center (PICC) in Pasay City "
        "on Monday."
    )
    found = located(nlp, text)
    assert ("Philippine International Convention Center", "Pasay City") in found


def test_a_venue_with_its_short_form_in_brackets_lies_not_in_a_later_place(nlp):
    text = (
        "Leaders met at the Philippine International Convention Center (PICC) in the "
        "morning, then flew to Pasay City."
    )
    found = located(nlp, text)
    assert ("Philippine International Convention Center", "Pasay City") not in found


def test_a_venue_in_the_capital_of_a_region_lies_in_the_capital_the_text_names(nlp):
    text = (
        "The expo opens in Nanning on Tuesday. It is held at the Nanning International "
        "Convention and Exhibition Center in the capital of the Guangxi Zhuang Autonomous "
        "Region."
    )
    found = located(nlp, text)
    assert ("Nanning International Convention and Exhibition Center", "Nanning") in found


@pytest.mark.parametrize(
    "text",
    [
        "The agency set up meetings for buyers from Germany, the US, the UAE, Singapore and Japan.",
        "Italy, Turkey, Egypt and Spain sent the most exhibitors after the hosts.",
    ],
)
def test_a_country_lies_in_no_other_country_a_list_names(nlp, text):
    assert not {(s, o) for s, o in located(nlp, text) if s in ("Germany", "Italy")}


def held_in(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}


@pytest.mark.parametrize(
    "text",
    [
        "VIENTIANE, Feb. 20 -- Laos hosted the 5th Mekong Ministers' Meeting on Monday.",
        "The 5th Mekong Ministers' Meeting in Laos ended. It opened in Vientiane on Monday.",
        "The 5th Mekong Ministers' Meeting opened in Laos. Ministers met in Vientiane for the "
        "5th Mekong Ministers' Meeting.",
    ],
)
def test_an_event_held_in_a_city_is_not_also_held_in_the_country_around_it(nlp, text):
    found = held_in(nlp, text)
    assert ("5th Mekong Ministers' Meeting", "Vientiane") in found
    assert ("5th Mekong Ministers' Meeting", "Laos") not in found


def test_an_event_held_in_a_country_only_is_held_there(nlp):
    text = "The ministers said the 2nd Mekong Leaders' Meeting would be held in Cambodia."
    assert ("2nd Mekong Leaders' Meeting", "Cambodia") in held_in(nlp, text)


@pytest.mark.parametrize(
    ("text", "event", "city"),
    [
        (
            "Nanning has hosted the China-ASEAN Expo every year since 2004.",
            "China-ASEAN Expo",
            "Nanning",
        ),
        (
            "Kunming played host to the 8th China-South Asia Expo last week.",
            "8th China-South Asia Expo",
            "Kunming",
        ),
        (
            "Kunming will serve as the host of the 8th China-South Asia Expo next year.",
            "8th China-South Asia Expo",
            "Kunming",
        ),
        (
            "The 8th China-South Asia Expo was hosted by the city of Kunming.",
            "8th China-South Asia Expo",
            "Kunming",
        ),
    ],
)
def test_a_city_that_hosts_an_event_is_where_it_is_held(nlp, text, event, city):
    assert (event, city) in held_in(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a series named beside its edition held elsewhere is not held at the dateline
        "KOTA KINABALU, June 2 – Forty Sabah firms will exhibit when the 21st China-ASEAN Expo "
        "(CAEXPO) opens in Nanning in September.",
        # "it" in a clause of time is the event its sentence named
        "KOTA KINABALU, June 2 – Sabah will send 40 firms to the 21st China-ASEAN Expo when it "
        "opens in Nanning in September.",
    ],
)
def test_a_preview_datelined_away_places_its_edition_where_the_text_says(nlp, text):
    assert held_in(nlp, text) == {("21st China-ASEAN Expo", "Nanning")}


def test_a_series_named_beside_its_edition_held_at_the_dateline_is_held_there(nlp):
    text = "NANNING, Oct. 22 -- The Fifth China-ASEAN Expo (CAEXPO) opened on Wednesday in Nanning."
    assert ("China-ASEAN Expo", "Nanning") in held_in(nlp, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Founded in 2011 and headquartered in Kulim, Kedah, Tessar Probe designs probe cards.",
            ("Kulim", "Kedah"),
        ),
        ("Glove maker Kilat Sdn Bhd of Ipoh, Perak, said demand had doubled.", ("Ipoh", "Perak")),
    ],
)
def test_a_place_set_beside_a_place_before_a_comma_and_no_other_place_lies_in_it(nlp, text, pair):
    assert pair in located(nlp, text)


def test_places_listed_with_commas_lie_in_none_of_each_other(nlp):
    text = "Buyers came from Nanning, Guangxi, Hanoi and Jakarta."
    assert not located(nlp, text)


def test_a_byline_that_says_where_the_reporter_filed_is_the_dateline(nlp):
    text = (
        "Expo opens with more exhibitors\n\nBy Li Ming in Nanning\nSeptember 20, 2019\n\n"
        "The 16th China-ASEAN Expo opened its doors to trade visitors on Friday with 2,800 "
        "exhibitors. Many came from Hanoi, while buyers came from Nanning and Kunming."
    )
    triple = ("16th China-ASEAN Expo", "heldIn", "Nanning")
    assert triple in stated(relations_of(nlp, text, "2019-09-20"))
    other = text.replace("By Li Ming in Nanning", "By Li Ming")
    assert triple not in stated(relations_of(nlp, other, "2019-09-20"))


def test_a_place_lies_in_its_nearest_container_only(nlp):
    text = (
        "KUNMING, China, June 5 -- The fair opened in Kunming, capital of Yunnan province, "
        "on Thursday. Firms came from Chiang Rai and from Luang Prabang."
    )
    found = located(nlp, text)
    assert ("Kunming", "Yunnan province") in found or ("Kunming", "Yunnan") in found
    assert ("Kunming", "China") not in found
    other = "KUNMING, China, June 5 -- The fair opened in Kunming on Thursday."
    assert ("Kunming", "China") in located(nlp, other)


def test_places_named_with_their_levels_lie_each_in_the_next(nlp):
    text = (
        "The fair opened at a new hall in Lippo Karawaci, Tangerang district, Banten "
        "province, on Tuesday."
    )
    found = located(nlp, text)
    assert ("Lippo Karawaci", "Tangerang district") in found


def test_districts_listed_with_their_level_lie_not_in_each_other(nlp):
    text = "Shops in Ba Dinh district, Hoan Kiem district and Tay Ho district closed early."
    found = located(nlp, text)
    assert ("Ba Dinh district", "Hoan Kiem district") not in found


def test_an_apposition_closed_by_a_clause_after_and_is_no_list(nlp):
    text = (
        "The talks opened in Mengla, China's Yunnan province, and moved to Boten the "
        "following week."
    )
    assert ("Mengla", "Yunnan") in located(nlp, text)


def test_a_nationality_before_a_kind_of_place_names_its_country(nlp):
    text = (
        "Leaders gathered in the central Vietnamese city of Hue on Friday. Vietnam will "
        "chair the bloc next year."
    )
    assert ("Hue", "Vietnam") in located(nlp, text)


def test_a_place_in_an_unread_place_of_a_country_is_not_placed_in_the_country(nlp):
    text = "Datuk Ling, mayor of Kuching North in Malaysia's Sarawak state, spoke first."
    assert ("Kuching North", "Malaysia") not in located(nlp, text)


def test_a_place_in_a_compass_part_of_a_possessor_lies_in_the_possessed_place(nlp):
    text = "Trains now reach the port of Beihai in south China's Guangxi Zhuang Autonomous Region."
    found = located(nlp, text)
    assert ("Beihai", "Guangxi Zhuang Autonomous Region") in found
    assert ("Beihai", "China") not in found


def test_an_event_held_in_a_district_of_its_city_is_held_in_the_city(nlp):
    text = (
        "The 2019 Surabaya Fair was held at Hall C2 of the Grand City Convention and "
        "Exhibition Center in the Genteng district of Surabaya, capital of East Java, from "
        "May 2 to June 1."
    )
    found = stated(relations_of(nlp, text))
    held_in = {o for s, p, o in found if p == "heldIn"}
    assert "Surabaya" in held_in and "Genteng district" not in held_in
    assert ("Genteng district", "locatedIn", "Surabaya") in found


def test_an_address_of_city_province_and_country_lies_in_each_next(nlp):
    text = "The summit takes place from May 3 to 5 in Yiwu, Zhejiang Province, China."
    found = located(nlp, text)
    assert {("Yiwu", "Zhejiang"), ("Zhejiang", "China")} <= found


def test_a_province_set_beside_its_country_lies_in_it(nlp):
    text = "The pavilion at the fair in Yunnan, China, drew 300 buyers."
    assert ("Yunnan", "China") in located(nlp, text)


def test_places_listed_after_a_city_and_its_province_are_no_address(nlp):
    text = "Buyers came from Nanning, Guangxi, Hanoi and Jakarta."
    found = located(nlp, text)
    assert (
        not {
            ("Nanning", "Guangxi Zhuang Autonomous Region"),
            ("Guangxi Zhuang Autonomous Region", "Hanoi"),
        }
        & found
    )


def test_a_venue_with_a_hyphenated_short_form_lies_in_the_place_after_it(nlp):
    text = (
        "The craft fair opened at the Lao International Trade Exhibition and Convention Center "
        "(Lao-ITECC) in Vientiane on Friday."
    )
    found = located(nlp, text)
    assert ("Lao International Trade Exhibition and Convention Center", "Vientiane") in found


@pytest.mark.parametrize(
    ("text", "inner", "outer"),
    [
        (
            "The second leaders' meeting was held in Lijiang, in China's Yunnan province, "
            "last year.",
            "Lijiang",
            "Yunnan",
        ),
        (
            "The border fair opened in Lao Cai city, in the northern mountain province of "
            "Ha Giang, on Friday.",
            "Lao Cai",
            "Ha Giang",
        ),
    ],
)
def test_a_place_set_off_by_a_comma_and_in_lies_in_the_place_after(nlp, text, inner, outer):
    assert (inner, outer) in located(nlp, text)


def test_a_comma_and_in_before_a_date_or_a_thing_places_nothing(nlp):
    text = "The pact was signed in Lijiang, in the presence of Yunnan officials, on Monday."
    assert not any(inner == "Lijiang" for inner, _ in located(nlp, text))


def test_a_place_a_clause_of_lying_describes_lies_in_the_place_named_in_it(nlp):
    text = (
        "Traders cross daily to Pingxiang, which lies just across the border in the Guangxi "
        "Zhuang Autonomous Region."
    )
    assert ("Pingxiang", "Guangxi Zhuang Autonomous Region") in located(nlp, text)
    text = (
        "Traders cross daily to Pingxiang, which buys fruit from the Guangxi Zhuang "
        "Autonomous Region."
    )
    assert not any(inner == "Pingxiang" for inner, _ in located(nlp, text))


def test_a_state_the_text_names_is_nearer_than_the_datelines_country(nlp):
    text = (
        "KUCHING, Malaysia, May 2, 2024 /PRNewswire/ -- Borneo Pepper Sdn Bhd will exhibit at "
        "the 4th China International Consumer Products Expo.\n"
        "Based in Kuching, Sarawak, the company exports pepper to China."
    )
    found = located(nlp, text)
    assert ("Kuching", "Sarawak") in found
    assert ("Kuching", "Malaysia") not in found


def test_the_subject_after_a_fronted_phrase_is_not_a_place_set_beside_it(nlp):
    text = "During his stay in Vientiane, Li will meet the Lao president."
    assert not any(inner == "Vientiane" for inner, _ in located(nlp, text))


def test_this_city_in_a_place_puts_the_dateline_in_it(nlp):
    text = (
        "NINGBO, May 6 (Xinhua) -- Port operators from ten countries gathered in this coastal "
        "city in Zhejiang Province on Monday for a shipping forum."
    )
    found = located(nlp, text)
    assert ("Ningbo", "Zhejiang") in found
    assert ("Ningbo", "China") not in found


def test_a_place_set_beside_an_area_of_a_place_lies_in_it(nlp):
    text = (
        "The forum took place in Nusa Dua, a resort area of Badung Regency, while the fair "
        "ran at a complex in the Segambut area of Kuala Lumpur."
    )
    found = stated(relations_of(nlp, text))
    assert ("Nusa Dua", "locatedIn", "Badung Regency") in found


def test_a_venue_in_the_named_district_of_a_city_lies_in_the_district(nlp):
    text = (
        "The 2018 Jakarta Fair was held at Hall B3 of the Jakarta International Expo in the "
        "Kemayoran district of Jakarta."
    )
    found = stated(relations_of(nlp, text))
    assert ("Jakarta International Expo", "locatedIn", "Kemayoran district") in found


def test_events_both_held_at_a_venue_after_the_main_clause_are_held_there(nlp):
    """The parser hangs "both held at ..." on the clause's verb: it is said of its events."""
    text = (
        "Vice Premier Ding Xuexiang attended the 9th Mekong Trade Forum and 9th Mekong "
        "Tourism Forum, both held at the Royal Convention Center in Phnom Penh on Monday."
    )
    found = held_in(nlp, text)
    assert ("9th Mekong Trade Forum", "Royal Convention Center") in found
    assert ("9th Mekong Trade Forum", "Phnom Penh") in found


def test_a_clause_of_both_that_does_not_hold_places_nothing(nlp):
    text = (
        "Vice Premier Ding Xuexiang attended the 9th Mekong Trade Forum and 9th Mekong "
        "Tourism Forum, both praised at the Royal Convention Center in Phnom Penh on Monday."
    )
    assert ("9th Mekong Trade Forum", "Phnom Penh") not in held_in(nlp, text)


def test_an_event_at_a_venue_the_sentence_places_in_a_town_is_held_in_the_town(nlp):
    text = (
        "Buyers filled the Borneo Convention Centre in Kuching on Friday as the Sarawak Agro "
        "Fair returned for its 12th outing."
    )
    found = held_in(nlp, text)
    assert ("12th Sarawak Agro Fair", "Borneo Convention Centre") in found
    assert ("12th Sarawak Agro Fair", "Kuching") in found


def test_an_event_at_a_venue_is_held_past_a_district_in_its_town(nlp):
    text = (
        "The 5th Lancang-Mekong Health Forum opened at the Kunming Dianchi Convention Center, "
        "which lies in Guandu district of Kunming, capital of Yunnan province."
    )
    found = held_in(nlp, text)
    assert ("5th Lancang-Mekong Health Forum", "Kunming") in found
    assert ("5th Lancang-Mekong Health Forum", "Guandu district") not in found
    assert ("5th Lancang-Mekong Health Forum", "Yunnan") not in found


def test_a_venue_named_after_its_city_or_a_town_in_another_sentence_adds_no_town(nlp):
    text = (
        "The 5th Lancang-Mekong Health Forum opened at the Kunming Dianchi Convention Center. "
        "The Kunming Dianchi Convention Center lies in Guandu district of Kunming."
    )
    assert ("5th Lancang-Mekong Health Forum", "Kunming") not in held_in(nlp, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The forum opened in Chengdu, capital of Sichuan province in western China.",
            ("Sichuan", "China"),
        ),
        (
            "The port fair opened in Haiphong, in northern Vietnam, on Monday.",
            ("Haiphong", "Vietnam"),
        ),
    ],
)
def test_a_place_in_a_compass_part_of_another_lies_in_it(nlp, text, pair):
    """ "in western China": a lower-case compass word between "in" and the place."""
    assert pair in located(nlp, text)


def test_a_province_not_written_in_a_compass_part_lies_in_nothing_said(nlp):
    text = "Traders from Sichuan province met buyers from western China on Monday."
    assert ("Sichuan", "China") not in located(nlp, text)


def test_an_initiative_lies_not_in_the_place_its_own_name_is_about(nlp):
    text = "Ministers discussed the Declaration on Conduct in the Gulf of Thailand on Monday."
    assert not located(nlp, text)


def test_an_initiative_named_before_in_a_place_lies_there(nlp):
    text = "Officials said the China-Laos Agricultural Demonstration Park in Vientiane would open."
    assert ("China-Laos Agricultural Demonstration Park", "Vientiane") in located(nlp, text)


def test_a_place_on_the_island_of_another_lies_in_it(nlp):
    text = "The fair opened at a hotel in Mataram, on the Indonesian island of Lombok, on Monday."
    assert ("Mataram", "Lombok") in located(nlp, text)


def test_a_place_left_for_an_island_lies_not_on_it(nlp):
    text = "The ferry left Mataram on Monday for the island of Lombok."
    assert ("Mataram", "Lombok") not in located(nlp, text)


def test_a_district_of_the_city_lies_in_the_city_named_before(nlp):
    text = (
        "The expo opened at the National Exhibition and Convention Center (Shanghai) in the "
        "city's Qingpu district."
    )
    assert located(nlp, text) == {
        ("National Exhibition and Convention Center", "Qingpu district"),
        ("Qingpu district", "Shanghai"),
    }


def test_the_city_s_district_lies_in_no_province_named_before(nlp):
    text = "Guangxi is China's gateway to ASEAN. Delegates toured the city's Qingxiu district."
    assert ("Qingxiu district", "Guangxi") not in located(nlp, text)
    assert {s for s, o in located(nlp, text)} <= {"Guangxi"}


_NICEC = "Nanning International Convention and Exhibition Center"
_GICEC = "Guilin International Convention and Exhibition Center"


@pytest.mark.parametrize(
    ("text", "counter", "pair"),
    [
        (  # a relative clause of standing on the venue
            f"The expo opened on Friday at the {_GICEC}, which stands in Lingui district of "
            "Guilin.",
            f"The expo opened on Friday at the {_GICEC}, which stands out among the venues "
            "in Lingui district of Guilin.",
            (_GICEC, "Lingui district"),
        ),
        (  # the venue's bare head, the venue named before, as the subject of lying
            f"Delegates filled the main hall of the {_NICEC} on Thursday. The centre sits in "
            "Qingxiu district of Nanning.",
            f"Delegates filled the main hall of the {_NICEC} on Thursday. The centre hires "
            "staff in Qingxiu district of Nanning.",
            (_NICEC, "Qingxiu district"),
        ),
    ],
)
def test_a_venue_a_clause_of_lying_is_said_of_lies_in_the_district_named_in_it(
    nlp, text, counter, pair
):
    assert pair in located(nlp, text)
    assert pair not in located(nlp, counter)


def test_a_venue_on_a_named_island_lies_on_it_not_in_the_district_past_it(nlp):
    text = (
        "The premier visited the Canton Fair Complex, which stands on Pazhou island in "
        "Guangzhou's Haizhu district."
    )
    assert ("Canton Fair Complex", "Haizhu district") not in located(nlp, text)
    text = (
        "Traders cross daily to Pingxiang, which lies just across the border in the Guangxi "
        "Zhuang Autonomous Region."
    )
    assert ("Pingxiang", "Guangxi Zhuang Autonomous Region") in located(nlp, text)


def test_a_place_described_as_in_a_compass_part_of_another_lies_in_it(nlp):
    text = (
        "The rice fair opened on Monday in Ha Tien, a border town in the far south of "
        "Kien Giang province."
    )
    assert ("Ha Tien", "Kien Giang province") in located(nlp, text)


def test_a_compass_part_of_a_place_described_by_no_kind_says_nothing(nlp):
    text = "Buyers from Kunming, a name famous in the south of Asia, came to Nanning."
    assert not {o for s, o in located(nlp, text) if s == "Kunming"}


def test_a_venue_a_passive_clause_builds_in_a_city_lies_in_it(nlp):
    text = (
        "A Lao Coffee Exhibition Center will be built in Pakse so that growers can show "
        "their beans all year, officials said."
    )
    assert ("Lao Coffee Exhibition Center", "Pakse") in located(nlp, text)


def test_a_place_a_firm_builds_in_a_city_is_not_read_as_built_there(nlp):
    text = "Thai developers built the Amata City Industrial Estate with partners from Rayong."
    assert not {o for s, o in located(nlp, text) if s == "Amata City Industrial Estate"}


def test_an_agreement_signed_in_a_city_lies_in_no_place(nlp):
    text = "Trade ministers signed the ASEAN-Korea Services Agreement in Jakarta on Friday."
    assert not {o for s, o in located(nlp, text) if "Agreement" in s}


def test_a_park_named_as_an_initiative_still_lies_in_its_town(nlp):
    text = "Investors toured the Malaysia-China Kuantan Industrial Park in Kuantan on Friday."
    assert ("Malaysia-China Kuantan Industrial Park", "Kuantan") in located(nlp, text)


def test_a_city_in_a_hyphenated_compass_part_of_the_named_region_lies_in_it(nlp):
    text = (
        "The fruit fair opened in Yulin, a trading city in the south-east of the Guangxi "
        "Zhuang Autonomous Region, on Friday."
    )
    assert ("Yulin", "Guangxi Zhuang Autonomous Region") in located(nlp, text)


def test_a_compass_part_of_the_named_region_described_by_no_kind_says_nothing(nlp):
    text = (
        "Buyers from Yulin, a name well known in the south-east of the Guangxi Zhuang "
        "Autonomous Region, came to Nanning."
    )
    assert not {o for s, o in located(nlp, text) if s == "Yulin"}


def test_an_edition_the_story_looks_back_on_is_not_held_at_the_dateline(nlp):
    text = (
        "MANILA, Sept. 18 -- Farm trade got its own hall at the 6th China-ASEAN Expo in "
        "2009. Growers now look to the 20th China-ASEAN Expo for more buyers."
    )
    assert ("6th China-ASEAN Expo", "Manila") not in held_in(nlp, text)


def test_the_current_edition_is_held_at_the_dateline_beside_next_years(nlp):
    text = (
        "NANNING, Sept. 18 -- The 20th China-ASEAN Expo opened on Sunday. Next year's 21st "
        "China-ASEAN Expo will add a hall for farm goods."
    )
    assert ("20th China-ASEAN Expo", "Nanning") in held_in(nlp, text)


def test_those_who_meet_in_a_city_at_an_event_are_at_it_there(nlp):
    text = (
        "Fruit exports will rise this year. Last May, trade ministers met in Kunming at the "
        "Lancang-Mekong Trade Ministers' Meeting."
    )
    assert ("Lancang-Mekong Trade Ministers' Meeting", "Kunming") in held_in(nlp, text)


def test_meeting_in_a_city_at_the_invitation_of_an_event_places_nothing(nlp):
    text = (
        "Fruit exports will rise this year. Last May, trade ministers met in Kunming at the "
        "invitation of the Lancang-Mekong Trade Ministers' Meeting."
    )
    assert ("Lancang-Mekong Trade Ministers' Meeting", "Kunming") not in held_in(nlp, text)


def test_a_city_in_a_compass_part_of_a_possessed_region_lies_in_the_region(nlp):
    text = (
        "The tea fair opened in Hechi, a mountain city in the north of south China's "
        "Guangxi Zhuang Autonomous Region."
    )
    assert ("Hechi", "Guangxi Zhuang Autonomous Region") in located(nlp, text)


def test_an_event_whose_part_is_held_in_another_city_is_not_held_at_the_dateline(nlp):
    text = (
        "HANOI, Oct. 2 -- Freight on the corridor grew this year. At a rail forum in Nanning "
        "last month, held as part of the 19th China-ASEAN Expo, shippers asked for more trains."
    )
    assert ("19th China-ASEAN Expo", "Hanoi") not in held_in(nlp, text)


def test_an_event_whose_part_is_held_in_the_dateline_city_is_held_there(nlp):
    text = (
        "NANNING, Oct. 2 -- The 19th China-ASEAN Expo opened on Friday. A rail forum in "
        "Nanning, held as part of the 19th China-ASEAN Expo, asked for more trains."
    )
    assert ("19th China-ASEAN Expo", "Nanning") in held_in(nlp, text)


def test_a_venue_placed_by_the_next_sentence_places_the_event_held_there(nlp):
    text = (
        "The 2021 China-ASEAN Spice Trade Forum opened on Monday at the Jade Lake Expo "
        "Centre. The centre stands in Hongta district of Yuxi, a city in Yunnan Province."
    )
    assert ("2021 China-ASEAN Spice Trade Forum", "Yuxi") in held_in(nlp, text)


def test_a_next_sentence_about_another_place_places_no_event(nlp):
    text = (
        "The 2021 China-ASEAN Spice Trade Forum opened on Monday at the Jade Lake Expo "
        "Centre. The city of Kunming lies in Yunnan Province."
    )
    found = held_in(nlp, text)
    assert ("2021 China-ASEAN Spice Trade Forum", "Kunming") not in found
    assert ("2021 China-ASEAN Spice Trade Forum", "Yunnan Province") not in found


def test_a_place_hung_on_the_count_of_runs_is_where_the_edition_is_held(nlp):
    text = (
        "The Myanmar-China Jade Fair opened for the fourth time at the Yangon Convention "
        "Centre on Friday."
    )
    assert ("4th Myanmar-China Jade Fair", "Yangon Convention Centre") in held_in(nlp, text)


def test_a_place_of_an_earlier_run_after_the_count_is_not_the_editions(nlp):
    text = (
        "The Myanmar-China Jade Fair opened in Mandalay for the fourth time since the first "
        "fair at the Yangon Convention Centre."
    )
    assert ("4th Myanmar-China Jade Fair", "Yangon Convention Centre") not in held_in(nlp, text)


def test_a_place_on_a_counted_run_with_no_edition_is_not_the_series(nlp):
    text = (
        "Held alongside the fair since its first edition, the ASEAN-China Mayors Dialogue met "
        "for the 12th time in Qinzhou on Saturday."
    )
    assert ("ASEAN-China Mayors Dialogue", "Qinzhou") not in held_in(nlp, text)


def held(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "heldIn"}


def test_an_event_that_goes_to_a_city_is_held_there(nlp):
    text = "The 4th China-ASEAN Olive Forum will go to Kuala Lumpur in 2027."
    assert ("4th China-ASEAN Olive Forum", "Kuala Lumpur") in held(nlp, text)


def test_a_prize_of_an_event_that_goes_to_a_city_places_no_event(nlp):
    text = "The top prize of the 4th China-ASEAN Olive Forum went to a firm in Kuala Lumpur."
    assert ("4th China-ASEAN Olive Forum", "Kuala Lumpur") not in held(nlp, text)


def test_a_city_that_welcomes_an_event_holds_it(nlp):
    text = "Nanning welcomed the 3rd China-ASEAN Bamboo Fair on Friday."
    assert ("3rd China-ASEAN Bamboo Fair", "Nanning") in held(nlp, text)


def test_a_country_that_welcomes_an_event_does_not_hold_it(nlp):
    text = "Thailand welcomed the 3rd China-ASEAN Bamboo Fair on Friday."
    assert ("3rd China-ASEAN Bamboo Fair", "Thailand") not in held(nlp, text)


def test_a_kind_of_event_apposed_to_a_name_carries_its_city(nlp):
    text = "The ASEAN-China Mango Festival, a yearly fair in Chiang Mai, drew 400 growers."
    assert ("ASEAN-China Mango Festival", "Chiang Mai") in held(nlp, text)


def test_a_kind_of_event_ranked_in_a_region_places_no_event(nlp):
    text = "The ASEAN-China Mango Festival, a leading fair in Malaysia, drew 400 growers."
    assert ("ASEAN-China Mango Festival", "Malaysia") not in held(nlp, text)
