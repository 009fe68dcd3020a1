"""Plan checks: every finding code of contract §3 that a plan file can raise.

Each module holds one family of rules, each rule a pure function ``(plan, kb) -> findings``;
:func:`run_checks` runs them all. The facts (limits, bands, classes) come from the knowledge
base, each with its source; the rules here decide only how to compare and how to say it.

Conventions shared by every rule:

* One finding per problem, not per day: a too-high total over a 30-day step is one finding
  dated at the step's first day.
* A finding about two medications names the later entry of the plan as ``medication`` and
  the earlier one as ``other``.
* A medication with an ``invalid-dose`` is left out of the amount checks (start, raises,
  maximums, kidneys, taper): their numbers would only repeat the typing mistake.
"""

from __future__ import annotations

from datetime import date

from medplanner.core.checks._others import OTHER_CHECKS, Check
from medplanner.core.checks.kidneys import check_kidney_data_age
from medplanner.core.checks.sedation import check_sedatives_same_time
from medplanner.core.checks.stagger import check_stagger
from medplanner.core.knowledge import KnowledgeBase, load_knowledge_base
from medplanner.core.model import Finding, Plan, sort_findings

_AT = OTHER_CHECKS.index(check_sedatives_same_time) + 1

#: Every rule, in the order they run (the output is sorted anyway): the stagger
#: suggestion, which runs all the others on the plan it suggests, after the sedatives.
CHECKS: tuple[Check, ...] = (*OTHER_CHECKS[:_AT], check_stagger, *OTHER_CHECKS[_AT:])

__all__ = ["CHECKS", "Check", "run_checks"]


def run_checks(
    plan: Plan,
    kb: KnowledgeBase | None = None,
    *,
    today: date | None = None,
    as_of: date | None = None,
) -> list[Finding]:
    """All findings for ``plan``, sorted (contract §2: severity, then date, then medication).

    ``kb`` defaults to the shipped knowledge base. With ``today``, findings about a
    medication stopped before ``today`` are left out (for a pair: either one of them, as the
    two no longer meet): that part of the plan is over. Everything else is kept, including
    problems that began in the past and go on.

    Monitoring (``kidney-data-stale``) is judged at ``as_of``, else ``today``; without
    either it is not checked (a plan alone has no "now").
    """
    kb = kb if kb is not None else load_knowledge_base()
    findings = [f for check in CHECKS for f in check(plan, kb)]
    judged = as_of or today
    if judged is not None:
        findings += check_kidney_data_age(plan, kb, judged)
    if today is not None:
        findings = [f for f in findings if not _over(plan, f, today)]
    return sort_findings(findings)


def _over(plan: Plan, finding: Finding, today: date) -> bool:
    """Whether a medication the finding names has stopped before ``today``."""
    for name in (finding.medication, finding.other):
        meds = [m for m in plan.medications if m.name == name]
        if meds and all(m.stop is not None and m.stop < today for m in meds):
            return True
    return False


__all__ = ["CHECKS", "Check", "run_checks"]
