"""Issue 22 item 6 for the dialogs, shared widgets and charts: every word they show goes
through Qt's catalogue, whole sentences with placeholders, and English stays as it was.

A translator that marks every text it is asked for (``⟦…⟧``, placeholders kept) stands in
for a real catalogue: what a dialog shows unmarked did not go through ``tr``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.model import Finding
from medplanner.core.plan import loads
from medplanner.gui.charts import SedationChart, TitrationChart
from medplanner.gui.charts.paint import _listing
from medplanner.gui.dialogs.export import ExportDialog
from medplanner.gui.dialogs.export_jobs import KINDS, failure_text
from medplanner.gui.dialogs.planner import PlannerDialog, steps_words
from medplanner.gui.dialogs.supply import SupplyPanel
from medplanner.gui.main_window import MainWindow
from medplanner.gui.widgets import crash, fmt
from medplanner.gui.widgets.about import AboutDialog
from medplanner.gui.widgets.confirm_save import ConfirmSaveDialog
from medplanner.gui.widgets.findings_panel import FindingsPanel, summary
from medplanner.gui.widgets.person_dialog import NewPersonDialog
from medplanner.service import Service

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

PLAN = """format = "medplanner-plan/1"
[person]
name = "Robin"
timezone = "Europe/London"
crcl_ml_min = 92
[[medications]]
name = "gabapentin"
strength = "300 mg"
start = 2027-01-01
continuing = true
dose = "300 mg"
times = ["08:00", "14:00", "20:00"]
[[medications]]
name = "baclofen"
strength = "10 mg"
start = 2027-01-01
continuing = true
dose = "10 mg"
times = ["08:00", "14:00", "20:00"]
"""
MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
TAG = re.compile(r"<[^<>]*>")  # rich text's tags (a sign's <img>, <br>)
NOW = datetime(2027, 1, 6, 9, 5, tzinfo=ZoneInfo("Europe/London"))


class Marking(QTranslator):
    """Every text, marked: ``"Take {dose}"`` → ``"⟦Take {dose}⟧"``; counts keep ``%n``."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:
        return False

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        self.asked.add((context, source))
        return f"⟦{source}⟧"


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[Marking]:
    translator = Marking()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def shown_texts(dialog: QWidget) -> list[str]:
    """What a person sees or hears in ``dialog``: titles, labels, buttons, names, hints."""
    out = [dialog.windowTitle(), dialog.accessibleName()]
    for w in [dialog, *dialog.findChildren(QWidget)]:
        out += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QSpinBox):
            out.append(w.suffix())
        if isinstance(w, QGroupBox):
            out.append(w.title())
    return [t for t in out if t.strip()]


def unmarked(texts: list[str], data: tuple[str, ...] = ()) -> list[str]:
    """Texts with words outside any ``⟦…⟧``, once ``data`` (names, numbers) is taken out."""
    left = []
    for text in texts:
        rest, before = TAG.sub(" ", text), ""
        while rest != before:  # innermost first: a marked text may hold marked parts
            before, rest = rest, MARKED.sub(" ", rest)
        for word in data:
            rest = rest.replace(word, " ")
        if any(ch.isalpha() for ch in rest):
            left.append(text)
    return left


def test_the_dialogs_show_no_word_outside_the_catalogue(
    qtbot: QtBot, qapp: QApplication, marking: Marking
) -> None:
    plan = loads(PLAN)
    kb = load_knowledge_base()
    dialogs: list[QWidget] = [
        NewPersonDialog("Europe/London"),
        ConfirmSaveDialog([]),
        PlannerDialog("titration", plan, "gabapentin", kb, date(2027, 1, 6)),
        PlannerDialog("taper", plan, "baclofen", kb, date(2027, 1, 6)),
    ]
    supply = SupplyPanel()
    supply.set_plan(plan, kb, NOW)
    dialogs.append(supply)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        # data on screen: the zone list, the names, strengths and numbers
        data = ("Europe/London", "gabapentin", "baclofen", "mg", "capsule", "tablet", "Jan")
        assert unmarked(shown_texts(dialog), data) == [], type(dialog).__name__
    # the draft, its steps and its checks: every word of the GUI's own marked
    planner = dialogs[2]
    assert isinstance(planner, PlannerDialog)
    planner.target.setText("1800 mg")
    assert planner.make() is not None
    steps = steps_words(planner.draft) if planner.draft else []
    assert steps and all(line.startswith("⟦") for line in steps)


