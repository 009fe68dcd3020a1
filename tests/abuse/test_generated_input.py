"""Generated plan files, ``--at`` moments and dates: exit 0/1/2 with a clear message,
never a traceback; a refused import leaves the live database as it was."""

from __future__ import annotations

import string
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from medplanner.core.limits import MAX_PLAN_DEPTH

from .conftest import PLAN, Seeded, digest, run_cli

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: Characters that break things: controls, escapes, bidi overrides, quotes, brackets.
NASTY = "\x00\x01\x07\x08\x1b\x7f\x85\x9b\u202e\u2066\u200b\ufeff\t\r\n\"'[]{}=#\\.,-+@"
nasty_text = st.text(
    alphabet=st.one_of(st.sampled_from(NASTY), st.characters(codec="utf-8")), max_size=40
)


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string, control characters escaped (so TOML parses them)."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def plan_with(tmp: Path, text: str) -> Path:
    path = tmp / "plan.toml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return path


@FUZZ
@given(position=st.integers(0, len(PLAN)), insert=nasty_text, cut=st.integers(0, 20))
def test_mutated_plans(
    seeded: Seeded, tmp_path: Path, position: int, insert: str, cut: int
) -> None:
    text = PLAN[:position] + insert + PLAN[position + cut :]
    plan = plan_with(tmp_path, text)
    for command in ("check", "schedule"):
        extra = ("--from", "2027-02-01", "--days", "3") if command == "schedule" else ()
        run_cli(tmp_path / "unused", command, plan, *extra).assert_clean()


@FUZZ
@given(
    name=nasty_text,
    year=st.integers(1, 9999),
    field=st.sampled_from(["person.name", "medications.name", "dose", "start", "stop"]),
)
def test_hostile_fields_are_named_and_nothing_is_stored(
    seeded: Seeded, tmp_path: Path, name: str, year: int, field: str
) -> None:
    quoted = toml_string(name)
    day = f"{year:04d}-02-01"
    text = PLAN
    if field == "person.name":
        text = text.replace('name = "Pat"', f"name = {quoted}")
    elif field == "medications.name":
        text = text.replace('name = "baclofen"', f"name = {quoted}")
    elif field == "dose":
        text = text.replace('dose = "10 mg"', f"dose = {quoted}")
    elif field == "start":
        text = text.replace("start = 2027-02-01\ncontinuing", f"start = {day}\ncontinuing")
    else:
        text = text.replace("stop = 2027-06-01", f"stop = {day}")
    home = seeded.fresh_home(tmp_path)
    before = digest(home)
    result = run_cli(home, "import", plan_with(tmp_path, text))
    result.assert_clean()
    if result.rc == 2:
        assert digest(home) == before
    if field in ("start", "stop") and not 1970 <= year <= 2199:
        assert result.rc == 2 and "outside 1970-01-01" in result.err
    if field.endswith("name") and any(c in name for c in "\x00\x1b\x7f\x9b\u202e\n\r"):
        assert result.rc == 2 and "control characters" in result.err


@settings(max_examples=20, deadline=None)
@given(levels=st.integers(MAX_PLAN_DEPTH - 3, 50_000), kind=st.sampled_from("[{"))
def test_deep_nesting_is_invalid_input_not_a_crash(levels: int, kind: str) -> None:
    import tempfile

    inner = "[" * levels + "]" * levels if kind == "[" else "{a=" * levels + "1" + "}" * levels
    text = PLAN + f"\nextra = {inner}\n"
    with tempfile.TemporaryDirectory() as tmp:
        result = run_cli(Path(tmp) / "h", "check", plan_with(Path(tmp), text))
    result.assert_clean((2,))


moments = st.one_of(
    st.datetimes(
        min_value=datetime(1, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=14)), timezone(-timedelta(hours=12))]
        ),
    ).map(lambda d: d.isoformat()),
    st.text(max_size=30),
    st.sampled_from(
        ["0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59-23:59", "1969-12-31T23:59:59Z"]
    ),
)


@FUZZ
@given(at=moments, command=st.sampled_from(["status", "ics", "stock"]))
@example(at="1970-01-01T00:00:00+00:00", command="status")  # the first valid moment
@example(at="1969-12-30T23:59:59+14:00", command="status")
def test_generated_at_values(seeded: Seeded, tmp_path: Path, at: str, command: str) -> None:
    assume(not at.startswith("-"))  # an option to argparse, not a value
    home = seeded.fresh_home(tmp_path)
    before = digest(home)
    if command == "ics":
        args: tuple[str, ...] = ("export", "--format", "ics", "--at", at)
    elif command == "stock":
        args = ("stock", "baclofen", "--at", at)
    else:
        args = ("status", "--at", at)
    result = run_cli(home, *args)
    result.assert_clean()
    if command != "stock":
        assert digest(home) == before
    try:
        moment = datetime.fromisoformat(at.strip().replace("Z", "+00:00"))
    except ValueError:
        return
    # Refused when outside 1970-01-01 … 2199-12-31 in UTC or in the person's zone; a written
    # date within a day of either end can fall inside once its offset (-12 … +14 h) is applied,
    # so only dates beyond that day must be refused (1970-01-01 itself is a valid date).
    if moment.tzinfo is not None and not date(1969, 12, 31) <= moment.date() <= date(2200, 1, 1):
        assert result.rc == 2 and "outside the years 1970–2199" in result.err


@FUZZ
@given(day=st.dates(), text=st.text(alphabet=string.printable, max_size=12))
def test_generated_from_dates(seeded: Seeded, tmp_path: Path, day: date, text: str) -> None:
    plan = plan_with(tmp_path, PLAN)
    for value in (day.isoformat(), text):
        if value.startswith("-"):
            continue
        r = run_cli(tmp_path / "h", "schedule", plan, "--from", value, "--days", "2")
        r.assert_clean()
        if value == day.isoformat() and not 1970 <= day.year <= 2199:
            assert r.rc == 2 and "outside 1970-01-01" in r.err
    home = seeded.fresh_home(tmp_path)
    if not day.isoformat().startswith("-"):
        r = run_cli(home, "export", "--format", "csv", "--from", day.isoformat())
        r.assert_clean()
