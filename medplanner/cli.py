"""The command line (contract §2): a thin shell over core and storage.

Every error meant for people is a :class:`MedPlannerError`; they are turned
into one stderr line and an exit status here, at one point. Anything else is
a bug: it is logged with its traceback to a file, and the person sees one
calm line naming that file. Importing this module stays cheap: no Qt, no
APScheduler (the GUI is imported only when it is opened).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

from medplanner import __version__
from medplanner.core.errors import InvalidInput, MedPlannerError
from medplanner.core.limits import date_problem, for_output, instant_problem, json_safe
from medplanner.core.model import Plan

if TYPE_CHECKING:
    from medplanner.core.stock import StockReport
    from medplanner.service import Service

#: ``export --format`` values (contract §2; ``report-pdf`` is MedPlanner's addition).
EXPORT_FORMATS = ("toml", "ics", "pdf", "csv", "report-pdf", "fhir")

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INVALID = 2
EXIT_BUG = 3

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line on stderr and exit 2 (as contract §2 wants)."""

    def error(self, message: str) -> Any:
        self.exit(EXIT_INVALID, for_output(f"{self.prog}: {message} (see '{self.prog} --help')\n"))


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only``, just that command's subparser (argparse is slow to build)."""
    p = _Parser(
        prog="medplanner",
        description="MedPlanner checks, reminds and explains a prescriber's medication plan. "
        "The prescriber decides: MedPlanner never changes a dose by itself.",
    )
    p.add_argument("--version", action="version", version=f"medplanner {__version__}")
    p.add_argument("--demo", action="store_true", help="open on the demo plan (throw-away data)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (text, define) in COMMANDS.items():
        if only is None or name == only:
            define(sub.add_parser(name, help=text))
    return p


def _define_check(c: argparse.ArgumentParser) -> None:
    c.add_argument("plan", metavar="PLAN", help="a medplanner-plan/1 TOML file")
    c.add_argument("--json", action="store_true", help="one JSON object on stdout")
    c.set_defaults(handler=cmd_check)


def _define_schedule(s: argparse.ArgumentParser) -> None:
    s.add_argument("plan", metavar="PLAN", help="a medplanner-plan/1 TOML file")
    s.add_argument(
        "--from",
        dest="start",
        required=True,
        type=_day_or_today,
        metavar="DATE",
        help="first local day, like 2027-01-04, or `today` (in the plan's zone)",
    )
    s.add_argument("--days", required=True, type=_days, metavar="N", help="number of local days")
    s.add_argument("--json", action="store_true", help="one JSON object on stdout")
    s.set_defaults(handler=cmd_schedule)


def _define_demo_plan(d: argparse.ArgumentParser) -> None:
    d.add_argument("-o", dest="output", metavar="FILE", help="write it here (else stdout)")
    d.set_defaults(handler=cmd_demo_plan)


def _define_import(i: argparse.ArgumentParser) -> None:
    i.add_argument("plan", metavar="PLAN", help="a medplanner-plan/1 TOML file")
    i.set_defaults(handler=cmd_import)


def _define_take(t: argparse.ArgumentParser) -> None:
    t.add_argument("medication", metavar="MEDICATION", nargs="?")
    t.add_argument(
        "--all-due",
        action="store_true",
        help="take every dose that is due now (and every missed one advised take-now)",
    )
    _at_and_person(t)
    t.add_argument(
        "--force",
        action="store_true",
        help="record it even though a warning stands (it is flagged in the log)",
    )
    t.add_argument(
        "--dose",
        type=_amount,
        metavar="AMOUNT",
        help="the amount taken, like 300mg: needed with --force for a dose no step applies to",
    )
    t.set_defaults(handler=cmd_take)


def _define_skip(k: argparse.ArgumentParser) -> None:
    k.add_argument("medication", metavar="MEDICATION")
    _at_and_person(k)
    k.add_argument("--reason", help="why (kept in the log)")
    k.set_defaults(handler=cmd_skip)


def _define_status(st: argparse.ArgumentParser) -> None:
    _at_and_person(st)
    st.add_argument("--json", action="store_true", help="one JSON object on stdout")
    st.set_defaults(handler=cmd_status)


def _define_stock(k: argparse.ArgumentParser) -> None:
    k.add_argument("medication", metavar="MEDICATION")
    change = k.add_mutually_exclusive_group()
    change.add_argument(
        "--set", type=_units, metavar="N", help="count: N tablets/capsules on hand now"
    )
    change.add_argument("--add", type=_units, metavar="N", help="refill: N more on hand")
    _at_and_person(k)
    k.add_argument("--reason", help="a note kept in the stock history")
    k.set_defaults(handler=cmd_stock)


def _define_diary(d: argparse.ArgumentParser) -> None:
    from medplanner.core.diary import SEVERITIES, SYMPTOMS

    d.add_argument(
        "symptom",
        nargs="?",
        metavar="SYMPTOM",
        help=f"what you feel: {', '.join(SYMPTOMS)} (without it: list recent entries)",
    )
    d.add_argument("--severity", choices=SEVERITIES, help="how bad (needed with SYMPTOM)")
    d.add_argument("--note", metavar="TEXT", help="a few words kept with the entry")
    _at_and_person(d)
    d.add_argument(
        "--days", type=_days, default=14, metavar="N", help="list the last N days (default 14)"
    )
    d.add_argument(
        "--withdraw", type=_entry_id, metavar="ID", help="withdraw a mistaken entry (kept)"
    )
    d.add_argument("--reason", metavar="TEXT", help="why the entry is withdrawn")
    d.add_argument(
        "--safe",
        action="store_true",
        help="say you are safe now: red flags written before --at (default now) stop standing",
    )
    d.add_argument("--json", action="store_true", help="one JSON object on stdout")
    d.set_defaults(handler=cmd_diary)


def _define_export(e: argparse.ArgumentParser) -> None:
    e.add_argument("--person", metavar="NAME")
    e.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="toml",
        help="toml: the plan; ics: calendar with alarms; pdf: printable schedule; "
        "csv: dose history; report-pdf: report for the doctor; fhir: FHIR R4 Bundle (JSON)",
    )
    e.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of stdout (needed for PDFs)"
    )
    e.add_argument(
        "--from",
        dest="start",
        type=_iso_date,
        metavar="DATE",
        help="pdf: first day (default today); report-pdf: first day of the period",
    )
    e.add_argument(
        "--weeks",
        type=_weeks,
        metavar="N",
        help="pdf: weeks ahead (default 4); report-pdf: weeks back when --from is not given "
        "(default 12)",
    )
    e.add_argument("--at", type=_iso_instant, metavar="ISO", help="the moment (default: now)")
    e.set_defaults(handler=cmd_export)


