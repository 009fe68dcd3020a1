"""Qt's harmless platform noise is dropped; every other Qt message still gets through."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler, qWarning

from medplanner.gui import qtlog

Seen = list[tuple[QtMsgType, str]]


@pytest.fixture
def seen() -> Iterator[Seen]:
    """Install a recording handler, then MedPlanner's filter in front of it."""
    got: Seen = []

    def record(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        got.append((kind, message))

    before = qInstallMessageHandler(record)
    restore = qtlog.install()
    try:
        yield got
    finally:
        restore()
        qInstallMessageHandler(before)


def test_known_noise_is_dropped(seen: Seen) -> None:
    qWarning("This plugin does not support propagateSizeHints()")
    qWarning("qt.qpa.xcb: QXcbConnection: XCB error: 3 (BadWindow), sequence: 1234")
    assert seen == []


def test_other_messages_reach_the_previous_handler(seen: Seen) -> None:
    qWarning("QSqlDatabase: something real went wrong")
    assert seen == [(QtMsgType.QtWarningMsg, "QSqlDatabase: something real went wrong")]


@pytest.mark.parametrize(
    ("kind", "message", "dropped"),
    [
        (QtMsgType.QtWarningMsg, "This plugin does not support raise()", True),
        (QtMsgType.QtInfoMsg, "This plugin does not support grabbing the keyboard()", True),
        (QtMsgType.QtCriticalMsg, "This plugin does not support propagateSizeHints()", False),
        (QtMsgType.QtWarningMsg, "This plugin does not support everything()", False),
        (QtMsgType.QtWarningMsg, "Could not load the Qt platform plugin", False),
    ],
)
def test_only_known_harmless_lines_match(kind: QtMsgType, message: str, dropped: bool) -> None:
    assert qtlog.is_harmless(kind, message) is dropped
