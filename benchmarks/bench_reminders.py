"""Reminder targets (issue 6), measured on real processes.

* latency: median time from a reminder's instant to its pop-up on screen ≤ 50 ms;
* idle: CPU time of the running process over 60 s idle ≤ 0.05 s;
* sockets: the running process holds no TCP or UDP socket.

Run: .venv/bin/python benchmarks/bench_reminders.py [--reminders N] [--idle SECONDS]
(under ``xvfb-run -a`` with QT_QPA_PLATFORM=xcb for a real window system; offscreen
otherwise). Each measurement runs in a child process of its own: the reminder stack as
the app runs it — QApplication, the single-instance server, the service over a fresh
data dir with a plan, and a started ReminderController (APScheduler's QtScheduler
subclass, its thread pool, the clock watchdog). Figures go to "Reminders (issue 6)" in
benchmarks/README.md.

Latency: each round writes a snooze that ends 300 ms ahead and rebuilds, exactly as the
Snooze button does; the instant is the snooze's end, "shown" is the pop-up's first paint
(an application event filter), read with ``time.time()`` in the child.
Idle: utime+stime from /proc/<pid>/stat (10 ms ticks) and the sum of every thread's
/proc/<pid>/task/*/schedstat (nanoseconds), read by the parent before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

TARGET_LATENCY_MS = 50.0
TARGET_IDLE_CPU_S = 0.05


def plan_text(at: datetime) -> str:
    """A plan with one daily dose at ``at``'s UTC wall time, started yesterday."""
    start = (at - timedelta(days=1)).date().isoformat()
    return (
        'format = "medplanner-plan/1"\n[person]\nname = "Robin"\ntimezone = "UTC"\n'
        f'[[medications]]\nname = "baclofen"\nstart = {start}\ndose = "5 mg"\n'
        f'times = ["{at:%H:%M}"]\n'
    )


# --------------------------------------------------------------------------- children


def child(mode: str, data: Path, rounds: int) -> None:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from medplanner.core.events import Slot
    from medplanner.core.plan import loads
    from medplanner.gui.popup import ReminderPopup
    from medplanner.gui.reminder_controller import ReminderController
    from medplanner.gui.single_instance import acquire
    from medplanner.service import Service

    app = QApplication([])
    instance = acquire(data)
    assert instance is not None
    now = datetime.now(UTC)
    service = Service.open(data)
    # latency: a dose at the start of this minute (to snooze); idle: the next dose 6 h away.
    dose_at = (
        now.replace(second=0, microsecond=0) if mode == "latency" else now + timedelta(hours=6)
    )
    service.save_plan(loads(plan_text(dose_at)))
    controller = ReminderController(service, tray=False)
    controller.start()
    for popup in list(controller.popups):
        popup.finish()

    if mode == "idle":
        print(json.dumps({"ready": os.getpid()}), flush=True)
        app.exec()
        return

    painted: dict[int, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(obj, ReminderPopup):
                painted.setdefault(id(obj), time.time())
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    slot = Slot(dose_at.date(), dose_at.time().replace(tzinfo=None))
    latencies, delivered = [], []
    shown: list[float] = []
    controller.delivered.connect(lambda _batch: shown.append(time.time()))
    for _ in range(rounds):
        painted.clear()
        shown.clear()
        at = datetime.now(UTC)
        until = at + timedelta(milliseconds=300)
        service.snooze("Robin", "baclofen", slot, at, until)
        controller.rebuild()
        loop = QEventLoop()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(5000)
        poll = QTimer()
        poll.timeout.connect(lambda lp=loop: lp.quit() if painted else None)
        poll.start(1)
        loop.exec()
        poll.stop()
        if painted and shown:
            latencies.append((min(painted.values()) - until.timestamp()) * 1000)
            delivered.append((shown[0] - until.timestamp()) * 1000)
        for popup in list(controller.popups):
            popup.finish()
    controller.stop()
    print(json.dumps({"paint_ms": latencies, "delivered_ms": delivered}), flush=True)


# --------------------------------------------------------------------------- parent


def spawn(mode: str, data: Path, rounds: int = 0) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return subprocess.Popen(
        [sys.executable, __file__, "--child", mode, str(data), "--reminders", str(rounds)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def cpu_seconds(pid: int) -> tuple[float, float]:
    """(utime+stime from /proc/pid/stat, sum of the threads' schedstat run time), seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15 of stat)
    run_ns = sum(
        int((task / "schedstat").read_text().split()[0])
        for task in Path(f"/proc/{pid}/task").iterdir()
    )
    return ticks / os.sysconf("SC_CLK_TCK"), run_ns / 1e9


def inet_sockets(pid: int) -> list[str]:
    """The process's TCP/UDP sockets (IPv4/IPv6), as 'table:inode'; Unix sockets excluded."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            if line.split()[9] in inodes:
                found.append(f"{table}:{line.split()[9]}")
    return found


def unix_sockets(pid: int) -> int:
    return sum(
        1 for fd in Path(f"/proc/{pid}/fd").iterdir() if os.readlink(fd).startswith("socket:")
    )


def measure_idle(seconds: float) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        proc = spawn("idle", Path(tmp) / "home")
        assert proc.stdout is not None
        pid = json.loads(proc.stdout.readline())["ready"]
        time.sleep(3)  # let start-up settle (imports, first paint, thread pool)
        stat0, sched0 = cpu_seconds(pid)
        time.sleep(seconds)
        stat1, sched1 = cpu_seconds(pid)
        sockets = inet_sockets(pid)
        all_sockets = unix_sockets(pid)
        threads = len(list(Path(f"/proc/{pid}/task").iterdir()))
        proc.kill()
        proc.wait()
    return {
        "seconds": seconds,
        "cpu_stat_s": round(stat1 - stat0, 4),
        "cpu_schedstat_s": round(sched1 - sched0, 5),
        "tcp_udp_sockets": sockets,
        "sockets_total": all_sockets,
        "threads": threads,
    }


def measure_latency(rounds: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        proc = spawn("latency", Path(tmp) / "home", rounds)
        out, _ = proc.communicate(timeout=60 + rounds * 6)
    result = json.loads(out.strip().splitlines()[-1])
    paint, delivered = result["paint_ms"], result["delivered_ms"]
    return {
        "rounds": len(paint),
        "paint_median_ms": round(statistics.median(paint), 2),
        "paint_max_ms": round(max(paint), 2),
        "delivered_median_ms": round(statistics.median(delivered), 2),
        "first_paint_ms": round(paint[0], 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reminders", type=int, default=30)
    parser.add_argument("--idle", type=float, default=60.0)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "DATA"))
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.reminders)
        return 0
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, {platform.platform()}")
    latency = measure_latency(args.reminders)
    print("latency:", json.dumps(latency))
    idle = measure_idle(args.idle)
    print("idle:", json.dumps(idle))
    ok = (
        float(str(latency["paint_median_ms"])) <= TARGET_LATENCY_MS
        and float(str(idle["cpu_stat_s"])) <= TARGET_IDLE_CPU_S
        and not idle["tcp_udp_sockets"]
    )
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
