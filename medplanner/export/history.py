"""The dose history as CSV: one row per event, a header row, ISO 8601 times.

Every event is there, corrections and retractions included, so the file is
the same auditable record the log is (``corrects`` names the replaced row).
Every cell of every column goes through :func:`~medplanner.core.limits.csv_cell`: no
control characters, and text starting like a formula (``= + - @``, tab, CR) is defused.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from medplanner.core.limits import csv_cell
from medplanner.service import Service

COLUMNS = (
    "id",
    "person",
    "medication",
    "event",
    "at",
    "scheduled_day",
    "scheduled_time",
    "amount",
    "amount_mg",
    "flagged",
    "confirmed",
    "reason",
    "snooze_until",
    "corrects",
    "plan_version",
    "recorded_at",
)

_EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
_LATEST = datetime(2200, 1, 1, tzinfo=UTC)


def history_csv(service: Service, person: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for e in service.history(person, _EARLIEST, _LATEST):
        row = [
            e.id,
            person,
            e.medication,
            e.kind,
            e.at.isoformat(),
            e.slot.day.isoformat() if e.slot else "",
            e.slot.wall.strftime("%H:%M") if e.slot else "",
            str(e.amount) if e.amount else "",
            f"{e.amount.mg_float:g}" if e.amount else "",
            "yes" if e.flagged else "no",
            "yes" if e.confirmed else "no",
            e.reason or "",
            e.snooze_until.isoformat() if e.snooze_until else "",
            e.corrects or "",
            e.plan_version or "",
            e.recorded_at.isoformat(),
        ]
        writer.writerow([csv_cell(cell) for cell in row])
    return out.getvalue()
