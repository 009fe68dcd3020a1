"""Issue 18 items 1 and 6 through the CLI: a standing red flag gates sedating takes, and a
sedating dose taken close to another sedating drug's recorded take is told (never blocks)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from medplanner.core.resources import DEMO_PLAN

from .conftest import Cli

DAY = "2027-01-05T"  # Europe/London = UTC in January


def t(hhmm: str, day: str = DAY) -> str:
    return f"{day}{hhmm}:00+00:00"


@pytest.fixture(autouse=True)
def stored(cli: Cli) -> None:
    assert cli("import", DEMO_PLAN).rc == 0


def red_flag(cli: Cli, at: str = t("10:05")) -> None:
    assert cli("diary", "breathing difficulty", "--severity", "mild", "--at", at).rc == 1


def test_status_reports_the_red_flag_first_and_never_take_now(cli: Cli) -> None:
    red_flag(cli)
    status = cli("status", "--json", "--at", t("13:00"))
    assert status.rc == 1
    body = status.json()
    first = body["findings"][0]
    assert (first["code"], first["severity"]) == ("red-flag-standing", "danger")
    assert "emergency number" in first["message"] and first["source"]
    baclofen_noon = [d for d in body["doses"] if d["at"].startswith(t("12:00")[:16])]
    assert baclofen_noon and baclofen_noon[0]["state"] == "missed"
    assert baclofen_noon[0]["advice"] != "take-now"
    text = cli("status", "--at", t("13:00")).out
    assert text.startswith("=" * 78) and "GET EMERGENCY HELP NOW" in text.splitlines()[1]
    assert "do not take it now" in text and "take it now" not in text.replace("not take", "")


def test_take_of_a_sedating_dose_is_refused_unless_forced(cli: Cli) -> None:
    red_flag(cli)
    refused = cli("take", "baclofen", "--at", t("12:00"))
    assert refused.rc == 1
    assert "[red-flag-standing]" in refused.out and "Not recorded" in refused.out
    assert "✓ 12:00" not in cli("status", "--at", t("12:01")).out
    forced = cli("take", "baclofen", "--at", t("12:02"), "--force")
    assert forced.rc == 0, forced.out
    assert "Recorded: baclofen 5 mg taken at 12:02" in forced.out


def test_i_am_safe_now_ends_the_flag_and_is_logged(cli: Cli) -> None:
    red_flag(cli)
    safe = cli("diary", "--safe", "--at", t("11:30"))
    assert safe.rc == 0, safe.err
    assert "I'm safe now" in safe.out and "ends" in safe.out
    status = cli("status", "--json", "--at", t("11:40")).json()
    assert all(f["code"] != "red-flag-standing" for f in status["findings"])
    assert cli("take", "baclofen", "--at", t("12:00")).rc == 0
    # A new red flag after "I'm safe now" stands again.
    red_flag(cli, t("12:30"))
    assert cli("take", "baclofen", "--at", t("18:00")).rc == 1
    # The mark is kept: "safe" later answers it; --json says what ended.
    done = cli("diary", "--safe", "--json", "--at", t("18:05")).json()
    assert done["ended"] == [2] and done["red_flags"] == []


def test_a_withdrawn_entry_or_24_hours_end_the_flag(cli: Cli) -> None:
    red_flag(cli)
    assert cli("diary", "--withdraw", 1, "--reason", "wrong button", "--at", t("10:10")).rc == 0
    assert cli("take", "baclofen", "--at", t("12:00")).rc == 0
    red_flag(cli, t("16:00"))
    assert cli("take", "baclofen", "--at", t("18:00")).rc == 1
    later = cli("status", "--json", "--at", t("16:01", "2027-01-06T")).json()
    assert all(f["code"] != "red-flag-standing" for f in later["findings"])


PLAN = """
format = "medplanner-plan/1"
[person]
name = "Robin"
timezone = "Europe/London"
stagger_window_minutes = 60
[[medications]]
name = "acetaminophen"
start = 2027-01-04
dose = "500 mg"
times = ["08:00", "20:00"]
[[medications]]
name = "baclofen"
start = 2027-01-04
dose = "5 mg"
times = ["07:00", "19:00"]
[[medications]]
name = "gabapentin"
start = 2027-01-04
dose = "300 mg"
times = ["09:00", "21:00"]
"""


def test_only_sedating_doses_are_held_and_the_persons_window_counts(
    cli: Cli, write: Callable[..., Path]
) -> None:
    assert cli("import", write(PLAN)).rc == 0
    red_flag(cli, t("07:30"))
    plain = cli("take", "acetaminophen", "--at", t("08:00"))
    assert plain.rc == 0 and "red-flag-standing" not in plain.out
    status = cli("status", "--json", "--at", t("08:05")).json()
    assert status["findings"][0]["medication"] == "baclofen, gabapentin"
    assert cli("diary", "--safe", "--at", t("08:10")).rc == 0
    assert cli("take", "baclofen", "--at", t("08:15")).rc == 0
    # 60 minutes set for this person: 08:15 -> 09:05 is 50 minutes, told; source says so.
    close = cli("take", "gabapentin", "--at", t("09:05"))
    assert close.rc == 0 and "[sedatives-taken-close]" in close.out
    assert "window set for this person (1 hour)" in " ".join(close.out.split())


def test_sedatives_taken_close_is_told_with_both_times_and_never_blocks(cli: Cli) -> None:
    assert cli("take", "baclofen", "--at", t("07:05")).rc == 0
    close = cli("take", "gabapentin", "--at", t("08:30"))
    assert close.rc == 0, close.out
    assert "[sedatives-taken-close]" in close.out
    assert "08:30" in close.out and "07:05" in close.out and "Source:" in close.out
    assert "Recorded: gabapentin 300 mg taken at 08:30" in close.out


def test_no_stagger_note_outside_the_window(cli: Cli) -> None:
    assert cli("take", "baclofen", "--at", t("07:00")).rc == 0
    apart = cli("take", "gabapentin", "--at", t("09:00"))
    assert apart.rc == 0 and "sedatives-taken-close" not in apart.out
