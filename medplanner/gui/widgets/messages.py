"""Errors and questions in plain words: the GUI's one point where errors become dialogs.

Every :class:`~medplanner.core.errors.MedPlannerError` carries a message meant for people;
:func:`show_error` shows it as it is (never a traceback). Tests replace these functions to
answer without a modal loop. The titles, messages and answers come translated from the
callers; the buttons these helpers add themselves say our own (translated) words, never
Qt's standard English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from medplanner.core.limits import for_output


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str) -> None:
    message = for_output(message)  # a crafted name never hides or reorders words
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, parent)
    ok = box.button(QMessageBox.StandardButton.Ok)
    #: Translators: the button that closes a message.
    ok.setText(QCoreApplication.translate("Messages", "OK"))
    box.setAccessibleName(title)
    box.setAccessibleDescription(message)
    box.exec()


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    _tell(parent, QMessageBox.Icon.Warning, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    _tell(parent, QMessageBox.Icon.Information, title, message)


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
    #: Translators: a button: keep the unsaved changes by saving them.
    save = box.addButton(
        QCoreApplication.translate("Messages", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Messages", "Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setAccessibleName(title)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "cancel"
