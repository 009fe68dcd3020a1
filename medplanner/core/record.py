"""Frozen records without :mod:`dataclasses`: the core's value types a command start builds.

A frozen dataclass costs about 1.2 ms to create (Python writes six methods as source and
compiles each with ``exec``), and importing :mod:`dataclasses` brings :mod:`inspect` (about
12 ms together): every ``medplanner check`` paid both (issue 20). A ``typing.NamedTuple``
costs the same kind of work (``collections.namedtuple`` runs ``eval``, and ``typing`` compiles
each string annotation). A :class:`Record` is declared like a frozen dataclass, and nothing
is compiled at run time::

    class Range(Record):
        min: Decimal
        max: Decimal
        typical: Decimal | None = None

``__init_subclass__`` takes the fields from the class's own annotations (after its parents'
fields; ``ClassVar[...]`` ones are not fields) and the defaults from the values given in
the class body (as a dataclass does, the default stays readable as a class attribute; a
list, dict or set default is refused). :func:`typing.dataclass_transform` tells mypy the same,
so every call is checked against the synthesized ``__init__``. A subclass may still write its
own (typed) ``__init__``, filling ``self.__dict__``; it may list ``_fields`` itself (in
``__init__`` order), which must then name exactly its annotated fields.

This base gives what ``@dataclass(frozen=True)`` gave:

* ``__init__`` binds positional and keyword arguments as a dataclass's does, with a
  :class:`TypeError` naming the class and the argument for one missing, unknown, given twice
  or one too many;
* assigning or deleting an attribute raises :class:`FrozenInstanceError` (an
  ``AttributeError``, as :class:`dataclasses.FrozenInstanceError` is);
* ``==`` compares the fields of ``_compare`` (default: every field) of two objects of the
  same class, and ``hash`` hashes the same tuple; a record is not a tuple (no unpacking,
  indexing, ordering or ``==`` with a tuple);
* ``repr`` is ``Name(field=value, ...)``, as a dataclass's;
* ``__match_args__`` is ``_fields``, for ``match`` statements;
* ``__replace__(**changes)``: a copy with some fields changed, as :func:`dataclasses.replace`
  (and Python 3.13's :func:`copy.replace`) make one; :func:`replace` calls it.

Generic records (``class Sourced(Record, Generic[T])``) work. :func:`functools.cached_property`
works on a record (it writes the instance ``__dict__``).
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar, dataclass_transform

T = TypeVar("T")


class FrozenInstanceError(AttributeError):
    """An attribute of a frozen record was assigned or deleted."""


def _is_classvar(annotation: object) -> bool:
    if isinstance(annotation, str):
        return annotation.replace(" ", "").startswith(("ClassVar", "typing.ClassVar"))
    return annotation is ClassVar or getattr(annotation, "__origin__", None) is ClassVar


def _own_annotations(cls: type) -> dict[str, object]:
    """The annotations written in ``cls``'s own body (strings under ``from __future__ import
    annotations``), without evaluating them."""
    ns = cls.__dict__
    if "__annotations__" in ns:
        return dict(ns["__annotations__"])
    if "__annotate__" in ns:  # pragma: no cover - Python 3.14 without the __future__ import
        import annotationlib  # type: ignore[import-not-found,unused-ignore]

        found: dict[str, object] = annotationlib.get_annotations(
            cls, format=annotationlib.Format.STRING
        )
        return found
    return {}


@dataclass_transform(frozen_default=True)
class Record:
    """Base of the core's frozen records (see the module's docstring)."""

    __slots__ = ("__dict__",)

    #: Every field, in ``__init__`` order (``repr`` and ``__replace__`` use it).
    _fields: ClassVar[tuple[str, ...]] = ()
    #: The default of each field that has one.
    _field_defaults: ClassVar[dict[str, Any]] = {}
    #: ``_fields`` as a set (the generic ``__init__`` compares the keys it bound with it).
    _field_set: ClassVar[frozenset[str]] = frozenset()
    #: The fields ``==`` and ``hash`` use (``None``: all of ``_fields``).
    _compare: ClassVar[tuple[str, ...] | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        ns = cls.__dict__
        own = [n for n, a in _own_annotations(cls).items() if not _is_classvar(a)]
        inherited: tuple[str, ...] = cls._fields  # the nearest parent's (not yet ours)
        derived = inherited + tuple(n for n in own if n not in inherited)
        defaults = dict(cls._field_defaults)
        for name in own:
            if name in ns:
                value = ns[name]
                if type(value).__hash__ is None:  # list, dict, set: shared by every record
                    raise ValueError(
                        f"{cls.__name__}.{name}: mutable default {type(value).__name__} "
                        "is not allowed"
                    )
                defaults[name] = value
            else:
                defaults.pop(name, None)  # re-declared without a default
        if "_fields" in ns:
            if sorted(ns["_fields"]) != sorted(derived):
                raise TypeError(
                    f"{cls.__name__}._fields {ns['_fields']} does not name exactly its "
                    f"annotated fields {derived}"
                )
        else:
            cls._fields = derived
        cls._field_defaults = defaults
        cls._field_set = frozenset(cls._fields)
        if "__match_args__" not in ns:
            setattr(cls, "__match_args__", cls._fields)  # noqa: B010 (mypy: synthesized)
        if cls.__init__ is Record.__init__:
            seen_default = ""
            for name in cls._fields:
                if name in defaults:
                    seen_default = name
                elif seen_default:
                    raise TypeError(
                        f"{cls.__name__}: field {name!r} without a default follows "
                        f"{seen_default!r}, which has one"
                    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The knowledge base makes about a thousand records a start: the usual calls (every
        # field positional; or defaults and keywords: C-level updates and one comparison of
        # the keys) are kept short; only a wrong call is looked at name by name.
        cls = type(self)
        fields = cls._fields
        d = self.__dict__
        if not kwargs and len(args) == len(fields):
            i = 0
            for name in fields:  # quicker here than d.update(zip(fields, args))
                d[name] = args[i]
                i += 1  # noqa: SIM113 (enumerate is slower here)
            return
        d.update(cls._field_defaults)
        if args:
            if len(args) > len(fields):
                raise TypeError(
                    f"{cls.__name__}() takes {len(fields)} positional arguments "
                    f"but {len(args)} were given"
                )
            d.update(zip(fields, args, strict=False))
            if kwargs and not kwargs.keys().isdisjoint(fields[: len(args)]):
                name = next(n for n in fields[: len(args)] if n in kwargs)
                raise TypeError(f"{cls.__name__}() got multiple values for argument {name!r}")
        d.update(kwargs)
        if d.keys() != cls._field_set:
            for name in kwargs:
                if name not in cls._field_set:
                    raise TypeError(f"{cls.__name__}() got an unexpected argument {name!r}")
            missing = next(n for n in fields if n not in d)
            raise TypeError(f"{cls.__name__}() missing required argument {missing!r}")

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
