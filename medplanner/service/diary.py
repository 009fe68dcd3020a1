"""The symptom diary: entries recorded and withdrawn, red flags and marking them safe.

Part of :class:`medplanner.service.Service` (one class, built up in layers: base,
diary, plans, stock, day, takes, skips); import ``Service`` from :mod:`medplanner.service`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from medplanner.core.diary import (
    RED_FLAG_HOURS,
    Assessment,
    DiaryEntry,
    Symptom,
    SymptomSeverity,
    assess,
    standing_red_flags,
)
from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _
from medplanner.service.base import (
    _Base,
)
from medplanner.service.changes import Changes, Done


class _Diary(_Base):
    """The symptom diary."""

    # ------------------------------------------------------------------ symptom diary

    def record_symptom(
        self,
        person: str,
        symptom: Symptom,
        severity: SymptomSeverity,
        at: datetime,
        *,
        note: str | None = None,
    ) -> Done[tuple[DiaryEntry, Assessment]]:
        """Add a diary entry; return it with what it calls for (emergency help or not)."""
        name = self._store.person(person).name
        entry = DiaryEntry(symptom, severity, at, self.clock(), note=note or None)
        stored = self._store.diary.record(name, entry)
        self._daily_backup()
        return Done((stored, assess(symptom, severity)), Changes(name, diary=True))

    def withdraw_symptom(self, person: str, entry_id: int, *, reason: str) -> Done[DiaryEntry]:
        """Withdraw a mistaken entry: a new row that names it, with the reason (both kept)."""
        if not isinstance(reason, str) or not reason.strip():
            raise InvalidInput(_("withdrawing a diary entry needs a reason (for example: typo)"))
        name = self._store.person(person).name
        original = self._store.diary.entry(name, entry_id)
        withdrawal = DiaryEntry(
            original.symptom,
            original.severity,
            original.at,
            self.clock(),
            note=reason.strip(),
            kind="withdrawal",
            withdraws=entry_id,
        )
        stored = self._store.diary.record(name, withdrawal)
        self._daily_backup()
        return Done(stored, Changes(name, diary=True))

    def diary(self, person: str, since: datetime, until: datetime) -> list[DiaryEntry]:
        """Every diary row felt in ``[since, until)``, withdrawals included, in time order."""
        return self._store.diary.entries(self._store.person(person).name, since, until)

    def red_flags(self, person: str, now: datetime) -> list[DiaryEntry]:
        """Red-flag entries of the last 24 hours that stand: the emergency banner's content."""
        since = now - timedelta(hours=RED_FLAG_HOURS)
        name = self._store.person(person).name
        rows = self._store.diary.entries(name, since, now + timedelta(days=1))
        safe = self._store.diary.safe_marks(name, since, now + timedelta(microseconds=1))
        return standing_red_flags(rows, now, safe_marks=safe)

    def mark_safe(self, person: str, at: datetime) -> Done[list[DiaryEntry]]:
        """Log "I'm safe now" at ``at``: red flags felt up to then stop standing (a flag
        written later stands again). Returns the flags it ended."""
        name = self._store.person(person).name
        ended = self.red_flags(name, at)
        self._store.diary.mark_safe(name, at, self.clock())
        self._daily_backup()
        return Done(ended, Changes(name, diary=True))
