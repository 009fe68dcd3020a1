"""The argparse parser of the command line: only the command's own subparser is built.

Imported by :func:`medplanner.cli.main` for every command line except the two that only
open the desktop app (``medplanner``, ``medplanner --demo``), whose window opens first.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from medplanner import __version__
from medplanner.cli import COMMANDS
from medplanner.cli.output import EXIT_INVALID
from medplanner.core.i18n import _
from medplanner.core.limits import for_output


def _columns() -> int:
    """The terminal's width as :func:`shutil.get_terminal_size` gives it (``$COLUMNS``, else
    the terminal of stdout, else 80), without importing :mod:`shutil` (and its bz2, lzma)."""
    import os

    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter; its width found without :mod:`shutil` (argparse makes one of
    these for every ``add_argument``, and the stock one imports :mod:`shutil` to do it)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        super().__init__(
            prog, indent_increment, max_help_position, _columns() - 2 if width is None else width
        )


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line on stderr and exit 2 (as contract §2 wants)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> Any:
        text = _("{prog}: {message} (see '{prog} --help')").format(prog=self.prog, message=message)
        self.exit(EXIT_INVALID, for_output(text + "\n"))


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only``, just that command's subparser (argparse is slow to build,
    and only that command's module is imported)."""
    from medplanner.cli.argwords import use_catalogue

    use_catalogue()
    p = _Parser(
        prog="medplanner",
        description=_(
            "MedPlanner checks, reminds and explains a prescriber's medication plan. "
            "The prescriber decides: MedPlanner never changes a dose by itself."
        ),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"medplanner {__version__}",
        help=_("show program's version number and exit"),
    )
    p.add_argument("--demo", action="store_true", help=_("open on the demo plan (throw-away data)"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (text, group) in COMMANDS.items():
        if only is None or name == only:
            # __import__, not importlib.import_module: importing importlib costs a start
            # about 0.4 ms; with a fromlist it gives the submodule itself
            parsers = __import__(f"medplanner.cli.{group}", fromlist=["PARSERS"]).PARSERS
            parsers[name](sub.add_parser(name, help=_(text)))
    return p
