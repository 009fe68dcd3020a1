"""The plan as an iCalendar file (RFC 5545): one repeating event per medication time and step.

Each scheduled time of each titration step becomes one VEVENT:

* ``DTSTART;TZID=<the person's zone>`` on the step's first day that has the dose, at the
  plan's wall time, with the zone's VTIMEZONE in the file;
* ``RRULE``: daily, ``FREQ=WEEKLY;BYDAY=…`` for ``weekdays``, ``FREQ=DAILY;INTERVAL=n``
  for ``every_n_days``; ``UNTIL`` (UTC, as RFC 5545 requires with a TZID start) at the end
  of the step's last local day, so the next step's series takes over the next day. An
  open-ended step has no UNTIL;
* a VALARM at the dose time (``TRIGGER:PT0M``);
* the dose, the standing warnings with their sources, and a clock-change note where the
  time falls into a gap or an overlap of the zone, in DESCRIPTION.

Why a calendar reproduces :func:`medplanner.core.schedule.expand` exactly: contract §4 *is*
RFC 5545 §3.3.5, which §3.3.10 applies to every recurrence instance. A wall time that
happens twice means its first occurrence; one that does not exist is shifted forward by the
gap. ``tests/export/test_ics.py`` expands the file back with dateutil's rrule, both through
the IANA zone and through the VTIMEZONE written here, over a year with both clock changes in
London and New York (01:30 and 02:30 doses), and compares every alarm instant with the
schedule. (EXDATE + RDATE for a gap-day dose would not help: under RFC 5545 both name the
same instant, and an EXDATE removes an RDATE's instance too.)

UIDs are stable for the same person, entry, step start and time, so importing an updated
export updates the events instead of doubling them; SEQUENCE is the stored plan version.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone
from icalendar.prop import vDuration, vRecur

from medplanner import __version__
from medplanner.core import wording
from medplanner.core.i18n import N_, _
from medplanner.core.limits import ics_clean
from medplanner.core.model import Finding, Medication, Plan, Step
from medplanner.core.schedule import first_day, resolve_wall_time, zone

if TYPE_CHECKING:
    from medplanner.service import Service

#: Namespace of the UIDs (a fixed random UUID: changing it would double every event).
_UID_NAMESPACE = uuid.UUID("5b0f3c9e-6a51-4f38-9a0c-0e1f4d7c2b91")
_DAY = timedelta(days=1)
#: How far the VTIMEZONE reaches past the last dose (or past the start when open-ended).
_ZONE_YEARS = 10
_RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_SIGNS = {"danger": N_("⛔ Danger"), "warning": N_("⚠ Warning"), "info": N_("ⓘ Info")}
#: A medicine's form in words (plan files use the identifiers).
_FORMS = {
    "": N_("tablet or capsule"),
    "tablet": N_("tablet"),
    "scored-tablet": N_("scored tablet"),
    "capsule": N_("capsule"),
}
#: Info findings worth repeating at every dose (the rest are on the printed schedule).
_ADVICE_CODES = ("advice-alcohol", "advice-driving")
PRESCRIBER_LINE = N_(
    "MedPlanner checks, reminds and explains; it does not replace your prescriber or "
    "pharmacist. Ask them if a warning worries you."
)


@dataclass(frozen=True)
class Series:
    """One repeating dose: a medication's time within one step."""

    med_index: int
    medication: Medication
    step_index: int
    step: Step
    at: time
    dose: str
    first: date  # the first local day with this dose
    last: date | None  # the step's last local day (None: open-ended)


def plan_series(plan: Plan) -> list[Series]:
    """Every (medication, step, time) that has at least one dose, in plan order."""
    out: list[Series] = []
    for mi, med in enumerate(plan.medications):
        if med.as_needed or med.start is None:
            continue
        for si, step in enumerate(med.steps):
            begin = max(step.start, med.start)
            end = med.end_of_step(si)
            if med.stop is not None:
                end = med.stop if end is None else min(end, med.stop)
            first = _first_applicable(step, begin, end)
            if first is None:
                continue
            for dose_time in step.times:
                out.append(Series(mi, med, si, step, dose_time.at, str(dose_time.dose), first, end))
    return out


def _first_applicable(step: Step, begin: date, end: date | None) -> date | None:
    """The first day from ``begin`` (up to ``end``) on which the step's times fall."""
    day = begin
    # A weekday rule repeats every 7 days, an every-n rule every n: one cycle is enough.
    for _cycle in range(max(7, step.every_n_days or 1)):
        if end is not None and day > end:
            return None
        if step.applies_on(day):
            return day
        day += _DAY
    return None


