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

from PySide6.QtCore import QCoreApplication, QThread, Signal

from medplanner.core.errors import MedPlannerError
from medplanner.core.schedule import zone
from medplanner.gui.marks import QT_TRANSLATE_NOOP
from medplanner.service import Service

log = logging.getLogger(__name__)

# Global setting: the folder the last export went to (offered again next time).
FOLDER_KEY = "export.folder"
# The CLI's limits for ``--weeks`` (1–104) and its defaults (4 ahead, 12 back).
MAX_WEEKS = 104
SCHEDULE_WEEKS = 4
REPORT_WEEKS = 12

Render = Callable[[], bytes]


@dataclass(frozen=True)
class ExportKind:
    """One export. Its words are marked for the catalogue (context "ExportKinds") and
    translated where they are shown: ``QCoreApplication.translate("ExportKinds", kind.label)``.
    Each sentence about the kind is whole (never "Writing " + "the calendar")."""

    key: str  # the CLI's --format value
    label: str  # with its mnemonic
    title: str  # the save dialog's title: "Export the doctor's report"
    stem: str  # default file name: <person>-<stem>-<day>.<suffix>
    suffix: str
    filter: str
    hint: str
    not_made: str  # "Nothing was exported: the doctor's report could not be made."
    writing: str  # "Writing the doctor's report to {path}…"
    wrote: str  # "Wrote the doctor's report for {person} to {path}."


KINDS = (
    ExportKind(
        key="toml",
        label=QT_TRANSLATE_NOOP("ExportKinds", "The &plan file (TOML)"),
        title=QT_TRANSLATE_NOOP("ExportKinds", "Export the plan file"),
        stem="plan",
        suffix="toml",
        filter=QT_TRANSLATE_NOOP("ExportKinds", "Plan files (*.toml)"),
        hint=QT_TRANSLATE_NOOP(
            "ExportKinds", "The plan as stored, to keep, share with a carer or import again."
        ),
        not_made=QT_TRANSLATE_NOOP(
            "ExportKinds", "Nothing was exported: the plan file could not be made."
        ),
        writing=QT_TRANSLATE_NOOP("ExportKinds", "Writing the plan file to {path}…"),
        wrote=QT_TRANSLATE_NOOP("ExportKinds", "Wrote the plan file for {person} to {path}."),
    ),
    ExportKind(
        key="pdf",
        label=QT_TRANSLATE_NOOP("ExportKinds", "A printable &schedule (PDF)"),
        title=QT_TRANSLATE_NOOP("ExportKinds", "Export the printable schedule"),
        stem="schedule",
        suffix="pdf",
        filter=QT_TRANSLATE_NOOP("ExportKinds", "PDF files (*.pdf)"),
        hint=QT_TRANSLATE_NOOP(
            "ExportKinds", "Every dose of the coming weeks in large type, day by day, to print."
        ),
        not_made=QT_TRANSLATE_NOOP(
            "ExportKinds", "Nothing was exported: the printable schedule could not be made."
        ),
        writing=QT_TRANSLATE_NOOP("ExportKinds", "Writing the printable schedule to {path}…"),
        wrote=QT_TRANSLATE_NOOP(
            "ExportKinds", "Wrote the printable schedule for {person} to {path}."
        ),
    ),
    ExportKind(
        key="report-pdf",
        label=QT_TRANSLATE_NOOP("ExportKinds", "The &doctor's report (PDF)"),
        title=QT_TRANSLATE_NOOP("ExportKinds", "Export the doctor's report"),
        stem="report",
        suffix="pdf",
        filter=QT_TRANSLATE_NOOP("ExportKinds", "PDF files (*.pdf)"),
        hint=QT_TRANSLATE_NOOP(
            "ExportKinds",
            "Doses taken, skipped and missed, plan changes, diary and findings for a period: "
            "to bring to the prescriber.",
        ),
        not_made=QT_TRANSLATE_NOOP(
            "ExportKinds", "Nothing was exported: the doctor's report could not be made."
        ),
        writing=QT_TRANSLATE_NOOP("ExportKinds", "Writing the doctor's report to {path}…"),
        wrote=QT_TRANSLATE_NOOP("ExportKinds", "Wrote the doctor's report for {person} to {path}."),
    ),
    ExportKind(
        key="ics",
        label=QT_TRANSLATE_NOOP("ExportKinds", "A &calendar (ICS)"),
        title=QT_TRANSLATE_NOOP("ExportKinds", "Export the calendar"),
        stem="calendar",
        suffix="ics",
        filter=QT_TRANSLATE_NOOP("ExportKinds", "Calendar files (*.ics)"),
        hint=QT_TRANSLATE_NOOP(
            "ExportKinds",
            "Every dose as a calendar event with an alarm, for a phone or calendar program.",
        ),
        not_made=QT_TRANSLATE_NOOP(
            "ExportKinds", "Nothing was exported: the calendar could not be made."
        ),
        writing=QT_TRANSLATE_NOOP("ExportKinds", "Writing the calendar to {path}…"),
        wrote=QT_TRANSLATE_NOOP("ExportKinds", "Wrote the calendar for {person} to {path}."),
    ),
    ExportKind(
        key="csv",
        label=QT_TRANSLATE_NOOP("ExportKinds", "The dose &history (CSV)"),
        title=QT_TRANSLATE_NOOP("ExportKinds", "Export the dose history"),
        stem="history",
        suffix="csv",
        filter=QT_TRANSLATE_NOOP("ExportKinds", "CSV files (*.csv)"),
        hint=QT_TRANSLATE_NOOP(
            "ExportKinds",
            "Every recorded dose, skip and correction, as a table for a spreadsheet.",
        ),
        not_made=QT_TRANSLATE_NOOP(
            "ExportKinds", "Nothing was exported: the dose history could not be made."
        ),
        writing=QT_TRANSLATE_NOOP("ExportKinds", "Writing the dose history to {path}…"),
        wrote=QT_TRANSLATE_NOOP("ExportKinds", "Wrote the dose history for {person} to {path}."),
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
        return QCoreApplication.translate(
            "ExportFailure", "{message}. Choose another file or folder and export again."
        ).format(message=error.message)
    if isinstance(error, PermissionError):
        text = QCoreApplication.translate(
            "ExportFailure",
            "{path} could not be written: MedPlanner may not write in that folder. Choose a "
            "folder you can write to (for example your Documents folder), or free some space, "
            "and export again.",
        )
        return text.format(path=path)
    if isinstance(error, OSError) and error.errno == 28:  # ENOSPC
        text = QCoreApplication.translate(
            "ExportFailure",
            "{path} could not be written: the disk is full. Choose a folder you can write to "
            "(for example your Documents folder), or free some space, and export again.",
        )
        return text.format(path=path)
    # the system's own words for what went wrong (not ours to translate)
    why = (error.strerror if isinstance(error, OSError) else None) or str(error)
    #: Translators: {why} is the operating system's own description of the error.
    text = QCoreApplication.translate(
        "ExportFailure",
        "{path} could not be written: {why}. Choose a folder you can write to (for example "
        "your Documents folder), or free some space, and export again.",
    )
    return text.format(path=path, why=why)


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
