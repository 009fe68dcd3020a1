"""Issue 15 rules against the command line: now, the take window, --dose, skip, messages.

Every command gets MEDPLANNER_NOW (conftest.now_env): the test's ``now``, else its --at.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from medplanner.storage import Store

PLAN = """
format = "medplanner-plan/1"
[person]
name = "Pat"
timezone = "Europe/London"
crcl_ml_min = 90
[[medications]]
name = "baclofen"
start = 2027-02-01
continuing = true
dose = "10 mg"
times = ["07:00", "13:00", "19:00"]
"""


def at(hhmm: str, day: int = 3) -> str:
    return f"2027-02-{day:02d}T{hhmm}:00+00:00"  # London in February: UTC


@pytest.fixture
def pat(cli, write):  # type: ignore[no-untyped-def]
    assert cli("import", write(PLAN)).rc == 0
    return cli


def states(cli, now: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doses = cli("status", "--at", now, "--json").json()["doses"]
    return {d["at"][11:16]: d["state"] for d in doses}


def one_line(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and "Traceback" not in err


# ------------------------------------------------------------------ now and --at


def test_a_future_at_is_invalid_input(pat) -> None:  # type: ignore[no-untyped-def]
    r = pat("take", "baclofen", "--at", at("13:01"), now=at("12:00"))
    assert r.rc == 2 and one_line(r.err) and "later than now" in r.err, r
    assert states(pat, at("13:30"))["13:00"] == "due"  # nothing was recorded


def test_a_small_clock_skew_is_allowed(pat) -> None:  # type: ignore[no-untyped-def]
    assert pat("take", "baclofen", "--at", at("13:01"), now=at("13:00")).rc == 0
    r = pat("skip", "baclofen", "--at", at("13:03"), now=at("13:00"))
    assert r.rc == 2 and "later than now" in r.err, r


def test_now_is_the_default_of_at(pat) -> None:  # type: ignore[no-untyped-def]
    r = pat("take", "baclofen", now=at("13:02"))
    assert r.rc == 0 and "taken at 13:02 for the 13:00 dose" in r.out, r


@pytest.mark.parametrize("bad", ["tomorrow", "2027-02-03T13:00", "2027-02-30T13:00:00+00:00"])
def test_a_malformed_now_is_invalid_input(pat, bad: str) -> None:  # type: ignore[no-untyped-def]
    for args in (("take", "baclofen"), ("status",), ("import", "nothing.toml")):
        r = pat(*args, now=bad)
        assert r.rc == 2 and one_line(r.err) and "MEDPLANNER_NOW" in r.err, (args, r)
    assert states(pat, at("14:30"))["13:00"] == "missed"


def test_import_stores_the_moment_of_now(cli, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(PLAN), now="2027-01-15T09:30:00+01:00").rc == 0
    with Store.open() as store:
        (version,) = store.plan_versions("Pat")
    assert version.created_at == datetime.fromisoformat("2027-01-15T09:30:00+01:00")


# ------------------------------------------------------------------ the take window


def test_a_take_belongs_to_the_slot_whose_window_holds_it(pat) -> None:  # type: ignore[no-untyped-def]
    assert "for the 07:00 dose" in pat("take", "baclofen", "--at", at("09:59")).out
    assert "for the 13:00 dose" in pat("take", "baclofen", "--at", at("10:01")).out
    assert "for the 19:00 dose" in pat("take", "baclofen", "--at", at("16:00")).out
    assert "for the 13:00 dose" in pat("take", "baclofen", "--at", at("15:59", day=4)).out
    r = pat("take", "baclofen", "--at", at("15:59", day=5))
    assert r.rc == 0 and "for the 13:00 dose" in r.out
    r = pat("take", "baclofen", "--at", at("15:59", day=5))  # the same slot, taken
    assert r.rc == 1 and "doubled-dose" in r.out and "Not recorded" in r.out, r


def test_no_slot_is_refused_without_force(pat) -> None:  # type: ignore[no-untyped-def]
    r = pat("take", "baclofen", "--at", "2027-01-20T07:00:00+00:00")  # before the start
    assert r.rc == 1 and "dose-not-scheduled" in r.out, r
    assert "it starts on Mon 1 Feb 2027" in " ".join(r.out.split())
    assert "confirmed" not in r.out and "Not recorded" in r.out


def test_force_outside_every_slot_records_an_extra_dose_of_the_stated_amount(pat) -> None:  # type: ignore[no-untyped-def]
    when = "2027-01-20T07:00:00+00:00"  # before the start: no step applies
    r = pat("take", "baclofen", "--at", when, "--force")
    assert r.rc == 2 and "--dose" in r.err and one_line(r.err), r
    r = pat("take", "baclofen", "--at", when, "--force", "--dose", "5mg")
    assert r.rc == 0, r
    assert "Recorded: baclofen 5 mg taken at 07:00 as an extra dose" in r.out
    assert "--force over dose-not-scheduled" in r.out
    rows = pat("export", "--format", "csv").out
    assert "5 mg" in rows and "10 mg" not in rows


def test_dose_must_be_a_dose(pat) -> None:  # type: ignore[no-untyped-def]
    r = pat("take", "baclofen", "--at", at("13:00"), "--dose", "lots")
    assert r.rc == 2 and one_line(r.err), r
    r = pat("take", "baclofen", "--at", at("13:00"), "--dose", "20 mg")
    assert r.rc == 2 and "differs from the 10 mg" in r.err, r


def test_an_off_day_of_an_every_other_day_dose_is_not_scheduled(cli, write) -> None:  # type: ignore[no-untyped-def]
    plan = PLAN.replace(
        'times = ["07:00", "13:00", "19:00"]', 'times = ["08:00"]\nevery_n_days = 2'
    )
    assert cli("import", write(plan)).rc == 0
    r = cli("take", "baclofen", "--at", "2027-02-02T08:00:00+00:00")
    assert r.rc == 1 and "dose-not-scheduled" in r.out, r
    r = cli("take", "baclofen", "--at", "2027-02-02T08:00:00+00:00", "--force")
    assert r.rc == 0 and "10 mg taken at 08:00 as an extra dose" in r.out, r  # the step's dose
    assert cli("take", "baclofen", "--at", "2027-02-03T19:59:00+00:00").rc == 0  # ± 12 h


def test_a_plain_take_says_nothing_about_confirming(pat) -> None:  # type: ignore[no-untyped-def]
    r = pat("take", "baclofen", "--at", at("13:04"))
    assert r.rc == 0 and r.out.strip().splitlines()[-1] == (
        "Recorded: baclofen 10 mg taken at 13:04 for the 13:00 dose of Wed 3 Feb 2027."
    ), r
    assert "--force" not in r.out and "flagged" not in r.out, r
    # The plan's doses since 1 Feb were not taken: the streak is told, never asked about.
    assert "[missed-streak-take]" in r.out, r


# ------------------------------------------------------------------ skip


def test_skip_answers_an_upcoming_dose_only_within_the_skip_window(pat) -> None:  # type: ignore[no-untyped-def]
    assert pat("take", "baclofen", "--at", at("07:05")).rc == 0
    r = pat("skip", "baclofen", "--at", at("10:30"))  # 13:00 is 2.5 h away: baclofen's is 2 h
    assert r.rc == 1 and "dose-not-scheduled" in r.out and "Not recorded" in r.out, r
    r = pat("skip", "baclofen", "--at", at("11:05"), "--reason", "nausea")
    assert r.rc == 0 and "the 13:00 dose of baclofen" in r.out, r
    assert states(pat, at("14:00"))["13:00"] == "skipped"


def test_skip_never_answers_a_later_days_dose(cli, write) -> None:  # type: ignore[no-untyped-def]
    plan = PLAN.replace("baclofen", "examplamine").replace(
        '["07:00", "13:00", "19:00"]', '["23:00", "00:30"]'
    )
    assert cli("import", write(plan)).rc == 0
    assert cli("take", "examplamine", "--at", at("23:02")).rc == 0
    # 00:30 tomorrow is within half the interval (45 min), but on a later day
    r = cli("skip", "examplamine", "--at", at("23:50"))
    assert r.rc == 1 and "Not recorded" in r.out, r


def test_skip_on_an_answered_slot_is_refused(pat) -> None:  # type: ignore[no-untyped-def]
    assert pat("take", "baclofen", "--at", at("07:05")).rc == 0
    r = pat("skip", "baclofen", "--at", at("07:30"))
    assert r.rc == 1 and "slot-already-answered" in r.out, r
    assert states(pat, at("07:40"))["07:00"] == "taken"


def test_take_on_a_skipped_slot_needs_force_and_the_skip_stays(pat) -> None:  # type: ignore[no-untyped-def]
    assert pat("take", "baclofen", "--at", at("07:05")).rc == 0
    assert pat("skip", "baclofen", "--at", at("12:00")).rc == 0
    r = pat("take", "baclofen", "--at", at("13:05"))
    assert r.rc == 1 and "slot-already-answered" in r.out, r
    r = pat("take", "baclofen", "--at", at("13:05"), "--force")
    assert r.rc == 0 and "--force over slot-already-answered" in r.out, r
    assert states(pat, at("13:30"))["13:00"] == "taken"
    rows = pat("export", "--format", "csv").out
    assert "skipped" in rows and "taken" in rows


# ------------------------------------------------------------------ status


def test_status_still_exits_1_when_a_dose_is_missed(pat) -> None:  # type: ignore[no-untyped-def]
    # yesterday evening's dose taken: no missed streak of baclofen stands this morning
    assert pat("take", "baclofen", "--at", at("19:00", day=2)).rc == 0
    assert pat("status", "--at", at("06:00")).rc == 0
    assert pat("status", "--at", at("08:30")).rc == 1


def test_missed_advice_names_the_actual_next_dose(pat) -> None:  # type: ignore[no-untyped-def]
    for hhmm in ("07:01", "13:01"):
        assert pat("take", "baclofen", "--at", at(hhmm)).rc == 0
    r = pat("status", "--at", at("20:30"), "--json")
    (f,) = [f for f in r.json()["findings"] if f["code"] == "missed-dose"]
    assert "your next dose is tomorrow at 07:00" in f["message"], f
    r = pat("status", "--at", at("20:30"))
    assert "next tomorrow at 07:00" in r.out, r


# ------------------------------------------------------------------ spring-forward days

DST = [
    ("America/New_York", '"02:00", "03:00", "14:00"', "2027-03-14", "03:00", "-04:00", "03:30"),
    ("Australia/Lord_Howe", '"02:00", "02:30", "14:00"', "2027-10-03", "02:30", "+11:00", "02:45"),
    ("America/Santiago", '"00:00", "01:00", "12:00"', "2027-09-05", "01:00", "-03:00", "01:30"),
]


@pytest.mark.parametrize(("tz", "times", "day", "moved", "offset", "second"), DST)
def test_spring_forward_day_on_the_command_line(
    cli, write, tz: str, times: str, day: str, moved: str, offset: str, second: str
) -> None:  # type: ignore[no-untyped-def]
    text = PLAN.replace("Europe/London", tz).replace('"07:00", "13:00", "19:00"', times)
    r = cli("check", write(text), "--json")
    assert r.rc == 1 and ("dst-gap-collision", day) in [
        (f["code"], f.get("date")) for f in r.json()["findings"]
    ], r
    assert cli("import", write(text)).rc == 0
    instant = f"{day}T{moved}:00{offset}"
    r = cli("status", "--at", instant, "--json")
    at_moved = [d for d in r.json()["doses"] if d["at"] == instant]
    assert sorted(d["state"] for d in at_moved) == ["due", "upcoming"], r.out
    (waiting,) = [d for d in at_moved if d["state"] == "upcoming"]
    assert waiting["due_at"] == f"{day}T{second}:00{offset}"
    assert cli("take", "baclofen", "--at", instant).rc == 0
    r = cli("take", "baclofen", "--at", f"{day}T{moved}:30{offset}")  # 30 s later
    assert r.rc == 1 and "doubled-dose" in r.out, r
    assert cli("take", "baclofen", "--at", f"{day}T{second}:00{offset}").rc == 0
