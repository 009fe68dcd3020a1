"""``settings refill``: read, and set, a person's refill lead time and reminder time."""

from __future__ import annotations

import argparse

from medplanner.cli import inputs
from medplanner.cli.output import EXIT_OK, print_json, print_text
from medplanner.core.i18n import _, ngettext

#: ``--time auto``: back to the default (10:00, or an hour after waking).
AUTO = "auto"


def _define_settings(s: argparse.ArgumentParser) -> None:
    groups = s.add_subparsers(dest="group", metavar="GROUP", parser_class=type(s))
    groups.required = True
    refill = groups.add_parser("refill", help=_("refill lead time and reminder time"))
    refill.add_argument(
        "--lead-days",
        metavar="N",
        help=_("flag a refill when the stock runs out within N days (0–90; default 7)"),
    )
    refill.add_argument(
        "--time",
        metavar="HH:MM",
        # Translators: `auto` is the word the option takes (never translated).
        help=_("the refill reminder's time of day, or `auto` (10:00, or an hour after waking)"),
    )
    refill.add_argument(
        "--person", metavar="NAME", help=_("whose (needed when several are stored)")
    )
    refill.add_argument("--json", action="store_true", help=_("one JSON object on stdout"))
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
        print_text(_("Saved the refill settings for {person}.").format(person=person))
    days = ngettext("{n} day", "{n} days", settings.lead_days).format(n=settings.lead_days)
    print_text(_("Refill settings for {person}:").format(person=person))
    print_text(
        "  "
        # Translators: {days} is like "7 days".
        + _("lead time: {days} (a refill is flagged when the stock runs out within it)").format(
            days=days
        )
    )
    # Translators: {time} is a time of day; automatic: the default, not one the person set.
    automatic_time = _("reminder time: {time} (automatic)")
    reminder = automatic_time if automatic else _("reminder time: {time}")
    print_text("  " + reminder.format(time=f"{when:%H:%M}"))
    return EXIT_OK


PARSERS: dict[str, inputs.Define] = {"settings": _define_settings}
