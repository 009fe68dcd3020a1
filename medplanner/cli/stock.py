"""``stock``: units on hand, a count or a refill, and when they run out along the plan."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from medplanner.cli import inputs
from medplanner.cli.output import EXIT_OK, print_text
from medplanner.core.i18n import _

if TYPE_CHECKING:
    from medplanner.core.stock import StockReport


def _define_stock(k: argparse.ArgumentParser) -> None:
    k.add_argument("medication", metavar="MEDICATION")
    change = k.add_mutually_exclusive_group()
    change.add_argument(
        "--set", type=inputs.units, metavar="N", help=_("count: N tablets/capsules on hand now")
    )
    change.add_argument("--add", type=inputs.units, metavar="N", help=_("refill: N more on hand"))
    inputs.at_and_person(k)
    k.add_argument("--reason", help=_("a note kept in the stock history"))
    k.set_defaults(handler=cmd_stock)


def cmd_stock(args: argparse.Namespace) -> int:
    from medplanner.textout import format_stock

    with inputs.open_service() as svc:
        person = svc.resolve_person(args.person)
        at = inputs.at(args)
        report: StockReport | None
        if args.set is not None:
            report = svc.set_stock(
                person, args.medication, args.set, at=at, reason=args.reason
            ).value
        elif args.add is not None:
            report = svc.add_stock(
                person, args.medication, args.add, at=at, reason=args.reason
            ).value
        else:
            report = svc.stock(person, args.medication, at)
        plan = svc.current(person).plan
    changed = "set" if args.set is not None else "add" if args.add is not None else None
    print_text(format_stock(plan, report, args.medication, at, changed=changed))
    return EXIT_OK


PARSERS: dict[str, inputs.Define] = {"stock": _define_stock}
