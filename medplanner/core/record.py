"""Frozen records without :mod:`dataclasses`: the core's value types a command start builds.

A frozen dataclass costs about 1.2 ms to create (Python writes six methods as source and
compiles each with ``exec``), and importing :mod:`dataclasses` brings :mod:`inspect` (about
12 ms together): every ``medplanner check`` paid both (issue 20). A :class:`Record` subclass
writes its own ``__init__`` (typed, so mypy checks every call) and lists its fields in
``_fields``; this base gives what ``@dataclass(frozen=True)`` gave:

* assigning or deleting an attribute raises :class:`FrozenInstanceError` (an
  ``AttributeError``, as :class:`dataclasses.FrozenInstanceError` is);
* ``==`` compares the fields of ``_compare`` (default: every field) of two objects of the
  same class, and ``hash`` hashes the same tuple;
* ``repr`` is ``Name(field=value, ...)``, as a dataclass's;
* ``__replace__(**changes)``: a copy with some fields changed, as :func:`dataclasses.replace`
  (and Python 3.13's :func:`copy.replace`) make one; :func:`replace` calls it.

:func:`functools.cached_property` works on a record (it writes the instance ``__dict__``).
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

T = TypeVar("T")


class FrozenInstanceError(AttributeError):
    """An attribute of a frozen record was assigned or deleted."""


class Record:
    """Base of the core's frozen records (see the module's docstring)."""

    __slots__ = ("__dict__",)

    #: Every field, in ``__init__`` order (``repr`` and ``__replace__`` use it).
    _fields: ClassVar[tuple[str, ...]] = ()
    #: The fields ``==`` and ``hash`` use (``None``: all of ``_fields``).
    _compare: ClassVar[tuple[str, ...] | None] = None

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _key(self) -> tuple[object, ...]:
        d = self.__dict__
        return tuple([d[f] for f in self._compare or self._fields])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        d = self.__dict__
        inner = ", ".join(f"{f}={d[f]!r}" for f in self._fields)
        return f"{type(self).__qualname__}({inner})"

    def __replace__(self, **changes: Any) -> Any:
        unknown = set(changes) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)[0]!r}")
        d = self.__dict__
        return type(self)(**{f: changes[f] if f in changes else d[f] for f in self._fields})


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of ``obj`` with ``changes``: a :class:`Record`'s ``__replace__``, else (a
    dataclass) :func:`dataclasses.replace`."""
    method = getattr(type(obj), "__replace__", None)
    if method is not None:
        result: T = method(obj, **changes)
        return result
    import dataclasses

    return dataclasses.replace(obj, **changes)  # type: ignore[type-var]


__all__ = ["FrozenInstanceError", "Record", "replace"]
