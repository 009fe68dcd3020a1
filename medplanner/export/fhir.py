"""The plan as a FHIR R4 ``Bundle`` of ``MedicationRequest`` resources (contract §2,
``export --format fhir``), for a clinic's record.

Plain dicts and ``json``: no runtime dependency on a FHIR library. The tests validate the
output with the maintained ``fhir.resources`` package (its ``fhir.resources.R4B`` models:
``Bundle``, ``Patient``, ``MedicationRequest`` and ``Dosage``, whose R4B definitions match
R4's for these resources).

Shape:

* a ``collection`` Bundle: one ``Patient`` (the plan's person, by name), then one
  ``MedicationRequest`` per plan entry (``active``; ``completed`` once its ``stop`` day
  has passed at ``stamp``), each ``reportedBoolean: true`` (entered by the
  person or a caregiver from the prescriber's order, not sent by the prescriber's system);
* each titration/taper step is a ``Dosage`` with ``sequence`` = the step's number (1, 2 …);
  a step whose times carry different doses gives one ``Dosage`` per dose, with the same
  ``sequence`` (FHIR: the same sequence means concurrent instructions);
* ``timing.repeat``: ``boundsPeriod`` (the step's first and last day), ``frequency`` /
  ``period`` / ``periodUnit`` (per day, or per N days), ``timeOfDay``, ``dayOfWeek``;
* ``doseAndRate[0].doseQuantity`` in UCUM (mg, ug, g); ``maxDosePerPeriod``: the knowledge
  base's daily maximum per 1 day, where it has one;
* an as-needed medication: ``asNeededBoolean``, its dose, ``maxDosePerPeriod`` from
  ``max_per_day`` (and the daily maximum as a second limit in the text), and its minimum
  interval in the text.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from medplanner.core import wording
from medplanner.core.clock import today as today_of
from medplanner.core.i18n import N_, _
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import WEEKDAYS, Medication, Plan, Step
from medplanner.core.units import Amount

UCUM = "http://unitsofmeasure.org"
_UCUM_CODE = {"mg": "mg", "mcg": "ug", "g": "g"}
#: Keeps identifiers stable across exports of the same plan (RFC 4122 name-based UUIDs).
_NAMESPACE = uuid.UUID("6f0c6a43-2b7e-4a4e-9a59-1f3c8e7d2a10")

NOTE = N_(
    "Exported from MedPlanner: the plan as the person entered it from the prescriber's "
    "order. It is not a prescription."
)


def to_fhir(plan: Plan, kb: KnowledgeBase, *, stamp: datetime) -> dict[str, Any]:
    """The Bundle as a JSON-ready dict; ``stamp`` (aware) is the Bundle's timestamp."""
    patient_url = _urn("patient", plan.person.name)
    entries: list[dict[str, Any]] = [
        {
            "fullUrl": patient_url,
            "resource": {
                "resourceType": "Patient",
                "id": _id(patient_url),
                "name": [{"text": plan.person.name}],
            },
        }
    ]
    for index, med in enumerate(plan.medications):
        url = _urn("medication", plan.person.name, str(index), med.name)
        request = _request(plan, med, kb, _id(url), patient_url)
        if med.stop is not None and med.stop < today_of(plan.person, stamp):
            request["status"] = "completed"  # its last day has passed
        entries.append({"fullUrl": url, "resource": request})
    return {
        "resourceType": "Bundle",
        "id": _id(_urn("bundle", plan.person.name)),
        "type": "collection",
        "timestamp": stamp.isoformat(timespec="seconds"),
        "entry": entries,
    }


def fhir_json(plan: Plan, kb: KnowledgeBase, *, stamp: datetime) -> str:
    """:func:`to_fhir` as JSON text (UTF-8, indented, ending in a newline)."""
    return json.dumps(to_fhir(plan, kb, stamp=stamp), ensure_ascii=False, indent=2) + "\n"


def _request(
    plan: Plan, med: Medication, kb: KnowledgeBase, rid: str, patient: str
) -> dict[str, Any]:
    drug = kb.lookup(med.name)
    max_daily = drug.max_daily.value if drug is not None and drug.max_daily is not None else None
    out: dict[str, Any] = {
        "resourceType": "MedicationRequest",
        "id": rid,
        "status": "active",
        "intent": "order",
        "reportedBoolean": True,
        "medicationCodeableConcept": {"text": _med_text(med)},
        "subject": {"reference": patient, "display": plan.person.name},
        "note": [{"text": _(NOTE)}],
    }
    if med.as_needed:
        out["dosageInstruction"] = [_as_needed(med, max_daily)]
        return out
    dosages: list[dict[str, Any]] = []
    for k, step in enumerate(med.steps):
        end = med.end_of_step(k)
        for dose, times in _by_dose(step):
            dosages.append(_dosage(k + 1, step, end, dose, times, max_daily))
    out["dosageInstruction"] = dosages
    return out


