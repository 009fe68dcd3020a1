"""Guard (issue 20): records are :class:`medplanner.core.record.Record`, not ``NamedTuple``,
``namedtuple`` or ``dataclass`` — those compile source each time a class is made (about
0.5 ms a ``NamedTuple``, 1.2 ms a frozen dataclass, and ``dataclasses`` brings ``inspect``).

Deterministic: the source of every module under ``medplanner/`` is read with :mod:`ast`.

* ``NamedTuple`` and ``namedtuple``: nowhere.
* ``dataclasses``: only in the modules of :data:`DATACLASS_MODULES`, none of which
  ``medplanner check`` imports (the subprocess test below; ``core/record`` imports it only
  when :func:`~medplanner.core.record.replace` is given a dataclass). They are off the ``check`` path,
  and several rely on what :class:`Record` does not offer (``order=True`` in
  ``core/supply`` and ``reminders/due``, ``field(default_factory=...)``,
  ``dataclasses.fields``/``replace`` in the GUI's drafts): converting them is its own
  change, file by file (the core, service and storage records ``status`` and ``take`` build
  are converted: ``status`` imports no ``dataclasses``, tests/cli/test_cli_package.py). A new
  module with a dataclass fails here; so does a listed module that no longer needs one
  (take it off the list).
"""

from __future__ import annotations

import ast
from pathlib import Path

import medplanner

from ..checkprobe import check_modules

PACKAGE = Path(medplanner.__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[2]

DATACLASS_MODULES = frozenset(
    {
        "core/adherence.py",
        "core/draft.py",
        "core/record.py",  # replace() falls back to dataclasses.replace for a dataclass
        "core/supply.py",
        "export/ics.py",
        "export/report.py",
        "gui/charts/paint.py",
        "gui/charts/titration.py",
        "gui/dialogs/export_jobs.py",
        "gui/severity.py",
        "gui/stock.py",
        "gui/takeall.py",
        "gui/views/med_draft.py",
        "gui/views/med_undo.py",
        "gui/views/medications.py",
        "reminders/clockwatch.py",
        "reminders/describe.py",
        "reminders/due.py",
        "reminders/engine.py",
    }
)


def _uses(tree: ast.AST) -> set[str]:
    """Which of NamedTuple, namedtuple and dataclasses a module imports or names."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.module == "dataclasses":
                found.add("dataclasses")
            found |= {a.name for a in node.names} & {"NamedTuple", "namedtuple"}
        elif isinstance(node, ast.Import):
            if any(a.name == "dataclasses" for a in node.names):
                found.add("dataclasses")
        elif isinstance(node, ast.Attribute) and node.attr in ("NamedTuple", "namedtuple"):
            found.add(node.attr)
        elif isinstance(node, ast.Name) and node.id in ("NamedTuple", "namedtuple"):
            found.add(node.id)
    return found


def _all_uses() -> dict[str, set[str]]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        uses = _uses(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        if uses:
            out[path.relative_to(PACKAGE).as_posix()] = uses
    return out


def test_no_named_tuples_anywhere() -> None:
    offenders = {m: u for m, u in _all_uses().items() if u & {"NamedTuple", "namedtuple"}}
    assert offenders == {}, f"use medplanner.core.record.Record instead: {offenders}"


def test_dataclasses_only_where_listed() -> None:
    using = {m for m, u in _all_uses().items() if "dataclasses" in u}
    assert sorted(using - DATACLASS_MODULES) == [], (
        "a new dataclass: declare a medplanner.core.record.Record instead"
    )
    assert sorted(DATACLASS_MODULES - using) == [], "no dataclass left: take it off the list"


def test_the_guard_sees_each_spelling() -> None:
    for source, expected in [
        ("from typing import NamedTuple", {"NamedTuple"}),
        ("import typing\nclass A(typing.NamedTuple): pass", {"NamedTuple"}),
        ("import collections\nP = collections.namedtuple('P', 'a')", {"namedtuple"}),
        ("from dataclasses import dataclass", {"dataclasses"}),
        ("def f():\n    import dataclasses", {"dataclasses"}),
        ("from medplanner.core.record import Record", set()),
    ]:
        assert _uses(ast.parse(source)) == expected, source


def test_check_imports_no_dataclass_module() -> None:
    modules = check_modules()
    assert "dataclasses" not in modules
    ours = {
        m.removeprefix("medplanner.").replace(".", "/") + ".py"
        for m in modules
        if m.startswith("medplanner.")
    }
    assert sorted(ours & (DATACLASS_MODULES - {"core/record.py"})) == []
