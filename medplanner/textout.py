"""Human-readable terminal output for the CLI (schedule, findings).

Severity is always a sign *and* a word (ui.md: never colour alone).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from datetime import date, timedelta

from medplanner.core.model import Finding, Plan, ScheduledDose

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


def format_findings(plan: Plan, findings: list[Finding], width: int = 78) -> str:
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
    counts = {s: sum(f.severity == s for f in findings) for s in ("danger", "warning", "info")}
    lines.append(
        f"{counts['danger']} danger, {counts['warning']} warning, {counts['info']} info. "
        "MedPlanner checks; your prescriber or pharmacist decides."
    )
    return "\n".join(lines)
