"""Our own blind batches (data/blind/) build whole: no document is held back by the
shapes, so a researcher's default build keeps every article."""

from __future__ import annotations

import pytest

from conftest import REPO

pytestmark = pytest.mark.model

BATCHES = sorted((REPO / "data" / "blind").glob("batch-*"))


@pytest.mark.parametrize("batch", BATCHES, ids=lambda path: path.name)
def test_every_blind_article_builds_and_passes_the_shapes(nlp, batch):
    from caexpo_kg import build

    kg = build([batch])
    assert kg.held_back == []
    assert len(kg.extractions) == len(list(batch.glob("*.txt")))
