"""``diary``: the symptom diary (add, withdraw, list, "I'm safe now")."""

from __future__ import annotations

import argparse

from medplanner.cli import inputs
from medplanner.cli.output import EXIT_FINDINGS, EXIT_OK, print_json, print_text
from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _


def _define_diary(d: argparse.ArgumentParser) -> None:
    from medplanner.core.diary import SEVERITIES, SYMPTOMS

    d.add_argument(
        "symptom",
        nargs="?",
        metavar="SYMPTOM",
        # Translators: {symptoms} lists the symptom words the command takes (never translated).
        help=_("what you feel: {symptoms} (without it: list recent entries)").format(
            symptoms=", ".join(SYMPTOMS)
        ),
    )
    d.add_argument("--severity", choices=SEVERITIES, help=_("how bad (needed with SYMPTOM)"))
    d.add_argument("--note", metavar="TEXT", help=_("a few words kept with the entry"))
    inputs.at_and_person(d)
    d.add_argument(
        "--days",
        type=inputs.days,
        default=14,
        metavar="N",
        help=_("list the last N days (default 14)"),
    )
    d.add_argument(
        "--withdraw",
        type=inputs.entry_id,
        metavar="ID",
        help=_("withdraw a mistaken entry (kept)"),
    )
    d.add_argument("--reason", metavar="TEXT", help=_("why the entry is withdrawn"))
    d.add_argument(
        "--safe",
        action="store_true",
        help=_("say you are safe now: red flags written before --at (default now) stop standing"),
    )
    d.add_argument("--json", action="store_true", help=_("one JSON object on stdout"))
    d.set_defaults(handler=cmd_diary)


def cmd_diary(args: argparse.Namespace) -> int:
    """Exit 1 when a red flag was recorded, or one from the last 24 h stands."""
    from datetime import timedelta

    from medplanner import diarytext
    from medplanner.core.diary import parse_symptom

    if args.symptom is not None and args.severity is None:
        raise InvalidInput(_("say how bad it is: --severity mild, moderate or severe"))
    if args.symptom is None and (args.severity or args.note):
        raise InvalidInput(_("--severity and --note go with a SYMPTOM, like: diary nausea ..."))
    if (args.withdraw is None) != (args.reason is None) or (args.withdraw and args.symptom):
        raise InvalidInput(_("withdraw an entry with: diary --withdraw ID --reason TEXT"))
    if args.safe and (args.symptom is not None or args.withdraw is not None):
        raise InvalidInput(_("say you are safe on its own: diary --safe [--at ISO]"))
    symptom = parse_symptom(args.symptom) if args.symptom is not None else None
    now = inputs.now()
    inputs.at(args)  # a future --at is refused
    with inputs.open_service() as svc:
        person = svc.resolve_person(args.person)
        tz = inputs.person_zone(svc, person, args.at or now)
        if args.safe:
            moment = args.at or now
            ended = svc.mark_safe(person, moment).value
            left = svc.red_flags(person, now)
            if args.json:
                print_json(
                    {
                        "person": person,
                        "safe_at": moment.isoformat(),
                        "ended": [e.id for e in ended],
                        "red_flags": [e.id for e in left],
                    }
                )
            else:
                print_text(diarytext.format_safe(person, moment, ended, tz))
                if left:
                    print_text(diarytext.emergency_banner(left, tz))
            return EXIT_FINDINGS if left else EXIT_OK
        if symptom is not None:
            entry, verdict = svc.record_symptom(
                person, symptom, args.severity, args.at or now, note=args.note
            ).value
            if args.json:
                print_json({"person": person, "entry": diarytext.entry_json(entry, tz)})
            else:
                print_text(diarytext.format_recorded(person, entry, verdict, tz))
            return EXIT_FINDINGS if verdict.is_emergency else EXIT_OK
        if args.withdraw is not None:
            withdrawal = svc.withdraw_symptom(person, args.withdraw, reason=args.reason).value
            if args.json:
                print_json({"person": person, "entry": diarytext.entry_json(withdrawal, tz)})
            else:
                print_text(diarytext.format_withdrawn(person, withdrawal, tz))
        at = args.at or now
        rows = svc.diary(person, at - timedelta(days=args.days), at + timedelta(days=1))
        flags = svc.red_flags(person, at)
    if args.withdraw is None:
        if args.json:
            print_json(
                {
                    "person": person,
                    "entries": [diarytext.entry_json(e, tz) for e in rows],
                    "red_flags": [e.id for e in flags],
                }
            )
        else:
            print_text(diarytext.format_diary(person, rows, flags, tz, args.days))
    elif flags and not args.json:
        print_text(diarytext.emergency_banner(flags, tz))
    return EXIT_FINDINGS if flags else EXIT_OK


PARSERS: dict[str, inputs.Define] = {"diary": _define_diary}
