"""Human-readable terminal output for the CLI (schedule, findings).

Severity is always a sign *and* a word (../shared/ui.md: never colour alone).

It stays whole at about 400 lines: the stock and supply wording at its end shares
``SIGNS`` and ``format_day`` with the rest, and ``format_status`` shows a stock line, so a
second module would import this one and be imported by it (a cycle).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from medplanner.core.doserules import when_words
from medplanner.core.model import Finding, Plan, ScheduledDose
from medplanner.core.schedule import to_utc_z, zone

if TYPE_CHECKING:
    from datetime import datetime

    from medplanner.core.stock import StockReport
    from medplanner.core.supply import Supply
    from medplanner.service import Status, TakeOutcome

SIGNS = {"danger": "⛔ Danger", "warning": "⚠ Warning", "info": "ⓘ Info"}
_HEADINGS = {"danger": "Danger", "warning": "Warnings", "info": "Information"}


def format_day(day: date) -> str:
    """``Mon 4 Jan 2027``: unambiguous in any locale's date order."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def format_schedule(plan: Plan, doses: Iterable[ScheduledDose], start: date, days: int) -> str:
    last = start + timedelta(days=days - 1)
    head = f"{plan.person.name} — times in {plan.person.timezone}"
    lines = [head, f"{format_day(start)} to {format_day(last)}", ""]
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
            note = f"   (clock change: {d.wall:%H:%M} does not exist that day)"
        lines.append(f"  {d.at:%H:%M}  {d.medication} {d.dose}{note}")
        count += 1
    if count == 0:
        lines.append("No scheduled doses in these days.")
    return "\n".join(lines)


def format_findings(
    plan: Plan, findings: list[Finding], width: int = 78, *, summary: bool = True
) -> str:
    if not findings:
        return f"{plan.person.name}: no findings. (MedPlanner checks; your prescriber decides.)"
    lines: list[str] = []
    for severity in ("danger", "warning", "info"):
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        lines.append(f"{_HEADINGS[severity]} ({len(group)})")
        for f in group:
            where = []
            if f.date is not None:
                where.append(format_day(f.date))
            if f.time is not None:
                where.append(f"{f.time:%H:%M}")
            meds = f.medication + (f" + {f.other}" if f.other else "")
            head = f"{SIGNS[severity]} [{f.code}] {meds}" + (
                f", {' '.join(where)}" if where else ""
            )
            lines.append(head)
            body = textwrap.fill(f.message, width, initial_indent="    ", subsequent_indent="    ")
            src = textwrap.fill(
                f"Source: {f.source}", width, initial_indent="    ", subsequent_indent="      "
            )
            lines.extend([body, src, ""])
    if not summary:
        return "\n".join(lines).rstrip("\n")
    counts = {s: sum(f.severity == s for f in findings) for s in ("danger", "warning", "info")}
    lines.append(
        f"{counts['danger']} danger, {counts['warning']} warning, {counts['info']} info. "
        "MedPlanner checks; your prescriber or pharmacist decides."
    )
    return "\n".join(lines)


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


def format_take(plan: Plan, outcome: TakeOutcome) -> str:
    """Exactly what was recorded and why, or why nothing was."""
    check = outcome.check
    tz = zone(plan.person.timezone)
    when = check.at.astimezone(tz)
    amount = f" {check.amount}" if check.amount is not None else ""
    what = f"{check.medication.name}{amount}"
    if check.slot is not None:
        slot = f" for the {check.slot.at:%H:%M} dose of {format_day(check.slot.day)}"
    elif check.medication.as_needed:
        slot = " (as needed)"
    else:
        slot = " as an extra dose, outside the schedule"
    if outcome.event is None:
        codes = ", ".join(check.blocking)
        return (
            f"Not recorded: {what} at {when:%H:%M}{slot} ({codes}). Nothing was changed.\n"
            "If you are sure this is right (for example your prescriber told you), run the "
            "same command again with --force; it will be marked in your log."
        )
    note = ""
    if outcome.event.confirmed:
        over = ", ".join(c for c in outcome.confirmed_over if c in check.blocking)
        note = f" It is flagged in your log: recorded with --force over {over}."
    return f"Recorded: {what} taken at {when:%H:%M}{slot}.{note}"


