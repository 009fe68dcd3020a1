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
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.errors import InvalidInput
from medplanner.core.model import Plan, Severity
from medplanner.core.schedule import zone
from medplanner.core.stock import StockReport, parse_units, units_text
from medplanner.gui import severity

if TYPE_CHECKING:
    from medplanner.service import Service
    from medplanner.service.changes import Done

#: ui.md: targets at least 44 × 44 px at 100 % text size.
MIN_TARGET = 44
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

RefillKind = Literal["add", "set", "correct"]


def when_text(at: datetime, zone_name: str) -> str:
    """``Mon 18 Jan 2027 at 14:00`` in the person's zone (fixed English: no locale surprise)."""
    local = at.astimezone(zone(zone_name))
    d = local.date()
    return f"{_DAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year} at {local:%H:%M}"


def outlook_text(report: StockReport, zone_name: str) -> str:
    """The run-out in words: when, or that it lasts."""
    if report.forecast.as_needed:
        return "Taken as needed: no run-out date along the plan"
    if report.runs_out is not None:
        return f"Runs out {when_text(report.runs_out, zone_name)}"
    if report.forecast.beyond_horizon:
        return "Lasts more than ten years along the plan"
    return "Lasts to the end of the plan"


def _target(button: QPushButton) -> None:
    # A 44 px target that grows with the text size and never squeezes its words.
    from medplanner.gui.widgets.appearance import make_target

    make_target(button)
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class StockRow(QFrame):
    """One medication: name, units on hand, run-out, severity and finding, Refill button."""

    refill_clicked = Signal(str)

    def __init__(self, report: StockReport, zone_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setObjectName("stock-row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)

        units = f"{units_text(report.units)} {report.unit_words} on hand"
        self.name_label = QLabel(report.medication, self)
        self.name_label.setObjectName("stock-name")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.units_label = QLabel(units, self)
        self.units_label.setObjectName("stock-units")
        self.outlook_label = QLabel(outlook_text(report, zone_name), self)
        self.outlook_label.setObjectName("stock-runs-out")
        for label in (self.name_label, self.units_label, self.outlook_label):
            label.setWordWrap(True)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.units_label, 1, 0)
        grid.addWidget(self.outlook_label, 2, 0)

        self.severity_label: QLabel | None = None
        self.message_label: QLabel | None = None
        row = 3
        finding = report.finding
        if finding is not None:
            mark = severity.severity(finding.severity)
            self.severity_label = QLabel(self)
            self.severity_label.setObjectName("stock-severity")
            self.severity_label.setTextFormat(Qt.TextFormat.RichText)
            self.severity_label.setText(mark.html(self.severity_label.palette()))
            self.severity_label.setAccessibleName(mark.text)
            self.message_label = QLabel(self)
            self.message_label.setObjectName("stock-message")
            self.message_label.setTextFormat(Qt.TextFormat.RichText)
            self.message_label.setWordWrap(True)
            self.message_label.setText(
                f"{html.escape(finding.message)}<br><small>Source: "
                f"{html.escape(finding.source)}</small>"
            )
            self.message_label.setAccessibleName(f"{finding.message} Source: {finding.source}")
            self.message_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            grid.addWidget(self.severity_label, 0, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(self.message_label, row, 0, 1, 2)
            row += 1

        self.refill_button = QPushButton("Count / refill…", self)
        self.refill_button.setObjectName("stock-refill")
        self.refill_button.setAccessibleName(f"Refill or count {report.medication}")
        _target(self.refill_button)
        self.refill_button.clicked.connect(lambda: self.refill_clicked.emit(report.medication))
        # Under the words, not beside them: in a narrow column at 200 % text the button
        # keeps its whole label and the words wrap (issue 21 item 1).
        grid.addWidget(self.refill_button, row, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 1)

        sign = f" {severity.severity(finding.severity).text}." if finding is not None else ""
        summary = f"{report.medication}: {units}. {self.outlook_label.text()}.{sign}"
        self.setAccessibleName(summary)
        self.setToolTip(summary)


class UncountedRow(QFrame):
    """A medication with a strength whose stock was never counted: "Count / refill…" starts
    it (issue 21: the action is always there, not only once a count exists)."""

    refill_clicked = Signal(str)

    def __init__(self, medication: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.medication = medication
        self.setObjectName("stock-uncounted")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        self.name_label = QLabel(medication, self)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.state_label = QLabel("Not counted yet", self)
        for label in (self.name_label, self.state_label):
            label.setWordWrap(True)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.state_label, 1, 0)
        self.refill_button = QPushButton("Count / refill…", self)
        self.refill_button.setObjectName("stock-refill")
        self.refill_button.setAccessibleName(f"Refill or count {medication}")
        _target(self.refill_button)
        self.refill_button.clicked.connect(lambda: self.refill_clicked.emit(medication))
        grid.addWidget(self.refill_button, 2, 0, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 1)
        self.setAccessibleName(f"{medication}: not counted yet")


class StockPanel(QWidget):
    """Each counted medication's stock, as rows, and a "Count / refill…" row for each
    medication with a strength not counted yet; with none, a line saying how to start."""

    #: The person asked to refill, count or correct this medication (its plan name).
    refill_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stock-panel")
        self.setAccessibleName("Stock on hand")
        self._layout = QVBoxLayout(self)
        heading = QLabel("Stock on hand", self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self._layout.addWidget(heading)
        self.empty_label = QLabel(
            "No stock counted yet. Count the tablets or capsules of a medication that has a "
            "strength, then enter the number with Count / refill.",
            self,
        )
        self.empty_label.setWordWrap(True)
        self._layout.addWidget(self.empty_label)
        self.rows: list[StockRow] = []
        self.uncounted: list[UncountedRow] = []

    def set_reports(
        self, reports: Sequence[StockReport], zone_name: str, countable: Sequence[str] = ()
    ) -> None:
        """Show ``reports`` (from ``Service.stocks``), times in the person's zone, and a
        "Count / refill…" row for each name in ``countable`` (medications with a strength,
        :func:`countable_names`) that has no report yet."""
        for old in (*self.rows, *self.uncounted):
            self._layout.removeWidget(old)
            old.deleteLater()
        self.rows = []
        self.uncounted = []
        for report in reports:
            row = StockRow(report, zone_name, self)
            row.refill_clicked.connect(self.refill_requested)
            self._layout.addWidget(row)
            self.rows.append(row)
        counted = {r.medication.casefold() for r in reports}
        for name in countable:
            if name.casefold() in counted:
                continue
            start = UncountedRow(name, self)
            start.refill_clicked.connect(self.refill_requested)
            self._layout.addWidget(start)
            self.uncounted.append(start)
        self.empty_label.setVisible(not self.rows and not self.uncounted)
        # Rows made now would come last for Tab: put their buttons where they are shown.
        previous: QWidget | None = self.previousInFocusChain()
        while (
            previous is not None
            and previous is not self
            and (
                self.isAncestorOf(previous) or not previous.focusPolicy() & Qt.FocusPolicy.TabFocus
            )
        ):
            previous = previous.previousInFocusChain()
        buttons = [r.refill_button for r in self.rows] + [u.refill_button for u in self.uncounted]
        for button in buttons:
            QWidget.setTabOrder(previous or self, button)
            previous = button
        worst = {r.severity for r in reports if r.severity is not None}
        level: Severity | None = next((s for s in ("danger", "warning") if s in worst), None)
        text = f"{severity.severity(level).text} about stock" if level is not None else ""
        self.setAccessibleDescription(text)

    def row_for(self, medication: str) -> StockRow | None:
        key = medication.casefold()
        return next((r for r in self.rows if r.report.medication.casefold() == key), None)


def countable_names(plan: Plan | None) -> list[str]:
    """The plan's medications whose stock can be counted (they have a strength)."""
    if plan is None:
        return []
    return [m.name for m in plan.medications if m.strength is not None and m.strength.mg > 0]


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
        unit_words: str = "tablets or capsules",
        on_hand: Decimal | None = None,
        kind: RefillKind = "add",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.medication = medication
        self.setWindowTitle(f"Stock of {medication}")
        self.setModal(False)
        self.setAccessibleName(f"Refill or count {medication}")
        layout = QVBoxLayout(self)

        heading = QLabel(f"Stock of {medication}", self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        layout.addWidget(heading)
        now = (
            f"Now: {units_text(on_hand)} {unit_words} on hand."
            if on_hand is not None
            else "Not counted yet."
        )
        self.now_label = QLabel(now, self)
        self.now_label.setWordWrap(True)
        layout.addWidget(self.now_label)

        self.add_choice = QRadioButton("&Add a refill (more on hand)", self)
        self.set_choice = QRadioButton("&Set the count (what is in the box now)", self)
        self.correct_choice = QRadioButton("&Correct (dropped, lost or found)", self)
        self.choices = QButtonGroup(self)
        for choice, name, what in (
            (self.add_choice, "add", "Add a refill"),
            (self.set_choice, "set", "Set the count"),
            (self.correct_choice, "correct", "Correct the stock"),
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
        self.units_edit.setAccessibleName(f"Number of {unit_words}")
        self.units_edit.setMinimumHeight(MIN_TARGET)
        self.units_label = QLabel(f"&Number of {unit_words}:", self)
        self.units_label.setBuddy(self.units_edit)
        form.addRow(self.units_label, self.units_edit)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("refill-reason")
        self.reason_edit.setAccessibleName("Reason")
        self.reason_edit.setMinimumHeight(MIN_TARGET)
        self.reason_label = QLabel("&Reason:", self)
        self.reason_label.setBuddy(self.reason_edit)
        form.addRow(self.reason_label, self.reason_edit)
        layout.addLayout(form)

        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("refill-error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Problem")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("refill-cancel")
        self.cancel_button.setAccessibleName("Cancel, record nothing")
        self.save_button = QPushButton("Save", self)
        self.save_button.setObjectName("refill-save")
        self.save_button.setAccessibleName(f"Save the stock of {medication}")
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
        hints = {
            "add": "How many came from the pharmacy. They are added to what is on hand.",
            "set": "How many are in the box now. This count replaces the one before.",
            "correct": "How many to take away (write -1 for one dropped) or add (1 for one "
            "found). The reason is kept with your stock history.",
        }
        self.hint_label.setText(hints[self.kind])
        needed = self.kind == "correct"
        self.reason_label.setText("&Reason (needed):" if needed else "&Reason (optional):")
        self.reason_edit.setAccessibleName("Reason, needed" if needed else "Reason, optional")

    def request(self) -> RefillRequest:
        """The request the fields describe; :class:`InvalidInput` in words if they don't."""
        kind = self.kind
        text = self.units_edit.text()
        if not text.strip():
            raise InvalidInput("Enter a number of tablets or capsules.")
        units = parse_units(text, signed=kind == "correct")
        reason = self.reason_edit.text().strip() or None
        if kind == "add" and units <= 0:
            raise InvalidInput("A refill adds more than 0.")
        if kind == "correct":
            if units == 0:
                raise InvalidInput("A correction of 0 changes nothing.")
            if reason is None:
                raise InvalidInput("Say why the stock changed, for example: dropped one.")
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
        self.error_label.setText(f"{mark.html(self.palette())}: {html.escape(message)}")
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
