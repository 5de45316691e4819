"""A body named once and then described ("the company", "the ministry") or, in an
interview, spoken for ("we", "our"): one resolution in the document index, read by every
rule that takes a body as its subject (sentences of our own, each with a near miss)."""

from __future__ import annotations

import pytest

from test_relations import relations_of, stated

pytestmark = pytest.mark.model

_WALLET = "Indonesian fintech firm Dompet Nusantara showed its wallet at the 16th CAEXPO. "
_TWO_FIRMS = "Guangxi Linhai Logistics and Hai Phong Container Lines signed a shipping deal. "
_THAI = "Thailand's Ministry of Commerce led 60 firms to the 18th China-ASEAN Expo. "
_TWO_MINISTRIES = (
    "Officials of Laos's Ministry of Industry and Commerce met Cambodia's Ministry of "
    "Economy and Finance. "
)
_QUOTE = '"We launched the ASEAN TradeLink Programme last year," Lim said.'

CASES = {
    # the one body the sentence before names
    "company-after-one-firm": (
        _WALLET + "The company also unveiled the Nusantara Merchant Programme, a scheme.",
        {("Dompet Nusantara", "Nusantara Merchant Programme")},
    ),
    # two bodies named together: "the company" is neither
    "company-after-two-firms": (
        _TWO_FIRMS + "The company also unveiled the Beibu Feeder Programme, a scheme.",
        set(),
    ),
    "ministry-after-one-ministry": (
        _THAI + "The ministry also launched the Thai Fruit Express Programme, a rail scheme.",
        {("Ministry of Commerce of Thailand", "Thai Fruit Express Programme")},
    ),
    "ministry-after-two-ministries": (
        _TWO_MINISTRIES + "The ministry later launched the Mekong Border Trade Portal.",
        set(),
    ),
    # a collective is no description of a body
    "group-of-exhibitors": (
        _WALLET + "The group of exhibitors from Bali launched the Bali Craft Route, a trail.",
        set(),
    ),
    # "we" in a quote: the body its speaker is set beside
    "we-of-a-speaker-with-a-body": (
        "Lim Wei Ming, chief executive of Straits Harbour Holdings, spoke at the 18th "
        "China-ASEAN Expo. " + _QUOTE,
        {("Straits Harbour Holdings", "ASEAN TradeLink Programme")},
    ),
    "we-of-a-speaker-with-none": (
        "Lim Wei Ming, a trader from Penang, spoke at the 18th China-ASEAN Expo after "
        "Straits Harbour Holdings did. " + _QUOTE,
        set(),
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_described_body_launches_what_its_sentence_says(nlp, case):
    text, expected = CASES[case]
    found = {(s, o) for s, p, o in stated(relations_of(nlp, text)) if p == "launched"}
    assert found == expected
