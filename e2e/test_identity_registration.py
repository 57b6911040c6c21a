"""北京市统一身份认证平台: 立即注册 (a new 北京通 account through an SMS code) and 忘记密码?
(a new password through an SMS code), and one refusal of each as the page shows it.

Each refusal's rows (passwords, names, ID numbers, phones, codes) and logging in with the new
account are held by tests/app/test_identity_register.py and tests/app/test_identity_password.py.
The code is read from the 短信发件箱 as a person would in one test of each form; the others take
it from the control API (the outbox is test_sms_outbox's)."""

import pytest
from playwright.sync_api import expect

from pages import (
    HomePage,
    IdentityLoginPage,
    PasswordResetPage,
    RegistrationDonePage,
    RegistrationPage,
    read_sms_code,
)
from support.expected import (
    CODE_SENT,
    ID_NUMBER_CHECK_DIGIT,
    PASSWORD_RESET_DONE,
    PASSWORD_UNCHANGED,
    PHONE_TAKEN,
    PHONE_UNREGISTERED,
)
from support.personas import PersonaBuilder

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]

NEW_PASSWORD = "Renew#2023"


@pytest.fixture
def newcomer(persona_seed):
    """Someone without an account: a persona built from the test's seed, not created."""
    return PersonaBuilder(persona_seed + "/newcomer").persona()


@pytest.fixture
def registration(login_page) -> RegistrationPage:
    """用户注册, opened from the login page's 立即注册."""
    return login_page.open_registration()


def with_wrong_check_digit(id_number: str) -> str:
    """The ID number with another 18th character: its 校验位 no longer matches."""
    return id_number[:17] + ("0" if id_number[17] != "0" else "1")


def test_a_new_phone_registers_and_is_logged_in_on_the_portal(registration, newcomer,
                                                             make_persona):
    make_persona()  # someone else already has an account
    registration.request_sms_code(newcomer.phone)
    expect(registration.notice).to_have_text(CODE_SENT)
    code = read_sms_code(registration.page, newcomer.phone)

    home = registration.fill_in(code, newcomer.password, newcomer.name,
                                newcomer.id_number).register(then=HomePage)

    expect(home.header.greeting).to_have_text(f"您好，{newcomer.name}")


def test_registering_on_the_platform_itself_ends_on_its_registration_done_page(page, portal,
                                                                           newcomer, admin):
    registration = RegistrationPage(page).open(portal.idp_url).request_sms_code(newcomer.phone)
    code = admin.sms_code(newcomer.phone, "register")

    done = registration.fill_in(code, newcomer.password, newcomer.name,
                                newcomer.id_number).register(then=RegistrationDonePage)

    expect(done.message).to_have_text(
        f"{newcomer.name}，您的北京通账号已注册成功，可使用手机号 {newcomer.phone} 登录。")
    expect(done.portal_login_link).to_be_visible()


def test_a_registered_phone_gets_no_code(registration, make_persona):
    persona = make_persona()

    registration.request_sms_code(persona.phone)

    expect(registration.error).to_have_text(PHONE_TAKEN)


def test_a_refused_registration_says_why_and_keeps_all_but_the_passwords(registration,
                                                                         newcomer, admin):
    registration.request_sms_code(newcomer.phone)
    code = admin.sms_code(newcomer.phone, "register")

    registration = registration.fill_in(code, newcomer.password, newcomer.name,
                                        with_wrong_check_digit(newcomer.id_number)
                                        ).register_expecting_error()

    expect(registration.error).to_have_text(ID_NUMBER_CHECK_DIGIT)
    expect(registration.phone).to_have_value(newcomer.phone)
    expect(registration.password).to_have_value("")


# 忘记密码? ---------------------------------------------------------------------------------


def reset_password(login_page: IdentityLoginPage, phone: str,
                   password: str) -> IdentityLoginPage:
    reset = login_page.open_forgot_password().request_sms_code(phone)
    return reset.fill_in(read_sms_code(reset.page, phone), password).reset()


def test_a_reset_password_replaces_the_old_one(login_page, make_persona):
    persona = make_persona()

    login_page = reset_password(login_page, persona.phone, NEW_PASSWORD)

    expect(login_page.notice).to_have_text(PASSWORD_RESET_DONE)
    # The old password refused: tests/app/test_identity_password.py
    # (test_after_a_reset_only_the_new_password_logs_in).
    home = login_page.log_in(persona.username, NEW_PASSWORD, then=HomePage)
    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")


def test_a_reset_on_the_platform_itself_ends_on_its_reset_done_page(page, portal, persona,
                                                                     admin):
    reset = PasswordResetPage(page).open(portal.idp_url).request_sms_code(persona.phone)
    code = admin.sms_code(persona.phone, "reset")

    done = reset.fill_in(code, NEW_PASSWORD).reset_expecting_done()

    expect(done.message).to_have_text(PASSWORD_RESET_DONE)
    expect(done.portal_login_link).to_be_visible()


def test_a_reset_code_is_refused_for_a_phone_without_account(login_page, make_persona):
    make_persona()

    reset = login_page.open_forgot_password().request_sms_code("19912345678")

    expect(reset.error).to_have_text(PHONE_UNREGISTERED)


def test_a_refused_new_password_says_why(login_page, make_persona, admin):
    persona = make_persona()
    reset = login_page.open_forgot_password().request_sms_code(persona.phone)
    code = admin.sms_code(persona.phone, "reset")

    reset = reset.fill_in(code, persona.password).reset_expecting_error()

    expect(reset.error).to_have_text(PASSWORD_UNCHANGED)
    expect(reset.phone).to_have_value(persona.phone)
