"""The GUI in the pseudo-locale (issue 22 item 6): no English left on screen, nothing clipped.

The real main window over the demo plan, with both catalogues in ``en_XA`` (every text of
the catalogues lengthened and accented, between ⟦ and ⟧): every tab, the menus, the main
dialogs, the reminder window with doses due and the catch-up window. Every text a person
sees or hears is collected — widget texts, window and group titles, tab texts, menu items,
tooltips, status tips, placeholders, list and table headers and cells, accessible names and
descriptions — and each must have no English word outside ⟦…⟧, once the data is taken out:
the names, strengths, label quotes and citations of the knowledge base, what the plan says
(the person's name, the medications), numbers, times, dates, units and key names. Each
shown label and button must also have room for its words at 100 % text in a 1024 × 600
window (tests/gui/reflow.py).

A failure lists each text with where it is (object names from the window down): that list
is the work still to do. Make the catalogues first (``python -m medplanner.devtools.catalogues``);
a text is found only once it is wrapped (``self.tr``, ``QCoreApplication.translate``, or
``_`` in the core) and the catalogues are made again.
"""

from __future__ import annotations

import calendar
import dataclasses
import html
import re
import zoneinfo
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from medplanner.core import i18n as core_i18n
from medplanner.core.kbdoc import coverage
from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.model import Finding
from medplanner.core.plan import loads
from medplanner.core.resources import DEMO_PLAN
from medplanner.devtools.pseudo import pseudo
from medplanner.gui import i18n as gui_i18n
from medplanner.gui.catchup import CatchUpWindow
from medplanner.gui.main_window import VIEWS, MainWindow
from medplanner.gui.popup import ReminderWindow
from medplanner.gui.widgets.appearance import Appearance
from medplanner.service import Service

from ..reminders.fakes import utc
from .conftest import FakeClock, click, find
from .reflow import SMALL, clipped, settle
from .reminders_rig import OFFSCREEN_SIZE_HINTS, ControllerRig, controller_factory
from .test_app_parts import with_demo
from .test_catchup_restart import NIGHT
from .test_reminder_window import NOON, PLAN

pytestmark = OFFSCREEN_SIZE_HINTS
MakeController = Callable[..., ControllerRig]

#: A text of the catalogues, in the pseudo-locale (innermost first: texts nest).
MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
WORD = re.compile(r"[A-Za-z]{2,}")
NUMBERS = re.compile(r"\d+(?:[.,:/]\d+)*")
PATHS = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][\w.\-]+){2,}")

#: Words that are data wherever they appear: the app's name, file formats, key names (Qt
#: writes them), time-zone abbreviations, units.
DATA_WORDS = {
    "medplanner",
    *("pdf", "csv", "ics", "fhir", "toml", "json", "db"),
    *("ctrl", "shift", "alt", "meta", "esc", "del", "ins", "pgup", "pgdown", "home", "end"),
    *("return", "enter", "space", "tab", "backspace", "up", "down", "left", "right", "f1"),
    *("am", "pm", "utc", "gmt", "bst", "cet", "cest"),
    *("mg", "mcg", "ml", "kg", "mmol", "umol", "µmol", "dl", "iu"),
}


# --------------------------------------------------------------------------- the data


def _strings(value: object, seen: set[int]) -> Iterator[str]:
    """Every string inside a knowledge-base or plan record (named tuples, dataclasses,
    mappings, collections)."""
    if isinstance(value, str):
        yield value
        return
    if id(value) in seen or value is None or isinstance(value, int | float | Path):
        return
    seen.add(id(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name), seen)
    elif isinstance(value, Mapping):
        for k, v in value.items():
            yield from _strings(k, seen)
            yield from _strings(v, seen)
    elif isinstance(value, tuple | list | set | frozenset):
        for item in value:
            yield from _strings(item, seen)
    elif hasattr(value, "__dict__"):
        for v in vars(value).values():
            yield from _strings(v, seen)
    else:
        text = str(value)  # an Amount, a Decimal, a time: as the GUI writes it
        if not text.startswith("<"):
            yield text


@cache
def data_pattern() -> re.Pattern[str]:
    """The texts that are data, longest first: the knowledge base's and the demo plan's."""
    kb = load_knowledge_base()
    seen: set[int] = set()
    found: set[str] = set()
    for part in (kb.drugs, kb.classes, kb.combinations, kb.products):
        found.update(_strings(part, seen))
    # the knowledge base's own note on where its checks stop (resources/coverage.toml)
    heading, intro, points = coverage()
    found.update([heading, intro, *points])
    for plan_text in (DEMO_PLAN.read_text(encoding="utf-8"), PLAN, NIGHT):
        found.update(_strings(loads(plan_text), seen))
    found.update(["MedPlanner product rule"])  # the source of the app's own rules
    found.update(zoneinfo.available_timezones())  # "Europe/London": names, not words
    texts = sorted({t.strip() for t in found if len(t.strip()) > 1}, key=len, reverse=True)
    alternatives = "|".join(re.escape(t) for t in texts)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@cache
