"""A medication as typed in the editor, and how it is checked while typing (no Qt).

The editor keeps what the person typed, as text; it never holds a half-parsed model. To
check it, each draft becomes a plan file's ``[[medications]]`` table and goes through the
same loader as a file (:func:`medplanner.core.plan.loads`): the same rules and the same
messages, their key paths mapped back to the fields (``medications[0].steps[1].dose`` is
the dose cell of the second step). The complete drafts are then checked together with
:func:`medplanner.core.checks.run_checks`, exactly as ``medplanner check`` would.
No widgets here: only Qt's translation of the editor's own words (``QCoreApplication``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

import tomli_w
from PySide6.QtCore import QCoreApplication

from medplanner.core.checks import run_checks
from medplanner.core.errors import InvalidInput, PlanError
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import PLAN_FORMAT, WEEKDAYS, Finding, Medication, Plan, Step
from medplanner.core.plan import loads

#: Where a problem shows: ``("name",)``, ``("steps",)``, ``("steps", 1, "dose")``.
FieldKey = tuple[str | int, ...]

_EVERY = re.compile(r"^every\s+(\d+)\s*(?:days?|d)?$", re.IGNORECASE)
_DAILY = ("", "daily", "every day")
_PATH_PART = re.compile(r"\.?([a-z_]+)|\[(\d+)\]")


@dataclass(frozen=True)
class StepRow:
    """One row of the steps table, as typed."""

    start: str = ""  # the step's first day, 2027-01-04
    dose: str = ""  # each time's dose, unless a time carries its own
    times: str = ""  # "09:00, 21:00" or "08:00 300 mg, 21:00 600 mg"
    repeat: str = ""  # "" (daily), "mon, thu", "every 2 days"


@dataclass(frozen=True)
class MedDraft:
    """Every field of one medication, as typed."""

    name: str = ""
    strength: str = ""
    form: str = ""
    start: str = ""
    stop: str = ""
    continuing: bool = False
    as_needed: bool = False
    steps: tuple[StepRow, ...] = ()
    dose: str = ""  # as needed
    max_per_day: str = ""
    min_interval_hours: str = ""

    @classmethod
    def new(cls, today: date) -> MedDraft:
        return cls(start=today.isoformat(), steps=(StepRow(start=today.isoformat()),))

    @classmethod
    def of(cls, med: Medication) -> MedDraft:
        return cls(
            name=med.name,
            strength=str(med.strength) if med.strength is not None else "",
            form=med.form or "",
            start=med.start.isoformat() if med.start else "",
            stop=med.stop.isoformat() if med.stop else "",
            continuing=med.continuing,
            as_needed=med.as_needed,
            steps=tuple(_row(s) for s in med.steps),
            dose=str(med.dose) if med.dose is not None else "",
            max_per_day=str(med.max_per_day) if med.max_per_day is not None else "",
            min_interval_hours=_decimal_text(med.min_interval_hours),
        )

    @property
    def title(self) -> str:
        return self.name.strip() or QCoreApplication.translate("MedDraft", "New medication")

    def with_step_added(self) -> MedDraft:
        """A new last step from the day after the last one began, with its dose and times
        to change (a titration step usually changes one of them)."""
        if not self.steps:
            return replace(self, steps=(StepRow(start=self.start),))
        last = self.steps[-1]
        day = _parse_day(last.start)
        start = (day + timedelta(days=1)).isoformat() if day is not None else ""
        return replace(
            self, steps=(*self.steps, StepRow(start, last.dose, last.times, last.repeat))
        )

    def with_step_removed(self, index: int) -> MedDraft:
        return replace(self, steps=self.steps[:index] + self.steps[index + 1 :])

    def with_start(self, start: str) -> MedDraft:
        """A new first day; a first step that began on the old one moves with it."""
        steps = self.steps
        if steps and steps[0].start.strip() == self.start.strip():
            steps = (replace(steps[0], start=start), *steps[1:])
        return replace(self, start=start, steps=steps)

    def table(self) -> tuple[dict[str, Any], list[FieldProblem]]:
        """The plan file's table for this draft, and what the editor itself cannot read."""
        return _Table(self).build()


