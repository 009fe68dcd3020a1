"""The main window: a person switcher, the five views, menus and shortcuts.

It is drawn before the data is opened (a calm "Opening…" page), so the first window
appears as fast as Qt allows; :meth:`MainWindow.attach` then brings in the
:class:`~medplanner.gui.operations.Operations` and shows Today, or the welcome page when
no person is stored yet. Views are built the first time they are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPagedPaintDevice, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medplanner.gui.widgets import appearance, messages
from medplanner.gui.widgets.a11y import fit_tabs, name_choices
from medplanner.gui.widgets.appearance import TEXT_STEP, emphasize
from medplanner.gui.widgets.prefs import Prefs

if TYPE_CHECKING:  # the first window is drawn before the service and the views are imported
    from medplanner.gui.operations import Changes, Operations
    from medplanner.gui.views.base import View
    from medplanner.gui.welcome import WelcomePage

VIEWS = (
    ("today", "&Today"),
    ("medications", "&Medications"),
    ("calendar", "&Calendar"),
    ("history", "&History"),
    ("settings", "&Person && settings"),
    ("diary", "&Diary"),
    ("insight", "&Drowsiness && stock"),
)
_LOADING, _WELCOME, _MAIN = range(3)


class MainWindow(QMainWindow):
    """See the module docstring."""

    demo_requested = Signal()
    person_changed = Signal(str)

    def __init__(
        self,
        *,
        prefs: Prefs,
        data_dir: Path | None = None,
        autostart: Path | None = None,
        default_zone: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.prefs = prefs
        self.data_dir = data_dir
        self.autostart = autostart
        self._default_zone = default_zone
        self.ops: Operations | None = None
        self.views: dict[str, View] = {}
        self.person: str | None = None
        self.close_to_tray = False
        #: The reminder engine runs in this process (closing the last window would stop it).
        self.reminders_running = False
        self._quit_knowingly = False
        self._undo = QUndoGroup(self)
        self._undo.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.setWindowTitle("MedPlanner[*]")

        self.stack = QStackedWidget(self)
        loading = QLabel("Opening your plan…")
        loading.setObjectName("loading")
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        emphasize(loading, 1.5)
        self.stack.addWidget(loading)
        self.welcome: WelcomePage | None = None
        self.stack.addWidget(QWidget())  # the welcome page, built when needed
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(6, 6, 6, 6)
        self.demo_note = QLabel(
            "Demo: a made-up plan in a throw-away folder. Nothing you do here is kept."
        )
        self.demo_note.setObjectName("demo-note")
        self.demo_note.setWordWrap(True)
        emphasize(self.demo_note, 1.0, bold=True)
        self.demo_note.setVisible(False)
        main_layout.addWidget(self.demo_note)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.setAccessibleName("Views")
        self.tabs.setDocumentMode(True)
        for key, label in VIEWS:
            holder = QWidget()
            holder.setObjectName(f"{key}-holder")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, label)
        self.tabs.currentChanged.connect(self._tab_changed)
        fit_tabs(self.tabs)  # at 200 % text the tabs scroll instead of widening the window
        main_layout.addWidget(self.tabs)
        self.stack.addWidget(main)
        self.setCentralWidget(self.stack)

        self._build_toolbar()
        self._build_menus()
        # Qt's "more items" buttons appear when the window is too narrow: name them too.
        for button, name in (
            (self.findChild(QToolButton, "qt_toolbar_ext_button"), "More of the person bar"),
            (self.findChild(QToolButton, "qt_menubar_ext_button"), "More menus"),
        ):
            if button is not None:
                button.setAccessibleName(name)
        self._set_enabled(False)
        geometry = prefs.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 800)

    # ------------------------------------------------------------------ building

    def _build_toolbar(self) -> None:
        bar = QToolBar("Person", self)
        bar.setObjectName("person-bar")
        bar.setMovable(False)
        label = QLabel("  &Person: ")
        emphasize(label, 1.1, bold=True)
        self.person_box = QComboBox()
        self.person_box.setObjectName("person-switcher")
        self.person_box.setAccessibleName("Person whose plan is shown")
        self.person_box.setMinimumContentsLength(12)
        self.person_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        emphasize(self.person_box, 1.1)
        label.setBuddy(self.person_box)
        name_choices(self.person_box)
        self.person_box.activated.connect(self._person_chosen)
        bar.addWidget(label)
        bar.addWidget(self.person_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _action(
        self,
        menu_name: str,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, list):
            action.setShortcuts(keys)
        elif keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: slot())
        self._menus[menu_name].addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {
            name: bar.addMenu(text)
            for name, text in (
                ("file", "&File"),
                ("edit", "&Edit"),
                ("view", "&View"),
                ("help", "&Help"),
            )
        }
        Key = QKeySequence
        self.new_person_action = self._action(
            "file", "New &person…", self.new_person, Key("Ctrl+Shift+N")
        )
        self.import_action = self._action(
            "file", "&Import a plan file…", self.import_plan, Key.StandardKey.Open
        )
        self.export_action = self._action(
            "file", "&Export the plan…", self.export_plan, Key("Ctrl+E")
        )
        self.export_all_action = self._action(  # dialogs/export.py: every kind of export
            "file", "E&xport…", self.open_export, Key("Ctrl+Shift+E")
        )
        self._menus["file"].addSeparator()
        self.backup_action = self._action("file", "&Back up everything…", self.backup)
        self.restore_action = self._action("file", "&Restore a backup…", self.restore)
        self._menus["file"].addSeparator()
        self.print_action = self._action(
            "file", "&Print the schedule…", self.print_schedule, Key.StandardKey.Print
        )
        self._menus["file"].addSeparator()
        self._action("file", "&Quit", self.quit, Key.StandardKey.Quit)

        undo = self._undo.createUndoAction(self, "&Undo")
        undo.setShortcuts(Key.keyBindings(Key.StandardKey.Undo))
        redo = self._undo.createRedoAction(self, "&Redo")
        redo.setShortcuts([Key("Ctrl+Shift+Z"), Key("Ctrl+Y")])
        self._menus["edit"].addAction(undo)
        self._menus["edit"].addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        self._menus["edit"].addSeparator()
        self.new_med_action = self._action(
            "edit", "&New medication", self.new_medication, Key.StandardKey.New
        )
        self.save_action = self._action("edit", "&Save", self.save, Key.StandardKey.Save)

        for n, (key, label) in enumerate(VIEWS, start=1):
            self._action("view", label, self._shower(key), Key(f"Ctrl+{n}"))
        self._menus["view"].addSeparator()
        self._action(
            "view",
            "&Larger text",
            lambda: self.change_text(TEXT_STEP),
            [Key(Key.StandardKey.ZoomIn), Key("Ctrl+=")],
        )
        self._action(
            "view", "&Smaller text", lambda: self.change_text(-TEXT_STEP), Key.StandardKey.ZoomOut
        )
        self._action("view", "&Normal text size", lambda: self.set_text(100), Key("Ctrl+0"))
        self._action("help", "&Help and about MedPlanner", self.about, Key.StandardKey.HelpContents)

    def _shower(self, key: str) -> Callable[[], object]:
        return lambda: self.show_view(key)

    def _set_enabled(self, attached: bool) -> None:
        has_person = attached and self.person is not None
        for action in (self.import_action, self.backup_action, self.restore_action):
            action.setEnabled(attached)
        self.new_person_action.setEnabled(attached)
        for action in (self.export_action, self.new_med_action, self.save_action):
            action.setEnabled(has_person)
        self.export_all_action.setEnabled(has_person)
        self.person_box.setEnabled(has_person)

    # ------------------------------------------------------------------ attaching the data

    def attach(self, ops: Operations) -> None:
        """Bring in the data: Today for the last person shown, or the welcome page."""
        first = self.ops is None
        self.ops = ops
        if first:
            ops.changed.connect(self._changed)
        self.demo_note.setVisible(ops.demo)
        self.setWindowTitle(self._title())
        persons = ops.service.persons()
        wanted = self.person or self.prefs.last_person
        person = next((p for p in persons if wanted and p.casefold() == wanted.casefold()), None)
        self._fill_persons(persons)
        self._set_person(person or (persons[0] if persons else None))

    def _fill_persons(self, persons: list[str]) -> None:
        self.person_box.blockSignals(True)
        self.person_box.clear()
        self.person_box.addItems(persons)
        if self.person in persons:
            self.person_box.setCurrentText(self.person)
        self.person_box.blockSignals(False)

    def _set_person(self, person: str | None) -> None:
        self.person = person
        if person is not None:
            self.person_box.blockSignals(True)
            self.person_box.setCurrentText(person)
            self.person_box.blockSignals(False)
            self.prefs.last_person = person
        for view in self.views.values():
            view.set_person(person)
        self._set_enabled(self.ops is not None)
        self.setWindowTitle(self._title())
        if person is None:
            self._show_welcome()
        else:
            self.stack.setCurrentIndex(_MAIN)
            self._ensure_view(self.tabs.currentIndex())
            self.person_changed.emit(person)

    def _show_welcome(self) -> None:
        if self.welcome is None:
            from medplanner.gui.welcome import WelcomePage

            zone = self._default_zone() if self._default_zone else "UTC"
            self.welcome = WelcomePage(zone)
            self.welcome.create_requested.connect(self._create_first_person)
            self.welcome.demo_requested.connect(self.demo_requested)
            old = self.stack.widget(_WELCOME)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.stack.insertWidget(_WELCOME, self.welcome)
        self.stack.setCurrentIndex(_WELCOME)
        self.welcome.name.setFocus()

    def _title(self) -> str:
        # Ends with the display name (gui/app.py), so Qt does not add it a second time;
        # "[*]" (unsaved changes) comes before it for the same reason.
        demo = " (demo: nothing is kept)" if self.ops is not None and self.ops.demo else ""
        who = f"{self.person}{demo}[*] — " if self.person else "[*]"
        return f"{who}MedPlanner"

    # ------------------------------------------------------------------ views

    def _make_view(self, key: str) -> View:
        assert self.ops is not None
        ops = self.ops
        if key == "today":
            from medplanner.gui.views.today import TodayView

            return TodayView(ops)
        if key == "medications":
            from medplanner.gui.views.medications import MedicationsView

            return MedicationsView(ops)
        if key == "calendar":
            from medplanner.gui.views.calendar import CalendarView

            return CalendarView(ops)
        if key == "history":
            from medplanner.gui.views.history import HistoryView

            return HistoryView(ops)
        if key == "diary":
            from medplanner.gui.views.diary import DiaryTab

            return DiaryTab(ops)
        if key == "insight":
            from medplanner.gui.views.insight import InsightView

            return InsightView(ops)
        from medplanner.gui.views.settings import SettingsView

        return SettingsView(ops, self.prefs, autostart=self.autostart)

    def _ensure_view(self, index: int) -> View | None:
        if self.ops is None or index < 0:
            return None
        key = VIEWS[index][0]
        view = self.views.get(key)
        if view is None:
            view = self._make_view(key)
            view.set_person(self.person)
            holder = self.tabs.widget(index)
            layout = holder.layout() if holder is not None else None
            assert layout is not None
            layout.addWidget(view)
            view.show()  # a layout shows a new child only on the next event-loop turn
            self.views[key] = view
            if view.undo_stack is not None:
                self._undo.addStack(view.undo_stack)
        return view

    def view(self, key: str) -> View:
        """The view called ``key`` (built if it was not yet)."""
        index = [k for k, _ in VIEWS].index(key)
        view = self._ensure_view(index)
        assert view is not None
        return view

    def show_view(self, key: str) -> View | None:
        if self.ops is None or self.person is None:
            return None
        index = [k for k, _ in VIEWS].index(key)
        self.tabs.setCurrentIndex(index)
        return self.view(key)

    def current_view(self) -> View | None:
        key = VIEWS[self.tabs.currentIndex()][0]
        return self.views.get(key)

    def _tab_changed(self, index: int) -> None:
        view = self._ensure_view(index)
        stack = view.undo_stack if view is not None else None
        self._undo.setActiveStack(stack)  # type: ignore[arg-type]  # None: no stack

    # ------------------------------------------------------------------ persons

    def _person_chosen(self, index: int) -> None:
        name = self.person_box.itemText(index)
        if not self.switch_person(name):
            self._fill_persons(
                [self.person_box.itemText(i) for i in range(self.person_box.count())]
            )

    def switch_person(self, name: str) -> bool:
        """Show ``name``'s plan; unsaved edits are saved or dropped first (asked)."""
        if name == self.person:
            return True
        if not self._settle_unsaved():
            return False
        self._set_person(name)
        return True

    def _settle_unsaved(self) -> bool:
        for view in self.views.values():
            if not view.has_unsaved_changes():
                continue
            who = self.person or "this person"
            answer = messages.ask_save(
                self,
                "Unsaved changes",
                f"The changes to {who}'s plan are not saved yet. Save them now?",
            )
            if answer == "cancel":
                return False
            if answer == "save" and not view.save():
                return False
            if answer == "discard":
                view.discard_changes()
        return True

    def _changed(self, changes: Changes) -> None:
        if changes.persons and self.ops is not None:
            persons = self.ops.service.persons()
            self._fill_persons(persons)
            if self.person not in persons:
                self._set_person(persons[0] if persons else None)
            elif self.person is not None:
                self.setWindowTitle(self._title())

    def _create_first_person(self, name: str, zone: str) -> None:
        if self.ops is None:
            return
        created = self.ops.create_person(self, name, zone)
        if created is not None:
            self._set_person(created)
            self.show_view("medications")

    def new_person(self) -> None:
        if self.ops is None:
            return
        from medplanner.gui.widgets.person_dialog import NewPersonDialog

        dialog = NewPersonDialog(self._default_zone() if self._default_zone else "UTC", self)
        if dialog.exec() != NewPersonDialog.DialogCode.Accepted:
            return
        name, zone = dialog.values()
        if not self._settle_unsaved():
            return
        created = self.ops.create_person(self, name, zone)
        if created is not None:
            self._set_person(created)

    # ------------------------------------------------------------------ commands

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
                self.statusBar().showMessage("Nothing to save here.", 4000)

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
        self.statusBar().showMessage(f"Text size {self.prefs.text_percent} %", 3000)

    def about(self) -> None:
        from medplanner.gui.widgets.about import AboutDialog

        AboutDialog(self.data_dir, self).exec()

    def quit(self) -> None:
        """File ▸ Quit (or the tray's Quit): the person chose to end reminders too."""
        self.close_to_tray = False
        self._quit_knowingly = True
        try:
            if self.close():
                QApplication.quit()
        finally:
            self._quit_knowingly = False

    def raise_window(self) -> None:
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
        path, _ = QFileDialog.getOpenFileName(
            self, "Import a plan file", "", "Plan files (*.toml);;All files (*)"
        )
        if not path or not self._settle_unsaved():
            return
        result = self.ops.import_plan(self, Path(path))
        if result is None:
            return
        from medplanner.gui.widgets.findings_panel import summary

        self._set_person(result.person)
        what = "already stored like this" if result.unchanged else "the earlier plan is kept"
        messages.show_info(
            self,
            "Plan imported",
            f"{result.person}'s plan is stored ({what}). Checks: {summary(result.findings)}. "
            "Each finding is explained under Medications.",
        )

    def export_plan(self) -> None:
        if self.ops is None or self.person is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the plan", f"{self.person}-plan.toml", "Plan files (*.toml)"
        )
        if path and self.ops.export_plan(self, self.person, Path(path)):
            self.statusBar().showMessage(f"Exported {self.person}'s plan to {path}", 6000)

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
            "Nothing was printed",
            lambda: schedule_html(schedule_data(ops.service, person, ops.now().date(), 4)),
        )
        if html is None:
            return 0
        return paint_pages(printer, html, title=f"Medication schedule — {person}", base_pt=14)

    def backup(self) -> None:
        if self.ops is None:
            return
        today = self.ops.now().date()
        path, _ = QFileDialog.getSaveFileName(
            self, "Back up everything", f"medplanner-backup-{today}.db", "Backups (*.db)"
        )
        if not path:
            return
        written = self.ops.backup(self, Path(path))
        if written is not None:
            messages.show_info(
                self,
                "Backup written",
                f"Backup written to {written}. Keep it somewhere private: it holds health data.",
            )

    def restore(self) -> None:
        if self.ops is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, "Restore a backup", "", "Backups (*.db);;All files (*)"
        )
        if not path or not self._settle_unsaved():
            return
        if not messages.ask(
            self,
            "Restore this backup?",
            f"Everything MedPlanner holds now is replaced by {path}. The current data is "
            "kept in the backups folder first. The backup is checked fully before anything "
            "changes.",
            "Restore",
            "Cancel",
        ):
            return
        if self.ops.restore(self, Path(path)):
            messages.show_info(self, "Backup restored", f"Restored {path}.")

    # ------------------------------------------------------------------ Qt events

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._settle_unsaved():
            event.ignore()
            return
        self.prefs.geometry = self.saveGeometry()
        self.prefs.sync()
        if self.close_to_tray:
            event.ignore()
            self.hide()
            return
        if self.reminders_running and not self._quit_knowingly:
            choice = self._ask_keep_reminders()
            if choice != "quit":
                event.ignore()
                if choice == "keep":
                    self.showMinimized()
                return
        event.accept()

    def _ask_keep_reminders(self) -> str:
        """No tray to live in: closing the window would end the reminders. Ask; the
        answer is "keep" (minimise, reminders go on), "quit" or "cancel"."""
        from PySide6.QtWidgets import QMessageBox

        from medplanner.gui.tray import start_at_login

        login = (
            "MedPlanner starts by itself when you log in, so reminders come back then."
            if start_at_login(self.autostart)
            else "MedPlanner does not start by itself when you log in (Settings: Start at "
            "login), so there will be no reminders until you open it again."
        )
        box = QMessageBox(self)
        box.setObjectName("keep-reminders")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Keep reminders running?")
        box.setText("Keep reminders running in the background?")
        box.setInformativeText(
            "This desktop has no tray for MedPlanner to wait in. If you quit, dose reminders "
            f"stop now. {login}"
        )
        keep = box.addButton("Keep reminders running", QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keep-running")
        quit_ = box.addButton("Quit, no reminders", QMessageBox.ButtonRole.DestructiveRole)
        quit_.setObjectName("quit-no-reminders")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            return "keep"
        return "quit" if box.clickedButton() is quit_ else "cancel"

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            view = self.current_view()
            if view is not None and view.objectName() == "today-view" and self.ops is not None:
                shown = getattr(view, "status", None)
                if shown is None or self.ops.now() - shown.at > timedelta(minutes=1):
                    view.invalidate()