def calendar_words() -> set[str]:
    """Month and day names (dates are data; Qt and Python write them)."""
    names = [*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr]
    return {n.lower() for n in names if n}


def english(text: str) -> list[str]:
    """The English words of ``text`` outside the catalogues' texts, once data is removed."""
    rest = re.sub(r"&(?=\w)", "", text.replace("&&", "&"))  # accelerators: "Fro&m"
    while True:
        unmarked = MARKED.sub(" ", rest)
        if unmarked == rest:
            break
        rest = unmarked
    rest = data_pattern().sub(" ", rest)
    rest = PATHS.sub(" ", rest)  # the data folder, a file written
    rest = NUMBERS.sub(" ", rest)
    return [
        w
        for w in WORD.findall(rest)
        if w.lower() not in DATA_WORDS and w.lower() not in calendar_words()
    ]


# --------------------------------------------------------------------------- what is shown


def plain(text: str) -> str:
    """Rich text as the words shown."""
    if "<" in text and ">" in text:
        text = re.sub(r"<[^<>]+>", " ", text)
    return html.unescape(text)


def where(widget: QWidget) -> str:
    """The widget's path: its named ancestors (object names), then its own class and name."""
    parts = [f"{type(widget).__name__}#{widget.objectName()}"]
    parent = widget.parentWidget()
    while parent is not None:
        name = parent.objectName()
        if name and not name.startswith("qt_"):
            parts.append(name)
        elif parent.parentWidget() is None:
            parts.append(type(parent).__name__)
        parent = parent.parentWidget()
    return " › ".join(reversed(parts))


def model_texts(model: QAbstractItemModel | None, limit: int = 60) -> Iterator[str]:
    if model is None:
        return
    from PySide6.QtCore import QModelIndex

    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    try:
        rows, columns = model.rowCount(QModelIndex()), model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, its count private to it
        rows, columns = model.rowCount(), 1
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, min(rows, limit)),
    ):
        for section in range(count):
            for role in roles:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield value
    for row in range(min(rows, limit)):
        for column in range(columns):
            for role in roles:
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    yield value


def widget_texts(w: QWidget) -> Iterator[str]:
    """What ``w`` shows or says of itself."""
    if w.isWindow():
        yield w.windowTitle()
    yield w.toolTip()
    yield w.statusTip()
    yield w.whatsThis()
    yield w.accessibleName()
    yield w.accessibleDescription()
    if isinstance(w, QLabel):
        yield plain(w.text())
    elif isinstance(w, QAbstractButton):
        yield w.text()
    elif isinstance(w, QGroupBox):
        yield w.title()
    elif isinstance(w, QLineEdit):
        yield w.placeholderText()
        yield w.text()
    elif isinstance(w, QTextEdit | QPlainTextEdit):
        yield w.placeholderText()
        yield w.toPlainText()
    elif isinstance(w, QComboBox):
        yield from (w.itemText(i) for i in range(w.count()))
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            yield w.tabText(i)
            yield w.tabToolTip(i)
    elif isinstance(w, QSpinBox):
        yield w.prefix()
        yield w.suffix()
        yield w.specialValueText()
    elif isinstance(w, QAbstractSpinBox):
        yield w.specialValueText()
    if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
        yield from model_texts(w.model())


