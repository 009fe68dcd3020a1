"""``export``: the plan (toml), calendar (ics), printable schedule and report (pdf), dose
history (csv) and FHIR bundle."""

from __future__ import annotations

import argparse
import sys

from medplanner.cli import inputs
from medplanner.cli.output import EXIT_OK, print_text, write_private
from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _

#: ``export --format`` values (contract §2; ``report-pdf`` is MedPlanner's addition).
EXPORT_FORMATS = ("toml", "ics", "pdf", "csv", "report-pdf", "fhir")


def _define_export(e: argparse.ArgumentParser) -> None:
    e.add_argument("--person", metavar="NAME")
    e.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="toml",
        # Translators: toml, ics, pdf, csv, report-pdf and fhir are the option's values.
        help=_(
            "toml: the plan; ics: calendar with alarms; pdf: printable schedule; "
            "csv: dose history; report-pdf: report for the doctor; fhir: FHIR R4 Bundle (JSON)"
        ),
    )
    e.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=_("write to FILE instead of stdout (needed for PDFs)"),
    )
    e.add_argument(
        "--from",
        dest="start",
        type=inputs.iso_date,
        metavar="DATE",
        help=_("pdf: first day (default today); report-pdf: first day of the period"),
    )
    e.add_argument(
        "--weeks",
        type=inputs.weeks,
        metavar="N",
        help=_(
            "pdf: weeks ahead (default 4); report-pdf: weeks back when --from is not given "
            "(default 12)"
        ),
    )
    e.add_argument(
        "--at", type=inputs.iso_instant, metavar="ISO", help=_("the moment (default: now)")
    )
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
            raise InvalidInput(_cannot_write(args.output, e)) from None
        # Translators: {format} is the export format's name (toml, ics, csv, fhir).
        print_text(
            _("Wrote {format} for {person} to {path}").format(
                format=args.format, person=person, path=args.output
            )
        )
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
        raise InvalidInput(_("a PDF is not for the terminal: say where with -o FILE.pdf"))
    now = inputs.at(args)
    with inputs.open_service() as svc:
        person = svc.resolve_person(args.person)
        today = today_of(svc.current(person).plan.person, now)
        if args.format == "pdf":
            data = pdf.schedule_pdf(
                report.schedule_data(svc, person, args.start or today, args.weeks or 4)
            )
            done = _("Wrote the printable schedule for {person} to {path}")
        else:
            since = args.start or today - timedelta(weeks=args.weeks or 12)
            data = pdf.report_pdf(report.report_data(svc, person, since, now))
            done = _("Wrote the report for the doctor for {person} to {path}")
    try:
        pdf.write_private(Path(args.output), data)
    except OSError as e:
        raise InvalidInput(_cannot_write(args.output, e)) from None
    print_text(done.format(person=person, path=args.output))
    return EXIT_OK


def _cannot_write(path: str, error: OSError) -> str:
    # Translators: {reason} is the system's reason ("Permission denied").
    return _("{path}: cannot be written ({reason})").format(
        path=path, reason=error.strerror or error
    )


PARSERS: dict[str, inputs.Define] = {"export": _define_export}
