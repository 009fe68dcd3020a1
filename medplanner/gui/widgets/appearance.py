"""How the whole app looks: light or dark palette, a focus you can see, and the text size.

* The palette follows the system's light/dark choice (``QStyleHints.colorScheme``) unless
  the person picked one in the settings. Both palettes are ours, so the severity colours
  of :mod:`medplanner.gui.severity` are always shown on the background they were checked
  against.
* The focused control gets a thick ring in a colour of high contrast; borders keep the same
  outer size with and without focus, so nothing jumps when the focus moves.
* The text size (100–200 %) scales the application font; widgets with a larger or bolder
  font (:func:`emphasize`) and the big touch targets (:func:`make_target`) follow it, and
  layouts reflow because every size is derived from the font.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, get_args

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # PySide6 builds the whole Qt namespace (~45 ms) when it is first touched
    from PySide6.QtCore import Qt

Scheme = Literal["system", "light", "dark"]
SCHEMES: tuple[Scheme, ...] = get_args(Scheme)
MIN_TEXT, MAX_TEXT, TEXT_STEP = 100, 200, 10
#: ../shared/ui.md: Take/Skip/Snooze at least 44 × 44 px at 100 %.
TARGET_PX = 44

_FONT_FACTOR = "mp_font_factor"
_FONT_BOLD = "mp_font_bold"
_TARGET = "mp_target"

#: The focus ring's colour on the light and on the dark palette (issue 21 item 5).
FOCUS_RING = {"light": "#0b57a4", "dark": "#fdd663"}

_LIGHT = {
    "Window": "#f5f5f2",
    "WindowText": "#1b1b1b",
    "Base": "#ffffff",
    "AlternateBase": "#eeeeea",
    "Text": "#1b1b1b",
    "Button": "#e8e8e4",
    "ButtonText": "#1b1b1b",
    "BrightText": "#ffffff",
    "Highlight": "#0b57a4",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#fffbe0",
    "ToolTipText": "#1b1b1b",
    "PlaceholderText": "#5f6368",
    "Link": "#0b57a4",
    "Light": "#ffffff",
    "Midlight": "#dcdcd6",
    "Mid": "#8d8d88",
    "Dark": "#5f5f5a",
    "Shadow": "#2b2b2b",
}
_DARK = {
    "Window": "#202124",
    "WindowText": "#e8eaed",
    "Base": "#17181a",
    "AlternateBase": "#27282b",
    "Text": "#e8eaed",
    "Button": "#303134",
    "ButtonText": "#e8eaed",
    "BrightText": "#ffffff",
    "Highlight": "#8ab4f8",
    "HighlightedText": "#17181a",
    "ToolTipBase": "#303134",
    "ToolTipText": "#e8eaed",
    "PlaceholderText": "#9aa0a6",
    "Link": "#8ab4f8",
    "Light": "#4a4b4f",
    "Midlight": "#3c3d40",
    "Mid": "#80868b",
    "Dark": "#141414",
    "Shadow": "#000000",
}

# The ring: 3 px when focused; 1 px border + 2 px margin otherwise (same outer size). Its
# colour is FOCUS_RING's for the palette: at least 3:1 against the window and the buttons
# (WCAG 1.4.11), so it is plain in dark mode too; on a primary (filled) button it is the
# text colour, since the fill is the highlight.
_STYLE = """
QPushButton, QToolButton {
    background: palette(button); color: palette(button-text);
    border: 1px solid palette(mid); border-radius: 6px; margin: 2px; padding: 4px 12px;
}
QPushButton:hover, QToolButton:hover { border-color: palette(highlight); }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked { background: palette(midlight); }
QPushButton:disabled, QToolButton:disabled { color: palette(placeholder-text); }
QPushButton:focus, QToolButton:focus { border: 3px solid %(focus)s; margin: 0px; }
QPushButton[primary="true"] { background: palette(highlight); color: palette(highlighted-text); }
QPushButton[primary="true"]:focus { border: 3px solid palette(window-text); margin: 0px; }
QLineEdit, QAbstractSpinBox, QComboBox {
    border: 1px solid palette(mid); border-radius: 4px; padding: 5px 6px;
    background: palette(base); color: palette(text); min-height: 1.3em;
}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {
    border: 3px solid %(focus)s; padding: 3px 4px;
}
QLineEdit[problem="true"] { border: 2px dashed palette(window-text); padding: 4px 5px; }
QLineEdit[problem="true"]:focus { border: 3px dashed %(focus)s; padding: 3px 4px; }
QAbstractItemView { border: 1px solid palette(mid); }
QAbstractItemView:focus { border: 3px solid %(focus)s; }
QCheckBox, QRadioButton { border: 3px solid transparent; border-radius: 4px; padding: 2px; }
QCheckBox:focus, QRadioButton:focus { border: 3px solid %(focus)s; }
QCheckBox::indicator {
    width: 1.1em; height: 1.1em; border: 2px solid palette(window-text); border-radius: 3px;
    background: palette(base);
}
QCheckBox::indicator:checked { background: palette(highlight); image: url(%(tick)s); }
QTabBar::tab { padding: 6px 14px; border: 3px solid transparent; }
QTabBar::tab:selected { border-bottom: 3px solid palette(window-text); }
QTabBar::tab:focus { border: 3px solid %(focus)s; }
QScrollArea { border: none; }
QFrame[card="true"] {
    border: 1px solid palette(mid); border-radius: 8px; background: palette(base);
}
"""


class Appearance(QObject):
    """The application's palette, style sheet and text size, applied as one."""

    def __init__(self, app: QApplication, *, set_style: bool = True) -> None:
        """``set_style=False``: Fusion is set already (the app's start names it on
        QApplication's command line: asking for it here costs PySide6's QStyle set-up)."""
        super().__init__(app)
        self._app = app
        if set_style:
            app.setStyle("Fusion")
        size = app.font().pointSizeF()
        self.base_point_size = size if size > 0 else 10.0
        self.scheme: Scheme = "system"
        self.text_percent = MIN_TEXT
        # The platform's own palette says light or dark until the first paint (asking
        # styleHints().colorScheme() builds the Qt namespace): follow_system() then asks.
        self._system_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        _state.appearance = self

    # ------------------------------------------------------------------ choices

    def set_scheme(self, scheme: Scheme) -> None:
        self.scheme = scheme if scheme in SCHEMES else "system"
        self.apply_palette()

    def set_text_percent(self, percent: int) -> None:
        self.text_percent = clamp_text(percent)
        self.apply_font()

    def is_dark(self) -> bool:
        if self.scheme != "system":
            return self.scheme == "dark"
        return self._system_dark

    def follow_system(self) -> None:
        """Ask the system's light/dark choice (after the first paint) and follow it."""
        from PySide6.QtCore import Qt

        dark = self._app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        if dark != self._system_dark:
            self._system_dark = dark
            if self.scheme == "system":
                self.apply_palette()

    def scale(self) -> float:
        return self.text_percent / 100

    # ------------------------------------------------------------------ applying

    def apply(self) -> None:
        self._app.setPalette(_palette(_DARK if self.is_dark() else _LIGHT))
        self.apply_font()  # sets the style sheet too

    def apply_palette(self) -> None:
        self._app.setPalette(_palette(_DARK if self.is_dark() else _LIGHT))
        self._app.setStyleSheet(self.style_sheet())  # palette(...) is resolved again

    def style_sheet(self) -> str:
        """The sheet, with the tick that shows on this palette's highlight colour."""
        from medplanner.core.resources import RESOURCES

        name = "check-on-light.svg" if self.is_dark() else "check-on-dark.svg"
        tick = RESOURCES / "icons" / name
        focus = FOCUS_RING["dark" if self.is_dark() else "light"]
        return _STYLE % {"tick": tick.as_posix(), "focus": focus}

    def apply_font(self) -> None:
        font = QFont(self._app.font())
        font.setPointSizeF(self.base_point_size * self.scale())
        self._app.setFont(font)
        # Under a style sheet, widgets keep the font they were polished with: polish again.
        self._app.setStyleSheet(self.style_sheet())
        for widget in self._app.allWidgets():
            _refresh(widget)

    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        from PySide6.QtCore import Qt

        self._system_dark = scheme == Qt.ColorScheme.Dark
        if self.scheme == "system":
            self.apply_palette()


