"""The sedation and titration charts, and the "Apply suggestion…" flow (issue 8)."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from medplanner.core.checks.stagger import suggest_stagger
from medplanner.core.model import Plan
from medplanner.core.sedation import apply_suggestion
from medplanner.gui.charts import (
    DRUG_STYLES,
    MARKERS,
    SedationChart,
    StaggerPanel,
    TitrationChart,
    _ask_with_dialog,
    confirm_and_apply,
    series_color,
    titration_series,
)
from tests.conftest import PlanFactory

SAME_TIMES = """
[[medications]]
name = "gabapentin"
start = 2027-01-01
continuing = true
dose = "300 mg"
times = ["08:00", "14:00", "20:00"]

[[medications]]
name = "baclofen"
start = 2027-01-01
continuing = true
dose = "10 mg"
times = ["08:00", "14:00", "20:00"]
"""


pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def same_time(plan_from: PlanFactory) -> Plan:
    return plan_from(SAME_TIMES, person="crcl_ml_min = 90")


def palette(base: str, text: str, highlight: str) -> QPalette:
    pal = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, base),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Highlight, highlight),
    ):
        pal.setColor(role, QColor(color))
    return pal


#: (base, text, highlight): built per test, never at import (a QPalette must not outlive
#: the QApplication).
LIGHT = ("#ffffff", "#000000", "#308cc6")
DARK = ("#17181a", "#e8eaed", "#8ab4f8")


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def colours(image: QImage) -> set[int]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return {
        image.pixel(x, y) & 0xFFFFFF
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    }


def shown(qtbot: QtBot, widget: QWidget, width: int = 900, height: int = 700) -> QImage:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget.grab().toImage()


# --------------------------------------------------------------------------- sedation chart


def test_sedation_chart_has_a_text_alternative(qtbot: QtBot, same_time: Plan) -> None:
    s = suggest_stagger(same_time)
    assert s is not None
    chart = SedationChart()
    qtbot.addWidget(chart)
    chart.set_suggestion(s)
    text = chart.accessibleDescription()
    assert text == chart.description()
    assert chart.accessibleName() == "Drowsiness load over 24 hours"
    assert "Now: gabapentin 08:00, 14:00 and 20:00; baclofen 08:00, 14:00 and 20:00" in text
    for name, times in s.suggested_times().items():
        assert f"{name} {', '.join(times[:-1])} and {times[-1]}" in text
    peak, minute = s.current.awake_peak
    assert f"Highest while awake {peak:.1f} at {minute // 60:02d}:{minute % 60:02d}" in text
    assert f"about {round(s.peak_reduction * 100)}% lower" in text
    assert "General guidance, not a label rule" in text
    assert "does not take the risk of drowsiness away" in text
    assert "prescriber or pharmacist" in text
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable by keyboard


def test_sedation_chart_without_data_says_so(qtbot: QtBot) -> None:
    chart = SedationChart()
    image = shown(qtbot, chart)
    assert "no load to chart" in chart.description()
    assert not image.isNull()


def test_the_chart_draws_with_the_palette(qtbot: QtBot, same_time: Plan) -> None:
    """The combined load is drawn in the palette's text colour, whatever it is."""
    s = suggest_stagger(same_time)
    chart = SedationChart()
    odd = palette("#fdfdf0", "#123456", "#a02060")
    chart.setPalette(odd)
    chart.set_suggestion(s)
    image = shown(qtbot, chart)
    found = colours(image)
    assert 0x123456 in found
    assert QColor("#fdfdf0").rgb() & 0xFFFFFF in found
    assert series_color(odd, 0).rgb() & 0xFFFFFF in found


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_drug_colours_read_on_the_background(colors: tuple[str, str, str]) -> None:
    pal = palette(*colors)
    base = pal.color(QPalette.ColorRole.Base)
    seen = set()
    for i in range(4):
        c = series_color(pal, i)
        assert contrast(c, base) >= 3.0, (i, c.name())  # WCAG 2.1, graphics: 3:1
        seen.add(c.name())
    assert len(seen) == 4


def test_lines_differ_by_style_and_marker_not_only_colour() -> None:
    assert len(set(DRUG_STYLES)) == len(DRUG_STYLES)
    assert Qt.PenStyle.SolidLine not in DRUG_STYLES  # solid is the combined load's
    assert len(set(MARKERS)) == len(MARKERS)


