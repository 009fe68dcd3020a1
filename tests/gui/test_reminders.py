"""Reminders end to end in the GUI process: pop-ups, snooze, take, catch-up, clock changes.

Clocks are injected fakes; APScheduler's job processing runs at travelled instants; the
job's hand-off to the Qt thread is the real queued signal. Nothing sleeps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from medplanner.core.events import Slot
from medplanner.core.plan import loads
from medplanner.core.schedule import doses_between
from medplanner.gui import confirm

from ..reminders.fakes import MINUTE, plan_text, utc
from .reminders_rig import OFFSCREEN_SIZE_HINTS, ControllerRig, controller_factory

MakeController = Callable[..., ControllerRig]
pytestmark = OFFSCREEN_SIZE_HINTS


@pytest.fixture
def make_controller(tmp_path: Path, qapp: QApplication) -> Iterator[MakeController]:
    yield from controller_factory(tmp_path)


LONDON_TWICE = plan_text(
    """
    [[medications]]
    name = "gabapentin"
    start = 2027-01-05
    dose = "300 mg"
    times = ["09:00", "21:00"]
    """,
    zone="Europe/London",
)
T = utc(2027, 1, 5, 9)
SLOT = Slot(date(2027, 1, 5), time(9))


def taken_events(rig: ControllerRig) -> list[Any]:
    log = rig.service.history("Robin", utc(2027, 1, 1), utc(2027, 2, 1))
    return [e for e in log if e.kind == "taken"]


def test_a_dose_due_at_t_shows_exactly_one_popup(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.advance_to(T - MINUTE)
    assert rig.popups == []
    rig.advance_to(T)
    [popup] = rig.popups
    assert popup.title_label.text() == "Gabapentin 300 mg"
    assert popup.when_label.text() == "Due at 09:00"
    assert rig.catchup is None
    # Later wake-ups and rebuilds never show it again.
    rig.controller.rebuild()
    rig.advance_to(T + 5 * MINUTE)
    rig.controller.check_clock()
    assert len(rig.batches) == 1
    assert rig.popups == [popup]


def test_snooze_10_gives_one_more_popup_at_t_plus_10(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.advance_to(T)
    [popup] = rig.popups
    ten = next(a for a in popup.snooze_menu.actions() if "10" in a.text())
    ten.trigger()
    assert rig.popups == []
    assert rig.scheduler.run_dates()[0] == T + timedelta(minutes=10)
    assert rig.changes == 1

    rig.advance_to(T + timedelta(minutes=9, seconds=59))
    assert rig.popups == []
    rig.advance_to(T + timedelta(minutes=10))
    [again] = rig.popups
    assert again.when_label.text() == "Snoozed — due at 09:00"
    rig.walk_until(T + timedelta(hours=1))
    assert len(rig.batches) == 2


def test_take_closes_the_popup_and_logs_once(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.advance_to(T)
    [popup] = rig.popups
    rig.clock.now = T + 2 * MINUTE
    popup.take_button.click()

    assert rig.popups == []
    [event] = taken_events(rig)
    assert event.slot == SLOT
    assert event.at == T + 2 * MINUTE
    assert not event.flagged
    assert rig.changes == 1
    rig.walk_until(T + timedelta(hours=3))
    assert len(taken_events(rig)) == 1
    assert len(rig.batches) == 1


def test_enter_takes_when_no_warning_stands(make_controller: MakeController, qtbot: Any) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.advance_to(T)
    [popup] = rig.popups
    assert popup.take_button.isDefault()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert len(taken_events(rig)) == 1
    assert rig.popups == []


def test_skip_with_a_reason(make_controller: MakeController, qtbot: Any) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.advance_to(T)
    [popup] = rig.popups
    popup.skip_button.click()
    assert popup.skip_row.isVisible()
    qtbot.keyClicks(popup.reason_edit, "too drowsy")
    qtbot.keyClick(popup.reason_edit, Qt.Key.Key_Return)
    log = rig.service.history("Robin", utc(2027, 1, 1), utc(2027, 2, 1))
    assert [(e.kind, e.reason, e.slot) for e in log] == [("skipped", "too drowsy", SLOT)]
    assert rig.popups == []


BACLOFEN_TWO_HOURLY = plan_text(
    """
    [[medications]]
    name = "baclofen"
    start = 2027-01-05
    dose = "5 mg"
    times = ["08:00", "10:00"]
    """,
    zone="Europe/London",
)


def _doubled(make_controller: MakeController) -> tuple[ControllerRig, Any]:
    """The 08:00 dose taken late at 09:20; the 10:00 reminder comes 40 minutes later."""
    rig = make_controller(utc(2027, 1, 5, 7), BACLOFEN_TWO_HOURLY)
    rig.advance_to(utc(2027, 1, 5, 8))
    rig.clock.now = utc(2027, 1, 5, 9, 20)
    rig.controller.popups[0].take_button.click()
    rig.advance_to(utc(2027, 1, 5, 10))
    [popup] = rig.popups
    return rig, popup


def test_a_standing_doubled_dose_warning_is_shown_and_enter_does_not_take(
    make_controller: MakeController, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig, popup = _doubled(make_controller)
    codes = [f.code for f in popup.description.findings]
    assert codes == ["doubled-dose"]
    assert "40 min ago" in popup.description.findings[0].message
    assert not popup.take_button.isDefault()
    asked: list[Any] = []
    monkeypatch.setattr(confirm, "confirm_take", lambda parent, check: asked.append(check))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert asked == []
    assert len(taken_events(rig)) == 1  # only the 08:00 dose
    assert popup.isVisible()


def test_take_over_a_doubled_dose_asks_and_cancel_records_nothing(
    make_controller: MakeController, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig, popup = _doubled(make_controller)
    asked: list[Any] = []

    def cancel(parent: Any, check: Any) -> bool:
        asked.append((parent, check))
        return False

    monkeypatch.setattr(confirm, "confirm_take", cancel)
    popup.take_button.click()
    [(parent, check)] = asked
    assert parent is popup
    assert check.refused and check.findings[0].code == "doubled-dose"
    assert len(taken_events(rig)) == 1
    assert rig.popups == [popup]


def test_take_over_a_doubled_dose_confirmed_is_logged_once_flagged(
    make_controller: MakeController, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig, popup = _doubled(make_controller)
    monkeypatch.setattr(confirm, "confirm_take", lambda parent, check: True)
    popup.take_button.click()
    events = taken_events(rig)
    assert len(events) == 2
    assert events[-1].flagged and events[-1].confirmed
    assert rig.popups == []


THREE_IN_THE_NIGHT = plan_text(
    """
    [[medications]]
    name = "gabapentin"
    start = 2027-01-05
    dose = "300 mg"
    times = ["23:00"]

    [[medications]]
    name = "baclofen"
    start = 2027-01-06
    dose = "5 mg"
    times = ["03:00", "07:00"]
    """,
    zone="Europe/London",
)


@pytest.mark.parametrize("scheduler_first", [False, True], ids=["clock-check", "misfire"])
def test_nine_hours_asleep_shows_one_catchup_window_of_three(
    make_controller: MakeController, scheduler_first: bool
) -> None:
    rig = make_controller(utc(2027, 1, 5, 22, 30), THREE_IN_THE_NIGHT)
    wake = utc(2027, 1, 6, 7, 30)
    if scheduler_first:
        rig.advance_to(wake, asleep=True)  # late jobs misfire → one posted wake-up
    else:
        rig.clock.now = wake
        assert rig.controller.check_clock() == "jump-forward"
        rig.advance_to(wake, asleep=True)

    assert rig.popups == []
    window = rig.catchup
    assert window is not None
    rows = [(r.description.title, r.state) for r in window.rows]
    assert rows == [
        ("Gabapentin 300 mg", "missed"),
        ("Baclofen 5 mg", "missed"),
        ("Baclofen 5 mg", "due"),
    ]
    assert "Missed" in window.rows[0].state_label.text()
    advice = [f.message for f in window.rows[1].description.findings]
    assert any("Leave it out" in m for m in advice)  # never double up on baclofen
    assert len(rig.batches) == 1

    # "I took it" asks when: the slot time by default once it has passed (issue 18 item 5).
    from medplanner.gui.confirm import WhenTakenDialog

    from .test_app_flow import when_modal

    asked: list[bool] = []

    def at_slot_time(dialog: Any) -> None:
        assert isinstance(dialog, WhenTakenDialog)
        asked.append(dialog.at_slot.isChecked())
        dialog.accept()

    when_modal(at_slot_time)
    window.rows[2].take_button.click()
    assert asked == [True]
    assert window.rows[2].state == "taken"
    assert not window.rows[2].take_button.isEnabled()
    [taken] = taken_events_for(rig, "Robin")
    assert taken.medication == "baclofen"
    assert taken.at == window.rows[2].reminder.dose.at  # the moment chosen, not the click's
    rig.walk_until(utc(2027, 1, 6, 12))
    assert len(rig.batches) == 1

    # A time typed instead: the missed gabapentin, taken at 07:10 after all.
    def typed(dialog: Any) -> None:
        from PySide6.QtCore import QTime

        dialog.time_edit.setTime(QTime(7, 10))
        assert dialog.at_typed.isChecked()
        dialog.accept()

    when_modal(typed)
    window.rows[0].take_button.click()
    gaba = [e for e in taken_events_for(rig, "Robin") if e.medication == "gabapentin"]
    assert [f"{e.at.astimezone(window.rows[0].reminder.dose.at.tzinfo):%H:%M}" for e in gaba] == [
        "07:10"
    ]


def taken_events_for(rig: ControllerRig, person: str) -> list[Any]:
    return [
        e
        for e in rig.service.history(person, utc(2027, 1, 1), utc(2027, 2, 1))
        if e.kind == "taken"
    ]


def test_clock_jump_forward_over_a_dose_shows_it_once(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.clock.now = utc(2027, 1, 5, 11)
    assert rig.controller.check_clock() == "jump-forward"
    [popup] = rig.popups  # one dose late: a pop-up that says so, not a catch-up list
    assert popup.when_label.text() == "Missed — due at 09:00"
    assert [f.code for f in popup.description.findings] == ["missed-dose"]
    rig.walk_until(utc(2027, 1, 5, 20))
    assert len(rig.batches) == 1


def test_clock_jump_backward_neither_loses_nor_repeats(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.advance_to(T)
    rig.popups[0].take_button.click()
    rig.clock.now = utc(2027, 1, 5, 7)
    assert rig.controller.check_clock() == "jump-backward"
    assert rig.scheduler.run_dates()[0] == utc(2027, 1, 5, 21)
    rig.walk_until(utc(2027, 1, 5, 22))
    assert [r.fire_at for b in rig.batches for r in b.reminders] == [T, utc(2027, 1, 5, 21)]


def test_zone_change_rebuilds_jobs_without_loss_or_double(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    before = rig.scheduler.run_dates()
    rig.zone[0] = "Asia/Tokyo"
    assert rig.controller.check_clock() == "zone"
    assert rig.scheduler.run_dates() == before
    rig.walk_until(utc(2027, 1, 5, 22))
    assert [r.fire_at for b in rig.batches for r in b.reminders] == [T, utc(2027, 1, 5, 21)]


NEW_YORK = plan_text(
    """
    [[medications]]
    name = "baclofen"
    start = 2027-01-01
    dose = "5 mg"
    times = ["01:30", "02:30", "08:00"]
    """,
    zone="America/New_York",
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (
            date(2027, 11, 7),
            [utc(2027, 11, 7, 5, 30), utc(2027, 11, 7, 7, 30), utc(2027, 11, 7, 13)],
        ),
        (
            date(2027, 3, 14),
            [utc(2027, 3, 14, 6, 30), utc(2027, 3, 14, 7, 30), utc(2027, 3, 14, 12)],
        ),
    ],
    ids=["fall-back", "spring-forward"],
)
def test_new_york_dst_days_show_exactly_the_schedules_popups(
    make_controller: MakeController, day: date, expected: list[datetime]
) -> None:
    start = utc(day.year, day.month, day.day, 4)  # local midnight or just before
    end = start + timedelta(hours=24)
    rig = make_controller(start, NEW_YORK)
    shown: list[datetime] = []
    while (nxt := rig.scheduler.next_run()) is not None and nxt <= end:
        rig.advance_to(nxt)
        for popup in rig.popups:
            shown.append(popup.reminder.fire_at)
            popup.take_button.click()
    assert shown == expected
    assert shown == [d.utc for d in doses_between(loads(NEW_YORK), start, end)]


def test_a_dose_taken_in_the_main_window_closes_its_popup(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.advance_to(T)
    assert len(rig.popups) == 1
    rig.service.take("Robin", "gabapentin", T + MINUTE, slot=SLOT)
    rig.controller.rebuild()
    assert rig.popups == []


def test_snooze_all_snoozes_every_open_reminder(make_controller: MakeController) -> None:
    both = plan_text(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-05
        dose = "300 mg"
        times = ["09:00"]

        [[medications]]
        name = "baclofen"
        start = 2027-01-05
        dose = "5 mg"
        times = ["09:00"]
        """,
        zone="Europe/London",
    )
    rig = make_controller(utc(2027, 1, 5, 8), both)
    rig.advance_to(T)
    assert len(rig.popups) == 2  # two doses at one instant: one pop-up each, on time
    rig.controller.snooze_all(5)
    assert rig.popups == []
    assert rig.scheduler.run_dates()[:2] == [T + 5 * MINUTE] * 2
    rig.advance_to(T + 5 * MINUTE)
    assert sorted(p.reminder.medication for p in rig.popups) == ["baclofen", "gabapentin"]


