"""Who takes part and who works where: one table of shapes, each with a sentence of our
own it reads and one it must leave alone (the shapes of the part19 branch)."""

from __future__ import annotations

import pytest

from caexpo_kg.pipeline.document import extract_doc
from caexpo_kg.read.corpus import read_text

pytestmark = pytest.mark.model


def _stated(nlp, text: str, published: str = "2019-09-21") -> set[tuple[str, str, str]]:
    document = read_text(text, doc_id="t", published=published)
    extraction = extract_doc(nlp(document.text), document, model="m", rules_version="r")
    label = {e.key: e.label for e in extraction.entities}
    return {
        (label[r.subject], r.predicate, label[r.object])
        for r in extraction.relations
        if not r.inferred
    }


_EXPO_OPENS = "The 19th China-ASEAN Expo opened in Nanning on Friday. "
_SALES = '"Buyers came early," said Lim Wei Ming, '
_TOUR = (
    "Trade Minister Datuk Ahmad Rahim and Deputy Minister Lim Siew Lan toured the Malaysia "
    "pavilion at the 6th China International Import Expo on Tuesday. "
)
_JAKARTA_FAIR = "Visitors queued at the Jakarta Fair 2024 on Sunday.\n\n"
_BANK = "Bank of the Lao People's Republic"

