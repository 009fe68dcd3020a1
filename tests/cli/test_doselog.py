"""`import`, `take`, `skip`, `status`, `export`: the dose log from the command line (contract §2).

Time is given with --at (contract: it exists so scripts and tests can say "now").
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from medplanner.core.resources import DEMO_PLAN

GABA_TID = """format = "medplanner-plan/1"
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
name = "oxycodone"
as_needed = true
dose = "5 mg"
max_per_day = 2
min_interval_hours = 4
"""


def flat(text: str) -> str:
    """Terminal output is wrapped; compare words, not line breaks."""
    return " ".join(text.split())


def at(hhmm: str, day: int = 5) -> str:
    return f"2027-01-{day:02d}T{hhmm}:00+01:00"  # Berlin in January


@pytest.fixture
def sam(cli, write):  # type: ignore[no-untyped-def]
    r = cli("import", write(GABA_TID))
    assert r.rc == 0, r
    return cli


def test_import_prints_findings_and_stores_a_version(cli, write) -> None:  # type: ignore[no-untyped-def]
    r = cli("import", DEMO_PLAN)
    assert r.rc == 0 and "Stored a new person Robin (plan version 1)" in r.out
    assert "ⓘ Info [advice-driving]" in r.out
    again = cli("import", DEMO_PLAN)
    assert "already stored as it is (version 1)" in again.out
    assert cli("export").out == DEMO_PLAN.read_text(encoding="utf-8").rstrip("\n") + "\n"


def test_invalid_import_stores_nothing(cli, write) -> None:  # type: ignore[no-untyped-def]
    bad = write(GABA_TID.replace('"300 mg"', '"3OO mg"'))
    r = cli("import", bad)
    assert r.rc == 2 and "medications[0].dose" in r.err
    r = cli("status", "--at", at("09:00"))
    assert r.rc == 2 and "no plan is stored yet" in r.err


def test_doubled_dose_refused_then_forced_and_flagged(sam) -> None:  # type: ignore[no-untyped-def]
    assert sam("take", "gabapentin", "--at", at("08:05")).rc == 0
    r = sam("take", "gabapentin", "--at", at("08:30"))
    assert r.rc == 1 and "doubled-dose" in r.out and "Not recorded" in r.out
    rows = list(csv.DictReader(io.StringIO(sam("export", "--format", "csv").out)))
    assert [(x["event"], x["at"]) for x in rows] == [("taken", "2027-01-05T08:05:00+01:00")]
    f = sam("take", "gabapentin", "--at", at("08:30"), "--force")
    assert f.rc == 0 and "flagged" in f.out
    rows = list(csv.DictReader(io.StringIO(sam("export", "--format", "csv").out)))
    assert [(x["at"], x["flagged"], x["confirmed"]) for x in rows] == [
        ("2027-01-05T08:05:00+01:00", "no", "no"),
        ("2027-01-05T08:30:00+01:00", "yes", "yes"),
    ]
    assert rows[1]["scheduled_time"] == "08:00"


def test_as_needed_limits(sam) -> None:  # type: ignore[no-untyped-def]
    assert sam("take", "oxycodone", "--at", at("06:00")).rc == 0
    r = sam("take", "oxycodone", "--at", at("09:00"))
    assert r.rc == 1 and "doubled-dose" in r.out and "wait at least 4 hours" in flat(r.out)
    assert sam("take", "oxycodone", "--at", at("10:00")).rc == 0
    r = sam("take", "oxycodone", "--at", at("20:00"))
    assert r.rc == 1 and "2 times today" in flat(r.out)
    st = sam("status", "--at", at("20:00"), "--json").json()
    assert st["as_needed"] == [
        {
            "medication": "oxycodone",
            "dose": "5 mg",
            "taken_today": 2,
            "max_per_day": 2,
            "last_taken": "2027-01-05T10:00:00+01:00",
            "can_take_now": False,
        }
    ]


def test_missed_dose_advice(sam) -> None:  # type: ignore[no-untyped-def]
    assert sam("take", "gabapentin", "--at", at("08:05")).rc == 0

    def state_of(now: str, wall: str) -> tuple[str, str | None]:
        r = sam("status", "--at", now, "--json")
        (d,) = [d for d in r.json()["doses"] if d["at"].startswith(f"2027-01-05T{wall}")]
        return d["state"], d["advice"]

    assert state_of(at("14:30"), "14:00") == ("due", None)
    assert state_of(at("16:00"), "14:00") == ("missed", "take-now")
    assert state_of(at("19:30"), "14:00") == ("missed", "skip-and-wait")  # next at 21:00
    r = sam("status", "--at", at("19:30"))
    assert r.rc == 1 and "✗ 14:00" in r.out and "leave it out" in flat(r.out)


def test_status_exit_0_only_when_all_is_well(cli, sam) -> None:  # type: ignore[no-untyped-def]
    # Sam's plan has gabapentin with oxycodone: a standing danger, so status says so.
    r = sam("status", "--at", at("07:00"), "--json")
    assert r.rc == 1 and {d["state"] for d in r.json()["doses"]} == {"upcoming"}
    assert [f["code"] for f in r.json()["findings"]] == ["cns-depressant-combination"]
    # tracked from the evening before: earlier days' doses are before tracking, not a
    # missed streak of baclofen (missed-streak-restart, a warning)
    cli("import", DEMO_PLAN, now="2027-01-05T23:00:00+00:00")
    r = cli("status", "--person", "Robin", "--at", "2027-01-06T06:00:00+00:00", "--json")
    assert r.rc == 0 and r.json()["findings"] == [], r


def test_skip_answers_the_missed_dose(sam) -> None:  # type: ignore[no-untyped-def]
    sam("take", "gabapentin", "--at", at("08:05"))
    r = sam("skip", "gabapentin", "--at", at("19:30"), "--reason", "felt dizzy")
    assert r.rc == 0 and "the 14:00 dose of gabapentin" in r.out
    st = sam("status", "--at", at("19:30"), "--json").json()
    assert [d["state"] for d in st["doses"]] == ["taken", "skipped", "upcoming"]
    assert "felt dizzy" in sam("export", "--format", "csv").out


def test_brand_names_find_the_entry(sam) -> None:  # type: ignore[no-untyped-def]
    assert sam("take", "Neurontin", "--at", at("08:02")).rc == 0
    assert sam("take", "aspirin", "--at", at("08:02")).rc == 2


def test_several_persons_need_a_name(sam, write) -> None:  # type: ignore[no-untyped-def]
    sam("import", write(GABA_TID.replace('name = "Sam"', 'name = "Kim"'), "kim.toml"))
    r = sam("status", "--at", at("07:00"))
    assert r.rc == 2 and '"Kim"' in r.err and "--person" in r.err
    r = sam("status", "--at", at("07:00"), "--person", "kim")
    assert r.rc == 1 and r.out.startswith("Kim — Tue 5 Jan 2027, 07:00")  # oxycodone danger
    assert sam("take", "gabapentin", "--person", "Nobody", "--at", at("08:00")).rc == 2


def test_at_needs_an_offset(sam) -> None:  # type: ignore[no-untyped-def]
    r = sam("take", "gabapentin", "--at", "2027-01-05T08:05")
    assert r.rc == 2 and "UTC offset" in r.err


def test_export_to_file_is_private(sam, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.toml"
    assert sam("export", "-o", out).rc == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert 'name = "Sam"' in out.read_text(encoding="utf-8")


def test_json_is_one_object(sam) -> None:  # type: ignore[no-untyped-def]
    r = sam("status", "--at", at("16:00"), "--json")
    obj = json.loads(r.out)
    assert set(obj) >= {"at", "doses", "findings"}
    codes = [f["code"] for f in obj["findings"]]
    assert codes == ["cns-depressant-combination", "missed-dose", "missed-dose"]  # 08:00, 14:00