def _define_backup(b: argparse.ArgumentParser) -> None:
    b.add_argument("file", metavar="FILE")
    b.set_defaults(handler=cmd_backup)


def _define_restore(r: argparse.ArgumentParser) -> None:
    r.add_argument("file", metavar="FILE")
    r.set_defaults(handler=cmd_restore)


def _at_and_person(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--at",
        type=_iso_instant,
        metavar="ISO",
        help="the moment, with its UTC offset (default: now)",
    )
    p.add_argument("--person", metavar="NAME", help="whose plan (needed when several are stored)")


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    first = next((w for w in words if not w.startswith("-")), None)
    parser = build_parser(first if first in COMMANDS else None)
    args = parser.parse_args(words)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return open_app(demo=args.demo)
        return handler(args)
    except InvalidInput as e:
        _err(e.message)
        return EXIT_INVALID
    except MedPlannerError as e:
        _err(e.message)
        return EXIT_INVALID
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Exception:
        path = _log_bug()
        _err(f"MedPlanner hit an unexpected problem; nothing was changed. Details: {path}")
        return EXIT_BUG


# --------------------------------------------------------------------------- commands


def cmd_check(args: argparse.Namespace) -> int:
    plan = _load_plan(args.plan)
    from medplanner.core.checks import run_checks

    # Monitoring is judged at now's local day (MEDPLANNER_NOW when set, contract §2).
    findings = run_checks(plan, as_of=_today_for(plan))
    if args.json:
        _print_json({"findings": [f.to_json() for f in findings]})
    else:
        from medplanner.textout import format_findings

        _print(format_findings(plan, findings))
    return EXIT_FINDINGS if any(f.severity != "info" for f in findings) else EXIT_OK


