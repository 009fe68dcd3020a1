"""The missed-streak guard (contract §3 ``missed-streak-restart``), pure.

A drug with withdrawal risk (its knowledge-base file has ``[missed_streak]``: baclofen)
whose last N scheduled doses that have come were all not taken has, in effect, been
stopped suddenly. Going straight back to the full dose is then the prescriber's call:
``status`` says so, with the label's reasons, from the drug's data file.

Which doses count: the medication's scheduled doses whose time has come, newest first.
``missed`` and ``skipped`` doses extend the streak (either way the dose was not taken);
``taken``, ``covered`` and ``extra`` (a dose was taken) and ``before-tracking`` (nothing is
known) end it; ``due`` and ``upcoming`` doses are passed over (not yet missed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from medplanner.core.dosing import SlotStatus
from medplanner.core.i18n import _, ngettext
from medplanner.core.knowledge import Drug, KnowledgeBase
from medplanner.core.model import Finding, Plan

CODE = "missed-streak-restart"
#: Told (never refusing) when one dose of such a drug is recorded: contract §3.
TOLD_CODE = "missed-streak-take"

#: States that extend a streak / are passed over; every other state ends it.
NOT_TAKEN = frozenset({"missed", "skipped"})
PASSED_OVER = frozenset({"due", "upcoming"})

#: How far back ``status`` looks, at most (a once-weekly drug is not tracked this way).
MAX_LOOKBACK_DAYS = 14


def streak_drugs(plan: Plan, kb: KnowledgeBase) -> dict[str, Drug]:
    """Scheduled medications of the plan (by name, casefolded) with a missed-streak rule."""
    out: dict[str, Drug] = {}
    for med in plan.medications:
        if med.as_needed:
            continue
        drug = kb.lookup(med.name)
        if drug is not None and drug.missed_streak is not None:
            out[med.name.casefold()] = drug
    return out


def lookback_days(drugs: Iterable[Drug]) -> int:
    """Local days before today whose doses may belong to a streak (threshold + 1, capped)."""
    most = max((d.missed_streak.doses.value for d in drugs if d.missed_streak), default=0)
    return min(most + 1, MAX_LOOKBACK_DAYS) if most else 0


def missed_streak_findings(
    plan: Plan, kb: KnowledgeBase, statuses: Sequence[SlotStatus]
) -> list[Finding]:
    """One ``missed-streak-restart`` warning per medication whose newest doses that have
    come were not taken, at least its drug's ``missed_streak.doses`` of them in a row.

    ``statuses`` are the slots of several local days (each judged by the plan version in
    force), in any order; ``date``/``time`` of the finding are the streak's first dose.
    """
    drugs = streak_drugs(plan, kb)
    out: list[Finding] = []
    for med in plan.medications:
        drug = drugs.get(med.name.casefold())
        if drug is None or drug.missed_streak is None:
            continue
        rule = drug.missed_streak
        mine = sorted(
            (s for s in statuses if s.dose.medication.casefold() == med.name.casefold()),
            key=lambda s: s.dose.utc,
            reverse=True,
        )
        streak: list[SlotStatus] = []
        for s in mine:
            if s.state in PASSED_OVER:
                continue
            if s.state not in NOT_TAKEN:
                break
            streak.append(s)
        if len(streak) < rule.doses.value:
            continue
        first = streak[-1].dose
        out.append(
            Finding(
                code=CODE,
                severity="warning",
                medication=med.name,
                message=" ".join(
                    (
                        # Translators: {day} is a date like 2027-01-05.
                        ngettext(
                            "The last {count} dose of {name} was not taken (since the {time} "
                            "dose of {day}).",
                            "The last {count} doses of {name} were not taken (since the {time} "
                            "dose of {day}).",
                            len(streak),
                        ).format(
                            count=len(streak),
                            name=med.name,
                            time=f"{first.wall:%H:%M}",
                            day=first.day.isoformat(),
                        ),
                        rule.advice,
                        # Translators: {why} is the label's reasons, from the drug's data file.
                        _("Why: {why}").format(why=rule.why),
                    )
                ),
                source=f"{rule.source}; threshold: {rule.doses.source}",
                date=first.day,
                time=first.wall,
            )
        )
    return out


def told_at_take(streak: Finding) -> Finding:
    """The standing ``missed-streak-restart`` warning, told when a single dose of that drug
    is recorded (``missed-streak-take``, info: ``take`` never refuses for it, contract §3).
    ``take --all-due`` and the GUI's "Take all due" ask for confirmation instead."""
    return Finding(
        code=TOLD_CODE,
        severity="info",
        medication=streak.medication,
        message=_(
            "This dose restarts {medication} after doses that were not taken. {warning}"
        ).format(medication=streak.medication, warning=streak.message),
        source=streak.source,
        date=streak.date,
        time=streak.time,
    )
