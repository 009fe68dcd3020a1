"""Kidney function: creatinine clearance from what the plan says about the person.

The gabapentin label doses by creatinine clearance estimated with Cockcroft–Gault
(Neurontin label §2.4), and so does the baclofen study MedPlanner cites (Vlavonou 2014):

    CrCl (mL/min) = (140 − age) × weight kg / (72 × serum creatinine mg/dL), × 0.85 for women.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from medplanner.core.model import Person, Sex
from medplanner.core.record import Record

COCKCROFT_GAULT_SOURCE = (
    "Cockcroft–Gault equation, as used by the Neurontin label §2.4: "
    "(140 − age) × weight / (72 × serum creatinine), × 0.85 for women"
)

Method = Literal["given", "cockcroft-gault"]


class Clearance(Record):
    """A creatinine clearance in mL/min and how it was obtained."""

    ml_min: Decimal
    method: Method


def cockcroft_gault(
    age_years: Decimal, weight_kg: Decimal, sex: Sex, serum_creatinine_mg_dl: Decimal
) -> Decimal | None:
    """Estimated creatinine clearance in mL/min, or None when the inputs cannot give one.

    Ages of 140 and over give 0 rather than a negative clearance.
    """
    if age_years < 0 or weight_kg <= 0 or serum_creatinine_mg_dl <= 0:
        return None
    crcl = (140 - age_years) * weight_kg / (72 * serum_creatinine_mg_dl)
    if sex == "female":
        crcl *= Decimal("0.85")
    return max(crcl, Decimal(0))


def clearance(person: Person) -> Clearance | None:
    """The person's clearance: ``crcl_ml_min`` if given, else Cockcroft–Gault, else None."""
    if person.crcl_ml_min is not None:
        return Clearance(person.crcl_ml_min, "given")
    age, weight, sex, scr = (
        person.age_years,
        person.weight_kg,
        person.sex,
        person.serum_creatinine_mg_dl,
    )
    if age is None or weight is None or sex is None or scr is None:
        return None
    estimate = cockcroft_gault(age, weight, sex, scr)
    return Clearance(estimate, "cockcroft-gault") if estimate is not None else None


def creatinine_clearance(person: Person) -> Decimal | None:
    """Just the number: mL/min, or None when the plan has no usable kidney data."""
    c = clearance(person)
    return c.ml_min if c is not None else None
