"""Human-readable terminal output for the CLI (schedule, findings).

Severity is always a sign *and* a word (../shared/ui.md: never colour alone).

Every word goes through the gettext catalogue (:mod:`medplanner.core.i18n`); finding
codes, state codes in JSON and every ``*_json`` output stay as they are.

It stays whole at about 400 lines: the stock and supply wording at its end shares
``SIGNS`` and ``format_day`` with the rest, and ``format_status`` shows a stock line, so a
second module would import this one and be imported by it (a cycle).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from medplanner.core import wording
from medplanner.core.doserules import when_words
from medplanner.core.i18n import N_, _, ngettext
from medplanner.core.model import Finding, Plan, ScheduledDose
from medplanner.core.schedule import to_utc_z, zone

if TYPE_CHECKING:
    from datetime import datetime

    from medplanner.core.stock import StockReport
    from medplanner.core.supply import Supply
    from medplanner.service import Status, TakeOutcome

#: A severity as a sign and a word (translate at use: ``_(SIGNS[severity])``).
SIGNS = {
    # Translators: a finding's severity label, after its sign (the highest severity).
    "danger": N_("⛔ Danger"),
    # Translators: a finding's severity label, after its sign.
    "warning": N_("⚠ Warning"),
    # Translators: a finding's severity label, after its sign ("Info" is short for information).
    "info": N_("ⓘ Info"),
}
_HEADINGS = {
    # Translators: the heading of the findings of severity "danger"; {count} is how many.
    "danger": N_("Danger ({count})"),
    # Translators: the heading of the findings of severity "warning"; {count} is how many.
    "warning": N_("Warnings ({count})"),
    # Translators: the heading of the findings of severity "info"; {count} is how many.
    "info": N_("Information ({count})"),
}


def format_day(day: date) -> str:
    """``Mon 4 Jan 2027``: unambiguous in any locale's date order."""
    return wording.weekday_date(day)


def format_day_month(day: date) -> str:
    """``Mon 4 Jan``: a date near today, without the year."""
    return wording.day_month(day)


def format_moment(day: date, time: str) -> str:
    """``Mon 4 Jan 2027 08:00``: a date and a time of day (``time`` as ``HH:MM``)."""
    # Translators: a moment: a date like "Wed 6 Jan 2027" and a time of day like "14:00".
    return _("{date} {time}").format(date=format_day(day), time=time)


def format_schedule(plan: Plan, doses: Iterable[ScheduledDose], start: date, days: int) -> str:
    last = start + timedelta(days=days - 1)
    # Translators: the head of `medplanner schedule`; {zone} is an IANA zone like Europe/Berlin.
    head = _("{person} — times in {zone}").format(
        person=plan.person.name, zone=plan.person.timezone
    )
    # Translators: a range of dates, both like "Wed 6 Jan 2027".
    period = _("{first} to {last}").format(first=format_day(start), last=format_day(last))
    lines = [head, period, ""]
    current: date | None = None
    count = 0
    for d in doses:
        if d.day != current:
            if current is not None:
                lines.append("")
            lines.append(format_day(d.day))
            current = d.day
        note = ""
        if d.shifted:
            note = "   " + _("(clock change: {time} does not exist that day)").format(
                time=f"{d.wall:%H:%M}"
            )
        lines.append(f"  {d.at:%H:%M}  {d.medication} {d.dose}{note}")
        count += 1
    if count == 0:
        lines.append(_("No scheduled doses in these days."))
    return "\n".join(lines)


def format_findings(
    plan: Plan, findings: list[Finding], width: int = 78, *, summary: bool = True
) -> str:
    if not findings:
        return _("{person}: no findings. (MedPlanner checks; your prescriber decides.)").format(
            person=plan.person.name
        )
    lines: list[str] = []
    for severity in ("danger", "warning", "info"):
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        lines.append(_(_HEADINGS[severity]).format(count=len(group)))
        for f in group:
            where = []
            if f.date is not None:
                where.append(format_day(f.date))
            if f.time is not None:
                where.append(f"{f.time:%H:%M}")
            meds = f.medication + (f" + {f.other}" if f.other else "")
            head = f"{_(SIGNS[severity])} [{f.code}] {meds}" + (
                f", {' '.join(where)}" if where else ""
            )
            lines.append(head)
            body = textwrap.fill(f.message, width, initial_indent="    ", subsequent_indent="    ")
            src = textwrap.fill(
                # Translators: {source} is the label or guideline a finding comes from.
                _("Source: {source}").format(source=f.source),
                width,
                initial_indent="    ",
                subsequent_indent="      ",
            )
            lines.extend([body, src, ""])
    if not summary:
        return "\n".join(lines).rstrip("\n")
    counts = {s: sum(f.severity == s for f in findings) for s in ("danger", "warning", "info")}
    lines.append(
        # Translators: the counts of findings by severity, after `medplanner check`.
        _(
            "{danger} danger, {warning} warning, {info} info. "
            "MedPlanner checks; your prescriber or pharmacist decides."
        ).format(danger=counts["danger"], warning=counts["warning"], info=counts["info"])
    )
    return "\n".join(lines)


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