def shown(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of every shown widget under ``root``."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        for text in widget_texts(w):
            if text and text.strip():
                yield where(w), text


def actions(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every menu item and action of ``root``."""
    for action in root.findChildren(QAction):
        if action.isSeparator():
            continue
        place = f"{where(root)} › QAction#{action.objectName()}"
        for text in (action.text(), action.toolTip(), action.statusTip(), action.whatsThis()):
            if text and text.strip():
                yield place, text


def worklist(found: Iterable[tuple[str, str]]) -> list[str]:
    """Each text with English in it, once, with where it is and the English words."""
    lines: dict[str, None] = {}
    for place, text in found:
        words = english(text)
        if words:
            lines[f"{place}: {text[:100]!r}  (English: {' '.join(dict.fromkeys(words))})"] = None
    return list(lines)


def check(found: Iterable[tuple[str, str]], clipping: list[str], what: str) -> None:
    problems = worklist(found)
    problems += [f"clipped: {line}" for line in clipping]
    assert problems == [], (
        f"{what} in the pseudo-locale: {len(problems)} problems "
        "(English outside ⟦…⟧: wrap it, then run python -m medplanner.devtools.catalogues; "
        "clipped: give it room)\n" + "\n".join(problems)
    )


# --------------------------------------------------------------------------- the tests


@pytest.fixture(autouse=True)
def _pseudo_locale(qapp: QApplication) -> Iterator[None]:
    """Both catalogues in en_XA from before the window is made (as gui.app.start does)."""
    language = gui_i18n.install(qapp, core_i18n.PSEUDO, {}, lambda: [])
    assert language == core_i18n.PSEUDO, "run python -m medplanner.devtools.catalogues"
    yield
    gui_i18n.uninstall()


def test_the_catalogues_are_in_use() -> None:
    assert core_i18n.current_language() == core_i18n.PSEUDO
    words = QCoreApplication.translate("LanguageChoice", "System default")
    assert words == pseudo("System default")
    assert english(words) == []
    assert english("Take baclofen 10 mg at 08:00 on Monday") == ["Take", "at", "on"]
    assert english(f"{pseudo('Take')} Robin's baclofen") == []


@pytest.mark.parametrize("key", [key for key, _label in VIEWS])
def test_each_tab(
    qtbot: QtBot, window: MainWindow, service: Service, look: Appearance, key: str
) -> None:
    with_demo(window, service)
    look.set_text_percent(100)
    window.resize(*SMALL)
    window.show_view(key)
    settle()
    if key == "medications":
        click(qtbot, find(window, QWidget, "add-medication"))
        settle()
    window.resize(*SMALL)
    settle()
    check(shown(window), clipped(window), f"the {key} tab")


def test_the_menus_and_their_keys(window: MainWindow, service: Service) -> None:
    with_demo(window, service)
    from medplanner.gui.widgets.about import AboutDialog
    from medplanner.gui.window_menus import shortcut_rows

    found = list(actions(window))
    rows = shortcut_rows(window)
    about = AboutDialog(window.data_dir, window, keys=rows)
    about.show()
    about.resize(min(about.width(), SMALL[0]), min(about.height(), SMALL[1]))
    settle()
    # the keys themselves ("Ctrl+Z / Alt+Backspace / Undo") are Qt's names of keys: data
    keys = sorted({k for k, _ in rows}, key=len, reverse=True)
    for where_, text in shown(about):
        words = text
        for k in keys:
            words = words.replace(html.escape(k), " ").replace(k, " ")
        found.append((where_, words))
    problems = clipped(about)
    about.close()
    check(found, problems, "the menus, Help and about")


def _dialogs(window: MainWindow, service: Service, clock: FakeClock) -> dict[str, QWidget]:
    from medplanner.gui.confirm import ConfirmTakeDialog, WhenTakenDialog
    from medplanner.gui.dialogs.export import ExportDialog
    from medplanner.gui.dialogs.planner import PlannerDialog
    from medplanner.gui.stock import RefillDialog
    from medplanner.gui.widgets.confirm_save import ConfirmSaveDialog

    from .test_reminders_parts import check as take_check

    assert window.ops is not None
    plan = loads(DEMO_PLAN.read_text(encoding="utf-8"))
    med = plan.medications[0].name
    # A finding as the core writes it: its message in the catalogue's language.
    danger = Finding(
        code="doubled-dose",
        severity="danger",
        medication=med,
        message=pseudo(f"You took {med} at 09:20 (40 minutes ago)."),
        source="MedPlanner product rule",
    )
    now = clock()
    return {
        "export": ExportDialog(window.ops, "Robin"),
        "taper planner": PlannerDialog("taper", plan, med, service.kb, now.date()),
        "titration planner": PlannerDialog("titration", plan, med, service.kb, now.date()),
        "confirm a take": ConfirmTakeDialog(take_check(danger)),
        "when taken": WhenTakenDialog(now - timedelta(minutes=40), now),
        "confirm a save": ConfirmSaveDialog([danger]),
        "refill": RefillDialog(med, unit_words=pseudo("tablets of 10 mg"), on_hand=None),
    }


DIALOGS = [
    "export",
    "taper planner",
    "titration planner",
    "confirm a take",
    "when taken",
    "confirm a save",
    "refill",
]


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog(
    qtbot: QtBot,
    window: MainWindow,
    service: Service,
    clock: FakeClock,
    look: Appearance,
    name: str,
) -> None:
    with_demo(window, service)
    look.set_text_percent(100)
    dialog = _dialogs(window, service, clock)[name]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(min(dialog.width(), SMALL[0]), min(dialog.height(), SMALL[1]))
    settle()
    found, problems = list(shown(dialog)), clipped(dialog)
    dialog.close()
    check(found, problems, f"the {name} dialog")


@pytest.fixture
def make_controller(tmp_path: Path, qapp: QApplication) -> Iterator[MakeController]:
    yield from controller_factory(tmp_path)


def _fit(widget: QWidget) -> tuple[list[tuple[str, str]], list[str]]:
    widget.resize(min(widget.width(), SMALL[0]), min(widget.height(), SMALL[1]))
    settle()
    return list(shown(widget)), clipped(widget)


def test_the_reminder_window_with_doses_due(look: Appearance, make_controller: Any) -> None:
    look.set_text_percent(100)
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(NOON)
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReminderWindow)]
    (window,) = [w for w in windows if w.isVisible()]
    found, problems = _fit(window)
    check(found, problems, "the reminder window")


def test_the_catch_up_window(look: Appearance, make_controller: Any) -> None:
    look.set_text_percent(100)
    evening = make_controller(utc(2027, 1, 5, 20, 30), NIGHT)
    evening.advance_to(utc(2027, 1, 5, 21))
    evening.controller.stop()
    evening.service.close()
    morning = make_controller(utc(2027, 1, 6, 7), home=evening.home)
    catchup = morning.catchup
    assert isinstance(catchup, CatchUpWindow)
    found, problems = _fit(catchup)
    check(found, problems, "the catch-up window")
