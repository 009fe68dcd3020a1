"""``emit(signal, *args)``: emit a Qt signal from Python without PySide6 6.12.0's refcount bug.

In PySide6 6.12.0, ``SignalInstance.emit()`` returns ``True``/``False`` without adding
the reference it hands out, so every emit from Python takes one reference away from
``True``. After a few hundred emits (a long-running reminder app does that) the
interpreter aborts: "Fatal Python error: bool_dealloc: deallocating True or False" — at
the latest on quit. 6.11.3 does not have the bug.

``SignalInstance.disconnect()`` has the same fault. At import this module calls each a
few times on a probe and measures whether the reference went missing; only then do
:func:`emit` and :func:`disconnect` give the reference back. On a fixed
PySide6 it is a plain ``signal.emit(*args)``. Remove the module once 6.12.0 is excluded
in ``pyproject.toml``.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8


class _Probe(QObject):
    ping = Signal()

    def pong(self) -> None:
        """A slot to connect and disconnect."""


def _lost_per_call(call: Callable[[], object]) -> int:
    """How many references to the returned bool one ``call()`` loses (0 when sound)."""
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(_PROBES):
        call()
    lost_true = true_before - sys.getrefcount(True)
    lost_false = false_before - sys.getrefcount(False)
    if lost_true + lost_false < _PROBES:
        return 0
    for value, count in ((True, lost_true), (False, lost_false)):  # give them back
        for _ in range(max(count, 0)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))
    return 1


def _connect_and_disconnect(probe: _Probe) -> object:
    probe.ping.connect(probe.pong)
    return probe.ping.disconnect(probe.pong)


_PROBE = _Probe()
_EMIT_LOSES = _lost_per_call(_PROBE.ping.emit)
_DISCONNECT_LOSES = _lost_per_call(lambda: _connect_and_disconnect(_PROBE))


def _give_back(result: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, giving back the reference PySide6 6.12.0 drops."""
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if _EMIT_LOSES:
        _give_back(result)


def disconnect(signal: SignalInstance, slot: Callable[..., object]) -> None:
    """``signal.disconnect(slot)`` (the slot must be connected), with the same repair."""
    result = signal.disconnect(slot)
    if _DISCONNECT_LOSES:
        _give_back(result)


def emit_drops_reference() -> bool:
    """Whether this PySide6 has the bug (for the test and the lead's pin decision)."""
    return bool(_EMIT_LOSES)
