"""Who reaches 在线填表 (用户须知 rules 1–2, docs/domain.md §2 and §4), in-process: a stopped status is
refused at 进入办事, near retirement only 按月缴费 is open, retirement by the 2025 reform's age."""

from __future__ import annotations

from datetime import date

import pytest

from support.html import text_of
from support.portal_user import PortalUser

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.eligibility, pytest.mark.retirement]

MONTHLY_ONLY = "您距法定退休年龄不足12个月，缴费周期应为按月缴费。"
SUSPENDED = "您当前处于暂停缴费状态，不能办理本事项。请先办理恢复缴费后再申报。"


@pytest.fixture
def browser_of(portal_app, idp, portal_settings):
    """`browser_of(persona)`: that persona at a browser of their own, logged in."""

    def open_for(persona) -> PortalUser:
        user = PortalUser.over_flask(portal_app.test_client(), idp.test_client(), portal_settings,
                                     login=persona.phone, password=persona.password)
        user.choose_office()
        user.log_in()
        return user

    return open_for


@pytest.fixture
def on(clock):
    """`on(day)`: the mock clock frozen at 10:00 Beijing time that day."""

    def freeze(day: date) -> date:
        clock.set(f"{day:%Y-%m-%d}T10:00:00+08:00", frozen=True)
        return day

    return freeze


def test_a_suspended_person_is_stopped_at_the_notice(make_persona, browser_of):
    user = browser_of(make_persona.ineligible("suspended"))

    page = user.agree_to_notice()

    assert (page.status_code, user.path) == (400, "/declaration/notice")
    assert SUSPENDED in text_of(page)


def test_with_11_months_to_retirement_a_quarterly_cycle_is_refused(make_persona, browser_of,
                                                                   on):
    user = browser_of(make_persona.near_retirement("M60", 11, on(date(2025, 11, 1))))
    user.agree_to_notice()

    page = user.fill_in("6000", "按季度缴费")

    assert (page.status_code, user.path) == (400, "/declaration/form")
    assert MONTHLY_ONLY in text_of(page)


def test_a_man_one_month_before_his_reformed_retirement_may_still_declare(make_persona,
                                                                          browser_of, on):
    # Born in the reform's phase-in: at 60 he is not retired yet, his age rose by some months.
    user = browser_of(make_persona.near_retirement("M60", 1, on(date(2025, 11, 1))))

    page = user.agree_to_notice()

    assert user.path == "/declaration/form"
    assert MONTHLY_ONLY in text_of(page)
