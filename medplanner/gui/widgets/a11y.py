"""Accessible names for the parts Qt makes inside a widget (a combo's list, a table's
headers): a screen reader announces them too. No rules here, and cheap to import (the main
window uses it before anything else is loaded)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QTableView, QTabWidget, QToolButton


def name_choices(combo: QComboBox) -> None:
    """Name a combo box's pop-up list after the box, for screen readers."""
    #: Translators: a screen reader's name for the list that opens under a choice box.
    name = QCoreApplication.translate("A11y", "Choices: {name}")
    combo.view().setAccessibleName(name.format(name=combo.accessibleName()))


def name_table(table: QTableView, name: str) -> None:
    """Name a table, its headers and its corner button, for screen readers."""
    table.setAccessibleName(name)
    #: Translators: a screen reader's name for a table's row of column headings.
    columns = QCoreApplication.translate("A11y", "Column titles: {name}")
    table.horizontalHeader().setAccessibleName(columns.format(name=name))
    #: Translators: a screen reader's name for a table's column of row headings.
    rows = QCoreApplication.translate("A11y", "Row titles: {name}")
    table.verticalHeader().setAccessibleName(rows.format(name=name))
    corner = table.findChild(QAbstractButton)
    if corner is not None:
        #: Translators: the button in a table's top left corner that selects every cell.
        corner.setAccessibleName(
            QCoreApplication.translate("A11y", "Select all: {name}").format(name=name)
        )


def fit_tabs(tabs: QTabWidget) -> None:
    """Tabs that do not fit (200 % text, a 1024 px window) scroll instead of widening the
    window or being cut off; the words are never shortened; the scroll arrows are named."""
    from PySide6.QtCore import Qt  # here: the Qt namespace is built on first use (~45 ms)

    tabs.setUsesScrollButtons(True)
    tabs.setElideMode(Qt.TextElideMode.ElideNone)
    bar = tabs.tabBar()
    bar.setExpanding(False)
    arrows = bar.findChildren(QToolButton)
    names = (
        QCoreApplication.translate("A11y", "Show earlier tabs"),
        QCoreApplication.translate("A11y", "Show later tabs"),
    )
    for arrow, name in zip(arrows, names, strict=False):
        arrow.setAccessibleName(name)