class _State:
    appearance: Appearance | None = None


_state = _State()


def current() -> Appearance | None:
    return _state.appearance


def clamp_text(percent: int) -> int:
    stepped = round(percent / TEXT_STEP) * TEXT_STEP
    return max(MIN_TEXT, min(MAX_TEXT, stepped))


def target_px() -> int:
    """The smallest side of a touch target at the current text size."""
    app = _state.appearance
    return round(TARGET_PX * (app.scale() if app is not None else 1.0))


def emphasize(widget: QWidget, factor: float = 1.0, *, bold: bool = False) -> None:
    """Give ``widget`` a font ``factor`` times the application's; it follows text size."""
    widget.setProperty(_FONT_FACTOR, factor)
    widget.setProperty(_FONT_BOLD, bold)
    _refresh(widget)


def make_target(widget: QWidget) -> None:
    """Make ``widget`` at least a 44 × 44 px target (scaled with the text size)."""
    widget.setProperty(_TARGET, True)
    _refresh(widget)


def _refresh(widget: QWidget) -> None:
    factor = widget.property(_FONT_FACTOR)
    if isinstance(factor, float | int):
        font = QFont(QApplication.font())
        font.setPointSizeF(QApplication.font().pointSizeF() * float(factor))
        font.setBold(bool(widget.property(_FONT_BOLD)))
        widget.setFont(font)
    if widget.property(_TARGET):
        side = target_px()
        widget.setMinimumHeight(side)
        widget.setMinimumWidth(0)  # the text's own width, unless that is under a target
        if widget.sizeHint().width() < side:
            widget.setMinimumWidth(side)


def _palette(colours: dict[str, str]) -> QPalette:
    pal = QPalette()
    for role_name, value in colours.items():
        role = getattr(QPalette.ColorRole, role_name)
        pal.setColor(QPalette.ColorGroup.All, role, QColor(value))
    muted = QColor(colours["PlaceholderText"])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return pal
