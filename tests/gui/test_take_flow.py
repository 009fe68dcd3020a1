"""The GUI's side of the one take flow: Today, the pop-up and catch-up all record through
confirm.take_confirmed, and a warning confirmed there is logged as confirmed, as --force."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from medplanner.core.dosing import TakeCheck
from medplanner.core.events import Slot
from medplanner.gui import confirm
from medplanner.gui.operations import Operations
from medplanner.service import Service

PLAN = """
format = "medplanner-plan/1"
[person]
name = "Pat"
timezone = "Europe/London"
[[medications]]
name = "baclofen"
start = 2027-02-01
continuing = true
dose = "10 mg"
times = ["07:00", "13:00", "19:00"]
"""
NOW = datetime.fromisoformat("2027-02-03T13:05:00+00:00")


@pytest.fixture
def service(tmp_path: Path) -> Service:
    path = tmp_path / "plan.toml"
    path.write_text(PLAN, encoding="utf-8")
    svc = Service.open(tmp_path / "home", clock=lambda: NOW)
    svc.import_plan(path)
    return svc


def test_a_warning_confirmed_in_the_gui_is_logged_as_confirmed(
    qapp: object, service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, ...]] = []

    def answer(parent: object, check: TakeCheck) -> bool:
        shown.append(check.blocking)
        return True

    monkeypatch.setattr(confirm, "confirm_take", answer)
    slot = Slot(NOW.date(), NOW.replace(minute=0).time().replace(tzinfo=None))
    assert service.skip("Pat", "baclofen", NOW - timedelta(minutes=3), slot=slot).recorded
    ops = Operations(service, lambda: NOW)
    event = ops.take(None, "Pat", "baclofen", slot=slot)
    assert shown == [("slot-already-answered",)]
    assert event is not None and event.flagged and event.confirmed
    # a second Take on the same dose: doubled-dose, confirmed only if the person says so
    monkeypatch.setattr(confirm, "confirm_take", lambda parent, check: False)
    assert ops.take(None, "Pat", "baclofen", slot=slot) is None
    taken = [e for e in service.history("Pat", NOW - timedelta(1), NOW + timedelta(1))]
    assert [e.kind for e in taken] == ["skipped", "taken"]
    service.close()


def test_a_take_answered_meanwhile_is_asked_about_again(
    qapp: object, service: Service, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The CLI records the dose between the pop-up's proposal and its recording: the
    pop-up's take is refused in its transaction and the new finding is shown."""
    other = Service.open(tmp_path / "home", clock=lambda: NOW)
    shown: list[tuple[str, ...]] = []

    def answer(parent: object, check: TakeCheck) -> bool:
        shown.append(check.blocking)
        return False

    real_record = service.record_take

    def record_after_the_cli(proposal, *, confirmed_over=()):  # type: ignore[no-untyped-def]
        assert other.take("Pat", "baclofen", NOW).recorded  # the CLI, in between
        monkeypatch.setattr(service, "record_take", real_record)
        return real_record(proposal, confirmed_over=confirmed_over)

    monkeypatch.setattr(confirm, "confirm_take", answer)
    monkeypatch.setattr(service, "record_take", record_after_the_cli)
    assert confirm.take_confirmed(None, service, "Pat", "baclofen", NOW) is None
    assert shown == [("doubled-dose",)]
    events = service.history("Pat", NOW - timedelta(1), NOW + timedelta(1))
    assert len(events) == 1
    other.close()
    service.close()
