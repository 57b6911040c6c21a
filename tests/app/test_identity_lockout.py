"""账号登录 with wrong passwords (login blueprint): locked 1 hour after 5, 24 hours after 10 (mock
clock)."""

from __future__ import annotations

import pytest

from mock_portal.services import captcha
from support.expected import GUIDE_DAY, LOCKED_1H, LOCKED_24H
from support.html import alert_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]

WRONG = "Wrong@2022"


@pytest.fixture
def at_login(user, clock):
    """The persona on the identity platform's login page, the clock frozen at GUIDE_DAY."""
    clock.freeze(GUIDE_DAY)
    user.open_login_page()
    return user


def fail(user, times: int, login: str | None = None) -> list[str]:
    """Log in with a wrong password `times` times; the messages shown."""
    return [alert_of(user.log_in(login=login, password=WRONG)) for _ in range(times)]


@pytest.fixture
def counting_captchas(monkeypatch):
    """Captchas 0001, 0002, … instead of the fixed one, to see each new one."""
    values = (f"{n:04d}" for n in range(1, 10000))
    monkeypatch.setattr(captcha, "new_value", lambda fixed: next(values))


def _captcha_of(idp_client) -> str:
    with idp_client.session_transaction() as session:
        return session["captcha"]


def test_four_wrong_passwords_only_say_the_password_is_wrong(at_login):
    assert fail(at_login, 4) == ["用户名或密码错误"] * 4


def test_the_fifth_wrong_password_locks_the_account_for_an_hour(at_login):
    messages = fail(at_login, 5)

    assert messages[-1] == LOCKED_1H
    assert at_login.page.status_code == 400


@pytest.mark.parametrize("account", ["phone", "username", "id_number"],
                         ids=["by-phone", "by-username", "by-id-number"])
def test_a_locked_account_refuses_the_right_password_by_any_name(at_login, persona, account):
    fail(at_login, 5)

    page = at_login.log_in(login=getattr(persona, account))

    assert alert_of(page) == LOCKED_1H
    assert at_login.origin == "idp"


def test_wrong_passwords_count_across_the_accounts_names(at_login, persona):
    fail(at_login, 2, login=persona.username)
    fail(at_login, 2, login=persona.id_number)

    assert fail(at_login, 1, login=persona.phone) == [LOCKED_1H]


@pytest.mark.parametrize(
    ("minutes_later", "message"),
    [(59, LOCKED_1H), (60, None)],
    ids=["59min-still-locked", "60min-open-again"],
)
def test_the_one_hour_lock_ends_after_an_hour(at_login, clock, minutes_later, message):
    fail(at_login, 5)
    clock.advance(minutes=minutes_later)

    page = at_login.log_in()

    assert alert_of(page) == message
    assert at_login.origin == ("idp" if message else "portal")


def test_the_count_survives_the_one_hour_lock_and_the_tenth_locks_for_a_day(at_login, clock):
    fail(at_login, 5)
    clock.advance(hours=1)

    messages = fail(at_login, 5)

    assert messages == ["用户名或密码错误"] * 4 + [LOCKED_24H]
    assert alert_of(at_login.log_in()) == LOCKED_24H


@pytest.mark.parametrize(
    ("later", "message"),
    [({"hours": 23, "minutes": 59}, LOCKED_24H), ({"hours": 24}, None)],
    ids=["23h59-still-locked", "24h-open-again"],
)
def test_the_day_lock_ends_after_24_hours(at_login, clock, later, message):
    fail(at_login, 5)
    clock.advance(hours=1)
    fail(at_login, 5)
    clock.advance(**later)

    page = at_login.log_in()

    assert alert_of(page) == message


def test_after_the_day_lock_the_count_starts_over(at_login, clock):
    fail(at_login, 5)
    clock.advance(hours=1)
    fail(at_login, 5)
    clock.advance(hours=24)

    assert fail(at_login, 5) == ["用户名或密码错误"] * 4 + [LOCKED_1H]


def test_tries_while_locked_do_not_count(at_login, clock):
    fail(at_login, 5)
    fail(at_login, 4)
    clock.advance(hours=1)

    assert fail(at_login, 1) == ["用户名或密码错误"]


def test_a_successful_login_resets_the_count(at_login):
    fail(at_login, 4)
    at_login.log_in()
    at_login.log_out()
    at_login.open_login_page()

    assert fail(at_login, 4) == ["用户名或密码错误"] * 4


@pytest.mark.parametrize(
    ("captcha_typed", "message"),
    [("", "请输入图形验证码"), ("1489", "请输入正确的图形验证码")],
    ids=["no-captcha", "wrong-captcha"],
)
def test_attempts_refused_for_the_captcha_do_not_count(at_login, captcha_typed, message):
    fail(at_login, 4)
    refused = at_login.log_in(password=WRONG, captcha=captcha_typed)

    at_login.log_in()

    assert alert_of(refused) == message
    assert at_login.origin == "portal"


def test_an_unknown_account_is_never_locked(at_login):
    assert fail(at_login, 6, login="13700000000") == ["用户名或密码错误"] * 6


def test_the_lock_is_the_persons_own(at_login, make_user):
    other, other_persona = make_user()
    other.open_login_page()
    fail(at_login, 5)

    other.log_in()

    assert other.origin == "portal"


def test_every_failure_comes_back_with_a_new_captcha(user, idp_client, counting_captchas):
    user.open_login_page()
    shown = _captcha_of(idp_client)

    refused = user.log_in(password=WRONG, captcha=shown)
    again = user.log_in(captcha=shown)

    assert alert_of(refused) == "用户名或密码错误"
    assert alert_of(again) == "请输入正确的图形验证码"
    assert _captcha_of(idp_client) not in (shown, "")
    user.log_in(captcha=_captcha_of(idp_client))
    assert user.origin == "portal"


def test_a_password_reset_lifts_the_lock(at_login, admin, persona):
    fail(at_login, 5)
    at_login.open("/renzheng/open/password/forget", origin="idp")
    at_login.request_code(persona.phone, form="/renzheng/open/password/forget")
    at_login.reset_password(phone=persona.phone, code=admin.sms_code(persona.phone),
                            password="New@2022a", confirmation="New@2022a")
    at_login.open_login_page()

    at_login.log_in(password="New@2022a")

    assert at_login.origin == "portal"
