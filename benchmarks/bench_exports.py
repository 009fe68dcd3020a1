"""Export speed (issue 9): the ICS calendar, the printable schedule and the doctor's report.

Run: .venv/bin/python benchmarks/bench_exports.py [--samples docs]
Prints medians; figures go to "Export benchmarks (issue 9)" in benchmarks/README.md. With ``--samples DIR`` it also
writes DIR/schedule-sample.png and DIR/report-sample.png (first pages, via pdftoppm) from
the same made-up household (the demo plan, a week of answers, a few diary entries).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dateutil.rrule import rrulestr
from icalendar import Calendar

from medplanner.core.checks import run_checks
from medplanner.core.plan import loads
from medplanner.core.resources import DEMO_PLAN
from medplanner.core.schedule import expand
from medplanner.export.ics import to_ics
from medplanner.export.pdf import ensure_gui_app, report_pdf, schedule_pdf
from medplanner.export.report import report_data, schedule_data
from medplanner.service import Service

LONDON = ZoneInfo("Europe/London")


def median_seconds(fn: Callable[[], object], repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def year_plan(n_meds: int = 10) -> str:
    """n medications, 3 times a day, a new titration step every month of 2027."""
    parts = ['format = "medplanner-plan/1"\n[person]\nname = "Bench"\ntimezone = "Europe/London"\n']
    for i in range(n_meds):
        parts.append(f'[[medications]]\nname = "drug{i}"\nstart = 2027-01-01\nstop = 2027-12-31\n')
        for month in range(1, 13):
            parts.append(
                f"  [[medications.steps]]\n  from = 2027-{month:02d}-01\n"
                f'  dose = "{5 + month % 4} mg"\n  times = ["01:30", "08:00", "20:00"]\n'
            )
    return "".join(parts)


def household(home: Path, now: datetime) -> Service:
    """The demo plan with a week of answers (some missed, one forced) and diary entries."""
    svc = Service.open(home, clock=lambda: now)
    svc.import_plan(DEMO_PLAN)
    person = "Robin"
    for day in range(4, 10):
        for hour in (7, 12, 18):
            at = datetime(2027, 1, day, hour, 5, tzinfo=LONDON)
            if at < now and (day, hour) not in ((6, 12), (9, 12)):
                svc.take(person, "baclofen", at)
        for hour in (9, 15, 21):
            at = datetime(2027, 1, day, hour, 3, tzinfo=LONDON)
            if at < now and day >= 6 and (day, hour) != (7, 15):
                svc.take(person, "gabapentin", at)
    svc.take(person, "gabapentin", datetime(2027, 1, 6, 21, 40, tzinfo=LONDON), force=True)
    svc.record_symptom(
        person, "dizziness", "mild", datetime(2027, 1, 5, 10, tzinfo=LONDON), note="on the stairs"
    )
    svc.record_symptom(person, "drowsiness", "moderate", datetime(2027, 1, 7, 13, tzinfo=LONDON))
    svc.record_symptom(
        person,
        "breathing-difficulty",
        "moderate",
        datetime(2027, 1, 9, 19, 30, tzinfo=LONDON),
        note="short of breath after dinner",
    )
    return svc


def write_samples(svc: Service, now: datetime, folder: Path) -> None:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm missing (apt-get install poppler-utils): no samples written")
        return
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        pdfs = {
            "schedule-sample": schedule_pdf(schedule_data(svc, "Robin", date(2027, 1, 4), 4)),
            "report-sample": report_pdf(report_data(svc, "Robin", date(2027, 1, 1), now)),
        }
        for name, data in pdfs.items():
            pdf = Path(scratch) / f"{name}.pdf"
            pdf.write_bytes(data)
            out = folder / name
            cmd = ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"]
            subprocess.run([*cmd, str(pdf), str(out)], check=True)
            print(f"wrote {out}.png")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=Path, help="write the sample PNGs to this folder")
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, {sys.platform}")
    ensure_gui_app()

    plan = loads(year_plan())
    findings = run_checks(plan)
    stamp = datetime(2027, 1, 1, tzinfo=UTC)
    ics = to_ics(plan, findings, stamp=stamp)
    doses = sum(1 for _ in expand(plan, date(2027, 1, 1), 365))
    events = ics.count("BEGIN:VEVENT")
    t = median_seconds(lambda: to_ics(plan, findings, stamp=stamp))
    print(
        f"ICS export, 10 meds x 3/day x 12 monthly steps ({events} events, {doses} doses, "
        f"{len(ics) // 1024} KiB): {t * 1000:.0f} ms  (goal <= 500 ms)"
    )

    def expand_back() -> int:
        n = 0
        for event in Calendar.from_ical(ics).walk("VEVENT"):
            rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=event.decoded("DTSTART"))
            n += sum(1 for _ in rule)
        return n

    assert expand_back() == doses
    t = median_seconds(expand_back, repeat=3)
    print(f"  parse it back and expand every RRULE ({doses} alarms): {t * 1000:.0f} ms")

    with tempfile.TemporaryDirectory() as home:
        now = datetime(2027, 1, 9, 20, tzinfo=LONDON)
        svc = household(Path(home), now)
        for weeks in (4, 12):
            data = schedule_data(svc, "Robin", date(2027, 1, 4), weeks)
            size = len(schedule_pdf(data))
            t = median_seconds(lambda d=data: schedule_pdf(d), repeat=3)  # type: ignore[misc]
            print(
                f"schedule PDF, {weeks} weeks ({size // 1024} KiB): {t * 1000:.0f} ms  "
                "(goal <= 2000 ms)"
            )
        report = report_data(svc, "Robin", date(2027, 1, 1), now)
        t_data = median_seconds(lambda: report_data(svc, "Robin", date(2027, 1, 1), now))
        t = median_seconds(lambda: report_pdf(report), repeat=3)
        print(f"doctor's report: figures {t_data * 1000:.0f} ms, PDF {t * 1000:.0f} ms")
        later = now + timedelta(days=83)
        t_data = median_seconds(
            lambda: report_data(svc, "Robin", date(2027, 1, 1), later), repeat=3
        )
        print(f"doctor's report figures over 90 days: {t_data * 1000:.0f} ms (goal <= 1000 ms)")
        if args.samples is not None:
            write_samples(svc, now, args.samples)
        svc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
