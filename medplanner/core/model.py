"""The domain model: frozen records for a person's plan and its doses.

A :class:`Plan` is what a prescriber ordered for one person, as typed in.
Plan files (``core.plan``) load into it; the schedule (``core.schedule``)
expands it into :class:`ScheduledDose` instants; the checks read it.
"""

from __future__ import annotations

import datetime as _dt
from datetime import date, datetime, time
from decimal import Decimal
from functools import cached_property
from typing import Literal, get_args

from medplanner.core.i18n import _
from medplanner.core.plankeys import KIDNEY_KEYS, PERSON_KEYS
from medplanner.core.record import Record
from medplanner.core.units import Amount, total

PLAN_FORMAT = "medplanner-plan/1"

Severity = Literal["info", "warning", "danger"]
SEVERITY_RANK: dict[str, int] = {"danger": 0, "warning": 1, "info": 2}

Sex = Literal["female", "male"]
Form = Literal["capsule", "tablet", "scored-tablet"]
FORMS: tuple[Form, ...] = get_args(Form)

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Person(Record):
    """Who the plan is for, and where their day is."""

    _fields = (*PERSON_KEYS, *KIDNEY_KEYS)  # the plan file's [person] keys, in its order

    name: str
    timezone: str  # IANA key, e.g. "Europe/Berlin"
    wake: time | None
    bedtime: time | None
    crcl_ml_min: Decimal | None
    age_years: Decimal | None
    weight_kg: Decimal | None
    sex: Sex | None
    serum_creatinine_mg_dl: Decimal | None
    #: Product rule: sedating doses closer than this are flagged (contract §3).
    stagger_window_minutes: int | None
    #: Product rule: a dose is missed this long after its time (contract §4).
    missed_grace_minutes: int | None
    #: On haemodialysis (contract §1): rules per the drug's label.
    dialysis: bool
    #: When the clearance or creatinine was measured, and the next visit (contract §1).
    kidney_measured: date | None
    next_review: date | None

    def __init__(
        self,
        name: str,
        timezone: str,
        wake: time | None = None,
        bedtime: time | None = None,
        crcl_ml_min: Decimal | None = None,
        age_years: Decimal | None = None,
        weight_kg: Decimal | None = None,
        sex: Sex | None = None,
        serum_creatinine_mg_dl: Decimal | None = None,
        stagger_window_minutes: int | None = None,
        missed_grace_minutes: int | None = None,
        dialysis: bool = False,
        kidney_measured: date | None = None,
        next_review: date | None = None,
    ) -> None:
        self.__dict__.update(
            name=name,
            timezone=timezone,
            wake=wake,
            bedtime=bedtime,
            crcl_ml_min=crcl_ml_min,
            age_years=age_years,
            weight_kg=weight_kg,
            sex=sex,
            serum_creatinine_mg_dl=serum_creatinine_mg_dl,
            stagger_window_minutes=stagger_window_minutes,
            missed_grace_minutes=missed_grace_minutes,
            dialysis=dialysis,
            kidney_measured=kidney_measured,
            next_review=next_review,
        )


class DoseTime(Record):
    """One time of day in a step, with the dose taken then."""

    at: time
    dose: Amount

    def __init__(self, at: time, dose: Amount) -> None:
        self.__dict__.update(at=at, dose=dose)


class Step(Record):
    """A titration or taper step: from ``start`` until the next step (or the stop)."""

    start: date  # the plan file's `from`
    times: tuple[DoseTime, ...]
    weekdays: tuple[int, ...] | None  # 0 = Monday, as date.weekday()
    every_n_days: int | None

    def __init__(
        self,
        start: date,
        times: tuple[DoseTime, ...],
        weekdays: tuple[int, ...] | None = None,
        every_n_days: int | None = None,
    ) -> None:
        if every_n_days is not None and every_n_days < 1:
            raise ValueError(_("every_n_days must be 1 or more, not {n}").format(n=every_n_days))
        if weekdays is not None and not set(weekdays) <= set(range(7)):
            raise ValueError(
                _("weekdays must be 0 (Monday) to 6, not {weekdays}").format(weekdays=weekdays)
            )
        self.__dict__.update(start=start, times=times, weekdays=weekdays, every_n_days=every_n_days)

    def daily_total(self) -> Amount:
        """The sum of the step's doses on a day it applies (cached: steps are immutable)."""
        return self._daily_total

    @cached_property
    def _daily_total(self) -> Amount:
        return total([t.dose for t in self.times])

    def applies_on(self, day: date) -> bool:
        """Whether this step's times fall on ``day`` (weekday / every-n-days rules)."""
        if self.weekdays is not None and day.weekday() not in self.weekdays:
            return False
        return not (self.every_n_days is not None and (day - self.start).days % self.every_n_days)


