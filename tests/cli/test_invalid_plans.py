"""Malformed plan files: exit 2, one clear line per problem naming the key, never a traceback.

Both `check` and `schedule` read plans the same way; each file is tried with both.
"""

from __future__ import annotations

import os

import pytest

HEAD = 'format = "medplanner-plan/1"\n[person]\nname = "A"\ntimezone = "Europe/London"\n'
MED = '[[medications]]\nname = "baclofen"\nstart = 2027-01-01\n'

# (file content, text the message must contain)
MALFORMED: list[tuple[str | bytes, str]] = [
    ("", "is empty"),
    ("   \n\n", "is empty"),
    ("format = \n", "not valid TOML"),
    ('format = "medplanner-plan/1"\n[person\nname = "A"\n', "not valid TOML"),
    ('format = "medplanner-plan/1"\n[person]\nname = "A"\nname = "B"\n', "not valid TOML"),
    ('format = "medplanner-plan/2"\n[person]\nname = "A"\n', "format"),
    ('[person]\nname = "A"\n', "format: is missing"),
    ('format = "medplanner-plan/1"\n', "person: is missing"),
    ('format = "medplanner-plan/1"\nperson = "A"\n', "person: should be a table"),
    ('format = "medplanner-plan/1"\n[person]\ntimezone = "UTC"\n', "person.name: is missing"),
    ('format = "medplanner-plan/1"\n[person]\nname = 42\n', "person.name: should be text"),
    (
        'format = "medplanner-plan/1"\n[person]\nname = "A"\ntimezone = "Nowhere/City"\n',
        "person.timezone",
    ),
    (
        'format = "medplanner-plan/1"\n[person]\nname = "A"\ntimezone = "../../etc/passwd"\n',
        "person.timezone",
    ),
    (HEAD + "crcl_ml_min = -4\n", "person.crcl_ml_min"),
    (HEAD + 'crcl_ml_min = "high"\n', "person.crcl_ml_min: should be a number"),
    (
        HEAD + 'sex = "x"\nage_years = 50\nweight_kg = 70\nserum_creatinine_mg_dl = 1\n',
        "person.sex",
    ),
    (HEAD + 'bedtime = "22.30"\n', "person.bedtime"),
    (HEAD + "colour = 1\n", 'person.colour: unknown key "colour"'),
    (HEAD + MED + 'dose = "3OO mg"\ntimes = ["08:00"]\n', '"3OO mg" is not a dose like "300 mg"'),
    (HEAD + MED + 'dose = "-5 mg"\ntimes = ["08:00"]\n', "medications[0].dose"),
    (HEAD + MED + 'dose = "5 tablets"\ntimes = ["08:00"]\n', 'unknown unit "tablets"'),
    (
        HEAD + MED + 'dose = "5 mg"\ntimes = ["25:00"]\n',
        'medications[0].times[0]: "25:00" is not a time',
    ),
    (HEAD + MED + 'dose = "5 mg"\ntimes = "08:00"\n', "medications[0].times: should list"),
    (HEAD + MED + 'dose = "5 mg"\ntimes = [8]\n', "medications[0].times[0]: should be a time"),
    (
        HEAD
        + '[[medications]]\nname = "b"\nstart = "2027-01-01"\ndose = "5 mg"\ntimes = ["08:00"]\n',
        "medications[0].start: should be a date without quotes",
    ),
    (
        HEAD + '[[medications]]\nname = "b"\ndose = "5 mg"\ntimes = ["08:00"]\n',
        "medications[0].start: is missing",
    ),
    (
        HEAD
        + MED
        + '  [[medications.steps]]\n  from = 2027-01-03\n  dose = "5 mg"\n  times = ["08:00"]\n'
        '  [[medications.steps]]\n  from = 2027-01-02\n  dose = "10 mg"\n  times = ["08:00"]\n',
        "medications[0].steps[1].from",
    ),
    (
        HEAD
        + MED
        + '  [[medications.steps]]\n  from = 2026-12-01\n  dose = "5 mg"\n  times = ["08:00"]\n',
        "medications[0].steps[0].from: 2026-12-01 is before",
    ),
    (
        HEAD + MED + 'dose = "5 mg"\ntimes = ["08:00"]\nas_needed = "yes"\n',
        "medications[0].as_needed: should be true or false",
    ),
    (HEAD + MED + 'dose = "5 mg"\ntimes = ["08:00"]\nform = "liquid"\n', "medications[0].form"),
    (HEAD + "[medications]\nname = 1\n", "medications: should be [[medications]]"),
    (b"\x00\x01\x02\xff\xfe binary junk \x89PNG", "not a text file"),
    (bytes(range(256)) * 4, "not a text file"),
]


@pytest.mark.parametrize("command", ["check", "schedule"])
@pytest.mark.parametrize(
    ("content", "needle"), MALFORMED, ids=[str(i) for i in range(len(MALFORMED))]
)
def test_malformed_plan_exits_2_naming_the_problem(cli, write, command, content, needle) -> None:  # type: ignore[no-untyped-def]
    p = write(content)
    args = (
        ["check", p] if command == "check" else ["schedule", p, "--from", "2027-01-01", "--days", 1]
    )
    r = cli(*args)
    assert r.rc == 2, r
    assert r.out == "", r
    assert needle in r.err, r
    assert "Traceback" not in r.err
    assert all(line.startswith("medplanner: ") for line in r.err.splitlines())


def test_there_are_at_least_twenty_malformed_files() -> None:
    assert len(MALFORMED) >= 20


def test_ten_megabyte_file_is_refused_before_parsing(cli_process, write) -> None:  # type: ignore[no-untyped-def]
    p = write(HEAD + "# " + "x" * (10 * 1024 * 1024) + "\n")
    assert os.path.getsize(p) > 10_000_000
    r = cli_process("schedule", p, "--from", "2027-01-01", "--days", 1)
    assert r.rc == 2 and "larger than 1024 kB" in r.err and "Traceback" not in r.err, r


def test_missing_file_and_folder(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = cli("schedule", tmp_path / "nope.toml", "--from", "2027-01-01", "--days", 1)
    assert r.rc == 2 and "file not found" in r.err
    r = cli("schedule", tmp_path, "--from", "2027-01-01", "--days", 1)
    assert r.rc == 2 and "is a folder" in r.err


def test_as_a_real_process_no_traceback(cli_process, write) -> None:  # type: ignore[no-untyped-def]
    p = write(b"\xff\xfe\x00garbage")
    r = cli_process("schedule", p, "--from", "2027-01-01", "--days", 1)
    assert r.rc == 2 and r.err.count("\n") == 1 and "Traceback" not in r.err, r
