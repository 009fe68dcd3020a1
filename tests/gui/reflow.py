"""What "nothing clipped" means, for the reflow tests and the screenshots (issue 21 item 1).

A scroll area that scrolls only up and down clips what is wider than its view. A shown
label or button is clipped when the room its layout gave it is smaller than what
its words need: a label that does not wrap needs its minimum size hint; one that wraps
needs the height its words take at the width it got; a button needs its size hint (the
whole text). Widgets scrolled out of a scroll area's view are not clipped: they scroll.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

#: The smallest screen the GUI must work on (a netbook, a tablet on its side).
SMALL = (1024, 600)
TEXT_SIZES = (100, 150, 200)


def clipped(root: QWidget) -> list[str]:
    """Every shown label or button under ``root`` that lacks room for its words."""
    bad = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        name = f"{type(w).__name__} {w.objectName() or w.accessibleName()!r}"
        if isinstance(w, QScrollArea) and w.widget() is not None:
            # Scrolls only up and down: what is wider than its view is cut off at the right.
            off = w.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            inner, view = w.widget().width(), w.viewport().width()
            if off and inner > view + 1:
                bad.append(f"{name}: its content is {inner} px wide in a {view} px view")
            continue
        if isinstance(w, QLabel):
            if not w.text().strip():
                continue
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    bad.append(f"{name}: {w.height()} px high, needs {need}: {w.text()[:60]!r}")
                continue
            hint = w.minimumSizeHint()
        elif isinstance(w, QAbstractButton):
            if not w.text().strip():
                continue
            hint = w.sizeHint()
        else:
            continue
        if hint.width() > w.width() + 1 or hint.height() > w.height() + 1:
            bad.append(
                f"{name}: {w.width()}×{w.height()} px, needs {hint.width()}×{hint.height()}: "
                f"{w.text()[:60]!r}"
            )
    return bad


def settle(rounds: int = 5) -> None:
    """Let the layouts run (posted LayoutRequest events); no waiting for time."""
    for _ in range(rounds):
        QApplication.processEvents()
        QApplication.sendPostedEvents()
