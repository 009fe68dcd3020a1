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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Plan
from medplanner.core.schedule import zone
from medplanner.core.supply import SPLIT_RULE, Supply, plan_supply
from medplanner.gui import severity

DEFAULT_WEEKS = 4
MAX_WEEKS = 104  # as ``supply --weeks``


class SupplyPanel(QGroupBox):
    """Units per strength to ask for, for the next N weeks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("What to ask for at the pharmacy", parent)
        self.setObjectName("supply-panel")
        self.setAccessibleName("What to ask for at the pharmacy")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.weeks = QSpinBox(self)
        self.weeks.setObjectName("supply-weeks")
        self.weeks.setRange(1, MAX_WEEKS)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(" weeks")
        self.weeks.setMinimumHeight(44)
        self.weeks.setAccessibleName(f"Weeks ahead, from today, 1 to {MAX_WEEKS}")
        label = QLabel("For the next &weeks:", self)
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
            f"Not counting what is on hand. Splitting: {SPLIT_RULE}. Your prescriber and "
            "pharmacist decide what is supplied.",
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
            self.result.setText("No plan yet.")
            self.result.setAccessibleName("No plan yet.")
            return
        weeks = self.weeks.value()
        self.supplies = plan_supply(self._plan, self._kb, self._start, weeks)
        last = self._start + timedelta(days=weeks * 7 - 1)
        lines = [f"From {self._start:%d %b %Y} to {last:%d %b %Y}:"]
        for s in self.supplies:
            lines.append(supply_words(s))
        if not self.supplies:
            lines.append("No medications in the plan.")
        warn = severity.severity("warning").html(self.palette())
        shown = [html.escape(line).replace(" Warning: ", f" {warn}: ") for line in lines]
        self.result.setText("<br>".join(shown))
        self.result.setAccessibleName(" ".join(lines))


def supply_words(s: Supply) -> str:
    """One medication in words: what to ask for, and any dose that cannot be made."""
    name = s.medication.name
    if not s.doses:
        what = "taken as needed, no daily most in the plan" if s.as_needed else "no doses"
        return f"{name}: {what} in this period."
    if not s.products:
        return f"{name}: no strength is known — add the strength to the plan to see this."
    ask = ", ".join(f"{n} × {p.label}" for p, n in s.units.items()) or "nothing"
    most = " (at most, if taken as often as the plan allows)" if s.as_needed else ""
    text = f"{name}: ask for {ask}{most}."
    for d in s.doses:
        if d.made_of is None:
            text += (
                f" Warning: {d.dose} cannot be made from "
                + ", ".join(p.label for p in s.products)
                + ": ask your prescriber or pharmacist which strength to use."
            )
    return text