def test_job_callbacks_from_a_worker_thread_run_on_the_qt_thread(
    make_controller: MakeController, qtbot: Any
) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.clock.now = T
    seen: list[threading.Thread] = []
    rig.controller.delivered.connect(lambda _: seen.append(threading.current_thread()))
    worker = threading.Thread(target=rig.controller.engine._alarm)
    with qtbot.waitSignal(rig.controller.delivered, timeout=2000):
        worker.start()
        worker.join()
    assert seen == [threading.main_thread()]
    assert len(rig.popups) == 1


def test_stop_leaves_no_job_no_timer_and_no_window(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.advance_to(T)
    rig.controller.stop()
    assert rig.popups == []
    assert rig.scheduler.get_jobs(jobstore="medplanner-reminders") == []
    assert not rig.controller.watchdog.isActive()
    QApplication.processEvents()


def test_next_dose(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE)
    nxt = rig.controller.next_dose()
    assert nxt is not None and nxt.utc == T
    assert rig.controller.next_reminder().person == "Robin"  # type: ignore[union-attr]
    rig.advance_to(T)
    nxt = rig.controller.next_dose()
    assert nxt is not None and nxt.utc == utc(2027, 1, 5, 21)
    assert nxt.at.tzinfo is not None and nxt.utc.tzinfo == UTC


# Forcing a tray onto the offscreen platform (which has none) makes Qt say so once.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_the_tray_shows_the_next_dose_when_there_is_one(
    make_controller: MakeController, tmp_path: Path
) -> None:
    rig = make_controller(utc(2027, 1, 5, 8), LONDON_TWICE, start=False)
    from medplanner.gui.reminder_controller import ReminderController

    controller = ReminderController(
        rig.service,
        clock=rig.clock,
        monotonic=rig.mono,
        scheduler=rig.scheduler,
        tray=True,
        autostart=tmp_path / "autostart.desktop",
    )
    controller.start()
    try:
        assert controller.tray is not None
        assert controller.tray.icon.toolTip() == ("MedPlanner — next: gabapentin 300 mg at 09:00")
        opened: list[bool] = []
        controller.open_requested.connect(lambda: opened.append(True))
        controller.tray.open_action.trigger()
        assert opened == [True]
    finally:
        controller.stop()
