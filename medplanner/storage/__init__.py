"""Storage: MedPlanner's SQLite database (plans, dose log, settings, stock) and its backups.

``Store.open()`` is the way in; :mod:`medplanner.storage.backup` makes and restores
backups. Nothing outside this package writes SQL. See ``repository.py`` for the rules that
keep the dose log whole.

``Store`` is imported on first use (a module ``__getattr__``), not with the package: a
light submodule such as :mod:`medplanner.storage.paths` (where the data lives) can be
imported before the window's first paint without loading SQLite and the repository.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from medplanner.storage.repository import Store

__all__ = ["Store"]


def __getattr__(name: str) -> Any:
    if name == "Store":
        from medplanner.storage.repository import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
