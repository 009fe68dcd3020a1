"""The CLI's wording of stock and supply: the status line, ``medplanner stock`` and
``medplanner supply`` (as text and as JSON); import them from :mod:`medplanner.textout`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from medplanner.core.i18n import _, ngettext
from medplanner.core.model import Plan
from medplanner.core.schedule import zone
from medplanner.textbase import SIGNS, format_day, format_findings

if TYPE_CHECKING:
    from datetime import datetime

    from medplanner.core.stock import StockReport
    from medplanner.core.supply import Supply


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
