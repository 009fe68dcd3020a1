"""The stock panel: each counted medication's units on hand, its run-out along the plan and
its severity as sign + word + colour, with a "Refill…" button per row (the panel only asks;
the window opens :class:`medplanner.gui.stock.RefillDialog`). Re-exported by
:mod:`medplanner.gui.stock`."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.model import Plan, Severity
from medplanner.core.schedule import zone
from medplanner.core.stock import StockReport, units_text
from medplanner.core.wording import weekday_date
from medplanner.gui import severity

if TYPE_CHECKING:
    pass

#: ui.md: targets at least 44 × 44 px at 100 % text size.
MIN_TARGET = 44


def when_text(at: datetime, zone_name: str) -> str:
    """``Mon 18 Jan 2027 at 14:00`` in the person's zone (the words from our catalogues,
    never the machine's locale: no surprise)."""
    local = at.astimezone(zone(zone_name))
    return QCoreApplication.translate("StockPanel", "{date} at {time:%H:%M}").format(
        date=weekday_date(local.date()), time=local
    )


def outlook_text(report: StockReport, zone_name: str) -> str:
    """The run-out in words: when, or that it lasts."""
    if report.forecast.as_needed:
        return QCoreApplication.translate(
            "StockPanel", "Taken as needed: no run-out date along the plan"
        )
    if report.runs_out is not None:
        return QCoreApplication.translate("StockPanel", "Runs out {when}").format(
            when=when_text(report.runs_out, zone_name)
        )
    if report.forecast.beyond_horizon:
        return QCoreApplication.translate("StockPanel", "Lasts more than ten years along the plan")
    return QCoreApplication.translate("StockPanel", "Lasts to the end of the plan")


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

        units = self.tr("{units} {unit_words} on hand").format(
            units=units_text(report.units), unit_words=report.unit_words
        )
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
            source = self.tr("Source: {source}").format(source=html.escape(finding.source))
            self.message_label.setText(f"{html.escape(finding.message)}<br><small>{source}</small>")
            self.message_label.setAccessibleName(
                self.tr("{message} Source: {source}").format(
                    message=finding.message, source=finding.source
                )
            )
            self.message_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            grid.addWidget(self.severity_label, 0, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(self.message_label, row, 0, 1, 2)
            row += 1

        self.refill_button = QPushButton(self.tr("Count / refill…"), self)
        self.refill_button.setObjectName("stock-refill")
        self.refill_button.setAccessibleName(
            self.tr("Refill or count {medication}").format(medication=report.medication)
        )
        _target(self.refill_button)
        self.refill_button.clicked.connect(lambda: self.refill_clicked.emit(report.medication))
        # Under the words, not beside them: in a narrow column at 200 % text the button
        # keeps its whole label and the words wrap (issue 21 item 1).
        grid.addWidget(self.refill_button, row, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 1)

        if finding is not None:
            summary = self.tr("{medication}: {units}. {outlook}. {severity}.").format(
                medication=report.medication,
                units=units,
                outlook=self.outlook_label.text(),
                severity=severity.severity(finding.severity).text,
            )
        else:
            summary = self.tr("{medication}: {units}. {outlook}.").format(
                medication=report.medication, units=units, outlook=self.outlook_label.text()
            )
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
        self.state_label = QLabel(self.tr("Not counted yet"), self)
        for label in (self.name_label, self.state_label):
            label.setWordWrap(True)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.state_label, 1, 0)
        self.refill_button = QPushButton(self.tr("Count / refill…"), self)
        self.refill_button.setObjectName("stock-refill")
        self.refill_button.setAccessibleName(
            self.tr("Refill or count {medication}").format(medication=medication)
        )
        _target(self.refill_button)
        self.refill_button.clicked.connect(lambda: self.refill_clicked.emit(medication))
        grid.addWidget(self.refill_button, 2, 0, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 1)
        self.setAccessibleName(
            self.tr("{medication}: not counted yet").format(medication=medication)
        )


class StockPanel(QWidget):
    """Each counted medication's stock, as rows, and a "Count / refill…" row for each
    medication with a strength not counted yet; with none, a line saying how to start."""

    #: The person asked to refill, count or correct this medication (its plan name).
    refill_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stock-panel")
        self.setAccessibleName(self.tr("Stock on hand"))
        self._layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Stock on hand"), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self._layout.addWidget(heading)
        self.empty_label = QLabel(
            self.tr(
                "No stock counted yet. Count the tablets or capsules of a medication that has a "
                "strength, then enter the number with Count / refill."
            ),
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
        text = (
            self.tr("{severity} about stock").format(severity=severity.severity(level).text)
            if level is not None
            else ""
        )
        self.setAccessibleDescription(text)

    def row_for(self, medication: str) -> StockRow | None:
        key = medication.casefold()
        return next((r for r in self.rows if r.report.medication.casefold() == key), None)


def countable_names(plan: Plan | None) -> list[str]:
    """The plan's medications whose stock can be counted (they have a strength)."""
    if plan is None:
        return []
    return [m.name for m in plan.medications if m.strength is not None and m.strength.mg > 0]
