"""The main window's menus and tabs: every command and its keys, made once here, and
each view (tab) built on demand.

Help's list of keys (:func:`shortcut_rows`) is read back from these actions, so it can
never disagree with what the keys do.

The window's first frame needs only :data:`VIEWS` (the tab names) from here: the classes
of the menus are imported when they are built, right after that frame is painted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from medplanner.gui.widgets.appearance import TEXT_STEP

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMenu, QWidget

    from medplanner.gui.main_window import MainWindow
    from medplanner.gui.operations import Operations
    from medplanner.gui.views.base import View
    from medplanner.gui.widgets.prefs import Prefs

#: The tabs in order: (key, label). Ctrl+1 … Ctrl+7 show them. The labels are English;
#: shown through ``QCoreApplication.translate("WindowMenus", label)``.
VIEWS = (
    ("today", str(QT_TRANSLATE_NOOP("WindowMenus", "&Today"))),
    ("medications", str(QT_TRANSLATE_NOOP("WindowMenus", "&Medications"))),
    ("calendar", str(QT_TRANSLATE_NOOP("WindowMenus", "&Calendar"))),
    ("history", str(QT_TRANSLATE_NOOP("WindowMenus", "&History"))),
    ("settings", str(QT_TRANSLATE_NOOP("WindowMenus", "&Person && settings"))),
    ("diary", str(QT_TRANSLATE_NOOP("WindowMenus", "&Diary"))),
    ("insight", str(QT_TRANSLATE_NOOP("WindowMenus", "&Drowsiness && stock"))),
)

if TYPE_CHECKING:
    Keys = QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None


def _action(
    w: QWidget, menu: QMenu, text: str, slot: Callable[[], object], keys: Keys = None
) -> QAction:
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(text, w)
    if keys is not None:
        # setShortcuts with sequences, never setShortcut or QKeySequence(a sequence):
        # their overloads make PySide6 build the whole Qt namespace (~45 ms) before the
        # first paint.
        if isinstance(keys, QKeySequence.StandardKey):
            keys = QKeySequence(keys)
        action.setShortcuts(keys if isinstance(keys, list) else [keys])
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(w: MainWindow) -> None:
    """File, Edit, View and Help, with their keys; the actions a test or the window
    enables and disables are kept as attributes of ``w``."""
    from PySide6.QtGui import QKeySequence

    bar = w.menuBar()
    file = bar.addMenu(QCoreApplication.translate("WindowMenus", "&File"))
    edit = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Edit"))
    view = bar.addMenu(QCoreApplication.translate("WindowMenus", "&View"))
    help_ = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Help"))
    Key = QKeySequence
    w.new_person_action = _action(
        w,
        file,
        QCoreApplication.translate("WindowMenus", "New &person…"),
        w.new_person,
        Key("Ctrl+Shift+N"),
    )
    w.import_action = _action(
        w,
        file,
        QCoreApplication.translate("WindowMenus", "&Import a plan file…"),
        w.import_plan,
        Key.StandardKey.Open,
    )
    w.export_action = _action(
        w,
        file,
        QCoreApplication.translate("WindowMenus", "&Export the plan…"),
        w.export_plan,
        Key("Ctrl+E"),
    )
    # dialogs/export.py: every kind of export
    w.export_all_action = _action(
        w,
        file,
        QCoreApplication.translate("WindowMenus", "E&xport…"),
        w.open_export,
        Key("Ctrl+Shift+E"),
    )
    file.addSeparator()
    w.backup_action = _action(
        w, file, QCoreApplication.translate("WindowMenus", "&Back up everything…"), w.backup
    )
    w.restore_action = _action(
        w, file, QCoreApplication.translate("WindowMenus", "&Restore a backup…"), w.restore
    )
    file.addSeparator()
    w.print_action = _action(
        w,
        file,
        QCoreApplication.translate("WindowMenus", "&Print the schedule…"),
        w.print_schedule,
        Key.StandardKey.Print,
    )
    file.addSeparator()
    _action(
        w, file, QCoreApplication.translate("WindowMenus", "&Quit"), w.quit, Key.StandardKey.Quit
    )

    undo = w.undo_group.createUndoAction(w, QCoreApplication.translate("WindowMenus", "&Undo"))
    undo.setShortcuts(Key.keyBindings(Key.StandardKey.Undo))
    redo = w.undo_group.createRedoAction(w, QCoreApplication.translate("WindowMenus", "&Redo"))
    redo.setShortcuts([Key("Ctrl+Shift+Z"), Key("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    w.undo_action, w.redo_action = undo, redo
    edit.addSeparator()
    w.new_med_action = _action(
        w,
        edit,
        QCoreApplication.translate("WindowMenus", "&New medication"),
        w.new_medication,
        Key.StandardKey.New,
    )
    w.save_action = _action(
        w, edit, QCoreApplication.translate("WindowMenus", "&Save"), w.save, Key.StandardKey.Save
    )

    for n, (key, label) in enumerate(VIEWS, start=1):
        words = QCoreApplication.translate("WindowMenus", label)
        _action(w, view, words, _shower(w, key), Key(f"Ctrl+{n}"))
    view.addSeparator()
    _action(
        w,
        view,
        QCoreApplication.translate("WindowMenus", "&Larger text"),
        lambda: w.change_text(TEXT_STEP),
        [Key(Key.StandardKey.ZoomIn), Key("Ctrl+=")],
    )
    _action(
        w,
        view,
        QCoreApplication.translate("WindowMenus", "&Smaller text"),
        lambda: w.change_text(-TEXT_STEP),
        Key.StandardKey.ZoomOut,
    )
    _action(
        w,
        view,
        QCoreApplication.translate("WindowMenus", "&Normal text size"),
        lambda: w.set_text(100),
        Key("Ctrl+0"),
    )
    _action(
        w,
        help_,
        QCoreApplication.translate("WindowMenus", "&Help and about MedPlanner"),
        w.about,
        Key.StandardKey.HelpContents,
    )


def make_view(key: str, ops: Operations, prefs: Prefs, autostart: Path | None) -> View:
    """The view called ``key``, newly built (the window builds each once, when first shown)."""
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

    return SettingsView(ops, prefs, autostart=autostart)


def _shower(w: MainWindow, key: str) -> Callable[[], object]:
    return lambda: w.show_view(key)


def plain(text: str) -> str:
    """A menu text as words: no mnemonic ``&``, no "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action and shortcut ``window`` actually has, in menu
    order: the menus first, then the window's other QActions and QShortcuts (a view's
    own, once it is built)."""
    from PySide6.QtGui import QAction, QKeySequence, QShortcut
    from PySide6.QtWidgets import QMenu

    rows: list[tuple[str, str]] = []

    def add(text: str, sequences: list[QKeySequence]) -> None:
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
        keys = [k for k in keys if k]
        row = (" / ".join(dict.fromkeys(keys)), plain(text))
        if keys and text and row not in rows:
            rows.append(row)

    for menu in window.findChildren(QMenu):
        for action in menu.actions():
            add(action.text(), action.shortcuts())
    for action in window.findChildren(QAction):
        add(action.text(), action.shortcuts())
    for shortcut in window.findChildren(QShortcut):
        name = shortcut.whatsThis() or shortcut.objectName()
        add(name, shortcut.keys())
    return rows