def cmd_schedule(args: argparse.Namespace) -> int:
    from medplanner.core.schedule import expand, to_utc_z

    plan = _load_plan(args.plan)
    if args.start == TODAY:
        args.start = _today_for(plan)
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
        _print_json({"doses": out})
    else:
        from medplanner.textout import format_schedule

        _print(format_schedule(plan, doses, args.start, args.days))
    return EXIT_OK


def cmd_demo_plan(args: argparse.Namespace) -> int:
    from medplanner.core.demo import DAYS_IN, demo_plan
    from medplanner.core.plan import dumps

    text = dumps(demo_plan(_now()))
    if args.output is None:
        _print(text.rstrip("\n"))
        return EXIT_OK
    _write_private(args.output, text)
    _print(
        f"Wrote the demo plan to {args.output}: a made-up gabapentin + baclofen titration "
        f"that began {DAYS_IN} days ago. Try: medplanner check {args.output}"
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from medplanner.localzone import machine_zone
    from medplanner.textout import format_findings

    with _service() as svc:
        result = svc.import_plan(Path(args.plan), default_timezone=machine_zone())
        plan = svc.current(result.person).plan
    if result.findings:
        _print(format_findings(plan, result.findings))
        _print("")
    if result.unchanged:
        _print(f"{result.person}'s plan is already stored as it is (version {result.version}).")
    else:
        what = "Stored a new person" if result.new_person else "Stored a new plan version for"
        _print(f"{what} {result.person} (plan version {result.version}).")
    return EXIT_OK


def cmd_take(args: argparse.Namespace) -> int:
    """The one take flow: propose, then record (``--force`` confirms what it met)."""
    from medplanner.textout import format_findings, format_take

    if args.all_due or args.medication is None:
        return cmd_take_all_due(args)
    at = _at(args)
    with _service() as svc:
        person = svc.resolve_person(args.person)
        proposal = svc.propose_take(person, args.medication, at, dose=args.dose)
        if args.force and proposal.amount is None:
            raise InvalidInput(
                f"{proposal.medication.name} has no scheduled dose then, so say how much was "
                "taken: --dose AMOUNT (like --dose 300mg)"
            )
        confirmed = proposal.needs_confirmation if args.force else ()
        outcome = svc.record_take(proposal, confirmed_over=confirmed)
        plan = svc.current(person).plan
    if outcome.check.findings:
        _print(format_findings(plan, list(outcome.check.findings), summary=False))
    _print(format_take(plan, outcome))
    return EXIT_OK if outcome.recorded else EXIT_FINDINGS


def cmd_take_all_due(args: argparse.Namespace) -> int:
    """``take --all-due``: every due dose through the one take flow; exit 1 when any was
    refused (``--force`` records those too, over exactly the findings each met)."""
    from medplanner.textout import format_take_all_due

    if not args.all_due:
        raise InvalidInput("say which medication was taken, or --all-due for every due dose")
    if args.medication is not None:
        raise InvalidInput("--all-due takes no MEDICATION: it records every dose due now")
    if args.dose is not None:
        raise InvalidInput("--dose cannot go with --all-due: each due dose has its own amount")
    at = _at(args)
    with _service() as svc:
        person = svc.resolve_person(args.person)
        outcomes = svc.take_all_due(person, at, force=args.force)
        plan = svc.current(person).plan
    _print(format_take_all_due(plan, outcomes))
    return EXIT_OK if all(o.recorded for o in outcomes) else EXIT_FINDINGS


def cmd_skip(args: argparse.Namespace) -> int:
    """Skip the dose that is due, missed or upcoming within the skip window; else exit 1."""
    from medplanner.core.schedule import zone
    from medplanner.textout import format_findings

    at = _at(args)
    with _service() as svc:
        person = svc.resolve_person(args.person)
        outcome = svc.skip(person, args.medication, at, reason=args.reason)
        plan = svc.current(person).plan
    tz = zone(plan.person.timezone)
    dose = outcome.dose
    if outcome.event is None or dose is None:
        _print(format_findings(plan, list(outcome.check.findings), summary=False))
        _print(f"Not recorded: no dose of {outcome.check.medication.name} was skipped.")
        return EXIT_FINDINGS
    _print(
        f"Recorded: the {dose.at:%H:%M} dose of {outcome.event.medication} ({dose.dose}) on "
        f"{dose.day:%a} {dose.day.day} {dose.day:%b} is skipped "
        f"(noted at {at.astimezone(tz):%H:%M})."
    )
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from medplanner.textout import format_status, status_json

    with _service() as svc:
        person = svc.resolve_person(args.person)
        status = svc.status(person, _at(args))
    if args.json:
        _print_json(status_json(status))
    else:
        _print(format_status(status))
    return EXIT_FINDINGS if status.attention else EXIT_OK


def cmd_stock(args: argparse.Namespace) -> int:
    from medplanner.textout import format_stock

    with _service() as svc:
        person = svc.resolve_person(args.person)
        at = _at(args)
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
    _print(format_stock(plan, report, args.medication, at, changed=changed))
    return EXIT_OK


def cmd_diary(args: argparse.Namespace) -> int:
    """Exit 1 when a red flag was recorded, or one from the last 24 h stands."""
    from datetime import timedelta

    from medplanner import diarytext
    from medplanner.core.diary import parse_symptom

    if args.symptom is not None and args.severity is None:
        raise InvalidInput("say how bad it is: --severity mild, moderate or severe")
    if args.symptom is None and (args.severity or args.note):
        raise InvalidInput("--severity and --note go with a SYMPTOM, like: diary nausea ...")
    if (args.withdraw is None) != (args.reason is None) or (args.withdraw and args.symptom):
        raise InvalidInput("withdraw an entry with: diary --withdraw ID --reason TEXT")
    if args.safe and (args.symptom is not None or args.withdraw is not None):
        raise InvalidInput("say you are safe on its own: diary --safe [--at ISO]")
    symptom = parse_symptom(args.symptom) if args.symptom is not None else None
    now = _now()
    _at(args)  # a future --at is refused
    with _service() as svc:
        person = svc.resolve_person(args.person)
        tz = _person_zone(svc, person, args.at or now)
        if args.safe:
            moment = args.at or now
            ended = svc.mark_safe(person, moment).value
            left = svc.red_flags(person, now)
            if args.json:
                _print_json(
                    {
                        "person": person,
                        "safe_at": moment.isoformat(),
                        "ended": [e.id for e in ended],
                        "red_flags": [e.id for e in left],
                    }
                )
            else:
                _print(diarytext.format_safe(person, moment, ended, tz))
                if left:
                    _print(diarytext.emergency_banner(left, tz))
            return EXIT_FINDINGS if left else EXIT_OK
        if symptom is not None:
            entry, verdict = svc.record_symptom(
                person, symptom, args.severity, args.at or now, note=args.note
            ).value
            if args.json:
                _print_json({"person": person, "entry": diarytext.entry_json(entry, tz)})
            else:
                _print(diarytext.format_recorded(person, entry, verdict, tz))
            return EXIT_FINDINGS if verdict.is_emergency else EXIT_OK
        if args.withdraw is not None:
            withdrawal = svc.withdraw_symptom(person, args.withdraw, reason=args.reason).value
            if args.json:
                _print_json({"person": person, "entry": diarytext.entry_json(withdrawal, tz)})
            else:
                _print(diarytext.format_withdrawn(person, withdrawal, tz))
        at = args.at or now
        rows = svc.diary(person, at - timedelta(days=args.days), at + timedelta(days=1))
        flags = svc.red_flags(person, at)
    if args.withdraw is None:
        if args.json:
            _print_json(
                {
                    "person": person,
                    "entries": [diarytext.entry_json(e, tz) for e in rows],
                    "red_flags": [e.id for e in flags],
                }
            )
        else:
            _print(diarytext.format_diary(person, rows, flags, tz, args.days))
    elif flags and not args.json:
        _print(diarytext.emergency_banner(flags, tz))
    return EXIT_FINDINGS if flags else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if args.format in ("pdf", "report-pdf"):
        return _export_pdf(args)
    with _service() as svc:
        person = svc.resolve_person(args.person)
        if args.format == "ics":
            text = _ics_text(svc, person, _at(args))
        elif args.format == "csv":
            from medplanner.export.history import history_csv

            text = history_csv(svc, person)
        elif args.format == "fhir":
            from medplanner.export.fhir import fhir_json

            text = fhir_json(svc.current(person).plan, svc.kb, stamp=_at(args))
        else:
            text = svc.current(person).text
    if args.output:
        try:
            _write_private(args.output, text)
        except OSError as e:
            raise InvalidInput(f"{args.output}: cannot be written ({e.strerror or e})") from None
        _print(f"Wrote {args.format} for {person} to {args.output}")
    elif args.format == "ics":
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))  # CRLF line ends, as RFC 5545 wants
        sys.stdout.buffer.flush()
    else:
        _print(text.rstrip("\n"))
    return EXIT_OK


