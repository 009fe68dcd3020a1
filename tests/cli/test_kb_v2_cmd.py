"""Issue 17 at the command line: products in `check` and `schedule --json`, exit statuses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

HEAD = 'format = "medplanner-plan/1"\n[person]\nname = "A"\ntimezone = "UTC"\ncrcl_ml_min = 90\n'

PERCOCET = HEAD + (
    '[[medications]]\nname = "Percocet"\nstart = 2027-01-04\ndose = "2 tablets"\n'
    'times = ["08:00", "20:00"]\n'
)


def test_schedule_json_lists_a_combinations_ingredients(
    cli: Cli, write: Callable[..., Path]
) -> None:
    r = cli("schedule", write(PERCOCET), "--from", "2027-01-04", "--days", 1, "--json")
    assert r.rc == 0, r
    (first, _) = r.json()["doses"]
    assert first["dose"] == "2 tablets" and first["amount_mg"] == 10.0
    assert first["ingredients"] == [
        {"name": "oxycodone", "amount_mg": 10.0},
        {"name": "acetaminophen", "amount_mg": 650.0},
    ]


def test_schedule_json_of_a_plain_drug_has_no_ingredients(
    cli: Cli, write: Callable[..., Path]
) -> None:
    plan = HEAD + '[[medications]]\nname = "gabapentin"\nstart = 2027-01-04\ndose = "300 mg"\n'
    plan += 'times = ["21:00"]\n'
    r = cli("schedule", write(plan), "--from", "2027-01-04", "--days", 1, "--json")
    assert r.rc == 0 and "ingredients" not in r.json()["doses"][0]


@pytest.mark.parametrize(
    ("extra", "rc"),
    [
        ("", 0),  # Percocet alone: information only
        ('[[medications]]\nname = "gabapentin"\nstart = 2027-01-04\ndose = "300 mg"\n'
         'times = ["14:00"]\n', 1),  # + gabapentin: cns-depressant-combination
        ('[[medications]]\nname = "Norco"\nstart = 2027-01-04\ndose = "1 tablett"\n'
         'times = ["14:00"]\n', 2),  # invalid dose
    ],
)  # fmt: skip
def test_check_exit_statuses(cli: Cli, write: Callable[..., Path], extra: str, rc: int) -> None:
    r = cli("check", write(PERCOCET + extra), "--json")
    assert r.rc == rc, r
    if rc == 2:
        assert "Traceback" not in r.err and r.err.count("\n") == 1
        return
    codes = {f["code"] for f in r.json()["findings"]}
    assert "combination-product" in codes
    assert ("cns-depressant-combination" in codes) == (rc == 1)


def test_check_judges_kidney_data_at_medplanner_now(cli: Cli, write: Callable[..., Path]) -> None:
    plan = (
        HEAD
        + "kidney_measured = 2026-01-04\n"
        + (
            '[[medications]]\nname = "gabapentin"\nstart = 2027-01-04\ndose = "300 mg"\n'
            'times = ["21:00"]\n'
        )
    )
    p = write(plan)
    r = cli("check", p, "--json", now="2027-01-04T10:00:00+00:00")
    assert r.rc == 0 and "kidney-data-stale" not in r.out
    r = cli("check", p, "--json", now="2027-02-01T10:00:00+00:00")
    assert r.rc == 1
    (f,) = [f for f in r.json()["findings"] if f["code"] == "kidney-data-stale"]
    assert f["severity"] == "warning" and f["date"] == "2027-01-04"
