"""Properties of the rules that must hold for every input, not just the table rows."""

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from mock_portal.domain.limits import PUBLISHED, clamp, limits_for_year
from mock_portal.domain.retirement import TRACKS, retirement

wages = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999.99"), places=2)
years = st.sampled_from(sorted(PUBLISHED) + [2026, 2027])
births = st.dates(min_value=date(1950, 1, 1), max_value=date(2005, 12, 31))
tracks = st.sampled_from(sorted(TRACKS))
FINAL_AGE_MONTHS = {"M60": 63 * 12, "F55": 58 * 12, "F50": 55 * 12}


@given(wages, years)
def test_the_applied_base_always_lies_within_the_years_limits(wage, year):
    limits = limits_for_year(year)

    assert limits.lower <= clamp(wage, limits).applied <= limits.upper


@given(wages, years)
def test_clamping_is_idempotent(wage, year):
    limits = limits_for_year(year)
    once = clamp(wage, limits).applied

    assert clamp(once, limits).applied == once
    assert clamp(once, limits).reason is None


@given(wages, wages, years)
def test_clamping_is_monotone(a, b, year):
    limits = limits_for_year(year)
    low, high = sorted((a, b))

    assert clamp(low, limits).applied <= clamp(high, limits).applied


@given(tracks, births, births)
def test_a_later_birth_month_never_retires_at_a_lower_age(track, a, b):
    earlier, later = sorted((a, b))
    first, second = retirement(track, earlier), retirement(track, later)

    assert (first.age_years, first.age_months) <= (second.age_years, second.age_months)


@given(tracks, births)
def test_the_retirement_age_never_passes_the_tracks_final_age(track, born):
    ret = retirement(track, born)

    assert ret.age_years * 12 + ret.age_months <= FINAL_AGE_MONTHS[track]
