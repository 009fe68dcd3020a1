"""``python -m medplanner``."""

from medplanner.cli import run

run()
