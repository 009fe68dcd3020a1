"""Writing a plan back as ``medplanner-plan/1`` TOML (:mod:`tomli_w`); load -> dump -> load
gives an equal plan. :mod:`medplanner.core.plan` re-exports :func:`dumps` and :func:`to_dict`."""

from __future__ import annotations

from datetime import time
from decimal import Decimal
from typing import Any

from medplanner.core.model import (
    WEEKDAYS,
    Medication,
    Plan,
    Step,
)
from medplanner.core.planfields import PERSON_KEYS


def dumps(plan: Plan) -> str:
    """The plan as ``medplanner-plan/1`` TOML text."""
    import tomli_w  # only writing needs it: ``check`` and ``import`` never load it

    return tomli_w.dumps(to_dict(plan))


def to_dict(plan: Plan) -> dict[str, Any]:
    p = plan.person
    person: dict[str, Any] = {"name": p.name, "timezone": p.timezone}
    if p.wake is not None:
        person["wake"] = _hhmm(p.wake)
    if p.bedtime is not None:
        person["bedtime"] = _hhmm(p.bedtime)
    for key in PERSON_KEYS:  # the rest, in the file's order
        value = getattr(p, key)
        if key not in person and value is not None:
            person[key] = _num(value) if isinstance(value, Decimal) else value
    if p.dialysis:
        person["dialysis"] = True
    for key in ("kidney_measured", "next_review"):
        if getattr(p, key) is not None:
            person[key] = getattr(p, key)
    out: dict[str, Any] = {"format": plan.format, "person": person}
    if plan.medications:
        out["medications"] = [_med_dict(m) for m in plan.medications]
    return out


def _med_dict(m: Medication) -> dict[str, Any]:
    d: dict[str, Any] = {"name": m.name}
    if m.strength is not None:
        d["strength"] = str(m.strength)
    if m.form is not None:
        d["form"] = m.form
    if m.start is not None:
        d["start"] = m.start
    if m.stop is not None:
        d["stop"] = m.stop
    if m.as_needed:
        d["as_needed"] = True
        if m.dose is not None:
            d["dose"] = str(m.dose)
        if m.max_per_day is not None:
            d["max_per_day"] = m.max_per_day
        if m.min_interval_hours is not None:
            d["min_interval_hours"] = _num(m.min_interval_hours)
        return d
    if m.continuing:
        d["continuing"] = True
    if len(m.steps) == 1 and m.steps[0].start == m.start:
        d.update(_step_dict(m.steps[0], with_from=False))
    else:
        d["steps"] = [_step_dict(s, with_from=True) for s in m.steps]
    return d


def _step_dict(s: Step, *, with_from: bool) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if with_from:
        d["from"] = s.start
    doses = {str(t.dose) for t in s.times}
    if len(doses) == 1:
        d["dose"] = doses.pop()
        d["times"] = [_hhmm(t.at) for t in s.times]
    else:
        d["times"] = [{"at": _hhmm(t.at), "dose": str(t.dose)} for t in s.times]
    if s.weekdays is not None:
        d["weekdays"] = [WEEKDAYS[i] for i in s.weekdays]
    if s.every_n_days is not None:
        d["every_n_days"] = s.every_n_days
    return d


def _hhmm(t: time) -> str:
    return t.strftime("%H:%M")


def _num(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)
