"""Accessible names for the parts Qt makes inside a widget (a combo's list, a table's
headers): a screen reader announces them too. No rules here, and cheap to import (the main
window uses it before anything else is loaded)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QTableView, QTabWidget, QToolButton


def name_choices(combo: QComboBox) -> None:
    """Name a combo box's pop-up list after the box, for screen readers."""
    combo.view().setAccessibleName(f"Choices: {combo.accessibleName()}")


def name_table(table: QTableView, name: str) -> None:
    """Name a table, its headers and its corner button, for screen readers."""
    table.setAccessibleName(name)
    table.horizontalHeader().setAccessibleName(f"Column titles: {name}")
    table.verticalHeader().setAccessibleName(f"Row titles: {name}")
    corner = table.findChild(QAbstractButton)
    if corner is not None:
        corner.setAccessibleName(f"Select all: {name}")


def fit_tabs(tabs: QTabWidget) -> None:
    """Tabs that do not fit (200 % text, a 1024 px window) scroll instead of widening the
    window or being cut off; the words are never shortened; the scroll arrows are named."""
    from PySide6.QtCore import Qt  # here: the Qt namespace is built on first use (~45 ms)

    tabs.setUsesScrollButtons(True)
    tabs.setElideMode(Qt.TextElideMode.ElideNone)
    bar = tabs.tabBar()
    bar.setExpanding(False)
    arrows = bar.findChildren(QToolButton)
    for arrow, name in zip(arrows, ("Show earlier tabs", "Show later tabs"), strict=False):
        arrow.setAccessibleName(name)
