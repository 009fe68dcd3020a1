"""Find the line of a key path (``medications[1].steps[0].times[2]``) in TOML text.

:mod:`tomllib` gives values, not positions; messages about a plan file must
name the line. This is a small, forgiving scanner over the text: table
headers, ``key = value`` lines, and the elements of (possibly multi-line)
arrays. It never decides validity; an unknown path falls back to the
nearest known parent.
"""

from __future__ import annotations

import re
from collections import defaultdict

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\- \"']+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]*\")\s*=\s*")
_INDEX = re.compile(r"\[\d+\]$")


class LineIndex:
    """Map key paths to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self._lines: dict[str, int] = {}
        self._scan(text)

    def line_of(self, path: str) -> int | None:
        p = path
        while p:
            if p in self._lines:
                return self._lines[p]
            p = _parent(p)
        return None

    def _scan(self, text: str) -> None:
        counters: dict[str, int] = defaultdict(int)
        table = ""
        lines = text.splitlines()
        offsets = _line_offsets(text)
        for n, line in enumerate(lines, start=1):
            header = _HEADER.match(line)
            if header and not _KEY.match(line):
                name = ".".join(part.strip().strip("\"'") for part in header.group(2).split("."))
                if header.group(1) == "[[":
                    resolved = self._resolve_array(name, counters)
                    table = resolved
                else:
                    table = self._resolve_table(name, counters)
                self._lines.setdefault(table, n)
                continue
            key = _KEY.match(line)
            if key:
                path = f"{table}.{key.group(1).strip(chr(34))}" if table else key.group(1)
                self._lines.setdefault(path, n)
                value_start = offsets[n - 1] + key.end()
                if text[value_start : value_start + 1] == "[":
                    self._scan_array(text, value_start, path, offsets)

    def _resolve_array(self, name: str, counters: dict[str, int]) -> str:
        parts = name.split(".")
        prefix = ""
        for part in parts[:-1]:
            prefix = f"{prefix}.{part}" if prefix else part
            if prefix in counters:
                prefix = f"{prefix}[{counters[prefix] - 1}]"
        full = f"{prefix}.{parts[-1]}" if prefix else parts[-1]
        index = counters[full]
        counters[full] += 1
        return f"{full}[{index}]"

    def _resolve_table(self, name: str, counters: dict[str, int]) -> str:
        parts = name.split(".")
        out = ""
        for part in parts:
            out = f"{out}.{part}" if out else part
            if out in counters:
                out = f"{out}[{counters[out] - 1}]"
        return out

    def _scan_array(self, text: str, start: int, path: str, offsets: list[int]) -> None:
        """Record the line of each top-level element of the array starting at ``start``."""
        depth = 0
        index = 0
        expecting = False
        i = start
        end = min(len(text), start + 100_000)
        while i < end:
            c = text[i]
            if c in "\"'":
                if depth == 1 and expecting:
                    self._record(f"{path}[{index}]", i, offsets)
                    expecting = False
                i = _skip_string(text, i)
                continue
            if c == "#":
                nl = text.find("\n", i)
                i = end if nl < 0 else nl
                continue
            if c in "[{":
                depth += 1
                if depth == 1:
                    expecting = True
                elif depth == 2 and expecting:
                    self._record(f"{path}[{index}]", i, offsets)
                    expecting = False
            elif c in "]}":
                depth -= 1
                if depth == 0:
                    return
            elif c == "," and depth == 1:
                index += 1
                expecting = True
            elif depth == 1 and expecting and not c.isspace():
                self._record(f"{path}[{index}]", i, offsets)
                expecting = False
            i += 1

    def _record(self, path: str, pos: int, offsets: list[int]) -> None:
        import bisect

        self._lines.setdefault(path, bisect.bisect_right(offsets, pos))


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    triple = text[i : i + 3] == quote * 3
    if triple:
        j = text.find(quote * 3, i + 3)
        return len(text) if j < 0 else j + 3
    j = i + 1
    while j < len(text) and text[j] != quote and text[j] != "\n":
        if quote == '"' and text[j] == "\\":
            j += 1
        j += 1
    return j + 1


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for line in text.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    return offsets


def _parent(path: str) -> str:
    if _INDEX.search(path):
        return _INDEX.sub("", path)
    return path.rpartition(".")[0]
