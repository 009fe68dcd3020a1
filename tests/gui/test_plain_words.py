"""Words (issue 21 item 6): History says what happened in plain words, never "entry 3"; a
correction says what it changed (the one window title: tests/gui/test_app_flow.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from medplanner.core.events import DoseEvent
from medplanner.core.units import Amount
from medplanner.gui.views.history import EventsModel, describe

LONDON = ZoneInfo("Europe/London")


def at(hh: int, mm: int) -> datetime:
    return datetime(2027, 1, 6, hh, mm, tzinfo=LONDON)


def test_history_entries_are_plain_words(qapp: QApplication) -> None:
    taken = DoseEvent("taken", "baclofen", at(8, 15), at(8, 15), amount=Amount.parse("10 mg"), id=3)
    assert describe(taken, "Europe/London") == "Taken at 08:15 — baclofen 10 mg"
    fixed = DoseEvent(
        "taken", "baclofen", at(8, 40), at(9, 0), amount=Amount.parse("10 mg"), corrects=3, id=4
    )
    model = EventsModel()
    model.set_events([fixed, taken], {3: 4}, "Europe/London")
    assert model.note(fixed) == "Correction: taken at 08:40 instead of 08:15"
    assert model.note(taken) == "corrected later to 08:40"
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            text = str(model.index(row, column).data() or "")
            assert "entry" not in text and " 3" not in text and " 4" not in text
    withdrawn = DoseEvent("retracted", "baclofen", at(8, 15), at(9, 5), corrects=3, id=5)
    model.set_events([withdrawn, taken], {3: 5}, "Europe/London")
    assert model.note(withdrawn) == "Correction: not taken (was: taken at 08:15)"
    assert model.note(taken) == "withdrawn later: not taken"
