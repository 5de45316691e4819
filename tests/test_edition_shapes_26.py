"""Editions the text names where a rule read the series (helper edition26). Each with a
sentence of our own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document

pytestmark = pytest.mark.model


def entities(nlp, text: str) -> dict[str, str]:
    """label → core class of every entity resolved from ``text``."""
    resolved = resolve_document(nlp(text), None)
    return {e.label: e.core_class for e in resolved.entities.values()}


def test_headline_verb_before_a_year_named_edition(nlp):
    """ "Minister attends 2022 Mekong Rice Forum in Vientiane": a headline drops the
    determiner, and the year before the event's name is its edition; a verb whose
    object is a clause, not the event ("Ministry says 2022 Mekong Rice Forum delegates
    agreed ..."), leaves the year alone."""
    text = "Lao minister attends 2022 Mekong Rice Forum in Vientiane\n\nThe forum opened on Monday."
    assert "2022 Mekong Rice Forum" in entities(nlp, text)
    text = "Ministry says 2022 Mekong Rice Forum delegates agreed on seed quotas."
    assert "2022 Mekong Rice Forum" not in entities(nlp, text)
