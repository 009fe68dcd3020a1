"""The "Drowsiness & stock" tab: how the sedating medicines' drowsiness adds up over the day
(with a stagger suggestion to discuss with the prescriber), the titration ramp against the
label maximum, and the stock on hand with its run-out date along the plan.

Applying a suggestion asks first and saves a NEW plan version; nothing changes by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from medplanner.core.errors import MedPlannerError
from medplanner.core.model import Plan
from medplanner.gui.charts import StaggerPanel, TitrationChart
from medplanner.gui.operations import Operations
from medplanner.gui.stock import (
    RefillDialog,
    RefillRequest,
    StockPanel,
    apply_request,
    countable_names,
)
from medplanner.gui.views.base import View


class InsightView(View):
    title = "Drowsiness & stock"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("insight-view")
        body = QWidget()
        layout = QVBoxLayout(body)
        self.note = QLabel(
            self.tr(
                "Taking drowsy-making medicines at different times is general guidance, not a "
                "label rule, and it does not take the risk away. Your prescriber decides."
            ),
            body,
        )
        self.note.setWordWrap(True)
        self.stagger = StaggerPanel(body)
        self.stagger.setObjectName("stagger-panel")
        self.stagger.setAccessibleName(self.tr("Drowsiness over the day"))
        self.stagger.apply_button.setAccessibleName(self.tr("Apply the suggested times"))
        self.stagger.planProposed.connect(self._save_proposal)
        self.titration = TitrationChart(body)
        self.titration.setAccessibleName(self.tr("Daily dose over the weeks"))
        self.stock = StockPanel(body)
        self.stock.refill_requested.connect(self._refill)
        from medplanner.gui.dialogs.supply import SupplyPanel

        self.supply = SupplyPanel(body)  # what to ask for, per strength (issue 22)
        for widget in (self.note, self.stagger, self.titration, self.stock, self.supply):
            layout.addWidget(widget)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Drowsiness and stock"))
        QVBoxLayout(self).addWidget(scroll)
        self._dialog: RefillDialog | None = None

    def refresh(self) -> None:
        plan = self._plan()
        kb = self.ops.service.kb
        self.stagger.set_plan(plan, kb)
        self.titration.set_plan(plan, kb)
        self.supply.set_plan(plan, kb, self.ops.now())
        if plan is None or self.person is None:
            self.stock.set_reports([], "UTC")
            return
        reports = self.ops.run(
            self,
            # Translators: the title of a message saying the stock could not be read.
            self.tr("Stock"),
            lambda: self.ops.service.stocks(self.person or "", self.ops.now()),
        )
        self.stock.set_reports(reports or [], plan.person.timezone, countable_names(plan))

    def _plan(self) -> Plan | None:
        if self.person is None:
            return None
        try:
            return self.ops.service.current(self.person).plan
        except MedPlannerError:
            return None

    def _save_proposal(self, plan: object) -> None:
        if isinstance(plan, Plan):
            self.ops.save_plan(self, plan)

    def _refill(self, medication: str) -> None:
        if self.person is not None:
            self._dialog = open_refill_dialog(self, self.ops, self.person, medication)


def open_refill_dialog(
    parent: QWidget, ops: Operations, person: str, medication: str
) -> RefillDialog:
    """The refill dialog (not modal); a submitted refill is recorded and announced."""
    report = ops.run(
        parent,
        QCoreApplication.translate("Insight", "Stock"),
        lambda: ops.service.stock(person, medication, ops.now()),
    )
    if report is not None:
        dialog = RefillDialog(
            medication, unit_words=report.unit_words, on_hand=report.units, parent=parent
        )
    else:
        dialog = RefillDialog(medication, parent=parent)

    def apply(request: object) -> None:
        if not isinstance(request, RefillRequest):
            return
        done = ops.run(
            parent,
            QCoreApplication.translate("Insight", "The stock was not changed"),
            lambda: apply_request(ops.service, person, medication, request, ops.now()),
        )
        if done is not None:
            ops.announce(done.changes)

    dialog.submitted.connect(apply)
    dialog.show()
    return dialog
