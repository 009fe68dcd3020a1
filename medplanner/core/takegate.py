"""What the person's state says about taking a sedating dose now (issue 18).

Two rules of the one take flow that look beyond the medication being taken:

- ``red-flag-standing`` (danger): a red-flag diary entry of the last 24 hours stands (not
  withdrawn, not answered by "I'm safe now"). A sedating dose is then refused unless
  confirmed (``--force``); ``status`` reports it first, for every medication.
- ``sedatives-taken-close`` (info): a sedating dose taken within the stagger window of
  another sedating drug's *recorded* take. It never blocks: the dose is already in the
  person's body when they record it, and the plan check covers the timetable.

Which drug is sedating is the knowledge base's word (``sedating`` class). Pure: no Qt, no
storage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from medplanner.core import wording
from medplanner.core.diary import EMERGENCY_HEADLINE, EMERGENCY_WHAT_TO_DO, DiaryEntry
from medplanner.core.dosing import effective_events
from medplanner.core.events import DoseEvent
from medplanner.core.i18n import N_, _, ngettext
from medplanner.core.knowledge import PRODUCT_RULE, STAGGER_WINDOW_MINUTES, KnowledgeBase
from medplanner.core.model import Finding, Plan
from medplanner.core.schedule import zone

RED_FLAG_CODE = "red-flag-standing"
TAKEN_CLOSE_CODE = "sedatives-taken-close"

#: What the person says to end a standing red flag (CLI and GUI word it the same); marked
#: for the catalogue: translate it where it is used, ``_(SAFE_NOW_HOW)``.
# Translators: completes "When you are safe again, …"; keep the command as it is.
SAFE_NOW_HOW = N_('press "I\'m safe now" (or run: medplanner diary --safe)')


def is_sedating(kb: KnowledgeBase, name: str) -> bool:
    """Whether a medication name means a sedating drug (any ingredient of a product)."""
    product = kb.product(name)
    if product is not None:
        if product.rules is not None and product.rules.sedating:
            return True
        return any(kb.drugs[i].sedating for i in product.ingredients if i in kb.drugs)
    drug = kb.lookup(name)
    return drug is not None and drug.sedating


def sedating_medications(plan: Plan, kb: KnowledgeBase) -> list[str]:
    """The plan's sedating medications, by name, in plan order."""
    return [m.name for m in plan.medications if is_sedating(kb, m.name)]


def red_flag_finding(
    plan: Plan, flags: Sequence[DiaryEntry], medication: str, at: datetime, *, taking: bool
) -> Finding:
    """The ``red-flag-standing`` finding for the newest standing flag.

    ``taking``: worded for a dose about to be taken (else for ``status``).
    """
    newest = flags[0]
    tz = zone(plan.person.timezone)
    felt = newest.at.astimezone(tz)
    when = (
        f"{felt:%H:%M}" if felt.date() == at.astimezone(tz).date() else wording.weekday_time(felt)
    )
    ends = newest.at + timedelta(hours=24)
    if len(flags) > 1:
        # Translators: {what} is a symptom written in the diary, {when} a time like "14:00" or
        # "Wed 14:00"; {more} counts the other standing entries.
        said = ngettext(
            "The diary says {what} at {when} (and {more} more).",
            "The diary says {what} at {when} (and {more} more).",
            len(flags) - 1,
        )
    else:
        # Translators: {what} is a symptom written in the diary, {when} a time like "14:00".
        said = _("The diary says {what} at {when}.")
    if taking:
        what = _(
            "Do not take {name} now: it makes you drowsy and can slow breathing, which could "
            "make this worse."
        )
    else:
        what = _(
            "Do not take {name} (sedating) until you are safe: they can slow breathing and "
            "make this worse."
        )
    # Translators: {how} is how to say you are safe; {ends} a moment like "Wed 14:00".
    safe = _(
        "When you are safe again, {how}; your prescriber decides about the next sedating dose. "
        "This warning ends at {ends} at the latest."
    )
    message = " ".join(
        (
            # Translators: the emergency headline, then what happened ("… NOW. The diary says …").
            _("{headline}. {said}").format(
                headline=_(EMERGENCY_HEADLINE),
                said=said.format(what=newest.label.lower(), when=when, more=len(flags) - 1),
            ),
            what.format(name=medication),
            _(EMERGENCY_WHAT_TO_DO),
            safe.format(how=_(SAFE_NOW_HOW), ends=wording.weekday_time(ends.astimezone(tz))),
        )
    )
    local = at.astimezone(tz)
    return Finding(
        code=RED_FLAG_CODE,
        severity="danger",
        medication=medication,
        message=message,
        source=newest.rule.source,
        date=local.date(),
        time=local.time().replace(second=0, microsecond=0),
    )


def taken_close_findings(
    plan: Plan,
    kb: KnowledgeBase,
    medication: str,
    at: datetime,
    events: Iterable[DoseEvent],
) -> list[Finding]:
    """``sedatives-taken-close`` for each other sedating drug taken within the window."""
    if not is_sedating(kb, medication):
        return []
    own = plan.person.stagger_window_minutes
    window = own if own is not None else STAGGER_WINDOW_MINUTES.value
    if window <= 0:
        return []
    source = (
        f"{PRODUCT_RULE}: stagger window set for this person ({wording.duration(window)})"
        if own is not None
        else STAGGER_WINDOW_MINUTES.source
    )
    mine = kb.ingredient_key(medication)
    tz = zone(plan.person.timezone)
    nearest: dict[str, DoseEvent] = {}
    for e in effective_events(events):
        if e.kind != "taken" or e.medication.casefold() == medication.casefold():
            continue
        if kb.ingredient_key(e.medication) == mine or not is_sedating(kb, e.medication):
            continue
        gap = abs(e.at - at)
        if gap >= timedelta(minutes=window):
            continue
        key = e.medication.casefold()
        if key not in nearest or gap < abs(nearest[key].at - at):
            nearest[key] = e
    out = []
    local = at.astimezone(tz)
    for e in sorted(nearest.values(), key=lambda e: e.at):
        minutes = int(abs(e.at - at).total_seconds() // 60)
        if e.at <= at:
            # Translators: {gap} and {window} are lengths like "45 minutes"; {other} is the
            # other medicine, taken at {other_time}.
            words = _(
                "{name} at {time} is {gap} before the {other} you took at {other_time}: both "
                "make you drowsy, and taken within {window} of each other the drowsiness adds "
                "up. For the next few hours do not drive, and watch for strong drowsiness or "
                "slow breathing (then get help). Ask your prescriber whether to keep these "
                "doses further apart."
            )
        else:
            # Translators: {gap} and {window} are lengths like "45 minutes"; {other} is the
            # other medicine, taken at {other_time}.
            words = _(
                "{name} at {time} is {gap} after the {other} you took at {other_time}: both "
                "make you drowsy, and taken within {window} of each other the drowsiness adds "
                "up. For the next few hours do not drive, and watch for strong drowsiness or "
                "slow breathing (then get help). Ask your prescriber whether to keep these "
                "doses further apart."
            )
        out.append(
            Finding(
                code=TAKEN_CLOSE_CODE,
                severity="info",
                medication=medication,
                other=e.medication,
                message=words.format(
                    name=medication,
                    time=f"{local:%H:%M}",
                    gap=wording.duration(minutes),
                    other=e.medication,
                    other_time=f"{e.at.astimezone(tz):%H:%M}",
                    window=wording.duration(window),
                ),
                source=source,
                date=local.date(),
                time=local.time().replace(second=0, microsecond=0),
            )
        )
    return out
