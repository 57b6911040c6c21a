"""短信登录 on 北京市统一身份认证平台 (login blueprint): 获取验证码, its countdown, the SMS and the code's rules."""

from __future__ import annotations

import pytest

from support.expected import GUIDE_DAY
from support.html import alert_of, form_fields, selected_tab, send_code_button, status_of, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]


@pytest.fixture
def on_sms_tab(user, frozen_clock):
    """The persona on the login page's 短信登录 tab, the clock frozen_clock at GUIDE_DAY."""
    user.open_login_page("/space/", tab="sms")
    return user


@pytest.fixture
def code_sent(on_sms_tab, persona):
    """A login code sent to the persona's phone at GUIDE_DAY."""
    on_sms_tab.request_code(persona.phone)
    return on_sms_tab


# the tab ------------------------------------------------------------------------------------


def test_sms_tab_has_phone_captcha_code_and_the_send_button(on_sms_tab):
    page = on_sms_tab.page

    body = page.text
    assert selected_tab(page) == "短信登录"
    assert 'placeholder="请输入手机号"' in body
    assert 'aria-label="短信登录图形验证码" placeholder="请输入图形验证码"' in body
    assert 'aria-label="短信验证码" placeholder="请输入验证码"' in body
    assert send_code_button(page) == {"label": "获取验证码", "disabled": False, "resend_ms": 0}


def test_tabs_are_links_that_work_without_javascript(user):
    page = user.open_login_page()

    body = page.text
    assert selected_tab(page) == "账号登录"
    assert '<section role="tabpanel" id="panel-sms" aria-labelledby="tab-sms" hidden>' in body
    assert '<a role="tab" id="tab-sms" href="/renzheng/open/login/goUserLogin?' in body


# 获取验证码 --------------------------------------------------------------------------------


def test_sending_puts_the_code_in_the_outbox_signed_by_beijing_tong(code_sent, admin, persona):
    messages = admin.sms(persona.phone)

    code = admin.sms_code(persona.phone, "login")
    assert len(code) == 6 and code.isdigit()
    assert messages == [{"phone": persona.phone, "sent_at": GUIDE_DAY, "state": "已发送",
                         "text": f"【北京通】{code}（验证码），5分钟内有效，请勿转发。"}]


def test_after_sending_the_page_says_so_and_counts_down_from_59(code_sent, persona):
    page = code_sent.page

    assert page.status_code == 200
    assert status_of(page) == "验证码已发送，请注意查收"
    assert selected_tab(page) == "短信登录"
    assert form_fields(page)["phone"] == persona.phone
    assert send_code_button(page) == {"label": "重新发送(59)", "disabled": True,
                                      "resend_ms": 60000}


@pytest.mark.parametrize(
    ("seconds_later", "button"),
    [
        (0, {"label": "重新发送(59)", "disabled": True, "resend_ms": 60000}),
        (1, {"label": "重新发送(58)", "disabled": True, "resend_ms": 59000}),
        (30, {"label": "重新发送(29)", "disabled": True, "resend_ms": 30000}),
        (58, {"label": "重新发送(1)", "disabled": True, "resend_ms": 2000}),
        (59, {"label": "重新发送(1)", "disabled": True, "resend_ms": 1000}),
        (60, {"label": "获取验证码", "disabled": False, "resend_ms": 0}),
        (300, {"label": "获取验证码", "disabled": False, "resend_ms": 0}),
    ],
    ids=["at-once", "1s", "30s", "58s", "59s-never-shows-0", "60s-ready", "5min"],
)
def test_a_reloaded_page_shows_the_countdown_the_server_keeps(code_sent, frozen_clock,
                                                               seconds_later, button):
    frozen_clock.advance(seconds=seconds_later)

    page = code_sent.open_login_page("/space/", tab="sms")

    assert send_code_button(page) == button


def test_a_reloaded_page_remembers_the_phone_the_code_went_to(code_sent, persona):
    page = code_sent.open_login_page("/space/", tab="sms")

    assert form_fields(page)["phone"] == persona.phone


@pytest.mark.parametrize(
    ("seconds_later", "message"),
    [(0, "请60秒后再重新获取验证码"), (30, "请30秒后再重新获取验证码"),
     (59, "请1秒后再重新获取验证码")],
    ids=["at-once", "30s", "59s"],
)
def test_asking_again_within_60_seconds_is_refused(code_sent, frozen_clock, admin, persona,
                                                   seconds_later, message):
    frozen_clock.advance(seconds=seconds_later)

    page = code_sent.request_code(persona.phone)

    assert page.status_code == 429
    assert alert_of(page) == message
    assert len(admin.sms(persona.phone)) == 1