def _ics_text(svc: Service, person: str, now: datetime) -> str:
    from medplanner.core.checks import run_checks
    from medplanner.core.clock import today
    from medplanner.export.ics import to_ics

    cur = svc.current(person)
    findings = run_checks(cur.plan, svc.kb, today=today(cur.plan.person, now))
    return to_ics(cur.plan, findings, stamp=now, sequence=cur.version)


def _export_pdf(args: argparse.Namespace) -> int:
    """The printable schedule (pdf) or the doctor's report (report-pdf): Qt, offscreen."""
    from datetime import timedelta
    from pathlib import Path

    from medplanner.core.clock import today as today_of
    from medplanner.export import pdf, report

    if not args.output:
        raise InvalidInput("a PDF is not for the terminal: say where with -o FILE.pdf")
    now = _at(args)
    with _service() as svc:
        person = svc.resolve_person(args.person)
        today = today_of(svc.current(person).plan.person, now)
        if args.format == "pdf":
            data = pdf.schedule_pdf(
                report.schedule_data(svc, person, args.start or today, args.weeks or 4)
            )
            what = "the printable schedule"
        else:
            since = args.start or today - timedelta(weeks=args.weeks or 12)
            data = pdf.report_pdf(report.report_data(svc, person, since, now))
            what = "the report for the doctor"
    try:
        pdf.write_private(Path(args.output), data)
    except OSError as e:
        raise InvalidInput(f"{args.output}: cannot be written ({e.strerror or e})") from None
    _print(f"Wrote {what} for {person} to {args.output}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    with _service() as svc:
        dest = svc.backup(Path(args.file))
    _print(f"Backup written to {dest}. Keep it somewhere private: it holds health data.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from medplanner.service import restore

    result = restore(Path(args.file), today=_now().date())  # MEDPLANNER_NOW's date
    _print(f"Restored {args.file}.")
    if result.previous is not None:
        _print(f"The database it replaced is kept at {result.previous}.")
    return EXIT_OK


def open_app(*, demo: bool) -> int:
    """Open the desktop app (``medplanner``, ``medplanner --demo``).

    Qt is imported here only, when the window opens: the other commands stay quick.
    """
    from medplanner.gui.app import run

    return run(demo=demo)


# --------------------------------------------------------------------------- planners (issue 22)


def _define_supply(s: argparse.ArgumentParser) -> None:
    _at_and_person(s)
    s.add_argument(
        "--weeks", required=True, type=_weeks, metavar="N", help="weeks ahead, from today"
    )
    s.add_argument("--json", action="store_true", help="one JSON object on stdout")
    s.set_defaults(handler=cmd_supply)


def cmd_supply(args: argparse.Namespace) -> int:
    """What to ask for: the fewest units per strength for the plan's next N weeks; exit 1
    when a dose cannot be made from the strengths the medication comes in."""
    from medplanner.core.clock import today as today_of
    from medplanner.core.supply import plan_supply
    from medplanner.textout import format_supply, supply_json

    at = _at(args)
    with _service() as svc:
        person = svc.resolve_person(args.person)
        plan = svc.current(person).plan
        start = today_of(plan.person, at)
        supplies = plan_supply(plan, svc.kb, start, args.weeks)
    if args.json:
        _print_json(supply_json(person, start, args.weeks, supplies))
    else:
        _print(format_supply(person, start, args.weeks, supplies))
    return EXIT_OK if all(s.makeable for s in supplies) else EXIT_FINDINGS


def _define_draft_taper(d: argparse.ArgumentParser) -> None:
    _define_draft(d, "the daily total to lower to (default: stop it)", required=False)
    d.set_defaults(handler=cmd_draft, kind="taper")


def _define_draft_titration(d: argparse.ArgumentParser) -> None:
    _define_draft(d, "the daily total to raise to, like 1800mg", required=True)
    d.set_defaults(handler=cmd_draft, kind="titration")


def _define_draft(d: argparse.ArgumentParser, to_help: str, *, required: bool) -> None:
    d.add_argument("plan", metavar="PLAN", help="a medplanner-plan/1 TOML file")
    d.add_argument("medication", metavar="MEDICATION")
    d.add_argument("--to", type=_amount, metavar="AMOUNT", required=required, help=to_help)
    d.add_argument(
        "--from",
        dest="start",
        type=_iso_date,
        metavar="DATE",
        help="first day of the change at the earliest (default: today, in the plan's zone)",
    )
    d.add_argument("-o", dest="output", metavar="FILE", help="write the draft here (else stdout)")


def cmd_draft(args: argparse.Namespace) -> int:
    """``draft-taper`` / ``draft-titration``: a draft plan to discuss with the prescriber;
    exit 1 (nothing written) when the draft would raise a warning."""
    from medplanner.core.knowledge import load_knowledge_base
    from medplanner.core.planner import DraftRefused, draft_taper, draft_text, draft_titration
    from medplanner.textout import format_findings

    plan = _load_plan(args.plan)
    kb = load_knowledge_base()
    start = args.start or _today_for(plan)
    try:
        if args.kind == "taper":
            draft = draft_taper(plan, args.medication, kb, start=start, to=args.to)
        else:
            draft = draft_titration(plan, args.medication, kb, start=start, to=args.to)
    except DraftRefused as e:
        _print(format_findings(plan, e.findings, summary=False))
        _print(f"Not drafted: {e.message}. Nothing was written.")
        return EXIT_FINDINGS
    text = draft_text(draft)
    if args.output:
        try:
            _write_private(args.output, text)
        except OSError as e:
            raise InvalidInput(f"{args.output}: cannot be written ({e.strerror or e})") from None
        _print(draft.header)
        _print(f"Wrote the draft {args.kind} of {draft.medication} to {args.output}")
    else:
        _print(text.rstrip("\n"))
    return EXIT_OK


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "check": ("check a plan file against the drugs' rules", _define_check),
    "schedule": ("list every scheduled dose, in time order", _define_schedule),
    "import": ("store (or replace) a person's plan in the data dir", _define_import),
    "demo-plan": ("write the demo plan, dated to begin two days ago", _define_demo_plan),
    "take": ("record a dose as taken (refuses a doubled dose)", _define_take),
    "skip": ("record a scheduled dose as skipped", _define_skip),
    "status": ("today's doses, their states and missed-dose advice", _define_status),
    "stock": ("units on hand and when they run out along the plan", _define_stock),
    "diary": ("symptom diary: add an entry, or list recent ones", _define_diary),
    "export": (
        "the plan (toml), calendar (ics), printable schedule or report (pdf), history (csv)",
        _define_export,
    ),
    "backup": ("write a full backup of the data dir's database", _define_backup),
    "restore": ("restore a backup (checked fully before anything changes)", _define_restore),
    "supply": ("what to ask for: units per strength for the next N weeks", _define_supply),
    "draft-taper": ("a draft taper to discuss with the prescriber", _define_draft_taper),
    "draft-titration": (
        "a draft titration to discuss with the prescriber",
        _define_draft_titration,
    ),
}


# --------------------------------------------------------------------------- helpers


def _load_plan(path: str) -> Plan:
    from medplanner.core.plan import load
    from medplanner.localzone import machine_zone

    return load(path, default_timezone=machine_zone())


def _service() -> Service:
    from medplanner.service import Service

    _now()  # a malformed MEDPLANNER_NOW is refused before anything is opened
    return Service.open(clock=_now)


#: Contract §2: when set (ISO 8601 with an offset), "now" for every command.
_NOW_ENV = "MEDPLANNER_NOW"
#: How far a ``--at`` may lie after now: two clocks that differ a little.
CLOCK_SKEW = 120  # seconds


def _now() -> datetime:
    """Now: ``MEDPLANNER_NOW`` when set (a malformed one is invalid input), else the clock."""
    text = os.environ.get(_NOW_ENV)
    if text is None:
        from medplanner.core.clock import system_clock

        return system_clock()
    try:
        return _iso_instant(text)
    except argparse.ArgumentTypeError as e:
        raise InvalidInput(f"{_NOW_ENV}: {e}") from None


def _at(args: argparse.Namespace) -> datetime:
    """The command's moment: ``--at``, else now. A ``--at`` later than now is invalid."""
    from datetime import timedelta

    now = _now()
    at: datetime | None = getattr(args, "at", None)
    if at is None:
        return now
    if at - now > timedelta(seconds=CLOCK_SKEW):
        raise InvalidInput(
            f"--at {at.isoformat()} is later than now ({now.isoformat()}): "
            "a dose can only be recorded once it has happened"
        )
    return at


def _today_for(plan: Plan) -> date:
    from medplanner.core.clock import today

    return today(plan.person, _now())


def _amount(text: str) -> Any:
    from medplanner.core.units import Amount

    try:
        amount = Amount.parse(text)
    except InvalidInput as e:
        raise argparse.ArgumentTypeError(e.message) from None
    if amount.value <= 0:
        raise argparse.ArgumentTypeError(f'"{text}" is not a dose that can be taken')
    return amount


def _iso_instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'"{text}" is not a moment like 2027-01-05T08:05:00+01:00'
        ) from None
    if value.utcoffset() is None:
        raise argparse.ArgumentTypeError(
            f'"{text}" needs its UTC offset, like 2027-01-05T08:05:00+01:00'
        )
    problem = instant_problem(value)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return value


