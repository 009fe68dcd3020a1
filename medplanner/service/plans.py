"""Persons and plans: import, save, the current plan and its stored versions.

Part of :class:`medplanner.service.Service` (one class, built up in layers: base,
diary, plans, stock, day, takes, skips); import ``Service`` from :mod:`medplanner.service`.
"""

from __future__ import annotations

from pathlib import Path

from medplanner.core import record
from medplanner.core.checks import run_checks
from medplanner.core.dosing import (
    find_medication,
    plan_rules,
)
from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _
from medplanner.core.inforce import Version
from medplanner.core.model import Medication, Person, Plan
from medplanner.core.plan import dumps, loads, loads_bytes
from medplanner.service.base import _declared_zone
from medplanner.service.changes import Changes, Done
from medplanner.service.diary import _Diary
from medplanner.service.results import (
    Current,
    ImportResult,
)
from medplanner.storage.records import PlanVersion


class _Plans(_Diary):
    """Persons' plans: import, save, the current plan, its stored versions."""

    # ------------------------------------------------------------------ persons and plans

    def update_person(self, old_name: str, person: Person) -> Done[str]:
        """Save changed person details as a new plan version; a new name renames them,
        history included. Returns the name now stored."""
        current = self.current(old_name)
        plan = record.replace(current.plan, person=person)
        loads(dumps(plan))  # never rename for a plan that would not store
        if person.name != current.person:
            self._store.rename_person(current.person, person.name)
        name = self.save_plan(plan).person
        return Done(name, Changes(None, plan=True, persons=True))

    def import_plan(self, path: Path, *, default_timezone: str = "UTC") -> ImportResult:
        """Check and store a plan file (a new version for its person). Invalid: nothing stored."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise InvalidInput(_("{path}: file not found").format(path=path)) from None
        except OSError as e:
            # Translators: {reason} is the system's reason ("Permission denied").
            raise InvalidInput(
                _("{path}: cannot be read ({reason})").format(path=path, reason=e.strerror or e)
            ) from None
        plan = loads_bytes(raw, source=str(path), default_timezone=default_timezone)
        text = raw.decode("utf-8").removeprefix("\ufeff")
        if plan.person.timezone != _declared_zone(text):
            text = dumps(plan)  # the file relied on this machine's zone: store it explicitly
        return self._store_plan(plan, text)

    def save_plan(self, plan: Plan) -> ImportResult:
        """Store a plan edited in the app as a new version."""
        text = dumps(plan)
        loads(text)  # never store what would not load back
        return self._store_plan(plan, text)

    def _store_plan(self, plan: Plan, text: str) -> ImportResult:
        new_person = self._store.find_person(plan.person.name) is None
        before = self._store.current_plan(plan.person.name) if not new_person else None
        version = self._store.add_plan_version(plan.person.name, text, create_person=True)
        self._daily_backup()
        return ImportResult(
            person=self._store.person(plan.person.name).name,
            version=version,
            findings=run_checks(plan, self.kb),
            new_person=new_person,
            unchanged=before is not None and before.id == version,
        )

    def current(self, person: str) -> Current:
        stored = self._store.current_plan(person)
        if stored is None:
            raise InvalidInput(
                _('no plan is stored for "{person}": run `medplanner import PLAN`').format(
                    person=person
                )
            )
        # Translators: where a plan comes from, named in front of its errors.
        plan = loads(stored.toml, source=_("stored plan of {person}").format(person=person))
        return Current(self._store.person(person).name, plan, stored.id, stored.toml)

    def plan_versions(self, person: str) -> list[PlanVersion]:
        """Every stored version of the person's plan as stored (id, moment, TOML text),
        oldest first; one that no longer loads is listed too."""
        return self._store.plan_versions(person)

    def versions(self, person: str) -> list[Version]:
        """Every stored version of the person's plan with the moment it came into force,
        oldest first (contract §4, the plan in force)."""
        out = []
        for stored in self._store.plan_versions(person):
            cached = self._versions.get(stored.id)
            if cached is None:
                # Translators: where a plan comes from, named in front of its errors.
                source = _("stored plan version {id}").format(id=stored.id)
                plan = loads(stored.toml, source=source)
                cached = Version(stored.created_at, plan, plan_rules(plan, self.kb))
                self._versions[stored.id] = cached
            out.append(cached)
        return out

    def _locate(self, person: str, medication: str) -> tuple[Current, int, Medication]:
        cur = self.current(person)
        hit = find_medication(cur.plan, medication, self.kb)
        if hit is None:
            # Translators: what a plan without medications has.
            names = ", ".join(m.name for m in cur.plan.medications) or _("none")
            raise InvalidInput(
                # Translators: {names} lists the medications of the person's plan.
                _('"{medication}" is not in {person}\'s plan (it has: {names})').format(
                    medication=medication, person=cur.person, names=names
                )
            )
        return cur, hit[0], hit[1]