def test_a_new_code_after_60_seconds_replaces_the_first(code_sent, frozen_clock, admin, persona):
    first = admin.sms_code(persona.phone)
    frozen_clock.advance(seconds=60)
    code_sent.request_code(persona.phone)
    second = admin.sms_code(persona.phone)
    if second == first:  # one chance in a million: the new code is the same six digits
        pytest.skip("the random codes happened to be equal")

    page = code_sent.sms_log_in(persona.phone, first)

    assert alert_of(page) == "验证码错误，请重新输入"
    assert len(admin.sms(persona.phone)) == 2


@pytest.mark.parametrize(
    ("phone", "captcha", "message"),
    [
        ("", "1488", "请输入手机号"),
        ("1380013800", "1488", "手机号格式有误，请核对后重新输入"),
        ("138001380001", "1488", "手机号格式有误，请核对后重新输入"),
        ("23800138000", "1488", "手机号格式有误，请核对后重新输入"),
        ("1380013800a", "1488", "手机号格式有误，请核对后重新输入"),
        ("１３８００１３８０００", "1488", "手机号格式有误，请核对后重新输入"),
        ("{phone}", "", "请输入图形验证码"),
        ("{phone}", "14a8", "验证码格式不正确"),
        ("{phone}", "148", "验证码格式不正确"),
        ("{phone}", "1489", "请输入正确的图形验证码"),
        ("13700000000", "1488", "该手机号未注册，请先注册"),
    ],
    ids=["no-phone", "ten-digits", "twelve-digits", "not-starting-with-1", "letter",
         "full-width-digits", "no-captcha", "captcha-with-letter", "captcha-three-digits",
         "wrong-captcha", "unregistered-phone"],
)
def test_no_sms_is_sent_without_a_good_phone_and_the_captcha(on_sms_tab, admin, persona, phone,
                                                             captcha, message):
    phone = phone.format(phone=persona.phone)

    page = on_sms_tab.request_code(phone, captcha)

    assert page.status_code == 400
    assert alert_of(page) == message
    assert selected_tab(page) == "短信登录"
    assert form_fields(page)["phone"] == phone
    assert admin.sms(persona.phone) == []
    assert send_code_button(page)["label"] == "获取验证码"


def test_sms_codes_per_phone_are_limited_to_ten_a_day(on_sms_tab, frozen_clock, admin, persona):
    for _ in range(10):
        on_sms_tab.request_code(persona.phone)
        frozen_clock.advance(seconds=60)

    page = on_sms_tab.request_code(persona.phone)

    assert page.status_code == 429
    assert alert_of(page) == "今日获取验证码次数已达上限，请明日再试"
    assert len(admin.sms(persona.phone)) == 10


def test_the_daily_limit_starts_again_at_midnight(on_sms_tab, clock, admin, persona):
    clock.freeze("2022-06-11T23:40:00+08:00")
    for _ in range(10):
        on_sms_tab.request_code(persona.phone)
        clock.advance(seconds=60)
    clock.freeze("2022-06-12T00:00:00+08:00")

    page = on_sms_tab.request_code(persona.phone)

    assert status_of(page) == "验证码已发送，请注意查收"
    assert len(admin.sms(persona.phone)) == 11


# 获取验证码 by the page's script (fetch, JSON) ---------------------------------------------


def test_the_script_gets_the_countdown_as_json(on_sms_tab, admin, persona):
    response = on_sms_tab.request_code_by_script(persona.phone)

    assert response.status_code == 200
    assert response.json() == {"ok": True, "message": "验证码已发送，请注意查收",
                                   "field": None, "resend_ms": 60000, "label": "重新发送(59)"}
    assert len(admin.sms(persona.phone)) == 1


@pytest.mark.parametrize(
    ("phone", "captcha", "status", "field", "message"),
    [
        ("", "1488", 400, "phone", "请输入手机号"),
        ("{phone}", "1234", 400, "captcha", "请输入正确的图形验证码"),
    ],
    ids=["no-phone", "wrong-captcha"],
)
def test_the_script_gets_refusals_as_json_naming_the_field(on_sms_tab, persona, phone, captcha,
                                                          status, field, message):
    response = on_sms_tab.request_code_by_script(phone.format(phone=persona.phone), captcha)

    assert response.status_code == status
    assert response.json() == {"ok": False, "message": message, "field": field,
                                   "resend_ms": 0, "label": "获取验证码"}


def test_the_script_is_refused_a_second_code_within_60_seconds(on_sms_tab, frozen_clock, persona):
    on_sms_tab.request_code_by_script(persona.phone)
    on_sms_tab.open_login_page("/space/", tab="sms")  # a new captcha image
    frozen_clock.advance(seconds=20)

    response = on_sms_tab.request_code_by_script(persona.phone)

    assert response.status_code == 429
    assert response.json() == {"ok": False, "message": "请40秒后再重新获取验证码",
                                   "field": "phone", "resend_ms": 40000,
                                   "label": "重新发送(39)"}


