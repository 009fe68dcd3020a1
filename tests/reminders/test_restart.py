"""A restart never reminds again for a dose whose reminder was shown, or that was answered
(issue 15, rule 6): what was delivered is kept in the settings, not only in memory."""

from __future__ import annotations

from .conftest import RigFactory
from .fakes import MINUTE, plan_text, utc

PLAN = plan_text(
    """
    [[medications]]
    name = "gabapentin"
    start = 2027-01-01
    continuing = true
    dose = "300 mg"
    times = ["09:00", "21:00"]
    """,
    zone="Europe/London",
)


def test_a_restart_does_not_show_a_missed_reminder_again(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), PLAN)
    rig.engine.rebuild("start")
    rig.advance_to(utc(2027, 1, 5, 10, 30))  # 09:00 fired, then passed its grace: missed
    assert ("gabapentin", utc(2027, 1, 5, 9)) in rig.delivered()
    rig.restart()
    rig.clock.now += MINUTE
    assert rig.engine.rebuild("start").delivered is None
    assert rig.batches == []


def test_a_restart_does_not_remind_of_an_answered_dose(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), PLAN)
    assert rig.service.take("Robin", "gabapentin", utc(2027, 1, 5, 8, 55)).recorded
    rig.restart()
    rig.clock.now = utc(2027, 1, 5, 11)
    rebuilt = rig.engine.rebuild("start")
    shown = rebuilt.delivered.reminders if rebuilt.delivered is not None else ()
    assert utc(2027, 1, 5, 9) not in [r.dose.utc for r in (*shown, *rig.engine.planned)]
