"""``backup`` and ``restore``: the whole database, copied or replaced (checked first)."""

from __future__ import annotations

import argparse

from medplanner.cli import inputs
from medplanner.cli.output import EXIT_OK, print_text


def _define_backup(b: argparse.ArgumentParser) -> None:
    b.add_argument("file", metavar="FILE")
    b.set_defaults(handler=cmd_backup)


def _define_restore(r: argparse.ArgumentParser) -> None:
    r.add_argument("file", metavar="FILE")
    r.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    with inputs.open_service() as svc:
        dest = svc.backup(Path(args.file))
    print_text(f"Backup written to {dest}. Keep it somewhere private: it holds health data.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from medplanner.service import restore

    result = restore(Path(args.file), today=inputs.now().date())  # MEDPLANNER_NOW's date
    print_text(f"Restored {args.file}.")
    if result.previous is not None:
        print_text(f"The database it replaced is kept at {result.previous}.")
    return EXIT_OK


PARSERS: dict[str, inputs.Define] = {"backup": _define_backup, "restore": _define_restore}