@dataclass(frozen=True)
class FieldProblem:
    field: FieldKey
    message: str


@dataclass(frozen=True)
class DraftCheck:
    """The result of checking every draft of a plan."""

    plan: Plan | None  # the complete drafts together (None: nothing complete)
    problems: tuple[tuple[FieldProblem, ...], ...]  # per draft, in order
    findings: tuple[Finding, ...] = ()
    incomplete: tuple[str, ...] = field(default=())  # titles of drafts left out of the checks

    @property
    def valid(self) -> bool:
        return not any(self.problems)


def check_drafts(
    person: Mapping[str, Any], drafts: Sequence[MedDraft], kb: KnowledgeBase
) -> DraftCheck:
    """Check each draft alone (field problems), then the complete ones together (findings)."""
    problems: list[tuple[FieldProblem, ...]] = []
    tables: list[dict[str, Any]] = []
    incomplete: list[str] = []
    for draft in drafts:
        table, own = draft.table()
        if not own:
            try:
                loads(_document(person, [table]), source="editor")
            except PlanError as e:
                own = [FieldProblem(field_of(p.path), p.message) for p in e.problems]
        problems.append(tuple(own))
        if own:
            incomplete.append(draft.title)
        else:
            tables.append(table)
    try:
        plan = loads(_document(person, tables), source="editor")
    except PlanError:
        return DraftCheck(None, tuple(problems), (), tuple(incomplete))
    findings = tuple(run_checks(plan, kb))
    return DraftCheck(plan, tuple(problems), findings, tuple(incomplete))


def plan_of(person: Mapping[str, Any], drafts: Sequence[MedDraft]) -> Plan:
    """The whole plan to save; raises :class:`InvalidInput` if any draft is not complete."""
    tables = []
    for draft in drafts:
        table, own = draft.table()
        if own:
            raise InvalidInput(
                QCoreApplication.translate("MedDraft", "{medication}: {problem}").format(
                    medication=draft.title, problem=own[0].message
                )
            )
        tables.append(table)
    return loads(_document(person, tables), source="editor")


def field_of(path: str) -> FieldKey:
    """Map a plan file's key path (``medications[0].steps[1].times[2]``) to an editor field."""
    parts: list[str | int] = []
    for name, index in _PATH_PART.findall(path):
        parts.append(int(index) if index else name)
    if parts[:2] == ["medications", 0]:
        parts = parts[2:]
    if not parts:
        return ("name",)
    head = parts[0]
    if head == "steps":
        if len(parts) < 2:
            return ("steps",)
        row = parts[1]
        key = parts[2] if len(parts) > 2 else "times"
        if key in ("weekdays", "every_n_days"):
            key = "repeat"
        if key not in ("from", "dose", "times", "repeat"):
            key = "times"
        return ("steps", row, key)
    if head in ("times", "weekdays", "every_n_days"):
        return ("steps",)
    return (str(head),)


# --------------------------------------------------------------------------- building


def _document(person: Mapping[str, Any], tables: list[dict[str, Any]]) -> str:
    doc: dict[str, Any] = {"format": PLAN_FORMAT, "person": dict(person)}
    if tables:
        doc["medications"] = tables
    return tomli_w.dumps(doc)


