"""``settings refill``: read, and set, a person's refill lead time and reminder time."""

from __future__ import annotations

import argparse

from medplanner.cli import inputs
from medplanner.cli.output import EXIT_OK, print_json, print_text

#: ``--time auto``: back to the default (10:00, or an hour after waking).
AUTO = "auto"


def _define_settings(s: argparse.ArgumentParser) -> None:
    groups = s.add_subparsers(dest="group", metavar="GROUP", parser_class=type(s))
    groups.required = True
    refill = groups.add_parser("refill", help="refill lead time and reminder time")
    refill.add_argument(
        "--lead-days",
        metavar="N",
        help="flag a refill when the stock runs out within N days (0–90; default 7)",
    )
    refill.add_argument(
        "--time",
        metavar="HH:MM",
        help="the refill reminder's time of day, or `auto` (10:00, or an hour after waking)",
    )
    refill.add_argument("--person", metavar="NAME", help="whose (needed when several are stored)")
    refill.add_argument("--json", action="store_true", help="one JSON object on stdout")
    refill.set_defaults(handler=cmd_settings_refill)


def cmd_settings_refill(args: argparse.Namespace) -> int:
    """Without options, show the settings; with them, check both, then save and show them."""
    from medplanner.core.stock import parse_lead_days, parse_reminder_time, reminder_time_for

    lead = parse_lead_days(args.lead_days) if args.lead_days is not None else None
    at = args.time
    if at is not None and at.strip().casefold() != AUTO:
        parse_reminder_time(at)  # refused before anything is saved
    with inputs.open_service() as svc:
        person = svc.resolve_person(args.person)
        plan = svc.current(person).plan
        if lead is not None:
            svc.set_refill_lead_days(person, lead)
        if at is not None:
            svc.set_refill_reminder_time(person, None if at.strip().casefold() == AUTO else at)
        settings = svc.refill_settings(person)
    when = reminder_time_for(plan.person, settings)
    automatic = settings.reminder_time is None
    if args.json:
        print_json(
            {
                "person": person,
                "lead_days": settings.lead_days,
                "reminder_time": f"{when:%H:%M}",
                "reminder_time_automatic": automatic,
            }
        )
        return EXIT_OK
    if lead is not None or at is not None:
        print_text(f"Saved the refill settings for {person}.")
    days = f"{settings.lead_days} day" + ("s" if settings.lead_days != 1 else "")
    print_text(f"Refill settings for {person}:")
    print_text(f"  lead time: {days} (a refill is flagged when the stock runs out within it)")
    how = " (automatic)" if automatic else ""
    print_text(f"  reminder time: {when:%H:%M}{how}")
    return EXIT_OK


PARSERS: dict[str, inputs.Define] = {"settings": _define_settings}
