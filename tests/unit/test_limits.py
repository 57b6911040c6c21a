"""缴费基数上下限 by 缴费年度 and clamping a typed wage to them."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mock_portal.domain.limits import (
    PUBLISHED,
    AppliedBase,
    YearLimits,
    clamp,
    contribution_year,
    format_yuan,
    limits_for_year,
    limits_on,
)

LIMITS_2021 = YearLimits(2021, Decimal("5360"), Decimal("28221"), False, 2021)


@pytest.mark.parametrize(
    ("year", "lower", "upper"),
    [
        (2019, "3613", "25401"),
        (2020, "3613", "26541"),
        (2021, "5360", "28221"),
        (2022, "5869", "31884"),
        (2023, "6326", "33891"),
        (2024, "6821", "35283"),
        (2025, "7162", "35811"),
    ],
    ids=str,
)
def test_published_limits_of_each_year(year, lower, upper):
    assert limits_for_year(year) == YearLimits(year, Decimal(lower), Decimal(upper), False, year)


def test_published_table_covers_2019_to_2025():
    assert sorted(PUBLISHED) == [2019, 2020, 2021, 2022, 2023, 2024, 2025]


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (date(2022, 6, 11), 2021),
        (date(2025, 6, 30), 2024),
        (date(2025, 7, 1), 2025),
        (date(2025, 12, 31), 2025),
        (date(2026, 1, 1), 2025),
    ],
    ids=["guide-sample", "30-june", "1-july", "31-december", "1-january"],
)
def test_contribution_year_runs_from_july_to_june(day, year):
    assert contribution_year(day) == year


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2022, 6, 11), YearLimits(2021, Decimal("5360"), Decimal("28221"), False, 2021)),
        (date(2025, 6, 30), YearLimits(2024, Decimal("6821"), Decimal("35283"), False, 2024)),
        (date(2025, 7, 1), YearLimits(2025, Decimal("7162"), Decimal("35811"), False, 2025)),
    ],
    ids=["guide-sample", "30-june", "1-july"],
)
def test_limits_on_a_day(day, expected):
    assert limits_on(day) == expected


def test_unpublished_year_borrows_the_latest_published_limits_provisionally():
    assert limits_for_year(2026) == YearLimits(2026, Decimal("7162"), Decimal("35811"), True, 2025)


def test_unpublished_year_on_a_day_in_july_2026():
    assert limits_on(date(2026, 7, 1)) == YearLimits(
        2026, Decimal("7162"), Decimal("35811"), True, 2025
    )


def test_year_before_the_earliest_published_is_refused():
    with pytest.raises(ValueError):
        limits_for_year(2018)


def test_a_caller_can_override_the_published_table():
    table = {2025: (Decimal("7162"), Decimal("35811")), 2026: (Decimal("7500"), Decimal("37000"))}

    assert limits_on(date(2026, 7, 1), table) == YearLimits(
        2026, Decimal("7500"), Decimal("37000"), False, 2026
    )


LOWER_REASON = "填报工资低于本缴费年度缴费基数下限5360元，以下限作为缴费基数"
UPPER_REASON = "填报工资高于本缴费年度缴费基数上限28221元，以上限作为缴费基数"


@pytest.mark.parametrize(
    ("typed", "applied", "reason"),
    [
        ("3000", "5360", LOWER_REASON),
        ("5359.99", "5360", LOWER_REASON),
        ("5360", "5360", None),
        ("5360.01", "5360.01", None),
        ("10000.5", "10000.5", None),
        ("28220.99", "28220.99", None),
        ("28221", "28221", None),
        ("28221.01", "28221", UPPER_REASON),
        ("99999", "28221", UPPER_REASON),
    ],
    ids=[
        "well-below", "lower-minus-a-fen", "lower", "lower-plus-a-fen", "between",
        "upper-minus-a-fen", "upper", "upper-plus-a-fen", "well-above",
    ],
)
def test_clamp_to_the_years_limits(typed, applied, reason):
    assert clamp(Decimal(typed), LIMITS_2021) == AppliedBase(
        Decimal(typed), Decimal(applied), LIMITS_2021, reason
    )


def test_clamp_reason_shows_decimals_of_a_limit_that_is_not_whole():
    limits = YearLimits(2030, Decimal("7500.50"), Decimal("40000"), False, 2030)

    assert clamp(Decimal("100"), limits).reason == (
        "填报工资低于本缴费年度缴费基数下限7500.50元，以下限作为缴费基数"
    )


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("5360", "5360"),
        ("5360.00", "5360"),
        ("5360.5", "5360.50"),
        ("5360.55", "5360.55"),
        ("0.01", "0.01"),
        ("35811", "35811"),
    ],
    ids=["whole", "whole-with-zeros", "one-decimal", "two-decimals", "one-fen", "upper-2025"],
)
def test_format_yuan(amount, shown):
    assert format_yuan(Decimal(amount)) == shown


# properties that must hold for every wage and year, not just the table rows -------------------

wages = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999.99"), places=2)
years = st.sampled_from(sorted(PUBLISHED) + [2026, 2027])


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
