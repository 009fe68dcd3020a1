"""The main window's commands: new medication, save, text size, plan files, export,
print, backup, restore, Help, raising the window, and asking before closing would stop
the reminders.

:class:`WindowCommands` is the base of :class:`~medplanner.gui.main_window.MainWindow`;
the window itself (tabs, persons, attaching the data) lives there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from medplanner.gui.widgets import appearance

if TYPE_CHECKING:  # the rest is imported when used: the app's first frame goes without it
    from PySide6.QtGui import QPagedPaintDevice

    from medplanner.gui.operations import Operations
    from medplanner.gui.views.base import View
    from medplanner.gui.widgets.prefs import Prefs


class WindowCommands(QMainWindow):
    """File ▸ …, Help, and the keep-reminders question; see the module docstring."""

    ops: Operations | None
    person: str | None
    data_dir: Path | None
    autostart: Path | None
    prefs: Prefs
    views: dict[str, View]

    def _settle_unsaved(self) -> bool:
        raise NotImplementedError

    def _set_person(self, person: str | None) -> None:
        raise NotImplementedError

    def new_person(self) -> None:
        raise NotImplementedError

    def show_view(self, key: str) -> View | None:
        raise NotImplementedError

    def current_view(self) -> View | None:
        raise NotImplementedError

    # ------------------------------------------------------------------ edit and view

    def new_medication(self) -> None:
        if self.person is None:
            self.new_person()
            return
        view = self.show_view("medications")
        if view is not None:
            from medplanner.gui.views.medications import MedicationsView

            assert isinstance(view, MedicationsView)
            view.new_medication()

    def save(self) -> None:
        view = self.current_view()
        if view is None or not view.save():
            pending = [v for v in self.views.values() if v.has_unsaved_changes()]
            if view is not None and not pending:
                nothing = QCoreApplication.translate("WindowCommands", "Nothing to save here.")
                self.statusBar().showMessage(nothing, 4000)

    def change_text(self, step: int) -> None:
        self.set_text(self.prefs.text_percent + step)

    def set_text(self, percent: int) -> None:
        look = appearance.current()
        self.prefs.text_percent = percent
        if look is not None:
            look.set_text_percent(self.prefs.text_percent)
        settings = self.views.get("settings")
        if settings is not None:
            settings.invalidate()
        words = QCoreApplication.translate("WindowCommands", "Text size {percent} %")
        self.statusBar().showMessage(words.format(percent=self.prefs.text_percent), 3000)

    # ------------------------------------------------------------------ help

    def about(self) -> None:
        """Help: what MedPlanner does, and the keys this window really has."""
        from medplanner.gui.widgets.about import AboutDialog
        from medplanner.gui.window_menus import shortcut_rows

        AboutDialog(self.data_dir, self, keys=shortcut_rows(self)).exec()

    def raise_window(self) -> None:
        from PySide6.QtCore import Qt

        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------------ files

    def import_plan(self) -> None:
        if self.ops is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from medplanner.gui.widgets import messages

        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("WindowCommands", "Import a plan file"),
            "",
            ";;".join((_plan_files(), _all_files())),
        )
        if not path or not self._settle_unsaved():
            return
        result = self.ops.import_plan(self, Path(path))
        if result is None:
            return
        from medplanner.gui.widgets.findings_panel import summary

        self._set_person(result.person)
        if result.unchanged:
            text = QCoreApplication.translate(
                "WindowCommands",
                "{person}'s plan is stored (already stored like this). Checks: {checks}. "
                "Each finding is explained under Medications.",
            )
        else:
            text = QCoreApplication.translate(
                "WindowCommands",
                "{person}'s plan is stored (the earlier plan is kept). Checks: {checks}. "
                "Each finding is explained under Medications.",
            )
        messages.show_info(
            self,
            QCoreApplication.translate("WindowCommands", "Plan imported"),
            text.format(person=result.person, checks=summary(result.findings)),
        )

    def export_plan(self) -> None:
        if self.ops is None or self.person is None:
            return
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("WindowCommands", "Export the plan"),
            f"{self.person}-plan.toml",
            _plan_files(),
        )
        if path and self.ops.export_plan(self, self.person, Path(path)):
            done = QCoreApplication.translate(
                "WindowCommands", "Exported {person}'s plan to {path}"
            )
            self.statusBar().showMessage(done.format(person=self.person, path=path), 6000)

    def open_export(self) -> None:
        from medplanner.gui.dialogs.export import open_export_dialog

        if self.ops is not None and self.person is not None:
            self.export_dialog = open_export_dialog(self, self.ops, self.person, self.data_dir)

    def print_schedule(self, printer: QPagedPaintDevice | None = None) -> int:
        """File ▸ Print: the next four weeks, as the PDF export lays them out (large type,
        steps marked, standing findings, the red-flag list). Returns the pages printed."""
        if self.ops is None or self.person is None:
            return 0
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QDialog

        from medplanner.export.pdf import paint_pages, schedule_html
        from medplanner.export.report import schedule_data

        if printer is None:
            chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(chosen, self).exec() != QDialog.DialogCode.Accepted:
                return 0
            printer = chosen
        ops, person = self.ops, self.person
        html = ops.run(
            self,
            QCoreApplication.translate("WindowCommands", "Nothing was printed"),
            lambda: schedule_html(schedule_data(ops.service, person, ops.now().date(), 4)),
        )
        if html is None:
            return 0
        title = QCoreApplication.translate("WindowCommands", "Medication schedule — {person}")
        return paint_pages(printer, html, title=title.format(person=person), base_pt=14)

    def backup(self) -> None:
        if self.ops is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from medplanner.gui.widgets import messages

        today = self.ops.now().date()
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("WindowCommands", "Back up everything"),
            f"medplanner-backup-{today}.db",
            _backups(),
        )
        if not path:
            return
        written = self.ops.backup(self, Path(path))
        if written is not None:
            text = QCoreApplication.translate(
                "WindowCommands",
                "Backup written to {path}. Keep it somewhere private: it holds health data.",
            )
            messages.show_info(
                self,
                QCoreApplication.translate("WindowCommands", "Backup written"),
                text.format(path=written),
            )

    def restore(self) -> None:
        if self.ops is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from medplanner.gui.widgets import messages

        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("WindowCommands", "Restore a backup"),
            "",
            ";;".join((_backups(), _all_files())),
        )
        if not path or not self._settle_unsaved():
            return
        question = QCoreApplication.translate(
            "WindowCommands",
            "Everything MedPlanner holds now is replaced by {path}. The current data is "
            "kept in the backups folder first. The backup is checked fully before anything "
            "changes.",
        )
        if not messages.ask(
            self,
            QCoreApplication.translate("WindowCommands", "Restore this backup?"),
            question.format(path=path),
            QCoreApplication.translate("WindowCommands", "Restore"),
            QCoreApplication.translate("WindowCommands", "Cancel"),
        ):
            return
        if self.ops.restore(self, Path(path)):
            done = QCoreApplication.translate("WindowCommands", "Restored {path}.")
            messages.show_info(
                self,
                QCoreApplication.translate("WindowCommands", "Backup restored"),
                done.format(path=path),
            )

    def _ask_keep_reminders(self) -> str:
        """No tray to live in: closing the window would end the reminders. Ask; the
        answer is "keep" (minimise, reminders go on), "quit" or "cancel"."""
        from PySide6.QtWidgets import QMessageBox

        from medplanner.gui.tray import start_at_login

        if start_at_login(self.autostart):
            text = QCoreApplication.translate(
                "WindowCommands",
                "This desktop has no tray for MedPlanner to wait in. If you quit, dose "
                "reminders stop now. MedPlanner starts by itself when you log in, so reminders "
                "come back then.",
            )
        else:
            text = QCoreApplication.translate(
                "WindowCommands",
                "This desktop has no tray for MedPlanner to wait in. If you quit, dose "
                "reminders stop now. MedPlanner does not start by itself when you log in "
                "(Settings: Start at login), so there will be no reminders until you open it "
                "again.",
            )
        box = QMessageBox(self)
        box.setObjectName("keep-reminders")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("WindowCommands", "Keep reminders running?"))
        box.setText(
            QCoreApplication.translate(
                "WindowCommands", "Keep reminders running in the background?"
            )
        )
        box.setInformativeText(text)
        keep = box.addButton(
            QCoreApplication.translate("WindowCommands", "Keep reminders running"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep.setObjectName("keep-running")
        quit_ = box.addButton(
            QCoreApplication.translate("WindowCommands", "Quit, no reminders"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        quit_.setObjectName("quit-no-reminders")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("WindowCommands", "Cancel"))
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            return "keep"
        return "quit" if box.clickedButton() is quit_ else "cancel"


def _plan_files() -> str:
    return QCoreApplication.translate("WindowCommands", "Plan files (*.toml)")


def _backups() -> str:
    return QCoreApplication.translate("WindowCommands", "Backups (*.db)")


def _all_files() -> str:
    return QCoreApplication.translate("WindowCommands", "All files (*)")