def test_a_graphic_captcha_serves_one_request_only(on_sms_tab, persona):
    on_sms_tab.request_code_by_script(persona.phone, captcha="1234")

    response = on_sms_tab.request_code_by_script(persona.phone, captcha="1488")

    assert response.json()["message"] == "请输入正确的图形验证码"


# 登录 with the code -------------------------------------------------------------------------


def test_the_code_logs_the_person_in_and_back_to_the_portal(code_sent, admin, persona):
    page = code_sent.sms_log_in(persona.phone, admin.sms_code(persona.phone))

    assert code_sent.origin == "portal"
    assert code_sent.path == "/space/"
    assert f"姓名 {persona.name}" in text_of(page)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("", "请输入验证码"),
        ("12345", "验证码格式不正确"),
        ("1234567", "验证码格式不正确"),
        ("12345a", "验证码格式不正确"),
        ("１２３４５６", "验证码格式不正确"),
    ],
    ids=["empty", "five-digits", "seven-digits", "letter", "full-width-digits"],
)
def test_a_code_that_cannot_be_one_is_refused(code_sent, persona, code, message):
    page = code_sent.sms_log_in(persona.phone, code)

    assert page.status_code == 400
    assert alert_of(page) == message
    assert selected_tab(page) == "短信登录"
    assert code_sent.origin == "idp"


@pytest.mark.parametrize(
    ("phone", "message"),
    [("", "请输入手机号"), ("1380013800", "手机号格式有误，请核对后重新输入"),
     ("13700000000", "该手机号未注册，请先注册")],
    ids=["no-phone", "bad-phone", "unregistered-phone"],
)
def test_logging_in_needs_a_registered_phone(code_sent, phone, message):
    page = code_sent.sms_log_in(phone, "123456")

    assert alert_of(page) == message


def test_a_wrong_code_is_refused_and_the_right_one_still_works(code_sent, admin, persona):
    right = admin.sms_code(persona.phone)
    wrong = f"{(int(right) + 1) % 1000000:06d}"

    refused = code_sent.sms_log_in(persona.phone, wrong)

    assert alert_of(refused) == "验证码错误，请重新输入"
    code_sent.sms_log_in(persona.phone, right)
    assert code_sent.path == "/space/"


def test_five_wrong_codes_make_the_code_void(code_sent, admin, persona):
    right = admin.sms_code(persona.phone)
    wrong = f"{(int(right) + 1) % 1000000:06d}"
    messages = [alert_of(code_sent.sms_log_in(persona.phone, wrong)) for _ in range(5)]

    page = code_sent.sms_log_in(persona.phone, right)

    assert messages == ["验证码错误，请重新输入"] * 4 + ["验证码错误次数过多，请重新获取"]
    assert alert_of(page) == "验证码错误次数过多，请重新获取"


def test_a_code_is_valid_for_five_minutes(code_sent, frozen_clock, admin, persona):
    frozen_clock.advance(minutes=5)

    code_sent.sms_log_in(persona.phone, admin.sms_code(persona.phone))

    assert code_sent.path == "/space/"


def test_a_code_expires_after_five_minutes(code_sent, frozen_clock, admin, persona):
    frozen_clock.advance(minutes=5, seconds=1)

    page = code_sent.sms_log_in(persona.phone, admin.sms_code(persona.phone))

    assert page.status_code == 400
    assert alert_of(page) == "验证码已过期，请重新获取"


def test_a_code_is_usable_once(code_sent, admin, persona):
    code = admin.sms_code(persona.phone)
    code_sent.sms_log_in(persona.phone, code)
    code_sent.log_out()
    code_sent.open_login_page("/space/", tab="sms")

    page = code_sent.sms_log_in(persona.phone, code)

    assert alert_of(page) == "验证码已使用，请重新获取"
    assert code_sent.origin == "idp"


def test_logging_in_without_asking_for_a_code_is_refused(on_sms_tab, persona):
    page = on_sms_tab.sms_log_in(persona.phone, "123456")

    assert alert_of(page) == "请先获取验证码"


def test_a_registration_code_does_not_log_in(user, frozen_clock, admin, make_user):
    user.open("/renzheng/open/register", origin="idp")
    user.request_code("13611112222", form="/renzheng/open/register")
    code = admin.sms_code("13611112222", "register")
    make_user(phone="13611112222")
    user.open_login_page("/space/", tab="sms")

    page = user.sms_log_in("13611112222", code)

    assert alert_of(page) == "请先获取验证码"


def test_sms_login_is_open_while_the_password_is_locked(code_sent, admin, persona):
    admin.lock(persona.phone)

    code_sent.sms_log_in(persona.phone, admin.sms_code(persona.phone))

    assert code_sent.path == "/space/"
