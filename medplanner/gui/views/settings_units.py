"""The person's numbers as typed on the Settings tab: serum creatinine in mg/dL (what the
plan file stores) or µmol/L (88.4 µmol/L = 1 mg/dL), and typed text read as a number."""

from __future__ import annotations

MG_DL, UMOL_L = "mg/dL", "µmol/L"
CREATININE_UNITS = (MG_DL, UMOL_L)
#: Serum creatinine: 1 mg/dL = 88.4 µmol/L.
UMOL_PER_MG_DL = 88.4


def from_unit(value: float, unit: str) -> float:
    """A serum creatinine in ``unit`` as mg/dL (what the plan file stores)."""
    return value / UMOL_PER_MG_DL if unit == UMOL_L else value


def to_unit(mg_dl: float, unit: str) -> float:
    return mg_dl * UMOL_PER_MG_DL if unit == UMOL_L else mg_dl


def creatinine_text(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def as_float(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def as_number(text: str) -> int | float | str:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return text  # the loader says why it is not a number
    return int(value) if value.is_integer() and "." not in text else value