class _Table:
    def __init__(self, draft: MedDraft) -> None:
        self.d = draft
        self.problems: list[FieldProblem] = []

    def problem(self, key: FieldKey, message: str) -> None:
        self.problems.append(FieldProblem(key, message))

    def build(self) -> tuple[dict[str, Any], list[FieldProblem]]:
        d = self.d
        t: dict[str, Any] = {"name": d.name}
        for key, text in (("strength", d.strength), ("form", d.form)):
            if text.strip():
                t[key] = text.strip()
        for key, text in (("start", d.start), ("stop", d.stop)):
            if text.strip():
                day = self.day(text, (key,))
                if day is not None:
                    t[key] = day
        if d.as_needed:
            t["as_needed"] = True
            if d.dose.strip():
                t["dose"] = d.dose.strip()
            if d.max_per_day.strip():
                self.whole(d.max_per_day, ("max_per_day",), t, "max_per_day")
            if d.min_interval_hours.strip():
                self.hours(d.min_interval_hours, t)
            return t, self.problems
        if d.continuing:
            t["continuing"] = True
        if d.steps:
            t["steps"] = [self.step(j, row) for j, row in enumerate(d.steps)]
        return t, self.problems

    def step(self, j: int, row: StepRow) -> dict[str, Any]:
        s: dict[str, Any] = {}
        if row.start.strip():
            day = self.day(row.start, ("steps", j, "from"))
            if day is not None:
                s["from"] = day
        else:
            self.problem(
                ("steps", j, "from"),
                QCoreApplication.translate(
                    "MedDraft", "Give the step's first day, like 2027-01-04"
                ),
            )
        if row.dose.strip():
            s["dose"] = row.dose.strip()
        times = _times(row.times)
        if not times:
            self.problem(
                ("steps", j, "times"),
                QCoreApplication.translate("MedDraft", "Give one or more times, like 08:00, 20:00"),
            )
        s["times"] = times
        repeat = row.repeat.strip().casefold()
        every = _EVERY.match(repeat)
        if every:
            s["every_n_days"] = int(every.group(1))
        elif repeat not in _DAILY:
            s["weekdays"] = [w for w in re.split(r"[\s,;]+", repeat) if w]
        return s

    def day(self, text: str, key: FieldKey) -> date | None:
        day = _parse_day(text)
        if day is None:
            self.problem(
                key,
                QCoreApplication.translate(
                    "MedDraft", '"{text}" is not a date like 2027-01-04'
                ).format(text=text.strip()),
            )
        return day

    def whole(self, text: str, key: FieldKey, t: dict[str, Any], name: str) -> None:
        try:
            t[name] = int(text.strip())
        except ValueError:
            self.problem(
                key,
                QCoreApplication.translate(
                    "MedDraft", '"{text}" is not a whole number like 4'
                ).format(text=text.strip()),
            )

    def not_hours(self, text: str) -> None:
        self.problem(
            ("min_interval_hours",),
            QCoreApplication.translate("MedDraft", '"{text}" is not a number of hours').format(
                text=text.strip()
            ),
        )

    def hours(self, text: str, t: dict[str, Any]) -> None:
        try:
            value = Decimal(text.strip().replace(",", "."))
        except InvalidOperation:
            self.not_hours(text)
            return
        if not value.is_finite():
            self.not_hours(text)
            return
        t["min_interval_hours"] = int(value) if value == value.to_integral_value() else float(value)


def _times(text: str) -> list[Any]:
    out: list[Any] = []
    for item in re.split(r"[,;]", text):
        words = item.split()
        if not words:
            continue
        if len(words) == 1:
            out.append(words[0])
        else:
            out.append({"at": words[0], "dose": " ".join(words[1:])})
    return out


def _parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def _row(step: Step) -> StepRow:
    doses = {str(t.dose) for t in step.times}
    if len(doses) == 1:
        dose = doses.pop()
        times = ", ".join(f"{t.at:%H:%M}" for t in step.times)
    else:
        dose = ""
        times = ", ".join(f"{t.at:%H:%M} {t.dose}" for t in step.times)
    repeat = ""
    if step.weekdays is not None:
        repeat = ", ".join(WEEKDAYS[i] for i in step.weekdays)
    elif step.every_n_days is not None:
        repeat = f"every {step.every_n_days} days"  # what the editor reads: not translated
    return StepRow(step.start.isoformat(), dose, times, repeat)


def _decimal_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == value.to_integral_value() else format(value, "f")


def fields_except(draft: MedDraft, *names: str) -> dict[str, Any]:
    """The draft's fields, by name, but for *names* (for ``dataclasses.replace``)."""
    from dataclasses import fields

    return {f.name: getattr(draft, f.name) for f in fields(draft) if f.name not in names}
