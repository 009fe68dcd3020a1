"""Issue 21 item 5: Help's list of keys is read from the window's own actions and
shortcuts, so it lists every key the window has (all seven views, Ctrl+1 … Ctrl+7) and
nothing it does not."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel

from medplanner.gui.main_window import VIEWS, MainWindow
from medplanner.gui.widgets.about import AboutDialog
from medplanner.gui.window_menus import plain, shortcut_rows


def _native(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.NativeText)


def _real_keys(window: MainWindow) -> set[tuple[str, str]]:
    """Every (key, words) the window really answers to, found by walking its objects."""
    found: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            if _native(seq) and action.text():
                found.add((_native(seq), plain(action.text())))
    for shortcut in window.findChildren(QShortcut):
        for seq in list(shortcut.keys()):
            found.add((_native(seq), plain(shortcut.whatsThis() or shortcut.objectName())))
    return found


def _listed_keys(rows: list[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(key, words) for keys, words in rows for key in keys.split(" / ")}


def test_help_lists_exactly_the_keys_the_window_has(window: MainWindow) -> None:
    rows = shortcut_rows(window)
    assert _listed_keys(rows) == _real_keys(window)
    # Seven views, seven keys: the hand-written list said Ctrl+1 … Ctrl+5.
    for n, (_key, label) in enumerate(VIEWS, start=1):
        assert (_native(QKeySequence(f"Ctrl+{n}")), plain(label)) in _listed_keys(rows)
    assert ("F1", "Help and about MedPlanner") in _listed_keys(rows)


def test_a_shortcut_added_to_the_window_shows_up_in_help(window: MainWindow) -> None:
    extra = QShortcut(QKeySequence("Ctrl+Shift+F9"), window)
    extra.setWhatsThis("Say hello")
    assert (_native(extra.key()), "Say hello") in shortcut_rows(window)


def test_the_help_dialog_shows_the_rows_it_is_given(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.about()
    (dialog,) = shown
    assert dialog.keys == shortcut_rows(window)
    label = dialog.findChild(QLabel, "about-keys")
    assert label is not None
    for keys, words in dialog.keys:
        assert f"<b>{escape(keys)}</b>" in label.text()
        assert f"<td>{escape(words)}</td>" in label.text()
    dialog.deleteLater()
