"""The desktop app: :mod:`~medplanner.gui.app.start` (``run``: Qt, the first frame, the
single-instance guard), :mod:`~medplanner.gui.app.shell` (the wiring of window, service
and reminder engine) and :mod:`~medplanner.gui.app.opening` (opening the data, a backup
offered for a damaged database). The single-instance guard is
:mod:`medplanner.gui.single_instance`; the demo's seeding :mod:`medplanner.gui.demo`.
"""

from typing import TYPE_CHECKING, Any

from medplanner.gui.app.shell import EXIT_UNUSABLE, Shell
from medplanner.gui.app.start import after_first_paint, application, run

if TYPE_CHECKING:
    from medplanner.gui.app.opening import open_service


def __getattr__(name: str) -> Any:
    if name == "open_service":  # after the first paint: opening the data
        from medplanner.gui.app.opening import open_service

        return open_service
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EXIT_UNUSABLE", "Shell", "after_first_paint", "application", "open_service", "run"]
