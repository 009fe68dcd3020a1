"""A renal band's ``reduce_by`` is a :class:`Share`, not a :class:`fractions.Fraction`
(issue 20: importing :mod:`fractions` cost every start that names baclofen about 1.8 ms):
it must parse, print, subtract, round and scale exactly as the Fraction did."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medplanner.core.checks import _words
from medplanner.core.knowledge import KnowledgeBaseError, RenalBand, load_knowledge_base
from medplanner.core.knowledge.records import Share
from medplanner.core.knowledge.tomlfile import _File
from medplanner.core.units import Amount

shares = st.tuples(st.integers(1, 10_000), st.integers(2, 10_000)).filter(lambda t: t[0] < t[1])


def _old_daily_max(reduce_by: Fraction, max_daily: Amount) -> Decimal:
    """RenalBand.daily_max_mg's reduced most as it was computed with a Fraction."""
    keep = 1 - reduce_by
    return max_daily.mg * Decimal(keep.numerator) / Decimal(keep.denominator)


@given(st.integers(-10_000, 10_000), st.integers(-10_000, 10_000).filter(bool))
def test_of_puts_it_in_lowest_terms_as_a_fraction_does(n: int, d: int) -> None:
    share, f = Share.of(n, d), Fraction(n, d)
    assert (share.numerator, share.denominator) == (f.numerator, f.denominator)
    assert str(share) == str(f)


def test_a_share_reads_and_compares_plainly() -> None:
    assert Share.of(2, 6) == Share(1, 3) == Share.of(-1, -3)
    assert str(Share.of(2, 6)) == "1/3" and str(Share.of(4, 2)) == "2"
    assert Share.of(1, 3).rest() == Share(2, 3)
    assert Share.of(1, 2).rest() == Share(1, 2)
    with pytest.raises(ZeroDivisionError):
        Share.of(1, 0)


@given(shares)
def test_rest_and_percent_are_what_the_fraction_gave(t: tuple[int, int]) -> None:
    share, f = Share.of(*t), Fraction(*t)
    rest = share.rest()
    assert (rest.numerator, rest.denominator) == ((1 - f).numerator, (1 - f).denominator)
    assert share.percent() == round(f * 100)  # a half to the even whole number


@pytest.mark.parametrize(
    ("n", "d", "percent"),
    [(1, 8, 12), (3, 8, 38), (5, 8, 62), (7, 8, 88), (1, 200, 0), (3, 200, 2), (1, 6, 17)],
)
def test_a_half_percent_rounds_to_the_even_one(n: int, d: int, percent: int) -> None:
    assert Share.of(n, d).percent() == percent == round(Fraction(n, d) * 100)


@given(shares, st.decimals(min_value=1, max_value=100_000, places=2))
def test_the_reduced_most_is_the_same_decimal(t: tuple[int, int], mg: Decimal) -> None:
    share = Share.of(*t)
    max_daily = Amount(mg, "mg", None)
    band = RenalBand(label="x", source="s", reduce_by=share)
    got = band.daily_max_mg(Decimal(40), max_daily)
    assert got == _old_daily_max(Fraction(*t), max_daily)
    assert str(got) == str(_old_daily_max(Fraction(*t), max_daily))  # the same digits too


@given(shares)
def test_the_words_are_what_the_fraction_gave(t: tuple[int, int]) -> None:
    f = Fraction(*t)
    common = {
        Fraction(1, 4): "a quarter",
        Fraction(1, 3): "a third",
        Fraction(1, 2): "half",
        Fraction(2, 3): "two thirds",
        Fraction(3, 4): "three quarters",
    }
    assert _words.share(Share.of(*t)) == common.get(f, f"{round(f * 100)}%")


@pytest.mark.parametrize(
    ("text", "share"),
    [("1/3", Share(1, 3)), ("2/4", Share(1, 2)), (" 2/3 ", Share(2, 3)), ("0.25", Share(1, 4))],
)
def test_the_toml_loader_parses_a_share_in_lowest_terms(text: str, share: Share) -> None:
    got = _File(Path("x.toml"), {}).fraction(text, "renal.bands[0].reduce_by")
    assert got == share and type(got) is Share


@pytest.mark.parametrize("text", ["0", "1", "4/3", "-1/3", "1/0", "a third", 0.5, None])
def test_a_share_outside_0_and_1_is_refused(text: object) -> None:
    with pytest.raises(KnowledgeBaseError) as info:
        _File(Path("x.toml"), {}).fraction(text, "renal.bands[0].reduce_by")
    assert 'x.toml: renal.bands[0].reduce_by: should be a fraction between 0 and 1, like "1/3"' in (
        info.value.message
    )


def test_baclofens_bands_reduce_by_shares() -> None:
    baclofen = load_knowledge_base().drugs["baclofen"]
    assert baclofen.renal is not None and baclofen.max_daily is not None
    shares = [b.reduce_by for b in baclofen.renal.bands if b.reduce_by is not None]
    assert shares == [Share(1, 3), Share(1, 2), Share(2, 3)]
    assert all(type(s) is Share for s in shares)
    assert [
        b.daily_max_mg(Decimal(20), baclofen.max_daily.value)
        for b in baclofen.renal.bands
        if b.reduce_by is not None
    ] == [_old_daily_max(Fraction(str(s)), baclofen.max_daily.value) for s in shares]
