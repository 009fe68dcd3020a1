"""Shared by the whole knowledge base: the rule names, the error, and how a source is checked.

Part of :mod:`medplanner.core.knowledge`; import from there.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Generic, Literal, TypeVar

from medplanner.core.errors import MedPlannerError
from medplanner.core.record import Record

T = TypeVar("T")

#: How MedPlanner's own rules are cited (contract: say so in the data and the finding).
PRODUCT_RULE = "MedPlanner product rule"

#: How a number MedPlanner derived from a source is cited: "derived from …, a MedPlanner rule".
DERIVED = "a MedPlanner rule"

#: Finding codes a ``[[combinations]]`` entry may raise, with their severity (contract §3).
COMBINATION_SEVERITY: dict[str, str] = {
    "cns-depressant-combination": "danger",
    "duplicate-therapy": "warning",
    "interaction-contraindicated": "danger",
}
COMBINATION_CODES: tuple[str, ...] = tuple(COMBINATION_SEVERITY)

#: Release types of a product (``resources/products/*.toml``).
RELEASES: tuple[str, ...] = ("immediate", "extended", "prodrug")

RenalKind = Literal["label", "guidance"]


class KnowledgeBaseError(MedPlannerError):
    """A knowledge-base file that cannot be used; the message names the file and key."""


# Patterns, not compiled ones: ``re`` compiles and caches them on first use (a command that
# reads the bundle never uses them, and compiling them cost every start a few ms).
_YEAR = r"\b(19|20)[0-9]{2}\b"
_SECTION = (
    r"(?i)§|\bTable\b|\bsections?\b|Warnings|Precautions|Dosage and Administration|"
    r"Drug Interactions|Contraindications|Indications|Patient Counseling|Drug Facts|"
    r"Description|How Supplied"
)


def source_problem(source: str) -> str | None:
    """What is wrong with a citation, or None (issue 17: every number cites exactly).

    * A MedPlanner rule says so ("MedPlanner product rule", or "derived from …, a MedPlanner
      rule"): a number we worked out is never worded as a label's.
    * Anything else names a dated source (a year).
    * Each part (``;``-separated) that cites a label gives its revision ("rev. 2020") and
      section ("§2.3", "Table 1", or the section's name).
    """
    text = source.strip()
    if not text:
        return "is empty"
    low = text.casefold()
    if "derived" in low and "a medplanner rule" not in low:
        return 'says "derived" but not "a MedPlanner rule"'
    if "medplanner" in low and not ("medplanner product rule" in low or "a medplanner rule" in low):
        return 'names MedPlanner but not "MedPlanner product rule" or "a MedPlanner rule"'
    if "medplanner" not in low and not re.search(_YEAR, text) and "cfr" not in low:
        return "names no date (a year, a revision)"
    for part in text.split(";"):
        if re.search(r"\blabels?\b", part, re.IGNORECASE):
            if "rev." not in part:
                return f'cites a label without its revision: "{part.strip()[:60]}"'
            if not re.search(_SECTION, part):
                return f'cites a label without a section: "{part.strip()[:60]}"'
    return None


class Sourced(Record, Generic[T]):
    """One fact and where it comes from (label + section, guideline, or product rule)."""

    value: T
    source: str


#: Product rule: doses of two sedating medicines closer than this are flagged
#: (``Person.stagger_window_minutes`` overrides it).
STAGGER_WINDOW_MINUTES = Sourced(
    120,
    f"{PRODUCT_RULE}: doses of two sedating medicines less than 2 hours apart are flagged "
    "(general guidance to keep drowsiness peaks apart, not a label rule)",
)

#: Product rule for a drug whose file gives no ``doubled_dose.min_interval_fraction``.
MIN_INTERVAL_FRACTION = Sourced(
    Decimal("0.5"),
    f"{PRODUCT_RULE}: a second dose sooner than half the scheduled interval is a doubled dose",
)


def normalize_name(name: str) -> str:
    """How names are compared: trimmed, inner spaces collapsed, ® and ™ dropped, casefolded."""
    return " ".join(name.replace("®", " ").replace("™", " ").split()).casefold()
