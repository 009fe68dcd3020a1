"""Stock: units on hand from the log, the run-out along the plan, findings, refill reminders.

And the plan check ``dose-not-makeable`` (which units a strength and form can make).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medplanner.core.checks import run_checks
from medplanner.core.checks.makeable import can_make, units_per_dose
from medplanner.core.errors import InvalidInput
from medplanner.core.events import DoseEvent, Slot, correction_of, retraction_of
from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.model import Plan
from medplanner.core.plan import loads
from medplanner.core.record import replace
from medplanner.core.schedule import expand
from medplanner.core.stock import (
    STOCK_ABRUPT_STOP,
    STOCK_LOW,
    RefillSettings,
    forecast,
    on_hand,
    parse_units,
    rate_today,
    refill_reminder_due,
    reminder_time_for,
    report,
)
from medplanner.core.units import Amount
from tests.conftest import PlanFactory

KB = load_knowledge_base()
LONDON = ZoneInfo("Europe/London")

#: The baclofen tablets label's titration: 5 -> 10 -> 15 -> 20 mg three times a day, each
#: step 3 days (label, Dosage and Administration), from Monday 4 Jan 2027, with 10 mg scored tablets.
BACLOFEN = """
[[medications]]
name = "baclofen"
strength = "10 mg"
form = "scored-tablet"
start = 2027-01-04
  [[medications.steps]]
  from = 2027-01-04
  dose = "5 mg"
  times = ["08:00", "14:00", "20:00"]
  [[medications.steps]]
  from = 2027-01-07
  dose = "10 mg"
  times = ["08:00", "14:00", "20:00"]
  [[medications.steps]]
  from = 2027-01-10
  dose = "15 mg"
  times = ["08:00", "14:00", "20:00"]
  [[medications.steps]]
  from = 2027-01-13
  dose = "20 mg"
  times = ["08:00", "14:00", "20:00"]
"""

#: Not in the knowledge base (no taper): its run-out gives the plain refill warning.
METFORMIN = """
[[medications]]
name = "metformin"
strength = "500 mg"
start = 2027-01-04
dose = "500 mg"
times = ["08:00", "20:00"]
"""


def at(day: int, hhmm: str = "07:00", month: int = 1) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(2027, month, day, h, m, tzinfo=LONDON)


@dataclass(frozen=True)
class Change:
    """A stock change as the store hands it out."""

    kind: str
    units: Decimal
    at: datetime


def taken(
    hhmm: str, day: int, dose: str, *, slot: str | None = None, id: int | None = None
) -> DoseEvent:
    when = at(day, hhmm)
    return DoseEvent(
        kind="taken",
        medication="baclofen",
        at=when,
        recorded_at=when,
        slot=Slot(date(2027, 1, day), time.fromisoformat(slot)) if slot else None,
        amount=Amount.parse(dose),
        id=id,
    )


def all_taken(plan: Plan, until: datetime) -> list[DoseEvent]:
    """Every scheduled dose from the plan's start until ``until``, taken on time."""
    out = []
    for d in expand(plan, date(2027, 1, 4), 60):
        if d.at >= until:
            break
        out.append(
            DoseEvent(
                kind="taken",
                medication=d.medication,
                at=d.at,
                recorded_at=d.at,
                slot=Slot.of(d),
                amount=d.dose,
                id=len(out) + 1,
            )
        )
    return out


@pytest.fixture
def baclofen(plan_from: PlanFactory) -> Plan:
    return plan_from(BACLOFEN, person="crcl_ml_min = 90")


_BACLOFEN_PLAN = loads(
    'format = "medplanner-plan/1"\n[person]\nname = "T"\ntimezone = "Europe/London"\n' + BACLOFEN
)


# --------------------------------------------------------------------------- the must-shows


