"""`draft-taper` and `draft-titration` (issue 22 item 2): a draft plan file, labelled a
suggestion, that `check` passes with no warning; nothing is stored."""

from __future__ import annotations

import os
from pathlib import Path

from medplanner.core.resources import DEMO_PLAN

NOW = "2027-03-01T09:00:00+00:00"
ROOT = Path(__file__).resolve().parents[2]
BACLOFEN_60 = ROOT / "docs" / "examples" / "baclofen-60.toml"


def test_draft_taper_written_checked_and_not_stored(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "taper.toml"
    r = cli("draft-taper", BACLOFEN_60, "baclofen", "-o", out, now=NOW)
    assert r.rc == 0, r
    assert "suggestion to discuss with the prescriber" in r.out
    assert oct(os.stat(out).st_mode & 0o777) == "0o600"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# DRAFT taper for baclofen")
    assert "stop = 2027-03-14" in text
    c = cli("check", out, now=NOW)
    assert c.rc == 0 and "0 danger, 0 warning" in c.out
    # nothing was stored: the data dir has no person
    s = cli("status", now=NOW)
    assert s.rc == 2 and "no plan is stored yet" in s.err


def test_draft_titration_to_stdout(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("draft-titration", DEMO_PLAN, "gabapentin", "--to", "1800mg", now=NOW)
    assert r.rc == 0, r
    assert r.out.startswith("# DRAFT titration for gabapentin")
    path = tmp_path / "t.toml"
    path.write_text(r.out, encoding="utf-8")
    c = cli("check", path, now=NOW)
    assert c.rc == 0 and "0 danger, 0 warning" in c.out


def test_bad_drafts(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for words in (
        ("draft-titration", DEMO_PLAN, "gabapentin"),  # --to is needed
        ("draft-titration", DEMO_PLAN, "gabapentin", "--to", "9000mg"),
        ("draft-titration", DEMO_PLAN, "gabapentin", "--to", "3OO mg"),
        ("draft-taper", DEMO_PLAN, "aspirin"),
        ("draft-taper", tmp_path / "missing.toml", "baclofen"),
        ("draft-taper", DEMO_PLAN, "baclofen", "-o", tmp_path / "no" / "such" / "dir.toml"),
    ):
        r = cli(*words, now=NOW)
        assert r.rc == 2 and r.err.count("\n") == 1 and "Traceback" not in r.err, (words, r)


def test_a_draft_that_would_warn_is_refused(cli, write) -> None:  # type: ignore[no-untyped-def]
    # moderate kidney impairment: 1800 mg a day is above the label's band for 30–59 mL/min
    plan = write(
        DEMO_PLAN.read_text(encoding="utf-8").replace("crcl_ml_min = 92", "crcl_ml_min = 45")
    )
    r = cli("draft-titration", plan, "gabapentin", "--to", "1800mg", now=NOW)
    assert r.rc == 1 and "renal-dose-above-range" in r.out and "Nothing was written" in r.out
