"""The one modal dialog of the app: confirm a risky Take over the findings that refuse it.

../shared/ui.md allows a modal dialog only to confirm a risky action. The doubled-dose rule lives
in ``core.dosing``; this dialog only shows its findings (sign + word, message, source)
and asks. Cancel is the default button and has the focus, so a tired Enter or a stray
Space never records a doubled dose.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.dosing import TakeCheck
from medplanner.core.events import Slot
from medplanner.core.model import Finding
from medplanner.core.takegate import RED_FLAG_CODE, TAKEN_CLOSE_CODE
from medplanner.gui import severity
from medplanner.service import Service, TakeOutcome

#: ../shared/ui.md: Take/Skip/Snooze-sized targets (44 × 44 px at 100 %).
MIN_TARGET = 44


def finding_label(finding: Finding, parent: QWidget | None = None) -> QLabel:
    """One finding as rich text: sign + word in colour, the message, then its source."""
    from html import escape

    mark = severity.severity(finding.severity)
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    source = QCoreApplication.translate("Confirm", "Source: {source}").format(
        source=escape(finding.source)
    )
    label.setText(
        f"{mark.html(label.palette())} {escape(finding.message)}<br><small>{source}</small>"
    )
    label.setAccessibleName(
        QCoreApplication.translate("Confirm", "{severity}: {message} Source: {source}").format(
            severity=mark.text, message=finding.message, source=finding.source
        )
    )
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class ConfirmTakeDialog(QDialog):
    """Lists why taking this dose is risky and asks; accepted only by "Take anyway".

    With a standing red flag (``red-flag-standing``) it asks as an emergency: the default
    button is "Don't take it — get help"."""

    def __init__(self, check: TakeCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        med = check.medication.name
        self.emergency = any(f.code == RED_FLAG_CODE for f in check.findings)
        self.setObjectName("confirm-take")
        self.setWindowTitle(self.tr("Take {medication} anyway?").format(medication=med))
        self.setModal(True)
        layout = QVBoxLayout(self)

        if check.amount is not None:
            question = self.tr("Take {medication} {amount} anyway?").format(
                medication=med, amount=check.amount
            )
        else:
            question = self.tr("Take {medication} anyway?").format(medication=med)
        heading = QLabel(question, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)

        for finding in check.findings:
            layout.addWidget(finding_label(finding, self))

        advice = QLabel(
            self.tr("Do not take it. Get help now: call your emergency number, or ask someone to.")
            if self.emergency
            else self.tr("If you are unsure, do not take it and ask your pharmacist."),
            self,
        )
        advice.setWordWrap(True)
        layout.addWidget(advice)

        buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(
            self.tr("Don't take it — get help")
            if self.emergency
            else self.tr("Cancel — don't take it"),
            self,
        )
        self.take_button = QPushButton(
            self.tr("Take it anyway") if self.emergency else self.tr("Take anyway"), self
        )
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.cancel_button, self.take_button):
            button.setMinimumSize(MIN_TARGET, MIN_TARGET)
            button.setAutoDefault(False)
        self.take_button.setAccessibleDescription(
            self.tr("Records the dose over the warning above")
        )
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        summary = " ".join(
            self.tr("{severity}: {message}").format(
                severity=severity.severity(f.severity).text, message=f.message
            )
            for f in check.findings
        )
        self.setAccessibleDescription(summary)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)


def confirm_take(parent: QWidget | None, check: TakeCheck) -> bool:
    """Ask whether to record ``check``'s dose despite its findings; True only on "Take anyway".

    A check without findings needs no question and returns True at once.
    """
    if not check.findings:
        return True
    dialog = ConfirmTakeDialog(check, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def take_confirmed(
    parent: QWidget | None,
    service: Service,
    person: str,
    medication: str,
    at: datetime,
    *,
    slot: Slot | None = None,
) -> TakeOutcome | None:
    """The GUI's side of the one take flow (Today, the pop-up and catch-up alike).

    Proposes the take; a warning or danger is shown in :class:`ConfirmTakeDialog`, and
    "Take anyway" records it confirmed over exactly those findings, as ``--force`` does on
    the command line. Recording decides again in its transaction: if something changed
    meanwhile (another window or the CLI took it), the new findings are asked about once
    more. None: the person cancelled, nothing written.
    """
    proposal = service.propose_take(person, medication, at, slot=slot)
    confirmed: tuple[str, ...] = ()
    if proposal.needs_confirmation:
        if not confirm_take(parent, proposal.check):
            return None
        confirmed = proposal.needs_confirmation
    outcome = service.record_take(proposal, confirmed_over=confirmed)
    if not outcome.recorded:
        if not confirm_take(parent, outcome.check):
            return None
        again = service.propose_take(person, medication, at, slot=slot)
        outcome = service.record_take(again, confirmed_over=outcome.check.blocking)
    if outcome.recorded:
        show_notes(parent, outcome)
    return outcome


class WhenTakenDialog(QDialog):
    """ "I took it": when? At the slot time (the default once it has passed), now, or a time
    typed. Only asks: the answer goes through the one take flow like any take."""

    def __init__(self, slot_at: datetime, now: datetime, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import QTime
        from PySide6.QtWidgets import QButtonGroup, QRadioButton, QTimeEdit

        super().__init__(parent)
        self.setObjectName("when-taken")
        self.setWindowTitle(self.tr("When did you take it?"))
        self.slot_at = slot_at
        self.now = now
        local_now = now.astimezone(slot_at.tzinfo)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("When did you take it?"), self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.at_slot = QRadioButton(
            self.tr("At {time:%H:%M}, the time it was due").format(time=slot_at), self
        )
        self.at_now = QRadioButton(self.tr("Just now ({time:%H:%M})").format(time=local_now), self)
        self.at_typed = QRadioButton(self.tr("At another time:"), self)
        self.time_edit = QTimeEdit(QTime(slot_at.hour, slot_at.minute), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time you took it"))
        self.time_edit.setMinimumHeight(MIN_TARGET)
        group = QButtonGroup(self)
        for button in (self.at_slot, self.at_now, self.at_typed):
            button.setMinimumHeight(MIN_TARGET)
            group.addButton(button)
            layout.addWidget(button)
        layout.addWidget(self.time_edit)
        self.time_edit.timeChanged.connect(lambda _t: self.at_typed.setChecked(True))
        (self.at_slot if slot_at <= now else self.at_now).setChecked(True)
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Record it"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        for push in (self.ok_button, self.cancel_button):
            push.setMinimumSize(MIN_TARGET, MIN_TARGET)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> datetime:
        """The moment chosen (a typed time is on the slot's day, in the person's zone)."""
        if self.at_slot.isChecked():
            return self.slot_at
        if self.at_now.isChecked():
            return self.now
        t = self.time_edit.time()
        return self.slot_at.replace(hour=t.hour(), minute=t.minute(), second=0, microsecond=0)


def ask_when_taken(parent: QWidget | None, slot_at: datetime, now: datetime) -> datetime | None:
    """Ask when a past dose was taken; None: cancelled."""
    dialog = WhenTakenDialog(slot_at, now, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
    finally:
        dialog.deleteLater()


#: The open "after your dose" notes (kept so they live until closed; tests read it).
NOTES: list[QDialog] = []


def show_notes(parent: QWidget | None, outcome: TakeOutcome) -> QDialog | None:
    """After a recorded take, what the person should know now (``sedatives-taken-close``):
    a window that does not block (it asks nothing), closed with OK."""
    notes = [f for f in outcome.check.findings if f.code == TAKEN_CLOSE_CODE]
    if not notes:
        return None
    dialog = QDialog(parent)
    dialog.setObjectName("take-note")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(QCoreApplication.translate("Confirm", "Recorded — please note"))
    layout = QVBoxLayout(dialog)
    event = outcome.event
    assert event is not None
    if event.amount is not None:
        recorded = QCoreApplication.translate("Confirm", "Recorded: {medication} {amount}.")
    else:
        recorded = QCoreApplication.translate("Confirm", "Recorded: {medication}.")
    heading = QLabel(recorded.format(medication=event.medication, amount=event.amount), dialog)
    heading.setWordWrap(True)
    layout.addWidget(heading)
    for finding in notes:
        layout.addWidget(finding_label(finding, dialog))
    ok = QPushButton(QCoreApplication.translate("Confirm", "OK"), dialog)
    ok.setMinimumSize(MIN_TARGET, MIN_TARGET)
    ok.setDefault(True)
    ok.clicked.connect(dialog.close)
    layout.addWidget(ok, 0, Qt.AlignmentFlag.AlignRight)
    dialog.setAccessibleDescription(" ".join(f.message for f in notes))
    NOTES.append(dialog)
    dialog.destroyed.connect(lambda _=None, d=dialog: _forget_note(d))
    dialog.show()
    return dialog


def _forget_note(dialog: QDialog) -> None:
    if dialog in NOTES:
        NOTES.remove(dialog)