def test_the_titration_runs_out_on_the_day_the_hand_calculation_gives(baclofen: Plan) -> None:
    """60 × 10 mg baclofen tablets, counted Mon 4 Jan 2027 07:00, on the label titration.

    Hand calculation (a 5 mg dose is half a tablet, 10 mg one, 15 mg one and a half, 20 mg two;
    three doses a day at 08:00, 14:00, 20:00):

    ==========  ==============  ==========  ==========  ==========
    days        dates (Jan)     dose        per day     left after
    ==========  ==============  ==========  ==========  ==========
    1–3         4, 5, 6         5 mg        1.5         60 − 4.5  = 55.5
    4–6         7, 8, 9         10 mg       3           55.5 − 9  = 46.5
    7–9         10, 11, 12      15 mg       4.5         46.5 − 13.5 = 33
    10–14       13 … 17         20 mg       6           33 − 30   = 3
    15          18              20 mg       08:00: 3 − 2 = 1;  14:00 needs 2, 1 left
    ==========  ==============  ==========  ==========  ==========

    So the stock cannot cover the 14:00 dose on Mon 18 Jan 2027: it runs out then.

    Today's rate (what pill counters use) says something else: on 4 Jan the plan takes 1.5
    tablets a day, 60 / 1.5 = 40 days, "runs out Sat 13 Feb 2027": 26 days too late, the
    kind of gap that stops baclofen abruptly.
    """
    ahead = forecast(baclofen, 0, Decimal(60), at(4, "07:00"))
    assert ahead.runs_out == at(18, "14:00")
    assert ahead.run_out is not None
    assert ahead.run_out.needed == Decimal(2) and ahead.run_out.left == Decimal(1)
    assert ahead.plan_end is None and not ahead.beyond_horizon

    todays_rate = rate_today(baclofen, 0, date(2027, 1, 4))
    assert todays_rate == Decimal("1.5")
    naive = date(2027, 1, 4) + timedelta(days=int(Decimal(60) / todays_rate))
    assert naive == date(2027, 2, 13)
    assert ahead.runs_out.date() != naive
    assert (naive - ahead.runs_out.date()).days == 26


def test_a_refill_moves_the_run_out(baclofen: Plan) -> None:
    """+30 tablets at 07:30 on 4 Jan: 90 − 27 (days 1–9) = 63 on 13 Jan; 10 days of 6 = 60
    leave 3 on Sat 23 Jan: 08:00 takes 2, the 14:00 dose cannot be covered. 30 tablets = 5
    days of 20 mg three times a day: five days later, same time."""
    changes = [
        Change("set", Decimal(60), at(4, "07:00")),
        Change("add", Decimal(30), at(4, "07:30")),
    ]
    have = on_hand(changes, [], baclofen.medications[0], Amount.parse("10 mg"))
    assert have is not None and have.units == Decimal(90) and have.added == Decimal(30)
    ahead = forecast(baclofen, 0, have.units, at(4, "07:30"))
    assert ahead.runs_out == at(23, "14:00")


def test_a_forced_extra_dose_moves_the_run_out(baclofen: Plan) -> None:
    """The 08:00 dose (half a tablet), then a forced extra 20 mg (2 tablets, answering no
    slot) at 09:00 on 4 Jan: 57.5 on hand. The rest of days 1–9 takes 27 − 0.5 = 26.5: 31
    on 13 Jan; 5 days of 6 leave 1 on 18 Jan: the 08:00 dose (2) is not covered, six hours
    earlier than without the extra dose."""
    changes = [Change("set", Decimal(60), at(4, "07:00"))]
    events = [taken("08:00", 4, "5 mg", slot="08:00"), taken("09:00", 4, "20 mg")]
    have = on_hand(changes, events, baclofen.medications[0], Amount.parse("10 mg"))
    assert have is not None and have.units == Decimal("57.5") and have.doses_taken == 2
    r = report(baclofen, 0, KB, changes, events, at(4, "09:05"))
    assert r is not None
    assert r.runs_out == at(18, "08:00")
    # without the extra dose: 14:00 (the 08:00 slot is answered, its half tablet is counted)
    r = report(baclofen, 0, KB, changes, events[:1], at(4, "09:05"))
    assert r is not None and r.runs_out == at(18, "14:00")


