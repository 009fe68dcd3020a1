"""The printable schedule and the doctor's report: real PDFs, rendered and read back.

pdftoppm turns every page into a PNG (it must render, and not blank); pdftotext reads the
text back, and the doses, the steps, the warnings with their sources and the red-flag list
must be there as text. Both come from poppler-utils (CI installs it); without them these
tests skip and say so.
"""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from medplanner.core.plan import load
from medplanner.core.schedule import expand

from .conftest import Cli

# pytest-qt's QApplication exists before the PDF code looks for one (as in the GUI).
pytestmark = pytest.mark.usefixtures("qapp")

POPPLER = shutil.which("pdftoppm") and shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="pdftoppm/pdftotext missing: apt-get install poppler-utils"
)

# New York, with the spring-forward night (14 Mar 2027) inside the printed fortnight, a
# titration step on 11 Mar, a weekday-only medicine and an as-needed opioid (a danger).
PLAN = """\
format = "medplanner-plan/1"

[person]
name = "Sam"
timezone = "America/New_York"
crcl_ml_min = 90

[[medications]]
name = "gabapentin"
strength = "300 mg"
start = 2027-03-01
  [[medications.steps]]
  from = 2027-03-01
  dose = "300 mg"
  times = ["08:00", "20:00"]
  [[medications.steps]]
  from = 2027-03-11
  dose = "300 mg"
  times = ["08:00", "14:00", "20:00"]

[[medications]]
name = "baclofen"
start = 2027-03-01
dose = "5 mg"
times = ["02:30", "11:00"]
weekdays = ["mon", "wed", "fri", "sun"]

[[medications]]
name = "oxycodone"
as_needed = true
dose = "5 mg"
max_per_day = 4
min_interval_hours = 4
"""


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def render_pages(path: Path, tmp_path: Path) -> list[Path]:
    """Every page as a PNG; each must hold ink (not a blank page)."""
    prefix = tmp_path / path.stem
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(prefix)], check=True)
    pages = sorted(tmp_path.glob(f"{path.stem}-*.png"))
    assert pages
    for page in pages:
        image = QImage(str(page))
        assert not image.isNull() and image.width() > 300
        ink = sum(
            1
            for y in range(0, image.height(), 4)
            for x in range(0, image.width(), 4)
            if image.pixelColor(x, y).lightness() < 128
        )
        assert ink > 50, f"{page.name} looks blank"
    return pages


@pytest.fixture
def stored(cli: Cli, write: Callable[..., Path]) -> Path:
    path = write(PLAN)
    assert cli("import", path).rc == 0
    return path


@needs_poppler
def test_schedule_pdf_has_every_dose_step_warning_and_red_flag(
    cli: Cli, stored: Path, tmp_path: Path
) -> None:
    out = tmp_path / "schedule.pdf"
    result = cli("export", "--format", "pdf", "-o", out, "--from", "2027-03-08", "--weeks", 2)
    assert result.rc == 0, result.err
    assert "Wrote the printable schedule for Sam" in result.out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # health data
    assert out.read_bytes().startswith(b"%PDF-")
    pages = render_pages(out, tmp_path)
    text = pdf_text(out)

    assert "Medication schedule — Sam" in text
    assert "Times are in America/New_York" in text
    # Every dose of the 14 days, in its day's table, in time order.
    plan = load(str(stored))
    days = [date(2027, 3, 8 + i) for i in range(14)]
    heads = [f"{d:%a} {d.day} {d:%b %Y}" for d in days]
    starts = [text.index(h, text.index("Day by day")) for h in heads]
    for i, day in enumerate(days):
        end = starts[i + 1] if i + 1 < len(days) else len(text)
        chunk = text[starts[i] : end]
        doses = [d for d in expand(plan, day, 1)]
        expected = [f"{d.at:%H:%M} {d.medication}" for d in doses]
        found = re.findall(r"\d\d:\d\d (?:gabapentin|baclofen)", chunk)
        assert found == expected, heads[i]
        for d in doses:
            assert str(d.dose) in chunk
    # The spring-forward night: 02:30 does not exist; the dose is printed at 03:30.
    sunday = text[starts[6] : starts[7]]
    assert "03:30 baclofen" in sunday and "02:30 does not exist today" in sunday
    assert "CLOCKS" in sunday
    # The titration step is marked on its day.
    thursday = text[starts[3] : starts[4]]
    assert "NEW STEP: gabapentin changes today to 300 mg at 08:00, 14:00 and 20:00" in thursday
    # Standing warnings with their sources, and the as-needed medicine.
    assert "Warnings for this plan" in text
    assert "Danger" in text and "oxycodone" in text and "breathing" in text
    assert "Source: FDA Drug Safety Communication, 19 Dec 2019" in text
    assert "As needed" in text and "at most 4 doses a day" in text
    # The red-flag symptoms list, from the diary's rules.
    assert "GET EMERGENCY HELP NOW if you have: severe drowsiness, confusion, severe" in text
    for words in ("slow or difficult breathing", "hallucinations", "seizures"):
        assert words in text
    assert "Tell your prescriber" in text
    assert f"page 1 of {len(pages)}" in text


