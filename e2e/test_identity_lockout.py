"""第4步, 账号登录: a locked account as the person sees it, once per lock (1 hour after 5 wrong
passwords, 24 hours after 10).

The counts, the hours, the names an account goes by and SMS login while locked are held by
tests/app/test_identity_lockout.py and tests/app/test_identity_sms_login.py."""

import pytest
from playwright.sync_api import expect

from pages import IdentityLoginPage
from support.expected import LOCKED_1H, LOCKED_24H

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]

WRONG_PASSWORD = "Wrong@2022"


def fail(login_page: IdentityLoginPage, account: str, times: int) -> IdentityLoginPage:
    for _ in range(times):
        login_page = login_page.log_in_expecting_error(account, WRONG_PASSWORD)
    return login_page


@pytest.mark.portal_wide("clock")
def test_the_fifth_wrong_password_locks_the_account_for_an_hour(login_page, make_persona, clock):
    persona = make_persona()
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)

    login_page = fail(login_page, persona.username, 5)

    expect(login_page.error).to_have_text(LOCKED_1H)
    expect(login_page.password).to_have_value("")


@pytest.mark.portal_wide("clock")
def test_a_24_hour_lock_shows_its_own_message(login_page, make_persona, clock, admin):
    persona = make_persona()
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)
    admin.lock(persona.username, 24)

    login_page = login_page.log_in_expecting_error(persona.username, persona.password)

    expect(login_page.error).to_have_text(LOCKED_24H)