def format_take_all_due(plan: Plan, outcomes: Sequence[TakeOutcome]) -> str:
    """``take --all-due``: each dose recorded, then each refused one with its findings."""
    if not outcomes:
        return "No dose is due now: nothing was recorded."
    recorded = [o for o in outcomes if o.recorded]
    refused = [o for o in outcomes if not o.recorded]
    lines = []
    for o in recorded:
        line = format_take(plan, o)
        over = [c for c in o.confirmed_over if c in o.check.blocking]
        if over and o.event is not None and not o.event.confirmed:
            line += f" Recorded with --force over {', '.join(over)}."
        lines.append(line)
    if refused:
        if lines:
            lines.append("")
        lines.append(f"Not recorded ({len(refused)} of {len(outcomes)} due doses):")
        for o in refused:
            lines.append(format_findings(plan, list(o.check.findings), summary=False))
            lines.append(format_take(plan, o).split("\n", 1)[0])
        lines.append(
            "If you are sure these are right (for example your prescriber told you), run "
            "`medplanner take --all-due --force`; they will be marked in your log."
        )
    lines.append(f"Recorded {len(recorded)} of {len(outcomes)} due doses.")
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
        lines.append("No scheduled doses today.")
    for s in status.slots:
        what = f"{s.dose.medication} {s.dose.dose}"
        detail: str = s.state
        if s.answer is not None:
            detail = f"{s.state} {s.answer.at.astimezone(tz):%H:%M}"
        if s.state == "missed" and status.is_held(s.dose.medication):
            detail = "missed — do not take it now: see the emergency warning above"
        elif s.state == "missed":
            nxt = f" (next {when_words(s.coming, status.at)})" if s.coming is not None else ""
            detail = (
                f"missed — take it now{nxt}"
                if s.advice == "take-now"
                else f"missed — leave it out, take the next as usual{nxt}"
            )
        if s.state == "upcoming":
            detail = ""
        if s.due_at is not None and s.state in ("upcoming", "due", "missed"):
            detail = (
                f"{detail} — not before {s.due_at.astimezone(tz):%H:%M}: the clock change "
                "moved another dose close to it; wait the minimum interval"
            ).lstrip(" —")
        lines.append(f"{STATE_SIGNS[s.state]} {s.dose.at:%H:%M}  {what:<28} {detail}".rstrip())
    for prn in status.as_needed:
        med = prn.medication
        last = f", last {prn.last_taken.astimezone(tz):%H:%M}" if prn.last_taken else ""
        limit = f" of at most {med.max_per_day}" if med.max_per_day else ""
        verdict = "one may be taken now" if not prn.check.refused else "not now — see below"
        lines.append(
            f"As needed: {med.name} {med.dose} — {prn.taken_today}{limit} today{last}; {verdict}"
        )
    for report in status.stock:
        lines.append(stock_line(plan, report))
    extra = [f for p in status.as_needed if p.check.refused for f in p.check.findings]
    findings = [*status.findings, *extra]
    if findings:
        lines.append("")
        lines.append(format_findings(plan, findings, summary=False))
    return "\n".join(lines)


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
    return f"{format_day(local.date())} at {local:%H:%M}"


