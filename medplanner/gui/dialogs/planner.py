"""Plan a taper… / Plan a titration… (issue 22 item 2 in the GUI): a prescriber's draft.

From the stored plan, the medication, a target daily total and a first day, the core
planner (:func:`medplanner.core.planner.draft_taper` / ``draft_titration``, the functions
``medplanner draft-taper`` / ``draft-titration`` call) makes dated steps that keep to the
label's step size and interval; the drug's file sets the taper length. The dialog shows
them, labelled as a draft to discuss with the prescriber, with the draft's own ``check``
findings and the rules used. "Open in the plan editor" hands the draft to the Medications
editor as an unsaved edit: nothing is stored until the person saves it there (and a
danger finding is confirmed first, as for any edit). A draft that would raise a warning
is refused, with its findings.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.errors import InvalidInput
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Plan
from medplanner.core.planner import Draft, DraftRefused, Kind, draft_taper, draft_titration
from medplanner.core.units import Amount
from medplanner.gui import severity
from medplanner.gui.marks import QT_TRANSLATE_NOOP
from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.widgets.buttons import big_button, button
from medplanner.gui.widgets.field import FieldBox
from medplanner.gui.widgets.findings_panel import FindingsPanel
from medplanner.gui.widgets.fmt import day_year

DRAFT_LABEL = QT_TRANSLATE_NOOP(
    "PlannerDialog", "A draft to discuss with the prescriber — nothing changes until you confirm"
)


def make_draft(
    kind: Kind, plan: Plan, medication: str, kb: KnowledgeBase, target: str, start: date
) -> Draft:
    """The core planner's draft; :class:`InvalidInput` in words for a target that is not a
    dose (:class:`DraftRefused`, with findings, when the draft would raise a warning)."""
    text = target.strip()
    if kind == "taper":
        to = None if text in ("", "0", "0 mg") else _amount(text)
        return draft_taper(plan, medication, kb, start=start, to=to)
    if not text:
        raise InvalidInput(
            QCoreApplication.translate("Planner", "Say the daily total to reach, like 1800 mg.")
        )
    return draft_titration(plan, medication, kb, start=start, to=_amount(text))


def _amount(text: str) -> Amount:
    try:
        amount = Amount.parse(text)
    except InvalidInput as e:
        said = QCoreApplication.translate("Planner", "{problem} — write a daily total like 30 mg")
        raise InvalidInput(said.format(problem=e.message)) from None
    if amount.value < 0:
        said = QCoreApplication.translate("Planner", '"{text}" is not a daily total')
        raise InvalidInput(said.format(text=text))
    return amount


def steps_words(draft: Draft) -> list[str]:
    """Each new step in words: its days, its doses and its daily total."""
    lines = []
    for k, step in enumerate(draft.steps):
        nxt = draft.steps[k + 1].start - timedelta(days=1) if k + 1 < len(draft.steps) else None
        end = nxt or draft.stop
        #: Translators: one dose of a draft's step: "10 mg at 08:00".
        at = QCoreApplication.translate("PlannerSteps", "{dose} at {time}")
        doses = ", ".join(at.format(dose=t.dose, time=f"{t.at:%H:%M}") for t in step.times)
        total = step.daily_total()
        if end:
            #: Translators: a draft's step: its days, its doses and its daily total.
            line = QCoreApplication.translate(
                "PlannerSteps", "{first} to {last}: {doses} ({total} a day)"
            ).format(first=_d(step.start), last=_d(end), doses=doses, total=total)
        else:
            #: Translators: a draft's last step (no end): first day, doses and daily total.
            line = QCoreApplication.translate(
                "PlannerSteps", "From {first}: {doses} ({total} a day)"
            ).format(first=_d(step.start), doses=doses, total=total)
        lines.append(line)
    if draft.stop is not None and draft.kind == "taper":
        last = QCoreApplication.translate("PlannerSteps", "Last dose on {day}, then it stops.")
        lines.append(last.format(day=_d(draft.stop)))
    return lines


def _d(day: date) -> str:
    return day_year(day)


class PlannerDialog(QDialog):
    """See the module docstring. ``open_in_editor`` carries the :class:`Draft`."""

    open_in_editor = Signal(object)

    def __init__(
        self,
        kind: Kind,
        plan: Plan,
        medication: str,
        kb: KnowledgeBase,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind: Kind = kind
        self.plan = plan
        self.medication = medication
        self.kb = kb
        self.draft: Draft | None = None
        what = "taper" if kind == "taper" else "titration"
        self.setObjectName(f"plan-{what}")
        if kind == "taper":
            title = self.tr("Plan a taper of {medication}").format(medication=medication)
            make = self.tr("Make the draft taper")
        else:
            title = self.tr("Plan a titration of {medication}").format(medication=medication)
            make = self.tr("Make the draft titration")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(False)
        # Everything but the Close / Open row scrolls as one: at 200 % text on a 600 px
        # screen the form, the steps and the findings keep their room (issue 21 item 1).
        outer = QVBoxLayout(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title, self)
        emphasize(heading, 1.3, bold=True)
        layout.addWidget(heading)
        self.draft_label = QLabel(QCoreApplication.translate("PlannerDialog", DRAFT_LABEL), self)
        self.draft_label.setObjectName("planner-draft-label")
        self.draft_label.setWordWrap(True)
        emphasize(self.draft_label, 1.1, bold=True)
        layout.addWidget(self.draft_label)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.target = QLineEdit(self)
        self.target.setObjectName("planner-target")
        self.target.setMinimumHeight(44)
        if kind == "taper":
            self.target.setPlaceholderText(self.tr("0 mg: stop it"))
            self.target.setAccessibleName(self.tr("Daily total to lower to, empty or 0 mg to stop"))
            hint = self.tr("Empty or 0 mg: stop it, slowly. Or a lower daily total, like 30 mg.")
        else:
            self.target.setAccessibleName(self.tr("Daily total to raise to, like 1800 mg"))
            self.target.setPlaceholderText(self.tr("like 1800 mg"))
            hint = self.tr("The daily total to reach; never above the label's daily maximum.")
        self.target_box = FieldBox(self.target, hint)
        label = QLabel(self.tr("&Target a day:"), self)
        label.setBuddy(self.target)
        form.addRow(label, self.target_box)
        self.start = QDateEdit(self)
        self.start.setObjectName("planner-start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setDate(QDate(today.year, today.month, today.day))
        self.start.setMinimumHeight(44)
        self.start.setAccessibleName(self.tr("First day of the change, at the earliest"))
        label = QLabel(self.tr("&From (at the earliest):"), self)
        label.setBuddy(self.start)
        form.addRow(label, self.start)
        length = QLabel(
            self.tr(
                "Length: the drug's label sets it (its step size and interval, and for a taper "
                "the time it takes to stop safely)."
            ),
            self,
        )
        length.setWordWrap(True)
        form.addRow(length)
        layout.addLayout(form)

        self.make_button = big_button(
            self.tr("&Make the draft"), name="planner-make", accessible=make
        )
        self.make_button.setDefault(True)
        self.make_button.setAutoDefault(True)
        self.make_button.clicked.connect(self.make)
        layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.steps = QLabel(self)
        self.steps.setObjectName("planner-steps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.findings = FindingsPanel(self.tr("Checks of the draft"), self)
        self.findings.setObjectName("planner-findings")
        layout.addWidget(self.steps)
        layout.addWidget(self.findings)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own for Tab
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("The draft and its checks"))
        outer.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = button(
            self.tr("Close"), name="planner-close", accessible=self.tr("Close, change nothing")
        )
        self.close_button.clicked.connect(self.reject)
        self.open_button = big_button(
            self.tr("&Open in the plan editor"),
            name="planner-open",
            accessible=self.tr(
                "Open the draft in the plan editor to review it; nothing is saved yet"
            ),
            primary=True,
        )
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.open_button)
        outer.addLayout(buttons)
        self.target.setFocus(Qt.FocusReason.OtherFocusReason)
        screen = self.screen().availableGeometry()
        want = body.sizeHint() + QSize(40, 120)
        width = min(max(want.width(), 640), screen.width())
        self.resize(width, min(max(want.height(), 640), screen.height()))

    def make(self) -> Draft | None:
        """Ask the core planner; show the steps and findings, or why there is no draft."""
        self.draft = None
        self.open_button.setEnabled(False)
        self.target_box.set_problem(None)
        picked = self.start.date()
        start = date(picked.year(), picked.month(), picked.day())
        try:
            draft = make_draft(
                self.kind, self.plan, self.medication, self.kb, self.target.text(), start
            )
        except DraftRefused as e:
            self.findings.set_findings(e.findings)
            self._show_lines("warning", [self.tr("No draft: {why}.").format(why=e.message)])
            return None
        except InvalidInput as e:
            self.target_box.set_problem(e.message)
            self.target.setFocus()
            self._show_lines("warning", [self.tr("No draft: fix the target first.")])
            return None
        self.draft = draft
        self.findings.set_findings(draft.findings)
        self._show_lines(
            None,
            [draft.header, "", *steps_words(draft), "", self.tr("Rules used:")]
            + [f"• {rule}" for rule in draft.rules],
        )
        self.open_button.setEnabled(True)
        self.open_button.setDefault(True)
        return draft

    def _show_lines(self, level: str | None, lines: list[str]) -> None:
        text = "<br>".join(html.escape(line) for line in lines)
        if level is not None:
            mark = severity.severity(level)  # type: ignore[arg-type]
            text = f"{mark.html(self.palette())} {text}"
        self.steps.setText(text)
        self.steps.setAccessibleName(" ".join(line for line in lines if line))

    def _open(self) -> None:
        if self.draft is not None:
            self.open_in_editor.emit(self.draft)
            self.accept()
