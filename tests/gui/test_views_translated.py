"""The tabs' texts that no screenshot shows go through the catalogue too (issue 22 item 6):
table headers, item-model cells, combo choices, tooltips and screen-reader words.

A translator that knows exactly the texts ``pyside6-lupdate`` extracts from
``medplanner/gui/views`` marks each one it is asked for ``⟦…⟧``; anything left unmarked
was not extracted (an f-string, a variable) or is looked up under another context than
the one it was marked with (a ``QT_TRANSLATE_NOOP`` table translated elsewhere).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

import medplanner.gui.views as views
from medplanner.core.events import DoseEvent
from medplanner.core.units import Amount
from medplanner.gui.views.calendar import _cell
from medplanner.gui.views.history import KINDS, EventsModel, describe
from medplanner.gui.views.med_draft import MedDraft, StepRow
from medplanner.gui.views.med_form import MedForm
from medplanner.gui.views.settings_groups import DisplayGroup
from medplanner.gui.views.steps_table import StepsTable
from medplanner.gui.widgets.prefs import Prefs
from medplanner.service import Service

LONDON = ZoneInfo("Europe/London")


def _lupdate() -> str:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(here) if here.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate (PySide6's tools) is not installed")
    return found


class Marking(QTranslator):
    """Marks every text the extractor found, under the context it found it in."""

    def __init__(self, known: set[tuple[str, str]]) -> None:
        super().__init__()
        self.known = known

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧" if (str(context), source) in self.known else ""


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    folder = Path(views.__file__).parent
    ts = tmp_path_factory.mktemp("ts") / "views.ts"
    sources = sorted(str(p) for p in folder.glob("*.py"))
    subprocess.run([_lupdate(), *sources, "-ts", str(ts)], check=True, capture_output=True)
    root = ET.parse(ts).getroot()  # lupdate's output, from our own code
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture
def marked(qapp: QApplication, extracted: set[tuple[str, str]]) -> Iterator[None]:
    translator = Marking(extracted)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def at(hh: int, mm: int) -> datetime:
    return datetime(2027, 1, 6, hh, mm, tzinfo=LONDON)


def is_marked(text: object) -> bool:
    return isinstance(text, str) and text.startswith("⟦") and text.endswith("⟧")


def test_history_table_words_come_from_the_catalogue(marked: None) -> None:
    taken = DoseEvent("taken", "baclofen", at(8, 15), at(8, 15), amount=Amount.parse("10 mg"), id=3)
    fixed = DoseEvent(
        "taken", "baclofen", at(8, 40), at(9, 0), amount=Amount.parse("10 mg"), corrects=3, id=4
    )
    # The data keeps its own words; the sentence around it is the catalogue's.
    assert describe(taken, "Europe/London") == "⟦Taken at 08:15 — baclofen 10 mg⟧"
    model = EventsModel()
    model.set_events([fixed, taken], {3: 4}, "Europe/London")
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert all(is_marked(h) for h in headers), headers
    assert model.index(0, 2).data() == "⟦Taken⟧"
    assert model.index(0, 4).data() == "⟦as needed⟧"
    assert model.note(fixed) == "⟦Correction: taken at 08:40 instead of 08:15⟧"
    assert model.note(taken) == "⟦corrected later to 08:40⟧"
    said = model.index(0, 3).data(Qt.ItemDataRole.AccessibleTextRole)
    assert said == "⟦⟦Dose⟧: 10 mg⟧"
    kinds = [QCoreApplication.translate("HistoryModel", text) for text, _ in KINDS]
    assert all(is_marked(k) for k in kinds), kinds


def test_editor_choices_headers_and_cell_words_come_from_the_catalogue(
    marked: None, service: Service
) -> None:
    form = MedForm(service.kb)
    forms = [form.form_choice.itemText(i) for i in range(form.form_choice.count())]
    assert all(is_marked(f) for f in forms), forms
    assert is_marked(form.steps_group.title()) and is_marked(form.prn_group.title())
    table = StepsTable()
    table.set_rows([StepRow("2027-01-04", "", "08:00", "")])
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert all(is_marked(h) for h in headers), headers
    cell = table.item(0, 1)
    assert cell.toolTip() == "⟦⟦Step 1, ⟦Dose⟧⟧, like 300 mg⟧"
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "⟦⟦Step 1, ⟦Dose⟧⟧: ⟦empty⟧⟧"
    assert MedDraft().title == "⟦New medication⟧"


def test_calendar_cells_and_display_choices_come_from_the_catalogue(
    marked: None, data_dir: Path
) -> None:
    dose = Amount.parse("300 mg")
    text, words = _cell([("09:00", dose), ("21:00", dose)], Amount.parse("600 mg"), dose)
    assert text.splitlines() == ["⟦600 mg a day⟧", "2 × 300 mg", "⟦Up from 300 mg⟧"]
    assert words == "⟦600 mg a day, 2 × 300 mg at 09:00, 21:00, up from 300 mg⟧"
    display = DisplayGroup(Prefs(data_dir), None)
    choices = [display.scheme.itemText(i) for i in range(display.scheme.count())]
    sizes = [display.text_size.itemText(i) for i in range(display.text_size.count())]
    assert all(is_marked(c) for c in choices + sizes), choices + sizes
    assert is_marked(display.title())
