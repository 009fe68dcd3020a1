""" "Take all due" (issue 22 item 1) on Today and in the reminder window.

The same service calls as ``medplanner take --all-due``: :meth:`Service.propose_all_due`
gives one proposal per due dose, each pinned to its slot, and
:meth:`Service.record_all_due` records them through the one take flow. Doses that raise
no warning are recorded; those that do are listed together, with their findings, in ONE
question (default: record none of them). A dose refused — by the person, or by a finding
that appeared while asking — is not recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.events import Slot
from medplanner.core.takegate import RED_FLAG_CODE
from medplanner.gui.confirm import MIN_TARGET, finding_label
from medplanner.service import Service, TakeOutcome, TakeProposal

#: (person, medication casefolded, slot): one scheduled dose.
DoseKey = tuple[str, str, Slot]


@dataclass
class TakeAllResult:
    """What "Take all due" did: the outcomes recorded and the proposals not recorded."""

    recorded: list[TakeOutcome] = field(default_factory=list)
    refused: list[TakeProposal] = field(default_factory=list)
    asked: bool = False

    def words(self) -> str:
        """One line for the person (Today's status line, the window's tooltip)."""
        if not self.recorded and not self.refused:
            return QCoreApplication.translate("TakeAllResult", "No dose is due now.")
        parts = []
        if self.recorded:
            names = ", ".join(_what_outcome(o) for o in self.recorded)
            parts.append(
                QCoreApplication.translate(
                    "TakeAllResult", "Recorded %n: {medications}.", "", len(self.recorded)
                ).format(medications=names)
            )
        if self.refused:
            names = ", ".join(_what(p) for p in self.refused)
            parts.append(
                QCoreApplication.translate("TakeAllResult", "Not recorded: {medications}.").format(
                    medications=names
                )
            )
        return " ".join(parts)


def _what(p: TakeProposal) -> str:
    amount = f" {p.check.amount}" if p.check.amount is not None else ""
    slot = p.check.slot
    when = f" ({slot.at:%H:%M})" if slot is not None else ""
    return f"{p.medication.name}{amount}{when}"


def _what_outcome(o: TakeOutcome) -> str:
    event = o.event
    assert event is not None
    amount = f" {event.amount}" if event.amount is not None else ""
    return f"{event.medication}{amount}"


class ConfirmAllDialog(QDialog):
    """The one question: these due doses raise a warning — take them too? Default: no."""

    def __init__(self, proposals: list[TakeProposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm-take-all")
        self.setWindowTitle(self.tr("Some due doses need a look first"))
        self.setModal(True)
        self.emergency = any(f.code == RED_FLAG_CODE for p in proposals for f in p.findings)
        layout = QVBoxLayout(self)
        count = len(proposals)
        #: Translators: two texts, for one dose and for several: the second has every
        #: plural form of your language (it is also used for 21 …).
        if count == 1:
            question = self.tr("%n of the due doses raise a warning. Take it too?", "", count)
        else:
            question = self.tr("%n of the due doses raise a warning. Take them too?", "", count)
        heading = QLabel(question, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        body = QWidget(self)
        rows = QVBoxLayout(body)
        several = len({p.person for p in proposals}) > 1
        for p in proposals:
            what = _what(p)
            if several:
                what = self.tr("{person}: {dose}").format(person=p.person, dose=what)
            title = QLabel(what, body)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setWordWrap(True)
            rows.addWidget(title)
            for finding in p.findings:
                rows.addWidget(finding_label(finding, body))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        advice = QLabel(
            self.tr(
                "Do not take them. Get help now: call your emergency number, or ask someone to."
            )
            if self.emergency
            else self.tr(
                "The doses without a warning are recorded either way. If you are unsure, "
                "do not take these and ask your pharmacist."
            ),
            self,
        )
        advice.setWordWrap(True)
        layout.addWidget(advice)
        buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(
            self.tr("Don't take these — get help")
            if self.emergency
            else self.tr("Don't take these"),
            self,
        )
        self.take_button = QPushButton(self.tr("Take these too"), self)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.cancel_button, self.take_button):
            button.setMinimumSize(MIN_TARGET, MIN_TARGET)
            button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setAccessibleDescription(
            " ".join(
                self.tr("{dose}: {message}").format(dose=_what(p), message=f.message)
                for p in proposals
                for f in p.findings
            )
        )
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(520, min(640, 200 + 90 * sum(1 + len(p.findings) for p in proposals)))


def ask_all(parent: QWidget | None, proposals: list[TakeProposal]) -> bool:
    """Ask once about every warned proposal; True only on "Take these too"."""
    dialog = ConfirmAllDialog(proposals, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def take_all_due(
    parent: QWidget | None,
    service: Service,
    persons: Iterable[str],
    at: datetime,
    *,
    only: set[DoseKey] | None = None,
    ask: Callable[[QWidget | None, list[TakeProposal]], bool] | None = None,
) -> TakeAllResult:
    """Record every dose due at ``at`` for ``persons`` (``only``: just these doses, as a
    reminder window lists them). Asks once, with ``ask`` (default :func:`ask_all`), about
    the doses that raise a warning; refused ones are not recorded."""
    proposals: list[TakeProposal] = []
    for person in persons:
        for p in service.propose_all_due(person, at):
            slot = p.slot
            key = (p.person, p.medication.name.casefold(), slot) if slot is not None else None
            if only is None or key in only:
                proposals.append(p)
    clean = [p for p in proposals if not p.needs_confirmation]
    warned = [p for p in proposals if p.needs_confirmation]
    result = TakeAllResult()
    confirmed = False
    if warned:
        result.asked = True
        confirmed = (ask or ask_all)(parent, warned)
    batches: list[tuple[list[TakeProposal], bool]] = [(clean, False)]
    if confirmed:
        batches.append((warned, True))
    else:
        result.refused.extend(warned)
    for batch, confirm in batches:
        for proposal, outcome in zip(
            batch, service.record_all_due(batch, confirm=confirm), strict=True
        ):
            if outcome.recorded:
                result.recorded.append(outcome)
            else:
                result.refused.append(proposal)
    return result
