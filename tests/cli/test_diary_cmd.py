"""`medplanner diary`: add an entry, list recent ones; red flags say GET EMERGENCY HELP NOW."""

from __future__ import annotations

from pathlib import Path

import pytest

from medplanner.core.resources import DEMO_PLAN

from .conftest import Cli

AT = "2027-01-05T10:05:00+00:00"


@pytest.fixture(autouse=True)
def stored(cli: Cli) -> None:
    assert cli("import", DEMO_PLAN).rc == 0


def test_a_mild_symptom_is_recorded_for_the_prescriber(cli: Cli) -> None:
    result = cli("diary", "dizziness", "--severity", "mild", "--note", "on the stairs", "--at", AT)
    assert result.rc == 0, result.err
    assert (
        "Recorded in Robin's diary (entry 1): dizziness (mild), Tue 5 Jan 2027 10:05." in result.out
    )
    assert "tell your prescriber" in result.out
    assert "EMERGENCY" not in result.out
    assert "Source:" in result.out


@pytest.mark.parametrize(
    ("symptom", "severity"),
    [("drowsiness", "severe"), ("confusion", "mild"), ("breathing difficulty", "mild"),
     ("seizures", "moderate"), ("hallucinations", "mild"), ("weakness", "severe")],
)  # fmt: skip
def test_a_red_flag_says_get_emergency_help_now_and_exits_1(
    cli: Cli, symptom: str, severity: str
) -> None:
    result = cli("diary", symptom, "--severity", severity, "--at", AT)
    assert result.rc == 1, result.err
    lines = result.out.splitlines()
    assert lines[0] == "=" * 78
    assert lines[1].startswith("⛔ GET EMERGENCY HELP NOW — ")
    assert "emergency number" in result.out and "Recorded in Robin's diary" in result.out


def test_listing_shows_the_banner_while_a_red_flag_stands(cli: Cli) -> None:
    cli("diary", "nausea", "--severity", "moderate", "--at", "2027-01-04T09:00:00+00:00")
    cli("diary", "seizures", "--severity", "mild", "--at", AT)
    listed = cli("diary", "--at", "2027-01-05T20:00:00+00:00")
    assert listed.rc == 1
    assert "GET EMERGENCY HELP NOW" in listed.out
    assert "#2    Tue 5 Jan 2027 10:05  ⛔ Seizures (mild) — RED FLAG" in listed.out
    assert "#1    Mon 4 Jan 2027 09:00  ⓘ Nausea (moderate)" in listed.out
    later = cli("diary", "--at", "2027-01-06T11:00:00+00:00")  # 24 h on: no banner
    assert later.rc == 0 and "EMERGENCY" not in later.out and "RED FLAG" in later.out
    as_json = cli("diary", "--json", "--at", "2027-01-05T20:00:00+00:00").json()
    assert as_json["red_flags"] == [2]
    assert [e["symptom"] for e in as_json["entries"]] == ["nausea", "seizures"]
    assert as_json["entries"][1]["action"] == "emergency"


def test_withdrawing_a_mistake_is_kept_in_the_record(cli: Cli) -> None:
    cli("diary", "seizures", "--severity", "mild", "--at", AT)
    result = cli("diary", "--withdraw", 1, "--reason", "wrong button", "--at", AT)
    assert result.rc == 0, result.err
    assert "Withdrawn from Robin's diary: entry 1" in result.out
    listed = cli("diary", "--at", AT)
    assert listed.rc == 0 and "[withdrawn: wrong button]" in listed.out
    again = cli("diary", "--withdraw", 1, "--reason", "twice", "--at", AT)
    assert again.rc == 2 and "already withdrawn" in again.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nausea"], "--severity"),
        (["headache", "--severity", "mild"], "not a symptom the diary knows"),
        (["nausea", "--severity", "awful"], "invalid choice"),
        (["--note", "x"], "go with a SYMPTOM"),
        (["--withdraw", "1"], "--withdraw ID --reason TEXT"),
        (["--withdraw", "x", "--reason", "y"], "not a diary entry number"),
        (["nausea", "--severity", "mild", "--at", "2027-01-05T10:05"], "UTC offset"),
    ],
)
def test_invalid_input_is_one_line_and_exit_2(cli: Cli, args: list[str], message: str) -> None:
    result = cli("diary", *args)
    assert result.rc == 2
    assert message in result.err and len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_no_person_yet(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDPLANNER_HOME", str(tmp_path / "empty"))
    result = cli("diary", "nausea", "--severity", "mild")
    assert result.rc == 2 and "import" in result.err


def test_as_a_real_process(cli_process: Cli) -> None:
    result = cli_process("diary", "confusion", "--severity", "mild", "--at", AT)
    assert result.rc == 1, result.err
    assert "⛔ GET EMERGENCY HELP NOW — confusion (mild)" in result.out
