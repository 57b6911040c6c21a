"""The base is clamped to the year's limits, at and around both (缴费年度 2025: 7162–35811)."""

import pytest
from playwright.sync_api import expect

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.limits]


@pytest.fixture
def declaration_day():
    return "2025-09-01T10:00:00+08:00"


BELOW = "您填报的缴费工资为{}元，填报工资低于本缴费年度缴费基数下限7162元，以下限作为缴费基数。"
ABOVE = "您填报的缴费工资为{}元，填报工资高于本缴费年度缴费基数上限35811元，以上限作为缴费基数。"


@pytest.mark.parametrize(
    ("typed", "base", "note"),
    [
        ("7161.99", "7162", BELOW.format("7161.99")),
        ("7162", "7162", None),
        ("7162.01", "7162.01", None),
        ("35810.99", "35810.99", None),
        ("35811", "35811", None),
        ("35811.01", "35811", ABOVE.format("35811.01")),
    ],
    ids=["lower-minus-a-fen", "at-lower", "lower-plus-a-fen", "upper-minus-a-fen", "at-upper",
         "upper-plus-a-fen"],
)
def test_the_confirmed_base_lies_within_the_limits(declare, typed, base, note):
    confirmation = declare(typed)

    expect(confirmation.wage).to_have_text(base)
    expect(confirmation.contribution_year).to_have_text("2025年7月至2026年6月")
    if note is None:
        expect(confirmation.clamp_note).to_have_count(0)
    else:
        expect(confirmation.clamp_note).to_have_text(note)


def test_a_clamped_case_keeps_the_typed_wage_and_the_reason(declare):
    success = declare("3000").submit()
    number = success.case_number.inner_text()

    detail = success.go_to_my_space().view_case(number)

    expect(detail.fact("填报缴费工资(元)")).to_have_text("3000")
    expect(detail.applied_base).to_have_text("7162")
    expect(detail.fact("说明")).to_have_text("填报工资低于本缴费年度缴费基数下限7162元，以下限作为缴费基数")
    expect(detail.fact("每月应缴")).to_have_text("养老保险费1432.40元，失业保险费71.62元，合计1504.02元")