# --------------------------------------------------------------------------- on hand


def test_half_tablets_are_exact_decimals(baclofen: Plan) -> None:
    changes = [Change("set", Decimal(60), at(4, "07:00"))]
    events = [taken(t, 4, "5 mg", slot=t) for t in ("08:00", "14:00", "20:00")]
    have = on_hand(changes, events, baclofen.medications[0], Amount.parse("10 mg"))
    assert have is not None
    assert units_per_dose(Amount.parse("5 mg"), Amount.parse("10 mg")) == Decimal("0.5")
    assert have.taken == Decimal("1.5") and have.units == Decimal("58.5")
    assert isinstance(have.units, Decimal) and str(have.units) == "58.5"


def test_only_takes_after_the_last_count_are_subtracted(baclofen: Plan) -> None:
    """A dose typed in late, for before the count, is in the count already."""
    changes = [
        Change("set", Decimal(60), at(4, "07:00")),
        Change("add", Decimal(10), at(5, "07:00")),
        Change("set", Decimal(40), at(6, "09:00")),
        Change("add", Decimal(-1), at(6, "10:00")),  # a correction: one dropped
    ]
    events = [
        taken("08:00", 6, "5 mg", slot="08:00"),  # before the count at 09:00
        taken("14:00", 6, "5 mg", slot="14:00"),
    ]
    have = on_hand(changes, events, baclofen.medications[0], Amount.parse("10 mg"))
    assert have is not None
    assert (have.counted, have.added, have.taken, have.units) == (40, -1, Decimal("0.5"), 38.5)
    assert have.counted_at == at(6, "09:00")


def test_a_retracted_take_gives_its_tablet_back_and_a_correction_counts_once(
    baclofen: Plan,
) -> None:
    changes = [Change("set", Decimal(10), at(13, "07:00"))]
    first = taken("08:00", 13, "20 mg", slot="08:00", id=1)
    mistake = taken("08:05", 13, "20 mg", id=2)
    undo = replace(retraction_of(mistake, recorded_at=at(13, "08:06"), reason="twice"), id=3)
    less = Amount.parse("15 mg")
    fixed = replace(correction_of(first, recorded_at=at(13, "09:00"), amount=less), id=4)
    med, strength = baclofen.medications[0], Amount.parse("10 mg")
    before = on_hand(changes, [first, mistake], med, strength)
    after = on_hand(changes, [first, mistake, undo, fixed], med, strength)
    assert before is not None and before.units == Decimal(6)
    assert after is not None and after.units == Decimal("8.5") and after.doses_taken == 1


def test_more_taken_than_counted_shows_zero_and_asks_for_a_count(baclofen: Plan) -> None:
    changes = [Change("set", Decimal(1), at(13, "07:00"))]
    events = [taken("08:00", 13, "20 mg", slot="08:00")]
    have = on_hand(changes, events, baclofen.medications[0], Amount.parse("10 mg"))
    assert have is not None and have.units == 0 and have.overdrawn == 1


def test_never_counted_is_none(baclofen: Plan) -> None:
    assert on_hand([], [], baclofen.medications[0], Amount.parse("10 mg")) is None
    assert report(baclofen, 0, KB, [], [], at(4)) is None


# --------------------------------------------------------------------------- forecast


def test_answered_doses_are_passed_over_and_due_ones_count(baclofen: Plan) -> None:
    """At 08:30 on 13 Jan with 4 tablets: the 08:00 dose is due (grace 60 min). Unanswered it
    takes 2 and 14:00 takes the other 2: run-out 20:00. Answered (its tablets already
    subtracted from the count), 14:00 and 20:00 are covered: run-out 08:00 next day."""
    unanswered = forecast(baclofen, 0, Decimal(4), at(13, "07:30"))
    assert unanswered.runs_out == at(13, "20:00")
    answered = forecast(
        baclofen, 0, Decimal(4), at(13, "07:30"), answered=[Slot(date(2027, 1, 13), time(8))]
    )
    assert answered.runs_out == at(14, "08:00")


