"""The CLI's wording of doses: ``take`` and ``take --all-due`` (what was recorded and why)
and ``status`` (the day, as text and as JSON); import them from :mod:`medplanner.textout`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from medplanner.core.doserules import when_words
from medplanner.core.i18n import N_, _
from medplanner.core.model import Plan, ScheduledDose
from medplanner.core.schedule import to_utc_z, zone
from medplanner.textbase import format_day, format_findings
from medplanner.textstock import stock_line

if TYPE_CHECKING:
    from datetime import datetime

    from medplanner.service import Status, TakeOutcome


#: A dose's state as a person reads it in `medplanner status` (translate at use).
STATE_WORDS = {
    # Translators: a dose's state in `medplanner status`: it was taken.
    "taken": N_("taken"),
    # Translators: a dose's state in `medplanner status`: it was skipped on purpose.
    "skipped": N_("skipped"),
    # Translators: a dose's state in `medplanner status`: its time passed with no answer.
    "missed": N_("missed"),
    # Translators: a dose's state in `medplanner status`: it is to be taken now.
    "due": N_("due"),
    # Translators: a dose's state in `medplanner status`: it is later today.
    "upcoming": N_("upcoming"),
    # Translators: a dose's state in `medplanner status`: a recent take already covers it.
    "covered": N_("covered"),
    # Translators: a dose's state in `medplanner status`: before the plan was stored.
    "before-tracking": N_("before-tracking"),
    # Translators: a dose's state in `medplanner status`: an extra dose, outside the schedule.
    "extra": N_("extra"),
}

STATE_SIGNS = {
    "taken": "✓",
    "skipped": "⤼",
    "missed": "✗",
    "due": "●",
    "upcoming": "○",
    "covered": "≈",
    "before-tracking": "·",
    "extra": "+",
}


def format_take(plan: Plan, outcome: TakeOutcome, *, hint: bool = True) -> str:
    """Exactly what was recorded and why, or why nothing was (``hint``: then how to record
    it anyway, on a line of its own)."""
    check = outcome.check
    tz = zone(plan.person.timezone)
    when = f"{check.at.astimezone(tz):%H:%M}"
    amount = f" {check.amount}" if check.amount is not None else ""
    what = f"{check.medication.name}{amount}"
    slot_time = f"{check.slot.at:%H:%M}" if check.slot is not None else ""
    day = format_day(check.slot.day) if check.slot is not None else ""
    if outcome.event is None:
        codes = ", ".join(check.blocking)
        if check.slot is not None:
            # Translators: {what} is a medication and its dose ("baclofen 5 mg"); {codes} are
            # finding codes (never translated); {day} is a date like "Wed 6 Jan 2027".
            text = _(
                "Not recorded: {what} at {time} for the {slot_time} dose of {day} ({codes}). "
                "Nothing was changed."
            )
        elif check.medication.as_needed:
            text = _("Not recorded: {what} at {time} (as needed) ({codes}). Nothing was changed.")
        else:
            text = _(
                "Not recorded: {what} at {time} as an extra dose, outside the schedule "
                "({codes}). Nothing was changed."
            )
        refused = text.format(what=what, time=when, slot_time=slot_time, day=day, codes=codes)
        if not hint:
            return refused
        return (
            refused
            + "\n"
            + _(
                "If you are sure this is right (for example your prescriber told you), run the "
                "same command again with --force; it will be marked in your log."
            )
        )
    note = ""
    if outcome.event.confirmed:
        over = ", ".join(c for c in outcome.confirmed_over if c in check.blocking)
        # Translators: {codes} are finding codes (never translated).
        note = " " + _("It is flagged in your log: recorded with --force over {codes}.").format(
            codes=over
        )
    if check.slot is not None:
        # Translators: {what} is a medication and its dose ("baclofen 5 mg"); {day} is a date
        # like "Wed 6 Jan 2027".
        text = _("Recorded: {what} taken at {time} for the {slot_time} dose of {day}.")
    elif check.medication.as_needed:
        text = _("Recorded: {what} taken at {time} (as needed).")
    else:
        text = _("Recorded: {what} taken at {time} as an extra dose, outside the schedule.")
    return text.format(what=what, time=when, slot_time=slot_time, day=day) + note


def format_take_all_due(plan: Plan, outcomes: Sequence[TakeOutcome]) -> str:
    """``take --all-due``: each dose recorded, then each refused one with its findings."""
    if not outcomes:
        return _("No dose is due now: nothing was recorded.")
    recorded = [o for o in outcomes if o.recorded]
    refused = [o for o in outcomes if not o.recorded]
    lines = []
    for o in recorded:
        line = format_take(plan, o)
        over = [c for c in o.confirmed_over if c in o.check.blocking]
        if over and o.event is not None and not o.event.confirmed:
            # Translators: {codes} are finding codes (never translated).
            line += " " + _("Recorded with --force over {codes}.").format(codes=", ".join(over))
        lines.append(line)
    if refused:
        if lines:
            lines.append("")
        lines.append(
            _("Not recorded ({refused} of {total} due doses):").format(
                refused=len(refused), total=len(outcomes)
            )
        )
        for o in refused:
            lines.append(format_findings(plan, list(o.check.findings), summary=False))
            lines.append(format_take(plan, o, hint=False))
        lines.append(
            _(
                "If you are sure these are right (for example your prescriber told you), run "
                "`medplanner take --all-due --force`; they will be marked in your log."
            )
        )
    lines.append(
        _("Recorded {recorded} of {total} due doses.").format(
            recorded=len(recorded), total=len(outcomes)
        )
    )
    return "\n".join(lines)


def format_status(status: Status) -> str:
    plan = status.current.plan
    tz = zone(plan.person.timezone)
    now = status.at.astimezone(tz)
    lines = []
    if status.red_flags:  # the emergency comes first, before any dose
        from medplanner.diarytext import emergency_banner

        lines += [emergency_banner(status.red_flags, tz), ""]
    lines += [f"{status.current.person} — {format_day(now.date())}, {now:%H:%M} ({tz.key})", ""]
    if not status.slots:
        lines.append(_("No scheduled doses today."))
    for s in status.slots:
        what = f"{s.dose.medication} {s.dose.dose}"
        detail = _(STATE_WORDS[s.state])
        if s.answer is not None:
            # Translators: a dose's state and when it was answered ("taken 08:05").
            detail = _("{state} {time}").format(
                state=detail, time=f"{s.answer.at.astimezone(tz):%H:%M}"
            )
        if s.state == "missed" and status.is_held(s.dose.medication):
            detail = _("missed — do not take it now: see the emergency warning above")
        elif s.state == "missed":
            detail = _missed_advice(s.advice == "take-now", s.coming, status.at)
        if s.state == "upcoming":
            detail = ""
        if s.due_at is not None and s.state in ("upcoming", "due", "missed"):
            wait = _(
                "not before {time}: the clock change moved another dose close to it; wait the "
                "minimum interval"
            ).format(time=f"{s.due_at.astimezone(tz):%H:%M}")
            detail = f"{detail} — {wait}".lstrip(" —")
        lines.append(f"{STATE_SIGNS[s.state]} {s.dose.at:%H:%M}  {what:<28} {detail}".rstrip())
    for prn in status.as_needed:
        med = prn.medication
        last = f"{prn.last_taken.astimezone(tz):%H:%M}" if prn.last_taken else ""
        if med.max_per_day and last:
            # Translators: as-needed doses taken today: {taken} of at most {most}; {last} is
            # the time of the last one.
            taken = _("{taken} of at most {most} today, last {last}")
        elif med.max_per_day:
            taken = _("{taken} of at most {most} today")
        elif last:
            taken = _("{taken} today, last {last}")
        else:
            taken = _("{taken} today")
        count = taken.format(taken=prn.taken_today, most=med.max_per_day, last=last)
        verdict = _("one may be taken now") if not prn.check.refused else _("not now — see below")
        lines.append(
            # Translators: one line per as-needed medication in `medplanner status`; {count}
            # says how many were taken today, {verdict} whether one may be taken now.
            _("As needed: {medication} {dose} — {count}; {verdict}").format(
                medication=med.name, dose=med.dose, count=count, verdict=verdict
            )
        )
    for report in status.stock:
        lines.append(stock_line(plan, report))
    extra = [f for p in status.as_needed if p.check.refused for f in p.check.findings]
    findings = [*status.findings, *extra]
    if findings:
        lines.append("")
        lines.append(format_findings(plan, findings, summary=False))
    return "\n".join(lines)


def _missed_advice(take_now: bool, coming: ScheduledDose | None, at: datetime) -> str:
    """What to do about a missed dose, with when the next one is (if any)."""
    if coming is None:
        if take_now:
            return _("missed — take it now")
        return _("missed — leave it out, take the next as usual")
    if take_now:
        # Translators: {next} says when the next dose is, like "today at 14:00".
        text = _("missed — take it now (next {next})")
    else:
        # Translators: {next} says when the next dose is, like "today at 14:00".
        text = _("missed — leave it out, take the next as usual (next {next})")
    return text.format(next=when_words(coming, at))


def status_json(status: Status) -> dict[str, Any]:
    tz = zone(status.current.plan.person.timezone)
    doses = []
    for s in status.slots:
        doses.append(
            {
                "medication": s.dose.medication,
                "dose": str(s.dose.dose),
                "at": s.dose.at.isoformat(),
                "utc": to_utc_z(s.dose.utc),
                "state": s.state,
                "advice": s.advice,
                "answered_at": s.answer.at.astimezone(tz).isoformat() if s.answer else None,
                "due_at": s.due_at.astimezone(tz).isoformat() if s.due_at else None,
            }
        )
    as_needed = [
        {
            "medication": p.medication.name,
            "dose": str(p.medication.dose),
            "taken_today": p.taken_today,
            "max_per_day": p.medication.max_per_day,
            "last_taken": p.last_taken.astimezone(tz).isoformat() if p.last_taken else None,
            "can_take_now": not p.check.refused,
        }
        for p in status.as_needed
    ]
    return {
        "at": status.at.astimezone(tz).isoformat(),
        "person": status.current.person,
        "doses": doses,
        "as_needed": as_needed,
        "findings": [f.to_json() for f in status.findings],
        "stock": [r.to_json() for r in status.stock],
    }