#: (what it shows, text it reads, the triple it gives, text it leaves alone, the triple
#: that text must not give)
_SHAPES = [
    (
        "an office set off by dashes keeps its body, wherever the parser hung it",
        "Dato Seri Aziz Hamid – Chief Secretary to the Government of Brunei – spoke at the "
        "2023 Brunei-China Business Summit in Bandar Seri Begawan.",
        ("Aziz Hamid", "affiliatedWith", "Government of Brunei"),
        "Aziz Hamid – a retired teacher – wrote to the Government of Brunei last week.",
        ("Aziz Hamid", "affiliatedWith", "Government of Brunei"),
    ),
    (
        "the members a delegation lists go where it goes",
        "A 20-company Lao trade mission whose members include Lao Coffee Group and Phongsavanh "
        "Bank arrived in Nanning on Monday for the 16th China-ASEAN Expo.",
        ("Phongsavanh Bank", "participatedIn", "16th China-ASEAN Expo"),
        "The 16th China-ASEAN Expo opened in Nanning. The association, whose members include "
        "Lao Coffee Group and Phongsavanh Bank, met in Vientiane.",
        ("Phongsavanh Bank", "participatedIn", "16th China-ASEAN Expo"),
    ),
    (
        "a coined body's name written again before an office names the body",
        "The Asia Connect Summit 2025 is organised by MTSA, the association of mobile "
        "operators in Southeast Asia.\n\n"
        "MTSA Director General Arif Rahman opened the summit with a keynote on 5G.",
        ("Arif Rahman", "affiliatedWith", "MTSA"),
        # a coined word that names an event elsewhere stays the event's
        "About 4,000 firms are showing their products at DigiFair 2024, organiser Messe Nord "
        "said. DigiFair had sharpened its focus on business users.",
        ("DigiFair", "participatedIn", "DigiFair 2024"),
    ),
    (
        "who flies somewhere for an event takes part in it",
        "Premier Li Qiang flew to Jakarta for the 18th East Asia Summit.",
        ("Li Qiang", "participatedIn", "18th East Asia Summit"),
        "Premier Li Qiang flew to Jakarta a week after the 18th East Asia Summit.",
        ("Li Qiang", "participatedIn", "18th East Asia Summit"),
    ),
    (
        "one plural head ends both summits' names",
        "Chinese Premier Wen Jiabao attended both the 12th ASEAN Plus Three and 5th East Asia "
        "summits, which were held on Saturday at the National Convention Center in Hanoi.",
        ("Wen Jiabao", "participatedIn", "12th ASEAN Plus Three Summit"),
        "Premier Wen Jiabao attended the 5th East Asia Summit after the 12th ASEAN Plus Three "
        "Summit had closed.",
        ("Wen Jiabao", "participatedIn", "12th ASEAN Plus Three Summit"),
    ),
    (
        "who travels to the event's city is at the event in scope",
        _EXPO_OPENS + "Chan Vuthy, export manager of Angkor Rice, travelled to Nanning with "
        "three staff.",
        ("Chan Vuthy", "participatedIn", "19th China-ASEAN Expo"),
        _EXPO_OPENS + "Chan Vuthy, export manager of Angkor Rice, travelled to Hanoi with "
        "three staff.",
        ("Chan Vuthy", "participatedIn", "19th China-ASEAN Expo"),
    ),
    (
        "a relative pronoun object stands for the event before the date",
        "Premier Li Qiang opened the 26th ASEAN-China Summit in Jakarta on Tuesday. He will "
        "attend the 18th East Asia Summit on Wednesday, which Indian Prime Minister Narendra "
        "Modi will also join.",
        ("Narendra Modi", "participatedIn", "18th East Asia Summit"),
        "Premier Li Qiang opened the 26th ASEAN-China Summit in Jakarta on Tuesday. He will "
        "attend the 18th East Asia Summit on Wednesday, which Indian Prime Minister Narendra "
        "Modi will also join.",
        ("Narendra Modi", "participatedIn", "26th ASEAN-China Summit"),
    ),
    (
        "what is held on an event's sidelines is held at it",
        _EXPO_OPENS + "The Lao Coffee Association also held a tasting event on the sidelines "
        "of the expo, where it signed a deal with a Guangxi importer.",
        ("Lao Coffee Association", "participatedIn", "19th China-ASEAN Expo"),
        _EXPO_OPENS + "The Lao Coffee Association also held a tasting event in Vientiane a "
        "month after the expo.",
        ("Lao Coffee Association", "participatedIn", "19th China-ASEAN Expo"),
    ),
    (
        "an award won where an event is held is won at it",
        "Drone makers showed new models at the Borneo Airshow 2026, where Kuching start-up "
        "Rimba Aero collected the Best Newcomer Award.",
        ("Rimba Aero", "participatedIn", "Borneo Airshow 2026"),
        "Drone makers showed new models at the Borneo Airshow 2026. In March, Kuching start-up "
        "Rimba Aero collected the Best Newcomer Award in Tokyo.",
        ("Rimba Aero", "participatedIn", "Borneo Airshow 2026"),
    ),
    (
        "a sentence opening with 'its' goes on about the body the one before was about",
        "Rimba Aero, a Kuching start-up whose drones map peat fires, received the ASEAN "
        "Digital Award in Nanning on Saturday. Its founder, Lim Wei Jie, said Chinese parts "
        "had cut its costs.",
        ("Lim Wei Jie", "affiliatedWith", "Rimba Aero"),
        # not the body named last, inside the award's name
        "Rimba Aero, a Kuching start-up whose drones map peat fires, received the ASEAN "
        "Digital Award in Nanning on Saturday. Its founder, Lim Wei Jie, said Chinese parts "
        "had cut its costs.",
        ("Lim Wei Jie", "affiliatedWith", "Association of Southeast Asian Nations"),
    ),
    (
        "a name listed before a subject a participle describes takes part with it",
        f"{_BANK} and Jakarta-based Dana Cepat demonstrated cross-border QR payments at the "
        "Bangkok FinTech Fair 2024, where a Hanoi start-up won a prize.",
        (_BANK, "participatedIn", "Bangkok FinTech Fair 2024"),
        f"Officials of the {_BANK} said Jakarta-based Dana Cepat demonstrated cross-border QR "
        "payments at the Bangkok FinTech Fair 2024.",
        (_BANK, "participatedIn", "Bangkok FinTech Fair 2024"),
    ),
    (
        "a firm whose sales office holder is at a fair exhibits there",
        "The 16th China-ASEAN Expo opened in Nanning on Friday. " + _SALES + "export manager "
        "of Penang Rubber Gloves.",
        ("Penang Rubber Gloves", "participatedIn", "16th China-ASEAN Expo"),
        "The 16th China-ASEAN Expo opened in Nanning on Friday. " + _SALES + "policy director "
        "of Penang Rubber Council.",
        ("Penang Rubber Council", "participatedIn", "16th China-ASEAN Expo"),
    ),
    (
        "'they' who were joined are the people the sentence before placed",
        _TOUR + "They were joined by Tan Sri Ong Kah Leng of the Malaysia-China Chamber of "
        "Commerce.",
        ("Ong Kah Leng", "participatedIn", "6th China International Import Expo"),
        _TOUR + "In Kuala Lumpur, officials were joined by Tan Sri Ong Kah Leng of the "
        "Malaysia-China Chamber of Commerce.",
        ("Ong Kah Leng", "participatedIn", "6th China International Import Expo"),
    ),
    (
        "a firm named without the legal form opening its name is the firm",
        _JAKARTA_FAIR + "Dyandra Kreasi president director Budi Santoso said the fair had "
        "drawn 400,000 visitors, organiser PT Dyandra Kreasi said.",
        ("Budi Santoso", "affiliatedWith", "PT Dyandra Kreasi"),
        # a person's name is no firm's however a firm's name ends
        _JAKARTA_FAIR + "Budi Santoso said the fair had drawn 400,000 visitors, organiser "
        "PT Dyandra Kreasi said.",
        ("Budi Santoso", "affiliatedWith", "PT Dyandra Kreasi"),
    ),
    (
        "'who' after an appositive is the person named before its comma",
        "Speakers included Lim Siew Ling of the Penang Chamber of Commerce and Budi Hartono, a "
        "rattan exporter from Cirebon in West Java who runs Rotan Jaya Abadi.",
        ("Budi Hartono", "affiliatedWith", "Rotan Jaya Abadi"),
        "Speakers included Lim Siew Ling of the Penang Chamber of Commerce and Budi Hartono, a "
        "rattan exporter from Cirebon in West Java who runs Rotan Jaya Abadi.",
        ("Lim Siew Ling", "affiliatedWith", "Rotan Jaya Abadi"),
    ),
    (
        "a body that sends someone takes part; one that sends no one or nobody does not",
        _EXPO_OPENS + "Mekong Rice Group sent a team of ten to the fair.",
        ("Mekong Rice Group", "participatedIn", "19th China-ASEAN Expo"),
        _EXPO_OPENS + "Mekong Rice Group sent no one to the fair.",
        ("Mekong Rice Group", "participatedIn", "19th China-ASEAN Expo"),
    ),
    (
        "one speaking at the fair is there; one speaking by phone or from afar is not",
        _EXPO_OPENS + "Speaking at the fair, analyst Tan Boon Hock of Maybank said demand was "
        "strong.",
        ("Tan Boon Hock", "participatedIn", "19th China-ASEAN Expo"),
        _EXPO_OPENS + "Speaking by phone from Singapore, analyst Tan Boon Hock of Maybank said "
        "demand was strong.",
        ("Tan Boon Hock", "participatedIn", "19th China-ASEAN Expo"),
    ),
    (
        "one exhibiting at the fair takes part; one exhibiting at a show elsewhere does not",
        _EXPO_OPENS + "Borneo Prawn Farms exhibits at the fair every year.",
        ("Borneo Prawn Farms", "participatedIn", "19th China-ASEAN Expo"),
        _EXPO_OPENS + "Its rival, Borneo Prawn Farms, exhibits only at the Seafood Expo Global "
        "in Barcelona.",
        ("Borneo Prawn Farms", "participatedIn", "19th China-ASEAN Expo"),
    ),
    (
        "who a delegation 'that included' lists goes where it goes, not where it went before",
        "President Thein Aung travelled to Nanning for the 19th China-ASEAN Expo at the head "
        "of a delegation that included Commerce Minister Win Aung.",
        ("Win Aung", "participatedIn", "19th China-ASEAN Expo"),
        _EXPO_OPENS + "Last year a delegation that included Commerce Minister Win Aung "
        "visited Beijing.",
        ("Win Aung", "participatedIn", "19th China-ASEAN Expo"),
    ),
    (
        "'among them' after a count of booths lists the firms, after another plural its own",
        "Vietnamese firms took 150 booths at the 19th China-ASEAN Expo, among them coffee "
        "roaster Lam Dong Beans.",
        ("Lam Dong Beans", "participatedIn", "19th China-ASEAN Expo"),
        "Vietnamese firms took 150 booths at the 19th China-ASEAN Expo, with goods from "
        "wholesalers, among them Saigon Trading House.",
        ("Saigon Trading House", "participatedIn", "19th China-ASEAN Expo"),
    ),
]


