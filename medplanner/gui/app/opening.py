"""Opening the data dir through the service; a damaged database offers its newest good
backup (restored through the service too: no shell imports :mod:`medplanner.storage`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from medplanner.gui.app.shell import Clock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from medplanner.service import Service


def open_service(parent: QWidget, data_dir: Path, clock: Clock) -> Service | None:
    """The data dir's service (every page read first); a damaged database offers its
    newest good backup. None: the dir cannot be used (the person was told why)."""
    from PySide6.QtCore import QCoreApplication

    from medplanner.core.errors import MedPlannerError
    from medplanner.gui.widgets import messages
    from medplanner.service import Service
    from medplanner.service.errors import DatabaseUnusable, NewerDatabase

    cannot = QCoreApplication.translate("Opening", "MedPlanner cannot open your data")
    offered = False
    while True:
        try:
            return Service.open(data_dir, clock=clock, verify=True)
        except NewerDatabase as e:
            messages.show_error(parent, cannot, e.message)
            return None
        except DatabaseUnusable as e:
            if e.backup is None or offered:
                messages.show_error(parent, cannot, e.message)
                return None
            offered = True
            question = QCoreApplication.translate(
                "Opening",
                "MedPlanner cannot use your dose log ({problem}). It was not changed. "
                "The newest good backup is {backup}. Restore it? The damaged file is "
                "kept among the backups.",
            )
            if not messages.ask(
                parent,
                QCoreApplication.translate("Opening", "Restore the last good backup?"),
                question.format(problem=e.problem, backup=e.backup),
                QCoreApplication.translate("Opening", "Restore this backup"),
                QCoreApplication.translate("Opening", "Quit"),
            ):
                return None
            if not _restore(parent, e.backup, data_dir, clock):
                return None
        except MedPlannerError as e:
            messages.show_error(parent, cannot, e.message)
            return None


def _restore(parent: QWidget, backup: Path, data_dir: Path, clock: Clock) -> bool:
    from PySide6.QtCore import QCoreApplication

    from medplanner.core.errors import MedPlannerError
    from medplanner.gui.widgets import messages
    from medplanner.service import restore

    try:
        restore(backup, today=clock().date(), data_dir=data_dir)
    except MedPlannerError as e:
        title = QCoreApplication.translate("Opening", "The backup was not restored")
        messages.show_error(parent, title, e.message)
        return False
    return True
