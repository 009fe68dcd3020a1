"""Help and About (F1): what MedPlanner does, who decides, the keys, where data lives."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner import __version__
from medplanner.core.kbdoc import coverage
from medplanner.gui.marks import QT_TRANSLATE_NOOP
from medplanner.gui.welcome import PRESCRIBER, WHAT
from medplanner.gui.widgets.appearance import emphasize, make_target

#: Translators: Qt's own keyboard moves, true in every window.
MOVING = QT_TRANSLATE_NOOP(
    "AboutDialog", "Tab and Shift+Tab move between controls; Space presses the focused button."
)


class AboutDialog(QDialog):
    def __init__(
        self,
        data_dir: Path | None,
        parent: QWidget | None = None,
        *,
        keys: Sequence[tuple[str, str]] = (),
    ) -> None:
        """``keys``: (keys, what they do) as the window really has them
        (:func:`medplanner.gui.window_menus.shortcut_rows`), never a list written here."""
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("Help and about MedPlanner"))
        self.setAccessibleName(self.tr("Help and about MedPlanner"))
        outer = QVBoxLayout(self)
        # The text scrolls when the window cannot show it whole (a small screen, big text,
        # a long language); the Close button stays in view.
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll = QScrollArea(self)
        scroll.setObjectName("about-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        title = QLabel(self.tr("MedPlanner {version}").format(version=__version__))
        emphasize(title, 1.6, bold=True)
        layout.addWidget(title)
        prescriber = QLabel(QCoreApplication.translate("WelcomePage", PRESCRIBER))
        prescriber.setObjectName("about-prescriber")
        prescriber.setWordWrap(True)
        emphasize(prescriber, 1.1, bold=True)
        layout.addWidget(prescriber)
        what = QLabel(QCoreApplication.translate("WelcomePage", WHAT))
        what.setWordWrap(True)
        layout.addWidget(what)
        # Where the checks stop (issue 17): the knowledge base's own note, resources/coverage.toml.
        heading, intro, points = coverage()
        items = "".join(f"<li>{escape(p)}</li>" for p in points)
        limits = QLabel(f"<p><b>{escape(heading)}</b></p><p>{escape(intro)}</p><ul>{items}</ul>")
        limits.setObjectName("about-coverage")
        limits.setTextFormat(Qt.TextFormat.RichText)
        limits.setWordWrap(True)
        layout.addWidget(limits)
        rows = "".join(
            f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in keys
        )
        self.keys = list(keys)
        #: Translators: the heading over the list of keyboard shortcuts.
        keys_heading = escape(self.tr("Keys"))
        moving = escape(QCoreApplication.translate("AboutDialog", MOVING))
        shortcuts = QLabel(f"<p><b>{keys_heading}</b></p><table>{rows}</table><p>{moving}</p>")
        shortcuts.setObjectName("about-keys")
        shortcuts.setTextFormat(Qt.TextFormat.RichText)
        shortcuts.setWordWrap(True)
        layout.addWidget(shortcuts)
        where = (
            self.tr("Your data is kept in {folder}.").format(folder=data_dir) if data_dir else ""
        )
        stays = self.tr("It stays on this computer. Licence: GPL-3.0-or-later.")
        data = QLabel(f"{where} {stays}".strip())
        data.setWordWrap(True)
        data.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(data)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close help"))
        make_target(close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._fit(outer, body, buttons)

    def _fit(self, outer: QVBoxLayout, body: QWidget, buttons: QWidget) -> None:
        """Open as large as the text needs, within nine tenths of the screen."""
        margins = outer.contentsMargins()
        width = body.sizeHint().width() + margins.left() + margins.right() + 24
        height = (
            body.sizeHint().height()
            + buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
            + 12
        )
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, int(room.width() * 0.9))
            height = min(height, int(room.height() * 0.9))
        self.resize(width, height)
