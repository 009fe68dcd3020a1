"""`missed-streak-restart` (contract §3, issue 22 item 4): several baclofen doses in a row not
taken, and `status` says not to restart at the full dose without asking the prescriber."""

from __future__ import annotations

from medplanner.core.knowledge import load_knowledge_base, source_problem

PLAN = """format = "medplanner-plan/1"
[person]
name = "Pat"
timezone = "Europe/London"
crcl_ml_min = 90
[[medications]]
name = "baclofen"
start = 2027-02-01
continuing = true
dose = "10 mg"
times = ["08:00", "14:00", "20:00"]
[[medications]]
name = "gabapentin"
start = 2027-02-01
continuing = true
dose = "300 mg"
times = ["09:00", "15:00", "21:00"]
"""


def at(hhmm: str, day: int = 1) -> str:
    return f"2027-02-{day:02d}T{hhmm}:00+00:00"


def streaks(cli, now: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    r = cli("status", "--at", now, "--json")
    assert r.rc in (0, 1), r
    return [f for f in r.json()["findings"] if f["code"] == "missed-streak-restart"]


def test_three_in_a_row_not_taken_warns_across_midnight(cli, write) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(PLAN)).rc == 0
    for hhmm in ("09:00", "15:00", "21:00"):  # gabapentin is taken: it has no streak rule
        assert cli("take", "gabapentin", "--at", at(hhmm)).rc == 0
    assert cli("take", "baclofen", "--at", at("08:00")).rc == 0
    # 14:00 and 20:00 missed: two in a row, below the threshold of three
    assert streaks(cli, at("23:00")) == []
    # the next morning's 08:00 is missed too: three in a row, across midnight
    found = streaks(cli, at("09:30", day=2))
    assert len(found) == 1
    f = found[0]
    assert f["severity"] == "warning" and f["medication"] == "baclofen"
    assert (f["date"], f["time"]) == ("2027-02-01", "14:00")
    assert "last 3 doses of baclofen were not taken" in f["message"]
    assert "Do not restart at your full dose without asking your prescriber" in f["message"]
    assert "hallucinations, seizures" in f["message"]
    assert "§5.1" in f["source"] and "a medplanner rule" in f["source"].casefold()
    human = cli("status", "--at", at("09:30", day=2))
    assert human.rc == 1 and "missed-streak-restart" in human.out


def test_a_skip_counts_a_due_dose_is_passed_over_and_a_take_ends_it(cli, write) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(PLAN)).rc == 0
    assert cli("take", "baclofen", "--at", at("08:00")).rc == 0
    assert cli("skip", "baclofen", "--at", at("14:10")).rc == 0
    # 14:00 skipped, 20:00 missed, 08:00 missed; the 14:00 of day 2 is due, passed over
    assert len(streaks(cli, at("14:10", day=2))) == 1
    assert cli("take", "baclofen", "--at", at("14:15", day=2)).rc == 0
    assert streaks(cli, at("14:20", day=2)) == []


def test_doses_before_tracking_are_no_streak(cli, write) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(PLAN), now=at("21:30")).rc == 0
    # everything of day 1 is before tracking; only 08:00 of day 2 is missed
    assert streaks(cli, at("10:00", day=2)) == []


def test_the_rule_lives_in_the_data_file_with_its_source() -> None:
    drug = load_knowledge_base().lookup("Lioresal")
    assert drug is not None and drug.missed_streak is not None
    rule = drug.missed_streak
    assert rule.doses.value == 3 and "a medplanner rule" in rule.doses.source.casefold()
    assert source_problem(rule.doses.source) is None and source_problem(rule.source) is None
    assert "prescriber" in rule.advice


def test_a_single_take_after_a_streak_is_recorded_and_told(cli, write) -> None:  # type: ignore[no-untyped-def]
    """`take` never refuses for a streak (contract §3: only `take --all-due` asks), but it
    says what `status` says: the dose restarts the drug, ask the prescriber first."""
    assert cli("import", write(PLAN)).rc == 0
    for hhmm in ("09:00", "15:00", "21:00"):
        assert cli("take", "gabapentin", "--at", at(hhmm)).rc == 0
    assert len(streaks(cli, at("07:55", 2))) == 1  # 08:00, 14:00, 20:00 of day 1 not taken
    taken = cli("take", "baclofen", "--at", at("08:05", 2))
    assert taken.rc == 0, taken
    assert "[missed-streak-take] baclofen" in taken.out
    assert "This dose restarts baclofen after doses that were not taken." in " ".join(
        taken.out.split()
    )
    assert "Recorded: baclofen 10 mg taken at 08:05" in taken.out
    assert streaks(cli, at("08:10", 2)) == []  # the take ended the streak
    again = cli("take", "gabapentin", "--at", at("09:05", 2))
    assert "missed-streak" not in again.out  # gabapentin has no streak rule
