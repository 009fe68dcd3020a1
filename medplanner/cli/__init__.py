"""The command line (contract §2): a thin shell over the service and the core.

One module per command group (:data:`COMMANDS` names each command's); a command imports
only its own group's module, and that module imports what the command uses when it runs,
so ``medplanner check`` loads no database, scheduler or Qt. :mod:`.output` writes (the exit
statuses, stdout, stderr, the bug log) and :mod:`.inputs` reads (``--at``,
``MEDPLANNER_NOW``, argument types, the plan file, the service) for every group.

Every error meant for people is a :class:`MedPlannerError`; they are turned into one stderr
line and an exit status here, at one point. Anything else is a bug: it is logged with its
traceback to a file, and the person sees one calm line naming that file. The GUI is
imported only when it is opened.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

from medplanner.core.i18n import N_, _

if TYPE_CHECKING:
    import argparse

Handler = Callable[["argparse.Namespace"], int]

#: Every command, in ``--help`` order: its one line of help (translated where it is shown)
#: and its group's module.
COMMANDS: dict[str, tuple[str, str]] = {
    "check": (N_("check a plan file against the drugs' rules"), "plans"),
    "schedule": (N_("list every scheduled dose, in time order"), "plans"),
    "import": (N_("store (or replace) a person's plan in the data dir"), "plans"),
    "demo-plan": (N_("write the demo plan, dated to begin two days ago"), "plans"),
    "take": (N_("record a dose as taken (refuses a doubled dose)"), "doses"),
    "skip": (N_("record a scheduled dose as skipped"), "doses"),
    "status": (N_("today's doses, their states and missed-dose advice"), "doses"),
    "stock": (N_("units on hand and when they run out along the plan"), "stock"),
    "diary": (N_("symptom diary: add an entry, or list recent ones"), "diary"),
    "export": (
        N_("the plan (toml), calendar (ics), printable schedule or report (pdf), history (csv)"),
        "exports",
    ),
    "backup": (N_("write a full backup of the data dir's database"), "data"),
    "restore": (N_("restore a backup (checked fully before anything changes)"), "data"),
    "supply": (N_("what to ask for: units per strength for the next N weeks"), "planners"),
    "draft-taper": (N_("a draft taper to discuss with the prescriber"), "planners"),
    "draft-titration": (N_("a draft titration to discuss with the prescriber"), "planners"),
    "settings": (N_("read or set a person's settings (settings refill ...)"), "settings"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only``, just that command's subparser (argparse is slow to build,
    and only that command's module is imported)."""
    from medplanner.cli.parser import build_parser as build

    return build(only)


#: The command lines that open the desktop app and need nothing of the command line's own:
#: the window opens before argparse, the command modules or the output helpers load.
APP_ONLY: tuple[list[str], ...] = ([], ["--demo"])


def main(argv: Sequence[str] | None = None) -> int:
    import os

    from medplanner.core.i18n import environment_languages, set_language

    words = list(sys.argv[1:] if argv is None else argv)
    if words in APP_ONLY:
        return _app(demo=bool(words))  # the app chooses its language itself
    set_language(environment_languages(os.environ))  # MEDPLANNER_LANG, LANGUAGE, ... LANG
    first = next((w for w in words if not w.startswith("-")), None)
    with rare_collections():
        args = build_parser(first if first in COMMANDS else None).parse_args(words)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is not None:
            return _run(lambda: handler(args))
    return _app(demo=args.demo)


#: The cyclic garbage collector's first-generation threshold while a command runs.
COMMAND_GC_THRESHOLD = 50_000


@contextmanager
def rare_collections() -> Iterator[None]:
    """Run a command with the cyclic garbage collector scanning rarely, then restore it.

    A command is a short process that mostly builds objects it keeps: modules, classes, the
    knowledge base. With Python's default threshold (a scan every 700 new containers) a
    ``check`` scanned them about 30 times and freed a few hundred objects, about 8 ms of its
    170 (issue 20). Cycles are still collected, only less often, so a long command's memory
    stays bounded. (Mercurial pauses its collector the same way while it builds large
    structures.) The desktop app keeps the default.
    """
    before = gc.get_threshold()
    gc.set_threshold(COMMAND_GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def run() -> NoReturn:
    """The ``medplanner`` program (its console script, ``python -m medplanner``, the packaged
    app): :func:`main`, its status the exit status.

    Before the process ends, every object is frozen out of the cyclic garbage collector: the
    interpreter's shutdown would otherwise scan every object one last time for nothing (about
    11 ms of a 160 ms ``check``, issue 20). By then the command's stores are closed and its
    output is written; the operating system frees the rest. :func:`main` itself leaves the
    collector as it found it, for callers that go on (the tests).
    """
    status = main()
    gc.freeze()
    sys.exit(status)


def _app(*, demo: bool) -> int:
    return _run(lambda: open_app(demo=demo))


def _run(job: Callable[[], int]) -> int:
    """``job``'s exit status; every error meant for people is one line on stderr, anything
    else a bug logged to a file (see the module's docstring). What handles an error loads
    only when there is one (the desktop app opens without it)."""
    try:
        return job()
    except KeyboardInterrupt:
        from medplanner.cli.output import err

        err(_("interrupted"))
        return 130
    except Exception as e:
        from medplanner.cli.output import EXIT_BUG, EXIT_INVALID, err, log_bug
        from medplanner.core.errors import MedPlannerError

        if isinstance(e, MedPlannerError):  # InvalidInput among them
            err(e.message)
            return EXIT_INVALID
        path = log_bug()
        err(
            _("MedPlanner hit an unexpected problem; nothing was changed. Details: {path}").format(
                path=path
            )
        )
        return EXIT_BUG


def open_app(*, demo: bool) -> int:
    """Open the desktop app (``medplanner``, ``medplanner --demo``).

    Qt is imported here only, when the window opens: the other commands stay quick.
    """
    from medplanner.gui.app import run

    return run(demo=demo)


__all__ = ["COMMANDS", "build_parser", "main", "open_app", "rare_collections", "run"]
