"""Stock reports: the finding codes, and one medication's report (units on hand, the
run-out along the plan, its finding); importable from :mod:`medplanner.core.stock`, whose
docstring says when each finding is raised.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from medplanner.core import clock
from medplanner.core.checks._words import day as _day
from medplanner.core.checks._words import days as _days
from medplanner.core.checks._words import title
from medplanner.core.checks.makeable import FormOf, form_of, units_per_dose
from medplanner.core.dosing import effective_events
from medplanner.core.events import DoseEvent
from medplanner.core.i18n import N_, _
from medplanner.core.knowledge import PRODUCT_RULE, Drug, KnowledgeBase
from medplanner.core.model import Finding, Form, Plan, Severity
from medplanner.core.record import Record, replace
from medplanner.core.schedule import zone
from medplanner.core.stockcount import (
    Forecast,
    OnHand,
    StockChangeLike,
    _same,
    forecast,
    on_hand,
)
from medplanner.core.stocksettings import (
    RefillSettings,
)
from medplanner.core.units import Amount

#: Finding codes (docs/contract.md, MedPlanner's additions) and their fixed severities.
STOCK_LOW = "stock-low"
STOCK_ABRUPT_STOP = "stock-runs-out-abrupt-stop"
STOCK_SEVERITY: dict[str, Severity] = {STOCK_LOW: "warning", STOCK_ABRUPT_STOP: "danger"}

#: Units of each form, counted (translated where used).
UNIT_WORDS: dict[Form, str] = {
    # Translators: what the stock is counted in, as in "58 capsules of 300 mg".
    "capsule": N_("capsules"),
    # Translators: what the stock is counted in, as in "58 tablets of 5 mg".
    "tablet": N_("tablets"),
    # Translators: what the stock is counted in, as in "58.5 scored tablets of 10 mg".
    "scored-tablet": N_("scored tablets"),
}


def lead_source() -> str:
    """Where the refill lead time comes from (a MedPlanner product rule), in words."""
    # Translators: {rule} is "MedPlanner product rule".
    return _(
        "{rule}: a refill is flagged when the stock runs out within the refill lead "
        "time (7 days unless set otherwise), counted along the plan's upcoming doses"
    ).format(rule=PRODUCT_RULE)


# --------------------------------------------------------------------------- reports


class StockReport(Record):
    """One medication's stock: what is on hand, when it runs out, and any finding."""

    medication: str
    med_index: int
    strength: Amount
    form: FormOf
    on_hand: OnHand
    forecast: Forecast
    needs_taper: bool
    finding: Finding | None = None
    #: The drug's taper length (baclofen 14 days, gabapentinoids 7): the lead time for it is
    #: never shorter, so that the stock cannot run out into an abrupt stop unwarned.
    taper_days: int = 0

    def lead_days(self, settings: RefillSettings) -> int:
        """The refill lead time for this medication: the setting, or its taper if longer."""
        return max(settings.lead_days, self.taper_days)

    @property
    def units(self) -> Decimal:
        return self.on_hand.units

    @property
    def runs_out(self) -> datetime | None:
        return self.forecast.runs_out

    @property
    def severity(self) -> Severity | None:
        return self.finding.severity if self.finding is not None else None

    @property
    def unit_words(self) -> str:
        """``scored tablets of 10 mg``, ``capsules of 300 mg``, ``tablets of 5 mg``."""
        # Translators: {units} is "tablets", "scored tablets" or "capsules"; {strength} an
        # amount like "10 mg".
        return _("{units} of {strength}").format(
            units=_(UNIT_WORDS[self.form.form]), strength=self.strength
        )

    def to_json(self) -> dict[str, Any]:
        """Contract: ``{"medication", "units", "runs_out", "severity"}`` (plus ``strength``)."""
        return {
            "medication": self.medication,
            "units": json_number(self.units),
            "runs_out": self.runs_out.isoformat() if self.runs_out is not None else None,
            "severity": self.severity,
            "strength": str(self.strength),
        }


def json_number(value: Decimal) -> int | float:
    """58.5 -> 58.5, 60 -> 60 (a JSON number; units keep at most a few decimals)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value.quantize(Decimal("0.001")).normalize())


def units_text(value: Decimal) -> str:
    """``58.5``, ``60``, ``0.333`` (at most 3 decimals, no exponent)."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.quantize(Decimal("0.001")).normalize(), "f")


