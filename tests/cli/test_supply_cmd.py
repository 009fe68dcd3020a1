"""`medplanner supply --weeks N` (issue 22 item 3)."""

from __future__ import annotations

from medplanner.core.resources import DEMO_PLAN

NOW = "2027-01-04T06:00:00+00:00"


def test_supply_of_the_demo_plan(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", DEMO_PLAN).rc == 0
    r = cli("supply", "--weeks", "1", "--json", now=NOW)
    assert r.rc == 0, r
    data = r.json()
    assert data["from"] == "2027-01-04" and data["weeks"] == 1
    gaba = data["medications"][0]
    # 300 mg doses from 2027-01-04 to 01-10: 1 + 2 + 3 × 5 = 18 capsules
    assert gaba["ask_for"] == [{"strength": "300 mg", "form": "capsule", "units": 18}]
    human = cli("supply", "--weeks", "1", now=NOW)
    assert human.rc == 0 and "gabapentin: ask for 18 × 300 mg capsule" in human.out


def test_bad_weeks_is_invalid_input(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", DEMO_PLAN).rc == 0
    for weeks in ("0", "x", "999"):
        r = cli("supply", "--weeks", weeks, now=NOW)
        assert r.rc == 2 and r.err.count("\n") == 1 and "Traceback" not in r.err
