"""Words the exports share: weekday names as people read them (plan files use "mon" … "sun")."""

from __future__ import annotations

from medplanner.core.i18n import N_

DAY_NAMES = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
"""Monday first, as ``medplanner.core.model.WEEKDAYS``; translate each with ``_`` where shown."""
