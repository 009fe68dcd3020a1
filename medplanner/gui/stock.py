"""Stock widgets: the stock panel (units, run-out, severity) and the refill dialog.

Self-contained parts for the main window to embed (Medications and Today views):

* :class:`StockPanel` shows each counted medication's units on hand, its run-out along the
  plan and, when a finding stands, its severity as sign + word + colour
  (:mod:`medplanner.gui.severity`) with the finding's words and source. Each row has a
  "Refill…" button; the panel only *asks* (:attr:`StockPanel.refill_requested`), the
  window opens the dialog.
* :class:`RefillDialog` asks for a refill, a count or a correction (with its reason). It
  is not modal (ui.md: a modal dialog only to confirm a risky action); it emits
  :attr:`RefillDialog.submitted` with a :class:`RefillRequest`, and
  :func:`apply_request` records that through the service.

Every control has an accessible name, is reached with Tab and worked with the keyboard
(Space on a choice, Enter saves, Escape cancels); every button is at least 44 × 44 px.
Nothing here computes stock: the figures come from :mod:`medplanner.core.stock`.

The panel lives in :mod:`medplanner.gui.stock_panel`; every name is importable from here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.errors import InvalidInput
from medplanner.core.stock import StockReport, parse_units, units_text
from medplanner.gui import severity

if TYPE_CHECKING:
    from medplanner.service import Service
    from medplanner.service.changes import Done
from medplanner.gui.stock_panel import (
    MIN_TARGET,
    StockPanel,
    StockRow,
    UncountedRow,
    _target,
    countable_names,
    outlook_text,
    when_text,
)

__all__ = [
    "MIN_TARGET",
    "RefillDialog",
    "RefillKind",
    "RefillRequest",
    "StockPanel",
    "StockRow",
    "UncountedRow",
    "apply_request",
    "countable_names",
    "outlook_text",
    "when_text",
]

RefillKind = Literal["add", "set", "correct"]


@dataclass(frozen=True)
class RefillRequest:
    """What the refill dialog asks to record."""

    kind: RefillKind
    units: Decimal
    reason: str | None


class RefillDialog(QDialog):
    """Add a refill, set a count, or correct the stock (with a reason). Not modal."""

    submitted = Signal(object)  # a RefillRequest

    def __init__(
        self,
        medication: str,
        *,
        unit_words: str | None = None,
        on_hand: Decimal | None = None,
        kind: RefillKind = "add",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.medication = medication
        if unit_words is None:
            unit_words = self.tr("tablets or capsules")
        self.setWindowTitle(self.tr("Stock of {medication}").format(medication=medication))
        self.setModal(False)
        self.setAccessibleName(
            self.tr("Refill or count {medication}").format(medication=medication)
        )
        layout = QVBoxLayout(self)

        heading = QLabel(self.tr("Stock of {medication}").format(medication=medication), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        layout.addWidget(heading)
        now = (
            self.tr("Now: {units} {unit_words} on hand.").format(
                units=units_text(on_hand), unit_words=unit_words
            )
            if on_hand is not None
            else self.tr("Not counted yet.")
        )
        self.now_label = QLabel(now, self)
        self.now_label.setWordWrap(True)
        layout.addWidget(self.now_label)

        self.add_choice = QRadioButton(self.tr("&Add a refill (more on hand)"), self)
        self.set_choice = QRadioButton(self.tr("&Set the count (what is in the box now)"), self)
        self.correct_choice = QRadioButton(self.tr("&Correct (dropped, lost or found)"), self)
        self.choices = QButtonGroup(self)
        for choice, name, what in (
            (self.add_choice, "add", self.tr("Add a refill")),
            (self.set_choice, "set", self.tr("Set the count")),
            (self.correct_choice, "correct", self.tr("Correct the stock")),
        ):
            choice.setObjectName(f"refill-{name}")
            choice.setAccessibleName(what)
            choice.setMinimumHeight(MIN_TARGET)
            self.choices.addButton(choice)
            layout.addWidget(choice)
        {"add": self.add_choice, "set": self.set_choice, "correct": self.correct_choice}[
            kind
        ].setChecked(True)

        form = QFormLayout()
        self.units_edit = QLineEdit(self)
        self.units_edit.setObjectName("refill-units")
        self.units_edit.setAccessibleName(
            self.tr("Number of {unit_words}").format(unit_words=unit_words)
        )
        self.units_edit.setMinimumHeight(MIN_TARGET)
        self.units_label = QLabel(
            self.tr("&Number of {unit_words}:").format(unit_words=unit_words), self
        )
        self.units_label.setBuddy(self.units_edit)
        form.addRow(self.units_label, self.units_edit)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("refill-reason")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setMinimumHeight(MIN_TARGET)
        self.reason_label = QLabel(self.tr("&Reason:"), self)
        self.reason_label.setBuddy(self.reason_edit)
        form.addRow(self.reason_label, self.reason_edit)
        layout.addLayout(form)

        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("refill-error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("refill-cancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel, record nothing"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("refill-save")
        self.save_button.setAccessibleName(
            self.tr("Save the stock of {medication}").format(medication=medication)
        )
        for button in (self.cancel_button, self.save_button):
            _target(button)
            buttons.addWidget(button)
        self.save_button.setDefault(True)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.reject)
        self.choices.buttonToggled.connect(lambda *_: self._update_hint())
        self._update_hint()
        self.units_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.result_request: RefillRequest | None = None

    @property
    def kind(self) -> RefillKind:
        if self.set_choice.isChecked():
            return "set"
        if self.correct_choice.isChecked():
            return "correct"
        return "add"

    def _update_hint(self) -> None:
        hints: dict[RefillKind, str] = {
            "add": self.tr("How many came from the pharmacy. They are added to what is on hand."),
            "set": self.tr("How many are in the box now. This count replaces the one before."),
            "correct": self.tr(
                "How many to take away (write -1 for one dropped) or add (1 for one "
                "found). The reason is kept with your stock history."
            ),
        }
        self.hint_label.setText(hints[self.kind])
        needed = self.kind == "correct"
        self.reason_label.setText(
            self.tr("&Reason (needed):") if needed else self.tr("&Reason (optional):")
        )
        self.reason_edit.setAccessibleName(
            self.tr("Reason, needed") if needed else self.tr("Reason, optional")
        )

    def request(self) -> RefillRequest:
        """The request the fields describe; :class:`InvalidInput` in words if they don't."""
        kind = self.kind
        text = self.units_edit.text()
        if not text.strip():
            raise InvalidInput(self.tr("Enter a number of tablets or capsules."))
        units = parse_units(text, signed=kind == "correct")
        reason = self.reason_edit.text().strip() or None
        if kind == "add" and units <= 0:
            raise InvalidInput(self.tr("A refill adds more than 0."))
        if kind == "correct":
            if units == 0:
                raise InvalidInput(self.tr("A correction of 0 changes nothing."))
            if reason is None:
                raise InvalidInput(self.tr("Say why the stock changed, for example: dropped one."))
        return RefillRequest(kind, units, reason)

    def _save(self) -> None:
        try:
            request = self.request()
        except InvalidInput as problem:
            self.show_problem(problem.message)
            return
        self.error_label.hide()
        self.result_request = request
        self.submitted.emit(request)
        self.accept()

    def show_problem(self, message: str) -> None:
        """Show what is wrong (also for the window, when the store refuses the request)."""
        mark = severity.severity("warning")
        self.error_label.setText(
            self.tr("{severity}: {message}").format(
                severity=mark.html(self.palette()), message=html.escape(message)
            )
        )
        self.error_label.setAccessibleDescription(message)
        self.error_label.show()
        self.units_edit.setFocus(Qt.FocusReason.OtherFocusReason)


def apply_request(
    service: Service, person: str, medication: str, request: RefillRequest, at: datetime
) -> Done[StockReport]:
    """Record ``request`` through the service; returns the medication's new stock report
    with what changed."""
    if request.kind == "set":
        return service.set_stock(person, medication, request.units, at=at, reason=request.reason)
    if request.kind == "add":
        return service.add_stock(person, medication, request.units, at=at, reason=request.reason)
    return service.correct_stock(
        person, medication, request.units, at=at, reason=request.reason or ""
    )
