"""缴费周期: each of the four cycles goes through 信息确认 to 查看详情 (用户须知 rule 2)."""

import pytest
from playwright.sync_api import expect

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.retirement]


@pytest.fixture
def declaration_day():
    return "2025-09-01T10:00:00+08:00"


@pytest.mark.parametrize(
    "cycle",
    ["按月缴费", "按季度缴费", "按半年缴费", "按年缴费"],
    ids=["monthly", "quarterly", "half-yearly", "yearly"],
)
def test_each_cycle_is_confirmed_and_detailed(declare, cycle):
    confirmation = declare("8000", cycle)
    expect(confirmation.cycle).to_have_text(cycle)
    expect(confirmation.monthly_amounts).to_have_text(
        "养老保险费1600.00元，失业保险费80.00元，合计1680.00元")
    success = confirmation.submit()
    number = success.case_number.inner_text()

    detail = success.go_to_my_space().view_case(number)

    expect(detail.fact("缴费周期")).to_have_text(cycle)
    expect(detail.applied_base).to_have_text("8000")
    expect(detail.fact("缴费年度")).to_have_text("2025年7月至2026年6月")
    expect(detail.fact("每月应缴")).to_have_text(
        "养老保险费1600.00元，失业保险费80.00元，合计1680.00元")
