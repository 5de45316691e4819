"""Whom people work for, from the ways reporters print offices: one sentence a rule
reads and one it must leave alone, each with the exact affiliations."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model


def affiliations(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "affiliatedWith"}


def test_an_office_owned_by_whose_after_a_body_is_held_there(nlp):
    text = (
        "Its cars are sold in Thailand through Rever Automotive, whose chief executive "
        "Pratarnwong Phornprapha also attended the ceremony."
    )
    assert affiliations(nlp, text) == {("Pratarnwong Phornprapha", "Rever Automotive")}


def test_an_office_owned_by_whose_and_set_off_by_commas_is_held_there(nlp):
    text = (
        "The meeting was co-sponsored by Indonesia's Ministry of Communications and "
        "Information Technology, whose minister, Mohammad Nuh, co-chaired the session."
    )
    assert affiliations(nlp, text) == {
        ("Mohammad Nuh", "Ministry of Communications and Information Technology of Indonesia")
    }


def test_a_tie_owned_by_whose_is_no_office(nlp):
    text = (
        "Its cars are sold in Thailand through Rever Automotive, whose rival Pratarnwong "
        "Phornprapha also attended the ceremony."
    )
    assert affiliations(nlp, text) == set()


def test_a_title_of_a_body_of_a_country_before_a_name_is_the_body_s(nlp):
    text = (
        "Deputy Director-General of the Department of Commerce of Yunnan Province of the "
        "People's Republic of China Mr Zhu Xiaoyang formally opened the fair."
    )
    assert affiliations(nlp, text) == {
        ("Zhu Xiaoyang", "Department of Commerce of Yunnan Province")
    }


def test_a_guest_of_a_body_of_a_country_before_a_name_holds_no_office(nlp):
    text = (
        "A guest of the Department of Commerce of Yunnan Province of the People's Republic "
        "of China Mr Zhu Xiaoyang formally opened the fair."
    )
    assert affiliations(nlp, text) == set()


def test_a_long_time_partner_of_a_body_is_not_its_member(nlp):
    text = (
        "At the 18th China-ASEAN Expo, Pham Thi Lan, a long-time partner of the Vietnam "
        "Chamber of Commerce and Industry, showed lacquerware from her workshop in Hanoi."
    )
    assert affiliations(nlp, text) == set()


def test_an_academician_of_an_academy_is_its_member(nlp):
    text = (
        "Zhou Jianming, an academician of the Chinese Academy of Agricultural Sciences, "
        "opened the seminar in Nanning on Friday."
    )
    assert affiliations(nlp, text) == {
        ("Zhou Jianming", "Chinese Academy of Agricultural Sciences")
    }


def test_who_heads_a_body_s_office_works_for_the_body(nlp):
    text = (
        "Nur Aisyah Hamid, who heads the Malaysia External Trade Development Corporation's "
        "office in Guangzhou, said the firms had booked meetings with 150 buyers."
    )
    assert affiliations(nlp, text) == {
        ("Nur Aisyah Hamid", "Malaysia External Trade Development Corporation")
    }


def test_who_visits_a_body_s_office_does_not_work_for_it(nlp):
    text = (
        "Nur Aisyah Hamid, who visited the Malaysia External Trade Development Corporation's "
        "office in Guangzhou, said the firms had booked meetings with 150 buyers."
    )
    assert affiliations(nlp, text) == set()


def test_a_country_s_minister_works_for_that_country_s_ministry(nlp):
    text = (
        "China's Ministry of Public Security hosted the meeting. Among the guests was "
        "Vietnam's Minister of Public Security Tran Dai Quang."
    )
    assert affiliations(nlp, text) == set()
    text = (
        "China's Ministry of Emergency Management hosted the meeting, co-chaired by Zhou "
        "Xuewen, Vice Minister of Emergency Management of China."
    )
    assert affiliations(nlp, text) == {("Zhou Xuewen", "Ministry of Emergency Management of China")}


def test_a_counsel_of_a_body_works_for_it(nlp):
    text = (
        "Also addressing the opening were Yang Lin, associate counsel of the Guangxi "
        "Education Department, and Liu Xuanqi."
    )
    assert affiliations(nlp, text) == {("Yang Lin", "Guangxi Education Department")}
    text = "Yang Lin, who sought the counsel of the Guangxi Education Department, spoke."
    assert affiliations(nlp, text) == set()


def test_its_office_after_two_joined_clauses_is_the_last_clause_s_body(nlp):
    text = (
        "Further along the aisle, Siem Reap-based Angkor Silk Weavers showed scarves dyed "
        "with lac, and the cashew processor Kampong Thom Nut Co. handed out roasted "
        "samples. Its director, Dr Ouk Vanna, said the company had signed a letter of "
        "intent."
    )
    assert affiliations(nlp, text) == {("Ouk Vanna", "Kampong Thom Nut")}


def test_its_office_after_a_clause_of_no_body_is_the_first_clause_s_body(nlp):
    text = (
        "Further along the aisle, the cashew processor Kampong Thom Nut Co. handed out "
        "roasted samples, and visitors tasted them. Its director, Dr Ouk Vanna, said the "
        "company had signed a letter of intent."
    )
    assert affiliations(nlp, text) == {("Ouk Vanna", "Kampong Thom Nut")}


def test_a_director_owned_by_whose_and_set_off_by_commas_works_there(nlp):
    text = (
        "Among the exhibitors was the Mandalay-based Golden Rice Trading, whose director, "
        "U Kyaw Min, said jade and rice would sell fast."
    )
    assert affiliations(nlp, text) == {("Kyaw Min", "Golden Rice Trading")}


def test_a_rival_owned_by_whose_and_set_off_by_commas_works_elsewhere(nlp):
    text = (
        "Among the exhibitors was the Mandalay-based Golden Rice Trading, whose rival, "
        "U Kyaw Min, said jade and rice would sell fast."
    )
    assert affiliations(nlp, text) == set()


def test_its_office_before_a_name_set_off_by_a_comma_is_the_subject_body_s(nlp):
    text = (
        "Thai herbal maker Suan Sabai, which sells most of its balms to China, sent its "
        "founder, Pim Chaiyaporn."
    )
    assert affiliations(nlp, text) == {("Pim Chaiyaporn", "Suan Sabai")}


def test_its_customer_before_a_name_holds_no_office(nlp):
    text = (
        "Thai herbal maker Suan Sabai, which sells most of its balms to China, met its "
        "customer, Pim Chaiyaporn."
    )
    assert affiliations(nlp, text) == set()


def test_a_line_of_work_at_a_body_is_done_for_it(nlp):
    text = (
        "Dr Siti Rahmah, a senior pharmacist at Brunei's Ministry of Health, thanked the "
        "commission for the invitation."
    )
    assert affiliations(nlp, text) == {("Siti Rahmah", "Ministry of Health of Brunei")}


def test_a_guest_of_a_body_does_no_work_there(nlp):
    text = (
        "Dr Siti Rahmah, a guest of Brunei's Ministry of Health, thanked the commission "
        "for the invitation."
    )
    assert affiliations(nlp, text) == set()


def test_a_long_title_glued_to_the_holders_name_ties_the_holder_to_the_body(nlp):
    """ "Vice-Chairman of the Standing Committee of ... People's Congress X": no comma
    between the body and the name; the holder works for the body, not for a province."""
    text = (
        "Vice-Chairman of the Standing Committee of the Hainan Provincial People's Congress "
        "Chen Jianguo opened the seminar."
    )
    assert affiliations(nlp, text) == {
        ("Chen Jianguo", "Standing Committee of the Hainan Provincial People's Congress")
    }
    text = "Vice-Chairman of the Hainan Provincial People's Government Liu Ping spoke."
    assert affiliations(nlp, text) == {("Liu Ping", "Hainan Provincial People's Government")}
    text = "Vice-Governor of Hainan Province Liu Ping spoke."
    assert affiliations(nlp, text) == set()


def test_a_secretary_of_a_committee_holds_an_office_in_it(nlp):
    """A secretary's "of" names a portfolio ("Secretary of Trade and Industry X"), unless
    the body after it ends in a body's head noun ("... Provincial Committee")."""
    text = "Secretary of the CPC Hainan Provincial Committee Feng Ming met the delegates."
    assert affiliations(nlp, text) == {("Feng Ming", "CPC Hainan Provincial Committee")}
    text = "Secretary of Trade and Industry Maria Santos met the delegates."
    assert affiliations(nlp, text) == set()


