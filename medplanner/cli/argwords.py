"""argparse's own words ("usage: ", "options", "show this help message and exit", its error
messages) through MedPlanner's catalogue.

argparse writes them with ``gettext.gettext`` under the global domain, so a translation of
MedPlanner would leave them English. :func:`use_catalogue` points argparse's two lookups
at :mod:`medplanner.core.i18n`; the texts below (exactly as Python 3.11's argparse writes
them) are marked so the catalogue command extracts them. A later Python that changes one
of them keeps that one in English, nothing worse; so does argparse's one counted text
(``expected %s argument(s)``), which MedPlanner's options never meet.
"""

from __future__ import annotations

import argparse

from medplanner.core import i18n
from medplanner.core.i18n import N_

WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


def use_catalogue() -> None:
    """argparse's words from now on come from MedPlanner's catalogue (in the language in use)."""
    setattr(argparse, "_", i18n._)  # noqa: B010 (argparse's module-level gettext alias)
    setattr(argparse, "ngettext", i18n.ngettext)  # noqa: B010
