"""A taper or titration draft and its refusal (the :mod:`medplanner.core.planner`'s
results; importable from there)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import N_, _
from medplanner.core.model import Finding, Plan, Step

Kind = Literal["taper", "titration"]

#: What a draft is, in words, per kind (translated where used).
SUGGESTION: dict[Kind, str] = {
    "taper": N_(
        "DRAFT taper for {name} — a suggestion to discuss with the prescriber, not a "
        "prescription. MedPlanner has not changed your plan: nothing is applied unless you "
        "import this file after your prescriber agrees."
    ),
    "titration": N_(
        "DRAFT titration for {name} — a suggestion to discuss with the prescriber, not a "
        "prescription. MedPlanner has not changed your plan: nothing is applied unless you "
        "import this file after your prescriber agrees."
    ),
}

#: Steps of a taper for a drug whose file gives no daily increment.
DEFAULT_TAPER_STEPS = 4


@dataclass(frozen=True)
class Draft:
    kind: Kind
    plan: Plan  # the whole plan, with the medication's new steps
    medication: str
    steps: tuple[Step, ...]  # the new steps only
    stop: date | None
    rules: tuple[str, ...]  # the rules used, with their sources
    findings: tuple[Finding, ...]  # the draft's own check findings (info only)

    @property
    def header(self) -> str:
        return _(SUGGESTION[self.kind]).format(name=self.medication)


class DraftRefused(InvalidInput):
    """The draft would raise a warning or danger: it is not suggested."""

    def __init__(self, message: str, findings: list[Finding]) -> None:
        super().__init__(message)
        self.findings = findings
