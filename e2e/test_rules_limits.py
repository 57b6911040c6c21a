"""缴费基数上下限 by 缴费年度 (docs/domain.md §3): clamping in 2021, 2023 and 2024, the 1 July boundary,
an unpublished year (暂按上年度) and limits set through the control API.

2025's limits around both edges are in test_clamping.py.
"""

import pytest
from playwright.sync_api import expect

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.limits, pytest.mark.contribution_year]

BELOW = "您填报的缴费工资为{}元，填报工资低于本缴费年度缴费基数下限{}元，以下限作为缴费基数。"
ABOVE = "您填报的缴费工资为{}元，填报工资高于本缴费年度缴费基数上限{}元，以上限作为缴费基数。"

#: A day in each contribution year; 2022-06-11 is the guide's own sample (year 2021).
IN_2021 = "2022-06-11T10:00:00+08:00"
IN_2023 = "2023-11-15T10:00:00+08:00"
IN_2024 = "2025-03-03T10:00:00+08:00"

YEAR_2021 = "2021年7月至2022年6月"
YEAR_2023 = "2023年7月至2024年6月"
YEAR_2024 = "2024年7月至2025年6月"


@pytest.mark.parametrize(
    ("declaration_day", "year", "typed", "base", "note"),
    [
        (IN_2021, YEAR_2021, "5359.99", "5360", BELOW.format("5359.99", "5360")),
        (IN_2021, YEAR_2021, "5360", "5360", None),
        (IN_2021, YEAR_2021, "5360.01", "5360.01", None),
        (IN_2021, YEAR_2021, "28220.99", "28220.99", None),
        (IN_2021, YEAR_2021, "28221", "28221", None),
        (IN_2021, YEAR_2021, "28221.01", "28221", ABOVE.format("28221.01", "28221")),
        (IN_2023, YEAR_2023, "6325.99", "6326", BELOW.format("6325.99", "6326")),
        (IN_2023, YEAR_2023, "6326", "6326", None),
        (IN_2023, YEAR_2023, "6326.01", "6326.01", None),
        (IN_2023, YEAR_2023, "33890.99", "33890.99", None),
        (IN_2023, YEAR_2023, "33891", "33891", None),
        (IN_2023, YEAR_2023, "33891.01", "33891", ABOVE.format("33891.01", "33891")),
        (IN_2024, YEAR_2024, "6820.99", "6821", BELOW.format("6820.99", "6821")),
        (IN_2024, YEAR_2024, "6821", "6821", None),
        (IN_2024, YEAR_2024, "6821.01", "6821.01", None),
        (IN_2024, YEAR_2024, "35282.99", "35282.99", None),
        (IN_2024, YEAR_2024, "35283", "35283", None),
        (IN_2024, YEAR_2024, "35283.01", "35283", ABOVE.format("35283.01", "35283")),
    ],
    ids=[f"{year}-{edge}" for year in (2021, 2023, 2024) for edge in (
        "lower-minus-a-fen", "at-lower", "lower-plus-a-fen", "upper-minus-a-fen", "at-upper",
        "upper-plus-a-fen")],
)
def test_the_confirmed_base_lies_within_the_years_limits(declare, year, typed, base, note):
    confirmation = declare(typed)

    expect(confirmation.wage).to_have_text(base)
    expect(confirmation.contribution_year).to_have_text(year)
    if note is None:
        expect(confirmation.clamp_note).to_have_count(0)
    else:
        expect(confirmation.clamp_note).to_have_text(note)


@pytest.mark.parametrize("declaration_day", [IN_2021], ids=["2021"])
def test_a_wage_a_fen_below_2021s_lower_limit_is_detailed_with_the_monthly_amounts(declare):
    confirmation = declare("5359.99")
    expect(confirmation.monthly_amounts).to_have_text(
        "养老保险费1072.00元，失业保险费53.60元，合计1125.60元")

    success = confirmation.submit()
    number = success.case_number.inner_text()
    detail = success.go_to_my_space().view_case(number)

    expect(detail.fact("缴费年度")).to_have_text(YEAR_2021)
    expect(detail.fact("填报缴费工资(元)")).to_have_text("5359.99")
    expect(detail.applied_base).to_have_text("5360")
    expect(detail.fact("说明")).to_have_text("填报工资低于本缴费年度缴费基数下限5360元，以下限作为缴费基数")
    expect(detail.fact("每月应缴")).to_have_text(
        "养老保险费1072.00元，失业保险费53.60元，合计1125.60元")


@pytest.mark.parametrize(
    ("declaration_day", "hint", "year", "base"),
    [
        ("2025-06-30T23:59:00+08:00",
         "本缴费年度（2024年7月至2025年6月）缴费基数下限6821元，上限35283元", YEAR_2024, "6821"),
        ("2025-07-01T00:00:00+08:00",
         "本缴费年度（2025年7月至2026年6月）缴费基数下限7162元，上限35811元",
         "2025年7月至2026年6月", "7162"),
    ],
    ids=["30-june-23-59", "1-july-00-00"],
)
def test_the_year_and_its_limits_change_at_midnight_on_1_july_beijing_time(form, hint, year,
                                                                           base):
    expect(form.limits_hint).to_have_text(hint)

    confirmation = form.fill_in("3000").go_to_confirmation()

    expect(confirmation.contribution_year).to_have_text(year)
    expect(confirmation.wage).to_have_text(base)


@pytest.mark.parametrize("declaration_day", ["2026-07-15T10:00:00+08:00"], ids=["2026-07"])
def test_an_unpublished_year_uses_the_latest_published_limits_provisionally(form):
    expect(form.limits_hint).to_have_text(
        "本缴费年度（2026年7月至2027年6月）缴费基数下限7162元，上限35811元（暂按上年度）")

    confirmation = form.fill_in("35811.01").go_to_confirmation()

    expect(confirmation.contribution_year).to_have_text("2026年7月至2027年6月（暂按上年度）")
    expect(confirmation.wage).to_have_text("35811")
    expect(confirmation.clamp_note).to_have_text(ABOVE.format("35811.01", "35811"))


@pytest.fixture
def limits_of_2026(admin):
    """2026's limits set through the control API (7500–37000); the published table afterwards."""
    admin.set_limits({"2026": {"lower": 7500, "upper": 37000}})
    yield
    admin.published_limits()


@pytest.mark.portal_wide("limits")
@pytest.mark.parametrize(
    ("declaration_day", "typed", "base", "note"),
    [
        ("2026-07-15T10:00:00+08:00", "7499.99", "7500", BELOW.format("7499.99", "7500")),
        ("2026-07-15T10:00:00+08:00", "37000.01", "37000", ABOVE.format("37000.01", "37000")),
    ],
    ids=["below-lower", "above-upper"],
)
def test_limits_set_for_a_year_apply_without_the_provisional_mark(limits_of_2026, form, typed,
                                                                  base, note):
    expect(form.limits_hint).to_have_text(
        "本缴费年度（2026年7月至2027年6月）缴费基数下限7500元，上限37000元")

    confirmation = form.fill_in(typed).go_to_confirmation()

    expect(confirmation.contribution_year).to_have_text("2026年7月至2027年6月")
    expect(confirmation.wage).to_have_text(base)
    expect(confirmation.clamp_note).to_have_text(note)