class Medication(Record):
    """One entry of the plan, scheduled (with steps) or as needed."""

    name: str
    start: date | None
    stop: date | None
    steps: tuple[Step, ...]
    strength: Amount | None
    form: Form | None
    continuing: bool
    as_needed: bool
    dose: Amount | None  # as-needed dose
    max_per_day: int | None
    min_interval_hours: Decimal | None

    def __init__(
        self,
        name: str,
        start: date | None = None,
        stop: date | None = None,
        steps: tuple[Step, ...] = (),
        strength: Amount | None = None,
        form: Form | None = None,
        continuing: bool = False,
        as_needed: bool = False,
        dose: Amount | None = None,
        max_per_day: int | None = None,
        min_interval_hours: Decimal | None = None,
    ) -> None:
        if max_per_day is not None and max_per_day < 1:
            raise ValueError(_("max_per_day must be 1 or more, not {n}").format(n=max_per_day))
        if min_interval_hours is not None and min_interval_hours < 0:
            raise ValueError(
                _("min_interval_hours must not be negative: {hours}").format(
                    hours=min_interval_hours
                )
            )
        self.__dict__.update(
            name=name,
            start=start,
            stop=stop,
            steps=steps,
            strength=strength,
            form=form,
            continuing=continuing,
            as_needed=as_needed,
            dose=dose,
            max_per_day=max_per_day,
            min_interval_hours=min_interval_hours,
        )

    def step_on(self, day: date) -> Step | None:
        """The step in force on ``day`` (ignoring weekday rules), or None."""
        if self.as_needed or self.start is None or day < self.start:
            return None
        if self.stop is not None and day > self.stop:
            return None
        current: Step | None = None
        for step in self.steps:
            if step.start <= day:
                current = step
            else:
                break
        return current

    def end_of_step(self, index: int) -> date | None:
        """The last day of step ``index`` (None when it runs open-ended)."""
        from datetime import timedelta

        if index + 1 < len(self.steps):
            return self.steps[index + 1].start - timedelta(days=1)
        return self.stop


class Plan(Record):
    """A person's whole plan, as in one ``medplanner-plan/1`` file."""

    person: Person
    medications: tuple[Medication, ...]
    format: str

    def __init__(
        self,
        person: Person,
        medications: tuple[Medication, ...] = (),
        format: str = PLAN_FORMAT,
    ) -> None:
        self.__dict__.update(person=person, medications=medications, format=format)


class ScheduledDose(Record):
    """One dose at one instant: what the schedule expands a plan into.

    ``slot`` identifies it for the dose log: (medication index, local date,
    scheduled wall time), stable however the zone's offsets fall.
    """

    medication: str
    med_index: int
    dose: Amount
    at: datetime  # aware, in the person's zone
    utc: datetime  # aware, UTC
    day: date  # the local day it belongs to
    wall: time  # the scheduled wall time (``at`` differs on a gap day)

    def __init__(
        self,
        medication: str,
        med_index: int,
        dose: Amount,
        at: datetime,
        utc: datetime,
        day: date,
        wall: time,
    ) -> None:
        self.__dict__.update(
            medication=medication,
            med_index=med_index,
            dose=dose,
            at=at,
            utc=utc,
            day=day,
            wall=wall,
        )

    @property
    def slot(self) -> tuple[int, date, time]:
        return (self.med_index, self.day, self.wall)

    @property
    def shifted(self) -> bool:
        """True when the wall time did not exist that day and was moved forward."""
        return self.at.time().replace(tzinfo=None) != self.wall or self.at.date() != self.day


class Finding(Record):
    """One result of a check: what, why, and where it comes from."""

    code: str
    severity: Severity
    medication: str
    message: str
    source: str
    other: str | None
    date: _dt.date | None
    time: _dt.time | None

    def __init__(
        self,
        code: str,
        severity: Severity,
        medication: str,
        message: str,
        source: str,
        other: str | None = None,
        date: _dt.date | None = None,
        time: _dt.time | None = None,
    ) -> None:
        self.__dict__.update(
            code=code,
            severity=severity,
            medication=medication,
            message=message,
            source=source,
            other=other,
            date=date,
            time=time,
        )

    def sort_key(self) -> tuple[int, _dt.date, str, str, str]:
        return (
            SEVERITY_RANK[self.severity],
            self.date or _dt.date.min,
            self.medication.casefold(),
            self.code,
            self.other or "",
        )

    def to_json(self) -> dict[str, str]:
        out = {
            "code": self.code,
            "severity": self.severity,
            "medication": self.medication,
        }
        if self.other is not None:
            out["other"] = self.other
        if self.date is not None:
            out["date"] = self.date.isoformat()
        if self.time is not None:
            out["time"] = self.time.strftime("%H:%M")
        out["message"] = self.message
        out["source"] = self.source
        return out


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Contract §2: by severity (danger first), then date, then medication."""
    return sorted(findings, key=Finding.sort_key)
