"""第4步: 北京市统一身份认证平台 — 账号登录 and its messages, the tabs, 返回 and the manual."""

import pytest
from playwright.sync_api import expect

from pages import HomePage, IdentityLoginPage, SearchResultsPage
from support.expected import (
    LOGIN_CAPTCHA_FORMAT,
    LOGIN_NO_ACCOUNT,
    LOGIN_NO_CAPTCHA,
    LOGIN_NO_PASSWORD,
    LOGIN_WRONG_CAPTCHA,
    LOGIN_WRONG_PASSWORD,
)

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]


@pytest.fixture
def login_page(home) -> IdentityLoginPage:
    """The identity platform's login page, reached through the portal header's 登录."""
    return home.header.log_in()


@pytest.mark.parametrize(
    ("account", "password", "captcha", "message"),
    [
        ("", "{password}", "1488", LOGIN_NO_ACCOUNT),
        ("{username}", "", "1488", LOGIN_NO_PASSWORD),
        ("{username}", "{password}", "", LOGIN_NO_CAPTCHA),
        ("{username}", "{password}", "14", LOGIN_CAPTCHA_FORMAT),
        ("{username}", "{password}", "abcd", LOGIN_CAPTCHA_FORMAT),
        ("{username}", "{password}", "1234", LOGIN_WRONG_CAPTCHA),
        ("{username}", "Wrong@2022", "1488", LOGIN_WRONG_PASSWORD),
        ("nobody2022", "{password}", "1488", LOGIN_WRONG_PASSWORD),
    ],
    ids=["empty-account", "empty-password", "empty-captcha", "short-captcha",
         "letters-captcha", "wrong-captcha", "wrong-password", "unknown-account"],
)
def test_a_refused_login_says_why(login_page, persona, account, password, captcha, message):
    account = account.format(username=persona.username)

    login_page = login_page.log_in_expecting_error(
        account, password.format(password=persona.password), captcha)

    expect(login_page.error).to_have_text(message)
    expect(login_page.account).to_have_value(account)
    expect(login_page.password).to_have_value("")
    expect(login_page.captcha).to_have_value("")


@pytest.mark.mobile
def test_a_second_try_after_an_error_logs_in(login_page, persona):
    login_page = login_page.log_in_expecting_error(persona.username, "Wrong@2022")

    home = login_page.log_in(persona.username, persona.password, then=HomePage)

    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")


@pytest.mark.parametrize("account", ["username", "phone", "id_number"],
                         ids=["by-username", "by-phone", "by-id-number"])
def test_a_person_logs_in_with_any_of_their_accounts(login_page, persona, account):
    home = login_page.log_in(getattr(persona, account), persona.password, then=HomePage)

    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")
    expect(home.header.my_space_link).to_be_visible()


def test_back_returns_to_the_portal(login_page):
    home = login_page.go_back(then=HomePage)

    expect(home.header.login_link).to_be_visible()


def test_the_page_shows_what_the_guide_shows(login_page):
    expect(login_page.documents).to_have_text(
        "中华人民共和国居民身份证、港澳居民来往内地通行证、外国人永久居留身份证")
    expect(login_page.hint).to_be_visible()
    expect(login_page.captcha_image).to_be_visible()
    expect(login_page.register).to_be_visible()
    expect(login_page.forgot_password).to_be_visible()
    expect(login_page.manual_link).to_be_visible()


@pytest.mark.mobile
def test_the_tabs_switch_between_account_and_sms_login(login_page):
    login_page.switch_to_sms_login()

    expect(login_page.sms_tab).to_have_attribute("aria-selected", "true")
    expect(login_page.sms_panel).to_be_visible()
    expect(login_page.account_panel).to_be_hidden()

    login_page.switch_to_account_login()

    expect(login_page.account_tab).to_have_attribute("aria-selected", "true")
    expect(login_page.account).to_be_visible()
    expect(login_page.sms_panel).to_be_hidden()


def test_the_manual_downloads_as_a_file(login_page):
    download = login_page.download_manual()

    assert download.suggested_filename == "北京市统一身份认证平台用户操作手册.html"


def test_a_refreshed_captcha_still_logs_in(login_page, persona):
    login_page.refresh_captcha()

    home = login_page.log_in(persona.username, persona.password, then=HomePage)

    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")


def test_logging_in_from_search_results_comes_back_to_the_same_results(home, persona):
    results = home.search_for("灵活就业")

    results = results.header.log_in().log_in(persona.username, persona.password,
                                             then=SearchResultsPage)

    expect(results.search_field).to_have_value("灵活就业")
    expect(results.summary).to_have_text("共找到1条相关事项")
