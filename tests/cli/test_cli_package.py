"""The command line as a package (issue 19): a command imports only its own group."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from medplanner.cli import COMMANDS, build_parser

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from medplanner.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_check_imports_neither_other_groups_nor_storage_nor_qt() -> None:
    plan = REPO / "benchmarks" / "seed-plan.toml"
    run = subprocess.run(
        [sys.executable, "-c", PROBE, "check", "--json", str(plan)],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"MEDPLANNER_NOW": "2027-01-06T09:00:00+00:00", "PATH": ""},
        timeout=120,
    )
    modules = set(json.loads(run.stdout.splitlines()[-1])["modules"])
    groups = {f"medplanner.cli.{g}" for _, g in COMMANDS.values()}
    assert groups & modules == {"medplanner.cli.plans"}
    # shutil, the dose log and the TOML writer: not needed
    for unused in (
        "medplanner.service",
        "medplanner.storage",
        "sqlite3",
        "PySide6",
        "shutil",
        "medplanner.core.events",
        "tomli_w",
    ):
        assert unused not in modules
    assert not any(m.startswith("apscheduler") for m in modules)


def _check_modules(*words: str, plan: Path) -> set[str]:
    """The modules loaded after ``medplanner check``, in an interpreter started without
    ``site`` (-S: an editable install's import hook loads pathlib before any of ours; the
    check itself needs only the standard library, found from the repository)."""
    run = subprocess.run(
        [sys.executable, "-S", "-c", PROBE, "check", *words, str(plan)],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"MEDPLANNER_NOW": "2027-01-06T09:00:00+00:00", "PATH": ""},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return set(json.loads(run.stdout.splitlines()[-1])["modules"])


#: What ``check`` never needs (issue 20: every command start pays for what it imports).
NOT_FOR_CHECK = (
    # pathlib and what it imports (the core names its files with os.path)
    "pathlib",
    "urllib",
    "ipaddress",
    "fnmatch",
    "ntpath",
    # made with exec, or slow to import: the core uses neither
    "dataclasses",
    "inspect",
    # the other shells' parts
    "sqlite3",
    "platformdirs",
    "apscheduler",
    "PySide6",
    "shiboken6",
    # a command group's module is imported with __import__
    "importlib",
    # other commands' parts, or a problem's: merging dose streams, the line of a problem in
    # a plan file, writing a plan, the dose and stock wording
    "heapq",
    "medplanner.core.lines",
    "medplanner.core.planwrite",
    "medplanner.textout",
    "medplanner.textdoses",
    "medplanner.textstock",
)


@pytest.mark.parametrize("words", [(), ("--json",)], ids=["text", "json"])
def test_check_imports_nothing_it_does_not_use(words: tuple[str, ...]) -> None:
    modules = _check_modules(*words, plan=REPO / "benchmarks" / "seed-plan.toml")
    loaded = sorted(m for m in modules if m.split(".")[0] in NOT_FOR_CHECK or m in NOT_FOR_CHECK)
    assert loaded == []
    # the findings are wrapped in text only; JSON needs no text module at all
    assert ("textwrap" in modules) == (not words)
    assert ("medplanner.textbase" in modules) == (not words)


def test_check_makes_a_fraction_only_for_a_drug_that_has_one(tmp_path: Path) -> None:
    """:mod:`fractions` loads when a drug with a Fraction in its data is decoded (the seed
    plan's baclofen: its renal bands reduce the most by a third, a half, two thirds); a plan
    without one never loads it."""
    seed = (REPO / "benchmarks" / "seed-plan.toml").read_text(encoding="utf-8")
    gabapentin_only = seed.split('[[medications]]\nname = "baclofen"')[0]
    assert "gabapentin" in gabapentin_only and 'baclofen"' not in gabapentin_only
    plan = tmp_path / "plan.toml"
    plan.write_text(gabapentin_only, encoding="utf-8")
    assert "fractions" not in _check_modules(plan=plan)
    assert "fractions" in _check_modules(plan=REPO / "benchmarks" / "seed-plan.toml")


def test_every_command_is_defined_by_its_groups_module() -> None:
    for name, (_, group) in COMMANDS.items():
        assert name in importlib.import_module(f"medplanner.cli.{group}").PARSERS
    parser = build_parser()
    args = parser.parse_args(["check", "plan.toml"])
    assert args.handler.__module__ == "medplanner.cli.plans"


@pytest.mark.parametrize("words", [[], ["--demo"]])
def test_the_desktop_app_opens_before_any_of_the_command_lines_own_parts(
    words: list[str],
) -> None:
    """`medplanner` and `medplanner --demo` open the window before argparse, the command
    modules or the output helpers are imported (issue 20: the console script's start)."""
    probe = (
        "import sys, medplanner.cli as c\n"
        "def opened(demo):\n"
        "    names = ('argparse', 'medplanner.cli.parser', 'medplanner.cli.output',"
        " 'medplanner.cli.plans', 'medplanner.core.errors')\n"
        "    print(demo, sorted(n for n in names if n in sys.modules))\n"
        "    return 0\n"
        "c.open_app = opened\n"
        f"sys.exit(c.main({words!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{bool(words)} []"
