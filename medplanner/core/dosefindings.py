"""The findings a take can raise (interval, as-needed limits, the daily maximum, a dose
already answered), why a skip finds nothing, the day's total so far, and their wording;
:func:`medplanner.core.dosing.check_take` and ``check_skip`` gather them (every public name
is importable from :mod:`medplanner.core.dosing`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Literal

from medplanner.core import clock, wording
from medplanner.core.doselog import effective_events
from medplanner.core.doserules import DrugRules, min_interval
from medplanner.core.events import DoseEvent
from medplanner.core.i18n import _, ngettext
from medplanner.core.knowledge import PRODUCT_RULE
from medplanner.core.model import Finding, Medication, Plan, ScheduledDose
from medplanner.core.schedule import zone
from medplanner.core.units import Amount, total

SLOT_SOURCE = f"{PRODUCT_RULE}: each scheduled dose is answered once, taken or skipped"


def _why_unscheduled(med: Medication, day: date) -> str:
    if med.start is not None and day < med.start:
        # Translators: why a medicine has no dose now; {day} is like "Wed 6 Jan 2027".
        return _("it starts on {day}").format(day=wording.weekday_date(med.start))
    if med.stop is not None and day > med.stop:
        # Translators: why a medicine has no dose now; {day} is like "Wed 6 Jan 2027".
        return _("it stopped after {day}").format(day=wording.weekday_date(med.stop))
    # Translators: why a medicine has no dose now.
    return _("no scheduled dose is within its take window")


def _interval_findings(
    plan: Plan,
    med_index: int,
    med: Medication,
    at: datetime,
    taken: list[DoseEvent],
    target: ScheduledDose | None,
    rules: DrugRules,
) -> list[Finding]:
    """``doubled-dose`` for a take inside the minimum interval of another recorded take."""
    day = target.day if target is not None else clock.today(plan.person, at)
    min_gap = min_interval(plan, med_index, day, rules)
    if min_gap is None:
        return []
    recent = [e for e in taken if abs(at - e.at) < min_gap]
    if not recent:
        return []
    last = max(recent, key=lambda e: e.at)
    return [
        _finding(
            med,
            "doubled-dose",
            "danger",
            # Translators: {ago} is like "40 min ago"; {gap} like "6 hours".
            _(
                "You took {name} at {time} ({ago}). Doses of {name} should be at least {gap} "
                "apart here, so another one now could act like a double dose. Wait for the "
                "next dose, or ask your pharmacist."
            ).format(
                name=med.name,
                time=_hhmm(last.at, plan),
                ago=_ago(at - last.at),
                gap=_duration(min_gap),
            ),
            rules.min_interval_source,
            at,
            plan,
        )
    ]


def _as_needed_findings(
    plan: Plan, med: Medication, at: datetime, taken: list[DoseEvent]
) -> list[Finding]:
    tz = zone(plan.person.timezone)
    day = clock.today(plan.person, at)
    today = [e for e in taken if clock.local_day(e.at, tz) == day]
    out: list[Finding] = []
    if med.max_per_day is not None and len(today) >= med.max_per_day:
        out.append(
            _finding(
                med,
                "doubled-dose",
                "danger",
                # Translators: {count} is at least 1 (the plan's most a day has been reached).
                ngettext(
                    "You have taken {name} {count} times today; the plan allows at most "
                    "{most} a day. Ask your prescriber or pharmacist before taking more.",
                    "You have taken {name} {count} times today; the plan allows at most "
                    "{most} a day. Ask your prescriber or pharmacist before taking more.",
                    len(today),
                ).format(name=med.name, count=len(today), most=med.max_per_day),
                "The plan's max_per_day, from your prescriber",
                at,
                plan,
            )
        )
    if med.min_interval_hours is not None:
        gap = timedelta(hours=float(med.min_interval_hours))
        recent = [e for e in taken if abs(at - e.at) < gap]
        if recent:
            last = max(recent, key=lambda e: e.at)
            out.append(
                _finding(
                    med,
                    "doubled-dose",
                    "danger",
                    # Translators: {ago} is like "40 min ago"; {gap} like "4 hours".
                    _(
                        "You took {name} at {time} ({ago}); the plan says to wait at least "
                        "{gap} between doses. Wait, or ask your prescriber or pharmacist."
                    ).format(
                        name=med.name,
                        time=_hhmm(last.at, plan),
                        ago=_ago(at - last.at),
                        gap=_duration(gap),
                    ),
                    "The plan's min_interval_hours, from your prescriber",
                    at,
                    plan,
                )
            )
    return out


def _daily_max_findings(
    plan: Plan,
    med: Medication,
    at: datetime,
    taken: list[DoseEvent],
    dose: Amount,
    rules: DrugRules,
) -> list[Finding]:
    if rules.max_daily is None:
        return []
    so_far = taken_today(plan, med.name, at, taken)
    after = so_far + dose
    if after <= rules.max_daily:
        return []
    return [
        _finding(
            med,
            "daily-dose-above-max",
            "danger",
            _(
                "Taking {dose} of {name} now would make {after} today, above the label's most "
                "of {most} a day. Do not take more today without asking your prescriber or "
                "pharmacist."
            ).format(dose=dose, name=med.name, after=after, most=rules.max_daily),
            rules.max_daily_source,
            at,
            plan,
        )
    ]


def _nothing_to_skip(med: Medication, nxt: ScheduledDose | None) -> str:
    """Why a skip found no dose to answer (naming the next one, if any)."""
    if nxt is not None:
        # Translators: {day} is like "Wed 6 Jan".
        return _(
            "There is no dose of {name} to skip now: none is due or missed, and none comes up "
            "soon enough to be skipped ahead. The next is on {day} at {time}. Nothing was "
            "recorded."
        ).format(name=med.name, day=wording.day_month(nxt.day), time=f"{nxt.at:%H:%M}")
    return _(
        "There is no dose of {name} to skip now: none is due or missed, and none comes up "
        "soon enough to be skipped ahead. Nothing was recorded."
    ).format(name=med.name)


def _answered_finding(
    plan: Plan,
    med: Medication,
    dose: ScheduledDose,
    answer: DoseEvent,
    at: datetime,
    action: Literal["skip", "take"],
) -> Finding:
    words = {
        "time": f"{dose.at:%H:%M}",
        "name": med.name,
        "day": wording.day_month(dose.day),
        "at": _hhmm(answer.at, plan),
    }
    if answer.kind == "taken":
        # Translators: {day} is like "Wed 6 Jan"; {at} is when it was marked.
        head = _("The {time} dose of {name} on {day} is already marked taken (at {at}).")
    else:
        # Translators: {day} is like "Wed 6 Jan"; {at} is when it was marked.
        head = _("The {time} dose of {name} on {day} is already marked skipped (at {at}).")
    if action == "skip":
        todo = _("There is nothing left to skip; nothing was recorded.")
    else:
        # Translators: "--force" is a command option: keep it as it is.
        todo = _(
            "If you did take it after all, confirm (--force): the take is recorded and the "
            "skip stays in your log, superseded."
        )
    message = f"{head.format(**words)} {todo}"
    return _finding(med, "slot-already-answered", "warning", message, SLOT_SOURCE, at, plan)


def taken_today(plan: Plan, medication: str, at: datetime, events: Iterable[DoseEvent]) -> Amount:
    """Total of ``medication`` taken on ``at``'s local day (effective events only)."""
    tz = zone(plan.person.timezone)
    day = clock.today(plan.person, at)
    key = medication.casefold()
    amounts = [
        e.amount
        for e in effective_events(events)
        if e.kind == "taken"
        and e.amount is not None
        and e.medication.casefold() == key
        and clock.local_day(e.at, tz) == day
    ]
    return total(amounts)


# --------------------------------------------------------------------------- words


def _finding(
    med: Medication,
    code: str,
    severity: Literal["info", "warning", "danger"],
    message: str,
    source: str,
    at: datetime,
    plan: Plan,
) -> Finding:
    local = at.astimezone(zone(plan.person.timezone))
    return Finding(
        code=code,
        severity=severity,
        medication=med.name,
        message=message,
        source=source,
        date=local.date(),
        time=local.time().replace(second=0, microsecond=0),
    )


def _hhmm(at: datetime, plan: Plan) -> str:
    return at.astimezone(zone(plan.person.timezone)).strftime("%H:%M")


def _ago(delta: timedelta) -> str:
    """``40 min ago``; a previous dose recorded as after ``at`` reads ``5 min later``."""
    if delta >= -timedelta(minutes=1):
        return wording.ago(max(delta, timedelta(0)))
    # Translators: a time after another; {span} is a length like "5 min".
    return _("{span} later").format(span=wording.span(-delta))


def _duration(delta: timedelta) -> str:
    return wording.duration(int(delta.total_seconds() // 60))
