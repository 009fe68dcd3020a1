"""``QT_TRANSLATE_NOOP``, typed as it behaves: it marks a text for Qt's catalogue and returns
it unchanged (PySide6's stubs say it returns ``object``).

A text defined at import time (a table of labels) is marked with it and translated where it
is shown, under the same context: ``QCoreApplication.translate("Views", LABEL)``. Import it
under this name: pyside6-lupdate finds the calls by the name ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
