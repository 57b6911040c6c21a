"""第4步, 短信登录: 获取验证码 with the graphic captcha, the SMS in the outbox, the code's rules
and the button's countdown (Playwright's page clock)."""

import re
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import expect

from pages import HomePage, IdentityLoginPage, SmsOutboxPage, read_sms_code

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]

#: Where Playwright's page clock starts in the countdown test.
PAGE_CLOCK_START = datetime(2025, 9, 1, 10, 0, 0)


@pytest.fixture
def sms_login(home) -> IdentityLoginPage:
    """The identity platform's login page on 短信登录, reached through the portal's 登录."""
    return home.header.log_in().switch_to_sms_login()


def other_code(code: str) -> str:
    """A six-digit code that is not `code`."""
    return f"{(int(code) + 1) % 1_000_000:06d}"


@pytest.mark.parametrize(
    ("phone", "captcha", "message"),
    [
        ("{phone}", "", "请输入图形验证码"),
        ("1380013800", "1488", "手机号格式有误，请核对后重新输入"),
        ("23800138000", "1488", "手机号格式有误，请核对后重新输入"),
        ("", "1488", "请输入手机号"),
        ("{phone}", "1234", "请输入正确的图形验证码"),
        ("19912345678", "1488", "该手机号未注册，请先注册"),
    ],
    ids=["no-captcha", "short-phone", "phone-not-starting-with-1", "no-phone",
         "wrong-captcha", "unregistered-phone"],
)
def test_a_code_is_refused_without_a_good_phone_and_captcha(sms_login, make_persona, phone,
                                                           captcha, message):
    persona = make_persona()

    sms_login.request_sms_code(phone.format(phone=persona.phone), captcha)

    expect(sms_login.error).to_have_text(message)
    expect(sms_login.send_code_button).to_have_text("获取验证码")
    expect(sms_login.send_code_button).to_be_enabled()


def test_the_code_arrives_in_the_outbox_signed_and_logs_in(sms_login, make_persona):
    persona = make_persona()

    sms_login.request_sms_code(persona.phone)

    expect(sms_login.notice).to_have_text("验证码已发送，请注意查收")
    outbox = SmsOutboxPage(sms_login.page.context.new_page()).open(persona.phone)
    expect(outbox.messages).to_have_count(1)
    expect(outbox.text_of(outbox.latest)).to_have_text(
        re.compile(r"^【北京通】\d{6}（验证码），5分钟内有效，请勿转发。$"))
    outbox.page.close()

    home = sms_login.log_in_by_sms(persona.phone, read_sms_code(sms_login.page, persona.phone),
                                   then=HomePage)

    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")
    expect(home.header.logout_button).to_be_visible()


@pytest.mark.parametrize(
    ("code", "message"),
    [("", "请输入验证码"), ("12345", "验证码格式不正确"), ("12a456", "验证码格式不正确")],
    ids=["empty", "five-digits", "letter"],
)
def test_a_malformed_code_is_refused(sms_login, make_persona, code, message):
    persona = make_persona()
    sms_login.request_sms_code(persona.phone)

    sms_login = sms_login.log_in_by_sms_expecting_error(persona.phone, code)

    expect(sms_login.error).to_have_text(message)
    expect(sms_login.sms_phone).to_have_value(persona.phone)


def test_a_wrong_code_is_refused_and_the_right_one_still_works(sms_login, make_persona):
    persona = make_persona()
    sms_login.request_sms_code(persona.phone)
    code = read_sms_code(sms_login.page, persona.phone)

    sms_login = sms_login.log_in_by_sms_expecting_error(persona.phone, other_code(code))

    expect(sms_login.error).to_have_text("验证码错误，请重新输入")
    home = sms_login.log_in_by_sms(persona.phone, code, then=HomePage)
    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")


@pytest.mark.portal_wide("clock")
def test_a_code_older_than_5_minutes_has_expired(sms_login, make_persona, clock):
    persona = make_persona()
    sms_login.request_sms_code(persona.phone)
    code = read_sms_code(sms_login.page, persona.phone)
    clock.advance(minutes=6)

    sms_login = sms_login.log_in_by_sms_expecting_error(persona.phone, code)

    expect(sms_login.error).to_have_text("验证码已过期，请重新获取")


def test_a_code_is_used_up_by_its_login(sms_login, make_persona):
    persona = make_persona()
    sms_login.request_sms_code(persona.phone)
    code = read_sms_code(sms_login.page, persona.phone)
    home = sms_login.log_in_by_sms(persona.phone, code, then=HomePage)
    home = home.header.log_out()

    sms_login = home.header.log_in().switch_to_sms_login()
    sms_login = sms_login.log_in_by_sms_expecting_error(persona.phone, code)

    expect(sms_login.error).to_have_text("验证码已使用，请重新获取")


def test_the_send_button_counts_down_by_the_page_clock(page, make_persona):
    persona = make_persona()
    page.clock.install(time=PAGE_CLOCK_START)
    sms_login = HomePage(page).open().header.log_in().switch_to_sms_login()
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
