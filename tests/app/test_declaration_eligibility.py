"""Who reaches 在线填表 (用户须知 rules 1–2, docs/domain.md §2 and §4), in-process: a stopped status is
refused at 进入办事, near retirement only 按月缴费 is open, retirement by the 2025 reform's age."""

from __future__ import annotations

import re
from datetime import date

import pytest

from support.expected import CYCLES, MONTHLY_ONLY, STOPPED_SUSPENDED
from support.html import text_of
from support.portal_user import PortalUser

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.eligibility, pytest.mark.retirement]

#: Who is stopped at 进入办事 (today 2025-09-01), and the reason they read there.
STOPPED = {
    "suspended": (lambda make: make.ineligible("suspended"), STOPPED_SUSPENDED),
    "interrupted": (lambda make: make.ineligible("interrupted"),
                    "您已中断缴费，不能办理本事项。请先办理恢复缴费，恢复后养老保险费、失业保险费"
                    "从申请之月起按月缴纳。"),
    "employed": (lambda make: make.ineligible("employed"),
                 "您当前在单位参保，不能以灵活就业人员身份办理本事项。"),
    "not_insured": (lambda make: make.ineligible("not_insured"),
                    "您尚未在本市以灵活就业人员身份参保，请先办理灵活就业人员参保登记。"),
    "retired": (lambda make: make.ineligible("retired"), "您已办理退休，不能办理本事项。"),
    "past-retirement-long-ago": (lambda make: make(born=date(1950, 3, 8), retirement_track="M60"),
                                 "您已达到法定退休年龄（60岁），不能办理本事项。"),
    "past-retirement-this-month": (lambda make: make.near_retirement("M60", 0, date(2025, 9, 1)),
                                   "您已达到法定退休年龄（60岁2个月），不能办理本事项。"),
}
#: Not every month is someone's retirement month during the reform's phase-in: these exist.
NEAR_RETIREMENT = {"M60": date(2025, 11, 1), "F55": date(2025, 11, 1), "F50": date(2025, 9, 1)}


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


@pytest.mark.parametrize("stopped", STOPPED)
def test_a_stopped_person_is_stopped_at_the_notice_with_the_reason(make_persona, browser_of, clock,
                                                                   stopped):
    persona_of, reason = STOPPED[stopped]
    clock.freeze_on(date(2025, 9, 1))
    user = browser_of(persona_of(make_persona))

    page = user.agree_to_notice()

    assert (page.status_code, user.path) == (400, "/declaration/notice")
    assert reason in text_of(page)
    user.open("/declaration/form")
    assert user.path == "/declaration/notice"


def open_cycles(form) -> list[str]:
    """The 缴费周期 options of 在线填表 that are not disabled."""
    options = re.findall(r"<option value=\"([^\"]+)\"([^>]*)>", form.text)
    assert [value for value, _ in options] == CYCLES
    return [value for value, attributes in options if "disabled" not in attributes]


@pytest.mark.parametrize("track", NEAR_RETIREMENT)
def test_with_11_months_to_retirement_only_monthly_is_open(make_persona, browser_of, clock, track):
    user = browser_of(make_persona.near_retirement(track, 11,
                                                   clock.freeze_on(NEAR_RETIREMENT[track])))

    form = user.agree_to_notice()

    assert open_cycles(form) == ["按月缴费"]
    assert MONTHLY_ONLY in text_of(form)


@pytest.mark.parametrize("track", NEAR_RETIREMENT)
def test_with_12_months_to_retirement_every_cycle_is_open(make_persona, browser_of, clock, track):
    user = browser_of(make_persona.near_retirement(track, 12,
                                                   clock.freeze_on(NEAR_RETIREMENT[track])))

    form = user.agree_to_notice()

    assert open_cycles(form) == CYCLES
    assert MONTHLY_ONLY not in text_of(form)


def test_with_11_months_to_retirement_a_quarterly_cycle_is_refused(make_persona, browser_of,
                                                                   clock):
    user = browser_of(make_persona.near_retirement("M60", 11, clock.freeze_on(date(2025, 11, 1))))
    user.agree_to_notice()

    page = user.fill_in("6000", "按季度缴费")

    assert (page.status_code, user.path) == (400, "/declaration/form")
    assert MONTHLY_ONLY in text_of(page)


def test_a_man_one_month_before_his_reformed_retirement_may_still_declare(make_persona,
                                                                          browser_of, clock):
    # Born in the reform's phase-in: at 60 he is not retired yet, his age rose by some months.
    user = browser_of(make_persona.near_retirement("M60", 1, clock.freeze_on(date(2025, 11, 1))))

    page = user.agree_to_notice()

    assert user.path == "/declaration/form"
    assert MONTHLY_ONLY in text_of(page)
