"""``medplanner settings refill``: the refill settings read and set from the command line
(issue 19, item 5)."""

from __future__ import annotations

from tests.cli.test_stock_cmd import at, sam, stock_of  # noqa: F401  (sam: a fixture)


def test_shows_the_defaults_then_saves_both_and_they_take_effect(sam) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    r = sam("settings", "refill")
    assert r.rc == 0, r
    assert "lead time: 7 days" in r.out and "reminder time: 10:00 (automatic)" in r.out
    sam("stock", "metformin", "--set", "10", "--at", at(4, "07:00"))  # five days' worth
    assert stock_of(sam("status", "--json", "--at", at(4, "07:00")), "metformin")["severity"]
    r = sam("settings", "refill", "--person", "sam", "--lead-days", "3", "--time", "09:30")
    assert r.rc == 0, r
    assert r.out.startswith("Saved the refill settings for Sam.")
    assert "lead time: 3 days" in r.out and "reminder time: 09:30\n" in r.out
    assert (
        stock_of(sam("status", "--json", "--at", at(4, "07:00")), "metformin")["severity"] is None
    )
    r = sam("settings", "refill", "--json")
    assert r.json() == {
        "person": "Sam",
        "lead_days": 3,
        "reminder_time": "09:30",
        "reminder_time_automatic": False,
    }
    r = sam("settings", "refill", "--time", "auto", "--json")
    assert r.json()["reminder_time_automatic"] is True and r.json()["reminder_time"] == "10:00"


def test_bad_values_are_refused_and_nothing_is_saved(sam) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    r = sam("settings", "refill", "--lead-days", "3", "--time", "25:00")
    assert r.rc == 2 and "25:00" in r.err and "Traceback" not in r.err
    r = sam("settings", "refill", "--lead-days", "91")
    assert r.rc == 2 and "outside 0–90" in r.err
    assert sam("settings", "refill", "--json").json()["lead_days"] == 7
    r = sam("settings")
    assert r.rc == 2 and "GROUP" in r.err