def test_a_stock_that_outlasts_the_plan_has_no_run_out(plan_from: PlanFactory) -> None:
    plan = plan_from(
        METFORMIN.replace("start = 2027-01-04", "start = 2027-01-04\nstop = 2027-01-10")
    )
    ahead = forecast(plan, 0, Decimal(14), at(4))
    assert ahead.runs_out is None and ahead.plan_end == date(2027, 1, 10)
    assert forecast(plan, 0, Decimal(13), at(4)).runs_out == at(10, "20:00")


def test_an_open_ended_plan_with_a_huge_stock_lasts_past_the_horizon(
    plan_from: PlanFactory,
) -> None:
    ahead = forecast(plan_from(METFORMIN), 0, Decimal(100_000), at(4))
    assert ahead.runs_out is None and ahead.beyond_horizon


def test_the_forecast_follows_clock_changes(plan_from: PlanFactory) -> None:
    """New York 02:30 does not exist on 14 Mar 2027: that dose is at 03:30 EDT."""
    plan = plan_from(
        """
        [[medications]]
        name = "metformin"
        strength = "500 mg"
        start = 2027-03-12
        dose = "500 mg"
        times = ["02:30"]
        """,
        zone="America/New_York",
    )
    ny = ZoneInfo("America/New_York")
    ahead = forecast(plan, 0, Decimal(2), datetime(2027, 3, 12, 0, 0, tzinfo=ny))
    assert ahead.runs_out == datetime(2027, 3, 14, 3, 30, tzinfo=ny)
    assert ahead.runs_out is not None and ahead.runs_out.utcoffset() == timedelta(hours=-4)


# --------------------------------------------------------------------------- findings


def test_refill_warning_within_the_lead_time(plan_from: PlanFactory) -> None:
    plan = plan_from(METFORMIN)
    changes = [Change("set", Decimal(10), at(4, "07:00"))]
    r = report(plan, 0, KB, changes, [], at(4, "07:00"))
    assert r is not None and r.runs_out == at(9, "08:00")
    assert r.finding is not None and r.finding.code == STOCK_LOW and r.severity == "warning"
    msg = r.finding.message
    assert "Sat 9 Jan 2027" not in msg and "9 Jan 2027 at 08:00 (in 5 days)" in msg
    assert "ask your pharmacist" in msg.casefold() and "you must" not in msg.casefold()
    assert "MedPlanner product rule" in r.finding.source
    # Outside the lead time: the date is shown, no finding ...
    r = report(plan, 0, KB, changes, [], at(4), RefillSettings(lead_days=3))
    assert r is not None and r.runs_out == at(9, "08:00") and r.finding is None
    # ... until the run-out comes within it (the doses till then taken as planned).
    now = at(6, "08:01")
    r = report(plan, 0, KB, changes, all_taken(plan, now), now, RefillSettings(lead_days=3))
    assert r is not None and r.runs_out == at(9, "08:00") and r.severity == "warning"


def test_a_taper_drug_running_out_is_a_danger(baclofen: Plan) -> None:
    changes = [Change("set", Decimal(60), at(4, "07:00"))]
    now = at(11, "07:00")  # every dose till then taken as planned: 60 - 18 = 42 left
    r = report(baclofen, 0, KB, changes, all_taken(baclofen, now), now)
    assert r is not None and r.needs_taper and r.units == 42
    assert r.finding is not None and r.finding.code == STOCK_ABRUPT_STOP
    assert r.severity == "danger" and r.finding.date == date(2027, 1, 18)
    assert r.finding.time == time(14, 0)
    msg = r.finding.message
    assert "hallucinations" in msg and "lower baclofen safely" in msg
    assert "PMS-Baclofen" in r.finding.source
    # 14 days ahead is more than the 7-day refill lead time, but within baclofen's 14-day
    # taper: the lead time for a taper drug is never shorter than its taper (issue 17).
    r = report(baclofen, 0, KB, changes, [], at(4, "07:00"))
    assert r is not None and r.runs_out == at(18, "14:00") and r.taper_days == 14
    assert r.finding is not None and r.finding.code == STOCK_ABRUPT_STOP
    assert "taper (14 days)" in r.finding.source


