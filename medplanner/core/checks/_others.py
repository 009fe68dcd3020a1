"""Every plan check but the stagger suggestion, and the rule that a suggested plan raises
nothing new: what :mod:`.stagger` runs on the plan it suggests (so it imports this module,
and ``checks/__init__`` imports both; no module imports back up)."""

from __future__ import annotations

from collections.abc import Callable

from medplanner.core.checks.advice import check_advice
from medplanner.core.checks.combinations import check_combinations
from medplanner.core.checks.doses import check_daily_max, check_invalid_doses, check_max_single
from medplanner.core.checks.dstgap import check_dst_gap_collisions
from medplanner.core.checks.duplicates import check_same_ingredient, check_same_time_in_step
from medplanner.core.checks.intervals import check_dose_intervals
from medplanner.core.checks.kidneys import check_renal
from medplanner.core.checks.makeable import check_makeable
from medplanner.core.checks.products import check_products
from medplanner.core.checks.sedation import check_sedatives_same_time
from medplanner.core.checks.taper import check_abrupt_stop
from medplanner.core.checks.titration import check_raises, check_start_dose
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Finding, Plan

Check = Callable[[Plan, KnowledgeBase], list[Finding]]

#: Every rule but the stagger suggestion, in the order they run.
OTHER_CHECKS: tuple[Check, ...] = (
    check_invalid_doses,
    check_start_dose,
    check_raises,
    check_max_single,
    check_daily_max,
    check_dose_intervals,
    check_same_time_in_step,
    check_same_ingredient,
    check_renal,
    check_abrupt_stop,
    check_sedatives_same_time,
    check_combinations,
    check_advice,
    check_makeable,
    check_products,
    check_dst_gap_collisions,
)


def no_new_warning(plan: Plan, suggested: Plan, kb: KnowledgeBase) -> bool:
    """Whether every warning or danger of ``suggested`` is one that ``plan`` already has
    (every plan check but the stagger suggestion itself)."""

    def serious(p: Plan) -> set[tuple[object, ...]]:
        return {
            (f.code, f.severity, f.medication, f.other, f.date, f.time, f.message)
            for check in OTHER_CHECKS
            for f in check(p, kb)
            if f.severity != "info"
        }

    new = serious(suggested)
    return not new or new <= serious(plan)  # nothing serious: no need to check the plan again