@needs_poppler
def test_report_pdf_has_adherence_missed_doubled_diary_and_history(
    cli: Cli, stored: Path, write: Callable[..., Path], tmp_path: Path
) -> None:
    def ok(*args: object) -> None:
        result = cli(*args)
        assert result.rc in (0, 1), result.err

    ok("take", "gabapentin", "--at", "2027-03-08T08:02:00-05:00")
    ok("take", "gabapentin", "--at", "2027-03-08T08:30:00-05:00", "--force")  # doubled
    ok("take", "baclofen", "--at", "2027-03-08T11:05:00-05:00")
    ok("skip", "baclofen", "--at", "2027-03-08T02:40:00-05:00", "--reason", "asleep")
    ok("take", "oxycodone", "--at", "2027-03-08T16:00:00-05:00")
    ok("diary", "nausea", "--severity", "mild", "--at", "2027-03-08T09:00:00-05:00")
    ok("diary", "hallucinations", "--severity", "moderate", "--note", "saw insects",
       "--at", "2027-03-08T21:30:00-05:00")  # fmt: skip
    # A second plan version: the report lists both, and what changed.
    assert cli("import", write(PLAN.replace('"5 mg"', '"10 mg"', 1), "v2.toml")).rc == 0
    out = tmp_path / "report.pdf"
    result = cli(
        "export", "--format", "report-pdf", "-o", out,
        "--from", "2027-03-08", "--at", "2027-03-08T23:00:00-05:00",
    )  # fmt: skip
    assert result.rc == 0, result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    render_pages(out, tmp_path)
    text = pdf_text(out)
    assert "Report for the doctor — Sam" in text
    assert "Red-flag symptoms in this period (1)" in text
    assert "Hallucinations (moderate), Mon 8 Mar 2027 21:30: saw insects" in text
    # gabapentin 08:00 taken (and once more over the warning), 20:00 missed.
    assert "gabapentin 2 1 0 1 50 % 1" in text
    # baclofen (Monday): 02:30 skipped, 11:00 taken.
    assert "baclofen 2 1 1 0 50 % 0" in text
    assert "Missed doses (1)" in text and "20:00 gabapentin 300 mg" in text
    assert "Doses recorded over a warning — doubled or too soon (1)" in text
    assert "As-needed doses taken: oxycodone: 1" in text
    assert "Symptom diary (2 entries)" in text and "Nausea mild" in text
    assert "Standing findings of the current plan" in text and "Source:" in text
    assert "Version 2" in text and "changed baclofen" in text and "Version 1" in text


def test_a_pdf_needs_a_file(cli: Cli, stored: Path) -> None:
    result = cli("export", "--format", "pdf")
    assert result.rc == 2
    assert "-o FILE.pdf" in result.err and result.out == ""


def test_an_unwritable_pdf_is_invalid_input(cli: Cli, stored: Path, tmp_path: Path) -> None:
    result = cli("export", "--format", "report-pdf", "-o", tmp_path / "nowhere" / "r.pdf")
    assert result.rc == 2 and "cannot be written" in result.err


@needs_poppler
def test_the_same_pages_print_on_a_qprinter(cli: Cli, stored: Path, tmp_path: Path) -> None:
    """File ▸ Print in the GUI: the same painter code on a QPrinter (here printing to PDF)."""
    from PySide6.QtPrintSupport import QPrinter

    from medplanner.export.pdf import paint_pages, schedule_html
    from medplanner.export.report import schedule_data
    from medplanner.service import Service

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with Service.open() as svc:
        html = schedule_html(schedule_data(svc, "Sam", date(2027, 3, 8), 1))
    pages = paint_pages(printer, html, title="Medication schedule — Sam", base_pt=14)
    assert pages >= 2
    text = pdf_text(out)
    assert "GET EMERGENCY HELP NOW" in text and "Sun 14 Mar 2027" in text
    assert f"page {pages} of {pages}" in text