def test_the_export_dialog_and_the_chart_too(
    qtbot: QtBot, window: MainWindow, service: Service, marking: Marking
) -> None:
    service.save_plan(loads(PLAN))
    assert window.ops is not None
    dialog = ExportDialog(window.ops, "Robin")
    qtbot.addWidget(dialog)
    for key in ("pdf", "report-pdf", "csv"):
        dialog.choose(key)
        assert unmarked(shown_texts(dialog), ("Robin",)) == [], key
    chart = TitrationChart()
    qtbot.addWidget(chart)
    chart.set_plan(loads(PLAN), load_knowledge_base())
    data = ("gabapentin", "baclofen", "mg", "mL/min")
    assert unmarked([chart.description()], data) == []
    assert "⟦Daily dose over the weeks.⟧" in chart.description()


def test_standard_buttons_say_our_words(qtbot: QtBot, marking: Marking) -> None:
    person = NewPersonDialog("Europe/London")
    qtbot.addWidget(person)
    boxes = person.findChild(QDialogButtonBox)
    assert boxes is not None
    words = [b.text() for b in boxes.buttons()]
    assert sorted(words) == ["⟦Add person⟧", "⟦Cancel⟧"]
    about = AboutDialog(None, keys=[("F1", "Help")])
    qtbot.addWidget(about)
    close = about.findChild(QDialogButtonBox)
    assert close is not None
    assert [b.text() for b in close.buttons()] == ["⟦Close⟧"]


def test_whole_sentences_with_placeholders(marking: Marking) -> None:
    # each export kind has its own sentences: no "Writing " + "the calendar"
    sentences = {(k.title, k.not_made, k.writing, k.wrote) for k in KINDS}
    assert len(sentences) == len(KINDS)
    assert all("{path}" in k.writing and "{person}" in k.wrote for k in KINDS)
    said = failure_text(Path("/x/y.pdf"), PermissionError(13, "no"))
    assert said.startswith("⟦/x/y.pdf could not be written: MedPlanner may not write")
    assert crash.message(None).startswith("⟦MedPlanner hit an unexpected problem")
    assert _listing(["08:00", "14:00", "20:00"]) == "⟦08:00, 14:00 and 20:00⟧"
    assert fmt.day(date(2027, 1, 5)) == "⟦⟦Tue⟧ 5 ⟦Jan⟧⟧"
    assert fmt.long_day(date(2027, 1, 5)) == "⟦⟦Tuesday⟧ 5 ⟦January⟧ 2027⟧"
    asked = {source for context, source in marking.asked}
    assert "{weekday} {day} {month}" in asked


def test_english_stays_as_it_was(qtbot: QtBot) -> None:
    finding = Finding(
        code="x", severity="warning", medication="baclofen", message="One. Two.", source="S"
    )
    danger = Finding(code="y", severity="danger", medication="baclofen", message="M", source="S")
    assert summary([]) == "nothing found"
    assert summary([finding]) == "1 warning"
    assert summary([danger, finding, finding]) == "1 danger, 2 warnings"
    panel = FindingsPanel("Checks")
    qtbot.addWidget(panel)
    panel.set_findings([finding])
    assert panel.heading.accessibleName() == "Checks: 1 warning"
    assert panel.cards[0].why.text() == "Why?"
    assert panel.cards[0].detail.accessibleName() == "One. Two. Source: S"
    assert fmt.english_plural("%n note(s)".replace("%n", "3"), 3) == "3 notes"
    day0 = date(2026, 12, 28)
    for k in range(400):  # every day and month name, as strftime said them
        d = day0 + timedelta(days=k)
        assert fmt.day(d) == f"{d:%a} {d.day} {d:%b}"
        assert fmt.long_day(d) == f"{d:%A} {d.day} {d:%B %Y}"
        assert fmt.padded_day_year(d) == f"{d:%d %b %Y}"
    assert crash.message(None).startswith("MedPlanner hit an unexpected problem and stopped")
    sedation, titration = SedationChart(), TitrationChart()
    qtbot.addWidget(sedation)
    qtbot.addWidget(titration)
    assert sedation.description().startswith("No two sedating medicines are taken together")
    assert titration.accessibleName() == "Daily dose over the weeks"
    assert QCoreApplication.translate("Stagger", "Use the new times") == "Use the new times"