def test_an_honorific_ending_in_an_apostrophe_stands_between_a_body_and_its_holder(nlp):
    """ "Dato' Rahman Ali": the apostrophe is the honorific's, not a possessive."""
    text = "Director of the Department of Fisheries of Sabah Dato' Rahman Ali spoke at the forum."
    assert affiliations(nlp, text) == {("Rahman Ali", "Department of Fisheries of Sabah")}
    text = "Visitors of the Department of Fisheries of Sabah Dato' Rahman Ali spoke at the forum."
    assert affiliations(nlp, text) == set()


def test_in_a_list_of_long_titles_each_office_is_the_next_holders(nlp):
    """ "Chairman of A U X, Director-General of the B U Y, and ...": the office after X's
    comma is Y's, whose name follows its body; an office after a comma with no name after
    its body is still X's."""
    text = (
        "Present were Chairman of the Sagaing Region Development Council U Aung Win, "
        "Director-General of the Directorate of Trade U Kyaw Lin, and guests."
    )
    assert affiliations(nlp, text) == {
        ("Aung Win", "Sagaing Region Development Council"),
        ("Kyaw Lin", "Directorate of Trade"),
    }
    text = "Present was U Aung Win, Director-General of the Directorate of Trade, and guests."
    assert affiliations(nlp, text) == {("Aung Win", "Directorate of Trade")}


