"""The machine's IANA time zone name, for plans that do not give one.

Kept out of ``core`` because it reads the system's configuration.
"""

from __future__ import annotations

import contextlib
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def machine_zone() -> str:
    """``$TZ`` if it names a zone, else ``/etc/localtime``'s target, else ``/etc/timezone``,
    else UTC.

    (Windows has neither file; there the plan file should name its zone. UTC is the safe default:
    the person's zone is shown with every time, so a wrong default is visible, never silent.)
    """
    candidates: list[str] = []
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        candidates.append(tz)
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    with contextlib.suppress(OSError), open("/etc/timezone", encoding="utf-8") as f:
        candidates.append(f.read().strip())
    for name in candidates:
        if _is_zone(name):
            return name
    return "UTC"


def _is_zone(name: str) -> bool:
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True
