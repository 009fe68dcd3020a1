"""Where the shipped resources (drug data, demo plan, icons) live, and the core's one way
to read them.

In a source checkout or an editable install they are ``resources/`` beside
the ``medplanner`` package; a wheel (or a frozen app) carries the same files
as the ``medplanner/data`` package directory (see pyproject.toml).

The core only opens files here, so it names them with string paths (:func:`resource`)
and reads them with the few helpers below: :mod:`pathlib` (and the :mod:`urllib`,
:mod:`ipaddress` and :mod:`fnmatch` it imports) stays out of a quick command like
``check`` (issue 20). The shells and the tests, which glob, copy and compare folders,
get :class:`~pathlib.Path` values as before: ``RESOURCES``, ``DRUGS_DIR``,
``CLASSES_FILE`` and ``DEMO_PLAN`` are made on first use (:func:`__getattr__`).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def _find() -> str:
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    beside = os.path.join(os.path.dirname(package), "resources")
    for candidate in (os.path.join(package, "data"), beside):
        if os.path.isdir(os.path.join(candidate, "drugs")):
            return candidate
    return beside


#: The resources folder (a string path).
RESOURCES_DIR: str = _find()


def path_in(folder: str, *parts: str) -> str:
    """The path of ``parts`` inside ``folder`` (``path_in(d, "drugs", "baclofen.toml")``)."""
    return os.path.join(folder, *parts)


def resource(*parts: str) -> str:
    """The path of ``parts`` inside the resources folder (``resource("demo-plan.toml")``)."""
    return os.path.join(RESOURCES_DIR, *parts)


def read_bytes(path: str) -> bytes:
    """The whole file, unbuffered (an open and a read: about a third of what
    :meth:`pathlib.Path.read_bytes` costs). Raises :class:`OSError` as :func:`open` does."""
    with open(path, "rb", buffering=0) as f:
        return f.readall()


def is_dir(path: str) -> bool:
    return os.path.isdir(path)


def is_file(path: str) -> bool:
    return os.path.isfile(path)


def names_in(folder: str) -> list[str]:
    """The names of the entries of ``folder``, sorted; none when it is not a folder."""
    try:
        return sorted(os.listdir(folder))
    except OSError:
        return []


_PATHS: dict[str, tuple[str, ...]] = {
    "RESOURCES": (),
    "DRUGS_DIR": ("drugs",),
    "CLASSES_FILE": ("classes.toml",),
    "DEMO_PLAN": ("demo-plan.toml",),
}

if TYPE_CHECKING:
    RESOURCES: Path
    DRUGS_DIR: Path
    CLASSES_FILE: Path
    DEMO_PLAN: Path


def __getattr__(name: str) -> Path:
    """``RESOURCES`` (the folder), ``DRUGS_DIR``, ``CLASSES_FILE`` and ``DEMO_PLAN`` as
    :class:`~pathlib.Path` values, for the code that runs elsewhere than the core's quick
    path (the GUI, the developer tools, the tests)."""
    parts = _PATHS.get(name)
    if parts is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from pathlib import Path

    return Path(RESOURCES_DIR, *parts)
