"""Issue 22 item 6: the GUI in the pseudo-locale (en_XA), under Xvfb with a window manager,
a fixed clock and the demo plan (not a test; tests/gui/test_pseudo_locale.py is the test).

    .venv/bin/python -m medplanner.devtools.catalogues      # the catalogues first
    Xvfb :57 -screen 0 1280x800x24 & DISPLAY=:57 twm &   # twm -f RC if it stops at once:
                                                        # RC with TitleFont "fixed" (etc.)
    DISPLAY=:57 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screens/shot_pseudo_locale.py

Writes docs/screens/pseudo-locale.png: Today at 100 % text in a 1024 × 600 window. Text
of the catalogues is accented and lengthened between ⟦ and ⟧; plain English on it is text
not yet in a catalogue. Run from the repository root; look at the picture afterwards for
clipped words and overlaps.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from medplanner.gui import i18n  # noqa: E402
from medplanner.gui.main_window import MainWindow  # noqa: E402
from medplanner.gui.operations import Operations  # noqa: E402
from medplanner.gui.widgets.appearance import Appearance  # noqa: E402
from medplanner.gui.widgets.prefs import Prefs  # noqa: E402
from docs.screens.shots_issue21 import seeded, settle  # noqa: E402


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("MedPlanner")
    assert i18n.install(app, "en_XA", {}, lambda: []) == "en_XA", "make the catalogues first"
    look = Appearance(app)
    look.scheme = "light"
    look.apply()
    look.set_text_percent(100)
    data = Path(tempfile.mkdtemp(prefix="medplanner-shots-"))
    service, clock = seeded(data)
    window = MainWindow(prefs=Prefs(data), data_dir=data, default_zone=lambda: "Europe/London")
    window.resize(1024, 600)  # the smallest screen the GUI must work on
    window.move(20, 30)
    window.show()
    window.attach(Operations(service, clock, window))
    window.show_view("today")
    settle(app)
    subprocess.run(["import", "-window", "root", str(out)], check=True)
    print("wrote", out)
    window.close()
    service.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screens/pseudo-locale.png"))
