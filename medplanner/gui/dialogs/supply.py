"""What to ask for: the prescription planner by strength (issue 22 item 3), for the
"Drowsiness & stock" tab.

For the plan's next N weeks (a spin box, 4 by default), per medication, the units of each
strength that make every dose, from :func:`medplanner.core.supply.plan_supply`, the
function ``medplanner supply --weeks N`` calls. A dose that cannot be made from the
strengths is a warning (sign + word), with what to do.
"""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from medplanner.core.i18n import _
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Plan
from medplanner.core.schedule import zone
from medplanner.core.supply import SPLIT_RULE, Supply, plan_supply
from medplanner.gui import severity
from medplanner.gui.widgets.fmt import padded_day_year

DEFAULT_WEEKS = 4
MAX_WEEKS = 104  # as ``supply --weeks``


class SupplyPanel(QGroupBox):
    """Units per strength to ask for, for the next N weeks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What to ask for at the pharmacy"))
        self.setObjectName("supply-panel")
        self.setAccessibleName(self.tr("What to ask for at the pharmacy"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.weeks = QSpinBox(self)
        self.weeks.setObjectName("supply-weeks")
        self.weeks.setRange(1, MAX_WEEKS)
        self.weeks.setValue(DEFAULT_WEEKS)
        #: Translators: after the number in the weeks box: "4 weeks" (keep the leading space).
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setMinimumHeight(44)
        self.weeks.setAccessibleName(
            self.tr("Weeks ahead, from today, 1 to {most}").format(most=MAX_WEEKS)
        )
        label = QLabel(self.tr("For the next &weeks:"), self)
        label.setBuddy(self.weeks)
        form.addRow(label, self.weeks)
        layout.addLayout(form)
        self.result = QLabel(self)
        self.result.setObjectName("supply-result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.result)
        note = QLabel(
            self.tr(
                "Not counting what is on hand. Splitting: {rule}. Your prescriber and "
                "pharmacist decide what is supplied."
            ).format(rule=_(SPLIT_RULE)),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self._plan: Plan | None = None
        self._kb: KnowledgeBase | None = None
        self._start: date | None = None
        self.supplies: list[Supply] = []
        self.weeks.valueChanged.connect(lambda _v: self._show())

    def set_plan(self, plan: Plan | None, kb: KnowledgeBase, now: datetime) -> None:
        """Show what ``plan`` needs from today (in the plan's zone) for the chosen weeks."""
        self._plan, self._kb = plan, kb
        self._start = now.astimezone(zone(plan.person.timezone)).date() if plan else None
        self._show()

    def _show(self) -> None:
        if self._plan is None or self._kb is None or self._start is None:
            self.supplies = []
            self.result.setText(self.tr("No plan yet."))
            self.result.setAccessibleName(self.tr("No plan yet."))
            return
        weeks = self.weeks.value()
        self.supplies = plan_supply(self._plan, self._kb, self._start, weeks)
        last = self._start + timedelta(days=weeks * 7 - 1)
        period = self.tr("From {first} to {last}:").format(
            first=padded_day_year(self._start), last=padded_day_year(last)
        )
        lines = [period]
        shown = [html.escape(period)]
        warn = severity.severity("warning").html(self.palette())
        for s in self.supplies:
            lines.append(supply_words(s))
            text, problems = _supply_parts(s)
            shown.append(
                "".join([html.escape(text), *(f" {warn}: {html.escape(p)}" for p in problems)])
            )
        if not self.supplies:
            lines.append(self.tr("No medications in the plan."))
            shown.append(html.escape(lines[-1]))
        self.result.setText("<br>".join(shown))
        self.result.setAccessibleName(" ".join(lines))


def supply_words(s: Supply) -> str:
    """One medication in words: what to ask for, and any dose that cannot be made."""
    text, problems = _supply_parts(s)
    word = severity.severity("warning").text
    return "".join([text, *(f" {word}: {problem}" for problem in problems)])


def _supply_parts(s: Supply) -> tuple[str, list[str]]:
    """What to ask for, and each dose that cannot be made (said after a warning sign)."""
    name = s.medication.name
    if not s.doses:
        if s.as_needed:
            text = QCoreApplication.translate(
                "Supply", "{name}: taken as needed, no daily most in the plan in this period."
            )
        else:
            text = QCoreApplication.translate("Supply", "{name}: no doses in this period.")
        return text.format(name=name), []
    if not s.products:
        text = QCoreApplication.translate(
            "Supply", "{name}: no strength is known — add the strength to the plan to see this."
        )
        return text.format(name=name), []
    #: Translators: how many units of one strength to ask for: "84 × 300 mg capsule".
    units = QCoreApplication.translate("Supply", "{count} × {product}")
    ask = ", ".join(units.format(count=n, product=p.label) for p, n in s.units.items())
    if not ask:
        #: Translators: what to ask for when no unit is needed.
        ask = QCoreApplication.translate("Supply", "nothing")
    if s.as_needed:
        text = QCoreApplication.translate(
            "Supply", "{name}: ask for {units} (at most, if taken as often as the plan allows)."
        )
    else:
        text = QCoreApplication.translate("Supply", "{name}: ask for {units}.")
    strengths = ", ".join(p.label for p in s.products)
    problem = QCoreApplication.translate(
        "Supply",
        "{dose} cannot be made from {strengths}: ask your prescriber or pharmacist which "
        "strength to use.",
    )
    problems = [
        problem.format(dose=d.dose, strengths=strengths) for d in s.doses if d.made_of is None
    ]
    return text.format(name=name, units=ask), problems
