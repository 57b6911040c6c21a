"""缴费周期 (用户须知 rule 2) as the person sees it: a cycle other than 按月缴费 goes through 信息确认 to
查看详情. Each of the four cycles: tests/app/test_declaration_cycles.py."""

import pytest
from playwright.sync_api import expect

from support.expected import MONTHLY_AMOUNTS

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.retirement]

#: When `declarant` declares: the mock clock frozen there (e2e/conftest.py's declaration_day).
DECLARATION_DAY = "2025-09-01T10:00:00+08:00"

#: 8000 元 × (pension 20 % + unemployment 1 %).
AT_8000 = MONTHLY_AMOUNTS.format(pension="1600.00", unemployment="80.00", total="1680.00")


def test_a_quarterly_cycle_is_confirmed_and_detailed(confirmation_of):
    confirmation = confirmation_of("8000", "按季度缴费")
    expect(confirmation.cycle).to_have_text("按季度缴费")
    expect(confirmation.monthly_amounts).to_have_text(AT_8000)
    success = confirmation.submit()
    number = success.case_number.inner_text()

    detail = success.go_to_my_space().view_case(number)

    expect(detail.fact("缴费周期")).to_have_text("按季度缴费")
    expect(detail.applied_base).to_have_text("8000")
    expect(detail.fact("缴费年度")).to_have_text("2025年7月至2026年6月")
    expect(detail.fact("每月应缴")).to_have_text(AT_8000)
