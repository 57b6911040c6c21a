"""第4步, 短信登录: 获取验证码 with the graphic captcha, the SMS in the outbox, the code's rules
and the button's countdown (Playwright's page clock).

Each refusal's rows (phones, captchas, codes malformed, expired, used up) are held by
tests/app/test_identity_sms_login.py; here one refusal of each kind as the page shows it."""

import re
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import expect

from pages import HomePage, IdentityLoginPage, SmsOutboxPage
from support.expected import (
    CODE_SENT,
    LOGIN_WRONG_CAPTCHA,
    SMS_CODE_MALFORMED,
    SMS_CODE_WRONG,
)

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]

#: Where Playwright's page clock starts in the countdown test.
PAGE_CLOCK_START = datetime(2025, 9, 1, 10, 0, 0)


def other_code(code: str) -> str:
    """A six-digit code that is not `code`."""
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_a_code_refused_by_the_platform_says_why_and_the_button_stays(sms_login, make_persona):
    persona = make_persona()

    sms_login.request_sms_code(persona.phone, "1234")

    expect(sms_login.error).to_have_text(LOGIN_WRONG_CAPTCHA)
    expect(sms_login.send_code_button).to_have_text("获取验证码")
    expect(sms_login.send_code_button).to_be_enabled()


def test_the_code_arrives_in_the_outbox_signed_and_logs_in(sms_login, make_persona):
    persona = make_persona()

    sms_login.request_sms_code(persona.phone)

    expect(sms_login.notice).to_have_text(CODE_SENT)
    outbox = SmsOutboxPage(sms_login.page.context.new_page()).open(persona.phone)
    expect(outbox.messages).to_have_count(1)
    sms = outbox.text_of(outbox.latest)
    expect(sms).to_have_text(re.compile(r"^【北京通】\d{6}（验证码），5分钟内有效，请勿转发。$"))
    code = re.search(r"\d{6}", sms.inner_text())[0]
    outbox.page.close()

    home = sms_login.log_in_by_sms(persona.phone, code, then=HomePage)

    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")
    expect(home.header.logout_button).to_be_visible()


def test_a_malformed_code_is_refused_and_the_phone_kept(sms_login, make_persona):
    persona = make_persona()
    sms_login.request_sms_code(persona.phone)

    sms_login = sms_login.log_in_by_sms_expecting_error(persona.phone, "12345")

    expect(sms_login.error).to_have_text(SMS_CODE_MALFORMED)
    expect(sms_login.sms_phone).to_have_value(persona.phone)


def test_a_wrong_code_is_refused_and_the_right_one_still_works(sms_login, make_persona, admin):
    persona = make_persona()
    sms_login.request_sms_code(persona.phone)
    code = admin.sms_code(persona.phone, "login")  # the outbox: the test above

    sms_login = sms_login.log_in_by_sms_expecting_error(persona.phone, other_code(code))

    expect(sms_login.error).to_have_text(SMS_CODE_WRONG)
    home = sms_login.log_in_by_sms(persona.phone, code, then=HomePage)
    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")


def test_the_send_button_counts_down_by_the_page_clock(page, make_persona):
    persona = make_persona()
    page.clock.install(time=PAGE_CLOCK_START)
    sms_login = IdentityLoginPage(page).open().switch_to_sms_login()
    # Time in the page stands still from here: only run_for moves it, however slow the machine.
    page.clock.pause_at(PAGE_CLOCK_START + timedelta(minutes=1))

    sms_login.request_sms_code(persona.phone)

    expect(sms_login.send_code_button).to_have_text("重新发送(59)")
    expect(sms_login.send_code_button).to_be_disabled()
    page.clock.run_for("00:10")
    expect(sms_login.send_code_button).to_have_text("重新发送(49)")
    page.clock.run_for("00:49")
    expect(sms_login.send_code_button).to_have_text("重新发送(1)")
    page.clock.run_for("00:02")
    expect(sms_login.send_code_button).to_have_text("获取验证码")
    expect(sms_login.send_code_button).to_be_enabled()


@pytest.mark.portal_wide("clock")
def test_a_reloaded_page_keeps_counting_from_the_server(sms_login, make_persona, clock):
    persona = make_persona()
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)
    sms_login.request_sms_code(persona.phone)
    clock.advance(seconds=20)

    sms_login.page.reload()

    expect(sms_login.send_code_button).to_have_text(re.compile(r"^重新发送\(3[7-9]\)$"))
