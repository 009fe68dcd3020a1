"""Layouts reflow (issue 21 item 1): every view at 100 %, 150 % and 200 % text in a
1024 × 600 window — the window fits, no label or button is cut off, the tabs scroll."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from medplanner.gui.diary import RedFlagBanner
from medplanner.gui.main_window import VIEWS, MainWindow
from medplanner.gui.operations import Changes
from medplanner.gui.widgets.appearance import Appearance
from medplanner.service import Service

from .conftest import FakeClock, click, find
from .reflow import SMALL, TEXT_SIZES, clipped, settle
from .test_app_parts import with_demo

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.mark.parametrize("percent", TEXT_SIZES)
def test_every_view_fits_a_small_window_without_clipping(
    qtbot: QtBot, window: MainWindow, service: Service, look: Appearance, percent: int
) -> None:
    with_demo(window, service)
    look.set_text_percent(percent)
    window.show()
    window.resize(*SMALL)
    settle()
    fits = window.width() <= SMALL[0] and window.height() <= SMALL[1]
    assert fits, f"the window cannot shrink to {SMALL}: {window.size()}"
    problems = {}
    for key, _label in VIEWS:
        window.show_view(key)
        settle()
        if key == "medications":
            click(qtbot, find(window, QWidget, "add-medication"))
            settle()
        window.resize(*SMALL)  # the view's own minimum may have grown the window
        settle()
        found = clipped(window)
        if window.width() > SMALL[0] or window.height() > SMALL[1]:
            found.append(f"the window cannot shrink to {SMALL}: {window.size()}")
        if found:
            problems[key] = found
    assert problems == {}, "\n".join(f"{k}: {line}" for k, v in problems.items() for line in v)


def test_tabs_scroll_when_they_do_not_fit(window: MainWindow, look: Appearance) -> None:
    tabs = window.findChild(QTabWidget, "views")
    assert tabs is not None
    assert tabs.usesScrollButtons()
    look.set_text_percent(200)
    assert tabs.minimumSizeHint().width() < SMALL[0]


@pytest.mark.parametrize("percent", TEXT_SIZES)
def test_the_emergency_banner_wraps_and_shows_the_danger_icon(
    window: MainWindow, service: Service, clock: FakeClock, look: Appearance, percent: int
) -> None:
    with_demo(window, service)
    service.record_symptom("Robin", "breathing-difficulty", "mild", clock() - timedelta(minutes=4))
    look.set_text_percent(percent)
    window.show()
    window.resize(*SMALL)
    assert window.ops is not None
    window.ops.announce(Changes.everything())
    for key in ("today", "diary"):
        window.show_view(key)
        settle()
        banners = [b for b in window.findChildren(RedFlagBanner) if b.isVisible()]
        assert banners, key
        for banner in banners:
            assert banner.headline.wordWrap()
            icon = banner.findChild(QLabel, "redFlagIcon")
            assert icon is not None and not icon.pixmap().isNull()
            assert icon.accessibleName() == "Danger"
            assert clipped(banner) == [], key


@pytest.mark.parametrize("percent", TEXT_SIZES)
def test_the_welcome_page_fits_too(window: MainWindow, look: Appearance, percent: int) -> None:
    look.set_text_percent(percent)
    window.show()
    window.resize(*SMALL)
    settle()
    assert window.findChild(QWidget, "welcome") is not None
    assert window.width() <= SMALL[0] and window.height() <= SMALL[1], window.size()
    assert clipped(window) == []
