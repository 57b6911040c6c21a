"""缴费周期 (用户须知 rule 2): each of the four cycles goes through 信息确认 to the case's 查看详情
(declaration and space blueprints); the row moved down from the browser tier (D41)."""

from __future__ import annotations

import pytest

from support.expected import CYCLES, MONTHLY_AMOUNTS
from support.html import text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.form, pytest.mark.retirement]

#: 8000 元 × (pension 20 % + unemployment 1 %), whatever the cycle.
AT_8000 = MONTHLY_AMOUNTS.format(pension="1600.00", unemployment="80.00", total="1680.00")


@pytest.mark.parametrize("cycle", CYCLES)
def test_each_cycle_is_confirmed_and_detailed(user, clock, cycle):
    clock.freeze("2025-09-01T10:00:00+08:00")

    confirmation = user.reach_confirmation("8000", cycle)

    assert f"缴费周期 {cycle}" in text_of(confirmation)
    assert f"每月应缴 {AT_8000}" in text_of(confirmation)
    user.submit()
    detail = user.open(f"/space/progress/cases/{user.case_number}")
    for text in (f"缴费周期 {cycle}", "缴费年度 2025年7月至2026年6月", f"每月应缴 {AT_8000}"):
        assert text in text_of(detail)
