"""core.events: a dose event that would not make sense in the log cannot be built.

(Kept under tests/storage/ because this issue owns only that folder; it belongs in
tests/core/ when the lead merges.)
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest

from medplanner.core.errors import InvalidInput
from medplanner.core.events import (
    DoseEvent,
    InvalidEvent,
    Slot,
    correction_of,
    retraction_of,
)
from medplanner.core.model import ScheduledDose
from medplanner.core.units import Amount
from tests.storage.conftest import BERLIN, at, event


def test_a_plain_taken_event_is_valid() -> None:
    e = event()
    assert e.kind == "taken" and e.slot == Slot(date(2027, 1, 5), time(9)) and e.id is None
    assert str(e.slot) == "2027-01-05 09:00"


def test_invalid_event_is_invalid_input() -> None:
    assert issubclass(InvalidEvent, InvalidInput)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"kind": "eaten"}, "not a kind"),
        ({"medication": "  "}, "empty"),
        ({"medication": "x" * 201}, "at most 200"),
        ({"medication": "bac\x00lofen"}, "control"),
        ({"reason": "r" * 1001}, "at most 1000"),
        ({"at": datetime(2027, 1, 5, 9)}, "UTC offset"),  # naive on purpose
        ({"at": datetime(1960, 1, 5, 9, tzinfo=BERLIN)}, "outside"),
        ({"amount": Amount(Decimal(0))}, "not a dose that can be taken"),
        ({"amount": Amount(Decimal("-5"))}, "not a dose that can be taken"),
        ({"amount": Amount(Decimal("1E-20"))}, "too many digits"),
        ({"amount": Amount(Decimal("1E+15"))}, "too large"),
        ({"corrects": 0}, "positive id"),
        ({"corrects": True}, "positive id"),
        ({"kind": "retracted", "amount": None}, "must name the event"),
        ({"kind": "skipped", "slot": None, "amount": None}, "only a scheduled dose"),
        ({"kind": "skipped", "amount": None, "flagged": True}, "only a taken dose"),
        ({"snooze_until": at(10)}, "only a snoozed event"),
        ({"id": 3, "corrects": 3}, "cannot correct itself"),
    ],
)
def test_nonsense_is_refused(changes: dict[str, object], words: str) -> None:
    fields: dict[str, object] = {
        "kind": "taken",
        "medication": "gabapentin",
        "at": at(9, 5),
        "recorded_at": at(9, 6),
        "slot": Slot(date(2027, 1, 5), time(9)),
        "amount": Amount(Decimal(300)),
        **changes,
    }
    with pytest.raises(InvalidEvent, match=words):
        DoseEvent(**fields)  # type: ignore[arg-type]


def test_snoozed_needs_until() -> None:
    with pytest.raises(InvalidEvent, match="snooze_until"):
        DoseEvent("snoozed", "baclofen", at(7), at(7), slot=Slot(date(2027, 1, 5), time(7)))
    assert event("snoozed").snooze_until == at(9, 15)


def test_slot_is_a_plain_wall_time() -> None:
    with pytest.raises(InvalidEvent):
        Slot(date(2027, 1, 5), time(9, 0, 30))
    with pytest.raises(InvalidEvent):
        Slot(date(2027, 1, 5), time(9, tzinfo=BERLIN))


def test_slot_of_a_scheduled_dose_keeps_the_wall_time_on_a_gap_day() -> None:
    shifted = datetime(2027, 3, 28, 3, 30, tzinfo=BERLIN)
    dose = ScheduledDose(
        "baclofen", 0, Amount(Decimal(5)), shifted, shifted, date(2027, 3, 28), time(2, 30)
    )
    assert Slot.of(dose) == Slot(date(2027, 3, 28), time(2, 30))


def test_correction_replaces_fields_and_names_the_original() -> None:
    original = DoseEvent("taken", "gabapentin", at(9, 5), at(9, 5), id=7, reason="typo")
    fixed = correction_of(original, recorded_at=at(11), at=at(8, 50))
    assert fixed.corrects == 7 and fixed.id is None and fixed.at == at(8, 50)
    assert fixed.recorded_at == at(11) and fixed.reason is None
    assert original.at == at(9, 5)  # frozen: the original is unchanged


def test_retraction_withdraws() -> None:
    original = DoseEvent("taken", "gabapentin", at(9, 5), at(9, 5), id=7)
    gone = retraction_of(original, recorded_at=at(9, 7), reason="tapped by mistake")
    assert (gone.kind, gone.corrects, gone.amount) == ("retracted", 7, None)
    with pytest.raises(InvalidEvent):
        retraction_of(event(), recorded_at=at(10), reason="not stored yet")
    with pytest.raises(InvalidEvent):
        correction_of(event(), recorded_at=at(10))


def test_events_compare_by_instant_not_by_zone() -> None:
    in_utc = DoseEvent("taken", "gabapentin", at(9, 5).astimezone(UTC), at(9, 5))
    assert in_utc == DoseEvent("taken", "gabapentin", at(9, 5), at(9, 5))
