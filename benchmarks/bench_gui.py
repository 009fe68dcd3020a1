"""GUI speed targets (issue 7), whole-process figures.

Run: .venv/bin/python benchmarks/bench_gui.py [--runs N] [--events N]
(headless: QT_QPA_PLATFORM=offscreen, or under Xvfb). Unset PYTHONDONTWRITEBYTECODE first:
without cached bytecode every start compiles the sources again.

1. Start-up, measured in one run, interleaved: a bare PySide6 ``QMainWindow`` process and
   ``medplanner`` (``gui.app.run``) on a data dir holding the demo plan, each from the
   moment the process is spawned to its first painted frame: the turn of the event loop
   right after the window's first paint event (MedPlanner's ``on_first_paint`` hook runs
   then; the bare programs watch their window with the same kind of filter and print
   then). MedPlanner's first frame is its window with its title, the tabs and the
   "Opening your plan…" page; the figure to the moment Today is shown with the day's doses
   is given too. Target: first paint ≤ 1.3 × the bare window.
   (Until 2026-12-03 13:30 UTC the bare programs printed at the paint event itself, from a
   filter on the whole application: a filter there hands Python every object Qt makes,
   and the bare window with a label paid ~70 ms of PySide6 enum set-up for it.)
2. The Today view with 150 000 dose events in the log: building the view, reading the
   status and painting it. Target: ≤ 100 ms.
Figures go to "GUI benchmarks (issue 7)" in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from datetime import time as wall_time
from pathlib import Path
from zoneinfo import ZoneInfo

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
def painted():
    print("painted", time.time(), flush=True)
    app.quit()
class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, painted)  # the frame is drawn: when MedPlanner's hook runs
        return False
watcher = FirstPaint()
window.installEventFilter(watcher)
window.resize(1100, 800)
window.show()
app.exec()
"""

#: The same bare window with one label and one menu: the least a window that says anything
#: draws. The first text drawn loads the fonts, which neither MedPlanner nor any real
#: window can skip; this baseline shows how much of the gap that is.
BARE_TEXT = BARE.replace(
    'window.setWindowTitle("bare")',
    'window.setWindowTitle("bare")\nfrom PySide6.QtWidgets import QLabel\n'
    'window.setCentralWidget(QLabel("Opening your plan…"))\nwindow.menuBar().addMenu("&File")',
)

APP = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from medplanner.gui.app import run

def painted(window):
    print("painted", time.time(), flush=True)

def ready(window):
    window.repaint()  # the doses are on screen
    print("ready", time.time(), flush=True)
    QApplication.quit()

