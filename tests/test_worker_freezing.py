"""A build worker freezes what lives as long as it out of the cyclic collector's sweeps."""

from __future__ import annotations

from caexpo_kg.model import Document
from caexpo_kg.pipeline import engines


def test_a_worker_freezes_its_pipeline_then_the_tables_its_first_batch_loaded(monkeypatch):
    """Our pool's worker freezes what it holds before its first batch (the pipeline) and
    again after it (the world-knowledge tables its documents loaded on first use, the
    young generations swept first), then never again; a worker of another pool
    (``freeze=False``) never. ``_freeze`` is stubbed: the test process's own collector
    is left alone."""
    sweeps: list[int] = []

    def freeze(generation: int = 2) -> None:
        sweeps.append(generation)
        engines._freezes += 1

    monkeypatch.setattr(engines, "_freeze", freeze)
    monkeypatch.setattr(engines, "_freezes", 0)
    batch = [Document(id="one", text="The forum opened in Nanning in 2016.\n")]
    extractions, _, _ = engines._extract_batch(batch, "blank", True, False, False)
    assert [e.document.id for e in extractions] == ["one"]
    assert sweeps == []
    for _ in range(3):
        extractions, _, _ = engines._extract_batch(batch, "blank", True, False, True)
        assert [e.document.id for e in extractions] == ["one"]
    assert sweeps == [2, 1]
