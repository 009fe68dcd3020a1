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
