"""The symptom diary: what each person felt and when, kept append-only like the dose log.

A mistaken entry is withdrawn by a new row that names it (``withdraws``); both stay, so the
report a doctor reads says what was entered, when, and what was taken back and why.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from medplanner.core.diary import DiaryEntry
from medplanner.core.events import check_instant
from medplanner.core.i18n import _
from medplanner.core.record import replace
from medplanner.storage.errors import InvalidValue
from medplanner.storage.records import SELECT_DIARY, diary_from_row, from_us, offset_s, to_us
from medplanner.storage.session import Session

_INSERT = (
    "INSERT INTO diary_entries (person_id, kind, symptom, severity, at_us, at_offset_s, note, "
    "withdraws, recorded_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_BETWEEN = SELECT_DIARY + "WHERE person_id = ? AND at_us >= ? AND at_us < ? ORDER BY at_us, id"
_WITHDRAWALS_OF = SELECT_DIARY + "WHERE person_id = ? AND kind = 'withdrawal' AND withdraws IN "


_INSERT_SAFE = (
    "INSERT INTO safe_marks (person_id, at_us, at_offset_s, recorded_us) VALUES (?, ?, ?, ?)"
)
_SELECT_SAFE = (
    "SELECT at_us, at_offset_s FROM safe_marks WHERE person_id = ? AND at_us >= ? "
    "AND at_us < ? ORDER BY at_us, id"
)


class Diary:
    """Each person's symptom diary."""

    def __init__(self, session: Session) -> None:
        self._db = session

    def record(self, person: str, entry: DiaryEntry) -> DiaryEntry:
        """Append ``entry`` (an entry or a withdrawal); return it with its id."""
        if not isinstance(entry, DiaryEntry):
            raise InvalidValue(_("{entry!r} is not a diary entry.").format(entry=entry))
        if entry.id is not None:
            raise InvalidValue(_("Diary entry {id} is already in the diary.").format(id=entry.id))
        with self._db.write() as conn:
            person_id = self._db.person_id(conn, person)
            if entry.withdraws is not None:
                _check_withdrawal(conn, person_id, entry.withdraws)
            cursor = conn.execute(
                _INSERT,
                (
                    person_id, entry.kind, entry.symptom, entry.severity, to_us(entry.at),
                    offset_s(entry.at), entry.note, entry.withdraws, to_us(entry.recorded_at),
                ),
            )  # fmt: skip
            return replace(entry, id=cursor.lastrowid)

    def entries(self, person: str, since: datetime, until: datetime) -> list[DiaryEntry]:
        """Every row felt in ``[since, until)``, withdrawn or not, in time order.

        Withdrawals of these entries are included wherever their own time falls, so that
        :func:`medplanner.core.diary.standing` can tell what still stands.
        """
        with self._db.read() as conn:
            person_id = self._db.person_id(conn, person)
            rows = conn.execute(_BETWEEN, (person_id, to_us(since), to_us(until))).fetchall()
            found = [diary_from_row(r) for r in rows]
            ids = [e.id for e in found if e.kind == "entry" and e.id is not None]
            seen = {e.id for e in found}
            extra: list[DiaryEntry] = []
            for chunk in _chunks(ids, 500):
                marks = ", ".join("?" * len(chunk))
                query = _WITHDRAWALS_OF + f"({marks}) ORDER BY id"
                extra += [
                    diary_from_row(r)
                    for r in conn.execute(query, (person_id, *chunk))
                    if r[0] not in seen
                ]
        return found + extra

    def entry(self, person: str, entry_id: int) -> DiaryEntry:
        with self._db.read() as conn:
            person_id = self._db.person_id(conn, person)
            row = conn.execute(
                SELECT_DIARY + "WHERE id = ? AND person_id = ?", (entry_id, person_id)
            ).fetchone()
        if row is None:
            raise InvalidValue(
                _("There is no diary entry {entry_id} for {person}.").format(
                    entry_id=entry_id, person=person
                )
            )
        return diary_from_row(row)

    def mark_safe(self, person: str, at: datetime, recorded_at: datetime) -> datetime:
        """Log "I'm safe now" at ``at``: red flags felt up to then no longer stand."""
        check_instant("at", at)
        check_instant("recorded_at", recorded_at)
        with self._db.write() as conn:
            person_id = self._db.person_id(conn, person)
            conn.execute(_INSERT_SAFE, (person_id, to_us(at), offset_s(at), to_us(recorded_at)))
        return at

    def safe_marks(self, person: str, since: datetime, until: datetime) -> list[datetime]:
        """The moments the person said they were safe, in ``[since, until)``, in order."""
        with self._db.read() as conn:
            person_id = self._db.person_id(conn, person)
            rows = conn.execute(_SELECT_SAFE, (person_id, to_us(since), to_us(until))).fetchall()
        return [from_us(us, off) for us, off in rows]


def _check_withdrawal(conn: sqlite3.Connection, person_id: int, target_id: int) -> None:
    row = conn.execute(
        "SELECT person_id, kind FROM diary_entries WHERE id = ?", (target_id,)
    ).fetchone()
    if row is None or row[0] != person_id:
        raise InvalidValue(
            _("There is no diary entry {target_id} of this person.").format(target_id=target_id)
        )
    if row[1] != "entry":
        raise InvalidValue(
            _("Diary entry {target_id} is itself a withdrawal.").format(target_id=target_id)
        )
    again = conn.execute(
        "SELECT id FROM diary_entries WHERE withdraws = ?", (target_id,)
    ).fetchone()
    if again is not None:
        raise InvalidValue(
            _("Diary entry {target_id} was already withdrawn (entry {again}).").format(
                target_id=target_id, again=again[0]
            )
        )


def _chunks(items: list[int], size: int) -> list[list[int]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