def _write_private(path: str, text: str) -> None:
    from medplanner.service.files import write_private_text

    write_private_text(path, text)


def _iso_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a date like 2027-01-04') from None
    problem = date_problem(day)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return day


#: ``--from today``: the local day of now in the plan's zone, resolved once the plan is read.
TODAY = "today"


def _day_or_today(text: str) -> date | str:
    return TODAY if text.strip().casefold() == TODAY else _iso_date(text)


def _days(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a whole number of days') from None
    if not 1 <= n <= 3660:
        raise argparse.ArgumentTypeError(f"{n} days is outside 1–3660")
    return n


def _units(text: str) -> Decimal:
    from medplanner.core.stock import parse_units

    try:
        return parse_units(text)
    except InvalidInput as e:
        raise argparse.ArgumentTypeError(e.message) from None


def _weeks(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a whole number of weeks') from None
    if not 1 <= n <= 104:
        raise argparse.ArgumentTypeError(f"{n} weeks is outside 1–104")
    return n


def _entry_id(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f'"{text}" is not a diary entry number')
    return int(text)


def _person_zone(svc: Service, person: str, fallback: datetime) -> tzinfo:
    """The person's zone from the stored plan; else the offset ``fallback`` carries."""
    from medplanner.core.schedule import zone

    try:
        return zone(svc.current(person).plan.person.timezone)
    except InvalidInput:
        return fallback.tzinfo or UTC


def _print(text: str, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    text = for_output(text)  # plan text never reaches the terminal raw (contract §5)
    try:
        out.write(text if text.endswith("\n") or not text else text + "\n")
    except UnicodeEncodeError:
        enc = out.encoding or "ascii"
        out.write(text.encode(enc, "replace").decode(enc) + "\n")


def _print_json(obj: dict[str, Any]) -> None:
    import json

    text = json_safe(json.dumps(obj, ensure_ascii=False, indent=None))
    data = (text + "\n").encode("utf-8")
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _err(message: str) -> None:
    for line in message.splitlines() or [message]:
        _print(f"medplanner: {line}", sys.stderr)


def _log_bug() -> str:
    """Write the current exception's traceback to a log file; return its path."""
    import tempfile
    from pathlib import Path

    from medplanner import errorlog

    try:
        from medplanner.service.files import data_dir

        folder = data_dir()
    except Exception:
        folder = Path(tempfile.gettempdir())
    exc = sys.exc_info()[1]
    path = errorlog.write(folder, exc) if exc is not None else None
    return str(path) if path is not None else "(the log could not be written)"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
