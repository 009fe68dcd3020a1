"""What a mutating service call changed (the pattern of Anki's ``OpChanges``).

Every call that writes returns a :class:`Changes` value, alone or with what it made
(:class:`Done`, or an outcome with a ``changes`` attribute); the GUI's operations layer
emits exactly that, and each view refreshes what concerns it.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from medplanner.core.record import Record

T = TypeVar("T")


class Changes(Record):
    """Which kinds of thing a call changed, and whose (None: every person's)."""

    person: str | None = None
    plan: bool = False
    events: bool = False  # the dose log
    stock: bool = False
    diary: bool = False  # symptoms and "I'm safe now" marks
    settings: bool = False
    persons: bool = False  # a person added, renamed or removed

    @classmethod
    def everything(cls) -> Changes:
        return cls(None, True, True, True, True, True, True)

    def __bool__(self) -> bool:
        return any((self.plan, self.events, self.stock, self.diary, self.settings, self.persons))

    def __or__(self, other: Changes) -> Changes:
        """Both changes at once (of one person, or of everyone when they differ)."""
        same = self.person is not None and other.person is not None
        person = self.person if same and self.person == other.person else None
        if not self:
            person = other.person
        elif not other:
            person = self.person
        return Changes(
            person,
            plan=self.plan or other.plan,
            events=self.events or other.events,
            stock=self.stock or other.stock,
            diary=self.diary or other.diary,
            settings=self.settings or other.settings,
            persons=self.persons or other.persons,
        )

    def concerns(self, person: str | None) -> bool:
        return self.person is None or person is None or self.person.casefold() == person.casefold()


#: Nothing changed (a refused take, an unchanged setting).
NOTHING = Changes()


class Done(Record, Generic[T]):
    """What a mutating call made, with what it changed."""

    value: T
    changes: Changes
