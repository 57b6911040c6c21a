"""第4步, 账号登录: wrong passwords lock the account, 1 hour after 5 and 24 hours after 10
(the mock clock)."""

import pytest
from playwright.sync_api import expect

from pages import HomePage, IdentityLoginPage, read_sms_code
from support.expected import LOCKED_1H, LOCKED_24H

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]

WRONG_PASSWORD = "Wrong@2022"


@pytest.fixture
def login_page(home) -> IdentityLoginPage:
    """The identity platform's login page, reached through the portal header's 登录."""
    return home.header.log_in()


def fail(login_page: IdentityLoginPage, account: str, times: int) -> IdentityLoginPage:
    for _ in range(times):
        login_page = login_page.log_in_expecting_error(account, WRONG_PASSWORD)
    return login_page


def test_four_wrong_passwords_only_say_so(login_page, make_persona):
    persona = make_persona()

    login_page = fail(login_page, persona.username, 4)

    expect(login_page.error).to_have_text("用户名或密码错误")
    home = login_page.log_in(persona.username, persona.password, then=HomePage)
    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")


@pytest.mark.portal_wide("clock")
@pytest.mark.parametrize("account", ["username", "phone", "id_number"],
                         ids=["by-username", "by-phone", "by-id-number"])
def test_the_fifth_wrong_password_locks_the_account_for_an_hour(login_page, make_persona, clock,
                                                               account):
    persona = make_persona()
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)

    login_page = fail(login_page, getattr(persona, account), 5)

    expect(login_page.error).to_have_text(LOCKED_1H)


@pytest.mark.portal_wide("clock")
def test_a_locked_account_refuses_the_right_password_until_the_hour_has_passed(
        login_page, make_persona, clock):
    persona = make_persona()
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)
    login_page = fail(login_page, persona.username, 5)

    login_page = login_page.log_in_expecting_error(persona.username, persona.password)
    expect(login_page.error).to_have_text(LOCKED_1H)
    clock.advance(minutes=59)
    login_page = login_page.log_in_expecting_error(persona.phone, persona.password)
    expect(login_page.error).to_have_text(LOCKED_1H)
    clock.advance(minutes=2)

    home = login_page.log_in(persona.username, persona.password, then=HomePage)

    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")


@pytest.mark.portal_wide("clock")
def test_the_tenth_wrong_password_locks_for_24_hours(login_page, make_persona, clock):
    persona = make_persona()
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)
    login_page = fail(login_page, persona.username, 5)
    clock.advance(hours=1, minutes=1)

    login_page = fail(login_page, persona.username, 5)

    expect(login_page.error).to_have_text(LOCKED_24H)
    clock.advance(hours=23)
    login_page = login_page.log_in_expecting_error(persona.username, persona.password)
    expect(login_page.error).to_have_text(LOCKED_24H)


@pytest.mark.portal_wide("clock")
@pytest.mark.parametrize(
    ("hours", "message"),
    [(1, LOCKED_1H), (24, LOCKED_24H)],
    ids=["locked-1-hour", "locked-24-hours"],
)
def test_a_lock_set_through_the_control_api_shows_the_platforms_message(
        login_page, make_persona, clock, admin, hours, message):
    persona = make_persona()
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)
    admin.lock(persona.username, hours)

    login_page = login_page.log_in_expecting_error(persona.username, persona.password)

    expect(login_page.error).to_have_text(message)


@pytest.mark.portal_wide("clock")
def test_after_24_hours_the_right_password_works_again(login_page, make_persona, clock, admin):
    persona = make_persona()
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)
    admin.lock(persona.username, 24)
    clock.advance(hours=24, minutes=1)

    home = login_page.log_in(persona.username, persona.password, then=HomePage)

    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")


@pytest.mark.portal_wide("clock")
def test_a_locked_account_can_still_log_in_by_sms(login_page, make_persona, clock):
    persona = make_persona()
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)
    login_page = fail(login_page, persona.username, 5)
    sms_login = login_page.switch_to_sms_login().request_sms_code(persona.phone)

    home = sms_login.log_in_by_sms(persona.phone, read_sms_code(sms_login.page, persona.phone),
                                   then=HomePage)

    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")
