"""The plan in force (contract §4): replacing a plan never rewrites the past; covered,
before-tracking and extra states in ``status --json``; adherence and the report agree."""

from __future__ import annotations

from datetime import date, datetime

from medplanner.core.adherence import adherence
from medplanner.service import Service

V1 = """
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
V2 = V1.replace('["07:00", "13:00", "19:00"]', '["08:00", "14:00", "20:00"]')


def at(hhmm: str, day: int = 3) -> str:
    return f"2027-02-{day:02d}T{hhmm}:00+00:00"


def doses(cli, now: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    r = cli("status", "--at", now, "--json")
    assert r.rc in (0, 1), r
    return [(d["at"][11:16], d["state"]) for d in r.json()["doses"]]


def test_a_new_version_keeps_the_past_and_covers_a_dose_just_taken(cli, write) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(V1)).rc == 0
    assert cli("take", "baclofen", "--at", at("07:05")).rc == 0
    assert cli("import", write(V2, "v2.toml"), now=at("07:30")).rc == 0
    # 07:00 from the old version stays taken; the new 08:00 falls 55 min after that take
    assert doses(cli, at("09:30")) == [
        ("07:00", "taken"),
        ("08:00", "covered"),
        ("14:00", "upcoming"),
        ("20:00", "upcoming"),
    ]
    assert cli("status", "--at", at("09:30")).rc == 0  # covered is not missed
    # the next day runs on the new version only
    assert [t for t, _ in doses(cli, at("06:00", day=4))] == ["08:00", "14:00", "20:00"]


def test_replacing_a_plan_later_in_the_day_does_not_rewrite_the_morning(cli, write) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(V1)).rc == 0
    assert cli("import", write(V2, "v2.toml"), now=at("10:00")).rc == 0
    # 07:00 was missed under the old plan; 08:00 of the new plan never applied
    assert doses(cli, at("15:30")) == [
        ("07:00", "missed"),
        ("14:00", "missed"),
        ("20:00", "upcoming"),
    ]


def test_slots_before_the_first_version_are_before_tracking(cli, write) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(V1), now=at("10:00")).rc == 0
    assert doses(cli, at("12:00")) == [
        ("07:00", "before-tracking"),
        ("13:00", "upcoming"),
        ("19:00", "upcoming"),
    ]
    r = cli("status", "--at", at("12:00"))
    assert r.rc == 0 and "missed" not in r.out, r


def test_a_forced_take_outside_every_slot_is_extra(cli, write) -> None:  # type: ignore[no-untyped-def]
    plan = V1.replace('times = ["07:00", "13:00", "19:00"]', 'times = ["08:00"]\nevery_n_days = 2')
    assert cli("import", write(plan)).rc == 0
    assert cli("take", "baclofen", "--at", at("09:00", day=2), "--force").rc == 0  # an off day
    r = cli("status", "--at", at("12:00", day=2), "--json")
    assert [(d["at"][11:16], d["state"]) for d in r.json()["doses"]] == [("09:00", "extra")]


def test_adherence_uses_the_plan_in_force(cli, write, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write(V1), now=at("10:00")).rc == 0
    assert cli("take", "baclofen", "--at", at("13:02")).rc == 0
    with Service.open() as svc:
        plan = svc.current("Pat").plan
        events = svc.history(
            "Pat", datetime.fromisoformat(at("00:00")), datetime.fromisoformat(at("23:59"))
        )
        now = datetime.fromisoformat(at("23:00"))
        (row,) = adherence(
            plan, events, date(2027, 2, 3), date(2027, 2, 3), now, svc.kb, svc.versions("Pat")
        )
    assert (row.taken, row.missed) == (1, 1)  # 07:00 before tracking is not counted missed