def test_a_former_office_in_apposition_ties_the_holder_to_no_body(nlp):
    text = (
        "Ong Keng Yong, a former secretary-general of the ASEAN Secretariat, spoke at "
        "the forum in Nanning."
    )
    assert affiliations(nlp, text) == set()


def test_a_present_office_in_apposition_ties_the_holder_to_the_body(nlp):
    text = (
        "Ong Keng Yong, the secretary-general of the ASEAN Secretariat, spoke at the forum "
        "in Nanning."
    )
    assert affiliations(nlp, text) == {("Ong Keng Yong", "ASEAN Secretariat")}


def test_a_minister_leading_a_country_s_delegation_is_no_other_country_s_minister(nlp):
    text = (
        "The expo is organised by China's Ministry of Commerce. Commerce Minister Boonsong "
        "Teriyapirom, who led the Thai delegation, said rubber accounted for most orders."
    )
    assert affiliations(nlp, text) == set()


def test_a_minister_meeting_a_country_s_delegation_keeps_the_ministry_named(nlp):
    text = (
        "The expo is organised by China's Ministry of Commerce. Commerce Minister Wang "
        "Wentao, who met the Thai delegation, said rubber accounted for most orders."
    )
    assert affiliations(nlp, text) == {("Wang Wentao", "Ministry of Commerce of China")}


def test_its_office_sent_by_a_body_is_the_body_s(nlp):
    text = (
        "Singapore sent Senior Parliamentary Secretary Tan Wu Meng; the ASEAN-China Centre "
        "sent its secretary-general, Chen Dehai."
    )
    assert affiliations(nlp, text) == {("Chen Dehai", "ASEAN-China Centre")}


def test_its_office_sent_by_a_country_is_no_body_s_named_before(nlp):
    text = (
        "China sent Ma Biao, vice chairman of the Chinese People's Political Consultative "
        "Conference; Brunei sent its Second Minister of Finance, Amin Liew Abdullah."
    )
    assert affiliations(nlp, text) == {
        ("Ma Biao", "Chinese People's Political Consultative Conference")
    }