def _med_text(med: Medication) -> str:
    parts = [med.name]
    if med.strength is not None:
        parts.append(str(med.strength))
    if med.form is not None:
        parts.append(med.form.replace("-", " "))
    return " ".join(parts)


def _by_dose(step: Step) -> list[tuple[Amount, list[str]]]:
    """The step's times grouped by dose (as written), in the order the doses first come."""
    groups: dict[tuple[Decimal, str, str | None], tuple[Amount, list[str]]] = {}
    for t in sorted(step.times, key=lambda t: t.at):
        key = (t.dose.value, t.dose.unit, t.dose.written)
        groups.setdefault(key, (t.dose, []))[1].append(t.at.strftime("%H:%M:%S"))
    return list(groups.values())


def _dosage(
    sequence: int,
    step: Step,
    end: date | None,
    dose: Amount,
    times: list[str],
    max_daily: Amount | None,
) -> dict[str, Any]:
    period: dict[str, str] = {"start": step.start.isoformat()}
    if end is not None:
        period["end"] = end.isoformat()
    repeat: dict[str, Any] = {
        "boundsPeriod": period,
        "frequency": len(times),
        "period": step.every_n_days or 1,
        "periodUnit": "d",
        "timeOfDay": times,
    }
    if step.weekdays is not None:
        repeat["dayOfWeek"] = [WEEKDAYS[d] for d in sorted(step.weekdays)]
    dosage: dict[str, Any] = {
        "sequence": sequence,
        "text": _text(step, end, dose, times),
        "timing": {"repeat": repeat},
        "doseAndRate": [{"doseQuantity": _quantity(dose)}],
    }
    if max_daily is not None:
        dosage["maxDosePerPeriod"] = _per_day(max_daily)
    return dosage


def _as_needed(med: Medication, max_daily: Amount | None) -> dict[str, Any]:
    assert med.dose is not None  # an as-needed medication always has its dose
    words = [_("{dose} as needed").format(dose=_written(med.dose))]
    if med.max_per_day is not None:
        words.append(_("at most {n} doses a day").format(n=med.max_per_day))
    if med.min_interval_hours is not None:
        words.append(
            _("at least {hours} apart").format(hours=wording.hours(med.min_interval_hours))
        )
    if max_daily is not None:
        words.append(_("never more than {amount} a day in all").format(amount=max_daily))
    dosage: dict[str, Any] = {
        "sequence": 1,
        "text": ", ".join(words),
        "asNeededBoolean": True,
        "doseAndRate": [{"doseQuantity": _quantity(med.dose)}],
    }
    if med.max_per_day is not None:
        dosage["maxDosePerPeriod"] = _per_day(med.dose * med.max_per_day)
    elif max_daily is not None:
        dosage["maxDosePerPeriod"] = _per_day(max_daily)
    return dosage


def _text(step: Step, end: date | None, dose: Amount, times: list[str]) -> str:
    when = ", ".join(t[:5] for t in times)
    if end:
        span = _("from {start} to {end}").format(start=step.start.isoformat(), end=end.isoformat())
    else:
        span = _("from {start}").format(start=step.start.isoformat())
    days = ""
    if step.weekdays is not None:
        names = ", ".join(wording.weekday_abbr_of(d).lower() for d in sorted(step.weekdays))
        days = " " + _("on {days}").format(days=names)
    elif step.every_n_days is not None and step.every_n_days > 1:
        days = " " + _("every {n} days").format(n=step.every_n_days)
    return _("{dose} at {times}{days}, {span}").format(
        dose=_written(dose), times=when, days=days, span=span
    )


def _written(dose: Amount) -> str:
    return f"{dose.written} ({dose})" if dose.written else str(dose)


def _quantity(amount: Amount) -> dict[str, Any]:
    code = _UCUM_CODE[amount.unit]
    return {"value": _number(amount.value), "unit": amount.unit, "system": UCUM, "code": code}


def _per_day(amount: Amount) -> dict[str, Any]:
    return {
        "numerator": _quantity(amount),
        "denominator": {"value": 1, "unit": "day", "system": UCUM, "code": "d"},
    }


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _urn(*parts: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, '/'.join(p.casefold() for p in parts))}"


def _id(urn: str) -> str:
    return urn.removeprefix("urn:uuid:")
