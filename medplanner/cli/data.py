"""``backup`` and ``restore``: the whole database, copied or replaced (checked first)."""

from __future__ import annotations

import argparse

from medplanner.cli import inputs
from medplanner.cli.output import EXIT_OK, print_text
from medplanner.core.i18n import _


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
    print_text(
        _("Backup written to {path}. Keep it somewhere private: it holds health data.").format(
            path=dest
        )
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from medplanner.service import restore

    result = restore(Path(args.file), today=inputs.now().date())  # MEDPLANNER_NOW's date
    print_text(_("Restored {path}.").format(path=args.file))
    if result.previous is not None:
        print_text(_("The database it replaced is kept at {path}.").format(path=result.previous))
    return EXIT_OK


PARSERS: dict[str, inputs.Define] = {"backup": _define_backup, "restore": _define_restore}
