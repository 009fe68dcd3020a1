"""`medplanner stock` and the stock lines of `status` (contract §2; issue 10).

Time is given with --at, as in the other dose-log tests. London in January is UTC+0.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from medplanner.service import Service
from medplanner.service.changes import Changes

PLAN = """format = "medplanner-plan/1"
[person]
name = "Sam"
timezone = "Europe/London"
crcl_ml_min = 90

[[medications]]
name = "baclofen"
strength = "10 mg"
form = "scored-tablet"
start = 2027-01-04
  [[medications.steps]]
  from = 2027-01-04
  dose = "5 mg"
  times = ["08:00", "14:00", "20:00"]
  [[medications.steps]]
  from = 2027-01-07
  dose = "10 mg"
  times = ["08:00", "14:00", "20:00"]
  [[medications.steps]]
  from = 2027-01-10
  dose = "15 mg"
  times = ["08:00", "14:00", "20:00"]
  [[medications.steps]]
  from = 2027-01-13
  dose = "20 mg"
  times = ["08:00", "14:00", "20:00"]

[[medications]]
name = "metformin"
strength = "500 mg"
start = 2027-01-04
dose = "500 mg"
times = ["08:00", "20:00"]

[[medications]]
name = "paracetamol"
as_needed = true
dose = "500 mg"
"""


def at(day: int, hhmm: str) -> str:
    return f"2027-01-{day:02d}T{hhmm}:00+00:00"


def flat(text: str) -> str:
    return " ".join(text.split())


def stock_of(result, medication: str) -> dict:  # type: ignore[no-untyped-def]
    (entry,) = [s for s in result.json()["stock"] if s["medication"] == medication]
    return entry  # type: ignore[no-any-return]


@pytest.fixture
def sam(cli, write):  # type: ignore[no-untyped-def]
    r = cli("import", write(PLAN))
    assert r.rc == 0, r
    return cli


def test_stock_set_prints_units_and_the_run_out_along_the_plan(sam) -> None:  # type: ignore[no-untyped-def]
    r = sam("stock", "baclofen", "--set", "60", "--at", at(4, "07:00"))
    assert r.rc == 0, r
    out = flat(r.out)
    assert "Recorded: 60 on hand" in out
    assert "baclofen: 60 scored tablets of 10 mg on hand" in out
    # the hand calculation of tests/core/test_stock.py: Mon 18 Jan 2027 14:00
    assert "runs out Mon 18 Jan 2027 at 14:00" in out
    r = sam("stock", "Baclofen", "--at", at(4, "07:30"))
    assert r.rc == 0 and "runs out Mon 18 Jan 2027 at 14:00" in flat(r.out)


def test_a_refill_moves_the_run_out(sam) -> None:  # type: ignore[no-untyped-def]
    sam("stock", "baclofen", "--set", "60", "--at", at(4, "07:00"))
    r = sam("stock", "baclofen", "--add", "30", "--at", at(4, "07:30"), "--reason", "pharmacy")
    assert r.rc == 0 and "90 scored tablets" in flat(r.out)
    assert "runs out Sat 23 Jan 2027 at 14:00" in flat(r.out)


def test_taper_danger_then_forced_extra_dose_moves_it(sam) -> None:  # type: ignore[no-untyped-def]
    """13 tablets counted 13 Jan 07:00 (20 mg = 2 tablets, three times a day).

    08:00 taken: 11 left; 14:00, 20:00 and 14 Jan's three doses take 10; 1 is left for the
    08:00 dose on 15 Jan: it runs out then. A forced extra 20 mg at 08:30 takes 2 more: 14
    Jan 20:00 is the first dose not covered. Baclofen needs a taper: a danger, well within
    the 7-day lead time, in `status --json` with exit status 1.
    """
    assert sam("stock", "baclofen", "--set", "13", "--at", at(13, "07:00")).rc == 0
    assert sam("take", "baclofen", "--at", at(13, "08:00")).rc == 0
    r = sam("status", "--json", "--at", at(13, "09:00"))
    assert r.rc == 1, r
    entry = stock_of(r, "baclofen")
    assert entry == {
        "medication": "baclofen",
        "units": 11,
        "runs_out": "2027-01-15T08:00:00+00:00",
        "severity": "danger",
        "strength": "10 mg",
    }
    (finding,) = [f for f in r.json()["findings"] if f["code"] == "stock-runs-out-abrupt-stop"]
    assert finding["severity"] == "danger" and finding["date"] == "2027-01-15"
    assert "hallucinations" in finding["message"] and finding["source"]

    refused = sam("take", "baclofen", "--at", at(13, "08:30"))
    assert refused.rc == 1 and "doubled-dose" in refused.out
    assert stock_of(sam("status", "--json", "--at", at(13, "09:00")), "baclofen")["units"] == 11
    forced = sam("take", "baclofen", "--at", at(13, "08:30"), "--force")
    assert forced.rc == 0, forced
    entry = stock_of(sam("status", "--json", "--at", at(13, "09:00")), "baclofen")
    assert entry["units"] == 9 and entry["runs_out"] == "2027-01-14T20:00:00+00:00"


def test_refill_warning_in_status_and_the_refill_clears_it(sam) -> None:  # type: ignore[no-untyped-def]
    """Metformin is not a taper drug: 10 tablets at two a day run out on the 9th 08:00, in
    5 days: a warning (stock-low). 30 more make it 20 days: no finding."""
    assert sam("stock", "metformin", "--set", "10", "--at", at(4, "07:00")).rc == 0
    r = sam("status", "--json", "--at", at(4, "07:00"))
    assert r.rc == 1, r
    assert stock_of(r, "metformin") == {
        "medication": "metformin",
        "units": 10,
        "runs_out": "2027-01-09T08:00:00+00:00",
        "severity": "warning",
        "strength": "500 mg",
    }
    codes = [(f["code"], f["severity"]) for f in r.json()["findings"]]
    assert ("stock-low", "warning") in codes
    human = sam("status", "--at", at(4, "07:00"))
    assert "Stock: metformin 10 tablets of 500 mg — runs out Sat 9 Jan 2027 at 08:00" in human.out
    assert "⚠ Warning" in human.out and "stock-low" in human.out

    assert sam("stock", "metformin", "--add", "30", "--at", at(4, "07:05")).rc == 0
    r = sam("status", "--json", "--at", at(4, "07:10"))
    assert r.rc == 0, r
    entry = stock_of(r, "metformin")
    assert entry["severity"] is None and entry["runs_out"] == "2027-01-24T08:00:00+00:00"


def test_status_without_stock_has_an_empty_list(sam) -> None:  # type: ignore[no-untyped-def]
    r = sam("status", "--json", "--at", at(4, "07:00"))
    assert r.json()["stock"] == [] and r.rc == 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("baclofen", "--set", "-1"), "less than 0"),
        (("baclofen", "--add", "-3"), "less than 0"),
        (("baclofen", "--set", "ten"), "not a number"),
        (("baclofen", "--set", "1e3x"), "not a number"),
        (("baclofen", "--set", "nan"), "not a number"),
        (("baclofen", "--add", "0"), "more than 0"),
        (("baclofen", "--set", "1", "--add", "2"), "not allowed with"),
        (("aspirin", "--set", "3"), '"aspirin" is not in Sam\'s plan'),
        (("paracetamol", "--set", "3"), "no strength"),
        (("paracetamol",), "no strength"),
    ],
)
def test_invalid_input_exits_2_and_changes_nothing(sam, args, words) -> None:  # type: ignore[no-untyped-def]
    r = sam("stock", *args)
    assert r.rc == 2, r
    assert words in r.err and "Traceback" not in r.err and r.out == ""
    assert sam("status", "--json", "--at", at(4, "07:00")).json()["stock"] == []


def test_not_counted_yet_says_how_to_start(sam) -> None:  # type: ignore[no-untyped-def]
    r = sam("stock", "baclofen", "--at", at(4, "07:00"))
    assert r.rc == 0 and "not counted yet" in r.out and "--set N" in r.out


def test_service_correction_and_retraction_fix_the_stock(sam) -> None:  # type: ignore[no-untyped-def]
    """A dropped tablet (a correction with its reason) and a retracted Take (its tablet is
    back: stock is counted from the log, not decremented)."""
    now = datetime.fromisoformat(at(13, "09:00"))
    with Service.open() as svc:
        svc.set_stock("Sam", "baclofen", 13, at=datetime.fromisoformat(at(13, "07:00")))
        outcome = svc.take("Sam", "baclofen", datetime.fromisoformat(at(13, "08:00")))
        assert outcome.event is not None
        report = svc.stock("Sam", "baclofen", now)
        assert report is not None and report.units == 11
        with pytest.raises(Exception, match="reason"):
            svc.correct_stock("Sam", "baclofen", -1, at=now, reason=" ")
        done = svc.correct_stock("Sam", "baclofen", -1, at=now, reason="dropped one")
        assert done.value.units == 10 and done.changes == Changes("Sam", stock=True)
        history = svc.stock_history("Sam", "BACLOFEN")
        assert [(c.kind, c.units, c.reason) for c in history] == [
            ("set", Decimal(13), None),
            ("add", Decimal(-1), "dropped one"),
        ]
        svc.record_retraction("Sam", outcome.event, reason="tapped by mistake")
        report = svc.stock("Sam", "baclofen", now)
        assert report is not None and report.units == 12


def test_lead_time_is_a_setting(sam) -> None:  # type: ignore[no-untyped-def]
    sam("stock", "metformin", "--set", "10", "--at", at(4, "07:00"))
    with Service.open() as svc:
        svc.set_refill_lead_days("sam", 3)
        assert svc.refill_settings("Sam").lead_days == 3
        with pytest.raises(Exception, match="outside"):
            svc.set_refill_lead_days("Sam", 400)
    r = sam("status", "--json", "--at", at(4, "07:00"))
    assert stock_of(r, "metformin")["severity"] is None and r.rc == 0
    with Service.open() as svc:
        due = svc.next_refill_reminder("Sam", datetime.fromisoformat(at(4, "07:00")))
        assert due is not None and due.at == datetime.fromisoformat(at(6, "10:00"))
