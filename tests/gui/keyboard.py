"""Reading order and the Tab chain, for the keyboard tests (issue 21 item 5).

Reading order is the order of the layouts: top to bottom in a column, left to right in a
row, row by row in a grid or a form; a scroll area's, a splitter's or a tab widget's
shown page in place. The Tab chain is what pressing Tab really visits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

_LEAVES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QTextEdit)


def tab_stop(w: QWidget) -> bool:
    return (
        w.isVisible()
        and w.isEnabled()
        and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.focusProxy() is None
    )


def _passed_in_group(w: QWidget) -> bool:
    """Tab enters a group of radio buttons once, at the checked one (arrows move inside)."""
    if not isinstance(w, QRadioButton) or not w.autoExclusive() or w.isChecked():
        return False
    group = w.group()
    mates = group.buttons() if group is not None else []
    return any(m.isChecked() for m in mates if m is not w)


def reading_order(root: QWidget) -> list[QWidget]:
    out: list[QWidget] = []

    def widget(w: QWidget) -> None:
        if not w.isVisible():
            return
        if tab_stop(w) and w is not root and not _passed_in_group(w):
            out.append(w)
        if isinstance(w, _LEAVES):
            return
        if isinstance(w, QScrollArea):
            if w.widget() is not None:
                widget(w.widget())
            return
        if isinstance(w, QSplitter):
            for i in range(w.count()):
                widget(w.widget(i))
            return
        if isinstance(w, QTabWidget):
            if tab_stop(w.tabBar()):
                out.append(w.tabBar())
            if w.currentWidget() is not None:
                widget(w.currentWidget())
            return
        if isinstance(w, QStackedWidget):
            if w.currentWidget() is not None:
                widget(w.currentWidget())
            return
        if w.layout() is not None:
            layout(w.layout())

    def layout(lay: QLayout) -> None:
        order = list(range(lay.count()))
        if isinstance(lay, QGridLayout):
            order.sort(key=lambda i: lay.getItemPosition(i)[:2])
        elif isinstance(lay, QFormLayout):
            order.sort(key=lambda i: (lay.getItemPosition(i)[0], lay.getItemPosition(i)[1].value))
        for i in order:
            item = lay.itemAt(i)
            if item is None:
                continue
            if item.widget() is not None:
                widget(item.widget())
            elif item.layout() is not None:
                layout(item.layout())

    widget(root)
    return out


def tab_chain(qtbot: QtBot, root: QWidget, first: QWidget, most: int = 200) -> list[QWidget]:
    """Press Tab from ``first``; the controls inside ``root`` it visits, in order, until it
    comes back to ``first`` (controls outside ``root``, like the toolbar, are passed)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [first]
    for _ in range(most):
        now = QApplication.focusWidget()
        assert now is not None
        qtbot.keyClick(now, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first or now is None:
            break
        if now is seen[-1]:
            continue  # Tab moved within the control (a date's day, month, year)
        if root.isAncestorOf(now) and now not in seen:
            seen.append(now)
        elif now in seen:
            break
    return seen


def describe(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}:{w.objectName() or w.accessibleName()}" for w in widgets]