def stock_line(plan: Plan, report: StockReport) -> str:
    """One status line: ``Stock: baclofen 33 scored tablets of 10 mg — runs out … ⛔ Danger``."""
    from medplanner.core.stock import units_text

    have = f"{report.medication} {units_text(report.units)} {report.unit_words}"
    if report.forecast.as_needed:
        outlook = "as needed, not forecast"
    elif report.runs_out is not None:
        outlook = f"runs out {_when(plan, report.runs_out)}"
    else:
        outlook = "lasts to the end of the plan"
    sign = f"  {SIGNS[report.severity]}" if report.severity is not None else ""
    return f"Stock: {have} — {outlook}{sign}"


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
        return (
            f"{medication}: not counted yet. Count the tablets or capsules you have, then run "
            f"medplanner stock {medication} --set N."
        )
    have = report.on_hand
    lines: list[str] = []
    if changed == "set":
        lines.append(f"Recorded: {units_text(have.counted)} on hand at {_when(plan, at)}.")
    elif changed == "add":
        lines.append(f"Recorded: a refill, at {_when(plan, at)}.")
    lines.append(
        f"{report.medication}: {units_text(report.units)} {report.unit_words} on hand "
        f"(as of {_when(plan, at)})."
    )
    parts = [f"counted {units_text(have.counted)} on {_when(plan, have.counted_at)}"]
    if have.added:
        parts.append(f"{units_text(have.added)} added since")
    doses = f"{have.doses_taken} dose" + ("s" if have.doses_taken != 1 else "")
    parts.append(f"{units_text(have.taken)} taken since ({doses} in your log)")
    lines.append("  " + "; ".join(parts) + ".")
    if have.overdrawn:
        lines.append(
            f"  Your log shows {units_text(have.overdrawn)} more taken than were counted: please "
            f"count them again (medplanner stock {report.medication} --set N)."
        )
    run_out = report.forecast.run_out
    if report.forecast.as_needed:
        lines.append("Taken as needed, so there is no run-out date along the plan.")
    elif run_out is not None:
        lines.append(
            f"Along your plan it runs out {_when(plan, run_out.at)}: that "
            f"{run_out.dose.dose} dose needs {units_text(run_out.needed)}, and "
            f"{units_text(run_out.left)} would be left."
        )
    elif report.forecast.beyond_horizon:
        lines.append("Along your plan it lasts more than ten years.")
    else:
        end = report.forecast.plan_end
        last = f" (last day {format_day(end)})" if end is not None else ""
        lines.append(f"Along your plan it lasts to the end of the plan{last}.")
    if report.finding is not None:
        lines.append("")
        lines.append(format_findings(plan, [report.finding], summary=False))
    return "\n".join(lines)


def format_supply(person: str, start: date, weeks: int, supplies: Sequence[Supply]) -> str:
    """``medplanner supply``: what to ask for, per medication and strength."""
    from medplanner.core.supply import SPLIT_RULE

    last = start + timedelta(days=weeks * 7 - 1)
    lines = [
        f"{person} — what the plan's doses use from {format_day(start)} to {format_day(last)} "
        f"({weeks} week{'s' if weeks != 1 else ''}), not counting what is on hand",
        "",
    ]
    for s in supplies:
        name = s.medication.name
        if not s.doses:
            what = "as needed, no daily most in the plan" if s.as_needed else "no doses"
            lines.append(f"{name}: {what} in this period.")
            continue
        if not s.products:
            lines.append(f'{name}: no strength is known: add strength = "..." to the plan.')
            continue
        ask = ", ".join(f"{n} × {p.label}" for p, n in s.units.items())
        most = " (at most, if taken as often as the plan allows)" if s.as_needed else ""
        lines.append(f"{name}: ask for {ask or 'nothing'}{most}")
        for d in s.doses:
            if d.made_of is None:
                lines.append(
                    f"  ⚠ Warning: {d.dose} ({d.count}×) cannot be made from "
                    + ", ".join(p.label for p in s.products)
                    + ": ask your prescriber or pharmacist which strength to use."
                )
                continue
            made = " + ".join(
                f"{'½' if p.half and p.count == 1 else p.units} × {p.product.label}"
                for p in d.made_of
            )
            lines.append(f"  {d.dose} ({d.count}×): {made}")
    lines += ["", f"Splitting: {SPLIT_RULE}."]
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
