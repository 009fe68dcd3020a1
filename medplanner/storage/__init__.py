"""Storage: MedPlanner's SQLite database (plans, dose log, settings, stock) and its backups.

``Store.open()`` is the way in; :mod:`medplanner.storage.backup` makes and restores
backups. Nothing outside this package writes SQL. See ``repository.py`` for the rules that
keep the dose log whole.
"""

from medplanner.storage.repository import Store

__all__ = ["Store"]
