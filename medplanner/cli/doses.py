"""``take``, ``skip`` and ``status``: the dose log, through the service's one take flow."""

from __future__ import annotations

import argparse

from medplanner.cli import inputs
from medplanner.cli.output import EXIT_FINDINGS, EXIT_OK, print_json, print_text
from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _


def _define_take(t: argparse.ArgumentParser) -> None:
    t.add_argument("medication", metavar="MEDICATION", nargs="?")
    t.add_argument(
        "--all-due",
        action="store_true",
        help=_("take every dose that is due now (and every missed one advised take-now)"),
    )
    inputs.at_and_person(t)
    t.add_argument(
        "--force",
        action="store_true",
        help=_("record it even though a warning stands (it is flagged in the log)"),
    )
    t.add_argument(
        "--dose",
        type=inputs.amount,
        metavar="AMOUNT",
        help=_("the amount taken, like 300mg: needed with --force for a dose no step applies to"),
    )
    t.set_defaults(handler=cmd_take)


def _define_skip(k: argparse.ArgumentParser) -> None:
    k.add_argument("medication", metavar="MEDICATION")
    inputs.at_and_person(k)
    k.add_argument("--reason", help=_("why (kept in the log)"))
    k.set_defaults(handler=cmd_skip)


def _define_status(st: argparse.ArgumentParser) -> None:
    inputs.at_and_person(st)
    st.add_argument("--json", action="store_true", help=_("one JSON object on stdout"))
    st.set_defaults(handler=cmd_status)


def cmd_take(args: argparse.Namespace) -> int:
    """The one take flow: propose, then record (``--force`` confirms what it met)."""
    from medplanner.textout import format_findings, format_take

    if args.all_due or args.medication is None:
        return cmd_take_all_due(args)
    at = inputs.at(args)
    with inputs.open_service() as svc:
        person = svc.resolve_person(args.person)
        proposal = svc.propose_take(person, args.medication, at, dose=args.dose)
        if args.force and proposal.amount is None:
            raise InvalidInput(
                _(
                    "{medication} has no scheduled dose then, so say how much was taken: "
                    "--dose AMOUNT (like --dose 300mg)"
                ).format(medication=proposal.medication.name)
            )
        confirmed = proposal.needs_confirmation if args.force else ()
        outcome = svc.record_take(proposal, confirmed_over=confirmed)
        plan = svc.current(person).plan
    told = [*outcome.check.findings, *outcome.notices]
    if told:
        print_text(format_findings(plan, told, summary=False))
    print_text(format_take(plan, outcome))
    return EXIT_OK if outcome.recorded else EXIT_FINDINGS


def cmd_take_all_due(args: argparse.Namespace) -> int:
    """``take --all-due``: every due dose through the one take flow; exit 1 when any was
    refused (``--force`` records those too, over exactly the findings each met)."""
    from medplanner.textout import format_take_all_due

    if not args.all_due:
        raise InvalidInput(_("say which medication was taken, or --all-due for every due dose"))
    if args.medication is not None:
        raise InvalidInput(_("--all-due takes no MEDICATION: it records every dose due now"))
    if args.dose is not None:
        raise InvalidInput(_("--dose cannot go with --all-due: each due dose has its own amount"))
    at = inputs.at(args)
    with inputs.open_service() as svc:
        person = svc.resolve_person(args.person)
        outcomes = svc.take_all_due(person, at, force=args.force)
        plan = svc.current(person).plan
    print_text(format_take_all_due(plan, outcomes))
    return EXIT_OK if all(o.recorded for o in outcomes) else EXIT_FINDINGS


def cmd_skip(args: argparse.Namespace) -> int:
    """Skip the dose that is due, missed or upcoming within the skip window; else exit 1."""
    from medplanner.core.schedule import zone
    from medplanner.textout import format_day_month, format_findings

    at = inputs.at(args)
    with inputs.open_service() as svc:
        person = svc.resolve_person(args.person)
        outcome = svc.skip(person, args.medication, at, reason=args.reason)
        plan = svc.current(person).plan
    tz = zone(plan.person.timezone)
    dose = outcome.dose
    if outcome.event is None or dose is None:
        print_text(format_findings(plan, list(outcome.check.findings), summary=False))
        print_text(
            _("Not recorded: no dose of {medication} was skipped.").format(
                medication=outcome.check.medication.name
            )
        )
        return EXIT_FINDINGS
    print_text(
        # Translators: {time} is the dose's time of day, {dose} like "300 mg", {day} a date
        # like "Wed 6 Jan"; {noted} is the time the skip was noted.
        _(
            "Recorded: the {time} dose of {medication} ({dose}) on {day} is skipped "
            "(noted at {noted})."
        ).format(
            time=f"{dose.at:%H:%M}",
            medication=outcome.event.medication,
            dose=dose.dose,
            day=format_day_month(dose.day),
            noted=f"{at.astimezone(tz):%H:%M}",
        )
    )
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from medplanner.core.model import sort_findings
    from medplanner.core.record import replace
    from medplanner.textout import format_status, status_json

    with inputs.open_service() as svc:
        person = svc.resolve_person(args.person)
        status = svc.status(person, inputs.at(args))
        review = svc.review_report_finding(person, status.at)
    if review is not None:  # info: the exit status stays as the doses and checks say
        status = replace(status, findings=sort_findings([*status.findings, review]))
    if args.json:
        print_json(status_json(status))
    else:
        print_text(format_status(status))
    return EXIT_FINDINGS if status.attention else EXIT_OK


PARSERS: dict[str, inputs.Define] = {
    "take": _define_take,
    "skip": _define_skip,
    "status": _define_status,
}