# --------------------------------------------------------------------------- stock


def _when(plan: Plan, at: datetime) -> str:
    local = at.astimezone(zone(plan.person.timezone))
    # Translators: a moment: a date like "Wed 6 Jan 2027" and a time of day like "14:00".
    return _("{date} at {time}").format(date=format_day(local.date()), time=f"{local:%H:%M}")


def stock_line(plan: Plan, report: StockReport) -> str:
    """One status line: ``Stock: baclofen 33 scored tablets of 10 mg — runs out … ⛔ Danger``."""
    from medplanner.core.stock import units_text

    have = f"{report.medication} {units_text(report.units)} {report.unit_words}"
    if report.forecast.as_needed:
        # Translators: a medication's stock outlook in `medplanner status`.
        outlook = _("as needed, not forecast")
    elif report.runs_out is not None:
        # Translators: a medication's stock outlook; {when} is like "Wed 6 Jan 2027 at 08:00".
        outlook = _("runs out {when}").format(when=_when(plan, report.runs_out))
    else:
        # Translators: a medication's stock outlook in `medplanner status`.
        outlook = _("lasts to the end of the plan")
    sign = f"  {_(SIGNS[report.severity])}" if report.severity is not None else ""
    # Translators: {have} is a medication and its units on hand ("baclofen 33 scored tablets
    # of 10 mg"); {outlook} says when they run out.
    return _("Stock: {have} — {outlook}").format(have=have, outlook=outlook) + sign


def format_stock(
    plan: Plan,
    report: StockReport | None,
    medication: str,
    at: datetime,
    *,
    changed: str | None = None,
) -> str:
    """``medplanner stock``: units on hand, how that adds up, and the run-out along the plan."""
    from medplanner.core.stock import units_text

    if report is None:
        return _(
            "{medication}: not counted yet. Count the tablets or capsules you have, then run "
            "medplanner stock {medication} --set N."
        ).format(medication=medication)
    have = report.on_hand
    lines: list[str] = []
    if changed == "set":
        lines.append(
            # Translators: {units} is a number of tablets or capsules; {when} a date and time.
            _("Recorded: {units} on hand at {when}.").format(
                units=units_text(have.counted), when=_when(plan, at)
            )
        )
    elif changed == "add":
        lines.append(_("Recorded: a refill, at {when}.").format(when=_when(plan, at)))
    lines.append(
        # Translators: {units} is a number; {unit_words} what they are ("scored tablets of
        # 10 mg"); {when} a date and time.
        _("{medication}: {units} {unit_words} on hand (as of {when}).").format(
            medication=report.medication,
            units=units_text(report.units),
            unit_words=report.unit_words,
            when=_when(plan, at),
        )
    )
    # Translators: one part of how the stock adds up; {units} is a number of tablets.
    counted = _("counted {units} on {when}")
    parts = [counted.format(units=units_text(have.counted), when=_when(plan, have.counted_at))]
    if have.added:
        # Translators: one part of how the stock adds up; {units} is a number of tablets.
        parts.append(_("{units} added since").format(units=units_text(have.added)))
    doses = ngettext("{n} dose", "{n} doses", have.doses_taken).format(n=have.doses_taken)
    parts.append(
        # Translators: one part of how the stock adds up; {doses} is like "3 doses".
        _("{units} taken since ({doses} in your log)").format(
            units=units_text(have.taken), doses=doses
        )
    )
    lines.append("  " + "; ".join(parts) + ".")
    if have.overdrawn:
        lines.append(
            "  "
            + _(
                "Your log shows {units} more taken than were counted: please count them "
                "again (medplanner stock {medication} --set N)."
            ).format(units=units_text(have.overdrawn), medication=report.medication)
        )
    run_out = report.forecast.run_out
    if report.forecast.as_needed:
        lines.append(_("Taken as needed, so there is no run-out date along the plan."))
    elif run_out is not None:
        lines.append(
            # Translators: {when} is a date and time; {dose} a dose like "300 mg"; {needed}
            # and {left} are numbers of tablets or capsules.
            _(
                "Along your plan it runs out {when}: that {dose} dose needs {needed}, and "
                "{left} would be left."
            ).format(
                when=_when(plan, run_out.at),
                dose=run_out.dose.dose,
                needed=units_text(run_out.needed),
                left=units_text(run_out.left),
            )
        )
    elif report.forecast.beyond_horizon:
        lines.append(_("Along your plan it lasts more than ten years."))
    else:
        end = report.forecast.plan_end
        if end is not None:
            lines.append(
                _("Along your plan it lasts to the end of the plan (last day {day}).").format(
                    day=format_day(end)
                )
            )
        else:
            lines.append(_("Along your plan it lasts to the end of the plan."))
    if report.finding is not None:
        lines.append("")
        lines.append(format_findings(plan, [report.finding], summary=False))
    return "\n".join(lines)