def build_calendar(
    plan: Plan,
    findings: Sequence[Finding] = (),
    *,
    stamp: datetime,
    sequence: int = 0,
) -> Calendar:
    """The plan's calendar. ``stamp`` is DTSTAMP (now); ``findings`` the standing ones."""
    tz = zone(plan.person.timezone)
    cal = Calendar()
    cal.add("prodid", f"-//MedPlanner//medplanner {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"MedPlanner — {plan.person.name}")
    cal.add("x-wr-timezone", plan.person.timezone)
    series = plan_series(plan)
    if series and not _is_utc(tz):
        cal.add_component(_vtimezone(plan, series))
    changes = _clock_change_days(tz, series)
    for s in series:
        cal.add_component(_event(plan, s, findings, tz, changes, stamp, sequence))
    return cal


def to_ics(
    plan: Plan, findings: Sequence[Finding] = (), *, stamp: datetime, sequence: int = 0
) -> str:
    """The calendar as text (CRLF line ends, folded at 75 octets, as RFC 5545 wants)."""
    data = build_calendar(plan, findings, stamp=stamp, sequence=sequence).to_ical()
    return ics_clean(bytes(data).decode("utf-8"))  # icalendar escapes; NUL & co. go


def plan_ics(service: Service, person: str, now: datetime) -> str:
    """The person's current plan as a calendar, with the standing checks' warnings in each
    event: the one calendar export, shared by ``medplanner export --format ics`` and the
    GUI's File ▸ Export…."""
    from medplanner.core.checks import run_checks
    from medplanner.core.clock import today

    cur = service.current(person)
    findings = run_checks(cur.plan, service.kb, today=today(cur.plan.person, now))
    return to_ics(cur.plan, findings, stamp=now, sequence=cur.version)


def uid_of(plan: Plan, s: Series) -> str:
    key = "|".join(
        (
            plan.person.name.casefold(),
            str(s.med_index),
            s.medication.name.casefold(),
            s.step.start.isoformat(),
            s.at.strftime("%H:%M"),
        )
    )
    return f"{uuid.uuid5(_UID_NAMESPACE, key)}@medplanner"


def _event(
    plan: Plan,
    s: Series,
    findings: Sequence[Finding],
    tz: ZoneInfo,
    changes: list[date],
    stamp: datetime,
    sequence: int,
) -> Event:
    start = datetime.combine(s.first, s.at, tzinfo=tz)  # fold=0: RFC 5545's reading
    what = f"{s.medication.name} {s.dose}"
    event = Event()
    event.add("uid", uid_of(plan, s))
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("sequence", sequence)
    event.add("summary", what)
    event.add("dtstart", start)
    event.add("duration", timedelta(minutes=15))
    event.add("rrule", _rrule(s, tz))
    event.add("categories", ["Medication"])
    event.add("transp", "TRANSPARENT")
    event.add("class", "PRIVATE")
    event.add("description", _description(plan, s, findings, tz, changes))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _("Time for {what}").format(what=what))
    alarm["TRIGGER"] = _AtStart(timedelta(0))
    event.add_component(alarm)
    return event


class _AtStart(vDuration):
    """A zero trigger written ``PT0M`` (icalendar writes ``P0D``: equal, but less common)."""

    def to_ical(self) -> bytes:
        return b"PT0M"


def _rrule(s: Series, tz: ZoneInfo) -> vRecur:
    if s.step.weekdays is not None and (s.step.every_n_days or 1) > 1:
        # Plan files refuse this (contract §1: weekdays *or* every_n_days); one RRULE cannot.
        raise ValueError("a step repeats on weekdays or every n days, not both")
    rule: dict[str, object] = {"freq": "daily"}
    if s.step.weekdays is not None:
        rule = {"freq": "weekly", "byday": [_RRULE_DAYS[d] for d in sorted(s.step.weekdays)]}
        rule["wkst"] = "MO"
    elif s.step.every_n_days is not None and s.step.every_n_days > 1:
        rule["interval"] = s.step.every_n_days
    if s.last is not None:
        rule["until"] = _end_of_day(s.last, tz).astimezone(UTC)
    return vRecur(rule)


def _end_of_day(day: date, tz: ZoneInfo) -> datetime:
    """The last second of local ``day``: just before the next day's midnight."""
    after = day + _DAY
    midnight = resolve_wall_time(after, time(0), tz)
    while midnight is None:  # a zone that skipped that whole day (Pacific/Apia, 2011)
        after += _DAY
        midnight = resolve_wall_time(after, time(0), tz)
    return midnight - timedelta(seconds=1)


