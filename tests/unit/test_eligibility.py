"""Who may declare and which cycles they may choose."""

from datetime import date

import pytest

from mock_portal.domain.eligibility import assess

# 110108196705200010: a man born 1967-05-20, retiring 2028-01 on M60.
NEAR = "110108196705200010"
# 11010819900101001X: a man born 1990-01-01.
YOUNG = "11010819900101001X"
ALL_CYCLES = ("按月缴费", "按季度缴费", "按半年缴费", "按年缴费")


def test_a_normal_young_person_may_choose_every_cycle():
    result = assess("normal", YOUNG, "M60", date(2026, 11, 29))

    assert (result.allowed, result.reason, result.cycles) == (True, None, ALL_CYCLES)


@pytest.mark.parametrize(
    ("today", "cycles"),
    [(date(2027, 1, 31), ALL_CYCLES), (date(2027, 2, 1), ("按月缴费",))],
    ids=["12-months-left", "11-months-left"],
)
def test_fewer_than_twelve_months_before_retirement_only_monthly(today, cycles):
    assert assess("normal", NEAR, "M60", today).cycles == cycles


def test_past_retirement_age_is_stopped_with_the_age():
    result = assess("normal", NEAR, "M60", date(2028, 1, 1))

    assert not result.allowed
    assert result.reason == "您已达到法定退休年龄（60岁8个月），不能办理本事项。"


@pytest.mark.parametrize(
    ("status", "says"),
    [("suspended", "请先办理恢复缴费"), ("interrupted", "请先办理恢复缴费"),
     ("employed", "单位参保"), ("not_insured", "参保登记"), ("retired", "已办理退休")],
)
def test_every_non_normal_status_is_stopped_with_its_own_reason(status, says):
    result = assess(status, YOUNG, "M60", date(2026, 11, 29))

    assert not result.allowed
    assert says in result.reason
