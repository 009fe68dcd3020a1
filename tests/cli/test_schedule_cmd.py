"""`medplanner schedule` and `--version`: contract §2."""

from __future__ import annotations

from datetime import datetime

from medplanner import __version__
from medplanner.core.resources import DEMO_PLAN


# The demo plan's first week, by hand from resources/demo-plan.toml (Europe/London, GMT in Jan):
# gabapentin 300 mg at 21:00 on day 1, 09:00+21:00 on day 2, 09:00+15:00+21:00 from day 3;
# baclofen 5 mg at 07:00/12:00/18:00 for 3 days, then 10 mg from 7 Jan.
def expected_demo_week() -> list[tuple[str, str, str]]:
    rows = []
    for day in range(4, 11):
        d = f"2027-01-{day:02d}"
        bac = "5 mg" if day < 7 else "10 mg" if day < 10 else "15 mg"
        gaba = {4: ["21:00"], 5: ["09:00", "21:00"]}.get(day, ["09:00", "15:00", "21:00"])
        times = [(t, "baclofen", bac) for t in ("07:00", "12:00", "18:00")]
        times += [(t, "gabapentin", "300 mg") for t in gaba]
        rows += [(f"{d}T{t}:00+00:00", med, dose) for t, med, dose in sorted(times)]
    return rows


def test_demo_week_json_dose_by_dose(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("schedule", DEMO_PLAN, "--from", "2027-01-04", "--days", 7, "--json")
    assert r.rc == 0, r
    doses = r.json()["doses"]
    assert [(d["at"], d["medication"], d["dose"]) for d in doses] == expected_demo_week()
    for d in doses:
        assert d["utc"] == d["at"].replace("+00:00", "Z")
        assert d["amount_mg"] == float(d["dose"].split()[0])


def test_summer_offsets_and_sorting(cli, write) -> None:  # type: ignore[no-untyped-def]
    p = write(
        'format = "medplanner-plan/1"\n[person]\nname = "A"\ntimezone = "Europe/Berlin"\n'
        '[[medications]]\nname = "b"\nstart = 2027-07-01\ndose = "0.5 g"\ntimes = ["21:00", "08:00"]\n'
        '[[medications]]\nname = "a"\nstart = 2027-07-01\ndose = "250 mcg"\ntimes = ["08:00"]\n'
    )
    r = cli("schedule", p, "--from", "2027-07-01", "--days", 1, "--json")
    doses = r.json()["doses"]
    assert [(d["medication"], d["at"], d["utc"], d["amount_mg"]) for d in doses] == [
        ("b", "2027-07-01T08:00:00+02:00", "2027-07-01T06:00:00Z", 500.0),
        ("a", "2027-07-01T08:00:00+02:00", "2027-07-01T06:00:00Z", 0.25),
        ("b", "2027-07-01T21:00:00+02:00", "2027-07-01T19:00:00Z", 500.0),
    ]
    utcs = [datetime.fromisoformat(d["utc"].replace("Z", "+00:00")) for d in doses]
    assert utcs == sorted(utcs)


def test_human_output_groups_by_day_and_marks_clock_changes(cli, write) -> None:  # type: ignore[no-untyped-def]
    p = write(
        'format = "medplanner-plan/1"\n[person]\nname = "Ann"\ntimezone = "America/New_York"\n'
        '[[medications]]\nname = "baclofen"\nstart = 2027-03-01\ndose = "5 mg"\ntimes = ["02:30"]\n'
    )
    r = cli("schedule", p, "--from", "2027-03-13", "--days", 2)
    assert r.rc == 0
    assert "Sat 13 Mar 2027\n  02:30  baclofen 5 mg" in r.out
    assert "Sun 14 Mar 2027\n  03:30  baclofen 5 mg   (clock change: 02:30 does not exist" in r.out


def test_version(cli_process) -> None:  # type: ignore[no-untyped-def]
    r = cli_process("--version")
    assert r.rc == 0 and r.out.strip() == f"medplanner {__version__}"


def test_bad_arguments_exit_2_with_one_line(cli_process) -> None:  # type: ignore[no-untyped-def]
    for args in (
        ["schedule", DEMO_PLAN, "--from", "2027-02-30", "--days", "1"],
        ["schedule", DEMO_PLAN, "--from", "2027-01-01", "--days", "-3"],
        ["schedule", DEMO_PLAN, "--from", "2027-01-01"],
        ["frobnicate"],
    ):
        r = cli_process(*args)
        assert r.rc == 2 and "Traceback" not in r.err, r
        assert len(r.err.strip().splitlines()) == 1, r