def test_a_taper_drug_is_not_flagged_beyond_its_taper(baclofen: Plan) -> None:
    changes = [Change("set", Decimal(90), at(4, "07:00"))]
    r = report(baclofen, 0, KB, changes, [], at(4, "07:00"))
    assert r is not None and r.runs_out is not None and r.finding is None
    assert (r.runs_out.date() - date(2027, 1, 4)).days > 14


def test_gabapentin_lead_time_is_its_week_of_taper(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "gabapentin"
        strength = "300 mg"
        start = 2027-01-04
        continuing = true
        dose = "300 mg"
        times = ["08:00", "14:00", "20:00"]
        """
    )
    changes = [Change("set", Decimal(21), at(4, "07:00"))]  # 7 days of 3 capsules
    r = report(plan, 0, KB, changes, [], at(4, "07:00"), RefillSettings(lead_days=2))
    assert r is not None and r.taper_days == 7
    assert r.finding is not None and r.finding.code == STOCK_ABRUPT_STOP


def test_as_needed_stock_is_flagged_below_one_dose(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "oxycodone"
        strength = "5 mg"
        as_needed = true
        dose = "10 mg"
        """
    )
    low = report(plan, 0, KB, [Change("set", Decimal(1), at(4))], [], at(4))
    ok = report(plan, 0, KB, [Change("set", Decimal(2), at(4))], [], at(4))
    assert low is not None and low.forecast.as_needed and low.severity == "warning"
    assert ok is not None and ok.finding is None and ok.runs_out is None


def test_the_json_shape_is_the_contracts(baclofen: Plan) -> None:
    """20.5 on 11 Jan 07:00: 11 and 12 Jan take 4.5 each (11.5 left), 13 Jan 6 (5.5), 14 Jan
    08:00 and 14:00 take 2 each (1.5): the 20:00 dose is not covered."""
    changes = [Change("set", Decimal("20.5"), at(11, "07:00"))]
    r = report(baclofen, 0, KB, changes, [], at(11, "07:00"))
    assert r is not None
    out = r.to_json()
    assert {"medication", "units", "runs_out", "severity"} <= set(out)
    assert out["units"] == 20.5 and out["severity"] == "danger"
    assert out["runs_out"] == "2027-01-14T20:00:00+00:00"


# --------------------------------------------------------------------------- settings, reminders


def test_settings_parse_and_fall_back() -> None:
    assert RefillSettings.from_settings({}) == RefillSettings(7, None)
    assert RefillSettings.from_settings({"refill_lead_days": "10"}).lead_days == 10
    assert RefillSettings.from_settings({"refill_lead_days": "lots"}).lead_days == 7
    assert RefillSettings.from_settings({"refill_reminder_time": "9:30"}).reminder_time is None
    assert RefillSettings.from_settings({"refill_reminder_time": "09:30"}).reminder_time == time(
        9, 30
    )
    assert parse_units("27.5") == Decimal("27.5") and parse_units("2,5") == Decimal("2.5")
    for bad in ("-1", "x", "nan", "1.0001", "inf"):
        with pytest.raises(InvalidInput):
            parse_units(bad)
    assert parse_units("-1", signed=True) == -1


def _metformin_report(plan: Plan, units: int, now: datetime):  # type: ignore[no-untyped-def]
    return report(plan, 0, KB, [Change("set", Decimal(units), at(4))], [], now)


