"""忘记密码? on 北京市统一身份认证平台 (password blueprint): the reset code, the new password, every
session ended."""

from __future__ import annotations

import pytest

from support.expected import GUIDE_DAY, LOGIN_HEADING
from support.html import alert_of, form_fields, link_of, status_of, text_of
from support.portal_user import FORGOT_PASSWORD, PortalUser

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]


@pytest.fixture
def resetting(user, clock, persona):
    """The persona on 忘记密码?, reached from the login page, a reset code sent at GUIDE_DAY."""
    clock.freeze(GUIDE_DAY)
    login_page = user.open_login_page("/space/")
    user.open(link_of(login_page, "忘记密码?"), origin="idp")
    user.request_code(persona.phone, form=FORGOT_PASSWORD)
    return user


def reset_form(admin, persona, **overrides) -> dict:
    return {"phone": persona.phone, "code": admin.sms_code(persona.phone, "reset"),
            "password": "New@2022a", "confirmation": "New@2022a", **overrides}


def reset_elsewhere(browser: PortalUser, admin, phone: str, password: str):
    """忘记密码? on another device, with no login in progress there."""
    browser.open(FORGOT_PASSWORD, origin="idp")
    browser.request_code(phone, form=FORGOT_PASSWORD)
    return browser.reset_password(phone=phone, code=admin.sms_code(phone, "reset"),
                                  password=password, confirmation=password)


@pytest.fixture
def other_device(portal_app, idp, portal_settings, persona):
    """The persona's second device, with cookie jars of its own."""
    return PortalUser.over_flask(portal_app.test_client(), idp.test_client(), portal_settings,
                      login=persona.phone)


# the reset code and the new password -------------------------------------------------------------


def test_the_reset_code_is_sent_with_its_own_text(resetting, admin, persona):
    code = admin.sms_code(persona.phone, "reset")

    assert admin.sms(persona.phone)[-1]["text"] == \
        f"【北京通】{code}（验证码），您正在找回北京通账号密码，5分钟内有效，请勿转发。"


def test_no_reset_code_is_sent_to_a_phone_without_an_account(user, admin):
    user.open(FORGOT_PASSWORD, origin="idp")

    page = user.request_code("13700000000", form=FORGOT_PASSWORD)

    assert alert_of(page) == "该手机号未注册，请先注册"
    assert admin.sms("13700000000") == []


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"phone": ""}, "请输入手机号"),
        ({"phone": "13700000000"}, "该手机号未注册，请先注册"),
        ({"code": ""}, "请输入验证码"),
        ({"code": "1234567"}, "验证码格式不正确"),
        ({"password": "", "confirmation": ""}, "请输入密码"),
        ({"password": "12345678", "confirmation": "12345678"}, "密码不能全为数字、全为字母或全为符号"),
        ({"confirmation": "New@2022b"}, "两次输入的密码不一致"),
        ({"password": "Demo@2022", "confirmation": "Demo@2022"}, "新密码不能与原密码相同"),
    ],
    ids=["no-phone", "unregistered-phone", "no-code", "seven-digit-code", "no-password",
         "all-digits", "confirmation-differs", "same-as-old"],
)
def test_a_reset_says_the_first_thing_wrong_and_keeps_the_code(resetting, admin, persona,
                                                               overrides, message):
    page = resetting.reset_password(**reset_form(admin, persona, **overrides))

    assert page.status_code == 400
    assert alert_of(page) == message
    assert admin.sms_code_state(persona.phone)["state"] == "valid"
    assert admin.person(persona.phone).password == "Demo@2022"


def test_a_reset_code_expires_after_five_minutes(resetting, clock, admin, persona):
    clock.advance(minutes=5, seconds=1)

    page = resetting.reset_password(**reset_form(admin, persona))

    assert alert_of(page) == "验证码已过期，请重新获取"
    assert admin.person(persona.phone).password == "Demo@2022"


def test_a_reset_with_a_wrong_code_changes_nothing(resetting, admin, persona):
    right = admin.sms_code(persona.phone)

    page = resetting.reset_password(
        **reset_form(admin, persona, code=f"{(int(right) + 1) % 1000000:06d}"))

    assert alert_of(page) == "验证码错误，请重新输入"
    assert admin.person(persona.phone).password == "Demo@2022"


def test_a_reset_sets_the_new_password_and_uses_the_code_up(resetting, admin, persona):
    resetting.reset_password(**reset_form(admin, persona))

    assert admin.person(persona.phone).password == "New@2022a"
    assert admin.sms_code_state(persona.phone)["state"] == "used"


# a reset ends every session ----------------------------------------------------------------------


def test_a_password_reset_ends_the_portal_and_platform_sessions(logged_in, other_device, admin,
                                                               persona):
    reset_elsewhere(other_device, admin, persona.phone, "New@2022a")

    space = logged_in.open("/space/")

    assert logged_in.redirects[0] == "/login?next=/space/"
    assert logged_in.origin == "idp"
    assert LOGIN_HEADING in text_of(space)
    assert admin.open_sessions(persona.phone) == {"portal": 0, "identity": 0}


def test_after_a_reset_only_the_new_password_logs_in(logged_in, other_device, admin):
    reset_elsewhere(other_device, admin, logged_in.login, "New@2022a")
    logged_in.open_login_page()

    refused = logged_in.log_in(password="Demo@2022")
    logged_in.log_in(password="New@2022a")

    assert alert_of(refused) == "用户名或密码错误"
    assert logged_in.path == "/space/"


def test_a_reset_without_a_login_flow_ends_on_a_success_page(other_device, admin, persona):
    page = reset_elsewhere(other_device, admin, persona.phone, "New@2022a")

    assert page.status_code == 200
    assert status_of(page) == "密码重置成功，请使用新密码登录。"


def test_a_reset_from_the_login_page_comes_back_to_it_with_a_message(user, admin, persona):
    login_page = user.open_login_page("/space/")
    state = form_fields(login_page)["state"]
    user.open(link_of(login_page, "忘记密码?"), origin="idp")
    user.request_code(persona.phone, form=FORGOT_PASSWORD)

    page = user.reset_password(phone=persona.phone, code=admin.sms_code(persona.phone),
                               password="New@2022a", confirmation="New@2022a")

    assert LOGIN_HEADING in text_of(page)
    assert status_of(page) == "密码重置成功，请使用新密码登录。"
    assert form_fields(page)["state"] == state
    user.log_in(password="New@2022a")
    assert user.path == "/space/"
