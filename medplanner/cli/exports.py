"""``export``: the plan (toml), calendar (ics), printable schedule and report (pdf), dose
history (csv) and FHIR bundle."""

from __future__ import annotations

import argparse
import sys

from medplanner.cli import inputs
from medplanner.cli.output import EXIT_OK, print_text, write_private
from medplanner.core.errors import InvalidInput

#: ``export --format`` values (contract §2; ``report-pdf`` is MedPlanner's addition).
EXPORT_FORMATS = ("toml", "ics", "pdf", "csv", "report-pdf", "fhir")


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
        type=inputs.iso_date,
        metavar="DATE",
        help="pdf: first day (default today); report-pdf: first day of the period",
    )
    e.add_argument(
        "--weeks",
        type=inputs.weeks,
        metavar="N",
        help="pdf: weeks ahead (default 4); report-pdf: weeks back when --from is not given "
        "(default 12)",
    )
    e.add_argument("--at", type=inputs.iso_instant, metavar="ISO", help="the moment (default: now)")
    e.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    if args.format in ("pdf", "report-pdf"):
        return _export_pdf(args)
    with inputs.open_service() as svc:
        person = svc.resolve_person(args.person)
        if args.format == "ics":
            from medplanner.export.ics import plan_ics

            text = plan_ics(svc, person, inputs.at(args))
        elif args.format == "csv":
            from medplanner.export.history import history_csv

            text = history_csv(svc, person)
        elif args.format == "fhir":
            from medplanner.export.fhir import fhir_json

            text = fhir_json(svc.current(person).plan, svc.kb, stamp=inputs.at(args))
        else:
            text = svc.current(person).text
    if args.output:
        try:
            write_private(args.output, text)
        except OSError as e:
            raise InvalidInput(f"{args.output}: cannot be written ({e.strerror or e})") from None
        print_text(f"Wrote {args.format} for {person} to {args.output}")
    elif args.format == "ics":
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))  # CRLF line ends, as RFC 5545 wants
        sys.stdout.buffer.flush()
    else:
        print_text(text.rstrip("\n"))
    return EXIT_OK


def _export_pdf(args: argparse.Namespace) -> int:
    """The printable schedule (pdf) or the doctor's report (report-pdf): Qt, offscreen."""
    from datetime import timedelta
    from pathlib import Path

    from medplanner.core.clock import today as today_of
    from medplanner.export import pdf, report

    if not args.output:
        raise InvalidInput("a PDF is not for the terminal: say where with -o FILE.pdf")
    now = inputs.at(args)
    with inputs.open_service() as svc:
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
    print_text(f"Wrote {what} for {person} to {args.output}")
    return EXIT_OK


PARSERS: dict[str, inputs.Define] = {"export": _define_export}
