"""Day and month names come from the catalogue: English as strftime's C locale gives them,
and in another language whatever the catalogue says (here a stand-in that upper-cases)."""

from __future__ import annotations

import gettext
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medplanner.core import datewords, i18n


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_english_names_are_strftimes(day: date) -> None:
    assert datewords.weekday_abbr(day) == f"{day:%a}"
    assert datewords.weekday_name(day) == f"{day:%A}"
    assert datewords.month_abbr(day) == f"{day:%b}"
    assert datewords.month_name(day) == f"{day:%B}"
    assert datewords.short_date(day) == f"{day:%a %d %b}"


class Shouting(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return message.upper()


def test_names_come_from_the_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n._in_use, "translation", Shouting())
    week = [date(2027, 1, 4) + timedelta(days=n) for n in range(7)]  # Monday first
    assert [datewords.weekday_abbr(d) for d in week] == [
        "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN",
    ]  # fmt: skip
    assert datewords.short_date(date(2027, 5, 3)) == "MON 03 MAY"
    assert datewords.month_name(date(2027, 9, 1)) == "SEPTEMBER"