sys.exit(run(False, data_dir=Path(sys.argv[1]), on_first_paint=painted, on_ready=ready))
"""


def spawn(code: str, *args: str) -> dict[str, float]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    ).stdout
    marks = {}
    for line in out.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("painted", "ready"):
            marks[name] = (float(stamp) - start) * 1000
    return marks


def seeded_home(events: int = 0) -> Path:
    from medplanner.core.demo import demo_plan
    from medplanner.service import Service
    from medplanner.storage import Store

    home = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    now = datetime.now().astimezone()
    with Service(Store.open(home)) as svc:
        svc.save_plan(demo_plan(now))
        if events:
            fill(svc, events, now)
    return home


def fill(svc: object, count: int, now: datetime) -> None:
    from medplanner.core.events import DoseEvent, Slot
    from medplanner.core.units import Amount

    zone = ZoneInfo("Europe/London")
    walls = [wall_time(h) for h in (7, 8, 9, 10, 12, 13, 15, 17, 18, 20, 21, 22)]
    day = now.astimezone(zone).date() - timedelta(days=count // len(walls) + 1)
    batch: list[DoseEvent] = []
    made = 0
    while made < count:
        for i, wall in enumerate(walls):
            at = datetime.combine(day, wall, tzinfo=zone) + timedelta(minutes=3)
            med = "baclofen" if i % 2 else "gabapentin"
            amount = Amount.parse("10 mg" if med == "baclofen" else "300 mg")
            batch.append(DoseEvent("taken", med, at, at, slot=Slot(day, wall), amount=amount))
            made += 1
            if made == count:
                break
        day += timedelta(days=1)
        if len(batch) >= 20_000 or made == count:
            svc._store.record_events("Robin", batch)  # type: ignore[attr-defined]
            batch = []


def startup(runs: int) -> dict[str, list[float]]:
    home = seeded_home()
    spawn(BARE)
    spawn(BARE_TEXT)
    spawn(APP, str(home))  # warm the caches (bytecode, fonts) once for each
    out: dict[str, list[float]] = {"bare": [], "text": [], "first": [], "ready": []}
    for _ in range(runs):
        out["bare"].append(spawn(BARE)["painted"])
        out["text"].append(spawn(BARE_TEXT)["painted"])
        marks = spawn(APP, str(home))
        out["first"].append(marks["painted"])
        out["ready"].append(marks["ready"])
    return out


def today_view(events: int, runs: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from medplanner.gui.operations import Operations
    from medplanner.gui.views.today import TodayView
    from medplanner.gui.widgets.appearance import Appearance
    from medplanner.service import Service
    from medplanner.storage import Store

    home = seeded_home(events)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    Appearance(app).apply()  # type: ignore[arg-type]
    svc = Service(Store.open(home))
    assert (
        len(
            svc.history(
                "Robin",
                datetime(1970, 1, 2).astimezone(),
                datetime.now().astimezone() + timedelta(days=9),
            )
        )
        >= events
    )
    ops = Operations(svc, lambda: datetime.now().astimezone())
    opens: list[float] = []
    statuses: list[float] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        svc.status("Robin", ops.now())
        statuses.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        view = TodayView(ops)
        view.resize(1100, 800)
        view.set_person("Robin")
        view.show()
        view.repaint()
        app.processEvents()
        opens.append((time.perf_counter() - t0) * 1000)
        view.close()
        view.deleteLater()
        app.processEvents()
    svc.close()
    return opens, statuses


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--events", type=int, default=150_000, help="0: skip the Today view")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"{platform.python_implementation()} {platform.python_version()}, {platform.platform()}")
    print(f"Qt platform: {os.environ['QT_QPA_PLATFORM']}; runs: {args.runs}")
    s = startup(args.runs)
    med = {k: statistics.median(v) for k, v in s.items()}
    print(f"bare QMainWindow, spawn → first paint: median {med['bare']:.0f} ms  {_all(s['bare'])}")
    print(f"bare + label + menu, → first paint:   median {med['text']:.0f} ms  {_all(s['text'])}")
    print(f"medplanner, spawn → first paint:      median {med['first']:.0f} ms  {_all(s['first'])}")
    print(f"medplanner, spawn → Today shown:      median {med['ready']:.0f} ms  {_all(s['ready'])}")
    ratio = med["first"] / med["bare"]
    print(
        f"ratio first paint / bare: {ratio:.2f} (target ≤ 1.30) -> {'OK' if ratio <= 1.3 else 'MISSED'}"
    )
    print(f"ratio Today shown / bare: {med['ready'] / med['bare']:.2f}")
    print(f"ratio first paint / bare with text: {med['first'] / med['text']:.2f}")
    if args.events <= 0:  # --events 0: start-up figures only
        return
    opens, statuses = today_view(args.events, args.runs)
    print(
        f"Today view with {args.events} events: median {statistics.median(opens):.1f} ms, "
        f"max {max(opens):.1f} ms (target ≤ 100 ms) -> "
        f"{'OK' if statistics.median(opens) <= 100 else 'MISSED'}; "
        f"of which Service.status: median {statistics.median(statuses):.1f} ms"
    )


def _all(values: list[float]) -> str:
    return "[" + ", ".join(f"{v:.0f}" for v in values) + "]"


if __name__ == "__main__":
    main()