def report(
    plan: Plan,
    med_index: int,
    kb: KnowledgeBase,
    changes: Sequence[StockChangeLike],
    events: Sequence[DoseEvent],
    now: datetime,
    settings: RefillSettings | None = None,
    *,
    grace: timedelta | None = None,
) -> StockReport | None:
    """Everything about one medication's stock at ``now`` (None: no strength or never counted).

    ``events`` are the medication's dose events from the count on (at least), plus those
    around ``now``; ``grace`` is how long an unanswered dose still counts as about to be
    taken (default: the person's missed-dose grace, else 60 minutes).
    """
    settings = settings or RefillSettings()
    med = plan.medications[med_index]
    form = form_of(med, kb)
    if med.strength is None or form is None:
        return None
    have = on_hand(changes, events, med, med.strength)
    if have is None:
        return None
    if grace is None:
        grace = clock.grace(plan.person)
    answered = [
        e.slot
        for e in effective_events(events)
        if e.slot is not None and e.kind in ("taken", "skipped") and _same(e.medication, med)
    ]
    ahead = forecast(plan, med_index, have.units, now - grace, answered=answered)
    drug = kb.lookup(med.name)
    base = StockReport(
        medication=med.name,
        med_index=med_index,
        strength=med.strength,
        form=form,
        on_hand=have,
        forecast=ahead,
        needs_taper=drug is not None and drug.taper is not None,
        taper_days=drug.taper.length_days if drug is not None and drug.taper is not None else 0,
    )
    finding = assess(base, drug, plan, now, settings)
    return base if finding is None else replace(base, finding=finding)


def assess(
    r: StockReport, drug: Drug | None, plan: Plan, now: datetime, settings: RefillSettings
) -> Finding | None:
    """``stock-low`` or ``stock-runs-out-abrupt-stop`` when the run-out is within the lead time.

    An as-needed medication is not forecast; it is flagged when less than one dose is left.
    """
    med = plan.medications[r.med_index]
    tz = zone(plan.person.timezone)
    name = title(r.medication)
    # Translators: a count and what it counts, like "58.5 scored tablets of 10 mg".
    have = _("{count} {units}").format(count=units_text(r.units), units=r.unit_words)
    if r.forecast.as_needed:
        if med.dose is None or r.units >= units_per_dose(med.dose, r.strength):
            return None
        return Finding(
            code=STOCK_LOW,
            severity="warning",
            medication=r.medication,
            message=_(
                "{name} is almost out: {have} left, less than one {dose} dose. "
                "Ask your pharmacist or prescriber for a refill before you need it."
            ).format(name=name, have=have, dose=med.dose),
            # Translators: {rule} is "MedPlanner product rule".
            source=_(
                "{rule}: an as-needed medicine is flagged when less than one dose is left"
            ).format(rule=PRODUCT_RULE),
        )
    run_out = r.forecast.run_out
    if run_out is None:
        return None
    when = run_out.at.astimezone(tz)
    ahead = (when.date() - clock.local_day(now, tz)).days
    lead = r.lead_days(settings)
    if ahead > lead:
        return None
    if ahead == 0:
        # Translators: when a medicine runs out, in brackets after its date and time.
        soon = _("today")
    elif ahead == 1:
        # Translators: when a medicine runs out, in brackets after its date and time.
        soon = _("tomorrow")
    else:
        # Translators: when a medicine runs out, like "in 5 days", in brackets after its date.
        soon = _("in {days}").format(days=_days(ahead))
    what = _(
        "{name} runs out on {day} at {time} ({soon}): along your plan, the {have} on hand "
        "last until then, and the {dose} dose at that time cannot be taken in full."
    ).format(
        name=name,
        day=_day(when.date()),
        time=f"{when:%H:%M}",
        soon=soon,
        have=have,
        dose=run_out.dose.dose,
    )
    ends = (
        _("Your plan goes on until {day}.").format(day=_day(r.forecast.plan_end))
        if r.forecast.plan_end is not None
        else _("Your plan goes on after that.")
    )
    if r.needs_taper and drug is not None and drug.taper is not None:
        # Translators: {what} and {ends} are the sentences before; {why} is the label's
        # reason (not translated).
        message = _(
            "{what} {ends} {why} Get more before then: ask your pharmacist or prescriber for "
            "a refill now. If it cannot come in time, ask your prescriber how to lower "
            "{medication} safely rather than stopping it all at once."
        ).format(what=what, ends=ends, why=drug.taper.why, medication=r.medication)
        taper = drug.taper.max_days or drug.taper.min_days
        # Translators: {lead_source} is the sentence on the refill lead time; {source} is the
        # label's source (not translated).
        source = _(
            "{lead_source}; for a medicine that must be lowered slowly the lead time is never "
            "shorter than its taper ({days}): {source}"
        ).format(lead_source=lead_source(), days=_days(r.taper_days), source=taper.source)
        code = STOCK_ABRUPT_STOP
    else:
        # Translators: {what} and {ends} are the sentences before; {days} is like "7 days".
        message = _(
            "{what} {ends} That is within {days}, the time set aside to get a refill. Ask your "
            "pharmacist or prescriber for a refill now, so that you do not run out."
        ).format(what=what, ends=ends, days=_days(lead))
        source = lead_source()
        code = STOCK_LOW
    return Finding(
        code=code,
        severity=STOCK_SEVERITY[code],
        medication=r.medication,
        message=message,
        source=source,
        date=when.date(),
        time=when.time().replace(tzinfo=None),
    )
