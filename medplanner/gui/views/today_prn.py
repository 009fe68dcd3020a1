"""Today's row for an as-needed medicine: today's count, the last dose, and "Can I take
one now?" (the doubled-dose rule asked at the moment of asking); importable from
:mod:`~medplanner.gui.views.today_rows`."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
)

from medplanner.core.wording import ago
from medplanner.gui import severity
from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.widgets.buttons import big_button
from medplanner.gui.widgets.fmt import clock
from medplanner.service import AsNeeded

if TYPE_CHECKING:
    from medplanner.gui.views.today import TodayView


class AsNeededRow(QFrame):
    """An as-needed medicine: today's count, the last dose, and "Can I take one now?"."""

    def __init__(self, view: TodayView, prn: AsNeeded, now: datetime) -> None:
        super().__init__()
        self.view = view
        med = prn.medication
        self.medication = med.name
        self.setObjectName(f"prn-{med.name}")
        grid = QGridLayout(self)
        name = QLabel(f"{med.name} {med.dose}")
        emphasize(name, 1.2, bold=True)
        grid.addWidget(name, 0, 0, 1, 2)
        if prn.last_taken is not None:
            last = self.tr("last {time}, {ago}").format(
                time=clock(prn.last_taken.astimezone(now.tzinfo)), ago=ago(now - prn.last_taken)
            )
        else:
            last = self.tr("none taken yet")
        if med.max_per_day:
            facts_text = self.tr("Taken today: {count} (at most {most} a day) · {last}").format(
                count=prn.taken_today, most=med.max_per_day, last=last
            )
        else:
            facts_text = self.tr("Taken today: {count} · {last}").format(
                count=prn.taken_today, last=last
            )
        facts = QLabel(facts_text)
        facts.setObjectName("prn-facts")
        facts.setWordWrap(True)
        grid.addWidget(facts, 1, 0, 1, 2)
        self.ask = big_button(
            self.tr("Can I take one now?"),
            name="prn-ask",
            accessible=self.tr("Can I take {medication} now?").format(medication=med.name),
            factor=1.0,
        )
        self.ask.clicked.connect(self.answer)
        grid.addWidget(self.ask, 2, 0)
        self.answer_label = QLabel()
        self.answer_label.setObjectName("prn-answer")
        self.answer_label.setTextFormat(Qt.TextFormat.RichText)
        self.answer_label.setWordWrap(True)
        self.answer_label.setVisible(False)
        grid.addWidget(self.answer_label, 3, 0, 1, 2)
        self.take_button = big_button(
            self.tr("Take one"),
            name="prn-take",
            accessible=self.tr("Take one dose of {medication}").format(medication=med.name),
            factor=1.0,
        )
        self.take_button.clicked.connect(lambda: view.take_as_needed(med.name))
        self.take_button.setVisible(False)
        grid.addWidget(self.take_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        self.setAccessibleName(
            self.tr("As needed: {medication} {dose}. Taken today: {count}").format(
                medication=med.name, dose=med.dose, count=prn.taken_today
            )
        )

    def answer(self) -> None:
        """Ask the doubled-dose rule now (the clock has moved since the view was drawn)."""
        view = self.view
        if view.person is None:
            return
        person = view.person
        check = view.ops.run(
            self,
            self.tr("Could not check this dose"),
            lambda: view.ops.service.check_take(person, self.medication, view.ops.now()),
        )
        if check is None:
            return
        bad = [f for f in check.findings if f.severity != "info"]
        if not bad:
            mark = severity.state("taken")
            text = self.tr("Yes: the plan allows one now ({amount}).").format(amount=check.amount)
            html = f'{mark.img()} <span style="font-weight:600">{escape(text)}</span>'
        else:
            worst = bad[0]
            mark = severity.severity(worst.severity)
            not_now = self.tr("Not now. {message}").format(message=worst.message)
            # Translators: a severity word ("Warning"), then why a dose cannot be taken now.
            text = self.tr("{severity}: {reason}").format(severity=mark.text, reason=not_now)
            html = f"{mark.html(self.palette())} {escape(not_now)}"
        self.answer_label.setText(html)
        self.answer_label.setAccessibleName(text)
        self.answer_label.setVisible(True)
        self.take_button.setVisible(True)
        self.take_button.setText(self.tr("Take one") if not bad else self.tr("Take one anyway…"))
