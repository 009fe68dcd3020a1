"""`take --all-due` (issue 22 item 1): every due dose through the one take flow; the refused
ones listed with their findings, none of them recorded; `--force` records those too."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from medplanner.service import Service

from .conftest import EARLY

PLAN = """format = "medplanner-plan/1"
[person]
name = "Sam"
timezone = "Europe/Berlin"
crcl_ml_min = 90
[[medications]]
name = "gabapentin"
start = 2027-01-01
continuing = true
dose = "300 mg"
times = ["08:00", "14:00", "21:00"]
[[medications]]
name = "baclofen"
start = 2027-01-01
continuing = true
dose = "10 mg"
times = ["08:00", "14:00", "20:00"]
[[medications]]
name = "pregabalin"
start = 2027-01-01
continuing = true
dose = "75 mg"
times = ["06:00", "18:00"]
"""


def at(hhmm: str, day: int = 5) -> str:
    return f"2027-01-{day:02d}T{hhmm}:00+01:00"


def taken(cli) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    rows = csv.DictReader(io.StringIO(cli("export", "--format", "csv").out))
    return [(r["medication"], r["at"][11:16], r["flagged"]) for r in rows if r["event"] == "taken"]


def answer_day_4(cli) -> None:  # type: ignore[no-untyped-def]
    """Everything of the day before taken, so no missed streak stands."""
    for med, times in (
        ("gabapentin", ("08:00", "14:00", "21:00")),
        ("baclofen", ("08:00", "14:00", "20:00")),
        ("pregabalin", ("06:00", "18:00")),
    ):
        for hhmm in times:
            assert cli("take", med, "--at", at(hhmm, day=4)).rc == 0


def test_all_due_recorded_missed_take_now_too(cli, write) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(PLAN)).rc == 0
    answer_day_4(cli)
    before = len(taken(cli))
    # 08:10: gabapentin and baclofen 08:00 due; pregabalin 06:00 missed, advised take now
    r = cli("take", "--all-due", "--at", at("08:10"))
    assert r.rc == 0, r
    assert "Recorded 3 of 3 due doses." in r.out
    assert [t[:2] for t in taken(cli)[before:]] == [  # in the order of their slots
        ("pregabalin", "08:10"),
        ("gabapentin", "08:10"),
        ("baclofen", "08:10"),
    ]
    again = cli("take", "--all-due", "--at", at("08:20"))
    assert again.rc == 0 and "No dose is due now" in again.out


def test_skip_and_wait_is_not_taken(cli, write) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(PLAN)).rc == 0
    answer_day_4(cli)
    for med in ("gabapentin", "baclofen"):
        for hhmm in ("08:00", "14:00"):
            assert cli("take", med, "--at", at(hhmm)).rc == 0
    # 17:00: pregabalin 06:00 missed but its 18:00 dose is close: leave it out
    r = cli("take", "--all-due", "--at", at("17:00"))
    assert r.rc == 0 and "No dose is due now" in r.out
    assert ("pregabalin", "17:00", "no") not in taken(cli)


def test_each_is_decided_again_when_recorded(tmp_path: Path) -> None:
    """The GUI's way: propose all, show, record. A dose taken meanwhile (another window,
    another process) refuses that one only, and confirming does not cover the new finding."""
    plan = tmp_path / "plan.toml"
    plan.write_text(PLAN, encoding="utf-8")
    moment = datetime.fromisoformat(at("08:10"))
    with Service.open(tmp_path / "home", clock=lambda: datetime.fromisoformat(EARLY)) as svc:
        svc.import_plan(plan)
        for med, times in (
            ("gabapentin", ("08:00", "14:00", "21:00")),
            ("baclofen", ("08:00", "14:00", "20:00")),
            ("pregabalin", ("06:00", "18:00")),
        ):
            for hhmm in times:
                assert svc.take("Sam", med, datetime.fromisoformat(at(hhmm, day=4))).recorded
        assert svc.take("Sam", "pregabalin", datetime.fromisoformat(at("06:00"))).recorded
        proposals = svc.propose_all_due("Sam", moment)
        assert [p.medication.name for p in proposals] == ["gabapentin", "baclofen"]
        assert all(not p.needs_confirmation for p in proposals)
        assert svc.take("Sam", "gabapentin", moment).recorded  # meanwhile, elsewhere
        outcomes = svc.record_all_due(proposals, confirm=True)
        assert [o.recorded for o in outcomes] == [False, True]
        assert outcomes[0].check.blocking == ("doubled-dose",)


def test_a_missed_streak_is_refused_unless_forced(cli, write) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(PLAN)).rc == 0
    # nothing taken on day 4: baclofen's three doses in a row missed
    r = cli("take", "--all-due", "--at", at("08:10"))
    assert r.rc == 1 and "missed-streak-restart" in r.out
    assert ("baclofen", "08:10", "no") not in taken(cli)
    assert ("gabapentin", "08:10", "no") in taken(cli)
    f = cli("take", "--all-due", "--force", "--at", at("08:12"))
    assert f.rc == 0 and "missed-streak-restart" in f.out
    assert ("baclofen", "08:12", "no") in [t for t in taken(cli)]


def test_bad_combinations_are_invalid_input(cli, write) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(PLAN)).rc == 0
    for words in (
        ("take", "--all-due", "gabapentin"),
        ("take", "--all-due", "--dose", "300mg"),
        ("take",),
    ):
        r = cli(*words, "--at", at("08:10"))
        assert r.rc == 2 and r.err.count("\n") == 1 and "Traceback" not in r.err, r


def test_a_replaced_versions_dose_the_plan_no_longer_has_is_left(cli, write) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(PLAN)).rc == 0
    answer_day_4(cli)
    # at 08:05 the plan is replaced by one without pregabalin and with gabapentin at 09:00
    v2 = PLAN.split('[[medications]]\nname = "pregabalin"', maxsplit=1)[0].replace(
        'times = ["08:00", "14:00", "21:00"]', 'times = ["09:00", "14:00", "21:00"]'
    )
    assert cli("import", write(v2, "v2.toml"), now=at("08:05")).rc == 0
    r = cli("take", "--all-due", "--at", at("08:10"))
    assert r.rc == 0, r
    # baclofen's 08:00 is in both versions; gabapentin's 08:00 and pregabalin's 06:00 are not
    assert "Recorded 1 of 1 due doses." in r.out and "baclofen" in r.out
