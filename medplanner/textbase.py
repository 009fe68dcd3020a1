"""The CLI's shared wording: a severity as a sign and a word, dates, and the findings list
(used by :mod:`medplanner.textout`, :mod:`medplanner.textdoses` and
:mod:`medplanner.textstock`; import them from :mod:`medplanner.textout`).

Severity is always a sign *and* a word (../shared/ui.md: never colour alone).
"""

from __future__ import annotations

from datetime import date

from medplanner.core import wording
from medplanner.core.i18n import N_, _
from medplanner.core.model import Finding, Plan

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


def format_findings(
    plan: Plan, findings: list[Finding], width: int = 78, *, summary: bool = True
) -> str:
    if not findings:
        return _("{person}: no findings. (MedPlanner checks; your prescriber decides.)").format(
            person=plan.person.name
        )
    import textwrap  # only findings are wrapped

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
