"""The service's foundation: the store it owns, opening and closing, settings, and what
every part shares (the person named, the daily backup, a medicine in the current plan).

Part of :class:`medplanner.service.Service` (one class, built up in layers: base,
diary, plans, stock, day, takes, skips); import ``Service`` from :mod:`medplanner.service`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Self

from medplanner.core.clock import Clock, system_clock
from medplanner.core.dosing import find_medication
from medplanner.core.errors import InvalidInput
from medplanner.core.events import Slot
from medplanner.core.i18n import _
from medplanner.core.inforce import Version
from medplanner.core.knowledge import KnowledgeBase, load_knowledge_base
from medplanner.core.model import Plan, ScheduledDose
from medplanner.service.changes import Changes
from medplanner.storage import Store
from medplanner.storage.backup import RestoreResult, backup, ensure_daily_backup
from medplanner.storage.backup import restore as _restore


class _Base:
    """The store, opening and closing, persons and settings; helpers every layer shares."""

    def __init__(
        self, store: Store, kb: KnowledgeBase | None = None, clock: Clock = system_clock
    ) -> None:
        self._store = store
        self.kb = kb or load_knowledge_base()
        self.clock = clock
        self._versions: dict[int, Version] = {}  # parsed stored versions, by id

    @classmethod
    def open(
        cls,
        data_dir: Path | None = None,
        *,
        clock: Clock = system_clock,
        verify: bool = False,
        kb: KnowledgeBase | None = None,
    ) -> Self:
        """Open the data dir; ``clock`` also stamps what the store records (a plan version's
        moment: when tracking by it starts). ``verify`` reads every page first (the app's
        start, a restore). A damaged or newer database raises
        :class:`~medplanner.service.errors.DatabaseUnusable`."""
        return cls(Store.open(data_dir, clock=clock, verify=verify), kb=kb, clock=clock)

    @property
    def data_dir(self) -> Path:
        """The folder this household's data lives in."""
        return self._store.data_dir

    def backup(self, dest: Path) -> Path:
        """A complete, verified, private (0600) copy of the database at ``dest``."""
        return backup(self._store, dest)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ persons and settings

    def persons(self) -> list[str]:
        return [p.name for p in self._store.persons()]

    def find_person(self, name: str) -> str | None:
        """``name`` as stored, or None when no such person is stored."""
        found = self._store.find_person(name)
        return found.name if found is not None else None

    def setting(self, key: str, *, person: str | None = None) -> str | None:
        """A stored setting (the person's, or global without one); None: the default."""
        return self._store.settings.get(key, person=person)

    def set_setting(self, key: str, value: str | None, *, person: str | None = None) -> Changes:
        """Set ``key`` (the person's, or global without one); None: back to the default."""
        name = self._store.person(person).name if person is not None else None
        self._store.settings.set(key, value, person=name)
        return Changes(name, settings=True)

    def resolve_person(self, name: str | None) -> str:
        """``name`` as stored; without a name, the only person there is."""
        if name is not None:
            return self._store.person(name).name
        names = self.persons()
        if not names:
            raise InvalidInput(_("no plan is stored yet: run `medplanner import PLAN` first"))
        if len(names) > 1:
            listed = ", ".join(f'"{n}"' for n in names)
            # Translators: {names} lists the stored persons' names, each in quotes.
            raise InvalidInput(
                _("several persons are stored ({names}): say which with --person").format(
                    names=listed
                )
            )
        return names[0]

    def _daily_backup(self) -> None:
        ensure_daily_backup(self._store, self.clock().date())


#: After every instant the dose log may hold (events stop at 2199).
_END_OF_LOG = datetime(2200, 1, 1, tzinfo=UTC)


def _around(at: datetime, days: int = 2) -> tuple[datetime, datetime]:
    span = timedelta(days=days)
    return at - span, at + span


def _scheduled_for(plan: Plan, index: int, slot: Slot) -> ScheduledDose:
    from medplanner.core.schedule import doses_on

    for dose in doses_on(plan, slot.day):
        if dose.med_index == index and dose.wall == slot.wall:
            return dose
    # Translators: {slot} is a dose's date and time of day.
    raise InvalidInput(
        _("{medication} has no dose at {slot}").format(
            medication=plan.medications[index].name, slot=slot
        )
    )


def _in_plan(plan: Plan, dose: ScheduledDose, kb: KnowledgeBase) -> bool:
    """Whether ``plan`` schedules ``dose``'s medication at its slot (its day and wall time)."""
    from medplanner.core.schedule import doses_on

    hit = find_medication(plan, dose.medication, kb)
    if hit is None:
        return False
    return any(d.med_index == hit[0] and d.wall == dose.wall for d in doses_on(plan, dose.day))


def _declared_zone(text: str) -> str | None:
    import tomllib

    person = tomllib.loads(text).get("person", {})
    zone_name = person.get("timezone") if isinstance(person, dict) else None
    return zone_name if isinstance(zone_name, str) else None


def restore(source: Path, *, today: date, data_dir: Path | None = None) -> RestoreResult:
    """Replace the whole database with the backup ``source``, checked fully first; no
    :class:`Service` may have it open meanwhile. A bad file changes nothing."""
    return _restore(source, today=today, data_dir=data_dir)
