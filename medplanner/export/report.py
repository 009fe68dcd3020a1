"""What the printed schedule and the doctor's report say, as data (no Qt here).

:mod:`medplanner.export.pdf` lays these out; tests check the figures here directly.

* :func:`schedule_data`: the weeks ahead, day by day, with the days a titration step,
  a start or a stop falls on, clock-change days, standing findings, as-needed medicines.
* :func:`report_data`: for a period up to ``now``, adherence per medication (every
  scheduled dose whose grace period has passed is taken, skipped or missed), the missed
  doses, doses recorded over a warning (a doubled dose confirmed with --force is flagged
  in the log), the symptom diary (red flags first), standing findings and the plan
  history. Adherence is measured against the plan version in force now, and only from the
  day the first plan version was stored: before that, MedPlanner was not in use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from medplanner.core import wording
from medplanner.core.adherence import Adherence, passed_statuses
from medplanner.core.checks import run_checks
from medplanner.core.clock import today as today_of
from medplanner.core.diary import DiaryEntry, standing
from medplanner.core.dosing import SlotStatus, plan_rules
from medplanner.core.errors import InvalidInput
from medplanner.core.events import DoseEvent
from medplanner.core.i18n import _
from medplanner.core.model import Finding, Medication, Plan, ScheduledDose, Step
from medplanner.core.plan import loads
from medplanner.core.schedule import doses_on, resolve_wall_time, zone
from medplanner.service import Service

_DAY = timedelta(days=1)


@dataclass(frozen=True)
class DayMark:
    """Something that changes on a day: a new step, a start, a stop, a clock change."""

    kind: str  # "step" | "start" | "stop" | "clock"
    medication: str
    text: str


@dataclass(frozen=True)
class ScheduleDay:
    day: date
    doses: list[ScheduledDose]
    marks: list[DayMark]


@dataclass(frozen=True)
class ScheduleData:
    person: str
    timezone: str
    start: date
    days: list[ScheduleDay]
    findings: list[Finding]
    as_needed: list[Medication]
    made_at: datetime


@dataclass(frozen=True)
class PlanChange:
    version: int
    stored_at: datetime
    summary: list[str]  # one line per medication
    changes: list[str]  # compared with the version before


@dataclass(frozen=True)
class ReportData:
    person: str
    timezone: str
    since: date
    until: date  # last day of the period
    now: datetime
    adherence: list[Adherence]
    missed: list[SlotStatus]
    flagged: list[DoseEvent]
    as_needed_taken: dict[str, int]
    diary: list[DiaryEntry]  # entries, newest first (withdrawn ones included, marked)
    withdrawn: dict[int, DiaryEntry]  # entry id -> its withdrawal
    red_flags: list[DiaryEntry]  # standing red-flag entries of the period, newest first
    findings: list[Finding]
    history: list[PlanChange]
    counted_from: date | None = None  # the first day MedPlanner was in use, if later
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- schedule


def schedule_data(service: Service, person: str, start: date, weeks: int) -> ScheduleData:
    cur = service.current(person)
    plan = cur.plan
    days = [start + timedelta(days=i) for i in range(weeks * 7)]
    out = [ScheduleDay(d, doses_on(plan, d), _marks(plan, d)) for d in days]
    findings = run_checks(plan, service.kb, today=start)
    as_needed = [m for m in plan.medications if m.as_needed]
    return ScheduleData(
        cur.person,
        plan.person.timezone,
        start,
        out,
        findings,
        as_needed,
        service.clock().astimezone(zone(plan.person.timezone)),
    )


def _marks(plan: Plan, day: date) -> list[DayMark]:
    marks: list[DayMark] = []
    for med in plan.medications:
        if med.as_needed or med.start is None:
            continue
        if med.stop is not None and day == med.stop:
            marks.append(
                DayMark(
                    "stop", med.name, _("Last day of {medication}.").format(medication=med.name)
                )
            )
        if day == med.start:
            step = med.step_on(day)
            if step is not None:
                starts = _("{medication} starts today: {step}.").format(
                    medication=med.name, step=step_words(step)
                )
            else:
                starts = _("{medication} starts today.").format(medication=med.name)
            marks.append(DayMark("start", med.name, starts))
            continue
        for index, step in enumerate(med.steps):
            if index and step.start == day and med.step_on(day) is step:
                before = med.steps[index - 1]
                marks.append(
                    DayMark(
                        "step",
                        med.name,
                        _("{medication} changes today to {step}; until now {before}.").format(
                            medication=med.name, step=step_words(step), before=step_words(before)
                        ),
                    )
                )
    tz = zone(plan.person.timezone)
    noon = datetime.combine(day, time(12), tzinfo=tz)
    offset_before = datetime.combine(day, time(0), tzinfo=tz).utcoffset()
    offset_after = datetime.combine(day + _DAY, time(0), tzinfo=tz).utcoffset()
    if offset_before is not None and offset_after is not None and offset_before != offset_after:
        ahead = offset_after > offset_before
        if ahead:
            text = _(
                "The clocks go forward tonight or today ({zone}). Doses at the changed hour "
                "move forward by the change."
            )
        else:
            text = _(
                "The clocks go back tonight or today ({zone}). Doses at the changed hour "
                "are taken once, the first time that hour comes."
            )
        marks.append(DayMark("clock", "", text.format(zone=f"{noon:%Z}")))
    return marks


def step_words(step: Step) -> str:
    """``300 mg at 09:00, 15:00 and 21:00 (900 mg a day)``."""
    doses = {str(t.dose) for t in step.times}
    times = [t.at.strftime("%H:%M") for t in step.times]
    if len(times) == 1:
        listed = times[0]
    else:
        # Translators: the end of a list of times, e.g. "09:00, 15:00 and 21:00".
        listed = _("{times} and {last}").format(times=", ".join(times[:-1]), last=times[-1])
    if len(doses) == 1:
        text = _("{dose} at {times}").format(dose=next(iter(doses)), times=listed)
    else:
        text = ", ".join(
            _("{dose} at {times}").format(dose=t.dose, times=f"{t.at:%H:%M}") for t in step.times
        )
    if step.weekdays is not None:
        days = ", ".join(wording.weekday_abbr_of(d) for d in sorted(step.weekdays))
        text += " " + _("on {days}").format(days=days)
    elif step.every_n_days is not None and step.every_n_days > 1:
        text += " " + _("every {n} days").format(n=step.every_n_days)
    return _("{doses} ({total} a day)").format(doses=text, total=step.daily_total())


# --------------------------------------------------------------------------- report


def report_data(service: Service, person: str, since: date, now: datetime) -> ReportData:
    cur = service.current(person)
    plan = cur.plan
    tz = zone(plan.person.timezone)
    until = today_of(plan.person, now)
    if since > until:
        raise InvalidInput(
            _("the report period starts ({since}) after today ({until})").format(
                since=since, until=until
            )
        )
    versions = service.plan_versions(cur.person)
    first_use = min(v.created_at for v in versions).astimezone(tz).date() if versions else since
    counted_from = max(since, first_use)
    start_dt = _local_midnight(since, tz)
    end_dt = _local_midnight(until + _DAY, tz)
    events = service.events(cur.person, start_dt - 2 * _DAY, end_dt + 2 * _DAY)
    rules = plan_rules(plan, service.kb)
    per_med: dict[int, dict[str, int]] = {}
    missed: list[SlotStatus] = []
    in_force = service.versions(cur.person)
    for s in passed_statuses(plan, events, counted_from, until, now, rules, in_force):
        counts = per_med.setdefault(s.dose.med_index, _zero())
        counts[s.state] += 1
        if s.state == "missed":
            missed.append(s)
    in_period = [e for e in events if start_dt <= e.at < end_dt]
    flagged = [e for e in in_period if e.kind == "taken" and e.flagged]
    for e in flagged:
        for i, m in enumerate(plan.medications):
            if not m.as_needed and m.name.casefold() == e.medication.casefold():
                per_med.setdefault(i, _zero())["flagged"] += 1
                break
    adherence = [
        Adherence(m.name, **per_med.get(i, _zero()))
        for i, m in enumerate(plan.medications)
        if not m.as_needed and (i in per_med or _scheduled_in(m, since, until))
    ]
    as_needed_taken = {
        m.name: sum(
            1
            for e in in_period
            if e.kind == "taken" and e.slot is None and e.medication.casefold() == m.name.casefold()
        )
        for m in plan.medications
        if m.as_needed
    }
    rows = service.diary(cur.person, start_dt, end_dt)
    withdrawn = {e.withdraws: e for e in rows if e.kind == "withdrawal" and e.withdraws}
    entries = sorted(
        (e for e in rows if e.kind == "entry"), key=lambda e: (e.at, e.id or 0), reverse=True
    )
    red = [e for e in standing(rows) if e.is_red_flag]
    red.sort(key=lambda e: (e.at, e.id or 0), reverse=True)
    notes = []
    if counted_from > since:
        notes.append(
            _("Doses are counted from {day}, when the first plan was stored in MedPlanner.").format(
                day=_d(counted_from)
            )
        )
    return ReportData(
        person=cur.person,
        timezone=plan.person.timezone,
        since=since,
        until=until,
        now=now.astimezone(tz),
        adherence=adherence,
        missed=missed,
        flagged=flagged,
        as_needed_taken=as_needed_taken,
        diary=entries,
        withdrawn=withdrawn,
        red_flags=red,
        findings=run_checks(plan, service.kb, today=until),
        history=plan_history(service, cur.person, tz),
        counted_from=counted_from if counted_from > since else None,
        notes=notes,
    )


def plan_history(service: Service, person: str, tz: ZoneInfo) -> list[PlanChange]:
    """Every stored plan version, newest first, with what changed from the one before."""
    out: list[PlanChange] = []
    previous: dict[str, str] = {}
    for version in service.plan_versions(person):
        try:
            plan = loads(version.toml, source=f"plan version {version.id}")
        except InvalidInput:
            out.append(
                PlanChange(
                    version.id, version.created_at.astimezone(tz), [_("(cannot be read)")], []
                )
            )
            continue
        lines = {m.name: _med_summary(m) for m in plan.medications}
        changes: list[str] = []
        if out:
            changes += [_("added {name}").format(name=n) for n in lines if n not in previous]
            changes += [_("removed {name}").format(name=n) for n in previous if n not in lines]
            changes += [
                _("changed {name}").format(name=n)
                for n in lines
                if n in previous and previous[n] != lines[n]
            ]
        out.append(
            PlanChange(
                version.id,
                version.created_at.astimezone(tz),
                [f"{n}: {t}" for n, t in lines.items()],
                changes or ([] if not out else [_("no change to the medications")]),
            )
        )
        previous = lines
    return list(reversed(out))


def _med_summary(med: Medication) -> str:
    if med.as_needed:
        limits = []
        if med.max_per_day:
            limits.append(_("at most {n} a day").format(n=med.max_per_day))
        if med.min_interval_hours is not None:
            limits.append(
                _("at least {hours} apart").format(hours=wording.hours(med.min_interval_hours))
            )
        extra = f" ({', '.join(limits)})" if limits else ""
        return _("as needed, {dose}{limits}").format(dose=med.dose, limits=extra)
    parts = []
    for step in med.steps:
        parts.append(_("from {day}: {step}").format(day=_d(step.start), step=step_words(step)))
    if med.stop is not None:
        parts.append(_("last day {day}").format(day=_d(med.stop)))
    return "; ".join(parts) or _("no doses")


def _scheduled_in(med: Medication, since: date, until: date) -> bool:
    if med.start is None:
        return False
    return med.start <= until and (med.stop is None or med.stop >= since)


def _d(day: date) -> str:
    return wording.date_words(day)


def _zero() -> dict[str, int]:
    return {"taken": 0, "skipped": 0, "missed": 0, "flagged": 0}


def _local_midnight(day: date, tz: ZoneInfo) -> datetime:
    at = resolve_wall_time(day, time(0), tz)
    while at is None:
        day += _DAY
        at = resolve_wall_time(day, time(0), tz)
    return at.astimezone(UTC)
