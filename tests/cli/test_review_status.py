"""`status` offers the doctor's report a few days before the review (`review-report-due`,
info; issue #22 item 7). The moment comes from MEDPLANNER_NOW (the `now=` argument)."""

from __future__ import annotations

import shlex
from datetime import date
from pathlib import Path

from medplanner.service import Service

from .conftest import Cli

PLAN = """format = "medplanner-plan/1"
[person]
name = "Robin"
timezone = "Europe/Berlin"
next_review = 2027-03-01

[[medications]]
name = "gabapentin"
start = 2027-01-01
continuing = true
dose = "300 mg"
times = ["08:00", "20:00"]
"""

CMD = "medplanner export --format report-pdf --from {since} -o FILE"


def _imported(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text(PLAN, encoding="utf-8")
    assert cli("import", plan, now="2026-11-20T09:00:00+01:00").rc == 0


def test_not_before_the_reminder_days(cli: Cli, tmp_path: Path) -> None:
    _imported(cli, tmp_path)
    out = cli("status", "--json", now="2027-02-25T21:00:00+01:00").json()
    assert "review-report-due" not in {f["code"] for f in out["findings"]}
    text = cli("status", now="2027-02-25T21:00:00+01:00").out
    assert "review-report-due" not in text


def test_within_the_reminder_days_and_on_the_review_day(cli: Cli, tmp_path: Path) -> None:
    _imported(cli, tmp_path)
    for now in ("2027-02-26T07:00:00+01:00", "2027-03-01T22:00:00+01:00"):
        result = cli("status", "--json", now=now)
        found = [f for f in result.json()["findings"] if f["code"] == "review-report-due"]
        assert len(found) == 1, now
        assert found[0]["severity"] == "info"
        assert found[0]["message"] == (
            "Your review is on Mon 1 Mar: make the doctor's report: "
            + CMD.format(since="2026-12-07")
        )
    human = cli("status", now="2027-02-27T12:00:00+01:00")
    assert "[review-report-due]" in human.out
    assert "--format report-pdf --from 2026-12-07 -o FILE" in human.out.replace("\n    ", " ")
    # After the review day: gone.
    out = cli("status", "--json", now="2027-03-02T08:00:00+01:00").json()
    assert "review-report-due" not in {f["code"] for f in out["findings"]}


def test_the_command_it_gives_makes_the_report(cli: Cli, tmp_path: Path) -> None:
    _imported(cli, tmp_path)
    now = "2027-02-27T12:00:00+01:00"
    out = tmp_path / "report.pdf"
    made = cli("export", "--format", "report-pdf", "--from", "2026-12-07", "-o", out, now=now)
    assert made.rc == 0, made.err
    assert out.read_bytes().startswith(b"%PDF")


def test_a_report_noted_for_the_review_ends_it_and_starts_the_next_period(
    cli: Cli, tmp_path: Path
) -> None:
    _imported(cli, tmp_path)
    with Service.open() as svc:
        svc.note_review_report("Robin", date(2027, 3, 1), date(2027, 2, 26))
    out = cli("status", "--json", now="2027-02-27T12:00:00+01:00").json()
    assert "review-report-due" not in {f["code"] for f in out["findings"]}
    # The next review: the period starts the day after that report.
    with Service.open() as svc:
        svc.note_review_report("Robin", date(2026, 9, 1), date(2027, 2, 26))
    out = cli("status", "--json", now="2027-02-27T12:00:00+01:00").json()
    (found,) = [f for f in out["findings"] if f["code"] == "review-report-due"]
    assert found["message"].endswith(CMD.format(since="2027-02-27"))


def test_no_review_no_finding(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text(PLAN.replace("next_review = 2027-03-01\n", ""), encoding="utf-8")
    assert cli("import", plan, now="2026-11-20T09:00:00+01:00").rc == 0
    out = cli("status", "--json", now="2027-02-27T12:00:00+01:00").json()
    assert "review-report-due" not in {f["code"] for f in out["findings"]}


def test_with_several_persons_the_command_names_the_person(cli: Cli, tmp_path: Path) -> None:
    _imported(cli, tmp_path)
    other = tmp_path / "other.toml"
    other.write_text(PLAN.replace('name = "Robin"', 'name = "Sam Lee"'), encoding="utf-8")
    assert cli("import", other, now="2026-11-21T09:00:00+01:00").rc == 0
    now = "2027-02-27T12:00:00+01:00"
    out = cli("status", "--person", "Sam Lee", "--json", now=now).json()
    (found,) = [f for f in out["findings"] if f["code"] == "review-report-due"]
    command = found["message"].split("make the doctor's report: ")[1]
    assert command == (
        "medplanner export --person 'Sam Lee' --format report-pdf --from 2026-12-07 -o FILE"
    )
    # The command as given makes Sam's report (FILE replaced by a real path).
    words = shlex.split(command)[1:]
    target = tmp_path / "sam.pdf"
    words[-1] = str(target)
    made = cli(*words, now=now)
    assert made.rc == 0, made.err
    assert target.read_bytes().startswith(b"%PDF")
