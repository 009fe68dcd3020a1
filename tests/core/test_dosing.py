"""Runtime rules: slot states, missed-dose advice, the doubled-dose rule (injected clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from medplanner.core.dosing import (
    DrugRules,
    check_take,
    day_status,
    effective_events,
    missed_findings,
    taken_today,
)
from medplanner.core.events import DoseEvent, Slot, correction_of, retraction_of
from medplanner.core.model import Plan
from medplanner.core.units import Amount

TWO_HOURS = DrugRules(
    skip_window=timedelta(hours=2),
    skip_source="NHS leaflet",
    max_daily=Amount.parse("3600 mg"),
    max_daily_source="label §2.3",
)


def at(hhmm: str, day: int = 5) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(2027, 1, day, h, m, tzinfo=UTC)  # Europe/London is UTC in January


@pytest.fixture
def gaba(plan_from) -> Plan:  # type: ignore[no-untyped-def]
    return plan_from(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-01
        continuing = true
        dose = "300 mg"
        times = ["08:00", "14:00", "21:00"]
        [[medications]]
        name = "oxycodone"
        as_needed = true
        dose = "5 mg"
        max_per_day = 2
        min_interval_hours = 4
        """
    )


_next_id = iter(range(1, 10_000))


def taken(
    plan: Plan,
    when: datetime,
    slot_time: str | None,
    med: str = "gabapentin",
    amount: str = "300 mg",
) -> DoseEvent:
    slot = None
    if slot_time is not None:
        slot = Slot(when.date(), datetime.strptime(slot_time, "%H:%M").time())
    return DoseEvent(
        kind="taken",
        medication=med,
        at=when,
        recorded_at=when,
        slot=slot,
        amount=Amount.parse(amount),
        id=next(_next_id),
    )


def skipped(when: datetime, slot_time: str) -> DoseEvent:
    slot = Slot(when.date(), datetime.strptime(slot_time, "%H:%M").time())
    return DoseEvent(
        kind="skipped",
        medication="gabapentin",
        at=when,
        recorded_at=when,
        slot=slot,
        id=next(_next_id),
    )


def states(plan: Plan, events: list[DoseEvent], now: datetime) -> list[tuple[str, str, str | None]]:
    return [
        (f"{s.dose.at:%H:%M}", s.state, s.advice)
        for s in day_status(plan, events, now, {0: TWO_HOURS})
    ]


def test_states_through_the_day(gaba: Plan) -> None:
    ev = [taken(gaba, at("08:04"), "08:00")]
    assert states(gaba, ev, at("07:00")) == [
        ("08:00", "taken", None),
        ("14:00", "upcoming", None),
        ("21:00", "upcoming", None),
    ]
    assert states(gaba, [], at("08:30"))[0] == ("08:00", "due", None)
    assert states(gaba, [], at("09:00"))[0] == ("08:00", "missed", "take-now")  # grace is 60 min
    assert states(gaba, [skipped(at("08:10"), "08:00")], at("12:00"))[0] == (
        "08:00",
        "skipped",
        None,
    )


def test_missed_dose_advice_follows_the_skip_window(gaba: Plan) -> None:
    ev = [taken(gaba, at("08:05"), "08:00")]
    assert states(gaba, ev, at("16:00"))[1] == ("14:00", "missed", "take-now")
    assert states(gaba, ev, at("19:30"))[1] == ("14:00", "missed", "skip-and-wait")  # next 21:00
    # exactly 2 h before the next dose: within the window
    assert states(gaba, ev, at("19:00"))[1] == ("14:00", "missed", "skip-and-wait")
    assert states(gaba, ev, at("18:59"))[1] == ("14:00", "missed", "take-now")
    # the next dose has come: the missed one is past
    assert states(gaba, ev, at("21:30"))[1] == ("14:00", "missed", "skip-and-wait")


def test_without_a_drug_rule_the_window_is_half_the_interval(gaba: Plan) -> None:
    ev = [taken(gaba, at("08:05"), "08:00")]
    got = [(s.dose.at.strftime("%H:%M"), s.advice) for s in day_status(gaba, ev, at("17:29"))]
    assert got[1] == ("14:00", "take-now")  # 14:00 -> 21:00 is 7 h; half is 3.5 h
    got = [(s.dose.at.strftime("%H:%M"), s.advice) for s in day_status(gaba, ev, at("17:30"))]
    assert got[1] == ("14:00", "skip-and-wait")


def test_last_dose_of_the_day_looks_at_tomorrow(gaba: Plan) -> None:
    # 21:00 missed; next is 08:00 tomorrow: at 23:00 that is 9 h away -> take now.
    assert states(gaba, [], at("23:00"))[2] == ("21:00", "missed", "take-now")


def test_grace_period_is_a_person_setting(plan_from) -> None:  # type: ignore[no-untyped-def]
    plan = plan_from(
        '[[medications]]\nname = "x"\nstart = 2027-01-01\ndose = "1 mg"\ntimes = ["08:00"]\n',
        person="missed_grace_minutes = 15\n",
    )
    assert [s.state for s in day_status(plan, [], at("08:14"))] == ["due"]
    assert [s.state for s in day_status(plan, [], at("08:15"))] == ["missed"]


