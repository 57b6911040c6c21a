"""Faults on demand, seen by a person: a failing page is a clear Chinese page with 重试 and a way
home, a failed or lost 提交 sent again makes exactly one case, and the identity platform's
script says 网络异常 when its request fails."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from pages import (
    ConfirmationPage,
    IdentityErrorPage,
    IdentityLoginPage,
    ItemGuidePage,
    MySpacePage,
    PortalErrorPage,
)
from support.expected import NETWORK_ERROR, SERVICE_UNAVAILABLE
from support.reach import CONFIRM_POST

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
pytestmark = pytest.mark.portal_wide("faults")

SMS_LOGIN_FORM = "/renzheng/open/login/sms"
# Drops are never limited with "times" here: Chromium silently sends a request again on a new
# connection when a kept-alive one closes without an answer, so one drop may go unseen.


def test_a_page_that_fails_shows_a_chinese_page_whose_retry_shows_the_page(page, set_faults):
    set_faults({"origin": "portal", "method": "GET", "path": "/item/guide",
                "status": 503, "times": 1})

    page.goto("/item/guide")

    failed = PortalErrorPage(page).wait_until_ready()
    expect(failed.error).to_have_text(SERVICE_UNAVAILABLE)
    expect(failed.home_link).to_be_visible()
    guide = failed.retry(then=ItemGuidePage)
    expect(guide.heading).to_be_visible()


def test_a_failed_submit_and_a_retry_make_exactly_one_case(confirmation_of, persona, admin,
                                                           set_faults):
    confirmation = confirmation_of("8000")
    set_faults({**CONFIRM_POST, "status": 503, "times": 1})
    failed = confirmation.submit_expecting_failure()
    expect(failed.error).to_have_text(SERVICE_UNAVAILABLE)

    success = failed.retry(then=ConfirmationPage).submit()

    number = success.case_number.inner_text()
    assert [case["number"] for case in admin.cases(persona.id_number)] == [number]


def test_a_submit_whose_answer_was_lost_shows_its_one_case_in_my_cases(confirmation_of,
                                                                      lose_the_answer):
    confirmation = confirmation_of("8000")
    number = lose_the_answer(confirmation)

    my_cases = MySpacePage(confirmation.page).open().open_case_progress().open_my_cases()

    expect(my_cases.rows).to_have_count(1)
    expect(my_cases.case(number)).to_be_visible()


def test_a_failing_identity_platform_page_offers_retry(page, set_faults):
    set_faults({"origin": "idp", "method": "GET", "path": "/renzheng/open/login/",
                "status": 502, "times": 1})
    page.goto("/login?next=/space/")
    failed = IdentityErrorPage(page).wait_until_ready()
    expect(failed.error).to_have_text(SERVICE_UNAVAILABLE)

    login = failed.retry(then=IdentityLoginPage)

    expect(login.account).to_be_visible()


def test_get_code_says_network_error_when_the_connection_drops_yet_the_code_was_sent(
        sms_login, persona, admin, set_faults):
    set_faults({"origin": "idp", "method": "POST", "path": SMS_LOGIN_FORM, "drop": True})

    sms_login.request_sms_code_without_answer(persona.phone)

    expect(sms_login.error).to_have_text(NETWORK_ERROR)
    expect(sms_login.send_code_button).to_have_text("获取验证码")
    expect(sms_login.send_code_button).to_be_enabled()
    assert len(admin.sms(persona.phone)) == 1


def test_get_code_says_network_error_when_the_platform_answers_with_an_error_page(
        sms_login, persona, set_faults):
    set_faults({"origin": "idp", "method": "POST", "path": SMS_LOGIN_FORM,
                "status": 503, "times": 1})

    sms_login.request_sms_code(persona.phone)

    expect(sms_login.error).to_have_text(NETWORK_ERROR)
    expect(sms_login.send_code_button).to_be_enabled()
