"""What every family of checks shares: the plan's entries with their drugs, and findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from medplanner.core.knowledge import Drug, KnowledgeBase
from medplanner.core.model import Finding, Medication, Plan, Severity
from medplanner.core.units import Amount

#: Contract §3: every code a plan check raises, with its fixed severity.
SEVERITY: dict[str, Severity] = {
    "invalid-dose": "danger",
    "start-dose-above-recommended": "warning",
    "titration-step-too-large": "warning",
    "titration-step-too-soon": "warning",
    "dose-above-max-single": "warning",
    "daily-dose-above-max": "danger",
    "dose-interval-too-long": "warning",
    "doubled-dose": "danger",
    "duplicate-therapy": "warning",
    "renal-dose-above-range": "warning",
    "renal-function-unknown": "info",
    "abrupt-stop": "warning",
    "sedatives-same-time": "warning",
    "cns-depressant-combination": "danger",
    "advice-alcohol": "info",
    "advice-driving": "info",
    "unknown-medication": "info",
    "dose-not-makeable": "warning",
}

#: The ending of most messages (ui.md: never "you must", always ask).
ASK = "Ask your prescriber or pharmacist"


@dataclass(frozen=True)
class Entry:
    """One medication of the plan, where it stands in the plan, and its drug (if known)."""

    index: int
    med: Medication
    drug: Drug | None
    #: The ingredient: the drug's name, or the normalized name of an unknown medication.
    key: str

    @property
    def name(self) -> str:
        return self.med.name

    @property
    def dose_checkable(self) -> bool:
        """False when a dose is invalid: amount checks skip it (``invalid-dose`` covers it)."""
        return not any(is_invalid_dose(a.mg, self.drug) for a in amounts(self.med))


def entries(plan: Plan, kb: KnowledgeBase) -> list[Entry]:
    return [
        Entry(i, m, kb.lookup(m.name), kb.ingredient_key(m.name))
        for i, m in enumerate(plan.medications)
    ]


def by_ingredient(items: Iterable[Entry]) -> dict[str, list[Entry]]:
    """Entries grouped by ingredient, each group in plan order."""
    groups: dict[str, list[Entry]] = {}
    for e in items:
        groups.setdefault(e.key, []).append(e)
    return groups


def amounts(med: Medication) -> list[Amount]:
    """Every dose amount the medication names: each step's times, and the as-needed dose."""
    out = [t.dose for step in med.steps for t in step.times]
    if med.dose is not None:
        out.append(med.dose)
    return out


#: ``invalid-dose``: more than this many times the drug's largest single dose (contract §3).
ABSURD_FACTOR = 10


def is_invalid_dose(mg: Decimal, drug: Drug | None) -> bool:
    """A dose of 0 or less, or more than 10 × the drug's largest single dose."""
    if mg <= 0:
        return True
    limit = drug.max_single if drug is not None else None
    return limit is not None and mg > ABSURD_FACTOR * limit.value.mg


def make(
    code: str,
    entry: Entry,
    message: str,
    source: str,
    *,
    other: Entry | None = None,
    day: date | None = None,
    at: time | None = None,
) -> Finding:
    """A finding about ``entry`` (named as written in the plan)."""
    return Finding(
        code=code,
        severity=SEVERITY[code],
        medication=entry.name,
        message=message,
        source=source,
        other=other.name if other is not None else None,
        date=day if day != date.min else None,
        time=at,
    )
