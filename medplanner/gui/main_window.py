"""The main window: a person switcher and the seven views (tabs).

Its menus and keys are made in :mod:`~medplanner.gui.window_menus`; the commands that
reach outside the window (files, print, backup, Help) in
:mod:`~medplanner.gui.window_files`. It is drawn before the data is opened (a calm
"Opening…" page), so the first window appears as fast as Qt allows. The app asks for
that first frame alone (``first_frame_only``: the title, the tabs and "Opening your
plan…"); :meth:`MainWindow.build_rest` adds the person bar and the menus with their keys
right after it is painted. :meth:`MainWindow.attach` then brings in the
:class:`~medplanner.gui.operations.Operations` and shows Today, or the welcome page when no
person is stored yet. Views are built the first time they are shown.

Only the classes of the first frame are imported with this module; the rest's (the person
bar, the menus, the message boxes) when it is built: each PySide6 class costs its set-up
the first time it is imported.

Why it is a little over 400 lines: its texts are ``self.tr`` texts under the context
"MainWindow", which Qt looks up by the class's run-time name; moving a part of it (the
person switching) into a mixin would file those texts under the mixin's name in the
catalogue while Qt asks for them under "MainWindow". The menus and the file commands,
which have their own contexts, already live beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.window_files import WindowCommands
from medplanner.gui.window_menus import VIEWS

if TYPE_CHECKING:  # the first window is drawn before the service and the views are imported
    from PySide6.QtGui import QAction, QCloseEvent
    from PySide6.QtWidgets import QComboBox

    from medplanner.gui.operations import Changes, Operations
    from medplanner.gui.views.base import View
    from medplanner.gui.welcome import WelcomePage
    from medplanner.gui.widgets.prefs import Prefs

__all__ = ["VIEWS", "MainWindow"]

_LOADING, _WELCOME, _MAIN = range(3)


class MainWindow(WindowCommands):
    """See the module docstring."""

    demo_requested = Signal()
    person_changed = Signal(str)
    # Made by window_menus.build_menus: the actions the window enables and disables.
    new_person_action: QAction
    import_action: QAction
    export_action: QAction
    export_all_action: QAction
    backup_action: QAction
    restore_action: QAction
    print_action: QAction
    undo_action: QAction
    redo_action: QAction
    new_med_action: QAction
    save_action: QAction
    # Made by build_rest (with the person bar).
    person_box: QComboBox

    def __init__(
        self,
        *,
        prefs: Prefs,
        data_dir: Path | None = None,
        autostart: Path | None = None,
        default_zone: Callable[[], str] | None = None,
        parent: QWidget | None = None,
        first_frame_only: bool = False,
    ) -> None:
        """``first_frame_only``: the title, the tabs and "Opening your plan…" only; the
        caller calls :meth:`build_rest` once that is painted (:meth:`attach` would too)."""
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
        self.undo_group = self._undo = QUndoGroup(self)
        self._undo.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.setWindowTitle("MedPlanner[*]")

        self.stack = QStackedWidget(self)
        loading = QLabel(self.tr("Opening your plan…"))
        loading.setObjectName("loading")
        loading.setStyleSheet("qproperty-alignment: AlignCenter;")  # the Qt namespace waits
        emphasize(loading, 1.5)
        self.stack.addWidget(loading)
        self.welcome: WelcomePage | None = None
        self.stack.addWidget(QWidget())  # the welcome page, built when needed
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(6, 6, 6, 6)
        self.demo_note = QLabel(
            self.tr("Demo: a made-up plan in a throw-away folder. Nothing you do here is kept.")
        )
        self.demo_note.setObjectName("demo-note")
        self.demo_note.setWordWrap(True)
        emphasize(self.demo_note, 1.0, bold=True)
        self.demo_note.setVisible(False)
        main_layout.addWidget(self.demo_note)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.setDocumentMode(True)
        for key, label in VIEWS:
            holder = QWidget()
            holder.setObjectName(f"{key}-holder")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, QCoreApplication.translate("WindowMenus", label))
        self.tabs.currentChanged.connect(self._tab_changed)
        main_layout.addWidget(self.tabs)
        self.stack.addWidget(main)
        self.setCentralWidget(self.stack)
        self._rest_built = False
        geometry = prefs.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 800)
        if not first_frame_only:
            self.build_rest()

    # ------------------------------------------------------------------ building

    def build_rest(self) -> None:
        """The person bar, the menus and their keys: what the first frame goes without
        (the app builds them right after its first paint). Once only."""
        if self._rest_built:
            return
        self._rest_built = True
        from PySide6.QtWidgets import QToolButton

        from medplanner.gui.window_menus import build_menus

        self._build_toolbar()
        build_menus(self)
        # Qt's "more items" buttons appear when the window is too narrow: name them too.
        for button, name in (
            (
                self.findChild(QToolButton, "qt_toolbar_ext_button"),
                self.tr("More of the person bar"),
            ),
            (self.findChild(QToolButton, "qt_menubar_ext_button"), self.tr("More menus")),
        ):
            if button is not None:
                button.setAccessibleName(name)
        self._set_enabled(self.ops is not None)

    def _build_toolbar(self) -> None:
        from PySide6.QtWidgets import QComboBox, QToolBar

        from medplanner.gui.widgets.a11y import name_choices

        # Translators: the name of the tool bar that holds the person switcher
        bar = QToolBar(self.tr("Person"), self)
        bar.setObjectName("person-bar")
        bar.setMovable(False)
        label = QLabel(self.tr("  &Person: "))
        emphasize(label, 1.1, bold=True)
        self.person_box = QComboBox()
        self.person_box.setObjectName("person-switcher")
        self.person_box.setAccessibleName(self.tr("Person whose plan is shown"))
        self.person_box.setMinimumContentsLength(12)
        self.person_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        emphasize(self.person_box, 1.1)
        label.setBuddy(self.person_box)
        name_choices(self.person_box)
        self.person_box.activated.connect(self._person_chosen)
        bar.addWidget(label)
        bar.addWidget(self.person_box)
        self.addToolBar(bar)  # at the top

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
        self.build_rest()  # the app has built it already, right after the first paint
        first = self.ops is None
        self.ops = ops
        if first:
            from medplanner.gui.widgets.a11y import fit_tabs

            ops.changed.connect(self._changed)
            # At 200 % text the tabs scroll instead of widening the window. After the first
            # paint (attach comes then): the elide mode's enum builds PySide6's Qt namespace.
            fit_tabs(self.tabs)
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
        if not self.person:
            return "[*]MedPlanner"
        who = self.person
        if self.ops is not None and self.ops.demo:
            who = self.tr("{person} (demo: nothing is kept)").format(person=self.person)
        return f"{who}[*] — MedPlanner"

    # ------------------------------------------------------------------ views

    def _ensure_view(self, index: int) -> View | None:
        if self.ops is None or index < 0:
            return None
        key = VIEWS[index][0]
        view = self.views.get(key)
        if view is None:
            from medplanner.gui.window_menus import make_view

            view = make_view(key, self.ops, self.prefs, self.autostart)
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
            from medplanner.gui.widgets import messages

            if self.person:
                question = self.tr(
                    "The changes to {person}'s plan are not saved yet. Save them now?"
                ).format(person=self.person)
            else:
                question = self.tr(
                    "The changes to this person's plan are not saved yet. Save them now?"
                )
            answer = messages.ask_save(self, self.tr("Unsaved changes"), question)
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

    # ------------------------------------------------------------------ closing

    def quit(self) -> None:
        """File ▸ Quit (or the tray's Quit): the person chose to end reminders too."""
        self.close_to_tray = False
        self._quit_knowingly = True
        try:
            if self.close():
                QApplication.quit()
        finally:
            self._quit_knowingly = False

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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            view = self.current_view()
            if view is not None and view.objectName() == "today-view" and self.ops is not None:
                from datetime import timedelta

                shown = getattr(view, "status", None)
                if shown is None or self.ops.now() - shown.at > timedelta(minutes=1):
                    view.invalidate()