@pytest.mark.parametrize(
    ("shape", "text", "expected", "counter", "unexpected"), _SHAPES, ids=[s[0] for s in _SHAPES]
)
def test_shape(nlp, shape, text, expected, counter, unexpected):
    assert expected in _stated(nlp, text), shape
    assert unexpected not in _stated(nlp, counter), shape


def test_a_dateline_with_a_spaced_hyphen_ends_its_sentence(nlp):
    # the dateline is no subject with the minister in apposition
    doc = nlp("NAY PYI TAW, 3 May - State Counsellor Daw Khin Mar Aye attended the forum.")
    assert [t.text for t in doc if t.is_sent_start][:2] == ["NAY", "State"]
    # a hyphen glued to its words joins a name; one far into the line is no dateline's
    doc = nlp("ASEAN-China trade rose in 2018, officials at the forum in Nanning said - again.")
    assert [t.text for t in doc if t.is_sent_start] == ["ASEAN"]


def test_an_event_less_its_for_phrase_is_the_event(nlp):
    text = (
        "Minister attends Second Silk Road Forum\n\n"
        "Minister Daw Khin Mar Aye attended the Second Silk Road Forum for Regional "
        "Cooperation in Kunming yesterday. The State Counsellor Daw Hla Hla was also "
        "there. In the afternoon, the State Counsellor took part in the Leaders' Roundtable."
    )
    found = _stated(nlp, text, published="2019-05-03")
    forum = "2nd Silk Road Forum for Regional Cooperation"
    assert ("Khin Mar Aye", "participatedIn", forum) in found
    assert "2nd Silk Road Forum" not in {s for s, _, _ in found} | {o for _, _, o in found}
    # "the State Counsellor" takes up the person last named with that title
    assert ("Hla Hla", "participatedIn", "Leaders' Roundtable") in found
