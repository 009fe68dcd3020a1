"""Errors and questions in plain words: the GUI's one point where errors become dialogs.

Every :class:`~medplanner.core.errors.MedPlannerError` carries a message meant for people;
:func:`show_error` shows it as it is (never a traceback). Tests replace these functions to
answer without a modal loop.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from medplanner.core.limits import for_output


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    message = for_output(message)  # a crafted name never hides or reorders words
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(title)
    box.setAccessibleDescription(message)
    box.exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    message = for_output(message)  # a crafted name never hides or reorders words
    box = QMessageBox(
        QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(title)
    box.setAccessibleDescription(message)
    box.exec()


def ask(parent: QWidget | None, title: str, message: str, yes: str, no: str) -> bool:
    """A yes/no question whose safe answer (``no``) is the default button."""
    message = for_output(message)
    box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setAccessibleName(title)
    box.setAccessibleDescription(message)
    box.exec()
    return box.clickedButton() is yes_button


def ask_save(parent: QWidget | None, title: str, message: str) -> str:
    """Save / Discard / Cancel for unsaved changes: returns ``save``, ``discard`` or ``cancel``."""
    message = for_output(message)
    box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=parent)
    save = box.addButton("Save", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Discard changes", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setAccessibleName(title)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "cancel"
