"""``check``, ``schedule``, ``import`` and ``demo-plan``: a plan file read, checked, listed
or stored."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from medplanner.cli import inputs
from medplanner.cli.output import EXIT_FINDINGS, EXIT_OK, print_json, print_text, write_private
from medplanner.core.i18n import _

if TYPE_CHECKING:
    import argparse


def _define_check(c: argparse.ArgumentParser) -> None:
    c.add_argument("plan", metavar="PLAN", help=_("a medplanner-plan/1 TOML file"))
    c.add_argument("--json", action="store_true", help=_("one JSON object on stdout"))
    c.set_defaults(handler=cmd_check)


def _define_schedule(s: argparse.ArgumentParser) -> None:
    s.add_argument("plan", metavar="PLAN", help=_("a medplanner-plan/1 TOML file"))
    s.add_argument(
        "--from",
        dest="start",
        required=True,
        type=inputs.day_or_today,
        metavar="DATE",
        # Translators: `today` is the word the option takes (never translated).
        help=_("first local day, like 2027-01-04, or `today` (in the plan's zone)"),
    )
    s.add_argument(
        "--days", required=True, type=inputs.days, metavar="N", help=_("number of local days")
    )
    s.add_argument("--json", action="store_true", help=_("one JSON object on stdout"))
    s.set_defaults(handler=cmd_schedule)


def _define_demo_plan(d: argparse.ArgumentParser) -> None:
    d.add_argument("-o", dest="output", metavar="FILE", help=_("write it here (else stdout)"))
    d.set_defaults(handler=cmd_demo_plan)


def _define_import(i: argparse.ArgumentParser) -> None:
    i.add_argument("plan", metavar="PLAN", help=_("a medplanner-plan/1 TOML file"))
    i.set_defaults(handler=cmd_import)


def cmd_check(args: argparse.Namespace) -> int:
    plan = inputs.load_plan(args.plan)
    from medplanner.core.checks import run_checks

    # Monitoring is judged at now's local day (MEDPLANNER_NOW when set, contract §2).
    findings = run_checks(plan, as_of=inputs.today_for(plan))
    if args.json:
        print_json({"findings": [f.to_json() for f in findings]})
    else:
        from medplanner.textbase import format_findings  # not textout: no dose or stock text

        print_text(format_findings(plan, findings))
    return EXIT_FINDINGS if any(f.severity != "info" for f in findings) else EXIT_OK


def cmd_schedule(args: argparse.Namespace) -> int:
    from medplanner.core.schedule import expand, to_utc_z

    plan = inputs.load_plan(args.plan)
    if args.start == inputs.TODAY:
        args.start = inputs.today_for(plan)
    doses = expand(plan, args.start, args.days)
    if args.json:
        from medplanner.core.checks.products import dose_ingredients
        from medplanner.core.knowledge import load_knowledge_base

        kb = load_knowledge_base()
        out = []
        for d in doses:
            row: dict[str, Any] = {
                "medication": d.medication,
                "dose": str(d.dose),
                "amount_mg": d.dose.mg_float,
                "at": d.at.isoformat(),
                "utc": to_utc_z(d.utc),
            }
            parts = dose_ingredients(kb, plan.medications[d.med_index], d.dose)
            if parts is not None:
                row["ingredients"] = parts
            out.append(row)
        print_json({"doses": out})
    else:
        from medplanner.textout import format_schedule

        print_text(format_schedule(plan, doses, args.start, args.days))
    return EXIT_OK


def cmd_demo_plan(args: argparse.Namespace) -> int:
    from medplanner.core.demo import DAYS_IN, demo_plan
    from medplanner.core.plan import dumps

    text = dumps(demo_plan(inputs.now()))
    if args.output is None:
        print_text(text.rstrip("\n"))
        return EXIT_OK
    write_private(args.output, text)
    print_text(
        _(
            "Wrote the demo plan to {path}: a made-up gabapentin + baclofen titration that "
            "began {days} days ago. Try: medplanner check {path}"
        ).format(path=args.output, days=DAYS_IN)
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from medplanner.localzone import machine_zone
    from medplanner.textout import format_findings

    with inputs.open_service() as svc:
        result = svc.import_plan(Path(args.plan), default_timezone=machine_zone())
        plan = svc.current(result.person).plan
    if result.findings:
        print_text(format_findings(plan, result.findings))
        print_text("")
    if result.unchanged:
        print_text(
            _("{person}'s plan is already stored as it is (version {version}).").format(
                person=result.person, version=result.version
            )
        )
    else:
        if result.new_person:
            done = _("Stored a new person {person} (plan version {version}).")
        else:
            done = _("Stored a new plan version for {person} (plan version {version}).")
        print_text(done.format(person=result.person, version=result.version))
    return EXIT_OK


PARSERS: dict[str, inputs.Define] = {
    "check": _define_check,
    "schedule": _define_schedule,
    "import": _define_import,
    "demo-plan": _define_demo_plan,
}
