"""Lower-case side events listed after a colon (evname32): an exhibition, a contest, a
competition or a fair described in lower case is a side event where it is listed with
"and" beside another in a sentence of side events, as a workshop is; alone it is none."""

from __future__ import annotations

import pytest

from conftest import entities

pytestmark = pytest.mark.model


def test_exhibition_and_contest_listed_as_side_events(nlp):
    found = entities(
        nlp,
        "On the sidelines of the 2024 Mekong Rice Forum in Can Tho, two side events were "
        "held: a rice cooking contest and an exhibition of drone sprayers.",
    )
    assert found.get("rice cooking contest") == "Event", found
    assert found.get("exhibition of drone sprayers") == "Event", found


def test_lone_lower_case_exhibition_is_no_event(nlp):
    found = entities(nlp, "The museum in Can Tho opened an exhibition of drone sprayers on Monday.")
    assert "exhibition of drone sprayers" not in found, found
