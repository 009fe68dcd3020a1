"""The "Apply suggestion…" flow: the sedation chart, the suggestion in words, and a button
that asks first and hands back a NEW plan (nothing here saves anything)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.checks.stagger import suggest_stagger
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Plan
from medplanner.core.sedation import (
    Suggestion,
    SuggestionMismatch,
    apply_suggestion,
    sedation_profile,
)
from medplanner.gui.charts.paint import (
    _hhmm,
    _listing,
)
from medplanner.gui.charts.sedation import GUIDANCE, SedationChart


def suggestion_text(suggestion: Suggestion) -> str:
    """What the confirmation asks, in plain words (../shared/ui.md: what, why, what to do)."""
    #: Translators: a medicine and its times of day: "baclofen at 08:00 and 20:00".
    at = QCoreApplication.translate("Stagger", "{medicine} at {times}")
    times = "; ".join(
        at.format(medicine=m.name, times=_listing([_hhmm(t) for t in sorted(m.suggested)]))
        for m in sorted(suggestion.meds, key=lambda m: m.med_index)
        if m.changed
    )
    now = "; ".join(
        at.format(medicine=m.name, times=_listing([_hhmm(t) for t in sorted(m.current)]))
        for m in sorted(suggestion.meds, key=lambda m: m.med_index)
        if m.changed
    )
    percent = round(suggestion.peak_reduction * 100)
    #: Translators: {guidance} is a whole sentence of its own, said between these.
    text = QCoreApplication.translate(
        "Stagger",
        "Change the times to: {times}? (Now: {now}.) The doses and how many a day stay the "
        "same. The model expects the highest drowsiness while awake to be about {percent}% "
        "lower. {guidance} This makes a new version of the plan; the old one is kept.",
    )
    guidance = QCoreApplication.translate("Sedation", GUIDANCE)
    return text.format(times=times, now=now, percent=percent, guidance=guidance)


def suggestion_info(suggestion: Suggestion) -> str:
    """The suggestion as a statement, for the panel under the chart."""
    meds = sorted(suggestion.meds, key=lambda m: m.med_index)
    new = "; ".join(f"{m.name} {_listing([_hhmm(t) for t in sorted(m.suggested)])}" for m in meds)
    now = "; ".join(f"{m.name} {_listing([_hhmm(t) for t in sorted(m.current)])}" for m in meds)
    percent = round(suggestion.peak_reduction * 100)
    text = QCoreApplication.translate(
        "Stagger",
        "A model of how the body takes up and clears these medicines suggests: {new} "
        "(now: {now}). The highest drowsiness while awake could be about {percent}% lower, "
        "with the same doses. {guidance}",
    )
    guidance = QCoreApplication.translate("Sedation", GUIDANCE)
    return text.format(new=new, now=now, percent=percent, guidance=guidance)


Ask = Callable[[QWidget | None, str, str], bool]


def _ask_with_dialog(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(
        QCoreApplication.translate("Stagger", "Use the new times"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    no = box.addButton(
        QCoreApplication.translate("Stagger", "Keep my times"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)  # Enter never changes a plan by accident
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def confirm_and_apply(
    parent: QWidget | None, plan: Plan, suggestion: Suggestion, *, ask: Ask | None = None
) -> Plan | None:
    """ "Apply suggestion…": ask, then return a NEW plan with the suggested times, or None.

    Nothing is saved here; the caller saves the returned plan as a new plan version.
    None when the person says no, or when the plan no longer has the suggested-for times.
    ``ask(parent, title, text) -> bool`` replaces the dialog (tests, other front ends).
    """
    ask = ask or _ask_with_dialog
    title = QCoreApplication.translate("Stagger", "Use the suggested times?")
    if not ask(parent, title, suggestion_text(suggestion)):
        return None
    try:
        return apply_suggestion(plan, suggestion)
    except SuggestionMismatch:
        return None


class StaggerPanel(QWidget):
    """The chart, the suggestion in words, and an "Apply suggestion…" button.

    ``planProposed(Plan)`` is emitted with the NEW plan after the person confirms; the
    panel saves nothing. Call :meth:`set_plan` whenever the plan changes.
    """

    planProposed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, ask: Ask | None = None) -> None:
        super().__init__(parent)
        self._ask = ask
        self._plan: Plan | None = None
        self._suggestion: Suggestion | None = None
        self.chart = SedationChart(self)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.apply_button = QPushButton(self.tr("Apply suggestion…"), self)
        self.apply_button.setMinimumHeight(44)  # ../shared/ui.md: big targets
        self.apply_button.setAccessibleDescription(
            self.tr("Asks first; makes a new version of the plan with the suggested times")
        )
        self.apply_button.clicked.connect(self._apply)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.words)
        layout.addLayout(row)
        self._show()

    def set_plan(
        self,
        plan: Plan | None,
        kb: KnowledgeBase | None = None,
        day: date | None = None,
    ) -> None:
        self._plan = plan
        self._suggestion = None
        if plan is None:
            self.chart.set_profiles(None)
        else:
            s = suggest_stagger(plan, kb, day)
            if s is not None and s.worth_showing:
                self._suggestion = s
                self.chart.set_suggestion(s)
            else:
                self.chart.set_profiles(sedation_profile(plan, kb, day))
        self._show()

    def suggestion(self) -> Suggestion | None:
        return self._suggestion

    def _show(self) -> None:
        from medplanner.gui import severity

        info = severity.severity("info")
        s = self._suggestion
        self.apply_button.setVisible(s is not None)
        if s is None:
            #: Translators: {sign} is the "Info" sign and word.
            none = self.tr("{sign}: no change of times is suggested.")
            self.words.setText(
                none.format(sign=info.html(self.palette()))
                if self.chart.profiles()[0] is not None
                else ""
            )
            return
        said = self.tr("{sign}: {suggestion}")
        self.words.setText(
            said.format(sign=info.html(self.palette()), suggestion=escape(suggestion_info(s)))
        )

    def _apply(self) -> None:
        if self._plan is None or self._suggestion is None:
            return
        new = confirm_and_apply(self, self._plan, self._suggestion, ask=self._ask)
        if new is not None:
            self.planProposed.emit(new)
