"""docs/planners.md shows two drafts and their `check` output: they must be what the
commands print today (a citation fixed in the knowledge base reaches the docs too)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Cli

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "planners.md"
NOW = "2027-03-01T09:00:00+00:00"  # the moment docs/planners.md names

DRAFTS = [
    (
        ["draft-taper", ROOT / "docs/examples/baclofen-60.toml", "baclofen"],
        ROOT / "docs/examples/baclofen-taper.draft.toml",
    ),
    (
        [
            "draft-titration",
            ROOT / "resources/demo-plan.toml",
            "gabapentin",
            "--to",
            "1800mg",
            "--from",
            "2027-01-20",
        ],
        ROOT / "docs/examples/gabapentin-titration.draft.toml",
    ),
]


@pytest.mark.parametrize(
    ("args", "committed"), DRAFTS, ids=["baclofen-taper", "gabapentin-titration"]
)
def test_planners_doc_shows_what_the_commands_print(
    cli: Cli, tmp_path: Path, args: list[object], committed: Path
) -> None:
    fresh = tmp_path / committed.name
    assert cli(*args, "-o", fresh, now=NOW).rc == 0
    draft = fresh.read_text(encoding="utf-8")
    doc = DOC.read_text(encoding="utf-8")
    hint = f"regenerate {committed.relative_to(ROOT)} and its blocks in docs/planners.md"
    assert committed.read_text(encoding="utf-8") == draft, hint
    assert f"```toml\n{draft}```" in doc, hint
    checked = cli("check", fresh, now=NOW)
    assert checked.rc == 0
    assert f"(exit 0):\n\n```\n{checked.out}```" in doc, hint