def test_the_refill_reminder_comes_once_a_day_at_a_sensible_time(plan_from: PlanFactory) -> None:
    plan = plan_from(METFORMIN)
    person, settings = plan.person, RefillSettings()
    assert reminder_time_for(person, settings) == time(10, 0)
    # 20 tablets at 2 a day: run-out 14 Jan 08:00; the window opens 7 Jan 08:00.
    r = _metformin_report(plan, 20, at(4))
    assert r is not None and r.runs_out == at(14, "08:00")
    due = refill_reminder_due([r], person, settings, at(4))
    assert due is not None and due.at == at(7, "10:00") and due.medications == ("metformin",)
    assert due.severity == "warning"
    # 10 counted on 8 Jan 07:00 (08:00 missed) run out 13 Jan 20:00, inside the window: at 12:00, not yet
    # reminded today, it is due now (catch-up); once shown, the next is tomorrow at 10:00.
    r = report(plan, 0, KB, [Change("set", Decimal(10), at(8))], [], at(8, "12:00"))
    assert r is not None and r.runs_out == at(13, "20:00") and r.severity == "warning"
    now = refill_reminder_due([r], person, settings, at(8, "12:00"))
    assert now is not None and now.at == at(8, "12:00")
    later = refill_reminder_due(
        [r], person, settings, at(8, "12:00"), last_reminded=date(2027, 1, 8)
    )
    assert later is not None and later.at == at(9, "10:00")
    # Late at night: tomorrow morning, not now.
    night = refill_reminder_due([r], person, settings, at(8, "23:30"))
    assert night is not None and night.at == at(9, "10:00")
    # Nothing runs out: no reminder.
    assert refill_reminder_due([], person, settings, at(8)) is None


def test_the_reminder_time_follows_the_person_and_the_setting(plan_from: PlanFactory) -> None:
    late = plan_from(METFORMIN, person='wake = "11:30"\nbedtime = "02:00"').person
    assert reminder_time_for(late, RefillSettings()) == time(12, 30)
    assert reminder_time_for(late, RefillSettings(reminder_time=time(17))) == time(17)


def test_a_taper_drugs_reminder_is_a_danger(baclofen: Plan) -> None:
    r = report(baclofen, 0, KB, [Change("set", Decimal(60), at(4))], [], at(4))
    assert r is not None
    due = refill_reminder_due([r], baclofen.person, RefillSettings(), at(4))
    # The run-out (18 Jan) is within baclofen's 14-day taper already on 4 Jan: remind then.
    assert due is not None and due.at == at(4, "10:00") and due.severity == "danger"
    assert "ask your pharmacist" in due.message().casefold()


# --------------------------------------------------------------------------- dose-not-makeable


def _makeable(
    plan_from: PlanFactory, strength: str, dose: str, form: str | None = None
) -> list[str]:
    form_line = f'form = "{form}"' if form else ""
    plan = plan_from(
        f"""
        [[medications]]
        name = "gabapentin"
        strength = "{strength}"
        {form_line}
        start = 2027-01-04
        continuing = true
        dose = "{dose}"
        times = ["08:00", "14:00", "20:00"]
        """,
        person="crcl_ml_min = 90",
    )
    return [f.severity for f in run_checks(plan) if f.code == "dose-not-makeable"]


def test_250_mg_from_300_mg_capsules_is_not_makeable(plan_from: PlanFactory) -> None:
    assert _makeable(plan_from, "300 mg", "250 mg", "capsule") == ["warning"]
    # the knowledge base knows 300 mg gabapentin is a capsule
    assert _makeable(plan_from, "300 mg", "250 mg") == ["warning"]
    # and a capsule is never halved
    assert _makeable(plan_from, "300 mg", "150 mg") == ["warning"]


def test_150_mg_from_scored_300_mg_tablets_is_makeable(plan_from: PlanFactory) -> None:
    assert _makeable(plan_from, "300 mg", "150 mg", "scored-tablet") == []
    assert _makeable(plan_from, "300 mg", "450 mg", "scored-tablet") == []
    assert _makeable(plan_from, "300 mg", "100 mg", "scored-tablet") == ["warning"]  # a third


