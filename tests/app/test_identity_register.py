"""立即注册 on 北京市统一身份认证平台 (register blueprint): SMS code, password rule, real name, ID number."""

from __future__ import annotations

import re

import pytest

from support.expected import GUIDE_DAY, LOGIN_HEADING
from support.html import alert_of, form_fields, link_of, send_code_button, status_of, text_of
from support.portal_user import REGISTER

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]

PHONE = "13611112222"
MAN = "110108199001010116"
WOMAN = "11010519920520022X"


def form(**overrides) -> dict:
    """A complete registration for PHONE (the SMS code added by the test)."""
    return {"phone": PHONE, "password": "Reg@2022ab", "confirmation": "Reg@2022ab",
            "name": "赵六", "id_number": MAN, **overrides}


@pytest.fixture
def registering(user, clock):
    """A person on 立即注册, reached from the login page of a portal login, clock frozen."""
    clock.freeze(GUIDE_DAY)
    login_page = user.open_login_page("/space/")
    user.open(link_of(login_page, "立即注册"), origin="idp")
    return user


@pytest.fixture
def code(registering, admin) -> str:
    """A registration code sent to PHONE."""
    registering.request_code(PHONE, form=REGISTER)
    return admin.sms_code(PHONE, "register")


def test_the_registration_page_asks_for_everything_with_labels(registering):
    page = registering.page

    body = page.text
    for label in ("手机号", "图形验证码", "短信验证码", "密码", "确认密码", "真实姓名", "身份证号"):
        assert re.search(rf'<label for="[^"]+">{label}</label>', body), label
    assert "密码为8-20位，不能全为数字、全为字母或全为符号" in text_of(page)
    assert form_fields(page)["client_id"] == "bjzwfw-portal"
    assert send_code_button(page)["label"] == "获取验证码"


def test_the_registration_code_is_sent_with_its_own_text(code, registering, admin):
    messages = admin.sms(PHONE)

    assert messages == [{"phone": PHONE, "sent_at": GUIDE_DAY, "state": "已发送",
                         "text": f"【北京通】{code}（验证码），您正在注册北京通账号，5分钟内有效，请勿转发。"}]
    assert status_of(registering.page) == "验证码已发送，请注意查收"
    assert send_code_button(registering.page)["label"] == "重新发送(59)"


def test_no_code_is_sent_to_a_phone_that_has_an_account(registering, admin, persona):
    page = registering.request_code(persona.phone, form=REGISTER)

    assert page.status_code == 400
    assert alert_of(page) == "该手机号已注册，请直接登录或找回密码"
    assert admin.sms(persona.phone) == []


@pytest.mark.parametrize(
    ("id_number", "name", "stored_id", "track"),
    [(MAN, "赵六", MAN, "M60"), (WOMAN.lower(), "钱七", WOMAN, "F55")],
    ids=["man-M60", "woman-F55-lower-case-x"],
)
def test_registering_makes_a_working_account_and_logs_in_back_to_the_portal(
        registering, code, admin, id_number, name, stored_id, track):
    page = registering.register(**form(code=code, id_number=id_number, name=name))

    assert (registering.origin, registering.path) == ("portal", "/space/")
    assert f"姓名 {name}" in text_of(page)
    account = admin.person(PHONE)
    assert {k: getattr(account, k)
            for k in ("name", "id_number", "phone", "status", "retirement_track")} == {
        "name": name, "id_number": stored_id, "phone": PHONE, "status": "normal",
        "retirement_track": track}


@pytest.mark.parametrize("login", [PHONE, MAN], ids=["by-phone", "by-id-number"])
def test_the_new_account_logs_in_with_its_password(registering, code, login):
    registering.register(**form(code=code))
    registering.log_out()
    registering.open_login_page()

    registering.log_in(login=login, password="Reg@2022ab")

    assert registering.path == "/space/"