def _description(
    plan: Plan, s: Series, findings: Sequence[Finding], tz: ZoneInfo, changes: list[date]
) -> str:
    lines = [
        _("Take {medication} {dose} at {time} ({zone}).").format(
            medication=s.medication.name,
            dose=s.dose,
            time=f"{s.at:%H:%M}",
            zone=plan.person.timezone,
        )
    ]
    step_word = ""
    if len(s.medication.steps) > 1:
        step_word = _("Step {n} of {count}: ").format(
            n=s.step_index + 1, count=len(s.medication.steps)
        )
    if s.last == s.first:
        lines.append(step_word + _("on {day} only.").format(day=_day(s.first)))
    elif s.last is not None:
        lines.append(
            step_word
            + _("from {first} to {last}{repeat}.").format(
                first=_day(s.first), last=_day(s.last), repeat=_repeat_words(s.step)
            )
        )
    else:
        lines.append(
            step_word
            + _("from {first}{repeat}.").format(first=_day(s.first), repeat=_repeat_words(s.step))
        )
    if s.medication.strength is not None:
        form = _(_FORMS.get(s.medication.form or "", s.medication.form or ""))
        lines.append(
            _("Strength: {strength} per {form}.").format(strength=s.medication.strength, form=form)
        )
    note = _clock_note(s, tz, changes)
    if note:
        lines.append(note)
    mine = [f for f in findings if _concerns(f, s.medication)]
    if mine:
        lines.append("")
        lines.append(_("Warnings:"))
        for f in mine:
            when = " " + _("(from {day})").format(day=_day(f.date)) if f.date is not None else ""
            lines.append(
                _("{sign}{when}: {message} — Source: {source}").format(
                    sign=_(_SIGNS[f.severity]), when=when, message=f.message, source=f.source
                )
            )
    lines.append("")
    lines.append(_(PRESCRIBER_LINE))
    return "\n".join(lines)


def _concerns(f: Finding, med: Medication) -> bool:
    if med.name not in (f.medication, f.other):
        return False
    return f.severity != "info" or f.code in _ADVICE_CODES


def _repeat_words(step: Step) -> str:
    if step.weekdays is not None:
        names = ", ".join(wording.weekday_abbr_of(d) for d in sorted(step.weekdays))
        return _(", on {days}").format(days=names)
    if step.every_n_days is not None and step.every_n_days > 1:
        return _(", every {n} days").format(n=step.every_n_days)
    return _(", every day")


def _clock_note(s: Series, tz: ZoneInfo, changes: list[date]) -> str:
    """Words for a time that falls into a clock change's gap or overlap in this series."""
    gap: datetime | None = None
    overlap = False
    for day in changes:
        if day < s.first or (s.last is not None and day > s.last):
            continue
        naive = datetime.combine(day, s.at)
        first = naive.replace(tzinfo=tz, fold=0)
        second = naive.replace(tzinfo=tz, fold=1)
        if first.utcoffset() == second.utcoffset():
            continue
        at = resolve_wall_time(day, s.at, tz)
        if at is not None and at.replace(tzinfo=None) != naive:
            gap = gap or at
        else:
            overlap = True
    words = []
    if gap is not None:
        words.append(
            _(
                "On the day the clocks go forward, {time} does not exist: "
                "take it at {moved} that day (moved forward by the change)."
            ).format(time=f"{s.at:%H:%M}", moved=f"{gap:%H:%M}")
        )
    if overlap:
        words.append(
            _(
                "On the day the clocks go back, {time} happens twice: take it the first time only."
            ).format(time=f"{s.at:%H:%M}")
        )
    return " ".join(words)


def _clock_change_days(tz: ZoneInfo, series: Sequence[Series]) -> list[date]:
    """Local days on which the zone's UTC offset changes, over the series' range."""
    if not series or _is_utc(tz):
        return []
    begin = min(s.first for s in series)
    ends = [s.last for s in series]
    end = max(e for e in ends if e is not None) if None not in ends else None
    end = end if end is not None else begin + timedelta(days=366 * _ZONE_YEARS)
    out: list[date] = []
    day = begin - _DAY
    previous = datetime.combine(day, time(0), tzinfo=tz).utcoffset()
    while day <= end:
        nxt = datetime.combine(day + _DAY, time(0), tzinfo=tz).utcoffset()
        if nxt != previous:
            out.extend(d for d in (day, day + _DAY) if d not in out)
        previous = nxt
        day += _DAY
    return out


def _vtimezone(plan: Plan, series: Sequence[Series]) -> Timezone:
    start = first_day(plan) or min(s.first for s in series)
    lasts = [s.last for s in series]
    end = max(x for x in lasts if x is not None) if None not in lasts else start
    last = max(end, start) + timedelta(days=366 * _ZONE_YEARS)
    return Timezone.from_tzid(
        plan.person.timezone,
        first_date=date(start.year - 1, 1, 1),
        last_date=date(last.year + 1, 1, 1),
    )


def _is_utc(tz: ZoneInfo) -> bool:
    return tz.key in ("UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Zulu", "Zulu", "Universal")


def _day(day: date) -> str:
    return wording.weekday_date(day)