def test_missed_findings_say_what_to_do(gaba: Plan) -> None:
    ev = [taken(gaba, at("08:05"), "08:00")]
    (f,) = missed_findings(gaba, day_status(gaba, ev, at("19:30"), {0: TWO_HOURS}))
    assert f.code == "missed-dose" and f.severity == "warning"
    assert "Leave it out" in f.message and "21:00" in f.message and "Never take two" in f.message


# ---------------------------------------------------------------- doubled dose


def test_second_take_for_the_same_slot_is_refused(gaba: Plan) -> None:
    first = check_take(gaba, 0, at("08:05"), [], TWO_HOURS)
    assert not first.refused and first.slot is not None and f"{first.slot.at:%H:%M}" == "08:00"
    ev = [taken(gaba, at("08:05"), "08:00")]
    again = check_take(gaba, 0, at("08:30"), ev, TWO_HOURS)
    assert again.refused
    (f,) = again.findings
    assert f.code == "doubled-dose" and f.severity == "danger"
    assert "already took gabapentin for the 08:00 dose, at 08:05 (25 min ago)" in f.message


def test_inside_the_minimum_interval_is_refused_but_outside_is_not(gaba: Plan) -> None:
    ev = [taken(gaba, at("08:05"), "08:00")]
    # 11:30 is nearest to the 14:00 slot (2.5 h) - but only 3 h 25 after the last dose: the
    # minimum is half of 6 h = 3 h, so it is allowed (an early dose, not a double).
    early = check_take(gaba, 0, at("11:30"), ev, TWO_HOURS)
    assert not early.refused and f"{early.slot.at:%H:%M}" == "14:00"  # type: ignore[union-attr]
    # A 14:00 dose taken at 10:50 (2 h 45 after 08:05) is inside the minimum interval.
    close = check_take(gaba, 0, at("10:50"), ev, TWO_HOURS, slot=early.slot)
    assert close.refused and "at least 3 hours apart" in close.findings[0].message


def test_taking_a_skipped_dose_needs_confirming(gaba: Plan) -> None:
    """Contract §3 slot-already-answered: a warning, so it is recorded only when confirmed."""
    ev = [skipped(at("08:01"), "08:00")]
    res = check_take(gaba, 0, at("08:20"), ev, TWO_HOURS)
    assert res.blocking == ("slot-already-answered",)
    assert res.slot is not None and f"{res.slot.wall:%H:%M}" == "08:00"


def test_daily_maximum(plan_from) -> None:  # type: ignore[no-untyped-def]
    plan = plan_from(
        '[[medications]]\nname = "gabapentin"\nstart = 2027-01-01\ncontinuing = true\n'
        'dose = "1200 mg"\ntimes = ["08:00", "14:00", "20:00"]\n'
    )
    ev = [
        taken(plan, at("08:00"), "08:00", amount="1200 mg"),
        taken(plan, at("14:00"), "14:00", amount="1200 mg"),
    ]
    assert not check_take(plan, 0, at("20:00"), ev, TWO_HOURS).refused  # exactly 3600
    extra = [*ev, taken(plan, at("11:00"), None, amount="100 mg")]
    res = check_take(plan, 0, at("20:00"), extra, TWO_HOURS)
    assert [f.code for f in res.findings] == ["daily-dose-above-max"]
    assert str(taken_today(plan, "gabapentin", at("20:00"), extra)) == "2500 mg"


def test_as_needed_limits(gaba: Plan) -> None:
    e1 = taken(gaba, at("06:00"), None, med="oxycodone", amount="5 mg")
    assert check_take(gaba, 1, at("09:59"), [e1]).refused  # inside 4 h
    assert not check_take(gaba, 1, at("10:00"), [e1]).refused
    e2 = taken(gaba, at("10:00"), None, med="oxycodone", amount="5 mg")
    res = check_take(gaba, 1, at("20:00"), [e1, e2])
    assert res.refused and "2 times today" in res.findings[0].message
    assert not check_take(gaba, 1, at("06:00", day=6), [e1, e2]).refused  # a new day


# ---------------------------------------------------------------- corrections


def test_corrections_replace_and_retractions_remove(gaba: Plan) -> None:
    e = taken(gaba, at("08:05"), "08:00")
    fixed = correction_of(e, recorded_at=at("09:00"), at=at("08:20"))
    fixed = DoseEvent(**{**fixed.__dict__, "id": next(_next_id)})
    assert [x.at for x in effective_events([e, fixed])] == [at("08:20")]
    gone = retraction_of(fixed, recorded_at=at("09:10"), reason="tapped by mistake")
    assert effective_events([e, fixed, gone]) == []
    assert states(gaba, [e, fixed, gone], at("08:30"))[0][1] == "due"
    assert not check_take(gaba, 0, at("08:30"), [e, fixed, gone], TWO_HOURS).refused


def test_min_interval_fraction_is_the_drugs(gaba: Plan) -> None:
    ev = [taken(gaba, at("08:05"), "08:00")]
    strict = DrugRules(min_interval_fraction=Decimal("0.75"))  # 4.5 h of the 6 h gap
    assert check_take(gaba, 0, at("12:00"), ev, strict).refused
    assert not check_take(gaba, 0, at("12:00"), ev).refused
