"""File ▸ Export…'s kinds and work, apart from its window: what each export is, reading
its data through the service (:func:`prepare`, the same calls as ``medplanner export``),
the file's default name, the words for a failure, and the :class:`QThread` that lays the
file out and writes it (:class:`ExportJob`). The dialog is :mod:`.export`."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from medplanner.core.errors import MedPlannerError
from medplanner.core.schedule import zone
from medplanner.service import Service

log = logging.getLogger(__name__)

#: Global setting: the folder the last export went to (offered again next time).
FOLDER_KEY = "export.folder"
#: The CLI's limits for ``--weeks`` (1–104) and its defaults (4 ahead, 12 back).
MAX_WEEKS = 104
SCHEDULE_WEEKS = 4
REPORT_WEEKS = 12

Render = Callable[[], bytes]


@dataclass(frozen=True)
class ExportKind:
    key: str  # the CLI's --format value
    label: str  # with its mnemonic
    what: str  # in a sentence: "the doctor's report"
    stem: str  # default file name: <person>-<stem>-<day>.<suffix>
    suffix: str
    filter: str
    hint: str


KINDS = (
    ExportKind(
        "toml",
        "The &plan file (TOML)",
        "the plan file",
        "plan",
        "toml",
        "Plan files (*.toml)",
        "The plan as stored, to keep, share with a carer or import again.",
    ),
    ExportKind(
        "pdf",
        "A printable &schedule (PDF)",
        "the printable schedule",
        "schedule",
        "pdf",
        "PDF files (*.pdf)",
        "Every dose of the coming weeks in large type, day by day, to print.",
    ),
    ExportKind(
        "report-pdf",
        "The &doctor's report (PDF)",
        "the doctor's report",
        "report",
        "pdf",
        "PDF files (*.pdf)",
        "Doses taken, skipped and missed, plan changes, diary and findings for a period: "
        "to bring to the prescriber.",
    ),
    ExportKind(
        "ics",
        "A &calendar (ICS)",
        "the calendar",
        "calendar",
        "ics",
        "Calendar files (*.ics)",
        "Every dose as a calendar event with an alarm, for a phone or calendar program.",
    ),
    ExportKind(
        "csv",
        "The dose &history (CSV)",
        "the dose history",
        "history",
        "csv",
        "CSV files (*.csv)",
        "Every recorded dose, skip and correction, as a table for a spreadsheet.",
    ),
)
KIND = {k.key: k for k in KINDS}


def prepare(
    service: Service,
    person: str,
    key: str,
    now: datetime,
    *,
    weeks: int = SCHEDULE_WEEKS,
    since: date | None = None,
) -> Render:
    """Read what ``key`` needs from the service (main thread); returns the rest of the
    work (laying out, encoding) to run anywhere. The same calls as ``medplanner export``."""
    from medplanner.export import report

    cur = service.current(person)
    today = now.astimezone(zone(cur.plan.person.timezone)).date()
    if key == "pdf":
        from medplanner.export import pdf

        schedule = report.schedule_data(service, person, today, weeks)
        return lambda: pdf.schedule_pdf(schedule)
    if key == "report-pdf":
        from medplanner.export import pdf

        start = since if since is not None else today - timedelta(weeks=REPORT_WEEKS)
        period = report.report_data(service, person, start, now)
        return lambda: pdf.report_pdf(period)
    if key == "ics":
        from medplanner.export.ics import plan_ics

        text = plan_ics(service, person, now)
    elif key == "csv":
        from medplanner.export.history import history_csv

        text = history_csv(service, person)
    elif key == "toml":
        text = cur.text
    else:
        raise ValueError(f"unknown export kind {key!r}")
    encoded = text.encode("utf-8")
    return lambda: encoded


def default_name(person: str, kind: ExportKind, day: date) -> str:
    """``Robin-report-2027-01-06.pdf``: the person's name made safe for any file system."""
    safe = re.sub(r"[^\w.-]+", "-", person, flags=re.UNICODE).strip("-.") or "medplanner"
    return f"{safe}-{kind.stem}-{day.isoformat()}.{kind.suffix}"


def failure_text(path: Path, error: BaseException) -> str:
    """What went wrong writing ``path``, and what to do about it."""
    if isinstance(error, MedPlannerError):
        return f"{error.message}. Choose another file or folder and export again."
    if isinstance(error, PermissionError):
        why = "MedPlanner may not write in that folder"
    elif isinstance(error, OSError) and error.errno == 28:  # ENOSPC
        why = "the disk is full"
    elif isinstance(error, OSError):
        why = error.strerror or str(error)
    else:  # pragma: no cover - the worker passes only these
        why = str(error)
    return (
        f"{path} could not be written: {why}. Choose a folder you can write to (for "
        "example your Documents folder), or free some space, and export again."
    )


class ExportJob(QThread):
    """Lays out and writes one export off the main thread; ``done`` carries the written
    path or the error (delivered on the main thread, queued)."""

    done = Signal(object)

    def __init__(self, render: Render, path: Path, data_dir: Path | None) -> None:
        super().__init__()
        self._render = render
        self.path = path
        self._data_dir = data_dir

    def run(self) -> None:
        from medplanner.service.files import write_user_file

        try:
            result: object = write_user_file(self.path, self._render(), data_dir=self._data_dir)
        except (MedPlannerError, OSError) as e:
            result = e
        except Exception as e:  # a bug: handed to the main thread's crash handler
            log.exception("export failed")
            result = e
        self.done.emit(result)