def test_registering_without_a_login_in_progress_ends_on_a_success_page(user, clock, admin):
    clock.freeze(GUIDE_DAY)
    user.open(REGISTER, origin="idp")
    user.request_code(PHONE, form=REGISTER)

    page = user.register(**form(code=admin.sms_code(PHONE)))

    assert (page.status_code, user.origin) == (200, "idp")
    assert status_of(page) == f"赵六，您的北京通账号已注册成功，可使用手机号 {PHONE} 登录。"
    user.open("/login?next=/space/")
    assert (user.origin, user.path) == ("portal", "/space/")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"phone": ""}, "请输入手机号"),
        ({"phone": "1361111222"}, "手机号格式有误，请核对后重新输入"),
        ({"code": ""}, "请输入验证码"),
        ({"code": "12345"}, "验证码格式不正确"),
        ({"password": "", "confirmation": ""}, "请输入密码"),
        ({"password": "Ab@12", "confirmation": "Ab@12"}, "密码长度应为8-20位"),
        ({"password": "Ab@1234567890123456789"}, "密码长度应为8-20位"),
        ({"password": "12345678", "confirmation": "12345678"}, "密码不能全为数字、全为字母或全为符号"),
        ({"password": "abcdefgh", "confirmation": "abcdefgh"}, "密码不能全为数字、全为字母或全为符号"),
        ({"password": "!@#$%^&*", "confirmation": "!@#$%^&*"}, "密码不能全为数字、全为字母或全为符号"),
        ({"confirmation": ""}, "请再次输入密码"),
        ({"confirmation": "Reg@2022ac"}, "两次输入的密码不一致"),
        ({"name": ""}, "请输入真实姓名"),
        ({"name": "赵"}, "请输入正确的真实姓名"),
        ({"name": "赵六6"}, "请输入正确的真实姓名"),
        ({"id_number": ""}, "请输入身份证号"),
        ({"id_number": "11010819900101011"}, "身份证号应为18位"),
        ({"id_number": "11010819900101011A"}, "身份证号格式不正确"),
        ({"id_number": "110108199013010116"}, "身份证号出生日期不正确"),
        ({"id_number": "110108199001010117"}, "身份证号校验位不正确"),
    ],
    ids=[
        "no-phone", "bad-phone", "no-code", "five-digit-code", "no-password", "short-password",
        "long-password", "all-digits", "all-letters", "all-symbols", "no-confirmation",
        "confirmation-differs", "no-name", "one-character-name", "name-with-digit",
        "no-id-number", "id-number-17-characters", "id-number-with-letter",
        "id-number-month-13", "id-number-wrong-check-digit",
    ],
)
def test_a_registration_says_the_first_thing_wrong(registering, code, admin, overrides,
                                                   message):
    page = registering.register(**form(**{"code": code, **overrides}))

    assert page.status_code == 400
    assert alert_of(page) == message
    assert registering.origin == "idp"
    assert admin.sms_code_state(PHONE)["state"] == "valid"


def test_a_refused_registration_keeps_what_was_typed_but_the_passwords(registering, code):
    page = registering.register(**form(code=code, name="赵"))

    fields = form_fields(page)
    assert {k: fields[k] for k in ("phone", "code", "name", "id_number", "password",
                                   "confirmation")} == {
        "phone": PHONE, "code": code, "name": "赵", "id_number": MAN, "password": "",
        "confirmation": ""}


def test_one_account_per_id_number(registering, code, make_user):
    make_user(id_number=MAN)

    page = registering.register(**form(code=code))

    assert alert_of(page) == "该身份证号已注册，请直接登录或找回密码"


def test_one_account_per_phone_even_when_taken_after_the_code_was_sent(registering, code,
                                                                       make_user):
    make_user(phone=PHONE)

    page = registering.register(**form(code=code))

    assert alert_of(page) == "该手机号已注册，请直接登录或找回密码"


@pytest.mark.parametrize(
    ("later", "typed", "message"),
    [
        ({"minutes": 0}, "wrong", "验证码错误，请重新输入"),
        ({"minutes": 5, "seconds": 1}, "right", "验证码已过期，请重新获取"),
    ],
    ids=["wrong-code", "expired-code"],
)
def test_registration_needs_the_current_code(registering, code, clock, admin, later, typed,
                                             message):
    clock.advance(**later)
    typed = code if typed == "right" else f"{(int(code) + 1) % 1000000:06d}"

    page = registering.register(**form(code=typed))

    assert alert_of(page) == message
    assert registering.origin == "idp"


def test_the_registration_uses_the_code_up(registering, code, admin):
    registering.register(**form(code=code))

    assert admin.sms_code_state(PHONE)["state"] == "used"


def test_back_on_the_registration_page_returns_to_the_login_of_the_flow(registering):
    back = link_of(registering.page, "返回")

    registering.open(back, origin="idp")

    assert LOGIN_HEADING in text_of(registering.page)
    assert form_fields(registering.page)["redirect_uri"] == "http://127.0.0.1:8000/oauth/callback"


def test_registration_with_a_tampered_redirect_uri_is_refused(user):
    page = user.open(f"{REGISTER}?client_id=bjzwfw-portal&redirect_uri=http://evil.example/cb"
                     "&response_type=code&state=s", origin="idp")

    assert page.status_code == 400
    assert alert_of(page) == "回调地址不合法，无法登录。"