def test_dark_mode_and_large_text(qtbot: QtBot, same_time: Plan) -> None:
    s = suggest_stagger(same_time)
    chart = SedationChart()
    chart.set_suggestion(s)
    small = chart.minimumSizeHint()
    font = QFont(chart.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setPalette(palette(*DARK))
    chart.setFont(font)
    big = chart.minimumSizeHint()
    assert big.width() > small.width() * 1.6 and big.height() > small.height() * 1.6
    image = shown(qtbot, chart, big.width(), big.height())
    found = colours(image)
    assert 0xE8EAED in found  # the combined load in the dark palette's text colour
    assert 0x17181A in found  # on its base


# --------------------------------------------------------------------------- titration


def test_titration_series_of_the_demo(demo_plan: Plan) -> None:
    gaba, bac = titration_series(demo_plan)
    assert gaba.name == "gabapentin" and bac.name == "baclofen"
    assert gaba.points == (
        (date(2027, 1, 4), 300.0),
        (date(2027, 1, 5), 600.0),
        (date(2027, 1, 6), 900.0),
    )
    assert bac.points == (
        (date(2027, 1, 4), 15.0),
        (date(2027, 1, 7), 30.0),
        (date(2027, 1, 10), 45.0),
    )
    assert gaba.label_max == 3600 and bac.label_max == 80
    assert gaba.label_max_source is not None and "Neurontin label" in gaba.label_max_source
    assert gaba.kidney_max is None  # 92 mL/min: no lower maximum
    assert gaba.open_end and bac.open_end


def test_titration_shows_the_kidney_maximum(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        stop = 2027-02-01
        dose = "300 mg"
        times = ["09:00", "21:00"]

        [[medications]]
        name = "melatonin"
        as_needed = true
        dose = "2 mg"
        """,
        person="crcl_ml_min = 25",
    )
    (gaba,) = titration_series(plan)  # as-needed medicines are left out
    assert gaba.kidney_max == 700 and gaba.kidney_label is not None
    assert "25 mL/min" in gaba.kidney_label and not gaba.open_end
    assert gaba.last_day == date(2027, 2, 1)


def test_titration_chart_text_alternative(qtbot: QtBot, demo_plan: Plan) -> None:
    chart = TitrationChart()
    chart.set_plan(demo_plan)
    image = shown(qtbot, chart)
    text = chart.accessibleDescription()
    assert text == chart.description()
    assert "gabapentin: 300 mg a day from 4 Jan, 600 mg a day from 5 Jan and 900 mg a day" in text
    assert "label maximum 3600 mg a day" in text and "label maximum 80 mg a day" in text
    assert not image.isNull()
    chart.set_plan(None)
    assert "no dose to chart" in chart.description()


def test_titration_chart_flags_a_plan_above_the_label(qtbot: QtBot, plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        continuing = true
        dose = "30 mg"
        times = ["08:00", "14:00", "20:00"]
        """
    )
    chart = TitrationChart()
    qtbot.addWidget(chart)
    chart.set_plan(plan)
    assert "the plan goes above the label maximum" in chart.description()


# --------------------------------------------------------------------------- applying


def test_confirm_and_apply_returns_a_new_plan_only_after_yes(same_time: Plan) -> None:
    s = suggest_stagger(same_time)
    assert s is not None
    asked: list[str] = []

    def yes(parent: QWidget | None, title: str, text: str) -> bool:
        asked.append(text)
        return True

    new = confirm_and_apply(None, same_time, s, ask=yes)
    assert new == apply_suggestion(same_time, s) and new != same_time
    text = asked[0]
    assert "General guidance, not a label rule" in text and "new version of the plan" in text
    for times in s.suggested_times().values():
        assert all(t in text for t in times)
    assert confirm_and_apply(None, same_time, s, ask=lambda *_: False) is None


def test_the_dialog_keeps_the_times_on_enter(qtbot: QtBot, same_time: Plan) -> None:
    answers: list[bool] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "Keep my times" in box.defaultButton().text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    answers.append(_ask_with_dialog(None, "Use the suggested times?", "text"))
    assert answers == [False]


def test_stagger_panel_proposes_a_new_plan_and_saves_nothing(
    qtbot: QtBot, same_time: Plan, demo_plan: Plan, tmp_path: object
) -> None:
    panel = StaggerPanel(ask=lambda *_: True)
    qtbot.addWidget(panel)
    panel.set_plan(same_time)
    panel.show()
    assert panel.apply_button.isVisible()
    assert panel.apply_button.minimumHeight() >= 44
    assert "General guidance, not a label rule" in panel.words.text()
    with qtbot.waitSignal(panel.planProposed) as blocker:
        qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    (new,) = blocker.args
    s = panel.suggestion()
    assert s is not None and new == apply_suggestion(same_time, s)
    panel.set_plan(demo_plan)
    assert not panel.apply_button.isVisible()  # already staggered: nothing to apply
    assert panel.chart.profiles()[0] is not None and panel.chart.profiles()[1] is None


def test_stagger_panel_does_nothing_when_the_person_says_no(qtbot: QtBot, same_time: Plan) -> None:
    panel = StaggerPanel(ask=lambda *_: False)
    qtbot.addWidget(panel)
    panel.set_plan(same_time)
    with qtbot.assertNotEmitted(panel.planProposed):
        panel.apply_button.click()


def test_painting_gives_back_the_none_references_pyside_loses(
    qtbot: QtBot, same_time: Plan, demo_plan: Plan
) -> None:
    """PySide6 6.12.0 on CPython 3.11 loses a reference to None per void call; a paint
    must not drain them (a process has a few thousand; then Python aborts)."""
    sedation_chart = SedationChart()
    sedation_chart.set_suggestion(suggest_stagger(same_time))
    titration_chart = TitrationChart()
    titration_chart.set_plan(demo_plan)
    for chart in (sedation_chart, titration_chart):
        shown(qtbot, chart)
        before = sys.getrefcount(None)
        for _ in range(30):
            chart.grab()
        assert sys.getrefcount(None) >= before - 30 * 20  # was about -100 to -4000 a paint
