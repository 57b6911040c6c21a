"""缴费基数上下限 as the person sees them (docs/domain.md §3): one check per outcome — a wage below
the lower limit, above the upper, within, and a year whose limits are not published yet.

Every year's limits and their edges are held by tests/unit/test_limits.py (the domain) and
tests/app/test_declaration_limits.py (the pages, the 1 July boundary, limits set for a test).
"""

import pytest
from playwright.sync_api import expect

from support.expected import (
    ABOVE_UPPER,
    BELOW_LOWER,
    CLAMP_NOTE,
    CONTRIBUTION_YEAR,
    LIMITS_HINT,
    MONTHLY_AMOUNTS,
    PROVISIONAL,
)

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.limits, pytest.mark.contribution_year]

#: The guide's sample day (缴费年度 2021: 5360–28221), a day of 2024 (6821–35283) and of 2025
#: (7162–35811).
IN_2021 = "2022-06-11T10:00:00+08:00"
IN_2024 = "2025-03-03T10:00:00+08:00"
IN_2025 = "2025-09-01T10:00:00+08:00"


@pytest.mark.parametrize("declaration_day", [IN_2021], ids=["2021"])
def test_a_wage_below_the_lower_limit_is_confirmed_and_detailed_at_the_limit(confirmation_of):
    below = BELOW_LOWER.format(limit="5360")
    at_the_limit = MONTHLY_AMOUNTS.format(pension="1072.00", unemployment="53.60",
                                          total="1125.60")
    confirmation = confirmation_of("5359.99")

    expect(confirmation.wage).to_have_text("5360")
    expect(confirmation.contribution_year).to_have_text(CONTRIBUTION_YEAR.format(start=2021,
                                                                                 end=2022))
    expect(confirmation.clamp_note).to_have_text(CLAMP_NOTE.format(typed="5359.99", reason=below))
    expect(confirmation.monthly_amounts).to_have_text(at_the_limit)

    success = confirmation.submit()
    number = success.case_number.inner_text()
    detail = success.go_to_my_space().view_case(number)

    expect(detail.fact("缴费年度")).to_have_text(CONTRIBUTION_YEAR.format(start=2021, end=2022))
    expect(detail.fact("填报缴费工资(元)")).to_have_text("5359.99")
    expect(detail.applied_base).to_have_text("5360")
    expect(detail.fact("说明")).to_have_text(below)
    expect(detail.fact("每月应缴")).to_have_text(at_the_limit)


@pytest.mark.parametrize("declaration_day", [IN_2025], ids=["2025"])
def test_a_wage_above_the_upper_limit_is_confirmed_at_the_limit_with_the_reason(confirmation_of):
    confirmation = confirmation_of("35811.01")

    expect(confirmation.wage).to_have_text("35811")
    expect(confirmation.contribution_year).to_have_text(CONTRIBUTION_YEAR.format(start=2025,
                                                                                 end=2026))
    expect(confirmation.clamp_note).to_have_text(
        CLAMP_NOTE.format(typed="35811.01", reason=ABOVE_UPPER.format(limit="35811")))


@pytest.mark.parametrize("declaration_day", [IN_2024], ids=["2024"])
def test_a_wage_at_the_upper_limit_is_confirmed_as_typed_without_a_note(form):
    expect(form.limits_hint).to_have_text(
        LIMITS_HINT.format(year=CONTRIBUTION_YEAR.format(start=2024, end=2025), lower="6821",
                           upper="35283"))

    confirmation = form.fill_in("35283").go_to_confirmation()

    expect(confirmation.wage).to_have_text("35283")
    expect(confirmation.contribution_year).to_have_text(CONTRIBUTION_YEAR.format(start=2024,
                                                                                 end=2025))
    expect(confirmation.clamp_note).to_have_count(0)


@pytest.mark.parametrize("declaration_day", ["2026-07-15T10:00:00+08:00"], ids=["2026-07"])
def test_an_unpublished_year_shows_the_latest_published_limits_as_provisional(form):
    year = CONTRIBUTION_YEAR.format(start=2026, end=2027)
    expect(form.limits_hint).to_have_text(
        LIMITS_HINT.format(year=year, lower="7162", upper="35811") + PROVISIONAL)

    confirmation = form.fill_in("7162").go_to_confirmation()

    expect(confirmation.contribution_year).to_have_text(year + PROVISIONAL)
    expect(confirmation.wage).to_have_text("7162")
    expect(confirmation.clamp_note).to_have_count(0)
