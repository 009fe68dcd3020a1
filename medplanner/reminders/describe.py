"""What a reminder says, in words (pure over the service; the windows only lay it out).

The pop-up and the catch-up window show the same things about a dose: what and how much,
when it was due, one line of context ("last taken 8 h ago"), and the findings that stand
right now — the doubled-dose rule's and, for a missed dose, the missed-dose advice. All
of it comes from ``core`` via the service, so the words match the CLI's ``status``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from medplanner.core import wording
from medplanner.core.diary import DiaryEntry
from medplanner.core.dosing import missed_findings
from medplanner.core.i18n import N_, _
from medplanner.core.model import Finding, sort_findings
from medplanner.core.record import replace
from medplanner.core.takegate import is_sedating
from medplanner.reminders.due import Reminder
from medplanner.service import Service


@dataclass(frozen=True)
class Description:
    """Everything a reminder window shows about one dose at one moment."""

    reminder: Reminder
    title: str  # "Gabapentin 300 mg" — the largest type
    when: str  # "Due at 09:00" / "Missed — due at 09:00" / "Snoozed — due at 09:00"
    scheduled: str  # "09:00", or "23:00 on Tue 05 Jan" when not today
    context: str  # "Last taken 8 h ago, at 01:05"
    findings: tuple[Finding, ...]
    person: str | None  # set when the household has several persons
    #: Standing red-flag diary entries (newest first): the window shows the emergency banner.
    red_flags: tuple[DiaryEntry, ...] = ()
    zone: tzinfo | None = None  # the person's zone (the banner's times)

    @property
    def warning(self) -> bool:
        """A warning or danger stands: Enter must not mean Take."""
        return any(f.severity != "info" for f in self.findings)

    @property
    def spoken(self) -> str:
        """One sentence for screen readers, announced when the window appears."""
        if self.person:
            first = _("For {person}: time to take {title}. {when}. {context}.")
        else:
            first = _("Time to take {title}. {when}. {context}.")
        parts = [
            first.format(person=self.person, title=self.title, when=self.when, context=self.context)
        ]
        parts.extend(
            _("{severity}: {message}").format(
                severity=_(_SEVERITY.get(f.severity, f.severity)), message=f.message
            )
            for f in self.findings
        )
        return " ".join(parts)


#: How a finding's severity is spoken (the codes themselves are never translated).
_SEVERITY = {"info": N_("Info"), "warning": N_("Warning"), "danger": N_("Danger")}


def describe(service: Service, reminder: Reminder, now: datetime) -> Description:
    """Describe ``reminder`` as it stands at ``now`` (reads the database)."""
    dose = reminder.dose
    plan = service.current(reminder.person).plan
    status = reminder.status
    scheduled = f"{dose.at:%H:%M}"
    if dose.at.date() != now.astimezone(dose.at.tzinfo).date():
        # Translators: a dose's time on another day, e.g. "23:00 on Tue 05 Jan".
        scheduled = _("{time} on {day}").format(time=scheduled, day=wording.day_month(dose.at))
    if status.state == "missed":
        when = _("Missed — due at {time}").format(time=scheduled)
    elif reminder.snoozed:
        when = _("Snoozed — due at {time}").format(time=scheduled)
    else:
        when = _("Due at {time}").format(time=scheduled)
    check = service.check_take(reminder.person, reminder.medication, now, slot=reminder.slot)
    flags = service.red_flags(reminder.person, now)
    if flags and status.advice == "take-now" and is_sedating(service.kb, dose.medication):
        status = replace(status, advice="skip-and-wait")  # as `status` says
    # A standing missed streak (status's warning): taking this dose restarts the drug.
    streak = [
        f
        for f in service.missed_streaks(service.current(reminder.person), now)
        if f.medication.casefold() == dose.medication.casefold()
    ]
    findings = [*missed_findings(plan, [status], now), *check.findings, *streak]
    several = len(service.persons()) > 1
    return Description(
        reminder=reminder,
        title=f"{dose.medication[:1].upper()}{dose.medication[1:]} {dose.dose}",
        when=when,
        scheduled=scheduled,
        context=_last_taken(service, reminder, now),
        findings=tuple(sort_findings(findings)),
        person=reminder.person if several else None,
        red_flags=tuple(flags),
        zone=dose.at.tzinfo,
    )


def _last_taken(service: Service, reminder: Reminder, now: datetime) -> str:
    last = service.last_taken(reminder.person, reminder.medication, not_after=now)
    if last is None:
        return _("No dose of {medication} recorded yet").format(medication=reminder.medication)
    local = last.at.astimezone(reminder.dose.at.tzinfo)
    if local.date() == now.astimezone(local.tzinfo).date():
        return _("Last taken {ago}, at {time}").format(
            ago=ago(now - last.at), time=f"{local:%H:%M}"
        )
    return _("Last taken {ago}, at {time} on {day}").format(
        ago=ago(now - last.at), time=f"{local:%H:%M}", day=wording.day_month(local)
    )


def ago(delta: timedelta) -> str:
    """:func:`medplanner.core.wording.ago`, never in the future."""
    return wording.ago(max(delta, timedelta(0)))
