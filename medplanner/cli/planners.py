"""``supply``, ``draft-taper`` and ``draft-titration``: what to ask for, and drafts to
discuss with the prescriber."""

from __future__ import annotations

import argparse

from medplanner.cli import inputs
from medplanner.cli.output import EXIT_FINDINGS, EXIT_OK, print_json, print_text, write_private
from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _


def _define_supply(s: argparse.ArgumentParser) -> None:
    inputs.at_and_person(s)
    s.add_argument(
        "--weeks",
        required=True,
        type=inputs.weeks,
        metavar="N",
        help=_("weeks ahead, from today"),
    )
    s.add_argument("--json", action="store_true", help=_("one JSON object on stdout"))
    s.set_defaults(handler=cmd_supply)


def cmd_supply(args: argparse.Namespace) -> int:
    """What to ask for: the fewest units per strength for the plan's next N weeks; exit 1
    when a dose cannot be made from the strengths the medication comes in."""
    from medplanner.core.clock import today as today_of
    from medplanner.core.supply import plan_supply
    from medplanner.textout import format_supply, supply_json

    at = inputs.at(args)
    with inputs.open_service() as svc:
        person = svc.resolve_person(args.person)
        plan = svc.current(person).plan
        start = today_of(plan.person, at)
        supplies = plan_supply(plan, svc.kb, start, args.weeks)
    if args.json:
        print_json(supply_json(person, start, args.weeks, supplies))
    else:
        print_text(format_supply(person, start, args.weeks, supplies))
    return EXIT_OK if all(s.makeable for s in supplies) else EXIT_FINDINGS


def _define_draft_taper(d: argparse.ArgumentParser) -> None:
    _define_draft(d, _("the daily total to lower to (default: stop it)"), required=False)
    d.set_defaults(handler=cmd_draft, kind="taper")


def _define_draft_titration(d: argparse.ArgumentParser) -> None:
    _define_draft(d, _("the daily total to raise to, like 1800mg"), required=True)
    d.set_defaults(handler=cmd_draft, kind="titration")


def _define_draft(d: argparse.ArgumentParser, to_help: str, *, required: bool) -> None:
    d.add_argument("plan", metavar="PLAN", help=_("a medplanner-plan/1 TOML file"))
    d.add_argument("medication", metavar="MEDICATION")
    d.add_argument("--to", type=inputs.amount, metavar="AMOUNT", required=required, help=to_help)
    d.add_argument(
        "--from",
        dest="start",
        type=inputs.iso_date,
        metavar="DATE",
        help=_("first day of the change at the earliest (default: today, in the plan's zone)"),
    )
    d.add_argument(
        "-o", dest="output", metavar="FILE", help=_("write the draft here (else stdout)")
    )


def cmd_draft(args: argparse.Namespace) -> int:
    """``draft-taper`` / ``draft-titration``: a draft plan to discuss with the prescriber;
    exit 1 (nothing written) when the draft would raise a warning."""
    from medplanner.core.knowledge import load_knowledge_base
    from medplanner.core.planner import DraftRefused, draft_taper, draft_text, draft_titration
    from medplanner.textout import format_findings

    plan = inputs.load_plan(args.plan)
    kb = load_knowledge_base()
    start = args.start or inputs.today_for(plan)
    try:
        if args.kind == "taper":
            draft = draft_taper(plan, args.medication, kb, start=start, to=args.to)
        else:
            draft = draft_titration(plan, args.medication, kb, start=start, to=args.to)
    except DraftRefused as e:
        print_text(format_findings(plan, e.findings, summary=False))
        # Translators: {reason} says why no draft could be made.
        print_text(_("Not drafted: {reason}. Nothing was written.").format(reason=e.message))
        return EXIT_FINDINGS
    text = draft_text(draft)
    if args.output:
        try:
            write_private(args.output, text)
        except OSError as e:
            # Translators: {reason} is the system's reason ("Permission denied").
            raise InvalidInput(
                _("{path}: cannot be written ({reason})").format(
                    path=args.output, reason=e.strerror or e
                )
            ) from None
        print_text(draft.header)
        if args.kind == "taper":
            done = _("Wrote the draft taper of {medication} to {path}")
        else:
            done = _("Wrote the draft titration of {medication} to {path}")
        print_text(done.format(medication=draft.medication, path=args.output))
    else:
        print_text(text.rstrip("\n"))
    return EXIT_OK


PARSERS: dict[str, inputs.Define] = {
    "supply": _define_supply,
    "draft-taper": _define_draft_taper,
    "draft-titration": _define_draft_titration,
}
