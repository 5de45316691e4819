"""A holder's name glued to a portfolio of several parts (helper partwho51): the office,
"of" and the portfolio's nouns mark where the name begins, wherever the NER put its edges."""

from __future__ import annotations

import pytest

from conftest import with_ner

pytestmark = pytest.mark.model


def test_a_name_after_a_portfolio_of_several_parts_is_its_holder(nlp):
    """ "Minister of Fisheries, Forestry and Water Somchai Boonmee": the NER found no
    name, or took its first word into a body; the words after the last part are the
    holder."""
    text = "Minister of Fisheries, Forestry and Water Somchai Boonmee opened the fair."
    found = with_ner(nlp, text, [])
    assert found.get("Somchai Boonmee") == "Person"
    text = "Deputy Minister of Mines and Land Security Tan Wei Jie spoke first."
    found = with_ner(nlp, text, [("Mines and Land Security Tan", "ORG"), ("Wei Jie", "PERSON")])
    assert found.get("Tan Wei Jie") == "Person"
    assert "Wei Jie" not in found
    text = "Minister of Science, Technology and Innovation Arthur Dorai Samy led the group."
    found = with_ner(nlp, text, [("Innovation Arthur Dorai Samy", "PERSON")])
    assert found.get("Arthur Dorai Samy") == "Person"


def test_a_body_or_an_apposition_after_a_portfolio_is_no_holder(nlp):
    """A body's name after the portfolio ("... Development Board") and a name set off by
    commas ("Minister of Trade, Gan Kim Yong,") and an honorific chain before a name
    are left to the other rules."""
    text = "Minister of Energy and Mines Development Board officials met the press."
    found = with_ner(nlp, text, [])
    assert not any(core == "Person" for core in found.values())
    text = "The Minister of Trade and Industry, Ong Kah Seng, and his aides toured the hall."
    found = with_ner(nlp, text, [("Ong Kah Seng", "PERSON")])
    assert found.get("Ong Kah Seng") == "Person"
    assert not any(label.startswith("Industry") for label in found)
    text = (
        "The Second Minister of Finance, Yang Berhormat Dato Seri Paduka Dr Haji Rosli bin"
        " Tahir, led the team."
    )
    found = with_ner(nlp, text, [("Haji Rosli bin Tahir", "PERSON")])
    assert not any(label.startswith(("Berhormat", "Yang", "Dato")) for label in found)