def format_supply(person: str, start: date, weeks: int, supplies: Sequence[Supply]) -> str:
    """``medplanner supply``: what to ask for, per medication and strength."""
    from medplanner.core.supply import SPLIT_RULE

    last = start + timedelta(days=weeks * 7 - 1)
    lines = [
        # Translators: the head of `medplanner supply`; {first} and {last} are dates.
        ngettext(
            "{person} — what the plan's doses use from {first} to {last} ({weeks} week), not "
            "counting what is on hand",
            "{person} — what the plan's doses use from {first} to {last} ({weeks} weeks), not "
            "counting what is on hand",
            weeks,
        ).format(person=person, first=format_day(start), last=format_day(last), weeks=weeks),
        "",
    ]
    for s in supplies:
        name = s.medication.name
        if not s.doses:
            if s.as_needed:
                text = _("{medication}: as needed, no daily most in the plan in this period.")
            else:
                text = _("{medication}: no doses in this period.")
            lines.append(text.format(medication=name))
            continue
        if not s.products:
            lines.append(
                _('{medication}: no strength is known: add strength = "..." to the plan.').format(
                    medication=name
                )
            )
            continue
        # Translators: what to ask the pharmacist for, when no unit is needed.
        ask = ", ".join(f"{n} × {p.label}" for p, n in s.units.items()) or _("nothing")
        if s.as_needed:
            # Translators: {ask} lists units per strength, like "42 × 300 mg capsule".
            text = _("{medication}: ask for {ask} (at most, if taken as often as the plan allows)")
        else:
            # Translators: {ask} lists units per strength, like "42 × 300 mg capsule".
            text = _("{medication}: ask for {ask}")
        lines.append(text.format(medication=name, ask=ask))
        for d in s.doses:
            if d.made_of is None:
                lines.append(
                    "  "
                    # Translators: {dose} is a dose like "450 mg", {count} how often it is in
                    # the plan; {strengths} lists the strengths it comes in.
                    + _(
                        "⚠ Warning: {dose} ({count}×) cannot be made from {strengths}: ask "
                        "your prescriber or pharmacist which strength to use."
                    ).format(
                        dose=d.dose,
                        count=d.count,
                        strengths=", ".join(p.label for p in s.products),
                    )
                )
                continue
            made = " + ".join(
                f"{'½' if p.half and p.count == 1 else p.units} × {p.product.label}"
                for p in d.made_of
            )
            lines.append(f"  {d.dose} ({d.count}×): {made}")
    # Translators: {rule} says which tablets MedPlanner breaks (only scored ones, in half).
    lines += ["", _("Splitting: {rule}.").format(rule=_(SPLIT_RULE))]
    return "\n".join(lines)


def supply_json(person: str, start: date, weeks: int, supplies: Sequence[Supply]) -> dict[str, Any]:
    return {
        "person": person,
        "from": start.isoformat(),
        "weeks": weeks,
        "medications": [
            {
                "medication": s.medication.name,
                "as_needed": s.as_needed,
                "ask_for": [
                    {"strength": str(p.strength), "form": p.form, "units": n}
                    for p, n in s.units.items()
                ],
                "doses": [
                    {
                        "dose": str(d.dose),
                        "count": d.count,
                        "made_of": None
                        if d.made_of is None
                        else [
                            {
                                "strength": str(p.product.strength),
                                "form": p.product.form,
                                "units": float(p.units),
                            }
                            for p in d.made_of
                        ],
                    }
                    for d in s.doses
                ],
            }
            for s in supplies
        ],
    }
