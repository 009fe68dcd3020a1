"""The command line as a package (issue 19): a command imports only its own group."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from medplanner.cli import COMMANDS, build_parser

from ..checkprobe import check_modules, check_run

REPO = Path(__file__).resolve().parents[2]


def test_check_imports_neither_other_groups_nor_storage_nor_qt() -> None:
    modules = check_modules("--json")
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
    # the renal bands' shares are Share records (the TOML loader alone parses a Fraction)
    "fractions",
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
    modules = check_modules(*words)
    loaded = sorted(m for m in modules if m.split(".")[0] in NOT_FOR_CHECK or m in NOT_FOR_CHECK)
    assert loaded == []
    # the findings are wrapped in text only; JSON needs no text module at all
    assert ("textwrap" in modules) == (not words)
    assert ("medplanner.textbase" in modules) == (not words)


@pytest.mark.parametrize(
    ("crcl", "words"),
    [
        ("92", ""),
        ("60", "about a third less than the usual most"),
        ("40", "about half less than the usual most"),
        ("20", "about two thirds less than the usual most"),
    ],
)
def test_check_imports_no_fractions_even_where_a_share_is_worded(
    tmp_path: Path, crcl: str, words: str
) -> None:
    """Baclofen's renal bands reduce the most by a share (a third, a half, two thirds): a
    ``Share`` record, decoded and worded without :mod:`fractions` (issue 20: about 1.8 ms
    of every start that names baclofen), at every kidney function."""
    seed = (REPO / "benchmarks" / "seed-plan.toml").read_text(encoding="utf-8")
    assert "crcl_ml_min = 92\n" in seed and 'name = "baclofen"' in seed
    plan = tmp_path / "plan.toml"
    plan.write_text(seed.replace("crcl_ml_min = 92", f"crcl_ml_min = {crcl}"), encoding="utf-8")
    for flags in ((), ("--json",)):
        printed, modules = check_run(*flags, plan=plan)
        assert "fractions" not in modules
        assert words in " ".join(printed.split())  # the text wraps: compare it unwrapped


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


#: Each builds the records of the day's status, a take, a skip, the stock or the diary: none
#: made with exec.
_DAY_COMMANDS = [
    ("status",),
    ("status", "--json"),
    ("take", "--all-due"),
    ("skip", "gabapentin", "--reason", "asleep"),
    ("stock", "gabapentin", "--set", "60"),
    ("stock", "gabapentin"),
    ("diary", "dizziness", "--severity", "mild"),
    ("diary", "--json"),
]


@pytest.mark.parametrize("words", _DAY_COMMANDS, ids=" ".join)
def test_day_commands_import_no_dataclasses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: tuple[str, ...]
) -> None:
    """``status``, ``take``, ``skip``, ``stock`` and ``diary`` build their records without
    :mod:`dataclasses` (issue 20: it and :mod:`inspect` cost about 10 ms, each frozen
    dataclass about 1 ms)."""
    from medplanner.cli import main

    env = {"MEDPLANNER_HOME": str(tmp_path / "home"), "MEDPLANNER_NOW": "2027-01-06T09:00:00+00:00"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["import", str(REPO / "benchmarks" / "seed-plan.toml")]) in (0, 1)
    probe = (
        "import json, sys\n"
        "from medplanner.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(json.dumps({'code': code, 'modules': sorted(sys.modules)}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-S", "-c", probe, *words],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**env, "PATH": ""},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    *printed, last = run.stdout.splitlines()
    done = json.loads(last)
    assert printed and done["code"] in (0, 1), run.stdout  # 1: a dose missed or a warning
    # nor secrets (hmac, OpenSSL) for a temp file's name: storage.paths.unique_tag
    assert {"dataclasses", "inspect", "secrets", "hmac"} & set(done["modules"]) == set()
