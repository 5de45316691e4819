"""Shared fixtures: the real model loads once per session, only for tests marked ``model``."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "data" / "sample"
GOLD = REPO / "data" / "gold"


@pytest.fixture(scope="session")
def nlp():
    """The full English pipeline with our components (loaded once)."""
    from caexpo_kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def blank_nlp():
    """A model-free pipeline: spaCy's blank English plus our components."""
    from caexpo_kg.nlp import load_pipeline

    return load_pipeline("blank")


@pytest.fixture(scope="session")
def sample_kg(nlp):
    """The knowledge graph of the bundled sample corpus (built once)."""
    from caexpo_kg import build

    return build([SAMPLE])


@pytest.fixture
def warnings_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Our warnings, captured (the CLI turns the logger's propagation off; this turns it on)."""
    caplog.set_level(logging.WARNING, logger="caexpo_kg")
    logging.getLogger("caexpo_kg").propagate = True
    return caplog


def warning_messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The text of each warning (or worse) captured."""
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
