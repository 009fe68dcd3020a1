"""The Diary tab: the symptom diary widget (gui/diary.py) for the current person.

Red-flag entries show the "get emergency help now" banner there; it is never silenced.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from medplanner.gui.diary import DiaryView
from medplanner.gui.operations import Changes, Operations
from medplanner.gui.views.base import View
from medplanner.gui.widgets.a11y import name_choices


class DiaryTab(View):
    title = "Diary"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("diary-tab")
        self._layout = QVBoxLayout(self)
        self._inner: QWidget | None = None
        self._for: str | None = None

    def refresh(self) -> None:
        if self.person is not None and self._for == self.person and self._inner is not None:
            if isinstance(self._inner, DiaryView):
                self._inner.refresh()
            return
        if self._inner is not None:
            self._inner.setParent(None)
            self._inner.deleteLater()
        if self.person is None:
            self._inner = QLabel(self.tr("Choose or add a person first."), self)
        else:
            diary = DiaryView(self.ops.service, self.person, self.ops.clock, self)
            diary.entry_recorded.connect(
                lambda _entry: self.ops.announce(Changes(self.person, diary=True))
            )
            diary.safe_marked.connect(lambda: self.ops.announce(Changes(self.person, diary=True)))
            for combo in diary.findChildren(QComboBox):
                name_choices(combo)  # its pop-up list is a control of its own
            self._inner = diary
        self._for = self.person
        self._layout.addWidget(self._inner)