def test_the_knowledge_base_says_600_and_800_mg_are_scored(plan_from: PlanFactory) -> None:
    assert _makeable(plan_from, "600 mg", "300 mg") == []
    assert _makeable(plan_from, "800 mg", "1200 mg") == []
    assert _makeable(plan_from, "600 mg", "300 mg", "tablet") == ["warning"]  # the plan wins
    gaba = KB.lookup("Neurontin")
    assert gaba is not None
    p600 = gaba.form_of(Amount.parse("600 mg"))
    assert p600 is not None and p600.form == "scored-tablet" and "§3" in p600.source
    p300 = gaba.form_of(Amount.parse("0.3 g"))
    assert p300 is not None and p300.form == "capsule"


def test_unknown_form_counts_whole_tablets_and_says_so(plan_from: PlanFactory) -> None:
    plan = plan_from(BACLOFEN.replace('form = "scored-tablet"\n', ""), person="crcl_ml_min = 90")
    found = [f for f in run_checks(plan) if f.code == "dose-not-makeable"]
    assert [(f.date, f.time) for f in found] == [
        (date(2027, 1, 4), time(8)),
        (date(2027, 1, 10), time(8)),
    ]
    f = found[0]
    assert f.medication == "baclofen" and "15 mg" in found[1].message
    assert "5 mg" in f.message and 'form = "scored-tablet"' in f.message
    assert "ask your prescriber" in f.message.casefold()
    assert "MedPlanner product rule" in f.source


def test_no_strength_no_check(plan_from: PlanFactory) -> None:
    plan = plan_from(BACLOFEN.replace('strength = "10 mg"\n', ""), person="crcl_ml_min = 90")
    assert not [f for f in run_checks(plan) if f.code == "dose-not-makeable"]


def test_can_make_rules() -> None:
    assert can_make(Decimal("0.5"), "scored-tablet") and can_make(Decimal("1.5"), "scored-tablet")
    assert not can_make(Decimal("0.5"), "tablet") and not can_make(Decimal("0.5"), "capsule")
    assert not can_make(Decimal("0.25"), "scored-tablet") and not can_make(Decimal(0), "tablet")
    assert can_make(Decimal(2), "capsule")


@settings(max_examples=60, deadline=None)
@given(
    a=st.decimals(0, 120, places=1, allow_nan=False, allow_infinity=False),
    extra=st.decimals(0, 60, places=1, allow_nan=False, allow_infinity=False),
    start=st.datetimes(datetime(2027, 1, 1), datetime(2027, 2, 1)),
)
def test_more_stock_never_runs_out_sooner(a: Decimal, extra: Decimal, start: datetime) -> None:
    plan = _BACLOFEN_PLAN
    now = start.replace(tzinfo=LONDON)
    first = forecast(plan, 0, a, now).runs_out
    second = forecast(plan, 0, a + extra, now).runs_out
    assert first is not None and second is not None  # open-ended: it always runs out
    assert first <= second
    assert first >= now or first.date() == now.date()  # never a day already gone


@settings(max_examples=60, deadline=None)
@given(
    strength=st.decimals("0.5", 1000, places=1, allow_nan=False, allow_infinity=False),
    dose=st.decimals("0.5", 3000, places=1, allow_nan=False, allow_infinity=False),
)
def test_makeable_means_whole_units_or_halves(strength: Decimal, dose: Decimal) -> None:
    units = units_per_dose(Amount(dose), Amount(strength))
    assert can_make(units, "capsule") == (units == int(units) and units >= 1)
    assert can_make(units, "tablet") == can_make(units, "capsule")
    assert can_make(units, "scored-tablet") == ((units * 2) == int(units * 2))
    if can_make(units, "tablet"):
        assert Amount(strength) * int(units) == Amount(dose)
